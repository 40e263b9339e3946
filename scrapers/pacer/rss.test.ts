import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, InputTooLargeError } from '../../src/errors.ts';
import { corpusPairs, runCorpus } from '../../tests/support/corpus.ts';
import { describeShared } from '../../tests/support/shared.ts';
import { parsePacer } from './index.ts';
import { parseRss, rssDate, rssFeedInfo } from './rss.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseRss on a district feed', () => {
  const result = parseRss(fixture('rss-mied.xml'), null);

  it('reads the court from the feed links and keeps one case per event', () => {
    expect(result).toMatchObject({ kind: 'pacer-rss', court: 'mied', isDocket: true, reason: null });
    // Five items: two are one entry filed under two events, one has no docket number.
    expect(result.cases.map((c) => c.docketNumber)).toEqual([
      '2:24-cv-10233',
      '4:23-cr-20417',
      '5:22-cv-12877',
    ]);
  });

  it('merges the items of one multi-event entry, events sorted', () => {
    const [first] = result.cases;
    expect(first).toMatchObject({
      caseName: 'Okafor v. Great Lakes Water Authority',
      pacerCaseId: '375514',
    });
    expect(first!.entries).toEqual([
      {
        number: '21',
        dateFiled: '2024-03-12T17:58:41-04:00',
        dateEntered: null,
        description: '',
        shortDescription: 'Order Setting Hearing AND Order on Motion to Dismiss',
        pacerDocId: '09709884521',
        pacerSeqNo: '88',
        pageCount: null,
        attachments: [],
        documentUrl: 'https://ecf.mied.uscourts.gov/doc1/09719884521?caseid=375514&de_seq_num=88',
      },
    ]);
  });

  it('reads CDATA items without a document and titles without a case name', () => {
    const [, minute, unnamed] = result.cases;
    expect(minute!.caseName).toBe('United States v. Brennan');
    expect(minute!.entries[0]).toMatchObject({
      number: null,
      shortDescription: 'Notice of Hearing',
      pacerDocId: null,
      documentUrl: null,
    });
    expect(unnamed!.caseName).toBeNull();
    expect(unnamed!.entries[0]).toMatchObject({ number: '34', pacerDocId: '09709880017', pacerSeqNo: '102' });
  });

  it('exposes the channel facts a poller needs', () => {
    expect(rssFeedInfo(fixture('rss-mied.xml'))).toEqual({
      title: 'Eastern District of Michigan - Recent Entries',
      lastBuildDate: '2024-03-12T18:40:02-04:00',
      court: 'mied',
    });
  });
});

describe('examples/hamama-rss.xml', () => {
  const text = readFileSync(new URL('../../examples/hamama-rss.xml', import.meta.url), 'utf8');

  it('gives the Hamama stay, extension and injunction entries and the other case', () => {
    const result = parsePacer(text, { kind: 'pacer-rss' });
    const hamama = result.cases.filter((c) => c.docketNumber === '2:17-cv-11910');
    expect(hamama.map((c) => c.entries[0]!.number)).toEqual(['87', null, '61', '32']);
    expect(hamama[0]!.entries[0]!.shortDescription).toBe(
      'Opinion and Order AND Order on Motion for Preliminary Injunction',
    );
    expect(result.cases.some((c) => c.docketNumber === '2:17-cv-12018')).toBe(true);
  });
});

describe('rssDate', () => {
  it('keeps the offset the feed gives', () => {
    expect(rssDate('Fri, 03 Feb 2023 11:52:07 EST')).toBe('2023-02-03T11:52:07-05:00');
    expect(rssDate('Tue, 24 Apr 2018 11:25:12 GMT')).toBe('2018-04-24T11:25:12+00:00');
    expect(rssDate('Tue, 24 Apr 2018 11:25:12 -0700')).toBe('2018-04-24T11:25:12-07:00');
    // Zones without a common abbreviation, as servers write them (D. Guam, D.N. Mar. I.).
    expect(rssDate('Mon, 07 Dec 2026 10:47:36 GMT+10')).toBe('2026-12-07T10:47:36+10:00');
    expect(rssDate('Mon, 07 Dec 2026 10:47:36 UTC+10:00')).toBe('2026-12-07T10:47:36+10:00');
    expect(rssDate('Mon, 07 Dec 2026 10:47:36 GMT-3:30')).toBe('2026-12-07T10:47:36-03:30');
    expect(rssDate('Mon, 07 Dec 2026 10:47:36 GMT+25')).toBeNull();
  });

  it('refuses dates that do not exist', () => {
    expect(rssDate('Thu, 31 Apr 2018 11:25:12 GMT')).toBeNull();
    expect(rssDate('Tue, 24 Foo 2018 11:25:12 GMT')).toBeNull();
    expect(rssDate('yesterday')).toBeNull();
  });
});

describe('hostile and foreign input', () => {
  const feed = (head: string, item = '<item><title>1:24-cv-00001 A v. B</title></item>'): string =>
    `<?xml version="1.0"?>${head}<rss version="2.0"><channel>${item}</channel></rss>`;

  it('refuses a DTD with internal entities (billion laughs) without expanding them', () => {
    const laughs = [
      '<!DOCTYPE rss [',
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
    ].join('\n');
    const started = performance.now();
    expect(() => parseRss(feed(laughs, '<item><title>1:24-cv-00001 &lol9;</title></item>'), null)).toThrow(
      InputError,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses external entities and never reads the file', () => {
    const xxe = feed('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    expect(() => parseRss(xxe, null)).toThrow(/entity definitions or external references/);
    expect(() => parseRss(feed('<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">'), null)).toThrow(
      InputError,
    );
  });

  it('leaves undeclared entity references as text', () => {
    const result = parseRss(feed('', '<item><title>1:24-cv-00001 A &xxe; v. B</title></item>'), null);
    // Case names lose semicolons (as juriscraper's do); the reference itself stays unexpanded.
    expect(result.cases[0]!.caseName).toBe('A &xxe v. B');
  });

  it('refuses deep nesting quickly', () => {
    const deep = `<rss><channel>${'<x>'.repeat(200_000)}</channel></rss>`;
    const started = performance.now();
    expect(() => parseRss(deep, null)).toThrow(/nests elements/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses inputs over the size limit before parsing', () => {
    const huge = new Uint8Array(33 * 1024 * 1024).fill(0x20);
    expect(() => parsePacer(huge, { kind: 'pacer-rss' })).toThrow(InputTooLargeError);
  });

  it('says that XML which is not RSS is not a docket', () => {
    const result = parseRss('<?xml version="1.0"?><feed><entry/></feed>', 'mied');
    expect(result).toMatchObject({ isDocket: false, court: 'mied', cases: [] });
    expect(result.reason).toMatch(/not an RSS feed/);
  });
});

describeShared('RSS feeds of the shared corpus', () => {
  it('agree with juriscraper on at least 99.5 % of compared fields', () => {
    const summary = runCorpus(corpusPairs(['rss']));
    expect(summary.reports.length).toBeGreaterThan(5);
    expect((summary.agreed + summary.allowed) / summary.compared).toBeGreaterThanOrEqual(0.995);
  });
});
