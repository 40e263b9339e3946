/**
 * A court of appeals' decision and its mandate, applied to the injunctions of the case below.
 *
 * FRAP 41(c): the court of appeals' judgment takes effect when its mandate issues. So a decision
 * that vacates or reverses an injunction (in whole or in part) is recorded on it and told at once
 * ("The court of appeals vacated the preliminary injunction of July 24, 2017 on December 20, 2018;
 * it stays in force until the mandate issues"), but the injunction stays in force; the mandate then
 * vacates it (or, in part, modifies it) and what its order required falls with it. The clerk's copy
 * of the same decision on the district docket, or a district order carrying out the mandate,
 * repeats what is already recorded: it is not told again.
 */
import type { AppellateAct } from '../appellate.ts';
import { partParagraphs } from '../extract/partial.ts';
import type { ReliefKind } from '../extract/relief.ts';
import { paragraphNumbers } from '../extract/text.ts';
import { orderReferences } from '../references.ts';
import { endInjunctionsPendingAppeal, injunctionPendingAppeal } from './appeal-injunctions.ts';
import { certiorariFiled, mandateStayed, rehearingDenied } from './appeal-steps.ts';
import {
  closeAppealDuties,
  dateAppellateDuties,
  extendOccurrences,
  heldEvents,
  holdParagraphDuties,
  partlyHoldParagraphDuties,
  resumeHeldDuties,
  syncNextDue,
} from './deadlines.ts';
import { injunctionOfDate, takeEffect } from './injunctions.ts';
import { appealedFrom, deadlinesSetBy, namedBy, touch } from './lookup.ts';
import type {
  AppealTaken,
  Provenance,
  StayPendingAppeal,
  TrackedInjunction,
  TrackedStay,
  TrackerCore,
  TrackerEvent,
} from './model.ts';
import { stayLifted } from './stays.ts';
import {
  decidedStays,
  decideStay,
  dropStayDecisions,
  recallStays,
  rehearStays,
  stayTakesEffect,
} from './stays-on-appeal.ts';
import { longDate } from './words.ts';

const standing = (x: TrackedInjunction) =>
  x.state === 'in_force' || x.state === 'stayed' || x.state === 'expired';

/** The appeal an entry of an appeals docket belongs to (its key is `appeal:<id>:…`); `null` on the district docket. */
const APPEAL_ID = /^appeal:(\d+):/;

/** An entry of a linked appeal was read: the first day its docket has one binds it to its notice of appeal. */
export function noteAppealEntry(t: TrackerCore, entry: string, day: string): void {
  const id = APPEAL_ID.exec(entry)?.[1];
  if (id && !t.state.appealDocketed.has(id)) t.state.appealDocketed.set(id, day);
}

/** A notice of appeal: the orders it names are the orders appealed from. */
export function noteNoticeOfAppeal(t: TrackerCore, at: Provenance, related: readonly number[]): void {
  t.state.appeals.push({ entry: at.entry, dateFiled: at.dateFiled, from: related.map(String), appeal: null });
}

/**
 * The notice of appeal an act of the court of appeals belongs to. On the appeal's own docket: the
 * notice bound to that appeal, else the latest notice not yet bound that was filed by the day the
 * appeal was docketed (an appeal is docketed from its notice). On the district docket, the clerk's
 * copy names the notice ("OPINION of U.S. Court of Appeals … re [110] Notice of Appeal").
 */
function noticeFor(t: TrackerCore, at: Provenance): AppealTaken | null {
  const id = APPEAL_ID.exec(at.entry)?.[1];
  if (id) {
    const bound = t.state.appeals.find((a) => a.appeal === id);
    if (bound) return bound;
    const docketed = t.state.appealDocketed.get(id) ?? at.dateFiled;
    const free = t.state.appeals.filter((a) => a.appeal === null && a.dateFiled <= docketed).at(-1);
    if (!free) return null;
    free.appeal = id;
    return free;
  }
  const refs = [
    ...orderReferences(at.words, [], at.dateFiled).numbers,
    ...[...at.words.matchAll(NOTICE_NAMED)].map((m) => Number(m[1])),
  ].map(String);
  return t.state.appeals.find((a) => refs.includes(a.entry)) ?? null;
}

/** The notice of appeal a clerk's entry names by number, brackets or not: "re [110] Notice of Appeal", "re 110 Notice of Appeal". */
const NOTICE_NAMED =
  /\[?\b(\d{1,5})\]?\s+(?:Amended\s+)?Notice\s+of\s+(?:(?:Interlocutory|Cross)[- ])?Appeal\b/gi;

/**
 * Which appeal an entry of the court of appeals (or the district clerk's copy of one) reports on,
 * by reference: on the appeal's own docket, that appeal and the notice of appeal bound to it; on the
 * district docket, the notice of appeal the copy names ("re [110] Notice of Appeal") and the appeal
 * it became. `null` where nothing says.
 */
export function appealOf(t: TrackerCore, at: Provenance): { appeal: string | null; notice: string | null } {
  const notice = noticeFor(t, at);
  return { appeal: APPEAL_ID.exec(at.entry)?.[1] ?? notice?.appeal ?? null, notice: notice?.entry ?? null };
}

/** A ruling a decision acts on: an injunction, or the order that modified or extended one. */
interface Decided {
  i: TrackedInjunction;
  /** "preliminary injunction of March 29, 2017", "order of July 13, 2017 modifying the preliminary injunction of March 29, 2017". */
  name: string;
  /** The order appealed from changed the injunction; it did not grant it. */
  changing: boolean;
  /** That change, as the injunction's history holds it. */
  change?: TrackedInjunction['history'][number];
}

/**
 * The rulings a decision is about: the injunctions it names by number or date; else the order
 * the appeal is from (its notice of appeal names it) — the injunction that order granted, or the
 * order that modified or extended one; else, when nothing says which, the one standing injunction.
 * An appeal from an order that is no injunction's is about none of them. `fromNotice`: the notice's
 * orders first (a dismissal decides nothing of the orders its reasons name: "the preliminary
 * injunction under review was superseded by the permanent injunction entered on September 28, 2027").
 */
