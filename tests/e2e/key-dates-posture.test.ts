/**
 * The advocates' key dates page against the stored posture, through the live path: Hamama v.
 * Adducci replayed through the real worker (`runDemo`), then `/cases/…/key-dates?lang=…&as-of=…`
 * read as a person reads it, in English, Spanish and Arabic. On every day an order changed what
 * protects people (../shared/hamama/timeline.json: the stay of June 22, 2017, expanded June 26,
 * extended July 6, replaced by the preliminary injunction of July 24, 2017; the injunctions of
 * January 2 and November 20, 2018; the Sixth Circuit's vacatur of December 20, 2018 and its mandate
 * of April 10, 2019), the page says what was in force as the stored posture does, and tells each
 * order that changed it by then — and none after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../db/index.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dateIn, LANGUAGES } from '../../src/notify/i18n.ts';
import { testServer } from '../support/web.ts';

const KEY = 'mied:2:17-cv-11910';
const PAGE = '/cases/mied/2:17-cv-11910/key-dates';
/** The days after each order that changed what protects people, and what the store says then. */
const DAYS = [
  '2017-06-23',
  '2017-06-27',
  '2017-07-07',
  '2017-07-25',
  '2018-01-03',
  '2018-11-21',
  '2018-12-22',
  '2019-04-11',
];

const ES = 'familia@demo.docketwatch.invalid';
const AR = 'aila@demo.docketwatch.invalid';
const mails: { to: string; text: string }[] = [];
let dir: string;
let store: Store;
let app: Awaited<ReturnType<typeof testServer>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dw-key-dates-'));
  const db = join(dir, 'demo.sqlite');
  const outbox = join(dir, 'outbox');
  await runDemo({
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
    mails.push({ to: to ?? '', text: m.text ?? '' });
  }
  store = await openDatabase(db);
  app = await testServer(store, 'http://127.0.0.1', new Date('2026-12-06T12:00:00Z'));
}, 240_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page as text: tags dropped, entities read, spaces folded. */
async function read(lang: string, asOf?: string): Promise<{ status: number; text: string; section: string }> {
  const res = await app.inject({ url: `${PAGE}?lang=${lang}${asOf ? `&as-of=${asOf}` : ''}` });
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  const section = /<section class="protection"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
  return { status: res.statusCode, text: text(res.body), section: text(section) };
}

