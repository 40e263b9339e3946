/**
 * What an order does to the people a case is about, told as events: the class (or a subclass)
 * decertified, a party found in contempt or the contempt purged — from a ruling or a minute entry
 * (`../court-acts.ts` reads the words). Each is one event per entry: the refresh tells it once.
 */
import { certification, contemptAct, decertification, ordersWithdrawn, transferOf } from '../court-acts.ts';
import { injunctionOfDate } from './injunctions.ts';
import { touch } from './lookup.ts';
import { entryEvent, type Provenance, type TrackerCore, type TrackerEvent } from './model.ts';
import { capitalize } from './words.ts';

/**
 * The court's acts in `text` (an entry of the court: `court`), after the entry's injunctions were
 * applied: a decertification carries the relief the same order kept for the named parties only
 * (the injunction's own change is then told with it, once).
 */
export function applyCourtActs(
  t: TrackerCore,
  text: string,
  court: boolean,
  at: Provenance,
  events: TrackerEvent[],
): void {
  transferCase(t, text, court, at, events);
  if (!court) return;
  const decert = decertification(text);
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
  const certified = decert ? null : certification(text);
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
  for (const o of ordersWithdrawn(text)) events.push(...withdrawOrder(t, o.entry, o.how, at));
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
 * An order taken back as a whole (`ordersWithdrawn`: stricken, withdrawn, vacated as entered in
 * error): the deadlines it set that are still open are no longer due, the hearings it set that are
 * still scheduled are off — each told once, with the reason ("the order that set it was stricken").
 * What was already met or held stays as it was.
 */
function withdrawOrder(
  t: TrackerCore,
  entry: number,
  how: 'stricken' | 'withdrawn' | 'vacated',
  at: Provenance,
): TrackerEvent[] {
  const id = String(entry);
  const because = `the order that set it (ECF No. ${entry}) was ${how}`;
  // The order's own day, from what it set (every record it set carries it).
  const set = [...t.state.deadlines.values(), ...t.state.hearings.values()].find((r) => r.setBy.entry === id);
  const withdrawnOrder = { entry, how, on: set?.setBy.dateFiled ?? null };
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.setBy.entry !== id || (d.state !== 'open' && d.state !== 'suspended')) continue;
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
    if (h.setBy.entry !== id || h.state !== 'scheduled') continue;
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
