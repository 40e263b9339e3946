/**
 * What an order does to the people a case is about, told as events: the class (or a subclass)
 * decertified, a party found in contempt or the contempt purged — from a ruling or a minute entry
 * (`../court-acts.ts` reads the words). Each is one event per entry: the refresh tells it once.
 */
import {
  certification,
  contemptAct,
  decertification,
  type OrderWithdrawn,
  ordersWithdrawn,
  transferOf,
} from '../court-acts.ts';
import { injunctionOfDate } from './injunctions.ts';
import { touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type TrackedHearing,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { capitalize, longDate } from './words.ts';

/**
 * The words an order's class acts are read from: its docket text, and its own text (`documentText`)
 * when the docket text names a ruling on class certification ("ORDER THAT PLAINTIFFS' MOTION TO
 * CERTIFY CLASS (DOC. NO. 3) IS GRANTED AND …, ETC."): the order says there what it certified. An
 * order whose docket text does not speak of certification is not read for it — its text may recite
 * an earlier certification.
 */
export function classActWords(text: string, documentText: string | null | undefined): string {
  return documentText && /\bcertif(?:y|ies|ied|ying|ication)\b/i.test(text)
    ? `${text}\n${documentText}`
    : text;
}

/**
 * The court's acts in `text` (an entry of the court: `court`), after the entry's injunctions were
 * applied: a decertification carries the relief the same order kept for the named parties only
 * (the injunction's own change is then told with it, once). The class acts are read from
 * `classWords` (`classActWords`).
 */
export function applyCourtActs(
  t: TrackerCore,
  text: string,
  court: boolean,
  at: Provenance,
  events: TrackerEvent[],
  classWords = text,
): void {
  transferCase(t, text, court, at, events);
  if (!court) return;
  const decert = decertification(classWords);
  if (decert) {
    const limited: { ruling: string; parties: string[] }[] = [];
    for (const e of events) {
      const parties = e.entry === at.entry ? e.data?.limitedTo : undefined;
      const i = e.subject ? t.state.injunctions.get(e.subject) : undefined;
      if (!Array.isArray(parties) || !i) continue;
      limited.push({ ruling: injunctionOfDate(i), parties: parties as string[] });
      e.data = { ...e.data, withDecertification: true };
    }
    const what = decert.subclass ?? 'The class';
    events.push(
      entryEvent(at, 'class.decertified', null, `${what} decertified`, {
        subclass: decert.subclass,
        ...(limited.length > 0 ? { limited } : {}),
      }),
    );
  }
  const certified = decert ? null : certification(classWords);
  if (certified)
    events.push(
      entryEvent(
        at,
        'class.certified',
        null,
        `${certified.subclass ?? 'Class'} ${certified.provisional ? 'provisionally ' : ''}certified${certified.definition ? `: ${certified.definition}` : ''}`,
        {
          subclass: certified.subclass,
          definition: certified.definition,
          ...(certified.provisional ? { provisional: true } : {}),
        },
      ),
    );
  for (const o of ordersWithdrawn(text)) events.push(...withdrawOrder(t, o, at));
  const contempt = contemptAct(text);
  if (contempt)
    events.push(
      entryEvent(
        at,
        `contempt.${contempt.act}`,
        null,
        contempt.act === 'found'
          ? `${contempt.party ?? 'A party'} found in ${contempt.nature ? `${contempt.nature} ` : ''}contempt`
          : `${contempt.party ? `${contempt.party}: ` : ''}contempt purged`,
        { party: contempt.party, nature: contempt.nature },
      ),
    );
}

/**
 * An order taken back (`ordersWithdrawn`: stricken, withdrawn, vacated as entered in error): the
 * deadlines it set that are still open are no longer due, the hearings it set that are still
 * scheduled are off, a hearing it moved (and nothing moved since) is back at its day before — each
 * told once, with the reason ("the order that set it was stricken"). Taken back only "to the extent
 * it set a status conference": only the records the part names. What was already met or held stays.
 */
function withdrawOrder(t: TrackerCore, o: OrderWithdrawn, at: Provenance): TrackerEvent[] {
  const { entry, how } = o;
  const id = String(entry);
  const inPart = (label: string) => o.part === undefined || namesRecord(o.part, label);
  const because = `the order that set it (ECF No. ${entry}) was ${how}`;
  // The order's own day, from what it set (every record it set carries it).
  const set = [...t.state.deadlines.values(), ...t.state.hearings.values()].find((r) => r.setBy.entry === id);
  const withdrawnOrder = {
    entry,
    how,
    on: set?.setBy.dateFiled ?? null,
    ...(o.part ? { part: o.part } : {}),
  };
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.setBy.entry !== id || (d.state !== 'open' && d.state !== 'suspended') || !inPart(d.what)) continue;
    touch(t, d);
    d.state = 'vacated';
    d.history.push({ change: 'vacated', entry: at.entry, date: at.dateFiled, due: d.due, previousDue: null });
    events.push(
      entryEvent(at, 'deadline.vacated', d, `${capitalize(d.what)} no longer due: ${because}`, {
        due: d.due,
        withdrawnOrder,
      }),
    );
  }
  for (const h of t.state.hearings.values()) {
    if (h.state !== 'scheduled' || !inPart(h.type.replace(/_/g, ' '))) continue;
    if (h.setBy.entry !== id) {
      events.push(...moveUndone(t, h, o, at));
      continue;
    }
    touch(t, h);
    h.state = 'cancelled';
    h.history.push({ change: 'cancelled', entry: at.entry, date: h.date, time: h.time });
    events.push(
      entryEvent(
        at,
        'hearing.cancelled',
        h,
        `${capitalize(h.type.replace(/_/g, ' '))} cancelled: ${because}`,
        {
          date: h.date,
          time: h.time,
          withdrawnOrder,
        },
      ),
    );
  }
  return events;
}

