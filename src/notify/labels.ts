/**
 * docketwatch's own words inside a record, said in the reader's language. A deadline's record
 * mixes the court's words ("report to class counsel regarding the files produced") with words
 * docketwatch added: the act when it names one ("response to [11]", "answer"), how the date was
 * found ("(recurring)", "(local-rule default)", "(as computed by CM/ECF)"), and the party by its
 * role ("Respondents"). A Spanish or Arabic reader gets docketwatch's words translated and the
 * court's words quoted in English (isolated left to right inside Arabic); English is unchanged.
 */
import { findCourt } from '../courts.ts';
import { classMembersGroup, classMembersRightName, classMembersRightOf } from '../deadlines/class-rights.ts';
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
  'status_hearing',
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
/** docketwatch's own name for a deadline: the act, and the entry it answers ("response to [11]", "answer"). */
const ACT = new RegExp(
  `^(${DEADLINE_ACTS.join('|')})(?:\\s+(?:to|in\\s+support\\s+of)\\s+\\[(\\d+)\\])?$`,
  'i',
);
/**
 * Papers docketwatch names in its own words (the kind of paper, not the court's description of
 * it): translated in Spanish and Arabic, like the acts above; any other name is the court's words,
 * quoted. English keeps its words as they are.
 */
const PAPERS: { re: RegExp; paper: string }[] = [
  { re: /^(?:an?\s+)?oppositions?(?:\s+(?:to|re:?)\s+\[(\d+)\])?$/i, paper: 'opposition' },
  { re: /^(?:written\s+)?objections?(?:\s+(?:to|re:?)\s+\[(\d+)\])?$/i, paper: 'objections' },
  {
    re: /^joint\s+(?:written\s+)?status\s+report(?:\s+(?:with|to)\s+the\s+court)?$/i,
    paper: 'joint_status_report',
  },
  { re: /^(?:written\s+)?status\s+report(?:\s+(?:with|to)\s+the\s+court)?$/i, paper: 'status_report' },
  { re: /^(?:written\s+)?reports?(?:\s+(?:with|to)\s+the\s+court)?$/i, paper: 'report' },
  { re: /^status\s+report\s+on\s+compliance$/i, paper: 'compliance_report' },
  {
    re: /^(?:certification|certificate|notice)\s+of\s+compliance(?:\s+with\s+(?:this\s+order|\[(\d+)\]))?$/i,
    paper: 'compliance',
  },
  { re: /^show\s+cause(?:\s+in\s+writing)?$/i, paper: 'show_cause' },
  { re: /^(?:opening\s+)?brief$/i, paper: 'brief' },
  { re: /^supplemental\s+brief(?:ing)?$/i, paper: 'supplemental_brief' },
  { re: /^motions?$/i, paper: 'motion' },
  { re: /^filings?$/i, paper: 'filing' },
  { re: /^motion\s+for\s+(?:a\s+)?preliminary\s+injunction$/i, paper: 'motion_pi' },
  { re: /^amended\s+(?:complaint|petition)$/i, paper: 'amended_pleading' },
  // The class members' last day (`classMembersRightName`): their right, in the reader's words.
  { re: /^last\s+day\s+for\s+class\s+members\s+to\s+object$/i, paper: 'class_object' },
  { re: /^last\s+day\s+for\s+class\s+members\s+to\s+opt\s+out$/i, paper: 'class_opt_out' },
  { re: /^last\s+day\s+for\s+class\s+members\s+to\s+submit\s+a\s+claim$/i, paper: 'class_claim' },
];

/** An answer to the complaint as a docket names it: "answer Complaint [5]", "answer Complaint 5" (a docket report drops the brackets), "answer the complaint". */
const ANSWER_COMPLAINT = /^answer\s+(?:to\s+)?(?:the\s+)?complaint(?:\s+(?:\[(\d{1,6})\]|(\d{1,6})))?$/i;
/** "The dispositive motions deadline set in [20]": the deadline by the order that set it. */
const SET_IN =
  /^(.+?)\s+deadline\s+(?:set\s+|established\s+)?(?:in|by)\s+(?:ECF\s+No\.\s*|Dkt\.\s*(?:No\.\s*)?)?\[?(\d{1,6})\]?$/i;

/**
 * Words of docket event names that a docket writes in title case ("Fact Discovery", "Answer
 * Complaint", "Affirmative Expert Disclosures") and a person writes in lower case. A name, a
 * judge's title, a rule by its number or an acronym is none of these, and keeps its capitals.
 */
