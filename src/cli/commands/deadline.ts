import { readFile, stat } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { readCaseDetails } from '../../../db/case-details.ts';
import { findCase } from '../../../db/cases.ts';
import { listEntryReviews, needReadingText } from '../../../db/entry-reviews.ts';
import { docketCoverage } from '../../../db/sources.ts';
import { getCourt } from '../../courts.ts';
import {
  type CalendarOptions,
  type ComputedDeadline,
  computeDeadline,
  type Service,
} from '../../deadlines/calendar.ts';
import { analyzeSequence } from '../../deadlines/extract/index.ts';
import { linkedField } from '../../deadlines/extract/refs.ts';
import {
  addManualDeadline,
  casePosture,
  caseRecordViews,
  courtToday,
  DAY_PASSED_OFF_DOCKET,
  type DeadlineRecord,
  HEARING_PASSED_UNRECORDED,
  longDate,
  type RecordView,
  reviewLog,
  reviewRecord,
} from '../../deadlines/record.ts';
import { Tracker } from '../../deadlines/tracker.ts';
import type { AnalyzeInput } from '../../deadlines/types.ts';
import { InputError, InputTooLargeError } from '../../errors.ts';
import { pick } from '../../model/fields.ts';
import { coverageNote } from '../../notify/coverage.ts';
import { type EntryRef, entryRefs } from '../../notify/entry-refs.ts';
import { clipWords, deadlineIn, occurrenceName } from '../../notify/labels.ts';
import { classEndedOn, classOn, whereIn } from '../../notify/language.ts';
import { writeLine } from '../output.ts';
import { DB_HELP, readStore, withStore } from '../store.ts';

/** A docket of JSON lines bigger than this is not one case. */
const MAX_TRACK_INPUT = 16 * 1024 * 1024;

interface ComputeOptions {
  from: string;
  days?: string;
  hours?: string;
  months?: string;
  businessDays?: string;
  backward?: boolean;
  service: Service;
  court: string;
  appellate?: boolean;
  json?: boolean;
  stateHolidays?: boolean;
  declaredHolidays: 'maintained' | 'none';
  holiday: string[];
  inaccessible: string[];
  hourCounting: 'elapsed' | 'wall-clock';
  monthEnd: 'clamp' | 'end-of-month';
}

const collect = (value: string, previous: string[]) => [...previous, value];

function count(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,5}$/.test(value))
    throw new InputError(`${flag} takes a whole number of at most 5 digits, got "${value}"`);
  return Number(value);
}

