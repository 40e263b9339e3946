/**
 * A stay pending appeal of an order: the order is on hold until the appeal ends.
 *
 * When a district court stays its own injunction (or the order granting one) "pending appeal" —
 * "The preliminary injunction [20] is STAYED pending resolution of Defendant's appeal", "the motion
 * for a stay of the injunction pending appeal is GRANTED", "the Court's Order of June 1, 2020 is
 * stayed pending the Ninth Circuit's resolution of the appeal" — the injunction does not apply
 * until the appeal ends: it is not in force, it is on hold (in part: it stays in force, with the
 * part stayed on hold). No stay of its own is recorded: what is stayed is the injunction. When the
 * appeal ends — dismissed, or its mandate issues after a decision that leaves the injunction
 * standing — the injunction applies again (tracker/appeals.ts, `injunction.resumed`).
 *
 * A stay of the case, its proceedings, discovery or deadlines pending appeal is a stay of its own
 * (tracker/stays.ts), ended when the appeal is dismissed.
 */
import { namesPart } from '../appellate.ts';
import { NEGATED, withoutExceptions } from '../extract/findings.ts';
import { partialClause, partOfAct, withoutExcepted } from '../extract/partial.ts';
import { orderReferences } from '../references.ts';
import type { Analysis, InjunctionType } from '../types.ts';
import { heldEvents, holdParagraphDuties } from './deadlines.ts';
import { holdPendingAppeal, waitsForAppeal } from './injunctions.ts';
import { appealedFrom, namedBy } from './lookup.ts';
import type { Provenance, TrackedInjunction, TrackerCore, TrackerEvent } from './model.ts';

const STAY_WORD = /\bstay(?:s|ed|ing)?\b/i;
const STAYED = /\b(?:is|are|be|shall\s+be|will\s+be)\s+(?:hereby\s+)?stayed\b/i;
const GRANTS = /\bgrant(?:s|ed|ing)?\b/i;
const DENIES = /\bden(?:y|ies|ied|ying)\b/i;
/** Granted in part, or a clause limiting it to a part (extract/partial.ts). */
const IN_PART = { test: (s: string): boolean => /\bin\s+part\b/i.test(s) || partialClause(s) !== null };
const INJUNCTION =
  /\b(?:(?:preliminary|permanent)\s+injunctions?|injunctions?|injunctive\s+relief|temporary\s+restraining\s+orders?|TROs?)\b/i;
/** What a stay of the case itself pauses. */
const PROCEEDINGS =
  /\b(?:this\s+(?:case|action|matter|litigation)|the\s+(?:case|action|matter|litigation)|proceedings?|discovery|deadlines?|trial|all\s+(?:claims|dates))\b/i;
/** An order or judgment named as what is stayed (not the entry's own "ORDER granting …"). */
const ORDER_NAMED =
  /\b(?:the|this|its|Court['’]s|court['’]s)\s+(?:[\w,]+\s+){0,3}?(?:order|judgment|ruling|decree)\b/i;

export interface StayPendingAppealReading {
  /** What is stayed: an injunction, an order (or judgment), or nothing named ("motion to stay pending appeal GRANTED"). */
  object: 'injunction' | 'order' | 'unnamed';
  /** The case or its proceedings are stayed too ("This case and the injunction are stayed pending appeal"). */
  proceedingsToo: boolean;
  inPart: boolean;
  /** In part: the part stayed in the court's words, and its numbered paragraphs ("as to paragraph 4 only"). */
  part?: { words: string; paragraphs: string[] };
  type: InjunctionType | null;
}

/** The sentences of an entry, roughly: a stay's words and its object are in one. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=[A-Z[(])/);
}

/**
 * What a court's entry stays pending appeal, when it grants such a stay; `null` when it grants none
 * (denied, a motion asking for one, or no appeal awaited).
 */
