import { methodProgress } from './method-rules';

const none = { awareness: false, decision: false, goal: false, futureSelf: false, accountability: false };

describe('methodProgress', () => {
  it('starts at awareness', () => {
    expect(methodProgress(none)).toEqual({ currentStep: 'AWARENESS', stepsDone: 0, complete: false });
  });

  it('points at the first step not done, even when a later one is', () => {
    expect(methodProgress({ ...none, awareness: true, goal: true })).toEqual({ currentStep: 'DECISION', stepsDone: 2, complete: false });
  });

  it('rests on accountability once all five are done', () => {
    const all = { awareness: true, decision: true, goal: true, futureSelf: true, accountability: true };
    expect(methodProgress(all)).toEqual({ currentStep: 'ACCOUNTABILITY', stepsDone: 5, complete: true });
  });
});
