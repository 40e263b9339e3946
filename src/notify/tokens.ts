/**
 * Signed, expiring tokens for the links in every message (confirm, unsubscribe, manage).
 *
 * A token is `<payload>.<signature>`, both base64url: the payload is a compact JSON array
 * `[version, purpose, subject, expiresAtSeconds]`, the signature HMAC-SHA256 over the payload text
 * with the secret. Verification recomputes the signature and compares in constant time before it
 * reads anything, then checks the purpose (an unsubscribe token cannot confirm) and the expiry.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, DocketwatchError } from '../errors.ts';

/**
 * `track`: a saved search's one-time "track this case" link; `search-stop`: leave a saved search's
 * emails; `search-follow`: confirm a request, made on the web form, to follow a saved search.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe' | 'manage' | 'track' | 'search-stop' | 'search-follow';
const PURPOSES: readonly TokenPurpose[] = [
  'confirm',
  'unsubscribe',
  'manage',
  'track',
  'search-stop',
  'search-follow',
];
const VERSION = 1;

/** How long each kind of link works unless the caller says otherwise. */
export const DEFAULT_TTL_SECONDS: Record<TokenPurpose, number> = {
  confirm: 7 * 24 * 3600,
  // Unsubscribe links sit in old mail for a long time; they must still work a year later.
  unsubscribe: 400 * 24 * 3600,
  manage: 30 * 24 * 3600,
  // A proposal is news: after two weeks the maintainers' page is the way to track the case.
  track: 14 * 24 * 3600,
  'search-stop': 400 * 24 * 3600,
  'search-follow': 7 * 24 * 3600,
};

/** Tokens longer than this are refused unread (a subject is an id or an address, never large). */
const MAX_TOKEN_LENGTH = 1024;
const MIN_SECRET_BYTES = 32;

export type TokenFailure = 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose';

/** A link token that cannot be used; `reason` says why, the message says it to a person. */
export class TokenError extends DocketwatchError {
  readonly reason: TokenFailure;
  constructor(reason: TokenFailure, message: string) {
    super('ETOKEN', message);
    this.reason = reason;
  }
}

export interface TokenClaims {
  purpose: TokenPurpose;
  /** Whom the token is about: a subscription id (a saved search's notice id for `track`). */
  subject: string;
  expiresAt: Date;
}

/**
 * The signing secret from `DOCKETWATCH_SECRET`. It is never logged or put in an error message;
 * a missing or short secret is a `ConfigError` that says how to make one.
 */
export function secretFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer {
  const raw = env.DOCKETWATCH_SECRET;
  if (!raw) {
    throw new ConfigError(
      'DOCKETWATCH_SECRET is not set; links in messages are signed with it (make one with `openssl rand -hex 32`)',
    );
  }
  const secret = Buffer.from(raw, 'utf8');
  if (secret.byteLength < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `DOCKETWATCH_SECRET is too short (${secret.byteLength} bytes, at least ${MIN_SECRET_BYTES}); make one with \`openssl rand -hex 32\``,
    );
  }
  return secret;
}

export function signToken(
  claims: { purpose: TokenPurpose; subject: string; ttlSeconds?: number },
  secret: Buffer,
  now: Date = new Date(),
): string {
  const ttl = claims.ttlSeconds ?? DEFAULT_TTL_SECONDS[claims.purpose];
  const exp = Math.floor(now.getTime() / 1000) + ttl;
  const payload = Buffer.from(JSON.stringify([VERSION, claims.purpose, claims.subject, exp])).toString(
    'base64url',
  );
  const token = `${payload}.${sign(payload, secret).toString('base64url')}`;
  if (token.length > MAX_TOKEN_LENGTH) throw new DocketwatchError('ETOKEN', 'token subject is too long');
  return token;
}

/**
 * When an emailed link is issued: the message's clock, but never before the real time. A message
 * built on a replayed court clock (the demo, a replay of 2017) is read by a person today; its links
 * expire counted from today, not from the court's day.
 */
export function linkIssuedAt(now: Date | undefined): Date {
  const wall = Date.now();
  return new Date(Math.max(now?.getTime() ?? wall, wall));
}

/** The claims of a valid token for `purpose`; a `TokenError` for anything else. */
export function verifyToken(
  token: string,
  purpose: TokenPurpose,
  secret: Buffer,
  now: Date = new Date(),
): TokenClaims {
  const malformed = () => new TokenError('malformed', 'this link is incomplete or damaged');
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw malformed();
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) throw malformed();
  const payload = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) throw malformed();

  const expected = sign(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.byteLength !== expected.byteLength || !timingSafeEqual(given, expected)) {
    throw new TokenError('bad-signature', 'this link was not issued by this docketwatch, or it was altered');
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== VERSION ||
    !PURPOSES.includes(parsed[1]) ||
    typeof parsed[2] !== 'string' ||
    !Number.isSafeInteger(parsed[3])
  ) {
    throw malformed();
  }
  const [, tokenPurpose, subject, exp] = parsed as [number, TokenPurpose, string, number];
  if (tokenPurpose !== purpose) {
    throw new TokenError('wrong-purpose', `this is a ${tokenPurpose} link, not a ${purpose} link`);
  }
  const expiresAt = new Date(exp * 1000);
  if (now.getTime() >= expiresAt.getTime()) {
    throw new TokenError(
      'expired',
      `this ${purpose} link expired on ${expiresAt.toISOString().slice(0, 10)}`,
    );
  }
  return { purpose: tokenPurpose, subject, expiresAt };
}

function sign(payload: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}
