/**
 * The benefits, statuses and protections docketwatch names in the reader's language when an order
 * protects them ("ENJOINED from terminating the Medicaid coverage of class members"): a small
 * glossary, maintained by hand. A term not in it stays in the court's English words, quoted, and the
 * sentence says they are the order's words ("lo que la orden llama «…»").
 *
 * To add a term: one row below — `en`, a pattern for the English names courts use for the thing
 * (lower or upper case, with or without its article: "SNAP benefits", "food stamps"); `es` and `ar`,
 * how a family reads it, with its article in Spanish ("la …", "el …", "los …"), keeping a well-known
 * acronym in parentheses. The article is the term's Spanish gender and number, and the Arabic head
 * noun's ending its gender (`termIn`): a sentence agrees with them ("sigue protegida la cobertura de
 * Medicaid", "siguen protegidos los beneficios del Seguro Social", "المساعدة الغذائية (SNAP) الخاصة
 * بـ…"). Then a case in src/notify/glossary.test.ts. Like the catalogs, the translations need a
 * native speaker's review (ideally one who knows benefits and immigration vocabulary) before they
 * are relied on.
 */
import type { Language } from './i18n.ts';

interface Term {
  en: RegExp;
  es: string;
  ar: string;
}

export const GLOSSARY: readonly Term[] = [
  {
    en: /^(?:medicaid|medi-cal)(?:\s+(?:coverage|benefits|eligibility|enrollment))?$/,
    es: 'la cobertura de Medicaid',
    ar: 'تغطية Medicaid (التأمين الصحي الحكومي)',
  },
  {
    en: /^(?:snap|food\s+stamps?|food\s+assistance|supplemental\s+nutrition\s+assistance(?:\s+program)?)(?:\s+(?:benefits|assistance))?$/,
    es: 'la ayuda para alimentos (SNAP)',
    ar: 'المساعدة الغذائية (SNAP)',
  },
  {
    en: /^(?:housing\s+(?:assistance|benefits|subsidies|subsidy|vouchers?)|section\s+8(?:\s+(?:vouchers?|assistance|benefits))?|(?:housing\s+choice|rental)\s+(?:vouchers?|assistance))$/,
    es: 'la ayuda para la vivienda',
    ar: 'المساعدة السكنية',
  },
  {
    en: /^(?:work|employment)\s+(?:authori[sz]ations?|permits?|authori[sz]ation\s+documents?)(?:\s+\(?eads?\)?)?$|^eads?$/,
    es: 'el permiso de trabajo',
    ar: 'تصريح العمل',
  },
  {
    en: /^(?:humanitarian\s+|chnv\s+|categorical\s+)?parole(?:\s+status)?$/,
    es: 'el permiso de permanencia humanitario (parole)',
    ar: 'الإذن الإنساني بالدخول والبقاء (parole)',
  },
  {
    en: /^(?:temporary\s+protected\s+status|tps)(?:\s+(?:designations?|status|benefits))?(?:\s+\(tps\))?$/,
    es: 'el Estatus de Protección Temporal (TPS)',
    ar: 'وضع الحماية المؤقتة (TPS)',
  },
  {
    en: /^(?:daca|deferred\s+action(?:\s+for\s+childhood\s+arrivals)?)(?:\s+(?:status|grants?|\(daca\)))?$/,
    es: 'la Acción Diferida (DACA)',
    ar: 'الإجراء المؤجَّل (DACA)',
  },
  {
    en: /^(?:ssi|supplemental\s+security\s+income|social\s+security(?:\s+disability)?)(?:\s+(?:benefits|payments))?$/,
    es: 'los beneficios del Seguro Social',
    ar: 'إعانات الضمان الاجتماعي',
  },
  {
    en: /^(?:health\s+(?:coverage|insurance|care\s+coverage|benefits)|medical\s+(?:coverage|benefits))$/,
    es: 'la cobertura médica',
    ar: 'التغطية الصحية',
  },
  {
    en: /^(?:refugee\s+(?:status|benefits|resettlement\s+benefits))$/,
    es: 'el estatus de refugiado',
    ar: 'صفة اللاجئ',
  },
  { en: /^(?:public\s+)?benefits$/, es: 'los beneficios públicos', ar: 'الإعانات العامة' },
];

/**
 * What a word agrees with in a sentence about a term: its gender, and in Spanish its number
 * (`m`, `f`, `mp`, `fp`). Arabic agrees with a plural of things in the feminine singular, so it has
 * only `m` and `f`.
 */
export type Agreement = 'm' | 'f' | 'mp' | 'fp';

/** A term as sentences use it: with its article ("el permiso de trabajo"), and what agrees with it. */
export interface TermForms {
  the: string;
  agreement: Agreement;
}

const SPANISH_ARTICLES: Record<string, Agreement> = { el: 'm', la: 'f', los: 'mp', las: 'fp' };

/**
 * A glossary term's forms in the language: Spanish by its article ("los beneficios …" → `mp`);
 * Arabic by its head noun, the first word: feminine when it ends in taa marbuta (تغطية، المساعدة)
 * or is a sound feminine plural (إعانات, a plural of things: feminine singular agreement),
 * masculine otherwise (تصريح، الإذن، وضع).
 */
export function formsOf(lang: Exclude<Language, 'en'>, term: string): TermForms {
  if (lang === 'es') {
    const article = /^(el|la|los|las)\s/.exec(term)?.[1];
    if (!article) throw new Error(`a Spanish glossary term begins with its article: "${term}"`);
    return { the: term, agreement: SPANISH_ARTICLES[article]! };
  }
  const head = term.split(/\s/)[0]!;
  return { the: term, agreement: /(?:ة|ات)$/.test(head) ? 'f' : 'm' };
}

/** A protected thing in the reader's language when the glossary knows it, with its forms; null otherwise. */
export function termIn(lang: Exclude<Language, 'en'>, english: string): TermForms | null {
  const words = english
    .trim()
    .toLowerCase()
    .replace(/^(?:the|their|its|his|her|any|all)\s+/, '')
    .replace(/\s+/g, ' ');
  const term = GLOSSARY.find((g) => g.en.test(words));
  return term ? formsOf(lang, term[lang]) : null;
}

/** A protected thing's words in the reader's language when the glossary knows it (English as given); null otherwise. */
export function glossaryTerm(lang: Language, english: string): string | null {
  return lang === 'en' ? english.trim() : (termIn(lang, english)?.the ?? null);
}
