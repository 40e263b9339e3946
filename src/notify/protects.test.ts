import { describe, expect, it } from 'vitest';
import { injunctionProtects } from './protects.ts';

describe('what an injunction protects, from its own order', () => {
  it('an order enjoining or staying removal or deportation protects from removal', () => {
    for (const words of [
      'Respondents are ENJOINED from enforcing final orders of removal against class members.',
      'Defendants are restrained from deporting any plaintiff pending further order.',
      'The removal of the petitioners is hereby stayed.',
      'Respondents shall not remove any class member from the United States.',
    ])
      expect(injunctionProtects(words), words).toBe('removal');
  });

  it('an order about release, bond hearings or detention protects from detention, not removal', () => {
    for (const words of [
      'Class members detained for six months or more shall be released by February 2, 2018 unless a bond hearing is held.',
      'Class members detained more than six months shall be released under orders of supervision within thirty (30) days.',
      'Respondents must provide each class member with a bond hearing before an immigration judge.',
      'Class members with final orders of removal detained more than six months shall be released.',
    ])
      expect(injunctionProtects(words), words).toBe('detention');
  });

  it('an order whose words say neither, or no words, claims nothing', () => {
    expect(injunctionProtects('ORDER granting 77 Motion for Preliminary Injunction.')).toBeNull();
    expect(
      injunctionProtects(
        'Defendants are enjoined from enforcing Sections 2(c) and 6(a) of the Executive Order.',
      ),
    ).toBeNull();
    expect(injunctionProtects(null)).toBeNull();
  });
});
