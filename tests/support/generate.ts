/** Generated dockets for load, crash and race tests: realistic shapes, deterministic content. */
import type { DocketCase, DocketEntry, ParseResult } from '../../src/model/docket.ts';

export function generatedEntry(caseIndex: number, n: number): DocketEntry {
  const day = new Date(Date.UTC(2017, 5, 15) + n * 86_400_000).toISOString().slice(0, 10);
  return {
    number: String(n),
    dateFiled: day,
    dateEntered: day,
    description: `ORDER granting ${n - 1} Motion for Extension of Time to File Response in case ${caseIndex}. Signed by District Judge Mark A. Goldsmith. (KSan) (Entered: ${day})`,
    shortDescription: null,
    pacerDocId: n % 2 === 0 ? String(4506000000 + caseIndex * 1000 + n).padStart(11, '0') : null,
    pacerSeqNo: String(n * 2 + 1),
    pageCount: n % 2 === 0 ? (n % 17) + 1 : null,
    attachments: [],
  };
}

export function generatedCase(caseIndex: number, entries: number): DocketCase {
  return {
    docketNumber: `2:17-cv-${String(10000 + caseIndex).padStart(5, '0')}-ABC`,
    caseName: `Petitioner ${caseIndex} v. Respondent`,
    pacerCaseId: String(300000 + caseIndex),
    assignedTo: null,
    referredTo: null,
    dateFiled: '2017-06-15',
    dateTerminated: null,
    cause: null,
    natureOfSuit: null,
    juryDemand: null,
    jurisdiction: null,
    demand: null,
    parties: [],
    entries: Array.from({ length: entries }, (_, i) => generatedEntry(caseIndex, i + 1)),
  };
}

/** `cases` cases of `entries` entries each, as one docket-report result. */
export function generatedResult(firstCase: number, cases: number, entries: number): ParseResult {
  return {
    kind: 'pacer-docket',
    court: 'mied',
    isDocket: true,
    reason: null,
    cases: Array.from({ length: cases }, (_, i) => generatedCase(firstCase + i, entries)),
  };
}
