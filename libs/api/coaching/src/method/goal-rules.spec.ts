import { addMonths, decidedOnProblem, isIsoDate, milestoneProblems, targetDateProblem } from './goal-rules';

describe("the bold goal's dates", () => {
  const today = '2026-11-23';

  it('takes a target date from today up to twelve months out', () => {
    expect(targetDateProblem('2026-11-23', today)).toBeNull();
    expect(targetDateProblem('2027-11-23', today)).toBeNull();
  });

  it('refuses a target date in the past or beyond twelve months, naming the latest day', () => {
    expect(targetDateProblem('2026-11-22', today)).toBe('must not be in the past');
    expect(targetDateProblem('2027-11-24', today)).toBe('must be at most 12 months after the goal was set (2027-11-23 at the latest)');
  });

  it('measures the twelve months from the day an edited goal was set', () => {
    expect(targetDateProblem('2027-06-01', today, '2026-06-01')).toBeNull();
    expect(targetDateProblem('2027-06-02', today, '2026-06-01')).toMatch(/at most 12 months/);
  });

  it('adds months without running past the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-02-28', 12)).toBe('2028-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
  });

  it('keeps milestones between the day the goal was set and its target date', () => {
    const problems = milestoneProblems([{ dueOn: '2027-01-15' }, { dueOn: '2026-11-01' }, { dueOn: '2028-01-01' }], today, '2027-11-01');
    expect(problems).toEqual([
      { field: 'input.milestones.1.dueOn', message: 'must not be before the goal was set' },
      { field: 'input.milestones.2.dueOn', message: "must not be after the goal's target date" },
    ]);
  });

  it('knows a real calendar date', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(['2026-02-30', '2026-2-3', '23.11.2026', 20261123, null].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });

  it('dates a decision today or earlier', () => {
    expect(decidedOnProblem(today, today)).toBeNull();
    expect(decidedOnProblem('2026-11-24', today)).toBe('must not be in the future');
  });
});
