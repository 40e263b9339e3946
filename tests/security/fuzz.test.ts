/**
 * Issue #13: a fuzz suite (fast-check) over the web routes, the link tokens and the parsers. In CI
 * it runs with a fixed seed and a bounded budget; maintainers run it bigger (DEVELOPERS.md):
 *
 *   FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run tests/security/fuzz.test.ts
 *
 * A failure prints the seed and the shrunk input; `FUZZ_SEED=<seed>` replays it.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { isSender } from '../../src/config.ts';
import { DocketwatchError } from '../../src/errors.ts';
import { InvalidEmailError, normalizeEmail, subscribe } from '../../src/notify/subscriptions.ts';
import { signToken, TokenError, type TokenPurpose, verifyToken } from '../../src/notify/tokens.ts';
import { webhookBodySchema } from '../../src/sources/courtlistener-webhook.ts';
import { parseTrustProxy, redactTokens } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { SECRET, testServer } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 13013);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const params = (runs = RUNS) => ({ seed: SEED, numRuns: runs, endOnFailure: true });
const PUBLIC = 'https://watch.example.org';
const PURPOSES: TokenPurpose[] = ['confirm', 'unsubscribe', 'manage', 'track', 'search-stop'];
const WEBHOOK_SECRET = 'whsec-fuzz-0123456789abcdef';

let store: Store;
let app: FastifyInstance;
let subscriptionId: string;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  const s = await subscribe(
    store,
    { email: 'fuzz@example.org', case: CASE.key, confirmed: true },
    { publicUrl: PUBLIC, secret: SECRET, now: AS_OF },
  );
  subscriptionId = s.subscription.id;
  app = await testServer(store, PUBLIC, AS_OF, {
    subscribeLimit: { max: 1_000_000, windowMs: 60_000 },
    courtListenerWebhook: { secret: WEBHOOK_SECRET, rateLimit: { max: 1_000_000, windowMs: 60_000 } },
  });
});

afterAll(async () => {
  await app?.close();
});

/** Text an attacker would try: markup, control characters, percent escapes, long runs. */
const hostile = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%00',
    '%zz',
    '%E0%A4%A',
    '../../etc/passwd',
    'alice@example.org',
    'ALICE@EXAMPLE.ORG',
    '\r\nSet-Cookie: x=y',
    '9'.repeat(500),
    'a.b',
    '',
  ),
);

const pathSegment = hostile.map((s) => encodeURIComponent(s));
const routePath = fc.oneof(
  fc.constantFrom(
    '/',
    '/healthz',
    '/api/cases',
    '/admin',
    '/static/site.css',
    '/confirm',
    '/manage',
    '/unsubscribe',
    '/track',
    '/searches/stop',
  ),
  fc.tuple(pathSegment, pathSegment).map(([c, d]) => `/cases/${c}/${d}`),
  fc.tuple(pathSegment, pathSegment).map(([c, d]) => `/api/cases/${c}/${d}`),
  fc.tuple(pathSegment, pathSegment).map(([c, d]) => `/cases/${c}/${d}/feed.atom`),
  fc.tuple(pathSegment, pathSegment).map(([c, d]) => `/cases/${c}/${d}/calendar.ics`),
  pathSegment.map((s) => `/webhooks/courtlistener/${s}`),
  // (inject builds a WHATWG URL: a leading `//` or `/\` would read as a host, so it is cut.)
  fc.string({ maxLength: 80 }).map((s) => `/${s.replace(/^[/\\]+/, '')}`),
  // Addresses the router itself refuses (bad percent-encoding, over-long parameters).
  fc.constantFrom('/%zz', '/cases/%E0%A4%A/x', `/cases/mied/${'9'.repeat(300)}`, '/api/cases/%/%'),
);
const query = fc.option(
  fc.dictionary(fc.constantFrom('token', 'orders', 'kind', 'audience', 'x'), hostile, { maxKeys: 3 }),
  { nil: undefined },
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.constantFrom('email', 'case', 'audience', 'frequency', 'token', '_csrf', 'List-Unsubscribe'),
    hostile,
    { maxKeys: 5 },
  ),
);

describe('routes', () => {
  it('never fail (5xx), always send the security headers, never reflect markup, change no subscription', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'HEAD'),
        routePath,
        query,
        body,
        fc.option(hostile, { nil: undefined }),
        async (method, path, q, form, auth) => {
          const search = q ? `?${new URLSearchParams(q).toString()}` : '';
          const res = await app.inject({
            method: method as 'GET' | 'POST' | 'HEAD',
            url: `${path}${search}`,
            ...(method === 'POST' && form
              ? {
                  payload: new URLSearchParams(form as Record<string, string>).toString(),
                  headers: {
                    'content-type': 'application/x-www-form-urlencoded',
                    ...(auth !== undefined
                      ? { authorization: `Bearer ${auth.replace(/[^\x20-\x7e]/g, '')}` }
                      : {}),
                  },
                }
              : {}),
          });
          expect(res.statusCode, `${method} ${path}${search}`).toBeLessThan(500);
          expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          expect(res.body).not.toMatch(/<script|onerror=/i);
        },
      ),
      params(),
    );
    const row = await store.db
      .selectFrom('subscriptions')
      .select(['status', 'audience', 'frequency'])
      .where('id', '=', subscriptionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'active', audience: 'legal', frequency: 'daily' });
  });

  it('request-log addresses never keep a token or the webhook secret', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), (token, rest) => {
        const cleaned = redactTokens(
          `/unsubscribe?x=1&token=${encodeURIComponent(token)}&y=${encodeURIComponent(rest)}`,
        );
        if (encodeURIComponent(token).length > 3)
          expect(cleaned).not.toContain(`token=${encodeURIComponent(token)}`);
        expect(
          redactTokens(`/webhooks/courtlistener/${WEBHOOK_SECRET}${rest.replace(/[?#]/g, '')}`),
        ).not.toContain(WEBHOOK_SECRET);
      }),
      params(RUNS * 5),
    );
  });
});

