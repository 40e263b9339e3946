/**
 * `docketwatch replay FILE` beyond Hamama v. Adducci, through the live path: the replay court
 * publishes a history file, the real worker polls it (feed, docket reports), ingests, tracks and
 * mails to an outbox; the tests read the stored posture and the emails.
 *
 * - a minimal history in another court and time zone, with no appeal;
 * - a history with appeals to two courts of appeals;
 * - the held-out case, State of Hawaii v. Trump (D. Haw., 9th Cir.; tests/fixtures/replay),
 *   checked against what its orders say (and, since it has been looked at, no longer held out:
 *   tests/e2e/replay-heldout-stays.test.ts is the next held-out case).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { loadHistory } from '../../src/demo/history.ts';
import { DEMO_SUBSCRIBERS, type DemoSummary, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

interface Replayed {
  summary: DemoSummary;
  store: Store;
  mails: Mail[];
}

const dirs: string[] = [];
const stores: Store[] = [];

afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Replay a history file at max speed into a kept SQLite store and an outbox folder. */
async function replay(file: string): Promise<Replayed> {
  const dir = mkdtempSync(join(tmpdir(), 'dw-replay-'));
  dirs.push(dir);
  const db = join(dir, 'replay.sqlite');
  const outbox = join(dir, 'outbox');
  const summary = await runDemo({
    history: loadHistory(file),
    speed: 'max',
    outboxDir: outbox,
    port: null,
    db,
    logger: silentLogger,
  });
  const mails: Mail[] = [];
  for (const f of readdirSync(outbox).sort()) {
    const m = await simpleParser(readFileSync(join(outbox, f)));
    const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
    mails.push({ to: to ?? '', subject: m.subject ?? '', text: m.text ?? '' });
  }
  const store = await openDatabase(db);
  stores.push(store);
  return { summary, store, mails };
}

function writeHistory(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'dw-history-'));
  dirs.push(dir);
  const path = join(dir, 'history.json');
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

async function appellateCases(store: Store) {
  return store.db
    .selectFrom('cases as c')
    .innerJoin('cases as p', 'p.id', 'c.parent_case_id')
    .select(['c.id', 'c.court_id', 'c.docket_number', 'c.link_type', 'p.docket_number as parent'])
    .orderBy('c.id')
    .execute();
}

