from common import *

# ---------- T4: final approval: the PI is dissolved and superseded by the settlement ----------
PI_ENDED_SUBJ = (r'(?i)(preliminary injunction[^\u2014]{0,80}\b(dissolved|ended|ends|no longer|superseded|replaced|lifted|terminated)\b)'
                 r'|(\b(dissolved|ended|superseded|replaced|lifted|terminated)\b[^\u2014]{0,60}preliminary injunction)')
def t4(name, court, dn, cname, judge, ents, asOf, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [cli(asOf, mustNot=[PI_IN_FORCE_LINE, PI_ROW_IN_FORCE]),
                  mail('subjects', must=[PI_ENDED_SUBJ])],
        f'{note} As of {asOf}: the preliminary injunction is no longer in force (no IN FORCE line for it, its row not in_force); some mail subject tells that it ended (dissolved/ended/superseded/replaced/lifted/terminated).')

def pi_entries(court_style, pin, pidate, motion_n, motion_date, text, doc):
    return [e(motion_n, motion_date, '14:00', 'Motion for Preliminary Injunction', f'MOTION for Preliminary Injunction {court_style}'),
            e(pin, pidate, '16:00', 'Order on Motion for Preliminary Injunction', text, doc)]

t4('T4-1', 'sdd', '4:25-cv-04190', 'Abdullahi v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2025-09-08', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Hawa Abdullahi. (Filing fee $405, receipt 0869-0990011) (Attachments: # 1 Civil Cover Sheet) (DJP)'),
  *pi_entries('by Hawa Abdullahi. (Attachments: # 1 Brief in Support) (Berg, Oskar)', 12, '2025-10-20', 4, '2025-09-10',
     'ORDER GRANTING PRELIMINARY INJUNCTION granting 4 Motion for Preliminary Injunction. Signed by U.S. District Judge Karen B. Lindqvist on 10/20/2025. (DJP)',
     'IT IS ORDERED that plaintiffs\' motion for a preliminary injunction (Doc. 4) is granted. 1. Defendants are enjoined from removing any class member from the United States. 2. Defendants shall provide each class member a bond hearing within 30 days. This injunction shall remain in effect until final judgment or further order.'),
  e(40, '2026-03-02', '11:00', 'Motion for Settlement', 'Joint MOTION for Preliminary Approval of Class Action Settlement by Hawa Abdullahi, Kristi Noem. (Attachments: # 1 Settlement Agreement) (Berg, Oskar)'),
  e(43, '2026-03-16', '15:00', 'Order on Motion for Settlement', 'ORDER GRANTING PRELIMINARY APPROVAL OF CLASS SETTLEMENT, approving notice to the class and setting Final Fairness Hearing for 6/15/2026 at 10:00 AM in Sioux Falls Courtroom 2. Signed by U.S. District Judge Karen B. Lindqvist on 3/16/2026. (DJP)'),
  e(51, '2026-06-01', '12:00', 'Motion for Settlement', 'MOTION for Final Approval of Class Action Settlement by Hawa Abdullahi. (Berg, Oskar)'),
  e(55, '2026-06-15', '11:30', 'Fairness Hearing', 'Minute Entry for proceedings held before U.S. District Judge Karen B. Lindqvist: Final Fairness Hearing held on 6/15/2026. No objectors appeared. Court took the motion under advisement. (Court Reporter Jill Olson) (DJP)', entered=True),
  e(56, '2026-06-18', '15:30', 'Order on Motion for Settlement', 'FINAL ORDER AND JUDGMENT approving class action settlement, granting 51 Motion for Final Approval. As of the entry of this Order, the Preliminary Injunction entered October 20, 2025 (Doc. 12) is DISSOLVED and superseded by the Settlement Agreement, which shall govern the parties\' obligations. The Court retains jurisdiction to enforce the Settlement Agreement. Signed by U.S. District Judge Karen B. Lindqvist on 6/18/2026. (DJP)'),
  e(57, '2026-06-19', '10:00', 'Notice', 'NOTICE of Compliance by Kristi Noem (Hale, Robert)'),
], '2026-06-22', 'D.S.D.: "FINAL ORDER AND JUDGMENT ... the Preliminary Injunction ... is DISSOLVED and superseded by the Settlement Agreement".')

