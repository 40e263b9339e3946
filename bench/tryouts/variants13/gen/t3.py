from common import *

# ---------- T3: a district order on the mandate vacating ONE paragraph of the PI ----------
PI_ROW_VACATED = r'(?im)^in-\S+\s+injunction\s+preliminary injunction\b[^\n]*\bvacated\b'
WHOLE_PI_VACATED_SUBJ = r'(?i)(?<!part of the )preliminary injunction of \w+ \d{1,2}, \d{4} vacated(?! in part)(?! as to)(?! \(paragraph)(?! \(\u00b6)'
def t3(name, court, dn, cname, judge, ents, appeals, asOf, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, appeals=appeals, judge=judge)
    add(name, h, [cli(asOf, must=[PI_IN_FORCE_LINE, PI_ROW_IN_FORCE], mustNot=[NOTHING, PI_ROW_VACATED]),
                  mail('subjects', mustNot=[WHOLE_PI_VACATED_SUBJ])],
        f'{note} As of {asOf}: the preliminary injunction is still IN FORCE (all but the vacated paragraph), its row in_force, not vacated; no mail subject says the preliminary injunction (whole) was vacated.')

t3('T3-1', 'nywd', '1:26-cv-00118', 'Okonkwo v. Noem', 'Hon. Martin R. Kessler', [
  e(1, '2026-01-12', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Chidi Okonkwo. (Filing fee $5 receipt number ANYWDC-6655443) (Attachments: # 1 Civil Cover Sheet) (CMD)'),
  e(4, '2026-01-14', '15:30', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Chidi Okonkwo. (Attachments: # 1 Memorandum of Law) (Levin, Sara)'),
  e(20, '2026-02-10', '16:45', 'Decision and Order', 'DECISION AND ORDER granting 4 Motion for Preliminary Injunction. SO ORDERED. Signed by Hon. Martin R. Kessler on 2/10/2026. (CMD)',
    'For the reasons above, Petitioner\'s motion for a preliminary injunction (Dkt. 4) is GRANTED. It is hereby ORDERED that: 1. Respondents are enjoined from removing any class member from the United States during the pendency of this action; 2. Respondents shall provide each class member detained at the Buffalo Federal Detention Facility for more than six months with a bond hearing within 30 days, at which the government bears the burden of proof by clear and convincing evidence; 3. Respondents shall afford class members access to counsel by videoconference; 4. Respondents shall file a status report every 60 days. This injunction remains in effect until final judgment or further order of this Court.'),
  e(22, '2026-02-20', '11:10', 'Notice of Appeal', 'NOTICE OF APPEAL as to 20 Decision and Order by Kristi Noem. (Rossi, Mark)'),
  e(61, '2026-10-07', '09:30', 'USCA Mandate', 'MANDATE of USCA as to 22 Notice of Appeal, filed by Kristi Noem. It is hereby ORDERED, ADJUDGED and DECREED that the order of the district court is AFFIRMED in part and VACATED in part, in accordance with the summary order of this Court. (CMD)'),
  e(63, '2026-10-13', '14:20', 'Text Order', 'TEXT ORDER: Pursuant to the mandate of the Second Circuit 61, paragraph 2 of the Preliminary Injunction 20 is hereby VACATED. All other provisions of the Preliminary Injunction remain in effect. SO ORDERED. Issued by Hon. Martin R. Kessler on 10/13/2026. (CMD)'),
  e(64, '2026-10-14', '10:00', 'Status Report', 'STATUS REPORT by Kristi Noem. (Rossi, Mark)'),
], [appeal('ca2', '26-412', '2026-02-23', [
  a(1, '2026-02-23', '10:00', 'NOTICE OF CIVIL APPEAL, with district court docket, on behalf of Appellant Kristi Noem, FILED. Service date 02/20/2026 by CM/ECF. [4411001] [26-412]'),
  a(58, '2026-09-15', '11:30', 'SUMMARY ORDER, affirmed in part and vacated in part, by RJL, DJ, MHP, FILED. [4411999] [26-412]'),
  a(59, '2026-09-15', '11:35', 'JUDGMENT, FILED. [4412000] [26-412]'),
  a(62, '2026-10-06', '09:00', 'MANDATE, ISSUED. [4412150] [26-412]'),
])], '2026-10-15', 'W.D.N.Y. / 2d Cir.: "paragraph 2 of the Preliminary Injunction 20 is hereby VACATED. All other provisions ... remain in effect".')

t3('T3-2', 'tnmd', '3:26-cv-00077', 'Gebre v. Noem', 'Chief District Judge Aleta P. Brandt', [
  e(1, '2026-01-20', '10:30', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al. (Filing fee $405, receipt number ATNMDC-7700112), filed by Selam Gebre. (Attachments: # 1 Civil Cover Sheet) (hb)'),
  e(9, '2026-01-22', '12:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Selam Gebre. (Attachments: # 1 Memorandum in Support) (Ruiz, Elena)'),
  e(41, '2026-03-03', '16:10', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM OPINION AND ORDER granting 9 Motion for Preliminary Injunction. Signed by Chief District Judge Aleta P. Brandt on 3/3/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)',
    'PRELIMINARY INJUNCTION. Paragraph 1. Defendants are ENJOINED from removing any class member to a country other than the one designated in the removal order without written notice and an opportunity to seek protection. Paragraph 2. Defendants shall provide the notice required by Paragraph 1 in a language the class member understands. Paragraph 3. Defendants shall not detain class members in hotel rooms for more than 72 hours. Paragraph 4. Defendants shall file a monthly declaration listing every class member removed in the preceding month. This Preliminary Injunction shall remain in effect until final judgment.'),
  e(43, '2026-03-06', '09:15', 'Notice of Appeal', 'NOTICE OF APPEAL as to 41 Order on Motion for Preliminary Injunction by Kristi Noem. (Carter, James)'),
  e(88, '2026-11-02', '10:00', 'Opinion of USCA', 'OPINION of U.S. Court of Appeals for the Sixth Circuit re 43 Notice of Appeal. The preliminary injunction is AFFIRMED IN PART and VACATED IN PART, and the case is REMANDED. (hb)'),
  e(91, '2026-11-25', '09:00', 'USCA Mandate', 'MANDATE of U.S. Court of Appeals for the Sixth Circuit re 43 Notice of Appeal. (hb)'),
  e(93, '2026-12-01', '15:30', 'Order', 'ORDER ON REMAND: Consistent with the Sixth Circuit\'s opinion and judgment (Doc. No. 88) and its mandate (Doc. No. 91), the Court VACATES Paragraph 4 of the Preliminary Injunction Order (Doc. No. 41). Signed by Chief District Judge Aleta P. Brandt on 12/1/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)'),
  e(94, '2026-12-03', '11:00', 'Notice of Appearance', 'NOTICE of Appearance by Jonah Price on behalf of Selam Gebre (Price, Jonah)'),
], [appeal('ca6', '26-5214', '2026-03-09', [
  a(1, '2026-03-09', '10:00', 'Civil Case Docketed. Notice filed by Appellant Kristi Noem. Transcript needed: n. (JLM)'),
  a(40, '2026-11-02', '09:30', 'OPINION and JUDGMENT filed: The preliminary injunction is AFFIRMED IN PART and VACATED IN PART, and the case is REMANDED for further proceedings consistent with the opinion. Decision for publication. Jane B. Stranch, Andre B. Mathis, and Whitney D. Hermandorfer, Circuit Judges. (JLM)'),
  a(43, '2026-11-24', '09:00', 'MANDATE ISSUED with no costs taxed. (JLM)'),
])], '2026-12-04', 'M.D. Tenn. / 6th Cir.: "ORDER ON REMAND: ... the Court VACATES Paragraph 4 of the Preliminary Injunction Order" (says nothing of the rest).')

t3('T3-3', 'mtd', '4:26-cv-00019', 'Running Crane v. Lyons', 'Judge Wesley H. Dorn', [
  e(1, '2026-02-02', '11:00', 'Complaint', 'COMPLAINT (Class Action) against Todd Lyons, Kristi Noem ( Filing Fee $ 405 receipt number AMTDC-3344221) Filed by Elena Running Crane. (Attachments: # 1 Civil Cover Sheet) (TAG)'),
  e(6, '2026-02-04', '14:40', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction Filed by Elena Running Crane. (Hale, Nora)'),
  e(30, '2026-03-20', '16:00', 'Order on Motion for Preliminary Injunction', 'ORDER granting 6 Motion for Preliminary Injunction. Signed by Judge Wesley H. Dorn on 3/20/2026. (TAG)',
    'Accordingly, IT IS ORDERED that the motion (Doc. 6) is GRANTED. The following PRELIMINARY INJUNCTION issues: 1. Defendants shall not remove any class member from the United States while this case is pending. 2. Defendants shall not transfer class members out of the District of Montana. 3. Defendants shall provide each class member, within 14 days, a written copy of the charging document in Spanish. This injunction remains in place until final judgment.'),
  e(32, '2026-03-24', '10:00', 'Notice of Appeal', 'NOTICE OF APPEAL TO 9TH CIRCUIT COURT OF APPEALS as to 30 Order on Motion for Preliminary Injunction by Todd Lyons, Kristi Noem. (Pratt, Owen)'),
  e(77, '2026-10-20', '09:00', 'USCA Mandate', 'MANDATE of USCA as to 32 Notice of Appeal to 9th Circuit Court of Appeals. (TAG)'),
  e(79, '2026-10-26', '13:30', 'Order', 'ORDER ON MANDATE. The Ninth Circuit\'s mandate having issued (Doc. 77), IT IS ORDERED that paragraph 3 of the Preliminary Injunction (Doc. 30) is SET ASIDE; the injunction otherwise remains as entered. Signed by Judge Wesley H. Dorn on 10/26/2026. (TAG)'),
  e(80, '2026-10-28', '10:00', 'Notice', 'NOTICE of Appearance by Carla Moss on behalf of Elena Running Crane (Moss, Carla)'),
], [appeal('ca9', '26-2231', '2026-03-25', [
  a(1, '2026-03-25', '09:00', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. [12450001]'),
  a(40, '2026-09-25', '10:00', 'FILED MEMORANDUM DISPOSITION (SUSAN P. GRABER, DANIEL P. COLLINS and ANA DE ALBA) AFFIRMED in part; VACATED in part; REMANDED. FILED AND ENTERED JUDGMENT. [12460001]'),
  a(42, '2026-10-19', '09:00', 'MANDATE ISSUED.(SPG, DPC and ADA) [12470001]'),
])], '2026-10-29', 'D. Mont. / 9th Cir.: "paragraph 3 of the Preliminary Injunction (Doc. 30) is SET ASIDE; the injunction otherwise remains as entered".')

t3('T3-4', 'iand', '5:26-cv-04012', 'Vang v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2026-01-26', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) by Pao Vang against Field Office Director, et al. (Attachments: # 1 Civil Cover Sheet) (kfs)'),
  e(5, '2026-01-28', '13:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Pao Vang. (Nguyen, Lan)'),
  e(40, '2026-03-11', '15:55', 'Order on Motion for Preliminary Injunction', 'ORDER granting 5 Motion for Preliminary Injunction. See order for details. Signed by Judge Harold K. Voss on 3/11/26. (tmk)',
    'IT IS ORDERED: (1) Petitioner\'s motion for preliminary injunction (Doc. 5) is granted. (2) Respondents are enjoined from removing any class member from the United States until this case is resolved. (3) Respondents shall not transfer any class member held at the Woodbury County Jail outside the State of Iowa. (4) Respondents shall provide class members with in-person access to counsel. (5) Respondents shall provide class counsel with weekly rosters of class members held in Iowa. The preliminary injunction remains in effect until final judgment.'),
  e(42, '2026-03-13', '09:45', 'Notice of Appeal', 'NOTICE OF APPEAL as to 40 Order on Motion for Preliminary Injunction by Field Office Director. (Olsen, Mark)'),
  e(95, '2026-10-05', '09:00', 'USCA Mandate', 'MANDATE of USCA as to 42 Notice of Appeal (kfs)'),
  e(97, '2026-10-09', '14:00', 'Order', 'ORDER upon receipt of the Eighth Circuit\'s mandate (Doc. 95): in accordance with the judgment of the court of appeals, that portion of the preliminary injunction (Doc. 40) set out in paragraph 5, requiring Respondents to provide weekly rosters, is vacated. The preliminary injunction is otherwise unaffected. Signed by Judge Harold K. Voss on 10/9/26. (tmk)'),
  e(98, '2026-10-12', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Mark Olsen on behalf of Field Office Director (Olsen, Mark)'),
], [appeal('ca8', '26-1733', '2026-03-16', [
  a(1, '2026-03-16', '08:30', 'Civil case docketed. [5030001] [26-1733] (LMT)'),
  a(30, '2026-08-28', '10:00', 'OPINION FILED - THE COURT: Steven M. Colloton, Duane Benton and Jonathan A. Kobes (PUBLISHED) [5040001] [26-1733] (LMT)'),
  a(31, '2026-08-28', '10:05', 'JUDGMENT FILED - The judgment of the district court is AFFIRMED in part and VACATED in part in accordance with the opinion of this Court. STEVEN M. COLLOTON, DUANE BENTON and JONATHAN A. KOBES [5040002] [26-1733] (LMT)'),
  a(34, '2026-10-02', '09:00', 'MANDATE ISSUED. [5045001] [26-1733] (LMT)'),
])], '2026-10-13', 'N.D. Iowa / 8th Cir.: "that portion of the preliminary injunction (Doc. 40) set out in paragraph 5 ... is vacated. The preliminary injunction is otherwise unaffected".')

t3('T3-5', 'okwd', '5:26-cv-00105', 'Haile v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2026-02-09', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Tesfay Haile. (Filing fee $ 405, receipt number AOKWDC-1212121.) (Attachments: # 1 Civil Cover Sheet) (mb)'),
  e(6, '2026-02-11', '16:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Brief in Support by Tesfay Haile. (Lin, Grace)'),
  e(25, '2026-03-18', '15:00', 'Order on Motion for Preliminary Injunction', 'ORDER GRANTING PRELIMINARY INJUNCTION granting 6 Motion for Preliminary Injunction, as more fully set out. Signed by District Judge Raymond T. Bixby on 3/18/26. (mb)',
    'IT IS THEREFORE ORDERED: \u00b6 1. Defendant shall not detain class members for more than 48 hours in hold rooms without beds. \u00b6 2. Defendant is enjoined from removing any class member from the United States during the pendency of this action. \u00b6 3. Defendant shall provide class members with free telephone calls to counsel. \u00b6 4. Defendant shall file a certificate of compliance within 21 days. This preliminary injunction remains in effect until final judgment.'),
  e(27, '2026-03-20', '11:00', 'Notice of Appeal', 'NOTICE OF APPEAL to Circuit Court by Kristi Noem re 25 Order on Motion for Preliminary Injunction. (Fisher, Dana)'),
  e(72, '2026-11-09', '09:00', 'USCA Mandate', 'MANDATE of USCA: judgment affirmed in part, vacated in part, and remanded re 27 Notice of Appeal. (mb)'),
  e(74, '2026-11-13', '13:00', 'Order', 'ORDER. In light of the Tenth Circuit\'s decision and mandate [72], \u00b6 1 of the Court\'s Order Granting Preliminary Injunction [25] is VACATED. Paragraphs 2 through 4 remain in full force and effect. Signed by District Judge Raymond T. Bixby on 11/13/26. (mb)'),
  e(75, '2026-11-16', '10:00', 'Notice', 'NOTICE of Appearance by Dana Fisher on behalf of Kristi Noem (Fisher, Dana)'),
], [appeal('ca10', '26-6071', '2026-03-23', [
  a(1, '2026-03-23', '09:00', '[11010001] Civil case docketed. Preliminary record filed. DATE RECEIVED: 03/20/2026. [26-6071]'),
  a(30, '2026-10-16', '10:00', '[11020001] Published opinion filed by Judges Tymkovich, Bacharach and Rossman. Affirmed in part, vacated in part, and remanded. Judgment entered. Mandate to issue. [26-6071]'),
  a(33, '2026-11-09', '08:30', '[11021001] Mandate issued. [26-6071]'),
])], '2026-11-17', 'W.D. Okla. / 10th Cir.: "¶ 1 of the Court\'s Order Granting Preliminary Injunction [25] is VACATED. Paragraphs 2 through 4 remain in full force and effect".')
