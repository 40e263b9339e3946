/**
 * Configuration: one zod schema, read from a config file and the environment.
 *
 * Precedence (highest first): command-line options > environment variables > config file >
 * defaults. With nothing configured, docketwatch tracks Hamama v. Adducci from public sources,
 * stores in `./data/docketwatch.sqlite` and writes emails into `./outbox/`.
 *
 * Secrets (SMTP password, tokens, the signing secret) come from the environment; a config file may
 * hold them too, but they are never printed: `redactedConfig` is what logs and `status` show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { isAddressOrRange, splitList } from './net/addresses.ts';

/** SMTP connections the mailer keeps open unless `mail.connections` (`SMTP_CONNECTIONS`) says otherwise. */
export const DEFAULT_SMTP_CONNECTIONS = 10;

const caseRef = z
  .string()
  .regex(/^[a-z0-9]+:[^\s:][^\s]*$/, 'a case is COURT:DOCKET, e.g. mied:2:17-cv-11910');

const urlString = z.string().url();

/** The environment variable that sets a config key, stated with the key (`ENV` collects them). */
const envNames = z.registry<{ env: string }>();
function fromEnv<T extends z.ZodType>(env: string, schema: T): T {
  envNames.add(schema, { env });
  return schema;
}

/** `alerts@example.org`, or `Display Name <alerts@example.org>` (the name may be quoted); one line. */
export function isSender(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a sender with a line break is a header injection
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  const isAddress = (a: string) => z.email().safeParse(a).success || /^[^\s@<>]+@localhost$/.test(a);
  const named = /^\s*(?:"([^"\\]*)"|([^"<>@,;]*?))\s*<([^<>\s]+)>\s*$/.exec(value);
  return named ? isAddress(named[3]!) : isAddress(value.trim());
}

