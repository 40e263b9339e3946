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

  it('an order that bars removal only on conditions (notice first, a chance to claim fear, only to some countries) claims only that', () => {
    for (const words of [
      'Respondents are ENJOINED from removing any class member to a third country without written notice and a meaningful opportunity to present a fear-based claim.',
      'Defendants shall not deport any Plaintiff without first providing seventy-two hours’ notice to counsel.',
      'Respondents are restrained from removing petitioners unless they have been afforded a reasonable fear interview.',
      'Respondents are PRELIMINARILY ENJOINED, pending final judgment, from removing any class member to a third country without (1) written notice in a language the class member understands.',
      'Respondents are enjoined from removing any class member to any country not designated in the removal order.',
    ])
      expect(injunctionProtects(words), words).toBe('removal_conditions');
    // One sentence barring removal outright is enough for "blocked".
    expect(
      injunctionProtects(
        'Respondents are ENJOINED from removing any class member from the United States. Respondents shall not transfer any class member to a third country without notice.',
      ),
    ).toBe('removal');
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
