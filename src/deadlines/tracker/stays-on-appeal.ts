/**
 * A court of appeals' decision on an order about a stay — one that granted, extended or lifted it —
 * and its mandate (FRAP 41(c), as for injunctions in tracker/appeals.ts): the decision is recorded
 * on the stay and told at once ("The court of appeals vacated the order of March 4, 2019 granting
 * the stay of removal on October 1, 2019; it stays in force until its mandate issues"), and the
 * stay stays as it is; the mandate then changes it, once — a grant thrown out ends the stay, an
 * extension thrown out puts its last day back, a lifting thrown out puts the stay back in force.
 * A recalled mandate undoes that; a dismissed appeal leaves the stay as it is.
 */
import type { AppellateAct } from '../appellate.ts';
import type { OrderReferences } from '../references.ts';
import type { StayFinding } from '../types.ts';
import { touch } from './lookup.ts';
import type {
  AppealTaken,
  Provenance,
  StayOnAppeal,
  TrackedStay,
  TrackerCore,
  TrackerEvent,
} from './model.ts';
import { currentStay, describeStayEnd, endsOn, plannedEnd, stayParty } from './stays.ts';
import { longDate } from './words.ts';

/** An order about a stay that a decision acts on. */
export interface StayDecided {
  s: TrackedStay;
  /** "order of March 4, 2019 granting the stay of removal". */
  name: string;
  order: StayOnAppeal['order'];
  orderEntry: string;
  expiresBefore: string | null;
}

/** The orders about `s` an appeal can be from, oldest first: its grant, its extensions, its lifting. */
function ordersAbout(s: TrackedStay): Omit<StayDecided, 'name'>[] {
  const out: Omit<StayDecided, 'name'>[] = [];
  for (const h of s.history) {
    const order =
      h.action === 'granted' || h.action === 'renewed'
        ? 'granted'
        : h.action === 'extended' || h.action === 'scope_expanded'
          ? 'extended'
          : h.action === 'lifted' && !h.byMandate && !h.ended
            ? 'lifted'
            : null;
    if (order) out.push({ s, order, orderEntry: h.entry, expiresBefore: h.previousExpires });
  }
  return out;
}

/** Whether the order can still be acted on: a stay in force for its grant or extension, the stay it lifted still lifted. */
function standingOrder(o: Omit<StayDecided, 'name'>): boolean {
  if (o.order === 'lifted')
    return (
      o.s.state === 'lifted' && o.s.history.findLast((h) => h.action === 'lifted')?.entry === o.orderEntry
    );
  return o.s.state === 'in_force';
}

function named(o: Omit<StayDecided, 'name'>, date: string): StayDecided {
  const verb = o.order === 'granted' ? 'granting' : o.order === 'extended' ? 'extending' : 'lifting';
  return { ...o, name: `order of ${longDate(date)} ${verb} the stay${o.s.what ? ` of ${o.s.what}` : ''}` };
}

/**
 * The orders about a stay a decision is about: those it names by number or date; else, when it
 * names no ruling at all (`namedOther` false), the orders its appeal is from (the notice of appeal
 * names them). Never a guess: an appeal from no stay's order is about none.
 */
export function decidedStays(
  t: TrackerCore,
  refs: OrderReferences,
  notice: AppealTaken | null,
  namedOther: boolean,
): StayDecided[] {
  const dateOf = (entry: string, s: TrackedStay) =>
    s.history.find((h) => h.entry === entry)?.date.slice(0, 10) ?? s.since;
  const orders = [...t.state.stays.values()].flatMap(ordersAbout).filter(standingOrder);
  const byName = orders.filter(
    (o) => refs.numbers.includes(Number(o.orderEntry)) || refs.dates.includes(dateOf(o.orderEntry, o.s)),
  );
  if (byName.length > 0) return byName.map((o) => named(o, dateOf(o.orderEntry, o.s)));
  if (namedOther || !notice) return [];
  return orders
    .filter((o) => notice.from.includes(o.orderEntry))
    .map((o) => named(o, dateOf(o.orderEntry, o.s)));
}

