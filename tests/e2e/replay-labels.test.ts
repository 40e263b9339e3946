/**
 * Deadline labels, first messages, briefing ended by the ruling, and whose words say who is
 * covered, replayed through the live path (`replayed`: the replay court, the real worker, a real
 * SMTP server) from a hand-written history (tests/fixtures/replay/labels-and-first-news.json;
 * fictional parties, S.D. Tex.).
 *
 * How a careful reader takes it:
 * - deadlines are named as a person names them, in every message, page and language: "Fact
 *   discovery" (the docket's "Fact Discovery"), "Answer to the complaint (ECF No. 5)" (the clerk's
 *   "… to Answer Complaint [5] is granted …"), "Dispositive motions" — never a bracketed number,
 *   a cut word or the clerk's sentence;
 * - the first message a reader gets about a deadline says what it is now: the answer deadline the
 *   docket first shows extended is "Deadline: … due February 28, 2025", and the joint mediation
 *   report set and extended in one publication is one item, "Deadline: … due July 15, 2025 (moved
 *   from July 1, 2025)" — never "moved" to a reader who was never told it was set; the dispositive
 *   motions deadline, told when set, is then "moved" ("it was November 3, 2025");
 * - the response dates CM/ECF prints on the two motions ("Motion Docket Date …") are two deadlines,
 *   one per motion; the one on the motion for a preliminary injunction, unanswered and decided
 *   after its day, is no longer needed (moot) — not "passed"; the one on the motion to dismiss,
 *   answered before the ruling, is met;
 * - the class is given by the maintainers for ECF 7 (whose docket text does not define it): every
 *   message and the case page say so in one voice, never "the court defined the class" beside "as
 *   this site's maintainers give it"; ECF 25 redefines it in its own words, which the maintainers
 *   only translate: the order's words, listed once.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { caseRecordViews } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, type Mail } from '../support/posture-mail.ts';
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
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((a) => ({ ...a })),
    });
    ({ store } = run);
    app = await testServer(store, 'http://127.0.0.1', new Date('2025-07-10T17:00:00Z'));
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await run?.close();
  });

  const mails = (to: string): Mail[] => run.rounds.mails.filter((m) => m.to === to);
  const everyone = () => [
    DEMO_SUBSCRIBERS.legal,
    DEMO_SUBSCRIBERS.advocate,
    ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email),
  ];

  it('names every deadline as a person would, in every message and language: no bracket, no cut word, no clerk’s sentence', () => {
    for (const to of everyone()) {
      const mine = mails(to);
      expect(mine.length, to).toBeGreaterThan(0);
      for (const m of mine) {
        // A deadline line, in any language: what the docket said is quoted (“…”), not a label.
        const lines = `${m.subject}\n${m.text}`
          .split('\n')
          .filter((l) => !/^\s*“/.test(l) && !l.includes('://'));
        for (const line of lines) {
          expect(line, `${to}: ${m.subject}`).not.toMatch(/\[\d+\]/);
          expect(line, `${to}: ${m.subject}`).not.toMatch(
            /\b[a-z][A-Z]{2,}|\b(?:fact|answer|dispositive) (?:Discovery|Complaint|Motions)\b/,
          );
          expect(line, `${to}: ${m.subject}`).not.toMatch(/is granted pursuant|Complaint 5/i);
        }
      }
    }
    const legal = mails(DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    for (const name of [
      'Fact discovery',
      'Affirmative expert disclosures',
      'Dispositive motions',
      'Answer to the complaint (ECF No. 5)',
      'Joinder of parties and amendment of pleadings',
    ])
      expect(legal).toContain(name);
    // docketwatch's name for a hearing is translated, not quoted in English (try-out 5 m2).
    for (const a of ADVOCATES_IN_EVERY_LANGUAGE.slice(0, 2))
      expect(
        mails(a.email)
          .map((m) => m.text)
          .join('\n'),
      ).not.toMatch(/«\u2066?status hearing/);
    expect(
      mails(ADVOCATES_IN_EVERY_LANGUAGE[0].email)
        .map((m) => m.text)
        .join('\n'),
    ).toContain('audiencia sobre el estado del caso');
    const es = mails(ADVOCATES_IN_EVERY_LANGUAGE[0].email)
      .map((m) => m.text)
      .join('\n');
    expect(es).toContain('contestación a la demanda (ECF n.º 5)');
    expect(es).toContain('«Fact discovery»');
  });

  it('a reader’s first message about a deadline says what it is now; "moved" only after they were told it was set', () => {
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const text = mails(to)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
      expect(text, to).toContain('Deadline: Answer to the complaint (ECF No. 5), due February 28, 2025');
      expect(text, to).toMatch(
        /Deadline: Joint mediation report \(parties\) (?:is )?due July 15, 2025 \(moved from July 1, 2025\)\./,
      );
      expect(text, to).toMatch(
        /Dispositive motions (?:is )?now due December 1, 2025 \((?:it )?was November 3, 2025\)/,
      );
      expect(text, to).not.toMatch(/Deadline moved: (?:Answer to the complaint|Joint mediation report)/);
      expect(text, to).not.toMatch(/Deadline set: Joint mediation report/);
    }
    const ar = mails(ADVOCATES_IN_EVERY_LANGUAGE[1].email)
      .map((m) => m.text)
      .join('\n');
    expect(ar).not.toMatch(/تغيّرت مهلة: الردّ على صحيفة الدعوى/);
    expect(ar).toMatch(/مهلة: الردّ على صحيفة الدعوى/);
  });

  it('the case page and the legal calendar name the deadlines the same way', async () => {
    const page = (await app.inject({ method: 'GET', url: PAGE })).body;
    for (const name of ['Fact discovery', 'Affirmative expert disclosures', 'Dispositive motions'])
      expect(page).toContain(name);
    expect(page).not.toMatch(/fact Discovery|dispositive Motions/);
  });

  const deadlines = async (asOf: string) =>
    (await caseRecordViews(store, KEY, asOf)).filter((v) => v.kind === 'deadline');

  it('a response date printed on a motion: passed when its day ran out unanswered before the motion was decided (the ruling did not take it away), met when answered', async () => {
    const briefing = (await deadlines('2025-03-20'))
      .filter((v) => /motion docket date/.test(v.what))
      .map((v) => [v.entry, v.due, v.status]);
    expect(briefing).toEqual([
      ['8', '2025-02-24', 'passed'],
      ['9', '2025-02-26', 'satisfied'],
    ]);
  });

  it('who is covered says whose words it quotes in one voice: the maintainers’ for ECF 7, ECF 25’s own — listed once', async () => {
    // Between ECF 7 and ECF 25 an advocate reads the maintainers' words for ECF 7, said as theirs.
    const digests = run.rounds.rounds
      .filter((r) => r.day >= '2025-01-31' && r.day < '2025-07-01')
      .flatMap((r) =>
        r.mails.filter((m) => m.to === DEMO_SUBSCRIBERS.advocate && /Who is covered/.test(m.text)),
      );
    expect(digests.length).toBeGreaterThan(0);
    for (const m of digests) {
      expect(m.text).toContain(
        'As this site’s maintainers give the court’s definition in its order of January 31, 2025 (ECF No. 7).',
      );
      expect(m.text).not.toContain('As the court defined the class');
    }
    // The page: ECF 25's own words in force (the maintainers only translated them), listed once.
    const res = await app.inject({ method: 'GET', url: PAGE });
    expect(res.statusCode).toBe(200);
    const text = res.body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('As the court defined the class in its order of July 1, 2025 (ECF No. 25).');
    expect(text).toContain('Who is covered, order by order (2)');
    expect(text).toContain('ECF No. 7 (the order’s definition as this site’s maintainers give it)');
    expect(text).toContain('ECF No. 25 (in the order’s words, in force)');
    expect(text).not.toMatch(/ECF No\. 25 \([^)]*maintainers/);
  });
});
