/**
 * docketwatch's own words inside a record, said in the reader's language. A deadline's record
 * mixes the court's words ("report to class counsel regarding the files produced") with words
 * docketwatch added: the act when it names one ("response to [11]", "answer"), how the date was
 * found ("(recurring)", "(local-rule default)", "(as computed by CM/ECF)"), and the party by its
 * role ("Respondents"). A Spanish or Arabic reader gets docketwatch's words translated and the
 * court's words quoted in English (isolated left to right inside Arabic); English is unchanged.
 */
import { findCourt } from '../courts.ts';
import { type Language, ltr, t } from './i18n.ts';

/**
 * The court's words inside a translated sentence: quoted, so a reader sees where English begins,
 * and isolated left to right inside Arabic so their punctuation stays with them.
 */
export function quoted(lang: Language, text: string): string {
  return lang === 'en' ? text : `«${ltr(lang, text)}»`;
}

function humanize(code: string): string {
  return code.replace(/_/g, ' ').trim();
}

function label(lang: Language, number: string, court: string | null | undefined): string {
  const type = court ? findCourt(court)?.type : undefined;
  return t(lang, 'entry.label', { number, appellate: type === 'appellate' || type === 'bap' ? 'yes' : 'no' });
}

/** How docketwatch found a deadline's date, as it writes it after the deadline's words. */
export const DEADLINE_NOTES = [
  { note: 'motion_docket', words: 'motion docket date, as computed by CM/ECF' },
  { note: 'cmecf', words: 'as computed by CM/ECF' },
  { note: 'local_rule', words: 'local-rule default' },
  { note: 'recurring', words: 'recurring' },
] as const;

/** The acts docketwatch names a deadline by when the court's words give only the act. */
export const DEADLINE_ACTS = ['response', 'reply', 'answer'] as const;

/**
 * The parties by role, as the extractor reads them from an order ("Respondents shall file …"),
 * each with the catalog's key; any other party is a name and is quoted as the court wrote it.
 */
export const PARTY_ROLES: Record<string, string> = {
  respondent: 'respondent',
  respondents: 'respondents',
  petitioner: 'petitioner',
  petitioners: 'petitioners',
  plaintiff: 'plaintiff',
  plaintiffs: 'plaintiffs',
  defendant: 'defendant',
  defendants: 'defendants',
  government: 'government',
  'united states': 'government',
  movant: 'movant',
  movants: 'movants',
  debtor: 'debtor',
  debtors: 'debtors',
  appellant: 'appellant',
  appellants: 'appellants',
  appellee: 'appellee',
  appellees: 'appellees',
  intervenor: 'intervenor',
  intervenors: 'intervenors',
  parties: 'parties',
  counsel: 'counsel',
  'class counsel': 'class_counsel',
  trustee: 'trustee',
  creditor: 'creditor',
  creditors: 'creditors',
};

/**
 * The hearings the catalogs name (`hearing.name`); another type (the court's own noun, such as
 * `final_pretrial_conference`) is said as a hearing with the court's words quoted.
 */
export const HEARING_TYPES = [
  'motion_hearing',
  'status_conference',
  'scheduling_conference',
  'oral_argument',
  'evidentiary_hearing',
  'sentencing',
  'trial',
  'conference',
  'telephone_conference',
  'pretrial_conference',
  'final_pretrial_conference',
  'settlement_conference',
  'bond_hearing',
  'detention_hearing',
  'show_cause_hearing',
  'preliminary_injunction_hearing',
  'arraignment',
  'jury_trial',
  'bench_trial',
  'hearing',
] as const;

const ROLE = /^(?:the\s+|all\s+)?(.+?)$/i;