function isoDate(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InputError(`${flag} takes a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/**
 * `docketwatch deadline compute|confirm|dismiss|add`, `docketwatch deadlines` and
 * `docketwatch track`.
 */
export function registerDeadline(program: Command): void {
  const deadline = program
    .command('deadline')
    .description('Deadline arithmetic under FRCP 6 and FRAP 26 (see docs/deadlines.md)');
  deadline
    .command('compute')
    .description(
      'Compute the last day of a period: exclude the trigger day, count every day, roll off weekends and legal holidays, add 3 days for mail/clerk/consented service',
    )
    .requiredOption(
      '--from <date>',
      'trigger date YYYY-MM-DD (for --hours a local date-time, e.g. 2026-05-06T09:00)',
    )
    .option('--days <n>', 'period in days')
    .option('--hours <n>', 'period in hours')
    .option('--months <n>', 'period in months')
    .option(
      '--business-days <n>',
      'period in business days (only days that are not weekends or legal holidays count)',
    )
    .option(
      '--backward',
      'the period is measured back from an event ("14 days before the hearing"); rolls backward',
    )
    .addOption(
      new Option('--service <how>', 'how the paper was served (6(d) / FRAP 26(c))')
        .choices(['electronic', 'mail', 'clerk', 'consent', 'personal'])
        .default('electronic'),
    )
    .option('--court <id>', 'CM/ECF court id: time zone and state', 'mied')
    .option('--appellate', 'use FRAP 26 (the default for courts of appeals)')
    .option('--state-holidays', "count the court's state holidays in forward periods (FRCP 6(a)(6)(C))")
    .addOption(
      new Option(
        '--declared-holidays <which>',
        'days closed by presidential order: the maintained list, or none',
      )
        .choices(['maintained', 'none'])
        .default('maintained'),
    )
    .option('--holiday <date>', 'another day declared a holiday (repeatable)', collect, [])
    .option(
      '--inaccessible <date>',
      "a day the clerk's office (CM/ECF) was inaccessible (repeatable)",
      collect,
      [],
    )
    .addOption(
      new Option('--hour-counting <how>', 'hours as elapsed time or as clock readings across DST')
        .choices(['elapsed', 'wall-clock'])
        .default('elapsed'),
    )
    .addOption(
      new Option('--month-end <how>', 'month arithmetic from a month-end day')
        .choices(['clamp', 'end-of-month'])
        .default('clamp'),
    )
    .option('--json', 'print one JSON object')
    .action(async (opts: ComputeOptions) => {
      const periods = (
        [
          ['days', count(opts.days, '--days')],
          ['hours', count(opts.hours, '--hours')],
          ['months', count(opts.months, '--months')],
          ['business_days', count(opts.businessDays, '--business-days')],
        ] as const
      ).filter(([, n]) => n !== null);
      if (periods.length !== 1)
        throw new InputError('give exactly one of --days, --hours, --months, --business-days');
      const [unit, n] = periods[0]!;
      const options: CalendarOptions = {
        court: getCourt(opts.court).id,
        service: opts.service,
        includeStateHolidays: Boolean(opts.stateHolidays),
        declaredHolidays: opts.declaredHolidays,
        extraDeclaredHolidays: opts.holiday,
        inaccessible: opts.inaccessible,
        hourCounting: opts.hourCounting,
        monthEnd: opts.monthEnd,
      };
      if (opts.appellate) options.regime = 'FRAP';
      const r = computeDeadline(
        { from: opts.from, n: n!, unit, direction: opts.backward ? 'before' : 'after' },
        options,
      );
      if (opts.json) {
        const out: Record<string, unknown> = {
          due: r.due,
          dueInstant: r.dueInstant,
          raw: r.raw,
          rolls: r.rolls,
        };
        if (r.safeDue) out.safeDue = r.safeDue;
        await writeLine(JSON.stringify(out));
      } else {
        await writeLine(describe(r, opts.from, n!, unit, Boolean(opts.backward)));
      }
    });

  const reviews = [
    {
      action: 'confirm',
      description:
        'Confirm a deadline (or stay, injunction, hearing) read from the docket; kept in its review log',
      id: 'record id, as `docketwatch deadlines` shows it (e.g. dl-1c0173c3819b)',
      by: 'who confirms (default: the login name)',
      note: 'why, or what was checked',
    },
    {
      action: 'dismiss',
      description:
        'Dismiss a record read from the docket (a misreading): it stops producing alerts and leaves the posture; kept in its review log',
      id: 'record id, as `docketwatch deadlines` shows it',
      by: 'who dismisses (default: the login name)',
      note: 'why',
    },
  ] as const;
  for (const review of reviews) {
    deadline
      .command(review.action)
      .description(review.description)
      .argument('<id>', review.id)
      .option('--by <name>', review.by)
      .option('--note <text>', review.note)
      .option('--db <target>', DB_HELP)
      .action(async (id: string, opts: { by?: string; note?: string; db?: string }) => {
        await withStore(opts.db, async (store) => {
          const r = await reviewRecord(store, id, review.action, { by: opts.by, note: opts.note ?? null });
          await writeLine(JSON.stringify({ ...summary(r), log: await reviewLog(store, id) }));
        });
      });
  }

  deadline
    .command('add')
    .description('Add a deadline by hand (confirmed from the start); prints the new record')
    .requiredOption('--case <case>', 'COURT:DOCKET, e.g. mied:2:17-cv-11910')
    .requiredOption('--due <date>', 'due date YYYY-MM-DD')
    .option('--time <HH:MM>', 'time of day it is due (24-hour, court time)')
    .requiredOption('--what <text>', 'what is due, e.g. "joint status report"')
    .option('--party <name>', 'who must file it')
    .option('--by <name>', 'who adds it (default: the login name)')
    .option('--note <text>', 'where it comes from')
    .option('--db <target>', DB_HELP)
    .action(
      async (opts: {
        case: string;
        due: string;
        time?: string;
        what: string;
        party?: string;
        by?: string;
        note?: string;
        db?: string;
      }) => {
        const due = isoDate(opts.due, '--due');
        await withStore(opts.db, async (store) => {
          const r = await addManualDeadline(store, opts.case, {
            what: opts.what,
            due,
            dueTime: opts.time ?? null,
            party: opts.party ?? null,
            ...(opts.by ? { by: opts.by } : {}),
            note: opts.note ?? null,
          });
          await writeLine(JSON.stringify(summary(r)));
        });
      },
    );

  program
    .command('deadlines')
    .description(
      "A case's posture (what is in force and until when) and its table of deadlines, stays, injunctions and hearings, as of a day",
    )
    .requiredOption('--case <case>', 'COURT:DOCKET, e.g. mied:2:17-cv-11910')
    .option('--as-of <date>', "the day to look from, YYYY-MM-DD (default: today in the court's time zone)")
    .option('--json', 'print one JSON object: {case, asOf, posture, records, needsReview, class}')
    .option('--db <target>', DB_HELP)
    .action(async (opts: { case: string; asOf?: string; json?: boolean; db?: string }) => {
      const court = opts.case.slice(0, Math.max(0, opts.case.indexOf(':')));
      const asOf = opts.asOf ? isoDate(opts.asOf, '--as-of') : courtToday(court);
      await readStore(opts.db, async (store) => {
        const posture = await casePosture(store, opts.case, asOf);
        const records = await caseRecordViews(store, opts.case, asOf);
        const found = await findCase(store.db, opts.case);
        const needsReview = found
          ? (await listEntryReviews(store.db, found.id)).filter((r) => r.dateFiled <= asOf)
          : [];
        const refs = found
          ? await entryRefs(store.db, found.id, [
              ...records.map((r) => r.entry),
              // The stay pending appeal a held duty waits on (its NOTE names that entry).
              ...records.map((r) => r.heldPendingAppeal?.entry),
              // The paper that met a deadline (its MET line names it).
              ...records.map((r) => r.satisfiedBy),
              ...posture.recentChanges.map((c) => c.entry),
              ...(posture.transferred ? [posture.transferred.entry] : []),
            ])
          : new Map<string, EntryRef>();
        const from = (key: string | null) => (key ? (refs.get(key) ?? null) : null);
        // What docketwatch has seen of the docket, as the case page says it (db/sources.ts).
        const docket = found ? await docketCoverage(store.db, found.id) : null;
        const coverage = docket
          ? {
              note: coverageNote('en', docket),
              complete: docket.complete,
              notListed: docket.notListed,
              notSeen: docket.notSeen,
            }
          : null;
        // Who is covered on that day: the definition of the class in force then (never a later one).
        const people = found ? (await readCaseDetails(store.db, found.id)).class : null;
        const covered = classOn(people, asOf);
        // Decertified (or its certification vacated): no class is covered, said in its place.
        const ended = covered ? null : classEndedOn(people, asOf);
        if (opts.json) {
          // `entry` is the store's key of the entry (for scripts); `from` says which entry it is.
          const withFrom = {
            ...posture,
            recentChanges: posture.recentChanges.map((c) => ({ ...c, from: from(c.entry) })),
          };
          await writeLine(
            JSON.stringify({
              case: posture.case,
              asOf,
              posture: withFrom,
              records: records.map((r) => ({ ...r, from: from(r.entry) })),
              needsReview,
              coverage,
              class: covered,
              ...(ended ? { classEnded: ended } : {}),
            }),
          );
          return;
        }
        await writeLine(`${posture.case} as of ${asOf}`);
        if (covered)
          await writeLine(
            `  COVERED   ${covered.text.en}${covered.scope ? ` (${covered.scope})` : ''}: ${covered.from ? `${covered.source === 'order' ? "the order's words" : 'a maintainer’s words'} for entry ${covered.from.entry} of ${covered.from.dateFiled}` : "the maintainers' words"}${(covered.added ?? []).map((a) => `; added to by entry ${a.entry} of ${a.dateFiled}`).join('')}${(covered.decertified ?? []).map((e) => `; ${e.subclass} decertified by entry ${e.number ?? e.entry} of ${e.date}`).join('')}`,
          );
        if (ended)
          await writeLine(
            `  COVERED   no class: decertified by entry ${ended.number ?? ended.entry} of ${ended.date}; the case goes on only for the people named in it`,
          );
        const moved = posture.transferred;
        if (moved) {
          const label = from(moved.entry)?.label ?? moved.entry;
          await writeLine(
            moved.direction === 'out'
              ? `  TRANSFERRED to ${moved.court}${moved.docketNumber ? ` (No. ${moved.docketNumber} there)` : ''} on ${longDate(moved.date)} (${label}): its orders stay in force until that court acts`
              : `  TRANSFERRED here from ${moved.court}${moved.docketNumber ? ` (No. ${moved.docketNumber} there)` : ''} on ${longDate(moved.date)} (${label})`,
          );
        }
        if (posture.inForce.length === 0) await writeLine('  nothing in force (no stay or injunction)');
        for (const f of posture.inForce) await writeLine(`  IN FORCE  ${f.text}`);
        for (const f of posture.onHold) {
          const label = from(f.entry)?.label;
          await writeLine(`  ON HOLD   ${f.text}${label ? ` (${label})` : ''}`);
        }
        for (const m of posture.missing)
          await writeLine(
            `  MISSING   ${occurrenceName(deadlineIn('en', m.what), m.occurrence)}, due ${m.due}`,
          );
        if (coverage) await writeLine(`  COVERAGE  ${coverage.note}`);
        await writeLine('');
        await writeLine(table(records, (key) => from(key)?.label ?? key));
        for (const r of records)
          if (r.clerkComputed && r.entry)
            await writeLine(
              `  NOTE      ${r.id}: set by ${from(r.entry)?.label ?? r.entry}; the clerk’s system had computed ${longDate(r.clerkComputed)}`,
            );
        // Which entry met each deadline met (the paper the tracker matched to it).
        for (const r of records)
          if (r.satisfiedBy) {
            const met = from(r.satisfiedBy);
            await writeLine(
              `  MET       ${r.id}: by ${met?.label ?? r.satisfiedBy}${met?.dateFiled ? ` of ${met.dateFiled}` : ''}`,
            );
          }
        // Where and how each hearing is held, as its order says; a link to join is never copied.
        for (const r of records)
          if (r.where) await writeLine(`  WHERE     ${r.id}: ${whereIn('en', r.where)}`);
        // Why each was read so: the reading rule, its confidence and the words it rests on.
        for (const r of records)
          if (r.why)
            await writeLine(
              `  WHY       ${r.id}: ${r.why.rule} (confidence ${r.why.confidence.toFixed(2)}): "${clipWords(r.why.words.replace(/\s+/g, ' '), 120)}"`,
            );
        for (const r of records)
          if (r.partlyHeld)
            await writeLine(
              `  NOTE      ${r.id}: due; only part of it is on hold pending appeal (${r.partlyHeld.part}), since ${longDate(r.partlyHeld.since)} (${from(r.partlyHeld.entry)?.label ?? r.partlyHeld.entry})`,
            );
        for (const r of records)
          if (r.heldPendingAppeal)
            await writeLine(
              `  NOTE      ${r.id}: not due while the stay pending appeal of ${r.heldPendingAppeal.part} of its order lasts (since ${longDate(r.heldPendingAppeal.since)}, ${from(r.heldPendingAppeal.entry)?.label ?? r.heldPendingAppeal.entry})`,
            );
        if (needsReview.length > 0) {
          await writeLine('');
          await writeLine(`NEEDS REVIEW  ${needReadingText(needsReview.length)}:`);
          for (const r of needsReview)
            await writeLine(
              `  ${r.entryNumber ? `[${r.entryNumber}]` : r.entryKey}  ${r.dateFiled}  ${r.reason.replace('_', ' ')}: ${r.triggers.map((t) => `"${t}"`).join(', ')}`,
            );
        }
      });
    });

  program
    .command('track')
    .description(
      'Replay a docket (JSON lines {"number","dateFiled","text","documentText"?}) through the extractor and the tracker; print the events and the final deadlines and stays',
    )
    .requiredOption('--input <file>', 'JSON lines file, one docket entry per line, in filing order')
    .option('--as-of <date>', 'advance the replay to this date (YYYY-MM-DD) before the final table')
    .option('--court <id>', 'CM/ECF court id', 'mied')
    .option('--json', 'print events and the final state as JSON lines')
    .action(async (opts: { input: string; asOf?: string; court: string; json?: boolean }) => {
      const court = getCourt(opts.court).id;
      const entries = await readEntries(opts.input);
      const analyses = analyzeSequence(entries, { court });
      const tracker = new Tracker({ court });
      const events = entries.flatMap((e, i) => tracker.apply(e, analyses[i]!));
      const asOf = opts.asOf ?? tracker.asOf;
      if (opts.asOf) events.push(...tracker.advanceTo(opts.asOf));
      if (opts.json) {
        for (const e of events) await writeLine(JSON.stringify({ event: e }));
        await writeLine(
          JSON.stringify({
            final: {
              asOf,
              deadlines: tracker.deadlines(),
              stays: tracker.stays(),
              injunctions: tracker.injunctions(),
              hearings: tracker.hearings(),
              posture: asOf ? tracker.posture(asOf) : null,
            },
          }),
        );
        return;
      }
      for (const e of events)
        await writeLine(
          `${e.date}  ${e.entry ? `[${e.entry}]`.padEnd(8) : ''.padEnd(8)}${e.type.padEnd(22)}${e.message}`,
        );
      await writeLine('');
      await writeLine(`As of ${asOf ?? '(no entries)'}:`);
      if (asOf) {
        const p = tracker.posture(asOf);
        for (const f of p.inForce) await writeLine(`  in force: ${f.summary}`);
        for (const d of p.next)
          await writeLine(
            `  due ${d.due ?? '(undated)'}  ${d.daysLeft === null ? '' : `${d.daysLeft} days left  `}${deadlineIn('en', d.what)}${d.ordered ? '' : ' [not yet ordered]'} (${d.review})`,
          );
        for (const m of p.missing)
          await writeLine(`  MISSING ${m.due}  ${occurrenceName(deadlineIn('en', m.what), m.occurrence)}`);
        for (const h of p.hearings)
          await writeLine(
            `  hearing ${h.date ?? '(date to be set)'}${h.time ? ` ${h.time}` : ''}  ${h.type.replace(/_/g, ' ')}`,
          );
      }
      for (const s of tracker.stays())
        await writeLine(
          `  stay ${s.id}: ${s.state}${s.expires ? `, last day ${s.expires}` : s.until ? `, until ${s.until}` : ''}${s.what ? ` (${s.what})` : ''}`,
        );
    });
}

function describe(r: ComputedDeadline, from: string, n: number, unit: string, backward: boolean): string {
  const period = `${n} ${unit.replace('_', ' ')} ${backward ? 'before' : 'after'} ${from}`;
  const rolled =
    r.rolls.length > 0
      ? ` (computed ${r.raw}; ${r.rolls.map((x) => `${x.from} → ${x.to}: ${x.reason}`).join('; ')})`
      : '';
  const safe = r.safeDue ? ` Without declared/state holidays it would be ${r.safeDue}.` : '';
  return `Due ${r.due}${rolled}: ${period}, ${r.court}; e-filing closes ${r.dueInstant}.${safe}`;
}

async function readEntries(file: string): Promise<AnalyzeInput[]> {
  const size = (await stat(file)).size;
  if (size > MAX_TRACK_INPUT) throw new InputTooLargeError(size, MAX_TRACK_INPUT);
  const text = await readFile(file, 'utf8');
  const entries: AnalyzeInput[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new InputError(`${file}:${i + 1}: not JSON`, { cause: err });
    }
    const v = value as Record<string, unknown>;
    if (!v || typeof v !== 'object' || typeof v.text !== 'string' || typeof v.dateFiled !== 'string') {
      throw new InputError(`${file}:${i + 1}: expected {"number", "dateFiled", "text"}`);
    }
    entries.push({
      number: v.number === null || v.number === undefined ? null : String(v.number),
      dateFiled: v.dateFiled,
      text: v.text,
      documentText: typeof v.documentText === 'string' ? v.documentText : null,
      ...(typeof v.id === 'string' ? { id: v.id } : {}),
      ...linkedField(v.linkedEntries),
    });
  }
  if (entries.length === 0) throw new InputError(`${file}: no entries`);
  return entries;
}

function summary(r: DeadlineRecord) {
  return pick(r, ['id', 'kind', 'what', 'party', 'due', 'dueTime', 'status', 'review', 'entry']);
}

/**
 * A record's status as the table says it: the stored name where it reads as English, else what it
 * means — relief ended because later relief took its place is "replaced" (stored `converted`,
 * whether the order says "converted into", "DISSOLVED and superseded by this Order" or says nothing).
 */
function statusWords(status: string): string {
  if (status === HEARING_PASSED_UNRECORDED) return 'date passed, no record yet that it was held';
  if (status === DAY_PASSED_OFF_DOCKET) return 'day passed (not a filing)';
  return status === 'converted' ? 'replaced' : status;
}

/** The plain-text table: id (for `deadline confirm|edit|dismiss`), what, party, due, days left, status, review, the entry it came from. */
function table(rows: RecordView[], entry: (key: string) => string): string {
  const head = ['ID', 'KIND', 'WHAT', 'PARTY', 'DUE', 'DAYS', 'STATUS', 'REVIEW', 'FROM'];
  const cells = rows.map((r) => [
    r.id,
    r.kind,
    clipWords(
      `${r.kind === 'deadline' ? occurrenceName(deadlineIn('en', r.what), r.occurrence) : r.what}${r.missing ? ` (${r.missing} missing)` : ''}`,
      60,
    ),
    clipWords(r.party ?? '', 20),
    `${r.due ?? ''}${r.dueTime ? ` ${r.dueTime}` : ''}`,
    r.daysLeft === null ? '' : String(r.daysLeft),
    statusWords(r.status),
    r.review,
    r.entry ? entry(r.entry) : 'by hand',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n');
}
