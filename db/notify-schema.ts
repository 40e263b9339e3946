/**
 * The typed shape of the notification tables (migration `0003_notify`). `Database` in `schema.ts`
 * extends `NotifyTables`. Timestamps are ISO-8601 text; JSON columns are text.
 */
import type { Generated, Selectable } from 'kysely';

export interface NotifyTables {
  subscriptions: SubscriptionTable;
  bounced_addresses: BouncedAddressTable;
  outbox: OutboxTable;
  outbox_messages: OutboxMessageTable;
  notify_cursors: NotifyCursorTable;
  alert_batches: AlertBatchTable;
  hold_leases: HoldLeaseTable;
}

/** One address following one case. Unique by (email, case_id): subscribing again updates the row. */
export interface SubscriptionTable {
  /** Random, unguessable (`sub_…`): the subject of every link token and part of every idempotency key. */
  id: string;
  /** Normalized: trimmed, domain in lower case. */
  email: string;
  case_id: number;
  audience: 'legal' | 'advocate' | 'maintainer';
  frequency: 'immediate' | 'daily' | 'weekly';
  /** IANA time zone of the subscriber (`America/Detroit`). */
  time_zone: string;
  /** Local hour (0–23) the digest goes out. */
  digest_hour: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) of the weekly digest. */
  digest_weekday: number;
  /** `en`, `es` or `ar` (migration `0009_people`): the language advocates' messages are written in. */
  language: Generated<string>;
  /** JSON arrays: event kinds, words to include, words to mute. */
  kinds: string;
  include_words: string;
  mute_words: string;
  /** `pending` (waiting for the confirmation link), `active`, `unsubscribed`, `bounced`. */
  status: 'pending' | 'active' | 'unsubscribed' | 'bounced';
  /** Bumped each time a new confirmation is asked for (it is part of the confirmation's key). */
  confirm_round: number;
  /** Alerts are for events with a larger id (the last event when the subscription became active). */
  alert_after_event: number;
  /** The next digest covers events with a larger id. */
  digest_after_event: number;
  /** The period key of the last digest decided (`daily:2017-07-12`, `weekly:2017-W28`). */
  last_digest_period: string | null;
  /** Local date (`YYYY-MM-DD`) the last digest went up to. */
  last_digest_date: string | null;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  updated_at: string;
}

/** An address a mail server refused for good (5xx): nothing more is sent to it. */
export interface BouncedAddressTable {
  email: string;
  response_code: number | null;
  response: string | null;
  bounced_at: string;
}

/** One message to send, written in the same transaction as the decision to send it. */
export interface OutboxTable {
  id: Generated<number>;
  /**
   * `alert:SUB:EVENT`, `digest:SUB:PERIOD`, `confirm:SUB:ROUND`, `manage:SUB:HOUR`,
   * `search:MATCH:ADDRESS` (a saved search's proposal): the same message
   * is never queued twice.
   */
  idempotency_key: string;
  /** `manage`: the link to an active subscription, for someone who asked to subscribe it again. */
  kind: 'alert' | 'digest' | 'confirm' | 'manage' | 'welcome' | 'search';
  subscription_id: string | null;
  recipient: string;
  subject: string;
  /** `pending`, `sending` (claimed), `sent`, `failed` (permanent), `cancelled` (unsubscribed or bounced). */
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  /** Not before this instant (retry backoff). */
  next_attempt_at: string;
  claimed_at: string | null;
  claimed_by: string | null;
  message_id: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** The body of an outbox row, apart so that claiming and recording never rewrite it. */
export interface OutboxMessageTable {
  outbox_id: number;
  /** JSON: the rendered message (to, subject, html, text, headers, idempotencyKey). */
  message: string;
}

/** A range of events (`after_id`, `last_id`] claimed from the alert cursor, waiting to be rendered. */
export interface AlertBatchTable {
  after_id: number;
  last_id: number;
  created_at: string;
}

/**
 * A hold in force (`events.hold`, migration 0022): alerts wait for its events until `expires_at`
 * (ISO instant), which the ingest holding it renews while it works; the row goes when it releases.
 */
export interface HoldLeaseTable {
  hold: string;
  expires_at: string;
}

/** The alert cursor's name in `notify_cursors` (`src/notify/alerts.ts` moves it). */
export const ALERT_CURSOR = 'alerts';

/** How far event processing has got, by name (`alerts`). */
export interface NotifyCursorTable {
  name: string;
  last_event_id: number;
  updated_at: string;
}

export type SubscriptionRow = Selectable<SubscriptionTable>;
export type OutboxRow = Selectable<OutboxTable>;
