/**
 * A brief filed on time meets the deadline its link, kind, filer and day say (try-out 13 N6: an
 * appellees' answering brief filed on time was shown "passed"): a clerk's role written short (the
 * Fifth Circuit's "A/Pet's Brief", "E/Res's Brief Due on D for Appellees …") names the appellant's or
 * the appellees' brief, which "APPELLANT'S BRIEF FILED" / "APPELLEE'S BRIEF FILED" meet; the same
 * brief set under two names by two entries (a schedule's "brief of the appellees", the clerk's "Brief
 * due D for APPELLEES" in the appellant's brief's entry) is met once, and never the other side's
 * reply the naming entry also touched. Texts hand-written in several circuits' styles (fictional).
 */
import { describe, expect, it } from 'vitest';
import { type TrackedEntry, trackInOrder } from '../../tests/support/tracked.ts';

const states = (court: string, entries: TrackedEntry[]) =>
  Object.fromEntries(
    [...trackInOrder(court, entries).tracker.state.deadlines.values()].map((d) => [d.what, d.state]),
  );

describe('a brief filed on its day meets the brief its filer owes', () => {
  it("ca5: the clerk's A/Pet's and E/Res's briefs, met by each side's brief", () => {
    const s = states('ca5', [
      {
        number: '4',
        dateFiled: '2027-03-15',
        text: "BRIEFING NOTICE ISSUED A/Pet's Brief Due on 04/26/2027 for Appellant Otto Castellan. [27-30303] (RT)",
      },
      {
        number: '6',
        dateFiled: '2027-04-26',
        text: "APPELLANT'S BRIEF FILED. Date of service: 04/26/2027 via email - Attorney for Appellees: Ruiz; Attorney for Appellant: Beck [27-30303] (IB)",
      },
      {
        number: '7',
        dateFiled: '2027-04-27',
        text: "E/Res's Brief Due on 05/26/2027 for Appellees Lia Ferro, Ben Ruiz. [27-30303] (RT)",
      },
      {
        number: '9',
        dateFiled: '2027-05-26',
        text: "APPELLEE'S BRIEF FILED by Lia Ferro, Ben Ruiz. Date of service: 05/26/2027 via email - Attorney for Appellant: Beck [27-30303] (AR)",
      },
    ]);
    expect(s).toEqual({ "appellant's brief": 'satisfied', "appellees' brief": 'satisfied' });
  });

  it("ca7: the brief set by the schedule and again by the clerk's note is met once; the reply stays due", () => {
    const s = states('ca7', [
      {
        number: '2',
        dateFiled: '2027-03-12',
        text: 'ORDER: Briefing will proceed as follows: 1. The brief and required short appendix of the appellant are due by 04/26/2027. 2. The brief of the appellees is due by 05/26/2027. 3. The reply brief of the appellant, if any, is due by 06/16/2027. [27-2210] (EG)',
      },
      {
        number: '5',
        dateFiled: '2027-04-26',
        text: "APPELLANT'S BRIEF filed by Appellant Otto Castellan. Certificate of service dated 04/26/2027. Brief due 05/26/2027 for APPELLEES Lia Ferro and Ben Ruiz. [27-2210] (EG)",
      },
      {
        number: '8',
        dateFiled: '2027-05-26',
        text: "APPELLEES' BRIEF filed by Appellees Lia Ferro and Ben Ruiz. Certificate of service dated 05/26/2027. [27-2210] (NS)",
      },
    ]);
    const briefs = Object.entries(s).filter(([what]) => /brief/i.test(what));
    expect(briefs.filter(([what]) => /appellees/i.test(what)).map(([, st]) => st)).not.toContain('open');
    expect(briefs.find(([what]) => /reply/i.test(what))?.[1]).toBe('open');
  });
});
