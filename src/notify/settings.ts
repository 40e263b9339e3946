/**
 * What the notification pipeline needs from the configuration: where links point, the signing
 * secret, and where mail goes. One function reads it from `loadConfig` (options > environment >
 * config file > defaults), so the CLI and the worker agree.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { isPostgresUrl } from '../../db/index.ts';
import type { Config } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { safeUrl } from './escape.ts';
import { secretFromEnv } from './tokens.ts';
import { DEFAULT_RETRY, type MailerConfig, mailerConfig } from './transport.ts';

export interface NotifySettings {
  /** Base of every link, without a trailing slash. */
  publicUrl: string;
  secret: Buffer;
  /** Address for the `mailto:` form of List-Unsubscribe; `null` leaves it out. */
  unsubscribeMailto: string | null;
  mailer: MailerConfig;
  /**
   * Where the signing key came from: the environment (`DOCKETWATCH_SECRET`), or a key file that
   * docketwatch made in the data folder for the embedded default (`created` on this call).
   */
  keySource?: { kind: 'environment' } | { kind: 'file'; path: string; created: boolean };
}

/** The key file made for the embedded default, beside the SQLite store. */
export const LOCAL_KEY_FILE = 'signing-key';

/**
 * Settings from the loaded configuration. Links are signed with `DOCKETWATCH_SECRET`. With none, the
 * embedded default — a SQLite store and mail written to files, nothing leaving the machine — uses
 * a key of its own, made once in the store's folder (`data/signing-key`, readable by its owner
 * only), so `npm start` works with no configuration and links stay valid across restarts. Real
 * mail (`SMTP_URL`) and a shared PostgreSQL store need the secret from the environment: every
 * worker must sign alike, and a key for mail to people is the operator's to keep. The mailer's own
 * retries are kept short, because the outbox retries over minutes and hours.
 */
export function notifySettings(config: Config): NotifySettings {
  const publicUrl = safeUrl(config.web.publicUrl);
  if (!publicUrl)
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${config.web.publicUrl}"`);
  const { secret, keySource } = signingKey(config);
  return {
    publicUrl: publicUrl.replace(/\/+$/, ''),
    secret,
    keySource,
    unsubscribeMailto: null,
    mailer: mailerConfig({
      smtpUrl: config.mail.smtpUrl ?? null,
      from: config.mail.from,
      outboxDir: config.mail.outboxDir,
      maxConnections: config.mail.connections,
      retry: { ...DEFAULT_RETRY, attempts: 3, maxDelayMs: 2000 },
    }),
  };
}

function signingKey(config: Config): Pick<NotifySettings, 'secret' | 'keySource'> {
  if (config.secret !== undefined) {
    return {
      secret: secretFromEnv({ DOCKETWATCH_SECRET: config.secret }),
      keySource: { kind: 'environment' },
    };
  }
  const shared = config.mail.smtpUrl
    ? 'mail goes out through SMTP_URL'
    : isPostgresUrl(config.database)
      ? 'the store is PostgreSQL, which several workers may share'
      : config.database === ':memory:'
        ? 'the store is in memory'
        : null;
  if (shared) {
    throw new ConfigError(
      `DOCKETWATCH_SECRET is not set; links in messages are signed with it and ${shared}, so it must come from the environment (make one with \`openssl rand -hex 32\`)`,
    );
  }
  const path = join(dirname(resolve(config.database)), LOCAL_KEY_FILE);
  const inside = relative(process.cwd(), path);
  const shown = inside && !inside.startsWith('..') ? inside : path;
  let created = false;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ConfigError(`cannot read the signing key ${shown}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    raw = randomBytes(32).toString('hex');
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // `wx`: two processes starting at once make one key; the loser reads the winner's.
      writeFileSync(path, `${raw}\n`, { flag: 'wx', mode: 0o600 });
      created = true;
    } catch (writeErr) {
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ConfigError(`cannot write the signing key ${shown}: ${(writeErr as Error).message}`, {
          cause: writeErr,
        });
      }
      raw = readFileSync(path, 'utf8').trim();
    }
  }
  try {
    return {
      secret: secretFromEnv({ DOCKETWATCH_SECRET: raw }),
      keySource: { kind: 'file', path: shown, created },
    };
  } catch (err) {
    throw new ConfigError(
      `the signing key in ${shown} is not usable (${(err as Error).message}); delete the file to make a new one`,
      {
        cause: err,
      },
    );
  }
}

/** The subscriber's calendar date (`YYYY-MM-DD`) at `now`. */
export function localDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}
