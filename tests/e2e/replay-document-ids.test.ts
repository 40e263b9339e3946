/**
 * Try-out 8 C1, C3, C5, C6 and M6 through the live path (`replayedSuite`: the replay court, the real
 * worker, the store, SMTP in en/es/ar) from a hand-written history
 * (tests/fixtures/replay/order-words-document-ids.json; fictional parties, S.D. Cal. and the
 * Ninth Circuit).
 *
 * - C1: the appeal's entries carry document ids as their numbers (`[6014410]`), as some courts of
 *   appeals print them. Each is read, entry by entry; its stay pending appeal reaches the posture
 *   and the mail.
 * - C3, C6, M6: the orders' terms are only in their own words (`documentText`). Whatever the live
 *   path did on the way (a feed's title first, the docket report's text later, the document's
 *   words kept before), the stored record holds what one reading of the entry's words — docket
 *   text and document text together, as `analyze` reads them — gives: the TRO's last day, every
 *   deadline (two duties due the same day are two), every hearing; and no message says a hearing
 *   was cancelled that the record holds set.
 */
import { describe, expect, it } from 'vitest';
import { findCase, listEntries } from '../../db/cases.ts';
import { analyzeEntry } from '../../src/deadlines/extract/index.ts';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/order-words-document-ids.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'casd:3:26-cv-00611';
const APPEAL = 'ca9:26-2207';

/** The orders whose terms are in their own words, and what one reading of all their words gives. */
const orders = history.entries
  .filter((e): e is typeof e & { documentText: string } => typeof e.documentText === 'string')
  .map((e) => ({
    entry: String(e.number),
    dateFiled: e.dateFiled,
    read: analyzeEntry(
      { number: String(e.number), dateFiled: e.dateFiled, text: `${e.text} ${e.documentText}` },
      { court: history.court },
    ),
  }));

const LONG_DATE =
  /[Hh]earing (?:on|of) ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}) (?:was )?cancelled/g;

describe('an appeal numbered by document ids, and orders whose terms are in their own words (S.D. Cal., 9th Cir.)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('reads every entry of the appeal, each by its document id', async () => {
    const stored = await listEntries(suite.store.db, APPEAL);
    expect(stored.map((e) => e.entry).sort()).toEqual(
      history.appeals[0]!.entries.map((e) => String(e.number)).sort(),
    );
    const appeal = await findCase(suite.store.db, APPEAL);
    const gaps = await suite.store.db
      .selectFrom('gaps')
      .selectAll()
      .where('case_id', '=', appeal!.id)
      .execute();
    expect(gaps).toEqual([]);
  });

  it('the stay pending appeal reaches the posture and the readers', async () => {
    const before = await casePosture(suite.store, KEY, '2026-05-05');
    expect(before.inForce.map((f) => f.name)).toContain('Preliminary injunction');
    const after = await casePosture(suite.store, KEY, '2026-05-07');
    const pi = after.inForce.find((f) => f.name === 'Preliminary injunction');
    // Paused: either out of the in-force list or marked on hold there.
    expect(pi === undefined || /hold|paused|stayed/i.test(pi.text)).toBe(true);
    const mail = suite.rounds.rounds
      .filter((r) => r.day >= '2026-05-06' && r.day <= '2026-05-08')
      .flatMap((r) => r.mails);
    const legal = mail.filter((m) => m.to === DEMO_SUBSCRIBERS.legal).map((m) => `${m.subject}\n${m.text}`);
    expect(legal.join('\n')).toContain('Doc. 6014410');
    const advocate = mail
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate)
      .map((m) => `${m.subject}\n${m.text}`);
    expect(advocate.join('\n')).toMatch(/[Pp]aused pending appeal/);
  });

  it('the stored record holds what one reading of each order’s words gives', async () => {
    const records = await listDeadlineRecords(suite.store, KEY);
    expect(orders.length).toBeGreaterThan(1);
    for (const o of orders) {
      const of = (kind: string) => records.filter((r) => r.entry === o.entry && r.kind === kind);
      // Every deadline, as many per day as the words set.
      const due = (ds: (string | null)[]) => ds.filter((d): d is string => d !== null).sort();
      expect(due(of('deadline').map((r) => r.due)), `deadlines of ECF No. ${o.entry}`).toEqual(
        due(o.read.deadlines.map((d) => d.dueDate ?? null)),
      );
      // Every hearing, on its day.
      expect(due(of('hearing').map((r) => r.due)), `hearings of ECF No. ${o.entry}`).toEqual(
        due(o.read.hearings.map((h) => h.date)),
      );
      // The relief's last day, as the order gives it.
      for (const i of o.read.injunctions.filter(
        (x) => x.action === 'granted' && /^\d{4}-\d{2}-\d{2}$/.test(x.until ?? ''),
      )) {
        const p = await casePosture(suite.store, KEY, o.dateFiled);
        expect(
          p.inForce.filter((f) => f.kind === 'injunction').map((f) => f.until),
          `${i.type} of ECF No. ${o.entry}`,
        ).toContain(i.until);
      }
    }
    // The property is about something: the TRO's end, two duties of one day, hearings.
    const all = orders.flatMap((o) => o.read.deadlines.map((d) => d.dueDate));
    expect(new Set(all).size).toBeLessThan(all.length);
    expect(orders.flatMap((o) => o.read.injunctions).some((i) => i.type === 'TRO' && i.until)).toBe(true);
    expect(orders.flatMap((o) => o.read.hearings).length).toBeGreaterThan(1);
  });

  it('an extension named in its title and dated in its body extends the TRO to that day', async () => {
    // "ORDER EXTENDING TEMPORARY RESTRAINING ORDER. … is EXTENDED through and including April 28,
    // 2026" (try-out 8 C5): with the TRO's first end read (C3), an extension whose day went unread
    // would leave it ended on April 16.
    const p = await casePosture(suite.store, KEY, '2026-04-14');
    const tro = p.inForce.filter((f) => f.name === 'Temporary restraining order');
    expect(tro.map((f) => f.until)).toEqual(['2026-04-28']);
  });

  it('no message says a hearing was cancelled that the record holds', async () => {
    const records = await listDeadlineRecords(suite.store, KEY);
    const held = new Set(records.filter((r) => r.kind === 'hearing').map((r) => r.due));
    const rows = await suite.store.db
      .selectFrom('events')
      .select(['type', 'payload'])
      .where('type', 'in', ['hearing.cancelled', 'hearing.vacated', 'hearing.withdrawn'])
      .execute();
    const records2 = new Map(records.map((r) => [r.id, r]));
    for (const r of rows) {
      const record = (JSON.parse(r.payload) as { record?: string }).record;
      expect(record === undefined || !records2.has(record), `${r.type} of ${record}`).toBe(true);
    }
    const said = suite.rounds.rounds
      .flatMap((r) => r.mails)
      .filter((m) => m.lang === 'en')
      .flatMap((m) => [...`${m.subject}\n${m.text}`.matchAll(LONG_DATE)].map((x) => x[1]!));
    const longOf = (d: string) =>
      new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', {
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
    expect(said.filter((d) => [...held].some((h) => h !== null && longOf(h) === d))).toEqual([]);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
