import { cheapestPlanAllowing, downgradeBlockers, limitRefusal, PLANS, planById } from './plans';

describe('plans', () => {
  it('go up in price and never allow less than a cheaper plan', () => {
    for (let i = 1; i < PLANS.length; i++) {
      const [cheaper, dearer] = [PLANS[i - 1], PLANS[i]];
      expect(dearer.monthlyPriceCents).toBeGreaterThan(cheaper.monthlyPriceCents);
      for (const limit of ['coaches', 'activeClients', 'subscribers', 'emailsPerMonth'] as const) {
        expect(dearer.limits[limit]).toBeGreaterThanOrEqual(cheaper.limits[limit]);
      }
    }
    expect(planById('STARTER').monthlyPriceCents).toBe(0);
    expect(() => planById('GOLD')).toThrow('No plan GOLD');
  });

  it('names the cheapest plan that lifts a limit', () => {
    expect(cheapestPlanAllowing('coaches', 2)?.id).toBe('PRACTICE');
    expect(cheapestPlanAllowing('activeClients', 6)?.id).toBe('SOLO');
    expect(cheapestPlanAllowing('paidOfferings')?.id).toBe('SOLO');
    expect(cheapestPlanAllowing('coaches', 1_000)).toBeUndefined();
  });

  it('refuses what passes a limit, saying which limit, what the plan allows and which plan lifts it', () => {
    const starter = planById('STARTER');
    expect(limitRefusal(starter, 'activeClients', 4, 1)).toBeUndefined();
    expect(limitRefusal(starter, 'activeClients', 5, 1)).toBe(
      'The Starter plan allows 5 active clients and this practice has 5 active clients. The Solo plan allows 30 active clients: an owner or admin can upgrade on the Billing page.',
    );
    expect(limitRefusal(starter, 'coaches', 1, 1)).toContain('The Starter plan allows 1 coach and this practice has 1 coach. The Practice plan allows 5 coaches');
    expect(limitRefusal(planById('SOLO'), 'emailsPerMonth', 11_000, 2_000)).toBe(
      'The Solo plan allows 12,000 newsletter emails this month and this practice has 11,000 newsletter emails this month, so 2,000 more do not fit. The Practice plan allows 50,000 newsletter emails this month: an owner or admin can upgrade on the Billing page.',
    );
    expect(limitRefusal(planById('TEAM'), 'coaches', 25, 1)).toContain('No plan allows that many: contact Ascend.');
  });

  it('lists what must go before a downgrade fits', () => {
    const usage = { coaches: 3, activeClients: 40, subscribers: 100, emailsPerMonth: 99_999 };
    expect(downgradeBlockers(planById('SOLO'), usage, 0)).toEqual(['remove 2 coaches (3 of 1 allowed)', 'remove 10 active clients (40 of 30 allowed)']);
    expect(downgradeBlockers(planById('STARTER'), { ...usage, coaches: 1, activeClients: 5 }, 1)).toEqual([
      'withdraw 1 paid offering (paid masterclasses and packages on sale)',
    ]);
    expect(downgradeBlockers(planById('TEAM'), usage, 3)).toEqual([]);
  });
});
