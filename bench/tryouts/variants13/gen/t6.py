from common import *

# ---------- T6: a paragraph the court of appeals vacated must not apply again at the mandate ----------
AGAIN = r'(applies again|apply again|in force again|back in force|in effect again|takes effect again|no longer paused)'
def t6(name, court, dn, cname, judge, ents, appeals, asOf, par, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, appeals=appeals, judge=judge)
    add(name, h, [cli(asOf, must=[PI_IN_FORCE_LINE, PI_ROW_IN_FORCE,
                                  r'(?im)^\s*IN FORCE\s+Preliminary injunction[^\n]*(paragraph|\u00b6)\s*' + par + r'\b'],
                      mustNot=[NOTHING, r'(?im)^\s*IN FORCE[^\n]*(applies again|in force again)']),
                  mail('bodies', mustNot=[r'(?im)(paragraph|\u00b6)[^\n]{0,100}' + AGAIN, r'(?im)' + AGAIN + r'[^\n]{0,100}(paragraph|\u00b6)'])],
        f'{note} As of {asOf} (after the mandate): the preliminary injunction is IN FORCE and its IN FORCE line names paragraph {par} (vacated) as not part of it; no line says that paragraph applies again / is back in force / no longer paused; no mail says so.')

def pi(n, date, text, doc):
    return e(n, date, '16:00', 'Order on Motion for Preliminary Injunction', text, doc)

