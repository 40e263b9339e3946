/**
 * `contradictions` (tests/support/posture-mail.ts) reads an "Expected filing missing" item against
 * the stored posture of its round: a filing the store lists missing then may be said missing; one
 * the store lists met (not missing) may not — the mail would tell a team a filed paper is missing.
 */
import { describe, expect, it } from 'vitest';
import type { CasePosture } from '../../src/deadlines/record.ts';
import { contradictions, type PostureRound } from '../support/posture-mail.ts';

const posture = (missing: CasePosture['missing']): CasePosture => ({
  case: 'ned:8:30-cv-00412',
  asOf: '2031-03-14',
  inForce: [],
  onHold: [],
  nextDeadlines: [],
  missing,
  hearings: [],
  recentChanges: [],
});

const alert = {
  to: 'legal@example.invalid',
  lang: 'en' as const,
  kind: 'alert' as const,
  subject: 'Expected filing missing: Status report',
  text: [
    '* Expected filing missing: Status report',
    '  Status report (Respondents) was due by March 12, 2031, and it is not on the docket yet.',
    '',
  ].join('\n'),
};

const round = (missing: CasePosture['missing']): PostureRound => ({
  day: '2031-03-14',
  posture: posture(missing),
  mails: [alert],
});

describe('a filing said missing, against the store', () => {
  it('is no contradiction when the store lists it missing that day', () => {
    const { found, checked } = contradictions([
      round([{ id: 'dl-1', what: 'Status report', due: '2031-03-12', occurrence: 3 }]),
    ]);
    expect(checked.missingClaims).toBe(1);
    expect(found).toEqual([]);
  });

  it('is one when the store lists nothing missing, or another day missing', () => {
    expect(contradictions([round([])]).found.map((f) => f.says)).toEqual([
      'Expected filing missing: Status report (due 2031-03-12)',
    ]);
    expect(
      contradictions([round([{ id: 'dl-1', what: 'Status report', due: '2031-04-09', occurrence: 4 }])])
        .found,
    ).toHaveLength(1);
  });
});
