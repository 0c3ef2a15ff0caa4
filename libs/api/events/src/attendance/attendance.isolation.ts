import { notFoundFromB } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';
import { registrationOfA } from '../registrations/registration.isolation';

export const isolationCases: Record<string, IsolationCase> = {
  'Query.masterclassRegistrations': notFoundFromB(`query($id: ID!) { masterclassRegistrations(masterclassId: $id) { total registrations { email } } }`, async (t, pair) => ({
    id: (await registrationOfA(t, pair)).masterclassId,
  })),
  'Query.masterclassRegistrationsCsv': notFoundFromB(`query($id: ID!) { masterclassRegistrationsCsv(masterclassId: $id) }`, async (t, pair) => ({
    id: (await registrationOfA(t, pair)).masterclassId,
  })),
  'Mutation.markAttendance': notFoundFromB(
    `mutation($id: ID!, $r: ID!) { markAttendance(input: { masterclassId: $id, marks: [{ registrationId: $r, attendance: ATTENDED }] }) { id } }`,
    async (t, pair) => {
      const { masterclassId, registrationId } = await registrationOfA(t, pair);
      await t.db.query(`update masterclass set starts_at = now() - interval '2 hours', registration_deadline = now() - interval '2 hours' where id = $1`, [masterclassId]);
      return { id: masterclassId, r: registrationId };
    },
  ),
  'Mutation.inviteRegistrantAsClient': notFoundFromB(`mutation($id: ID!) { inviteRegistrantAsClient(registrationId: $id) { clientId } }`, async (t, pair) => ({
    id: (await registrationOfA(t, pair)).registrationId,
  })),
};
