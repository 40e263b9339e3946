/**
 * What kind of filing an entry is, read the way a docketing clerk reads the first words of the
 * docket text: CM/ECF event names come first ("ORDER granting ...", "MOTION to Dismiss ...",
 * "Minute Entry for proceedings held ...") after adjectives ("Emergency", "Joint", "Amended")
 * and markers ("TEXT-ONLY", "**SEALED DOCUMENT**").
 */
import { findCourt } from '../../courts.ts';
import type { EntryKind } from '../types.ts';
import { readHead } from './head.ts';

export interface Classification {
  kind: EntryKind;
  subtype: string | null;
  disposition: string | null;
  /** For orders: does the court itself speak (so dates it names are set, not proposed)? */
  isCourtAct: boolean;
  /** For motions/stipulations not yet ordered: dates in the text are proposals. */
  proposes: boolean;
  /** A clerk's docket-only "Set Deadlines/Hearings" entry mirroring an order. */
  clerkEntry: boolean;
}

/**
 * Leading noise that does not change what the filing is; also a bankruptcy court's "(E)" before an
 * electronic order's event name ("(E)Order Withdrawing Motion …") and the section number before a
 * meeting of creditors' event ("341 Meeting of Creditors Notice Sent to BNC …"). Who speaks or files,
 * named before the event, is not the event either: the court's possessive ("Court's Notice of Transfer
 * of Claim" is a notice of transfer of claim), a filer named by role and name between commas
 * ("Creditor, Acme Recovery Corp., Request for Notices"); nor is CM/ECF's nature-of-suit code before an
 * adversary complaint ("435 (Validity/Priority/Extent Lien) Complaint by …") or a clerk's banner in two
 * or three stars ("**Refer to Replacement Entry #171**"), nor CM/ECF's mark that an order has no document
 * ("(TEXT ONLY ENTRY) ORDER: …", D. Minn.).
 */