/** "Respondents" → "los demandados", "الحكومة"; a party's name quoted («Zoho Corporation»). */
export function partyIn(lang: Language, party: string): string {
  if (lang === 'en') return party;
  const role = PARTY_ROLES[(ROLE.exec(party.trim())?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
  return role ? t(lang, 'party.role', { role }) : quoted(lang, party);
}

const NOTE_AT_END = new RegExp(
  `\\s*\\((${DEADLINE_NOTES.map((n) => n.words.replace(/[/()]/g, '\\$&')).join('|')})\\)\\s*$`,
  'i',
);
const ACT = new RegExp(
  `^(${DEADLINE_ACTS.join('|')})(?:\\s+(?:to|in support of))?(?:\\s+\\[(\\d+)\\])?(?:\\s+(.+))?$`,
  'i',
);

/**
 * A deadline's words in the language: "response to [11] (local-rule default)" → "respuesta al
 * escrito ECF n.º 11 (plazo por defecto según las reglas locales)"; "report to class counsel …
 * (recurring)" → "«report to class counsel …» (se repite)". English is returned as the record has it.
 */
export function deadlineIn(lang: Language, what: string, court?: string | null): string {
  if (lang === 'en') return what;
  let core = what.trim();
  const notes: string[] = [];
  for (let m = NOTE_AT_END.exec(core); m; m = NOTE_AT_END.exec(core)) {
    const words = m[1]!.toLowerCase();
    notes.unshift(DEADLINE_NOTES.find((n) => n.words.toLowerCase() === words)!.note);
    core = core.slice(0, m.index).trim();
  }
  const act = ACT.exec(core);
  const named = act
    ? `${t(lang, 'deadline.act', {
        act: act[1]!.toLowerCase(),
        ref: act[2] ? label(lang, act[2], court) : 'none',
      })}${act[3] ? ` ${quoted(lang, act[3])}` : ''}`
    : quoted(lang, core);
  return `${named}${notes.map((note) => ` (${t(lang, 'deadline.note', { note })})`).join('')}`;
}

/** A hearing's type in the language: `motion_hearing` → "audiencia sobre una moción". */
export function hearingIn(lang: Language, type: string): string {
  if (lang === 'en' || (HEARING_TYPES as readonly string[]).includes(type))
    return t(lang, 'hearing.name', { hearing: type });
  return `${t(lang, 'hearing.name', { hearing: 'hearing' })} ${quoted(lang, humanize(type))}`;
}

/** The scopes docketwatch names a stay by when the order gives no more (the extractor's `stayScope`), each with the catalog's key. */
const STAY_SCOPES: Record<string, string> = {
  'removal of class members': 'removal_class',
  removal: 'removal',
  'stay of the preliminary injunction pending appeal': 'injunction_pending_appeal',
  'pending appeal': 'pending_appeal',
  deadlines: 'deadlines',
  discovery: 'discovery',
  'execution of judgment': 'execution',
  proceedings: 'proceedings',
};
const STAY_WHAT = new RegExp(
  `^(?:stay\\s+of\\s+)?(${Object.keys(STAY_SCOPES).join('|')})(?:\\s+(as\\s+to|between)\\s+(.+))?$`,
  'i',
);

/**
 * What a stay holds, in the language: docketwatch's own scope translated ("proceedings" → "el
 * procedimiento", "سير الدعوى"), the parties it names quoted as the court wrote them ("as to «Port
 * Freeport»"), any other words the court's, quoted. English is returned as the record has it.
 */
export function stayWhatIn(lang: Language, what: string): string {
  if (lang === 'en') return what;
  const m = STAY_WHAT.exec(what.trim());
  if (!m) return quoted(lang, what);
  const scope = t(lang, 'stay.scope', { scope: STAY_SCOPES[m[1]!.toLowerCase()]! });
  if (!m[2]) return scope;
  const how = /^between$/i.test(m[2]) ? 'between' : 'as_to';
  return `${scope} ${t(lang, 'stay.scopeParties', { how, who: quoted(lang, m[3]!) })}`;
}

/** Spanish contractions where a translated phrase follows a preposition: "de el" → "del", "a el" → "al". */
export function contracted(lang: Language, text: string): string {
  return lang === 'es' ? text.replace(/\b(de|De|a|A) el (?=[a-záéíóúñ(])/g, '$1l ') : text;
}
