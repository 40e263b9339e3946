/**
 * Field-by-field comparison of docketwatch's parsers against the expected fields juriscraper
 * extracts from the shared corpus of real CM/ECF pages (`../shared/fixtures/pacer`).
 *
 * What is compared (the mapping of the corpus README): the case fields and entry fields that the
 * expected JSON carries, entries by position, attachments by position; the court id; the detected
 * kind; and for pages that are not dockets, `isDocket: false`. Expected `""` counts as `null` (our
 * model says "absent" with `null`). Differences we make on purpose are listed, each with its reason,
 * in `tests/corpus-allowlist.json`; they are counted apart and reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import type { DocumentKind, ParseResult } from '../../src/model/docket.ts';
import { fixturesDir, projectRoot } from './shared.ts';

export const CORPUS_FOLDERS: Record<string, DocumentKind | 'not-docket'> = {
  'district-dockets': 'pacer-docket',
  'docket-history': 'pacer-history',
  rss: 'pacer-rss',
  'nef-html': 'pacer-nef',
  'nef-mime': 'pacer-nef',
  'appellate-dockets': 'pacer-appellate',
  'not-dockets': 'not-docket',
};

export interface CorpusPair {
  folder: string;
  /** `folder/stem.ext`, the id used in reports and the allow-list. */
  id: string;
  input: string;
  expected: string;
  kind: DocumentKind | 'not-docket';
}

export function corpusPairs(folders = Object.keys(CORPUS_FOLDERS)): CorpusPair[] {
  const pairs: CorpusPair[] = [];
  for (const folder of folders) {
    const dir = join(fixturesDir, 'pacer', folder);
    const names = readdirSync(dir).sort();
    const stems = new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)));
    for (const name of names) {
      if (name.endsWith('.json')) continue;
      const stem = name.replace(/\.[^.]+$/, '');
      if (!stems.has(stem)) continue;
      pairs.push({
        folder,
        id: `${folder}/${name}`,
        input: join(dir, name),
        expected: join(dir, `${stem}.json`),
        kind: CORPUS_FOLDERS[folder]!,
      });
    }
  }
  return pairs;
}

const CASE_FIELDS: [string, string][] = [
  ['docket_number', 'docketNumber'],
  ['case_name', 'caseName'],
  ['pacer_case_id', 'pacerCaseId'],
  ['assigned_to_str', 'assignedTo'],
  ['referred_to_str', 'referredTo'],
  ['date_filed', 'dateFiled'],
  ['date_terminated', 'dateTerminated'],
  ['cause', 'cause'],
  ['nature_of_suit', 'natureOfSuit'],
  ['jury_demand', 'juryDemand'],
  ['jurisdiction', 'jurisdiction'],
  ['demand', 'demand'],
];
const ENTRY_FIELDS: [string, string][] = [
  ['document_number', 'number'],
  ['date_filed', 'dateFiled'],
  ['date_entered', 'dateEntered'],
  ['description', 'description'],
  ['short_description', 'shortDescription'],
  ['pacer_doc_id', 'pacerDocId'],
  ['pacer_seq_no', 'pacerSeqNo'],
  ['page_count', 'pageCount'],
];
const ATTACHMENT_FIELDS: [string, string][] = [
  ['attachment_number', 'number'],
  ['description', 'description'],
  ['pacer_doc_id', 'pacerDocId'],
  ['page_count', 'pageCount'],
];

