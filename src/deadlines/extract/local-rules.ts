/**
 * Response times the local rules give when no order sets one. Only courts whose rule is known
 * are listed; for any other court no default is inferred (a wrong default is worse than none).
 */
import type { DeadlineFinding } from '../types.ts';
import { type Classification, isDispositiveMotion } from './classify.ts';
import { periodDue } from './text.ts';

interface LocalRule {
  /** Days to respond to a dispositive motion (28 U.S.C. 636(b)(1)(A) list). */
  dispositive: number;
  nonDispositive: number;
  cite: string;
}

const RULES: Record<string, LocalRule> = {
  mied: { dispositive: 21, nonDispositive: 14, cite: 'E.D. Mich. LR 7.1(e)' },
};

/** Motions nobody answers on the rule's clock: the court sets TRO schedules; joint and unopposed motions have no opponent. */
const NO_RESPONSE =
  /^\s*(?:\W*\s*)?(?:Joint|JOINT|Unopposed|UNOPPOSED|Consent|CONSENT|Stipulated|STIPULATED|Agreed|AGREED|Ex\s+Parte|EX\s+PARTE|Assented|ASSENTED)\b|\bconcurrence\s+(?:obtained|granted)\b/;

export function localRuleResponse(
  cls: Classification,
  text: string,
  number: string | null,
  dateFiled: string,
  court: string | undefined,
): DeadlineFinding | null {
  if (cls.kind !== 'motion' || !court) return null;
  const rule = RULES[court];
  if (!rule) return null;
  const st = cls.subtype;
  if (
    st === 'motion_tro' ||
    st === 'motion_tro_stay' ||
    st === 'motion_pro_hac_vice' ||
    st === 'brief_in_support'
  )
    return null;
  if (NO_RESPONSE.test(text)) return null;
  const dispositive = isDispositiveMotion(st);
  const n = dispositive ? rule.dispositive : rule.nonDispositive;
  const period = {
    n,
    unit: 'days' as const,
    trigger: dateFiled,
    triggerText: 'service of the motion (CM/ECF: the filing date)',
  };
  const movant =
    /\bby\s+(?:All\s+)?(Petitioners?|Respondents?|Plaintiffs?|Defendants?)\b/.exec(text)?.[1] ?? null;
  return {
    what: number ? `response to [${number}] (local-rule default)` : 'response (local-rule default)',
    party: movant ? opposingParty(movant) : null,
    change: 'set',
    dueDate: periodDue(period, court),
    dueTime: null,
    basis: 'local_rule_default',
    period,
    source: `${rule.cite}: ${n} days (${dispositive ? 'dispositive' : 'non-dispositive'} motion)`,
  };
}

function opposingParty(movant: string): string | null {
  const m = movant.toLowerCase();
  if (m.startsWith('petitioner')) return 'Respondents';
  if (m.startsWith('respondent')) return 'Petitioners';
  if (m.startsWith('plaintiff')) return 'Defendants';
  if (m.startsWith('defendant')) return 'Plaintiffs';
  return null;
}