const LEAD =
  /^(?:\s|\(E\)(?=\s*[A-Z])|(?:Court|COURT)['’][sS](?=\s+[A-Z])|\d{2,3}\s+\([A-Z][^()]{3,120}\)(?=\s*[\dA-Z])|(?:(?:Joint\s+)?Debtors?|Creditors?|(?:U\.\s?S\.\s+|Chapter\s+\d+\s+)?Trustee|Plaintiffs?|Defendants?|Interested\s+Part(?:y|ies)|Movants?),\s+[^,]{2,100}?,(?=\s+[A-Z])|341(?:\s*\(a\))?(?=\s+Meeting\s+of\s+Creditors\b)|\[\d{7,}\]|~?Util\s+-|\*{2,3}\s*(?!SEALED|RESTRICTED|FILED\s+IN\s+ERROR|ERROR\b)[A-Z][^*]{1,200}\*{2,3}(?:\s*FILED\s*:)?|Document\s*-(?=\s*[A-Z])|\*+\s*(?:SEALED|RESTRICTED)\s+DOCUMENT\s*\*+|\*+\s*FILED\s+IN\s+ERROR\b[^*]{0,40}\*+|(?:ENTERED|FILED|DOCKETED)\s+IN\s+ERROR\b[\s.,:;-]*|(?:VACATED|STRICKEN)\s*:(?=\s*(?:Order|ORDER|Judgment|JUDGMENT|Opinion|OPINION|Memorandum|MEMORANDUM)\b)|Sealed\s+Entry-Document\s+re\s+\d+|(?:(?:Chief|Senior|District|Magistrate|U\.S\.)\s+)*Judge\s+[A-Z][^:]{1,60}:|E[OP]:|USCA|Text|Oral|ORAL|In\s+Limine|The\s+United\s+States\s+of\s+America'?s?|United\s+States\s+of\s+America'?s?|US\s+ATTORNEY'?S|Assented[-\s]to|ASSENTED[-\s]TO|\d+\s+DAY(?=\s+Summons)|\*+|SEALED|RESTRICTED|TEXT[-\s]ONLY|TEXT|DOCKET\s+TEXT|ELECTRONIC|NEF|\(Court only\)|\((?:TEXT|Text)[-\s](?:ONLY|Only)(?:\s+(?:ENTRY|Entry))?\)|\(?Ex\s+[Pp]arte\)?|[A-Z][a-z]+,\s+J\.\s+(?=[A-Z])|\((?=[^)]*\bEVENT\b)[A-Z][A-Z\s,.'/-]{4,80}\)|STREAMLINED|Streamlined|Chapter\s+\d+\s+[\w/]+--|EX\s+PARTE|Emergency|EMERGENCY|Urgent|Expedited|Joint|JOINT|Unopposed|UNOPPOSED|Consent(?!\s+(?:to|of|by)\b)|CONSENT(?!\s+(?:TO|OF|BY)\b)|Consented|Agreed|AGREED|Amended|AMENDED|Corrected|CORRECTED|Renewed|RENEWED|Supplemental|SUPPLEMENTAL|Sealed|Redacted|REDACTED|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|FIRST|SECOND|THIRD|FOURTH|FIFTH|Further|FURTHER|Partial|PARTIAL|Verified|VERIFIED|Cross|CROSS|\((?:Corrected|Amended|Redacted|Revised|Sealed)\)|Limited|Omnibus|Opposed|OPPOSED|Letter(?!\s+of\b)|LETTER(?!\s+OF\b)|Plaintiffs?['’]?s?['’]?|Defendants?['’]?s?['’]?|Petitioners?['’]?s?['’]?|Respondents?['’]?s?['’]?|PLAINTIFFS?['’]?S?['’]?|DEFENDANTS?['’]?S?['’]?|PETITIONERS?['’]?S?['’]?|RESPONDENTS?['’]?S?['’]?|Government['’]?s?|GOVERNMENT['’]?S?|United\s+States['’]?|USA['’]?s?|-|:|\/)\s*/;

/**
 * Who in a court of appeals decided, before the decision's event name: "EN BANC JUDGMENT", "PER
 * CURIAM OPINION", "PANEL OPINION", "UNPUBLISHED OPINION", "En Banc Order". The event name after
 * them decides the kind; the words are no adjective elsewhere ("Panel Attorney Appointment"). (The
 * Tenth Circuit's document number before the text, "[11146510] Order filed by …", is read as a lead.)
 */
const APPELLATE_LEAD =
  /^(?:(?:EN\s+BANC|PER\s+CURIAM|PANEL|(?:UN)?PUBLISHED|SIGNED|AMENDED)\s+)+(?=(?:OPINION|JUDGMENT|ORDER|MEMORANDUM|DECISION)\b)/i;

/**
 * A court of appeals' stamp and the filer's role before the paper's name: "Filed (ECF) Appellees
 * Response opposing motion …", "Submitted (ECF) Appellants REPLY to response ()". The paper decides.
 */
const FILED_BY_ROLE =
  /^(?:Filed|Submitted)\s+\(ECF\)\s+(?:(?:Appellants?|Appellees?|Petitioners?|Respondents?|Intervenors?|Amic(?:us|i)(?:\s+Curiae)?)['’]?s?\s+)+(?=(?:Response|RESPONSE|Reply|REPLY|Opposition|OPPOSITION|Answer|ANSWER|Objection|OBJECTION)\b)/;

/**
 * The leading words that do not name the paper (the `LEAD` above): parties' and filers' adjectives,
 * CM/ECF's stamps, and the clerk's mark that a later order vacated or struck the court's act ("VACATED:
 * Order Granting Motion to Dismiss Case …": still the order it was).
 */
/**
 * A label before the paper's own name that says only how it was filed: a bankruptcy court's event of
 * alternatives ("Rule 9007 Motion/Notice/Objection: Application to Employ …", a paper on negative notice),
 * a redacted copy of an earlier paper ("REDACTION to 81 Markman Response Brief"): the paper named after it
 * decides.
 */
const FORM_LABEL =
  /^(?:Rule\s+\d{4}\s+(?:Motion|Notice|Objection)(?:\s*\/\s*(?:Motion|Notice|Objection))+\s*:|(?:REDACTION|Redaction)\s+(?:to|TO|of|OF)\s+\[?\d+\]?(?=\s+[A-Z]))\s*/;

function stripLead(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 12; i++) {
    const m = LEAD.exec(t) ?? APPELLATE_LEAD.exec(t) ?? FILED_BY_ROLE.exec(t) ?? FORM_LABEL.exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  return t;
}

interface Rule {
  re: RegExp;
  kind: EntryKind;
  subtype?: string | ((m: RegExpExecArray, text: string) => string | null);
}

/** Tried in order against the text after the leading adjectives; the first match decides. */
const RULES: Rule[] = [
  // A court of appeals noting a paper filed below ("Transcript, [14], has been filed in the District
  // Court on D"), and the clerk cancelling a party's paper ("CANCELLED TRANSCRIPT ORDER filed by X ;
  // Reason: …"): the clerk's notices, not the papers they name.
  {
    re: /^[\w ]{1,40},?\s*(?:\[\d+\],?\s*)?(?:has|have)\s+been\s+filed\s+in\s+the\s+(?:District|Bankruptcy|Trial|Lower)\s+Court\b|^CANCELL?ED\s+(?:[A-Z]+\s+){1,4}(?:filed|FILED)\s+by\b/i,
    kind: 'notice',
  },
  // A memorandum or brief in support takes the kind of the paper it supports, also where the docket
  // text names that paper after the filer ("MEMORANDUM in Support filed by USA as to X: USA's Response to
  // the Defense's Motion …": a response) or joins it to another event's name ("Complaint/Brief in
  // Support of Plaintiff's MOTION for Preliminary Injunction": the motion's own entry, its CM/ECF event
  // name in capitals; "COMPLAINT/Brief in Support of … Motion … against X" is the complaint's).
  {
    re: /^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+in\s+Support\s+filed\s+by\s+[^:;]{1,100}:\s+(?:[\w.'’-]+\s+){0,3}(?:Response|RESPONSE|Opposition|OPPOSITION)\s+(?:to|TO|in)\b/,
    kind: 'response',
  },
  {
    re: /^[A-Z][a-z][\w ]{0,30}\/(?:Brief|Memorandum)\s+in\s+Support\s+of\s+[^.;]{0,60}?\bMOTION\b/,
    kind: 'motion',
  },
  // A request for a transcript is the party's transcript order form (README: transcript orders are `other`).
  { re: /^REQUEST\s+FOR\s+(?:A\s+)?TRANSCRIPTS?\b/i, kind: 'other' },
  // A brief or memorandum "in support" takes the kind of the paper it supports; one that names no
  // paper ("BRIEF in support of Vacating Receipt Conviction by X") is a party's brief on a question.
  {
    re: /^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+(?:of\s+Law\s+)?in\s+(?:support|SUPPORT|Support)\s+of\s+(?![^.;]*\b(?:motion|MOTION|Motion|application|APPLICATION|Application|petition|PETITION|Petition|objection|OBJECTION|Objection|response|RESPONSE|Response|order|ORDER|Order|\d+)\b)/,
    kind: 'other',
  },
  // Court acts by their CM/ECF event names: "So-Ordered Scheduling Notification", "Certified Copy of
  // Order", "CJA 20 Appointment of Attorney", "Determination of Adjournment Request Granted",
  // "Unpublished per curiam opinion filed".
  {
    re: /^So[-\s]Ordered\b(?!\s+Stipulation\b)|^Certified\s+Copy\s+of\s+(?:[A-Z][a-z]+\s+)?Order\b|^CJA\s+(?:\d+\s+)?Appointment\b|^Determination\s+of\s+[^.]{0,60}?\b(?:Granted|Denied|GRANTED|DENIED)\b/i,
    kind: 'order',
  },
  // A court of appeals' decision under its CM/ECF event name, the word FILED first (9th Cir.):
  // "FILED PER CURIAM OPINION (judges) AFFIRMED …", "FILED OPINION (…)", "FILED MEMORANDUM
  // DISPOSITION (…)"; the judgment entered with it, "FILED AND ENTERED JUDGMENT".
  {
    re: /^FILED\s+(?:(?:PER\s+CURIAM|PUBLISHED|UNPUBLISHED|AMENDED)\s+)*(?:OPINION|MEMORANDUM\s+DISPOSITION)\b|^MEMORANDUM\s+DISPOSITION\b/i,
    kind: 'opinion',
    subtype: 'opinion',
  },
  { re: /^FILED\s+AND\s+ENTERED\s+JUDGMENT\b/i, kind: 'judgment' },
  {
    re: /^(?:[A-Za-z]+\s+){0,3}opinion\s+(?:and\s+judgment\s+)?(?:filed|FILED|issued|ISSUED)\b/i,
    kind: 'opinion',
    subtype: 'opinion',
  },
  // Orders by their event names in other courts: a court of appeals' "RULING LETTER SENT granting
  // …" (6th Cir.), an order of another court received and docketed ("Received Order from the
  // Supreme Court", "Received copy of District Court order"), a notice that carries the judge's
  // order ("Notice of Document Discrepancies and Order Thereon"), writs ("Writ of Habeas Corpus ad
  // prosequendum", "Writ of Continuing Garnishment"; returns of writs are notices, above), form
  // orders ("Initial Order upon Filing of Complaint", "Status Report Order Form"), and a feed's
  // combined title whose last event is an order ("1 - Terminate Deadlines AND Scheduling Order").
  // The court's act with no event name: "Pursuant to Local Rule 72.1, this case is hereby referred to
  // …", "This action is hereby transferred …"; another court's act or notice received ("U.S. SUPREME
  // COURT ORDER entered …", "U.S. SUPREME COURT NOTICE advising …"); a bare "ruling".
  {
    re: /^(?:Pursuant\s+to\s+[^,]{1,80},\s+)?(?:this|the)\s+(?:case|action|matter)\s+is\s+(?:hereby\s+)?(?:referred|reassigned|transferred|remanded|dismissed|closed)\b|^(?:This|The)\s+(?:case|action|matter)\s+is\s+hereby\s+(?:referred|reassigned|transferred|remanded|dismissed|closed)\b|^(?:U\.\s?S\.|UNITED\s+STATES)\s+SUPREME\s+COURT\s+(?:ORDER|JUDGMENT)\b|^(?:Ruling|RULING|ruling)$/,
    kind: 'order',
  },
  {
    re: /^(?:U\.\s?S\.|UNITED\s+STATES)\s+SUPREME\s+COURT\s+(?:NOTICE|LETTER)\b|^(?!Initial\b)(?:[A-Z][\w-]*\s+){1,3}Appearance$|^(?:[A-Z][\w-]*\s+){0,2}(?:[Aa]cknowledge?ment|ACKNOWLEDGE?MENT)\b|^(?:JURY\s+|Jury\s+)?(?:DEMAND|Demand)\s+(?:for|FOR)\s+(?:(?:JURY|Jury)\s+)?(?:TRIAL|Trial)\b|^(?:JURY|Jury)\s+(?:DEMAND|Demand)\b|^[A-Z][A-Z ]{2,40}\s+-\s+NOTICE\s+OF\b|^Hearing\s+(?:\([^)]{1,30}\)\s+)?Sched(?:uled)?\b/,
    kind: 'notice',
  },
  // A transcript ordered is a party's order form, not the transcript; a waiver of indictment (or of
  // any right but service) is the record of the waiver.
  {
    re: /^TRANSCRIPT\s+(?:ordered|ORDERED)\b|^WAIVER\s+OF\s+(?!SERVICE\b)|^Waiver\s+of\s+(?!Service\b)/,
    kind: 'other',
  },
  // A memorandum for or against a motion, the filer named first: "MEMORANDUM by X in support of
  // motion for preliminary injunction 5" (the motion's papers), "… in opposition to …" (a response).
  {
    re: /^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+(?:of\s+Law\s+)?by\s+[^.;]{1,120}?\s+in\s+(?:support|SUPPORT)\s+of\s+(?:(?:the|its|his|her|their|[\w']+)\s+){0,3}(?:motion|MOTION|Motion)\b/,
    kind: 'motion',
  },
  {
    re: /^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+(?:of\s+Law\s+)?by\s+[^.;]{1,120}?\s+in\s+(?:opposition|OPPOSITION|response|RESPONSE)\s+(?:to|TO)\b/,
    kind: 'response',
  },
  // A letter asking the court for something is a letter motion: "Letter from X requesting that the
  // Office of the Federal Public Defender be assigned".
  { re: /^from\s+[^;]{1,160}?\b(?:requesting|asking|seeking)\b/i, kind: 'motion' },
  // A court of appeals calendaring a case for argument: "CASE calendared: Tuesday, 09/13/2016 Boston".
  { re: /^CASE\s+calendared\s*:/i, kind: 'notice', subtype: 'notice_of_hearing' },
  // "MEMORANDUM DECISION AND ORDER": the memorandum's order, as "MEMORANDUM AND ORDER".
  { re: /^MEMORANDUM\s+DECISION\s+(?:AND|&)\s+ORDER\b/i, kind: 'order' },
  // A return of process, whatever was served ("Amended Warrant for Arrest Warrant Returned Executed
  // on D", "Writ of Garnishment as to X Returned Unexecuted"): the clerk noting it, a notice.
  {
    re: /^(?:[\w'-]+\s+){0,8}?(?:Returned|RETURNED)\s+(?:Un|UN|un)?(?:Executed|EXECUTED|executed)\b/,
    kind: 'notice',
  },
  {
    re: /^RULING\s+LETTER\b|^Received\s+(?:a\s+)?(?:certified\s+)?(?:copy\s+of\s+)?(?:the\s+)?(?:[\w.]+\s+){0,3}?order\b(?!\s+(?:for|re:?)\s+transcript)|^Notice\s+of\s+(?!(?:Interlocutory\s+|Cross[-\s])?Appeal\b|Motion\b|Compliance\b|Filing\b)[^.]{0,60}?\band\s+Order\b|^Writ\s+of\s+(?!Execution\s+Returned)|^Initial\s+Order\b|^(?:[A-Z][a-z]+\s+){1,3}Order\s+Form\b|^\d+\s+-\s+[^.]*\bAND\s+(?:[A-Z][a-z]+\s+){0,3}Order$/i,
    kind: 'order',
  },
  // The clerk's and CM/ECF's notice events under other names: terminated settings ("Terminate
  // Deadlines and Hearings as to …: … CANCELED"), process issued ("Electronic Summons Issued", "PS
  // issued as to …"), a clerk's letter ("LETTER BY CLERK that …"), certifications filed
  // with a paper ("Certification of Compliance", "Cert. Of Interested Persons"), a disclosure
  // statement, a clerk's re-setting ("RE-SET CONFERENCE: …", "Set/Reset Motion Noting Date"), an
  // appearance at a hearing ("HEARING APPEARANCE"), the noticing center's notices ("341(a) Notice",
  // "Auto Summons and Notice of Pre-Trial Conference").
  {
    re: /^Terminate\s+(?:(?:Pending|All|Future)\s+)?(?:Deadlines|Hearings)\b|^(?:[A-Z]{1,4}|(?:Electronic\s+|Alias\s+)?Summons(?:es)?|Subpoenas?)\s+(?:was\s+)?issued\b|^BY\s+(?:THE\s+)?CLERK\b|^Cert(?:\.|ificate|ification)?\s+of\s+(?:Interested|Compliance)\b|^Statement\s+of\s+Disclosure\b|^(?:RE-?SET|SET|RESET)\s+(?:[A-Z]+\s+)?(?:CONFERENCE|HEARING|DEADLINES?)\s*:|^(?:Set\/Reset|Set|Reset)\s+(?:[A-Za-z&]+\s+){1,8}(?:Deadlines?|Hearings?|Date)\b|^(?:[A-Z]+\s+)?APPEARANCE\s*-|^\d+\(\w\)\s+Notice\b|^(?:[A-Z][a-z]+\s+)?Summons\s+and\s+Notice\b/i,
    kind: 'notice',
    subtype: (m) => (/^(?:Set|Reset|RE-?SET)/i.test(m[0]) ? 'clerk_set_deadlines' : null),
  },
  // In-chambers minutes that are an order ("MINUTES (IN CHAMBERS): ORDER by Judge X: denying …"), and
  // a bond, whatever it is called ("APPEARANCE BOND … posted", "Bond"): the head word decides.
  { re: /^MINUTES?\s*(?:\([^)]{1,30}\))?\s*:\s*(?:[A-Z]+\s+)?ORDER\b/, kind: 'order' },
  {
    re: /^(?:[A-Z][\w'-]*\s+){0,3}(?:BOND|Bond)\b(?!\s+(?:hearing|HEARING|Hearing|revoked|REVOKED))/,
    kind: 'other',
    subtype: 'bond',
  },
  // The minutes a title states by itself: "Meeting of Creditors Held (and Concluded)".
  { re: /^Meeting\s+of\s+Creditors\s+(?:Held|Concluded)\b/i, kind: 'minute_entry' },
  // A party's paper under its bare event name: "Brief", "Objection", "Supplemental - Opposing";
  // an appeal from a magistrate judge's report and recommendation is objections to it.
  {
    re: /^(?:Brief|Objections?)$|^Opposing\b|^Appeal\s+(?:from|of)\s+(?:the\s+)?(?:\d+\s+)?Report\s+and\s+Recommendations?\b/i,
    kind: 'response',
  },
  { re: /^Received\s+(?:Complaint|Petition)\b/i, kind: 'pleading' },
  // A feed's bare event name for the motion: "Extension of Time".
  {
    re: /^(?:Extension|Enlargement)\s+of\s+Time$/i,
    kind: 'motion',
    subtype: 'motion_extension_of_time',
  },
  // A titled order that sets dates: "Initial Case Management Scheduling Order with ADR Deadlines:
  // Case Management Statement due by D"; a history report's lower-case "order on motion to …".
  {
    re: /^(?:[A-Z][a-z]+\s+){1,5}Order\b(?=[^.]{0,80}\b(?:due|set\s+for|deadlines?)\b)|^order\s+on\s+motion\b/,
    kind: 'order',
  },
  // Papers every case receives and that set nothing, named as the notices they are: disclosure
  // statements, certifications of interested parties, consents to a magistrate judge, an appeal's
  // number from the court of appeals.
  {
    re: /^(?:RULE\s+7\.1\s+)?(?:CORPORATE\s+)?DISCLOSURE\s+STATEMENT\b|^Certifi(?:cate|cation)\s+of\s+Interested\s+Part|^CONSENT\s+TO\s+(?:PROCEED|JURISDICTION)\b|^(?:USCA\s+)?Case\s+Number\s+[\w-]+\s+for\s+\d+\s+Notice\s+of\s+Appeal\b/i,
    kind: 'notice',
  },
  // The clerk's own paper: "Clerk's correspondence requesting …", a case docketed on appeal
  // ("MISCELLANEOUS CASE DOCKETED", "ATTORNEY DISCIPLINE CASE docketed"), returns executed ("PS
  // executed on D", "Summons returned executed"), the clerk's deadline events ("Update Other Deadlines").
  {
    re: /^Clerk'?s\s+(?:correspondence|letter)\b|^(?:[A-Z]+\s+){1,3}CASE\s+(?:docketed|DOCKETED)\b|^(?:[A-Z]{1,4}|Summons|Subpoena|Warrant|Writ)\s+(?:returned\s+)?executed\b|^Update\s+(?:[A-Z][a-z]+\s+)?Deadlines?\b/i,
    kind: 'notice',
  },
  // Paper about a proceeding, not the court's: a transcript order form; motions referred or submitted
  // to a judge (a bare history title: the clerk's record of where the motion went).
  {
    re: /^Transcript\s+(?:Order|Request)\b|^MOTION\(S\)\s+REFERRED\b|^Motions?\s+Referred\b|^Motions?\s+Submitted(?:\s+to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}Judge\b[^.;]{0,60})?\s*$/i,
    kind: 'other',
  },
  { re: /^Stipulation\s+(?:and\s+|&\s+)?Order$/i, kind: 'stipulation', subtype: 'stipulated_order' },
  // "So Ordered Stipulation signed on D Between X and Y": the parties' stipulation the court so-ordered.
  { re: /^So[-\s]Ordered\s+Stipulation\b/i, kind: 'stipulation', subtype: 'stipulated_order' },
  // "Notice of Motion and Application for Compensation" (N.D. Ill.): the motion, with its notice.
  {
    re: /^Notice\s+of\s+Motion\s+(?:to|for|and\s+(?:[\w']+\s+){0,3}(?:Motion|Application)\s+(?:to|for)\b)/,
    kind: 'motion',
  },
  // A bare proceeding name — a history report's title ("Initial Appearance", "Voir Dire", "Pro Se
  // (Faretta) Hearing", "Bench Trial - Begun") — is the minutes of it.
  {
    re: /^(?!(?:Waiver|WAIVER|Notice|NOTICE|Order|ORDER|Motion|MOTION|Demand|DEMAND|Request|Brief|Trial\s+Brief)\b)(?![^.]*\b(?:Order|ORDER)\b)(?:\(?[A-Z][\w()'/-]*\s+(?:of\s+)?){0,4}(?:Trial|Hearing|Conference|Sentencing|Arraignment|Initial\s+Appearance|Voir\s+Dire|Jury\s+Selection|Argument)(?:\s+and\s+[A-Z][a-z]+)?(?:\s*-\s*[A-Z][\w ]{0,30})?$/,
    kind: 'minute_entry',
  },
  { re: /^(?:MEMORANDUM|BRIEF)\s+in\s+Support\s+re:?\s+\[?\d+\]?\s+Order\b/i, kind: 'response' },
  {
    re: /^\[?(?:Proposed|PROPOSED)\]?\s+(?:[A-Z][a-z]+\s+){0,2}(?:ORDER|Order|JUDGMENT|Judgment)\b/,
    kind: 'other',
    subtype: 'proposed_order',
  },
  // Clerk's and appellate clerk's notices: "CLERK'S NOTICE SETTING ...", "BRIEFING NOTICE ISSUED",
  // "DOCKETED CAUSE AND ENTERED APPEARANCES", "Calendared for oral argument: D", and the courts of
  // appeals' calendaring events: "CASE CALENDARING, for argument on D" (2d Cir.), "ORAL ARGUMENT SET for D" (5th Cir.; "ORAL" is stripped as a lead word).
  {
    re: /^(?:CLERK'?S|Clerk'?s|BRIEFING|Briefing|DEFICIENCY|Deficiency)\s+NOTICE\b|^(?:CLERK'?S|Clerk'?s)\s+Notice\b|^DOCKETED\s+CAUSE\b|^(?:Case\s+)?Calendared\s+for\b|^CASE\s+CALENDARING\b|^(?:ORAL\s+)?ARGUMENT\s+(?:SET|SCHEDULED|CALENDARED|RESET|RESCHEDULED)\b/i,
    kind: 'notice',
    subtype: (m) => (/calendar|argument/i.test(m[0]) ? 'notice_of_hearing' : null),
  },
  // Court events that state what the court or its clerk did: returns of process ("Warrant /
  // Judgment Returned Executed"), the Bankruptcy Noticing Center's certificates, certificates and
  // disclosures filed by a party, appearances, consents, "Notification", a case docketed on appeal,
  // a meeting of creditors, a cancelled hearing — the CM/ECF notice events.
  {
    re: /^(?:[A-Z][\w'-]*\s+){0,3}(?:Returned|RETURNED)\s+(?:Un|UN|un)?(?:Executed|EXECUTED|executed)\b|^BNC\s+[Cc]ertificate\b|^(?:[A-Z][\w'-]*\s+){0,2}Certificate\s+of\s+(?:Notice|Mailing|Service)\b|^DECLINATION\b|^\[\d+\]\s+sent\b|^CERTIFI(?:CATE|CATION)\s+(?:and\s+NOTICE\s+)?of\s+Interested\b|^(?!(?:ORDER|Order|MOTION|Motion|JUDGMENT|Judgment|STIPULAT\w*|Stipulat\w*|RESPONSE|Response|REPLY|Reply|MEMORANDUM|Memorandum|OBJECTION|Objection|TRANSCRIPT|Transcript|MINUTE|Minute|Received|RECEIVED)\b)(?:[A-Z0-9][\w'-]*\s+){0,4}(?:Notice|NOTICE|Notification|NOTIFICATION)\b(?!\s+(?:of|OF)\s+(?:Motion|MOTION|(?:INTERLOCUTORY\s+|Interlocutory\s+|CROSS[-\s]|Cross[-\s])?(?:APPEAL|Appeal)|FILING\s+OF\s+(?:OFFICIAL\s+)?TRANSCRIPT|Filing\s+of\s+(?:Official\s+)?Transcript)\b)|^(?:Entry|ENTRY|Notice|NOTICE|Filed\s+\(ECF\)\s+notice)\s+of\s+Appearance|^Filed\s+\(ECF\)\s+notice\b|^(?:(?:Criminal|Civil|CIVIL|CRIMINAL|Bankruptcy|Agency)\s+)?CASE\s+docketed\b|^(?:Criminal|Civil|Bankruptcy|Agency)\s+Case\s+Docketed\b|^(?:Continuance\s+of\s+)?Meeting\s+of\s+Creditors\b|^Hearing\s+(?:\([^)]{1,30}\)\s+)?(?:Cancelled|Canceled|Rescheduled|Continued)\b|^CONSENT\s*\/\s*DECLINATION\b|^(?:Financial\s+|Corporate\s+)?Disclosure\s+Statement\b|^STATEMENT\s+of\s+DISCLOSURE\b|^Creditor\s+Request\s+for\s+Notices\b|^Request\s+for\s+(?:(?:[Cc]ourtesy|[Ss]pecial)\s+)?(?:Service\s+of\s+)?Notices?\b|^Withdrawal\s+of\s+(?:[Cc]laim|[Dd]ocuments?|[Oo]bjection|[Mm]otion|[Rr]equest|[Aa]ppearance)|^(?:Statement|Notice)\s+Adjourning\s+(?:the\s+)?Meeting\b|^Change\s+of\s+Address\b|^CASE\s+OPENED\b|^Selection\s+of\s+Mediator\b|^Case\s+Selected\s+for\s+(?:Mediation|Arbitration|ADR|Settlement\s+Conference)\b|^(?:CLAIMS?\s+|Claims?\s+|Governmental\s+|GOVERNMENTAL\s+)?(?:BAR|Bar)\s+(?:DATE|Date)\s+(?:due|DUE|set|SET|Set)\b|^Electronic\s+Filing\s+Error\b|^CERTIFIED\s+(?:AND\s+FIRST\s+CLASS\s+)?MAIL\s+SENT\b|^LETTER\s+\[\d+\]\s+sent\b|^COURT\s+NOTICE\b|^(?:Set(?:\/Reset)?|Reset)\s+(?:Duty\s+)?(?:Motion\s+and\s+R&R\s+)?(?:Deadlines|Hearings)/,
    kind: 'notice',
    subtype: (m) =>
      /^(?:Set|Reset)/.test(m[0])
        ? 'clerk_set_deadlines'
        : /Appearance/i.test(m[0])
          ? 'notice_of_appearance'
          : null,
  },
  // A docket-only setting: "Motion Hearing set for D", "Detention Hearing (flight) set for D",
  // "Telephone Status Hearing set for D" — the clerk noticing a hearing, not a motion.
  {
    re: /^(?!(?:ORDER|Order)\b)(?:[A-Z][\w/'-]*\s+(?:of\s+)?){0,5}(?:\([\w ,./-]{1,30}\)\s+)?(?:Hearing|HEARING|Conference|CONFERENCE|Trial|TRIAL|Sentencing|SENTENCING|Arraignment|Call|Argument)\s+(?:as\s+to\s+[^.;:]{1,60}?\s+)?(?:set|SET|reset|RESET|re-set|scheduled|rescheduled)\s+(?:for|to|on)\b/,
    kind: 'notice',
    subtype: 'notice_of_hearing',
  },
  { re: /^Judgment\s+order\s+filed\b/i, kind: 'judgment' },
  { re: /^VERDICT\s+AND\s+FINDINGS\s+OF\s+FACT\b/i, kind: 'opinion', subtype: 'opinion' },
  // The courts of appeals' and clerks' order events: "Briefing order filed", "Court order filed",
  // "judge order filed", "Strike Order FILED", "Filed clerk order", "CLERK'S ORDER"; titles that are
  // orders by name: "Garnishee Order", "Administrative Order", "Final Decree", "… Approved".
  {
    re: /^(?:[A-Za-z']+\s+){0,2}order\s+(?:filed|FILED)\b|^Filed\s+clerk\s+order\b|^CLERK'?S\s+ORDER\b|^(?!(?:Application|Motion|Request|Petition|Proposed|Stipulat\w*|Objection|Response|Reply|Memorandum|Brief|Affidavit|Declaration)\b)(?:[A-Z][a-z]+\s+){1,2}Order$|^Final\s+Decree\b|^(?:Approval\s+of\s+Application|(?:[A-Z][a-z]+\s+){1,3}Form\s+Approved)\b|^\d+\s+-\s+Terminate\s+Hearings\s+AND\s+Order\b|^Writ\s+of\s+[^.]{1,60}\bissued\b|^Document\s+endorsed\b|^(?:MEMORANDUM|Memorandum)\s+(?:(?:AND|&|and)\s+)?(?:ORDER|Order)\b|^FINDINGS\s+OF\s+FACT,?\s+CONCLUSIONS\s+OF\s+LAW,?\s+AND\s+ORDER\b/i,
    kind: 'order',
  },
  // A title naming a proceeding and nothing else is the minutes of it ("Change of Plea Hearing",
  // "Pretrial Conference"); "CASE argued" in a court of appeals, and its record of a case submitted
  // for decision without argument ("SUBMITTED ON THE BRIEFS to <panel>", 9th Cir.).
  {
    re: /^(?!Waiver\b)(?![^.]*\bOrder\b)(?:[A-Z][a-z]+\s+(?:of\s+)?){0,3}(?:Hearing|Conference)$|^CASE\s+argued\b|^(?:CASE\s+)?SUBMITTED\s+(?:ON\s+THE\s+(?:BRIEFS|PAPERS)|WITHOUT\s+ORAL\s+ARGUMENT)\b/,
    kind: 'minute_entry',
  },
  {
    // "Adversary case 09-03228. 11 (Recovery of money/property - 542 turnover of property) Complaint by
    // X against Y": the nature-of-suit codes CM/ECF prints before the complaint.
    re: /^(?:Adversary\s+case\s+[\d-]+\.\s+(?:\d{2}\s+\([^()]{1,120}\)\s*)*)?Complaint\b|^Voluntary\s+Petition\b|^Information\s*-\s*(?:Felony|Misdemeanor)\b|^(?:Amended\s+)?Petition\s+for\s+(?:extraordinary|a\s+writ)/i,
    kind: 'pleading',
  },
  // The court ruling on a filing it names first: "Streamlined request [5] by Appellant … to extend
  // time … is approved." (appellate clerks), "Defendant's Unopposed Application for Extension of
  // Time to Answer [10] is granted …" (a text-only order).
  {
    re: /^(?:[A-Za-z]+\s+){0,2}(?:request|motion|application)\b[^.]{0,240}?\b(?:is|are)\s+(?:hereby\s+)?(?:approved|granted|denied|allowed|GRANTED|DENIED)\b/i,
    kind: 'order',
  },
  {
    re: /^Request\s+filed\s+by\b[^;]{0,160}?\brequesting\b|^TIME\s+SENSITIVE\s+MOTION\b|^RECEIVED:\s+(?:Application|Motion)\b|^Miscellaneous\s+Motion\b|^Redacted\s+(?:Public\s+)?Version\s+of\s+\[?\d+\]?\s+(?:[A-Z][a-z]+\s+){0,3}Motion\b|^Notice\s+of\s+Motion;\s+(?:[\w']+\s+){0,2}MOTION\b|^(?:Letter\s+)?from\s+[^;]{1,120}?\brequesting\s+(?:an?\s+)?(?:Order|extension|adjournment|conference)\b|^Public\s+Version\s+of\s+\[?\d+\]?\s+(?:[A-Z][a-z]+\s+){0,3}Motion\b/i,
    kind: 'motion',
    subtype: (_m, t) => MOTION_SUBTYPES.find(([re]) => re.test(t.slice(0, 200)))?.[1] ?? null,
  },
  { re: /^(?:APPELLEE|Appellee|RESPONDENT|Respondent)(?:'?S)?\s+BRIEF\b/i, kind: 'response' },
  { re: /^Received\s+(?:[\w.]+\s+){0,5}Mandate\b/i, kind: 'mandate' },
  {
    re: /^Motion\s+Referred\s+to\b|^Opinion\s+distributed\b|^Transcript\s+information\s+form\b/i,
    kind: 'other',
  },
  // The record of what already happened, kept by the clerk: audio of a proceeding, exhibit and
  // witness lists, receipts, returned mail, docket corrections. They set nothing.
  {
    re: /^AUDIO\s+FILE\b|^(?:EXHIBIT|WITNESS)\s+(?:LIST|RECEIPT)\b|^(?:Confirmation\s+of\s+)?receipt\s+of\s+payment\b|^Mail\s+Returned\b|^MODIFICATION\s+OF\s+DOCKET\b|^(?:\*+\s*)?STAFF\s+NOTES\b|^TEXT\s+ENTRY\s+THAT\b[^.]{0,60}\bEXHIBITS\b/i,
    kind: 'other',
    subtype: 'record',
  },
  // A judge's endorsement on a letter is an order: "Memo-Endorsement on letter … granting …".
  { re: /^Memo[-\s]?Endorse(?:ment|d)\b/i, kind: 'order' },
  {
    re: /^NOTICE\s+OF\s+MOTION\s+AND\s+MOTION\b/i,
    kind: 'motion',
    subtype: (_m, t) => MOTION_SUBTYPES.find(([re]) => re.test(t.slice(0, 200)))?.[1] ?? null,
  },
  { re: /^MOTION\s+NOTICE\b/, kind: 'notice', subtype: 'notice_of_hearing' },
  // Courts of appeals' order events: "MOTION ORDER, granting motion …" (2d Cir.), "Filed order
  // (Appellate Commissioner): …" (9th Cir.).
  { re: /^MOTION\s+ORDER\b|^Filed\s+order\b/i, kind: 'order' },
  { re: /^REQUEST\s+for\s+(?:issuance\s+of\s+)?SUMMONS/i, kind: 'other', subtype: 'summons_request' },
  {
    re: /^\[?(?:Proposed|PROPOSED)\]?\s+(?:[A-Z][a-z]+\s+){0,2}(?:ORDER|Order|JUDGMENT|Judgment|STIPULATED|Stipulated)/,
    kind: 'other',
    subtype: 'proposed_order',
  },
  {
    re: /^(?:Set(?:\/Reset)?|Reset)\s+(?:Deadlines?|Hearings?|Scheduling\s+Order\s+Deadlines)/i,
    kind: 'notice',
    subtype: 'clerk_set_deadlines',
  },
  {
    re: /^(?:NOTICE|NOTIFICATION)\s+OF\s+(?:INTERLOCUTORY\s+|CROSS[-\s])?APPEAL/i,
    kind: 'notice',
    subtype: 'notice_of_appeal',
  },
  { re: /^(?:USCA\s+|Certified\s+Copy\s+of\s+)?MANDATE\b/i, kind: 'mandate' },
  {
    re: /^(?:USCA\s+)?(?:JUDGMENT|AMENDED\s+JUDGMENT|FINAL\s+JUDGMENT|DEFAULT\s+JUDGMENT|CLERK'?S\s+JUDGMENT)\b/i,
    kind: 'judgment',
    subtype: (m, t) =>
      /\bDEFAULT\b/i.test(m[0])
        ? 'default_judgment'
        : /COMMITMENT/i.test(t.slice(0, 40))
          ? 'judgment_and_commitment'
          : null,
  },
  // "STIPULATED ORDER …", "Order (STIPULATED) …" and "STIPULATION AND ORDER …" are the parties' stipulation, so-ordered:
  // both a stipulation and an order, its dates in effect (the shared labeled entries' reading,
  // bench/labels/README.md). An "AGREED ORDER" or "CONSENT ORDER" is the court's order.
  {
    re: /^(?:STIPULATED\s+(?:[A-Z]+\s+){0,2}ORDER|ORDER\s+\(STIPULATED\)|STIPULATION\s+(?:AND|&)\s+(?:PROTECTIVE\s+)?ORDER)/i,
    kind: 'stipulation',
    subtype: 'stipulated_order',
  },
  {
    re: /^(?:AGREED\s+ORDER|CONSENT\s+ORDER)/i,
    kind: 'order',
    subtype: 'stipulated_order',
  },
  { re: /^(?:[A-Z]+\s+)?STIPULATION\b/i, kind: 'stipulation' },
  {
    // "Status Conference Statement" (N.D. Cal. and its bankruptcy court), "Joint Status Statement": the
    // parties' report on the case's status before a conference.
    re: /^STATUS\s+(?:REPORT|LETTER)|^(?:REPORT|LETTER)\s+(?:on|regarding|re:?)\s+(?:the\s+)?status|^(?:Updated\s+)?Status\s+(?:Conference\s+)?Statement\b/i,
    kind: 'status_report',
  },
  // Before the minute-entry rule: "TRANSCRIPT of Motion Hearing held on D" is the record of a
  // hearing, not the clerk's minutes of one.
  {
    re: /^TRANSCRIPT\b|^(?:NOTICE\s+OF\s+FILING\s+OF\s+(?:OFFICIAL\s+)?TRANSCRIPT)|^Official\s+Transcript/i,
    kind: 'transcript',
  },
  {
    // A proceeding's event name alone ("Motion Hearing", "Status Conference": a feed's short
    // description) names the proceeding — its last noun is the head — not a motion. "Court Minutes
    // for Preliminary Injunction Hearing held …", "Courtroom Minutes": the minutes by another name
    // ("Court Minutes and Order …" rules as well: an order).
    re: /^Minute\s+(?:Entry|Proceedings)|^(?:Electronic\s+)?Clerk'?s\s+(?:Notes|Minutes)\b|^Court(?:room)?\s+Minutes\b(?!\s+(?:and|&)\s+Order)|^MINUTES?\b(?!\s+ORDER)|^(?:[A-Za-z]+\s+|Chapter\s+\d+\s+){0,3}(?:Hearing|Conference|Trial|Arraignment|Sentencing)\s+(?:as\s+to\s+[^.;:]{1,100}?\s+)?held\b|^(?!(?:Order|ORDER|Notice|NOTICE)\b)(?![^.]*\border\b)(?:(?!(?:for|to|of|on|re|and)\b)[A-Za-z]+\s+){1,3}(?:Hearing|Conference|Trial|Arraignment|Sentencing)\s*$/i,
    kind: 'minute_entry',
  },
  {
    re: /^(?:MEMORANDUM\s+)?OPINION\b|^MEMORANDUM\s+(?:DECISION|AND\s+OPINION|OF\s+DECISION)|^MEMORANDUM\s+(?:AND|&)\s+ORDER|^DECISION\s+AND\s+ORDER|^FINDINGS\s+OF\s+FACT|^(?:REPORT|FINDINGS)\s+AND\s+RECOMMENDATIONS?|^(?:REPORT\s+&\s+RECOMMENDATION)/i,
    kind: 'opinion',
    subtype: (m, t) =>
      /REPORT/i.test(m[0])
        ? 'report_and_recommendation'
        : /^(?:MEMORANDUM\s+)?OPINION\s+(?:AND|&)\s+ORDER/i.test(t)
          ? 'opinion_and_order'
          : 'opinion',
  },
  {
    re: /^(?:MOTION|Motion)\b|^(?:APPLICATION|Application)\b|^(?:REQUEST|Request)\s+(?:for|to)\b|^(?:PETITION|Petition)\s+(?:to|for)\s+(?!Writ\s+of\s+Habeas)(?!a\s+Writ\s+of\s+Habeas)|^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+(?:of\s+Law\s+)?in\s+Support\b|^(?:MEMORANDUM|Memorandum|BRIEF|Brief)\s+(?:of\s+Law\s+)?(?:by|of)\s+[^;()]{1,80}?\s+in\s+support\s+of\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?motion\b/i,
    kind: 'motion',
  },
  {
    re: /^(?:RESPONSE|Response|OPPOSITION|Opposition|MEMORANDUM|Memorandum|BRIEF|Brief|OBJECTIONS?|Objections?)\b(?:\s+(?:of\s+Law\s+)?(?:in\s+)?(?:Opposition|Response|to|re:?|regarding))|^(?:RESPONSE|Response|OPPOSITION|Opposition)\b|^(?:Answering\s+Brief)|^(?:MARKMAN|Markman|CLAIM\s+CONSTRUCTION|Claim\s+Construction)\s+(?:RESPONSE|Response|RESPONSIVE|Responsive)\s+(?:BRIEF|Brief)\b/i,
    kind: 'response',
  },
  { re: /^(?:Sur-?reply\/)?(?:REPLY|Reply)\b|^Sur-?reply\b/i, kind: 'reply' },
  {
    re: /^(?:COMPLAINT|Complaint|PETITION|Petition|ANSWER|Answer|COUNTERCLAIM|Counterclaim|CROSSCLAIM|Crossclaim|THIRD[-\s]PARTY\s+COMPLAINT|(?:[A-Z][A-Z-]*\s+){1,3}(?:COMPLAINT|INDICTMENT)|Chapter\s+\d+\s+Voluntary\s+Petition|INDICTMENT|Indictment|SUPERSEDING\s+INDICTMENT|Superseding\s+Indictment|INFORMATION|CRIMINAL\s+COMPLAINT|Criminal\s+Complaint|CLASS\s+ACTION\s+COMPLAINT)\b/,
    kind: 'pleading',
  },
  {
    re: /^(?:NOTICE|Notice|TEXT\s+NOTICE|SUMMONS|Summons|PROOF\s+OF\s+SERVICE|Proof\s+of\s+Service|CERTIFICATE\s+OF\s+(?:SERVICE|INTERESTED|COMPLIANCE)|Certificate\s+of\s+(?:Service|Interested)|WAIVER\s+OF\s+SERVICE|Waiver\s+of\s+Service|AFFIDAVIT\s+OF\s+SERVICE|CORPORATE\s+DISCLOSURE|(?:RULE\s+7\.1\s+)?DISCLOSURE\s+STATEMENT|Disclosure\s+Statement|NOTICE\s+OF\s+(?:ATTORNEY\s+)?APPEARANCE|ATTORNEY\s+APPEARANCE|APPEARANCE|Appearance|Acknowledgment|ACKNOWLEDGMENT|Return\s+of\s+Service|Notice\s+of\s+Hearing|ATTORNEY\s+Appearance|Affidavit\s+of\s+Service)\b/i,
    kind: 'notice',
  },
  {
    // (A party's paper carrying a draft — "JOINT PRELIMINARY REPORT AND PROPOSED SCHEDULING ORDER
    // re [40]" — is no order: the words before ORDER say PROPOSED.)
    re: /^(?!(?:(?!ORDER\b)[A-Z][\w&-]*\s+){0,8}?(?:PROPOSED|Proposed)\s)(?:(?:[A-Z][A-Za-z-]*\s+){0,3}ORDER\b|(?:[A-Z][A-Z&-]*\s+){0,8}ORDER\b)|^Order\b|^ORDERED\b|^IT\s+IS\s+(?:HEREBY\s+)?ORDERED|^(?:ACCEPTANCE|ADJUDICATION)\s+OF\b.*\bentered\s+by\s+Judge|^(?:TEMPORARY\s+RESTRAINING|PRELIMINARY\s+INJUNCTION|PERMANENT\s+INJUNCTION)\b|^(?:Scheduling|Protective|Minute|Text|Case\s+Management|Pretrial|Discovery)\s+Order\b/,
    kind: 'order',
  },
];

const SUBTYPES: [RegExp, string][] = [
  [/^(?:PETITION|Petition).*(?:COMPLAINT|Complaint)|CLASS\s+ACTION\s+COMPLAINT/, 'petition_complaint'],
  [/^(?:PETITION|Petition)\s+for\s+(?:a\s+)?Writ\s+of\s+Habeas/i, 'habeas_petition'],
  [/^(?:AMENDED\s+)?COMPLAINT/i, 'complaint'],
  [/^ANSWER/i, 'answer'],
  [
    /^(?:SUMMONS|Summons)\s+Returned\s+Executed|^PROOF\s+OF\s+SERVICE|^(?:AFFIDAVIT|Return)\s+of\s+Service|^WAIVER\s+OF\s+SERVICE\s+Returned/i,
    'proof_of_service',
  ],
  [/^(?:SUMMONS|Summons)\s+Issued/i, 'summons_issued'],
  [/APPEARANCE/i, 'notice_of_appearance'],
  [
    /^(?:NOTICE|Notice)\s+of\s+(?:Hearing|Setting|Change\s+of\s+Hearing)|Setting\s+Hearing/i,
    'notice_of_hearing',
  ],
  [/^(?:NOTICE|Notice)\s+of\s+Voluntary\s+Dismissal/i, 'notice_of_voluntary_dismissal'],
];

const MOTION_SUBTYPES: [RegExp, string][] = [
  [/temporary\s+restraining\s+order.*\bstay\b|\bstay\b.*temporary\s+restraining\s+order/i, 'motion_tro_stay'],
  [/temporary\s+restraining\s+order|\bTRO\b/i, 'motion_tro'],
  [/\bstay\b.*pending\s+appeal/i, 'motion_stay_pending_appeal'],
  [/\bto\s+stay\b|\bfor\s+(?:a\s+)?stay\b|\bstay\s+of\b/i, 'motion_to_stay'],
  [/preliminary\s+injunction|injunctive\s+relief/i, 'motion_preliminary_injunction'],
  [/summary\s+judgment/i, 'motion_summary_judgment'],
  [/judgment\s+on\s+the\s+pleadings/i, 'motion_judgment_on_pleadings'],
  [/\bto\s+dismiss\b|\bdismissal\b/i, 'motion_to_dismiss'],
  [/\bremand\b/i, 'motion_to_remand'],
  [/certify\s+(?:a\s+)?class|class\s+certification/i, 'motion_class_certification'],
  [/pro\s+hac\s+vice/i, 'motion_pro_hac_vice'],
  [
    /extension\s+of\s+time|extend\s+(?:time|deadline)|enlargement\s+of\s+time|to\s+continue|continuance/i,
    'motion_extension_of_time',
  ],
  [/\bto\s+compel\b/i, 'motion_to_compel'],
  [/\bto\s+seal\b|\bunder\s+seal\b/i, 'motion_to_seal'],
  [/\bwithdraw\b/i, 'motion_to_withdraw'],
  [/\bleave\s+to\b/i, 'motion_for_leave'],
  [/\bin\s+limine\b/i, 'motion_in_limine'],
  [/\bto\s+strike\b/i, 'motion_to_strike'],
  [/\breconsider/i, 'motion_for_reconsideration'],
  [/\bin\s+Support\b/i, 'brief_in_support'],
];

/** Motions whose response time the local rules treat as dispositive (28 U.S.C. 636(b)(1)(A) list). */
export function isDispositiveMotion(subtype: string | null): boolean {
  return (
    subtype === 'motion_to_dismiss' ||
    subtype === 'motion_summary_judgment' ||
    subtype === 'motion_judgment_on_pleadings' ||
    subtype === 'motion_preliminary_injunction' ||
    subtype === 'motion_class_certification'
  );
}

/** Read a disposition from an order's title words ("ORDER GRANTING ...", "denying as moot"). */
export function readDisposition(text: string): string | null {
  const head = text.slice(0, 400);
  if (
    /\bgrant(?:ing|ed|s)?\s+in\s+part\b.*\bden(?:ying|ied)\s+in\s+part\b|\bden(?:ying|ied)\s+in\s+part\b.*\bgrant(?:ing|ed)\s+in\s+part\b/i.test(
      head,
    )
  )
    return 'granted_in_part';
  if (
    /\b(?:den(?:ying|ied)|finding)\s+(?:\S+\s+){0,8}?as\s+moot\b|\bmooting\b|\bfinding\s+as\s+moot\b/i.test(
      head,
    )
  )
    return 'moot';
  if (/\bgrant(?:ing|ed|s)?\s+in\s+part\b/i.test(head)) return 'granted_in_part';
  if (/\bden(?:ying|ied)\s+in\s+part\b/i.test(head)) return 'denied_in_part';
  const g = /\b(?:GRANT(?:ING|ED|S)?|Grant(?:ing|ed|s)?|granting|granted|is\s+GRANT)\b/.exec(head);
  const d = /\b(?:DENY(?:ING)?|DENIED|Deny(?:ing)?|Denied|denying|denied)\b/.exec(head);
  if (g && (!d || g.index < d.index)) return 'granted';
  if (d) return 'denied';
  if (/\bdismiss(?:ing|ed)\b/i.test(head)) return 'dismissed';
  if (/\bwithdraw(?:ing|n)\b/i.test(head) && /\bmotion\b/i.test(head)) return 'withdrawn';
  if (/\badopting\b/i.test(head)) return 'adopted';
  return null;
}

/** The first rule that reads `body`, if any. */
function byRules(body: string): { kind: EntryKind; subtype: string | null } | null {
  for (const rule of RULES) {
    const m = rule.re.exec(body);
    if (!m) continue;
    const subtype = typeof rule.subtype === 'function' ? rule.subtype(m, body) : (rule.subtype ?? null);
    return { kind: rule.kind, subtype };
  }
  return null;
}

/**
 * The CM/ECF event vocabulary by families, for an event name no rule reads. An event name is a
 * noun phrase whose head word says what the paper is ("Memorandum & Opinion", "Pro Se (Faretta)
 * Hearing", "Amended Warrant for Arrest Warrant Returned Executed"); a feed's title may be a
 * motion's relief alone, the "Motion to" dropped ("Appear Pro Hac Vice", "Adjourn Conference",
 * "Extension of Time to File Document"); a party's name may stand before the event ("TCL's
 * Opposition to …", "Plaintiff States' Motion for Leave …").
 */
const RELIEF_FIRST =
  /^(?:Appear|Adjourn|Amend|Compel|Consolidate|Continue|Dismiss|Expedite|Extend|Intervene|Quash|Reconsider|Remand|Seal|Sever|Stay|Strike|Substitute|Transfer|Vacate|Withdraw|Proceed|Reopen|Enforce|Exclude|Suppress)\b(?:\s+[\w/&().,'-]+){0,7}$|^(?:Extension|Enlargement)\s+of\s+Time\b|^Leave\s+to\s+(?:File|Proceed|Appeal|Amend)\b/;
const EVENT_FAMILIES: [RegExp, EntryKind, string | null][] = [
  [
    /^(?:Memorandum|MEMORANDUM)\s*(?:&|and|AND)\s*(?:Opinion|OPINION|Decision|DECISION)\b/,
    'opinion',
    'opinion',
  ],
  [
    /^(?:Notice\s+of\s+)?Errat(?:a|um)\b|^ERRAT(?:A|UM)\b|^(?:Letter|LETTER|Notice|NOTICE)\s+of\s+(?:Deficiency|DEFICIENCY)\b/,
    'notice',
    null,
  ],
];

/**
 * The relief itself as the court enters it, its name as the entry's caption: "PRELIMINARY
 * INJUNCTION. The motion [4] is GRANTED IN PART …", "TEMPORARY RESTRAINING ORDER: Respondents shall
 * not …", "INJUNCTION PENDING FINAL JUDGMENT.", "AMENDED PRELIMINARY INJUNCTION ORDER", "ORDER OF
 * PRELIMINARY INJUNCTION", "CLASS-WIDE TEMPORARY RESTRAINING ORDER", "TEMPORARY RESTRAINING ORDER
 * granting in part 2 Motion." — in capitals (then the motion it grants, if said), ended by a stop, a
 * colon or the entry's end; group 1 the relief named. Never a motion's or a hearing's title ("MOTION
 * FOR PRELIMINARY INJUNCTION", "PRELIMINARY INJUNCTION HEARING"), nor a proposed one ("[PROPOSED]").
 */
export const RELIEF_CAPTION =
  /^[\s"'“(]*(?:(?:AMENDED|MODIFIED|SUPPLEMENTAL|SECOND|THIRD|FURTHER|REVISED|CLASS-?WIDE|NATIONWIDE|STIPULATED)\s+)*(?:ORDER\s+(?:OF|FOR|GRANTING|ENTERING|ISSUING)\s+(?:AN?\s+)?(?:(?:AMENDED|MODIFIED|CLASS-?WIDE)\s+)?)?(TEMPORARY\s+RESTRAINING\s+ORDER|(?:PRELIMINARY|PERMANENT)\s+INJUNCTION|INJUNCTION(?:\s+PENDING\s+(?:FINAL\s+JUDGMENT|TRIAL|(?:A\s+)?FINAL\s+(?:HEARING|DECISION)|(?:THE\s+)?RESOLUTION\s+OF\s+THIS\s+(?:ACTION|CASE)|APPEAL))?)(?:\s+(?:AND\s+)?ORDER)?(?:\s*\([^)]{0,40}\))?(?:\s+(?:granting|GRANTING)(?:\s+(?:in\s+part|IN\s+PART))?\s+(?:\[?\d+\]?\s+)?(?:[\w'’-]+\s+){0,4}?(?:Motion|MOTION|Application|APPLICATION)\b[^.;:]{0,80})?\s*(?:[.:;]|$)/;

/** A feed's short title naming a motion's relief only ("Adjourn Conference"): the motion. */
function reliefTitle(body: string): { kind: EntryKind; subtype: string | null } | null {
  // "Strike Order FILED" is the court's order, not a relief: another event word decides then.
  if (!RELIEF_FIRST.test(body) || /\bby\s|\b(?:order|filed|judgment|opinion|entered)\b/i.test(body))
    return null;
  return { kind: 'motion', subtype: MOTION_SUBTYPES.find(([re]) => re.test(body))?.[1] ?? null };
}

/** A party's possessive name before the event ("TCL's", "Plaintiff States'"), not the clerk's or the court's. */
const PARTY_POSSESSIVE =
  /^(?!(?:Clerk|CLERK|Court|COURT|Judge|JUDGE)['’])(?:[A-Z][\w.&,-]*\s+){0,4}[A-Z][\w.&-]*(?:['’]s|s['’]|S['’])\s+(?=[A-Z])/;

function byFamilies(body: string): { kind: EntryKind; subtype: string | null } | null {
  for (const [re, kind, subtype] of EVENT_FAMILIES) if (re.test(body)) return { kind, subtype };
  // A feed's title joining several events ("1 - Terminate Deadlines AND Order on Motion …"): the
  // court's act among them decides, then a motion, then the first that is read.
  const parts = body
    .replace(/^\d+\s+-\s+/, '')
    .split(/\s+AND\s+(?=[A-Z~])/)
    .map((p) => p.replace(/^~?Util\s+-\s+/, '').trim());
  if (parts.length > 1) {
    const read = parts.map((p) => reliefTitle(p) ?? byRules(p) ?? byFamilies(p)).filter((r) => r !== null);
    const first = (kinds: EntryKind[]) => read.find((r) => kinds.includes(r.kind));
    return (
      first(['judgment', 'opinion', 'order', 'mandate']) ??
      first(['motion']) ??
      read.find((r) => r.kind !== 'other') ??
      null
    );
  }
  const relief = reliefTitle(body);
  if (relief) return relief;
  const party = PARTY_POSSESSIVE.exec(body);
  if (party) {
    const rest = stripLead(body.slice(party[0].length));
    const r = byRules(rest);
    if (r && r.kind !== 'other') return r;
  }
  return null;
}

/**
 * A letter's kind is what it does, not the word "letter" (bench/labels/README.md, "Kind conventions
 * across the sets"): it asks for relief → motion; it opposes one → response; it reports on the case's
 * status → status report; it carries a proposed schedule or case-management plan → other (like a
 * Rule 26(f) report); it otherwise informs or answers the court, or the clerk's letter tells the
 * parties something → notice; a bare title naming only an addressee or a subject → other.
 */
const LETTER_HEAD =
  /^\W*(?:\*+[^*]{1,30}\*+\s*)?(?:(?:JOINT|Joint|COUNTER|Counter|SEALED|Sealed)\s+)*(?:LETTER|Letter)\b(?!\s+(?:of|OF)\b|\s+(?:MOTION|Motion|RESPONSE|Response|REPLY|Reply|Request|REQUEST|ORDER|Order|OPINION|Opinion|DECISION|Decision|BRIEF|Brief)\b)/;
const LETTER_PAPER =
  /^\W*(?:(?:JOINT|Joint|COUNTER|Counter)\s+)*(?:LETTER|Letter)\s+(MOTION|Motion|RESPONSE|Response|REPLY|Reply)\b/;

function letterKind(text: string): { kind: EntryKind; subtype: string | null } | null {
  const paper = LETTER_PAPER.exec(text);
  if (paper) {
    const k = paper[1]!.toLowerCase();
    const kind: EntryKind = k === 'motion' ? 'motion' : k === 'reply' ? 'reply' : 'response';
    return {
      kind,
      subtype: kind === 'motion' ? (MOTION_SUBTYPES.find(([re]) => re.test(text))?.[1] ?? null) : null,
    };
  }
  const head = LETTER_HEAD.exec(text);
  if (!head) return null;
  const rest = text.slice(head[0].length, head[0].length + 400);
  if (
    /^\s*(?:BY|by|from|FROM)\s+(?:the\s+)?(?:CLERK|Clerk)\b|^\s*\[\d+\]\s+sent\b|^\s*sent\s+to\b/.test(rest)
  )
    return { kind: 'notice', subtype: null };
  if (
    /^\s*(?:[\w-]+\s+){0,2}?(?:requesting|seeking)\b|\brequest(?:s|ing)?\s+(?:that|to|for|an?|the)\b|\bre:?\s*(?:a\s+)?(?:request|motion|application)\b|\b(?:asking|seeking)\s+(?:the\s+)?(?:court|leave|an?)\b/i.test(
      rest,
    )
  )
    return { kind: 'motion', subtype: null };
  if (/\bin\s+opposition\b|\bopposing\s+(?:the\s+)?(?:\w+\s+){0,3}motion\b/i.test(rest))
    return { kind: 'response', subtype: null };
  if (/\bre:?\s*(?:joint\s+)?status\b|\bstatus\s+(?:letter|report|update)\b/i.test(rest))
    return { kind: 'status_report', subtype: null };
  if (/\bproposed\s+(?:civil\s+)?(?:case[-\s]management\s+plan|schedul\w*|plan)\b|\bCMP\b/i.test(rest))
    return { kind: 'other', subtype: null };
  // A letter with its description (addressed to, filed by, regarding …), or one naming its author and
  // the judge it is written to ("Letter from X to The Honorable Y"), informs the court; a bare title
  // ("Letter to 10CCA", "Letter - Sentencing") says nothing of what it does.
  if (
    /\b(?:addressed\s+to|filed\s+by|regarding|re:|communicating|informing|advising|notifying)\b/i.test(
      rest,
    ) ||
    /^\s*(?:from|FROM)\s+[A-Z][^;]{1,80}?\s+to\s+(?:the\s+|The\s+)?(?:Hon(?:orable|\.)?|Judge|Magistrate|Chief\s+Judge|Court)\b/.test(
      rest,
    )
  )
    return { kind: 'notice', subtype: null };
  return { kind: 'other', subtype: null };
}

/**
 * Event names settled by the kind conventions of bench/labels/README.md that no family rule reads:
 * a magistrate judge's report and recommendation (the court's, not yet a ruling), papers of service
 * and publication, a party's suggestion of authority or of death, a leave of absence, a joinder that
 * is no motion, the clerk's notices of a meeting of creditors or a mediation session, returned mail,
 * the court's notice that the parties may consent; a discharge of the debtor, a bare injunction title
 * (the court's); a grand jury's return (the indictment); an unsigned order to show cause (a party's
 * proposal); drafts ("Proposed …"), agreements and transcript order forms (records).
 */
const CONVENTION_RULES: [RegExp, EntryKind, string | null][] = [
  [
    /^(?:REPORT|Report|FINDINGS|Findings)\s+(?:AND|and|&)\s+(?:RECOMMENDATIONS?|Recommendations?)\b/,
    'order',
    'report_and_recommendation',
  ],
  [
    /^(?:CERTIFICATE|Certificate|PROOF|Proof|AFFIDAVIT|Affidavit|DECLARATION|Declaration)(?:\s*\/\s*(?:Certificate|Declaration|Affidavit|Proof))?\s+(?:OF|of)\s+(?:SERVICE|[Ss]ervice|MAILING|[Mm]ailing|PUBLICATION|[Pp]ublication)\b(?!\s+and\s+No\b)|^Document\s+Mailed\b|^Service\s+-\s+|^(?:Suggestion|SUGGESTION)\s+(?:of|OF)\b|^Leave\s+of\s+Absence\b|^Joinder\s*\(\s*non[-\s]?motion\s*\)|^Meeting\s*(?:\([^)]{1,30}\))?\s*$|^(?:(?:FIRST|SECOND|THIRD|SUBSEQUENT|INITIAL|First|Second|Subsequent|Initial)\s+)?(?:MEDIATION|Mediation)\s+(?:CONFERENCE|Conference|SESSION|Session)\.\s|^Mail\s+Returned\b|^(?!(?:Status|Endorsed)\b)(?:[A-Z][a-z]+\s+){1,3}Letter\s*$|^Calendar\s+Entry\s*$|^Letter\s+of\s+(?!(?:Credit|Request|Rogatory|Intent|Engagement|Understanding)\b)[^.]{0,200}?\bfiled\s+by\b|^In\s+accordance\s+with\s+[^.]{0,80}\byou\s+are\s+hereby\s+notified\b/,
    'notice',
    null,
  ],
  // a party's election to proceed, or not, before a magistrate judge (a plea too), and its form
  [
    /^(?:Consent\s*\/\s*)?Declination\s+to\s+Proceed\b|^CONSENT\s+(?:TO|OF|BY)\s+[^.]{0,80}?\bbefore\s+(?:a\s+|the\s+)?(?:United\s+States\s+|US\s+|U\.\s?S\.\s+)?Magistrate\s+Judge\b|^Magistrate\s+(?:Judge\s+)?Consent\s+Forms?\b/i,
    'notice',
    null,
  ],
  // a letter the judge endorsed is a memo-endorsement: the court's order
  [
    /^Discharge\s+of\s+(?:Joint\s+)?Debtors?\b|^(?:Preliminary|Permanent)\s+Injunction\s*$|^(?:Memo[-\s])?Endorsed\s+Letter\b/i,
    'order',
    null,
  ],
  [/^Grand\s+Jury\s+Returns?\b/i, 'pleading', null],
  [/^Order\s+to\s+Show\s+Cause\s*-\s*Unsigned\b/i, 'motion', null],
  [
    /^(?:PROPOSED|Proposed)\s+|^Transfer\s+(?:Agreement|of\s+Claim)\b|^TRANSCRIPT\s+ORDER\s+FORM\b|^Requests?\s+for\s+(?:Admissions?|Production)\b/i,
    'other',
    null,
  ],
];

/**
 * Bankruptcy CM/ECF event names (hold-out 6's reading choices, bench/labels/README.md): the clerk's
 * hearing and meeting notices and deficiency notices are notices, the court's dispositions of a
 * hearing minutes, a notice the judge signed as an order an order, an unsigned order lodged with
 * chambers a record, a party's objection to a claim or answer to a motion a response.
 */
const BANKRUPTCY_EVENTS: [RegExp, EntryKind, string | null][] = [
  // A proposed order lodged for signature ("Received UNSIGNED Order. Forwarded to Chambers …"),
  // the clerk's FRBP 3001(e) notice of a claim's transfer, a trustee's final report and account (also
  // "… and Application to Close Case": the account is the paper): records, not the court's or a party's act.
  [
    /^Received\s+UNSIGNED\s+Order\b|^Disclosure\s+Statement\b[\s\S]{0,200}?\b(?:Plan|1125|Chapter\s+11)\b|^(?:Notice\s+of\s+)?(?:(?:Transfer|Assignment)\s*\/\s*)?(?:Transfer|Assignment)\s+of\s+Claim\b|^Any\s+objection\s+by\s+the\s+transferor\b|^(?:Chapter\s+\d+\s+)?Trustee'?s\s+Report\s+of\s+No\s+(?:Distribution|Assets)\b|^Disclosure\s+of\s+Compensation\b|^Certificate\s+of\s+(?:Service\s+and\s+)?No\s+(?:Objections?|Response)\b|^(?:Chapter\s+\d+\s+)?(?:Trustee'?s?\s+)?Final\s+(?:Report\s+(?:and|&)\s+)?Account\b|^(?:Chapter\s+\d+\s+)?Trustee'?s?\s+Final\s+Report\b/i,
    'other',
    null,
  ],
  // "Notice and Order Setting Hearing … the Official ORDER", "Disposition of Adversary … Dismissing
  // Complaint", "Interim Order Confirming Plan …", "(Ex Parte) Temporary Restraining Order and Order to
  // Show Cause …": the court's order under a clerk's event name.
  [
    /^Notice\s+and\s+Order\b|^(?:Temporary\s+Restraining|TEMPORARY\s+RESTRAINING)\s+(?:Order|ORDER)\s+(?:and|AND)\s+(?:Order|ORDER)\s+(?:to|TO)\s+(?:Show|SHOW)\s+(?:Cause|CAUSE)\b|^Disposition\s+of\s+Adversary\b|^(?:(?:Interim|Final|Amended|Bridge|Supplemental|Omnibus|Sua\s+Sponte|Endorsed)\s+){1,2}Order\s+(?:[A-Z][a-z]+ing|on|for|to|of|re|Re|RE|regarding|and|setting|granting|denying|confirming|approving|by|By|dated|Dated)\b|^Chapter\s+\d+\s+Discharge\b/,
    'order',
    null,
  ],
  // The court's record of a hearing: "Disposition of Hearing before …: CONTINUED", "Civil Minutes
  // -- …", "Virtual Minute Entry in reference to hearing On: D", "Meeting of Creditors Satisfied", "Hearing
  // Proceeding Memo: Hearing Continued …" (M.D. Fla.'s minutes), the U.S. Trustee's "states that the initial
  // meeting of creditors was held and concluded on D", the clerk's "Matter Taken Under Advisement".
  [
    /^Disposition\s+of\s+Hearing\b|^Civil\s+Minutes\b|^(?:Hearing\s+)?Proceeding\s+Memo(?:randum)?\s*[:-]|^(?:Virtual|Courtroom|Chambers)\s+Minute(?:s|\s+Entry)\b|^Memo\s+to\s+Record\b|^Hearing\s+Not\s+Held\b|^(?:Chapter\s+\d+\s+)?Trustee'?s\s+(?:Report|Memorandum|Minutes)\s+(?:of|from)\s+(?:the\s+)?(?:First\s+|341\s*(?:\(a\)\s*)?)?Meeting(?:\s+of\s+Creditors)?\s+(?:Held|Concluded|Completed)\b|^Meeting\s+of\s+Creditors\s+(?:Chapter\s+\d+\s+)?(?:Held|Concluded|Satisfied|Not\s+Held)\b|^(?:Matter|Motion|Case|Hearing)\s+(?:(?:Taken|Held|Is|Was)\s+)?Under\s+Advisement\b|^(?:The\s+)?(?:United\s+States|U\.\s?S\.)\s+Trustee\s+(?:states|reports|certifies)\s+that\s+the\s+(?:[\w-]+\s+){0,2}(?:meeting\s+of\s+creditors|341(?:\s*\(a\))?\s+meeting)\s+(?:was|has\s+been)\s+(?:held|concluded|completed)\b/i,
    'minute_entry',
    null,
  ],
  // The clerk's notices: a hearing set, scheduled or continued with its motion named in a
  // parenthesis ("Hearing Set On (related document(s) …)", "Pretrial (RE: …) Hearing scheduled for
  // D", "Confirmation Hearing Scheduled (…)", "Hearing continued (Re: …) Hearing scheduled D"), the
  // judge and trustee assigned with the meeting of creditors, a deficient filing, a deadline
  // updated, the clerk's correction of a claim's or the docket's record ("Claim Status Correction"),
  // a trustee's directive for plan payments, a claims agent's affidavit (of service), service documents.
  [
    /^(?:(?!(?:to|for|motion|application|request|letter|order|minutes?)\b)[A-Z][\w-]*\s+|Chapter\s+\d+\s+){0,3}(?:\((?:RE:?\s*)?(?:related\s+document|\d)[^()]*(?:\([^()]*\)[^()]*)*\)\s*)?(?:Hearing|Conference)\s+(?:\([^)]{1,30}\)\s+)?(?:(?:and\s+)?(?:Deadlines?|Documents?)\s+)*(?:Set|Scheduled|Continued|Rescheduled|Cancell?ed|Stricken|Withdrawn|Vacated|Adjourned|Terminated|Off\s+Calendar)\b(?!\s+by\b)|^(?:Continued|Rescheduled|Adjourned)\s+(?:Hearing|Conference)\s+\(\s*(?:RE:?\s*)?related\s+document|^Hearing\s+to\s+Consider\b|^(?:Continued\s+)?Meeting\s+of\s+Creditors\s+to\s+be\s+(?:held|noticed)\b|^Auto\s+Assignment\s+of\s+Judge\b|^Deficien(?:t\s+Filing|cy\s+Memo)\b|^Notice\s+of\s+Motion\b[^.]{0,120}?\band\s+(?:Requirement|Opportunity)\s+to\b|^Notice\s+of\s+Motion\b[\s\S]{0,300}?\(related\s+document\(s\)\s*:?\s*\d+\s+(?:[\w-]+\s+){0,3}Motion\b|^Response\s+to\s+(?:the\s+)?(?:court'?s\s+notice|notice\s+of\s+(?:case|oral\s+argument)\b)|^Deadline\s+updated\b|^(?:(?:Claims?|Docket|Case)\s+)?(?:Status\s+)?Correction\b|^(?:Trustee'?s\s+)?Directive\s+(?:for|to)\s+(?:(?:Termination|Modification|Suspension|Change|Resumption)\s+of\s+)?(?:Plan\s+)?Payments?\b|^(?:Affidavit|Declaration)\s+(?:Filed\s+)?by\s+(?:the\s+)?Claims\s+(?:and\s+Noticing\s+)?Agent\b|^Electronic\s+Service\s+Documents\b/i,
    'notice',
    null,
  ],
  // A party's papers: "Notice and Motion to Convert …", "Notice of motion and motion for relief …";
  // "Objection By Trustee X To Claim Of Y", "Answer to (related document(s) 11 Motion for Relief …)",
  // "Answer filed by X (related document(s) 13 Notice of Motion for Relief …)" (an answer to a motion,
  // also "Answer with Certificate of Service Filed by X (…)"); "Brief Filed by X (RE: related document(s)
  // 49 Response)": a brief in support of a response takes its kind.
  // A professional's fee application under its period ("Interim Application for Compensation", "Twenty-
  // Second Monthly Fee Application of X"), a motion like any application.
  [
    /^Notice\s+(?:of\s+motion\s+)?and\s+motion\b|^(?:(?:Interim|Monthly|Quarterly|Final|Combined|(?:[A-Z][a-z]+-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+ieth))\s+){1,4}(?:Fee\s+)?Application\s+(?:for|of|to)\b/i,
    'motion',
    null,
  ],
  [
    /^Objections?\s+(?:by|of|filed\s+by)\b|^Notice\s+of\s+Hearing\s+and\s+Objection\s+to\b|^Objection\s+[^.;]{1,80}?['’]s?\s+Objection\s+to\b|^(?:Limited\s+)?Reservation\s+of\s+Rights\b|^Certification\s+in\s+Opposition\b|^(?:Statement\s+of\s+)?Non-?Opposition\b|^Answer\s+to\s+\(?\s*(?:RE:?\s*)?(?:related\s+document(?:\(s\)|s)?:?\s*)?\d*\s*(?:[\w'-]+\s+){0,3}Motion\b|^Answer\s+(?:(?:with|and)\s+Certificate\s+of\s+Service\s+)?filed\s+by\s+[^()]{1,80}?\(\s*(?:RE:?\s*)?related\s+document(?:\(s\)|s)?:?\s*\d+\s+(?:[\w'-]+\s+){0,3}Motion\b|^(?:Brief|Memorandum)(?:\s+(?:of\s+Law\s+)?in\s+Support)?\s+filed\s+by\s+[^()]{1,120}?\(\s*(?:RE:?\s*)?related\s+document(?:\(s\)|s)?:?\s*\d+\s+(?:Response|Objection|Opposition)\b/i,
    'response',
    null,
  ],
];

/**
 * What an entry is from the words around its event name, where the name alone misleads or is missing:
 * who speaks, and what the verb after the name does.
 * - The clerk correcting the docket or flagging a filer's error ("Corrective Entry (RE: …)", "Notice of
 *   Corrective Entry", "**ERROR** TWO PART DOCUMENT. CORRECTION REQUIRED", "Incorrect Event Entered, Filer
 *   Notified to Refile …"): the clerk's notice
 *   (bench/labels/README.md, thirteenth session); a bare title ("Corrective Entry-Text Modified") only
 *   records that the docket changed. A corrective remark after a party's paper leaves the paper its kind.
 * - The clerk reporting in a sentence what was or will be done ("Orders dated D have been entered in the
 *   cases of …", "In accordance with Administrative Order 2009-1, this case will be transferred to Judge X
 *   on D"): a notice. Where the court acts, the sentence says so ("This action is hereby transferred": `RULES`).
 * - A deadline the clerk's utility terminated, updated or cancelled ("Missing Documents Deadline
 *   Terminated, Reason: …"), the record on appeal transmitted ("Certified and Transmitted Record on
 *   Appeal", "Supplemental Transmittal of Record on Appeal"): the clerk's notices.
 * - A court of appeals' judgment "issued as mandate" or "in lieu of formal mandate": the mandate, whatever the event's first word.
 * - A petition for review of an agency's order opens the proceeding in the court of appeals: a pleading.
 * - A request for oral argument on a motion asks the court for a hearing: a motion.
 */
const CONTEXT_READINGS: [RegExp, EntryKind][] = [
  [
    /^\W*(?:(?:Notice\s+of\s+)?Corrective\s+Entry(?!\s*-\s*[\w ]{0,30}$)|(?:FILING\s+)?ERROR\b[^.]{0,80}\.\s*CORRECTION\s+REQUIRED|Incorrect\s+(?:Event|Document|PDF|Image|Case\s+Number)\s+(?:Entered|Filed|Attached|Used)\b[^.]{0,20}?\b(?:Filer|Attorney|Counsel|Party)\s+(?:Notified|Advised|Instructed)\b)/i,
    'notice',
  ],
  [
    /^(?:An?\s+|The\s+)?Orders?\s+(?:dated\s+[^.;]{3,40}?,?\s+)?(?:has|have)\s+been\s+entered\b|^(?:In\s+accordance\s+with|Pursuant\s+to)\s+[^;]{3,200}?,\s+(?:this|the)\s+(?:bankruptcy\s+)?(?:case|action|matter|proceeding)\s+will\s+be\b/i,
    'notice',
  ],
  [
    /^(?!(?:(?:[A-Z][\w-]*|of)\s+){0,8}?Order\b)(?:(?:[A-Z][\w-]*|of)\s+){0,8}Deadlines?\s+(?:Terminated|Updated|Cancell?ed)\b|^(?:(?:Supplemental|Amended|Certified\s+and)\s+)?Transmi(?:ttal|tted)\s+(?:of\s+)?(?:the\s+)?Record\b/i,
    'notice',
  ],
  // … or "issued in lieu of (a) formal mandate" (FRAP 41(a): a certified copy of the judgment serves
  // as the mandate — the Third Circuit's "CERTIFIED JUDGMENT issued in lieu of formal mandate").
  [
    /^[^.;]{0,60}?\b(?:issued|entered|filed|sent|transmitted|serves?|serving)\s+(?:as\s+(?:the\s+)?mandate|in\s+lieu\s+of\s+(?:an?\s+|the\s+)?(?:formal\s+)?mandate)\b|^[^.;]{0,80}?\bin\s+lieu\s+of\s+(?:an?\s+|the\s+)?formal\s+mandate\b/i,
    'mandate',
  ],
  [/^PETITION\s+FOR\s+REVIEW\b/i, 'pleading'],
  [/^Request(?:\s*\/\s*Statement)?\s+(?:for|of)\s+Oral\s+(?:Argument|Hearing)\b/i, 'motion'],
];

function byContext(body: string): { kind: EntryKind; subtype: string | null } | null {
  for (const [re, kind] of CONTEXT_READINGS) if (re.test(body)) return { kind, subtype: null };
  return null;
}

function byConvention(body: string): { kind: EntryKind; subtype: string | null } | null {
  for (const [re, kind, subtype] of CONVENTION_RULES) if (re.test(body)) return { kind, subtype };
  // A clerk's event the judge signed ("Hearing Continued … Signed on D") is read as an order by who
  // signed it (`signedByTheCourt`, index.ts).
  for (const [re, kind, subtype] of BANKRUPTCY_EVENTS) if (re.test(body)) return { kind, subtype };
  return null;
}

/**
 * An entry no event name reads that prints CM/ECF's line of a meeting of creditors to come ("Chapter 7
 * Trustee's Continued Meeting of Creditors. … 341(a) meeting to be held on D", "Appointment of
 * Trustee. … 341(a) meeting to be held on D"): the notice of that meeting.
 */
function meetingNotice(body: string): { kind: EntryKind; subtype: string | null } | null {
  return /\b341\s*\(a\)\s+meeting\s+to\s+be\s+held\b|\bMeeting\s+of\s+Creditors\s+to\s+be\s+(?:held|noticed)\b/i.test(
    body,
  )
    ? { kind: 'notice', subtype: null }
    : null;
}

const NOTICE_OF_APPEAL = /^(?:NOTICE|NOTIFICATION)\s+OF\s+(?:INTERLOCUTORY\s+|CROSS[-\s])?APPEAL\b/i;

export interface ClassifyOptions {
  /** The court's id (`src/courts.ts`): a few event names mean another paper in a bankruptcy court. */
  court?: string;
}

export function classify(text: string, options: ClassifyOptions = {}): Classification {
  const body = stripLead(text).replace(/^(Motion|MOTION|Notice|NOTICE|Application)(for|to|of)\b/, '$1 $2');
  const read =
    letterKind(text.trim()) ??
    (RELIEF_CAPTION.test(body) ? { kind: 'order' as const, subtype: null } : null) ??
    byContext(body) ??
    byConvention(body) ??
    reliefTitle(body) ??
    byRules(body) ??
    byFamilies(body) ??
    readHead(body) ??
    meetingNotice(body) ??
    (/^[\s\S]{0,300}?\bIT\s+IS\s+(?:HEREBY\s+)?ORDERED\b/.test(body)
      ? { kind: 'order' as const, subtype: null }
      : null);
  const kind: EntryKind = inBankruptcyCourt(read, body, options.court)?.kind ?? read?.kind ?? 'other';
  let subtype: string | null = read?.subtype ?? null;
  // "NOTICE of appeal by X regarding orders [106]": a notice of appeal in any case, whichever reader
  // took the title first.
  if (kind === 'notice' && subtype === null && NOTICE_OF_APPEAL.test(body)) subtype = 'notice_of_appeal';
  if (subtype === null) {
    if (kind === 'motion') subtype = MOTION_SUBTYPES.find(([re]) => re.test(body.slice(0, 200)))?.[1] ?? null;
    else if (kind === 'pleading' || kind === 'notice')
      subtype = SUBTYPES.find(([re]) => re.test(body))?.[1] ?? null;
    else if (kind === 'stipulation')
      subtype =
        /\b(?:so\s+ordered|and\s+order\b|signed\s+by\s+(?:District|Magistrate|Chief|Senior)?\s*Judge|order\s+by\s+Judge)/i.test(
          text,
        )
          ? 'stipulated_order'
          : /proposed\s+order/i.test(text)
            ? 'stipulation_with_proposed_order'
            : 'stipulation_not_so_ordered';
    else if (kind === 'order') subtype = orderSubtype(text);
  }
  // A motion's title followed by the court's minutes of its hearing, signed ("Motion for Relief from
  // Automatic Stay … filed by X; Objection by the Debtors … Hearing held and continued. … IT IS SO
  // ORDERED /s/ Judge. Record made."): the court's proceeding memo, minutes.
  if (kind === 'motion' && MINUTES_OF_MOTION.test(text)) return courtAct('minute_entry');
  const clerkEntry = subtype === 'clerk_set_deadlines';
  const isCourtAct =
    kind === 'order' ||
    kind === 'opinion' ||
    kind === 'judgment' ||
    kind === 'mandate' ||
    kind === 'minute_entry' ||
    subtype === 'stipulated_order' ||
    subtype === 'notice_of_hearing' ||
    clerkEntry ||
    /^(?:TEXT\s+)?NOTICE\s+(?:OF\s+)?(?:HEARING|SETTING)|^CLERK'?S\s+NOTICE\b|^(?:ELECTRONIC\s+)?NOTICE\s+Setting|^(?:AMENDED\s+)?NOTICE\s+OF\s+(?:CHANGE\s+OF\s+)?HEARING|^TEXT\s+NOTICE/i.test(
      text.trim(),
    );
  const proposes =
    (kind === 'motion' ||
      kind === 'stipulation' ||
      kind === 'response' ||
      kind === 'reply' ||
      kind === 'status_report') &&
    !isCourtAct;
  let disposition: string | null = null;
  // A report and recommendation recommends; it rules on nothing until the district judge adopts it.
  if (
    (kind === 'order' || kind === 'opinion' || kind === 'judgment') &&
    subtype !== 'report_and_recommendation'
  )
    disposition = readDisposition(body);
  if (subtype === 'stipulated_order') disposition = 'so_ordered';
  return { kind, subtype, disposition, isCourtAct, proposes, clerkEntry };
}

/**
 * A bankruptcy court's "Disclosure Statement" is the chapter 11 plan's (11 U.S.C. § 1125: the plan papers,
 * `other`); a party's corporate ownership statement there is Rule 7007.1's, under its own name. Elsewhere a
 * bare "Disclosure Statement" is Rule 7.1's (a `notice`).
 */
function inBankruptcyCourt(
  read: { kind: EntryKind } | null,
  body: string,
  court: string | undefined,
): { kind: EntryKind } | null {
  if (read?.kind !== 'notice' || !court || findCourt(court)?.type !== 'bankruptcy') return null;
  return /^Disclosure\s+Statement\b(?![^.;]{0,40}\b(?:Rule\s+7|Corporate|Ownership)\b)/i.test(body)
    ? { kind: 'other' }
    : null;
}

const MINUTES_OF_MOTION =
  /\b(?:Hearing|HEARING|Trial|TRIAL)\s+(?:held|HELD)\b[\s\S]*\b(?:IT\s+IS\s+SO\s+ORDERED|Record\s+made)\b/;

function courtAct(kind: EntryKind): Classification {
  return { kind, subtype: null, disposition: null, isCourtAct: true, proposes: false, clerkEntry: false };
}

function orderSubtype(text: string): string | null {
  const t = text.trim();
  if (
    /\b(?:granting|denying|GRANTING|DENYING|Granting|Denying|granted|denied|GRANTED|DENIED)\b[^.]{0,120}\b(?:motion|MOTION|Motion|application|petition)/.test(
      t,
    )
  )
    return 'order_on_motion';
  if (/^TEXT[-\s]ONLY\s+ORDER|^TEXT\s+ORDER|^DOCKET\s+TEXT\s+ORDER|^MINUTE\s+ORDER/i.test(t)) {
    if (
      /\b(?:shall|must|may)\s+(?:file|respond|reply)\b.*\b(?:reply|respon)/i.test(t) &&
      /hearing\s+set/i.test(t)
    )
      return 'text_only_order_briefing_schedule';
    return /^MINUTE/i.test(t) ? 'minute_order' : 'text_only_order';
  }
  if (/^SCHEDULING\s+ORDER/i.test(t)) return 'scheduling_order';
  if (
    /\b(?:EXPANDING|MODIFYING|EXTENDING|LIFTING|DISSOLVING)\b[^.]{0,80}\b(?:stay|STAY|Stay|Order|ORDER)/.test(
      t,
    )
  )
    return 'order_modifying_stay';
  if (/pro\s+hac\s+vice/i.test(t)) return 'order_pro_hac_vice';
  if (/^(?:[A-Z]+\s+)?PROTECTIVE\s+ORDER/i.test(t)) return 'protective_order';
  return null;
}