function decidedRulings(t: TrackerCore, at: Provenance, fallback = true, fromNotice = false): Decided[] {
  const all = [...t.state.injunctions.values()].filter(standing);
  const whole = (i: TrackedInjunction): Decided => ({ i, name: injunctionOfDate(i), changing: false });
  const refs = orderReferences(at.words, [], at.dateFiled);
  const named = fromNotice ? [] : all.filter((x) => namedBy(x, refs));
  if (named.length > 0) return named.map(whole);
  const notice = noticeFor(t, at);
  if (notice && notice.from.length > 0) {
    const from: Decided[] = [];
    for (const i of all) {
      if (appealedFrom(i, notice.from)) {
        from.push(whole(i));
        continue;
      }
      const change = i.history.find(
        (h) => notice.from.includes(h.entry) && (h.action === 'modified' || h.action === 'extended'),
      );
      if (change)
        from.push({
          i,
          name: `order of ${longDate(change.date)} ${change.action === 'modified' ? 'modifying' : 'extending'} the ${injunctionOfDate(i)}`,
          changing: true,
          change,
        });
    }
    return from;
  }
  return fallback && all.length === 1 ? all.map(whole) : [];
}

/** The injunctions, in any state, granted or changed by the orders an appeal is from (`from`: their entries). */
function appealedRulings(t: TrackerCore, from: readonly string[]): TrackedInjunction[] {
  return [...t.state.injunctions.values()].filter(
    (i) =>
      appealedFrom(i, from) ||
      i.history.some((h) => from.includes(h.entry) && (h.action === 'modified' || h.action === 'extended')),
  );
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Apply what a court of appeals did (read by `readAppealsDocket` / `readDistrictCopy`); a decision
 * or a mandate also dates the duties that waited for it.
 */
export function applyAppellate(t: TrackerCore, act: AppellateAct, at: Provenance): TrackerEvent[] {
  const events = applyAct(t, act, at);
  if (act.act === 'decision' || act.act === 'mandate')
    events.push(...dateAppellateDuties(t, act.act, at, noticeFor(t, at)?.from ?? null));
  // The appeal's own duties (its briefing schedule) end with it.
  const ended =
    act.act === 'decision' ? 'decided' : act.act === 'dismissed' || act.act === 'mandate' ? act.act : null;
  const appeal = ended ? appealIdOf(t, at) : null;
  if (ended && appeal !== null) events.push(...closeAppealDuties(t, `appeal:${appeal}`, ended, at));
  return events;
}

function applyAct(t: TrackerCore, act: AppellateAct, at: Provenance): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  if (act.act === 'injunction') return injunctionPendingAppeal(t, act, at);
  // An injunction pending appeal lasts until the appeal is decided, dismissed or its mandate issues.
  if (act.act === 'decision' || act.act === 'dismissed' || act.act === 'mandate')
    events.push(
      ...endInjunctionsPendingAppeal(t, at, act.act === 'decision' ? 'decided' : act.act, appealIdOf(t, at)),
    );
  if (act.act === 'rehearing_denied') return rehearingDenied(t, act, at, takenFor(t, at));
  if (act.act === 'mandate_stayed') return mandateStayed(t, act, at, takenFor(t, at));
  if (act.act === 'certiorari' && act.outcome === 'filed') return certiorariFiled(act, at, takenFor(t, at));
  if (act.act === 'decision') {
    // The day the appeal was decided, on its own docket (rehearing denied, a stayed mandate name it).
    const taken = APPEAL_ID.test(at.entry) ? noticeFor(t, at) : null;
    if (taken) taken.decided = at.dateFiled;
    // The orders about a stay it decides (tracker/stays-on-appeal.ts): named, else the appeal's.
    const refs = orderReferences(at.words, [], at.dateFiled);
    const namesInjunction = [...t.state.injunctions.values()].some((x) => standing(x) && namedBy(x, refs));
    const stays = decidedStays(t, refs, noticeFor(t, at), namesInjunction);
    const decided = decidedRulings(t, at, stays.length === 0);
    const targets = decided.map((d) => d.i);
    const changes = act.outcome === 'vacated' || act.outcome === 'reversed';
    // Vacating an order that changed an injunction changes the injunction; it does not end it.
    const actionOn = (d: Decided) => (act.inPart || d.changing ? 'modified' : 'vacated');
    // The same decision told again (the district clerk's copy): nothing new.
    const freshRulings = decided.filter((d) => !(changes && d.i.onAppeal?.action === actionOn(d)));
    const fresh = freshRulings.map((d) => d.i);
    if (
      !changes &&
      targets.some((i) => sinceRehearing(i).some((h) => h.action === `${act.outcome}_on_appeal`))
    )
      return events;
    // The paragraphs it reversed or vacated, when its words name them (the district clerk's copy
    // often does when the court's own entry does not): kept with the decision waiting for the mandate.
    const named = changes && act.part?.reach === 'only' ? act.part.paragraphs : [];
    const parts = changes ? [...new Set([...changedParagraphs(at.words), ...named])] : [];
    const part = changes && act.part ? act.part : null;
    if (parts.length > 0 || part)
      for (const d of decided)
        if (
          d.i.onAppeal &&
          d.i.onAppeal.action === actionOn(d) &&
          (!d.i.onAppeal.parts || !d.i.onAppeal.part)
        ) {
          touch(t, d.i);
          if (parts.length > 0) d.i.onAppeal.parts ??= parts;
          if (part) d.i.onAppeal.part ??= part;
        }
    const freshStays = stays.filter((d) => decideStay(t, d, act, at));
    if (targets.length + stays.length > 0 && fresh.length + freshStays.length === 0) return events;
    for (const d of freshRulings) {
      const i = d.i;
      const action = actionOn(d);
      touch(t, i);
      // A later decision of the same appeal is the one that stands (the one before it vacated by
      // rehearing, or replaced): the mandate will carry this one.
      i.reheard = null;
      if (changes)
        i.onAppeal = {
          action,
          decided: at.dateFiled,
          entry: at.entry,
          disposition: act.disposition,
          ...(parts.length > 0 ? { parts } : {}),
          ...(part ? { part } : {}),
        };
      else if (i.onAppeal && sameAppealAs(t, i.onAppeal.entry, at)) {
        i.onAppeal = null;
        i.history.push({ action: 'decision_replaced', entry: at.entry, date: at.dateFiled, until: i.until });
      }
      i.history.push({
        action: `${act.outcome}_on_appeal`,
        entry: at.entry,
        date: at.dateFiled,
        until: i.until,
      });
    }
    const names = [...freshRulings.map((d) => d.name), ...freshStays.map((d) => d.name)];
    // Rulings stayed in whole pending this appeal stay on hold until the mandate, not in force.
    const onHold =
      changes &&
      freshStays.length === 0 &&
      freshRulings.length > 0 &&
      freshRulings.every((d) => d.i.stayedPendingAppeal && !d.i.stayedPendingAppeal.inPart);
    // A remand alone vacates nothing: the rulings it names stay as they were, in force or on hold.
    const kept = act.outcome === 'remanded' && freshStays.length === 0 && freshRulings.length > 0;
    const keptOnHold = kept && freshRulings.every((d) => d.i.state === 'stayed');
    const what = names.length > 0 ? list(names) : 'the ruling appealed from';
    const verb = act.inPart ? `${act.outcome} in part` : act.outcome;
    const message =
      changes && names.length > 0 && act.inPart
        ? `The court of appeals decided on the ${what} on ${longDate(at.dateFiled)}: ${act.disposition}; the part ${act.outcome} takes effect when its mandate issues`
        : changes && names.length > 0
          ? `The court of appeals ${verb} the ${what} on ${longDate(at.dateFiled)}; ${names.length > 1 ? 'they stay' : 'it stays'} ${onHold ? 'on hold (stayed pending appeal)' : 'in force'} until its mandate issues`
          : kept
            ? `The court of appeals remanded the case without vacating the ${what} on ${longDate(at.dateFiled)}: ${names.length > 1 ? 'they stay' : 'it stays'} ${keptOnHold ? 'on hold' : 'in force'}`
            : `The court of appeals ${verb} ${names.length > 0 ? `the ${what}` : what} (${act.disposition})`;
    events.push({
      type: 'appeal.decided',
      entry: at.entry,
      date: at.dateFiled,
      subject: null,
      message,
      data: {
        outcome: act.outcome,
        inPart: act.inPart,
        disposition: act.disposition,
        pendingMandate: changes && names.length > 0,
        ...(onHold || keptOnHold ? { onHold: true } : {}),
        ...(kept ? { kept: true } : {}),
        rulings: names,
        ...(act.enBanc ? { enBanc: true } : {}),
        affirmedInPart: /\baffirmed in part\b/.test(act.disposition),
        remanded: /\bremanded\b/.test(act.disposition),
      },
    });
    return events;
  }
  if (act.act === 'stay') return stayPendingAppeal(t, act, at);
  if (act.act === 'rehearing') return rehearAppeal(t, act, at);
  if (act.act === 'reinstated') return reinstateDecision(t, at);
  if (act.act === 'certiorari' && act.outcome !== 'filed')
    return [...events, ...decideCertiorari(t, { ...act, outcome: act.outcome }, at)];
  if (act.act === 'dismissed') return [...events, ...dismissAppeal(t, at)];
  if (act.act === 'recalled') return recallMandate(t, at);
  // The mandate of a dismissal: the appeal ends (once: a dismissal already read changes nothing).
  if (act.act === 'mandate' && act.dismissed) events.push(...dismissAppeal(t, at));
  // The mandate: each decision waiting for it takes effect now; a stay pending this appeal ends —
  // the duties it held are due again, unless the decision taking effect ends their order.
  resumeHeldDuties(t, noticeFor(t, at)?.entry ?? null, at);
  for (const i of t.state.injunctions.values()) if (i.onAppeal && standing(i)) takeEffect(t, i, at, events);
  closeRehearings(t);
  for (const s of t.state.stays.values()) if (s.onAppeal) stayTakesEffect(t, s, at, events);
  // A stay the district court granted to last while the appeal goes on ends with it: the appeal
  // is resolved when its mandate issues (one that waits for certiorari too does not end here).
  for (const s of t.state.stays.values()) {
    if (s.state !== 'in_force' || !pendingAppeal(s) || /\bcertiorari\b/i.test(s.grantedBy.words)) continue;
    events.push(
      stayLifted(
        t,
        s,
        at,
        `Stay${s.what ? ` of ${s.what}` : ''} pending appeal ended: the court of appeals' mandate issued on ${longDate(at.dateFiled)}`,
        { appealMandate: at.dateFiled },
      ),
    );
  }
  const notice = noticeFor(t, at);
  for (const i of t.state.injunctions.values())
    if (
      i.stayedPendingAppeal &&
      !i.stayedPendingAppeal.certiorari &&
      waitsFor(i, notice) &&
      i.state !== 'vacated'
    )
      events.push(...endStayPendingAppeal(t, i, at, 'mandate'));
  return events;
}

