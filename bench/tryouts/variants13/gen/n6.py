from common import *

# ---------- N6: an answering brief filed on time must not be shown as passed ----------
def n6(name, court, dn, cname, judge, ents, appeals, asOf, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, appeals=appeals, judge=judge)
    add(name, h, [cli(asOf, must=[r'(?im)^dl-[^\n]*brief'],
                      mustNot=[r'(?im)^dl-[^\n]*brief[^\n]*\bpassed\b', r'(?im)^\s*MISSING[^\n]*brief']),
                  mail('subjects', mustNot=[r'(?i)(missing|passed|missed)[^\u2014]*brief', r'(?i)brief[^\u2014]*\b(missing|passed|missed)\b'])],
        f'{note} As of {asOf}: a brief deadline is listed; no brief row is "passed"; no MISSING line for a brief; no mail subject says a brief is missing/passed.')

def pi_noa(pin, pidate, noa, noadate, cite):
    return [e(pin, pidate, '16:00', 'Order on Motion for Preliminary Injunction', f'ORDER granting Motion for Preliminary Injunction. Respondents are enjoined from removing any class member from the United States pending final judgment. {cite}'),
            e(noa, noadate, '10:00', 'Notice of Appeal', f'NOTICE OF APPEAL as to {pin} Order on Motion for Preliminary Injunction by Kristi Noem.')]

n6('N6-1', 'mtd', '9:26-cv-00140', 'Sandoval Ruiz v. Noem', 'Judge Wesley H. Dorn', [
  e(1, '2026-05-04', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem ( Filing Fee $ 405 receipt number AMTDC-6600771) Filed by Pablo Sandoval Ruiz. (ASG)'),
  *pi_noa(20, '2026-06-10', 22, '2026-06-15', 'Signed by Judge Wesley H. Dorn on 6/10/2026. (ASG)'),
  e(30, '2026-09-10', '10:00', 'Status Report', 'STATUS REPORT by Kristi Noem. (Pratt, Owen)'),
], [appeal('ca9', '26-3301', '2026-06-16', [
  a(1, '2026-06-16', '09:00', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. The schedule is set as follows: Appellant Kristi Noem opening brief due 08/10/2026. Appellee Pablo Sandoval Ruiz answering brief due 09/08/2026. Appellant\'s optional reply brief is due 21 days after service of the answering brief. [12500001]'),
  a(14, '2026-08-10', '16:30', 'Submitted (ECF) Opening Brief for review. Submitted by Appellant Kristi Noem. Date of service: 08/10/2026. [12500140] (Pratt, Owen)'),
  a(15, '2026-08-11', '10:00', 'Filed clerk order: The opening brief [14] submitted by Appellant is filed. Within 7 days of the filing of this order, filer is ordered to file 6 copies of the brief in paper format. [12500150] (KT)'),
  a(22, '2026-09-08', '23:41', 'Submitted (ECF) Answering Brief for review. Submitted by Appellee Pablo Sandoval Ruiz. Date of service: 09/08/2026. [12500220] (Hale, Nora)'),
  a(23, '2026-09-09', '10:00', 'Filed clerk order: The answering brief [22] submitted by Appellee is filed. Within 7 days of the filing of this order, filer is ordered to file 6 copies of the brief in paper format. [12500230] (KT)'),
])], '2026-09-14', 'D. Mont. / 9th Cir.: answering brief due 09/08/2026, "Submitted (ECF) Answering Brief for review" 09/08 at 11:41 p.m., "Filed clerk order: The answering brief [22] ... is filed" 09/09.')

n6('N6-2', 'idd', '1:26-cv-00260', 'Morales v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2026-04-06', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem ( Filing fee $ 405 receipt number AIDDC-7171000) filed by Lucia Morales. (km)'),
  *pi_noa(18, '2026-05-04', 20, '2026-05-08', 'Signed by Chief U.S. District Judge Rosa M. Quintero. (km)'),
  e(33, '2026-09-02', '10:00', 'Notice', 'NOTICE of Compliance by Kristi Noem (Sokol, Brian)'),
], [appeal('ca9', '26-2950', '2026-05-11', [
  a(1, '2026-05-11', '09:00', 'DOCKETED CAUSE AND ENTERED APPEARANCES OF COUNSEL. SEND MQ: No. The schedule is set as follows: Appellant Kristi Noem opening brief due 07/06/2026. Appellee Lucia Morales answering brief due 08/03/2026. Appellant\'s optional reply brief is due 21 days after service of the answering brief. [12510001]'),
  a(11, '2026-07-06', '15:00', 'Submitted (ECF) Opening Brief for review. Submitted by Appellant Kristi Noem. Date of service: 07/06/2026. [12510110] (Sokol, Brian)'),
  a(12, '2026-07-07', '10:00', 'Filed clerk order: The opening brief [11] submitted by Appellant is filed. [12510120] (KT)'),
  a(17, '2026-07-24', '11:00', 'Streamlined request [16] by Appellee Lucia Morales to extend time to file the brief is approved. Amended briefing schedule: Appellee Lucia Morales answering brief due 08/31/2026. The optional reply brief is due 21 days after service of the answering brief. [12510170] (JN)'),
  a(19, '2026-08-28', '14:10', 'Submitted (ECF) Answering Brief for review. Submitted by Appellee Lucia Morales. Date of service: 08/28/2026. [12510190] (Ward, Paula)'),
  a(20, '2026-08-31', '10:00', 'Filed clerk order: The answering brief [19] submitted by Appellee is filed. [12510200] (KT)'),
])], '2026-09-04', 'D. Idaho / 9th Cir.: answering brief due 08/03, extended by streamlined request to 08/31, submitted 08/28, filed by clerk order 08/31.')

