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
import type { AppealTaken, Provenance, TrackedInjunction, TrackerCore, TrackerEvent } from './model.ts';
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
  const refs = orderReferences(at.words, [], at.dateFiled).numbers.map(String);
  return t.state.appeals.find((a) => refs.includes(a.entry)) ?? null;
}

/** A ruling a decision acts on: an injunction, or the order that modified or extended one. */
interface Decided {
  i: TrackedInjunction;
  /** "preliminary injunction of March 29, 2017", "order of July 13, 2017 modifying the preliminary injunction of March 29, 2017". */
  name: string;
  /** The order appealed from changed the injunction; it did not grant it. */
  changing: boolean;
}

/**
 * The rulings a decision is about: the injunctions it names by number or date; else the order
 * the appeal is from (its notice of appeal names it) — the injunction that order granted, or the
 * order that modified or extended one; else, when nothing says which, the one standing injunction.
 * An appeal from an order that is no injunction's is about none of them.
 */
function decidedRulings(t: TrackerCore, at: Provenance): Decided[] {
  const all = [...t.state.injunctions.values()].filter(standing);
  const whole = (i: TrackedInjunction): Decided => ({ i, name: injunctionOfDate(i), changing: false });
  const refs = orderReferences(at.words, [], at.dateFiled);
  const named = all.filter(
    (x) => refs.numbers.includes(Number(x.grantedBy.entry)) || refs.dates.includes(x.grantedBy.dateFiled),
  );
  if (named.length > 0) return named.map(whole);
  const notice = noticeFor(t, at);
  if (notice && notice.from.length > 0) {
    const from: Decided[] = [];
    for (const i of all) {
      if (notice.from.includes(i.grantedBy.entry)) {
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
        });
    }
    return from;
  }
  return all.length === 1 ? all.map(whole) : [];
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Apply what a court of appeals did (read by `readAppealsDocket` / `readDistrictCopy`). */
export function applyAppellate(t: TrackerCore, act: AppellateAct, at: Provenance): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  if (act.act === 'decision') {
    const decided = decidedRulings(t, at);
    const targets = decided.map((d) => d.i);
    const changes = act.outcome === 'vacated' || act.outcome === 'reversed';
    // Vacating an order that changed an injunction changes the injunction; it does not end it.
    const actionOn = (d: Decided) => (act.inPart || d.changing ? 'modified' : 'vacated');
    // The same decision told again (the district clerk's copy): nothing new.
    const freshRulings = decided.filter((d) => !(changes && d.i.onAppeal?.action === actionOn(d)));
    const fresh = freshRulings.map((d) => d.i);
    if (changes && targets.length > 0 && fresh.length === 0) return [];
    if (!changes && targets.some((i) => i.history.some((h) => h.action === `${act.outcome}_on_appeal`)))
      return [];
    for (const d of freshRulings) {
      const i = d.i;
      const action = actionOn(d);
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
    const names = freshRulings.map((d) => d.name);
    const what = names.length > 0 ? list(names) : 'the ruling appealed from';
    const verb = act.inPart ? `${act.outcome} in part` : act.outcome;
    const message =
      changes && names.length > 0 && act.inPart
        ? `The court of appeals decided on the ${what} on ${longDate(at.dateFiled)}: ${act.disposition}; the part ${act.outcome} takes effect when its mandate issues`
        : changes && names.length > 0
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
        affirmedInPart: /\baffirmed in part\b/.test(act.disposition),
        remanded: /\bremanded\b/.test(act.disposition),
      },
    });
    return events;
  }
  // The mandate: each decision waiting for it takes effect now.
  for (const i of t.state.injunctions.values()) if (i.onAppeal && standing(i)) takeEffect(t, i, at, events);
  return events;
}
