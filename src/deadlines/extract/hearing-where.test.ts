/**
 * Where and how a hearing is held (issue #12, class18): the room, the manner (video, telephone, in
 * person) and whether the order gives a way to join — never the link itself — in several courts'
 * words; the hour a clerk writes after the room ("07/29/2032, Courtroom 3, 9:30 AM"). Fictional
 * texts, courts not reserved for blind tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const hearings = (text: string, court: string) =>
  analyzeEntry({ number: '40', dateFiled: '2031-03-01', text }, { court }).hearings.filter(
    (h) => h.change === 'set' || h.change === 'reset',
  );

describe('where and how a hearing is held', () => {
  it.each([
    [
      'ncwd',
      'ORDER: the hearing set for March 12, 2031 at 2:00 p.m. is RESET to 9:00 a.m. the same day and will be held by Zoom videoconference.',
      { date: '2031-03-12', time: '09:00', where: { manner: 'video' } },
    ],
    [
      'mnd',
      'TEXT ONLY ORDER: The Status Conference set for 4/2/2031 is RESET for 4/9/2031 at 10:00 AM by telephone. Dial-in information will be emailed to counsel.',
      { date: '2031-04-09', time: '10:00', where: { manner: 'phone', joinGiven: true } },
    ],
    [
      'wied',
      'NOTICE OF HEARING: Motion Hearing set for 5/6/2031 at 1:30 PM in Courtroom 225 before Judge Lena Ortiz.',
      { date: '2031-05-06', time: '13:30', where: { place: 'Courtroom 225' } },
    ],
    [
      'ksd',
      'ORDER: The fairness hearing will proceed by videoconference on June 3, 2031 at 10:00 a.m. The Zoom link is available at https://example.invalid/j/123.',
      { date: '2031-06-03', time: '10:00', where: { manner: 'video', joinGiven: true } },
    ],
    [
      'nmd',
      'MINUTE ORDER: The pretrial conference is set for July 8, 2031 at 11:00 a.m. and will be held in person in Courtroom 4B.',
      { date: '2031-07-08', time: '11:00', where: { manner: 'in_person', place: 'Courtroom 4B' } },
    ],
  ])('%s: %s', (court, text, expected) => {
    expect(hearings(text, court)).toMatchObject([expected]);
  });

  it('the link itself is never kept', () => {
    const [h] = hearings(
      'ORDER: The motion hearing is set for June 3, 2031 at 10:00 a.m. via Microsoft Teams. Join at https://example.invalid/meet/abc?pwd=s3cret',
      'ctd',
    );
    expect(h?.where).toEqual({ manner: 'video', joinGiven: true });
    expect(JSON.stringify(h?.where)).not.toMatch(/example\.invalid|s3cret/);
  });

  it('nothing said: no where', () => {
    expect(
      hearings('NOTICE: Status Conference set for 5/6/2031 at 1:30 PM.', 'cod')[0]?.where,
    ).toBeUndefined();
  });
});

describe("a court of appeals' argument with its room and hour after the day", () => {
  it.each([
    [
      'ca7',
      'ORAL ARGUMENT scheduled for 07/29/2032, Courtroom 3, 9:30 AM.',
      '2032-07-29',
      '09:30',
      'Courtroom 3',
    ],
    [
      'ca10',
      'Case calendared for oral argument on 09/14/2032, Courtroom II, 2:00 PM. (LMS)',
      '2032-09-14',
      '14:00',
      'Courtroom II',
    ],
    [
      'ca8',
      'ORAL ARGUMENT SET for 10/20/2032 in Courtroom 1, 9:00 AM.',
      '2032-10-20',
      '09:00',
      'Courtroom 1',
    ],
  ])('%s: %s', (court, text, date, time, place) => {
    expect(hearings(text, court)).toMatchObject([{ type: 'oral_argument', date, time, where: { place } }]);
  });
});
