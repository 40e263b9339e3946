/**
 * Delivery: nodemailer over SMTP (one URL, pooled connections, TLS when configured), retrying
 * transient failures with jittered, capped backoff; or, with no SMTP configured, `.eml` files in
 * `./outbox/`. Whether a failure is worth retrying is decided in one place (`classifyFailure`);
 * a permanent rejection of the recipient is a `PermanentDeliveryError` so the caller marks the
 * address and stops mail to it. The SMTP password never appears in a message: URLs are redacted.
 */

import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import nodemailer, { type NodemailerError, type SMTPPoolOptions } from 'nodemailer';
import { DEFAULT_SMTP_CONNECTIONS } from '../config.ts';
import { ConfigError, DocketwatchError } from '../errors.ts';
import { backoffDelay, type RetryPolicy } from '../net/retry.ts';
import type { RenderedMessage } from './render.ts';

export const DEFAULT_OUTBOX_DIR = 'outbox';
export const DEFAULT_MAIL_FROM = 'docketwatch <docketwatch@localhost>';

/** How often one send is tried, waiting by the one backoff (`backoffDelay`) between tries. */
export interface MailRetry extends Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'> {
  /** Attempts in all, the first included. */
  attempts: number;
}

export interface MailerConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; `null` writes `.eml` files into `outboxDir`. */
  smtpUrl: string | null;
  /** The sender (`MAIL_FROM`): `Name <address>` or an address. */
  from: string;
  outboxDir: string;
  /** Pooled SMTP connections kept open at once. */
  maxConnections: number;
  retry: MailRetry;
  /** Connecting, greeting and idle-socket limit, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: MailRetry = { attempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The mailer's settings: the defaults with `overrides`. Where they come from (`SMTP_URL`,
 * `MAIL_FROM`, `OUTBOX_DIR`, a config file) is decided in one place, `src/config.ts`.
 */
export function mailerConfig(overrides: Partial<MailerConfig> = {}): MailerConfig {
  return {
    smtpUrl: null,
    from: DEFAULT_MAIL_FROM,
    outboxDir: DEFAULT_OUTBOX_DIR,
    maxConnections: DEFAULT_SMTP_CONNECTIONS,
    retry: DEFAULT_RETRY,
    timeoutMs: 30_000,
    ...overrides,
  };
}

/** The server refused this recipient (or this message) for good: do not send to it again. */
export class PermanentDeliveryError extends DocketwatchError {
  readonly recipient: string;
  readonly responseCode: number | null;
  readonly response: string | null;
  constructor(
    recipient: string,
    responseCode: number | null,
    response: string | null,
    options?: { cause?: unknown },
  ) {
    super(
      'EPERMANENT',
      `the mail server refused ${recipient} permanently${response ? `: ${response}` : ''}`,
      options,
    );
    this.recipient = recipient;
    this.responseCode = responseCode;
    this.response = response;
  }
}

/** Every attempt failed with a transient error (server down, 4xx); the message may be tried later. */
export class TransientDeliveryError extends DocketwatchError {
  readonly attempts: number;
  constructor(message: string, attempts: number, options?: { cause?: unknown }) {
    super('ETRANSIENT', message, options);
    this.attempts = attempts;
  }
}

export interface DeliveryReceipt {
  idempotencyKey: string;
  /** The Message-ID header: derived from the idempotency key, so a resend carries the same id. */
  messageId: string;
  via: 'smtp' | 'file';
  attempts: number;
  /** The `.eml` file, in file mode. */
  path: string | null;
  /** The server's final reply, in SMTP mode. */
  response: string | null;
}

export interface Mailer {
  send(message: RenderedMessage): Promise<DeliveryReceipt>;
  close(): Promise<void>;
  /** Where mail goes, safe to print: the redacted SMTP URL or the outbox folder. */
  readonly destination: string;
  /**
   * Messages it can have in flight at once (the SMTP pool's connections): the outbox sends this
   * many at a time, so a crash leaves at most this many accepted but unrecorded.
   */
  readonly connections: number;
}