n6('N6-3', 'iand', '1:26-cv-00180', 'Bello Sanchez v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2026-04-13', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) by Ana Bello Sanchez against Field Office Director. (kfs)'),
  *pi_noa(16, '2026-05-20', 18, '2026-05-26', 'Signed by Judge Harold K. Voss on 5/20/26. (tmk)'),
  e(29, '2026-09-16', '10:00', 'Status Report', 'STATUS REPORT by Field Office Director. (Olsen, Mark)'),
], [appeal('ca8', '26-2230', '2026-05-28', [
  a(1, '2026-05-28', '08:30', 'Civil case docketed. [5050001] [26-2230] (LMT)'),
  a(3, '2026-06-02', '10:00', 'BRIEFING SCHEDULE SET: Transcript due on or before 06/30/2026. Appendix due 08/14/2026. BRIEF APPELLANT, due 08/14/2026. Appellee brief due 09/14/2026. Appellant reply brief due 21 days from the date the court issues the Notice of Docket Activity filing the appellee brief. [5050030] [26-2230] (LMT)'),
  a(9, '2026-08-14', '15:00', 'APPENDIX FILED by Appellant Field Office Director. w/service 08/14/2026 [5050090] [26-2230] (MO)'),
  a(10, '2026-08-14', '15:05', 'BRIEF FILED - APPELLANT BRIEF filed by Field Office Director. w/service 08/14/2026, Length: 10,920 words [5050100] [26-2230] (MO)'),
  a(14, '2026-09-14', '16:40', 'BRIEF FILED - APPELLEE BRIEF filed by Ms. Ana Bello Sanchez. w/service 09/14/2026, Length: 9,850 words [5050140] [26-2230] (LN)'),
])], '2026-09-18', 'N.D. Iowa / 8th Cir.: "Appellee brief due 09/14/2026", "BRIEF FILED - APPELLEE BRIEF filed by ... w/service 09/14/2026" the same day.')

