/**
 * No silent misses (issue #14) through the live path, for an entry read in part: a party's motion
 * noticed for hearing on one day, whose clerk's correction note names another day no finding uses
 * (tests/fixtures/replay/partly-read-correction.json; fictional parties, D. Neb.). The hearing read
 * stays in the record, and the entry is flagged `partly_read` with the unaccounted day: listed by
 * `docketwatch deadlines` (text and --json), on the case page, counted on the maintainers' page
 * and in the legal team's digest. A party's notice that its motion "will be presented before Judge …
 * on D", which no reader reads, is flagged `unread` with that day (the net behind the readers,
 * nineteenth session); and what was read says why — the rule, its confidence and the words — in
 * `docketwatch deadlines` (WHY lines, `--json` records) and beside the deadline on the case page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { runCli } from '../support/cli.ts';
import { replayedSuite } from '../support/replayed.ts';
import { ADMIN_TOKEN, testServer } from '../support/web.ts';

const KEY = 'ned:8:25-cv-00031';
const AS_OF = '2025-03-25';
/** A legal team member who reads the daily digest (the demo's own legal subscriber hears at once). */
const COUNSEL = 'counsel-digest@example.org';

describe('an entry read in part is flagged for what is left (D. Neb., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/partly-read-correction.json', import.meta.url), 'utf8'),
    ),
    subscribers: [{ email: COUNSEL, audience: 'legal', frequency: 'daily' }],
  });
  const deadlines = (...more: string[]) =>
    runCli([
      'deadlines',
      '--case',
      KEY,
      '--as-of',
      AS_OF,
      '--db',
      join(suite.run.dir, 'replay.sqlite'),
      ...more,
    ]);

  it('docketwatch deadlines keeps the hearing read and lists the entry with the unaccounted day', async () => {
    const text = await deadlines();
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines.some((l) => /hearing/i.test(l) && l.includes('2025-04-22'))).toBe(true);
    const at = lines.findIndex((l) => l.startsWith('NEEDS REVIEW'));
    expect(at, text.stdout).toBeGreaterThan(0);
    const listed = lines.slice(at + 1).find((l) => l.includes('[14]'));
    expect(listed).toMatch(/partly read: .*4\/29\/2025/);
    const data = JSON.parse((await deadlines('--json')).stdout.trim().split('\n').at(-1)!) as {
      needsReview: { entryNumber: string; reason: string; triggers: string[] }[];
    };
    const flag = data.needsReview.find((r) => r.entryNumber === '14');
    expect(flag?.reason).toBe('partly_read');
    expect(flag?.triggers.join(' ')).toContain('4/29/2025');
  });

  it('a notice of a day before the judge that no reader reads is listed with its day', async () => {
    const text = await deadlines();
    const lines = text.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('NEEDS REVIEW'));
    expect(lines[at]).toMatch(/2 entries need a person to read them/);
    expect(lines.slice(at + 1).find((l) => l.includes('[15]'))).toMatch(/unread: "4\/10\/2025/);
  });

  it('each record read from the docket says why: its rule, confidence and words', async () => {
    const text = await deadlines();
    const lines = text.stdout.split('\n');
    const row = lines.find((l) => l.includes('2025-04-07'))!;
    const id = row.split(/\s+/)[0]!;
    const why = lines.find((l) => l.startsWith(`  WHY       ${id}: `));
    expect(why).toMatch(
      /: [a-z][\w-]+ \(confidence (?:0|1)\.\d\d\): ".*respond to the Motion to Compel \[?14\]? by 4\/7\/2025/,
    );
    const data = JSON.parse((await deadlines('--json')).stdout.trim().split('\n').at(-1)!) as {
      records: { id: string; why?: { rule: string; words: string; confidence: number } }[];
    };
    const record = data.records.find((r) => r.id === id)!;
    expect(record.why?.rule).toMatch(/^[a-z][\w-]+$/);
    expect(record.why?.words).toContain('by 4/7/2025');
    expect(record.why?.confidence).toBeGreaterThanOrEqual(0.6);
    // The hearing read from the motion says why too.
    const hearing = data.records.find((r) => r.why?.words.includes('Motion Hearing set for'));
    expect(hearing?.why?.rule).toMatch(/^[a-z][\w-]+$/);
  });

  it('the case page lists it with the day, beside the hearing read; the maintainers’ page counts it', async () => {
    const app = await testServer(suite.store, 'https://watch.example.org', new Date(`${AS_OF}T12:00:00Z`));
    try {
      const page = await app.inject({ method: 'GET', url: '/cases/ned/8:25-cv-00031' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(/2 entries need a person to read them/);
      const section = page.body.slice(page.body.indexOf('class="needs-review"'));
      expect(section).toContain('[14]');
      expect(section).toMatch(/partly read: “4\/29\/2025/);
      const above = page.body.slice(0, page.body.indexOf('class="needs-review"'));
      expect(above).toMatch(/April 22, 2025|2025-04-22/);
      // The deadline read says what it was read from, and by which rule.
      expect(above).toMatch(
        /read from the docket, not yet checked by a person: “[^”]*by 4\/7\/2025[^”]*” \(rule [a-z][\w-]+\)/,
      );
      const admin = await app.inject({
        method: 'GET',
        url: '/admin',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(admin.statusCode).toBe(200);
      expect(admin.body).toMatch(/<strong>2 entries need a person to read them<\/strong>/);
    } finally {
      await app.close();
    }
  });

  it('the legal team’s digest counts it; an advocate’s does not', () => {
    const mails = suite.run.rounds.mails;
    const legal = mails.filter((m) => m.to.includes(COUNSEL));
    expect(legal.length).toBeGreaterThan(0);
    expect(legal.some((m) => /\d+ entr(?:y needs|ies need) a person to read (?:it|them)/.test(m.text))).toBe(
      true,
    );
    const others = mails.filter((m) => m.to.includes(DEMO_SUBSCRIBERS.advocate));
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect(m.text).not.toMatch(/a person to read/);
  });
});