/** Record a decision that changes the order on its stay (vacated or reversed, in whole or in part): it waits for the mandate. */
export function decideStay(
  t: TrackerCore,
  d: StayDecided,
  act: Extract<AppellateAct, { act: 'decision' }>,
  at: Provenance,
): boolean {
  const changes = act.outcome === 'vacated' || act.outcome === 'reversed';
  const action = act.inPart || d.order === 'extended' ? 'modified' : 'vacated';
  // The same decision told again (the other docket's copy): nothing new.
  if (changes && d.s.onAppeal?.action === action && d.s.onAppeal.orderEntry === d.orderEntry) return false;
  if (!changes && d.s.history.some((h) => h.action === `${act.outcome}_on_appeal`)) return false;
  touch(t, d.s);
  d.s.reheard = null;
  if (changes)
    d.s.onAppeal = {
      action,
      decided: at.dateFiled,
      entry: at.entry,
      disposition: act.disposition,
      order: d.order,
      orderEntry: d.orderEntry,
      expiresBefore: d.expiresBefore,
      inPart: act.inPart,
    };
  d.s.history.push({
    action: `${act.outcome}_on_appeal`,
    entry: at.entry,
    date: at.dateFiled,
    expires: d.s.expires,
    previousExpires: d.s.expires,
    what: d.s.what,
  });
  return true;
}

/**
 * The mandate issued (or the district court carried it out): the decision waiting on `s` takes
 * effect, once — its key is the decision, not the entry that reports it.
 */
export function stayTakesEffect(
  t: TrackerCore,
  s: TrackedStay,
  at: Provenance,
  events: TrackerEvent[],
): void {
  const pending = s.onAppeal;
  if (!pending) return;
  touch(t, s);
  s.onAppeal = null;
  s.mandated = { ...pending, mandate: at.entry, was: { state: s.state, expires: s.expires } };
  const day = at.dateFiled;
  const data = { byMandate: true, decided: pending.decided, disposition: pending.disposition };
  const stay = `Stay${s.what ? ` of ${s.what}` : ''}`;
  const takes = `the court of appeals' mandate issued, and its decision of ${longDate(pending.decided)} (${pending.disposition}) takes effect`;
  const record = (action: string, previousExpires: string | null) =>
    s.history.push({
      action,
      entry: at.entry,
      date: day,
      expires: s.expires,
      previousExpires,
      what: s.what,
      byMandate: true,
    });
  const open = (expires: string | null) => expires === null || expires >= day;
  if (pending.order === 'lifted') {
    // The lifting thrown out: the stay is back, for what is left of it.
    if (pending.action !== 'vacated' || s.state !== 'lifted' || !open(plannedEnd(s))) {
      record('modified', s.expires);
      return;
    }
    s.state = 'in_force';
    s.expires = plannedEnd(s);
    record('reinstated', s.expires);
    events.push({
      type: 'stay.renewed',
      entry: at.entry,
      date: day,
      subject: s.id,
      message: `${stay} in force again${describeStayEnd(s)}: ${takes}, and the order lifting it is vacated`,
      data: { ...data, expires: s.expires, until: s.until },
    });
    return;
  }
  if (s.state !== 'in_force') {
    // Ended meanwhile (expired, lifted by the district court): nothing left to change.
    record(pending.action, s.expires);
    return;
  }
  const previousExpires = s.expires;
  // The extension thrown out: the stay's last day is the one before it.
  if (pending.order === 'extended' && !pending.inPart && pending.expiresBefore !== previousExpires)
    s.expires = pending.expiresBefore;
  if (pending.action === 'vacated' || !open(s.expires)) {
    s.state = 'lifted';
    endsOn(s, day);
    record('vacated', previousExpires);
    events.push({
      type: 'stay.lifted',
      entry: at.entry,
      date: day,
      subject: s.id,
      message: `${stay} ended: ${takes}`,
      data,
    });
    return;
  }
  record('modified', previousExpires);
  events.push({
    type: 'stay.extended',
    entry: at.entry,
    date: day,
    subject: s.id,
    message: `${stay} changed${describeStayEnd(s)}: ${takes}`,
    data: { ...data, modified: true, expires: s.expires, until: s.until, previousExpires },
  });
}

/**
 * An appellate act on a decision about `s` that leaves its end where it is (the mandate recalled,
 * the decision vacated on rehearing), kept in its history; the name of the order the decision was about.
 */
