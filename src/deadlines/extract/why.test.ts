/**
 * Confidence (issue #14), as a property over every entry of the shared CM/ECF fixtures the labeled
 * corpus is drawn from, read in docket order as the deadline record reads them: each asserted
 * finding says why (its rule and the words it rests on) with a confidence at or above
 * `REVIEW_THRESHOLD`; each reading held back is below it and is in a `needs review` flag; each flag
 * names the words that triggered it.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { courtOf, dayOf, fixtureFiles, parseFixture, textOf } from '../../../bench/labels/corpus.ts';
import { describeShared, fixturesDir } from '../../../tests/support/shared.ts';
import { findCourt } from '../../courts.ts';
import type { Analysis } from '../types.ts';
import { analyzeSequence } from './index.ts';
import { REVIEW_THRESHOLD } from './review.ts';

function everyFixtureEntry(): { text: string; a: Analysis }[] {
  const pacer = join(fixturesDir, 'pacer');
  const out: { text: string; a: Analysis }[] = [];
  for (const fixture of fixtureFiles(pacer)) {
    const court = courtOf(fixture);
    for (const c of parseFixture(pacer, fixture).cases) {
      const rows = c.entries
        .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
        .filter((x): x is typeof x & { day: string } => Boolean(x.text && x.day));
      rows.sort((x, y) => (x.day === y.day ? x.i - y.i : x.day < y.day ? -1 : 1));
      const read = analyzeSequence(
        rows.map((x) => ({ number: x.e.number, dateFiled: x.day, text: x.text })),
        findCourt(court) ? { court } : {},
      );
      for (const [k, a] of read.entries()) out.push({ text: rows[k]!.text, a });
    }
  }
  return out;
}

describeShared('every finding says why, and the unsure ones are held back', () => {
  it('over every fixture entry', () => {
    const entries = everyFixtureEntry();
    expect(entries.length).toBeGreaterThan(2000);
    const bad: string[] = [];
    for (const { text, a } of entries) {
      const findings = [...a.deadlines, ...a.hearings, ...a.stays, ...a.injunctions].filter(
        // a local-rule default and a sequence's mooted or superseded entry are derived, not read from words
        (f) =>
          !('basis' in f && f.basis === 'local_rule_default') && !('change' in f && f.change === 'mooted'),
      );
      for (const f of findings) {
        if ('action' in f && f.action === 'superseded') continue;
        const why = f.why;
        if (!why?.rule || !why.words.trim() || why.confidence < REVIEW_THRESHOLD)
          bad.push(`${JSON.stringify(why)} in ${text.slice(0, 80)}`);
      }
      for (const flag of a.needsReview ?? []) {
        if (flag.triggers.length === 0 || flag.triggers.some((t) => !t.trim()))
          bad.push(`flag without words in ${text.slice(0, 80)}`);
        for (const w of flag.withheld ?? [])
          if (w.why.confidence >= REVIEW_THRESHOLD)
            bad.push(`held back at ${w.why.confidence}: ${text.slice(0, 80)}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  }, 120_000);
});
