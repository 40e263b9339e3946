from common import *

# ---------- T2: a court of appeals' administrative stay of ONE paragraph of a PI ----------
def t2(name, court, dn, cname, judge, ents, appeals, asOf, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, appeals=appeals, judge=judge)
    add(name, h, [cli(asOf, must=[PI_IN_FORCE_LINE, PI_ROW_IN_FORCE], mustNot=[NOTHING])],
        f'{note} As of {asOf}: the preliminary injunction is IN FORCE (the other paragraphs); never "nothing in force".')

t2('T2-1', 'idd', '1:26-cv-00214', 'Quispe v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2026-04-06', '09:40', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and Class Action Complaint against Kristi Noem, et al. ( Filing fee $ 405 receipt number AIDDC-4455667) filed by Hilda Quispe. (Attachments: # 1 Civil Cover Sheet) (km)'),
  e(5, '2026-04-08', '14:15', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction filed by Hilda Quispe. (Attachments: # 1 Memorandum, # 2 Exhibit A) (Ward, Paula)'),
  e(24, '2026-05-01', '16:30', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM DECISION AND ORDER granting 5 Motion for Preliminary Injunction. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)',
    'MEMORANDUM DECISION AND ORDER. For the reasons stated above, IT IS ORDERED that Petitioner\'s Motion for Preliminary Injunction (Dkt. 5) is GRANTED, as follows:\n1. Respondents are ENJOINED from removing any class member from the United States while this action is pending.\n2. Respondents shall give class counsel 72 hours\' notice before transferring any class member out of the District of Idaho.\n3. Within 21 days, Respondents shall provide each class member detained more than six months an individualized bond hearing before an immigration judge.\n4. Respondents shall file a status report on compliance every 30 days.\nThis preliminary injunction shall remain in effect until final judgment or further order of the Court.'),
  e(26, '2026-05-04', '10:05', 'Notice of Appeal', 'NOTICE OF APPEAL to 9th Circuit Court of Appeals re 24 Order on Motion for Preliminary Injunction by Kristi Noem. (Filing fee not required.) (Sokol, Brian)'),
  e(28, '2026-05-12', '11:25', 'Notice', 'NOTICE of Compliance with Paragraph 2 of the Preliminary Injunction by Kristi Noem (Sokol, Brian)'),
], [appeal('ca9', '26-3018', '2026-05-05', [
  a(1, '2026-05-05', '09:12', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. The schedule is set as follows: Mediation Questionnaire due on 05/12/2026. [12491001]'),
  a(3, '2026-05-06', '15:44', 'Filed (ECF) Appellants Emergency Motion for stay pending appeal and for an immediate administrative stay (Circuit Rule 27-3). Date of service: 05/06/2026. [12491077] (Sokol, Brian)'),
  a(5, '2026-05-08', '13:20', 'Filed order (MARY H. MURGUIA, RYAN D. NELSON, and LUCY H. KOH): Appellants\' emergency motion for a stay pending appeal (Dkt. 3) remains under consideration. In the interim, paragraph 3 of the district court\'s May 1, 2026 preliminary injunction is temporarily stayed. The remainder of the injunction remains in effect. Appellees\' response to the motion is due May 13, 2026. [12491200] (OC)'),
])], '2026-05-11', 'D. Idaho / 9th Cir.: "paragraph 3 ... is temporarily stayed. The remainder of the injunction remains in effect".')

t2('T2-2', 'sdd', '4:26-cv-04061', 'Tesfaye v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2026-05-04', '10:20', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Almaz Tesfaye. (Filing fee $405, receipt 0869-1122334) (Attachments: # 1 Civil Cover Sheet) (DJP)'),
  e(7, '2026-05-06', '13:45', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Almaz Tesfaye. (Attachments: # 1 Brief in Support) (Berg, Oskar)'),
  e(19, '2026-06-03', '15:10', 'Order on Motion for Preliminary Injunction', 'ORDER GRANTING PLAINTIFFS\' MOTION FOR PRELIMINARY INJUNCTION granting 7 Motion for Preliminary Injunction. Signed by U.S. District Judge Karen B. Lindqvist on 6/3/2026. (DJP)',
    'IT IS ORDERED that plaintiffs\' motion for a preliminary injunction (Doc. 7) is granted, and a preliminary injunction issues as follows:\n1. Defendants, their agents and all persons acting in concert with them are enjoined from removing any member of the class from the United States pending final judgment in this action.\n2. Defendants shall release from custody, within seven days, each class member who has been detained for more than 180 days without a bond hearing.\n3. Defendants shall post notice of this order in English and Spanish in each facility where class members are held.'),
  e(21, '2026-06-05', '09:30', 'Notice of Appeal', 'NOTICE OF APPEAL TO 8TH CIRCUIT as to 19 Order on Motion for Preliminary Injunction by Kristi Noem. (Hale, Robert)'),
  e(25, '2026-06-16', '14:00', 'Notice', 'NOTICE of Posting of Notice to Class by Kristi Noem (Hale, Robert)'),
], [appeal('ca8', '26-2104', '2026-06-08', [
  a(1, '2026-06-08', '08:45', 'Civil case docketed. [5012001] [26-2104] (LMT)'),
  a(3, '2026-06-09', '16:20', 'EMERGENCY MOTION for stay pending appeal and for an administrative stay, filed by Appellants Kristi Noem, et al. w/service 06/09/2026 [5012050] [26-2104] (RH)'),
  a(4, '2026-06-11', '12:05', 'JUDGE ORDER: The court grants a temporary administrative stay of paragraph 2 of the district court\'s preliminary injunction entered June 3, 2026, pending consideration of appellants\' motion for stay pending appeal. Appellees\' response to the motion is due June 18, 2026. [5012100] [26-2104] (LMT)'),
])], '2026-06-15', 'D.S.D. / 8th Cir.: "grants a temporary administrative stay of paragraph 2 of the district court\'s preliminary injunction" (does not say the rest stays).')

t2('T2-3', 'utd', '2:26-cv-00533', 'Mahmoud v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2026-06-15', '11:11', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons, Kristi Noem (Filing fee $ 405, receipt number AUTDC-7788990) filed by Faris Mahmoud. (Attachments: # 1 Civil Cover Sheet) (jds)'),
  e(12, '2026-06-18', '15:02', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Memorandum in Support filed by Plaintiff Faris Mahmoud. (Ames, Celia)'),
  e(30, '2026-07-09', '17:20', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM DECISION AND ORDER granting 12 Motion for Preliminary Injunction. Signed by Judge Ellen S. Marrow on 7/9/2026. (jds)',
    'The court GRANTS the Motion and ORDERS as follows:\n\u00b6 1. Defendants are preliminarily enjoined from transferring any class member out of the District of Utah.\n\u00b6 2. Defendants are enjoined from removing any class member who has a pending motion to reopen before the immigration courts or the Board of Immigration Appeals.\n\u00b6 3. Defendants shall permit class members confidential telephone access to counsel.\n\u00b6 4. Defendants shall file a notice of compliance within 10 days.\n\u00b6 5. Defendants shall produce to class counsel, within 14 days, a list of all class members detained in Utah.\nThis injunction remains in effect until final judgment.'),
  e(32, '2026-07-10', '12:40', 'Notice of Appeal', 'NOTICE OF APPEAL as to 30 Memorandum Decision and Order by Defendants Todd Lyons, Kristi Noem. (Ibsen, Carl)'),
  e(35, '2026-07-17', '10:00', 'Notice', 'NOTICE of Compliance filed by Defendants Todd Lyons, Kristi Noem (Ibsen, Carl)'),
], [appeal('ca10', '26-4077', '2026-07-13', [
  a(1, '2026-07-13', '09:05', '[11000001] Civil case docketed. Preliminary record filed. DATE RECEIVED: 07/10/2026. Docketing statement due 07/27/2026 for Todd Lyons and Kristi Noem. [26-4077]'),
  a(2, '2026-07-14', '14:30', '[11000020] Appellants\' emergency motion for stay pending appeal and immediate administrative stay filed by Appellants Todd Lyons and Kristi Noem. Served on 07/14/2026. Manner of Service: ECF/NDA. [26-4077]'),
  a(3, '2026-07-15', '16:45', '[11000045] Order filed by Judges Hartz, Moritz and Federico granting in part appellants\' emergency motion. Pending further order, enforcement of \u00b6 5 of the district court\'s preliminary injunction entered July 9, 2026 is administratively stayed. The request for an administrative stay is otherwise denied. Served on 07/15/2026. [26-4077]'),
])], '2026-07-17', 'D. Utah / 10th Cir.: "enforcement of ¶ 5 of the district court\'s preliminary injunction ... is administratively stayed ... otherwise denied".')

t2('T2-4', 'ncmd', '1:26-cv-00311', 'Kamara v. Noem', 'District Judge Thomas A. Whitfield', [
  e(1, '2026-07-06', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT filed by Ibrahim Kamara. (Attachments: # 1 Civil Cover Sheet) (lw)'),
  e(6, '2026-07-08', '16:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction filed by Ibrahim Kamara. Response to Motion due by 7/29/2026 (Adler, Ruth)'),
  e(27, '2026-08-05', '15:45', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM OPINION AND ORDER signed by District Judge Thomas A. Whitfield on 08/05/2026, that Petitioner\'s Motion for Preliminary Injunction (Doc. [6]) is GRANTED as set out herein. (lw)',
    'IT IS THEREFORE ORDERED that the Motion for Preliminary Injunction (Doc. 6) is GRANTED, and Respondents are hereby PRELIMINARILY ENJOINED as follows: (1) Respondents shall not remove any class member from the United States pending final judgment; (2) Respondents shall not transfer any class member outside the Middle District of North Carolina without seven days\' written notice to class counsel; (3) Respondents shall provide class members access to legal orientation presentations; (4) within 14 days, Respondents shall conduct a custody redetermination for each class member held more than 90 days; (5) Respondents shall file a report of compliance within 30 days.'),
  e(29, '2026-08-07', '11:00', 'Notice of Appeal', 'NOTICE OF APPEAL TO 4CCA re [27] Memorandum Opinion and Order by Respondents. (Greer, Paul)'),
  e(33, '2026-08-17', '13:00', 'Notice', 'NOTICE by Respondents re [27] of Custody Redeterminations (Greer, Paul)'),
], [appeal('ca4', '26-1788', '2026-08-10', [
  a(1, '2026-08-10', '10:30', 'Case docketed. Originating case number: 1:26-cv-00311. Case manager: SFord. [1001201] [26-1788] SF'),
  a(7, '2026-08-11', '17:10', 'MOTION by Appellants to stay district court order pending appeal and for immediate administrative stay. Date and method of service: 08/11/2026 ecf. [1001230] [26-1788] (Greer, Paul)'),
  a(9, '2026-08-13', '12:25', 'ORDER filed granting Motion for administrative stay [7] in part. Paragraph 4 of the district court\'s August 5, 2026 preliminary injunction order is administratively stayed pending this Court\'s ruling on the motion for stay pending appeal. Copies to all parties and the district court. [1001234] [26-1788] SF'),
])], '2026-08-14', 'M.D.N.C. / 4th Cir.: "Paragraph 4 of the district court\'s August 5, 2026 preliminary injunction order is administratively stayed" (paragraphs written (1)…(5)).')

t2('T2-5', 'kyed', '5:26-cv-00247', 'Rahimi v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2026-08-10', '09:15', 'Complaint', 'CLASS ACTION COMPLAINT AND PETITION FOR HABEAS CORPUS against Kristi Noem, Field Office Director (Filing fee $405; receipt number AKYEDC-3344556) filed by Zahra Rahimi. (Attachments: # 1 Civil Cover Sheet) (clw)'),
  e(9, '2026-08-12', '12:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Zahra Rahimi. (Attachments: # 1 Memorandum in Support) (Hughes, Amy)'),
  e(31, '2026-09-01', '16:05', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM OPINION & ORDER: GRANTING [R. 9] Motion for Preliminary Injunction as set forth in the Order. Signed by Judge Claire W. Ashby on 9/1/2026.(clw)cc: COR',
    'PRELIMINARY INJUNCTION. Accordingly, IT IS ORDERED as follows: 1. The Motion for Preliminary Injunction [R. 9] is GRANTED. 2. Defendants are ENJOINED from removing any class member from the United States pending final judgment. 3. Defendants shall not detain any class member in a facility outside the Commonwealth of Kentucky. 4. Defendants shall afford each detained class member a bond hearing within 21 days. 5. Defendants shall preserve all records of class members\' detention. 6. Defendants shall return to this District, within ten days, each class member transferred out of it after August 10, 2026.'),
  e(33, '2026-09-03', '10:20', 'Notice of Appeal', 'NOTICE OF APPEAL TO THE 6TH CIRCUIT COURT OF APPEALS as to [31] Memorandum Opinion & Order by Kristi Noem, Field Office Director. (Wynn, Calvin)'),
  e(36, '2026-09-14', '15:00', 'Status Report', 'STATUS REPORT regarding bond hearings by Kristi Noem. (Wynn, Calvin)'),
], [appeal('ca6', '26-5702', '2026-09-04', [
  a(1, '2026-09-04', '11:00', 'Civil Case Docketed. Notice filed by Appellants Kristi Noem and Field Office Director. Transcript needed: n. (CMS)'),
  a(3, '2026-09-08', '09:40', 'EMERGENCY MOTION filed by Kristi Noem and Field Office Director for stay pending appeal and for immediate administrative stay. Certificate of Service: 09/08/2026. (Wynn, Calvin)'),
  a(5, '2026-09-10', '14:55', 'ORDER filed: The request for an administrative stay is GRANTED IN PART. The requirement of Paragraph 6 of the district court\'s September 1, 2026 injunction order that Defendants return transferred class members to this District within ten days is administratively STAYED until further order of this court; the request is otherwise DENIED. Karen Nelson Moore, Circuit Judge; Eric L. Clay, Circuit Judge and Rachel S. Bloomekatz, Circuit Judge. (CMS)'),
])], '2026-09-11', 'E.D. Ky. / 6th Cir.: "The requirement of Paragraph 6 ... is administratively STAYED until further order ...; the request is otherwise DENIED".')
