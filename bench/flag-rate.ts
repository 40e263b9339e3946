/**
 * How often the extractor asks a person to read an entry (`needsReview`), over every entry of the
 * shared CM/ECF fixtures the labeled corpus is drawn from (`bench/labels/corpus.ts` population):
 *   npx tsx bench/flag-rate.ts [--examples REASON N]
 * Each case is read in docket order through `analyzeSequence`, as the deadline record reads it.
 * Reported: entries flagged, by reason, split by whether the court speaks (orders, minutes,
 * notices) or a party files; and how many flagged entries have no finding at all. `--examples`
 * prints N flagged texts of that reason (never one of hold-out 3's or hold-out 4's drawn entries; hold-outs 1 and 2
 * are development data since 2026-12-05).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCourt } from '../src/courts.ts';
import { analyzeSequence } from '../src/deadlines/extract/index.ts';
import type { Analysis, AnalyzeInput } from '../src/deadlines/types.ts';
import { fixturesDir, hasShared } from '../tests/support/shared.ts';
import { courtOf, dayOf, fixtureFiles, parseFixture, textOf } from './labels/corpus.ts';
import { HOLDOUT3_SAMPLE_FILE } from './labels/holdout3.ts';
import { sampleFileOf } from './labels/holdouts.ts';
import { percent } from './stats.ts';

const COURT_KINDS = new Set(['order', 'opinion', 'judgment', 'mandate', 'minute_entry', 'notice']);

export interface FlagRate {
  entries: number;
  flagged: number;
  byReason: Map<string, number>;
  court: { entries: number; flagged: number };
  party: { entries: number; flagged: number };
  flaggedWithoutFinding: number;
  examples: { reason: string; text: string; triggers: string[] }[];
}

export function flagRate(): FlagRate {
  const pacerDir = join(fixturesDir, 'pacer');
  const hidden = new Set<string>();
  for (const f of [HOLDOUT3_SAMPLE_FILE, sampleFileOf('holdout-4'), sampleFileOf('holdout-5')])
    try {
      const s = JSON.parse(readFileSync(f, 'utf8')) as { entries: { ref: string }[] };
      for (const e of s.entries) hidden.add(e.ref);
    } catch {
      // that hold-out not drawn
    }
  const r: FlagRate = {
    entries: 0,
    flagged: 0,
    byReason: new Map(),
    court: { entries: 0, flagged: 0 },
    party: { entries: 0, flagged: 0 },
    flaggedWithoutFinding: 0,
    examples: [],
  };
  const seen = new Set<string>();
  for (const fixture of fixtureFiles(pacerDir)) {
    const court = courtOf(fixture);
    for (const [ci, c] of parseFixture(pacerDir, fixture).cases.entries()) {
      const rows = c.entries
        .map((e, i) => ({ i, e, text: textOf(e), day: dayOf(e) }))
        .filter((x): x is typeof x & { day: string } => Boolean(x.text && x.day));
      rows.sort((a, b) => (a.day === b.day ? a.i - b.i : a.day < b.day ? -1 : 1));
      const inputs: AnalyzeInput[] = rows.map((x) => ({
        number: x.e.number,
        dateFiled: x.day,
        text: x.text,
      }));
      const out = analyzeSequence(inputs, findCourt(court) ? { court } : {});
      for (const [k, x] of rows.entries()) {
        const key = x.text.replace(/\s+/g, ' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const a = out[k] as Analysis;
        const flags = a.needsReview ?? [];
        const side = COURT_KINDS.has(a.kind) ? r.court : r.party;
        r.entries++;
        side.entries++;
        if (flags.length === 0) continue;
        r.flagged++;
        side.flagged++;
        const found = a.deadlines.length + a.hearings.length + a.stays.length + a.injunctions.length;
        if (found === 0) r.flaggedWithoutFinding++;
        for (const f of flags) {
          r.byReason.set(f.reason, (r.byReason.get(f.reason) ?? 0) + 1);
          if (!hidden.has(`${fixture}#${ci}.${x.i}`))
            r.examples.push({ reason: f.reason, text: x.text.slice(0, 300), triggers: f.triggers });
        }
      }
    }
  }
  return r;
}

if (process.argv[1]?.endsWith('flag-rate.ts')) {
  if (!hasShared) {
    console.log(`skipped: ${fixturesDir} is absent`);
    process.exit(0);
  }
  const r = flagRate();
  console.log(`entries: ${r.entries}; flagged needs review: ${r.flagged} (${percent(r.flagged, r.entries)})`);
  console.log(
    `  by reason: ${[...r.byReason].map(([k, n]) => `${k} ${n}`).join(', ')}; flagged with no finding: ${r.flaggedWithoutFinding}`,
  );
  console.log(
    `  the court speaking: ${r.court.flagged} of ${r.court.entries} (${percent(r.court.flagged, r.court.entries)})`,
  );
  console.log(
    `  a party filing: ${r.party.flagged} of ${r.party.entries} (${percent(r.party.flagged, r.party.entries)})`,
  );
  const at = process.argv.indexOf('--examples');
  if (at > 0) {
    const reason = process.argv[at + 1];
    const n = Number(process.argv[at + 2] ?? 20);
    const pick = r.examples.filter((e) => e.reason === reason);
    const step = Math.max(1, Math.floor(pick.length / n));
    for (let i = 0; i < pick.length && i / step < n; i += step)
      console.log(`- [${pick[i]!.triggers.join(' | ')}] ${pick[i]!.text}`);
  }
}
