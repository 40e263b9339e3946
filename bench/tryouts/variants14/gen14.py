#!/usr/bin/env python3
"""gen14.py — writes the variants14 histories (V1-1 … V9-4), checks.json and expected.md.
Each history is written here in its own words (courts lamd msnd alnd tned gasd wvsd lawd alsd mssd gamd,
dates 2033–2035); the expected outcome of each is written beside it, before any replay."""
import datetime as dt, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
HIST, CHECKS, EXP = [], [], []

def wd(s, day):  # assert a weekday, so no expectation rests on a weekend shift
    assert dt.date.fromisoformat(s).strftime('%a') == day, (s, dt.date.fromisoformat(s).strftime('%a'), day)
    return s

LINK = re.compile(r'\b(re:|re|granting|denying|to|on|considers|extending|by|Motion|motion) (\d{1,3})(?=(?: (?:[A-Z]|filed|is hereby)|,))')
def e(n, date, time, short, text, doc=None):
    text = LINK.sub(r'\1 [\2]', text).replace('(granting 95)', '(granting [95])')  # CM/ECF links, as the format marks them
    x = {'number': n, 'dateFiled': date, 'time': time, 'shortDescription': short, 'text': text}
    if doc: x['documentText'] = doc
    return x

def mmddyyyy(s):
    y, m, d = s.split('-'); return f'{m}/{d}/{y}'

def entered(s):
    return f' (Entered: {mmddyyyy(s)})'

PEOPLE = {
    'removal': lambda cls: {'class': cls, 'scope': 'nationwide', 'protects': 'removal'},
}

def case(stem, court, docket, name, filed, entries, expected, checks, people=None, appeals=None, parties=None):
    h = {'about': f'variants14 {stem}: written for a blind check of docketwatch (every entry invented; no real case).',
         'court': court, 'docketNumber': docket, 'caseName': name, 'dateFiled': filed, 'feed': 'all'}
    if people: h['people'] = people
    if parties: h['parties'] = parties
    # add " (Entered: …)" to texts that lack it
    for x in entries:
        if '(Entered:' not in x['text']: x['text'] += entered(x['dateFiled'])
    h['entries'] = entries
    if appeals: h['appeals'] = appeals
    HIST.append((stem, h))
    CHECKS.append({'file': stem + '.json', 'problem': stem.split('-')[0], 'case': f'{court}:{docket}', 'checks': checks})
    EXP.append((stem, court, expected, checks))

def cli(asOf, mustContain=(), mustNotContain=(), count=None):
    c = {'type': 'cli', 'asOf': asOf, 'mustContain': list(mustContain), 'mustNotContain': list(mustNotContain)}
    if count: c['count'] = count
    return c

def mail(to, anyMessage=(), noMessage=(), mustContain=(), mustNotContain=()):
    return {'type': 'mail', 'to': to, 'anyMessage': list(anyMessage), 'noMessage': list(noMessage),
            'mustContain': list(mustContain), 'mustNotContain': list(mustNotContain)}

MISSING_SUBJ = r'(?is)\A[^\n]*missing'          # a message whose subject says missing
NO_MISSING_CLI = r'(?i)\bmissing\b'
def missing_for(*dates):  # a message whose subject says missing and that names one of these days
    alts = '|'.join(dates)
    return r'(?is)\A[^\n]*missing.*(' + alts + ')'

def missing_subject_for(*dates):  # a message whose subject line says missing and names one of these days
    return r'(?i)\A[^\n]*missing[^\n]*(' + '|'.join(dates) + ')'

def long(s):  # 2034-03-06 -> March 6, 2034
    x = dt.date.fromisoformat(s); return f'{x.strftime("%B")} {x.day}, {x.year}'

def both(s):
    return f'{long(s)}|{s}'

