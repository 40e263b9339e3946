/**
 * "No message contradicts the posture" and "each change is told once", for any replayed case: a
 * replay through the real worker mails to a real SMTP server (`startSmtp`); after every round of
 * the worker the test keeps what the store says is in force as of the court's day and the messages
 * that arrived in that round (`PostureRounds`). `contradictions` then reads every message as a
 * person does — alert and digest, every language sent — and lists each thing it says that the
 * stored posture at that moment does not:
 *
 * - the "In force" list: the same stays and injunctions (name, since, last day, "the court of
 *   appeals vacated it … until the mandate issues") as the store, and "Nothing is in force" only
 *   when nothing is;
 * - a stay's last day, wherever a message gives one ("Stay extended to …", "in force through …",
 *   "before the stay ends on …", "Stay ends in 2 days (…)"): the last day of a stay in force then
 *   (of the stay the item names, when it names one);
 * - an injunction said vacated, dissolved or converted ("Preliminary injunction of March 29, 2017
 *   vacated"): not in force, unless the message says it waits for the mandate; one said granted on
 *   a day, or in force until the mandate issues: in force (on hold, when the message says the same
 *   order paused it: "… paused until D");
 * - a filing said missing ("Expected filing missing: … was due by D"): the store lists a filing
 *   due on D as missing then (not met by a paper already filed, not relieved);
 * - never "NaN", "undefined" or "Invalid DateTime";
 * - once the store says the class was decertified (`classEnded`), no advocate's message says who
 *   the class covers or speaks of "people in the class" as protected.
 *
 * `repeats` lists, per subscriber, every item (a headline with what it is about) told a second
 * time, in an alert or a digest — a digest's list of alerts already sent is not telling again.
 */

import { DateTime } from 'luxon';
import { type ParsedMail, simpleParser } from 'mailparser';
import { readCaseDetails } from '../../db/case-details.ts';
import { findCourt } from '../../src/courts.ts';
import { readAppealsDocket, readDistrictCopy } from '../../src/deadlines/appellate.ts';
import { saysOnly } from '../../src/deadlines/extract/partial.ts';
import { type CasePosture, casePosture } from '../../src/deadlines/record.ts';
import type { ReplayCourt } from '../../src/demo/server.ts';
import { dateIn, type Language, t, timeIn } from '../../src/notify/i18n.ts';
import { quoted } from '../../src/notify/labels.ts';
import {
  appealsCourtIn,
  classEndedOn,
  entryLabel,
  inForceName,
  MONTHS,
  partiesIn,
  phrase,
  soonerIn,
  untilIn,
} from '../../src/notify/language.ts';
import type { CaseHeading, NotifyEvent } from '../../src/notify/types.ts';
import type { Daemon } from '../../src/worker/daemon.ts';
import type { TestSmtp } from './smtp.ts';

/**
 * Advocates beside the demo's subscribers, so that every language is read: Spanish and Arabic
 * daily digests, and Spanish at once.
 */
export const ADVOCATES_IN_EVERY_LANGUAGE = [
  { email: 'abogada@demo.docketwatch.invalid', audience: 'advocate', frequency: 'daily', language: 'es' },
  { email: 'muhami@demo.docketwatch.invalid', audience: 'advocate', frequency: 'daily', language: 'ar' },
  {
    email: 'al-momento@demo.docketwatch.invalid',
    audience: 'advocate',
    frequency: 'immediate',
    language: 'es',
  },
] as const;

export interface Mail {
  to: string;
  lang: Language;
  kind: 'alert' | 'digest' | 'welcome' | 'other';
  subject: string;
  text: string;
}

export interface PostureRound {
  /** The court's day when the round ended. */
  day: string;
  /** What the live store said then. */
  posture: CasePosture;
  /** The messages that arrived in the round. */
  mails: Mail[];
  /** The court of appeals of the case's linked appeals then (`ca9`), when they are in one; else `null`. */
  appealsCourt?: string | null;
  /** The store said the class was decertified by then (`classEndedOn`): no class is covered. */
  classEnded?: boolean;
}

/** Every message `to` received in the rounds. */
export function mailsTo(rounds: PostureRound[], to: string): Mail[] {
  return rounds.flatMap((r) => r.mails).filter((m) => m.to === to);
}