const DOCKET_WORDS = new Set(
  `access acknowledgement acknowledgment administrative affidavit affirmative amended amendment answer answers appeal appearance
  appearances appendix application applications brief briefs briefing case certificate certified claim claims class complaint
  certify compel completion conference consent corporate counterclaim course court cut-off deadline deadlines declaration declination defendant
  defendants designation disclosure disclosures discovery dismiss dismissal dispositive docketing electronic expert experts extend
  extending fact fee file filing filings final form forms hearing hearings initial intent joinder joint letter limine list
  management mediation mediator meeting memo memoranda memorandum motion motions notice objection objections opinion opposition
  order orders papers parties party petition plaintiff plaintiffs plan pleading pleadings presentence pretrial production proof
  proposed rebuttal receipt reconsideration record records redacted redaction replies reply report reports request required
  response responses sanctions schedule scheduling seeking sentencing service settlement statement status stipulation submission summary
  time transcript transcripts transfer trial vacate witness witnesses`.split(/\s+/),
);

/** A time a deadline's words end with: "within 21 days and thereafter", "by June 18, 2025 and thereafter", "… of entry of this Decree and thereafter". */
const TIMING_AT_END =
  /\s+(?:(?:within|by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than)\s+[^()]*?\s+)?and\s+(?:every\s+[^()]*?\s+)?thereafter\s*$/i;

/** Words in capitals: two or more in a row are a docket's shouted title; one long one a shouted word; a short one alone an acronym. */
const CAPITALS_RUN = /\b[A-Z][A-Z'’&]*(?:\s+[A-Z][A-Z'’&]*)+\b|\b[A-Z]{5,}\b/g;

/**
 * The court's words of a deadline as a person writes them: a word the extractor lowered at the
 * start of a capitalized one put back ("jOINT" → "JOINT"), a docket's capitals lowered
 * (`CAPITALS_RUN`; acronyms kept) and its title case (`DOCKET_WORDS`), what the court granted cut
 * off ("… is GRANTED pursuant to Local Rule CV-12 …"), an entry pointed at by its label ("ECF No.
 * 20"), never a bracket.
 */
function plainWords(lang: Language, words: string, court: string | null | undefined): string {
  let w = words
    .trim()
    .replace(/\b[a-z](?=[A-Z]{2,}\b|[A-Z][a-z])/g, (c) => c.toUpperCase())
    .replace(/^\[[^\]]*\]\s*/, '')
    // When it is due is the deadline's date, not its name ("… within 21 days and thereafter",
    // "… by June 18, 2025 and thereafter").
    .replace(TIMING_AT_END, '')
    // A docket report's link without its brackets: "opposition to 3 Motion to Certify Class".
    .replace(
      /\b(to|of|re:?|in)\s+(\d{1,6})\s+(?=(?:Motion|MOTION|Application|APPLICATION|Petition|PETITION|Complaint|COMPLAINT|Order|ORDER)\b)/g,
      '$1 [$2] ',
    );
  w = w.replace(CAPITALS_RUN, (run) => (run.length > 3 ? run.toLowerCase() : run));
  // A docket word in title case is lowered, unless a designation follows it ("Form C", "Rule 26",
  // "Exhibit A", "Local Rule CV-12"): then it is a name.
  w = w.replace(
    /\b[A-Z][a-z]+(?:-[a-z]+)?\b(?!\s+(?:[A-Z]\b|[A-Z]{1,3}-?\d|\d|[IVX]+\b))/g,
    (word, at: number) => (at > 0 && DOCKET_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word),
  );
  // An entry after a preposition is what the words are about ("response to ECF No. 11"); after a
  // paper's name, where the docket put it ("reply brief (ECF No. 56)").
  w = w.replace(/(\S+)?(\s*)\[(\d{1,6})\]/g, (_, before: string | undefined, space: string, n: string) =>
    before && !/^(?:to|of|in|on|re|for|and|or|by|the|a|an)$|[,;:]$/i.test(before)
      ? `${before} (${label(lang, n, court)})`
      : `${before ?? ''}${space}${label(lang, n, court)}`,
  );
  return w.replace(/\s+/g, ' ').trim();
}

/** The notes at the end of a deadline's words ("(local-rule default)"), and the words before them. */
function notesOf(what: string): { core: string; notes: string[] } {
  let core = what.trim();
  const notes: string[] = [];
  for (let m = NOTE_AT_END.exec(core); m; m = NOTE_AT_END.exec(core)) {
    const words = m[1]!.toLowerCase();
    notes.unshift(DEADLINE_NOTES.find((n) => n.words.toLowerCase() === words)!.note);
    core = core.slice(0, m.index).trim();
  }
  return { core, notes };
}

