/**
 * An injunction pending appeal (FRAP 8(a); FRCP 62(d) when the district court enters it): relief
 * that protects the parties it names — not the class — while the appeal goes on. The court of
 * appeals' own ("Appellees are ENJOINED from removing appellants Ana Ruiz and Tomas Ruiz from the
 * United States pending further order of this Court") lasts until it decides that appeal: its
 * decision, the appeal's dismissal or the mandate ends it, as does an order dissolving it.
 */
import type { AppellateAct } from '../appellate.ts';
import { endNow, reliefData } from './injunctions.ts';
import { touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type TrackedInjunction,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { andList, longDate } from './words.ts';

/** How an appeal ended for the injunction that lasted while it went on. */
export type AppealEnd = 'decided' | 'dismissed' | 'mandate';

/** The term an injunction pending appeal has: until the appeal is decided (tracker/words.ts reads it so). */
const UNTIL_DECIDED = 'the decision of the appeal';

const APPEAL_ID = /^appeal:(\d+):/;

/** The court of appeals granted (or denied) an injunction pending appeal on `at`, its docket's entry. */
export function injunctionPendingAppeal(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'injunction' }>,
  at: Provenance,
): TrackerEvent[] {
  if (act.action === 'denied')
    return [
      entryEvent(
        at,
        'injunction.denied',
        null,
        'The court of appeals denied the motion for an injunction pending appeal',
        {
          type: 'injunction_pending_appeal',
          byAppeals: true,
        },
      ),
    ];
  const appeal = APPEAL_ID.exec(at.entry)?.[1] ?? null;
  const parties = act.parties.length > 0 ? act.parties : ['the appellants'];
  // The same grant read again (an order and its amended copy): one injunction.
  const same = [...t.state.injunctions.values()].find(
    (x) =>
      x.type === 'injunction_pending_appeal' &&
      x.state === 'in_force' &&
      x.pendingAppealOf === appeal &&
      x.limitedTo?.parties.join('|') === parties.join('|'),
  );
  if (same) return [];
  const i: TrackedInjunction = {
    id: `i${++t.state.seq}`,
    type: 'injunction_pending_appeal',
    state: 'in_force',
    since: at.dateFiled,
    until: UNTIL_DECIDED,
    grantedBy: at,
    history: [{ action: 'granted', entry: at.entry, date: at.dateFiled, until: UNTIL_DECIDED }],
    limitedTo: { parties, since: at.dateFiled, entry: at.entry, fromGrant: true },
    pendingAppealOf: appeal ?? 'unknown',
  };
  t.state.injunctions.set(i.id, i);
  touch(t, i);
  return [
    entryEvent(
      at,
      'injunction.granted',
      i,
      `The court of appeals granted an injunction pending appeal for ${andList(parties)} only, until it decides the appeal`,
      { until: i.until, ...reliefData(i) },
    ),
  ];
}

/**
 * The appeal `appeal` ended on `at` (`null`: the appeal the act is about is not known — then any):
 * every injunction pending appeal that lasted while it went on ends that day.
 */
export function endInjunctionsPendingAppeal(
  t: TrackerCore,
  at: Provenance,
  how: AppealEnd,
  appeal: string | null,
): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const i of t.state.injunctions.values()) {
    if (i.type !== 'injunction_pending_appeal' || (i.state !== 'in_force' && i.state !== 'stayed')) continue;
    if (i.grantedBy.entry === at.entry || i.since > at.dateFiled) continue;
    const own = i.pendingAppealOf ?? null;
    if (own && appeal && own !== 'unknown' && own !== appeal) continue;
    touch(t, i);
    i.state = 'dissolved';
    endNow(i, at.dateFiled);
    i.history.push({ action: `appeal_${how}`, entry: at.entry, date: at.dateFiled, until: i.until });
    events.push(
      entryEvent(
        at,
        'injunction.dissolved',
        i,
        `Injunction pending appeal of ${longDate(i.since)} ended: the appeal was ${how === 'mandate' ? 'decided and the mandate issued' : how} on ${longDate(at.dateFiled)}`,
        { since: i.since, until: i.until, appealEnded: how, ...reliefData(i) },
      ),
    );
  }
  return events;
}
