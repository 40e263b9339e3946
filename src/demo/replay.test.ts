/**
 * The replay court end to end over real HTTP on 127.0.0.1: the clock steps through the whole
 * history, the feed and docket pages are fetched and read back with docketwatch's own CM/ECF
 * parsers, and what they see is checked against the history.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { rssFeedInfo } from '../../scrapers/pacer/rss.ts';
import { feedCoverage } from '../../scrapers/pacer-rss/coverage.ts';
import { describeShared, sharedDir } from '../../tests/support/shared.ts';
import { ConfigError } from '../errors.ts';
import type { DocketCase, ParseResult } from '../model/docket.ts';
import { CourtClock, parseSpeed } from './court-clock.ts';
import { hamamaHistory, linkDocId, publicationTimes } from './history.ts';
import { FEED_TYPES, feedType, visibleDocketText } from './render.ts';
import { type ReplayCourt, replayClock, startReplayCourt } from './server.ts';

const history = hamamaHistory();
let court: ReplayCourt | null = null;

afterEach(async () => {
  await court?.close();
  court = null;
});

async function start(clock = replayClock()): Promise<ReplayCourt> {
  court = await startReplayCourt({ clock, host: '127.0.0.1', port: 0 });
  return court;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  return { res, body };
}

function parse(body: Buffer): ParseResult {
  return parsePacer(body, { kind: 'auto' });
}

function hamamaCase(result: ParseResult): DocketCase[] {
  return result.cases.filter((c) => c.docketNumber === history.docketNumber);
}

describe('court clock', () => {
  it('runs N court seconds per real second from the start, in the court zone', () => {
    let real = 1_000_000;
    const clock = new CourtClock({ speed: 3600, start: '2017-06-15T09:00', realNow: () => real });
    expect(clock.now().toISOString()).toBe('2017-06-15T13:00:00.000Z');
    real += 2_000;
    expect(clock.now().toISOString()).toBe('2017-06-15T15:00:00.000Z');
    expect(clock.describe()).toBe('2017-06-15 11:00 EDT');
  });

  it('at max speed starts at the first publication, stands still, and advance() steps through each later one once, then reports done', () => {
    const times = publicationTimes(history);
    const clock = replayClock();
    expect(clock.nowMs()).toBe(times[0]);
    expect(clock.progress()).toEqual({ published: 1, total: times.length });
    const seen: number[] = [];
    for (let step = clock.advance(); step !== null; step = clock.advance()) seen.push(step.getTime());
    expect(seen).toEqual(times.slice(1));
    expect(clock.done).toBe(true);
    expect(clock.advance()).toBeNull();
    expect(clock.progress()).toEqual({ published: times.length, total: times.length });
  });

  it('never goes backwards, and keeps running at a numeric speed after a jump', () => {
    let real = 0;
    const clock = new CourtClock({ speed: 60, realNow: () => real, publications: publicationTimes(history) });
    const first = clock.advance()!;
    expect(clock.nowMs()).toBe(first.getTime());
    clock.advanceTo(first.getTime() - 3_600_000);
    expect(clock.nowMs()).toBe(first.getTime());
    real += 1_000;
    expect(clock.nowMs()).toBe(first.getTime() + 60_000);
  });

  it('refuses speeds and starts a person could mistype, with a message that says what is wrong', () => {
    expect(parseSpeed('max')).toBe('max');
    expect(parseSpeed('86400')).toBe(86_400);
    for (const bad of ['0', '-5', 'fast', '', 'Infinity']) {
      expect(() => parseSpeed(bad)).toThrow(ConfigError);
    }
    expect(() => new CourtClock({ start: '15/06/2017' })).toThrow(/not a court date-time/);
    expect(() => new CourtClock({ start: '2017-02-30T09:00' })).toThrow(ConfigError);
  });
});

describe('feed types of a partial feed', () => {
  it('keeps orders, opinions, judgments, minute entries and appeal papers, and leaves the rest out', () => {
    const kept: [string, string][] = [
      ['ORDER granting 14 Motion to Dismiss. Signed by District Judge Ann Example.', 'orders'],
      ['MEMORANDUM OPINION AND ORDER denying 22 Motion for Summary Judgment.', 'orders'],
      ['OPINION & ORDER Granting Motion to Expand.', 'orders'],
      ['TEXT-ONLY ORDER: Response due by 3/1/2019.', 'orders'],
      ['SCHEDULING ORDER: Discovery due by 5/1/2018.', 'orders'],
      ['JUDGMENT in favor of Defendant against Plaintiff.', 'judgments'],
      ['OPINION. Signed by Judge B. Example.', 'opinions'],
      [
        'Minute Entry for proceedings held before Magistrate Judge C. Example: Status Conference.',
        'minute entries',
      ],
      ['NOTICE OF APPEAL as to 40 Order by Jane Roe. Fee paid.', 'appeals'],
      ['MANDATE of U.S. Court of Appeals for the Ninth Circuit re 12 Notice of Appeal.', 'appeals'],
      ['USCA Judgment as to 31 Notice of Appeal.', 'appeals'],
    ];
    for (const [text, type] of kept) expect([text, feedType(text)]).toEqual([text, type]);
    const left = [
      'STATUS REPORT pursuant to 87 Order by Rebecca Adducci.',
      'TRANSCRIPT of Motion Hearing held on 7/5/2017.',
      'MOTION for Preliminary Injunction by All Petitioners.',
      'Emergency MOTION for Temporary Restraining Order by All Petitioners.',
      'RESPONSE to 11 Motion filed by Rebecca Adducci.',
      'Set Deadlines as to 87 Order on Motion.',
      'NOTICE of Appearance by John Example on behalf of Plaintiff.',
    ];
    for (const text of left) expect([text, feedType(text)]).toEqual([text, null]);
  });
});

describe('the replay court over HTTP', () => {
  it('publishes every entry once, when it is due, in pages our parsers read; the feed carries only its declared types', async () => {
    // The morning of the petition, before it is filed (the demo itself starts at the petition).
    const c = await start(replayClock({ start: '2017-06-15T09:00' }));
    const feedTypeEntries = history.entries.filter((e) => feedType(e.text) !== null);
    expect(feedTypeEntries.length).toBeGreaterThan(10);
    expect(history.entries.length - feedTypeEntries.length).toBeGreaterThan(5);
    const seenInFeed = new Set<number>();

    // Before the petition: no case, an empty feed.
    expect((await get(c.urls.docket)).res.status).toBe(404);
    const empty = parse((await get(c.urls.feed)).body);
    expect(empty.isDocket).toBe(true);
    expect(empty.cases).toEqual([]);

    let steps = 0;
    let courtWide = 0;
    for (let step = c.clock.advance(); step !== null; step = c.clock.advance()) {
      steps++;
      const now = c.clock.nowMs();
      const due = history.entries.filter((e) => e.publishedAt <= now);

      // Docket report: every due entry exactly once, with its number, date and text; nothing early.
      const docketRes = await get(c.urls.docket);
      expect(docketRes.res.headers.get('content-type')).toBe('text/html; charset=ISO-8859-1');
      const docket = parse(docketRes.body);
      expect(docket.kind).toBe('pacer-docket');
      expect(docket.court).toBe('mied');
      const [dc] = docket.cases;
      expect(dc?.docketNumber).toBe(history.docketNumber);
      expect(dc?.dateFiled).toBe(history.dateFiled);
      expect(dc?.entries).toHaveLength(due.length);
      for (const e of due) {
        const matches = dc!.entries.filter(
          (p) =>
            p.number === (e.number === null ? null : String(e.number)) &&
            p.dateFiled === e.dateFiled &&
            p.description === visibleDocketText(e.text),
        );
        expect(matches, `entry ${e.number ?? e.shortDescription} of ${e.dateFiled}`).toHaveLength(1);
        if (e.docId) expect(matches[0]!.pacerDocId).toBe(e.docId);
      }

      // Feed: court-wide RSS; Hamama items are due, of declared types, and within the last 24 hours.
      const feedRes = await get(c.urls.feed);
      expect(feedRes.res.headers.get('content-type')).toBe('application/rss+xml; charset=ISO-8859-1');
      const feedText = feedRes.body.toString('latin1');
      expect(feedCoverage(feedText)).toMatchObject({ entryTypes: [...FEED_TYPES], partial: true });
      expect(rssFeedInfo(feedText).lastBuildDate).not.toBeNull();
      const feed = parse(feedRes.body);
      expect(feed.kind).toBe('pacer-rss');
      for (const item of hamamaCase(feed)) {
        expect(item.caseName).toBe('Hamama v. Adducci');
        expect(item.pacerCaseId).toBe(history.pacerCaseId);
        const fe = item.entries[0]!;
        const at = Date.parse(fe.dateFiled!);
        expect(at).toBeLessThanOrEqual(now);
        expect(at).toBeGreaterThan(now - 24 * 3_600_000);
        const source = history.entries.find(
          (e) =>
            e.publishedAt === at &&
            e.shortDescription === fe.shortDescription &&
            (e.number === null ? fe.number === null : String(e.number) === fe.number),
        );
        expect(source, `feed item ${fe.number} ${fe.shortDescription}`).toBeDefined();
        expect(feedType(source!.text)).not.toBeNull();
        if (source!.docId) expect(fe.pacerDocId).toBe(source!.docId);
        seenInFeed.add(source!.publishedAt);
      }
      if (feed.cases.some((x) => x.docketNumber !== history.docketNumber)) courtWide++;
    }
    expect(steps).toBe(publicationTimes(history).length);
    expect(courtWide).toBeGreaterThan(5);
    // At max speed the watcher sees every feed-type entry, and never any other.
    expect([...seenInFeed].sort()).toEqual(feedTypeEntries.map((e) => e.publishedAt).sort());
  });

  it('serves the Sixth Circuit docket in the appellate format once the appeal is docketed', async () => {
    const c = await start();
    const appeal = history.appeals[0]!;
    c.clock.advanceTo(appeal.entries[0]!.publishedAt - 60_000);
    expect((await get(c.urls.appeals[0]!)).res.status).toBe(404);
    for (const cutoff of appeal.entries) {
      c.clock.advanceTo(cutoff.publishedAt);
      const page = parse((await get(c.urls.appeals[0]!)).body);
      expect(page.kind).toBe('pacer-appellate');
      expect(page.court).toBe('ca6');
      const [ac] = page.cases;
      expect(ac?.docketNumber).toBe(appeal.docketNumber);
      expect(ac?.originatingCourt?.docketNumber).toBe(appeal.originatingCourt.caseNumber);
      const due = appeal.entries.filter((e) => e.publishedAt <= cutoff.publishedAt);
      expect(ac!.entries.map((e) => [e.number, e.dateFiled, e.pacerDocId])).toEqual(
        due.map((e) => [String(e.number), e.dateFiled, e.docId]),
      );
      for (const [i, e] of due.entries()) {
        expect(ac!.entries[i]!.description).toContain(e.text.replace(/\s*\([A-Z]+\)$/, ''));
      }
    }
    const final = parse((await get(c.urls.appeals[0]!)).body).cases[0]!;
    expect(final.dateTerminated).toBe('2018-12-20');
  });

  it('serves order documents once published, by either form of the id, with the summary marked as such', async () => {
    const c = await start();
    const order = history.entries.find((e) => e.number === 32)!;
    const link = `${c.url}/doc1/${linkDocId(order.docId!)}`;
    c.clock.advanceTo(order.publishedAt - 1);
    expect((await get(link)).res.status).toBe(404);
    c.clock.advanceTo(order.publishedAt);
    for (const url of [link, `${c.url}/doc1/${order.docId}`]) {
      const { res, body } = await get(url);
      expect(res.status).toBe(200);
      const text = body.toString('latin1');
      expect(text).toContain(order.documentText!.slice(0, 60));
      expect(text).toMatch(/summary of the operative terms/);
    }
    // Every document link of the feed and the docket report resolves.
    const feed = parse((await get(c.urls.feed)).body);
    const docket = parse((await get(c.urls.docket)).body);
    const urls = [
      ...hamamaCase(feed).map((x) => x.entries[0]!.documentUrl),
      ...docket.cases[0]!.entries.flatMap((e) => [e.pacerDocId, ...e.attachments.map((a) => a.pacerDocId)]),
    ]
      .filter((u): u is string => typeof u === 'string')
      .map((u) => (u.startsWith('http') ? u : `${c.url}/doc1/${u}`));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect([url, (await get(url)).res.status]).toEqual([url, 200]);
    expect((await get(`${c.url}/doc1/not-an-id`)).res.status).toBe(404);
  });

  it('answers conditional GETs with 304 until the content changes, and counts requests per route', async () => {
    const c = await start();
    const textOnlyOrder = history.entries.find((e) => e.text.startsWith('TEXT-ONLY ORDER'))!;
    c.clock.advanceTo(textOnlyOrder.publishedAt);
    const first = await get(c.urls.feed);
    const etag = first.res.headers.get('etag')!;
    const lastModified = first.res.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).toBe(c.clock.nowMs());

    const again = await get(c.urls.feed, { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect((await get(c.urls.feed, { 'if-modified-since': lastModified })).res.status).toBe(304);
    expect((await get(c.urls.feed, { 'if-none-match': '"other"' })).res.status).toBe(200);

    // An appellate-only publication leaves the district docket (and its ETag) as it was.
    const docket = await get(c.urls.docket);
    const docketTag = docket.res.headers.get('etag')!;
    c.clock.advanceTo(history.appeals[0]!.entries[0]!.publishedAt - 1);
    const beforeAppeal = await get(c.urls.docket);
    const beforeTag = beforeAppeal.res.headers.get('etag')!;
    expect(beforeTag).not.toBe(docketTag);
    c.clock.advanceTo(history.appeals[0]!.entries[0]!.publishedAt);
    expect((await get(c.urls.docket, { 'if-none-match': beforeTag })).res.status).toBe(304);

    // New content: a new ETag and Last-Modified, and the old validators no longer match.
    const feedBefore = await get(c.urls.feed);
    const nextOrder = history.entries.find(
      (e) => e.publishedAt > c.clock.nowMs() && feedType(e.text) === 'orders',
    )!;
    c.clock.advanceTo(nextOrder.publishedAt);
    const changed = await get(c.urls.feed, { 'if-none-match': feedBefore.res.headers.get('etag')! });
    expect(changed.res.status).toBe(200);
    expect(changed.res.headers.get('etag')).not.toBe(feedBefore.res.headers.get('etag'));
    expect(changed.res.headers.get('last-modified')).toBe(new Date(nextOrder.publishedAt).toUTCString());

    const stats = c.stats();
    expect(stats.feed).toEqual({ requests: 6, notModified: 2 });
    expect(stats.docket).toEqual({ requests: 3, notModified: 1 });
    expect(stats['appellate-docket'].requests).toBe(0);
    c.resetStats();
    expect(c.stats().feed.requests).toBe(0);
  });

  it('at a numeric speed the pages stay byte-identical between publications, and feed items age out after 24 court hours', async () => {
    let real = 0;
    const clock = new CourtClock({
      speed: 600,
      realNow: () => real,
      publications: publicationTimes(history),
    });
    const c = await start(clock);
    const order = history.entries.find((e) => e.number === 32)!;
    clock.advanceTo(order.publishedAt);
    const a = await get(c.urls.feed);
    real += 1_000; // ten court minutes later, nothing new
    const b = await get(c.urls.feed);
    expect(b.res.headers.get('etag')).toBe(a.res.headers.get('etag'));
    expect(hamamaCase(parse(b.body)).map((x) => x.entries[0]!.number)).toContain('32');

    clock.advanceTo(order.publishedAt + 24 * 3_600_000 + 1);
    const later = await get(c.urls.feed, { 'if-none-match': a.res.headers.get('etag')! });
    expect(later.res.status).toBe(200);
    expect(hamamaCase(parse(later.body)).map((x) => x.entries[0]!.number)).not.toContain('32');
    expect(rssFeedInfo(later.body.toString('latin1')).lastBuildDate).toBe('2017-06-23T19:55:00-04:00');
  });

  it('waits for the watcher: waitForRequest resolves on the next poll and times out without one', async () => {
    const c = await start();
    const waiting = c.waitForRequest('feed', 5_000);
    await get(c.urls.feed);
    await expect(waiting).resolves.toBeUndefined();
    await expect(c.waitForRequest('docket', 50)).rejects.toMatchObject({ code: 'ETIMEOUT' });
    expect((await fetch(c.urls.feed, { method: 'POST' })).status).toBe(405);
    expect((await get(`${c.url}/cgi-bin/DktRpt.pl?999999`)).res.status).toBe(404);
    expect(c.stats()['not-found'].requests).toBe(0);
    expect((await get(`${c.url}/nowhere`)).res.status).toBe(404);
    expect(c.stats()['not-found'].requests).toBe(1);
  });
});

describe('the replay history', () => {
  it('has entries whose "Entered" date is their filing date and whose numbers rise with time', () => {
    for (const e of history.entries) {
      const entered = /\(Entered: (\d\d)\/(\d\d)\/(\d{4})\)$/.exec(e.text);
      expect(entered, e.text).not.toBeNull();
      expect(`${entered![3]}-${entered![1]}-${entered![2]}`).toBe(e.dateFiled);
    }
    const numbered = [...history.entries]
      .sort((a, b) => a.publishedAt - b.publishedAt)
      .filter((e) => e.number !== null)
      .map((e) => e.number!);
    // CM/ECF numbers documents in the order they are filed.
    const outOfOrder = numbered.filter((n, i) => i > 0 && n < numbered[i - 1]!);
    expect(outOfOrder).toEqual([]);
    expect(history.about).toMatch(/illustrative/);
  });
});

describeShared('the replay history against the shared timeline', () => {
  it('gives the timeline its numbers and dates wherever the entry is not marked illustrative', () => {
    const timeline = JSON.parse(readFileSync(resolve(sharedDir, 'hamama/timeline.json'), 'utf8')) as {
      timeline: { date: string | null; entryNumber: number | null }[];
    };
    const facts = new Map(
      timeline.timeline.filter((t) => t.entryNumber !== null).map((t) => [t.entryNumber!, t.date]),
    );
    for (const e of history.entries) {
      if (e.number === null || e.illustrative) continue;
      expect(facts.has(e.number), `entry ${e.number} is in the timeline`).toBe(true);
      if (!e.approximateDate) expect([e.number, e.dateFiled]).toEqual([e.number, facts.get(e.number)]);
      else expect(facts.get(e.number)).toBeNull();
    }
  });

  it('says who is covered as the court defined the class, in the order it names (no wider)', () => {
    const timeline = JSON.parse(readFileSync(resolve(sharedDir, 'hamama/timeline.json'), 'utf8')) as {
      timeline: { entryNumber: number | null; effectOnDeadlines: string | null }[];
    };
    const people = history.people!;
    expect(people.classFrom).toBeDefined();
    const order = timeline.timeline.find((t) => String(t.entryNumber) === people.classFrom);
    const defined = (order?.effectOnDeadlines ?? '').toLowerCase();
    expect(defined).toContain('class =');
    // Every word the demo says of the class is in the court's definition (as the timeline gives
    // it), and the court's limits are kept: "arrested and detained by ICE".
    const words = (s: string) => s.toLowerCase().match(/[a-z]+/g) ?? [];
    const allowed = new Set([...words(defined), 'u', 's', 'removal']);
    expect(words(people.class).filter((w) => !allowed.has(w))).toEqual([]);
    expect(people.class).toMatch(/arrested and detained by ICE/);
    expect(people.class).not.toMatch(/^all /);
  });
});
