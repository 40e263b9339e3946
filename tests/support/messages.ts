/**
 * Hand-written notification inputs modeled on a habeas class action in E.D. Mich. (the shapes the
 * tracker will produce), plus hostile docket text. Not copied from any docket.
 */
import type {
  CaseHeading,
  EntryAddedEvent,
  NotifyEvent,
  Posture,
  Recipient,
} from '../../src/notify/types.ts';

export const SECRET = Buffer.from('test-secret-0123456789abcdef0123456789abcdef');

export const HAMAMA: CaseHeading = {
  court: 'mied',
  docketNumber: '2:17-cv-11910',
  caseName: 'Hamama v. Adducci',
  docketUrl: 'https://ecf.mied.uscourts.gov/cgi-bin/DktRpt.pl?321000',
};

export const OTHER_CASE: CaseHeading = {
  court: 'ohnd',
  docketNumber: '1:18-cv-00401',
  caseName: 'Doe v. Warden',
  docketUrl: null,
};

export const legal: Recipient = {
  email: 'counsel@example.org',
  subscriptionId: 'sub-legal-1',
  audience: 'legal',
  filters: {},
};

export const advocate: Recipient = {
  email: 'advocate@example.org',
  subscriptionId: 'sub-adv-1',
  audience: 'advocate',
  filters: { mute: ['pro hac vice', 'appearance'] },
};

const doc = (n: string) => `https://ecf.mied.uscourts.gov/doc1/0971${n.padStart(8, '0')}`;

export const stayExtended: NotifyEvent = {
  id: 'evt-stay-87',
  type: 'stay',
  case: HAMAMA,
  entry: { number: '87', date: '2017-07-11', url: doc('87') },
  change: 'extended',
  what: 'removal of class members',
  expires: '2017-07-24',
  until: null,
  previousExpires: '2017-07-10',
};

export const deadlineSet: NotifyEvent = {
  id: 'evt-deadline-87-a',
  type: 'deadline',
  case: HAMAMA,
  entry: { number: '87', date: '2017-07-11', url: doc('87') },
  change: 'set',
  what: 'response to the motion for preliminary injunction [77]',
  party: 'Respondents',
  dueDate: '2017-07-17',
  dueTime: null,
  previousDue: null,
};

export const hearingSet: NotifyEvent = {
  id: 'evt-hearing-88',
  type: 'hearing',
  case: HAMAMA,
  entry: { number: null, date: '2017-07-12', url: null },
  change: 'set',
  hearing: 'motion_hearing',
  date: '2017-07-21',
  time: '14:00',
  previousDate: null,
};

export function entry(
  id: string,
  kind: EntryAddedEvent['item']['kind'],
  number: string | null,
  text: string,
  documentUrl: string | null = number ? doc(number) : null,
  c: CaseHeading = HAMAMA,
): EntryAddedEvent {
  return {
    id,
    type: 'entry_added',
    case: c,
    entry: { number, date: '2017-07-12', url: documentUrl },
    item: { kind, number, date: '2017-07-12', url: documentUrl, text, documentUrl },
  };
}

export const orderEntry = entry(
  'evt-entry-87',
  'order',
  '87',
  'ORDER Extending Stay of Removal of class members through July 24, 2017. Signed by District Judge M. Goldsmith. (Sealed Document)',
);
export const motionEntry = entry(
  'evt-entry-89',
  'motion',
  '89',
  'MOTION for Leave to File Excess Pages by All Petitioners. (Attachments: # 1 Exhibit A) (Counsel, Anne)',
);
export const proHacVice = entry(
  'evt-entry-90',
  'motion',
  '90',
  'MOTION for Leave to Appear Pro Hac Vice by Counsel, Bob on behalf of All Petitioners.',
);
export const appearance = entry(
  'evt-entry-91',
  'notice',
  '91',
  'NOTICE of Appearance by Carol Counsel on behalf of All Respondents. (Counsel, Carol)',
);

/** Docket text as an attacker would file it. */
export const HOSTILE_TEXT =
  'MOTION to Compel <script>alert("x")</script> and "><img src=x onerror=alert(1)> filed by R&D <b>Corp</b>';
export const hostileEntry = entry(
  'evt-entry-92',
  'motion',
  '92',
  HOSTILE_TEXT,
  'javascript:alert(document.cookie)',
);

export const posture: Posture = {
  inForce: [
    {
      kind: 'stay',
      description: 'Stay of removal of class members',
      since: '2017-06-22',
      expires: '2017-07-24',
      until: null,
      entry: { number: '87', date: '2017-07-11', url: doc('87') },
    },
  ],
  nextDeadlines: [
    {
      what: 'response to the motion for preliminary injunction [77]',
      party: 'Respondents',
      dueDate: '2017-07-17',
      dueTime: null,
      entry: { number: '87', date: '2017-07-11', url: doc('87') },
    },
    {
      what: 'reply in support of [77]',
      party: 'Petitioners',
      dueDate: '2017-07-20',
      dueTime: '17:00',
      entry: null,
    },
  ],
  nextHearings: [{ hearing: 'motion_hearing', date: '2017-07-21', time: '14:00', entry: null }],
};
