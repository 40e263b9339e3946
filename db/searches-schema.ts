/** The saved-search tables and the appeal-link claims (migrations 0019_searches, 0023_people). */
import type { Generated } from 'kysely';

/** A query run against every court-wide feed docketwatch polls (`docketwatch search add`). */
export interface SavedSearchTable {
  /** `srch_…`, random. */
  id: string;
  name: string | null;
  /** As written; parsed by `parseQuery` each time it is used. */
  query: string;
  created_by: string | null;
  created_at: string;
}

/** An address told of a search's new matches. */
export interface SearchSubscriberTable {
  search_id: string;
  email: string;
  created_at: string;
  /** `en`, `es` or `ar`: the language of the proposals it gets (migration 0023_people). */
  language: Generated<string>;
}

/** A request from the web form to follow a saved search, until its address confirms it by email. */
export interface SearchRequestTable {
  /** `sr_…`, random: the subject of the confirmation link's token. */
  id: string;
  /** As written (checked with `parseQuery` when asked). */
  query: string;
  name: string | null;
  email: string;
  language: string;
  created_at: string;
  confirmed_at: string | null;
  /** The search it joined or made, once confirmed. */
  search_id: string | null;
}

/** A case a search found in a feed; one row per search and case, however many items matched. */
export interface SearchMatchTable {
  /** `m_…`, random. */
  id: string;
  search_id: string;
  court_id: string;
  docket_number: string;
  docket_number_raw: string;
  case_name: string | null;
  /** The feed source that carried it (its court's feed serves the case once tracked). */
  source_id: string | null;
  /** JSON array of the feed's `DocketEntry`s for the case (at most a few), ingested when tracked. */
  entries: string;
  /** JSON: what the feed said it carries (`Coverage`), recorded for the case when it is tracked. */
  coverage: string | null;
  /** `proposed`, `tracked` (by a person, or the case was tracked otherwise) or `dismissed`. */
  status: 'proposed' | 'tracked' | 'dismissed';
  first_seen_at: string;
  last_seen_at: string;
  decided_at: string | null;
  /** `admin`, `cli`, or `email:<address>` (a one-time link). */
  decided_by: string | null;
  /** When the subscribers' emails were queued. */
  notified_at: string | null;
}

/** One proposal email: its id is the subject of the one-time "track this case" token. */
export interface SearchNoticeTable {
  /** `n_…`, random. */
  id: string;
  match_id: string;
  email: string;
  created_at: string;
  /** Set the one time the link acts. */
  used_at: string | null;
}

/** A docket saying which case an appeal comes from (or a district entry naming its appeal). */
export interface CaseLinkClaimTable {
  appeal_court: string;
  appeal_docket: string;
  /** `''` when the appellate docket does not say the court. */
  origin_court: string;
  origin_docket: string;
  /** `appellate-docket` or `district-entry`. */
  seen_in: string;
  seen_at: string;
}

export interface SearchesTables {
  saved_searches: SavedSearchTable;
  search_subscribers: SearchSubscriberTable;
  search_requests: SearchRequestTable;
  search_matches: SearchMatchTable;
  search_notices: SearchNoticeTable;
  case_link_claims: CaseLinkClaimTable;
}
