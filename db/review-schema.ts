/** The table of entries a person should read (migration 0010_review). */

/**
 * One docket entry whose words the extractor could not fully read: `reason` is `unread` (dates,
 * periods or tracked words and no finding), `partly_read` (some dates or periods not read) or
 * `uncertain` (a reading held back); `triggers` is a JSON array of the words that raised the flag.
 */
export interface EntryReviewTable {
  case_id: number;
  entry_key: string;
  entry_number: string | null;
  date_filed: string;
  reason: string;
  triggers: string;
  /** The entry's text (first 600 characters). */
  words: string;
  created_at: string;
}

export interface ReviewTables {
  entry_reviews: EntryReviewTable;
}
