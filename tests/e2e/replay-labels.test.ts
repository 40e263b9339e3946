/**
 * Deadline labels, first messages, briefing ended by the ruling, and whose words say who is
 * covered, replayed through the live path (`replayed`: the replay court, the real worker, a real
 * SMTP server) from a hand-written history (tests/fixtures/replay/labels-and-first-news.json;
 * fictional parties, S.D. Tex.).
 *
 * How a careful reader takes it:
 * - the response dates CM/ECF prints on the two motions ("Motion Docket Date …") are two deadlines,
 *   one per motion; the one on the motion for a preliminary injunction, unanswered and decided
 *   after its day, is no longer needed (moot) — not "passed"; the one on the motion to dismiss,
 *   answered before the ruling, is met;
 * - the class is given by the maintainers for ECF 7 (whose docket text does not define it): the
 *   case page says so in one voice, never "the court defined the class" beside "as this site's
 *   maintainers give it".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { caseRecordViews } from '../../src/deadlines/record.ts';
import { type Replayed, replayed } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'txsd:4:25-cv-00712';
const PAGE = '/cases/txsd/4:25-cv-00712';

describe('deadline labels and first messages (S.D. Tex., hand-written)', () => {
  let run: Replayed;
  let store: Store;
  let app: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    run = await replayed({
      caseKey: KEY,
      history: JSON.parse(
        readFileSync(new URL('../fixtures/replay/labels-and-first-news.json', import.meta.url), 'utf8'),
      ),
    });
    ({ store } = run);
    app = await testServer(store, 'http://127.0.0.1', new Date('2025-06-20T17:00:00Z'));
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await run?.close();
  });

  const deadlines = async (asOf: string) =>
    (await caseRecordViews(store, KEY, asOf)).filter((v) => v.kind === 'deadline');

  it('a response date printed on a motion ends with that motion: moot when unanswered and decided after its day, met when answered', async () => {
    const briefing = (await deadlines('2025-03-20'))
      .filter((v) => /motion docket date/.test(v.what))
      .map((v) => [v.entry, v.due, v.status]);
    expect(briefing).toEqual([
      ['8', '2025-02-24', 'mooted'],
      ['9', '2025-02-26', 'satisfied'],
    ]);
  });

  it('the case page says whose words the class is in, one way: the maintainers’, for the order that defined it', async () => {
    const res = await app.inject({ method: 'GET', url: PAGE });
    expect(res.statusCode).toBe(200);
    const text = res.body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'As this site’s maintainers give the court’s definition in its order of January 31, 2025 (ECF No. 7).',
    );
    expect(text).toContain('the order’s definition as this site’s maintainers give it');
    expect(text).not.toMatch(/As the court defined the class/);
  });
});
