/**
 * Every parser is safe on its own, not only behind `parsePacer`: markup nested thousands of levels
 * deep is refused with an `InputError`, fast, whichever parser is called directly.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { parseAppellateDocket } from './appellate.ts';
import { parseDistrictDocket } from './district.ts';
import { parseHistoryReport } from './history.ts';
import { MAX_NESTING, nestingDepth } from './html.ts';
import { parseNef } from './nef.ts';
import { parseRss } from './rss.ts';

const DEPTH = 50_000;
const deep = (open: string, close: string, inner: string): string =>
  `<html><body>${open.repeat(DEPTH)}${inner}${close.repeat(DEPTH)}</body></html>`;

const DOCKET = deep(
  '<div>',
  '</div>',
  'CIVIL DOCKET FOR CASE #: 2:17-cv-11910 <table><tr><td>Docket Text</td></tr></table>',
);
const NEF_HTML = deep(
  '<font>',
  '</font>',
  '<p>Notice of Electronic Filing</p><p>Case Name: Hamama v. Adducci</p><p>Case Number: 2:17-cv-11910</p>',
);
const NEF_MAIL = [
  'From: cmecf@mied.uscourts.gov',
  'To: someone@example.org',
  'Subject: Activity in Case 2:17-cv-11910 Hamama v. Adducci Order',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  NEF_HTML,
].join('\r\n');
const FEED = `<?xml version="1.0"?><rss version="2.0">${'<channel>'.repeat(DEPTH)}</rss>`;

function refusesFast(parse: () => unknown): void {
  const t0 = performance.now();
  expect(parse).toThrow(InputError);
  expect(performance.now() - t0).toBeLessThan(2000);
}

describe('each parser refuses deeply nested markup when called directly', () => {
  it('district docket report', () => refusesFast(() => parseDistrictDocket(DOCKET, null)));
  it('docket history report', () =>
    refusesFast(() => parseHistoryReport(DOCKET.replace('Docket Text', 'History/Documents'), null)));
  it('appellate docket', () =>
    refusesFast(() => parseAppellateDocket(DOCKET.replace('Docket Text', 'General Docket'), null)));
  it('Notice of Electronic Filing as HTML', () => refusesFast(() => parseNef(NEF_HTML, null)));
  it('Notice of Electronic Filing as a raw email', () => refusesFast(() => parseNef(NEF_MAIL, null)));
  it('RSS feed', () => refusesFast(() => parseRss(FEED, null)));

  it('the message says why', () => {
    expect(() => parseNef(NEF_HTML, null)).toThrow(/nested more than 1000 levels/);
  });
});

describe('nestingDepth', () => {
  it('counts container elements, in any letter case, and ignores void and self-closed tags', () => {
    expect(nestingDepth('<DIV><span><br><img src=x/><b/></span></div>')).toBe(2);
    expect(nestingDepth('<table><tr><td><Table><tr><td>x</td></tr></TABLE></td></tr></table>')).toBe(2);
    expect(nestingDepth('<blockquote><center><font>a</font></center></blockquote>')).toBe(3);
  });

  it('is not fooled by text that only looks like markup', () => {
    expect(nestingDepth('a < b and c <> d, <3 <divx>')).toBe(0);
    expect(nestingDepth('<div <div')).toBe(0); // no tag is ever closed by a ">"
  });

  it('stops counting past its limit', () => {
    expect(nestingDepth('<div>'.repeat(MAX_NESTING * 5), MAX_NESTING)).toBe(MAX_NESTING + 1);
  });
});
