import { addCounts, funnelFigures, periodProblem } from './funnel-rules';

const counts = (c: Partial<Parameters<typeof funnelFigures>[0]>) => ({ registered: 0, waitlisted: 0, confirmed: 0, confirmed_held: 0, attended: 0, became_clients: 0, ...c });

describe('funnel figures', () => {
  it('counts attendance out of the seats of masterclasses that took place, and has no rate before any did', () => {
    expect(funnelFigures(counts({ registered: 30, confirmed: 24, confirmed_held: 8, attended: 6 })).attendanceRate).toBe(0.75);
    expect(funnelFigures(counts({ registered: 30, confirmed: 24 })).attendanceRate).toBeNull();
    expect(funnelFigures(counts({ confirmed_held: 3, attended: 1 })).attendanceRate).toBe(0.333);
  });

  it('adds masterclasses up', () => {
    expect(addCounts([counts({ registered: 2, attended: 1 }), counts({ registered: 3, became_clients: 1 })])).toEqual(counts({ registered: 5, attended: 1, became_clients: 1 }));
  });

  it('takes a period forwards and of at most about two years', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(periodProblem(day('2026-01-01'), day('2026-03-01'))).toBeUndefined();
    expect(periodProblem(day('2026-03-01'), day('2026-01-01'))).toBe('must be after from');
    expect(periodProblem(day('2026-01-01'), day('2028-06-01'))).toBe('must be at most about two years after from');
  });
});
