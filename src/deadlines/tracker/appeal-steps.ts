/**
 * The court of appeals' steps after its decision that change nothing in force yet, but say when its
 * decision will take effect (docs/deadlines.md, "After the decision"):
 * - rehearing denied: the decision stands; the mandate issues 7 days after the order denying a
 *   timely petition (FRAP 41(b)), unless the court stays it;
 * - the mandate stayed (FRAP 41(d)), usually while a petition for certiorari is filed and decided:
 *   the decision does not take effect yet; what is in force below stays as it is;
 * - a petition for a writ of certiorari filed: the decision is not final yet.
 * Each is recorded on the appeal (`AppealTaken`, found by tracker/appeals.ts) and told once,
 * whichever docket reports it first.
 */
import type { AppellateAct } from '../appellate.ts';
import { computeDeadline } from '../calendar.ts';
import type { AppealTaken, Provenance, TrackerCore, TrackerEvent } from './model.ts';
import { longDate } from './words.ts';

/** The day `n` days after `from`, rolled forward past a weekend or legal holiday (FRAP 26(a)(1)(C)). */
function daysAfter(t: TrackerCore, from: string, n: number): string {
  return computeDeadline({ from, n, unit: 'days' }, { ...t.calendar, regime: 'FRAP' }).due;
}

export function rehearingDenied(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'rehearing_denied' }>,
  at: Provenance,
  taken: AppealTaken | null,
): TrackerEvent[] {
  if (taken?.rehearingDenied) return [];
  const mandateDue = daysAfter(t, at.dateFiled, 7);
  if (taken) taken.rehearingDenied = { on: at.dateFiled, mandateDue };
  const decided = taken?.decided ?? null;
  return [
    {
      type: 'appeal.rehearing_denied',
      entry: at.entry,
      date: at.dateFiled,
      subject: null,
      message: `The court of appeals denied ${act.enBanc ? 'rehearing en banc' : 'rehearing'} on ${longDate(at.dateFiled)}: its decision${decided ? ` of ${longDate(decided)}` : ''} stands; its mandate is due ${longDate(mandateDue)} (FRAP 41(b)) unless the court stays it`,
      data: { enBanc: act.enBanc, mandateDue, ...(decided ? { decided } : {}) },
    },
  ];
}

export function mandateStayed(
  t: TrackerCore,
  act: Extract<AppellateAct, { act: 'mandate_stayed' }>,
  at: Provenance,
  taken: AppealTaken | null,
): TrackerEvent[] {
  if (taken?.mandateStayed?.since === at.dateFiled) return [];
  const until = act.days ? daysAfter(t, at.dateFiled, act.days) : null;
  if (taken) taken.mandateStayed = { since: at.dateFiled, until, certiorari: act.certiorari };
  const decided = taken?.decided ?? null;
  return [
    {
      type: 'appeal.mandate_stayed',
      entry: at.entry,
      date: at.dateFiled,
      subject: null,
      message: `The court of appeals stayed its mandate on ${longDate(at.dateFiled)}${until ? ` until ${longDate(until)}` : ''}${act.certiorari ? `${until ? ', and longer if' : ' while'} a petition for certiorari is filed, until the Supreme Court disposes of it` : ''}: its decision${decided ? ` of ${longDate(decided)}` : ''} does not take effect yet; what is in force stays in force`,
      data: {
        ...(act.certiorari ? { pendingCertiorari: true } : {}),
        ...(until ? { until } : {}),
        ...(decided ? { decided } : {}),
      },
    },
  ];
}

export function certiorariFiled(
  act: Extract<AppellateAct, { act: 'certiorari' }>,
  at: Provenance,
  taken: AppealTaken | null,
): TrackerEvent[] {
  if (taken?.certiorariFiled || taken?.certiorari) return [];
  const day = act.decided && act.decided <= at.dateFiled ? act.decided : at.dateFiled;
  if (taken) taken.certiorariFiled = { on: day, number: act.number ?? null };
  const stayed = taken?.mandateStayed?.certiorari === true;
  return [
    {
      type: 'appeal.certiorari',
      entry: at.entry,
      date: day,
      subject: null,
      message: `A petition for a writ of certiorari was filed in the Supreme Court on ${longDate(day)}${act.number ? ` (No. ${act.number})` : ''}: the court of appeals' decision is not final yet${stayed ? '; its mandate stays stayed until the Supreme Court disposes of the petition' : ''}`,
      data: {
        certiorari: 'filed',
        decided: day,
        by: 'supreme_court',
        ...(act.number ? { number: act.number } : {}),
        ...(stayed ? { mandateStayed: true } : {}),
      },
    },
  ];
}