/**
 * The Supreme Court denied the petition for a writ of certiorari (or gave its judgment after
 * granting it), on the day the Court acted — reported days later on the court of appeals' docket
 * (a letter) or the district's (a notice): told once, dated by the Court's day. What waited for the
 * petition ends: an injunction stayed pending certiorari applies again, a stay of proceedings
 * pending the appeal and any petition is lifted.
 */
function decideCertiorari(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'certiorari' }> & { outcome: 'denied' | 'judgment' },
  at: Provenance,
): TrackerEvent[] {
  const taken = takenFor(t, at);
  // The same petition told again (the clerk's copy of the Court's letter): nothing new.
  if (taken?.certiorari) return [];
  const day = act.decided && act.decided <= at.dateFiled ? act.decided : at.dateFiled;
  if (taken) taken.certiorari = { outcome: act.outcome, decided: day };
  const on = { ...at, dateFiled: day };
  const events: TrackerEvent[] = [];
  for (const i of t.state.injunctions.values())
    if (i.stayedPendingAppeal?.certiorari && i.state !== 'vacated')
      events.push(...endStayPendingAppeal(t, i, on, 'certiorari'));
  for (const s of t.state.stays.values())
    if (s.state === 'in_force' && pendingAppeal(s) && /\bcertiorari\b/i.test(s.grantedBy.words))
      events.push(
        stayLifted(
          t,
          s,
          on,
          `Stay${s.what ? ` of ${s.what}` : ''} pending appeal ended: the Supreme Court ${act.outcome === 'denied' ? 'denied the petition for certiorari' : 'decided the case'} on ${longDate(day)}`,
          { appealMandate: day },
        ),
      );
  events.unshift({
    type: 'appeal.certiorari',
    entry: at.entry,
    date: day,
    subject: null,
    message:
      act.outcome === 'denied'
        ? `The Supreme Court denied the petition for a writ of certiorari on ${longDate(day)}: the court of appeals' decision stands`
        : `The Supreme Court decided the case after granting certiorari (${longDate(day)})`,
    data: {
      certiorari: act.outcome,
      decided: day,
      by: 'supreme_court',
      ...(events.length > 0 ? { stayEnded: true } : {}),
    },
  });
  return events;
}

