/** The table of what is known about a case beyond its entries (migration 0017_people). */

/**
 * One case's docket header, as the last source that gave one said it (`header_source`,
 * `header_at`), and who the case is about, as a maintainer set it (`class_*`). A source never
 * writes the class; a maintainer never writes the header.
 */
export interface CaseDetailsTable {
  case_id: number;
  /** "District Judge Mark A. Goldsmith" (the docket's "Assigned to"). */
  judge: string | null;
  referred_to: string | null;
  /** `YYYY-MM-DD`. */
  date_filed: string | null;
  date_terminated: string | null;
  nature_of_suit: string | null;
  cause: string | null;
  jurisdiction: string | null;
  /** JSON array of `Party` (name, type, attorneys with their contact lines). */
  parties: string | null;
  /** The kind of docket text (`pacer-docket`, `pacer-appellate`, `courtlistener`, …) that gave the header last. */
  header_source: string | null;
  header_at: string | null;
  /** Who the case is about ("all Iraqi nationals in the U.S. with final removal orders"). */
  class_en: string | null;
  /** The same in Spanish and Arabic, when a maintainer gave them (otherwise the English is quoted). */
  class_es: string | null;
  class_ar: string | null;
  /** `nationwide`, `district` (people in the court's district) or `named` (the named parties). */
  class_scope: string | null;
  /** What the case's stays and injunctions protect people from: `removal`, `detention`, or `null`. */
  class_protects: string | null;
  /** The docket entry (its number) whose order defines the class in these words; `null`: the maintainers' own words. */
  class_from: string | null;
  updated_at: string;
}

export interface DetailsTables {
  case_details: CaseDetailsTable;
}