export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? new SmtpMailer(config, config.smtpUrl) : new FileMailer(config);
}

/** The URL with its password replaced by `***` (and nothing at all when it cannot be parsed). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return '(unparseable SMTP_URL)';
  }
}

interface SmtpTarget {
  options: SMTPPoolOptions & { pool: true };
  password: string | null;
}

/** `SMTP_URL` as nodemailer pool options; `?starttls=required|never` and `?verify=false` tune TLS. */
export function parseSmtpUrl(
  url: string,
  maxConnections = DEFAULT_SMTP_CONNECTIONS,
  timeoutMs = 30_000,
): SmtpTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(`SMTP_URL is not a URL (${redactUrl(url)}); expected smtp://user:pass@host:587`);
  }
  const secure = u.protocol === 'smtps:';
  if (!secure && u.protocol !== 'smtp:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got ${redactUrl(url)}`);
  }
  if (!u.hostname) throw new ConfigError(`SMTP_URL has no host: ${redactUrl(url)}`);
  const starttls = u.searchParams.get('starttls');
  if (starttls !== null && starttls !== 'required' && starttls !== 'never') {
    throw new ConfigError(`SMTP_URL starttls must be "required" or "never", got "${starttls}"`);
  }
  const user = decodeURIComponent(u.username);
  const password = u.password ? decodeURIComponent(u.password) : null;
  return {
    password,
    options: {
      pool: true,
      host: u.hostname.replace(/^\[|\]$/g, ''),
      port: u.port ? Number(u.port) : secure ? 465 : 587,
      secure,
      requireTLS: starttls === 'required',
      ignoreTLS: starttls === 'never',
      tls: { rejectUnauthorized: u.searchParams.get('verify') !== 'false' },
      ...(user ? { auth: { user, pass: password ?? '' } } : {}),
      maxConnections,
      maxMessages: 500,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      logger: false,
    },
  };
}

export type FailureClass = 'permanent' | 'transient' | 'config';

/**
 * The one place that decides what a failure means. `config` (authentication, TLS, the sender
 * refused) is not the recipient's fault and not fixed by waiting; `permanent` is a 5xx refusal of
 * the recipient or message; everything else (connection refused or dropped, timeouts, 4xx) is
 * `transient` and retried.
 */
export function classifyFailure(err: NodemailerError): FailureClass {
  if (err.code === 'EAUTH' || err.code === 'ENOAUTH' || err.code === 'ECONFIG' || err.code === 'ETLS') {
    return 'config';
  }
  const permanent =
    err.permanent ??
    (typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode !== 503);
  if (!permanent) return 'transient';
  return err.command === 'MAIL FROM' ? 'config' : 'permanent';
}

class SmtpMailer implements Mailer {
  readonly destination: string;
  readonly connections: number;
  readonly #config: MailerConfig;
  readonly #password: string | null;
  readonly #transport: ReturnType<typeof nodemailer.createTransport<unknown>>;

  constructor(config: MailerConfig, url: string) {
    const target = parseSmtpUrl(url, config.maxConnections, config.timeoutMs);
    this.#config = config;
    this.#password = target.password;
    this.destination = redactUrl(url);
    this.connections = config.maxConnections;
    this.#transport = nodemailer.createTransport(target.options);
  }

