/**
 * What a party must do, when, and who is told — through the live path (`replayedFixtureSuite`: the
 * replay court, the real worker, the store, SMTP in en/es/ar; the CLI on the stored posture) from a
 * hand-written history (tests/fixtures/replay/duties-served-and-named-months.json; fictional
 * parties, D. Neb.). Try-out 11 R6, R9, N2, R10.
 *
 * How a careful reader takes it:
 * - "Respondents shall file a response to [2] within four business days of service of this Order.
 *   Petitioners shall serve this Order on the United States Attorney … forthwith" (Tuesday, February
 *   13, 2029), served February 14 by its certificate: four business days from the 14th, Presidents
 *   Day (February 19) skipped — February 21, met that day (from the order's day it would be the 20th);
 * - "Detainees 2, 5 and 7 shall be released from custody no later than 5:00 p.m. on March 16, 2029":
 *   an act the court ordered, told as such — never "New deadline: … is due" to a family;
 * - a status report "on the tenth day of each month", then AMENDED to "on or before the fifteenth
 *   day of January, April, July, and October of each year, beginning July 15, 2029": one duty whose
 *   schedule changed — readers are told it now comes every three months instead of every month, next
 *   July 16 (the 15th a Sunday), then October 15 and January 15; June 10 never due, nothing missing;
 * - a settlement's notice to be mailed "within seven days", "a certificate of compliance within three
 *   days after completing the mailing", and "Any class member who wishes to object … so that it is
 *   received within thirty days after the notice is mailed"; the certificate says the notice was
 *   mailed November 13: the certificate is due November 16 (met by itself, filed the 14th), and the
 *   class members' last day is December 13 — theirs, no party's duty: never "passed" or missing.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'ned:4:29-cv-03105';
const [ES, AR] = ADVOCATES_IN_EVERY_LANGUAGE.map((a) => a.email);
const READERS = [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate, ES!, AR!];

describe('duties served, ordered, put on a calendar of named months (D. Neb., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'duties-served-and-named-months.json');
  const said = (to: string) => saidTo(suite.rounds.rounds, to);

  it('the response runs from the service its certificate gives, across a federal holiday, and is met', async () => {
    const served = await suite.run.deadlines('2029-02-15');
    expect(served).toMatch(/Response to ECF No\. 2[^\n]*2029-02-21[^\n]*upcoming/);
    expect(served).not.toMatch(/Response to ECF No\. 2[^\n]*2029-02-20/);
    expect(await suite.run.deadlines('2029-02-23')).toMatch(/Response to ECF No\. 2[^\n]*satisfied/);
  });

  it('one report duty: two monthly reports met, then the named months — June 10 never due, nothing missing', async () => {
    const reports = (await listDeadlineRecords(suite.store, KEY)).filter(
      (r) => r.kind === 'deadline' && /status report/i.test(r.what),
    );
    expect(reports).toHaveLength(1);
    const occurrences = (
      reports[0]!.data as { recurrence: { occurrences: { due: string; state: string }[] } }
    ).recurrence.occurrences;
    expect(occurrences.slice(0, 4).map((o) => [o.due, o.state])).toEqual([
      ['2029-04-10', 'satisfied'],
      ['2029-05-10', 'satisfied'],
      ['2029-07-16', 'satisfied'],
      ['2029-10-15', 'satisfied'],
    ]);
    const june = await suite.run.deadlines('2029-06-20');
    expect(june).toMatch(/Status report[^\n]*2029-07-16[^\n]*upcoming/);
    expect(june).not.toMatch(/MISSING|2029-06-1[01]/);
    const november = await suite.run.deadlines('2029-11-01');
    expect(november).toMatch(/Status report[^\n]*2030-01-15[^\n]*upcoming/);
    expect(november).not.toMatch(/MISSING/);
  });

  it('the mailing its certificate dates: the certificate met, the class members’ last day theirs — never passed, never missing', async () => {
    const january = await suite.run.deadlines('2030-01-02');
    expect(january).toMatch(/Last day for class members to object[^\n]*2029-12-13/);
    expect(january).toMatch(/Certificate of compliance[^\n]*2029-11-16[^\n]*satisfied/);
    expect(january).not.toMatch(/class members to object[^\n]*\bpassed\b(?! \(not a filing\))/);
    for (const to of READERS)
      expect(said(to), to).not.toMatch(
        /Expected filing (?:missing|not on the docket)|Falta un escrito esperado|مستند متوقَّع لم يُقدَّم/,
      );
  });

  it('the legal team hears the schedule changed and the response dated by the service', () => {
    const lt = said(DEMO_SUBSCRIBERS.legal);
    expect(lt).toMatch(
      /Schedule changed: Status report[^\n]*now due every three months \(each quarter\) \(was every month\); next due July 16, 2029/,
    );
    expect(lt).toMatch(/Response to ECF No\. 2[^\n]*(?:due|is due) February 21, 2029/);
    expect(lt).not.toMatch(/Response to ECF No\. 2[^\n]*February 20, 2029/);
  });

  it('families read the new schedule, the release as the court’s order, and the class members’ last day — in their language', () => {
    const es = said(ES!);
    expect(es).toMatch(
      /Cambió la frecuencia de un plazo: [^\n]*ahora vence cada tres meses \(cada trimestre\), en lugar de cada mes; el próximo vence el 16 de julio de 2029\./,
    );
    expect(es).toMatch(/El tribunal ordenó: [^\n]*, a más tardar el 16 de marzo de 2029 a las 5:00 p\.m\./);
    expect(es).not.toMatch(/(?:Nuevo plazo|Plazo fijado): «Detainees/);
    expect(es).toMatch(
      /Las personas de la clase que quieran presentar objeciones deben hacerlo a más tardar el 13 de diciembre de 2029; es su decisión, no una obligación de las partes\./,
    );
    expect(es).not.toMatch(/(?:Nuevo plazo|Plazo fijado): [^\n]*objeciones/);
    expect(es).not.toMatch(/Un plazo cambió: «?Status report/);
    const ar = said(AR!);
    expect(ar).toMatch(/تغيّر تواتر مهلة: [^\n]*كل ثلاثة أشهر \(كل ربع سنة\) بدلًا من كل شهر/);
    expect(ar).toMatch(/أمرت المحكمة: /);
    const en = said(DEMO_SUBSCRIBERS.advocate);
    expect(en).toMatch(
      /A schedule changed: [^\n]*is now due every three months \(each quarter\) instead of every month; the next is due July 16, 2029\./,
    );
    expect(en).toMatch(/The court ordered: [^\n]*, by March 16, 2029 at 5:00 PM\./);
    expect(en).toMatch(
      /Class members who want to object must do so by December 13, 2029; it is their choice, not a party’s duty\./,
    );
  });
});
