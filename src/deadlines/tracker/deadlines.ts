/**
 * Deadlines and obligations: set, proposed, repeated, extended, shortened, reset, vacated, mooted,
 * suspended, barred; recurring obligations and their occurrences; filings that meet them; a
 * person's review.
 */
import { DateTime } from 'luxon';
import { InputError } from '../../errors.ts';
import {
  type ComputedDeadline,
  computeDeadline,
  daysBetween,
  fixedDeadline,
  recurringDeadlines,
  scheduleOf,
} from '../calendar.ts';
import { endedDuties } from '../duty-ends.ts';
import {
  REPORT_EXCUSED_RULE,
  REPORTING_RESUMED_RULE,
  REPORTING_SUSPENDED_RULE,
} from '../extract/duty-holds.ts';
import {
  appealBriefOf,
  briefTrigger,
  filedBrief,
  obligationKey,
  responseTrigger,
  sideOf,
  stem,
} from '../extract/filings.ts';
import { appellateTrigger, certifiedAct, DATE, readDate } from '../extract/grammar.ts';
import { paragraphAct, partOfAct } from '../extract/partial.ts';
import { caseSide, otherSides } from '../extract/sides.ts';
import { sentences } from '../extract/text.ts';
import { citedNumbers, orderReferences } from '../references.ts';
import type { DeadlineBasis, DeadlineFinding, Satisfaction } from '../types.ts';
import {
  deadlinesByHead,
  deadlinesByHeadRefs,
  deadlinesByKey,
  deadlinesNaming,
  deadlinesSetBy,
  docketOf,
  recurringDeadlines as recurringObligations,
  touch,
} from './lookup.ts';
import {
  type AppealBrief,
  entryEvent,
  type Occurrence,
  type Provenance,
  type TrackedDeadline,
  type TrackerCore,
  type TrackerEvent,
  UnknownRecordError,
} from './model.ts';
import { cadenceWords, capitalize, headWord, keyOf, longDate, refsOf } from './words.ts';

export function applyDeadline(
  t: TrackerCore,
  finding: DeadlineFinding,
  at: Provenance,
  related: number[],
  /** The entry is the clerk's ("Set/Reset Deadlines …"), not a judge's order: its words. */
  clerkEntry: string | null = null,
): TrackerEvent[] {
  const f = { ...finding, what: tidyWhat(finding.what) };
  const order = ORDER_DEADLINES.exec(f.what);
  if (order && f.period && (f.change === 'extended' || f.change === 'shortened'))
    return shiftOrderDeadlines(t, order[1]!, f, at);
  if (f.basis === 'recurring_period_in_text' && f.change === 'vacated' && f.why?.rule === RELIEVED_RULE)
    return endRecurringDuties(t, f, at, related);
  if (f.basis === 'recurring_period_in_text' && HOLD_RULES.has(f.why?.rule ?? ''))
    return holdRecurringDuty(t, f, at, related);
  // A duty set before on a new schedule: changed in place; a schedule that changes no duty we hold is a new one.
  if (f.recurrence && f.change === 'reset')
    return (
      changeSchedule(t, f, at, related) ??
      applyDeadline(t, { ...finding, change: 'set' }, at, related, clerkEntry)
    );
  const existing = findDeadline(
    t,
    f,
    related,
    obligedParty(f.source ?? at.words)?.key ?? null,
    docketOf(at.entry),
  );
  const ev = (
    type: string,
    d: TrackedDeadline | null,
    message: string,
    data?: Record<string, unknown>,
  ): TrackerEvent[] => [entryEvent(at, type, d, message, data)];
  switch (f.change) {
    case 'duplicate':
      if (existing) {
        existing.repeatedBy.push(at);
        return [];
      }
      return createFromFinding(t, f, at, true);
    case 'set':
    case 'proposed': {
      const ordered = f.change === 'set' && isOrderedBasis(f.basis);
      const occurrence = repeatedOccurrence(t, f, related);
      if (occurrence && !f.recurrence) {
        // "Set Deadlines as to [87]. Status Report due by 8/7/2017": the clerk repeats an occurrence.
        touch(t, occurrence);
        occurrence.repeatedBy.push(at);
        return [];
      }
      if (!existing || existing.recurrence || f.recurrence) {
        const made = createFromFinding(t, f, at, ordered);
        if (ordered && clerkEntry === null) t.state.deadlines.get(made[0]!.subject!)!.dateByOrder = at.entry;
        return made;
      }
      const computed = computeDue(t, f);
      if (existing.ordered && !ordered) return [];
      if (clerkOverridden(existing, computed, clerkEntry)) return clerkNoted(t, existing, computed!, at);
      const previousDue = existing.due;
      const adopting = !existing.ordered && ordered;
      // The court's own date in an order, where the clerk's system had computed one: one duty, the
      // court's, named in the order's words (no longer "as computed by CM/ECF").
      const clerkComputed =
        adopting && existing.basis === 'clerk_computed_in_text' && clerkEntry === null ? previousDue : null;
      if (clerkComputed !== null) {
        existing.what = f.what;
        if (f.party) existing.party = f.party;
        if (previousDue) existing.clerkComputed = previousDue;
      }
      existing.ordered ||= ordered;
      existing.basis = f.basis;
      if (ordered && clerkEntry === null) existing.dateByOrder = at.entry;
      if (clerkComputed !== null && computed) {
        touch(t, existing);
        if (computed.due !== existing.due) changeDue(existing, computed, f, 'set', at, previousDue);
        else
          existing.history.push({
            change: 'set',
            entry: at.entry,
            date: at.dateFiled,
            due: existing.due,
            previousDue,
          });
        return ev(
          'deadline.set',
          existing,
          `${capitalize(existing.what)} due ${longDate(existing.due!)}, set by the court (the clerk's system had computed ${longDate(clerkComputed)})`,
          { due: existing.due, clerkComputed, adopted: true },
        );
      }
      if (computed && computed.due !== existing.due) {
        changeDue(existing, computed, f, 'reset', at, previousDue);
        // A new date for a duty a stay had paused (a schedule after a stay of the briefing): due again.
        if (existing.state === 'suspended' && !existing.heldPendingAppeal) existing.state = 'open';
        return ev(
          adopting ? 'deadline.set' : 'deadline.reset',
          existing,
          `${capitalize(existing.what)} now due ${longDate(computed.due)} (was ${previousDue ? longDate(previousDue) : 'undated'})`,
          { due: existing.due, previousDue },
        );
      }
      if (adopting) {
        existing.history.push({
          change: 'set',
          entry: at.entry,
          date: at.dateFiled,
          due: existing.due,
          previousDue: null,
        });
        return ev(
          'deadline.set',
          existing,
          `${capitalize(existing.what)} due ${existing.due ? longDate(existing.due) : '(undated)'} is now set by the court`,
          { due: existing.due, adopted: true },
        );
      }
      existing.repeatedBy.push(at);
      return [];
    }
    case 'extended':
    case 'shortened':
    case 'reset': {
      const computed = computeDue(t, f);
      if (!existing) {
        const events = createFromFinding(t, f, at, true, f.change);
        const d = t.state.deadlines.get(events[0]!.subject!)!;
        d.history[0]!.previousDue = f.previousDue ?? null;
        return events;
      }
      if (clerkOverridden(existing, computed, clerkEntry)) return clerkNoted(t, existing, computed!, at);
      // Set again with no day, as it was ("the optional reply brief is due within 21 days after
      // service of the answering brief" in an amended schedule): nothing moved, nothing to tell.
      if (!computed && !existing.due && existing.state === 'open') {
        existing.repeatedBy.push(at);
        return [];
      }
      const previousDue = existing.due;
      if (computed) changeDue(existing, computed, f, f.change, at, previousDue);
      existing.ordered = true;
      if (clerkEntry === null) existing.dateByOrder = at.entry;
      if (existing.state === 'suspended') existing.state = 'open';
      return ev(
        `deadline.${f.change}`,
        existing,
        `${capitalize(existing.what)} ${f.change} to ${existing.due ? longDate(existing.due) : '(undated)'}${previousDue ? ` (was ${longDate(previousDue)})` : ''}`,
        { due: existing.due, previousDue },
      );
    }
    case 'vacated':
    case 'mooted':
    case 'suspended': {
      // An order ending a duty an earlier act already ended (the mandate vacated the order that set
      // it, then the district court "TERMINATED" the obligation): nothing changes, nothing to tell —
      // never "a deadline we were not tracking".
      if (!existing && endedBefore(t, f, related)) return [];
      if (!existing)
        return ev(
          `deadline.${f.change}`,
          null,
          `${capitalize(f.what)} ${f.change}; no tracked deadline matched`,
          { asked: f.what },
        );
      // The court releasing the party from a duty ("RELIEVED of the obligation to file further
      // status reports", "reporting obligations … end"): no longer due, not a date cancelled.
      const change = f.change === 'vacated' && f.why?.rule === RELIEVED_RULE ? 'relieved' : f.change;
      existing.state = change;
      existing.history.push({
        change,
        entry: at.entry,
        date: at.dateFiled,
        due: existing.due,
        previousDue: null,
      });
      return ev(
        `deadline.${change}`,
        existing,
        change === 'relieved'
          ? `No longer due: the court relieved ${existing.party ?? 'the party'} of the ${existing.what.replace(/\s*\(recurring\)$/, '')}`
          : `${capitalize(existing.what)} ${f.change}`,
      );
    }
    case 'barred': {
      const d =
        existing ??
        newDeadline(t, {
          what: f.what,
          party: f.party,
          basis: f.basis,
          ordered: true,
          due: null,
          dueTime: null,
          dueInstant: null,
          review: 'proposed',
          setBy: at,
          warnings: [],
        });
      d.state = 'barred';
      d.history.push({
        change: 'barred',
        entry: at.entry,
        date: at.dateFiled,
        due: null,
        previousDue: null,
      });
      return ev('deadline.barred', d, `${capitalize(d.what)}: not permitted`);
    }
  }
}

