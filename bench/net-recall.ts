/**
 * How much of what the readers find the `needs review` net would catch if the readers had missed it
 * (issue #14: no silent misses on courts and words the readers were never written for):
 *   npx tsx bench/net-recall.ts [--misses N]
 * Over every entry of the shared CM/ECF fixtures (`bench/flag-rate.ts`'s population, each case read
 * in docket order), each dated or undated deadline, hearing and stay a reader found is taken away in
 * turn and the entry reviewed again (`reviewReading`: the review `analyzeEntry` ends with). The
 * finding is *caught* when the review flags the entry for it — counted as `bench/corpus-accuracy.ts`
 * counts a silent miss (`missesOf`: the whole entry unread, a trigger naming its day, or, when its day
 * is not written or is written only as another finding's, a trigger of words or a period). What the
 * readers find stands for what a clerk keeps; the share caught is the net's recall, independent of
 * how good the readers are. `--misses N` prints N of the findings the net would not catch.
 */

import { join } from 'node:path';
import { findCourt } from '../src/courts.ts';
import { analyzeSequence, reviewReading } from '../src/deadlines/extract/index.ts';
import type { Analysis, AnalyzeInput } from '../src/deadlines/types.ts';
import { fixturesDir, hasShared } from '../tests/support/shared.ts';
import { foundDays, type Kept, missesOf } from './corpus-accuracy.ts';
import { courtOf, dayOf, fixtureFiles, parseFixture, textOf } from './labels/corpus.ts';
import type { CorpusLabel } from './labels/labels.ts';
import { percent } from './stats.ts';

type Finding = { kind: Kept; index: number };

export interface NetRecall {
  findings: number;
  caught: number;
  byKind: Map<Kept, { findings: number; caught: number }>;
  misses: { kind: Kept; day: string; court: string; text: string; rule: string }[];
}

/** The analysis as the readers left it, without one finding and without the review's marks. */
function without(a: Analysis, f: Finding): Analysis {
  const c = structuredClone(a);
  delete c.needsReview;
  const list = f.kind === 'deadline' ? c.deadlines : f.kind === 'hearing' ? c.hearings : c.stays;
  list.splice(f.index, 1);
  // Each kept finding passed the review once: its doubts are not counted twice.
  for (const x of [...c.deadlines, ...c.hearings, ...c.stays, ...c.injunctions])
    if (x.why) x.why = { rule: x.why.rule, words: x.why.words, confidence: 1 };
  return c;
}

/** A label that keeps what the analysis found: the ablated finding is then "missing". */
function labelOf(a: Analysis, dateFiled: string): CorpusLabel {
  const days = foundDays(a);
  return {
    ref: '',
    court: '',
    split: 'dev',
    textSha: '',
    number: null,
    dateFiled,
    kind: 'other',
    deadlines: days
      .filter(([k]) => k === 'deadline')
      .map(([, d]) => ({ due: d || null }) as CorpusLabel['deadlines'][number]),
    hearings: days
      .filter(([k]) => k === 'hearing')
      .map(([, d]) => ({ date: d || null }) as CorpusLabel['hearings'][number]),
    stays: days.filter(([k]) => k === 'stay').map(([, d]) => ({ action: 'granted', expires: d || null })),
    injunctions: [],
  };
}

export function netRecall(): NetRecall {
  const pacerDir = join(fixturesDir, 'pacer');
  const r: NetRecall = { findings: 0, caught: 0, byKind: new Map(), misses: [] };
  const seen = new Set<string>();
  for (const fixture of fixtureFiles(pacerDir)) {
    const court = courtOf(fixture);
    const options = findCourt(court) ? { court } : {};
    for (const c of parseFixture(pacerDir, fixture).cases) {
      const rows = c.entries
        .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
        .filter((x): x is typeof x & { day: string } => Boolean(x.text && x.day));
      rows.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
      const inputs: AnalyzeInput[] = rows.map((x) => ({
        number: x.e.number,
        dateFiled: x.day,
        text: x.text,
      }));
      const out = analyzeSequence(inputs, options);
      for (const [k, input] of inputs.entries()) {
        const key = input.text.replace(/\s+/g, ' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const a = out[k] as Analysis;
        const label = labelOf(a, input.dateFiled);
        const kinds: [Kept, number][] = [
          ['deadline', a.deadlines.length],
          ['hearing', a.hearings.length],
          ['stay', a.stays.length],
        ];
        for (const [kind, n] of kinds)
          for (let index = 0; index < n; index++) {
            const f =
              kind === 'deadline'
                ? a.deadlines[index]!
                : kind === 'hearing'
                  ? a.hearings[index]!
                  : a.stays[index]!;
            if ('basis' in f && f.basis === 'local_rule_default') continue;
            const b = without(a, { kind, index });
            const flags = reviewReading(input, b, options);
            if (flags.length > 0) b.needsReview = flags;
            const m = missesOf(label, b, input.text);
            const t = r.byKind.get(kind) ?? { findings: 0, caught: 0 };
            r.byKind.set(kind, t);
            r.findings++;
            t.findings++;
            if (m.silent === 0) {
              r.caught++;
              t.caught++;
            } else {
              const day =
                'dueDate' in f ? f.dueDate : 'date' in f ? f.date : 'expires' in f ? f.expires : null;
              r.misses.push({
                kind,
                day: day ?? '',
                court,
                text: input.text.slice(0, 400),
                rule: f.why?.rule ?? '',
              });
            }
          }
      }
    }
  }
  return r;
}

if (process.argv[1]?.endsWith('net-recall.ts')) {
  if (!hasShared) {
    console.log(`skipped: ${fixturesDir} is absent`);
    process.exit(0);
  }
  const r = netRecall();
  console.log(
    `findings taken away in turn: ${r.findings}; the net catches ${r.caught} (${percent(r.caught, r.findings)})`,
  );
  for (const [k, t] of r.byKind)
    console.log(`  ${k}: ${t.caught} of ${t.findings} (${percent(t.caught, t.findings)})`);
  const at = process.argv.indexOf('--misses');
  if (at > 0) {
    const n = Number(process.argv[at + 1] ?? 30);
    const step = Math.max(1, Math.floor(r.misses.length / n));
    for (let i = 0; i < r.misses.length && i / step < n; i += step) {
      const m = r.misses[i]!;
      console.log(
        `- ${m.kind} ${m.day || '(undated)'} ${m.court} [${m.rule}] ${m.text.replace(/\s+/g, ' ')}`,
      );
    }
  }
}
