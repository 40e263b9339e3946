/** Stays: granted, expanded, extended, lifted, superseded, denied. */
import { computeDeadline } from '../calendar.ts';
import type { DeadlineFinding, StayFinding } from '../types.ts';
import type { Provenance, TrackedStay, TrackerCore, TrackerEvent } from './model.ts';
import { longDate } from './words.ts';

export function applyStay(
  t: TrackerCore,
  f: StayFinding,
  at: Provenance,
  supersededNow: TrackedStay[],
): TrackerEvent[] {
  const ev = (
    type: string,
    s: TrackedStay | null,
    message: string,
    data?: Record<string, unknown>,
  ): TrackerEvent => ({
    type,
    entry: at.entry,
    date: at.dateFiled,
    subject: s?.id ?? null,
    message,
    ...(data ? { data } : {}),
  });
  const expires = f.expires ?? stayExpiryFromPeriod(t, f);
  const current = currentStay(t);
  const push = (s: TrackedStay, action: string, previousExpires: string | null) =>
    s.history.push({
      action,
      entry: at.entry,
      date: at.dateFiled,
      expires: s.expires,
      previousExpires,
      what: s.what,
    });
  switch (f.action) {
    case 'granted': {
      const s: TrackedStay = {
        id: `s${++t.state.seq}`,
        what: f.what,
        state: 'in_force',
        since: at.dateFiled,
        expires,
        until: f.until,
        grantedBy: at,
        history: [],
        supersededBy: null,
      };
      t.state.stays.set(s.id, s);
      push(s, 'granted', null);
      return [
        ev('stay.granted', s, `Stay${s.what ? ` of ${s.what}` : ''} granted${describeStayEnd(s)}`, {
          expires: s.expires,
          until: s.until,
        }),
      ];
    }
    case 'scope_expanded': {
      if (!current) return applyStay(t, { ...f, action: 'granted' }, at, supersededNow);
      const events: TrackerEvent[] = [];
      const previousWhat = current.what;
      if (f.what) current.what = f.what;
      push(current, 'scope_expanded', current.expires);
      events.push(
        ev(
          'stay.scope_expanded',
          current,
          `Stay expanded${f.what ? ` to ${f.what}` : ''}; ${current.expires ? `still expires ${longDate(current.expires)}` : 'no end date'}`,
          { previousWhat, expires: current.expires },
        ),
      );
      if (expires && expires !== current.expires) {
        const previousExpires = current.expires;
        current.expires = expires;
        push(current, 'extended', previousExpires);
        events.push(
          ev(
            'stay.extended',
            current,
            `Stay now expires ${longDate(expires)}${previousExpires ? ` (was ${longDate(previousExpires)})` : ''}`,
            { expires, previousExpires },
          ),
        );
      }
      return events;
    }
    case 'extended': {
      const s = current ?? latestStay(t);
      if (!s) return applyStay(t, { ...f, action: 'granted' }, at, supersededNow);
      const previousExpires = s.expires;
      s.state = 'in_force';
      s.expires = expires;
      s.until = f.until;
      if (f.what && !s.what) s.what = f.what;
      push(s, 'extended', previousExpires);
      return [
        ev(
          'stay.extended',
          s,
          `Stay extended${describeStayEnd(s)}${previousExpires ? ` (was until ${longDate(previousExpires)})` : ''}`,
          { expires: s.expires, until: s.until, previousExpires: f.previousExpires ?? previousExpires },
        ),
      ];
    }
    case 'lifted':
    case 'superseded': {
      const s = current;
      if (!s) return [ev(`stay.${f.action}`, null, `Stay ${f.action}; no stay in force was tracked`)];
      s.state = f.action;
      push(s, f.action, s.expires);
      if (f.action === 'superseded') supersededNow.push(s);
      return [
        ev(
          `stay.${f.action}`,
          s,
          f.action === 'lifted'
            ? `Stay${s.what ? ` of ${s.what}` : ''} lifted`
            : `Stay${s.what ? ` of ${s.what}` : ''} superseded${f.what && f.what !== s.what ? ` (${f.what})` : ''}`,
        ),
      ];
    }
    case 'denied':
      return [ev('stay.denied', null, `Stay denied${f.what ? `: ${f.what}` : ''}`)];
  }
}

export function stayExpiryFromPeriod(t: TrackerCore, f: StayFinding): string | null {
  const period = (f as StayFinding & { period?: DeadlineFinding['period'] }).period;
  if (!period?.trigger || period.unit === 'hours') return null;
  return computeDeadline({ from: period.trigger, n: period.n, unit: period.unit }, t.calendar).due;
}

export function currentStay(t: TrackerCore): TrackedStay | null {
  const day = t.state.asOf;
  return (
    [...t.state.stays.values()]
      .reverse()
      .find((s) => s.state === 'in_force' && (!day || stayInForceOn(s, day))) ?? null
  );
}

export function latestStay(t: TrackerCore): TrackedStay | null {
  return (
    [...t.state.stays.values()].reverse().find((s) => s.state === 'in_force' || s.state === 'expired') ?? null
  );
}

export function stayInForceOn(s: TrackedStay, day: string): boolean {
  if (s.state !== 'in_force' && s.state !== 'expired') return false;
  return !s.expires || s.expires >= day;
}

export function describeStayEnd(s: TrackedStay): string {
  if (s.expires) return ` through ${longDate(s.expires)}`;
  if (s.until === 'further_order') return ' until further order';
  return s.until ? ` until ${s.until}` : '';
}
