/**
 * Whom an order's protection covers, as its own words say: the people it forbids removing,
 * transferring, detaining or acting against. "shall not remove any named Petitioner", "ENJOINED from
 * removing Petitioners Ana Ruiz and Tomas Ruiz", "shall not remove any Petitioner" — the named parties
 * only (plain "Petitioners" is everyone an individual case is about, so it limits nothing); "any member of the
 * (proposed) class", "class members" — the class; "members of the Detained Subclass" — a subclass.
 * A ruling on a motion for that relief limits it the same way: "[3] GRANTED as to Petitioner Hodan
 * Abdi only", "granting [5] Motion for TRO as to Plaintiffs Ana Ruiz and Tomas Ruiz".
 * Rules of legal language, read from the sentence that protects; `null` when it names no one.
 */
import type { Coverage, InjunctionFinding, StayFinding } from '../types.ts';
import { sentences } from './text.ts';

/** The act an order forbids, before the people it protects from it. */
const PROTECTS =
  /\b(?:terminat(?:e|ing|ion\s+of)|reduc(?:e|ing|tion\s+of)|suspend(?:ing)?|discontinu(?:e|ing)|cut(?:ting)?\s+off|disenroll(?:ing)?|withhold(?:ing)?)\s+(?:the\s+|any\s+)?(?:[\w.'’-]+\s+){0,4}?(?:benefits|assistance|services|coverage|care|hours|housing|payments|allotments?|placements?|vouchers?|subsidies|wages|licen[cs]es?)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:households?|famil(?:y|ies)|children|dependents)\s+of\s+)?|\b(?:evict(?:ing|ion\s+of)?|disenroll(?:ing|ment\s+of)?)\s+|\b(?:temporary\s+restraining\s+order|TRO|injunction|relief)\s+(?:for|on\s+behalf\s+of)\s+(?=(?:the\s+)?(?:named|individual)\s)|\b(?:remov(?:e|ing|al\s+of)|deport(?:ing|ation\s+of)?|transfer(?:ring)?|detain(?:ing)?|re-?detain(?:ing)?|expel(?:ling)?|return(?:ing)?|enforc(?:e|ing)\s+[^.;]{0,60}?\s+against|protect(?:s|ing)?)\s+|\b(?:GRANTED|granted|GRANTING|granting)\b[^.;]{0,100}?\bas\s+to\s+/gi;

/** "any member of the proposed class", "all class members", "members of the putative class". */
const CLASS_MEMBERS =
  /^(?:the\s+|any\s+|all\s+|each\s+|every\s+)?(?:(?:other\s+)?members?\s+of\s+the\s+(?:(?:proposed|putative|certified|provisionally\s+certified)\s+)?class\b|(?:(?:proposed|putative|certified)\s+)?class\s+members?\b|(?:proposed|putative|certified)\s+class\b|the\s+class\b)/i;
/** "members of the Detained Subclass", "any Subclass A member". */
const SUBCLASS_MEMBERS =
  /^(?:the\s+|any\s+|all\s+|each\s+)?(?:members?\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,4}Sub-?[Cc]lass|Sub-?[Cc]lass\s+[A-Z0-9]{1,3})\b|((?:[A-Z][\w-]*\s+){1,4}Sub-?[Cc]lass|Sub-?[Cc]lass\s+[A-Z0-9]{1,3})\s+members?\b)/;
/** "any named Petitioner", "the named Plaintiffs", "the individual petitioners". */
const NAMED_ONES =
  /^(?:the\s+|any\s+|each\s+|all\s+)?(?:named|individual)\s+(petitioners?|plaintiffs?|parties)\b/i;
/**
 * "any Petitioner", "each of the Petitioners", "either Plaintiff": every one of the parties who
 * brought the case — the named ones, never the (proposed) class, whose members are no parties
 * ("Respondents shall not remove any Petitioner from the United States until the Court rules on
 * [3]", courtroom minutes). Plain "Petitioners" is left alone: it is how an individual case names
 * everyone it is about.
 */