export interface Difference {
  file: string;
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface AllowedDifference {
  file: string;
  path: string;
  why: string;
}

export interface PairReport {
  id: string;
  kind: string;
  compared: number;
  agreed: number;
  allowed: number;
  differences: Difference[];
  error: string | null;
}

type Json = Record<string, unknown>;

function norm(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  return String(v);
}

export function loadAllowList(): AllowedDifference[] {
  const raw = JSON.parse(readFileSync(resolve(projectRoot, 'tests/corpus-allowlist.json'), 'utf8')) as {
    differences: AllowedDifference[];
  };
  return raw.differences;
}

export function comparePair(pair: CorpusPair, allow: AllowedDifference[]): PairReport {
  const report: PairReport = {
    id: pair.id,
    kind: pair.kind,
    compared: 0,
    agreed: 0,
    allowed: 0,
    differences: [],
    error: null,
  };
  const allowed = new Set(allow.filter((a) => a.file === pair.id).map((a) => a.path));
  const check = (path: string, expected: unknown, actual: unknown): void => {
    report.compared++;
    if (norm(expected) === norm(actual)) report.agreed++;
    else if (allowed.has(path)) report.allowed++;
    else report.differences.push({ file: pair.id, path, expected, actual });
  };

  const expected = JSON.parse(readFileSync(pair.expected, 'utf8')) as Json | Json[];
  let result: ParseResult;
  try {
    result = parsePacer(readFileSync(pair.input), { kind: 'auto' });
  } catch (err) {
    report.error = err instanceof Error ? err.message : String(err);
    report.compared = 1;
    return report;
  }

  if (pair.kind === 'not-docket') {
    check('isDocket', false, result.isDocket);
    return report;
  }
  check('isDocket', true, result.isDocket);
  check('kind', pair.kind, result.kind);

  const expectedCases: Json[] = Array.isArray(expected)
    ? expected
    : Array.isArray(expected.dockets)
      ? (expected.dockets as Json[])
      : [expected];
  const topCourt = Array.isArray(expected) ? expectedCases[0]?.court_id : expected.court_id;
  if (topCourt !== undefined) check('court', topCourt, result.court);

  expectedCases.forEach((exp, ci) => {
    const got = result.cases[ci] as unknown as Json | undefined;
    for (const [from, to] of CASE_FIELDS) {
      if (from in exp) check(`cases[${ci}].${to}`, exp[from], got?.[to]);
    }
    const expEntries = (exp.docket_entries as Json[] | null) ?? [];
    const gotEntries = (got?.entries as Json[] | undefined) ?? [];
    check(`cases[${ci}].entries.length`, expEntries.length, gotEntries.length);
    expEntries.forEach((ee, ei) => {
      const ge = gotEntries[ei];
      for (const [from, to] of ENTRY_FIELDS) {
        if (from in ee) check(`cases[${ci}].entries[${ei}].${to}`, ee[from], ge?.[to]);
      }
      const expAtt = ee.attachments as Json[] | undefined;
      if (!Array.isArray(expAtt)) return;
      const gotAtt = (ge?.attachments as Json[] | undefined) ?? [];
      expAtt.forEach((ea, ai) => {
        for (const [from, to] of ATTACHMENT_FIELDS) {
          if (from in ea)
            check(`cases[${ci}].entries[${ei}].attachments[${ai}].${to}`, ea[from], gotAtt[ai]?.[to]);
        }
      });
    });
  });
  return report;
}

export interface CorpusSummary {
  byKind: Record<
    string,
    { files: number; compared: number; agreed: number; allowed: number; errors: number }
  >;
  compared: number;
  agreed: number;
  allowed: number;
  reports: PairReport[];
}

export function runCorpus(pairs = corpusPairs(), allow = loadAllowList()): CorpusSummary {
  const summary: CorpusSummary = { byKind: {}, compared: 0, agreed: 0, allowed: 0, reports: [] };
  for (const pair of pairs) {
    const r = comparePair(pair, allow);
    summary.reports.push(r);
    const k = summary.byKind[pair.folder] ?? { files: 0, compared: 0, agreed: 0, allowed: 0, errors: 0 };
    summary.byKind[pair.folder] = k;
    k.files++;
    k.compared += r.compared;
    k.agreed += r.agreed;
    k.allowed += r.allowed;
    if (r.error) k.errors++;
    summary.compared += r.compared;
    summary.agreed += r.agreed;
    summary.allowed += r.allowed;
  }
  return summary;
}

export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(2)} %`;
}
