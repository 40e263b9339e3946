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
import { Worker } from 'node:worker_threads';
import nodemailer, { type NodemailerError, type SMTPPoolOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { ConfigError, DocketwatchError } from '../errors.ts';
import type { RenderedMessage } from './render.ts';

export const DEFAULT_OUTBOX_DIR = 'outbox';
export const DEFAULT_MAIL_FROM = 'docketwatch <docketwatch@localhost>';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface MailerConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; `null` writes `.eml` files into `outboxDir`. */
  smtpUrl: string | null;
  /** The sender (`MAIL_FROM`): `Name <address>` or an address. */
  from: string;
  outboxDir: string;
  /** Pooled SMTP connections kept open at once. */
  maxConnections: number;
  retry: RetryPolicy;
  /** Connecting, greeting and idle-socket limit, in milliseconds. */
  timeoutMs: number;
  /**
   * Worker threads composing MIME messages for SMTP while this thread renders and talks to the
   * server (composing is most of a message's cost); 0 composes on this thread.
   */
  composeThreads: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The mailer's settings: the defaults with `overrides`. Where they come from (`SMTP_URL`,
 * `MAIL_FROM`, `OUTBOX_DIR`, a config file) is decided in one place, `src/config.ts`.
 */
export function mailerConfig(overrides: Partial<MailerConfig> = {}): MailerConfig {
  return {
    smtpUrl: null,
    from: DEFAULT_MAIL_FROM,
    outboxDir: DEFAULT_OUTBOX_DIR,
    maxConnections: 5,
    retry: DEFAULT_RETRY,
    timeoutMs: 30_000,
    composeThreads: 1,
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
export function parseSmtpUrl(url: string, maxConnections = 5, timeoutMs = 30_000): SmtpTarget {
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
  readonly #config: MailerConfig;
  readonly #password: string | null;
  readonly #transport: ReturnType<typeof nodemailer.createTransport<unknown>>;
  #composers: ComposerPool | null = null;

  constructor(config: MailerConfig, url: string) {
    const target = parseSmtpUrl(url, config.maxConnections, config.timeoutMs);
    this.#config = config;
    this.#password = target.password;
    this.destination = redactUrl(url);
    this.#transport = nodemailer.createTransport(target.options);
  }

  async send(message: RenderedMessage): Promise<DeliveryReceipt> {
    // The MIME message is composed once, into one buffer, and handed to the pool as `raw`: the
    // socket then gets it in a few large writes instead of one per header and encoded line, and a
    // retry resends the same bytes.
    const threads = this.#config.composeThreads;
    if (threads > 0) this.#composers ??= new ComposerPool(threads);
    const { raw, envelope, messageId } = await composeMessage(message, this.#config.from, this.#composers);
    const mail = { envelope, raw };
    const { attempts, baseDelayMs, maxDelayMs } = this.#config.retry;
    let last: NodemailerError | null = null;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const info = (await this.#transport.sendMail(mail)) as { response?: string };
        return {
          idempotencyKey: message.idempotencyKey,
          messageId,
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
        if (attempt < attempts) await sleep(backoffMs(attempt, baseDelayMs, maxDelayMs));
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
    await this.#composers?.close();
    this.#composers = null;
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
  readonly #config: MailerConfig;
  readonly #builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  #ready: Promise<unknown> | null = null;

  constructor(config: MailerConfig) {
    this.#config = config;
    this.destination = resolve(config.outboxDir);
  }

  async send(message: RenderedMessage): Promise<DeliveryReceipt> {
    this.#ready ??= mkdir(this.destination, { recursive: true });
    await this.#ready;
    const mail = toMail(message, this.#config.from);
    const info = (await this.#builder.sendMail(mail)) as { message: Buffer };
    const path = join(this.destination, emlFileName(message.idempotencyKey));
    // Write beside, then rename: a crash never leaves half a message under the final name.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, info.message);
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

export interface ComposedMessage {
  /** The whole message as it goes over the wire (CRLF line ends, before SMTP dot-stuffing). */
  raw: Buffer;
  /** SMTP envelope: the sender's and the recipient's bare addresses. */
  envelope: { from: string; to: string[] };
  messageId: string;
}

/**
 * The MIME message nodemailer's own `MailComposer` builds for this message: headers (encoded
 * words where needed, List-Unsubscribe, Message-ID from the idempotency key), a text and an HTML
 * part. Bodies are base64, which costs a fraction of quoted-printable to encode (a digest's HTML is
 * one long line).
 */
export async function composeMessage(
  message: RenderedMessage,
  from: string,
  pool: ComposerPool | null = null,
): Promise<ComposedMessage> {
  const mail = { ...toMail(message, from), textEncoding: 'base64' as const };
  let raw: Buffer;
  let envelope: { from: string | false; to: string[] };
  if (pool) {
    ({ raw, envelope } = await pool.compose(mail));
  } else {
    const node = new MailComposer(mail).compile();
    envelope = node.getEnvelope();
    raw = await node.build();
  }
  if (!envelope.from) throw new ConfigError(`MAIL_FROM has no usable address: "${from}"`);
  if (envelope.to.length === 0) throw new PermanentDeliveryError(message.to, null, 'not a valid address');
  return { raw, envelope: { from: envelope.from, to: envelope.to }, messageId: mail.messageId };
}

type MailObject = ReturnType<typeof toMail> & { textEncoding: 'base64' };
type Composed = { raw: Buffer; envelope: { from: string | false; to: string[] } };
type ComposeReply = { id: number; raw?: Uint8Array; envelope?: Composed['envelope']; error?: string };

/**
 * Worker threads running nodemailer's `MailComposer` (`compose-worker.mjs`), so that composing
 * uses the other cores. Requests go round-robin; a worker keeps the process alive only while it
 * has requests pending. A worker that dies fails its pending requests (they are retried by the
 * caller like any transient failure) and is replaced on the next request.
 */
export class ComposerPool {
  readonly #size: number;
  readonly #workers: (Worker | null)[];
  readonly #pending = new Map<
    number,
    { worker: number; resolve: (c: Composed) => void; reject: (e: Error) => void }
  >();
  readonly #load: number[];
  #nextId = 0;
  #turn = 0;

  constructor(size: number) {
    this.#size = Math.max(1, Math.floor(size));
    this.#workers = Array.from({ length: this.#size }, () => null);
    this.#load = Array.from({ length: this.#size }, () => 0);
  }

  compose(mail: MailObject): Promise<Composed> {
    const index = this.#turn++ % this.#size;
    const worker = this.#worker(index);
    const id = this.#nextId++;
    return new Promise<Composed>((resolve, reject) => {
      this.#pending.set(id, { worker: index, resolve, reject });
      if (this.#load[index]!++ === 0) worker.ref();
      worker.postMessage({ id, mail });
    });
  }

  async close(): Promise<void> {
    const workers = this.#workers.splice(0, this.#size, ...this.#workers.map(() => null));
    await Promise.all(workers.map((w) => w?.terminate()));
  }

  #worker(index: number): Worker {
    const existing = this.#workers[index];
    if (existing) return existing;
    const worker = new Worker(new URL('./compose-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (reply: ComposeReply) => this.#settle(reply));
    const fail = (err: Error) => {
      if (this.#workers[index] === worker) this.#workers[index] = null;
      this.#load[index] = 0;
      for (const [id, p] of this.#pending) {
        if (p.worker !== index) continue;
        this.#pending.delete(id);
        p.reject(
          new DocketwatchError('ECOMPOSE', `composing a message failed: ${err.message}`, { cause: err }),
        );
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`composer thread exited (code ${code})`)));
    this.#workers[index] = worker;
    return worker;
  }

  #settle(reply: ComposeReply): void {
    const p = this.#pending.get(reply.id);
    if (!p) return;
    this.#pending.delete(reply.id);
    if (--this.#load[p.worker]! === 0) this.#workers[p.worker]?.unref();
    if (reply.error !== undefined || !reply.raw || !reply.envelope) {
      p.reject(new DocketwatchError('ECOMPOSE', `composing a message failed: ${reply.error ?? 'no reply'}`));
      return;
    }
    const raw = reply.raw;
    p.resolve({ raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), envelope: reply.envelope });
  }
}

function toMail(message: RenderedMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: messageIdFor(message.idempotencyKey, from),
  };
}

/** Exponential, capped, with jitter (half to full), so that retries from many workers spread out. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
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