/** The appeal an act is about: the one its entry or its copy names, else the latest appeal taken. */
function takenFor(t: TrackerCore, at: Provenance): AppealTaken | null {
  const appeal = appealIdOf(t, at);
  return (
    t.state.appeals.find((a) => appeal !== null && a.appeal === appeal) ?? t.state.appeals.at(-1) ?? null
  );
}

/** The appeal an entry is on (`appeal:<id>:…`), or the appeal of the notice of appeal it names; `null` when neither says. */
function appealIdOf(t: TrackerCore, at: Provenance): string | null {
  return APPEAL_ID.exec(at.entry)?.[1] ?? noticeFor(t, at)?.appeal ?? null;
}

/** Whether the decision reported by `entry` and the act at `at` are of the same appeal (when either does not say: yes). */
function sameAppealAs(t: TrackerCore, entry: string, at: Provenance): boolean {
  const other = APPEAL_ID.exec(entry)?.[1] ?? null;
  const here = appealIdOf(t, at);
  return other === null || here === null || other === here;
}

/** The appeal is over (its mandate issued, or it was dismissed): a decision vacated by rehearing is no longer news. */
function closeRehearings(t: TrackerCore): void {
  for (const x of [...t.state.injunctions.values(), ...t.state.stays.values()])
    if (x.reheard) {
      touch(t, x);
      x.reheard = null;
    }
}

/** An injunction's history since its last decision vacated by rehearing (all of it when none was). */
function sinceRehearing(i: TrackedInjunction): TrackedInjunction['history'] {
  const at = i.history.findLastIndex((h) => h.action === 'decision_vacated_on_rehearing');
  return at < 0 ? i.history : i.history.slice(at + 1);
}

/**
 * Rehearing granted (en banc or by the panel), or the panel's opinion withdrawn: the court of
 * appeals' decision of this appeal no longer stands. A decision waiting for the mandate is
 * dropped — the injunction (or stay) is as it was, in force or on hold, until the appeal is
 * decided again; a decision that changed nothing (an affirmance) no longer stands either. Told
 * once, with what stays as it was.
 */
function rehearAppeal(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'rehearing' }>,
  at: Provenance,
): TrackerEvent[] {
  const ofThisAppeal = (entry: string) => sameAppealAs(t, entry, at);
  const names: string[] = [];
  let decided: string | null = null;
  let held = 0;
  for (const i of t.state.injunctions.values()) {
    if (!standing(i)) continue;
    const last = sinceRehearing(i).findLast((h) => h.action.endsWith('_on_appeal') && ofThisAppeal(h.entry));
    const pending = i.onAppeal && ofThisAppeal(i.onAppeal.entry) ? i.onAppeal : null;
    if (!pending && !last) continue;
    touch(t, i);
    const day = pending?.decided ?? last?.date.slice(0, 10) ?? null;
    const outcome = OUTCOMES.find((o) => last?.action === `${o}_on_appeal`);
    const disposition = pending?.disposition ?? outcome ?? '';
    i.reheard = {
      decided: day,
      granted: at.dateFiled,
      enBanc: act.enBanc,
      entry: at.entry,
      ...(outcome ? { was: { outcome, inPart: / in part\b/.test(disposition), disposition } } : {}),
    };
    if (pending) i.onAppeal = null;
    i.history.push({
      action: 'decision_vacated_on_rehearing',
      entry: at.entry,
      date: at.dateFiled,
      until: i.until,
    });
    names.push(injunctionOfDate(i));
    if (i.state === 'stayed') held++;
    decided ??= day;
  }
  const stays = rehearStays(t, at, ofThisAppeal, act.enBanc);
  names.push(...stays.names);
  decided ??= stays.decided;
  // Nothing of it was read: the rehearing is told as the court's act all the same (Doc. N is read).
  const onHold = names.length > 0 && held === names.length;
  const rehearing = act.enBanc ? 'rehearing en banc' : 'rehearing';
  return [
    {
      type: 'appeal.reheard',
      entry: at.entry,
      date: at.dateFiled,
      subject: null,
      message: `The court of appeals granted ${rehearing} on ${longDate(at.dateFiled)} and vacated its decision${decided ? ` of ${longDate(decided)}` : ''}: that decision no longer stands${
        names.length > 0
          ? `, and the ${list(names)} ${names.length > 1 ? 'stay' : 'stays'} ${onHold ? 'on hold, not in force,' : 'in force'} as ${names.length > 1 ? 'they were' : 'it was'} until the court decides the appeal again`
          : ''
      }`,
      data: {
        rulings: names,
        enBanc: act.enBanc,
        ...(decided ? { decided } : {}),
        ...(onHold ? { onHold: true } : {}),
      },
    },
  ];
}

const OUTCOMES = ['affirmed', 'reversed', 'vacated', 'remanded'] as const;

/**
 * The panel's decision reinstated (the en banc court equally divided, or rehearing vacated as
 * improvidently granted): the decision that rehearing wiped out stands again — recorded as that
 * decision, of its own day, waiting for the mandate when it changes the ruling — and told as
 * reinstated. Nothing of it was kept (no rehearing read): nothing to reinstate.
 */
function reinstateDecision(t: TrackerCore, at: Provenance): TrackerEvent[] {
  const reheard = [...t.state.injunctions.values()].find(
    (i) => standing(i) && i.reheard?.was && sameAppealAs(t, i.reheard.entry, at),
  )?.reheard;
  if (!reheard?.was) return [];
  const { outcome, inPart, disposition } = reheard.was;
  const decided = reheard.decided ?? at.dateFiled;
  const events = applyAppellate(t, { act: 'decision', outcome, inPart, disposition }, at);
  for (const e of events) {
    if (e.type !== 'appeal.decided') continue;
    e.message = `The court of appeals reinstated its decision of ${longDate(decided)}: ${e.message.replace(/^The court of appeals /, '')}`;
    e.data = { ...e.data, reinstated: decided };
  }
  // The reinstated decision is of its own day: the mandate carries it as decided then.
  for (const i of t.state.injunctions.values())
    if (i.onAppeal?.entry === at.entry) i.onAppeal = { ...i.onAppeal, decided };
  return events;
}

/**
 * The other docket's copy of a stay pending appeal already applied gives the day the court decided
 * (the Supreme Court's order of May 8, received and docketed May 9): the stay is dated by it.
 */
