/** Injunctions and TROs: granted, denied, extended, modified, stayed, converted, vacated, dissolved. */

import { FINAL_RELIEF, type PartAct, type PartOfOrder } from '../../model/events.ts';
import { termEnds } from '../calendar.ts';
import { limitedToNamed } from '../court-acts.ts';
import { partParagraphs } from '../extract/partial.ts';
import { numberedParagraphAt } from '../extract/text.ts';
import { citedNumbers, disposedMotions, orderReferences } from '../references.ts';
import type { InjunctionFinding, InjunctionType } from '../types.ts';
import { changeDuty } from './deadlines.ts';
import { appealedFrom, deadlinesSetBy, namedBy, recurringDeadlines, touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type RulingTerm,
  type TrackedDeadline,
  type TrackedInjunction,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { coveredParties } from './stays.ts';

/**
 * A district order carrying out the mandate ("in accordance with the mandate") that does to an
 * injunction what the mandate already did (tracker/appeals.ts): recorded, not told again.
 */
function carriesOutMandate(i: TrackedInjunction, action: string, words: string): boolean {
  const last = i.history.at(-1);
  return Boolean(last?.byMandate && last.action === action && /\bmandate\b/i.test(words));
}

import { andList, capitalize, DATE, longDate, rulingTerm } from './words.ts';

export { rulingTerm };

/**
 * A district order on the mandate ("In accordance with the mandate … the preliminary injunction … is
 * VACATED") of an injunction the mandate already ended: the same act, already told — not told again.
 */
function mandateAlreadyDid(
  t: TrackerCore,
  f: InjunctionFinding,
  named: TrackedInjunction[],
  words: string,
): boolean {
  const candidates =
    named.length > 0 ? named : [...t.state.injunctions.values()].filter((x) => x.type === f.type);
  return candidates.some((i) => carriesOutMandate(i, f.action, words));
}

export function applyInjunction(
  t: TrackerCore,
  found: InjunctionFinding,
  at: Provenance,
  events: TrackerEvent[],
  related: number[] = [],
  /** The entry's whole words ("ORDER IN ACCORDANCE WITH THE MANDATE …" may be in another sentence than the finding's). */
  entryWords: string = at.words,
): TrackedInjunction | null {
  let f = found;
  // The last day as it stands when the change is told: a later order may end it sooner (`endNow`).
  const ev = (type: string, i: TrackedInjunction | null, message: string) => {
    if (i) endAt(i, f);
    events.push(
      entryEvent(
        at,
        type,
        i,
        message,
        i
          ? { until: i.until, ...(soonerThan(i) ? { sooner: soonerThan(i)! } : {}), ...reliefData(i) }
          : undefined,
      ),
    );
  };
  if (f.action === 'granted') {
    // The decree and the minute entry directing its entry ("CONSENT DECREE entered", "Enter Consent
    // Decree"), or the order and its opinion, the same day: one grant.
    const same = [...t.state.injunctions.values()].find(
      (x) =>
        (f.type === 'consent_decree' || f.type === 'agency_postponement') &&
        x.type === f.type &&
        x.state === 'in_force' &&
        x.grantedBy.entry !== at.entry &&
        x.since === at.dateFiled,
    );
    if (same) {
      if (!same.until && f.until) {
        touch(t, same);
        same.until = f.until;
      }
      return null;
    }
    // The final judgment entering the relief its opinion granted ("FINAL JUDGMENT … The Termination
    // Notice is VACATED and SET ASIDE"): the same relief, now the judgment's — not granted twice.
    const entered = FINAL_RELIEF.has(f.type) ? sameFinalRelief(t, f, at) : null;
    if (entered) {
      touch(t, entered);
      entered.judgment ??= { entry: at.entry, dateFiled: at.dateFiled };
      entered.beneficiaries ??= f.beneficiaries ?? null;
      entered.history.push({
        action: 'entered_as_judgment',
        entry: at.entry,
        date: at.dateFiled,
        until: entered.until,
      });
      return null;
    }
    const i: TrackedInjunction = {
      id: `i${++t.state.seq}`,
      type: f.type,
      state: 'in_force',
      since: at.dateFiled,
      until: f.until,
      grantedBy: at,
      history: [{ action: 'granted', entry: at.entry, date: at.dateFiled, until: f.until }],
      endsWithRuling: rulingTerm(entryWords),
      ...(f.paragraph ? { paragraph: f.paragraph } : {}),
      object: f.object ?? null,
      beneficiaries: f.beneficiaries ?? null,
      ...(f.parties || f.subclass
        ? {
            limitedTo: {
              parties: f.parties ?? coveredParties({ who: 'subclass', name: f.subclass! }),
              since: at.dateFiled,
              entry: at.entry,
              fromGrant: true as const,
            },
          }
        : {}),
    };
    t.state.injunctions.set(i.id, i);
    touch(t, i);
    ev(
      'injunction.granted',
      i,
      `${injunctionName(f.type)} granted${reliefText(i)}${f.until === 'further_order' ? ' until further order' : f.until ? ` until ${f.until}` : ''}`,
    );
    return i;
  }
  if (f.action === 'denied' && f.withoutVacatur) {
    remandedWithoutVacatur(t, f, at, events);
    return null;
  }
  if (f.action === 'denied') {
    events.push(
      entryEvent(at, 'injunction.denied', null, `${injunctionName(f.type)} denied`, { type: f.type }),
    );
    return null;
  }
  const standing = (x: TrackedInjunction) =>
    x.state !== 'vacated' && x.state !== 'dissolved' && x.state !== 'converted';
  const named = namedInjunctions(t, f, { ...at, words: entryWords }, related);
  const targets = named.filter(standing);
  if (targets.length === 0 && mandateAlreadyDid(t, f, named, entryWords)) return null;
  // An act on part of an order (vacated but for paragraphs it keeps, paragraphs of it acted on) that
  // granted no relief tracked: nothing to change.
  if (targets.length === 0 && (f.kept || (f.part && f.source))) return null;
  if (targets.length === 0) {
    ev(`injunction.${f.action}`, null, `${injunctionName(f.type)} ${f.action}; no injunction was tracked`);
    return null;
  }
  // A TRO kept in force to a later day ("the temporary restraining order [10] shall remain in force
  // through and including August 6, 2027"): an extension (FRCP 65(b)(2)), told as one — whom it
  // protects does not change.
  if (lengthens(f, targets, entryWords)) f = { ...f, action: 'extended' };
  for (const i of targets) {
    touch(t, i);
    if (carriesOutPending(i, f.action, entryWords)) {
      takeEffect(t, i, at, events);
      continue;
    }
    // A term restated on the day on record ("remains in effect through June 3, 2027"): nothing changes.
    if (f.action === 'modified' && f.until && DATE.test(f.until) && f.until === i.until) continue;
    // Its last day, given by a later order ("The temporary restraining order shall expire at 11:59
    // p.m. on March 25, 2025"): the term learned or changed, told once; nothing else changes.
    if (f.term && f.until && DATE.test(f.until)) {
      termLearned(i, f.until, at, events, f.untilTime);
      continue;
    }
    if (carriesOutMandate(i, f.action, entryWords) && !f.part) {
      // The mandate's change, carried out: marked so, the in-force line names it once (posture.ts);
      // a last day the order on remand gives is the relief's from now on, and told.
      if (f.until && DATE.test(f.until) && f.until !== i.until) {
        const before = i.until;
        i.until = f.until;
        ev(
          'injunction.modified',
          i,
          `${capitalize(injunctionOfDate(i))} now in effect through ${longDate(f.until)}${before && DATE.test(before) ? ` (was through ${longDate(before)})` : ''}: the order on remand says so`,
        );
      }
      i.history.push({
        action: f.action,
        entry: at.entry,
        date: at.dateFiled,
        until: i.until,
        byMandate: true,
      });
      continue;
    }
    if (f.part) {
      actOnPart(t, i, f.part, at, events, carriesOutMandate(i, f.action, entryWords));
      continue;
    }
    // Ended for everyone but the parties it names ("DISSOLVED as to all persons other than
    // Petitioner X"): in force for them only.
    const only =
      f.action === 'modified' || f.action === 'dissolved' || f.action === 'vacated'
        ? limitedToNamed(entryWords)
        : null;
    if (only) {
      limitTo(i, only, at, events);
      continue;
    }
    // Ended from a later day ("DISSOLVED, effective January 15, 2026"): in force until the day before.
    if ((f.action === 'vacated' || f.action === 'dissolved') && f.effective && f.effective > at.dateFiled) {
      endLater(i, f.action, f.effective, at, events);
      continue;
    }
    // The district court acting itself settles what waited for the mandate.
    if (f.action === 'vacated' || f.action === 'dissolved') i.onAppeal = null;
    if (
      f.action === 'vacated' ||
      f.action === 'dissolved' ||
      f.action === 'stayed' ||
      f.action === 'converted'
    )
      i.state = f.action;
    if (f.action === 'vacated' || f.action === 'dissolved' || f.action === 'converted')
      endNow(i, at.dateFiled);
    // Stayed until an appeal is decided: on hold, in force again when that appeal ends (tracker/appeals.ts).
    if (f.action === 'stayed' && waitsForAppeal(entryWords)) {
      events.push(holdPendingAppeal(t, i, at, false, 'district'));
      continue;
    }
    // Stayed for a time ("STAYED for fourteen (14) days from entry of this Order"): on hold through
    // that day, in force again after it (tracker/clock.ts).
    if (f.action === 'stayed' && f.until && DAY.test(f.until) && f.until >= at.dateFiled.slice(0, 10)) {
      i.paused = { since: at.dateFiled.slice(0, 10), until: f.until, entry: at.entry };
      i.history.push({ action: 'stayed', entry: at.entry, date: at.dateFiled, until: i.until });
      events.push(
        entryEvent(
          at,
          'injunction.stayed',
          i,
          `${injunctionName(i.type)} stayed through ${longDate(f.until)}: on hold until then, in force again from ${longDate(addDays(f.until, 1))}`,
          { until: i.until, since: i.since, heldUntil: f.until },
        ),
      );
      continue;
    }
    const before = i.until;
    if (f.action === 'extended' || f.action === 'modified') {
      const until = f.until ?? extendedBy(t, i, f);
      // Extended by a length ("for an additional fourteen days"): it ends at the hour it ended
      // before, that many days later (a TRO to 5:00 p.m. on October 8 runs to 5:00 p.m. on October 22).
      const hour = !f.until && f.extendBy ? endTime(i) : null;
      if (until) {
        i.until = until;
        if (hour) i.endsAt = { day: until, time: hour };
        // A new term replaces the old one, with its own "or until the Court rules on …" if it says so.
        i.endsWithRuling = rulingTerm(entryWords);
      }
      if (i.state === 'expired') i.state = 'in_force';
    }
    // Which numbered paragraph of the order extends it, so a stay or a reversal of that paragraph is known to reach it.
    const paragraph = f.action === 'extended' ? (f.paragraph ?? extensionParagraph(entryWords)) : null;
    i.history.push({
      action: f.action,
      entry: at.entry,
      date: at.dateFiled,
      until: i.until,
      ...(f.action === 'extended' ? { before, ...(paragraph ? { paragraph } : {}) } : {}),
    });
    ev(
      `injunction.${f.action}`,
      i,
      f.action === 'converted'
        ? `${injunctionName(i.type)} converted into a ${injunctionName(f.into ?? 'preliminary_injunction').toLowerCase()}`
        : `${injunctionName(i.type)} ${f.action}`,
    );
    // Replaced by a consent decree or a settlement: what its order required ends with it; the
    // instrument's own duties are read from its own words.
    const replacedByInstrument =
      f.action === 'converted' && (f.into === 'consent_decree' || f.into === 'settlement');
    if (f.action !== 'vacated' && f.action !== 'dissolved' && !replacedByInstrument) continue;
    dutiesFallWith(t, i, at, events);
  }
  return null;
}

/** A change of a TRO that only moves its last day later (`applyInjunction`): no paragraphs kept, no one left out. */
function lengthens(f: InjunctionFinding, targets: TrackedInjunction[], words: string): boolean {
  const until = f.until;
  return (
    f.type === 'TRO' &&
    f.action === 'modified' &&
    !f.kept &&
    !f.term &&
    until !== null &&
    DATE.test(until) &&
    targets.every((i) => i.until !== null && DATE.test(i.until) && until > i.until) &&
    !/\bmandate\b/i.test(words) &&
    limitedToNamed(words) === null
  );
}

/**
 * `i` changed in part by an order (extract/partial.ts): the part it acted on (`only`: vacated, stayed
 * or changed; the rest in force) or kept (`except`: in force in that part only), told once with the
 * court's words. A part stayed pending appeal that an `except` does not keep is gone — nothing of it
 * applies again when the appeal ends. `byMandate`: the order carries out the court of appeals'
 * mandate (the in-force line names the decision once, posture.ts).
 */
function actOnPart(
  t: TrackerCore,
  i: TrackedInjunction,
  part: PartOfOrder & { act: PartAct },
  at: Provenance,
  events: TrackerEvent[],
  byMandate: boolean,
): void {
  const held = i.stayedPendingAppeal;
  if (part.reach === 'except' && held?.inPart && held.part) {
    const stayed = partParagraphs(held.part);
    if (stayed.length > 0 && stayed.every((n) => !part.paragraphs.includes(n))) i.stayedPendingAppeal = null;
  }
  i.history.push({
    action: 'modified',
    entry: at.entry,
    date: at.dateFiled,
    until: i.until,
    part,
    ...(byMandate ? { byMandate: true } : {}),
  });
  const name = injunctionOfDate(i);
  const message =
    part.reach === 'except'
      ? `${capitalize(name)} ${part.act} ${part.words}: that part stays in force`
      : `Part of the ${name} ${part.act} (${part.words}); the rest stays in force`;
  events.push(
    entryEvent(at, 'injunction.modified', i, message, {
      since: i.since,
      until: i.until,
      part,
      ...(part.reach === 'except' && part.act === 'vacated' && part.paragraphs.length > 0
        ? { kept: part.paragraphs }
        : {}),
    }),
  );
  // Numbered paragraphs vacated whole ("paragraph 4 of the preliminary injunction is VACATED"): the
  // duties they set end with them, held pending appeal or not. Vacated only in part, they go on.
  if (part.reach === 'only' && part.act === 'vacated' && part.paragraphs.length > 0 && !part.narrowed)
    dutiesFallWith(t, i, at, events, part.paragraphs);
  // Vacated except numbered paragraphs ("vacated except that paragraph 1 … shall remain in effect"):
  // the duties of every other numbered paragraph end, held pending appeal or not — a duty on hold
  // must not come back due, or "passed", when the appeal ends. A duty whose paragraph is unknown is
  // left as it is.
  if (part.reach === 'except' && part.act === 'vacated' && part.paragraphs.length > 0) {
    const gone = [
      ...new Set(
        dutiesOf(t, i)
          .map((d) => d.paragraph)
          .filter((n): n is string => Boolean(n) && !part.paragraphs.includes(n!)),
      ),
    ];
    if (gone.length > 0) dutiesFallWith(t, i, at, events, gone, false);
  }
}

/** The numbered paragraph ("5. The term of the Consent Decree is EXTENDED …") whose words extend relief. */
function extensionParagraph(words: string): string | null {
  const m =
    /\b(?:is|are)\s+(?:hereby\s+)?(?:EXTENDED|extended)\b|\b(?:EXTENDS|extends|EXTENDING|extending)\s+(?:the\s+)?(?:term|consent|temporary|preliminary|TRO)/.exec(
      words,
    );
  return m ? numberedParagraphAt(words, m.index) : null;
}

/** `i`'s last day is `until` from the order `at` (it had none, or another): recorded and told. */
function termLearned(
  i: TrackedInjunction,
  until: string,
  at: Provenance,
  events: TrackerEvent[],
  time?: string,
): void {
  const before = i.until && DATE.test(i.until) ? i.until : null;
  i.until = until;
  endAt(i, { until, untilTime: time });
  if (i.state === 'expired' && until >= at.dateFiled.slice(0, 10)) i.state = 'in_force';
  i.history.push({ action: 'term', entry: at.entry, date: at.dateFiled, until });
  events.push(
    entryEvent(
      at,
      'injunction.modified',
      i,
      `${capitalize(injunctionOfDate(i))} in force through ${longDate(until)}${before ? ` (was through ${longDate(before)})` : ''}: a later order gives its last day`,
      { until, since: i.since, term: true, ...(before ? { previousUntil: before } : {}), ...reliefData(i) },
    ),
  );
}

/**
 * `i` ended by an act of `day` (vacated, dissolved, converted into another injunction, ended by the
 * ruling its term waited for, or by the final judgment): a last day after `day` is no longer its
 * last day. Every reader — the record, the calendars, the key dates, the CLI, the messages — reads
 * this one `until`; the term it had stays in its history.
 */
export function endNow(i: TrackedInjunction, day: string): void {
  const d = day.slice(0, 10);
  if (i.until && DATE.test(i.until) && i.until > d) i.until = d;
}

/**
 * The ruling that ends `i` before its last day ("through April 25, 2025, or until the Court rules on
 * the [9] Motion …, whichever is earlier"); `null` when its term is that ruling itself ("remains in
 * effect until the court decides the motion for preliminary injunction"), which its `until` says.
 */
export function soonerThan(i: TrackedInjunction): RulingTerm | null {
  return i.endsWithRuling && i.until && DATE.test(i.until) ? i.endsWithRuling : null;
}

/**
 * Whether the entry `at` rules on the motion a term waits for: it disposes of one of the motions the
 * term names, or — a term naming the motion for a preliminary injunction without a number — it grants
 * or denies a preliminary injunction (`findings`). The entry's words are read once, when first asked.
 */
export function rulesOn(
  at: Provenance,
  findings: readonly InjunctionFinding[],
): (term: RulingTerm) => boolean {
  let disposed: number[] | null = null;
  const injunctionRuling = findings.some(
    (f) => f.type === 'preliminary_injunction' && (f.action === 'granted' || f.action === 'denied'),
  );
  return (term) => {
    disposed ??= disposedMotions(at.words);
    return (
      term.motions.some((n) => disposed!.includes(n)) ||
      (term.motions.length === 0 && term.injunctionMotion && injunctionRuling)
    );
  };
}

/**
 * A ruling on the motion an injunction's term waited for ends it that day, whatever its date said
 * ("… or until the Court rules on the [9] Motion …, whichever is earlier"): the order disposing of
 * one of the named motions, or — when the term names the motion for a preliminary injunction without
 * a number — an order granting or denying a preliminary injunction. In force through that day.
 */
export function endAtRuling(
  t: TrackerCore,
  at: Provenance,
  findings: readonly InjunctionFinding[],
  events: TrackerEvent[],
): void {
  const rules = rulesOn(at, findings);
  for (const i of t.state.injunctions.values()) {
    const term = i.endsWithRuling;
    if (!term || i.state !== 'in_force' || i.grantedBy.entry === at.entry) continue;
    if (i.history.at(-1)?.entry === at.entry) continue;
    if (!rules(term)) continue;
    // The ruling granted an injunction in its place (told as the injunction that takes its place),
    // or ended it with nothing in its place (told to every reader as ended: it no longer protects).
    const replaced = [...t.state.injunctions.values()].some((x) => x.grantedBy.entry === at.entry);
    touch(t, i);
    endNow(i, at.dateFiled);
    i.state = replaced ? 'converted' : 'dissolved';
    i.endsWithRuling = null;
    i.history.push({ action: 'ended_by_ruling', entry: at.entry, date: at.dateFiled, until: i.until });
    const motion =
      term.motions.length > 0
        ? `ECF No. ${term.motions.join(', ')}`
        : 'the motion for a preliminary injunction';
    events.push(
      entryEvent(
        at,
        replaced ? 'injunction.converted' : 'injunction.dissolved',
        i,
        `${capitalize(injunctionOfDate(i))} ended with the ruling on ${motion}: it lasted until that ruling`,
        { since: i.since, until: i.until },
      ),
    );
  }
}

/**
 * Interim relief holds only until the relief that decides it: a temporary restraining order until
 * the motion for a preliminary injunction is decided (FRCP 65(b)); a TRO, a preliminary injunction
 * or a § 705 postponement pending review until final judgment, whose relief — a permanent
 * injunction, the agency action set aside, a declaratory judgment — takes its place (the
 * preliminary injunction merges into the final judgment). Each such grant ends every interim relief
 * it replaces still in force, whether or not the order says so ("superseded", "converted" are read
 * as such by the extractor, and then this adds nothing).
 */
export function interimReplacedByRelief(
  t: TrackerCore,
  at: Provenance,
  findings: readonly InjunctionFinding[],
  events: TrackerEvent[],
): void {
  const granted =
    findings.find((f) => f.action === 'granted' && FINAL_RELIEF.has(f.type)) ??
    findings.find((f) => f.action === 'granted' && f.type === 'preliminary_injunction');
  if (!granted || findings.some((f) => f.type === 'TRO')) return;
  // Only a grant this entry made (not the judgment entering again what its opinion granted).
  const successor = [...t.state.injunctions.values()].find(
    (x) => x.grantedBy.entry === at.entry && x.type === granted.type,
  );
  if (!successor) return;
  const replaced = REPLACED_BY[granted.type === 'preliminary_injunction' ? 'preliminary' : 'final'];
  const day = at.dateFiled.slice(0, 10);
  for (const i of t.state.injunctions.values()) {
    if (!replaced.has(i.type) || i.state !== 'in_force' || i.grantedBy.entry === at.entry) continue;
    // Relief whose own last day is this day ends by its term (told as the relief taking its place).
    if (i.until && DATE.test(i.until) && i.until <= day) continue;
    // Ended already from a later day ("DISSOLVED, effective January 15, 2026"): that day stands.
    if (i.endsOn) continue;
    touch(t, i);
    endNow(i, at.dateFiled);
    i.state = 'converted';
    i.history.push({ action: 'converted', entry: at.entry, date: at.dateFiled, until: i.until });
    events.push(
      entryEvent(
        at,
        'injunction.converted',
        i,
        `${capitalize(injunctionOfDate(i))} ended: the ${injunctionName(granted.type).toLowerCase()} granted on ${longDate(day)} takes its place`,
        { since: i.since, until: i.until },
      ),
    );
  }
}

/** What each relief takes the place of: a preliminary injunction, the TRO; final relief, all interim relief. */
const REPLACED_BY: Record<'preliminary' | 'final', ReadonlySet<InjunctionType>> = {
  preliminary: new Set(['TRO']),
  final: new Set(['TRO', 'preliminary_injunction', 'agency_postponement']),
};

/**
 * The final relief in force that a judgment enters again: the same kind, on the same thing when
 * both name it, granted by an earlier entry and not yet entered as a judgment.
 */
function sameFinalRelief(t: TrackerCore, f: InjunctionFinding, at: Provenance): TrackedInjunction | null {
  const key = (o: string | null | undefined) => (o ? objectKey(o) : null);
  return (
    [...t.state.injunctions.values()].find(
      (x) =>
        x.type === f.type &&
        (x.state === 'in_force' || x.state === 'stayed') &&
        x.grantedBy.entry !== at.entry &&
        !x.judgment &&
        (key(x.object) === null || key(f.object) === null || sameObject(key(x.object)!, key(f.object)!)),
    ) ?? null
  );
}

/** "the Secretary's Termination Notice" and "the Termination Notice": the head noun and its words, without articles and owners. */
function objectKey(o: string): string {
  return o
    .toLowerCase()
    .replace(/\b(?:the|a|an|[\w.]+['’]s?)\s+(?=\S)/g, (w) =>
      /['’]/.test(w) || /^(?:the|a|an)\s/.test(w) ? '' : w,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function sameObject(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/**
 * An agency action remanded without vacatur: no relief — the action stays in effect. Told once
 * per action (the opinion and the judgment that repeats it are one ruling).
 */
function remandedWithoutVacatur(
  t: TrackerCore,
  f: InjunctionFinding,
  at: Provenance,
  events: TrackerEvent[],
): void {
  const key = f.object ? objectKey(f.object) : '';
  t.state.remandedWithoutVacatur ??= [];
  const told = t.state.remandedWithoutVacatur;
  if (told.some((k) => k === '' || key === '' || sameObject(k, key))) return;
  told.push(key);
  events.push(
    entryEvent(
      at,
      'injunction.denied',
      null,
      `${capitalize(f.object ?? 'the agency action')} remanded to the agency without vacatur: it stays in effect; no relief is granted by this ruling`,
      // The event names no record: its kind is the relief refused.
      { type: 'set_aside', withoutVacatur: true, ...(f.object ? { object: f.object } : {}) },
    ),
  );
}

/** What a relief record carries into its events: what it acts on, for whom, for which parties only. */
/** Its last day's hour, from the finding that gave that day ("shall expire at 6:30 p.m. on …"). */
function endAt(i: TrackedInjunction, f: Pick<InjunctionFinding, 'until' | 'untilTime'>): void {
  if (f.untilTime && f.until && i.until === f.until) i.endsAt = { day: f.until, time: f.untilTime };
}

/** The hour (`HH:MM`, the court's time) its last day ends, when an order gave one for that day; `null`: the day's end. */
export function endTime(i: Pick<TrackedInjunction, 'until' | 'endsAt'>): string | null {
  return i.endsAt && i.endsAt.day === i.until ? i.endsAt.time : null;
}

export function reliefData(i: TrackedInjunction): Record<string, unknown> {
  return {
    ...(endTime(i) ? { untilTime: endTime(i) } : {}),
    ...(i.object ? { object: i.object } : {}),
    ...(i.beneficiaries ? { beneficiaries: i.beneficiaries } : {}),
    // Limited from its grant ("for them alone"): whom it is for, not a narrowing by a later order.
    ...(i.limitedTo && i.limitedTo.entry === i.grantedBy.entry
      ? { limitedTo: i.limitedTo.parties, limitedFromGrant: true }
      : {}),
    ...(i.pendingAppealOf ? { byAppeals: true } : {}),
  };
}

/** " of the Termination Notice for the class", " for Ana Ruiz only": what and whom, in the record's words. */
export function reliefText(
  i: Pick<TrackedInjunction, 'object' | 'beneficiaries' | 'limitedTo' | 'type'>,
  /** Whether to name the parties it is limited to (the posture says that in its own words). */
  parties = true,
): string {
  const what = i.object ? (i.type === 'declaratory_judgment' ? ` (that ${i.object})` : ` (${i.object})`) : '';
  if (i.limitedTo) return parties ? `${what} for ${andList(i.limitedTo.parties)} only` : what;
  const whom =
    i.beneficiaries === 'class'
      ? ' for the class'
      : i.beneficiaries === 'plaintiffs'
        ? ' for the plaintiffs'
        : '';
  return `${what}${whom}`;
}

/**
 * The last day an extension by a length gives (`extendBy`: "for an additional fourteen (14) days",
 * "for a like period"): counted from the day it extends, not from the order (FRCP 65(b)(2)); a
 * like period is as long again as the injunction first ran. `null` when it had no last day.
 */
function extendedBy(t: TrackerCore, i: TrackedInjunction, f: InjunctionFinding): string | null {
  if (!f.extendBy || !i.until || !/^\d{4}-\d{2}-\d{2}$/.test(i.until)) return null;
  const first = i.history.find((h) => h.action === 'granted')?.until ?? i.until;
  const by =
    f.extendBy === 'like'
      ? /^\d{4}-\d{2}-\d{2}$/.test(first)
        ? {
            n: Math.round((Date.parse(first) - Date.parse(i.since.slice(0, 10))) / 86_400_000),
            unit: 'days' as const,
          }
        : null
      : f.extendBy;
  if (!by || by.n <= 0) return null;
  return termEnds({ from: i.until, n: by.n, unit: by.unit }, t.calendar);
}

/** `i` kept in force for `parties` only by the order `at`; told as a change of it (`limitedTo`). */
function limitTo(i: TrackedInjunction, parties: string[], at: Provenance, events: TrackerEvent[]): void {
  i.limitedTo = { parties, since: at.dateFiled, entry: at.entry };
  i.history.push({ action: 'limited', entry: at.entry, date: at.dateFiled, until: i.until });
  events.push(
    entryEvent(
      at,
      'injunction.modified',
      i,
      `${capitalize(injunctionOfDate(i))} limited to ${andList(parties)}: it no longer protects anyone else`,
      { since: i.since, limitedTo: parties },
    ),
  );
}

/**
 * `i` ends on `effective` by an order of `at`'s day: in force until the day before (its `until`),
 * then `action` (the clock, tracker/clock.ts, ends it and what its order required).
 */
function endLater(
  i: TrackedInjunction,
  action: 'dissolved' | 'vacated',
  effective: string,
  at: Provenance,
  events: TrackerEvent[],
): void {
  const last = addDays(effective, -1);
  i.until = last;
  i.endsOn = { effective, action, entry: at.entry };
  if (i.state === 'expired') i.state = 'in_force';
  i.history.push({ action: `${action}_effective`, entry: at.entry, date: at.dateFiled, until: last });
  events.push(
    entryEvent(
      at,
      `injunction.${action}`,
      i,
      `${capitalize(injunctionOfDate(i))} ${action} effective ${longDate(effective)}: in force through ${longDate(last)}`,
      { since: i.since, effective },
    ),
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `iso` ± `n` days. */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * What the injunction's order required (reports every 14 days) falls with it, held or not — only what
 * is still to come: a one-time date that had already passed when the order was vacated stays passed (a 2019
 * vacatur does not undo a 2018 release day).
 */
export function dutiesFallWith(
  t: TrackerCore,
  i: TrackedInjunction,
  at: Provenance,
  events: TrackerEvent[],
  /** Only the duties of these numbered paragraphs of its order (a decision that vacated them): due or not, held or not. */
  paragraphs?: readonly string[],
  /** Whether the court of appeals vacated those paragraphs (said so in the message), else the court itself. */
  onAppeal = true,
): void {
  for (const d of dutiesOf(t, i)) {
    // A duty on hold (its paragraph stayed pending appeal) falls with its relief too: never due again
    // when the appeal ends.
    if ((d.state !== 'open' && d.state !== 'suspended') || d.review === 'dismissed') continue;
    if (paragraphs && !(d.paragraph && paragraphs.includes(d.paragraph))) continue;
    if (!paragraphs && !d.recurrence && d.due && d.due < at.dateFiled.slice(0, 10)) continue;
    changeDuty(t, d, 'vacated', at);
    events.push({
      type: 'deadline.vacated',
      entry: at.entry,
      date: at.dateFiled,
      subject: d.id,
      message: paragraphs
        ? `${capitalize(d.what)} no longer due: paragraph ${d.paragraph} of the ${injunctionOfDate(i)} was vacated${onAppeal ? ' on appeal' : ''}`
        : `${capitalize(d.what)} vacated with the ${injunctionOfDate(i)}`,
      data: { due: d.due },
    });
  }
}

/**
 * What the injunction's order required: the duties that order set, and the recurring duties of a later
 * order that changes it — one that modified the injunction, or one whose words amend its order by
 * number or date ("Paragraph (5) of the Order of February 2, 2032 [14] is amended so that declarations
 * of compliance are filed on the 15th and the last day of each month"): the injunction's duty as
 * changed, which ends with it as the original would.
 */
function dutiesOf(t: TrackerCore, i: TrackedInjunction): TrackedDeadline[] {
  const own = deadlinesSetBy(t, i.grantedBy.entry);
  const modifiedBy = new Set(i.history.filter((h) => h.action === 'modified').map((h) => h.entry));
  const changed = recurringDeadlines(t).filter(
    (d) =>
      d.setBy.entry !== i.grantedBy.entry &&
      !own.includes(d) &&
      (modifiedBy.has(d.setBy.entry) ||
        (AMENDS_ORDER.test(d.setBy.words) &&
          namedBy(i, orderReferences(d.setBy.words, [], d.setBy.dateFiled.slice(0, 10))))),
  );
  return [...own, ...changed];
}

/** Words that change an earlier order's terms: "is amended so that", "is modified to require", "as amended". */
const AMENDS_ORDER = /\b(?:amend(?:s|ed|ing)?|modif(?:y|ies|ied|ying))\b/i;

/**
 * The injunctions a ruling acts on: those set by the orders it names, by number or by date
 * ("the preliminary injunction of July 24, 2017 [87] and the January 2, 2018 order [191]").
 * When it names none, the one standing injunction of the type — never a guess among several.
 */
export function namedInjunctions(
  t: TrackerCore,
  f: InjunctionFinding,
  at: Provenance,
  related: number[],
): TrackedInjunction[] {
  const all = [...t.state.injunctions.values()];
  const refs = orderReferences(at.words, related, at.dateFiled);
  // The order vacated but for paragraphs it keeps is the one its sentence names (in the order's
  // document, not the docket text), or none.
  if (f.kept || (f.part && f.source)) {
    const words = f.source ?? at.words;
    const read = orderReferences(words, [], at.dateFiled);
    const own = { ...read, numbers: [...read.numbers, ...citedNumbers(words)] };
    return all.filter((x) => x.grantedBy.entry !== at.entry && namedBy(x, own));
  }
  // Relief an instrument takes the place of, named in its own sentence ("The preliminary injunction
  // entered June 28, 2029 [ECF No. 19] … is DISSOLVED; its protections are replaced by the terms of
  // the Settlement Agreement"): that relief first.
  if (f.action === 'converted' && f.into && f.source) {
    const read = orderReferences(f.source, [], at.dateFiled);
    const own = { ...read, numbers: [...read.numbers, ...citedNumbers(f.source)] };
    const bySentence = all.filter((x) => x.grantedBy.entry !== at.entry && namedBy(x, own));
    if (bySentence.length > 0) return bySentence.slice(0, 1);
  }
  const named = all.filter((x) => x.grantedBy.entry !== at.entry && namedBy(x, refs));
  if (named.length > 0) {
    // "… are VACATED" acts on each order named; an extension or a stay on the first.
    return f.action === 'vacated' || f.action === 'dissolved' ? named : named.slice(0, 1);
  }
  const standing = all.filter((x) => x.state === 'in_force' || x.state === 'stayed' || x.state === 'expired');
  const ofType = standing.filter((x) => x.type === f.type);
  // Numbers that name no injunction's order name the motion ruled on ("granting [60] motion to
  // dissolve the preliminary injunction"): the one standing injunction of the type, if one.
  if (refs.numbers.length > 0 || refs.dates.length > 0) return ofType.length === 1 ? ofType : [];
  if (ofType.length === 1) return ofType;
  return ofType.length === 0 && standing.length === 1 ? standing : [];
}

/** "preliminary injunction of July 24, 2017": which one, by the day it was granted. */
export function injunctionOfDate(i: Pick<TrackedInjunction, 'type' | 'since'>): string {
  return `${injunctionName(i.type).toLowerCase()} of ${longDate(i.since)}`;
}

export function injunctionName(type: InjunctionType): string {
  return INJUNCTION_NAMES[type];
}

const INJUNCTION_NAMES: Record<InjunctionType, string> = {
  TRO: 'Temporary restraining order',
  preliminary_injunction: 'Preliminary injunction',
  permanent_injunction: 'Permanent injunction',
  agency_postponement: 'Postponement of the rule’s effective date (5 U.S.C. § 705)',
  consent_decree: 'Consent decree',
  settlement: 'Settlement agreement (enforced by the court)',
  set_aside: 'Agency action set aside (5 U.S.C. § 706)',
  declaratory_judgment: 'Declaratory judgment',
  injunction_pending_appeal: 'Injunction pending appeal',
};

/**
 * A decision waiting for the mandate takes effect on `i` (the mandate issued, or the district
 * court carried it out). One change however it is reported — the appeals docket's mandate, the
 * clerk's copy, the district order on the mandate — so its key is the decision, not the entry.
 */
export function takeEffect(
  t: TrackerCore,
  i: TrackedInjunction,
  at: Provenance,
  events: TrackerEvent[],
): void {
  const pending = i.onAppeal;
  if (!pending) return;
  touch(t, i);
  i.onAppeal = null;
  i.mandated = { ...pending, mandate: at.entry };
  if (pending.action === 'vacated') {
    i.state = 'vacated';
    endNow(i, at.dateFiled);
  }
  // The part the decision threw out, in its words: named in the in-force line from now on.
  const part =
    pending.action === 'modified' && pending.part ? { ...pending.part, act: 'vacated' as const } : null;
  i.history.push({
    action: pending.action,
    entry: at.entry,
    date: at.dateFiled,
    until: i.until,
    byMandate: true,
    ...(part ? { part } : {}),
  });
  events.push({
    type: `injunction.${pending.action}`,
    entry: at.entry,
    date: at.dateFiled,
    subject: i.id,
    message: `${capitalize(injunctionOfDate(i))} ${pending.action === 'vacated' ? 'vacated' : 'modified'}: the court of appeals' mandate issued, and its decision of ${longDate(pending.decided)} (${pending.disposition}) takes effect`,
    data: { since: i.since, byMandate: true, decided: pending.decided },
  });
  if (pending.action === 'vacated') dutiesFallWith(t, i, at, events);
  // A part vacated stays vacated: the duties of the paragraphs it names end now, never due again.
  else if (pending.parts?.length) dutiesFallWith(t, i, at, events, pending.parts);
}

/** A district order's action on `i` that is the pending appeals decision itself, carried out "in accordance with the mandate". */
export function carriesOutPending(i: TrackedInjunction, action: string, words: string): boolean {
  if (!i.onAppeal || !/\bmandate\b/i.test(words)) return false;
  return i.onAppeal.action === 'vacated'
    ? action === 'vacated' || action === 'dissolved'
    : action === 'modified';
}

/** Words between "pending" and "appeal" that keep it a wait for the appeal ("resolution of Defendant's"). */
const BETWEEN =
  /^(?:the|its|this|that|a|an|any|such|final|interlocutory|resolution|disposition|outcome|determination|decision|conclusion|adjudication|review|ruling|of|on|by|to|in|their|his|her|parties['’]?|(?:defendants?|plaintiffs?|respondents?|petitioners?|appellants?|government|state|county|city|united|states)(?:['’]s?)?)$/i;

/**
 * Whether words wait for an appeal: "pending appeal", "pending resolution of Defendant's appeal to
 * the Ninth Circuit", "pending the Ninth Circuit's resolution of the appeal", "until the appeal is
 * decided", "pending the Fourth Circuit's ruling on Respondents' motion for stay pending appeal".
 */
export function waitsForAppeal(text: string): boolean {
  // Each "pending" looks ahead on its own: "pending the Fourth Circuit's ruling on Respondents' motion
  // for stay pending appeal" waits for the appeal court by its last words.
  for (const m of text.matchAll(/\bpending\b(?=([^.;:]{0,100}?)\bappeals?\b)/gi)) {
    const between = m[1]!.trim().split(/\s+/).filter(Boolean);
    // A court's or a party's name is a capitalized word ("Ninth Circuit's", "Defendant's").
    if (between.length <= 8 && between.every((w) => BETWEEN.test(w) || /^[A-Z]/.test(w))) return true;
  }
  return /\buntil\b[^.;]{0,60}?\bappeals?\s+(?:is|has\s+been)\s+(?:resolved|decided|determined|concluded|disposed)\b/i.test(
    text,
  );
}

/**
 * `i` stayed pending appeal by `by` on `at`: in whole it is on hold (not in force) until the appeal
 * ends; in part it stays in force with that part on hold.
 */
export function holdPendingAppeal(
  t: TrackerCore,
  i: TrackedInjunction,
  at: Provenance,
  inPart: boolean,
  by: 'district' | 'appeals' | 'supreme_court',
  ruling: string = injunctionOfDate(i),
  /** In part: the part stayed, in the court's words ("paragraph 4 only"). */
  part?: string,
): TrackerEvent {
  const notice =
    t.state.appeals.filter((a) => !a.ended && appealedFrom(i, a.from)).at(-1) ??
    t.state.appeals.filter((a) => !a.ended).at(-1);
  touch(t, i);
  i.stayedPendingAppeal = {
    since: at.dateFiled,
    entry: at.entry,
    inPart,
    by,
    notice: notice?.entry ?? null,
    ...(inPart && part ? { part } : {}),
  };
  if (!inPart) i.state = 'stayed';
  i.history.push({
    action: inPart ? 'stayed_in_part' : 'stayed',
    entry: at.entry,
    date: at.dateFiled,
    until: i.until,
  });
  const court =
    by === 'supreme_court'
      ? 'The Supreme Court'
      : by === 'appeals'
        ? 'The court of appeals'
        : 'The district court';
  return {
    type: 'injunction.stayed',
    entry: at.entry,
    date: at.dateFiled,
    subject: i.id,
    message: inPart
      ? `${court} stayed in part the ${ruling}${part ? ` (${part})` : ''} pending appeal: the part stayed is on hold until the appeal is decided; the rest stays in force`
      : `${court} stayed the ${ruling} pending appeal: it is on hold until the appeal is decided`,
    data: { since: i.since, pendingAppeal: { by, inPart, ruling } },
  };
}
