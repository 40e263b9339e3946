/**
 * A preliminary injunction the district court stays pending appeal, replayed through the live
 * path (`runDemo`: the replay court, the real worker, the store, the outbox), from a hand-written
 * history (tests/fixtures/replay/stay-pending-appeal.json; fictional parties): the injunction of
 * March 5, 2021 (ECF 31), the notice of appeal (ECF 34), "The Court's March 5, 2021 Order granting a
 * preliminary injunction (Dkt. 31) is STAYED pending the Ninth Circuit's resolution of Defendant's
 * appeal" (ECF 40, April 6), the Ninth Circuit's dismissal of the appeal (Doc. 19, June 22) and the
 * district clerk's copy of it (ECF 45, June 23).
 *
 * How a careful reader takes it: from April 6 the injunction does not apply — it is on hold until
 * the appeal is decided, and no one is protected by it meanwhile; on June 22 the appeal ended, the
 * stay pending appeal with it, and the injunction applies again. The copy of June 23 is the same
 * dismissal.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { loadHistory } from '../../src/demo/history.ts';
import { DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { runCli } from '../support/cli.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE } from '../support/posture-mail.ts';

const KEY = 'wawd:2:21-cv-00217';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

describe('an injunction stayed pending appeal (W.D. Wash., hand-written history): on hold, then in force again', () => {
  let dir: string;
  let db: string;
  let store: Store;
  const mails: Mail[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dw-spa-'));
    db = join(dir, 'replay.sqlite');
    const outbox = join(dir, 'outbox');
    await runDemo({
      history: loadHistory(new URL('../fixtures/replay/stay-pending-appeal.json', import.meta.url).pathname),
      speed: 'max',
      outboxDir: outbox,
      port: null,
      db,
      logger: silentLogger,
      subscribers: [...ADVOCATES_IN_EVERY_LANGUAGE],
    });
    for (const f of readdirSync(outbox).sort()) {
      const m = await simpleParser(readFileSync(join(outbox, f)));
      const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
      mails.push({ to: to ?? '', subject: m.subject ?? '', text: m.text ?? '' });
    }
    store = await openDatabase(db);
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const DAYS: [day: string, inForce: string[], onHold: [heldSince: string, entry: string][]][] = [
    ['2021-03-05', ['Preliminary injunction'], []],
    ['2021-04-05', ['Preliminary injunction'], []],
    ['2021-04-06', [], [['2021-04-06', '40']]],
    ['2021-06-21', [], [['2021-04-06', '40']]],
    ['2021-06-22', ['Preliminary injunction'], []],
    ['2021-06-24', ['Preliminary injunction'], []],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(store, KEY, day);
      // No stay of its own ("Stay of pending appeal"): what is stayed is the injunction.
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => [h.heldSince, h.entry])).toEqual(onHold);
    });

  it('`docketwatch deadlines` says the injunction is on hold, not in force, while the appeal is pending', async () => {
    const out = await runCli(['deadlines', '--case', KEY, '--as-of', '2021-05-01', '--db', db]);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toMatch(/IN FORCE/);
    expect(out.stdout).toMatch(
      /ON HOLD {3}Preliminary injunction of March 5, 2021 not in force: on hold pending appeal since April 6, 2021 \(stayed by the district court until the appeal is decided\) \(ECF No\. 40\)/,
    );
  });

  it('the injunction applying again is told once, dated by the court of appeals’ dismissal (June 22), not by the copy', async () => {
    const rows = await store.db.selectFrom('events').select(['type', 'payload']).execute();
    const posture = rows
      .filter((r) => /^(?:stay|injunction|appeal)\./.test(r.type))
      .map((r) => [r.type, (JSON.parse(r.payload) as { date: string }).date]);
    expect(posture.filter(([type]) => type!.startsWith('stay.'))).toEqual([]);
    expect(posture.filter(([type]) => type === 'injunction.stayed')).toEqual([
      ['injunction.stayed', '2021-04-06'],
    ]);
    expect(posture.filter(([type]) => type === 'injunction.resumed')).toEqual([
      ['injunction.resumed', '2021-06-22'],
    ]);
    expect(posture.filter(([, date]) => date === '2021-06-23')).toEqual([]);
  });

  it('advocates read that the injunction is on hold until the appeal is decided, then that it applies again — in every language', () => {
    const to = (who: string) =>
      mails
        .filter((m) => m.to === who)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    const en = to(DEMO_SUBSCRIBERS.advocate);
    expect(en).toContain(
      'the preliminary injunction of March 5, 2021 is on hold until the appeal is decided and does not apply meanwhile',
    );
    expect(en).toContain(
      'The appeal was dismissed on June 22, 2021, so the stay pending appeal has ended: the preliminary injunction of March 5, 2021 applies again.',
    );
    const es = to(ADVOCATES_IN_EVERY_LANGUAGE[0].email);
    expect(es).toMatch(
      /la medida cautelar preliminar del 5 de marzo de 2021 queda en pausa hasta que se decida la apelación/,
    );
    expect(es).toMatch(
      /La apelación fue desestimada el 22 de junio de 2021, así que terminó la pausa durante la apelación/,
    );
    const ar = to(ADVOCATES_IN_EVERY_LANGUAGE[1].email);
    expect(ar).toMatch(/يبقى الأمر القضائي الأولي الصادر في [^\n]*?2021 معلّقًا حتى يُفصل في الاستئناف/);
    for (const m of mails) {
      // Never a stay of "pending appeal", nothing "can go ahead again", no second dismissal dated the copy's day.
      expect(m.text, m.subject).not.toMatch(
        /pending appeal (?:is|are) on hold|can go ahead again|Stay of pending appeal/,
      );
      expect(m.text, m.subject).not.toMatch(/dismissed[^\n]*June 23, 2021/);
    }
  });

  it('no message lists the injunction as in force while it is on hold', () => {
    const onHoldDigests = mails.filter((m) => /On hold \(not in force\):/.test(m.text));
    expect(onHoldDigests.length).toBeGreaterThan(0);
    for (const m of onHoldDigests) {
      expect(m.text).toMatch(
        /\* Preliminary injunction of March 5, 2021: on hold until the appeal is decided \(stayed pending appeal on April 6, 2021\)/,
      );
      const inForce = m.text.split('In force:')[1]?.split(/\n(?!\* | {2})/)[0] ?? '';
      expect(inForce, m.subject).not.toMatch(/Preliminary injunction/);
    }
  });
});
