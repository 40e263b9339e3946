import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateCents } from './index.ts';
import { readReceipt } from './session.ts';

const report = readFileSync(new URL('../pacer/fixtures/district-mied-civil.html', import.meta.url), 'latin1');

describe('estimates and receipts', () => {
  it('estimates the worst case without a start date, a few pages with one', () => {
    expect(estimateCents(5, null)).toBe(300);
    expect(estimateCents(1, '2017-10-12')).toBe(20);
    expect(estimateCents(1000, '2017-10-12')).toBe(300);
  });
  it('reads the transaction receipt', () => {
    expect(readReceipt(report)).toMatchObject({ pages: 3, cents: 30 });
    expect(readReceipt('<html>no receipt</html>')).toMatchObject({ pages: null, cents: null });
  });
});
