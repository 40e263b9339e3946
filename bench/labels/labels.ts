/**
 * The label files of the real corpus (`bench/labels/dev.jsonl`, `holdout.jsonl`, `holdout-2.jsonl`, ...):
 * one JSON line per drawn entry, written by hand from the entry's text before the extractor was run.
 *
 * Reading choices (the rules the labels follow; docs in bench/labels/README.md):
 * - A deadline is what the text makes due on a date: a court's or clerk's date, a date CM/ECF
 *   computed and printed ("answer due 6/10/2006", "Responses due by"), or a stipulation's date
 *   (proposed). A motion's requested date is not a deadline. Periods are counted with the
 *   project's calendar (FRCP 6(a) / FRAP 26(a), no Rule 6(d) days when the period runs from the
 *   order or from entry); a period from an event that has not happened has `due: null`.
 * - Hearings: `set`, `reset` (moved to a new date), `continued` (moved; with a date when given),
 *   `vacated`, `held`, `advisement` (held, taken under advisement), `on_briefs` (no hearing; decided
 *   on the papers). The date is the hearing's own; when minutes of a proceeding give no date it is
 *   the entry's date. A reset with the old date stated gives two hearings (vacated old, reset new).
 * - Stays: `granted`/`extended`/`lifted`/`denied`/... with the last day in force when dated.
 *   Injunctions: type and action. A motion asking for either sets nothing.
 * - Bare titles of history reports ("Order", "Motion Hearing") set nothing, unless the title
 *   itself states a hearing's lifecycle ("Bench Trial - Begun", "Adjournment of Hearing").
 */
import { readFileSync } from 'node:fs';
import { DEV_FILE, HOLDOUT_FILE, type Split } from './corpus.ts';
import { HOLDOUT2_FILE } from './holdout2.ts';

export const LABEL_KINDS = [
  'pleading',
  'motion',
  'response',
  'reply',
  'order',
  'opinion',
  'minute_entry',
  'stipulation',
  'notice',
  'status_report',
  'judgment',
  'mandate',
  'transcript',
  'other',
] as const;

export const HEARING_CHANGES = [
  'set',
  'reset',
  'continued',
  'vacated',
  'held',
  'advisement',
  'on_briefs',
] as const;
export type LabelHearingChange = (typeof HEARING_CHANGES)[number];

export interface LabelDeadline {
  what: string;
  /** Last day (`YYYY-MM-DD`); `null` when it runs from an event that has not happened. */
  due: string | null;
  dueTime?: string;
  period?: {
    n: number;
    unit: string;
    direction: 'after' | 'before';
    trigger: string | null;
    serviceDaysAdded?: number;
  };
  /** For a recurring obligation: its first due date. */
  recurringFirst?: string;
  computation?: string;
}

export interface LabelHearing {
  change: LabelHearingChange;
  date: string | null;
  time?: string;
  type: string;
}

export interface CorpusLabel {
  ref: string;
  court: string;
  split: Split;
  /** Hold-outs 2 to 4 only: the stratum it was drawn in (`holdouts.ts`; C in hold-out 4 only). */
  stratum?: 'A' | 'B' | 'C';
  textSha: string;
  number: string | null;
  dateFiled: string;
  kind: (typeof LABEL_KINDS)[number];
  deadlines: LabelDeadline[];
  hearings: LabelHearing[];
  stays: { action: string; expires: string | null; until?: string }[];
  injunctions: { type: string; action: string }[];
  note?: string;
}

/**
 * The fields a label is compared on (by `bench/corpus-accuracy.ts` against the extractor, and by
 * `agreement.ts` between two labelings): kind; the multiset of due dates (`recurring:<first>` for a
 * recurring obligation); the multiset of hearing dates (`''` undated); `action@expires` of stays;
 * `type:action` of injunctions.
 */
export const CORPUS_FIELDS = ['kind', 'deadlineDates', 'hearingDates', 'stays', 'injunctions'] as const;
export type CorpusField = (typeof CORPUS_FIELDS)[number];

const sorted = (xs: string[]) => [...xs].sort();

/** One field of a label, projected for comparison (see `CORPUS_FIELDS`). */
export function labelField(f: CorpusField, l: CorpusLabel): unknown {
  switch (f) {
    case 'kind':
      return l.kind;
    case 'deadlineDates':
      return sorted(
        l.deadlines.flatMap((d) => [
          ...(d.due ? [d.due] : []),
          ...(d.recurringFirst ? [`recurring:${d.recurringFirst}`] : []),
        ]),
      );
    case 'hearingDates':
      return sorted(l.hearings.map((h) => h.date ?? ''));
    case 'stays':
      return sorted(l.stays.map((s) => `${s.action}@${s.expires ?? ''}`));
    case 'injunctions':
      return sorted(l.injunctions.map((j) => `${j.type}:${j.action}`));
  }
}

/**
 * A labeled hearing's lifecycle as the entry-level hearing figure compares it: set and reset apart,
 * continued with a date as a reset, vacated / continued without a date / on the briefs as
 * cancelled, held / under advisement as held.
 */
export function hearingLifecycle(h: LabelHearing): 'set' | 'reset' | 'cancelled' | 'held' {
  switch (h.change) {
    case 'set':
    case 'reset':
      return h.change;
    case 'continued':
      return h.date ? 'reset' : 'cancelled';
    case 'vacated':
    case 'on_briefs':
      return 'cancelled';
    case 'held':
    case 'advisement':
      return 'held';
  }
}

export function readLabels(file: string): CorpusLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLabel);
}

export function loadCorpusLabels(): CorpusLabel[] {
  return [...readLabels(DEV_FILE), ...readLabels(HOLDOUT_FILE), ...readLabels(HOLDOUT2_FILE)];
}
