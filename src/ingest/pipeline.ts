/**
 * The one ingest path for every way filings arrive (the `ingest` command, the poller, webhooks,
 * forwarded notices): merge the parsed result into the record, keep any document text the source
 * gave (an order's own words), then let the deadline record follow the changed entries.
 */
import type { Store } from '../../db/index.ts';
import { refreshAfterIngest, setEntryText } from '../deadlines/record.ts';
import type { ParseResult } from '../model/docket.ts';
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
  const outcome = await ingest(store.db, result, ingestOptions);
  const ignored = new Set(outcome.ignored);
  const withText: { type: string; case: string; entry: string }[] = [];
  for (const t of texts) {
    if (ignored.has(t.case)) continue;
    try {
      await setEntryText(store, t.case, t.entry, t.text, options.source ?? result.kind);
      withText.push({ type: 'entry.text', case: t.case, entry: t.entry });
    } catch {
      // The case is not in the record (not tracked): its text has nowhere to go.
    }
  }
  // A new order text changes the reading of an entry even when the entry itself did not change.
  const touched = [...outcome.events, ...withText];
  await refreshAfterIngest(store, touched);
  return outcome;
}
