import type { ScenarioDatabase } from '../impact/impact-scenario';

/** What these helpers use of the testing lib's ScenarioClient. */
interface RosterClient {
  clientId: string;
  person: { userId: string; email: string };
  coach?: { userId: string };
}

/**
 * A client with a record in every coaching table (`weeks` check-ins, each with a reply, an alert and an impact
 * entry) and audit events and an accepted invitation naming them, written past row level security.
 */
export async function giveClientARecordOfEverything(t: ScenarioDatabase, { clientId, person, coach }: RosterClient, weeks = 2): Promise<void> {
  await t.db.query(
    `with c as (select tenant_id, id from client where id = $1),
     notes as (insert into awareness_note (tenant_id, client_id, kind, body) select tenant_id, id, 'PATTERN', 'I fix every problem myself' from c),
     decided as (insert into decision (tenant_id, client_id, commitment, decided_on) select tenant_id, id, 'I will lead, not do', '2026-01-05' from c),
     goals as (insert into goal (tenant_id, client_id, statement, target_date) select tenant_id, id, 'Run the division', '2026-12-01' from c),
     future as (insert into future_self_statement (tenant_id, client_id, statement) select tenant_id, id, 'I am a leader who delegates' from c),
     weeks as (
       insert into check_in (tenant_id, client_id, week_start, progress, energy, impact_made_legible, coach_reply, replied_by)
       select tenant_id, id, date '2026-01-05' + 7 * n, 5, 3, 'Saved the launch', 'Well done', $2 from c, generate_series(0, $3 - 1) n
       returning tenant_id, client_id, id, week_start
     ),
     alerts as (insert into check_in_alert (tenant_id, client_id, week_start, kind) select tenant_id, client_id, week_start, 'REMINDER' from weeks),
     impact as (insert into impact_entry (tenant_id, client_id, check_in_id, what_i_did, outcome, occurred_on) select tenant_id, client_id, id, 'Delegated', 'Saved a day', week_start from weeks),
     items as (insert into action_item (tenant_id, client_id, title, owner, created_by) select tenant_id, id, 'Hire a deputy', 'CLIENT', $4 from c),
     sessions as (insert into session_note (tenant_id, client_id, author_user_id, held_on, body) select tenant_id, id, $2, '2026-01-06', 'Talked about saying no' from c),
     invited as (insert into invitation (tenant_id, email, role, token_hash, expires_at, accepted_at) select tenant_id, $5, 'CLIENT', md5(random()::text), now(), now() from c)
     insert into audit_event (tenant_id, action, actor_user_id, actor_email, target_email, ip, detail)
     select tenant_id, action, actor, actor_email, target, ip, '{}' from c,
       (values ('MEMBER_INVITED', $2::uuid, null, $5, null), ('INVITATION_ACCEPTED', $4::uuid, $5, null, null), ('SIGNED_IN', $4::uuid, $5, null, '203.0.113.7'))
         as e(action, actor, actor_email, target, ip)`,
    [clientId, coach?.userId ?? null, weeks, person.userId, person.email],
  );
}

/** Rows of every tenant table of the practice whose text mentions any of `needles` (case-insensitive), by table. */
export async function rowsMentioning(t: ScenarioDatabase, practiceId: string, needles: string[]): Promise<Record<string, number>> {
  const tables = await t.db.query<{ table_name: string }>(
    `select distinct table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name`,
  );
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ count }] = await t.db.query<{ count: number }>(
      `select count(*)::int as count from ${table_name} r
        where r.tenant_id = $1 and exists (select 1 from unnest($2::text[]) n where strpos(lower(to_jsonb(r)::text), lower(n)) > 0)`,
      [practiceId, needles],
    );
    if (count) found[table_name] = count;
  }
  return found;
}