/**
 * A deadline's name in the language — the one labelling rule for every message, page, calendar
 * and the CLI: "response to [11] (local-rule default)" → "Response to ECF No. 11 (local-rule
 * default)", "respuesta al escrito ECF n.º 11 (plazo por defecto …)"; "answer Complaint [5]" →
 * "Answer to the complaint (ECF No. 5)"; "fact Discovery" → "Fact discovery", «Fact discovery»;
 * "dispositive motions deadline set in [20]" → "Dispositive motions (the deadline set in ECF No.
 * 20)"; "report to class counsel … (recurring)" → "«report to class counsel …» (se repite)".
 * English is a name, capitalized; in Spanish and Arabic docketwatch's words are translated and the
 * court's quoted. Never a bracket, and cut at a word when long.
 */
export function deadlineIn(lang: Language, what: string, court?: string | null): string {
  // Some class members' own last day: the right in the reader's words, then whom the order gives it.
  const group = classMembersGroup(what);
  if (group) {
    const right = deadlineIn(lang, classMembersRightName(classMembersRightOf(what)!), court);
    return `${right}, ${t(lang, 'deadline.onlyFor', { group: quoted(lang, group) })}`;
  }
  const { core: whole, notes } = notesOf(what);
  // A docket's heading ("ORDER:") and what the court did with it ("… is GRANTED pursuant to …") are not its name.
  let core = whole
    .replace(/^[a-z](?=[A-Z]{2,})/, (c) => c.toUpperCase())
    .replace(/^[A-Z][A-Z ]*:\s*(?=\S)/, '')
    .replace(/^the\s+(?=.+\bdeadline\b)/i, '')
    .replace(/\s+(?:is|are)\s+(?:hereby\s+)?(?:granted|GRANTED)\b.*$/, '');
  const set = SET_IN.exec(core);
  if (set) core = set[1]!;
  const act = ACT.exec(core);
  const answer = act ? null : ANSWER_COMPLAINT.exec(core);
  const ref = act?.[2] ?? answer?.[1] ?? answer?.[2];
  const paper = act || answer || lang === 'en' ? null : paperOf(core);
  // "Status report, describing the notices given under paragraph 2": the paper docketwatch names,
  // translated, and the court's description of it quoted.
  const described = act || answer || paper || lang === 'en' ? null : PAPER_DESCRIBED.exec(core);
  const describedPaper = described ? paperOf(described[1]!) : null;
  const named =
    act || answer
      ? t(lang, 'deadline.act', {
          act: act ? act[1]!.toLowerCase() : 'answer',
          ref: ref ? label(lang, ref, court) : 'none',
        })
      : paper
        ? t(lang, 'deadline.paper', {
            paper: paper.paper,
            ref: paper.ref ? label(lang, paper.ref, court) : 'none',
          })
        : describedPaper && !describedPaper.ref
          ? `${t(lang, 'deadline.paper', { paper: describedPaper.paper, ref: 'none' })} (${quoted(lang, clipWords(plainWords(lang, described![2]!, court), MAX_LABEL))})`
          : quoted(lang, capitalized(clipWords(plainWords(lang, core, court), MAX_LABEL)));
  const setIn = set ? ` (${t(lang, 'deadline.setIn', { label: label(lang, set[2]!, court) })})` : '';
  const out = `${named}${setIn}${notes.map((note) => ` (${t(lang, 'deadline.note', { note })})`).join('')}`;
  return lang === 'en' ? capitalized(out) : out;
}

/** A paper's name, then the court's description of it after a comma ("status report, listing the bond hearings held"). */
const PAPER_DESCRIBED = /^([^,]{3,60}),\s+(.+)$/;

/** The paper a deadline's name is, when docketwatch names that kind itself (`PAPERS`), and the entry it answers. */
function paperOf(name: string): { paper: string; ref: string | null } | null {
  const core = name.trim().replace(/^(?:the|a|an)\s+/i, '');
  for (const p of PAPERS) {
    const m = p.re.exec(core);
    if (m) return { paper: p.paper, ref: m[1] ?? null };
  }
  return null;
}

/** The court's words as a name: the English label, quoted the same in every language. */
function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Longest court's words in a deadline's name; longer ones are cut at a word. */
const MAX_LABEL = 120;

