/**
 * The kinds of CM/ECF document the parser reads (`parsePacer`), described once: what each gives,
 * its rank when sources disagree, and whether its listing of a case is complete.
 */
import { caseFieldsExcept, entryFieldsExcept } from '../../src/model/docket.ts';
import type { DocketKind } from '../types.ts';

export const PACER_DOCKET: DocketKind = {
  id: 'pacer-docket',
  fields: {
    case: caseFieldsExcept('pacerCaseId', 'originatingCourt'),
    entry: entryFieldsExcept('shortDescription', 'documentUrl'),
  },
  rank: 4,
  complete: true,
};

export const PACER_APPELLATE: DocketKind = {
  id: 'pacer-appellate',
  fields: {
    case: [
      'docketNumber',
      'caseName',
      'dateFiled',
      'dateTerminated',
      'natureOfSuit',
      'parties',
      'originatingCourt',
    ],
    entry: entryFieldsExcept('shortDescription', 'pageCount', 'documentUrl', 'linkedEntries'),
  },
  rank: 4,
  complete: false,
};

export const PACER_HISTORY: DocketKind = {
  id: 'pacer-history',
  fields: {
    case: ['docketNumber', 'caseName', 'assignedTo', 'referredTo', 'dateFiled', 'dateTerminated'],
    entry: entryFieldsExcept('pageCount', 'documentUrl', 'attachments', 'linkedEntries'),
  },
  rank: 3,
  complete: false,
};

/** What an RSS item and a notice of electronic filing both say of one entry, and of its case. */
const ONE_ENTRY_NOTICE: DocketKind['fields'] = {
  case: ['docketNumber', 'caseName', 'pacerCaseId'],
  entry: entryFieldsExcept('dateEntered', 'pageCount', 'attachments', 'linkedEntries'),
};

export const PACER_NEF: DocketKind = {
  id: 'pacer-nef',
  fields: ONE_ENTRY_NOTICE,
  rank: 2,
  complete: false,
};

export const PACER_RSS: DocketKind = {
  id: 'pacer-rss',
  fields: ONE_ENTRY_NOTICE,
  rank: 1,
  complete: false,
};

export const PACER_KINDS: readonly DocketKind[] = [
  PACER_DOCKET,
  PACER_APPELLATE,
  PACER_HISTORY,
  PACER_NEF,
  PACER_RSS,
];