export function redateStayPendingAppeal(t: TrackerCore, entry: string, decided: string): void {
  for (const i of t.state.injunctions.values()) {
    const stay = i.stayedPendingAppeal;
    if (!stay || stay.entry !== entry || stay.since <= decided || decided < i.since) continue;
    touch(t, i);
    for (const h of i.history)
      if (
        h.entry === entry &&
        h.date === stay.since &&
        (h.action === 'stayed' || h.action === 'stayed_in_part')
      )
        h.date = decided;
    stay.since = decided;
  }
}

/** Whether a stay pending appeal waits for the appeal of `notice` (an unknown one: any appeal). */
function waitsFor(i: TrackedInjunction, notice: AppealTaken | null): boolean {
  const waits = i.stayedPendingAppeal?.notice ?? null;
  return waits === null || notice === null || waits === notice.entry;
}

/**
 * A stay pending appeal ends with the appeal (`why`: dismissed, or its mandate issued): the
 * injunction is in force again, whole — told once, dated by that act of the court of appeals
 * (`injunction.resumed`; its key is the record and the appeal's act, so the district clerk's copy
 * does not tell it again).
 */
function endStayPendingAppeal(
  t: TrackerCore,
  i: TrackedInjunction,
  at: Provenance,
  why: 'dismissed' | 'mandate' | 'certiorari' | 'administrative' | 'lifted',
  /** Who lifted it, when not the court whose stay it was (the Supreme Court vacating the court of appeals' stay). */
  liftedBy?: StayPendingAppeal['by'],
): TrackerEvent[] {
  const stay = i.stayedPendingAppeal;
  if (!stay) return [];
  touch(t, i);
  i.stayedPendingAppeal = null;
  if (i.state === 'stayed') i.state = 'in_force';
  // The stay ended while the appeal goes on (an administrative stay ended, a stay lifted): the duties
  // of the paragraphs it held are due again (the appeal's end resumes the others).
  if (why === 'administrative' || why === 'lifted') resumeHeldDuties(t, null, at, stay.entry);
  const fate = why === 'mandate' ? heldPartFate(i, stay, at.entry) : 'again';
  // The extension held by the stay comes back only if the appeal left it standing.
  if (stay.held && fate === 'again') i.until = stay.held.until;
  i.history.push({
    action: 'stay_pending_appeal_ended',
    entry: at.entry,
    date: at.dateFiled,
    until: i.until,
  });
  const name = injunctionOfDate(i);
  return [
    {
      type: 'injunction.resumed',
      entry: at.entry,
      date: at.dateFiled,
      subject: i.id,
      message: `${
        why === 'administrative'
          ? `${stay.by === 'supreme_court' ? 'The Supreme Court' : 'The court of appeals'} ended its administrative stay of ${longDate(stay.since)} on ${longDate(at.dateFiled)}`
          : liftedBy && liftedBy !== stay.by
            ? `The Supreme Court vacated the court of appeals' stay pending appeal of ${longDate(stay.since)} on ${longDate(at.dateFiled)}`
            : `${ENDED_BECAUSE[why](at.dateFiled, stay.by)}, so the stay pending appeal of ${longDate(stay.since)} has ended`
      }: ${
        fate === 'reversed' || fate === 'vacated'
          ? `the part stayed of the ${name}${stay.part ? ` (${stay.part})` : ''} was ${fate} on appeal and does not apply`
          : fate === 'decided'
            ? `the court of appeals' decision (${i.mandated?.disposition ?? 'decided'}) now says which part of the ${name} applies`
            : `the ${stay.inPart ? `part stayed of the ${name}` : name} applies again`
      }${stay.held && fate !== 'again' && i.until ? `; it runs until ${longDate(i.until)}` : ''}`,
      data: {
        since: i.since,
        resumedAfter: why,
        // The term it now runs to, when the stay held an extension (its end is news then).
        ...(stay.held ? { until: i.until } : {}),
        pendingAppeal: {
          by: liftedBy ?? stay.by,
          inPart: stay.inPart,
          ruling: name,
          ...(fate !== 'again' ? { heldPart: fate } : {}),
        },
      },
    },
  ];
}

/**
 * What becomes of the part a stay pending appeal held when the mandate issues: it applies again
 * (`again`) when the decision left it standing (affirmed, or it reversed other paragraphs); it is
 * gone (`reversed`) when the decision reversed or vacated that part (the paragraphs stayed are among
 * those it names, or the whole order stayed was reversed); `decided` when the decision changed the
 * order in part without saying which — the decision, not the stay, now says what applies.
 */
function heldPartFate(
  i: TrackedInjunction,
  stay: StayPendingAppeal,
  mandate: string,
): 'again' | 'reversed' | 'vacated' | 'decided' {
  const fate = heldPartOutcome(i, stay, mandate);
  // Thrown out by a vacatur (no reversal in the decision's words): said as what the court did.
  return fate === 'reversed' && !/\breversed\b/.test(i.mandated?.disposition ?? '') ? 'vacated' : fate;
}

function heldPartOutcome(
  i: TrackedInjunction,
  stay: StayPendingAppeal,
  mandate: string,
): 'again' | 'reversed' | 'decided' {
  // The decision this mandate carried (none: affirmed, nothing changed).
  const decision = i.mandated;
  if (!decision || decision.mandate !== mandate) return 'again';
  const inPart = / in part\b/.test(decision.disposition);
  if (!stay.inPart && !inPart) return 'reversed';
  const stayed = stay.part ? partParagraphs(stay.part) : [];
  if (decision.parts && stayed.length > 0)
    return stayed.every((p) => decision.parts!.includes(p))
      ? 'reversed'
      : stayed.some((p) => decision.parts!.includes(p))
        ? 'decided'
        : 'again';
  return 'decided';
}

/** Why a stay pending appeal ended, as the legal team's message says it. */
const ENDED_BECAUSE: Record<
  'dismissed' | 'mandate' | 'certiorari' | 'lifted',
  (day: string, by: StayPendingAppeal['by']) => string
> = {
  dismissed: (day) => `The appeal was dismissed on ${longDate(day)}`,
  certiorari: (day) => `The Supreme Court decided the petition for certiorari (${longDate(day)})`,
  mandate: (day) => `The court of appeals' mandate issued on ${longDate(day)}`,
  lifted: (day, by) =>
    `${by === 'supreme_court' ? 'The Supreme Court' : by === 'district' ? 'The district court' : 'The court of appeals'} lifted its stay on ${longDate(day)}`,
};

/**
 * The court's administrative stays end (its decision on the motion for a stay pending appeal, or
 * its words ending them); `all`: its stays pending appeal too (its words end "the stay").
 */
function endStaysOf(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'stay' }>,
  at: Provenance,
  all: boolean,
): TrackerEvent[] {
  const notice = noticeFor(t, at);
  const events: TrackerEvent[] = [];
  for (const i of t.state.injunctions.values()) {
    const stay = i.stayedPendingAppeal;
    if (!stay || stay.by !== (act.of ?? act.by) || i.state === 'vacated' || !waitsFor(i, notice)) continue;
    if (act.of) events.push(...endStayPendingAppeal(t, i, at, 'lifted', act.by));
    else if (stay.administrative) events.push(...endStayPendingAppeal(t, i, at, 'administrative'));
    else if (all) events.push(...endStayPendingAppeal(t, i, at, 'lifted'));
  }
  return events;
}