/** A text of at most `n` characters, cut at a word with an ellipsis when longer (never "… listing th"). */
export function clipWords(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** A period counted from an event the order names, as docketwatch words it ("14 days after the mandate issues"). */
const PERIOD_CONDITION = /^(\d+)\s+(hours|days|business\s+days|weeks|months|years)\s+(after|before)\s+(.+)$/i;
/** The events docketwatch names in each language when a period runs from them (`deadline.period`). */
const CONDITION_EVENTS: readonly [RegExp, string][] = [
  [
    /\bissu\w*\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?mandate\b|\bmandate\s+(?:issues|is\s+issued|has\s+issued)\b/i,
    'mandate',
  ],
  [
    /\b(?:fil(?:ing|ed|e)|docketing)\b[^.;]{0,40}?\bnotice\s+of\s+appeal\b|\bnotice\s+of\s+appeal\s+(?:is\s+)?filed\b/i,
    'notice_of_appeal',
  ],
  [/^(?:the\s+)?entry\s+of\s+(?:(?:a|the)\s+)?(?:final\s+)?judgment$/i, 'judgment'],
];

/**
 * When an undated deadline comes due, in the language: a period after an event the order names
 * ("14 days after the First Circuit issues its mandate") is "14 días después de que el tribunal de
 * apelaciones emita su mandato", the court's other words for the event quoted; a condition of any
 * other form is the court's, quoted. English keeps the order's words.
 */
export function conditionIn(lang: Language, condition: string): string {
  const m = PERIOD_CONDITION.exec(condition.trim());
  if (lang === 'en' || !m) return t(lang, 'deadline.conditional', { words: condition });
  const event = CONDITION_EVENTS.find(([re]) => re.test(m[4]!))?.[1] ?? 'other';
  return t(lang, 'deadline.period', {
    n: Number(m[1]),
    unit: m[2]!.toLowerCase().replace(/\s+/, '_'),
    direction: m[3]!.toLowerCase(),
    event,
    words: quoted(lang, m[4]!),
  });
}

/**
 * One occurrence of a recurring duty, by its number: "Joint status report (recurring, occurrence
 * 2)", "Status report (occurrence 2)" — never a bare "#2".
 */
export function occurrenceName(name: string, occurrence: number | null | undefined): string {
  if (!occurrence) return name;
  return /\(recurring\)$/.test(name)
    ? name.replace(/\)$/, `, occurrence ${occurrence})`)
    : `${name} (occurrence ${occurrence})`;
}

/** How a hearing is held, when its type says it before a kind the catalogs name ("telephone status conference"). */
const HEARING_MANNERS: Record<string, string> = {
  telephone: 'phone',
  telephonic: 'phone',
  video: 'video',
  zoom: 'video',
  in_person: 'in_person',
};
const MANNER_FIRST = new RegExp(`^(${Object.keys(HEARING_MANNERS).join('|')})_(.+)$`);

/**
 * A hearing's type in the language: `motion_hearing` → "audiencia sobre una moción",
 * `telephone_status_conference` → "conferencia sobre el estado del caso por teléfono"; a kind the
 * catalogs do not name is a hearing with the court's noun quoted.
 */
export function hearingIn(lang: Language, type: string): string {
  const known = (kind: string) => (HEARING_TYPES as readonly string[]).includes(kind);
  if (known(type)) return t(lang, 'hearing.name', { hearing: type });
  const manner = MANNER_FIRST.exec(type);
  if (manner && known(manner[2]!))
    return t(lang, 'hearing.manner', {
      name: t(lang, 'hearing.name', { hearing: manner[2]! }),
      how: HEARING_MANNERS[manner[1]!]!,
    });
  if (lang === 'en') return t(lang, 'hearing.name', { hearing: type });
  return `${t(lang, 'hearing.name', { hearing: 'hearing' })} ${quoted(lang, humanize(type))}`;
}

/** The scopes docketwatch names a stay by when the order gives no more (the extractor's `stayScope`), each with the catalog's key. */
const STAY_SCOPES: Record<string, string> = {
  'removal of class members': 'removal_class',
  removal: 'removal',
  'transfer out of the district': 'transfer',
  'removal and transfer out of the district': 'removal_transfer',
  'stay of the preliminary injunction pending appeal': 'injunction_pending_appeal',
  'the preliminary injunction pending appeal': 'injunction_pending_appeal',
  'pending appeal': 'pending_appeal',
  deadlines: 'deadlines',
  discovery: 'discovery',
  briefing: 'briefing',
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
