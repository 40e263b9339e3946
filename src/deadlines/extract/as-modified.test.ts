/**
 * Relief named as it stands after an earlier change is a description, not a change now: "the
 * preliminary injunction, as modified on March 21, 2030, remains in effect" (a settlement's
 * preliminary approval keeping the injunction; try-out 11 N5 told it "The judge changed the
 * preliminary injunction"). A change the order itself makes is still one: "as modified herein",
 * "is further MODIFIED as follows". Names fictional, several courts' wordings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from './index.ts';

const acts = (court: string, text: string, documentText?: string) =>
  analyzeEntry(
    { number: '61', dateFiled: '2031-02-03', text, ...(documentText ? { documentText } : {}) },
    { court },
  ).injunctions.map((f) => `${f.type}:${f.action}`);

describe('relief named "as modified on D" is not modified again', () => {
  it.each([
    [
      'wawd',
      'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS SETTLEMENT.',
      'IT IS ORDERED:\n1. The Settlement Agreement is preliminarily approved.\n2. Pending final approval, the preliminary injunction, as modified on October 2, 2030, remains in effect.',
    ],
    [
      'ned',
      'ORDER: Pending resolution of the appeal, the preliminary injunction (Filing No. 44), as amended by the Court on November 5, 2030 (Filing No. 58), remains in full force and effect.',
      undefined,
    ],
    [
      'scd',
      'ORDER staying case-management deadlines. The temporary restraining order, as previously modified (ECF No. 19), remains in effect until the Court rules on the motion for preliminary injunction.',
      undefined,
    ],
  ])('%s', (court, text, doc) => {
    expect(acts(court, text, doc).filter((a) => a.endsWith(':modified'))).toEqual([]);
  });
});

describe('a change the order itself makes stays a change', () => {
  it.each([
    [
      'nmd',
      'ORDER. The preliminary injunction, as modified herein, remains in effect. Paragraph 2 is STRICKEN.',
    ],
    [
      'mad',
      'ORDER. The preliminary injunction (ECF No. 20), as previously amended on May 1, 2030, is further MODIFIED as follows: paragraph 2 is stricken.',
    ],
    ['dcd', 'ORDER. The preliminary injunction is MODIFIED to require weekly rather than daily reports.'],
  ])('%s', (court, text) => {
    expect(acts(court, text)).toContain('preliminary_injunction:modified');
  });
});
