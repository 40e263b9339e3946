/**
 * A paragraph of an order stayed pending appeal only in part ("Paragraph 4 … is stayed pending
 * appeal to the extent it requires reinstatement of benefits retroactive to the date of
 * termination; reinstatement going forward shall proceed"): the duty that paragraph sets stays
 * due, and the posture says beside it which part is on hold — never its whole act listed as due
 * as if nothing were stayed (try-out 9 N3). When the appeal ends, the note goes. Several circuits'
 * forms; names fictional.
 */
import { describe, expect, it } from 'vitest';
import { derivedFor, entryMaker } from '../../../tests/support/entry-inputs.ts';
import type { EntryInput } from './model.ts';

const entry = entryMaker('ca4');
const derived = (entries: EntryInput[], asOf?: string) => derivedFor('vaed:3:27-cv-00912', entries, asOf);

const ORDER = [
  'ORDER',
  '1. The Court certifies a class of all Virginia residents whose child-care subsidies the Department terminated on or after March 1, 2027 without ten days’ written notice.',
  '2. Until further order of this Court, Defendant is ENJOINED from terminating any class member’s subsidy without ten days’ written notice.',
  '3. Within thirty (30) days of the date of this Order, Defendant shall restore the subsidy of each class member, retroactive to the date of termination.',
  '4. Defendant shall file a status report within sixty (60) days of the date of this Order.',
].join('\n');

const STAYS = [
  "ORDER: Appellant's motion for stay pending appeal is granted in part. Paragraph 3 of the district court's order of June 7, 2027 is stayed pending appeal to the extent it requires restoration of subsidies retroactive to the date of termination; restoration going forward shall proceed. The motion is otherwise denied.",
  "PUBLISHED ORDER: The motion for a stay pending appeal is GRANTED IN PART. Paragraph 3 of the district court's June 7, 2027 order is stayed insofar as it requires payment of subsidies for any period before the date of that order. The motion is DENIED in all other respects.",
];

function history(stay: string): EntryInput[] {
  return [
    entry(
      '20',
      '2027-06-07',
      'ORDER granting [4] Motion for Preliminary Injunction. Signed by Judge Odalys M. Farquharson.',
      undefined,
      ORDER,
    ),
    entry('22', '2027-06-09', 'NOTICE OF APPEAL to 4th Circuit re [20] Order by Defendant.'),
    entry('1', '2027-06-10', 'Case docketed. [27-1544]', '4'),
    entry('6', '2027-06-21', stay, '4'),
  ];
}

describe('a duty whose paragraph is stayed only in part stays due, the part on hold said beside it', () => {
  it.each(STAYS.map((s, i) => [i, s] as const))('form %i', (_, stay) => {
    const { tracker } = derived(history(stay), '2027-06-22');
    const restore = tracker.deadlines().find((d) => d.paragraph === '3')!;
    expect(restore).toMatchObject({ state: 'open', due: '2027-07-07' });
    expect(restore.partlyHeld?.part).toMatch(/paragraph 3/i);
    const next = tracker.posture('2027-06-22').next.find((d) => d.id === restore.id)!;
    expect(next.partOnHold).toMatch(/retroactive|before the date of that order/);
    // Paragraph 4's report: nothing of it stayed.
    expect(tracker.posture('2027-06-22').next.find((d) => d.id !== restore.id)?.partOnHold).toBeUndefined();
    // The appeal ends (its mandate): nothing on hold any more.
    const { tracker: after } = derived([
      ...history(stay),
      entry('19', '2027-11-02', 'OPINION filed. The order of the district court is AFFIRMED. [27-1544]', '4'),
      entry('21', '2027-11-24', 'MANDATE ISSUED. [27-1544]', '4'),
    ]);
    expect(after.deadlines().every((d) => !d.partlyHeld)).toBe(true);
  });
});
