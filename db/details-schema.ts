/** The table of what is known about a case beyond its entries (migration 0017_people). */
import type { Generated } from 'kysely';

/**
 * One case's docket header, as the last source that gave one said it (`header_source`,
 * `header_at`), and what the case's orders protect people from, as a maintainer set it (`class_protects`;
 * the class itself is in `case_class_versions`, per order). A maintainer never writes the header.
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
  /** What the case's stays and injunctions protect people from: `removal`, `detention`, or `null`. */
  class_protects: string | null;
  updated_at: string;
}

/**
 * Who is covered, per order (migration 0029): each definition of a case's class, in force from the
 * filing day of the entry that defines it (read from `entries` when the entry is in the record).
 */
export interface CaseClassVersionsTable {
  case_id: number;
  /** `order`: read from the order's own words at ingest; `maintainer`: given with `case set`. */
  source: string;
  /** The docket entry whose order defines the class; `''`: the maintainers' words, naming no order. */
  entry_key: string;
  /** The class in English ("all Iraqi nationals in the United States who …"). */
  text_en: string;
  /** The same in Spanish and Arabic, when a maintainer gave them (otherwise the English is quoted). */
  text_es: string | null;
  text_ar: string | null;
  /** `nationwide`, `district` or `named`; `null` when not said. */
  scope: string | null;
  /** For `order`: the sentence the definition was read from. */
  words: string | null;
  /** 1: it only adds to the definition in force before it (migration 0033); 0: a whole definition. */
  adds: Generated<number>;
  updated_at: string;
}

export interface DetailsTables {
  case_details: CaseDetailsTable;
  case_class_versions: CaseClassVersionsTable;
}
