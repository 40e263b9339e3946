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
    // An order on a motion rules on it, whatever verb it uses — unless it keeps it pending.
    [
      "ORDER Regarding Petitioners/Plaintiffs' [307] Emergency Motion Regarding Coercion and Interference with Class Members. Respondents shall give Class Counsel seven (7) days' notice before any consular interview of a class member. Signed by District Judge Mark A. Goldsmith.",
      [307],
    ],
    ["ORDER Regarding Petitioners/Plaintiffs' 307 Emergency Motion Regarding Coercion.", [307]],
    [
      'ORDER ENDORSED on 14 Motion to Serve filed by Walter Tremsky. The form of notice set forth on this motion is approved.',
      [14],
    ],
    ['OPINION AND ORDER re: [45] and [46] Motions to Compel. The motions are resolved as stated.', [45, 46]],
    ['ORDER as to [12] Motion for Leave to File Excess Pages: the motion is moot.', [12]],
    ['Order on [9] Motion to Seal. The Clerk shall file the exhibits under seal.', [9]],
    ['ORDER as to Bryan David Mitchell re 26 Motion Hearing. Follows oral order of 11/12/08.', []],
    [
      'ORDER as to Brian David Mitchell re 97 MOTION to Unseal Document. The court directs the parties to file cross briefs regarding the issues.',
      [],
    ],
    ['STIPULATION AND ORDER Extending Response Deadline re: [30] MOTION for Summary Judgment', []],
    ['ORDER regarding [45] Motion to Dismiss: Plaintiff shall respond by 7/1/2024.', []],
    ['ORDER regarding [45] Motion to Compel: the parties shall meet and confer.', []],
    ['ORDER re [45] Motion to Dismiss. Motion Hearing set for 8/1/2024 before Judge A.', []],
    ['ORDER re [45] Motion for Sanctions: the motion is held in abeyance.', []],
    ['ORDER to Continue Motion hearing re 8 Motion as to Elias Torres Alcazar Jr.', []],
    [
      'Minute Entry: Motion Hearing held on 6/18/2018 re [307] Emergency MOTION Regarding Coercion. Parties ordered to meet and confer.',
      [],
    ],
    ['NOTICE regarding [45] Motion to Dismiss by Acme.', []],
    [
      'Any and all motions between Plaintiff and Zoho that are presently unresolved are hereby terminated as MOOT.',
      [],
    ],
  ])('%s', (text, numbers) => {
    expect(disposedMotions(text).sort((a, b) => a - b)).toEqual(numbers);
  });
});
