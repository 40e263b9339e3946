/**
 * CM/ECF's event structure, composed (issue #14, eighteenth session): every entry a clerk's hearing event
 * writes is an event name, the related document it acts on, and the standard field its template fills.
 * This composes event names × related-document forms × fields × separators (fictional parties, no
 * court's own entry) and counts the compositions the extractor misreads: not exactly one hearing on the
 * field's day at its hour, set (or moved, after an event that moves one). No labels and no hold-out: the
 * structure alone says what each composition sets.
 *   npx tsx bench/event-templates.ts [--list]
 * `--list` prints the first misreading of each event name × field.
 */
import { analyzeSequence } from '../src/deadlines/extract/index.ts';

const EVENTS: [name: string, moves: boolean][] = [
  ['Hearing Set', false],
  ['Hearing Scheduled', false],
  ['Hearing Set On', false],
  ['Hearing (Bk Motion) Set', false],
  ['Hearing (Bk Other) Set', false],
  ['Notice of Hearing', false],
  ['Order Setting Hearing', false],
  ['Hearing Continued', true],
  ['Hearing Rescheduled', true],
  ['Hearing Adjourned', true],
  ['Hearing (Bk Motion) Continued', true],
  ['Continued Hearing', true],
  ['Order Continuing Hearing', true],
];
const RELATED = [
  ' (RE: related document(s)12 Motion for Relief From Stay Filed by Creditor Mesa Bank)',
  ' (RE: related document(s)[12] Motion to Dismiss Case filed by Trustee)',
  ' (related document(s): 12 Objection to Claim)',
  ' (Related Doc # 12)',
  '',
];
const FIELDS = [
  'Hearing scheduled for 3/4/2030 at 10:00 AM at Courtroom 3.',
  'Hearing to be held on 3/4/2030 at 10:00 AM at Courtroom 3 for 12,',
  'The Hearing date is set for 3/4/2030 at 10:00 AM at Crtrm 1375. The case judge is Ana Ruiz',
  'Status hearing to be held on 3/4/2030 at 10:00 AM at Courtroom 3.',
  'Confirmation hearing to be held on 3/4/2030 at 10:00 AM at Courtroom 3.',
  'Preliminary Hearing scheduled for 3/4/2030 at 10:00 AM at Courtroom 3.',
  'Final Hearing scheduled for 3/4/2030 at 10:00 AM.',
  'Evidentiary Hearing scheduled for 3/4/2030 at 10:00 AM.',
  'Hearing scheduled 3/4/2030 at 10:00 AM at Courtroom 3.',
  'Hearing Date: 3/4/2030 Time: 10:00 AM Location: Courtroom 3.',
];
const SEPARATORS = ['. ', ' ', '; '];
const DAY = '2030-03-04';
const HOUR = '10:00';
const MOTION = {
  number: '12',
  dateFiled: '2030-01-15',
  text: 'Motion to Dismiss Case Filed by Trustee Lee Park. (Park, Lee) (Entered: 01/15/2030)',
};

type Misreading = 'none' | 'two' | 'hour' | 'lifecycle' | 'other day';
const counts = new Map<Misreading, number>();
const firsts = new Map<string, string>();
let total = 0;
for (const [name, moves] of EVENTS)
  for (const related of RELATED)
    for (const field of FIELDS)
      for (const sep of SEPARATORS) {
        const text = `${name}${related}${sep}${field} (abc) (Entered: 02/10/2030)`;
        const [, a] = analyzeSequence([MOTION, { number: '20', dateFiled: '2030-02-10', text }], {
          court: 'nmb',
        });
        total++;
        const hs = a!.hearings;
        const on = hs.filter((h) => h.date === DAY);
        const want = moves ? ['reset'] : ['set', 'duplicate'];
        const wrong: Misreading | null =
          on.length === 0
            ? 'none'
            : on.length > 1
              ? 'two'
              : on[0]!.time !== HOUR
                ? 'hour'
                : !want.includes(on[0]!.change)
                  ? 'lifecycle'
                  : hs.length > 1
                    ? 'other day'
                    : null;
        if (!wrong) continue;
        counts.set(wrong, (counts.get(wrong) ?? 0) + 1);
        const key = `${name} | ${field.slice(0, 30)}`;
        if (!firsts.has(key))
          firsts.set(
            key,
            `${wrong}: ${JSON.stringify(hs.map((h) => [h.change, h.date, h.time]))} :: ${text}`,
          );
      }
const bad = [...counts.values()].reduce((s, n) => s + n, 0);
console.log(
  `CM/ECF hearing events composed: ${total}; misread ${bad} (${((100 * bad) / total).toFixed(1)} %)`,
);
for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${k.padEnd(10)} ${n}`);
if (process.argv.includes('--list')) for (const line of firsts.values()) console.log(line);