/** The extractor's rule for a duty the court ends for the party (`findings.ts`). */
const RELIEVED_RULE = 'recurring-duty-ended';

/** A clerk's entry that names the court's order it records ("Set/Reset Deadlines as to [16] Order …", "per the Court's Order"). */
const NAMES_AN_ORDER =
  /\[\d+\]\s+(?!motion\b)(?:[\w'’]+\s+){0,2}?(?:order|ruling|minute\s+entry)\b|\b(?:per|pursuant\s+to|in\s+accordance\s+with|as\s+(?:directed|ordered)\s+(?:in|by))\s+(?:the\s+)?(?:Court['’]s\s+)?(?:[\w'’]+\s+){0,2}?(?:order|ruling|minute\s+entry)\b/i;

/**
 * A clerk's entry giving another date for a duty whose date a judge's own order gave: the order
 * governs, and the clerk's date moves nothing — unless the clerk's entry records an order of the
 * court (it names one).
 */
function clerkOverridden(
  d: TrackedDeadline,
  computed: ComputedDeadline | null,
  clerkEntry: string | null,
): boolean {
  return (
    clerkEntry !== null &&
    d.dateByOrder !== undefined &&
    computed !== null &&
    computed.due !== d.due &&
    !NAMES_AN_ORDER.test(clerkEntry)
  );
}

/** The clerk's later date beside the judge's: the judge's order governs; the clerk's date kept as a note, nothing told. */
function clerkNoted(
  t: TrackerCore,
  d: TrackedDeadline,
  computed: ComputedDeadline,
  at: Provenance,
): TrackerEvent[] {
  touch(t, d);
  d.repeatedBy.push(at);
  d.warnings.push(
    `the clerk's entry of ${longDate(at.dateFiled)} gives ${longDate(computed.due)}; the court's order governs`,
  );
  return [];
}

/** The reading of "Each deadline in the Scheduling Order [20] is extended by thirty (30) days". */
const ORDER_DEADLINES = /^every deadline in \[(\d+)\]$/;

/**
 * Every open deadline the named order set, moved by the order's period from its own due day (FRCP
 * 6(a): a last day on a weekend or holiday rolls to the next court day); one event each, with the
 * date it replaces. Looked up by the entry that set them, never over the case's records. When none
 * is tracked (the order's deadlines were never read) nothing moves.
 */
function shiftOrderDeadlines(
  t: TrackerCore,
  entry: string,
  f: DeadlineFinding,
  at: Provenance,
): TrackerEvent[] {
  const period = f.period!;
  const sign = f.change === 'shortened' ? 'before' : 'after';
  const events: TrackerEvent[] = [];
  for (const d of deadlinesSetBy(t, entry)) {
    if (d.review === 'dismissed' || (d.state !== 'open' && d.state !== 'suspended')) continue;
    if (d.recurrence || !d.due) continue;
    const previousDue = d.due;
    const computed = computeDeadline(
      { from: previousDue, n: period.n, unit: period.unit, direction: sign },
      t.calendar,
    );
    touch(t, d);
    changeDue(d, computed, { ...f, dueTime: d.dueTime, previousDue: null }, f.change, at, previousDue);
    d.ordered = true;
    if (d.state === 'suspended') d.state = 'open';
    events.push(
      entryEvent(
        at,
        `deadline.${f.change}`,
        d,
        `${capitalize(d.what)} ${f.change} to ${longDate(d.due!)} (was ${longDate(previousDue)})`,
        { due: d.due, previousDue },
      ),
    );
  }
  return events;
}

export function createFromFinding(
  t: TrackerCore,
  f: DeadlineFinding,
  at: Provenance,
  ordered: boolean,
  change: string = f.change === 'proposed' ? 'proposed' : 'set',
): TrackerEvent[] {
  const computed = f.recurrence ? null : computeDue(t, f);
  const obliged = obligedParty(f.source ?? at.words);
  const d = newDeadline(t, {
    what: f.what,
    // The party the order names, rather than only its role ("Zoho Corporation", not "Defendant").
    party: obliged && (!f.party || ROLE.test(f.party)) ? obliged.name : f.party,
    ...(obliged ? { obligedParty: obliged.key } : {}),
    basis: f.basis,
    ordered,
    due: computed?.due ?? null,
    dueTime: f.dueTime,
    dueInstant: computed?.dueInstant ?? null,
    review: 'proposed',
    setBy: at,
    warnings: computed?.warnings ?? [],
    docketed: f.docketed !== false,
    ...(f.paragraph ? { paragraph: f.paragraph } : {}),
  });
  const waits = !computed && f.period && !f.period.trigger ? appellateTrigger(f.period.triggerText) : null;
  if (waits)
    d.waitsFor = {
      act: waits,
      period: f.period!,
      ...(OF_THIS_ORDER.test(f.period!.triggerText ?? '') ? { ofOrder: at.entry } : {}),
    };
  // "Reply brief due 21 days after service of appellee brief": dated when that brief is filed.
  const brief =
    !computed && !waits && f.period && !f.period.trigger ? briefTrigger(f.period.triggerText) : null;
  if (brief) d.waitsFor = { act: 'brief', brief, period: f.period! };
  // "Petitioners' reply shall be filed within seven days after the response is served": dated when
  // a response to that motion is filed.
  const motion = /^reply in support of \[(\d+)\]/.exec(f.what)?.[1];
  if (
    !computed &&
    !waits &&
    !brief &&
    motion &&
    f.period &&
    !f.period.trigger &&
    responseTrigger(f.period.triggerText)
  )
    d.waitsFor = { act: 'response', motion: Number(motion), period: f.period };
  // "within three business days of service of this Order" (an order a party must serve), "within
  // thirty days after the notice is mailed": dated when the order's certificate says the act was done.
  const certified =
    !computed && !waits && !brief && f.period && !f.period.trigger
      ? certifiedAct(f.period.triggerText)
      : null;
  if (certified) d.waitsFor = { act: certified, order: at.entry, period: f.period! };
  if (f.recurrence) {
    d.recurrence = {
      ...f.recurrence,
      anchor: f.recurrence.anchor ?? f.period?.trigger ?? at.dateFiled,
      occurrences: [],
    };
    extendOccurrences(t, d, t.state.asOf ?? at.dateFiled);
    syncNextDue(d);
  }
  d.history.push({ change, entry: at.entry, date: at.dateFiled, due: d.due, previousDue: null });
  const when = d.recurrence
    ? `every ${d.recurrence.every} ${d.recurrence.unit}, first due ${d.due ? longDate(d.due) : '(unknown)'}`
    : d.due
      ? `due ${longDate(d.due)}${d.dueTime ? ` at ${d.dueTime}` : ''}`
      : f.period?.triggerText
        ? `due ${f.period.n} ${f.period.unit} ${f.period.direction ?? 'after'} ${f.period.triggerText}`
        : 'undated';
  const type = change === 'proposed' ? 'deadline.proposed' : `deadline.${change}`;
  return [
    {
      type,
      entry: at.entry,
      date: at.dateFiled,
      subject: d.id,
      message: `${capitalize(d.what)} ${when}`,
      data: {
        due: d.due,
        basis: f.basis,
        recurring: Boolean(d.recurrence),
        // Undated until an event the order names: the order's condition, told as it words it.
        ...(!d.due && !d.recurrence && f.period?.triggerText
          ? {
              condition: `${f.period.n} ${f.period.unit.replace('_', ' ')} ${f.period.direction ?? 'after'} ${f.period.triggerText}`,
            }
          : {}),
      },
    },
  ];
}

/**
 * The court of appeals' `act` is on a docket (its own or the district clerk's copy), on `at`'s day:
 * each undated duty counted from it is dated now, FRCP 6(a) counting from that day, and told once.
 */
export function dateAppellateDuties(
  t: TrackerCore,
  act: 'decision' | 'mandate',
  at: Provenance,
  /** The orders the appeal is from (its notice's), when known. */
  appealedFrom: readonly string[] | null = null,
): TrackerEvent[] {
  const from = act === 'mandate' ? "the court of appeals' mandate" : "the court of appeals' decision";
  const ofThisAppeal = (d: TrackedDeadline) => {
    const w = d.waitsFor;
    if (!w || w.act !== act) return false;
    // "in any appeal of this Order": not another order's appeal.
    return !('ofOrder' in w && w.ofOrder) || !appealedFrom?.length || appealedFrom.includes(w.ofOrder);
  };
  return dateWaitingDuties(t, ofThisAppeal, from, act, at);
}

/** A trigger in an appeal of the order that sets the duty: "its mandate in any appeal of this Order". */
const OF_THIS_ORDER = /\bappeals?\s+(?:of|from)\s+(?:this|the\s+instant|the\s+present)\s+order\b/i;

const BRIEF_NAMES: Record<AppealBrief, string> = {
  opening: "the appellant's brief",
  response: "the appellee's brief",
  reply: 'the reply brief',
};

/**
 * A party filed a brief (`text`: its docket words): the undated duties of the same docket counted
 * from that brief ("Reply brief due 21 days after service of appellee brief") are dated from its
 * day — electronic service is the filing (FRAP 25(c)(2)), and no days are added for it (FRAP 26(c)).
 */
export function dateBriefDuties(t: TrackerCore, text: string, at: Provenance): TrackerEvent[] {
  const brief = filedBrief(text);
  if (!brief) return [];
  const docket = docketOf(at.entry);
  return dateWaitingDuties(
    t,
    (d) => d.waitsFor?.act === 'brief' && d.waitsFor.brief === brief && docketOf(d.setBy.entry) === docket,
    BRIEF_NAMES[brief],
    'brief',
    at,
  );
}

/**
 * A response to the motions `motions` was filed (`at`): the movant's replies counted from it ("within
 * seven days after the response is served") are dated from its day — electronic service is the
 * filing (FRCP 5(b)(2)(E)), and no days are added for it (FRCP 6(d)).
 */
export function dateReplyDuties(t: TrackerCore, motions: readonly number[], at: Provenance): TrackerEvent[] {
  if (motions.length === 0) return [];
  return dateWaitingDuties(
    t,
    (d) => d.waitsFor?.act === 'response' && motions.includes(d.waitsFor.motion),
    'the response',
    'response',
    at,
  );
}

/**
 * A certificate of an order's act was filed (`related`: the entries it names) — of service ("served
 * on the United States Attorney's Office on 3/7/2028 by email"), of mailing or compliance ("notice
 * mailed to all identified class members and posted on 9/17/2029"): the undated duties counted from
 * that act are dated from the day it says. A service with no day said is the certificate's own day;
 * a mailing must say its day (a later day would give class members time they do not have).
 */
export function dateCertifiedDuties(
  t: TrackerCore,
  text: string,
  related: readonly number[],
  at: Provenance,
): TrackerEvent[] {
  const head = CERTIFICATE.exec(text);
  if (!head || related.length === 0) return [];
  const orders = new Set(related.map(String));
  const events: TrackerEvent[] = [];
  for (const act of ['service', 'mailing'] as const) {
    const said = (act === 'service' ? SERVED_ON : MAILED_ON).exec(text);
    const day = said
      ? readDate(said[1]!, at.dateFiled)
      : act === 'service' && /service/i.test(head[1]!)
        ? at.dateFiled
        : null;
    if (!day) continue;
    events.push(
      ...dateWaitingDuties(
        t,
        (d) => d.waitsFor?.act === act && orders.has(d.waitsFor.order),
        act === 'service' ? 'service of the order' : 'the mailing',
        act,
        at,
        day > at.dateFiled ? at.dateFiled : day,
      ),
    );
  }
  return events;
}

/** A certificate (proof, affidavit, declaration, notice) of service, mailing or compliance, as its entry opens. */
const CERTIFICATE =
  /^\W*(?:CERTIFICATE|Certificate|PROOF|Proof|AFFIDAVIT|Affidavit|DECLARATION|Declaration|NOTICE|Notice)\s+(?:OF|of)\s+(SERVICE|Service|MAILING|Mailing|COMPLIANCE|Compliance)\b/;
/** The day a certificate says the paper was served: "(served on the U.S. Attorney's Office on 3/7/2028 by email)". */
const SERVED_ON = new RegExp(`\\bserved\\b[^;)]{0,120}?\\bon\\s+(${DATE})`, 'i');
/** The day a certificate says a notice was mailed: "(notice mailed to all identified class members and posted on 9/17/2029)". */
const MAILED_ON = new RegExp(`\\b(?:mailed|sent)\\b[^;)]{0,120}?\\bon\\s+(${DATE})`, 'i');

/** Date each open undated duty `waiting` picks from `at`'s day (`from`: the act, in the message). */
function dateWaitingDuties(
  t: TrackerCore,
  waiting: (d: TrackedDeadline) => boolean,
  from: string,
  countedFrom: 'decision' | 'mandate' | 'brief' | 'response' | 'service' | 'mailing',
  at: Provenance,
  /** The act's own day, when it is not `at`'s (an order served the day before its certificate). */
  on: string = at.dateFiled,
): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (!d.waitsFor || !waiting(d) || d.due || d.state !== 'open' || d.review === 'dismissed') continue;
    const p = d.waitsFor.period;
    const computed = computeDeadline(
      { from: on, n: p.n, unit: p.unit, direction: p.direction ?? 'after' },
      t.calendar,
    );
    touch(t, d);
    d.due = computed.due;
    d.dueInstant = computed.dueInstant;
    d.history.push({ change: 'set', entry: at.entry, date: at.dateFiled, due: d.due, previousDue: null });
    events.push(
      entryEvent(
        at,
        'deadline.set',
        d,
        `${capitalize(d.what)} due ${longDate(d.due)}: ${p.n} ${p.unit} ${p.direction ?? 'after'} ${from} of ${longDate(on)}`,
        { due: d.due, countedFrom },
      ),
    );
  }
  return events;
}

