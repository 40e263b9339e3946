/**
 * PostgreSQL: re-ingest of a case met once before answers from one row instead of one index probe
 * per entry. `ingest_digests` holds, per case and source, a digest of an input (its entries' keys
 * and content hashes, and whether the source lists the whole docket) that the case's stored
 * entries are known to match: everything the per-entry part of `docketwatch_unchanged` (migration
 * 0024) compares. Ingest writes a row when it inserts a case from an input (every entry of the
 * case is then that input's, present, with its hash) and deletes a case's rows whenever it writes
 * any entry or version of the case; nothing else writes entries or versions. `docketwatch_unchanged`
 * takes the input's digest per case and compares its entries one by one only when a case's
 * digest is not there. Its plan is made once per session (`plan_cache_mode`): planned for each
 * call's values it cost about a tenth of each call.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

const OLD_SIGNATURE = 'text, text[], text[], text[], text[], text, boolean, integer, integer';
const NEW_SIGNATURE = 'text, text[], text[], text[], text[], text[], text, boolean, integer, integer';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql
    .raw(`create table ingest_digests (
  case_id integer not null references cases (id) on delete cascade,
  source_id text not null,
  digest text not null,
  primary key (case_id, source_id))`)
    .execute(db);
  await sql.raw(`drop function docketwatch_unchanged(${OLD_SIGNATURE})`).execute(db);
  await sql
    .raw(`create function docketwatch_unchanged(
  p_court text, p_dockets text[], p_digests text[], p_entry_dockets text[], p_keys text[], p_hashes text[],
  p_source text, p_complete boolean, p_lo integer, p_hi integer)
returns table (o_cases json, o_details json, o_source boolean, o_changed bigint)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
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
    case when (select count(*) from c
               join unnest(p_dockets, p_digests) as n(docket, digest) on n.docket = c.docket_number
               join ingest_digests g on g.case_id = c.id and g.source_id = p_source and g.digest = n.digest)
              = cardinality(p_dockets)
    then 0::bigint
    else
    (select count(*) from i join c on c.docket_number = i.docket
       left join entries e on e.case_id = c.id and e.entry_key = i.k
       where e.id is null or e.status <> 'present' or i.h is distinct from
         (select v.content_hash from entry_versions v
          where v.entry_id = e.id and v.source_id = p_source order by v.id desc limit 1))
    + (select count(*) from entries e join c on e.case_id = c.id
       where p_complete and (e.number is null
          or (e.status = 'present' and e.number between p_lo and p_hi and e.entry_key <> all(p_keys))))
    end;
end $$`)
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on the current Database type
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql.raw(`drop function if exists docketwatch_unchanged(${NEW_SIGNATURE})`).execute(db);
  await sql.raw('drop table if exists ingest_digests').execute(db);
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
