/**
 * Docket entries read and tracked in order, as the worker does — the extractor over the whole
 * sequence (`analyzeSequence`), then the tracker entry by entry — for tests that check what the
 * records say after a short history. Tests of the extractor alone call `analyzeEntry` instead.
 */
import { analyzeSequence } from '../../src/deadlines/extract/index.ts';
import { Tracker } from '../../src/deadlines/tracker.ts';

export interface TrackedEntry {
  number: string | null;
  dateFiled: string;
  text: string;
  documentText?: string;
}

/** Every entry applied in order: the tracker after the last, and the events each told. */
export function trackInOrder(court: string, entries: readonly TrackedEntry[]) {
  const tracker = new Tracker({ court });
  const analyses = analyzeSequence([...entries], { court });
  const events = entries.flatMap((e, i) => tracker.apply(e, analyses[i]!));
  return { tracker, events };
}

/**
 * The history as known on each day: `upTo(day)` applies the entries filed by then and advances the
 * clock to that day (terms that end, days that pass), on a fresh tracker each time.
 */
export function trackedUpTo(court: string, entries: readonly TrackedEntry[]) {
  const analyses = analyzeSequence([...entries], { court });
  return (day: string) => {
    const tracker = new Tracker({ court });
    const events = entries.flatMap((e, i) => (e.dateFiled <= day ? tracker.apply(e, analyses[i]!) : []));
    events.push(...tracker.advanceTo(day));
    return { tracker, events };
  };
}
