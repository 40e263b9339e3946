/**
 * Who follows which case, and how: audience, frequency, time zone and digest hour, filters.
 * Subscribing is double opt-in: a new subscription is `pending` and its confirmation email goes
 * into the outbox in the same transaction; it turns `active` when the link is used. Unsubscribing
 * is one click (a signed token) or an operator naming the address (`unsubscribeAddress`, CLI
 * only). An address a server refused for good (`bounced`) gets no more mail.
 *
 * The public form goes through `requestSubscription`, which changes no existing subscription and
 * answers the same for every address: whoever holds the mailbox gets either a confirmation link or,
 * if already subscribed, a link to manage the subscription.
 *
 * One mailbox, one subscriber: addresses are compared without regard to letter case, in the domain
 * and (as the large providers do) in the part before `@`.
 */
import { randomBytes } from 'node:crypto';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { findCase } from '../../db/cases.ts';
import { type Database, type Store, startingEventId, writeTransaction } from '../../db/index.ts';
import type { SubscriptionRow } from '../../db/notify-schema.ts';
import { DocketwatchError, InputError } from '../errors.ts';
import { BouncedAddressError, isBounced, sameMailbox } from './bounces.ts';
import { escapeHtml, oneLine } from './escape.ts';
import { caseHeadings, postureAt } from './events.ts';
import { direction, isLanguage, LANGUAGES, type Language, ltr, t, toLanguage } from './i18n.ts';
import { enqueue } from './outbox.ts';
import { type RenderedMessage, renderWelcome } from './render.ts';
import { localDate } from './settings.ts';
import { linkIssuedAt, signToken, verifyToken } from './tokens.ts';
import {
  AUDIENCES,
  type Audience,
  EVENT_TYPES,
  type NotifyEventType,
  type NotifyFilters,
  type Recipient,
} from './types.ts';

export type Frequency = 'immediate' | 'daily' | 'weekly';
export const FREQUENCIES: readonly Frequency[] = ['immediate', 'daily', 'weekly'];
export type SubscriptionStatus = SubscriptionRow['status'];

export const DEFAULT_TIME_ZONE = 'America/Detroit';
export const DEFAULT_DIGEST_HOUR = 7;
/** Monday. */
export const DEFAULT_DIGEST_WEEKDAY = 1;

/** An address that cannot be mailed: the message says what is wrong with it. */
export class InvalidEmailError extends DocketwatchError {
  readonly address: string;
  constructor(address: string, reason: string) {
    super('EEMAIL', `"${oneLine(address).slice(0, 100)}" is not an email address: ${reason}`);
    this.address = address;
  }
}

/** The subscription (token subject, id or address) is not in the store. */
export class SubscriptionNotFoundError extends DocketwatchError {
  constructor(message: string) {
    super('ENOSUBSCRIPTION', message);
  }
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * The address, trimmed, with its domain in lower case (the local part is left as written: servers
 * may treat its case as significant). Only plain `local@domain.tld` addresses are accepted: no
 * display names, comments, quoted local parts or IP-literal domains.
 */
export function normalizeEmail(raw: string): string {
  const address = typeof raw === 'string' ? raw.trim() : '';
  if (address === '') throw new InvalidEmailError(String(raw ?? ''), 'it is empty');
  if (address.length > 254) throw new InvalidEmailError(address, 'it is longer than 254 characters');
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.indexOf('@') !== at) {
    throw new InvalidEmailError(address, 'it needs exactly one @ with a name before it');
  }
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > 64) throw new InvalidEmailError(address, 'the part before @ is over 64 characters');
  if (!LOCAL_PART.test(local)) {
    throw new InvalidEmailError(address, 'the part before @ has spaces, quotes or misplaced dots');
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) {
    throw new InvalidEmailError(address, `"${domain}" is not a domain name like example.org`);
  }
  return `${local}@${domain}`;
}