/** What `to` read in the rounds: subjects and bodies, one text. */
export function saidTo(rounds: PostureRound[], to: string): string {
  return mailsTo(rounds, to)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');
}

/** What `to` read on the court's day `day` (every mail of the rounds that ended that day): subjects and bodies, one text. */
export function mailsOn(rounds: PostureRound[], day: string, to: string): string {
  return saidTo(
    rounds.filter((r) => r.day === day),
    to,
  );
}

/** Every message of the rounds that ended on the court's day `day` or later. */
export function mailsFrom(rounds: PostureRound[], day: string): Mail[] {
  return rounds.filter((r) => r.day >= day).flatMap((r) => r.mails);
}

/** Collects a round after each of the worker's rounds: pass `onCycle` to `runDemo`. */
export class PostureRounds {
  readonly rounds: PostureRound[] = [];
  readonly #smtp: TestSmtp;
  readonly #caseKey: string;
  #read = 0;

  constructor(smtp: TestSmtp, caseKey: string) {
    this.#smtp = smtp;
    this.#caseKey = caseKey;
  }

  readonly onCycle = async ({ court, daemon }: { court: ReplayCourt; daemon: Daemon }): Promise<void> => {
    const [courtId, ...docket] = this.#caseKey.split(':');
    const zone = findCourt(courtId!)!.tz;
    const day = DateTime.fromMillis(court.clock.nowMs(), { zone }).toISODate()!;
    const exists = await daemon.store.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', courtId!)
      .where('docket_number', '=', docket.join(':'))
      .executeTakeFirst();
    const fresh = this.#smtp.received.slice(this.#read);
    this.#read = this.#smtp.received.length;
    const mails = await Promise.all(fresh.map((r) => toMail(r.raw)));
    if (!exists) {
      if (mails.length > 0) throw new Error(`${mails.length} messages before the case exists`);
      return;
    }
    const appeals = await daemon.store.db
      .selectFrom('cases')
      .select('court_id')
      .where('parent_case_id', '=', exists.id)
      .execute();
    const courts = new Set(appeals.map((a) => a.court_id).filter((c) => findCourt(c)?.type === 'appellate'));
    this.rounds.push({
      day,
      posture: await casePosture(daemon.store, this.#caseKey, day),
      mails,
      appealsCourt: courts.size === 1 ? [...courts][0]! : null,
      classEnded: classEndedOn((await readCaseDetails(daemon.store.db, exists.id)).class, day) !== null,
    });
  };

  get mails(): Mail[] {
    return this.rounds.flatMap((r) => r.mails);
  }
}

async function toMail(raw: Buffer): Promise<Mail> {
  const m: ParsedMail = await simpleParser(raw);
  const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
  const key = String(m.headers.get('x-docketwatch-key') ?? '');
  const lang = String(m.headers.get('content-language') ?? 'en') as Language;
  const kind = /^alert:/.test(key)
    ? 'alert'
    : /^digest:/.test(key)
      ? 'digest'
      : /^welcome:/.test(key)
        ? 'welcome'
        : 'other';
  return { to: to ?? '', lang, kind, subject: m.subject ?? '', text: m.text ?? '' };
}

const LONG_EN =
  /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/;

/** "July 10, 2017" → "2017-07-10". */
function isoOf(long: string): string {
  const m = LONG_EN.exec(long)!;
  return `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** A message's items: each "* headline" line with the indented lines under it. */
function items(text: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('* ')) {
      if (current) out.push(current.join('\n'));
      current = [line];
    } else if (current && line.startsWith('  ')) current.push(line);
    else if (current) {
      out.push(current.join('\n'));
      current = null;
    }
  }
  if (current) out.push(current.join('\n'));
  return out;
}

/** The rows of the "In force" list of a message, or `null` when it has none. */
function inForceRows(m: Mail): string[] | null {
  const heading = `${t(m.lang, 'posture.inForce')}:`;
  const lines = m.text.split('\n');
  const at = lines.indexOf(heading);
  if (at < 0) return null;
  const rows: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith('* ')) rows.push(line);
    else if (!line.startsWith('  ')) break;
  }
  return rows;
}

/** The row the digest shows for what is in force, as the store says it (in the message's language). */
function expectedRow(
  lang: Language,
  f: CasePosture['inForce'][number],
  today: string,
  appealsCourt: string | null = null,
): string {
  const court = appealsCourtIn(lang, appealsCourt);
  const dated = f.until && /^\d{4}-\d{2}-\d{2}$/.test(f.until) ? f.until : null;
  const days = dated ? daysBetween(today, dated) : 0;
  const term = t(lang, 'posture.term', {
    term: dated ? 'date' : f.until ? 'until' : 'none',
    // With the hour its order gave for its last day, when it gave one (the court's time).
    date:
      dated && f.untilTime
        ? t(lang, 'at.time', { date: dateIn(lang, dated), time: timeIn(lang, f.untilTime) })
        : dateIn(lang, dated),
    days: dated ? (days < 0 ? t(lang, 'days.ago', { days: -days }) : t(lang, 'days.left', { days })) : '',
    until: untilIn(lang, f.until),
  });
  const since = t(lang, 'posture.since', { date: dateIn(lang, f.since) });
  const appeal = f.onAppeal
    ? t(lang, 'posture.onAppeal', {
        ...court,
        action: f.onAppeal.action,
        date: dateIn(lang, f.onAppeal.decided),
      })
    : '';
  // Changed and still in force: each change the store names, in the language.
  const modified = f.modified?.length
    ? t(lang, 'posture.modified', {
        changes: f.modified
          .map(
            (m) =>
              t(lang, 'posture.modifiedBy', {
                ...court,
                by: m.decided ? 'appeals' : 'order',
                decided: dateIn(lang, m.decided),
                date: dateIn(lang, m.date),
                label: m.number === null ? 'none' : entryLabel(String(m.number), null, lang),
              }) +
              // The part of the order the change acted on (or kept), in the court's words.
              (m.part
                ? t(lang, 'posture.modifiedPart', {
                    act: m.part.act,
                    reach: m.part.reach,
                    lead: saysOnly(m.part.words) ? 'own' : 'add',
                    words: quoted(lang, m.part.words),
                  })
                : ''),
          )
          .join(t(lang, 'list.and')),
      })
    : '';
  // Stayed in part pending appeal: in force, the part stayed on hold.
  const inPart = f.stayedInPart
    ? t(lang, 'posture.stayedInPart', {
        ...court,
        by: f.stayedInPart.by,
        admin: f.stayedInPart.administrative ? 'yes' : 'no',
        date: dateIn(lang, f.stayedInPart.since),
        part: f.stayedInPart.part ? quoted(lang, f.stayedInPart.part) : 'none',
      })
    : '';
  // Kept for the named parties only: whom it still protects.
  const limited = f.limitedTo
    ? t(lang, 'posture.limitedTo', {
        grant: f.limitedTo.fromGrant ? 'yes' : 'no',
        parties: partiesIn(lang, f.limitedTo.parties),
        date: dateIn(lang, f.limitedTo.since),
        label: entryLabel(f.limitedTo.number === null ? null : String(f.limitedTo.number), null, lang),
      })
    : '';
  // Its decision vacated by rehearing: the row says it no longer stands.
  const reheard = f.reheard
    ? t(lang, 'posture.reheard', {
        ...court,
        decided: f.reheard.decided ? dateIn(lang, f.reheard.decided) : 'none',
        date: dateIn(lang, f.reheard.granted),
        enBanc: f.reheard.enBanc ? 'yes' : 'no',
      })
    : '';
  // A term that ends sooner with a ruling ("…, whichever is earlier").
  const sooner = f.sooner ? soonerIn(lang, 'posture.sooner', f.sooner) : '';
  return `* ${inForceName(lang, f.kind, f.name)}${since}: ${term}${modified}${limited}${appeal}${inPart}${sooner}${reheard}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export interface Contradiction {
  day: string;
  to: string;
  subject: string;
  says: string;
  store: string;
}

/** What `contradictions` read: how many messages, in which languages, and how many claims. */
export interface Checked {
  messages: number;
  byLanguage: Record<string, number>;
  inForceLists: number;
  stayDays: number;
  injunctionClaims: number;
  /** "Expected filing missing" items read. */
  missingClaims: number;
}

const INJUNCTION =
  '(temporary restraining order|preliminary injunction|permanent injunction|consent decree|(?:§ 705 )?postponement of the rule)';
const TYPE_OF: Record<string, string> = {
  'temporary restraining order': 'Temporary restraining order',
  'preliminary injunction': 'Preliminary injunction',
  'permanent injunction': 'Permanent injunction',
  'consent decree': 'Consent decree',
  'postponement of the rule': 'Postponement of the rule',
  '§ 705 postponement of the rule': 'Postponement of the rule',
};

/** Every thing a message says that the store did not say at the moment it was sent. */
export function contradictions(rounds: PostureRound[]): { found: Contradiction[]; checked: Checked } {
  const found: Contradiction[] = [];
  const checked: Checked = {
    messages: 0,
    byLanguage: {},
    inForceLists: 0,
    stayDays: 0,
    injunctionClaims: 0,
    missingClaims: 0,
  };
  for (const r of rounds) {
    const stays = r.posture.inForce.filter((f) => f.kind === 'stay');
    const injunctions = r.posture.inForce.filter((f) => f.kind === 'injunction');
    for (const m of r.mails) {
      checked.messages++;
      checked.byLanguage[m.lang] = (checked.byLanguage[m.lang] ?? 0) + 1;
      const wrong = (says: string, store: string) =>
        found.push({ day: r.day, to: m.to, subject: m.subject, says, store });
      const whole = `${m.subject}\n${m.text}`;
      for (const bad of whole.match(/\bNaN\b|\bundefined\b|Invalid DateTime/g) ?? []) wrong(bad, 'a word');

      // The "In force" list, row for row, and "Nothing is in force" only when nothing is.
      const rows = inForceRows(m);
      if (rows) {
        checked.inForceLists++;
        const expected = r.posture.inForce.map((f) => expectedRow(m.lang, f, r.day, r.appealsCourt)).sort();
        const got = rows.map((row) => row.trim()).sort();
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong(got.join(' | '), expected.join(' | '));
      }
      if (m.text.includes(t(m.lang, 'posture.nothing')) && r.posture.inForce.length > 0)
        wrong(t(m.lang, 'posture.nothing'), r.posture.inForce.map((f) => f.text).join(' | '));
      // Decertified: no message says whom the class covers, or that people in it are protected.
      if (r.classEnded)
        for (const claim of [
          t(m.lang, 'people.covered', { class: '\u0000', scope: 'none' }).split('\u0000')[0]!,
          t(m.lang, 'who.anyone', { who: 'class' }),
          t(m.lang, 'who.none', { who: 'class' }),
        ])
          if (whole.includes(claim)) wrong(claim, 'the class was decertified');

      for (const item of items(m.text)) {
        // A stay's last day, in English (the legal team's and English advocates' words).
        if (m.lang === 'en') {
          for (const s of item.matchAll(
            new RegExp(
              `(?:Stay (?:granted until|extended to|expanded(?: nationwide)? and extended to)|stay ends on|[Ss]tay ends (?:today|tomorrow|in \\d+ days?),? (?:on |\\()|Stay \\([^)]*\\) [a-z ]+; in force through|is on hold through) ${LONG_EN.source}`,
              'g',
            ),
          )) {
            checked.stayDays++;
            const day = isoOf(s[0]);
            const named = stays.filter((f) => item.includes(f.name.replace(/^Stay of /, '')));
            const candidates = named.length > 0 ? named : stays;
            if (!candidates.some((f) => f.until === day))
              wrong(
                s[0],
                candidates.map((f) => `${f.name} until ${f.until}`).join(' | ') || 'no stay in force',
              );
          }
        } else {
          // In Spanish and Arabic: a stay item's dates, but for the day of the order that set it.
          const stayWord = m.lang === 'es' ? /suspensi[oó]n/i : /الوقف|وقف/;
          // An "In force" row (named in the language) was checked row by row above.
          const inForceRow = r.posture.inForce.some(
            (f) => expectedRow(m.lang, f, r.day, r.appealsCourt) === item.split('\n')[0]!.trim(),
          );
          // A court of appeals' act on a stay pending appeal ("Suspensión durante la apelación
          // denegada") is about the injunction appealed from, not a stay's last day.
          const appealAct = ['stay_denied', 'stay_granted', 'dismissed', 'recalled', 'reheard'].some(
            (outcome) =>
              ['yes', 'no'].some((choice) =>
                item.startsWith(
                  `* ${
                    t(m.lang, 'appeal.headline', {
                      outcome,
                      admin: choice,
                      enBanc: choice,
                      ruling: 'none',
                      decided: 'none',
                      named: 'none',
                      Named: '',
                      many: 'no',
                      affirmed: 'no',
                      how: 'vacated',
                      inPart: 'no',
                      part: 'none',
                    }).split(': ')[0]
                  }`,
                ),
              ),
          );
          if (!inForceRow && !appealAct && stayWord.test(item.split('\n')[0]!)) {
            // "The earlier stay had ended on …" (a stay granted again) names a day that passed, not a last day.
            let rest = item;
            const [lapsedPre, lapsedPost] = t(m.lang, 'stay.lapsed', { date: '\u0000' }).split('\u0000') as [
              string,
              string,
            ];
            for (let i = rest.indexOf(lapsedPre); i >= 0; i = rest.indexOf(lapsedPre)) {
              const end = rest.indexOf(lapsedPost, i + lapsedPre.length);
              if (end < 0) break;
              rest = rest.slice(0, i) + rest.slice(end + lapsedPost.length);
            }
            const dates = new Set<string>();
            for (const f of r.posture.inForce) dates.add(f.until ?? '').add(f.since);
            for (const d of candidateDates(r.day)) dates.add(d);
            for (const d of [...dates].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) {
              rest = rest.replaceAll(t(m.lang, 'stay.ordered', { date: dateIn(m.lang, d) }), '');
              // The day an appeal was dismissed, ending a stay pending it ("… desestimó la apelación el …"): not a last day.
              // Or the day its mandate issued, ending the stay that waited for the appeal.
              for (const how of ['dismissed', 'mandate']) {
                const dismissedOn = t(m.lang, 'stay.appealEnded.sentence', {
                  ...appealsCourtIn(m.lang, r.appealsCourt),
                  date: '\u0000',
                  what: 'none',
                  removal: 'no',
                  who: '',
                  plural: 'no',
                  how,
                }).split('\u0000')[0]!;
                rest = rest.replaceAll(`${dismissedOn}${dateIn(m.lang, d)}`, '');
              }
              // The day the court of appeals decided, its decision now taking effect on a stay: not a last day.
              const decidedOn = t(m.lang, 'stay.byAppeal', {
                ...appealsCourtIn(m.lang, r.appealsCourt),
                decided: '\u0000',
                change: 'lifted',
                what: 'none',
                plural: 'no',
                removal: 'no',
                who: '',
                term: 'none',
                date: '',
                until: '',
              }).split('\u0000')[0]!;
              rest = rest.replaceAll(`${decidedOn}${dateIn(m.lang, d)}`, '');
              // "Who is covered" names the order that defines the class by its date: not a last day.
              for (const from of ['order', 'maintainersOrder'] as const) {
                const [pre, post] = t(m.lang, 'people.coveredFrom', {
                  from,
                  date: dateIn(m.lang, d),
                  label: '\u0000',
                }).split('\u0000') as [string, string];
                for (let i = rest.indexOf(pre); i >= 0; i = rest.indexOf(pre)) {
                  const end = rest.indexOf(post, i + pre.length);
                  if (end < 0) break;
                  rest = rest.slice(0, i) + rest.slice(end + post.length);
                }
              }
            }
            for (const d of [...dates].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) {
              // The whole date: "4 de julio de 2017" is not said by "24 de julio de 2017".
              const at = rest.indexOf(dateIn(m.lang, d));
              if (at < 0 || /[\d٠-٩]/.test(rest.charAt(at - 1))) continue;
              checked.stayDays++;
              if (!stays.some((f) => f.until === d))
                wrong(
                  `${dateIn(m.lang, d)} in “${item.split('\n')[0]}”`,
                  stays.map((f) => f.until).join(' | '),
                );
            }
          }
        }
        // Injunctions said ended, granted, or in force until the mandate (English).
        if (m.lang !== 'en') continue;
        const line = item.replace(/\n {2}/g, ' ');
        // A filing said missing: the store lists it missing then (not met, not relieved).
        if (item.startsWith('* Expected filing missing: ')) {
          const due = new RegExp(`(?:was due by|, due) ${LONG_EN.source}`).exec(line);
          if (due) {
            checked.missingClaims++;
            const day = isoOf(due[0]);
            // Flagged by the day's clock, then ended by an order of that same day (relieved, or fallen
            // with the injunction that set it): true when it went out — the round's posture is read at
            // its end — and the store's changes of that day say the duty ended.
            const what = item
              .split('\n')[0]!
              .slice('* Expected filing missing: '.length)
              .replace(/\s*\(recurring\).*$/, '')
              .toLowerCase();
            const endedToday = r.posture.recentChanges.some(
              (c) =>
                /^deadline\.(?:vacated|relieved|mooted)$/.test(c.type) &&
                c.date === r.day &&
                c.message.toLowerCase().includes(what),
            );
            if (!endedToday && !r.posture.missing.some((x) => x.due === day))
              wrong(
                `${item.split('\n')[0]!.slice(2)} (due ${day})`,
                r.posture.missing.map((x) => `${x.what} due ${x.due}`).join(' | ') || 'nothing missing',
              );
          }
        }
        // Rehearing granted: the decision no longer stands; the injunction named is as it was, and
        // the store says its decision was vacated by the rehearing.
        const reheard = /that decision no longer stands/.test(line);
        if (reheard)
          for (const s of line.matchAll(new RegExp(`${INJUNCTION} of ${LONG_EN.source}`, 'gi'))) {
            checked.injunctionClaims++;
            const since = isoOf(`${s[2]} ${s[3]}, ${s[4]}`);
            const f =
              injunctions.find((x) => x.since === since) ?? r.posture.onHold.find((x) => x.since === since);
            if (!f?.reheard) wrong(`${s[0]} … its decision no longer stands`, f ? f.text : 'not in force');
          }
        const pending =
          !reheard &&
          /until (?:its|the) mandate issues|takes effect only when the (?:court of appeals|[A-Z][\w.]* Circuit) issues its mandate|stays? in force as it was/.test(
            line,
          );
        for (const s of line.matchAll(
          new RegExp(
            // "… of March 15, 2017 vacated", "takes the place of the temporary restraining order of March 15, 2017, which ends", "… ended with the final judgment"
            `${INJUNCTION} of ${LONG_EN.source}(?: (?:was )?(?:vacated|dissolved|converted|ended)\\b|, which (?:ends|no longer applies)|, which lasted only until the final judgment, has ended)`,
            'gi',
          ),
        )) {
          if (line.includes('“') && line.indexOf('“') < (s.index ?? 0)) continue;
          checked.injunctionClaims++;
          const since = isoOf(`${s[2]} ${s[3]}, ${s[4]}`);
          const type = TYPE_OF[s[1]!.toLowerCase()]!;
          const still = injunctions.find((f) => f.since === since && f.name.startsWith(type));
          // "… vacated on appeal" (a decision's headline) is the court of appeals' act: true of an
          // injunction in force until that decision's mandate, as the store says it.
          const onAppeal = line.startsWith(' on appeal', (s.index ?? 0) + s[0].length);
          if (still && !((pending || onAppeal) && still.onAppeal))
            wrong(s[0], `${still.name} in force since ${since}`);
        }
        for (const s of line.matchAll(new RegExp(`${INJUNCTION} granted on ${LONG_EN.source}`, 'gi'))) {
          checked.injunctionClaims++;
          const since = isoOf(`${s[2]} ${s[3]}, ${s[4]}`);
          const type = TYPE_OF[s[1]!.toLowerCase()]!;
          const converted = new RegExp(`${type} of ${s[2]} ${s[3]}, ${s[4]} converted`, 'i').test(m.text);
          // Granted and paused by the same order ("… paused until D", "… stayed through D"): on hold.
          const paused =
            new RegExp(`${type} of ${s[2]} ${s[3]}, ${s[4]} (?:paused until|stayed through)`, 'i').test(
              m.text,
            ) && r.posture.onHold.some((f) => f.since === since && f.name.startsWith(type));
          if (!converted && !paused && !injunctions.some((f) => f.since === since && f.name.startsWith(type)))
            wrong(
              s[0],
              injunctions.map((f) => `${f.name} since ${f.since}`).join(' | ') || 'no injunction in force',
            );
        }
        // Ended from a later day ("The consent decree of June 12, 2023 ends on October 31, 2024"): in
        // force now, its last day the day before.
        for (const s of line.matchAll(
          new RegExp(`${INJUNCTION} of ${LONG_EN.source} ends on ${LONG_EN.source}`, 'gi'),
        )) {
          checked.injunctionClaims++;
          const since = isoOf(`${s[2]} ${s[3]}, ${s[4]}`);
          const ends = DateTime.fromISO(isoOf(`${s[5]} ${s[6]}, ${s[7]}`));
          const last = ends.minus({ days: 1 }).toISODate();
          const type = TYPE_OF[s[1]!.toLowerCase()]!;
          const f = injunctions.find((x) => x.since === since && x.name.startsWith(type));
          if (!f || f.until !== last) wrong(s[0], f ? `${f.name} until ${f.until}` : 'not in force');
        }
        if (pending)
          for (const s of line.matchAll(new RegExp(`${INJUNCTION} of ${LONG_EN.source}`, 'gi'))) {
            checked.injunctionClaims++;
            const since = isoOf(`${s[2]} ${s[3]}, ${s[4]}`);
            const f = injunctions.find((x) => x.since === since);
            // Stayed pending the appeal it was decided in: on hold until the mandate, and said so.
            const held = r.posture.onHold.find((x) => x.since === since);
            const saysHeld = /until then [^.]* stays? on hold, not in force/.test(line);
            if (saysHeld ? !held?.onAppeal : !f?.onAppeal)
              wrong(
                `${s[0]} … ${saysHeld ? 'on hold' : 'in force'} until the mandate issues`,
                f ? f.text : held ? held.text : 'not in force',
              );
          }
      }
    }
  }
  return { found, checked };
}

/** Days near `day` a stay item could name (a Spanish or Arabic message gives them in words). */
function candidateDates(day: string): string[] {
  const out: string[] = [];
  const start = DateTime.fromISO(day).minus({ days: 60 });
  for (let i = 0; i <= 200; i++) out.push(start.plus({ days: i }).toISODate()!);
  return out;
}

/** How long after a mandate its copy on the other docket can come: within it, a mandate item tells the same mandate. */
const MANDATE_COPY_DAYS = 30;

/**
 * The headlines that announce a mandate in `lang`, for either audience and either docket: the
 * record's "Mandate issued" and a mandate's docket entry ("New mandate (Doc. 111)", without the label).
 */
function mandateHeadlines(lang: Language): string[] {
  const out = new Set<string>();
  for (const court of ['mied', 'ca6']) {
    const heading = { key: 'x', court, docketNumber: '1', caseName: 'X v. Y' } as unknown as CaseHeading;
    const issued: NotifyEvent = {
      type: 'appeal_ruling',
      id: 'm',
      case: heading,
      entry: null,
      outcome: 'mandate_issued',
      court: court === 'ca6' ? court : null,
      ruling: null,
    };
    const ref = { number: '7', date: null, url: null };
    const entry: NotifyEvent = {
      type: 'entry_added',
      id: 'e',
      case: heading,
      entry: ref,
      item: { ...ref, kind: 'mandate', text: 'MANDATE', documentUrl: null },
    };
    for (const audience of ['legal', 'advocate'] as const) {
      out.add(phrase(issued, audience, lang).headline);
      const h = phrase(entry, audience, lang).headline;
      out.add(h.slice(0, h.lastIndexOf('(')).trim());
    }
  }
  return [...out];
}

/**
 * The court of appeals' decision an entry item quotes — its opinion or judgment on the appeals
 * docket ("OPINION and JUDGMENT filed: … VACATED …") or the district clerk's copy of it ("OPINION
 * of U.S. Court of Appeals … VACATED …") — as what it decides, or `null`.
 */
function decisionQuoted(item: string): string | null {
  const quote = /“([^”]*)”/.exec(item)?.[1];
  if (!quote) return null;
  // A district entry ("ECF No. 58") is a decision of the court of appeals only as the clerk's copy
  // of one: a district judge's own "… is VACATED and SET ASIDE" is not.
  const act = /\bECF\b/.test(item)
    ? readDistrictCopy(quote)
    : (readDistrictCopy(quote) ?? readAppealsDocket(quote));
  return act?.act === 'decision' ? `${act.outcome}${act.inPart ? ' in part' : ''}` : null;
}

/**
 * The items a subscriber was told more than once, over every alert and digest they received. A
 * mandate is one change whichever way it is told ("Mandate issued", the appeal's "New mandate
 * (Doc. 111)", the district clerk's copy "New mandate (ECF No. 530)"): its items within
 * `MANDATE_COPY_DAYS` of the first count as one item. A decision of the court of appeals is one
 * change too: the appeals docket's "Opinion of the court of appeals (Doc. 91)" and the district
 * clerk's copy "New opinion (ECF No. 502)" quoting the same decision are one item.
 */
export function repeats(rounds: PostureRound[]): { to: string; item: string; times: number }[] {
  const told = new Map<string, Map<string, number>>();
  const mandateSince = new Map<string, string>();
  const headlines = new Map<Language, string[]>();
  const mandateItem = (lang: Language, item: string) => {
    if (!headlines.has(lang)) headlines.set(lang, mandateHeadlines(lang));
    return headlines.get(lang)!.some((h) => item.startsWith(`* ${h}`));
  };
  for (const r of rounds)
    for (const m of r.mails) {
      if (m.kind !== 'alert' && m.kind !== 'digest') continue;
      // Items after the message's own list of what is in force and due: from the changes on, up
      // to the digest's list of alerts already sent (that list is not telling again).
      const alerted = `\n${t(m.lang, 'digest.section', { section: 'alerted' })}\n`;
      const body = m.text.split(alerted)[0]!;
      const changes = m.kind === 'digest' ? body.slice(changesStart(body, m.lang)) : body;
      const mine = told.get(m.to) ?? new Map<string, number>();
      for (const item of items(changes)) {
        // An item is what it says: headline, sentence and the court's words (links aside: they
        // point into the replay court, whose port changes nothing for a reader).
        let key = item
          .split('\n')
          .filter((l) => !/^ {2}\S[^:]*: https?:\/\//.test(l))
          .join('\n');
        if (mandateItem(m.lang, item)) {
          const since = mandateSince.get(m.to);
          const same =
            since !== undefined && Date.parse(r.day) - Date.parse(since) <= MANDATE_COPY_DAYS * 86_400_000;
          if (!same) mandateSince.set(m.to, r.day);
          key = `the mandate told on ${same ? since : r.day}`;
        }
        const decision = decisionQuoted(item);
        if (decision) key = `the court of appeals' decision: ${decision}`;
        mine.set(key, (mine.get(key) ?? 0) + 1);
      }
      told.set(m.to, mine);
    }
  const out: { to: string; item: string; times: number }[] = [];
  for (const [to, mine] of told)
    for (const [item, times] of mine) if (times > 1) out.push({ to, item, times });
  return out;
}

/** Where a digest's changes begin: after its "What changed …" heading. */
function changesStart(text: string, lang: Language): number {
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    offset += line.length + 1;
    const probe = line.toLocaleLowerCase(lang);
    const same = t(lang, 'digest.changed', { same: 'yes', from: '' }).toLocaleLowerCase(lang).trim();
    const span = t(lang, 'digest.changed', { same: 'no', from: '', to: '' })
      .toLocaleLowerCase(lang)
      .split(/\s+/)[0]!;
    if (probe.startsWith(same) || (span && probe.startsWith(span))) return offset;
  }
  return 0;
}

/**
 * One order, one item about its stay: the legal team's items that name a stay and the entry that
 * changed it ("Stay … expanded …. (ECF No. 43, June 26, 2017)"), told twice in one message.
 */
export function stayItemsTwice(
  rounds: PostureRound[],
): { subject: string; entry: string; items: string[] }[] {
  const out: { subject: string; entry: string; items: string[] }[] = [];
  for (const r of rounds)
    for (const m of r.mails) {
      if (m.lang !== 'en') continue;
      const byEntry = new Map<string, string[]>();
      for (const item of items(m.text)) {
        if (!/^\* Stay (?!ends)/.test(item)) continue;
        const entry = /\(((?:ECF No\.|Doc\.) \d+|an unnumbered entry), [A-Z][a-z]+ \d+, \d{4}\)\s*$/.exec(
          item,
        )?.[1];
        if (!entry) continue;
        byEntry.set(entry, [...(byEntry.get(entry) ?? []), item.split('\n')[0]!]);
      }
      for (const [entry, said] of byEntry)
        if (said.length > 1) out.push({ subject: m.subject, entry, items: said });
    }
  return out;
}