/** The court's words make what it stays a part of the relief: "the remainder of the preliminary injunction remains in effect". */
const RELIEF_IN_PART =
  /\b(?:remainder|rest|balance|remaining\s+(?:provisions|paragraphs|terms))\s+of\s+(?:the\s+)?(?:[\w'’,]+\s+){0,4}?(?:injunction|restraining\s+order|decree)\b/i;

/** "the District Court order modifying the preliminary injunction …": the order that changed an injunction. */
const CHANGING_ORDER =
  /\border\s+(modifying|amending|extending)\s+(?:the\s+)?(temporary\s+restraining\s+order|TRO|preliminary\s+injunction|permanent\s+injunction)/i;

/**
 * A stay pending appeal decided by the court of appeals (or the Supreme Court): granted, the
 * injunction it names (or the order the appeal is from) is stayed — in whole, it is not in force
 * until the appeal ends; in part, or an order that modified it, it stays in force with that part
 * stayed. Denied, nothing changes, and that is told.
 */
function stayPendingAppeal(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'stay' }>,
  at: Provenance,
): TrackerEvent[] {
  const words = { ...at, words: act.sentence };
  let targets: Decided[];
  let notice: string | null = null;
  const changing = CHANGING_ORDER.exec(act.sentence);
  if (changing) {
    const type = /restraining|TRO/i.test(changing[2]!)
      ? 'TRO'
      : /permanent/i.test(changing[2]!)
        ? 'permanent_injunction'
        : 'preliminary_injunction';
    const ofType = [...t.state.injunctions.values()].filter((i) => standing(i) && i.type === type);
    const i = ofType.length === 1 ? ofType[0]! : null;
    const change = i?.history.findLast((h) => h.action === 'modified' || h.action === 'extended');
    targets =
      i && change
        ? [
            {
              i,
              name: `order of ${longDate(change.date)} ${change.action === 'modified' ? 'modifying' : 'extending'} the ${injunctionOfDate(i)}`,
              changing: true,
              change,
            },
          ]
        : [];
    notice = change ? (t.state.appeals.find((a) => a.from.includes(change.entry))?.entry ?? null) : null;
  } else targets = decidedRulings(t, words);
  // The relief its words limit it to ("to the extent it vacates the memorandum"): only that relief
  // is stayed, whole; what it is denied as to ("denied as to the permanent injunction") is not.
  const reached = act.action === 'granted' && act.reach ? reachedBy(targets, act.reach) : null;
  if (reached) targets = reached;
  notice ??= noticeFor(t, at)?.entry ?? null;
  const court = act.by === 'supreme_court' ? 'The Supreme Court' : 'The court of appeals';
  // The order appealed from, when it is no tracked injunction (an order dissolving a postponement,
  // a judgment): what the court paused of it, on its notice of appeal.
  const appeal = noticeFor(t, at);
  // Numbered paragraphs of the order stayed ("Paragraphs 5 and 6 … are stayed"): the relief other
  // paragraphs grant stays as it is, and the duties those paragraphs set are on hold.
  const paragraphs = act.action === 'granted' && act.inPart && act.part ? partParagraphs(act.part) : [];
  // Relief granted in another paragraph of the order stays as it is ("… are stayed. The motion is
  // otherwise denied; the permanent injunction remains in effect") — unless the court's words make
  // the paragraphs stayed a part of that relief ("Paragraph 3 … is STAYED … insofar as it requires
  // reinstatement …; the remainder of the preliminary injunction remains in effect"): then it is
  // stayed in part.
  if (paragraphs.length > 0) {
    const own = targets.filter((d) => d.changing || !d.i.paragraph || paragraphs.includes(d.i.paragraph));
    targets = own.length > 0 || !RELIEF_IN_PART.test(at.words) ? own : targets;
  }
  // A paragraph stayed only in part ("… to the extent it requires restoration of vouchers terminated
  // before February 1"): what it requires of everyone else stays due.
  const held =
    paragraphs.length > 0 && !act.narrowed
      ? holdParagraphDuties(t, paragraphs, act.sentence, at, appeal, act.part!)
      : [];
  if (paragraphs.length > 0 && act.narrowed)
    partlyHoldParagraphDuties(t, paragraphs, act.sentence, at, appeal, act.part!);
  const heldNow = heldEvents(held, at, court.replace(/^The/, 'the'));
  const names = targets.map((d) => d.name);
  const paused = targets.length === 0 ? (appeal?.paused ?? null) : null;
  // Its own stay ended by its words: what it held applies again.
  if (act.action === 'lifted') {
    if (appeal && paused) appeal.paused = null;
    return endStaysOf(t, act, at, !/\badministrative\b/i.test(act.sentence));
  }
  // Only an administrative stay refused: nothing ends, the motion for a stay pending appeal is still to be decided.
  if (act.action === 'denied' && act.administrative)
    return [
      {
        type: 'appeal.stay_denied',
        entry: at.entry,
        date: at.dateFiled,
        subject: null,
        message: `${court} denied an administrative stay of ${names.length > 0 ? `the ${list(names)}` : 'the ruling appealed from'}: it stays in force while the court decides the motion for a stay pending appeal`,
        data: { rulings: names, by: act.by, administrative: true },
      },
    ];
  if (act.action === 'denied') {
    const ended = paused?.administrative === true;
    if (appeal && ended) appeal.paused = null;
    return [
      {
        type: 'appeal.stay_denied',
        entry: at.entry,
        date: at.dateFiled,
        subject: null,
        message: `${court} denied a stay pending appeal of ${names.length > 0 ? `the ${list(names)}` : 'the ruling appealed from'}${ended ? ', and its administrative stay of it ended' : ''}: it stays in force`,
        data: { rulings: names, by: act.by, ...(ended ? { administrativeEnded: true } : {}) },
      },
      // Its administrative stay lasted only while it considered the motion: it ends with the denial.
      ...endStaysOf(t, act, at, false),
    ];
  }
  // A stay of an order that is no tracked injunction: that order is paused, and said so — never as
  // a stay of something the case record holds.
  if (targets.length === 0) {
    if (appeal)
      appeal.paused = { since: at.dateFiled, administrative: act.administrative === true, by: act.by };
    // The order whose paragraphs' duties are on hold, by its day ("order of July 15, 2026").
    const order = held[0] ? `order of ${longDate(held[0].setBy.dateFiled)}` : null;
    return [
      {
        type: 'appeal.stay_granted',
        entry: at.entry,
        date: at.dateFiled,
        subject: null,
        // Stayed in part ("Paragraphs 4 and 5 … are stayed pending appeal"): that part, named; the rest in force.
        message: act.inPart
          ? `${court} stayed part of the ${order ?? 'ruling appealed from'}${act.part ? ` (${act.part})` : ''} ${act.administrative ? 'for now (an administrative stay) while it decides whether to stay it pending appeal' : 'pending appeal'}; the rest stays in force`
          : act.administrative
            ? `${court} stayed the ruling appealed from for now (an administrative stay) while it decides whether to stay it pending appeal`
            : `${court} stayed the ruling appealed from pending appeal`,
        data: {
          rulings: order ? [order] : [],
          by: act.by,
          ...(act.administrative ? { administrative: true } : {}),
          ...(act.inPart ? { inPart: true, ...(act.part ? { part: act.part } : {}) } : {}),
        },
      },
      ...heldNow,
    ];
  }
  const events: TrackerEvent[] = [...heldNow];
  // Its decision on the motion ends its administrative stay of what it does not stay now.
  for (const i of t.state.injunctions.values())
    if (
      i.stayedPendingAppeal?.administrative &&
      i.stayedPendingAppeal.by === act.by &&
      !act.administrative &&
      !targets.some((d) => d.i === i)
    )
      events.push(...endStayPendingAppeal(t, i, at, 'administrative'));
  const limitedTo = act.reach?.stayed.length ? act.reach.stayed : null;
  for (const d of targets) {
    const inPart = limitedTo ? false : act.inPart || d.changing;
    touch(t, d.i);
    // Dated by the court's own day when its words give it (an order received and docketed later).
    const since =
      act.decided && act.decided < at.dateFiled && act.decided >= d.i.since ? act.decided : at.dateFiled;
    // The same court's new decision on the stay replaces its earlier one (an administrative stay of
    // the whole, then the stay pending appeal granted only in part): the rest is in force again.
    const before = d.i.stayedPendingAppeal;
    if (inPart && d.i.state === 'stayed' && before && !before.inPart && before.by === act.by)
      d.i.state = 'in_force';
    const held = before?.held ?? holdsExtension(d, act);
    d.i.stayedPendingAppeal = {
      since,
      entry: at.entry,
      inPart,
      by: act.by,
      notice,
      ...(act.certiorari ? { certiorari: true } : {}),
      ...(act.administrative ? { administrative: true } : {}),
      ...(inPart && act.part ? { part: act.part } : {}),
      ...(held ? { held } : {}),
    };
    // The extension stayed: the relief runs to its term before it while the stay lasts.
    if (held) d.i.until = held.before;
    if (!inPart) d.i.state = 'stayed';
    d.i.history.push({
      action: inPart ? 'stayed_in_part' : 'stayed',
      entry: at.entry,
      date: since,
      until: d.i.until,
    });
    events.push({
      type: 'injunction.stayed',
      entry: at.entry,
      date: at.dateFiled,
      subject: d.i.id,
      message: act.administrative
        ? `${court} stayed ${inPart ? 'in part ' : ''}the ${d.name} for now (an administrative stay) while it decides whether to stay it pending appeal${inPart ? '; the rest stays in force' : ''}`
        : `${court} stayed ${inPart ? 'in part ' : ''}the ${d.name}${inPart && act.part ? ` (${act.part})` : ''} pending appeal${act.certiorari ? ' and any petition for a writ of certiorari' : ''}${inPart ? '; the rest stays in force' : ''}`,
      data: {
        since: d.i.since,
        pendingAppeal: {
          by: act.by,
          inPart,
          ruling: d.name,
          ...(act.certiorari ? { certiorari: true } : {}),
          ...(act.administrative ? { administrative: true } : {}),
        },
      },
    });
  }
  return events;
}

/**
 * The extension a stay reaches: the order appealed from extended the relief, and the stay is of
 * that whole order, or of the numbered paragraphs that include the one extending it ("Paragraphs 4
 * and 5 … are stayed", paragraph 5 extending the decree's term). `null` otherwise.
 */
function holdsExtension(
  d: Decided,
  act: Extract<AppellateAct, { act: 'stay' }>,
): { until: string | null; before: string | null } | null {
  const change = d.change;
  if (!d.changing || change?.action !== 'extended' || change.before === undefined) return null;
  if (d.i.until !== change.until) return null;
  const reaches =
    !act.inPart || (change.paragraph && act.part && partParagraphs(act.part).includes(change.paragraph));
  return reaches ? { until: change.until, before: change.before } : null;
}

/** "Paragraphs 4 (coercive fines) and 5 (…) are REVERSED": the numbered paragraphs a decision reversed or vacated. */
function changedParagraphs(words: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(
    /\b(?:[Pp]aragraphs?|PARAGRAPHS?)\s+((?:[^.;]|\.(?=\d))*?)\s+(?:is|are)\s+(?:hereby\s+)?(?:REVERSED|VACATED|reversed|vacated)\b/g,
  ))
    out.push(...paragraphNumbers(m[1]!.replace(/\([^)]*\)/g, ' ').replace(/\bof\b.*$/s, '')));
  return [...new Set(out)];
}

