/**
 * Interim orders that protect named people — not the class — from an act other than removal, as
 * orders in several courts write them (names fictional): "Defendant shall not terminate the SNAP
 * benefits of the households of Plaintiffs A, B and C pending the hearing on [4]", "the named
 * plaintiffs shall not be transferred while the motion … is pending", "are directed not to evict
 * plaintiffs A and B … pending the April 2 hearing", "are prohibited from reducing the in-home care
 * hours of Plaintiffs …until further order". Each is read as a stay of that act, for those named,
 * with its end; a bar with no end or no one protected, or said as a condition, is not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const stays = (court: string, text: string, documentText?: string) =>
  analyzeEntry(
    { number: '9', dateFiled: '2031-03-14', text, ...(documentText ? { documentText } : {}) },
    { court },
  ).stays;

describe('an interim bar on an act against named people is interim relief for them alone, with its end', () => {
  it.each([
    [
      'mdd',
      "ORDER. Pending the hearing on Plaintiffs' Motion for Preliminary Injunction [4], Defendant shall not terminate the SNAP benefits of the households of Plaintiffs Ayodele Brink, Mirela Vos and Kofi Sandoval. Signed by Judge Rosalind L. Ostrander on 3/14/2031.",
      'termination of SNAP benefits',
      {
        until: expect.stringMatching(/^the hearing on Plaintiffs' Motion for Preliminary Injunction \[4\]$/),
      },
      ['Ayodele Brink', 'Mirela Vos', 'Kofi Sandoval'],
    ],
    [
      'ord',
      'ORDER: The named plaintiffs shall not be transferred to another facility while the motion for a preliminary injunction [12] is pending. Signed by Judge Tobias Halloran on 3/14/2031.',
      'transfer',
      { until: expect.stringMatching(/motion for a preliminary injunction \[12\]/) },
      ['the named plaintiffs'],
    ],
    [
      'wiwd',
      'TEXT ONLY ORDER: Defendants are directed not to evict plaintiffs Marta Olsen and Deshawn Pike from their units pending the April 2, 2031 hearing. Signed by Magistrate Judge Priya Lindqvist on 3/14/2031.',
      'eviction',
      { expires: '2031-04-02' },
      ['Marta Olsen', 'Deshawn Pike'],
    ],
    [
      'njd',
      'ORDER: Until further order of the Court, Defendants are prohibited from reducing the in-home care hours of Plaintiffs Rafaela Quist and Tobiah Mensah. Signed by Judge Mireille Antunes on 3/14/2031.',
      'reduction of in-home care hours',
      { until: 'further_order' },
      ['Rafaela Quist', 'Tobiah Mensah'],
    ],
    [
      'cod',
      "MINUTE ORDER: Pending the Court's ruling on [6], Defendant shall not disenroll Plaintiff Hollis Vantongeren from Medicaid. SO ORDERED by Judge Gretchen Amadi on 3/14/2031.",
      'disenrollment',
      { until: expect.stringMatching(/ruling on \[6\]/) },
      ['Hollis Vantongeren'],
    ],
  ])('%s', (court, text, what, end, parties) => {
    const found = stays(court, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ action: 'granted', what, ...end });
    expect(found[0]!.covers).toEqual({ who: 'named', parties });
  });

  it.each([
    // No end: a term of something else (a decree's paragraph), not interim relief.
    [
      'mdd',
      'ORDER. Defendant shall not terminate the SNAP benefits of Plaintiffs Ayodele Brink and Mirela Vos without ten days’ written notice.',
    ],
    // No one protected: a duty of the agency in general.
    [
      'njd',
      'ORDER: Until further order of the Court, Defendants shall not reduce services under the 2030 assessment tool.',
    ],
    // A condition, not a command now.
    [
      'cod',
      'ORDER: If the Court grants the motion, Defendant shall not terminate the benefits of Plaintiffs Hollis Vantongeren and Ines Marlow pending final judgment.',
    ],
    // A party's motion asks for it.
    [
      'wiwd',
      'EMERGENCY MOTION for Temporary Restraining Order by Marta Olsen, Deshawn Pike. Plaintiffs ask that Defendants shall not evict plaintiffs Marta Olsen and Deshawn Pike pending the hearing.',
    ],
  ])('%s: no interim relief read: %s', (court, text) => {
    expect(stays(court, text)).toEqual([]);
  });
});
