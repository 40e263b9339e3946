/**
 * The tables of migration 0004 (sources at work); `Database` in `schema.ts` extends this.
 * Timestamps are ISO-8601 text; money is integer cents.
 */
import type { Generated, Selectable } from 'kysely';

export interface SourcesTables {
  source_state: SourceStateTable;
  case_coverage: CaseCoverageTable;
  webhook_deliveries: WebhookDeliveryTable;
  mail_seen: MailSeenTable;
  pacer_spend: PacerSpendTable;
}

/** A source's saved fetch state (validators, cursor) and its health, one row per source. */
export interface SourceStateTable {
  source_id: string;
  /** JSON: what `runSource` returned as `state` last time (`null` before the first success). */
  state: string | null;
  /** The source's id for its target elsewhere (a CourtListener docket id), for webhooks to find it. */
  external_id: string | null;
  /** `new`, `ok`, `failing`, `down` or `layout_changed`. */
  health: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  consecutive_failures: number;
  last_error: string | null;
  last_error_code: string | null;
  updated_at: string;
}

/** Which entry types a source can see of a case: a court's RSS feed may be partial. */
export interface CaseCoverageTable {
  case_id: number;
  source_id: string;
  /** JSON array of entry types, or the JSON string `"all"`. */
  entry_types: string;
  partial: number;
  /** The source's own words for it (the feed's channel text), when it has some. */
  declared: string | null;
  updated_at: string;
}

/** A CourtListener webhook delivery, by its `Idempotency-Key`: a redelivery changes nothing. */
export interface WebhookDeliveryTable {
  idempotency_key: string;
  received_at: string;
  /** `received`, `ingested` or `failed`. */
  status: string;
  body_sha256: string;
  events: number;
  error: string | null;
}

/** Hashes of forwarded notices already read (from a folder, a maildir or SMTP). */
export interface MailSeenTable {
  sha256: string;
  origin: string;
  seen_at: string;
}

/** Money spent on PACER docket reports: the estimate before and the receipt's cost after. */
export interface PacerSpendTable {
  id: Generated<number>;
  source_id: string;
  /** `YYYY-MM` (UTC): the budget is monthly. */
  month: string;
  at: string;
  estimated_cents: number;
  pages: number | null;
  cents: number;
  receipt: string | null;
}

export type SourceStateRow = Selectable<SourceStateTable>;