export function readStayPendingAppeal(text: string): StayPendingAppealReading | null {
  if (!waitsForAppeal(text)) return null;
  // Not a sentence that says the order stays nothing ("Nothing in this Order stays or modifies the
  // preliminary injunction [20]").
  const granting = sentences(text).filter(
    (s) =>
      STAY_WORD.test(s) &&
      (STAYED.test(s) || (GRANTS.test(s) && (!DENIES.test(s) || IN_PART.test(s)))) &&
      !/^\s*(?:\[\d+\]\s*)?(?:MOTION|Motion)\b/.test(s) &&
      !NEGATED.test(s),
  );
  if (granting.length === 0) return null;
  // "To the extent that … is stayed" says what is granted, not a part (`namesPart`).
  const inPart = granting.some(namesPart);
  // A motion granted in part and denied in part: what is stayed is what the order's own "… are
  // STAYED" says, not the motion's title; and not what it leaves out ("All further proceedings,
  // other than proceedings to enforce the preliminary injunction [18], are STAYED" stays proceedings).
  const stayedSaid = granting.filter((s) => STAYED.test(s));
  // "…, save that the preliminary injunction [20] shall remain in full force": not what is stayed.
  const read = (inPart && stayedSaid.length > 0 ? stayedSaid : granting).map((s) =>
    withoutExceptions(withoutExcepted(s)),
  );
  const said = read.join(' ');
  const proceedings = read.some((s) => PROCEEDINGS.test(s) && !INJUNCTION.test(s));
  const injunction = INJUNCTION.exec(said)?.[0] ?? null;
  const type: InjunctionType | null = !injunction
    ? null
    : /restraining|TRO/i.test(injunction)
      ? 'TRO'
      : /permanent/i.test(injunction)
        ? 'permanent_injunction'
        : /preliminary/i.test(injunction)
          ? 'preliminary_injunction'
          : null;
  // The part stayed, in the court's words: "paragraph 4 only", "insofar as it requires …".
  const named = inPart ? granting.map(partOfAct).find((p) => p !== null) : null;
  const part = named ? { part: { words: named.words, paragraphs: named.paragraphs } } : {};
  if (injunction) return { object: 'injunction', proceedingsToo: proceedings, inPart, type, ...part };
  if (proceedings) return null;
  return {
    object: granting.some((s) => ORDER_NAMED.test(s.replace(/^\s*ORDER\b/, ''))) ? 'order' : 'unnamed',
    proceedingsToo: false,
    inPart,
    type: null,
    ...part,
  };
}

const standing = (i: TrackedInjunction) => i.state === 'in_force' || i.state === 'expired';

/**
 * The injunctions a stay pending appeal acts on: those whose orders it names (by number or date);
 * else, when it names an injunction, the one standing of that type (or the one standing); else the
 * injunctions granted by the orders the pending appeal is from (its notice of appeal names them).
 */
function heldInjunctions(
  t: TrackerCore,
  reading: StayPendingAppealReading,
  at: Provenance,
  related: readonly number[],
): TrackedInjunction[] {
  const all = [...t.state.injunctions.values()].filter((i) => i.grantedBy.entry !== at.entry && standing(i));
  const refs = orderReferences(at.words, related, at.dateFiled);
  const named = all.filter((i) => namedBy(i, refs));
  if (named.length > 0) return named;
  if (reading.object === 'injunction') {
    const ofType = reading.type ? all.filter((i) => i.type === reading.type) : all;
    if (ofType.length === 1) return ofType;
  }
  const notice = openNotice(t);
  return notice ? all.filter((i) => appealedFrom(i, notice.from)) : [];
}

/** The latest notice of appeal whose appeal has not ended. */
function openNotice(t: TrackerCore) {
  return t.state.appeals.filter((a) => !a.ended).at(-1) ?? null;
}

/**
 * Apply a district court's stay pending appeal read from an entry: the injunctions it stays are
 * on hold (in part: in force with a part on hold) until the appeal ends. Returns `null` when the
 * entry grants no such stay of a tracked injunction (its stay findings are then read as usual), or
 * the events and whether a stay of the case's proceedings is granted too.
 */
export function applyStayPendingAppeal(
  t: TrackerCore,
  analysis: Pick<Analysis, 'kind' | 'relatedEntries' | 'injunctions'>,
  at: Provenance,
): { events: TrackerEvent[]; proceedingsToo: boolean; asModified: boolean } | null {
  if (!['order', 'opinion', 'judgment', 'minute_entry'].includes(analysis.kind)) return null;
  const reading = readStayPendingAppeal(at.words);
  if (!reading) return null;
  const targets = heldInjunctions(t, reading, at, analysis.relatedEntries);
  if (targets.length === 0) return null;
  // Numbered paragraphs stayed ("STAYED as to paragraph 4 only"): the duties they set are on hold.
  const events: TrackerEvent[] = [];
  const paragraphs = reading.inPart ? (reading.part?.paragraphs ?? []) : [];
  if (paragraphs.length > 0) {
    const notice = t.state.appeals.filter((a) => !a.ended).at(-1) ?? null;
    const held = holdParagraphDuties(t, paragraphs, at.words, at, notice, reading.part!.words);
    events.push(...heldEvents(held, at, 'the district court'));
  }
  // Stayed in part, read as the injunction's modification ("is stayed pending appeal except as to
  // …"): recorded as that change (tracker/injunctions.ts), in force "as modified"; no stay of its own.
  if (reading.inPart && analysis.injunctions.some((f) => f.action === 'modified'))
    return { events, proceedingsToo: reading.proceedingsToo, asModified: true };
  for (const i of targets)
    events.push(holdPendingAppeal(t, i, at, reading.inPart, 'district', undefined, reading.part?.words));
  return { events, proceedingsToo: reading.proceedingsToo, asModified: false };
}