/** True when the IANA time zone is known to this runtime. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0 && tz.length < 64;
  } catch {
    return false;
  }
}

export interface SubscribeInput {
  email: string;
  /** `COURT:DOCKET` of a case in the record. */
  case: string;
  audience?: Audience;
  frequency?: Frequency;
  timeZone?: string;
  digestHour?: number;
  digestWeekday?: number;
  kinds?: NotifyEventType[];
  include?: string[];
  mute?: string[];
  /** The language advocates' messages and the subscription pages are written in (default `en`). */
  language?: Language;
  /** The operator adds the person themselves: active at once, no confirmation email. */
  confirmed?: boolean;
}

/** What the links in messages are made of. */
export interface LinkContext {
  publicUrl: string;
  secret: Buffer;
  now?: Date;
}

export interface SubscribeResult {
  subscription: SubscriptionView;
  created: boolean;
  /** A confirmation email was queued. */
  confirmationQueued: boolean;
}

export interface SubscriptionView {
  id: string;
  email: string;
  case: string;
  audience: Audience;
  frequency: Frequency;
  timeZone: string;
  digestHour: number;
  digestWeekday: number;
  language: Language;
  filters: Required<NotifyFilters>;
  status: SubscriptionStatus;
  createdAt: string;
  confirmedAt: string | null;
  lastDigestPeriod: string | null;
}

const MAX_WORDS = 50;
const MAX_WORD_LENGTH = 100;

function cleanWords(words: string[] | undefined, what: string): string[] {
  const out = [...new Set((words ?? []).map((w) => oneLine(w).trim().toLowerCase()).filter((w) => w !== ''))];
  if (out.length > MAX_WORDS) throw new InputError(`at most ${MAX_WORDS} ${what} words`);
  const long = out.find((w) => w.length > MAX_WORD_LENGTH);
  if (long)
    throw new InputError(`${what} word "${long.slice(0, 40)}…" is over ${MAX_WORD_LENGTH} characters`);
  return out;
}

function checkInput(input: SubscribeInput) {
  const email = normalizeEmail(input.email);
  const audience = input.audience ?? 'legal';
  if (!AUDIENCES.includes(audience)) {
    throw new InputError(`audience must be one of ${AUDIENCES.join(', ')}, got "${audience}"`);
  }
  const frequency = input.frequency ?? 'daily';
  if (!FREQUENCIES.includes(frequency)) {
    throw new InputError(`frequency must be one of ${FREQUENCIES.join(', ')}, got "${frequency}"`);
  }
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    throw new InputError(
      `"${oneLine(timeZone).slice(0, 64)}" is not a time zone (for example America/Detroit)`,
    );
  }
  const digestHour = input.digestHour ?? DEFAULT_DIGEST_HOUR;
  if (!Number.isInteger(digestHour) || digestHour < 0 || digestHour > 23) {
    throw new InputError(`digest hour must be a whole hour from 0 to 23, got ${digestHour}`);
  }
  const digestWeekday = input.digestWeekday ?? DEFAULT_DIGEST_WEEKDAY;
  if (!Number.isInteger(digestWeekday) || digestWeekday < 1 || digestWeekday > 7) {
    throw new InputError(`digest weekday must be 1 (Monday) to 7 (Sunday), got ${digestWeekday}`);
  }
  const language = input.language ?? 'en';
  if (!isLanguage(language)) {
    throw new InputError(
      `language must be one of ${LANGUAGES.join(', ')}, got "${oneLine(String(language)).slice(0, 20)}"`,
    );
  }
  const kinds = [...new Set(input.kinds ?? [])];
  const unknown = kinds.find((k) => !EVENT_TYPES.includes(k));
  if (unknown) throw new InputError(`unknown event kind "${unknown}"; kinds are ${EVENT_TYPES.join(', ')}`);
  return {
    email,
    audience,
    frequency,
    timeZone,
    digestHour,
    digestWeekday,
    language,
    kinds,
    include: cleanWords(input.include, 'include'),
    mute: cleanWords(input.mute, 'mute'),
  };
}

/**
 * Subscribe an address to a case, or update its subscription (one per address and case). A new or
 * lapsed subscription is `pending` and a confirmation email is queued in the same transaction,
 * unless `confirmed`. An active one stays active with the new settings.
 */