/** How an appeal ended, as its duties' closing says it. */
const APPEAL_ENDED = {
  decided: 'the court of appeals decided the appeal',
  dismissed: 'the appeal was dismissed',
  mandate: "the court of appeals' mandate issued",
} as const;

/**
 * The appeal `appeal` (`docketOf`: `appeal:<id>`) ended on `at`'s day — decided (its briefing and
 * argument are over: the duties set before that day), dismissed or its mandate issued (all of
 * them): its duties still open or on hold are no longer due (`mooted`, with why in the event's
 * `appealEnded`). A duty met stays met; a date that passed unmet before the end stays in its history.
 */
export function closeAppealDuties(
  t: TrackerCore,
  appeal: string,
  ended: keyof typeof APPEAL_ENDED,
  at: Provenance,
): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'open' && d.state !== 'suspended') continue;
    if (docketOf(d.setBy.entry) !== appeal) continue;
    if (ended === 'decided' && d.setBy.dateFiled >= at.dateFiled) continue;
    changeDuty(t, d, 'mooted', at);
    events.push(
      entryEvent(
        at,
        'deadline.mooted',
        d,
        `${capitalize(d.what)} no longer due: ${APPEAL_ENDED[ended]} on ${longDate(at.dateFiled)}`,
        { appealEnded: ended },
      ),
    );
  }
  return events;
}

/**
 * An order taking back numbered paragraphs of an earlier order (the district court carrying out a
 * mandate that vacated them, or its own change): "In accordance with the mandate of the Fourth
 * Circuit (ECF No. 61), Paragraph 4 of the Preliminary Injunction (ECF No. 22) is VACATED", "the
 * court VACATES paragraph 3 of the permanent injunction (Dkt. No. 33)" — read by the one reader of
 * acts on part of an order (`paragraphAct`). The duties those paragraphs set — open, or on hold
 * pending appeal — are no longer due (`vacated`); one met stays met. The order is named by its entry
 * number or its day; a paragraph of no order named vacates nothing.
 */
export function vacateParagraphDuties(t: TrackerCore, text: string, at: Provenance): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const s of sentences(text)) {
    const acted = paragraphAct(s);
    if (acted?.act !== 'vacated' || !acted.order) continue;
    // Vacated only in part ("paragraph 3 … is VACATED insofar as it required reinstatement for
    // persons whose coverage ended before January 10"): what it requires of everyone else goes on.
    if (partOfAct(s)?.narrowed) continue;
    const refs = orderReferences(acted.order, [], at.dateFiled);
    const numbers = [...refs.numbers, ...citedNumbers(acted.order)];
    if (numbers.length + refs.dates.length === 0) continue;
    for (const d of t.state.deadlines.values()) {
      if ((d.state !== 'open' && d.state !== 'suspended') || d.review === 'dismissed') continue;
      if (!d.paragraph || !acted.paragraphs.includes(d.paragraph) || docketOf(d.setBy.entry) !== '') continue;
      if (!numbers.includes(Number(d.setBy.entry)) && !refs.dates.includes(d.setBy.dateFiled)) continue;
      changeDuty(t, d, 'vacated', at);
      events.push(
        entryEvent(
          at,
          'deadline.vacated',
          d,
          `${capitalize(d.what)} no longer due: paragraph ${d.paragraph} of its order was vacated`,
          { due: d.due },
        ),
      );
    }
  }
  return events;
}

/**
 * A stay pending appeal of numbered paragraphs of an order ("Paragraphs 5 and 6 of the district
 * court's July 15, 2026 order are stayed pending further order"): the duties those paragraphs set
 * are on hold (`suspended`, `heldPendingAppeal`) — not due, never "passed" — while the stay lasts;
 * the rest of the order stands. The order is the one the stay's words name (by number or day), else
 * an order the appeal (`from`: its notice's orders) is from. Each is a `deadline.suspended`, told to
 * no one: the stay's own message says what is on hold. Returns the duties held.
 */
export function holdParagraphDuties(
  t: TrackerCore,
  paragraphs: readonly string[],
  sentence: string,
  at: Provenance,
  notice: { entry: string; from: readonly string[] } | null,
  part: string,
): TrackedDeadline[] {
  const refs = orderReferences(sentence, [], at.dateFiled);
  const named = (d: TrackedDeadline) =>
    refs.numbers.includes(Number(d.setBy.entry)) || refs.dates.includes(d.setBy.dateFiled);
  const ofOrder =
    refs.numbers.length + refs.dates.length > 0
      ? named
      : (d: TrackedDeadline) => Boolean(notice?.from.includes(d.setBy.entry));
  const held: TrackedDeadline[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'open' || d.review === 'dismissed' || !d.paragraph) continue;
    if (docketOf(d.setBy.entry) !== '' || !paragraphs.includes(d.paragraph) || !ofOrder(d)) continue;
    changeDuty(t, d, 'suspended', at);
    d.heldPendingAppeal = { since: at.dateFiled, entry: at.entry, notice: notice?.entry ?? null, part };
    held.push(d);
  }
  return held;
}

/**
 * The court of appeals stayed `paragraphs` of an order only in part ("… to the extent it requires
 * reinstatement of benefits retroactive to the date of termination; reinstatement going forward shall
 * proceed"): the duties those paragraphs set stay due, the part stayed on hold (`partlyHeld`) until
 * the appeal ends — said beside the duty, never its whole act due as if nothing were stayed.
 */
export function partlyHoldParagraphDuties(
  t: TrackerCore,
  paragraphs: readonly string[],
  sentence: string,
  at: Provenance,
  notice: { entry: string; from: readonly string[] } | null,
  part: string,
): void {
  const refs = orderReferences(sentence, [], at.dateFiled);
  const named = (d: TrackedDeadline) =>
    refs.numbers.length + refs.dates.length > 0
      ? refs.numbers.includes(Number(d.setBy.entry)) || refs.dates.includes(d.setBy.dateFiled)
      : Boolean(notice?.from.includes(d.setBy.entry));
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'open' || d.review === 'dismissed' || !d.paragraph) continue;
    if (docketOf(d.setBy.entry) !== '' || !paragraphs.includes(d.paragraph) || !named(d)) continue;
    touch(t, d);
    d.partlyHeld = { since: at.dateFiled, entry: at.entry, notice: notice?.entry ?? null, part };
  }
}