n6('N6-4', 'okwd', '5:26-cv-00390', 'Aziz Haddad v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2026-04-20', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Samir Aziz Haddad. (Filing fee $ 405, receipt number AOKWDC-2323232.) (mb)'),
  *pi_noa(21, '2026-06-01', 23, '2026-06-04', 'Signed by District Judge Raymond T. Bixby on 6/1/26. (mb)'),
  e(37, '2026-09-25', '10:00', 'Notice', 'NOTICE of Compliance by Kristi Noem (Fisher, Dana)'),
], [appeal('ca10', '26-6150', '2026-06-08', [
  a(1, '2026-06-08', '09:00', '[11050001] Civil case docketed. Preliminary record filed. DATE RECEIVED: 06/05/2026. Docketing statement and transcript order form due 06/22/2026 for Kristi Noem. [26-6150]'),
  a(5, '2026-06-24', '10:00', '[11050010] Record on appeal filed. Appellant\'s brief due 08/24/2026 for Kristi Noem. [26-6150]'),
  a(9, '2026-08-24', '15:00', '[11050040] Appellant/Petitioner\'s brief filed by Kristi Noem. 7 paper copies to be provided to the court. Served on 08/24/2026. Manner of Service: email. Oral argument requested? Yes. Appellee\'s brief due 09/23/2026 for Samir Aziz Haddad. [26-6150]'),
  a(14, '2026-09-21', '16:20', '[11050077] Appellee/Respondent\'s brief filed by Samir Aziz Haddad. 7 paper copies to be provided to the court. Served on 09/21/2026. Manner of Service: email. Oral argument requested? Yes. This pleading complies with all required (privacy, paper copy and virus) certifications: Yes. Optional reply brief due 10/13/2026 for Kristi Noem. [26-6150]'),
])], '2026-09-28', 'W.D. Okla. / 10th Cir.: "Appellee\'s brief due 09/23/2026", "Appellee/Respondent\'s brief filed ... Served on 09/21/2026".')

n6('N6-5', 'ncmd', '1:26-cv-00500', 'Mensah Owusu v. Warden', 'District Judge Thomas A. Whitfield', [
  e(1, '2026-05-04', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Kofi Mensah Owusu. (lw)'),
  *pi_noa(17, '2026-06-15', 19, '2026-06-18', 'Signed by District Judge Thomas A. Whitfield on 06/15/2026. (lw)'),
  e(35, '2026-10-12', '10:00', 'Notice', 'NOTICE by Warden of Compliance (Greer, Paul)'),
], [appeal('ca4', '26-1901', '2026-06-22', [
  a(1, '2026-06-22', '10:30', 'Case docketed. Originating case number: 1:26-cv-00500. Case manager: SFord. [1002001] [26-1901] SF'),
  a(6, '2026-07-08', '11:00', 'BRIEFING ORDER filed. Mode of briefing: standard. Joint appendix due 09/08/2026. Opening brief due 09/08/2026. Response brief due 10/08/2026. Any reply brief: 21 days from service of response brief. [1002060] [26-1901] SF'),
  a(12, '2026-09-08', '15:00', 'OPENING BRIEF by Appellant Warden. Type of Brief: PAPER. Method of Filing Paper Copies: mail. Date Paper Copies Mailed, Dispatched, or Delivered to Court: 09/09/2026. [1002120] [26-1901] (Greer, Paul)'),
  a(13, '2026-09-08', '15:05', 'JOINT APPENDIX by Appellant Warden. Method of Filing Paper Copies: mail. [1002130] [26-1901] (Greer, Paul)'),
  a(18, '2026-10-08', '17:55', 'RESPONSE BRIEF by Appellee Kofi Mensah Owusu. Type of Brief: PAPER. Method of Filing Paper Copies: mail. Date Paper Copies Mailed, Dispatched, or Delivered to Court: 10/09/2026. [1002180] [26-1901] (Adler, Ruth)'),
])], '2026-10-13', 'M.D.N.C. / 4th Cir.: "Response brief due 10/08/2026", "RESPONSE BRIEF by Appellee ..." 10/08 at 5:55 p.m.')
