/** Injunctions and TROs: granted, denied, extended, modified, stayed, converted, vacated, dissolved. */
import { orderReferences } from '../references.ts';
import type { InjunctionFinding, InjunctionType } from '../types.ts';
import type { Provenance, TrackedInjunction, TrackerCore, TrackerEvent } from './model.ts';
import { capitalize } from './words.ts';

export function applyInjunction(
  t: TrackerCore,
  f: InjunctionFinding,
  at: Provenance,
  events: TrackerEvent[],
  related: number[] = [],
): TrackedInjunction | null {
  const ev = (type: string, i: TrackedInjunction | null, message: string) =>
    events.push({ type, entry: at.entry, date: at.dateFiled, subject: i?.id ?? null, message });
  if (f.action === 'granted') {
    const i: TrackedInjunction = {
      id: `i${++t.state.seq}`,
      type: f.type,
      state: 'in_force',
      since: at.dateFiled,
      until: f.until,
      grantedBy: at,
      history: [{ action: 'granted', entry: at.entry, date: at.dateFiled, until: f.until }],
    };
    t.state.injunctions.set(i.id, i);
    ev(
      'injunction.granted',
      i,
      `${injunctionName(f.type)} granted${f.until === 'further_order' ? ' until further order' : f.until ? ` until ${f.until}` : ''}`,
    );
    return i;
  }
  if (f.action === 'denied') {
    ev('injunction.denied', null, `${injunctionName(f.type)} denied`);
    return null;
  }
  const standing = (x: TrackedInjunction) =>
    x.state !== 'vacated' && x.state !== 'dissolved' && x.state !== 'converted';
  const targets = namedInjunctions(t, f, at, related).filter(standing);
  if (targets.length === 0) {
    ev(`injunction.${f.action}`, null, `${injunctionName(f.type)} ${f.action}; no injunction was tracked`);
    return null;
  }
  for (const i of targets) {
    if (
      f.action === 'vacated' ||
      f.action === 'dissolved' ||
      f.action === 'stayed' ||
      f.action === 'converted'
    )
      i.state = f.action;
    if (f.action === 'extended' || f.action === 'modified') {
      if (f.until) i.until = f.until;
      if (i.state === 'expired') i.state = 'in_force';
    }
    i.history.push({ action: f.action, entry: at.entry, date: at.dateFiled, until: i.until });
    ev(
      `injunction.${f.action}`,
      i,
      f.action === 'converted'
        ? `${injunctionName(i.type)} converted into a preliminary injunction`
        : `${injunctionName(i.type)} ${f.action}`,
    );
    if (f.action !== 'vacated' && f.action !== 'dissolved') continue;
    // What the injunction's order required (reports every 14 days) falls with it.
    for (const d of t.state.deadlines.values()) {
      if (d.setBy.entry !== i.grantedBy.entry || d.state !== 'open' || d.review === 'dismissed') continue;
      d.state = 'vacated';
      d.history.push({
        change: 'vacated',
        entry: at.entry,
        date: at.dateFiled,
        due: d.due,
        previousDue: null,
      });
      events.push({
        type: 'deadline.vacated',
        entry: at.entry,
        date: at.dateFiled,
        subject: d.id,
        message: `${capitalize(d.what)} vacated with the ${injunctionName(i.type).toLowerCase()}`,
        data: { due: d.due },
      });
    }
  }
  return null;
}

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
  const named = all.filter(
    (x) =>
      x.grantedBy.entry !== at.entry &&
      (refs.numbers.includes(Number(x.grantedBy.entry)) || refs.dates.includes(x.grantedBy.dateFiled)),
  );
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

export function injunctionName(type: InjunctionType): string {
  return type === 'TRO'
    ? 'Temporary restraining order'
    : type === 'preliminary_injunction'
      ? 'Preliminary injunction'
      : 'Permanent injunction';
}