t4('T4-2', 'ncmd', '1:25-cv-00810', 'Diallo v. Noem', 'District Judge Thomas A. Whitfield', [
  e(1, '2025-10-06', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT filed by Mamadou Diallo. (Attachments: # 1 Civil Cover Sheet) (lw)'),
  *pi_entries('filed by Mamadou Diallo. Response to Motion due by 10/29/2025 (Adler, Ruth)', 34, '2025-12-15', 5, '2025-10-08',
     'MEMORANDUM OPINION AND ORDER signed by District Judge Thomas A. Whitfield on 12/15/2025, that Petitioner\'s Motion for Preliminary Injunction (Doc. [5]) is GRANTED, and Respondents are PRELIMINARILY ENJOINED from removing any class member from the United States pending final judgment. (lw)', None),
  e(80, '2026-06-22', '11:00', 'Motion for Settlement', 'Joint MOTION for Preliminary Approval of Settlement Agreement filed by Mamadou Diallo, Kristi Noem. (Adler, Ruth)'),
  e(83, '2026-07-06', '14:00', 'Order on Motion for Settlement', 'ORDER signed by District Judge Thomas A. Whitfield on 07/06/2026, granting [80] Joint Motion for Preliminary Approval of Settlement Agreement. Fairness Hearing set for 10/27/2026 at 10:00 AM in Winston-Salem Courtroom 2. (lw)'),
  e(88, '2026-10-13', '12:00', 'Motion for Settlement', 'MOTION for Final Approval of Settlement Agreement filed by Mamadou Diallo. (Adler, Ruth)'),
  e(None, '2026-10-27', '11:45', 'Fairness Hearing', 'Minute Entry for proceedings held before District Judge Thomas A. Whitfield: Fairness Hearing held on 10/27/2026 re [88] MOTION for Final Approval. Taken under advisement. (Court Reporter: BH) (lw)'),
  e(92, '2026-11-09', '16:00', 'Order on Motion for Settlement', 'ORDER signed by District Judge Thomas A. Whitfield on 11/09/2026, granting [88] Motion for Final Approval of Settlement Agreement. The Settlement Agreement is APPROVED as fair, reasonable and adequate. The Court\'s Preliminary Injunction [34] is hereby dissolved; the parties\' obligations are henceforth governed by the Settlement Agreement. (lw)'),
  e(93, '2026-11-12', '10:00', 'Notice', 'NOTICE by Kristi Noem of Posting of Settlement Notice (Greer, Paul)'),
], '2026-11-13', 'M.D.N.C.: "The Court\'s Preliminary Injunction [34] is hereby dissolved; the parties\' obligations are henceforth governed by the Settlement Agreement".')

t4('T4-3', 'utd', '2:25-cv-00951', 'Nunez v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2025-11-03', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons (Filing fee $ 405, receipt number AUTDC-1100220) filed by Marisol Nunez. (Attachments: # 1 Civil Cover Sheet) (jds)'),
  *pi_entries('and Memorandum in Support filed by Plaintiff Marisol Nunez. (Ames, Celia)', 27, '2026-03-03', 8, '2025-11-05',
     'MEMORANDUM DECISION AND ORDER granting 8 Motion for Preliminary Injunction. Defendant is enjoined from removing any class member from the United States while this action is pending. Signed by Judge Ellen S. Marrow on 3/3/2026. (jds)', None),
  e(60, '2026-06-01', '11:00', 'Motion for Settlement', 'Joint MOTION for Preliminary Approval of Class Settlement filed by Marisol Nunez, Todd Lyons. (Ames, Celia)'),
  e(63, '2026-06-15', '15:00', 'Order on Motion for Settlement', 'ORDER granting 60 Motion for Preliminary Approval. Final Approval Hearing set for 9/24/2026 at 02:00 PM in Rm 7.100 before Judge Ellen S. Marrow. Signed by Judge Ellen S. Marrow on 6/15/2026. (jds)'),
  e(70, '2026-09-10', '12:00', 'Motion for Settlement', 'MOTION for Final Approval of Class Settlement filed by Plaintiff Marisol Nunez. (Ames, Celia)'),
  e(None, '2026-09-24', '15:00', 'Final Approval Hearing', 'Minute Entry for proceedings held before Judge Ellen S. Marrow: Final Approval Hearing held on 9/24/2026. The court will issue a written decision. (Court Reporter Kelly Ross.) (jds)'),
  e(74, '2026-09-29', '16:20', 'Order on Motion for Settlement', 'MEMORANDUM DECISION AND ORDER GRANTING FINAL APPROVAL OF CLASS ACTION SETTLEMENT granting 70 Motion for Final Approval. The preliminary injunction entered March 3, 2026 (ECF No. 27) is superseded by the Settlement Agreement and is DISSOLVED effective on the date of this Order. Signed by Judge Ellen S. Marrow on 9/29/2026. (jds)'),
  e(75, '2026-10-01', '10:00', 'Notice', 'NOTICE of Appearance by Celia Ames on behalf of Marisol Nunez (Ames, Celia)'),
], '2026-10-02', 'D. Utah: "The preliminary injunction ... is superseded by the Settlement Agreement and is DISSOLVED effective on the date of this Order".')

t4('T4-4', 'kyed', '5:25-cv-00402', 'Ismail v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2025-12-01', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem (Filing fee $405; receipt number AKYEDC-1010101) filed by Omar Ismail. (Attachments: # 1 Civil Cover Sheet) (clw)'),
  *pi_entries('by Omar Ismail. (Attachments: # 1 Memorandum in Support) (Hughes, Amy)', 30, '2026-02-17', 6, '2025-12-03',
     'MEMORANDUM OPINION & ORDER: GRANTING [R. 6] Motion for Preliminary Injunction. Defendant is ENJOINED from removing any class member from the United States pending final judgment. Signed by Judge Claire W. Ashby on 2/17/2026.(clw)cc: COR', None),
  e(70, '2026-06-08', '11:00', 'Motion for Settlement', 'JOINT MOTION for Preliminary Approval of Class Action Settlement by Omar Ismail, Kristi Noem. (Attachments: # 1 Exhibit Settlement Agreement) (Hughes, Amy)'),
  e(72, '2026-06-22', '14:00', 'Order on Motion for Settlement', 'ORDER: GRANTING [R. 70] Joint Motion for Preliminary Approval. Fairness Hearing set for 10/14/2026 at 10:00 AM in LEXINGTON before Judge Claire W. Ashby. Signed by Judge Claire W. Ashby on 6/22/2026.(clw)cc: COR'),
  e(None, '2026-10-14', '11:30', 'Fairness Hearing', 'Minute Entry for proceedings held before Judge Claire W. Ashby: Fairness Hearing held on 10/14/2026. Court to enter written order. (Court Reporter Tina Marks.) (clw)'),
  e(79, '2026-10-20', '15:10', 'Order', 'ORDER: Having considered the record and the arguments at the fairness hearing, the proposed settlement is finally APPROVED as fair, reasonable and adequate under Rule 23(e)(2). The Settlement Agreement supersedes the Preliminary Injunction entered on February 17, 2026 [R. 30], which is DISSOLVED. The Court retains jurisdiction to enforce the Settlement Agreement. Signed by Judge Claire W. Ashby on 10/20/2026.(clw)cc: COR'),
  e(80, '2026-10-23', '10:00', 'Notice', 'NOTICE of Filing of Settlement Implementation Plan by Kristi Noem (Wynn, Calvin)'),
], '2026-10-26', 'E.D. Ky.: "the proposed settlement is finally APPROVED ... The Settlement Agreement supersedes the Preliminary Injunction ... which is DISSOLVED".')

t4('T4-5', 'idd', '1:25-cv-00620', 'Cardenas v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2025-11-10', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem ( Filing fee $ 405 receipt number AIDDC-2020202) filed by Julio Cardenas. (Attachments: # 1 Civil Cover Sheet) (km)'),
  *pi_entries('filed by Julio Cardenas. (Ward, Paula)', 40, '2026-03-02', 5, '2025-11-12',
     'MEMORANDUM DECISION AND ORDER granting 5 Motion for Preliminary Injunction. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)',
     'IT IS ORDERED that the Motion for Preliminary Injunction (Dkt. 5) is GRANTED. Respondent is ENJOINED from removing any class member from the United States, and shall provide each class member detained longer than six months with a bond hearing. This injunction remains in effect until final judgment.'),
  e(66, '2026-07-01', '11:00', 'Motion for Settlement', 'Joint MOTION for Preliminary Approval of Class Action Settlement filed by Julio Cardenas, Kristi Noem. (Ward, Paula)'),
  e(68, '2026-07-14', '14:00', 'Order on Motion for Settlement', 'ORDER granting 66 Joint Motion for Preliminary Approval of Class Action Settlement. Final approval hearing set for 10/29/2026 at 1:30 PM in Boise - Courtroom 3. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)'),
  e(None, '2026-10-29', '15:00', 'Final Approval Hearing', 'Minute Entry for proceedings held before Chief U.S. District Judge Rosa M. Quintero: Final Approval Hearing held on 10/29/2026. Written order to follow. (Court Reporter Ann Lee) (km)'),
  e(75, '2026-11-04', '16:00', 'Order on Motion for Settlement', 'ORDER GRANTING FINAL APPROVAL OF CLASS SETTLEMENT. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)',
    'ORDER GRANTING FINAL APPROVAL. IT IS HEREBY ORDERED: 1. The Court has jurisdiction over this action and the Settlement Agreement. 2. The Settlement Agreement is finally approved as fair, reasonable, and adequate. 3. The Class as certified is bound by the Settlement Agreement. 4. Class counsel\'s fees are approved as stated in the Agreement. 5. No objections were received. 6. The parties shall perform the Settlement Agreement according to its terms. 7. The preliminary injunction issued March 2, 2026 (Dkt. 40) shall be, and hereby is, dissolved; the terms of the Settlement Agreement take its place. 8. The Court retains jurisdiction to enforce the Settlement Agreement.'),
  e(76, '2026-11-06', '10:00', 'Notice', 'NOTICE of Appearance by Brian Sokol on behalf of Kristi Noem (Sokol, Brian)'),
], '2026-11-09', 'D. Idaho: document text ¶7 "The preliminary injunction ... shall be, and hereby is, dissolved; the terms of the Settlement Agreement take its place" (docket text only says final approval).')
