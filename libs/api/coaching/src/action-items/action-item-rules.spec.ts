import { clientAddProblem, clientChangeProblem } from './action-item-rules';

describe('what a client may do with action items', () => {
  it('adds only items they own', () => {
    expect(clientAddProblem('CLIENT')).toBeNull();
    expect(clientAddProblem('COACH')).toMatchObject({ field: 'input.owner' });
  });

  it('changes only the status, and only of their own items', () => {
    expect(clientChangeProblem('CLIENT', { status: 'DONE' })).toBeNull();
    expect(clientChangeProblem('CLIENT', {})).toBeNull();
    expect(clientChangeProblem('COACH', { status: 'DONE' })).toMatchObject({ field: 'input.id' });
    expect(clientChangeProblem('CLIENT', { status: 'DONE', title: 'Reworded' })).toMatchObject({ field: 'input.title' });
    expect(clientChangeProblem('CLIENT', { dueOn: null })).toMatchObject({ field: 'input.dueOn' });
  });
});