t6('T6-1', 'mtd', '9:26-cv-00102', 'Sandoval v. Noem', 'Judge Wesley H. Dorn', [
  e(1, '2026-01-20', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem ( Filing Fee $ 405 receipt number AMTDC-5500661) Filed by Ines Sandoval. (Attachments: # 1 Civil Cover Sheet) (ASG)'),
  e(5, '2026-01-22', '14:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction Filed by Ines Sandoval. (Hale, Nora)'),
  pi(26, '2026-02-18', 'ORDER granting 5 Motion for Preliminary Injunction. Signed by Judge Wesley H. Dorn on 2/18/2026. (ASG)',
     'IT IS ORDERED that the motion (Doc. 5) is GRANTED. 1. Defendant is enjoined from removing any class member from the United States while this action is pending. 2. Defendant shall provide class members detained in Montana with a bond hearing within 21 days. 3. Defendant shall not transfer any class member out of the State of Montana. This injunction remains in effect until final judgment.'),
  e(28, '2026-02-23', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL TO 9TH CIRCUIT COURT OF APPEALS as to 26 Order on Motion for Preliminary Injunction by Kristi Noem. (Pratt, Owen)'),
  e(66, '2026-10-07', '09:00', 'USCA Mandate', 'MANDATE of USCA as to 28 Notice of Appeal to 9th Circuit Court of Appeals. (ASG)'),
  e(67, '2026-10-08', '11:00', 'Status Report', 'STATUS REPORT on bond hearings by Kristi Noem. (Pratt, Owen)'),
], [appeal('ca9', '26-1109', '2026-02-24', [
  a(1, '2026-02-24', '09:00', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. [12470101]'),
  a(4, '2026-02-27', '15:00', 'Filed (ECF) Appellant Motion for stay pending appeal. Date of service: 02/27/2026. [12470150] (Pratt, Owen)'),
  a(9, '2026-03-10', '13:00', 'Filed order (KIM McLANE WARDLAW, MILAN D. SMITH, JR., and JENNIFER SUNG): Appellant\'s motion for a stay pending appeal (Dkt. 4) is GRANTED IN PART. Paragraph 3 of the preliminary injunction is STAYED pending resolution of this appeal. The motion is otherwise DENIED. [12470300] (AF)'),
  a(40, '2026-09-14', '10:00', 'FILED OPINION (KIM McLANE WARDLAW, MILAN D. SMITH, JR., and JENNIFER SUNG) We VACATE paragraph 3 of the preliminary injunction and otherwise AFFIRM. AFFIRMED IN PART, VACATED IN PART. Judge Smith concurring in part. FILED AND ENTERED JUDGMENT. [12480001]'),
  a(44, '2026-10-06', '09:00', 'MANDATE ISSUED.(KMW, MDS and JS) [12490001]'),
])], '2026-10-09', '3', 'D. Mont. / 9th Cir.: ¶3 stayed pending appeal, then "We VACATE paragraph 3 of the preliminary injunction and otherwise AFFIRM", mandate.')

t6('T6-2', 'idd', '1:26-cv-00050', 'Aguilar v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2026-01-05', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and Class Action Complaint against Kristi Noem ( Filing fee $ 405 receipt number AIDDC-5151515) filed by Beatriz Aguilar. (km)'),
  e(4, '2026-01-07', '14:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction filed by Beatriz Aguilar. (Ward, Paula)'),
  pi(19, '2026-01-28', 'MEMORANDUM DECISION AND ORDER granting 4 Motion for Preliminary Injunction. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)',
     'IT IS ORDERED: 1. Respondent is ENJOINED from removing any class member from the United States during the pendency of this action. 2. Respondent shall release any class member detained for more than 120 days without an individualized bond hearing. 3. Respondent shall file a notice of compliance within 30 days. This preliminary injunction shall remain in effect until final judgment.'),
  e(21, '2026-02-02', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL to 9th Circuit Court of Appeals re 19 Memorandum Decision and Order by Kristi Noem. (Sokol, Brian)'),
  e(58, '2026-09-03', '09:00', 'USCA Mandate', 'MANDATE of USCA as to 21 Notice of Appeal. (km)'),
  e(59, '2026-09-04', '12:00', 'Notice', 'NOTICE of Appearance by Brian Sokol on behalf of Kristi Noem (Sokol, Brian)'),
], [appeal('ca9', '26-570', '2026-02-03', [
  a(1, '2026-02-03', '09:00', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. [12400101]'),
  a(3, '2026-02-06', '15:00', 'Filed (ECF) Appellant Motion for stay pending appeal. Date of service: 02/06/2026. [12400150] (Sokol, Brian)'),
  a(8, '2026-02-20', '12:00', 'Filed order (RONALD M. GOULD, JACQUELINE H. NGUYEN and ERIC D. MILLER): The motion for a stay pending appeal (Dkt. 3) is granted as to paragraph 2 of the district court\'s preliminary injunction and denied in all other respects. [12400300] (WL)'),
  a(35, '2026-08-11', '10:00', 'FILED MEMORANDUM DISPOSITION (RONALD M. GOULD, JACQUELINE H. NGUYEN and ERIC D. MILLER) The portion of the injunction contained in paragraph 2, requiring release of class members, is VACATED; the injunction is AFFIRMED in all other respects. AFFIRMED in part; VACATED in part. FILED AND ENTERED JUDGMENT. [12410001]'),
  a(38, '2026-09-02', '09:00', 'MANDATE ISSUED.(RMG, JHN and EDM) [12420001]'),
])], '2026-09-05', '2', 'D. Idaho / 9th Cir.: stay "granted as to paragraph 2", then "The portion of the injunction contained in paragraph 2 ... is VACATED; the injunction is AFFIRMED in all other respects", mandate.')

t6('T6-3', 'sdd', '4:26-cv-04010', 'Mohamed v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2026-01-12', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Asha Mohamed. (Filing fee $405, receipt 0869-1001001) (DJP)'),
  e(5, '2026-01-14', '14:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Asha Mohamed. (Berg, Oskar)'),
  pi(17, '2026-02-05', 'ORDER GRANTING PRELIMINARY INJUNCTION granting 5 Motion for Preliminary Injunction. Signed by U.S. District Judge Karen B. Lindqvist on 2/5/2026. (DJP)',
     'IT IS ORDERED: 1. Defendants are enjoined from removing any class member from the United States pending final judgment. 2. Defendants shall not detain class members at the Minnehaha County Jail for more than 72 hours. 3. Defendants shall provide interpretation in Somali at every custody review. 4. Defendants shall pay the costs of class members\' travel to their immigration hearings.'),
  e(19, '2026-02-09', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL TO 8TH CIRCUIT as to 17 Order on Motion for Preliminary Injunction by Kristi Noem. (Hale, Robert)'),
  e(61, '2026-09-11', '09:30', 'USCA Mandate', 'MANDATE of USCA as to 19 Notice of Appeal. (DJP)'),
  e(62, '2026-09-11', '15:00', 'Status Report', 'STATUS REPORT by Kristi Noem. (Hale, Robert)'),
], [appeal('ca8', '26-1290', '2026-02-10', [
  a(1, '2026-02-10', '08:30', 'Civil case docketed. [5020001] [26-1290] (LMT)'),
  a(4, '2026-02-13', '15:00', 'MOTION for stay pending appeal, filed by Appellants Kristi Noem, et al. w/service 02/13/2026 [5020050] [26-1290] (RH)'),
  a(7, '2026-02-26', '12:00', 'JUDGE ORDER: The motion for stay pending appeal is granted as to paragraph 4 of the preliminary injunction and otherwise denied. [5020100] [26-1290] (LMT)'),
  a(30, '2026-08-20', '10:00', 'OPINION FILED - THE COURT: Raymond W. Gruender, L. Steven Grasz and Jonathan A. Kobes (PUBLISHED) [5030500] [26-1290] (LMT)'),
  a(31, '2026-08-20', '10:05', 'JUDGMENT FILED - The court affirms the preliminary injunction except paragraph 4, which is vacated. RAYMOND W. GRUENDER, L. STEVEN GRASZ and JONATHAN A. KOBES [5030501] [26-1290] (LMT)'),
  a(35, '2026-09-10', '09:00', 'MANDATE ISSUED. [5031000] [26-1290] (LMT)'),
])], '2026-09-14', '4', 'D.S.D. / 8th Cir.: stay "granted as to paragraph 4", judgment "affirms the preliminary injunction except paragraph 4, which is vacated", mandate.')

t6('T6-4', 'utd', '2:26-cv-00090', 'Fonoti v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2026-01-26', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons (Filing fee $ 405, receipt number AUTDC-9090901) filed by Sione Fonoti. (Attachments: # 1 Civil Cover Sheet) (jds)'),
  e(6, '2026-01-28', '14:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Memorandum in Support filed by Plaintiff Sione Fonoti. (Ames, Celia)'),
  pi(24, '2026-02-24', 'MEMORANDUM DECISION AND ORDER granting 6 Motion for Preliminary Injunction. Signed by Judge Ellen S. Marrow on 2/24/2026. (jds)',
     'ORDER: \u00b6 1. Defendant is enjoined from removing any class member from the United States pending final judgment. \u00b6 2. Defendant shall not transfer class members outside the District of Utah. \u00b6 3. Defendant shall permit legal visits seven days a week. \u00b6 4. Defendant shall provide every class member a bond hearing within 14 days. \u00b6 5. Defendant shall file a compliance report within 30 days.'),
  e(26, '2026-02-26', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL as to 24 Memorandum Decision and Order by Defendant Todd Lyons. (Ibsen, Carl)'),
  e(70, '2026-10-29', '09:00', 'USCA Mandate', 'MANDATE of USCA as to 26 Notice of Appeal. (jds)'),
  e(71, '2026-10-30', '12:00', 'Notice', 'NOTICE of Appearance by Carl Ibsen on behalf of Todd Lyons (Ibsen, Carl)'),
], [appeal('ca10', '26-4019', '2026-02-27', [
  a(1, '2026-02-27', '09:00', '[11030001] Civil case docketed. Preliminary record filed. DATE RECEIVED: 02/26/2026. [26-4019]'),
  a(3, '2026-03-04', '15:00', '[11030050] Appellant\'s motion for stay pending appeal filed by Appellant Todd Lyons. Served on 03/04/2026. [26-4019]'),
  a(5, '2026-03-18', '12:00', '[11030100] Order filed by Judges Holmes, Phillips and Carson granting in part appellant\'s motion for stay pending appeal. \u00b6 4 of the preliminary injunction is stayed pending disposition of this appeal; the motion is otherwise denied. Served on 03/18/2026. [26-4019]'),
  a(30, '2026-10-06', '10:00', '[11040001] Published opinion filed. Judges Holmes, Phillips and Carson. Authoring judge: Phillips. AFFIRMED as to \u00b6\u00b6 1\u20133 and 5 of the preliminary injunction; \u00b6 4 VACATED. Judgment entered. Mandate to issue. [26-4019]'),
  a(33, '2026-10-28', '08:30', '[11041001] Mandate issued. [26-4019]'),
])], '2026-11-02', '4', 'D. Utah / 10th Cir.: "¶ 4 of the preliminary injunction is stayed pending disposition of this appeal", then "AFFIRMED as to ¶¶ 1–3 and 5 ...; ¶ 4 VACATED", mandate.')

t6('T6-5', 'kyed', '3:26-cv-00015', 'Tran v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2026-02-02', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT AND PETITION FOR HABEAS CORPUS against Kristi Noem (Filing fee $405; receipt number AKYEDC-5050505) filed by Minh Tran. (clw)'),
  e(5, '2026-02-04', '14:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Minh Tran. (Hughes, Amy)'),
  pi(22, '2026-03-04', 'MEMORANDUM OPINION & ORDER: GRANTING [R. 5] Motion for Preliminary Injunction. Signed by Judge Claire W. Ashby on 3/4/2026.(clw)cc: COR',
     'PRELIMINARY INJUNCTION. IT IS ORDERED: 1. The motion [R. 5] is GRANTED. 2. Defendant is ENJOINED from removing any class member to Vietnam without 30 days\' written notice. 3. Defendant shall not re-detain any class member released under an order of supervision without a hearing. 4. Defendant shall give class counsel a monthly list of class members in custody. 5. Defendant shall bear the cost of translating class members\' documents.'),
  e(24, '2026-03-06', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL TO THE 6TH CIRCUIT COURT OF APPEALS as to [22] Memorandum Opinion & Order by Kristi Noem. (Wynn, Calvin)'),
  e(74, '2026-11-06', '09:00', 'USCA Mandate', 'MANDATE of USCA as to [24] Notice of Appeal. (clw)'),
  e(75, '2026-11-06', '14:00', 'Notice', 'NOTICE of Appearance by Calvin Wynn on behalf of Kristi Noem (Wynn, Calvin)'),
], [appeal('ca6', '26-5190', '2026-03-09', [
  a(1, '2026-03-09', '11:00', 'Civil Case Docketed. Notice filed by Appellant Kristi Noem. Transcript needed: n. (RLW)'),
  a(4, '2026-03-12', '15:00', 'MOTION filed by Kristi Noem for stay pending appeal. Certificate of Service: 03/12/2026. (Wynn, Calvin)'),
  a(7, '2026-03-25', '12:00', 'ORDER filed: The motion for a stay pending appeal is GRANTED as to Paragraph 5 of the district court\'s preliminary injunction and DENIED in all other respects. Richard Allen Griffin, Chad A. Readler, and Stephanie Dawkins Davis, Circuit Judges. (RLW)'),
  a(40, '2026-10-14', '10:00', 'OPINION and JUDGMENT filed: We REVERSE the district court\'s injunction to the extent it requires Defendant to bear translation costs (Paragraph 5) and VACATE that paragraph; in all other respects we AFFIRM. Decision for publication. Richard Allen Griffin, Chad A. Readler, and Stephanie Dawkins Davis, Circuit Judges. (RLW)'),
  a(43, '2026-11-05', '09:00', 'MANDATE ISSUED with no costs taxed. (RLW)'),
])], '2026-11-09', '5', 'E.D. Ky. / 6th Cir.: stay "GRANTED as to Paragraph 5", then "REVERSE ... (Paragraph 5) and VACATE that paragraph; in all other respects we AFFIRM", mandate.')
