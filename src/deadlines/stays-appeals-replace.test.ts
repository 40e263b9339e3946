/**
 * A court of appeals' decision on a stay pending appeal replaces its own earlier one: an
 * administrative stay of the whole injunction, then the stay pending appeal granted only in part
 * (with or without the administrative stay's end in the same order) — the injunction is in force
 * again, with the part stayed on hold. Hand-written entries, fictional parties, the Tenth Circuit.
 */
import { describe, expect, it } from 'vitest';
import { readAppealsDocket } from './appellate.ts';
import { analyzeSequence } from './extract/index.ts';
import { Tracker } from './tracker.ts';

const COURT = 'cod';
const GRANT = {
  number: '20',
  dateFiled: '2026-03-02',
  text: 'ORDER granting [5] Motion for Preliminary Injunction. Defendant is ENJOINED from transferring any class member out of the District of Colorado pending final judgment. Signed by Judge A. B. Judge on 3/2/2026.',
};
const NOTICE = {
  number: '21',
  dateFiled: '2026-03-04',
  text: 'NOTICE OF APPEAL to 10th Circuit as to [20] Order on Motion for Preliminary Injunction by Warden Sample.',
};
const ADMINISTRATIVE = [
  "ORDER: The district court's March 2, 2026 preliminary injunction is TEMPORARILY STAYED for administrative purposes while the Court considers Appellant's emergency motion for a stay pending appeal.",
  "ORDER: The preliminary injunction is administratively stayed pending this court's consideration of the motion for stay pending appeal.",
];
const PARTIAL = [
  "ORDER: Appellant's motion for stay pending appeal is GRANTED IN PART and DENIED IN PART. The preliminary injunction is STAYED pending appeal only insofar as it bars transfers to the Denver annex. In all other respects the motion is DENIED, and the administrative stay is LIFTED.",
  "ORDER: The administrative stay entered March 6, 2026 is LIFTED. Appellant's motion for stay pending appeal is GRANTED IN PART: the preliminary injunction is stayed pending appeal only insofar as it bars transfers to the Denver annex.",
  "ORDER: Appellant's motion for stay pending appeal is GRANTED IN PART. The preliminary injunction is stayed pending appeal to the extent it requires the return of class members already transferred.",
];

function run(admin: string, partial?: string) {
  const tracker = new Tracker({ court: COURT });
  const district = [GRANT, NOTICE];
  analyzeSequence(district, { court: COURT }).forEach((a, i) => {
    tracker.apply(district[i]!, a);
    if (a.subtype === 'notice_of_appeal') tracker.noticeOfAppeal(district[i]!, a.relatedEntries);
  });
  for (const [number, dateFiled, text] of [
    ['6', '2026-03-06', admin],
    ...(partial ? [['11', '2026-03-20', partial] as const] : []),
  ] as const) {
    const act = readAppealsDocket(text);
    expect(act, text).not.toBeNull();
    tracker.applyAppellate({ number, dateFiled, text }, act!);
  }
  return tracker;
}

describe("a court of appeals' partial stay pending appeal after its administrative stay of the whole", () => {
  for (const admin of ADMINISTRATIVE)
    it.each(PARTIAL)(`${admin.slice(0, 60)}… then %s`, (partial) => {
      const tracker = run(admin, partial);
      // The administrative stay: the whole injunction on hold for now.
      const held = run(admin);
      expect(held.posture('2026-03-10').inForce).toEqual([]);
      // The partial stay: in force, stayed in part.
      const posture = tracker.posture('2026-03-21');
      expect(posture.inForce.map((f) => f.kind)).toEqual(['injunction']);
      expect(posture.onHold).toEqual([]);
    });
});

describe("the Supreme Court vacates the court of appeals' stay pending appeal", () => {
  it.each([
    'Supreme Court order received: The application to vacate the stay entered by the United States Court of Appeals for the Tenth Circuit on March 20, 2026 (25A940) is GRANTED.',
    'SUPREME COURT ORDER: The Court grants the application to vacate the stay entered by the Tenth Circuit on March 20, 2026 (No. 25A940).',
  ])('%s', (text) => {
    const tracker = run(
      ADMINISTRATIVE[0]!,
      "ORDER: Appellant's motion for stay pending appeal is GRANTED. The preliminary injunction is STAYED pending appeal.",
    );
    expect(tracker.posture('2026-03-21').inForce).toEqual([]);
    const act = readAppealsDocket(text);
    expect(act).toMatchObject({ act: 'stay', action: 'lifted', by: 'supreme_court', of: 'appeals' });
    const events = tracker.applyAppellate({ number: '15', dateFiled: '2026-04-02', text }, act!);
    expect(events.map((e) => [e.type, e.date])).toEqual([['injunction.resumed', '2026-04-02']]);
    expect(tracker.posture('2026-04-03').inForce.map((f) => f.kind)).toEqual(['injunction']);
  });
});
