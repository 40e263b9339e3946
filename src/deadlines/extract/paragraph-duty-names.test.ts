/**
 * A numbered paragraph's duty is named by what it orders and owed by the party the paragraph names
 * (try-out 9, M3: "Respondents shall provide such a hearing within fourteen (14) days" was "A
 * hearing", with no party). "Such a hearing" is the hearing the order named before it; the party
 * may follow the paragraph's opening phrase. Fictional orders, several courts' wordings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry as analyze } from './index.ts';

const order = (court: string, paragraphs: string) =>
  analyze(
    {
      number: '22',
      dateFiled: '2026-03-02',
      text: 'ORDER granting [13] Motion for Preliminary Injunction.',
      documentText: `It is ORDERED that:\n${paragraphs}\nSO ORDERED.`,
    },
    { court },
  );

describe('a duty that refers back to what the order named', () => {
  it.each([
    [
      'vaed',
      '3. Respondents are ENJOINED from denying any class member a bond hearing before an immigration judge;\n4. For each class member detained on the date of this Order, Respondents shall provide such a hearing within ten (10) days;',
      /^bond hearing$/i,
      'Respondents',
    ],
    [
      'cod',
      '2. Defendants shall not terminate assistance without a pre-termination interview.\n3. For each household terminated since January 1, 2026, Defendants shall provide such interviews within thirty (30) days of this Order.',
      /^pre-termination interviews$/i,
      'Defendants',
    ],
    [
      'mad',
      '2. Pending final judgment, Respondents are ENJOINED from denying any class member an individualized custody hearing.\n3. Within fourteen (14) days of this Order, Respondents shall provide such a hearing to each detained class member.',
      /individualized custody hearing/i,
      'Respondents',
    ],
  ])('%s', (court, paragraphs, what, party) => {
    const a = order(court, paragraphs);
    const duty = a.deadlines.find((d) => d.dueDate !== null);
    expect(duty, JSON.stringify(a.deadlines)).toBeDefined();
    expect(duty!.what).toMatch(what);
    expect(duty!.party).toBe(party);
  });

  it('"such a hearing" with nothing named before it keeps its own words', () => {
    const a = order(
      'ctd',
      '1. Within ten (10) days of this Order, Respondents shall provide such a hearing to each petitioner.',
    );
    expect(a.deadlines.map((d) => d.what)).toEqual([expect.stringMatching(/hearing/i)]);
  });

  it.each([
    [
      'nmd',
      'Within fourteen (14) days after the Tenth Circuit issues its mandate, the parties shall file a joint status report.',
      /^joint status report$/i,
      'parties',
    ],
    [
      'wawd',
      'Within 14 days of this Order, Defendants shall file a status report.',
      /^status report$/i,
      'Defendants',
    ],
    [
      'ilsd',
      'No later than April 30, 2026, the Warden shall file a declaration describing the repairs made.',
      /^declaration\b/i,
      'Warden',
    ],
  ])('%s: the time first, the paper after the verb keeps its whole name', (court, text, what, party) => {
    const a = analyze({ number: '40', dateFiled: '2026-03-02', text: `ORDER. ${text}` }, { court });
    expect(a.deadlines.map((d) => d.what)).toEqual([expect.stringMatching(what)]);
    expect(a.deadlines[0]!.party).toBe(party);
  });
});