/** The kind of relief a record is, as a stay's words name it. */
function reliefKind(i: TrackedInjunction): ReliefKind {
  return i.type === 'set_aside' || i.type === 'declaratory_judgment' ? i.type : 'injunction';
}

/**
 * The rulings a stay reaches, by the kinds of relief its words name: those it is limited to
 * (stayed whole: that relief is what is stayed), else all but those it is denied as to.
 */
function reachedBy(targets: Decided[], reach: { stayed: ReliefKind[]; kept: ReliefKind[] }): Decided[] {
  if (reach.stayed.length > 0)
    return targets.filter((d) => !d.changing && reach.stayed.includes(reliefKind(d.i)));
  return targets.filter((d) => !reach.kept.includes(reliefKind(d.i)));
}

/** Stays the district court granted until an appeal is decided ("stayed pending appeal"). */
const PENDING_APPEAL_WORDS =
  /\bpending\s+(?:the\s+)?(?:(?:resolution|disposition|outcome)\s+of\s+[^.;]{0,60}?)?appeal\b/i;
/** A stay that lasts while an appeal does: its words say "pending appeal", or its condition is the appeal's end ("until resolution of Defendants' appeal"). */
const pendingAppeal = (s: TrackedStay) =>
  PENDING_APPEAL_WORDS.test(s.grantedBy.words) ||
  /^(?:the\s+)?(?:resolution|disposition|outcome|conclusion|decision)\s+of\s+[^.;]{0,60}?\bappeals?\b/i.test(
    s.until ?? '',
  );

