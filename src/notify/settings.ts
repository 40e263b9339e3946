/**
 * What the notification pipeline needs from the configuration: where links point, the signing
 * secret, and where mail goes. One function reads it from `loadConfig` (options > environment >
 * config file > defaults), so the CLI and the worker agree.
 */
import { DateTime } from 'luxon';
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
}

/**
 * Settings from the loaded configuration. The secret is required (links are signed with it); the
 * mailer's own retries are kept short, because the outbox retries over minutes and hours.
 */
export function notifySettings(config: Config): NotifySettings {
  const publicUrl = safeUrl(config.web.publicUrl);
  if (!publicUrl)
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${config.web.publicUrl}"`);
  return {
    publicUrl: publicUrl.replace(/\/+$/, ''),
    secret: secretFromEnv({ DOCKETWATCH_SECRET: config.secret }),
    unsubscribeMailto: null,
    mailer: mailerConfig({
      smtpUrl: config.mail.smtpUrl ?? null,
      from: config.mail.from,
      outboxDir: config.mail.outboxDir,
      retry: { ...DEFAULT_RETRY, attempts: 3, maxDelayMs: 2000 },
    }),
  };
}

/** The subscriber's calendar date (`YYYY-MM-DD`) at `now`. */
export function localDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}
