/**
 * The one ingest path for every way filings arrive (the `ingest` command, the poller, webhooks,
 * forwarded notices): merge the parsed result into the record, keep any document text the source
 * gave (an order's own words), then let the deadline record and the class definitions (who is
 * covered, per order) follow the changed entries. Alerts wait for that: the entries' events are
 * held until the posture has followed them (`events.hold`, `src/notify/alerts.ts`), so a new order
 * and the stay it lifts are one message.
 */
import { randomBytes } from 'node:crypto';
import { applyLinkClaims, recordLinkClaims } from '../../db/case-links.ts';
import type { Store } from '../../db/index.ts';
import { endHold, followingIngest, whileHolding } from '../../db/ingests.ts';
import { refreshAfterIngest, setEntryText } from '../deadlines/record.ts';
import { parseCaseKey } from '../model/case-key.ts';
import type { ParseResult } from '../model/docket.ts';
import { appealClaims } from './appeals.ts';
import { readOrderClasses } from './classes.ts';
import { type IngestOptions, type IngestOutcome, ingest } from './index.ts';

/** Text of an entry's document, keyed by the case (`court:docket`) and the entry key (its number). */
export interface EntryText {
  case: string;
  entry: string;
  text: string;
}

export interface PipelineOptions extends IngestOptions {
  texts?: EntryText[];
}

export async function ingestParsed(
  store: Pick<Store, 'db'>,
  result: ParseResult,
  options: PipelineOptions = {},
): Promise<IngestOutcome> {
  const { texts = [], ...ingestOptions } = options;
  // The entries' events wait for the posture (`IngestOptions.hold`), released however the refresh
  // ends; every event written until then carries the same token (`events.ingest`), told together.
  // The hold's lease is renewed while this works, so a slow ingest is never told in two parts,
  // and runs out if this process dies (`db/ingests.ts`).
  const hold = randomBytes(9).toString('base64url');
  return whileHolding(store.db, hold, () =>
    followingIngest(hold, async () => {
      const outcome = await ingest(store.db, result, { ...ingestOptions, hold });
      try {
        await followEntries(store, result, outcome, texts, options.source);
      } finally {
        if (outcome.events.some((e) => e.type.startsWith('entry.'))) await releaseHold(store, hold);
      }
      return outcome;
    }),
  );
}

/** The posture has followed the entries written with `hold`: alerts may tell them now. */
export async function releaseHold(store: Pick<Store, 'db'>, hold: string): Promise<void> {
  await endHold(store.db, hold);
}

/** What follows the changed entries: appeals linked, document texts kept, the posture and the classes brought up to date. */
async function followEntries(
  store: Pick<Store, 'db'>,
  result: ParseResult,
  outcome: IngestOutcome,
  texts: EntryText[],
  source: string | undefined,
): Promise<void> {
  const ignored = new Set(outcome.ignored);
  await linkAppeals(store, result, outcome, ignored);
  const withText: { type: string; case: string; entry: string }[] = [];
  for (const t of texts) {
    if (ignored.has(t.case)) continue;
    try {
      await setEntryText(store, t.case, t.entry, t.text, source ?? result.kind);
      withText.push({ type: 'entry.text', case: t.case, entry: t.entry });
    } catch {
      // The case is not in the record (not tracked): its text has nowhere to go.
    }
  }
  // A new order text changes the reading of an entry even when the entry itself did not change.
  const touched = [...outcome.events, ...withText];
  await refreshAfterIngest(store, touched);
  await readOrderClasses(store, touched);
}

/**
 * Appeals linked from what the dockets say (`appeals.ts`, `db/case-links.ts`): the claims this
 * result makes are kept, and those about its cases, or about cases ingest just started tracking,
 * are applied. The links made are reported with the ingest's events.
 */
async function linkAppeals(
  store: Pick<Store, 'db'>,
  result: ParseResult,
  outcome: IngestOutcome,
  ignored: ReadonlySet<string>,
): Promise<void> {
  const claims = appealClaims(result, ignored);
  if (claims.length > 0) await recordLinkClaims(store.db, claims);
  const keys = new Set(outcome.events.filter((e) => e.type === 'case.tracked').map((e) => e.case));
  for (const c of claims) keys.add(`${c.appealCourt}:${c.appealDocket}`);
  if (keys.size === 0) return;
  const cases = [...keys].map((k) => {
    const { court, docketNumber } = parseCaseKey(k);
    return { court, docket: docketNumber };
  });
  for (const c of claims) cases.push({ court: c.originCourt ?? '', docket: c.originDocket });
  for (const link of await applyLinkClaims(store.db, cases)) {
    if (link.tracked)
      outcome.events.push({ type: 'case.tracked', case: link.appeal, entry: null, source: 'appeal-link' });
    outcome.events.push({
      type: 'case.linked',
      case: link.appeal,
      entry: null,
      parent: link.parent,
      link: 'appeal',
    });
  }
}