  async send(message: RenderedMessage): Promise<DeliveryReceipt> {
    const { attempts, baseDelayMs, maxDelayMs } = this.#config.retry;
    let last: NodemailerError | null = null;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      // Made for each attempt: a long body is a stream, read once.
      // base64 costs a fraction of quoted-printable to encode (a digest's HTML is one long line).
      const mail = { ...toMail(message, this.#config.from), textEncoding: 'base64' as const };
      try {
        const info = (await this.#transport.sendMail(mail)) as { response?: string };
        return {
          idempotencyKey: message.idempotencyKey,
          messageId: mail.messageId,
          via: 'smtp',
          attempts: attempt,
          path: null,
          response: info.response ?? null,
        };
      } catch (e) {
        const err = e as NodemailerError;
        const kind = classifyFailure(err);
        if (kind === 'permanent') {
          throw new PermanentDeliveryError(
            message.to,
            err.responseCode ?? null,
            this.#scrub(lastLine(err.response) ?? err.message),
            { cause: err },
          );
        }
        if (kind === 'config') {
          throw new ConfigError(`mail server ${this.destination} refused us: ${this.#scrub(err.message)}`, {
            cause: err,
          });
        }
        last = err;
        if (attempt < attempts) await sleep(backoffDelay(attempt - 1, { baseDelayMs, maxDelayMs }));
      }
    }
    throw new TransientDeliveryError(
      `could not deliver to ${message.to} through ${this.destination} after ${attempts} attempts: ${this.#scrub(last?.message ?? 'unknown error')}`,
      attempts,
      { cause: last },
    );
  }

  async close(): Promise<void> {
    this.#transport.close();
  }

  /** Error text with the password removed, however the library quoted it. */
  #scrub(text: string): string {
    const pw = this.#password;
    if (!pw) return text;
    return text.split(pw).join('***').split(encodeURIComponent(pw)).join('***');
  }
}

/** With no SMTP: each message becomes `<outbox>/<key>-<hash>.eml`; sending the same key again overwrites. */
class FileMailer implements Mailer {
  readonly destination: string;
  readonly connections: number;
  readonly #config: MailerConfig;
  readonly #builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  #ready: Promise<unknown> | null = null;

  constructor(config: MailerConfig) {
    this.#config = config;
    this.destination = resolve(config.outboxDir);
    this.connections = config.maxConnections;
  }

  async send(message: RenderedMessage): Promise<DeliveryReceipt> {
    // Owner-only: each file holds an address and signed links.
    this.#ready ??= mkdir(this.destination, { recursive: true, mode: 0o700 });
    await this.#ready;
    const mail = toMail(message, this.#config.from);
    const info = (await this.#builder.sendMail(mail)) as { message: Buffer };
    const path = join(this.destination, emlFileName(message.idempotencyKey));
    // Write beside, then rename: a crash never leaves half a message under the final name.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, info.message, { mode: 0o600 });
    await rename(tmp, path);
    return {
      idempotencyKey: message.idempotencyKey,
      messageId: mail.messageId,
      via: 'file',
      attempts: 1,
      path,
      response: null,
    };
  }

  async close(): Promise<void> {
    this.#builder.close();
  }
}

/** A file name that is stable per idempotency key, readable, and unique (the hash tells keys apart). */
export function emlFileName(key: string): string {
  const slug = key
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);
  return `${slug}-${sha256(key).slice(0, 16)}.eml`;
}

/** `<hash@domain>`: the same idempotency key always yields the same Message-ID. */
export function messageIdFor(key: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'docketwatch.localhost';
  return `<${sha256(key).slice(0, 32)}@${domain}>`;
}

function toMail(message: RenderedMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: inSlices(message.text),
    html: inSlices(message.html),
    headers: message.headers,
    messageId: messageIdFor(message.idempotencyKey, from),
  };
}

/** A body at least this long (characters) is handed to nodemailer in slices. */
const SLICED_FROM = 256 * 1024;
/** Bytes nodemailer encodes between two turns of the event loop. */
const SLICE_BYTES = 64 * 1024;

/**
 * A long body (the digest of a backfill: megabytes) as a stream of 64 KiB slices with a turn of the
 * event loop between them, so encoding it never holds the process that also answers `/healthz`
 * for long; a short one as it is. The decoded body is the same (base64 is byte for byte the same;
 * quoted-printable may break its lines elsewhere).
 */
function inSlices(body: string): string | Readable {
  if (body.length < SLICED_FROM) return body;
  const bytes = Buffer.from(body, 'utf8');
  return Readable.from(
    (async function* () {
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
        if (at > 0) await new Promise((r) => setImmediate(r));
        yield bytes.subarray(at, at + SLICE_BYTES);
      }
    })(),
  );
}

function lastLine(text: string | undefined): string | null {
  if (!text) return null;
  return text.trim().split(/\r?\n/).pop() ?? null;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
