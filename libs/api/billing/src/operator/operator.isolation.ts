import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

const OPERATORS_ONLY = 'Only Ascend platform operators may do this';

/** What an operator act on A would leave behind outside A's own tables: a suspension and an audit entry. */
const traces = async (t: TestApp, practiceId: string) => ({
  suspensions: await t.db.query('select * from practice_suspension where practice_id = $1', [practiceId]),
  audit: await t.db.query('select * from platform_audit_event where practice_id = $1', [practiceId]),
});

/**
 * A practice owner (B) is no operator: refused, from B's own practice and naming A's, with no data at all. The
 * harness checks A's tenant rows; A's suspension and the platform audit trail, which belong to no tenant, are
 * checked here.
 */
const operatorsOnly =
  (query: string, variables: (pair: TenantPair) => Record<string, unknown> = () => ({})) =>
  async (t: TestApp, pair: TenantPair): Promise<void> => {
    const before = await traces(t, pair.a.practiceId);
    for (const headers of [pair.b.headers, { ...pair.b.headers, 'x-practice-id': pair.a.practiceId }]) {
      const { data, errors } = await t.graphql(query, variables(pair), headers);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: OPERATORS_ONLY, extensions: { code: 'FORBIDDEN' } });
    }
    expect(await traces(t, pair.a.practiceId)).toEqual(before);
  };

export const isolationCases: Record<string, IsolationCase> = {
  'Query.operatorPractices': operatorsOnly(`{ operatorPractices { id name mrrCents } }`),
  'Query.operatorTotals': operatorsOnly(`{ operatorTotals(days: 30) { mrrCents activePractices } }`),
  'Query.operatorAudit': operatorsOnly(`{ operatorAudit { action practiceName } }`),
  'Query.billingAlerts': operatorsOnly(`{ billingAlerts { eventId } }`),
  'Mutation.suspendPractice': operatorsOnly(`mutation($id: ID!) { suspendPractice(practiceId: $id, reason: "Taken over by B") { suspended } }`, ({ a }) => ({
    id: a.practiceId,
  })),
  'Mutation.reactivatePractice': {
    // A is suspended by a real operator first: B must not be able to lift it.
    async arrange(t, { a }) {
      await t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Chargebacks under review', 'ops@example.com')`, [a.practiceId]);
      return {};
    },
    attack: operatorsOnly(`mutation($id: ID!) { reactivatePractice(practiceId: $id) { suspended } }`, ({ a }) => ({ id: a.practiceId })),
  },
};