export async function subscribe(
  store: Store,
  input: SubscribeInput,
  links: LinkContext,
): Promise<SubscribeResult> {
  const s = checkInput(input);
  const now = (links.now ?? new Date()).toISOString();
  // Read before the transaction, which must not hold the events' lock while it works.
  const lastEvent = await startingEventId(store.db);
  return writeTransaction(store.db, async (trx) => {
    const found = await findCase(trx, input.case);
    if (!found) {
      throw new InputError(`case ${input.case} is not in the record; add it first with docketwatch case add`);
    }
    if (await isBounced(trx, s.email)) {
      if (!input.confirmed) throw new BouncedAddressError(s.email);
      await trx.deleteFrom('bounced_addresses').where(sameMailbox('email', s.email)).execute();
    }
    const existing = await findSubscription(trx, s.email, found.id);
    const settings = {
      audience: s.audience,
      frequency: s.frequency,
      time_zone: s.timeZone,
      digest_hour: s.digestHour,
      digest_weekday: s.digestWeekday,
      language: s.language,
      kinds: JSON.stringify(s.kinds),
      include_words: JSON.stringify(s.include),
      mute_words: JSON.stringify(s.mute),
      updated_at: now,
    };
    const activate = {
      status: 'active' as const,
      confirmed_at: now,
      unsubscribed_at: null,
      alert_after_event: lastEvent,
      digest_after_event: lastEvent,
    };
    let row: SubscriptionRow;
    if (!existing) {
      row = await trx
        .insertInto('subscriptions')
        .values({
          id: `sub_${randomBytes(12).toString('base64url')}`,
          email: s.email,
          case_id: found.id,
          ...settings,
          status: 'pending',
          confirm_round: 1,
          alert_after_event: lastEvent,
          digest_after_event: lastEvent,
          last_digest_period: null,
          last_digest_date: null,
          created_at: now,
          confirmed_at: null,
          unsubscribed_at: null,
          ...(input.confirmed ? activate : {}),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } else {
      const lapsed = existing.status === 'unsubscribed' || existing.status === 'bounced';
      const update = input.confirmed
        ? existing.status === 'active'
          ? settings
          : { ...settings, ...activate }
        : lapsed
          ? { ...settings, status: 'pending' as const, confirm_round: existing.confirm_round + 1 }
          : settings;
      row = await trx
        .updateTable('subscriptions')
        .set(update)
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    let confirmationQueued = false;
    if (row.status === 'pending') {
      confirmationQueued = await enqueue(
        trx,
        {
          kind: 'confirm',
          subscriptionId: row.id,
          message: renderConfirmation(row, await namedCase(trx, found.id), links),
        },
        links.now,
      );
    }
    return { subscription: view(row, found.key), created: !existing, confirmationQueued };
  });
}

/** What the public form did; deliberately the same shape whatever the address's state. */
export interface SubscriptionRequest {
  /** A message (confirmation or manage link) was queued for the address. */
  queued: boolean;
}

/** A second confirmation for a pending subscription is queued at most this often. */
const RESEND_AFTER_MS = 3600_000;

/**
 * The public subscribe form. It never changes an existing subscription and never says what state an
 * address is in: a new or lapsed address gets a confirmation link (pending, as `subscribe`); a
 * pending one gets its confirmation again (at most once an hour, settings unchanged); an active one
 * gets a link to manage its subscription (at most once an hour); a bounced one gets nothing.
 * Input errors (not an address, unknown case) are still thrown: they say nothing about anyone.
 */
export async function requestSubscription(
  store: Store,
  input: Omit<SubscribeInput, 'confirmed'>,
  links: LinkContext,
): Promise<SubscriptionRequest> {
  const s = checkInput(input);
  const at = links.now ?? new Date();
  const existing = await writeTransaction(store.db, async (trx) => {
    const found = await findCase(trx, input.case);
    if (!found) throw new InputError(`case ${input.case} is not in the record`);
    if (await isBounced(trx, s.email)) return { kind: 'bounced' as const };
    const row = await findSubscription(trx, s.email, found.id);
    if (!row) return { kind: 'new' as const };
    if (row.status === 'unsubscribed' || row.status === 'bounced') return { kind: 'new' as const };
    if (row.status === 'active') {
      const hour = at.toISOString().slice(0, 13);
      const queued = await enqueue(
        trx,
        {
          kind: 'manage',
          subscriptionId: row.id,
          message: renderAlreadySubscribed(row, await namedCase(trx, found.id), links, hour),
        },
        at,
      );
      return { kind: 'done' as const, queued };
    }
    // pending: the same confirmation again, once the last one is an hour old.
    if (at.getTime() - Date.parse(row.updated_at) < RESEND_AFTER_MS)
      return { kind: 'done' as const, queued: false };
    const again = await trx
      .updateTable('subscriptions')
      .set({ confirm_round: row.confirm_round + 1, updated_at: at.toISOString() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const queued = await enqueue(
      trx,
      {
        kind: 'confirm',
        subscriptionId: again.id,
        message: renderConfirmation(again, await namedCase(trx, found.id), links),
      },
      at,
    );
    return { kind: 'done' as const, queued };
  });
  if (existing.kind === 'bounced') return { queued: false };
  if (existing.kind === 'done') return { queued: existing.queued };
  const result = await subscribe(store, { ...input, email: s.email }, links);
  return { queued: result.confirmationQueued };
}

async function findSubscription(
  db: Kysely<Database>,
  email: string,
  caseId: number,
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where(sameMailbox('email', email))
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** Use a confirmation link: the subscription becomes active (idempotent). */
export async function confirmSubscription(
  store: Store,
  token: string,
  secret: Buffer,
  now: Date = new Date(),
  /** Queue the welcome message (with the case's posture now and the manage link) on activation. */
  welcome?: { publicUrl: string; unsubscribeMailto?: string | null },
): Promise<SubscriptionView> {
  const { subject } = verifyToken(token, 'confirm', secret, now);
  const lastEvent = await startingEventId(store.db);
  return writeTransaction(store.db, async (trx) => {
    const row = await trx
      .selectFrom('subscriptions')
      .selectAll()
      .where('id', '=', subject)
      .executeTakeFirst();
    if (!row) throw new SubscriptionNotFoundError('this subscription no longer exists; subscribe again');
    if (row.status === 'bounced') throw new BouncedAddressError(row.email);
    if (row.status === 'unsubscribed') {
      throw new SubscriptionNotFoundError(
        'this subscription was cancelled after the link was sent; subscribe again to get a new link',
      );
    }
    if (row.status === 'active') return view(row, await caseKeyOf(trx, row.case_id));
    const updated = await trx
      .updateTable('subscriptions')
      .set({
        status: 'active',
        confirmed_at: now.toISOString(),
        updated_at: now.toISOString(),
        alert_after_event: lastEvent,
        digest_after_event: lastEvent,
      })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (welcome) {
      const today = localDate(now, updated.time_zone);
      const refs = await caseHeadings(trx, [updated.case_id]);
      const caseRef = refs.get(updated.case_id);
      if (caseRef) {
        const read = await trx
          .selectFrom('entries')
          .select('id')
          .where('case_id', '=', updated.case_id)
          .limit(1)
          .executeTakeFirst();
        const posture = read ? await postureAt(trx, updated.case_id, today) : null;
        const message = renderWelcome(recipientOf(updated), caseRef, posture, updated.frequency, {
          publicUrl: welcome.publicUrl,
          secret,
          unsubscribeMailto: welcome.unsubscribeMailto ?? null,
          today,
          now,
        });
        await enqueue(trx, { kind: 'welcome', subscriptionId: updated.id, message }, now);
      }
    }
    return view(updated, await caseKeyOf(trx, row.case_id));
  });
}

/** One-click unsubscribe with a link token: that subscription. Queued mail to it is cancelled. Idempotent. */
export async function unsubscribe(
  store: Store,
  token: string,
  secret: Buffer,
  now: Date = new Date(),
): Promise<SubscriptionView[]> {
  const { subject } = verifyToken(token, 'unsubscribe', secret, now);
  return endSubscriptions(store, (eb) => eb('id', '=', subject), 'this subscription no longer exists', now);
}

/**
 * The operator's unsubscribe (CLI only, never the web): every subscription of the address, in any
 * letter case. Queued mail to them is cancelled. Idempotent.
 */
export async function unsubscribeAddress(
  store: Store,
  address: string,
  now: Date = new Date(),
): Promise<SubscriptionView[]> {
  const email = normalizeEmail(address);
  return endSubscriptions(
    store,
    () => sameMailbox('email', email),
    `${email} is not subscribed to anything`,
    now,
  );
}

async function endSubscriptions(
  store: Store,
  which: (eb: ExpressionBuilder<Database, 'subscriptions'>) => Expression<SqlBool>,
  notFound: string,
  now: Date,
): Promise<SubscriptionView[]> {
  return writeTransaction(store.db, async (trx) => {
    const rows = await trx.selectFrom('subscriptions').selectAll().where(which).execute();
    if (rows.length === 0) throw new SubscriptionNotFoundError(notFound);
    const at = now.toISOString();
    const changed = rows.filter((r) => r.status === 'active' || r.status === 'pending').map((r) => r.id);
    if (changed.length > 0) {
      await trx
        .updateTable('subscriptions')
        .set({ status: 'unsubscribed', unsubscribed_at: at, updated_at: at })
        .where('id', 'in', changed)
        .execute();
      await trx
        .updateTable('outbox')
        .set({ status: 'cancelled', last_error: 'unsubscribed' })
        .where('subscription_id', 'in', changed)
        .where('status', '=', 'pending')
        .execute();
    }
    const out: SubscriptionView[] = [];
    for (const r of rows) {
      const status = changed.includes(r.id) ? 'unsubscribed' : r.status;
      out.push(view({ ...r, status }, await caseKeyOf(trx, r.case_id)));
    }
    return out;
  });
}

export interface ListOptions {
  case?: string;
  status?: SubscriptionStatus;
}

export async function listSubscriptions(
  store: Store,
  options: ListOptions = {},
): Promise<SubscriptionView[]> {
  let q = store.db
    .selectFrom('subscriptions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .selectAll('s')
    .select(['c.court_id', 'c.docket_number'])
    .orderBy('s.created_at')
    .orderBy('s.id');
  if (options.case) {
    const found = await findCase(store.db, options.case);
    if (!found) return [];
    q = q.where('s.case_id', '=', found.id);
  }
  if (options.status) q = q.where('s.status', '=', options.status);
  const rows = await q.execute();
  return rows.map((r) => view(r, `${r.court_id}:${r.docket_number}`));
}

/** What `reaches` and the renderer need to know about a subscriber. */
export function recipientOf(row: SubscriptionRow): Recipient {
  return {
    email: row.email,
    subscriptionId: row.id,
    audience: row.audience,
    language: toLanguage(row.language) ?? 'en',
    filters: {
      kinds: parseList(row.kinds) as NotifyEventType[],
      include: parseList(row.include_words),
      mute: parseList(row.mute_words),
    },
  };
}

export function view(row: SubscriptionRow, caseKey: string): SubscriptionView {
  const r = recipientOf(row);
  return {
    id: row.id,
    email: row.email,
    case: caseKey,
    audience: row.audience,
    frequency: row.frequency,
    timeZone: row.time_zone,
    digestHour: row.digest_hour,
    digestWeekday: row.digest_weekday,
    language: toLanguage(row.language) ?? 'en',
    filters: { kinds: r.filters.kinds ?? [], include: r.filters.include ?? [], mute: r.filters.mute ?? [] },
    status: row.status,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    lastDigestPeriod: row.last_digest_period,
  };
}

function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The id of the newest event in the store (0 when there is none). */
/** A case as account emails name it: by its caption, with its court and docket number beside. */
export interface NamedCase {
  court: string;
  docketNumber: string;
  caseName: string | null;
}

async function namedCase(db: Kysely<Database>, caseId: number): Promise<NamedCase> {
  const c = await db
    .selectFrom('cases')
    .select(['court_id', 'docket_number', 'case_name'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { court: c.court_id, docketNumber: c.docket_number, caseName: c.case_name };
}

/** "Hamama et al v. Adducci" (a subject); the court and number when the record has no caption. */
function shortTitle(c: NamedCase): string {
  return c.caseName ?? `${c.court.toUpperCase()} ${c.docketNumber}`;
}

/** "Hamama et al v. Adducci (MIED 2:17-cv-11910)": the caption and which docket it is. */
function fullTitle(c: NamedCase): string {
  const docket = `${c.court.toUpperCase()} ${c.docketNumber}`;
  return c.caseName ? `${c.caseName} (${docket})` : docket;
}

async function caseKeyOf(db: Kysely<Database>, caseId: number): Promise<string> {
  const c = await db
    .selectFrom('cases')
    .select(['court_id', 'docket_number'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return `${c.court_id}:${c.docket_number}`;
}

/** The signed link to confirm or manage a subscription, as an account email gives it. */
function accountLink(purpose: 'confirm' | 'manage', row: SubscriptionRow, links: LinkContext): string {
  const token = signToken({ purpose, subject: row.id }, links.secret, linkIssuedAt(links.now));
  const lang = languageOfRow(row);
  return `${links.publicUrl}/${purpose}?token=${token}${lang === 'en' ? '' : `&lang=${lang}`}`;
}

/** The account emails' first sentence: this address asked for these emails about this case. */
function whatWasAsked(lang: Language, row: SubscriptionRow, named: NamedCase): string {
  return t(lang, 'account.confirm.asked', {
    email: ltr(lang, row.email),
    title: ltr(lang, fullTitle(named)),
    what: t(lang, 'describe', { audience: row.audience, frequency: row.frequency }),
  });
}

/** The confirmation email, in the subscriber's language: one link, what it is for, that ignoring it is fine. */
export function renderConfirmation(
  row: SubscriptionRow,
  named: NamedCase,
  links: LinkContext,
): RenderedMessage {
  const lang = languageOfRow(row);
  const url = accountLink('confirm', row, links);
  return accountMessage(
    row.email,
    lang,
    t(lang, 'account.confirm.subject', { title: ltr(lang, shortTitle(named)) }),
    [whatWasAsked(lang, row, named)],
    { label: t(lang, 'account.confirm.action'), lead: t(lang, 'account.confirm.here'), url },
    t(lang, 'account.confirm.ignore'),
    `confirm:${row.id}:${row.confirm_round}`,
  );
}

/**
 * For the public form naming an address that is already subscribed: nothing changed, and here is
 * the link to change or stop the subscription. `period` (the hour) keeps it to one per hour.
 */
export function renderAlreadySubscribed(
  row: SubscriptionRow,
  named: NamedCase,
  links: LinkContext,
  period: string,
): RenderedMessage {
  const lang = languageOfRow(row);
  const url = accountLink('manage', row, links);
  return accountMessage(
    row.email,
    lang,
    t(lang, 'account.already.subject', { title: ltr(lang, shortTitle(named)) }),
    [whatWasAsked(lang, row, named), t(lang, 'account.already.body')],
    { label: t(lang, 'account.already.action'), lead: `${t(lang, 'account.already.action')}:`, url },
    t(lang, 'account.already.ignore'),
    `manage:${row.id}:${period}`,
  );
}

function languageOfRow(row: SubscriptionRow): Language {
  return toLanguage(row.language) ?? 'en';
}

/**
 * A message about a subscription itself (sent once per `key`: a repeated request sends none), in
 * `lang`: a few sentences, one link, and what to do if it was not asked for.
 */
export function accountMessage(
  to: string,
  lang: Language,
  subject: string,
  sentences: string[],
  link: { label: string; lead: string; url: string },
  ignore: string,
  key: string,
): RenderedMessage {
  const dir = direction(lang);
  const align = dir === 'rtl' ? 'text-align:right;' : '';
  const line = oneLine(subject);
  const text = [...sentences, '', `${link.lead} ${link.url}`, '', ignore, ''].join('\n');
  const html = `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(line)}</title></head><body dir="${dir}" style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;${align}">${sentences.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}<p><a href="${escapeHtml(link.url)}" style="color:#1a5fb4;">${escapeHtml(link.label)}</a></p><p style="font-size:13px;color:#666666;">${escapeHtml(ignore)}</p></body></html>`;
  return {
    to,
    subject: line,
    html,
    text,
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Docketwatch-Key': key,
      ...(lang === 'en' ? {} : { 'Content-Language': lang }),
    },
    idempotencyKey: key,
  };
}
