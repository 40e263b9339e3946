/**
 * An order that changes an injunction and leaves it in force — "modified", "amended", "narrowed",
 * "clarified", "is limited to", "dissolved to the extent", "stayed to the extent", "stayed … except
 * as to", a motion to stay it granted in part — is recorded on the injunction, and the in-force line
 * says so: "…, as modified by ECF No. N on DATE". Legal language in general, each phrasing in a case
 * of its own, through ingest and the stored posture; never a stay of its own, never "vacated".
 */
import { describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { casePosture, listDeadlineRecords, refreshAfterIngest } from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';

const GRANT =
  "ORDER GRANTING PLAINTIFFS' MOTION FOR PRELIMINARY INJUNCTION. Defendants are ENJOINED from enforcing the policy against class members pending further order of the Court. Signed by Judge A. Smith on 3/2/2020.";

/** The second order's words, in the ways courts write a change that leaves the injunction in force. */
const CHANGES: Record<string, string> = {
  modified:
    'ORDER. The preliminary injunction entered March 2, 2020 [10] is modified: Defendants may detain class members with criminal convictions. Signed by Judge A. Smith.',
  amended:
    'ORDER. The preliminary injunction [10] is hereby amended to exclude persons who entered after June 1, 2020. Signed by Judge A. Smith.',
  clarified:
    'ORDER CLARIFYING PRELIMINARY INJUNCTION. The Court clarifies that the preliminary injunction [10] does not reach bond hearings. Signed by Judge A. Smith.',
  limited:
    'ORDER. The preliminary injunction [10] is limited to class members detained in this District. Signed by Judge A. Smith.',
  'dissolved in part':
    'ORDER. The preliminary injunction [10] is dissolved to the extent that it runs against the Attorney General; Defendants otherwise remain enjoined. Signed by Judge A. Smith.',
  'stayed to the extent':
    'ORDER. The preliminary injunction [10] is stayed to the extent that it requires the release of detainees; it otherwise remains in effect. Signed by Judge A. Smith.',
  'stayed except as to':
    'ORDER. The preliminary injunction [10] is stayed pending appeal except as to the named plaintiffs. Signed by Judge A. Smith.',
  'stayed in part':
    'ORDER. The preliminary injunction [10] is stayed in part pending appeal: Defendants may resume removals to countries other than Iraq. Signed by Judge A. Smith.',
  'motion to stay granted in part':
    "ORDER GRANTING IN PART AND DENYING IN PART DEFENDANTS' [14] MOTION TO STAY THE PRELIMINARY INJUNCTION PENDING APPEAL. Signed by Judge A. Smith.",
};

/** Changes that keep the injunction for the named parties only: in force, and saying for whom. */
const LIMITED_TO_NAMED: Record<string, string> = {
  narrowed:
    'ORDER. The preliminary injunction of March 2, 2020 [10] is narrowed: it applies only to the named plaintiffs. Signed by Judge A. Smith.',
  'vacated except as to':
    'ORDER. The preliminary injunction [10] is VACATED except as to the named Plaintiffs, who remain enjoined from removal. Signed by Judge A. Smith.',
};

async function caseWith(second: string) {
  const store = await freshStore('sqlite');
  await addCase(store.db, 'mied', '2:20-cv-10001', { name: 'Doe v. Roe', parent: null });
  const outcome = await ingest(
    store.db,
    result('pacer-docket', [
      docket('2:20-cv-10001', [
        entry({ number: '10', dateFiled: '2020-03-02', description: GRANT }),
        entry({ number: '25', dateFiled: '2020-04-06', description: second }),
      ]),
    ]),
    { source: 'pacer-docket' },
  );
  await refreshAfterIngest(store, outcome.events);
  return store;
}

describe('an order that changes an injunction and leaves it in force', () => {
  for (const [how, words] of Object.entries(CHANGES)) {
    it(`${how}: the injunction stays in force, "as modified by ECF No. 25 on April 6, 2020"`, async () => {
      const store = await caseWith(words);
      try {
        const before = await casePosture(store, 'mied:2:20-cv-10001', '2020-04-05');
        expect(before.inForce.map((f) => f.text)).toEqual([
          'Preliminary injunction in effect since March 2, 2020 (until further order)',
        ]);
        const after = await casePosture(store, 'mied:2:20-cv-10001', '2020-04-07');
        expect(after.inForce.map((f) => f.text)).toEqual([
          'Preliminary injunction in effect since March 2, 2020 (until further order), as modified by ECF No. 25 on April 6, 2020',
        ]);
        expect(after.inForce[0]!.modified).toEqual([
          { date: '2020-04-06', entry: '25', number: 25, decided: null },
        ]);
        // A stay of the injunction is the injunction's change, not a stay of its own.
        const records = await listDeadlineRecords(store, 'mied:2:20-cv-10001');
        expect(records.filter((r) => r.kind === 'stay')).toEqual([]);
        expect(records.filter((r) => r.kind === 'injunction').map((r) => r.status)).toEqual(['in_force']);
      } finally {
        await store.close();
      }
    });
  }

  for (const [how, words] of Object.entries(LIMITED_TO_NAMED)) {
    it(`${how} to the named parties: the injunction stays in force for them only, since ECF No. 25`, async () => {
      const store = await caseWith(words);
      try {
        const after = await casePosture(store, 'mied:2:20-cv-10001', '2020-04-07');
        expect(after.inForce.map((f) => f.text)).toEqual([
          'Preliminary injunction in effect since March 2, 2020 (until further order); only as to the named plaintiffs since April 6, 2020 (ECF No. 25): no longer in force for anyone else',
        ]);
        const records = await listDeadlineRecords(store, 'mied:2:20-cv-10001');
        expect(records.filter((r) => r.kind === 'stay')).toEqual([]);
        expect(records.filter((r) => r.kind === 'injunction').map((r) => r.status)).toEqual(['in_force']);
      } finally {
        await store.close();
      }
    });
  }

  it('an order that grants a new injunction in narrow terms, or vacates one, is no modification', async () => {
    const store = await caseWith(
      'ORDER. The preliminary injunction [10] is VACATED. Signed by Judge A. Smith on 4/6/2020.',
    );
    try {
      const after = await casePosture(store, 'mied:2:20-cv-10001', '2020-04-07');
      expect(after.inForce).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