describe('Hamama v. Adducci: the key dates page tells what protected people, order by order', () => {
  it('after the mandate (April 11, 2019): the Sixth Circuit’s vacatur of December 20, 2018 and its mandate of April 10, 2019, each with its date', async () => {
    const { section } = await read('en', '2019-04-11');
    expect(section).toContain(
      'December 20, 2018 Preliminary injunction of July 24, 2017 and the preliminary injunction of January 2, 2018 vacated on appeal (Doc. 91) The Sixth Circuit threw out the preliminary injunction of July 24, 2017 and the preliminary injunction of January 2, 2018.',
    );
    expect(section).toContain('April 10, 2019 Preliminary injunction of July 24, 2017 vacated (Doc. 111)');
    expect(section).toContain('April 10, 2019 Preliminary injunction of January 2, 2018 vacated (Doc. 111)');
    expect(section).toContain(
      'April 10, 2019 Mandate issued (Doc. 111) The Sixth Circuit issued its mandate',
    );
    // The stay the injunction replaced: said with the injunction's order.
    expect(section).toContain(
      'July 24, 2017 Preliminary injunction granted on July 24, 2017 (ECF No. 87) The judge granted a preliminary injunction',
    );
    expect(section).toContain(
      'It takes the place of the stay, which ends that day: from then on the preliminary injunction, not the stay, protects people in the class from deportation.',
    );
    expect(section).toContain(
      'In force on April 11, 2019 Preliminary injunction, since November 20, 2018: no end date given',
    );
  });

  it('the stay the injunction replaced is not said to need "an extension": it says the injunction took its place', async () => {
    for (const asOf of [undefined, '2019-04-11', '2017-07-25']) {
      const { text } = await read('en', asOf);
      expect(text).toContain(
        'The stay protected people in the class from deportation until July 24, 2017, when the preliminary injunction of July 24, 2017 took its place.',
      );
      expect(text).not.toContain('Check the case page for an extension');
    }
    // While the stay stands, its last day is a date to watch.
    const { text } = await read('en', '2017-07-07');
    expect(text).toContain(
      'The stay protects people in the class from deportation through July 24, 2017. Check the case page for an extension.',
    );
  });

  it('in Spanish and Arabic: the vacatur, the mandate and the stay replaced, in the language', async () => {
    const es = await read('es', '2019-04-11');
    expect(es.section).toContain(
      '20 de diciembre de 2018 La medida cautelar preliminar del 24 de julio de 2017 y la medida cautelar preliminar del 2 de enero de 2018 anuladas en apelación (Doc. 91) El Sexto Circuito anuló la medida cautelar preliminar del 24 de julio de 2017 y la medida cautelar preliminar del 2 de enero de 2018.',
    );
    expect(es.section).toContain(
      '10 de abril de 2019 Mandato emitido: la decisión de apelación entra en vigor (Doc. 111) El Sexto Circuito emitió su mandato',
    );
    expect(es.text).toContain(
      'La suspensión protegió a las personas de la clase de la deportación hasta el 24 de julio de 2017, cuando la medida cautelar preliminar del 24 de julio de 2017 tomó su lugar.',
    );
    const ar = await read('ar', '2019-04-11');
    expect(ar.section).toContain(
      'ألغت محكمة استئناف الدائرة السادسة الأمر القضائي الأولي الصادر في 24 يوليو/تموز 2017 والأمر القضائي الأولي الصادر في 2 يناير/كانون الثاني 2018.',
    );
    expect(ar.section).toContain('أصدرت محكمة استئناف الدائرة السادسة أمر إنفاذ حكمها');
    expect(ar.text).toContain(
      'حمى الوقف أفراد الدعوى الجماعية من الترحيل حتى 24 يوليو/تموز 2017، حين حلّ محلّه الأمر القضائي الأولي الصادر في 24 يوليو/تموز 2017.',
    );
  });

  it('on every day an order changed it, in every language: as many things in force as the stored posture, and no order after the day', async () => {
    for (const day of DAYS) {
      const posture = await casePosture(store, KEY, day);
      for (const lang of LANGUAGES) {
        const res = await app.inject({ url: `${PAGE}?lang=${lang}&as-of=${day}` });
        expect(res.statusCode).toBe(200);
        const section = /<section class="protection"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
        const inForce =
          (/<ul class="in-force">([\s\S]*?)<\/ul>/.exec(section)?.[1] ?? '').match(/<li>/g) ?? [];
        expect(inForce.length, `${day} ${lang}`).toBe(posture.inForce.length);
        // Each change is dated; none after the day asked.
        const dates = [...section.matchAll(/<span class="when">([^<]+)<\/span>/g)].map((m) => m[1]!);
        expect(dates.length, `${day} ${lang}`).toBeGreaterThan(0);
        const later = ['2017', '2018', '2019']
          .flatMap((y) =>
            ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `${y}-${m}`),
          )
          .flatMap((ym) => Array.from({ length: 31 }, (_, i) => `${ym}-${String(i + 1).padStart(2, '0')}`))
          .filter((d) => d > day && !Number.isNaN(Date.parse(d)));
        for (const d of later) expect(dates, `${day} ${lang}: ${d}`).not.toContain(dateIn(lang, d));
      }
    }
  });

  it('says once what docketwatch has seen of the docket, the same on the case page and the key dates page', async () => {
    const note =
      /docketwatch has read the court’s complete docket report \(up to No\. \d+\)\. \d+ numbers \(2–10, 12–16, 18–31, …\) are not on that report: the court’s public docket does not show them \(sealed, restricted or never used\), so docketwatch has not seen them either\./;
    const keyDates = (await read('en')).text;
    expect(keyDates).toMatch(note);
    const casePage = (await app.inject({ url: '/cases/mied/2:17-cv-11910' })).body
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ');
    expect(casePage).toMatch(note);
    expect(note.exec(casePage)?.[0]).toBe(note.exec(keyDates)?.[0]);
    for (const page of [keyDates, casePage]) {
      expect(page.match(/complete docket report/g)).toHaveLength(1);
      expect(page).not.toMatch(/carries every entry|entries are missing/);
    }
    expect((await read('es')).text).toMatch(
      /\d+ números \(2–10, 12–16, 18–31, …\) no figuran en ese informe/,
    );
  });

  it('the advocates’ mail about the injunction of July 24, 2017 says it took the stay’s place, in every language', () => {
    const said: Record<string, string> = {
      [DEMO_SUBSCRIBERS.advocate]:
        'It takes the place of the stay, which ends that day: from then on the preliminary injunction, not the stay, protects people in the class from deportation.',
      [ES]: 'Toma el lugar de la suspensión, que termina ese día: desde entonces es la medida cautelar preliminar, y no la suspensión, la que protege a las personas de la clase de la deportación.',
      [AR]: 'ويحلّ محلّ الوقف الذي ينتهي في ذلك اليوم: منذ ذلك الحين يحمي الأمر القضائي الأولي، لا الوقف، أفراد الدعوى الجماعية من الترحيل.',
    };
    for (const [to, sentence] of Object.entries(said)) {
      const told = mails.filter((m) => m.to === to && m.text.includes(sentence));
      // Once: with the injunction of July 24, 2017, in one message.
      expect(told.length, to).toBe(1);
    }
    expect(
      mails.some(
        (m) =>
          m.to === DEMO_SUBSCRIBERS.legal &&
          m.text.includes('It takes the place of the stay (removal of class members), which ends that day.'),
      ),
    ).toBe(true);
  });

  it('?as-of that is not a day is refused', async () => {
    expect((await read('en', '2019-13-45')).status).toBe(400);
    expect((await read('en', 'yesterday')).status).toBe(400);
  });
});
