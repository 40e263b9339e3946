/**
 * PostgreSQL: `docketwatch_unchanged(…)`, the check that lets ingest skip input the record already
 * holds without a transaction (`src/ingest/unchanged.ts`). It compares each incoming entry's
 * content hash with the hash of the source's latest version of that entry in SQL, and reads the
 * cases, their headers and whether the source is known, in one call. A PL/pgSQL function because
 * its statement's plan is kept per session: sent as a statement each time, the planning alone cost
 * about as much as running it (0.3 ms of 1 ms per case under load).
 *
 * Counted as changed: an incoming entry that is not stored, not present, or whose hash differs
 * from the source's latest version; and (`p_complete`, a listing of the whole docket) a stored
 * entry the input would have to account for: an unnumbered one, or a present one within the
 * input's numbers that the input leaves out.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(`create function docketwatch_unchanged(
  p_court text, p_dockets text[], p_entry_dockets text[], p_keys text[], p_hashes text[],
  p_source text, p_complete boolean, p_lo integer, p_hi integer)
returns table (o_cases json, o_details json, o_source boolean, o_changed bigint)
language plpgsql stable as $$
begin
  return query
  with c as (
    select cs.id, cs.docket_number, cs.tracked, cs.case_name, cs.pacer_case_id, cs.parent_case_id
    from cases cs where cs.court_id = p_court and cs.docket_number = any(p_dockets)
  ), i as (
    select * from unnest(p_entry_dockets, p_keys, p_hashes) as t(docket, k, h)
  )
  select
    (select coalesce(json_agg(c), '[]'::json) from c),
    (select coalesce(json_agg(d), '[]'::json) from case_details d where d.case_id in (select c.id from c)),
    exists (select 1 from sources s where s.id = p_source),
    (select count(*) from i join c on c.docket_number = i.docket
       left join entries e on e.case_id = c.id and e.entry_key = i.k
       where e.id is null or e.status <> 'present' or i.h is distinct from
         (select v.content_hash from entry_versions v
          where v.entry_id = e.id and v.source_id = p_source order by v.id desc limit 1))
    + (select count(*) from entries e join c on e.case_id = c.id
       where p_complete and (e.number is null
          or (e.status = 'present' and e.number between p_lo and p_hi and e.entry_key <> all(p_keys))));
end $$`)
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(
      'drop function if exists docketwatch_unchanged(text, text[], text[], text[], text[], text, boolean, integer, integer)',
    )
    .execute(db);
}
