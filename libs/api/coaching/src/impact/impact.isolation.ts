import { buildCoachingPractice, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';
import { rosterClient } from '../dashboard/dashboard-scenario';
import { addCheckIn } from './impact-scenario';

type ImpactOfA = { entryId: string; checkInId: string };

/**
 * Impact operations are a signed-in CLIENT's, and the pair's B is an owner: the attacker here is a client of another
 * practice, aiming at the ids of a check-in of A logged as impact.
 */
const clientElsewhereAims = (query: string, variablesOf: (ids: ImpactOfA) => Record<string, unknown>): IsolationCase => ({
  async arrange(t, { a }) {
    const clientId = await rosterClient(t, a.practiceId);
    const checkInId = await addCheckIn(t, clientId, '2026-11-16', 'Saved the launch');
    const [entry] = await t.db.query<{ id: string }>(
      `insert into impact_entry (tenant_id, client_id, check_in_id, what_i_did, outcome, occurred_on) values ($1, $2, $3, 'Delegated', 'Saved a day', '2026-11-18') returning id`,
      [a.practiceId, clientId, checkInId],
    );
    const { roster } = await buildCoachingPractice(t, { clients: 1 });
    return { variables: variablesOf({ entryId: entry.id, checkInId }), headers: roster[0].person.headers };
  },
  async attack(t, _pair, { variables, headers }) {
    const { errors } = await t.graphql(query, variables as Record<string, unknown>, headers as Record<string, string>);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
});

const FIELDS = `whatIDid: "spy", outcome: "spy", outcomeKind: OTHER, significance: 3, occurredOn: "2026-11-18"`;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.myImpactEntries': refusedInA(`{ myImpactEntries { id } }`),
  'Query.impactSuggestions': refusedInA(`{ impactSuggestions { checkInId } }`),
  'Query.impactSummary': refusedInA(`{ impactSummary(from: "2026-01-01", to: "2026-12-31") { markdown } }`),
  'Mutation.addImpactEntry': clientElsewhereAims(`mutation($checkInId: ID!) { addImpactEntry(input: { ${FIELDS}, checkInId: $checkInId }) { id } }`, ({ checkInId }) => ({
    checkInId,
  })),
  'Mutation.updateImpactEntry': clientElsewhereAims(`mutation($id: ID!) { updateImpactEntry(input: { ${FIELDS}, id: $id }) { id } }`, ({ entryId }) => ({ id: entryId })),
  'Mutation.removeImpactEntry': clientElsewhereAims(`mutation($id: ID!) { removeImpactEntry(id: $id) }`, ({ entryId }) => ({ id: entryId })),
};
