/**
 * A party's paper is told as what its title says it is (third try-out 16): Hamama v. Adducci
 * replayed through the real worker to a real SMTP server. The Sixth Circuit's "APPELLEE BRIEF" is
 * "Appellee’s brief filed (Doc. N)", not "New response"; "MEMORANDUM Regarding Sanctions …" is
 * "Memorandum filed (ECF No. N)", not a response. The stored kind stays as ingest decided it.
 */
import { describe, expect, it } from 'vitest';
import { replayedSuite } from '../support/replayed.ts';

describe('Hamama v. Adducci: briefs and memoranda told by their names', () => {
  const suite = replayedSuite({ caseKey: 'mied:2:17-cv-11910' }, 600_000);

  it('the legal team reads "Appellee’s brief filed" and "Memorandum filed", never "New response" for them', async () => {
    const entries = await suite.run.store.db
      .selectFrom('entries')
      .select(['number', 'description', 'kind'])
      .where((eb) =>
        eb.or([
          eb('description', 'like', 'APPELLEE BRIEF%'),
          eb('description', 'like', 'MEMORANDUM Regarding%'),
        ]),
      )
      .execute();
    expect(entries.length).toBe(2);
    // The stored kind is ingest's, unchanged.
    for (const e of entries) expect(e.kind).toBe('response');
    const legal = suite.run.rounds.mails
      .filter((m) => m.to.startsWith('legal-team@'))
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');
    const brief = entries.find((e) => e.description!.startsWith('APPELLEE'))!;
    const memo = entries.find((e) => e.description!.startsWith('MEMORANDUM'))!;
    expect(legal).toContain(`Appellee’s brief filed (Doc. ${brief.number})`);
    expect(legal).toContain(`The appellee’s brief (Doc. ${brief.number}) was filed on`);
    expect(legal).toContain(`Memorandum filed (ECF No. ${memo.number})`);
    expect(legal).not.toContain(`New response (Doc. ${brief.number})`);
    expect(legal).not.toContain(`New response (ECF No. ${memo.number})`);
  });
});