function noteAppellateAct(
  s: TrackedStay,
  action: 'mandate_recalled' | 'decision_vacated_on_rehearing',
  at: Provenance,
  decision: Pick<StayDecided, 'order' | 'orderEntry' | 'expiresBefore'>,
): string {
  s.history.push({
    action,
    entry: at.entry,
    date: at.dateFiled,
    expires: s.expires,
    previousExpires: s.expires,
    what: s.what,
  });
  const day = s.history.find((h) => h.entry === decision.orderEntry)?.date.slice(0, 10) ?? s.since;
  return named(
    { s, order: decision.order, orderEntry: decision.orderEntry, expiresBefore: decision.expiresBefore },
    day,
  ).name;
}

/** The mandate recalled: the stays it changed are as they were, each decision waiting for the mandate again. */
export function recallStays(t: TrackerCore, at: Provenance): { names: string[]; decided: string | null } {
  const names: string[] = [];
  let decided: string | null = null;
  for (const s of t.state.stays.values()) {
    const m = s.mandated;
    if (!m) continue;
    touch(t, s);
    s.mandated = null;
    const { mandate: _mandate, was, ...pending } = m;
    s.onAppeal = pending;
    s.state = was.state;
    s.expires = was.expires;
    names.push(noteAppellateAct(s, 'mandate_recalled', at, m));
    decided = m.decided;
  }
  return { names, decided };
}

/**
 * Rehearing granted: the decisions of this appeal waiting on stays no longer stand (nothing
 * changes with the mandate unless the appeal is decided again). The orders they were about, by name.
 */
export function rehearStays(
  t: TrackerCore,
  at: Provenance,
  ofThisAppeal: (entry: string) => boolean,
  enBanc: boolean,
): { names: string[]; decided: string | null } {
  const names: string[] = [];
  let decided: string | null = null;
  for (const s of t.state.stays.values()) {
    const pending = s.onAppeal;
    if (!pending || !ofThisAppeal(pending.entry)) continue;
    touch(t, s);
    s.onAppeal = null;
    s.reheard = { decided: pending.decided, granted: at.dateFiled, enBanc, entry: at.entry };
    names.push(noteAppellateAct(s, 'decision_vacated_on_rehearing', at, pending));
    decided ??= pending.decided;
  }
  return { names, decided };
}

/** The appeal dismissed: its decisions on stays never take effect. */
export function dropStayDecisions(
  t: TrackerCore,
  at: Provenance,
  ofThisAppeal: (entry: string) => boolean,
): void {
  for (const s of t.state.stays.values()) {
    if (!s.onAppeal || !ofThisAppeal(s.onAppeal.entry)) continue;
    touch(t, s);
    s.onAppeal = null;
    s.history.push({
      action: 'appeal_dismissed',
      entry: at.entry,
      date: at.dateFiled,
      expires: s.expires,
      previousExpires: s.expires,
      what: s.what,
    });
  }
}

/**
 * A district order lifting a stay "in accordance with the mandate" (or "in light of the mandate"):
 * the decision waiting on the stay takes effect — the same change as the mandate's, told once
 * whichever comes first — or, when the mandate already ended it, the order is recorded and not told
 * again. `null` for any other order: it acts by its own words.
 */
export function carryOutStayMandate(t: TrackerCore, f: StayFinding, at: Provenance): TrackerEvent[] | null {
  if (f.action !== 'lifted' || !/\bmandate\b/i.test(at.words)) return null;
  const party = stayParty(f.what) ?? undefined;
  const s = currentStay(t, party);
  if (s?.onAppeal && s.onAppeal.order !== 'lifted' && s.onAppeal.action === 'vacated') {
    const events: TrackerEvent[] = [];
    stayTakesEffect(t, s, at, events);
    return events;
  }
  if (s) return null;
  const ended = [...t.state.stays.values()].findLast((x) => x.state === 'lifted' && x.mandated);
  if (!ended) return null;
  touch(t, ended);
  ended.history.push({
    action: 'lifted',
    entry: at.entry,
    date: at.dateFiled,
    expires: ended.expires,
    previousExpires: ended.expires,
    what: ended.what,
    byMandate: true,
  });
  return [];
}