/**
 * The appeal is dismissed: it ends. A decision of it still waiting for the mandate never takes
 * effect; what was stayed pending it is no longer stayed; the order appealed from stands.
 */
function dismissAppeal(t: TrackerCore, at: Provenance): TrackerEvent[] {
  const notice = noticeFor(t, at);
  if (notice?.ended) return [];
  // The appeal is from its notice's orders, whether or not they still stand (an injunction
  // superseded while the appeal went on: "dismissed as moot").
  const known = notice && notice.from.length > 0 ? appealedRulings(t, notice.from) : [];
  const rulings = decidedRulings(t, at, true, known.length > 0).map((d) => d.name);
  if (known.length > 0 && rulings.length === 0) rulings.push(...known.map(injunctionOfDate));
  if (notice) notice.ended = at.dateFiled;
  const id = APPEAL_ID.exec(at.entry)?.[1];
  const ofThisAppeal = (entry: string) =>
    !id || entry.startsWith(`appeal:${id}:`) || !entry.startsWith('appeal:');
  const events: TrackerEvent[] = [];
  let stayEnded = false;
  for (const i of t.state.injunctions.values()) {
    if (!standing(i)) continue;
    if (i.onAppeal && ofThisAppeal(i.onAppeal.entry)) {
      touch(t, i);
      i.onAppeal = null;
      i.history.push({ action: 'appeal_dismissed', entry: at.entry, date: at.dateFiled, until: i.until });
    }
    if (i.stayedPendingAppeal && waitsFor(i, notice)) {
      events.push(...endStayPendingAppeal(t, i, at, 'dismissed'));
      stayEnded = true;
    }
  }
  dropStayDecisions(t, at, ofThisAppeal);
  closeRehearings(t);
  // The paragraphs of the order it stayed apply again: their duties are due again.
  if (resumeHeldDuties(t, notice?.entry ?? null, at) > 0) stayEnded = true;
  for (const s of t.state.stays.values()) {
    if (s.state !== 'in_force' || !pendingAppeal(s)) continue;
    stayEnded = true;
    events.push(
      stayLifted(
        t,
        s,
        at,
        `Stay${s.what ? ` of ${s.what}` : ''} pending appeal ended: the court of appeals dismissed the appeal on ${longDate(at.dateFiled)}`,
        { appealDismissed: at.dateFiled },
      ),
    );
  }
  events.unshift({
    type: 'appeal.dismissed',
    entry: at.entry,
    date: at.dateFiled,
    subject: null,
    message: `The court of appeals dismissed the appeal${rulings.length > 0 ? ` from the ${list(rulings)}` : ''}: the appeal ends and the district court's order stands${stayEnded ? '; what was stayed pending the appeal is no longer stayed' : ''}`,
    data: { rulings, stayEnded },
  });
  return events;
}

/**
 * The mandate is recalled: the decision it made take effect is undone until the mandate issues
 * again — an injunction it vacated is in force again (with what its order required), one it
 * modified is as it was, each with its decision waiting for the mandate again.
 */
function recallMandate(t: TrackerCore, at: Provenance): TrackerEvent[] {
  const names: string[] = [];
  let decided: string | null = null;
  for (const i of t.state.injunctions.values()) {
    const m = i.mandated;
    if (!m) continue;
    touch(t, i);
    i.mandated = null;
    i.onAppeal = { action: m.action, decided: m.decided, entry: m.entry, disposition: m.disposition };
    if (i.state === 'vacated') {
      i.state = 'in_force';
      // Its last day is again the one it had before the mandate ended it.
      const ended = i.history.findLastIndex((h) => h.byMandate && h.entry === m.mandate);
      if (ended > 0) i.until = i.history[ended - 1]!.until;
      for (const d of deadlinesSetBy(t, i.grantedBy.entry)) {
        const last = d.history.at(-1);
        if (d.state !== 'vacated' || last?.change !== 'vacated' || last.entry !== m.mandate) continue;
        touch(t, d);
        d.state = 'open';
        d.history.push({
          change: 'reinstated',
          entry: at.entry,
          date: at.dateFiled,
          due: d.due,
          previousDue: null,
        });
        // What fell due while the mandate had ended the duty was not owed then: passed, never missing.
        if (d.recurrence) {
          extendOccurrences(t, d, at.dateFiled);
          for (const o of d.recurrence.occurrences)
            if (o.state === 'open' && o.due < at.dateFiled) o.state = 'passed';
          syncNextDue(d);
        }
      }
    }
    i.history.push({ action: 'mandate_recalled', entry: at.entry, date: at.dateFiled, until: i.until });
    names.push(injunctionOfDate(i));
    decided = m.decided;
  }
  const stays = recallStays(t, at);
  names.push(...stays.names);
  decided ??= stays.decided;
  return [
    {
      type: 'appeal.recalled',
      entry: at.entry,
      date: at.dateFiled,
      subject: null,
      message: `The court of appeals recalled its mandate${
        names.length > 0 && decided
          ? `: its decision of ${longDate(decided)} on the ${list(names)} no longer takes effect until the mandate issues again`
          : ''
      }`,
      data: { rulings: names, ...(decided ? { decided } : {}), pendingMandate: names.length > 0 },
    },
  ];
}