/** A hearing the taken-back order moved, and nothing moved since: back at the day it had before. */
function moveUndone(t: TrackerCore, h: TrackedHearing, o: OrderWithdrawn, at: Provenance): TrackerEvent[] {
  const last = h.history.at(-1);
  const before = h.history.at(-2);
  if (!last || !before || last.change !== 'reset' || last.entry !== String(o.entry)) return [];
  touch(t, h);
  const previousDue = h.date;
  h.date = before.date;
  h.time = before.time;
  h.history.push({ change: 'reset', entry: at.entry, date: h.date, time: h.time });
  const when = h.date ? `${longDate(h.date)}${h.time ? ` at ${h.time}` : ''}` : 'a date to be set';
  return [
    entryEvent(
      at,
      'hearing.reset',
      h,
      `${capitalize(h.type.replace(/_/g, ' '))} back on ${when}: the order that moved it (ECF No. ${o.entry}) was ${o.how}`,
      { date: h.date, time: h.time, previousDue, withdrawnOrder: { entry: o.entry, how: o.how } },
    ),
  ];
}

/** Whether the part an order names ("a status conference") is this record ("telephonic status conference"). */
function namesRecord(part: string, label: string): boolean {
  const words = (w: string) =>
    w
      .toLowerCase()
      .split(/[^a-z]+/)
      // The part's day ("a status conference for January 9, 2029") names no other record.
      .filter(
        (x) =>
          x.length > 2 &&
          !/^(?:the|and|for|any|all|its|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
            x,
          ),
      );
  const have = new Set(words(label));
  const want = words(part);
  return want.length > 0 && want.every((w) => have.has(w));
}

/**
 * The case transferred to another court, or received from one: recorded on the case (the posture
 * says where it went and under which number) and told once — the clerk's later record of the same
 * transfer only adds the other court's number.
 */
function transferCase(
  t: TrackerCore,
  text: string,
  court: boolean,
  at: Provenance,
  events: TrackerEvent[],
): void {
  const found = transferOf(text, court);
  if (!found) return;
  const known = t.state.transfer;
  if (known && known.direction === found.direction) {
    if (!known.docketNumber && found.docketNumber) known.docketNumber = found.docketNumber;
    return;
  }
  t.state.transfer = {
    direction: found.direction,
    court: found.court,
    docketNumber: found.docketNumber,
    date: at.dateFiled,
    entry: at.entry,
  };
  events.push(
    entryEvent(
      at,
      `transfer.${found.direction}`,
      null,
      found.direction === 'out'
        ? `Case transferred to ${found.court}${found.docketNumber ? ` (No. ${found.docketNumber} there)` : ''}: orders entered here stay in force until that court acts`
        : `Case transferred here from ${found.court}${found.docketNumber ? ` (No. ${found.docketNumber} there)` : ''}`,
      { court: found.court, docketNumber: found.docketNumber },
    ),
  );
}
