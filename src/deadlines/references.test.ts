import { describe, expect, it } from 'vitest';
import { disposedMotions, orderReferences } from './references.ts';

describe('orderReferences: the orders a ruling names', () => {
  it.each([
    [
      'The preliminary injunction of July 24, 2017 87 and the January 2, 2018 order 191 are VACATED. (Entered: 12/21/2018)',
      [87, 191],
      ['2017-07-24', '2018-01-02'],
    ],
    [
      'The preliminary injunction entered July 24, 2017 and the order of January 2, 2018 are VACATED.',
      [],
      ['2017-07-24', '2018-01-02'],
    ],
    ['ORDER dissolving the temporary restraining order dated 3/5/2024 [14].', [14], ['2024-03-05']],
    ['The TRO issued on March 5, 2024 is DISSOLVED. Signed by Judge A on 4/1/2024.', [], ['2024-03-05']],
  ])('%s', (text, numbers, dates) => {
    const refs = orderReferences(text, [], '2024-12-31');
    expect(refs.numbers.sort((a, b) => a - b)).toEqual(numbers);
    expect(refs.dates.sort()).toEqual(dates);
  });

  it('the clerk’s and the judge’s own dates are not references; neither is a hearing date', () => {
    expect(
      orderReferences(
        'ORDER granting 15 Motion to Dismiss. Hearing set for 4/5/2024. Signed by Judge A on 3/1/2024. (Entered: 03/01/2024)',
        [15],
        '2024-03-01',
      ),
    ).toEqual({ numbers: [15], dates: [] });
  });
});

describe('disposedMotions: the motions an entry decides, withdraws or moots', () => {
  it.each([
    ['ORDER granting [22] Motion to Stay. All unreached deadlines are STAYED until 2-26-2016.', [22]],
    ['ORDER granting in part and denying in part [71] Motion to Stay. Deadlines further stayed.', [71]],
    ["OPINION & ORDER Granting Petitioners/Plaintiffs' [36] Motion to Expand Order Staying Removal.", [36]],
    ["OPINION & ORDER GRANTING PETITIONERS' MOTION FOR PRELIMINARY INJUNCTION (Dkt. 77).", [77]],
    ['ORDER granting [14] Motion for Extension of Time to Answer re [1] Complaint.', [14]],
    ['ORDER denying 12 and 14 Motions to Compel. Signed by Judge A. (Entered: 03/01/2024)', [12, 14]],
    ['MINUTE ORDER: [30] Motion to Dismiss is DENIED as moot in light of the amended complaint.', [30]],
    ['NOTICE of Withdrawal of [45] Motion for Sanctions by Acme Corp.', [45]],
    [
      "Defendant's Unopposed Second Application for Extension of Time [7] is granted pursuant to Local Rule CV-12.",
      [7],
    ],
    ['MOTION for Extension of Time to File Response/Reply as to [3] Motion to Dismiss by Acme.', []],
    ['ORDER: The [17] Motion to Dismiss is taken under advisement. Response due by 12/22/16.', []],
    [
      'Any and all motions between Plaintiff and Zoho that are presently unresolved are hereby terminated as MOOT.',
      [],
    ],
  ])('%s', (text, numbers) => {
    expect(disposedMotions(text).sort((a, b) => a - b)).toEqual(numbers);
  });
});