describe('tokens', () => {
  it('any string is refused with a TokenError (or verifies only as a token we signed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...PURPOSES), (token, purpose) => {
        try {
          verifyToken(token, purpose, SECRET, AS_OF);
          throw new Error(`a random string verified: ${token}`);
        } catch (err) {
          expect(err).toBeInstanceOf(TokenError);
        }
      }),
      params(RUNS * 10),
    );
  });

  it('round-trips any subject; any change to a token either fails or yields the same claims', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }),
        fc.constantFrom(...PURPOSES),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 2 }),
        (subject, purpose, at, insert) => {
          const token = signToken({ purpose, subject }, SECRET, AS_OF);
          expect(verifyToken(token, purpose, SECRET, AS_OF).subject).toBe(subject);
          const i = at % token.length;
          for (const changed of [
            token.slice(0, i) + insert + token.slice(i + 1),
            token.slice(0, i),
            token + insert,
          ]) {
            if (changed === token) continue;
            try {
              const claims = verifyToken(changed, purpose, SECRET, AS_OF);
              expect(claims.subject).toBe(subject);
              expect(claims.purpose).toBe(purpose);
            } catch (err) {
              expect(err).toBeInstanceOf(TokenError);
            }
          }
          for (const other of PURPOSES.filter((p) => p !== purpose)) {
            expect(() => verifyToken(token, other, SECRET, AS_OF)).toThrow(TokenError);
          }
        },
      ),
      params(RUNS * 5),
    );
  });
});

describe('parsers', () => {
  const fragments = fc.constantFrom(
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss>',
    '<!DOCTYPE rss SYSTEM "http://x/y.dtd">',
    '<!DOCTYPE rss [ <!ENTITY a "b"> ]>',
    '<!-- c -->',
    '<rss version="2.0">',
    '<channel><title>Eastern District of Michigan - Recent Entries</title>',
    '<item><title>2:17-cv-11910 Hamlin v. Adams</title>',
    '<link>https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000</link>',
    '<description>[Order] &a;</description>',
    '<pubDate>Mon, 26 Jun 2017 18:00:00 GMT</pubDate></item>',
    '</channel></rss>',
    '<html><body><table><tr><td>',
    'Docket Text',
    '<center><b>U.S. District Court</b>',
    'Case #: 2:17-cv-11910',
    '</td></tr></table>',
    '<![CDATA[',
    ']]>',
    '&#x0;',
    '\u0000',
  );

  it('parsePacer takes any input: a result, or a typed DocketwatchError, quickly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .array(fc.oneof(fragments, fc.string({ maxLength: 30 })), { maxLength: 30 })
            .map((a) => a.join('\n')),
          fc.string({ maxLength: 500 }),
        ),
        fc.constantFrom(
          'auto',
          'pacer-rss',
          'pacer-docket',
          'pacer-nef',
          'pacer-history',
          'pacer-appellate',
        ) as fc.Arbitrary<never>,
        (text, kind) => {
          const started = performance.now();
          try {
            const result = parsePacer(text, { kind });
            expect(typeof result.isDocket).toBe('boolean');
          } catch (err) {
            expect(err).toBeInstanceOf(DocketwatchError);
          }
          expect(performance.now() - started).toBeLessThan(2_000);
        },
      ),
      params(RUNS * 2),
    );
  });

  it('a document type that is not plain is refused wherever it appears', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 20_000 }),
        fc.constantFrom('SYSTEM "http://x/e.dtd"', 'PUBLIC "-//x" "http://x"', '[ <!ENTITY e "x"> ]'),
        (pad, decl) => {
          const text = `<?xml version="1.0"?><!--${' '.repeat(pad)}--><!DOCTYPE rss ${decl}><rss version="2.0"><channel><title>t</title></channel></rss>`;
          expect(() => parsePacer(text, { kind: 'pacer-rss' })).toThrow(DocketwatchError);
        },
      ),
      params(),
    );
  });

  it('normalizeEmail: an InvalidEmailError, or one line with no spaces and one @', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 80 }), hostile), (raw) => {
        try {
          const email = normalizeEmail(raw);
          expect(email).toMatch(/^[^\s@]+@[^\s@]+$/);
          expect(email.split('@')[1]).toBe(email.split('@')[1]!.toLowerCase());
        } catch (err) {
          expect(err).toBeInstanceOf(InvalidEmailError);
        }
      }),
      params(RUNS * 5),
    );
  });

  it('settings parsers: MAIL_FROM never lets a line break through; --trust-proxy only hops or addresses', () => {
    fc.assert(
      fc.property(hostile, fc.string({ maxLength: 40 }), (a, b) => {
        const sender = `${a} <${b}>`;
        if (isSender(sender)) expect(sender).not.toMatch(/[\r\n]/);
        if (isSender(a)) expect(a).not.toMatch(/[\r\n]/);
        try {
          const parsed = parseTrustProxy(a);
          if (typeof parsed === 'number') expect(parsed).toBeGreaterThanOrEqual(1);
          else expect(parsed.length).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(DocketwatchError);
        }
      }),
      params(RUNS * 5),
    );
  });

  it('the webhook body schema takes any JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(typeof webhookBodySchema.safeParse(value).success).toBe('boolean');
      }),
      params(RUNS * 2),
    );
  });
});
