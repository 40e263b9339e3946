/**
 * An entry a docket text links to, read from the link — through the live path (`replayedFixtureSuite`:
 * the replay court's docket report, the real worker, the store, SMTP in en/es/ar; the CLI on the
 * stored record) from a hand-written history (tests/fixtures/replay/compliance-notice-links.json;
 * fictional parties, D. Mass.). Try-out 10 NEW-1.
 *
 * The docket report prints "NOTICE of compliance with [3] temporary restraining order" as "NOTICE of
 * compliance with 3 temporary restraining order", the 3 a link to entry 3's document: the text alone
 * no longer says the 3 is an entry. The parser keeps the link (`linkedEntries`), the store keeps it,
 * and the notice, filed by the side the order commands, meets the order's duty to act ("Respondents
 * shall release Petitioner … within five days"): a lawyer reads it met on February 9, never passed;
 * no reader is reminded of it after the notice.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, mailsFrom } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'mad:1:29-cv-10388';

describe('a notice of compliance naming the order by a bare link meets its duty (D. Mass., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'compliance-notice-links.json');

  it('the store keeps the entry the notice links to; its text shows the bare number', async () => {
    const row = await suite.store.db
      .selectFrom('entries')
      .select(['description', 'linked_entries'])
      .where('number', '=', 4)
      .executeTakeFirstOrThrow();
    expect(row.description).toMatch(
      /^NOTICE of compliance with 3 temporary restraining order by respondents/,
    );
    expect(JSON.parse(row.linked_entries ?? 'null')).toEqual([3]);
    const plain = await suite.store.db
      .selectFrom('entries')
      .select('linked_entries')
      .where('number', '=', 5)
      .executeTakeFirstOrThrow();
    expect(plain.linked_entries).toBeNull();
  });

  it('the CLI: the duty to release the petitioner is met by ECF No. 4, on its day and after, never passed', async () => {
    for (const day of ['2029-02-09', '2029-02-13', '2029-02-21']) {
      const out = await suite.run.deadlines(day);
      const row = out.split('\n').find((l) => /Release Petitioner Teodoro Quispe Lindahl/i.test(l));
      expect(row, `${day}\n${out}`).toMatch(/\bRespondents\s+2029-02-12\s+satisfied\b/);
      const id = row!.split(/\s+/)[0]!;
      expect(out).toContain(`MET       ${id}: by ECF No. 4 of 2029-02-09`);
      expect(out).not.toMatch(/\bpassed\b/);
    }
  });

  it('no reader, in any language, is reminded of the duty after the notice', () => {
    const after = mailsFrom(suite.rounds.rounds, '2029-02-10');
    const readers = [
      DEMO_SUBSCRIBERS.legal,
      DEMO_SUBSCRIBERS.advocate,
      ...ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email),
    ];
    for (const to of readers) {
      const said = after
        .filter((m) => m.to === to)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
      expect(said, to).not.toMatch(/Release Petitioner Teodoro Quispe Lindahl/i);
    }
    // The duty was told when it was set, in every language.
    const before = suite.rounds.rounds.filter((r) => r.day <= '2029-02-08').flatMap((r) => r.mails);
    for (const to of readers)
      expect(
        before
          .filter((m) => m.to === to)
          .some((m) => /Release Petitioner Teodoro Quispe Lindahl/i.test(m.text)),
        to,
      ).toBe(true);
  });
});
