import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentDescription, parseDistrictDocket } from './district.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseDistrictDocket: attachments written as links inside the docket text', () => {
  const result = parseDistrictDocket(fixture('district-attachment-links.html'), null);
  const c = result.cases[0]!;

  it('ends the last attachment at the ")" that closes the list', () => {
    expect(c.entries[0]!.attachments).toEqual([
      { number: '1', description: 'Index of Exhibits', pacerDocId: '09907000102', pageCount: null },
      { number: '2', description: 'Exhibit A', pacerDocId: '09907000103', pageCount: null },
    ]);
    expect(c.entries[2]!.attachments.map((a) => a.description)).toEqual(['Exhibit']);
  });

  it('keeps parentheses that belong to a description', () => {
    expect(c.entries[1]!.attachments.map((a) => a.description)).toEqual([
      'Exhibit B (Declaration of Counsel)',
      'Exhibit C (Order of Removal)',
    ]);
  });

  it('reads the case id from the document links, the one most of them name', () => {
    expect(c.pacerCaseId).toBe('321020');
  });

  it('still names the court from the page (no host in its links)', () => {
    expect(result.court).toBe('mied');
  });
});

describe('attachmentDescription', () => {
  it.each([
    [' Exhibit A, # ', 'Exhibit A'],
    [' Exhibit A) (Aukerman, Miriam) (Entered: 06/15/2017)', 'Exhibit A'],
    [' Text of Proposed Order)(Mann, Joel)', 'Text of Proposed Order'],
    [' Exhibit 2 (Part 1)) (Entered: 01/02/2020)', 'Exhibit 2 (Part 1)'],
    [' ', null],
  ])('%j → %j', (after, expected) => {
    expect(attachmentDescription(after)).toBe(expected);
  });
});

describe('parseDistrictDocket: case id without document links', () => {
  it('takes caseid= from the page links, and null when the page names none', () => {
    const page = (links: string): string =>
      `<html><body><h3>CIVIL DOCKET FOR CASE #: 1:20-cv-00001</h3>${links}
       <table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>
       <tr><td>01/02/2020</td><td>1</td><td>COMPLAINT (Entered: 01/02/2020)</td></tr></table></body></html>`;
    expect(
      parseDistrictDocket(page('<a href="/cgi-bin/SearchClaims.pl?caseid=640479;sc">Claims</a>'), null)
        .cases[0]!.pacerCaseId,
    ).toBe('640479');
    expect(parseDistrictDocket(page(''), null).cases[0]!.pacerCaseId).toBeNull();
  });
});