# ------------------------------------------------------------------ V1: reports matched to a recurring duty
case('V1-1', 'lamd', '3:34-cv-00112', 'Okafor v. Noem', '2034-01-03', [
    e(1, '2034-01-03', '10:12', 'Complaint', 'CLASS ACTION COMPLAINT for Declaratory and Injunctive Relief against Kristi Noem, Todd Lyons filed by Chidi Okafor. (Filing fee $ 405, receipt number ALAMDC-4410021) (Attachments: # 1 Civil Cover Sheet) (jmb)'),
    e(2, '2034-01-03', '10:40', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Chidi Okafor. (Attachments: # 1 Memorandum in Support) (jmb)'),
    e(18, '2034-01-09', '16:05', 'Order', 'ORDER: Defendants shall submit to the Court, every twenty-eight (28) days beginning February 6, 2034, a report stating the number of class members detained at each facility in this District and the date of each detention. Signed by Judge Shelly D. Dick on 1/9/2034. (ch)',
      'ORDER. Defendants shall submit to the Court, every twenty-eight (28) days beginning February 6, 2034, a report stating the number of class members detained at each facility in this District and the date of each detention. Signed by Judge Shelly D. Dick on January 9, 2034.'),
    e(21, wd('2034-02-06', 'Mon'), '15:44', 'Notice (Other)', 'NOTICE OF FILING of First Periodic Report Regarding Compliance with Order (Doc. 18) by Kristi Noem, Todd Lyons. (Attachments: # 1 Exhibit A - Facility Counts) (Reyes, Maria)'),
    e(23, '2034-03-07', '09:20', 'Report', 'Second REPORT by Kristi Noem, Todd Lyons re: 18 Order (Reyes, Maria)'),
    e(24, '2034-03-20', '11:00', 'Notice of Appearance', 'NOTICE of Appearance by Daniel Broussard on behalf of Chidi Okafor (Broussard, Daniel)'),
    e(25, wd('2034-04-03', 'Mon'), '14:31', 'Report', 'Defendants\' Third 28-Day Report of Detained Class Members filed by Kristi Noem, Todd Lyons. (Reyes, Maria)'),
    e(27, wd('2034-05-01', 'Mon'), '16:58', 'Notice (Other)', 'NOTICE by Kristi Noem, Todd Lyons of Compliance: Fourth Report Pursuant to the Court\'s January 9, 2034 Order (Attachments: # 1 Declaration of SDDO Paul Landry) (Reyes, Maria)'),
    e(28, '2034-05-22', '10:05', 'Motion to Withdraw as Attorney', 'MOTION to Withdraw Daniel Broussard as Attorney by Chidi Okafor. (Broussard, Daniel)'),
], 'A report every 28 days from Feb 6, 2034 (Feb 6, Mar 6, Apr 3, May 1); all four filed (the second a day late, "Second REPORT … re: 18 Order", the others as a notice of filing, a "28-Day Report", a "NOTICE … of Compliance"). Nothing is missing.',
    [cli('2034-05-21', mustNotContain=[NO_MISSING_CLI]), mail('all', noMessage=[MISSING_SUBJ])])

case('V1-2', 'gasd', '4:33-cv-00287', 'Mensah v. Field Office Director', '2033-10-11', [
    e(1, '2033-10-11', '09:02', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) against Field Office Director, Atlanta Field Office filed by Kwame Mensah. (jlh)'),
    e(30, '2033-11-01', '13:47', 'Order on Motion for Preliminary Injunction', 'ORDER granting in part 4 Motion for Preliminary Injunction. On or before the sixteenth (16th) day of each month, commencing November 16, 2033, Respondents shall file a declaration of a responsible ICE official attesting to Respondents\' compliance with this Order. Signed by Chief Judge R. Stan Baker on 11/1/2033. (jlh)',
      'Respondents shall not detain any class member for more than forty-eight hours without a custody determination. On or before the sixteenth (16th) day of each month, commencing November 16, 2033, Respondents shall file a declaration of a responsible ICE official attesting to Respondents\' compliance with this Order. SO ORDERED, this 1st day of November, 2033.'),
    e(33, wd('2033-11-16', 'Wed'), '17:10', 'Declaration', 'DECLARATION of Deputy Field Office Director Mark Ellis Regarding Compliance (November 2033) by Field Office Director, Atlanta Field Office. (Hale, Susan)'),
    e(35, wd('2033-12-16', 'Fri'), '15:02', 'Declaration', 'DECLARATION of Mark Ellis re 30 Order on Motion for Preliminary Injunction -- Monthly Compliance Declaration for December by Field Office Director, Atlanta Field Office. (Hale, Susan)'),
    e(36, '2034-01-04', '10:30', 'Motion for Extension of Time', 'Consent MOTION for Extension of Time to File Answer by Field Office Director, Atlanta Field Office. (Hale, Susan)'),
    e(37, '2034-01-05', '08:55', 'Order on Motion for Extension of Time', 'ORDER granting 36 Motion for Extension of Time to Answer. Answer due 2/5/2034. Signed by Magistrate Judge Benjamin W. Cheesbro on 1/5/2034. (jlh)'),
    e(39, '2034-02-05', '16:20', 'Answer', 'ANSWER to 1 Petition by Field Office Director, Atlanta Field Office. (Hale, Susan)'),
    e(40, wd('2034-02-16', 'Thu'), '14:12', 'Declaration', 'Third Monthly DECLARATION of Compliance (February 2034) by Field Office Director, Atlanta Field Office. (Hale, Susan)'),
    e(41, '2034-03-01', '09:40', 'Notice of Appearance', 'NOTICE of Appearance by Leila Haddad on behalf of Kwame Mensah (Haddad, Leila)'),
], 'A declaration on or before the 16th of each month from Nov 16, 2033; filed Nov 16, Dec 16, Feb 16; the one due January 16, 2034 was NOT filed: it, and only it, is reported missing (after its day); nothing missing before it.',
    [cli('2034-01-12', mustNotContain=[NO_MISSING_CLI]),
     mail('all', anyMessage=[missing_for(both('2034-01-16'))], noMessage=[missing_subject_for(both('2033-11-16'), both('2033-12-16'), both('2034-02-16'))])])

case('V1-3', 'wvsd', '2:34-cv-00056', 'Ramirez-Ortega v. Warden, South Central Regional Jail', '2034-02-13', [
    e(1, '2034-02-13', '11:11', 'Petition', 'CLASS PETITION for Writ of Habeas Corpus by Luis Ramirez-Ortega. (Attachments: # 1 Exhibits) (taq)'),
    e(12, '2034-02-24', '15:30', 'Memorandum Opinion & Order', 'MEMORANDUM OPINION AND ORDER: The Court directs Federal Respondents to file written updates on the status of the re-screening of class members every two weeks, commencing Thursday, March 2, 2034, until further order. Signed by Judge Irene C. Berger on 2/24/2034. (taq)',
      'It is hereby ORDERED that Federal Respondents file written updates on the status of the re-screening of class members every two weeks, commencing Thursday, March 2, 2034, until further order.'),
    e(14, wd('2034-03-02', 'Thu'), '16:44', 'Status Report', 'STATUS UPDATE (First Bi-Weekly) by Federal Respondents regarding 12 Memorandum Opinion & Order. (Cole, Adam)'),
    e(15, wd('2034-03-16', 'Thu'), '12:01', 'Status Report', 'SECOND UPDATE on Re-Screening of Class Members by Federal Respondents. (Cole, Adam)'),
    e(16, '2034-03-22', '09:15', 'Motion for Leave to File Excess Pages', 'MOTION for Leave to File Excess Pages by Luis Ramirez-Ortega. (Vance, Rachel)'),
    e(17, '2034-03-23', '10:00', 'Order on Motion for Leave', 'ORDER granting 16 Motion for Leave to File Excess Pages. Signed by Judge Irene C. Berger on 3/23/2034. (taq)'),
    e(19, wd('2034-03-31', 'Fri'), '10:26', 'Status Report', 'Federal Respondents\' Third Biweekly Status Update re: Re-Screening (ECF No. 12) (Cole, Adam)'),
    e(21, wd('2034-04-13', 'Thu'), '17:30', 'Notice (Other)', 'NOTICE of Fourth Update on Re-Screening by Federal Respondents (Attachments: # 1 Declaration of Officer Brandon Yates) (Cole, Adam)'),
    e(22, '2034-04-20', '13:13', 'Notice of Appearance', 'NOTICE OF APPEARANCE by Rachel Vance on behalf of Luis Ramirez-Ortega (Vance, Rachel)'),
], 'Updates every two weeks from Thu Mar 2, 2034 until further order: Mar 2, Mar 16, Mar 30 (filed Mar 31, a day late), Apr 13 — all filed, in four different wordings. Nothing missing.',
    [cli('2034-04-05', mustNotContain=[NO_MISSING_CLI]), cli('2034-04-19', mustNotContain=[NO_MISSING_CLI]), mail('all', noMessage=[MISSING_SUBJ])])

case('V1-4', 'lawd', '6:35-cv-00431', 'Thibodeaux v. Immigration and Customs Enforcement', '2035-05-21', [
    e(1, '2035-05-21', '08:48', 'Complaint', 'COMPLAINT with Class Action Allegations against Immigration and Customs Enforcement filed by Marie Thibodeaux. (ctw)'),
    e(26, '2035-06-18', '14:20', 'Order', 'ORDER: IT IS ORDERED that Respondents file a notice every six weeks, the first no later than July 2, 2035, listing each class member transferred out of the Alexandria staging facility since the last notice. Signed by Magistrate Judge Carol B. Whitehurst on 6/18/2035. (ctw)',
      'IT IS ORDERED that Respondents file a notice every six weeks, the first no later than July 2, 2035, listing each class member transferred out of the Alexandria staging facility since the last notice. THUS DONE AND SIGNED in Lafayette, Louisiana, this 18th day of June, 2035.'),
    e(29, wd('2035-07-02', 'Mon'), '15:35', 'Notice (Other)', 'NOTICE of Compliance (Report No. 1) by Immigration and Customs Enforcement re 26 Order (Landry, Paul)'),
    e(31, '2035-08-14', '11:02', 'Notice (Other)', 'NOTICE of Compliance (Report No. 2) by Immigration and Customs Enforcement re 26 Order (Landry, Paul)'),
    e(32, '2035-09-05', '09:30', 'Motion to Compel', 'MOTION to Compel Discovery by Marie Thibodeaux. (Guidry, Anne)'),
    e(34, '2035-09-26', '16:00', 'Response in Opposition to Motion', 'RESPONSE in Opposition re 32 MOTION to Compel filed by Immigration and Customs Enforcement. (Landry, Paul)'),
    e(35, wd('2035-11-05', 'Mon'), '14:45', 'Notice (Other)', 'NOTICE of Compliance (Report No. 4) by Immigration and Customs Enforcement re 26 Order (Landry, Paul)'),
    e(36, '2035-11-28', '10:10', 'Notice of Appearance', 'NOTICE of Appearance by Anne Guidry on behalf of Marie Thibodeaux (Guidry, Anne)'),
], 'A notice every six weeks from Jul 2, 2035: Jul 2 (filed), Aug 13 (filed Aug 14, a day late), Sep 24 (NOT filed), Nov 5 (filed, "Report No. 4"). The September 24, 2035 notice is reported missing and no other.',
    [cli('2035-09-10', mustNotContain=[NO_MISSING_CLI]),
     mail('all', anyMessage=[missing_for(both(wd('2035-09-24', 'Mon')))], noMessage=[missing_subject_for(both('2035-07-02'), both('2035-08-13'), both('2035-11-05'))])])

# ------------------------------------------------------------------ V2: one sentence, one series
REPORT_ROW = r'(?im)^dl-\S+\s+deadline\s+.*(report|notice|list)'
def one_upcoming(word):
    return {'pattern': r'(?im)^dl-\S+\s+deadline\s+.*' + word + r'.*\bupcoming\b', 'eq': 1}

case('V2-1', 'msnd', '3:34-cv-00009', 'Bello v. Noem', '2034-01-02', [
    e(1, '2034-01-02', '09:30', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Amina Bello. (scs)'),
    e(3, '2034-01-02', '09:55', 'Motion for TRO', 'EMERGENCY MOTION for Temporary Restraining Order by Amina Bello. (scs)'),
    e(15, '2034-01-03', '17:20', 'Order', 'ORDER: Beginning January 6, 2034, and every Friday thereafter until further order, Defendants shall file a report that identifies (a) each class member transferred out of this District during the preceding week, (b) the date of each transfer, and (c) the facility to which each class member was transferred. Signed by District Judge Sharion Aycock on 1/3/2034. (scs)',
      'Beginning January 6, 2034, and every Friday thereafter until further order, Defendants shall file a report that identifies (a) each class member transferred out of this District during the preceding week, (b) the date of each transfer, and (c) the facility to which each class member was transferred. SO ORDERED, this the 3rd day of January, 2034.'),
    e(17, wd('2034-01-06', 'Fri'), '16:40', 'Report', 'REPORT of Transfers (Week 1) by Kristi Noem re 15 Order (Pruitt, Jon)'),
    e(18, wd('2034-01-13', 'Fri'), '16:05', 'Report', 'REPORT of Transfers (Week 2) by Kristi Noem re 15 Order (Pruitt, Jon)'),
    e(19, '2034-01-16', '10:20', 'Notice of Appearance', 'NOTICE of Appearance by Grace Whitfield on behalf of Amina Bello (Whitfield, Grace)'),
], 'One weekly report every Friday from Jan 6, 2034 (the sentence lists what it must identify). As of Jan 16, 2034: exactly one upcoming report duty, due 2034-01-20; no other report row upcoming.',
    [cli('2034-01-16', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*report.*2034-01-20.*\bupcoming\b'], count=one_upcoming('report'))])

case('V2-2', 'alnd', '5:34-cv-00718', 'Nguyen v. Warden, Etowah County Detention Center', '2034-05-15', [
    e(1, '2034-05-15', '13:00', 'Petition', 'PETITION for Writ of Habeas Corpus on behalf of a putative class filed by Thanh Nguyen. (KAM)'),
    e(8, '2034-05-22', '10:10', 'Motion to Certify Class', 'MOTION to Certify Class by Thanh Nguyen. (Porter, Ellen)'),
    e(22, '2034-06-01', '14:55', 'Order', 'ORDER - Respondents shall file, on the second Tuesday of each month, a status report identifying every class member held longer than ninety days, stating the basis for each one\'s continued detention, and listing any removal date that has been scheduled. Signed by Judge Liles C. Burke on 06/01/2034. (KAM)',
      'Respondents shall file, on the second Tuesday of each month, a status report identifying every class member held longer than ninety days, stating the basis for each one\'s continued detention, and listing any removal date that has been scheduled. DONE and ORDERED this 1st day of June, 2034.'),
    e(24, wd('2034-06-13', 'Tue'), '15:20', 'Status Report', 'STATUS REPORT (June 2034) by Warden, Etowah County Detention Center. (Ames, Carl)'),
    e(25, '2034-06-19', '09:00', 'Response to Motion', 'RESPONSE to Motion re 8 MOTION to Certify Class filed by Warden, Etowah County Detention Center. (Ames, Carl)'),
], 'One monthly status report on the second Tuesday (Jun 13, Jul 11, Aug 8, 2034). As of Jun 20, 2034: exactly one upcoming report duty, due 2034-07-11.',
    [cli('2034-06-20', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*report.*' + wd('2034-07-11', 'Tue') + r'.*\bupcoming\b'], count=one_upcoming('report'))])

case('V2-3', 'tned', '3:34-cv-00402', 'Haile v. Director, New Orleans Field Office', '2034-05-25', [
    e(1, '2034-05-25', '11:34', 'Petition', 'PETITION for Writ of Habeas Corpus and Class Complaint filed by Selam Haile. (ADA)'),
    e(6, '2034-05-26', '09:18', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Selam Haile. (Ortiz, Diego)'),
    e(14, wd('2034-06-01', 'Thu'), '18:02', 'Memorandum and Order', 'MEMORANDUM AND ORDER. Not later than noon on each Monday, beginning June 5, 2034, Defendants must file a notice listing (1) the name of any class member they intend to remove during the following week, (2) the scheduled removal date, and (3) the country of removal. Signed by District Judge Katherine A. Crytzer on 6/1/2034. (ADA)',
      'Not later than noon on each Monday, beginning June 5, 2034, Defendants must file a notice listing (1) the name of any class member they intend to remove during the following week, (2) the scheduled removal date, and (3) the country of removal.'),
    e(16, wd('2034-06-05', 'Mon'), '11:40', 'Notice (Other)', 'NOTICE of Intended Removals (Week of June 5) by Director, New Orleans Field Office (Kemp, Laura)'),
    e(17, wd('2034-06-12', 'Mon'), '10:58', 'Notice (Other)', 'NOTICE of Intended Removals (Week of June 12) by Director, New Orleans Field Office (Kemp, Laura)'),
    e(18, '2034-06-13', '14:30', 'Notice of Appearance', 'NOTICE of Appearance by Bethany Lowe on behalf of Selam Haile (Lowe, Bethany)'),
], 'One weekly notice due Mondays at noon from Jun 5, 2034. As of Jun 14, 2034: exactly one upcoming notice duty, due 2034-06-19 12:00.',
    [cli('2034-06-14', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*' + wd('2034-06-19', 'Mon') + r' 12:00.*\bupcoming\b'], count=one_upcoming('(notice|list)'))])

case('V2-4', 'gamd', '7:34-cv-00155', 'Coulibaly v. Stewart Detention Center Warden', '2034-08-21', [
    e(1, '2034-08-21', '15:15', 'Complaint', 'COMPLAINT (Class Action) against Stewart Detention Center Warden filed by Moussa Coulibaly. (tlf)'),
    e(5, '2034-08-25', '10:45', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Moussa Coulibaly. (Ruiz, Pilar)'),
    e(20, wd('2034-09-05', 'Tue'), '16:30', 'Order', 'ORDER. IT IS FURTHER ORDERED that Defendant shall provide the Court with a written report every thirty (30) days from the date of this Order, which report shall set forth the number of individuals screened, the number released, and the reasons for any denial of release. Signed by Judge W. Louis Sands on 09/05/2034. (tlf)',
      'IT IS FURTHER ORDERED that Defendant shall provide the Court with a written report every thirty (30) days from the date of this Order, which report shall set forth the number of individuals screened, the number released, and the reasons for any denial of release. SO ORDERED, this 5th day of September, 2034.'),
    e(21, '2034-09-12', '09:20', 'Notice of Appearance', 'NOTICE of Appearance by Walter Briggs on behalf of Stewart Detention Center Warden (Briggs, Walter)'),
    e(22, '2034-09-19', '13:00', 'Response to Motion', 'RESPONSE to 5 MOTION for Preliminary Injunction filed by Stewart Detention Center Warden. (Briggs, Walter)'),
], 'One written report every 30 days from the order of Sep 5, 2034 (listing what it must set forth). As of Sep 20, 2034: exactly one upcoming report duty, due 2034-10-05.',
    [cli('2034-09-20', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*report.*' + wd('2034-10-05', 'Thu') + r'.*\bupcoming\b'], count=one_upcoming('report'))])

# ------------------------------------------------------------------ V3: schedule changed
def old_rows(*dates):
    return r'(?im)^dl-\S+\s+deadline\s+.*(' + '|'.join(dates) + r')\b.*\b(upcoming|passed|missing)\b'

case('V3-1', 'alsd', '1:33-cv-00061', 'Ibrahim v. Mayorkas', '2033-01-17', [
    e(1, '2033-01-17', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Alejandro Mayorkas filed by Yusuf Ibrahim. (srr)'),
    e(20, '2033-02-01', '15:05', 'Order', 'ORDER directing Defendant to file a status report on the 1st day of every month, starting March 1, 2033, on the adjudication of class members\' pending applications. Signed by Chief Judge Jeffrey U. Beaverstock on 2/1/2033. (srr)',
      'Defendant is DIRECTED to file a status report on the 1st day of every month, starting March 1, 2033, on the adjudication of class members\' pending applications. DONE and ORDERED this 1st day of February, 2033.'),
    e(22, wd('2033-03-01', 'Tue'), '16:15', 'Status Report', 'STATUS REPORT by Alejandro Mayorkas pursuant to 20 Order (Mitchell, Ray)'),
    e(25, wd('2033-04-01', 'Fri'), '14:50', 'Status Report', 'STATUS REPORT (April) by Alejandro Mayorkas (Mitchell, Ray)'),
    e(27, '2033-04-05', '09:45', 'Joint Motion', 'JOINT MOTION to Modify Reporting Schedule by Yusuf Ibrahim, Alejandro Mayorkas. (Mitchell, Ray)'),
    e(28, '2033-04-10', '11:30', 'Order on Motion', 'ORDER granting 27 Joint Motion to Modify Reporting Schedule. Going forward the periodic reports required by the Order of February 1, 2033 (Doc. 20) shall be filed every ninety (90) days, the next being due July 1, 2033. Signed by Chief Judge Jeffrey U. Beaverstock on 4/10/2033. (srr)',
      'The joint motion is GRANTED. Going forward the periodic reports required by the Order of February 1, 2033 (Doc. 20) shall be filed every ninety (90) days, the next being due July 1, 2033.'),
    e(31, wd('2033-07-01', 'Fri'), '15:40', 'Status Report', 'STATUS REPORT (90-day) by Alejandro Mayorkas (Mitchell, Ray)'),
    e(32, '2033-07-14', '10:10', 'Notice of Appearance', 'NOTICE of Appearance by Dana Whitt on behalf of Yusuf Ibrahim (Whitt, Dana)'),
], 'Monthly on the 1st from Mar 1, 2033, then (Apr 10) every 90 days, next July 1, 2033 → Sep 29, 2033. As of Jul 10, 2033: the report duty is upcoming on 2033-09-29; no May 1, Jun 1, Aug 1 or Sep 1 occurrence upcoming, passed or missing; nothing missing anywhere.',
    [cli('2033-07-10', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*' + wd('2033-09-29', 'Thu') + r'.*\bupcoming\b'],
         mustNotContain=[old_rows('2033-05-01', '2033-05-02', '2033-06-01', '2033-08-01', '2033-09-01'), NO_MISSING_CLI]),
     mail('all', noMessage=[MISSING_SUBJ])])

case('V3-2', 'mssd', '3:35-cv-00020', 'Ahmadi v. Acting Director, ICE', '2035-01-03', [
    e(1, '2035-01-03', '09:09', 'Petition', 'CLASS PETITION for Writ of Habeas Corpus filed by Farid Ahmadi. (DJ)'),
    e(14, '2035-01-08', '16:16', 'Order', 'ORDER requiring Respondents to file a status report on the fifteenth day of each month, beginning January 15, 2035, concerning the custody reviews ordered herein. Signed by District Judge Carlton W. Reeves on 1/8/2035. (DJ)',
      'Respondents shall file a status report on the fifteenth day of each month, beginning January 15, 2035, concerning the custody reviews ordered herein. SO ORDERED AND ADJUDGED, this the 8th day of January, 2035.'),
    e(16, wd('2035-01-15', 'Mon'), '15:15', 'Status Report', 'STATUS REPORT by Acting Director, ICE (Baird, Tom)'),
    e(18, wd('2035-02-15', 'Thu'), '14:14', 'Status Report', 'Second STATUS REPORT by Acting Director, ICE (Baird, Tom)'),
    e(19, '2035-02-20', '10:00', 'Amended Order', 'AMENDED ORDER: The monthly status reports required by 14 Order shall instead be filed on the second day of each month, beginning April 2, 2035. Signed by District Judge Carlton W. Reeves on 2/20/2035. (DJ)',
      'The monthly status reports required by the Order of January 8, 2035 shall instead be filed on the second day of each month, beginning April 2, 2035. SO ORDERED.'),
    e(21, wd('2035-04-02', 'Mon'), '16:50', 'Status Report', 'STATUS REPORT (April) by Acting Director, ICE (Baird, Tom)'),
    e(22, '2035-04-12', '09:30', 'Notice of Appearance', 'NOTICE of Appearance by Jasmine Cole on behalf of Farid Ahmadi (Cole, Jasmine)'),
], 'Monthly on the 15th (Jan 15, Feb 15, 2035), then (Feb 20) on the 2nd of each month from April 2, 2035. As of Apr 15, 2035: the duty is upcoming on 2035-05-02; no Mar 15, Apr 15/16 or May 15 occurrence upcoming, passed or missing; nothing missing (March is not due under the new schedule).',
    [cli('2035-04-15', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*' + wd('2035-05-02', 'Wed') + r'.*\bupcoming\b'],
         mustNotContain=[old_rows('2035-03-15', '2035-04-15', '2035-04-16', '2035-05-15'), NO_MISSING_CLI]),
     mail('all', noMessage=[MISSING_SUBJ])])

case('V3-3', 'gasd', '1:34-cv-00033', 'Osei v. Irwin County Detention Center', '2034-03-01', [
    e(1, '2034-03-01', '12:12', 'Complaint', 'COMPLAINT (Class Action) filed by Ama Osei against Irwin County Detention Center. (wjb)'),
    e(20, '2034-03-30', '14:00', 'Order', 'ORDER: Defendant shall file a status report on the twelfth (12th) of each month beginning April 12, 2034, regarding access to counsel at the facility. Signed by Judge J. Randal Hall on 3/30/2034. (wjb)',
      'Defendant shall file a status report on the twelfth (12th) of each month beginning April 12, 2034, regarding access to counsel at the facility. ORDER ENTERED at Augusta, Georgia, this 30th day of March, 2034.'),
    e(23, wd('2034-04-12', 'Wed'), '15:30', 'Status Report', 'STATUS REPORT by Irwin County Detention Center (Dunn, Cara)'),
    e(26, wd('2034-05-12', 'Fri'), '16:10', 'Status Report', 'STATUS REPORT by Irwin County Detention Center (Dunn, Cara)'),
    e(33, '2034-06-02', '09:25', 'Motion for Relief', 'MOTION to be Excused from Filing June Status Report by Irwin County Detention Center. (Dunn, Cara)'),
    e(34, '2034-06-05', '11:45', 'Order on Motion', 'ORDER granting 33 Motion. Defendant is relieved of its obligation to file the report otherwise due June 12, 2034; the next report shall be filed July 12, 2034, as scheduled. Signed by Judge J. Randal Hall on 6/5/2034. (wjb)',
      'Defendant is relieved of its obligation to file the report otherwise due June 12, 2034; the next report shall be filed July 12, 2034, as scheduled.'),
    e(36, wd('2034-07-12', 'Wed'), '14:44', 'Status Report', 'STATUS REPORT by Irwin County Detention Center (Dunn, Cara)'),
    e(37, '2034-07-26', '10:30', 'Notice of Appearance', 'NOTICE of Appearance by Hugo Grant on behalf of Ama Osei (Grant, Hugo)'),
], 'Monthly on the 12th from Apr 12, 2034; the June 12 report excused; Jul 12 filed. As of Jun 20, 2034: the duty is upcoming on 2034-07-12 and nothing is missing; June 12 is never reported missing (CLI nor mail).',
    [cli('2034-06-20', mustContain=[r'(?im)^dl-\S+\s+deadline\s+.*2034-07-12.*\bupcoming\b'], mustNotContain=[NO_MISSING_CLI, old_rows('2034-06-12')]),
     cli('2034-07-25', mustNotContain=[NO_MISSING_CLI]),
     mail('all', noMessage=[MISSING_SUBJ])])

case('V3-4', 'wvsd', '3:35-cv-00004', 'Popescu v. Director, Philadelphia Field Office', '2035-01-02', [
    e(1, '2035-01-02', '13:33', 'Complaint', 'CLASS ACTION COMPLAINT filed by Andrei Popescu. (kp)'),
    e(22, '2035-01-05', '16:00', 'Order', 'ORDER: Defendants are DIRECTED to file a progress report every other Wednesday, beginning January 10, 2035, describing the bond hearings provided to class members. Signed by Judge Robert C. Chambers on 1/5/2035. (kp)',
      '1. Respondents shall provide each class member a bond hearing within twenty-one days. 2. The burden at each hearing is on the Government. 3. Class counsel shall be given the hearing calendar. 4. Defendants are DIRECTED to file a progress report every other Wednesday, beginning January 10, 2035, describing the bond hearings provided to class members.'),
    e(24, wd('2035-01-10', 'Wed'), '15:00', 'Report', 'PROGRESS REPORT by Director, Philadelphia Field Office (Shah, Nikhil)'),
    e(26, wd('2035-01-24', 'Wed'), '15:20', 'Report', 'PROGRESS REPORT No. 2 by Director, Philadelphia Field Office (Shah, Nikhil)'),
    e(27, '2035-01-30', '10:00', 'Notice of Settlement', 'NOTICE of Settlement in Principle by Andrei Popescu, Director, Philadelphia Field Office (Shah, Nikhil)'),
    e(28, '2035-02-01', '11:11', 'Order', 'ORDER: In light of the parties\' notice of settlement (ECF No. 27), the reporting requirement in paragraph 4 of the Court\'s January 5, 2035 Order (ECF No. 22) is SUSPENDED pending further order. Signed by Judge Robert C. Chambers on 2/1/2035. (kp)',
      'In light of the parties\' notice of settlement, the reporting requirement in paragraph 4 of the Court\'s January 5, 2035 Order (ECF No. 22) is SUSPENDED pending further order.'),
    e(29, '2035-03-05', '09:45', 'Notice of Appearance', 'NOTICE of Appearance by Oliver Stone on behalf of Andrei Popescu (Stone, Oliver)'),
], 'Biweekly progress reports from Wed Jan 10, 2035 (Jan 10, Jan 24 filed); suspended Feb 1, 2035. As of Mar 1, 2035: no report occurrence upcoming, passed or missing (Feb 7, Feb 21 not due); nothing missing in mail.',
    [cli('2035-03-01', mustNotContain=[r'(?im)^dl-\S+\s+deadline\s+.*report.*\b(upcoming|passed|missing)\b', NO_MISSING_CLI]),
     mail('all', noMessage=[MISSING_SUBJ])])

# ------------------------------------------------------------------ V4: duties end with the injunction
PI_IN_FORCE_ROW = r'(?im)^in-\S+\s+injunction\s+preliminary injunction\s.*\bin_force\b'
PI_IN_FORCE_LINE = r'(?im)^\s+IN FORCE\s+Preliminary injunction'
DUTY_LIVE = r'(?im)^dl-\S+\s+deadline\s+.*(report|declaration).*\b(upcoming|passed|missing)\b'
CLASS = 'noncitizens detained in the District who have been or will be designated for third-country removal'

case('V4-1', 'tned', '2:33-cv-00088', 'Mbeki v. Noem', '2033-04-11', [
    e(1, '2033-04-11', '10:30', 'Complaint', 'CLASS ACTION COMPLAINT filed by Thabo Mbeki against Kristi Noem. (BJB)'),
    e(25, wd('2033-05-02', 'Mon'), '17:00', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM OPINION AND ORDER granting 5 Motion for Preliminary Injunction. Defendants are ENJOINED from removing any class member to a third country without notice and an opportunity to seek protection. Defendants shall file a compliance report on the first Monday of each month, beginning June 6, 2033. Signed by District Judge Clifton L. Corker on 5/2/2033. (BJB)',
      '1. Defendants are ENJOINED from removing any class member to a third country without notice and an opportunity to seek protection. 2. Defendants shall file a compliance report on the first Monday of each month, beginning June 6, 2033.'),
    e(30, wd('2033-06-06', 'Mon'), '16:30', 'Report', 'COMPLIANCE REPORT by Kristi Noem (Hart, Lena)'),
    e(33, '2033-07-05', '15:30', 'Report', 'COMPLIANCE REPORT (July) by Kristi Noem (Hart, Lena)'),
    e(38, '2033-08-01', '14:00', 'Report', 'COMPLIANCE REPORT (August) by Kristi Noem (Hart, Lena)'),
    e(42, '2033-08-25', '09:15', 'Joint Motion', 'JOINT MOTION for Approval of Consent Decree by Thabo Mbeki, Kristi Noem. (Attachments: # 1 Proposed Consent Decree) (Hart, Lena)'),
    e(44, wd('2033-09-02', 'Fri'), '15:00', 'Report', 'COMPLIANCE REPORT (September) by Kristi Noem (Hart, Lena)'),
    e(60, '2033-09-12', '11:00', 'Consent Decree', 'CONSENT DECREE. The Court approves and enters the parties\' Consent Decree (Doc. 42-1). This Consent Decree supersedes and replaces the Preliminary Injunction entered May 2, 2033 (Doc. 25). Signed by District Judge Clifton L. Corker on 9/12/2033. (BJB)',
      'The Court approves and enters the Consent Decree. This Consent Decree supersedes and replaces the Preliminary Injunction entered May 2, 2033 (Doc. 25). The Court retains jurisdiction to enforce this Decree for three years.'),
    e(61, '2033-11-20', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Kyle Moss on behalf of Kristi Noem (Moss, Kyle)'),
], 'PI of May 2, 2033 with monthly compliance reports (first Monday); superseded by the consent decree of Sep 12, 2033. As of Nov 15, 2033: the PI is not in force; no compliance-report occurrence is upcoming, passed or missing (October 3, November 7 not due); no missing mail.',
    [cli('2033-11-15', mustNotContain=[PI_IN_FORCE_ROW, PI_IN_FORCE_LINE, DUTY_LIVE, NO_MISSING_CLI]), mail('all', noMessage=[MISSING_SUBJ])],
    people=PEOPLE['removal'](CLASS))

case('V4-2', 'gamd', '4:34-cv-00071', 'Dlamini v. Warden, Stewart Detention Center', '2034-02-27', [
    e(1, '2034-02-27', '14:00', 'Petition', 'PETITION for Writ of Habeas Corpus (Class) filed by Nomsa Dlamini. (ggs)'),
    e(22, wd('2034-03-14', 'Tue'), '15:45', 'Order on Motion for Preliminary Injunction', 'ORDER granting 4 Motion for Preliminary Injunction. Respondent is ENJOINED from removing class members before their motions to reopen are adjudicated. Every fourteen days, beginning March 28, 2034, Respondent shall file a declaration listing the class members in custody. Signed by Judge Clay D. Land on 3/14/2034. (ggs)',
      'Respondent is ENJOINED from removing class members before their motions to reopen are adjudicated. Every fourteen days, beginning March 28, 2034, Respondent shall file a declaration listing the class members in custody.'),
    e(24, wd('2034-03-28', 'Tue'), '16:20', 'Declaration', 'DECLARATION of ICE Officer Paula Grimes re 22 Order by Warden, Stewart Detention Center (Webb, Hal)'),
    e(26, wd('2034-04-11', 'Tue'), '16:05', 'Declaration', 'DECLARATION of ICE Officer Paula Grimes (second) by Warden, Stewart Detention Center (Webb, Hal)'),
    e(28, '2034-04-25', '14:25', 'Declaration', 'DECLARATION of ICE Officer Paula Grimes (third) by Warden, Stewart Detention Center (Webb, Hal)'),
    e(40, '2034-04-28', '09:00', 'Motion to Dissolve', 'MOTION to Dissolve Preliminary Injunction by Warden, Stewart Detention Center. (Webb, Hal)'),
    e(44, wd('2034-05-05', 'Fri'), '13:30', 'Order on Motion to Dissolve', 'ORDER granting 40 Motion to Dissolve. In light of the rescission of the challenged policy, the preliminary injunction entered on March 14, 2034 (Doc. 22) is DISSOLVED. Signed by Judge Clay D. Land on 5/5/2034. (ggs)',
      'In light of the rescission of the challenged policy, the preliminary injunction entered on March 14, 2034 (Doc. 22) is DISSOLVED.'),
    e(45, '2034-06-20', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Iris Pope on behalf of Nomsa Dlamini (Pope, Iris)'),
], 'PI of Mar 14, 2034 with a declaration every 14 days (Mar 28, Apr 11, Apr 25 filed); dissolved May 5, 2034. As of Jun 15, 2034: PI not in force; no declaration occurrence upcoming, passed or missing (May 9, May 23, Jun 6 not due); no missing mail.',
    [cli('2034-06-15', mustNotContain=[PI_IN_FORCE_ROW, PI_IN_FORCE_LINE, DUTY_LIVE, NO_MISSING_CLI]), mail('all', noMessage=[MISSING_SUBJ])],
    people=PEOPLE['removal'](CLASS))

case('V4-3', 'lawd', '2:34-cv-00190', 'Arceneaux v. Lyons', '2034-02-20', [
    e(1, '2034-02-20', '09:00', 'Complaint', 'COMPLAINT (Class Action) filed by Jean Arceneaux against Todd Lyons. (crt)'),
    e(30, wd('2034-03-14', 'Tue'), '16:45', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM RULING AND ORDER granting 6 Motion for Preliminary Injunction. See order for terms. Signed by Judge James D. Cain, Jr. on 3/14/2034. (crt)',
      '1. Defendant and his agents are ENJOINED from removing any class member while the class member\'s application for protection is pending. 2. Defendant shall provide class counsel with the A-number of each class member. 3. [reserved] 4. Defendant shall preserve all records. 5. Defendant shall file a report every two weeks, beginning March 28, 2034, stating the number of class members detained and removed.'),
    e(32, wd('2034-03-28', 'Tue'), '15:00', 'Report', 'REPORT (Biweekly) by Todd Lyons re 30 Order (Fontenot, Luc)'),
    e(33, '2034-03-30', '10:10', 'Notice of Appeal', 'NOTICE OF APPEAL as to 30 Order on Motion for Preliminary Injunction by Todd Lyons. (Fontenot, Luc)'),
    e(34, wd('2034-04-11', 'Tue'), '15:00', 'Report', 'REPORT (Biweekly) No. 2 by Todd Lyons re 30 Order (Fontenot, Luc)'),
    e(37, '2034-04-24', '09:30', 'Notice (Other)', 'NOTICE of Fifth Circuit Order by Todd Lyons (Fontenot, Luc)'),
    e(38, '2034-06-05', '11:00', 'Notice of Appearance', 'NOTICE of Appearance by Claire Babin on behalf of Jean Arceneaux (Babin, Claire)'),
], 'PI of Mar 14, 2034 (para 1 enjoins removal; para 5 a report every two weeks from Mar 28). On Apr 20, 2034 the Fifth Circuit stays paragraph 5 pending appeal. As of Jun 1, 2034: the PI is still in force; no report occurrence (Apr 25 onward) is upcoming, passed or missing; no missing mail.',
    [cli('2034-06-01', mustContain=[r'(?im)^in-\S+\s+injunction\s+.*\bin_force\b'], mustNotContain=[DUTY_LIVE, NO_MISSING_CLI]), mail('all', noMessage=[MISSING_SUBJ])],
    people=PEOPLE['removal'](CLASS),
    appeals=[{'court': 'ca5', 'docketNumber': '34-30211', 'dateFiled': '2034-03-31', 'entries': [
        {'number': 1, 'dateFiled': '2034-03-31', 'time': '10:00', 'text': 'CIVIL CASE docketed. NOA filed by Appellant Mr. Todd Lyons [34-30211] (RLL)'},
        {'number': 6, 'dateFiled': '2034-04-03', 'time': '14:00', 'text': 'OPPOSED MOTION filed by Appellant Mr. Todd Lyons for stay of district court order pending appeal [34-30211] (Fontenot, Luc)'},
        {'number': 14, 'dateFiled': '2034-04-20', 'time': '16:30', 'text': 'COURT ORDER granting in part, denying in part Appellant\'s opposed motion for stay pending appeal [6]. The requirement, in paragraph 5 of the district court\'s preliminary injunction of March 14, 2034, that Appellant file biweekly reports is STAYED pending resolution of this appeal. The motion is otherwise DENIED. [34-30211] (RLL)'},
    ]}])

case('V4-4', 'alnd', '2:35-cv-00014', 'Soto v. Sheriff of Etowah County', '2035-01-09', [
    e(1, '2035-01-09', '09:40', 'Complaint', 'COMPLAINT (Class Action) filed by Rosa Soto. (AHI)'),
    e(31, wd('2035-02-05', 'Mon'), '17:00', 'Preliminary Injunction', 'MEMORANDUM OPINION AND ORDER granting 3 Motion for Preliminary Injunction. Defendants shall not transfer or remove any class member without seven days\' written notice to class counsel; Defendants shall file a status report on the first business day of each month beginning March 1, 2035. Signed by Judge Annemarie Carney Axon on 2/5/2035. (AHI)',
      'Defendants shall not transfer or remove any class member without seven days\' written notice to class counsel. Defendants shall file a status report on the first business day of each month beginning March 1, 2035.'),
    e(34, wd('2035-03-01', 'Thu'), '16:00', 'Status Report', 'STATUS REPORT by Sheriff of Etowah County (Crane, Lou)'),
    e(37, wd('2035-04-02', 'Mon'), '16:00', 'Status Report', 'STATUS REPORT by Sheriff of Etowah County (Crane, Lou)'),
    e(40, '2035-05-01', '16:00', 'Status Report', 'STATUS REPORT by Sheriff of Etowah County (Crane, Lou)'),
    e(72, wd('2035-06-01', 'Fri'), '16:00', 'Status Report', 'STATUS REPORT (June 2035) by Sheriff of Etowah County (Crane, Lou)'),
    e(70, '2035-05-20', '10:00', 'Joint Motion', 'JOINT MOTION for Final Approval of Class Settlement by Rosa Soto, Sheriff of Etowah County. (Attachments: # 1 Settlement Agreement) (Crane, Lou)'),
    e(75, wd('2035-06-18', 'Mon'), '14:30', 'Order', 'ORDER APPROVING CLASS SETTLEMENT AND DISMISSING ACTION. The Settlement Agreement (Doc. 70-1) is APPROVED. The preliminary injunction (Doc. 31) is superseded by the Settlement Agreement and shall have no further effect. The Court retains jurisdiction to enforce the Agreement. Signed by Judge Annemarie Carney Axon on 6/18/2035. (AHI)',
      'The Settlement Agreement is APPROVED and its terms are incorporated herein. The preliminary injunction (Doc. 31) is superseded by the Settlement Agreement and shall have no further effect. This action is DISMISSED, the Court retaining jurisdiction to enforce the Agreement.'),
    e(76, '2035-08-06', '09:30', 'Notice (Other)', 'NOTICE of Change of Address by Lou Crane (Crane, Lou)'),
], 'PI of Feb 5, 2035 with monthly status reports (first business day; Mar 1, Apr 2, May 1, Jun 1, all filed). Superseded by the settlement order of Jun 18, 2035. As of Aug 1, 2035: PI not in force; no report occurrence upcoming, passed or missing for July 2 or August 1, 2035.',
    [cli('2035-08-01', mustNotContain=[PI_IN_FORCE_ROW, PI_IN_FORCE_LINE, old_rows('2035-07-0[12]', '2035-08-01'), r'(?im)^dl-\S+\s+deadline\s+.*report.*\bupcoming\b']),
     mail('all', noMessage=[missing_subject_for(both('2035-07-02'), long('2035-08-01'), '2035-08-01')])],
    people=PEOPLE['removal'](CLASS))

# ------------------------------------------------------------------ V5: captioned injunction recognised
IN_FORCE_ANY = r'(?im)^\s+IN FORCE\s+.*(injunction|restraining)'
NOTHING = r'(?i)nothing (is )?in force'
ROW_IN_FORCE = r'(?im)^(in|st)-\S+\s+(injunction|stay)\s+.*\bin_force\b'

case('V5-1', 'msnd', '1:34-cv-00061', 'Ochoa v. Noem', '2034-02-12', [
    e(1, '2034-02-12', '10:00', 'Complaint', 'COMPLAINT (Class Action) filed by Ines Ochoa. (jpm)'),
    e(6, '2034-02-13', '11:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Ines Ochoa. (Attachments: # 1 Memorandum) (Lane, Mia)'),
    e(None, '2034-03-02', '15:00', 'Motion Hearing', 'Minute Entry for proceedings held before District Judge Michael P. Mills: Motion Hearing held on 3/2/2034 re 6 MOTION for Preliminary Injunction. (Court Reporter Sue Tate.) (jpm)'),
    e(19, '2034-03-09', '16:00', 'Preliminary Injunction Order', 'PRELIMINARY INJUNCTION ORDER. Upon consideration of Plaintiffs\' Motion 6, the response, and the hearing held 3/2/2034, the motion is GRANTED IN PART and DENIED IN PART. Pending final judgment, Defendants are ENJOINED from removing any member of the certified class from the United States. Signed by District Judge Michael P. Mills on 3/9/2034. (jpm)',
      'PRELIMINARY INJUNCTION ORDER. The motion is GRANTED IN PART and DENIED IN PART. Pending final judgment, Defendants, their agents and all persons acting in concert with them are ENJOINED from removing any member of the certified class from the United States. The request for release from detention is DENIED.'),
    e(20, '2034-03-20', '09:00', 'Notice of Appearance', 'NOTICE of Appearance by Troy Beck on behalf of Kristi Noem (Beck, Troy)'),
], 'A PI captioned "PRELIMINARY INJUNCTION ORDER", granted in part, enjoining removal pending final judgment. As of Mar 25, 2034: an injunction is IN FORCE; never "nothing in force".',
    [cli('2034-03-25', mustContain=[IN_FORCE_ANY, ROW_IN_FORCE], mustNotContain=[NOTHING])], people=PEOPLE['removal'](CLASS))

case('V5-2', 'alsd', '2:34-cv-00301', 'Kaya v. Warden, Baldwin County Corrections Center', '2034-08-07', [
    e(1, '2034-08-07', '08:30', 'Petition', 'PETITION for Writ of Habeas Corpus filed by Emre Kaya, on behalf of himself and others similarly situated. (sdb)'),
    e(4, '2034-08-07', '08:45', 'Emergency Motion', 'EMERGENCY MOTION for Temporary Restraining Order by Emre Kaya. (Nash, Ivy)'),
    e(6, '2034-08-07', '15:00', 'Certificate of Service', 'CERTIFICATE OF SERVICE by Emre Kaya re [4] Emergency Motion, served on the United States Attorney (Nash, Ivy)'),
    e(9, wd('2034-08-08', 'Tue'), '17:15', 'Temporary Restraining Order', 'TEMPORARY RESTRAINING ORDER: Having reviewed Petitioner\'s Emergency Motion (ECF No. 4), the Court finds a likelihood of irreparable harm. The motion is granted in part. Respondents are RESTRAINED from transferring or removing Petitioner and the putative class members from the Southern District of Alabama. This Order expires at 5:00 p.m. on 8/22/2034 unless extended. Signed by Chief Judge Jeffrey U. Beaverstock on 8/8/2034. (sdb)',
      'TEMPORARY RESTRAINING ORDER. The motion is granted in part. Respondents are RESTRAINED from transferring or removing Petitioner and the putative class members from the Southern District of Alabama. The request for immediate release is denied. This Order expires at 5:00 p.m. on 8/22/2034 unless extended.'),
    e(10, '2034-08-10', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Ward Pike on behalf of Warden (Pike, Ward)'),
], 'A TRO captioned "TEMPORARY RESTRAINING ORDER:", granted in part, to 5:00 p.m. Aug 22, 2034. As of Aug 15, 2034: a TRO is IN FORCE, ending 2034-08-22; never "nothing in force".',
    [cli('2034-08-15', mustContain=[IN_FORCE_ANY, r'(?im)^in-\S+\s+injunction\s+.*2034-08-22.*\bin_force\b'], mustNotContain=[NOTHING])], people=PEOPLE['removal'](CLASS))

case('V5-3', 'tned', '1:34-cv-00144', 'Yilmaz v. Lyons', '2034-04-03', [
    e(1, '2034-04-03', '13:00', 'Complaint', 'COMPLAINT (Class Action) by Deniz Yilmaz. (BFM)'),
    e(12, '2034-04-05', '09:30', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Deniz Yilmaz. (Fox, Nell)'),
    e(19, '2034-04-26', '14:00', 'Response in Opposition', 'RESPONSE in Opposition re [12] MOTION for Preliminary Injunction filed by Todd Lyons. (Kerr, Ruth)'),
    e(27, '2034-05-16', '16:40', 'Memorandum Opinion', 'MEMORANDUM OPINION AND PRELIMINARY INJUNCTION: For the reasons stated, Plaintiffs\' motion (Doc. 12) is well taken in part. The Court GRANTS the motion as to the removal claim and DENIES it as to the detention claim. Defendants shall not remove any class member from the United States while this action is pending. Signed by District Judge Travis R. McDonough on 5/16/2034. (BFM)',
      'MEMORANDUM OPINION AND PRELIMINARY INJUNCTION. The Court GRANTS the motion as to the removal claim and DENIES it as to the detention claim. Defendants shall not remove any class member from the United States while this action is pending.'),
    e(28, '2034-05-30', '11:00', 'Notice of Appearance', 'NOTICE of Appearance by Ruth Kerr on behalf of Todd Lyons (Kerr, Ruth)'),
], 'An order captioned "MEMORANDUM OPINION AND PRELIMINARY INJUNCTION:", granting in part (removal) and denying in part (detention). As of Jun 1, 2034: an injunction is IN FORCE; never "nothing in force".',
    [cli('2034-06-01', mustContain=[IN_FORCE_ANY, ROW_IN_FORCE], mustNotContain=[NOTHING])], people=PEOPLE['removal'](CLASS))

case('V5-4', 'wvsd', '1:34-cv-00219', 'Haddad v. Superintendent, Southern Regional Jail', '2034-09-04', [
    e(1, '2034-09-04', '10:20', 'Petition', 'CLASS PETITION for Writ of Habeas Corpus by Samir Haddad. (msa)'),
    e(9, '2034-09-06', '12:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Samir Haddad. (Irwin, Jo)'),
    e(15, '2034-09-20', '10:00', 'Response', 'RESPONSE to [9] Motion for Preliminary Injunction by Superintendent, Southern Regional Jail. (Ford, Eli)'),
    e(31, '2034-10-11', '15:20', 'Preliminary Injunction', 'PRELIMINARY INJUNCTION (as to the Detention Subclass). The Petitioners\' Motion 9 is granted in part: pending final judgment, Respondents shall not deport or transfer any member of the Detention Subclass. The motion is denied insofar as it seeks release. Signed by Senior Judge David A. Faber on 10/11/2034. (msa)',
      'PRELIMINARY INJUNCTION (as to the Detention Subclass). The Petitioners\' Motion is granted in part: pending final judgment, Respondents shall not deport or transfer any member of the Detention Subclass. The motion is denied insofar as it seeks release.'),
    e(32, '2034-10-20', '09:40', 'Notice of Appearance', 'NOTICE of Appearance by Eli Ford on behalf of Superintendent (Ford, Eli)'),
], 'An order captioned "PRELIMINARY INJUNCTION (as to the Detention Subclass).", granted in part, barring deportation pending final judgment. As of Oct 25, 2034: an injunction is IN FORCE; never "nothing in force".',
    [cli('2034-10-25', mustContain=[IN_FORCE_ANY, ROW_IN_FORCE], mustNotContain=[NOTHING])], people=PEOPLE['removal'](CLASS))

# ------------------------------------------------------------------ V6: TRO extended until PI ruling, no later than D
TRO_ROW_DUE = lambda d: r'(?im)^(in|st)-\S+\s+(injunction|stay)\s+.*' + d + r'.*\bin_force\b'
def tro_case(stem, court, docket, name, filed, entries, expected, checks):
    case(stem, court, docket, name, filed, entries, expected, checks, people=PEOPLE['removal'](CLASS))

tro_case('V6-1', 'lamd', '3:34-cv-00260', 'Dupre v. Noem', '2034-03-13', [
    e(1, '2034-03-13', '09:00', 'Complaint', 'COMPLAINT (Class Action) filed by Celeste Dupre. (ld)'),
    e(3, '2034-03-13', '09:20', 'Motion for TRO', 'MOTION for Temporary Restraining Order and Preliminary Injunction by Celeste Dupre. (Blanc, Rene)'),
    e(8, wd('2034-03-14', 'Tue'), '18:00', 'Order on Motion for TRO', 'ORDER granting 3 Motion for TRO in part. Defendants are restrained from removing class members from the United States. This TRO expires at 6:00 p.m. on March 28, 2034. Signed by Judge John W. deGravelles on 3/14/2034. (ld)',
      'Defendants are restrained from removing class members from the United States. This TRO expires at 6:00 p.m. on March 28, 2034.'),
    e(12, '2034-03-27', '15:00', 'Order', 'ORDER: The Temporary Restraining Order (Doc. 8) is EXTENDED pending resolution of the motion for preliminary injunction (Doc. 3), but in no event beyond 11:59 p.m. on April 10, 2034. Signed by Judge John W. deGravelles on 3/27/2034. (ld)',
      'The Temporary Restraining Order (Doc. 8) is EXTENDED pending resolution of the motion for preliminary injunction, but in no event beyond 11:59 p.m. on April 10, 2034.'),
    e(14, '2034-04-04', '10:00', 'Reply', 'REPLY to Response to Motion re 3 filed by Celeste Dupre. (Blanc, Rene)'),
    e(15, '2034-04-17', '10:30', 'Notice of Appearance', 'NOTICE of Appearance by Max Fournier on behalf of Kristi Noem (Fournier, Max)'),
], 'TRO to Mar 28, 2034, extended (Mar 27) pending the PI ruling but no later than 11:59 p.m. Apr 10, 2034; no ruling follows. As of Apr 5: the TRO is in force with its end 2034-04-10. As of Apr 15: no injunction in force.',
    [cli('2034-04-05', mustContain=[TRO_ROW_DUE('2034-04-10'), IN_FORCE_ANY]), cli('2034-04-15', mustNotContain=[ROW_IN_FORCE])])

tro_case('V6-2', 'mssd', '2:34-cv-00112', 'Lindqvist v. Acting Field Office Director', '2034-04-17', [
    e(1, '2034-04-17', '09:45', 'Petition', 'PETITION for Writ of Habeas Corpus (class) by Erik Lindqvist. (rb)'),
    e(2, '2034-04-17', '09:50', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Erik Lindqvist. (Rowe, Ada)'),
    e(5, '2034-04-18', '16:30', 'Order on Motion for TRO', 'ORDER granting 2 Motion for TRO. Respondents shall not remove any class member pending a hearing. This Order shall remain in effect for fourteen days. Signed by District Judge Kristi H. Johnson on 4/18/2034. (rb)',
      'Respondents shall not remove any class member pending a hearing. This Order shall remain in effect for fourteen days from its entry.'),
    e(9, '2034-04-28', '14:10', 'Order', 'ORDER extending 5 Temporary Restraining Order. The TRO shall remain in effect until the Court decides Petitioners\' request for preliminary relief or through May 16, 2034, whichever occurs first. Signed by District Judge Kristi H. Johnson on 4/28/2034. (rb)',
      'The temporary restraining order shall remain in effect until the Court decides Petitioners\' request for preliminary relief or through May 16, 2034, whichever occurs first.'),
    e(11, '2034-05-08', '11:11', 'Response', 'RESPONSE in Opposition to Preliminary Injunction filed by Acting Field Office Director. (Ware, Ned)'),
    e(12, '2034-05-22', '09:00', 'Notice of Appearance', 'NOTICE of Appearance by Kim Lott on behalf of Erik Lindqvist (Lott, Kim)'),
], 'TRO of Apr 18, 2034 for 14 days (to May 2), extended until the PI ruling or through May 16, 2034, whichever first; no ruling follows. As of May 10: in force with end 2034-05-16. As of May 20: no injunction in force.',
    [cli('2034-05-10', mustContain=[TRO_ROW_DUE('2034-05-16'), IN_FORCE_ANY]), cli('2034-05-20', mustNotContain=[ROW_IN_FORCE])])

tro_case('V6-3', 'alsd', '1:34-cv-00222', 'Petrov v. Lyons', '2034-05-29', [
    e(1, '2034-05-29', '11:00', 'Complaint', 'COMPLAINT (Class Action) filed by Ivan Petrov. (eh)'),
    e(3, '2034-05-29', '11:30', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Ivan Petrov. (Sims, Joy)'),
    e(7, '2034-05-30', '17:45', 'Order on Motion for TRO', 'ORDER granting 3 Motion for TRO: Defendant is enjoined from removing class members from the United States until 5:00 p.m. on June 13, 2034. Signed by District Judge Kristi K. DuBose on 5/30/2034. (eh)',
      'Defendant is enjoined from removing class members from the United States until 5:00 p.m. on June 13, 2034.'),
    e(13, '2034-06-12', '16:00', 'Order', 'ORDER: For good cause, the TRO (Doc. 7) is extended through and including the earlier of (a) the Court\'s ruling on the motion for preliminary injunction or (b) 5:00 PM on 6/27/2034. Signed by District Judge Kristi K. DuBose on 6/12/2034. (eh)',
      'For good cause, the TRO is extended through and including the earlier of (a) the Court\'s ruling on the motion for preliminary injunction or (b) 5:00 PM on 6/27/2034.'),
    e(15, '2034-06-20', '13:00', 'Reply', 'REPLY in Support of Preliminary Injunction filed by Ivan Petrov. (Sims, Joy)'),
    e(16, '2034-07-03', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Pat Lyle on behalf of Todd Lyons (Lyle, Pat)'),
], 'TRO to 5:00 p.m. Jun 13, 2034, extended through the earlier of the PI ruling or 5:00 PM 6/27/2034; no ruling follows. As of Jun 20: in force with end 2034-06-27. As of Jul 1: no injunction in force.',
    [cli('2034-06-20', mustContain=[TRO_ROW_DUE('2034-06-27'), IN_FORCE_ANY]), cli('2034-07-01', mustNotContain=[ROW_IN_FORCE])])

tro_case('V6-4', 'gamd', '5:35-cv-00040', 'Abara v. Warden, Irwin County', '2035-02-12', [
    e(1, '2035-02-12', '10:00', 'Petition', 'PETITION for Writ of Habeas Corpus (class action) by Ngozi Abara. (lsh)'),
    e(2, '2035-02-12', '10:05', 'Motion for TRO', 'MOTION for Temporary Restraining Order and for Preliminary Injunction by Ngozi Abara. (Cole, Ben)'),
    e(6, '2035-02-13', '17:00', 'Temporary Restraining Order', 'TEMPORARY RESTRAINING ORDER granting in part 2 Motion. Respondent shall not deport any class member. This order expires on February 27, 2035 at 5:00 p.m. Signed by Judge Marc T. Treadwell on 2/13/2035. (lsh)',
      'Respondent shall not deport any class member. This order expires on February 27, 2035 at 5:00 p.m.'),
    e(10, '2035-02-26', '12:00', 'Order', 'ORDER continuing the Temporary Restraining Order (Doc. 6) in force until disposition of the pending motion for preliminary injunction (Doc. 2), not to extend past the 13th day of March, 2035. Signed by Judge Marc T. Treadwell on 2/26/2035. (lsh)',
      'The Temporary Restraining Order continues in force until disposition of the pending motion for preliminary injunction, not to extend past the 13th day of March, 2035.'),
    e(14, '2035-03-08', '16:30', 'Order on Motion for Preliminary Injunction', 'ORDER granting 2 Motion for Preliminary Injunction. Pending final judgment, Respondent is ENJOINED from deporting any class member. Signed by Judge Marc T. Treadwell on 3/8/2035. (lsh)',
      'Pending final judgment, Respondent is ENJOINED from deporting any class member.'),
    e(15, '2035-03-20', '09:30', 'Notice of Appearance', 'NOTICE of Appearance by Dee Wynn on behalf of Warden (Wynn, Dee)'),
], 'TRO to Feb 27, 2035, continued until the PI ruling, not past Mar 13, 2035; the PI is granted on Mar 8, 2035. As of Mar 5: TRO in force with end 2035-03-13. As of Mar 20: a preliminary injunction is in force; no TRO row in force.',
    [cli('2035-03-05', mustContain=[TRO_ROW_DUE('2035-03-13'), IN_FORCE_ANY]),
     cli('2035-03-20', mustContain=[PI_IN_FORCE_ROW], mustNotContain=[r'(?im)^(in|st)-\S+\s+(injunction|stay)\s+(temporary restraining order|TRO)\b.*\bin_force\b'])])

# ------------------------------------------------------------------ V7: removal no longer blocked is told
NOT_BLOCKED = (r'(?is)((no longer|not|nothing|none)[^.]{0,80}(block|bar|stop|prevent|protect|halt|pause)[^.]{0,80}(deport|remov))'
               r'|((deport|remov)[^.]{0,80}(no longer|not)[^.]{0,40}(block|barred|stopped|prevented|protected|halted|paused))'
               r'|(can (now )?be (deported|removed))')

case('V7-1', 'lawd', '5:34-cv-00512', 'Castillo v. Warden, Jackson Parish Correctional Center', '2034-07-03', [
    e(1, '2034-07-03', '09:10', 'Petition', 'PETITION for Writ of Habeas Corpus (class) by Rosa Castillo. (jf)'),
    e(4, '2034-07-03', '09:20', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Rosa Castillo. (Leger, Ana)'),
    e(9, '2034-07-05', '17:30', 'Order on Motion for TRO', 'ORDER granting 4 Motion for TRO. Respondents shall not remove any class member from the United States pending further order of the Court. Signed by Judge S. Maurice Hicks, Jr. on 7/5/2034. (jf)',
      'Respondents shall not remove any class member from the United States pending further order of the Court.'),
    e(15, '2034-07-20', '10:00', 'Response', 'RESPONSE in Opposition to Preliminary Injunction filed by Warden. (Roy, Gil)'),
    e(22, '2034-08-02', '15:45', 'Order', 'MEMORANDUM RULING AND ORDER: The motion for preliminary injunction is DENIED, and the temporary restraining order (Doc. 9) is DISSOLVED. Signed by Judge S. Maurice Hicks, Jr. on 8/2/2034. (jf)',
      'The motion for preliminary injunction is DENIED, and the temporary restraining order (Doc. 9) is DISSOLVED.'),
    e(23, '2034-08-09', '09:00', 'Notice of Appearance', 'NOTICE of Appearance by Fay Dore on behalf of Rosa Castillo (Dore, Fay)'),
], 'A TRO barring removal (Jul 5, 2034, until further order), dissolved Aug 2, 2034 with the PI denied. The advocate is told that removal is no longer blocked by the case; as of Aug 10 nothing is in force.',
    [mail('advocate', anyMessage=[NOT_BLOCKED]), cli('2034-08-10', mustNotContain=[ROW_IN_FORCE])], people=PEOPLE['removal'](CLASS))

case('V7-2', 'alnd', '4:34-cv-00840', 'Gebre v. Lyons', '2034-06-05', [
    e(1, '2034-06-05', '14:00', 'Petition', 'PETITION for Writ of Habeas Corpus (class action) by Hana Gebre. (SRM)'),
    e(3, '2034-06-06', '09:00', 'Motion', 'MOTION to Stay Removal and for Bond Hearings by Hana Gebre. (Kirk, Al)'),
    e(11, '2034-06-16', '15:30', 'Response', 'RESPONSE in Opposition re [3] Motion filed by Todd Lyons. (Hunt, Bo)'),
    e(18, '2034-06-27', '16:10', 'Order on Motion', 'ORDER granting in part and denying in part 3 Motion. Respondents shall provide each class member a bond hearing within fourteen days. The request to stay the removal of class members is DENIED. Signed by Judge R. David Proctor on 6/27/2034. (SRM)',
      'Respondents shall provide each class member a bond hearing before an immigration judge within fourteen days. The request to stay the removal of class members is DENIED.'),
    e(19, '2034-07-03', '11:00', 'Notice of Appearance', 'NOTICE of Appearance by Bo Hunt on behalf of Todd Lyons (Hunt, Bo)'),
], 'Bond hearings granted, the stay of removal denied (Jun 27, 2034). The advocate is told that the case does not block removal (the request was denied); no message says removal is blocked.',
    [mail('advocate', anyMessage=[NOT_BLOCKED], noMessage=[r'(?is)(deport|remov)[^.]{0,60}\bare blocked\b'])], people=PEOPLE['removal'](CLASS))

case('V7-3', 'mssd', '5:34-cv-00077', 'Oyelaran v. Field Office Director', '2034-10-02', [
    e(1, '2034-10-02', '10:30', 'Petition', 'PETITION for Writ of Habeas Corpus by Tunde Oyelaran, individually and for a class. (ah)'),
    e(2, '2034-10-02', '10:45', 'Emergency Motion', 'EMERGENCY MOTION to Halt Deportations of Class Members by Tunde Oyelaran. (Quinn, Tess)'),
    e(5, '2034-10-04', '12:00', 'Response', 'RESPONSE in Opposition to [2] Emergency Motion filed by Field Office Director. (Dunn, Rex)'),
    e(8, '2034-10-06', '17:20', 'Order on Emergency Motion', 'ORDER. Petitioner\'s emergency motion 2 is GRANTED IN PART and DENIED IN PART. The Court declines to enjoin the removal of class members. Respondent shall, however, give class counsel seventy-two hours\' notice before removing any class member. Signed by District Judge David C. Bramlette on 10/6/2034. (ah)',
      'The Court declines to enjoin the removal of class members. Respondent shall, however, give class counsel seventy-two hours\' notice before removing any class member.'),
    e(9, '2034-10-12', '09:30', 'Notice of Appearance', 'NOTICE of Appearance by Rex Dunn on behalf of Field Office Director (Dunn, Rex)'),
], 'Request to halt deportations denied; only 72 hours\' notice ordered (Oct 6, 2034). The advocate is told removal is not blocked by the case (notice is a condition, not a block); no message says removal is blocked.',
    [mail('advocate', anyMessage=[NOT_BLOCKED], noMessage=[r'(?is)(deport|remov)[^.]{0,60}\bare blocked\b']),
     ], people=PEOPLE['removal'](CLASS))

case('V7-4', 'gasd', '2:35-cv-00019', 'Ferreira v. Warden, Folkston ICE Processing Center', '2035-03-05', [
    e(1, '2035-03-05', '09:00', 'Petition', 'PETITION for Writ of Habeas Corpus (class) by Joao Ferreira. (ca)'),
    e(3, '2035-03-05', '09:10', 'Motion', 'MOTION for Stay of Removal by Joao Ferreira. (Lima, Rui)'),
    e(7, '2035-03-06', '12:00', 'Order', 'ORDER: To preserve the status quo while the Court considers 3 Motion, Respondent shall not remove class members; this administrative stay remains in place until the Court rules on the motion. Signed by Judge Lisa Godbey Wood on 3/6/2035. (ca)',
      'To preserve the status quo while the Court considers the motion for stay of removal, Respondent shall not remove class members; this administrative stay remains in place until the Court rules on the motion.'),
    e(12, '2035-03-27', '15:00', 'Order on Motion for Stay', 'ORDER denying 3 Motion for Stay of Removal. The administrative stay entered at Doc. 7 is LIFTED. Signed by Judge Lisa Godbey Wood on 3/27/2035. (ca)',
      'The motion for stay of removal is DENIED. The administrative stay entered at Doc. 7 is LIFTED.'),
    e(13, '2035-04-03', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Val Shaw on behalf of Warden (Shaw, Val)'),
], 'An administrative stay of removal (Mar 6, 2035) until the ruling; motion denied and stay lifted Mar 27, 2035. The advocate is told that removal is no longer blocked/stayed; as of Apr 1 no stay or injunction is in force.',
    [mail('advocate', anyMessage=[NOT_BLOCKED]), cli('2035-04-01', mustNotContain=[ROW_IN_FORCE])], people=PEOPLE['removal'](CLASS))

# ------------------------------------------------------------------ V8: class members' days
def cm_row(word, d, status=None):
    return r'(?im)^dl-\S+\s+deadline\s+.*' + word + r'.*' + d + (r'.*\b' + status + r'\b' if status else '')

case('V8-1', 'lamd', '3:33-cv-00510', 'Boudreaux v. Parish Detention Services, LLC', '2033-06-01', [
    e(1, '2033-06-01', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Parish Detention Services, LLC filed by Paul Boudreaux. (sm)'),
    e(80, '2034-05-01', '11:00', 'Motion for Settlement', 'UNOPPOSED MOTION for Preliminary Approval of Class Action Settlement by Paul Boudreaux. (Attachments: # 1 Settlement Agreement, # 2 Proposed Notice) (Hebert, Lucy)'),
    e(85, '2034-06-02', '14:30', 'Order', 'ORDER granting 80 Motion for Preliminary Approval of Class Action Settlement. Notice shall be mailed by June 30, 2034. Any Class Member who wishes to object to the proposed settlement must file a written objection with the Clerk of Court on or before August 14, 2034. The Final Fairness Hearing is set for September 12, 2034 at 10:00 AM. Signed by Chief Judge Shelly D. Dick on 6/2/2034. (sm)',
      'The settlement is preliminarily approved. Notice shall be mailed by June 30, 2034. Any Class Member who wishes to object to the proposed settlement must file a written objection with the Clerk of Court on or before August 14, 2034. The Final Fairness Hearing is set for September 12, 2034 at 10:00 AM.'),
    e(86, '2034-06-30', '16:00', 'Notice (Other)', 'NOTICE of Compliance with Notice Mailing by Paul Boudreaux (Hebert, Lucy)'),
    e(87, '2034-07-15', '09:00', 'Notice of Appearance', 'NOTICE of Appearance by Mark Roy on behalf of Parish Detention Services, LLC (Roy, Mark)'),
], 'Preliminary approval (Jun 2, 2034): class members\' objections on or before Aug 14, 2034. As of Jul 20, 2034: a deadline row for objecting due 2034-08-14, upcoming.',
    [cli('2034-07-20', mustContain=[cm_row('objec', wd('2034-08-14', 'Mon'), 'upcoming')])])

case('V8-2', 'alsd', '1:33-cv-00400', 'Martinez v. Gulf Coast Detention Corp.', '2033-08-08', [
    e(1, '2033-08-08', '09:30', 'Complaint', 'COMPLAINT (Class Action) filed by Elena Martinez. (jal)'),
    e(95, '2034-07-10', '10:00', 'Motion', 'JOINT MOTION for Preliminary Approval of Settlement by Elena Martinez, Gulf Coast Detention Corp. (Page, Sam)'),
    e(101, '2034-07-24', '15:00', 'Order', 'ORDER PRELIMINARILY APPROVING SETTLEMENT, CERTIFYING SETTLEMENT CLASS, AND DIRECTING NOTICE (granting 95). The last day for Settlement Class Members to submit written objections to the proposed settlement is 9/29/2034. Requests for exclusion must be postmarked by the same date. Signed by District Judge Terry F. Moorer on 7/24/2034. (jal)',
      'The Court preliminarily approves the Settlement. The last day for Settlement Class Members to submit written objections to the proposed settlement is 9/29/2034. Requests for exclusion must be postmarked by the same date.'),
    e(102, '2034-08-01', '09:00', 'Notice (Other)', 'NOTICE of Appointment of Settlement Administrator by Elena Martinez (Page, Sam)'),
    e(103, '2034-08-15', '11:00', 'Notice (Other)', 'NOTICE of Mailing of Class Notice by Gulf Coast Detention Corp. (Page, Sam)'),
], 'Preliminary approval (Jul 24, 2034): the last day to submit objections is 9/29/2034. As of Sep 1, 2034: a deadline row for objections due 2034-09-29, upcoming.',
    [cli('2034-09-01', mustContain=[cm_row('objec', wd('2034-09-29', 'Fri'), 'upcoming')])])

case('V8-3', 'msnd', '4:33-cv-00150', 'Walker v. Tallahatchie Correctional Services', '2033-09-19', [
    e(1, '2033-09-19', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT filed by Dana Walker. (pb)'),
    e(70, '2034-07-07', '14:00', 'Order', 'ORDER granting preliminary approval of class settlement. Class members may exclude themselves by submitting an opt-out request postmarked no later than September 22, 2034. Signed by District Judge Debra M. Brown on 7/7/2034. (pb)',
      'The settlement is preliminarily approved. Class members may exclude themselves by submitting an opt-out request postmarked no later than September 22, 2034.'),
    e(74, '2034-09-08', '10:10', 'Motion', 'UNOPPOSED MOTION to Extend Opt-Out Deadline for Re-Mailed Notices by Dana Walker. (Fox, Ray)'),
    e(76, '2034-09-12', '15:30', 'Order on Motion', 'ORDER granting 74 Motion. For the 212 class members whose notices were returned undeliverable and re-mailed, the deadline to request exclusion is extended to October 20, 2034; for all other class members it remains September 22, 2034. Signed by District Judge Debra M. Brown on 9/12/2034. (pb)',
      'For the 212 class members whose notices were returned undeliverable and re-mailed, the deadline to request exclusion is extended to October 20, 2034; for all other class members it remains September 22, 2034.'),
    e(77, '2034-10-02', '09:00', 'Notice of Appearance', 'NOTICE of Appearance by Joe Dean on behalf of Tallahatchie Correctional Services (Dean, Joe)'),
], 'Opt-out by Sep 22, 2034; for the re-mailed group extended to Oct 20, 2034. As of Oct 1, 2034: a class members\' deadline row due 2034-10-20 is upcoming; no row due 2034-10-20 is passed.',
    [cli('2034-10-01', mustContain=[cm_row('', wd('2034-10-20', 'Fri'), 'upcoming')], mustNotContain=[cm_row('', '2034-10-20', 'passed')])])

case('V8-4', 'wvsd', '5:33-cv-00612', 'Kowalski v. Regional Jail Authority', '2033-10-03', [
    e(1, '2033-10-03', '11:00', 'Complaint', 'CLASS ACTION COMPLAINT filed by Jan Kowalski. (lw)'),
    e(120, '2035-01-16', '16:00', 'Order', 'ORDER preliminarily approving the class settlement and approving the form of notice. Members of the Class may opt out by written request received by the Claims Administrator on or before March 16, 2035, and may file objections no later than March 30, 2035. Signed by Judge Frank W. Volk on 1/16/2035. (lw)',
      'The settlement is preliminarily approved. Members of the Class may opt out by written request received by the Claims Administrator on or before March 16, 2035, and may file objections no later than March 30, 2035.'),
    e(126, '2035-03-06', '10:00', 'Motion', 'MOTION to Extend Exclusion Deadline for Subclass B by Jan Kowalski. (Yates, Cy)'),
    e(128, '2035-03-09', '14:45', 'Order on Motion', 'ORDER granting 126 Motion. Members of Subclass B who received supplemental notice by re-mailing may submit requests for exclusion through April 27, 2035. The deadlines are otherwise unchanged. Signed by Judge Frank W. Volk on 3/9/2035. (lw)',
      'Members of Subclass B who received supplemental notice by re-mailing may submit requests for exclusion through April 27, 2035. The deadlines are otherwise unchanged.'),
    e(129, '2035-04-05', '09:30', 'Notice of Appearance', 'NOTICE of Appearance by Amy Ross on behalf of Regional Jail Authority (Ross, Amy)'),
], 'Opt-out by Mar 16, 2035, objections by Mar 30, 2035; exclusion for Subclass B (re-mailed) extended through Apr 27, 2035. As of Mar 20: an objection row due 2035-03-30 upcoming. As of Apr 10: a row due 2035-04-27 upcoming, none due 2035-04-27 passed.',
    [cli('2035-03-20', mustContain=[cm_row('objec', wd('2035-03-30', 'Fri'), 'upcoming')]),
     cli('2035-04-10', mustContain=[cm_row('', wd('2035-04-27', 'Fri'), 'upcoming')], mustNotContain=[cm_row('', '2035-04-27', 'passed')])])

# ------------------------------------------------------------------ V9: hearing moved
def hr(d, status='upcoming'):
    return r'(?im)^hr-\S+\s+hearing\s+.*' + d + r'\s.*\b' + status + r'\b'

case('V9-1', 'lamd', '3:34-cv-00333', 'Guidry v. Lyons', '2034-03-27', [
    e(1, '2034-03-27', '09:00', 'Complaint', 'COMPLAINT (Class Action) filed by Noelle Guidry. (kmg)'),
    e(5, '2034-03-28', '10:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Noelle Guidry. (Pitre, Jo)'),
    e(8, '2034-03-30', '14:00', 'Notice of Hearing', 'NOTICE OF HEARING on 5 MOTION for Preliminary Injunction: Preliminary Injunction Hearing set for 4/12/2034 at 10:00 AM in Courtroom 3 before Judge Brian A. Jackson. (kmg)'),
    e(11, '2034-04-06', '16:20', 'Order', 'ORDER RESETTING HEARING: The hearing on the motion for preliminary injunction set for April 12, 2034 is RESET to 2:30 p.m. the same day and will proceed by videoconference (Zoom); connection information will be emailed to counsel. Signed by Judge Brian A. Jackson on 4/6/2034. (kmg)'),
    e(12, '2034-04-07', '09:00', 'Response', 'RESPONSE in Opposition re 5 filed by Todd Lyons. (Mire, Al)'),
], 'PI hearing Apr 12, 2034 10:00 AM, reset to 2:30 p.m. the same day by video. As of Apr 10: a hearing upcoming at 2034-04-12 14:30; none upcoming at 10:00.',
    [cli('2034-04-10', mustContain=[hr(wd('2034-04-12', 'Wed') + ' 14:30')], mustNotContain=[hr('2034-04-12 10:00')])])

case('V9-2', 'mssd', '1:34-cv-00290', 'Tran v. Harrison County Sheriff', '2034-07-10', [
    e(1, '2034-07-10', '09:00', 'Complaint', 'COMPLAINT (Class Action) filed by Linh Tran. (lf)'),
    e(None, '2034-07-18', '11:00', 'Set/Reset Hearings', 'Set Hearings: Status Conference set for 8/3/2034 09:30 AM in Gulfport Courtroom 2 before Magistrate Judge Robert P. Myers Jr. (lf)'),
    e(None, '2034-07-31', '15:10', 'Order', 'TEXT ONLY ORDER: The status conference previously scheduled for August 3, 2034, at 9:30 a.m. is CONTINUED to August 10, 2034, at 1:00 p.m., and will be conducted by telephone. Call-in instructions will be provided by chambers. Signed by Magistrate Judge Robert P. Myers Jr. on 7/31/2034. (lf)'),
    e(5, '2034-07-20', '09:00', 'Answer', 'ANSWER to [1] Complaint by Harrison County Sheriff. (Ortiz, Luz)'),
    e(9, '2034-08-01', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Luz Ortiz on behalf of Harrison County Sheriff (Ortiz, Luz)'),
], 'Status conference Aug 3, 2034 9:30 continued to Aug 10, 2034 1:00 p.m. by telephone. As of Aug 2: a hearing upcoming at 2034-08-10 13:00; none upcoming at 2034-08-03 09:30.',
    [cli('2034-08-02', mustContain=[hr(wd('2034-08-10', 'Thu') + ' 13:00')], mustNotContain=[hr('2034-08-03 09:30')])])

case('V9-3', 'alnd', '2:34-cv-00501', 'Reyes v. Warden, Etowah County Detention Center', '2034-05-08', [
    e(1, '2034-05-08', '09:30', 'Petition', 'PETITION for Writ of Habeas Corpus (class) by Ana Reyes. (JLC)'),
    e(15, '2034-05-12', '10:00', 'Motion to Certify Class', 'MOTION to Certify Class by Ana Reyes. (Hale, Bo)'),
    e(17, '2034-05-19', '14:00', 'Order Setting Hearing on Motion', 'ORDER SETTING HEARING on 15 MOTION to Certify Class: Motion Hearing set for 6/8/2034 11:00 AM in Courtroom 7A, Birmingham, before Judge Madeline Hughes Haikala. (JLC)'),
    e(20, '2034-06-01', '16:00', 'Order', 'ORDER: The motion hearing on 15 is hereby moved from 11:00 AM to 3:00 PM on Thursday, June 8, 2034. The hearing will be held via Zoom video conference rather than in the courtroom. Signed by Judge Madeline Hughes Haikala on 6/1/2034. (JLC)'),
    e(21, '2034-06-02', '09:00', 'Response', 'RESPONSE to 15 Motion filed by Warden. (Cobb, Ty)'),
], 'Motion hearing Jun 8, 2034 11:00, moved to 3:00 PM the same day by Zoom. As of Jun 5: a hearing upcoming at 2034-06-08 15:00; none upcoming at 11:00.',
    [cli('2034-06-05', mustContain=[hr(wd('2034-06-08', 'Thu') + ' 15:00')], mustNotContain=[hr('2034-06-08 11:00')])])

case('V9-4', 'gasd', '6:34-cv-00077', 'Alvarez v. Noem', '2034-08-28', [
    e(1, '2034-08-28', '10:00', 'Complaint', 'COMPLAINT (Class Action) filed by Pedro Alvarez. (jrb)'),
    e(20, '2034-09-05', '11:00', 'Motion to Certify Class', 'MOTION to Certify Class by Pedro Alvarez. (Greer, Lia)'),
    e(22, '2034-09-12', '15:00', 'Notice of Hearing on Motion', 'NOTICE OF HEARING on 20 MOTION to Certify Class: Motion Hearing set for 10/5/2034 10:00 AM in Statesboro before Chief Judge R. Stan Baker. (jrb)'),
    e(25, '2034-09-28', '12:30', 'Notice of Hearing', 'NOTICE OF RESCHEDULED HEARING as to 20 MOTION to Certify Class: Motion Hearing RESET from 10/5/2034 at 10:00 AM to 10/19/2034 at 11:30 AM by VIDEO CONFERENCE before Chief Judge R. Stan Baker. (jrb)'),
    e(26, '2034-10-02', '09:30', 'Response', 'RESPONSE in Opposition re 20 filed by Kristi Noem. (Park, Eve)'),
], 'Motion hearing Oct 5, 2034 10:00, reset to Oct 19, 2034 11:30 AM by video. As of Oct 3: a hearing upcoming at 2034-10-19 11:30; none upcoming on 2034-10-05 10:00.',
    [cli('2034-10-03', mustContain=[hr(wd('2034-10-19', 'Thu') + ' 11:30')], mustNotContain=[hr('2034-10-05 10:00')])])

# ------------------------------------------------------------------ write
for stem, h in HIST:
    json.dump(h, open(os.path.join(HERE, stem + '.json'), 'w'), indent=2, ensure_ascii=False)
json.dump(CHECKS, open(os.path.join(HERE, 'checks.json'), 'w'), indent=1, ensure_ascii=False)
lines = ['# variants14 — expected outcomes (written before any replay)', '',
         'Each history: `docketwatch replay FILE --speed max --languages en`, then the checks below. CLI = `docketwatch deadlines --case C --as-of D`; '
         'rows are matched by their ID prefix (dl-/in-/st-/hr-), KIND, the DUE column and STATUS. Mail checks: `anyMessage` — some message '
         '(subject + body) matches; `noMessage` — none matches; `count` — the number of CLI lines matching `pattern` equals `eq`. '
         'A message "about missing" is one whose subject line says "missing".', '']
for stem, court, exp, checks in EXP:
    lines.append(f'## {stem} ({court})\n\n{exp}\n')
    for c in checks:
        where = f"CLI as of {c['asOf']}" if c['type'] == 'cli' else f"mail ({c['to']})"
        for k in ('mustContain', 'mustNotContain', 'anyMessage', 'noMessage'):
            for p in c.get(k, []): lines.append(f'- {where} {k}: `{p}`')
        if c.get('count'): lines.append(f"- {where} count of `{c['count']['pattern']}` == {c['count']['eq']}")
    lines.append('')
open(os.path.join(HERE, 'expected.md'), 'w').write('\n'.join(lines))
print(len(HIST), 'histories')
