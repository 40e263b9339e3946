/**
 * Duties met by papers naming the order's paragraph, the conditions and hours relief ends at, a
 * permitted reply, and the class after its injunction is vacated — through the live path
 * (`replayedSuite`: the replay court, the real worker, the store, SMTP in en/es/ar; the CLI on the
 * stored posture) from a hand-written history (tests/fixtures/replay/duties-met-and-terms-kept.json;
 * fictional parties, D. Conn.).
 *
 * How a careful reader takes it:
 * - the TRO of February 25 "shall expire at 5:00 p.m. on March 11, 2026" (its document's words): in
 *   force through that day, ending at 5:00 PM (the court's time), said with the hour everywhere;
 * - "Petitioners may file a reply by March 6, 2026", none filed: passed while [3] waits; [3] decided
 *   March 16, the reply is closed ("mooted") — it was never owed;
 * - the omnibus order [14] ¶3 stays one petitioner's removal "pending the Board of Immigration
 *   Appeals' adjudication of her motion to reopen": that is its end, never "no end date given";
 * - ¶4 (post a notice, within 10 days: March 26) and ¶5 (identify and file a list, within 21 days:
 *   April 6) are met by "NOTICE of Compliance with Paragraph 4 of the Court's [14] …" and "NOTICE of
 *   Filing of … pursuant to Paragraph 5 of [14]", each filed on its due day: satisfied, never passed;
 * - [24] vacates the injunction of ¶2 and says the class certification is not affected: who is
 *   covered is still said (only a decertification ends a class).
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/duties-met-and-terms-kept.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, type Mail, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'ctd:3:26-cv-00871';
const [SPANISH, ARABIC] = ADVOCATES_IN_EVERY_LANGUAGE;
const CLASS = history.people.class;

describe('duties met by paragraph, relief’s conditions and hours, a permitted reply, the class after vacatur (D. Conn., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const cli = (asOf: string) => suite.run.deadlines(asOf);
  const mails = (to: string): (Mail & { day: string })[] =>
    suite.rounds.rounds.flatMap((r) => r.mails.filter((m) => m.to === to).map((m) => ({ ...m, day: r.day })));
  const said = (to: string) =>
    mails(to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('the notices naming paragraphs 4 and 5 of [14], filed on the due days, meet those duties: satisfied, never passed', async () => {
    for (const day of ['2026-03-26', '2026-04-06', '2026-04-20', '2026-06-01']) {
      const out = await cli(day);
      const rows = out.split('\n').filter((l) => /Post a notice|Identify every class member/i.test(l));
      expect(rows.length, day).toBeGreaterThan(0);
      for (const row of rows) expect(row, day).not.toMatch(/\bpassed\b/);
    }
    const out = await cli('2026-04-20');
    expect(out).toMatch(/Post a notice of this Order[^\n]*Respondents\s+2026-03-26\s+satisfied/i);
    expect(out).toMatch(/Identify every class member[^\n]*Respondents\s+2026-04-06\s+satisfied/i);
    // No one is told a paragraph's duty went unmet.
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate])
      expect(said(to)).not.toMatch(/not on the docket[^\n]*(?:Post a notice|Identify every class member)/i);
  });

  it('the stay of removal of ¶3 ends with the Board’s adjudication of the motion to reopen, as the order says', async () => {
    const p = await casePosture(suite.store, KEY, '2026-03-20');
    const stay = p.inForce.find((f) => f.kind === 'stay');
    expect(stay?.text).toMatch(
      /until the Board of Immigration Appeals['’] adjudication of her motion to reopen/,
    );
    const out = await cli('2026-03-20');
    expect(out).toMatch(/IN FORCE {2}Stay of removal[^\n]*until the Board of Immigration Appeals/);
    expect(out).not.toMatch(/no end date given/);
    expect(said(DEMO_SUBSCRIBERS.advocate)).not.toMatch(/Stay of removal[^\n]*no end date given/);
  });

  it('the TRO ends at 5:00 PM on March 11, 2026 (the court’s time): the posture, the CLI and the mails in every language say the hour', async () => {
    const on11 = await casePosture(suite.store, KEY, '2026-03-11');
    const tro = on11.inForce.find((f) => f.kind === 'injunction');
    expect(tro).toMatchObject({ until: '2026-03-11', untilTime: '17:00' });
    expect(tro?.text).toMatch(/until March 11, 2026 at 5:00 PM/);
    expect(await cli('2026-03-11')).toMatch(
      /IN FORCE {2}Temporary restraining order[^\n]*until March 11, 2026 at 5:00 PM/,
    );
    const on12 = await casePosture(suite.store, KEY, '2026-03-12');
    expect(on12.inForce.filter((f) => f.kind === 'injunction' && f.since === '2026-02-25')).toEqual([]);
    expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(
      /Temporary restraining order granted[^\n]*until March 11, 2026 at 5:00 PM/,
    );
    expect(said(SPANISH.email)).toMatch(/11 de marzo de 2026 a las 5:00\s?p\.\s?m\./);
    expect(said(ARABIC.email)).toMatch(/الساعة 5:00/);
  });

  it('a reply the petitioners may file and never do: passed while [3] waits, closed once [3] is decided', async () => {
    expect(await cli('2026-03-10')).toMatch(/Reply[^\n]*Petitioners\s+2026-03-06\s+-?\d+\s+passed/);
    const after = await cli('2026-03-20');
    expect(after).toMatch(/Reply[^\n]*Petitioners\s+2026-03-06\s+mooted/);
    expect(after).not.toMatch(/Reply[^\n]*\bpassed\b/);
  });

  it('the injunction vacated, the class certification kept: who is covered is still said, in the CLI and to advocates', async () => {
    const out = await cli('2026-05-20');
    expect(out).toContain(`  COVERED   ${CLASS}`);
    expect(out).not.toMatch(/IN FORCE {2}Preliminary injunction/);
    // Every advocate's digest from the vacatur on says who is covered, in its language.
    const covered = [
      [DEMO_SUBSCRIBERS.advocate, `Who is covered: ${CLASS}`],
      [SPANISH.email, `A quién ampara: ${history.people.classEs}`],
      [ARABIC.email, history.people.classAr],
    ] as const;
    for (const [to, words] of covered) {
      const digests = mails(to).filter((m) => m.day >= '2026-05-05' && m.kind === 'digest');
      expect(digests.length, to).toBeGreaterThan(0);
      for (const m of digests) expect(m.text, `${to}: ${m.subject}`).toContain(words);
    }
  });

  it('no message contradicts the stored posture, and each change is told once', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