export const configSchema = z
  .object({
    /** Where the store lives: a SQLite file path, or a postgres:// URL. */
    database: fromEnv('DATABASE_URL', z.string().min(1).default('./data/docketwatch.sqlite')),
    /** Cases to track when the store has none yet. */
    cases: z
      .array(
        z.object({
          case: caseRef,
          name: z.string().optional(),
          /** Who the case is about, as `docketwatch case set` stores it (see docs/notifications.md). */
          class: z.string().min(1).max(500).optional(),
          classEs: z.string().min(1).max(500).optional(),
          classAr: z.string().min(1).max(500).optional(),
          /** The docket entry whose order defines the class in these words (`case set --class-from`). */
          classFrom: z
            .string()
            .regex(/^\d{1,6}$/)
            .optional(),
          scope: z.enum(['nationwide', 'district', 'named']).optional(),
          protects: z.enum(['removal', 'detention']).optional(),
        }),
      )
      .default([
        {
          case: 'mied:2:17-cv-11910',
          name: 'Hamama et al v. Adducci',
          class:
            'Iraqi nationals in the U.S. with final removal orders who have been or will be arrested and detained by ICE',
          classEs:
            'los ciudadanos iraquíes en EE. UU. con una orden de deportación definitiva que han sido o serán arrestados y detenidos por ICE',
          classAr:
            'المواطنون العراقيون في الولايات المتحدة الصادرة بحقهم أوامر ترحيل نهائية الذين اعتقلتهم أو ستعتقلهم وتحتجزهم إدارة الهجرة والجمارك (ICE)',
          classFrom: '43',
          scope: 'nationwide',
          protects: 'removal',
        },
      ]),
    mail: z
      .object({
        /** `smtp://user:pass@host:587` or `smtps://…`; absent = write `.eml` files into `outboxDir`. */
        smtpUrl: fromEnv(
          'SMTP_URL',
          z
            .string()
            .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
            .optional(),
        ),
        /** The sender: `alerts@example.org` or with a display name, `docketwatch <alerts@example.org>`. */
        from: fromEnv(
          'MAIL_FROM',
          z
            .string()
            .refine(isSender, 'a sender such as alerts@example.org or docketwatch <alerts@example.org>')
            .default('docketwatch@localhost'),
        ),
        outboxDir: fromEnv('OUTBOX_DIR', z.string().default('./outbox')),
        /**
         * SMTP connections kept open at once; the outbox hands each its own message, so this many
         * are in flight (and, after a crash, at most this many are sent again). Alerts of a busy
         * day go out about this many times faster than over one connection; ask the mail provider
         * how many connections it allows.
         */
        connections: fromEnv(
          'SMTP_CONNECTIONS',
          z.coerce.number().int().min(1).max(100).default(DEFAULT_SMTP_CONNECTIONS),
        ),
        /**
         * The inbound SMTP listener for forwarded court notices (NEF emails); absent = off. It takes
         * mail only for `addresses` (others get 550) and ingests each message as a notice.
         */
        inbound: z
          .object({
            host: fromEnv('INBOUND_SMTP_HOST', z.string().min(1).default('127.0.0.1')),
            port: fromEnv('INBOUND_SMTP_PORT', z.coerce.number().int().min(0).max(65535).default(2525)),
            /** Recipient addresses that take notices; a comma- or space-separated list in the environment. */
            addresses: fromEnv(
              'INBOUND_SMTP_ADDRESSES',
              z.preprocess(
                (v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter((a) => a !== '') : v),
                z
                  .array(z.string().email(), {
                    error: 'the addresses that take notices, e.g. notices@docketwatch.example.org',
                  })
                  .min(1, 'at least one address that takes notices'),
              ),
            ),
          })
          .optional(),
      })
      .prefault({}),
    web: z
      .object({
        host: fromEnv('HOST', z.string().default('127.0.0.1')),
        port: fromEnv('PORT', z.coerce.number().int().min(0).max(65535).default(8080)),
        /**
         * The address people reach the site at; used in email links. Default: this machine at the
         * port served (`http://localhost:PORT`).
         */
        publicUrl: fromEnv('PUBLIC_URL', urlString.optional()),
        /** Token for the maintainers' page; absent = page disabled. */
        adminToken: fromEnv('DOCKETWATCH_ADMIN_TOKEN', z.string().min(16).optional()),
        /**
         * Behind reverse proxies: how many (`1`), or their addresses (`127.0.0.1,10.0.0.0/8`); the
         * client is the right-most `X-Forwarded-For` address they did not add. Absent: no proxy.
         */
        trustProxy: fromEnv('TRUST_PROXY', z.string().optional()),
      })
      .transform((web) => ({
        ...web,
        publicUrl: web.publicUrl ?? `http://localhost:${web.port === 0 ? 8080 : web.port}`,
      }))
      .prefault({}),
    /** Signs confirm/unsubscribe links. Required for anything that sends mail to subscribers. */
    secret: fromEnv(
      'DOCKETWATCH_SECRET',
      z.string().min(32, 'must be at least 32 characters (link tokens are signed with it)').optional(),
    ),
    http: z
      .object({
        /** Contact address put in the User-Agent, so court IT staff can reach the operator. */
        contact: fromEnv('DOCKETWATCH_CONTACT', z.string().default('unknown (set DOCKETWATCH_CONTACT)')),
        timeoutMs: z.coerce.number().int().positive().default(30_000),
        maxBytes: z.coerce
          .number()
          .int()
          .positive()
          .default(32 * 1024 * 1024),
      })
      .prefault({}),
    courtlistener: z
      .object({
        token: fromEnv('COURTLISTENER_TOKEN', z.string().min(1).optional()),
        /** Turns on `POST /webhooks/courtlistener/<webhookSecret>`; absent = no webhook. */
        webhookSecret: fromEnv(
          'COURTLISTENER_WEBHOOK_SECRET',
          z
            .string()
            .min(16, 'must be at least 16 characters (it is the secret part of the webhook URL)')
            .regex(/^[A-Za-z0-9._~-]+$/, 'letters, digits and . _ ~ - only (it is a URL path segment)')
            .optional(),
        ),
        /** Addresses or CIDR ranges allowed to deliver webhooks; a comma- or space-separated list in the environment. */
        webhookAllow: fromEnv(
          'COURTLISTENER_WEBHOOK_ALLOW',
          z
            .preprocess(
              (v) => (typeof v === 'string' ? splitList(v) : v),
              z.array(
                z
                  .string()
                  .refine((a) => isAddressOrRange(a), 'an IP address or CIDR range, e.g. 192.0.2.0/24'),
              ),
            )
            .optional(),
        ),
      })
      .default({}),
    pacer: z
      .object({
        username: fromEnv('PACER_USERNAME', z.string().optional()),
        password: fromEnv('PACER_PASSWORD', z.string().optional()),
        /** Monthly spending cap for PACER docket reports, in US dollars. */
        monthlyBudgetUsd: fromEnv('PACER_MONTHLY_BUDGET_USD', z.coerce.number().min(0).default(0)),
      })
      .prefault({}),
    chromiumPath: fromEnv('CHROMIUM_PATH', z.string().default('/usr/bin/chromium')),
    /** Court documents (PDFs): where their files are kept; absent = `documents/` beside a SQLite store, else `./data/documents`. */
    documents: z.object({ dir: fromEnv('DOCUMENTS_DIR', z.string().min(1).optional()) }).default({}),
    /** The worker (`docketwatch run`): schedules and retention; see docs/running.md. */
    worker: z
      .object({
        /** Poll every source on this cron instead of its own (5 fields, or 6 with seconds). */
        pollCron: fromEnv(
          'POLL_CRON',
          z
            .string()
            .refine((v) => validateCron(v), 'not a cron expression (e.g. */15 * * * *)')
            .optional(),
        ),
        /** Up to this many seconds of random delay before each scheduled poll. */
        pollJitterSeconds: fromEnv(
          'POLL_JITTER_SECONDS',
          z.coerce.number().int().min(0).max(3600).default(30),
        ),
        /** SQLite (one process): polls running at once; a fire beyond waits its turn (docs/deploy.md). */
        pollsAtOnce: fromEnv('POLLS_AT_ONCE', z.coerce.number().int().min(1).max(10_000).default(64)),
        keepFetchLogDays: z.coerce.number().int().min(1).default(90),
        keepSentDays: z.coerce.number().int().min(1).default(30),
        /** PostgreSQL: seconds a job may run before it is taken for a dead worker's and retried by another (default 300; housekeeping 3600). */
        jobExpireSeconds: fromEnv(
          'JOB_EXPIRE_SECONDS',
          z.coerce.number().int().min(1).max(86_400).optional(),
        ),
        /** PostgreSQL: seconds a job's lease lasts unless its worker renews it (a third of it at a time); a job whose lease ran out is a dead worker's, retried by another (default 30). */
        jobLeaseSeconds: fromEnv('JOB_LEASE_SECONDS', z.coerce.number().int().min(3).max(3_600).optional()),
      })
      .prefault({}),
    log: z
      .object({
        level: fromEnv(
          'LOG_LEVEL',
          z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
        ),
      })
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
type ConfigInput = z.input<typeof configSchema>;

/** Environment variables and the config key each sets, read from the schema. */
export const ENV: readonly [string, string[]][] = envKeys(configSchema);

function envKeys(schema: z.ZodType, path: string[] = []): [string, string[]][] {
  const name = envNames.get(schema)?.env;
  if (name) return [[name, path]];
  let node: z.ZodType = schema;
  while (
    node instanceof z.ZodDefault ||
    node instanceof z.ZodPrefault ||
    node instanceof z.ZodOptional ||
    node instanceof z.ZodPipe
  ) {
    node = node instanceof z.ZodPipe ? (node.in as z.ZodType) : (node.unwrap() as z.ZodType);
  }
  if (!(node instanceof z.ZodObject)) return [];
  return Object.entries(node.shape as Record<string, z.ZodType>).flatMap(([key, value]) =>
    envKeys(value, [...path, key]),
  );
}

export const DEFAULT_CONFIG_FILES = [
  'docketwatch.config.yaml',
  'docketwatch.config.yml',
  'docketwatch.config.json',
];

export interface LoadOptions {
  /** An explicit config file; it must exist. */
  file?: string;
  env?: NodeJS.ProcessEnv;
  /** Values from command-line options (highest precedence). */
  overrides?: ConfigInput;
  cwd?: string;
}

export interface LoadedConfig {
  config: Config;
  /** The file read, if any. */
  file: string | null;
}

export function loadConfig(options: LoadOptions = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  let file: string | null = null;
  let fromFile: Record<string, unknown> = {};
  const explicit = options.file ?? env.DOCKETWATCH_CONFIG;
  if (explicit) {
    file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`config file ${file} does not exist`);
  } else {
    file = DEFAULT_CONFIG_FILES.map((f) => resolve(cwd, f)).find((f) => existsSync(f)) ?? null;
  }
  if (file) fromFile = readConfigFile(file);

  const merged = deepMerge(
    deepMerge(fromFile, envValues(env)),
    (options.overrides ?? {}) as Record<string, unknown>,
  );
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const where = file ? ` (config file ${file}, environment, or options)` : ' (environment or options)';
    const problems = parsed.error.issues.map((i) => `  - ${describePath(i.path)}: ${i.message}`).join('\n');
    throw new ConfigError(`invalid configuration${where}:\n${problems}`);
  }
  return { config: parsed.data, file };
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let value: unknown;
  try {
    value = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(
      `config file ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`config file ${file} must hold a mapping of settings at its top level`);
  }
  return value as Record<string, unknown>;
}

function envValues(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, path] of ENV) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    let node = out;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1)!] = v;
  }
  return out;
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] =
      isPlainObject(prev) && isPlainObject(v)
        ? deepMerge(prev as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describePath(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  const dotted = path.map(String).join('.');
  const env = ENV.find(([, p]) => p.join('.') === dotted)?.[0];
  return env ? `${dotted} (or ${env})` : dotted;
}

const SECRET_KEYS = new Set(['secret', 'token', 'password', 'adminToken', 'webhookSecret']);

/** The configuration with secrets replaced, for logs and `docketwatch status`. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const redact = (v: unknown, key: string): unknown => {
    if (SECRET_KEYS.has(key) && typeof v === 'string') return '[redacted]';
    if (typeof v === 'string' && /^(smtps?|postgres(ql)?):\/\//.test(v)) return redactUrl(v);
    if (isPlainObject(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, redact(x, k)]),
      );
    }
    return v;
  };
  return redact(config, '') as Record<string, unknown>;
}

/** `smtp://user:secret@host` → `smtp://user:***@host`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}
