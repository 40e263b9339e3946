/**
 * What docketwatch has seen of a case's docket, said once and the same way on the case page, the
 * advocates' key dates page and `docketwatch deadlines`: from `docketCoverage` (db/sources.ts), which
 * splits the numbers missing between the entries held by the complete listing read — those the
 * court's docket report does not show (docketwatch has everything the court makes public there) and
 * those filed after it that the partial sources followed since do not carry (not seen yet).
 */
import type { DocketCoverage, NumberRun } from '../../db/sources.ts';
import { dateIn, type Language, t } from './i18n.ts';

/** The first three runs ("2–10, 12–16, 18–31, …") and how many numbers they hold in all. */
function runsOf(runs: readonly NumberRun[]): { count: number; runs: string } {
  const count = runs.reduce((n, r) => n + r.last - r.first + 1, 0);
  const shown = runs.slice(0, 3).map((r) => (r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`));
  return { count, runs: `${shown.join(', ')}${runs.length > 3 ? ', …' : ''}` };
}

/** The coverage note, in `lang`: one or a few sentences that never contradict each other. */
export function coverageNote(lang: Language, c: DocketCoverage): string {
  if (c.sources.length === 0 && c.entries === 0) return t(lang, 'coverage.none');
  const notListed = runsOf(c.notListed);
  const notSeen = runsOf(c.notSeen);
  if (c.complete) {
    if (notListed.count === 0 && notSeen.count === 0)
      return t(lang, 'coverage.whole', { last: c.lastNumber === null ? 'none' : String(c.lastNumber) });
    const parts = [t(lang, 'coverage.complete', { highest: String(c.complete.highest) })];
    if (notListed.count > 0) parts.push(t(lang, 'coverage.notListed', notListed));
    if (notSeen.count > 0) parts.push(t(lang, 'coverage.notSeen', notSeen));
    return parts.join(' ');
  }
  const before = c.firstNumber !== null && c.firstNumber > 1 ? String(c.firstNumber - 1) : 'none';
  const parts = [
    t(lang, 'coverage.partial', {
      first: c.firstDay ? 'yes' : 'none',
      firstDay: dateIn(lang, c.firstDay),
      before,
    }),
  ];
  if (notSeen.count > 0) parts.push(t(lang, 'coverage.partialGaps', notSeen));
  return parts.join(' ');
}
