/**
 * Who is covered over time, through the live path (`replayed`: the replay court, the real worker,
 * the store, SMTP), from a hand-written history (tests/fixtures/replay/class-over-time.json;
 * fictional parties): the preliminary injunction of September 14, 2021 (ECF 20) certifies the class
 * in its own words; ECF 40 (November 2) "expands the class to include" more tenants and ECF 46
 * (December 7) "adds the following subclass"; the Seventh Circuit vacates the injunction (April 5,
 * 2022; the district clerk's copy, ECF 58 of April 6, says only "USCA OPINION") and its mandate
 * issues April 27, 2022.
 *
 * How a careful reader takes it: an order that only adds to the class leaves the class it adds to
 * in place — the class is ECF 20's plus ECF 40's (plus ECF 46's subclass), never ECF 40's words
 * alone. The Seventh Circuit vacates the injunction, not the certification: membership of the class is
 * its own record, and only an order decertifying the class ends it (tests/fixtures/replay/
 * class-decertified.json) — after the mandate the class is still said to be covered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseDetails } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import { runCli } from '../support/cli.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'ilnd:1:21-cv-04410';
const HISTORY = new URL('../fixtures/replay/class-over-time.json', import.meta.url);
const ECF20 =
  'all tenants of Lakeshore Housing Authority who received a notice of lease termination on or after July 1, 2021';
const ECF40 =
  'all tenants of the Eastside annex who received a notice of lease termination on or after September 1, 2021';
const ECF46 = 'Subclass: all class members who are 62 years of age or older';

describe('who is covered over time (N.D. Ill., hand-written history): additions join the class, a vacated order ends it', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(readFileSync(HISTORY, 'utf8')),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('keeps each order’s words and the additions marked as such', async () => {
    const c = await findCase(suite.run.store.db, KEY);
    const versions = (await readCaseDetails(suite.run.store.db, c!.id)).class?.versions ?? [];
    expect(versions.map((v) => [v.from?.entry, v.text.en, v.adds === true])).toEqual([
      ['20', ECF20, false],
      ['40', ECF40, true],
      ['46', ECF46, true],
    ]);
  });

  it('`docketwatch deadlines` says the class with its additions, and still after the injunction of ECF 20 is vacated', async () => {
    const db = `${suite.run.dir}/replay.sqlite`;
    const covered = async (day: string) =>
      (await runCli(['deadlines', '--case', KEY, '--as-of', day, '--db', db])).stdout
        .split('\n')
        .filter((l) => l.startsWith('  COVERED'));
    expect(await covered('2021-10-01')).toEqual([
      `  COVERED   ${ECF20}: the order's words for entry 20 of 2021-09-14`,
    ]);
    const december = [
      `  COVERED   ${ECF20}; ${ECF40}; ${ECF46}: the order's words for entry 20 of 2021-09-14; added to by entry 40 of 2021-11-02; added to by entry 46 of 2021-12-07`,
    ];
    expect(await covered('2021-12-08')).toEqual(december);
    // The injunction vacated (the mandate of April 27) leaves the certification: the class stands.
    expect(await covered('2022-04-27')).toEqual(december);
  });

  it('advocates read the class with its additions, in their language, before and after the mandate', () => {
    const from = (who: string) =>
      suite.run.rounds.rounds.flatMap((x) =>
        x.mails.filter((m) => m.to === who).map((m) => ({ day: x.day, m })),
      );
    const en = from('advocate@demo.docketwatch.invalid');
    const december = en.filter(
      ({ day, m }) => day >= '2021-12-07' && day < '2022-04-27' && m.kind === 'digest',
    );
    expect(december.length).toBeGreaterThan(0);
    for (const { m } of december) {
      expect(m.text, m.subject).toContain(
        `Who is covered: ${ECF20}; ${ECF40}; ${ECF46}. As the court defined the class in its order of September 14, 2021 (ECF No. 20). The court added to the class in its order of November 2, 2021 (ECF No. 40). The court added to the class in its order of December 7, 2021 (ECF No. 46).`,
      );
    }
    // Never ECF 40's words said as the whole class.
    for (const { m } of en) expect(m.text, m.subject).not.toContain(`Who is covered: ${ECF40}`);
    const es = from(ADVOCATES_IN_EVERY_LANGUAGE[0].email);
    expect(es.map(({ m }) => m.text).join('\n')).toContain(
      'El tribunal amplió la clase en su orden del 2 de noviembre de 2021 (ECF n.º 40).',
    );
    const after = en.filter(({ day, m }) => day >= '2022-04-27' && m.kind === 'digest');
    expect(after.length).toBeGreaterThan(0);
    for (const { m } of after)
      expect(m.text, m.subject).toContain(`Who is covered: ${ECF20}; ${ECF40}; ${ECF46}.`);
  });

  it('the pages say it the same way: the class with its additions, before and after the mandate', async () => {
    const at = async (now: string, url: string) => {
      const app = await testServer(suite.run.store, 'https://watch.example.org', new Date(now));
      try {
        return (await app.inject({ method: 'GET', url })).body;
      } finally {
        await app.close();
      }
    };
    const path = '/cases/ilnd/1:21-cv-04410';
    const december = await at('2021-12-10T18:00:00Z', `${path}/key-dates`);
    expect(december).toContain('The court added to the class in its order of November 2, 2021 (ECF No. 40).');
    const later = await at('2022-06-01T18:00:00Z', `${path}/key-dates`);
    expect(later).toContain('The court added to the class in its order of November 2, 2021 (ECF No. 40).');
    const page = await at('2022-06-01T18:00:00Z', path);
    expect(page).toMatch(/<p class="covered">/);
    expect(page).not.toContain('its order vacated');
  });

  it('no message contradicts the stored posture at the moment it was sent', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
  });

  it('the clerk’s copy that says only “USCA OPINION” (ECF 58) is the Seventh Circuit’s decision already told: no one is told it again', () => {
    const told = suite.run.rounds.mails.filter((m) => /ECF (?:No\.|n\.º) 58\b|رقم 58\b/.test(m.text));
    expect(told.map((m) => `${m.to}: ${m.subject}`)).toEqual([]);
    // The decision itself was told (from the appeal's docket, April 5).
    expect(suite.run.rounds.mails.some((m) => / vacated on appeal — /.test(m.subject))).toBe(true);
  });
});