async function entryCount(store: Store, caseId: number): Promise<number> {
  const row = await store.db
    .selectFrom('entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const entry = (
  number: number | null,
  dateFiled: string,
  time: string,
  shortDescription: string,
  text: string,
) => ({
  number,
  dateFiled,
  time,
  shortDescription,
  text,
});

describe('a minimal history with no appeal, in another court and time zone', () => {
  let r: Replayed;
  beforeAll(async () => {
    r = await replay(
      writeHistory({
        court: 'txwd',
        docketNumber: '1:20-cv-00210',
        caseName: 'Example Co. v. Sample Inc.',
        dateFiled: '2020-03-02',
        entries: [
          entry(
            1,
            '2020-03-02',
            '09:00',
            'Complaint',
            'COMPLAINT filed by Example Co. (Doe, Jane) (Entered: 03/02/2020)',
          ),
          entry(
            5,
            '2020-03-03',
            '11:00',
            'Motion for Preliminary Injunction',
            'MOTION for Preliminary Injunction by Example Co. (Doe, Jane) (Entered: 03/03/2020)',
          ),
          entry(
            7,
            '2020-03-04',
            '15:30',
            'Order',
            'ORDER: Defendant shall file a response to [5] MOTION for Preliminary Injunction on or before March 16, 2020. Signed by Judge Robert Pitman. (lt) (Entered: 03/04/2020)',
          ),
        ],
      }),
    );
  }, 180_000);

  it('replays every entry in the court’s zone through the real worker, with no appellate source', async () => {
    expect(r.summary.case).toEqual({ key: 'txwd:1:20-cv-00210', name: 'Example Co. v. Sample Inc.' });
    expect(r.summary.publications).toEqual({ published: 3, total: 3 });
    expect(r.summary.entries).toBe(3);
    expect(r.summary.courtTime).toMatch(/ C[SD]T$/);
    expect(r.summary.events['source.down'] ?? 0).toBe(0);
    expect(await appellateCases(r.store)).toEqual([]);
    const sources = await r.store.db.selectFrom('sources').select('court_id').execute();
    expect(sources.map((s) => s.court_id).sort()).toEqual(['txwd', 'txwd']);
  });

  it('stores the deadline its order sets, and tells both subscribers', async () => {
    const records = await listDeadlineRecords(r.store, 'txwd:1:20-cv-00210');
    expect(records.filter((d) => d.kind === 'deadline').map((d) => d.due)).toEqual(['2020-03-16']);
    const posture = await casePosture(r.store, 'txwd:1:20-cv-00210', '2020-03-05');
    expect(posture.nextDeadlines.map((d) => [d.due, d.daysLeft])).toEqual([['2020-03-16', 11]]);
    for (const to of Object.values(DEMO_SUBSCRIBERS)) {
      expect(r.mails.some((m) => m.to === to && /March 16, 2020/.test(`${m.subject}\n${m.text}`))).toBe(true);
    }
  });
});

describe('a history with appeals to two courts of appeals', () => {
  const appeal = (court: string, docketNumber: string, dateFiled: string, decided: string) => ({
    court,
    docketNumber,
    dateFiled,
    entries: [
      {
        number: 1,
        dateFiled,
        time: '10:00',
        text: 'Civil Case Docketed. Notice filed by Appellant Sample Inc. (XX)',
      },
      { number: 40, dateFiled: decided, time: '09:00', text: 'MANDATE ISSUED. (XX)' },
    ],
  });
  let r: Replayed;
  beforeAll(async () => {
    r = await replay(
      writeHistory({
        court: 'cand',
        docketNumber: '3:19-cv-04000',
        caseName: 'Example Co. v. Sample Inc.',
        dateFiled: '2019-07-01',
        entries: [
          entry(
            1,
            '2019-07-01',
            '09:00',
            'Complaint',
            'COMPLAINT filed by Example Co. (Doe, Jane) (Entered: 07/01/2019)',
          ),
          entry(
            90,
            '2019-10-01',
            '16:00',
            'Notice of Appeal',
            'NOTICE OF APPEAL to the 9th Circuit Court of Appeals filed by Sample Inc. (Roe, Rick) (Entered: 10/01/2019)',
          ),
          entry(
            120,
            '2019-11-04',
            '16:00',
            'Notice of Appeal',
            'NOTICE OF APPEAL to the Federal Circuit filed by Sample Inc. (Roe, Rick) (Entered: 11/04/2019)',
          ),
        ],
        appeals: [
          appeal('ca9', '19-16900', '2019-10-02', '2020-05-01'),
          appeal('cafc', '20-1150', '2019-11-05', '2020-06-01'),
        ],
      }),
    );
  }, 180_000);

  it('follows each appeal once it is docketed, links it to the case and reads its docket', async () => {
    expect(r.summary.publications).toEqual({ published: 7, total: 7 });
    const appeals = await appellateCases(r.store);
    expect(appeals.map((a) => [a.court_id, a.docket_number, a.link_type, a.parent])).toEqual([
      ['ca9', '19-16900', 'appeal', '3:19-cv-04000'],
      ['cafc', '20-1150', 'appeal', '3:19-cv-04000'],
    ]);
    for (const a of appeals) expect(await entryCount(r.store, a.id)).toBe(2);
    // Each mandate once in its appeal's record and once in the record of the case appealed from.
    expect(r.summary.events['appeal.mandate']).toBe(4);
    expect(r.summary.events['source.down'] ?? 0).toBe(0);
  });
});

describe('held out: State of Hawaii v. Trump (D. Haw. 1:17-cv-00050; 9th Cir. 17-15589, 17-16426)', () => {
  const KEY = 'hid:1:17-cv-00050';
  let r: Replayed;
  beforeAll(async () => {
    r = await replay(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname);
  }, 240_000);

  const posture = (asOf: string) => casePosture(r.store, KEY, asOf);
  const records = async () => listDeadlineRecords(r.store, KEY);

  it('replays the district docket in Honolulu time and both appeals in the Ninth Circuit', async () => {
    expect(r.summary.publications.published).toBe(r.summary.publications.total);
    expect(r.summary.courtTime).toMatch(/ HST$/);
    const appeals = await appellateCases(r.store);
    expect(appeals.map((a) => [a.court_id, a.docket_number])).toEqual([
      ['ca9', '17-15589'],
      ['ca9', '17-16426'],
    ]);
    expect(r.summary.events['source.down'] ?? 0).toBe(0);
    // ECF 325 on 17-15589: the mandate issued June 19, 2017, told once by the appeal's record and
    // once by the district case's.
    expect(r.summary.events['appeal.mandate']).toBe(2);
  });

  it('ECF 66 (March 8): the opposition due March 13, the reply March 14, the hearing March 15 at 9:30 a.m.', async () => {
    const p = await posture('2017-03-09');
    expect(p.nextDeadlines.map((d) => [d.due, d.party])).toEqual([
      ['2017-03-13', 'Defendants'],
      ['2017-03-14', 'Plaintiffs'],
    ]);
    expect(p.hearings.map((h) => [h.date, h.time])).toEqual([['2017-03-15', '09:30']]);
    expect(p.inForce).toEqual([]);
  });

  it('ECF 219 (March 15): the temporary restraining order is in force until further order', async () => {
    const p = await posture('2017-03-16');
    expect(p.inForce.map((f) => [f.kind, f.since, f.until])).toEqual([
      ['injunction', '2017-03-15', 'further_order'],
    ]);
    expect(p.inForce[0]!.text).toMatch(/Temporary restraining order/);
    for (const to of Object.values(DEMO_SUBSCRIBERS))
      expect(r.mails.some((m) => m.to === to && /Temporary restraining order granted/.test(m.subject))).toBe(
        true,
      );
  });

  it('ECF 239 (March 21): the opposition due March 24, the reply March 27, the hearing March 29 at 9:30 a.m.', async () => {
    const p = await posture('2017-03-22');
    expect(p.nextDeadlines.map((d) => d.due)).toEqual(['2017-03-24', '2017-03-27']);
    expect(p.hearings.map((h) => [h.date, h.time])).toEqual([['2017-03-29', '09:30']]);
    const hearings = (await records()).filter((x) => x.kind === 'hearing');
    const held = hearings.filter((x) => !/argument/i.test(x.what)).map((x) => [x.due, x.status]);
    expect(held).toEqual([
      ['2017-03-15', 'held'],
      ['2017-03-29', 'held'],
    ]);
    // The Ninth Circuit's arguments (17-15589 on May 15, 17-16426 on August 28) are the case's
    // sittings too, listed with the district's (docs/deadlines.md).
    const argued = hearings.filter((x) => /argument/i.test(x.what)).map((x) => [x.due, x.status]);
    expect(argued).toEqual([
      ['2017-05-15', 'held'],
      ['2017-08-28', 'held'],
    ]);
  });

  it('the replies (ECF 191, 265) meet the reply deadlines', async () => {
    const replies = (await records()).filter((x) => x.kind === 'deadline' && /reply/i.test(x.what));
    expect(replies.map((x) => [x.due, x.status])).toEqual([
      ['2017-03-14', 'satisfied'],
      ['2017-03-27', 'satisfied'],
    ]);
  });

  it('ECF 145 and 251 (memoranda in opposition, filed on the day due) meet the opposition deadlines', async () => {
    const oppositions = (await records()).filter((x) => x.kind === 'deadline' && /opposition/i.test(x.what));
    expect(oppositions.map((x) => [x.due, x.status])).toEqual([
      ['2017-03-13', 'satisfied'],
      ['2017-03-24', 'satisfied'],
    ]);
  });

  it('sends no stay alerts: nothing in the case stays anything', () => {
    expect(r.mails.filter((m) => /\bstay\b/i.test(m.subject))).toEqual([]);
    expect(Object.keys(r.summary.events).filter((t) => t.startsWith('stay.'))).toEqual([]);
  });

  it('ECF 219: an intention to hold a hearing on whether the TRO should be extended is not an extension', () => {
    expect(r.summary.events['injunction.extended'] ?? 0).toBe(0);
  });

  it('ECF 270 converts the TRO of March 15 [219] into a preliminary injunction: from March 29 the injunction is in force, the TRO is not', async () => {
    const p = await posture('2017-03-30');
    expect(p.inForce.map((f) => [f.kind, f.since])).toEqual([['injunction', '2017-03-29']]);
    expect(p.inForce[0]!.text).toMatch(/Preliminary injunction/);
    expect(r.summary.events['injunction.converted']).toBe(1);
  });

  it('ECF 291 (June 19) dissolves the preliminary injunction [270] only in part, and ECF 345 (July 13) modifies it: it stays in force', async () => {
    for (const day of ['2017-06-20', '2017-07-14', '2017-09-30']) {
      const p = await posture(day);
      expect(p.inForce.map((f) => [f.kind, f.since])).toEqual([['injunction', '2017-03-29']]);
      expect(p.inForce[0]!.text).toMatch(/Preliminary injunction/);
    }
    expect(r.summary.events['injunction.modified']).toBe(2);
    expect(r.summary.events['injunction.dissolved'] ?? 0).toBe(0);
    // "Granting in part and denying in part" the motion to modify is not a denial of an injunction.
    expect(r.summary.events['injunction.denied'] ?? 0).toBe(0);
  });

  it('no message says that what it lists as in force no longer applies', () => {
    let checked = 0;
    for (const m of r.mails) {
      const at = m.text.indexOf('In force:');
      if (at < 0) continue;
      // The in-force list: "* NAME, since DATE: TERM" lines (and their indented links) after "In force:".
      const rows: string[] = [];
      for (const line of m.text.slice(at).split('\n').slice(1)) {
        if (line.startsWith('* ')) rows.push(line);
        else if (!line.startsWith(' ')) break;
      }
      // Each row says its dates once.
      for (const row of rows) expect(row.match(/\bsince\b/g)?.length ?? 0, row).toBeLessThanOrEqual(1);
      const names = rows.map((row) => /^\* (.+?)(?:, since .+?)?: /.exec(row)?.[1]?.toLowerCase() ?? row);
      // What the message itself says ended (its headlines and sentences, not quoted docket text).
      const ended = m.text.split('\n').filter(
        (l) =>
          !l.includes('“') &&
          // A decision waiting for the mandate says it is still in force: not an end.
          !/in force until its mandate issues/.test(l) &&
          /no longer applies|^\* .* (?:dissolved|vacated|converted)\b/i.test(l),
      );
      for (const name of names) {
        checked++;
        for (const line of ended) expect(line.toLowerCase(), m.subject).not.toContain(name);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
  const decisionsOf = async (court: string) =>
    (
      await r.store.db
        .selectFrom('events as e')
        .innerJoin('cases as c', 'c.id', 'e.case_id')
        .select(['e.payload'])
        .where('e.type', '=', 'appeal.decided')
        .where('c.court_id', '=', court)
        .orderBy('e.id')
        .execute()
    ).map((e) => JSON.parse(e.payload) as { message: string; date: string; pendingMandate?: boolean });

  it('the Ninth Circuit’s opinions (June 12: affirmed in part, vacated in part; September 7: affirmed) make appeal.decided events, on each appeal’s docket and in the district case’s record', async () => {
    expect((await decisionsOf('ca9')).map((e) => e.message)).toEqual([
      'Court of appeals decision: affirmed in part, vacated in part, remanded with instructions',
      'Court of appeals decision: affirmed',
    ]);
    expect((await decisionsOf('hid')).map((e) => [e.date, e.message, e.pendingMandate])).toEqual([
      [
        '2017-06-12',
        'The court of appeals decided on the preliminary injunction of March 29, 2017 on June 12, 2017: affirmed in part, vacated in part, remanded with instructions; the part vacated takes effect when its mandate issues',
        true,
      ],
      [
        '2017-09-07',
        // The second appeal (17-16426) is from ECF 345, the order of July 13, 2017 that modified the injunction.
        'The court of appeals affirmed the order of July 13, 2017 modifying the preliminary injunction of March 29, 2017 (affirmed)',
        false,
      ],
    ]);
  });

  it('the Ninth Circuit’s decisions reach both subscribers: the ruling "affirmed in part and vacated in part" (the injunction in force until the mandate) and the order of July 13, 2017 "affirmed on appeal", each named', () => {
    for (const to of Object.values(DEMO_SUBSCRIBERS)) {
      const mine = r.mails.filter((m) => m.to === to).map((m) => `${m.subject}\n${m.text}`);
      // Each headline names the ruling it is about (third try-out 18).
      const partly = mine.filter((t) =>
        /Preliminary injunction of March 29, 2017 (?:affirmed|upheld) in part/.test(t),
      );
      expect(partly.length, to).toBeGreaterThan(0);
      expect(partly.join('\n'), to).toMatch(/preliminary injunction of March 29, 2017 stays in force/);
      expect(
        mine.some((t) =>
          /Order of July 13, 2017 modifying the preliminary injunction of March 29, 2017 affirmed on appeal/.test(
            t,
          ),
        ),
        to,
      ).toBe(true);
    }
  });

  it('the vacatur in part (June 12) waits for the mandate (June 19, FRAP 41): in force as it was until then, and it takes effect once, however the mandate and ECF 291 arrive', async () => {
    for (const day of ['2017-06-13', '2017-06-18']) {
      const p = await posture(day);
      expect(p.inForce.map((f) => [f.kind, f.since])).toEqual([['injunction', '2017-03-29']]);
      expect(p.inForce[0]!.text).toMatch(
        /the court of appeals vacated it in part on June 12, 2017 \(to the extent it enjoins internal review procedures and runs against the President\): it stays in force until the mandate issues$/,
      );
    }
    const after = await posture('2017-06-20');
    expect(after.inForce.map((f) => [f.kind, f.since])).toEqual([['injunction', '2017-03-29']]);
    expect(after.inForce[0]!.text).not.toMatch(/mandate/);
    const modified = (
      await r.store.db
        .selectFrom('events')
        .select('payload')
        .where('type', '=', 'injunction.modified')
        .orderBy('id')
        .execute()
    ).map((e) => JSON.parse(e.payload) as { date: string; message: string });
    expect(modified.map((e) => e.date)).toEqual(['2017-06-19', '2017-07-13']);
    expect(modified[0]!.message).toMatch(
      /^Preliminary injunction of March 29, 2017 modified: the court of appeals' mandate issued, and its decision of June 12, 2017 \(affirmed in part, vacated in part, remanded with instructions\) takes effect$/,
    );
  });
});
