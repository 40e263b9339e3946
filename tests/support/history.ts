/**
 * A case's written history (the shape of `src/demo/hamama.json`: docket texts and the orders' own
 * words) as sources give it, for the tests that replay one through ingest and the deadline record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocketCase, emptyCase, emptyEntry } from '../../src/model/docket.ts';
import { projectRoot } from './shared.ts';

export interface HistoryEntry {
  number: number | null;
  dateFiled: string;
  text: string;
  shortDescription?: string;
  /** The order's operative words, as its document says them. */
  documentText?: string;
}

export interface WrittenHistory {
  court: string;
  docketNumber: string;
  caseName: string;
  entries: HistoryEntry[];
}

/** Hamama v. Adducci's history, as the demo replays it. */
export function hamamaHistory(): WrittenHistory {
  return JSON.parse(readFileSync(join(projectRoot, 'src/demo/hamama.json'), 'utf8')) as WrittenHistory;
}

/**
 * The case with these entries as a source gives them: in full (the docket text, filed and entered
 * the same day) or, `partial`, as a court feed's items (a title and a timestamp, no docket text).
 */
export function historyDocket(h: WrittenHistory, entries: HistoryEntry[], partial = false): DocketCase {
  return {
    ...emptyCase(),
    docketNumber: h.docketNumber,
    caseName: h.caseName,
    entries: entries.map((e) => {
      const number = e.number === null ? null : String(e.number);
      const shortDescription = e.shortDescription ?? null;
      return partial
        ? { ...emptyEntry(''), number, dateFiled: `${e.dateFiled}T12:00:00-04:00`, shortDescription }
        : {
            ...emptyEntry(e.text),
            number,
            dateFiled: e.dateFiled,
            dateEntered: e.dateFiled,
            shortDescription,
          };
    }),
  };
}
