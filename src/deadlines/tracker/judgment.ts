/**
 * What a final judgment ends. Interim relief — a temporary restraining order, a preliminary
 * injunction — lasts at most until final judgment ("pending final judgment", "during the pendency
 * of this action"): a judgment against the plaintiffs or petitioners, a dismissal of the case, or
 * the case closed without a judgment for them, ends it unless the court makes it permanent. A
 * judgment for the plaintiffs is not read here (its own relief is a person's to read).
 */
import { FOR_DEFENDANTS, FOR_PLAINTIFFS, judgmentFor } from '../extract/relief.ts';
import { dutiesFallWith, endNow, injunctionOfDate } from './injunctions.ts';
import { touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type TrackedInjunction,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { capitalize } from './words.ts';

/** "The petition is DENIED", "the petition for a writ of habeas corpus is dismissed", "This action is DISMISSED". */
const CASE_DENIED =
  /\b(?:the|this)\s+(?:amended\s+|class\s+(?:action\s+)?|habeas\s+)?(?:petition|complaint|action|case)(?:\s+for\s+(?:a\s+)?writ\s+of\s+habeas\s+corpus)?(?:\s+\[\d+\])?\s+(?:is|are)\s+(?:hereby\s+)?(?:denied|dismissed)\b([^.;]{0,60})/gi;
/**
 * "Motion to Dismiss the Complaint is DENIED": the motion is what is denied; "the request for a
 * stay of removal in the Petition is DENIED": the request, one thing the petition asks.
 */
const MOTION_BEFORE =
  /\b(?:to\s+dismiss|dismissing|motion\s+(?:for|to)\s+[\w\s]{0,40})\s*$|\b(?:requests?|applications?|prayers?)\s+(?:for|to)\b[^.;]{0,60}?\b(?:in|of)\s*$/i;
/** "Civil case terminated", "CASE CLOSED", "directed to close the case", "the case is closed". */
const CASE_CLOSED =
  /\b(?:civil\s+)?case\s+(?:is\s+)?(?:hereby\s+)?(?:TERMINATED|terminated|CLOSED|closed)\b|\bCASE\s+CLOSED\b|\bclose\s+(?:the|this)\s+(?:case|action)\b/;
/** Not an end: a dismissal with leave to amend, in part, as to one party; an administrative closing; a transfer. */
const NOT_FINAL =
  /\bleave\s+to\s+amend\b|\bin\s+part\b|\bas\s+to\s+(?:defendant|plaintiff|respondent|petitioner)\b|\badministrative(?:ly)?\s+clos|\btransferr?(?:ed|ing)?\b|\bstayed\b/i;

/** Whether a court's entry ends the case against the plaintiffs (or petitioners): judgment, denial, dismissal, closing. */
export function endsCaseAgainstPlaintiffs(words: string): boolean {
  if (FOR_PLAINTIFFS.test(words)) return false;
  if (FOR_DEFENDANTS.test(words)) return true;
  for (const denied of words.matchAll(CASE_DENIED)) {
    const before = words.slice(Math.max(0, denied.index - 60), denied.index);
    if (!NOT_FINAL.test(denied[0]) && !MOTION_BEFORE.test(before)) return true;
  }
  return CASE_CLOSED.test(words) && !NOT_FINAL.test(words);
}

/**
 * A judgment carrying out what the parties agreed to: "JUDGMENT entered in accordance with the
 * Consent Decree (doc. no. 36). Case closed.", "Judgment is entered pursuant to the Settlement
 * Agreement". Not a judgment against the plaintiffs: the instrument is the relief.
 */
const BY_INSTRUMENT =
  /\b(?:in\s+accordance\s+with|pursuant\s+to|in\s+conformity\s+with|consistent\s+with|incorporating|on\s+the\s+terms\s+of)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:consent\s+(?:decree|judgment)|settlement(?:\s+agreement)?|stipulation\s+of\s+settlement)\b/i;

/** Interim relief: ends with the final judgment (a TRO, a preliminary injunction, a § 705 postponement pending review). */
function interim(i: TrackedInjunction): boolean {
  return (
    (i.type === 'TRO' || i.type === 'preliminary_injunction' || i.type === 'agency_postponement') &&
    // Ended already by an order from a later day ("DISSOLVED, effective January 15, 2026"): that day stands.
    !i.endsOn
  );
}

