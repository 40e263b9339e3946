import { beforeAll, describe, expect, it } from 'vitest';
import { addCase, listEntries } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import {
  casePosture,
  type DeadlineRefresh,
  listDeadlineRecords,
  refreshAfterIngest,
  refreshCaseDeadlines,
  setEntryText,
} from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { freshStore } from '../support/db.ts';
import { hamamaHistory, historyDocket } from '../support/history.ts';

const history = hamamaHistory();
const CASE = 'mied:2:17-cv-11910';

describe('Hamama v. Adducci replayed through ingest and refresh', () => {
  let store: Store;
  let refresh: DeadlineRefresh;
  const events = () =>
    refresh.events.map(
      (e) =>
        ({ ...e.payload, type: e.type, entry: e.entry }) as { type: string; entry: string | null } & Record<
          string,
          unknown
        >,
    );
  const ofType = (type: string) => events().filter((e) => e.type === type);

  beforeAll(async () => {
    store = await freshStore('sqlite');
    await addCase(store.db, 'mied', history.docketNumber, { name: history.caseName, parent: null });
    const docket = historyDocket(history, history.entries);
    const outcome = await ingest(store.db, {
      kind: 'pacer-docket',
      court: 'mied',
      isDocket: true,
      reason: null,
      cases: [docket],
    });
    // The orders' own words arrive from another source (PDF text) after the docket.
    const stored = await listEntries(store.db, CASE);
    for (const e of history.entries) {
      if (!e.documentText) continue;
      const match = stored.find((s) => s.dateFiled === e.dateFiled && s.description === e.text);
      await setEntryText(store, CASE, match!.entry, e.documentText, 'order-text');
    }
    [refresh] = (await refreshAfterIngest(store, outcome.events)) as [DeadlineRefresh];
  }, 120_000);

  it('the stay: granted to July 6, expanded June 26 to July 10, extended July 6 to July 24, superseded July 24', () => {
    expect(ofType('stay.granted').map((e) => [e.entry, e.expires])).toEqual([['32', '2017-07-06']]);
    expect(ofType('stay.scope_expanded').map((e) => e.entry)).toEqual(['43']);
    expect(ofType('stay.extended').map((e) => [e.entry, e.expires, e.previousExpires])).toEqual([
      ['43', '2017-07-10', '2017-07-06'],
      ['61', '2017-07-24', '2017-07-10'],
    ]);
    expect(ofType('stay.superseded').map((e) => e.entry)).toEqual(['87']);
    expect(ofType('stay.expired')).toEqual([]);
    const stayIds = new Set(
      events()
        .filter((e) => e.type.startsWith('stay.'))
        .map((e) => e.record),
    );
    expect(stayIds.size).toBe(1);
  });

  it('the preliminary injunction of July 24 with reports to class counsel every other Monday: 8/7, 8/21, 9/5 (after Labor Day), never "missing"', async () => {
    expect(ofType('injunction.granted').map((e) => e.entry)).toContain('87');
    const reports = (await listDeadlineRecords(store, CASE)).find(
      (r) => r.kind === 'deadline' && r.entry === '87' && r.data.recurrence,
    )!;
    const occurrences = (reports.data.recurrence as { occurrences: { due: string; state: string }[] })
      .occurrences;
    expect(reports.what).toMatch(/^report to class counsel\b.*\(recurring\)$/);
    expect(reports.data.docketed).toBe(false);
    // The reports go to class counsel, not to the court: their days pass, nothing is "missing".
    expect(occurrences.slice(0, 3).map((o) => [o.due, o.state])).toEqual([
      ['2017-08-07', 'passed'],
      ['2017-08-21', 'passed'],
      ['2017-09-05', 'passed'],
    ]);
    expect(ofType('deadline.missing')).toEqual([]);
    // The clerk's "Set Hearings" entry repeats the status conference, not a deadline of its own.
    const records = await listDeadlineRecords(store, CASE);
    expect(records.filter((r) => r.kind === 'deadline' && r.entry?.startsWith('u:2017-07-24'))).toEqual([]);
  });

  it('the notice of appeal, and the Sixth Circuit vacating the injunction and its reports', async () => {
    expect(ofType('appeal.noticed').map((e) => [e.entry, e.relatedEntries])).toEqual([['110', [87]]]);
    const injunction = (await listDeadlineRecords(store, CASE)).find(
      (r) => r.kind === 'injunction' && r.entry === '87',
    )!;
    expect(injunction.status).toBe('vacated');
    // "The preliminary injunction of July 24, 2017 [87] and the January 2, 2018 order [191] are VACATED".
    const detention = (await listDeadlineRecords(store, CASE)).find(
      (r) => r.kind === 'injunction' && r.entry === '191',
    )!;
    expect(detention.status).toBe('vacated');
    // ECF 502 is the Sixth Circuit's opinion, copied onto the district docket: told at once, but
    // the injunctions stay in force until the mandate (FRAP 41(c)); ECF 530, the mandate, vacates them.
    expect(ofType('appeal.decided').map((e) => [e.entry, e.pendingMandate, e.rulings])).toEqual([
      ['502', true, ['preliminary injunction of July 24, 2017', 'preliminary injunction of January 2, 2018']],
    ]);
    expect(ofType('injunction.vacated').map((e) => [e.entry, e.record, e.since])).toEqual([
      ['530', injunction.id, '2017-07-24'],
      ['530', detention.id, '2018-01-02'],
    ]);
    // Every obligation the July 24 order imposed falls with it, the reports among them.
    const vacated = ofType('deadline.vacated');
    expect(new Set(vacated.map((e) => e.entry))).toEqual(new Set(['530']));
    expect(vacated.map((e) => String(e.what))).toContainEqual(
      expect.stringMatching(/^report to class counsel\b.*\(recurring\)$/),
    );
    expect(ofType('appeal.mandate').map((e) => e.entry)).toEqual(['530']);
  });

  it('the posture on the days that mattered', async () => {
    const inForce = async (day: string) => (await casePosture(store, CASE, day)).inForce.map((f) => f.text);
    expect(await inForce('2017-06-23')).toEqual([
      'Stay of removal of class members in effect until July 6, 2017',
    ]);
    expect(await inForce('2017-06-27')).toEqual([
      'Stay of removal of class members in effect until July 10, 2017',
    ]);
    expect(await inForce('2017-07-12')).toEqual([
      'Stay of removal of class members in effect until July 24, 2017',
    ]);
    expect(await inForce('2017-08-10')).toEqual([
      'Preliminary injunction in effect since July 24, 2017 (until further order)',
    ]);
    const august = await casePosture(store, CASE, '2017-08-10');
    expect(august.nextDeadlines.find((d) => d.what.startsWith('report to class counsel'))).toMatchObject({
      due: '2017-08-21',
      daysLeft: 11,
      occurrence: 2,
      docketed: false,
    });
    expect(august.missing).toEqual([]);
    // Between the opinion and the mandate the injunction is in force, and says what waits for the mandate.
    const pending = await casePosture(store, CASE, '2019-01-15');
    expect(pending.inForce.filter((f) => f.since === '2017-07-24').map((f) => f.text)).toEqual([
      'Preliminary injunction in effect since July 24, 2017 (until further order); the court of appeals vacated it on December 21, 2018: it stays in force until the mandate issues',
    ]);
    const after = await casePosture(store, CASE, '2019-04-11');
    expect(after.inForce.filter((f) => f.since === '2017-07-24')).toEqual([]);
    expect(after.missing).toEqual([]);
  });

  it('reads what the orders say, not more: no hearing from a transcript, no dateless per-member deadline, the release date of [191]', async () => {
    const records = await listDeadlineRecords(store, CASE);
    // [59] "TRANSCRIPT of Motion Hearing held on 7/5/2017": the record of a hearing, not one.
    expect(records.filter((r) => r.entry === '59' && r.kind !== 'deadline')).toEqual([]);
    expect(records.filter((r) => r.entry === '59').map((r) => r.due)).toEqual(['2017-07-28', '2017-08-07']);
    // [87] "each class member shall have ninety (90) days from the date the Government produces his
    // or her A-file": each member's own clock, not a deadline of the case.
    const of87 = records.filter((r) => r.entry === '87' && r.kind === 'deadline');
    expect(of87.filter((r) => r.due === null)).toEqual([]);
    expect(of87.map((r) => r.what).filter((w) => /class member shall have/i.test(w))).toEqual([]);
    // [191] "Class members detained for six months or more shall be released by February 2, 2018 unless …".
    const release = records.find((r) => r.entry === '191' && r.kind === 'deadline');
    expect(release).toMatchObject({ due: '2018-02-02' });
    expect(release!.what).toMatch(/\brelease of class members\b/);
    // … and its day had passed when the Sixth Circuit's mandate vacated the order (April 10, 2019):
    // a later vacatur ends only what is still to come, so the release day stays passed.
    expect(release!.status).toBe('open');
    expect(JSON.stringify(release!.history)).not.toContain('"vacated"');
  });

  it('a second refresh with nothing new changes nothing', async () => {
    expect(await refreshCaseDeadlines(store, CASE)).toMatchObject({
      inserted: 0,
      updated: 0,
      removed: 0,
      events: [],
    });
  });
});