/** The `deadline.suspended` events of duties held pending appeal (`holdParagraphDuties`), told to no one. */
export function heldEvents(held: readonly TrackedDeadline[], at: Provenance, by: string): TrackerEvent[] {
  return held.map((d) =>
    entryEvent(
      at,
      'deadline.suspended',
      d,
      `${capitalize(d.what)} on hold: ${by} stayed paragraph ${d.paragraph} of the order that set it pending appeal`,
      { due: d.due, pendingAppeal: true },
    ),
  );
}

/**
 * The appeal of `notice` ended (dismissed, or its mandate issued): the duties its stay held
 * (`heldPendingAppeal`) are due again, on the days their order gave them. Returns how many.
 */
export function resumeHeldDuties(
  t: TrackerCore,
  notice: string | null,
  at: Provenance,
  /** Only the duties held by the stay of that entry (an administrative stay ended, the appeal going on). */
  heldBy?: string,
): number {
  let resumed = 0;
  for (const d of t.state.deadlines.values()) {
    if (heldBy !== undefined && d.heldPendingAppeal?.entry !== heldBy) continue;
    // What was on hold of a duty still due applies again with the appeal's end.
    if (d.partlyHeld && (notice === null || d.partlyHeld.notice === null || d.partlyHeld.notice === notice)) {
      touch(t, d);
      d.partlyHeld = null;
    }
    const held = d.heldPendingAppeal;
    if (!held || d.state !== 'suspended') continue;
    if (notice !== null && held.notice !== null && held.notice !== notice) continue;
    changeDuty(t, d, 'resumed', at);
    resumed++;
  }
  return resumed;
}

/** The due date a finding sets: a fixed date as written; a period computed by the calendar. */
export function computeDue(t: TrackerCore, f: DeadlineFinding): ComputedDeadline | null {
  const p = f.period;
  if (p?.trigger && f.basis !== 'fixed_date_in_text' && f.basis !== 'clerk_computed_in_text') {
    const from = p.unit === 'hours' ? `${p.trigger.slice(0, 10)}T${f.dueTime ?? '00:00'}` : p.trigger;
    if (p.unit !== 'hours') {
      const computed = computeDeadline(
        { from, n: p.n, unit: p.unit, direction: p.direction ?? 'after' },
        t.calendar,
      );
      if (f.dueDate && f.dueDate !== computed.due)
        computed.warnings.push(`the text or extractor gives ${f.dueDate}; FRCP 6(a) gives ${computed.due}`);
      return computed;
    }
  }
  if (f.dueDate) return fixedDeadline(f.dueDate, { ...t.calendar, dueTime: f.dueTime });
  return null;
}

export function changeDue(
  d: TrackedDeadline,
  computed: ComputedDeadline,
  f: DeadlineFinding,
  change: string,
  at: Provenance,
  previousDue: string | null,
): void {
  d.due = computed.due;
  d.dueTime = f.dueTime;
  d.dueInstant = computed.dueInstant;
  d.warnings = computed.warnings;
  d.history.push({
    change,
    entry: at.entry,
    date: at.dateFiled,
    due: d.due,
    // The day the record held is the day moved from; the words' own "was" only when it held none.
    previousDue: previousDue ?? f.previousDue ?? null,
  });
}

/** A recurring obligation of a related entry one of whose occurrences falls on the finding's date. */
export function repeatedOccurrence(
  t: TrackerCore,
  f: DeadlineFinding,
  related: number[],
): TrackedDeadline | null {
  if (!f.dueDate || related.length === 0) return null;
  return (
    recurringObligations(t).find(
      (d) =>
        d.recurrence &&
        d.state === 'open' &&
        related.includes(Number(d.setBy.entry)) &&
        d.recurrence.occurrences.some((o) => o.due === f.dueDate || o.nominal === f.dueDate),
    ) ?? null
  );
}

/**
 * The live deadline a finding is about, the newest first: the same obligation (`keyOf`), one with
 * the same head word naming an entry it names, the one it moves from its previous due date, a less
 * specific repetition, or one about an entry the order relates to. Looked up in the indexes
 * (tracker/lookup.ts), not over every deadline.
 */
export function findDeadline(
  t: TrackerCore,
  f: DeadlineFinding,
  related: number[],
  party: string | null = null,
  /** The docket of the entry read (`docketOf`): only that docket's deadlines are about it. */
  docket = '',
): TrackedDeadline | null {
  const key = keyOf(f.what);
  const refs = refsOf(f.what);
  const head = headWord(f.what);
  // One defendant's deadline is not another's, whatever else they share (the same words, the same day);
  // nor is the plaintiffs' the defendants' ("Plaintiffs shall designate experts by D1. Defendants
  // shall designate experts by D2": two deadlines, one per side).
  // Nor is one appeal's "Appellant brief" another's, or the district docket's.
  const live = (d: TrackedDeadline) =>
    d.review !== 'dismissed' &&
    (d.state === 'open' || d.state === 'suspended') &&
    docketOf(d.setBy.entry) === docket &&
    !(party && d.obligedParty && d.obligedParty !== party) &&
    !otherSides(f.party, d.party);
  const moves = f.change === 'extended' || f.change === 'shortened' || f.change === 'reset';
  const found =
    // A move of one side's paper when that side has several open of the same name (two briefing
    // schedules, each with a reply): the schedule set last, not whichever matches word for word.
    (moves
      ? (renamedDeadline(t, f, live) ?? pleadingMoved(t, f, live) ?? combinedMoved(t, f, live))
      : null) ??
    deadlinesByKey(t, key).find(live) ??
    sameAppealBrief(t, f, docket, live) ??
    (refs.length > 0 ? deadlinesByHeadRefs(t, head, refs).find(live) : undefined) ??
    (f.previousDue ? deadlinesByHead(t, head).find((d) => live(d) && d.due === f.previousDue) : undefined) ??
    // A less specific repetition of the same obligation ("Response due by 3/27" after "response to [1] Petition by 3/27").
    (f.dueDate && refs.length === 0
      ? deadlinesByHead(t, head).find((d) => live(d) && d.due === f.dueDate)
      : undefined) ??
    (f.change !== 'set' && f.change !== 'proposed' && related.length > 0
      ? deadlinesByHeadRefs(t, head, related).find(live)
      : undefined) ??
    (f.change === 'set' ? amendedSidePaper(t, f, related, head, live) : null) ??
    // A grant extending one named party's time to do an act moves that party's open deadline for the
    // same act, even when it cites no entry ("… Answer Complaint is GRANTED … for X to 2/12/2016"
    // after "… Answer Complaint [5] is granted … for X to 1/28/2016"): never a second deadline.
    (party && (f.change === 'extended' || f.change === 'shortened' || f.change === 'reset')
      ? deadlinesByHead(t, head).find(
          (d) => live(d) && d.obligedParty === party && !d.recurrence && actOf(d.what) === actOf(f.what),
        )
      : undefined) ??
    (moves ? deadlineOfOrderNamed(t, f, live) : null) ??
    (f.change === 'vacated' && f.basis === 'recurring_period_in_text'
      ? recurringEnded(t, f, related, live)
      : null) ??
    null;
  if (found) touch(t, found);
  return found;
}

/**
 * An appeal's brief set again under another of its names: "Appellees' response brief shall be filed
 * on or before 04/17/2028" after "Appellee's brief due 03/01/2028", "Answering brief due D2" after
 * "Appellee brief due D1" — the appellee's brief of that appeal, moved, never a second one beside it
 * left to pass. Which brief a name says is `appealBriefOf` (opening, response, reply); only on an
 * appeal's own docket, and only when one open brief of that appeal is that one.
 */
