/**
 * Pherah LLC v. Zoho Corporation (E.D. Tex. 6:15-cv-00961) as a replay history, made at test time
 * from the docket history report in the shared corpus
 * (../shared/fixtures/pacer/docket-history/txed_163924.json; never copied into the repository).
 */
interface ReportEntry {
  document_number: string | null;
  date_filed: string;
  description: string;
  short_description: string | null;
}

/** The replay history, made from the docket history report; times of day are invented (09:00 on, in docket order). */
export function historyFrom(report: {
  docket_number: string;
  case_name: string;
  date_filed: string;
  assigned_to_str: string;
  docket_entries: ReportEntry[];
}) {
  const entries = [...report.docket_entries]
    .sort(
      (a, b) =>
        a.date_filed.localeCompare(b.date_filed) ||
        Number(a.document_number ?? 0) - Number(b.document_number ?? 0),
    )
    .map((e, i, all) => {
      const sameDay = all.slice(0, i).filter((x) => x.date_filed === e.date_filed).length;
      const minutes = 9 * 60 + sameDay * 7;
      return {
        number: e.document_number === null ? null : Number(e.document_number),
        dateFiled: e.date_filed,
        time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
        ...(e.short_description ? { shortDescription: e.short_description } : {}),
        text: e.description,
      };
    });
  return {
    about:
      'Pherah LLC v. Zoho Corporation (E.D. Tex.), made at test time from the docket history report in the shared corpus; times of day invented.',
    court: 'txed',
    docketNumber: report.docket_number,
    caseName: report.case_name,
    assignedTo: report.assigned_to_str,
    dateFiled: report.date_filed,
    feed: 'all',
    entries,
  };
}