const EVERY_PARTY =
  /^(?:any|each|every|either|all)\s+(?:(?:one\s+)?of\s+(?:the\s+)?)?(petitioners?|plaintiffs?)\b/i;
/**
 * "Petitioners Ana Ruiz and Tomas Ruiz", "Plaintiff J.M.", and the lists a prohibition joins with
 * "or" ("shall not remove Petitioners A, B, or C"; "Petitioner A or Petitioner B"): forbidding the
 * act against any one of them protects each. The role may be lower case, as some courts write it
 * ("shall not remove petitioners Dorvilus, Hrytsenko, or Caraballo Mendez", D.N.H.).
 */
const ROLE_THEN_NAMES =
  /^(?:the\s+)?([Pp]etitioners?|[Pp]laintiffs?)\s+((?:[A-Z][\w.'’-]*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+)?(?:(?:[Pp]etitioners?|[Pp]laintiffs?)\s+)?){1,20})/;
/** Where a list of names is joined: commas, "and", "or". */
const NAME_JOIN = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
/** The words that end a list of names: "from the District", "pending …", "or transfer them". */
const AFTER_NAMES =
  /\b(?:from|pending|during|until|in|to|out|on|or(?!\s+(?:Petitioners?\s+|Plaintiffs?\s+)?[A-Z])|and\s+(?:all|any|each|of))\b.*$/is;

/** The people one protecting clause names, or `null`. */
function coveredAt(rest: string): Coverage | null {
  const sub = SUBCLASS_MEMBERS.exec(rest);
  if (sub) return { who: 'subclass', name: (sub[1] ?? sub[2]!).replace(/\s+/g, ' ').trim() };
  const cls = CLASS_MEMBERS.exec(rest);
  if (cls)
    return /\b(?:proposed|putative)\b/i.test(cls[0]) ? { who: 'class', proposed: true } : { who: 'class' };
  const named = NAMED_ONES.exec(rest);
  if (named) {
    // "the named Plaintiffs, Marisol Quintanilla-Berrios, Desmond Achterhof, and Nhung Thi Pham":
    // the names the order gives them.
    const names = /^\s*,\s*/.test(rest.slice(named[0].length))
      ? namesIn(rest.slice(named[0].length).replace(/^\s*,\s*/, ''))
      : null;
    return { who: 'named', parties: names ?? [`the named ${plural(named[1]!.toLowerCase())}`] };
  }
  const every = EVERY_PARTY.exec(rest);
  // "either Petitioner Ana Ruiz or Petitioner Tomas Ruiz" names them: read as the list it is.
  const role = every ? rest.slice(every[0].length - every[1]!.length) : rest;
  const listed = ROLE_THEN_NAMES.exec(role);
  const names = listed ? namesIn(listed[2]!) : null;
  if (names) return { who: 'named', parties: names };
  return every ? { who: 'named', parties: [`the named ${plural(every[1]!.toLowerCase())}`] } : null;
}

/** People's names listed with commas, "and", "or" (each with its role or not), or `null` when the words are not names. */
function namesIn(list: string): string[] | null {
  const lead =
    /^(?:(?:[Pp]etitioners?|[Pp]laintiffs?)\s+)?(?:[A-Z][\w.'’-]*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+)?(?:(?:[Pp]etitioners?|[Pp]laintiffs?)\s+)?){1,20}/.exec(
      list,
    );
  if (!lead) return null;
  const names = lead[0]
    .replace(AFTER_NAMES, '')
    .split(NAME_JOIN)
    .map((x) =>
      x
        .replace(/^(?:[Pp]etitioners?|[Pp]laintiffs?)\s+/, '')
        .trim()
        // The sentence's period after the last name ("… and Nhung Thi Pham."), not an initial's ("J.M.").
        .replace(/(?<=[a-z]{2})\.$/, ''),
    )
    .filter((x) => x.length > 0);
  // A person's name: two to four capitalized words, none a word of a heading ("Staying Removal of
  // Petitioners Pending Court's Review"); in a list of several, a surname alone ("Petitioners
  // Portillo Reyes, Mensah-Boateng or Yusupova").
  return names.length > 0 && names.every((n) => personName(n, names.length > 1)) ? names : null;
}

/**
 * Relief for the class refused, put off or not reached by the order that grants relief: "Insofar as
 * Petitioners seek relief on behalf of the putative class, the motion is DENIED", "The Court
 * declines, at this stage, to extend relief to the putative class", "The request for relief on
 * behalf of the proposed class is HELD IN ABEYANCE", "class-wide relief is DENIED without
 * prejudice". What the order grants is for the named parties alone.
 */
const CLASS_RELIEF_WITHHELD = new RegExp(
  [
    String.raw`\b(?:relief|TRO|injunction|restraining\s+order)\s+(?:on\s+behalf\s+of|for|to|as\s+to)\s+(?:the\s+|a\s+|any\s+)?(?:members\s+of\s+the\s+)?(?:(?:proposed|putative|uncertified)\s+)?class\b[^.;]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?(?:DENIED|denied|HELD\s+IN\s+ABEYANCE|held\s+in\s+abeyance|DEFERRED|deferred|RESERVED|reserved)\b`,
    String.raw`\b(?:declines?|DECLINES?|refuses?)\b[^.;]{0,40}?\bto\s+(?:extend|grant|award|enter)\s+(?:any\s+)?(?:such\s+)?(?:relief|the\s+(?:TRO|injunction|order))\s+(?:to|for|on\s+behalf\s+of)\s+(?:the\s+|a\s+)?(?:(?:proposed|putative)\s+)?class\b`,
    String.raw`\b(?:insofar\s+as|to\s+the\s+extent)\b[^.;]{0,80}?\b(?:on\s+behalf\s+of|for)\s+(?:the\s+|a\s+)?(?:(?:proposed|putative)\s+)?class\b[^.;]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?(?:DENIED|denied)\b`,
    String.raw`\bclass[- ]wide\s+relief\s+(?:is|are)\s+(?:hereby\s+)?(?:DENIED|denied)\b`,
  ].join('|'),
  'i',
);

/** "the named petitioners" (or plaintiffs), as the order calls the parties its relief is for when relief for the class is withheld; `null` when it is not. */
function classReliefWithheld(words: string): string | null {
  if (!CLASS_RELIEF_WITHHELD.test(words)) return null;
  const petitioners = (words.match(/\bpetitioners?\b/gi) ?? []).length;
  const plaintiffs = (words.match(/\bplaintiffs?\b/gi) ?? []).length;
  return petitioners >= plaintiffs && petitioners > 0 ? 'the named petitioners' : 'the named plaintiffs';
}

const NOT_A_NAME =
  /^(?:The|This|That|United|States|Pending|Court['’]?s?|Review|Order|Motion|Jurisdiction|Further|Removal|Stay|District|Pursuant|Until|From|During|Re|All|Any|Each|Class|Members?|Petitioners?|Plaintiffs?|Respondents?|Defendants?|Emergency|Temporary|Restraining|Preliminary|Injunction)$/;

function personName(words: string, surnameAlone = false): boolean {
  const parts = words.split(/\s+/);
  return (
    parts.length >= (surnameAlone ? 1 : 2) &&
    parts.length <= 4 &&
    parts.every((w) => /^[A-Z][\w.'’-]*$/.test(w) && !NOT_A_NAME.test(w))
  );
}

function plural(role: string): string {
  return role.endsWith('s') ? role : `${role}s`;
}

/**
 * Whom the protecting words of an order cover. The class (or a subclass) wins over the named
 * parties when one sentence names both ("the named Petitioners and all members of the proposed
 * class"): the order reaches everyone in it.
 */
export function coveredBy(words: string): Coverage | null {
  let named: Coverage | null = null;
  for (const s of sentences(words)) {
    let here: Coverage | null = null;
    for (const m of s.matchAll(PROTECTS)) {
      const found = coveredAt(s.slice(m.index + m[0].length));
      if (!found) continue;
      if (found.who !== 'named') return found;
      here ??= found;
    }
    // "The named plaintiffs shall not be transferred while …": the people are the subject of the bar.
    const passive = PASSIVE_BAR.exec(s);
    if (passive) {
      const found = coveredAt(passive[1]!.replace(/^.*[:;]\s*/, ''));
      if (found && found.who !== 'named') return found;
      if (found) here ??= found;
    }
    // "the named Petitioners and all class members": one sentence, the wider reach.
    if (here && CLASS_IN_SENTENCE.test(s)) return { who: 'class' };
    named ??= here;
  }
  // Another sentence that protects the class reaches further than the one naming the petitioners.
  return named;
}

/** People barred from being acted on, as the subject (group 1): "The named plaintiffs shall not be transferred". */
const PASSIVE_BAR =
  /(?:^|[,;:]\s*|\bthat\s+)([^,;:]{0,160}?)\s+(?:shall|will|may|must)\s+not\s+be\s+(?:removed|deported|transferred|evicted|detained|disenrolled|expelled)\b/i;

const CLASS_IN_SENTENCE =
  /\b(?:members?\s+of\s+the\s+(?:(?:proposed|putative|certified)\s+)?class|class\s+members?)\b/i;

/** A stay that protects people from something done to them (not a stay of proceedings). */
const PROTECTIVE_STAY =
  /\b(?:removal|deport|transfer|detention|expulsion|return|termination|reduction|suspension|discontinuation|cutoff|eviction|disenrollment|withholding)\b/i;
/** The sentences of an order that protect: its commands and restraints. */
const PROTECTING_SENTENCE =
  /\benjoin|\brestrain|\bTRO\b|\bgrant(?:ed|ing)\b[^.;]{0,100}?\bas\s+to\b|\b(?:shall|will|may|must)\s+not\b|\bnot\s+to\s+(?:remove|deport|transfer|detain|evict|terminate|reduce|suspend|discontinue|disenroll|withhold|cut\s+off)|\bprohibited\b|\bbarred\b|\bstay(?:ed|s)?\b/i;
/** Relief the tracker keeps for some people only when its words say so (`parties`, `subclass`). */
const PERSONAL_RELIEF = new Set(['TRO', 'preliminary_injunction', 'permanent_injunction']);

/**
 * Whom each grant of the entry covers, from the words that protect (`words`: the docket text, then
 * the order's own text): a stay of removal or transfer (`covers`), a TRO or an injunction granted
 * for the named parties or one subclass only (`parties`, `subclass`). A grant whose words reach
 * the class, or name no one, is left as it is: it covers the people the case is about.
 */
export function coverGrants(
  stays: StayFinding[],
  injunctions: InjunctionFinding[],
  ...words: (string | null | undefined)[]
): void {
  const covered = (preferred?: string) => {
    for (const w of [preferred, ...words]) {
      if (!w) continue;
      const c = coveredBy(
        sentences(w)
          .filter((s) => PROTECTING_SENTENCE.test(s))
          .join(' '),
      );
      if (c) return c;
    }
    return null;
  };
  for (const s of stays) {
    if ((s.action !== 'granted' && s.action !== 'scope_expanded') || !PROTECTIVE_STAY.test(s.what ?? ''))
      continue;
    const c = covered(s.source);
    if (c) s.covers = c;
  }
  for (const f of injunctions) {
    if (f.action !== 'granted' || !PERSONAL_RELIEF.has(f.type) || f.parties) continue;
    const c = covered();
    if (c?.who === 'named') f.parties = c.parties;
    else if (c?.who === 'subclass') f.subclass = c.name;
    else if (!c && f.type !== 'permanent_injunction') {
      // Naming no one, but withholding relief from the class: for the named parties alone.
      const named = words.map((w) => (w ? classReliefWithheld(w) : null)).find(Boolean);
      if (named) f.parties = [named];
    }
  }
}
