/**
 * A narrowed injunction, through the live path: State of Hawaii v. Trump replayed through the real
 * worker (tests/fixtures/replay), where the Ninth Circuit's vacatur in part (June 12, 2017) takes
 * effect with its mandate on June 19 (ECF 291 carries it out) and ECF 345 (July 13) modifies the
 * injunction again. The injunction stays in force, and what people read says it was changed, by
 * which orders: the stored posture, `docketwatch deadlines`, the case page, and the advocates'
 * digests in English, Spanish and Arabic.
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
import { testServer } from '../support/web.ts';

const KEY = 'hid:1:17-cv-00050';
const ES = 'familia@demo.docketwatch.invalid';
const AR = 'aila@demo.docketwatch.invalid';
const LINE =
  "Preliminary injunction in effect since March 29, 2017, as modified by the court of appeals' decision of June 12, 2017 (in effect June 19, 2017; ECF No. 291) (vacated to the extent it enjoins internal review procedures and runs against the President; the rest in force) and by ECF No. 345 on July 13, 2017";

let dir: string;
let db: string;
let store: Store;
const mails: { to: string; date: string; text: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dw-modified-'));
  db = join(dir, 'replay.sqlite');
  const outbox = join(dir, 'outbox');
  await runDemo({
    history: loadHistory(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname),
    speed: 'max',
    outboxDir: outbox,
    port: null,
    db,
    logger: silentLogger,
    subscribers: [
      { email: ES, audience: 'advocate', frequency: 'daily', language: 'es' },
      { email: AR, audience: 'advocate', frequency: 'daily', language: 'ar' },
    ],
  });
  for (const f of readdirSync(outbox).sort()) {
    const m = await simpleParser(readFileSync(join(outbox, f)));
    const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
    // The digest's day is in its file name (`digest_…_daily_2017-07-14-…`).
    mails.push({ to: to ?? '', date: /_(\d{4}-\d{2}-\d{2})-/.exec(f)?.[1] ?? '', text: m.text ?? '' });
  }
  store = await openDatabase(db);
}, 240_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('State of Hawaii v. Trump: the injunction narrowed by the mandate (ECF 291) and by ECF 345', () => {
  it('the stored posture: in force, as modified, by which orders and when', async () => {
    const before = await casePosture(store, KEY, '2017-06-18');
    expect(before.inForce.map((f) => f.text)).toEqual([
      // The part the decision vacated, in its words (the Ninth Circuit's of June 12, 2017).
      'Preliminary injunction in effect since March 29, 2017; the court of appeals vacated it in part on June 12, 2017 (to the extent it enjoins internal review procedures and runs against the President): it stays in force until the mandate issues',
    ]);
    const june = await casePosture(store, KEY, '2017-06-20');
    expect(june.inForce.map((f) => f.text)).toEqual([
      "Preliminary injunction in effect since March 29, 2017, as modified by the court of appeals' decision of June 12, 2017 (in effect June 19, 2017; ECF No. 291) (vacated to the extent it enjoins internal review procedures and runs against the President; the rest in force)",
    ]);
    for (const day of ['2017-07-14', '2017-09-30']) {
      const p = await casePosture(store, KEY, day);
      expect(p.inForce.map((f) => f.text)).toEqual([LINE]);
      expect(p.inForce[0]!.modified?.map((m) => [m.date, m.number, m.decided])).toEqual([
        ['2017-06-19', 291, '2017-06-12'],
        ['2017-07-13', 345, null],
      ]);
    }
  });

  it('`docketwatch deadlines --as-of 2017-07-14` prints it', async () => {
    const r = await runCli(['deadlines', '--case', KEY, '--as-of', '2017-07-14', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`IN FORCE  ${LINE}`);
  });

  it('the case page says it under "What is in force"', async () => {
    const app = await testServer(store, 'http://127.0.0.1', new Date('2017-07-14T20:00:00Z'));
    try {
      const res = await app.inject({ method: 'GET', url: '/cases/hid/1:17-cv-00050' });
      expect(res.statusCode).toBe(200);
      expect(res.body.replace(/&#39;/g, "'")).toContain(LINE);
    } finally {
      await app.close();
    }
  });

  it('every advocate’s digest after July 13 lists it in force as changed by both, in their language', () => {
    const expected: Record<string, string> = {
      [DEMO_SUBSCRIBERS.advocate]:
        '* Preliminary injunction, since March 29, 2017: no end date given; in force as changed by the Ninth Circuit’s decision of June 12, 2017 (in effect from June 19, 2017, ECF No. 291) (vacated to the extent it enjoins internal review procedures and runs against the President; the rest stays in force) and by the order of July 13, 2017 (ECF No. 345)',
      [ES]: '* Medida cautelar preliminar, desde el 29 de marzo de 2017: sin fecha de fin; vigente con los cambios de la decisión del Noveno Circuito del 12 de junio de 2017 (en vigor a partir del 19 de junio de 2017, ECF n.º 291) (se anuló «to the extent it enjoins internal review procedures and runs against the President»; el resto sigue vigente) y de la orden del 13 de julio de 2017 (ECF n.º 345)',
      [AR]: '* أمر قضائي أولي، منذ 29 مارس/آذار 2017: دون تاريخ انتهاء محدد؛ ساري المفعول بالتعديلات التي أدخلها قرار محكمة استئناف الدائرة التاسعة الصادر في 12 يونيو/حزيران 2017 (نافذ منذ 19 يونيو/حزيران 2017، قيد ECF رقم 291) (أُلغي «⁦to the extent it enjoins internal review procedures and runs against the President⁩»؛ ويبقى الباقي ساريًا) والأمر الصادر في 13 يوليو/تموز 2017 (قيد ECF رقم 345)',
    };
    for (const [to, line] of Object.entries(expected)) {
      const later = mails.filter((m) => m.to === to && m.date > '2017-07-13' && /\n\* /.test(m.text));
      const withList = later.filter((m) => m.text.includes(line.slice(0, 30)));
      expect(withList.length, to).toBeGreaterThan(0);
      for (const m of withList) expect(m.text, to).toContain(line);
    }
  });
});