function sameAppealBrief(
  t: TrackerCore,
  f: DeadlineFinding,
  docket: string,
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | undefined {
  const brief = docket ? appealBriefOf(f.what) : null;
  if (!brief) return undefined;
  const same = [...t.state.deadlines.values()].filter(
    (d) => live(d) && !d.recurrence && appealBriefOf(d.what) === brief,
  );
  return same.length === 1 ? same[0] : undefined;
}

/**
 * An order a change names as the one that set the deadline it moves: "the dispositive motions
 * deadline set in [20]", "the deadline in ECF No. 20 …", "established by the Court's Order of
 * February 20, 2025". Entry numbers (brackets or not).
 */
const SET_IN =
  /\b(?:deadlines?|dates?|set|entered|established|ordered|imposed|contained|fixed)\s+(?:in|by|at|under|pursuant\s+to)\s+(?:the\s+)?(?:Court['’]s\s+)?(?:(?:Amended\s+)?(?:Scheduling\s+|Case\s+Management\s+|Minute\s+|Text\s+)?Order\s+)?(?:\[(\d{1,5})\]|(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:Entry\s+)?(?:No\.?|#)?\s*(\d{1,5})\b|\((?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?)?\s*(\d{1,5})\)|(\d{1,5})\b(?![/:.,-]\d)(?!\s+(?:(?:calendar|business|court)\s+)?(?:days?|weeks?|months?|years?)\b))/gi;

/**
 * The open deadline that a change names by the order that set or last moved it — by the entry's
 * number or its day — when one of that order's deadlines is the one its words describe (its
 * description is in the words), or that order set only one: moved, never a second deadline.
 */
function deadlineOfOrderNamed(
  t: TrackerCore,
  f: DeadlineFinding,
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | null {
  const words = f.source ?? f.what;
  const numbers = new Set<string>();
  for (const m of words.matchAll(SET_IN)) numbers.add(String(Number(m[1] ?? m[2] ?? m[3] ?? m[4])));
  const filed = t.state.asOf ?? '9999-12-31';
  const dates = new Set(orderReferences(words, [], filed).dates);
  if (numbers.size === 0 && dates.size === 0) return null;
  const by = (entry: string | null, day: string) => (entry !== null && numbers.has(entry)) || dates.has(day);
  const candidates = [...t.state.deadlines.values()].filter(
    (d) =>
      live(d) &&
      !d.recurrence &&
      (by(d.setBy.entry, d.setBy.dateFiled) || d.history.some((h) => by(h.entry, h.date))),
  );
  // Singular or plural alike: "the expert disclosure deadline" names "Expert Disclosures".
  const singular = (s: string) => s.replace(/(\w{3,})s\b/g, '$1');
  const said = ` ${singular(keyOf(words))} `;
  const described = candidates.filter((d) => {
    const act = singular(actOf(d.what));
    return act.length > 0 && said.includes(` ${act} `);
  });
  if (described.length === 1) return described[0]!;
  return described.length === 0 && candidates.length === 1 ? candidates[0]! : null;
}

/**
 * The recurring duty an order ends ("reporting obligations under the Order of September 16, 2024
 * (ECF No. 30) end"): the one set by the entry or on the day it names, else the only one open.
 */
/** A record the finding would have ended, already ended by an earlier act (vacated, relieved, mooted). */
function endedBefore(t: TrackerCore, f: DeadlineFinding, related: number[]): boolean {
  if (f.change === 'suspended') return false;
  const ended = (d: TrackedDeadline) =>
    d.review !== 'dismissed' && (d.state === 'vacated' || d.state === 'relieved' || d.state === 'mooted');
  return Boolean(
    deadlinesByKey(t, keyOf(f.what)).find(ended) ??
      (f.basis === 'recurring_period_in_text' ? recurringEnded(t, f, related, ended) : null),
  );
}

function recurringEnded(
  t: TrackerCore,
  f: DeadlineFinding,
  related: number[],
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | null {
  return recurringNamed(t, f, related, live)[0] ?? null;
}

/** The recurring duties an order's words end or change (`endedDuties`, duty-ends.ts). */
function recurringNamed(
  t: TrackerCore,
  f: DeadlineFinding,
  related: number[],
  live: (d: TrackedDeadline) => boolean,
  changing = false,
): TrackedDeadline[] {
  const open = recurringObligations(t).filter((d) => live(d) && d.recurrence);
  return endedDuties(
    open,
    (d) => ({
      what: d.what,
      every: d.recurrence!.every,
      unit: d.recurrence!.unit,
      entry: Number(d.setBy.entry),
      dateFiled: d.setBy.dateFiled,
    }),
    f.source ?? f.what,
    related,
    t.state.asOf ?? '9999-12-31',
    f.recurrence?.replaces ?? null,
    changing,
  );
}

const liveDuty = (d: TrackedDeadline) =>
  (d.state === 'open' || d.state === 'suspended') && d.review !== 'dismissed';

/**
 * The court ending repeated duties ("reporting obligation under paragraph 4 … is TERMINATED",
 * "need not file further weekly declarations"): every duty its words name by subject is no longer
 * due (`relieved`); the reports already due stay as they were. "… ends with the report due D"
 * (`f.dueDate`): the reports through D are still due, none after (`recurrence.through`).
 */
function endRecurringDuties(
  t: TrackerCore,
  f: DeadlineFinding,
  at: Provenance,
  related: number[],
): TrackerEvent[] {
  // A duty the same order sets is not one it ends ("(c) … shall file a transfer report … each month";
  // "4. … the weekly status reports it required are no longer required").
  const duties = recurringNamed(t, f, related, liveDuty).filter((d) => d.setBy.entry !== at.entry);
  if (duties.length === 0) {
    // An order ending a duty an earlier act already ended: nothing changes, nothing to tell.
    if (endedBefore(t, f, related)) return [];
    return [
      entryEvent(at, 'deadline.vacated', null, `${capitalize(f.what)} vacated; no tracked deadline matched`, {
        asked: f.what,
      }),
    ];
  }
  const events: TrackerEvent[] = [];
  for (const d of duties) {
    touch(t, d);
    if (f.dueDate && f.dueDate >= at.dateFiled) {
      lastOccurrence(t, d, f.dueDate, at);
      continue;
    }
    d.state = 'relieved';
    d.history.push({
      change: 'relieved',
      entry: at.entry,
      date: at.dateFiled,
      due: d.due,
      previousDue: null,
    });
    events.push(
      entryEvent(
        at,
        'deadline.relieved',
        d,
        `No longer due: the court relieved ${d.party ?? 'the party'} of the ${d.what.replace(/\s*\(recurring\)$/, '')}`,
      ),
    );
  }
  return events;
}

/** A duty's schedule ends with its occurrence of `through`: that one still due, none after. */
function lastOccurrence(t: TrackerCore, d: TrackedDeadline, through: string, at: Provenance): void {
  const r = d.recurrence!;
  r.through = through;
  r.occurrences = r.occurrences.filter((o) => o.state !== 'open' || o.nominal <= through || o.due <= through);
  extendOccurrences(t, d, through);
  d.history.push({ change: 'ends', entry: at.entry, date: at.dateFiled, due: through, previousDue: null });
  syncNextDue(d);
}

const HOLD_RULES = new Set([REPORT_EXCUSED_RULE, REPORTING_SUSPENDED_RULE, REPORTING_RESUMED_RULE]);

/**
 * One report of a repeated duty excused ("the status report otherwise due June 1, 2029 is EXCUSED"):
 * that occurrence is never due nor missing, the next one is; its reporting suspended ("Reporting under
 * [20] is SUSPENDED until further order"): on hold, nothing due or missing, until resumed ("…
 * shall resume, the next report due D"): the reports whose day came meanwhile are excused, and the
 * schedule goes on — from D when the order gives it. The duty is the one the words name
 * (`endedDuties`: by the order cited, its schedule, its paper); none named, nothing changes.
 */
function holdRecurringDuty(
  t: TrackerCore,
  f: DeadlineFinding,
  at: Provenance,
  related: number[],
): TrackerEvent[] {
  const rule = f.why!.rule;
  const live =
    rule === REPORTING_RESUMED_RULE
      ? (d: TrackedDeadline) => d.state === 'suspended' && !d.heldPendingAppeal && d.review !== 'dismissed'
      : rule === REPORTING_SUSPENDED_RULE
        ? (d: TrackedDeadline) => d.state === 'open' && d.review !== 'dismissed'
        : liveDuty;
  const named = recurringNamed(t, f, related, live).filter((d) => d.setBy.entry !== at.entry);
  const events: TrackerEvent[] = [];
  for (const d of named) {
    const r = d.recurrence!;
    if (rule === REPORT_EXCUSED_RULE) {
      extendOccurrences(t, d, f.dueDate!);
      const o = r.occurrences.find(
        (x) =>
          (x.state === 'open' || x.state === 'missing') && (x.due === f.dueDate || x.nominal === f.dueDate),
      );
      if (!o) continue;
      touch(t, d);
      o.state = 'excused';
      const previousDue = d.due;
      syncNextDue(d);
      d.history.push({
        change: 'excused',
        entry: at.entry,
        date: at.dateFiled,
        due: o.due,
        previousDue: null,
      });
      // Told as the day the next report is due: the excused one is not.
      if (previousDue === o.due)
        events.push(
          entryEvent(
            at,
            'deadline.reset',
            d,
            `${capitalize(d.what)}: the report due ${longDate(o.due)} is excused; next due ${d.due ? longDate(d.due) : '(undated)'}`,
            { due: d.due, previousDue },
          ),
        );
    } else if (rule === REPORTING_SUSPENDED_RULE) {
      changeDuty(t, d, 'suspended', at);
      events.push(
        entryEvent(
          at,
          'deadline.suspended',
          d,
          `${capitalize(d.what)} suspended by the court until further order`,
          {
            due: d.due,
          },
        ),
      );
    } else {
      changeDuty(t, d, 'resumed', at);
      // "… the next report due D": the schedule goes on from D.
      if (f.dueDate && f.dueDate >= at.dateFiled) {
        const kept = r.occurrences.filter((o) => o.state !== 'open' || o.due < at.dateFiled);
        d.recurrence = {
          ...r,
          anchor: at.dateFiled,
          firstDue: f.dueDate,
          earlier: kept.length,
          occurrences: kept,
        };
        delete d.recurrence.firstOccurrences;
        extendOccurrences(t, d, t.state.asOf && t.state.asOf > at.dateFiled ? t.state.asOf : at.dateFiled);
        syncNextDue(d);
      }
      events.push(
        entryEvent(
          at,
          'deadline.reset',
          d,
          `${capitalize(d.what)} due again: next due ${d.due ? longDate(d.due) : '(undated)'}`,
          { due: d.due, previousDue: null },
        ),
      );
    }
  }
  return events;
}

/**
 * An order putting a duty on a new schedule ("shall file the status reports every ninety days
 * instead of every thirty days, with the next report due on or before June 16, 2028"): the one duty
 * its words name (by the schedule replaced, the order that set it, its paper) keeps the reports due
 * before the order, met or missing, and comes on the new schedule from then on — never a second duty
 * beside the first. `null` when the words name no one duty.
 */
function changeSchedule(
  t: TrackerCore,
  f: DeadlineFinding,
  at: Provenance,
  related: number[],
): TrackerEvent[] | null {
  const named = recurringNamed(t, f, related, liveDuty, true);
  if (named.length !== 1) return null;
  const d = named[0]!;
  const r = d.recurrence!;
  const n = f.recurrence!;
  touch(t, d);
  const previousDue = d.due;
  const kept = r.occurrences.filter((o) => o.state !== 'open' || o.due < at.dateFiled);
  d.recurrence = {
    every: n.every,
    unit: n.unit,
    anchor: n.anchor ?? at.dateFiled,
    firstDue: n.firstDue ?? null,
    weekday: n.weekday ?? null,
    ...(n.day ? { day: n.day } : {}),
    ...(r.through ? { through: r.through } : {}),
    earlier: kept.length,
    occurrences: kept,
  };
  extendOccurrences(t, d, t.state.asOf ?? at.dateFiled);
  syncNextDue(d);
  d.history.push({ change: 'reset', entry: at.entry, date: at.dateFiled, due: d.due, previousDue });
  return [
    entryEvent(
      at,
      'deadline.reset',
      d,
      `${capitalize(d.what)} now due ${cadenceWords(n)} (was ${cadenceWords(r)}), next due ${d.due ? longDate(d.due) : '(undated)'}`,
      // How often it now comes, and came: a reader is told the schedule changed, not only a date —
      // unless it comes on several days of each month, which "every month" would misstate.
      {
        due: d.due,
        previousDue,
        ...((n.every !== r.every || n.unit !== r.unit) && n.day?.kind !== 'days-of-month'
          ? { schedule: { every: n.every, unit: n.unit, was: { every: r.every, unit: r.unit } } }
          : {}),
      },
    ),
  ];
}

/** Words that do not tell one act from another ("brief in support of X" is a brief). */
const FILLER = new Set([
  'to',
  'of',
  'in',
  'and',
  'for',
  'on',
  'support',
  'its',
  'their',
  'his',
  'her',
  'motion',
  'brief',
  // "motion for summary judgment and supporting brief" is the motion for summary judgment.
  'supporting',
  'accompanying',
  'opening',
  'memorandum',
]);

function actWords(what: string): Set<string> {
  return new Set(
    actOf(what)
      .split(' ')
      // "motions for summary judgment" and "motion for summary judgment" name one act.
      .map((w) => (w.length > 4 ? w.replace(/s$/, '') : w))
      .filter((w) => w.length > 0 && !FILLER.has(w))
      .map(stem),
  );
}

/**
 * An order amending an earlier one sets one side's paper of the same kind again: "FIRST AMENDED
 * SCHEDULING ORDER … Plaintiffs' Rule 26(a)(2) expert disclosures due by D … All other deadlines in
 * [22] remain in effect" after [22]'s "Plaintiffs shall designate expert witnesses by D0" — the
 * plaintiffs' expert deadline of [22], now due D (never a second one beside it, left to pass). Only
 * a side's own paper, of the same head word, set by an order this one names, and only when one fits.
 */
function amendedSidePaper(
  t: TrackerCore,
  f: DeadlineFinding,
  related: number[],
  head: string,
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | null {
  const side = caseSide(f.party);
  if (!side || !head) return null;
  const named = new Set(related.map(String));
  if (named.size === 0) return null;
  const fits = deadlinesByHead(t, head).filter(
    (d) => live(d) && !d.recurrence && caseSide(d.party) === side && named.has(d.setBy.entry),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** The one record among `records` whose act is the same as `what`'s, word for word by stem. */
function sameAct(records: TrackedDeadline[], what: string): TrackedDeadline | undefined {
  const mine = [...actWords(what)].sort().join(' ');
  if (mine.length === 0) return undefined;
  const same = records.filter((d) => [...actWords(d.what)].sort().join(' ') === mine);
  return same.length === 1 ? same[0] : undefined;
}

/** An answer by any of its names: "answer or otherwise respond to the Complaint", "responsive pleading". */
const PLEADING =
  /^(?:answers?\b|responsive\s+pleadings?\b|respon\w*\s+to\s+(?:the\s+)?(?:\w+\s+)?complaint\b)/i;

/**
 * The one open answer deadline of the side (or of no named side) a move of its responsive pleading
 * names under another name: "Defendant shall file a responsive pleading on or before D", granting
 * more time to "answer or otherwise respond to the Complaint".
 */
function pleadingMoved(
  t: TrackerCore,
  f: DeadlineFinding,
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | null {
  if (!PLEADING.test(f.what)) return null;
  const side = sideOf(f.party);
  const fits = ['answer', 'responsive', 'respond', 'response']
    .flatMap((h) => deadlinesByHead(t, h))
    .filter(
      (d) =>
        live(d) &&
        !d.recurrence &&
        PLEADING.test(d.what) &&
        (side === null || d.party === null || sideOf(d.party) === side),
    );
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * The open deadline a move names by a longer or shorter name of the same act, for the same side:
 * "Defendants' brief in support of decertification due 5/28" moves "Defendants' brief due 5/14";
 * "Defendants' cross-motion and opposition on or before May 23" moves "cross-motion for summary
 * judgment and opposition". Only when exactly one open deadline fits: never a guess between two.
 */
function renamedDeadline(
  t: TrackerCore,
  f: DeadlineFinding,
  live: (d: TrackedDeadline) => boolean,
  onlyOne = false,
): TrackedDeadline | null {
  const side = sideOf(f.party);
  if (!side) return null;
  const mine = actWords(f.what);
  if (mine.size === 0) return null;
  const refs = refsOf(f.what);
  const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  const head = headWord(f.what);
  const heads = [head, head.endsWith('s') ? head.slice(0, -1) : `${head}s`];
  const candidates = heads.flatMap((h) => deadlinesByHead(t, h));
  const fitting = (d: TrackedDeadline, party: string | null) => {
    if (!live(d) || d.recurrence || sideOf(d.party) !== party) return false;
    const theirs = refsOf(d.what);
    if (refs.length > 0 && theirs.length > 0 && !refs.some((r) => theirs.includes(r))) return false;
    // A part of a combined paper names no motion: never another motion's response or reply.
    if (onlyOne && refs.length === 0 && theirs.length > 0) return false;
    const words = actWords(d.what);
    return within(mine, words) || within(words, mine);
  };
  // The side's own deadline first; else one set for no side in particular ("Motions for Summary
  // Judgment due by D", moved by "Respondents' motion for summary judgment … now due D2").
  const own = candidates.filter((d) => fitting(d, side));
  const fits = own.length > 0 ? own : candidates.filter((d) => fitting(d, null));
  if (fits.length <= 1) return fits[0] ?? null;
  if (onlyOne) return null;
  // Several: an order granting more time moves the schedule set last ("… motion for extension of
  // time [22] is granted. Defendant's reply due 6/11" after two briefing schedules, each with a reply).
  const setOn = (d: TrackedDeadline) => d.setBy.dateFiled;
  const newest = fits.reduce((a, b) => (setOn(b) > setOn(a) ? b : a));
  return fits.filter((d) => setOn(d) === setOn(newest)).length === 1 ? newest : null;
}

/**
 * One paper that does two jobs, moved under its combined name: "Petitioners' combined cross-motion
 * and response now due D" moves the side's response ("Responses to Motions for Summary Judgment")
 * when exactly one open deadline fits one of its parts — never a guess between two.
 */
function combinedMoved(
  t: TrackerCore,
  f: DeadlineFinding,
  live: (d: TrackedDeadline) => boolean,
): TrackedDeadline | null {
  const parts = f.what
    .replace(/^combined\s+/i, '')
    .split(/\s+and\s+/i)
    .filter((p) => p.trim().length > 0);
  if (parts.length < 2) return null;
  const found = new Set<TrackedDeadline>();
  for (const part of parts) {
    const d = renamedDeadline(t, { ...f, what: part }, live, true);
    if (d) found.add(d);
  }
  return found.size === 1 ? [...found][0]! : null;
}

export function newDeadline(
  t: TrackerCore,
  init: Omit<
    TrackedDeadline,
    'id' | 'state' | 'repeatedBy' | 'history' | 'audit' | 'recurrence' | 'satisfiedBy' | 'docketed'
  > &
    Partial<Pick<TrackedDeadline, 'docketed'>>,
): TrackedDeadline {
  const d: TrackedDeadline = {
    id: `d${++t.state.seq}`,
    state: 'open',
    repeatedBy: [],
    history: [],
    audit: [],
    recurrence: null,
    satisfiedBy: null,
    docketed: true,
    ...init,
  };
  t.state.deadlines.set(d.id, d);
  touch(t, d);
  return d;
}

export function extendOccurrences(t: TrackerCore, d: TrackedDeadline, through: string): void {
  const r = d.recurrence!;
  if (!r.anchor) return;
  // Every occurrence through `through`, and the next one after it (the first, when the schedule
  // begins later: "beginning with the quarter ending September 30" read in June).
  const from = r.firstDue && r.firstDue > through ? r.firstDue : through;
  const all = recurringDeadlines(
    scheduleOf(r, r.anchor),
    {
      count: 1000,
      through: DateTime.fromISO(from)
        // (A month is at most 31 days: a quarterly duty's next one is up to 93 days on, and its day may roll.)
        .plus({ days: r.unit === 'months' ? 31 * r.every + 31 : r.every * (r.unit === 'weeks' ? 7 : 1) + 1 })
        .toISODate()!,
    },
    t.calendar,
  );
  const earlier = r.earlier ?? 0;
  for (const [i, o] of all.entries()) {
    if (r.occurrences[earlier + i]) continue;
    if (r.through && o.raw > r.through) break;
    r.occurrences.push({
      index: earlier + i + 1,
      nominal: o.raw,
      due: o.due,
      dueInstant: o.dueInstant,
      state: 'open',
    });
  }
}

export function syncNextDue(d: TrackedDeadline): void {
  const r = d.recurrence!;
  const o = r.occurrences.find((x) => x.state === 'open');
  d.due = o?.due ?? null;
  d.dueInstant = o?.dueInstant ?? null;
  // A schedule the court ended with a last report (`through`): once that one is met or missed, the
  // duty is over — met when every report was filed, else ended (its missed reports stay missed).
  const last = r.occurrences.at(-1);
  if (!o && r.through && d.state === 'open' && last)
    d.state = r.occurrences.every((x) => x.state === 'satisfied') ? 'satisfied' : 'relieved';
}

/** The one suspended duty of the entry that set it (else of the docket) that a paper's words name. */
function heldMetBy(t: TrackerCore, s: Satisfaction, docket: string): TrackedDeadline | undefined {
  const held = [...t.state.deadlines.values()].filter(
    (d) => d.review !== 'dismissed' && d.state === 'suspended' && docketOf(d.setBy.entry) === docket,
  );
  const own = held.filter((d) => d.setBy.entry === s.entry);
  const named = (list: TrackedDeadline[]) =>
    list.find((x) => keyOf(x.what) === keyOf(s.what)) ??
    list.find((x) => obligationKey(x.what) === obligationKey(s.what));
  return named(own) ?? named(held);
}

/** What the reading adds to a recurring duty's name for the occurrence a paper meets: " occurrence 2 (due 2030-06-03)". */
const OCCURRENCE_MET = /\s+occurrence\s+\d+\s*\(due\s+\d{4}-\d{2}-\d{2}\)\s*$/;

export function applySatisfaction(t: TrackerCore, s: Satisfaction, at: Provenance): TrackerEvent[] {
  const candidates = [...t.state.deadlines.values()].filter(
    (d) =>
      d.review !== 'dismissed' &&
      d.state === 'open' &&
      (d.setBy.entry === s.entry ||
        d.repeatedBy.some((p) => p.entry === s.entry) ||
        d.history.some((h) => h.entry === s.entry)),
  );
  // A recurring duty's paper is read as "<the duty> occurrence N (due D)": the duty is named by the
  // words before that (of two series one order set, each satisfaction finds its own).
  const duty = s.what.replace(OCCURRENCE_MET, '');
  const key = keyOf(duty);
  const refs = refsOf(s.what);
  // A paper filed on one docket meets that docket's deadlines only (an appeal's brief is not the district's).
  const docket = docketOf(at.entry);
  const pool =
    candidates.length > 0
      ? candidates
      : [...t.state.deadlines.values()].filter(
          (d) => d.review !== 'dismissed' && d.state === 'open' && docketOf(d.setBy.entry) === docket,
        );
  const obligation = obligationKey(duty);
  const brief = docket ? appealBriefOf(s.what) : null;
  // The same paper under another name: only a record of that name, still open (none when the first
  // satisfaction already met it) — nothing else the naming entry touched.
  if (s.samePaper) {
    const named =
      pool.find((x) => keyOf(x.what) === key) ??
      (brief ? pool.find((x) => !x.recurrence && appealBriefOf(x.what) === brief) : undefined) ??
      pool.find((x) => obligationKey(x.what) === obligation);
    if (!named) return [];
    return satisfy(t, named, at);
  }
  const d =
    // Of two series of one name (a schedule another order set anew while the old one runs), the one
    // the entry the reading names set.
    pool.find((x) => x.setBy.entry === s.entry && keyOf(x.what) === key) ??
    pool.find((x) => keyOf(x.what) === key) ??
    // An appeal's brief under another of its names ("appellees' response brief", set again for the
    // "Appellees … answering brief"): the one brief of that appeal.
    (brief ? pool.find((x) => !x.recurrence && appealBriefOf(x.what) === brief) : undefined) ??
    // "Memorandum in opposition to Plaintiffs' [238]" is the response to [238].
    pool.find((x) => obligationKey(x.what) === obligation) ??
    // The paper names a duty on hold ("NOTICE of compliance with paragraph 3 of [13]" while a stay
    // pending appeal holds ¶3): that one, before any other open duty of its order.
    heldMetBy(t, s, docket) ??
    // "Memorandum in opposition" or "an expedited response to the motion", set by an order on one
    // motion, is the response to that motion.
    candidates.find(
      (x) =>
        !/\[\d+\]/.test(x.what) &&
        obligationKey(x.what).replace(/\s+to\s+the\s+motion$/, '') ===
          obligation.replace(/\s*\[\d+\].*$/, '').replace(/\s+to$/, ''),
    ) ??
    pool.find(
      (x) =>
        refs.length > 0 &&
        headWord(x.what) === headWord(s.what) &&
        refsOf(x.what).some((r) => refs.includes(r)),
    ) ??
    pool.find(
      (x) =>
        x.recurrence &&
        /\boccurrence\b|\brecurring\b|report/i.test(s.what) &&
        headWord(x.what) === headWord(s.what),
    ) ??
    // "Status report (occurrence 2)" pursuant to the order whose only recurring obligation is reports.
    (/\boccurrence\b|\breports?\b/i.test(s.what) && candidates.filter((x) => x.recurrence).length === 1
      ? candidates.find((x) => x.recurrence)
      : undefined) ??
    (candidates.length === 1 ? candidates[0] : undefined) ??
    // The paper under the name the order that moved it gave ("motion for summary judgment and
    // supporting brief" for "Motions for Summary Judgment"): the one record of that act.
    sameAct(candidates, s.what) ??
    // A duty on hold (its paragraph stayed pending appeal, its briefing stayed) met all the same: the
    // paper is filed ("NOTICE of Compliance with Paragraph 4 …" while the stay of ¶4 lasts).
    heldMetBy(t, s, docket);
  if (!d) {
    return [
      {
        type: 'filing.unmatched',
        entry: at.entry,
        date: at.dateFiled,
        subject: null,
        message: `Filing says it meets "${s.what}" of entry ${s.entry}, but no open deadline matched`,
      },
    ];
  }
  touch(t, d);
  if (d.recurrence) {
    // One paper is one report: a filing read twice (its words name the duty two ways) meets one occurrence.
    if (d.recurrence.occurrences.some((x) => x.satisfiedBy?.entry === at.entry)) return [];
    const o = pickOccurrence(d.recurrence.occurrences, s.what, at.dateFiled);
    if (!o)
      return [
        {
          type: 'filing.unmatched',
          entry: at.entry,
          date: at.dateFiled,
          subject: d.id,
          message: `No open occurrence of ${d.what} for this filing`,
        },
      ];
    const wasMissing = o.state === 'missing';
    o.state = 'satisfied';
    o.satisfiedBy = at;
    o.late = at.dateFiled > o.due;
    syncNextDue(d);
    return [
      {
        type: 'deadline.satisfied',
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: `${capitalize(d.what)}: occurrence ${o.index} (due ${longDate(o.due)}) filed${o.late ? ' late' : ''}`,
        data: { occurrence: o.index, due: o.due, late: o.late, wasMissing },
      },
    ];
  }
  return satisfy(t, d, at);
}

/** A one-off deadline met by the filing `at`: told once, late when filed after its day. */
function satisfy(t: TrackerCore, d: TrackedDeadline, at: Provenance): TrackerEvent[] {
  if (d.recurrence) return [];
  touch(t, d);
  d.state = 'satisfied';
  d.satisfiedBy = at;
  d.heldPendingAppeal = null;
  const late = d.due !== null && at.dateFiled > d.due;
  d.history.push({
    change: 'satisfied',
    entry: at.entry,
    date: at.dateFiled,
    due: d.due,
    previousDue: null,
  });
  return [
    {
      type: 'deadline.satisfied',
      entry: at.entry,
      date: at.dateFiled,
      subject: d.id,
      message: `${capitalize(d.what)} filed${late ? ` late (due ${longDate(d.due!)})` : ''}`,
      data: { due: d.due, late },
    },
  ];
}

export function reviewDeadline(
  t: TrackerCore,
  id: string,
  who: string,
  to: 'confirmed' | 'dismissed',
): TrackedDeadline {
  const d = t.state.deadlines.get(id);
  if (!d) throw new UnknownRecordError(id);
  if (!who.trim()) throw new InputError('say who confirms or dismisses a deadline');
  touch(t, d);
  d.review = to;
  d.audit.push({ action: to, who, at: t.now().toISOString() });
  return d;
}

export function isOrderedBasis(basis: DeadlineBasis): boolean {
  return (
    basis !== 'stipulation_pending_approval' &&
    basis !== 'local_rule_default' &&
    basis !== 'clerk_computed_in_text'
  );
}

/**
 * Which occurrence a filing meets: the one its words name ("occurrence 3", "due 2017-09-05"),
 * otherwise the open or missing occurrence whose due date is nearest the filing date (earlier on a tie).
 */
export function pickOccurrence(
  occurrences: Occurrence[],
  words: string,
  filed: string,
): Occurrence | undefined {
  const unmet = occurrences.filter((o) => o.state !== 'satisfied');
  // The day the paper names first: a schedule changed since ("every sixty days instead of thirty")
  // numbers its reports after the kept ones, where the reading numbers them from the change.
  const date = /\d{4}-\d{2}-\d{2}/.exec(words)?.[0];
  const dated = date ? unmet.find((o) => o.due === date || o.nominal === date) : undefined;
  if (dated) return dated;
  const n = /\boccurrence\s+(\d+)/i.exec(words)?.[1];
  if (n) return unmet.find((o) => o.index === Number(n));
  let best: Occurrence | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of unmet) {
    const distance = Math.abs(daysBetween(filed, o.due));
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
    }
  }
  return best;
}

/** What is filed about a motion: its briefing, which ends with the motion. */
const BRIEFING =
  /^\s*(?:response|reply|sur-?reply|opposition|memorandum\s+in\s+opposition|brief\s+in\s+opposition|objection)s?\b/i;

/** A paper about a motion its side may file and need not: a reply or sur-reply. */
const PERMITTED = /^\s*(?:reply|sur-?reply)\b/i;

/**
 * A response, reply or opposition belongs to its motion: once the motion is decided, withdrawn
 * or found moot (`motions`, from `disposedMotions`), what was due about it is no longer due
 * ("response to [36]" after [36] is granted).
 */
export function endBriefing(t: TrackerCore, motions: number[], at: Provenance): TrackerEvent[] {
  if (motions.length === 0) return [];
  const events: TrackerEvent[] = [];
  for (const d of deadlinesNaming(t, motions)) {
    if (d.state !== 'open' || d.review === 'dismissed' || d.recurrence || d.setBy.entry === at.entry)
      continue;
    if (!BRIEFING.test(d.what)) continue;
    // A response or opposition whose day passed before the motion was decided was due and not
    // filed: it stays passed. A reply (or sur-reply) is only ever permitted — the movant may have
    // the last word, never must — so one not filed missed nothing: the decision closes it.
    if (d.due && d.due < at.dateFiled && !PERMITTED.test(d.what)) continue;
    const about = refsOf(d.what).filter((n) => motions.includes(n));
    if (about.length === 0) continue;
    mootDeadline(t, d, at);
    events.push(
      entryEvent(
        at,
        'deadline.mooted',
        d,
        `${capitalize(d.what)} no longer due: the motion [${about.join('], [')}] was decided or withdrawn`,
        { due: d.due },
      ),
    );
  }
  return events;
}

/**
 * What an obligation is, without the entries it names ("answer Complaint [5]", "answer Complaint 5"
 * → "answer complaint").
 */
function actOf(what: string): string {
  return keyOf(what.replace(/\[?\b\d+\b\]?/g, ' '));
}

/**
 * A description without the ruling that carries it: "answer Complaint is GRANTED pursuant to Local
 * Rule CV-12 for X to" → "answer Complaint" (the clerk's entry is the grant, not the obligation).
 */
export function tidyWhat(what: string): string {
  const cut = what.replace(/\s+(?:is|are)\s+(?:hereby\s+)?granted\b.*$/i, '').trim();
  return cut.length > 0 ? cut : what;
}

const ROLE =
  /^(?:the\s+)?(?:defendants?|plaintiffs?|respondents?|petitioners?|appellants?|appellees?|parties|movants?)$/i;

/** A party's name: capitalized words, "Inc.", "L.L.C.", "&", a comma before a corporate suffix. */
const NAME = String.raw`[A-Z][\w&.'’-]*(?:,?\s+(?:[A-Z][\w&.'’-]*|of|and|&))*`;

/** Forms in which an order or a clerk's entry names the one party a deadline binds. */
const OBLIGED: RegExp[] = [
  // "… is granted pursuant to Local Rule CV-12 for (consolidated defendant) Intuit Inc to 2/5/2016"
  new RegExp(
    String.raw`\bfor\s+(?:consolidated\s+)?(?:(?:defendants?|plaintiffs?|respondents?|petitioners?)\s+)?(${NAME})\s+to\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`,
  ),
  // "Workfront's deadline to file a response", "Adaptive Insights Inc.s deadline to …", "X's time to answer"
  new RegExp(String.raw`(${NAME}?)(?:'s|’s|(?<=\.)s)\s+(?:deadline|time)\s+to\b`),
  // "Defendant Asana, Inc. shall answer or otherwise respond …"
  new RegExp(
    String.raw`\b(?:Defendant|Plaintiff|Respondent|Petitioner)\s+(${NAME})\s+(?:shall|must|is\s+(?:ordered|directed)\s+to)\b`,
  ),
];

/**
 * The one party an obligation binds, when its words name it: its name as written and a key to
 * compare ("Zoho Corporation" → "zoho", the first word that is not a role, like `stayParty`).
 * `null` for a role ("Defendants shall answer"), several parties, or none.
 */
export function obligedParty(words: string): { name: string; key: string } | null {
  for (const form of OBLIGED) {
    const m = form.exec(words);
    if (!m) continue;
    const name = m[1]!.replace(/\.s$/, '.').replace(/[,\s]+$/, '');
    // "for Zoho and Asana to …" binds two parties: not one party's deadline.
    if (/\sand\s/.test(name)) return null;
    const word = name
      .split(/[\s,]+/)
      .map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .find((w) => w.length >= 3 && !ROLE.test(w) && !/^(?:the|ordered|that|consolidated)$/.test(w));
    if (word) return { name, key: word };
  }
  return null;
}

/** A deadline with nothing left to do, by `at` (its motion decided, its party dismissed): mooted, in its history. */
export function mootDeadline(t: TrackerCore, d: TrackedDeadline, at: Provenance): void {
  changeDuty(t, d, 'mooted', at);
}

/**
 * A duty ended, put on hold or due again by an order of `at` — vacated (its paragraph or its relief
 * vacated), mooted, suspended (held pending appeal), resumed — kept in its history: the one place a
 * duty's state changes that way (tracker/injunctions.ts, tracker/court-acts.ts use it too).
 */
export function changeDuty(
  t: TrackerCore,
  d: TrackedDeadline,
  change: 'vacated' | 'mooted' | 'suspended' | 'resumed',
  at: Provenance,
): void {
  touch(t, d);
  if (change === 'resumed' && d.recurrence) excuseWhileHeld(t, d, at.dateFiled);
  d.state = change === 'resumed' ? 'open' : change;
  if (change === 'vacated' || change === 'resumed') d.heldPendingAppeal = null;
  if (change === 'vacated' || change === 'mooted') d.partlyHeld = null;
  d.history.push({ change, entry: at.entry, date: at.dateFiled, due: d.due, previousDue: null });
}

/**
 * A repeated duty due again after a hold (its paragraph stayed, its reporting suspended): the reports
 * whose day came while it was held were never due — excused, never "missing" — and the schedule goes
 * on from `until` on its own days.
 */
function excuseWhileHeld(t: TrackerCore, d: TrackedDeadline, until: string): void {
  const since = d.history.findLast((h) => h.change === 'suspended')?.date;
  if (!since) return;
  extendOccurrences(t, d, until);
  for (const o of d.recurrence!.occurrences)
    if (o.state === 'open' && o.due >= since && o.due < until) o.state = 'excused';
  syncNextDue(d);
}

/** A filing answering an order to show cause: "RESPONSE to [31] Order to Show Cause", "Response to the Court's Order to Show Cause (ECF No. 31)". */
const SHOW_CAUSE_ANSWERED =
  /^\s*(?:[\w'’.,]+\s+){0,4}?(?:RESPONSE|Response|REPLY|Reply|MEMORANDUM|Memorandum|DECLARATION|Declaration|STATEMENT|Statement|BRIEF|Brief)\b[^.;]{0,80}?\b(?:to|re:?|regarding|in\s+response\s+to)\s+(?:the\s+)?(?:Court['’]s\s+)?(?:\[?(\d{1,5})\]?\s+)?(?:Minute\s+)?Order\s+to\s+Show\s+Cause\b(?:\s*\((?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?)?\s*(\d{1,5})\))?/i;
/** The court discharging (or vacating) its order to show cause: "ORDER DISCHARGING [31] Order to Show Cause", "The Order to Show Cause [31] is DISCHARGED". */
const SHOW_CAUSE_DISCHARGED =
  /\b(?:discharg(?:e|es|ed|ing)|vacat(?:e|es|ed|ing)|withdraw(?:s|n|ing)?|quash(?:es|ed|ing)?)\b[^.;]{0,40}?\b(?:\[?(\d{1,5})\]?\s+)?(?:Minute\s+)?Order\s+to\s+Show\s+Cause\b|\bOrder\s+to\s+Show\s+Cause\b\s*(?:\[?(\d{1,5})\]?|\((?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?)?\s*(\d{1,5})\))?[^.;]{0,40}?\b(?:is|are|has\s+been)\s+(?:hereby\s+)?(?:DISCHARGED|VACATED|WITHDRAWN|SATISFIED|QUASHED)\b/i;

/** The show-cause deadlines an order to show cause set (entry `setBy`, or any when not named). */
function showCauseDeadlines(t: TrackerCore, setBy: string | null): TrackedDeadline[] {
  return [...t.state.deadlines.values()].filter(
    (d) =>
      d.review !== 'dismissed' &&
      !d.recurrence &&
      (setBy === null || d.setBy.entry === setBy) &&
      (/\bshow\s+cause\b/i.test(d.what) || /\border\s+to\s+show\s+cause\b/i.test(d.setBy.words)),
  );
}

/**
 * An order to show cause is answered by the response filed to it (the show-cause deadline it set is
 * met: `deadline.satisfied`), and ends when the court discharges it: what it still required is no
 * longer due (`deadline.vacated`); one already met keeps "satisfied", its history noting the
 * discharge. `court`: the entry is the court's (an order or a minute entry).
 */
export function applyShowCause(t: TrackerCore, text: string, court: boolean, at: Provenance): TrackerEvent[] {
  if (!court) {
    const m = SHOW_CAUSE_ANSWERED.exec(text);
    if (!m) return [];
    const n = m[1] ?? m[2] ?? null;
    const open = showCauseDeadlines(t, n).filter((d) => d.state === 'open');
    const d = open.length === 1 ? open[0]! : null;
    return d ? applySatisfaction(t, { entry: d.setBy.entry, what: d.what }, at) : [];
  }
  const m = SHOW_CAUSE_DISCHARGED.exec(text);
  if (!m) return [];
  const n = m[1] ?? m[2] ?? m[3] ?? null;
  const how = /vacat/i.test(m[0])
    ? 'vacated'
    : /withdr/i.test(m[0])
      ? 'withdrawn'
      : /quash/i.test(m[0])
        ? 'quashed'
        : 'discharged';
  const events: TrackerEvent[] = [];
  for (const d of showCauseDeadlines(t, n)) {
    if (d.state !== 'open' && d.state !== 'satisfied') continue;
    touch(t, d);
    const met = d.state === 'satisfied';
    if (!met) d.state = 'vacated';
    d.history.push({
      change: met ? `show_cause_${how}` : 'vacated',
      entry: at.entry,
      date: at.dateFiled,
      due: d.due,
      previousDue: null,
    });
    if (!met)
      events.push(
        entryEvent(
          at,
          'deadline.vacated',
          d,
          `${capitalize(d.what)} no longer due: the order to show cause was ${how}`,
          { due: d.due },
        ),
      );
  }
  return events;
}
