import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { secretFromEnv, signToken, TokenError, verifyToken } from '../../src/notify/tokens.ts';
import { SECRET } from '../support/messages.ts';

const now = new Date('2017-07-11T12:00:00Z');

function failure(fn: () => unknown): TokenError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TokenError) return e;
    throw e;
  }
  throw new Error('expected a TokenError');
}

describe('link tokens', () => {
  it('verifies a token for its purpose and returns its subject and expiry', () => {
    const t = signToken({ purpose: 'confirm', subject: 'sub-42', ttlSeconds: 3600 }, SECRET, now);
    const claims = verifyToken(t, 'confirm', SECRET, now);
    expect(claims.subject).toBe('sub-42');
    expect(claims.expiresAt.toISOString()).toBe('2017-07-11T13:00:00.000Z');
  });

  it('refuses an unsubscribe token used to confirm', () => {
    const t = signToken({ purpose: 'unsubscribe', subject: 'sub-42' }, SECRET, now);
    const err = failure(() => verifyToken(t, 'confirm', SECRET, now));
    expect(err.reason).toBe('wrong-purpose');
    expect(err.code).toBe('ETOKEN');
  });

  it('refuses an expired token', () => {
    const t = signToken({ purpose: 'manage', subject: 'sub-42', ttlSeconds: 60 }, SECRET, now);
    expect(verifyToken(t, 'manage', SECRET, new Date(now.getTime() + 59_000)).subject).toBe('sub-42');
    expect(failure(() => verifyToken(t, 'manage', SECRET, new Date(now.getTime() + 60_000))).reason).toBe(
      'expired',
    );
  });

  it('refuses a token signed with another secret or with an altered payload', () => {
    const t = signToken({ purpose: 'unsubscribe', subject: 'sub-42' }, SECRET, now);
    const other = Buffer.from('another-secret-0123456789abcdef0123456789');
    expect(failure(() => verifyToken(t, 'unsubscribe', other, now)).reason).toBe('bad-signature');
    const [, sig] = t.split('.');
    const forged = Buffer.from(JSON.stringify([1, 'unsubscribe', 'sub-43', 4102444800])).toString(
      'base64url',
    );
    expect(failure(() => verifyToken(`${forged}.${sig}`, 'unsubscribe', SECRET, now)).reason).toBe(
      'bad-signature',
    );
  });

  it('refuses malformed tokens without throwing anything else', () => {
    for (const bad of ['', 'abc', 'a.b.c', '.sig', 'payload.', 'pay load.sig', 'x'.repeat(5000)]) {
      expect(failure(() => verifyToken(bad, 'confirm', SECRET, now)).reason).toMatch(
        /malformed|bad-signature/,
      );
    }
  });

  it('reads the secret from DOCKETWATCH_SECRET and never echoes it', () => {
    expect(secretFromEnv({ DOCKETWATCH_SECRET: 'k'.repeat(40) }).byteLength).toBe(40);
    expect(() => secretFromEnv({})).toThrow(ConfigError);
    try {
      secretFromEnv({ DOCKETWATCH_SECRET: 'short-secret' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).not.toContain('short-secret');
    }
  });
});