/**
 * The case ended against the plaintiffs on `at`: every TRO and preliminary injunction still in
 * force (or on hold) ends that day (`injunction.dissolved`, `endedBy: 'judgment'`), and what its
 * order required falls with it. One granted by the same entry (an injunction pending appeal) stands.
 */
export function endInterimRelief(t: TrackerCore, at: Provenance, events: TrackerEvent[]): void {
  const instrument = BY_INSTRUMENT.test(at.words) ? instrumentInForce(t) : null;
  if (instrument) {
    mergedInto(t, instrument, at, events);
    return;
  }
  if (!endsCaseAgainstPlaintiffs(at.words)) return;
  endEachInterim(t, at, events, (i) => {
    i.state = 'dissolved';
    i.history.push({ action: 'ended_by_judgment', entry: at.entry, date: at.dateFiled, until: i.until });
    return {
      type: 'injunction.dissolved',
      entry: at.entry,
      date: at.dateFiled,
      subject: i.id,
      message: `${capitalize(injunctionOfDate(i))} ended with the final judgment against the plaintiffs: it lasted only until final judgment`,
      data: { since: i.since, endedBy: 'judgment' },
    };
  });
}

/**
 * Ends each interim relief in force (or stayed) that an entry's judgment ends: granted before it, by
 * another entry. `end` sets the new state and history and returns the one event that tells it; the
 * relief's appeal posture ends, its term ends that day, and its duties fall with it.
 */
function endEachInterim(
  t: TrackerCore,
  at: Provenance,
  events: TrackerEvent[],
  end: (i: TrackedInjunction) => TrackerEvent,
): void {
  for (const i of t.state.injunctions.values()) {
    if (!interim(i) || (i.state !== 'in_force' && i.state !== 'stayed')) continue;
    if (i.grantedBy.entry === at.entry || i.since > at.dateFiled) continue;
    touch(t, i);
    i.onAppeal = null;
    endNow(i, at.dateFiled);
    events.push(end(i));
    dutiesFallWith(t, i, at, events);
  }
}

/**
 * A final judgment entered (the court's own, not a copy of a court of appeals'), told once: for whom,
 * and whether the relief it grants was read (`relief: false` — "Judgment is entered for plaintiffs"
 * alone: what it orders is for a person to read in the judgment).
 */
export function judgmentEntered(at: Provenance, relief: boolean): TrackerEvent[] {
  const forWhom = judgmentFor(at.words);
  if (!forWhom) return [];
  return [
    entryEvent(
      at,
      'judgment.entered',
      null,
      `Judgment entered for the ${forWhom}${!relief && forWhom === 'plaintiffs' ? '; the relief it grants is not in the docket text' : ''}`,
      {
        party: forWhom,
        ...(forWhom === 'plaintiffs' ? { reliefRead: relief } : {}),
      },
    ),
  ];
}

/** The consent decree or settlement in force the case ends with, the latest granted. */
function instrumentInForce(t: TrackerCore): TrackedInjunction | null {
  return (
    [...t.state.injunctions.values()]
      .filter((x) => (x.type === 'consent_decree' || x.type === 'settlement') && x.state === 'in_force')
      .at(-1) ?? null
  );
}

/**
 * A judgment entered in accordance with a consent decree or settlement in force: interim relief
 * still in force merges into it (`injunction.converted`, `into` the instrument) — it ends, the
 * instrument carries its protection on; what its order required falls with it.
 */
function mergedInto(
  t: TrackerCore,
  instrument: TrackedInjunction,
  at: Provenance,
  events: TrackerEvent[],
): void {
  endEachInterim(t, at, events, (i) => {
    i.state = 'converted';
    i.history.push({ action: 'converted', entry: at.entry, date: at.dateFiled, until: i.until });
    return {
      type: 'injunction.converted',
      entry: at.entry,
      date: at.dateFiled,
      subject: i.id,
      message: `${capitalize(injunctionOfDate(i))} ended: the ${injunctionOfDate(instrument)} takes its place`,
      data: { since: i.since, until: i.until, into: instrument.type, intoSince: instrument.since },
    };
  });
}
