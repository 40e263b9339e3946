import { describe, expect, it } from 'vitest';
import { orderReferences } from './references.ts';

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
