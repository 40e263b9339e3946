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
import { orderReferences } from '../references.ts';
import { injunctionOfDate, takeEffect } from './injunctions.ts';
import { touch } from './lookup.ts';
import type { Provenance, TrackedInjunction, TrackerCore, TrackerEvent } from './model.ts';
import { longDate } from './words.ts';

const standing = (x: TrackedInjunction) =>
  x.state === 'in_force' || x.state === 'stayed' || x.state === 'expired';

/** The injunctions a decision is about: those it names by number or date, else the one standing. */
function decidedInjunctions(t: TrackerCore, at: Provenance): TrackedInjunction[] {
  const all = [...t.state.injunctions.values()].filter(standing);
  const refs = orderReferences(at.words, [], at.dateFiled);
  const named = all.filter(
    (x) => refs.numbers.includes(Number(x.grantedBy.entry)) || refs.dates.includes(x.grantedBy.dateFiled),
  );
  if (named.length > 0) return named;
  return all.length === 1 ? all : [];
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Apply what a court of appeals did (read by `readAppealsDocket` / `readDistrictCopy`). */
export function applyAppellate(t: TrackerCore, act: AppellateAct, at: Provenance): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  if (act.act === 'decision') {
    const targets = decidedInjunctions(t, at);
    const changes = act.outcome === 'vacated' || act.outcome === 'reversed';
    const action = act.inPart ? 'modified' : 'vacated';
    // The same decision told again (the district clerk's copy): nothing new.
    const fresh = targets.filter((i) => !(changes && i.onAppeal?.action === action));
    if (changes && targets.length > 0 && fresh.length === 0) return [];
    if (!changes && targets.some((i) => i.history.some((h) => h.action === `${act.outcome}_on_appeal`)))
      return [];
    for (const i of fresh) {
      touch(t, i);
      if (changes)
        i.onAppeal = { action, decided: at.dateFiled, entry: at.entry, disposition: act.disposition };
      i.history.push({
        action: `${act.outcome}_on_appeal`,
        entry: at.entry,
        date: at.dateFiled,
        until: i.until,
      });
    }
    const names = fresh.map(injunctionOfDate);
    const what = names.length > 0 ? list(names) : 'the ruling appealed from';
    const verb = act.inPart ? `${act.outcome} in part` : act.outcome;
    const message =
      changes && names.length > 0
        ? `The court of appeals ${verb} the ${what} on ${longDate(at.dateFiled)}; ${names.length > 1 ? 'they stay' : 'it stays'} in force until its mandate issues`
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
        rulings: names,
      },
    });
    return events;
  }
  // The mandate: each decision waiting for it takes effect now.
  for (const i of t.state.injunctions.values()) if (i.onAppeal && standing(i)) takeEffect(t, i, at, events);
  return events;
}
