from common import *

# ---------- T5: a PI must not take the term of a later consent decree ----------
def t5(name, court, dn, cname, judge, ents, asOf, ends, note):
    ms = []
    for d in ends:
        ms.append(r'(?im)^in-\S+\s+injunction\s+preliminary injunction\b[^\n]*' + re.escape(d))
        ms.append(r'(?im)^\s*IN FORCE\s+Preliminary injunction[^\n]*' + re.escape(words(d)))
    subj = [r'(?i)preliminary injunction[^\u2014]*' + re.escape(words(d)) for d in ends]
    body = [r'(?im)preliminary injunction[^\n.;]{0,100}' + re.escape(words(d)) for d in ends]
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [cli(asOf, mustNot=ms), mail('subjects', mustNot=subj), mail('bodies', mustNot=body)],
        f'{note} As of {asOf}: no CLI line for the preliminary injunction carries the decree\'s end ({" / ".join(ends)}); no mail subject or body line puts that day on the preliminary injunction.')

t5('T5-1', 'iand', '1:25-cv-00140', 'Lopez v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2025-11-03', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Field Office Director, et al. filed by Carmen Lopez. (Attachments: # 1 Civil Cover Sheet) (kfs)'),
  e(4, '2025-11-05', '13:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Carmen Lopez. (Nguyen, Lan)'),
  e(21, '2026-02-12', '16:00', 'Order on Motion for Preliminary Injunction', 'ORDER granting 4 Motion for Preliminary Injunction. Respondents are enjoined from removing any class member from the United States until further order of the Court. Signed by Judge Harold K. Voss on 2/12/26. (tmk)'),
  e(58, '2026-07-20', '11:00', 'Motion', 'Joint MOTION for Entry of Consent Decree by Carmen Lopez, Field Office Director. (Attachments: # 1 Proposed Consent Decree) (Nguyen, Lan)'),
  e(61, '2026-08-03', '15:00', 'Consent Decree', 'CONSENT DECREE. This Consent Decree shall remain in effect for three years from the date of its entry, after which it shall terminate without further order. Signed by Judge Harold K. Voss on 8/3/26. (tmk)'),
  e(62, '2026-08-05', '10:00', 'Notice', 'NOTICE of Appearance by Mark Olsen on behalf of Field Office Director (Olsen, Mark)'),
], '2026-08-06', ['2029-08-03', '2029-08-02'], 'N.D. Iowa: decree "shall remain in effect for three years from the date of its entry" (PI "until further order").')

t5('T5-2', 'sdd', '4:25-cv-04230', 'Yohannes v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2025-10-06', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Dawit Yohannes. (Filing fee $405, receipt 0869-0880012) (Attachments: # 1 Civil Cover Sheet) (DJP)'),
  e(6, '2025-10-08', '13:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Dawit Yohannes. (Berg, Oskar)'),
  e(24, '2026-01-09', '16:00', 'Order on Motion for Preliminary Injunction', 'ORDER GRANTING PRELIMINARY INJUNCTION granting 6 Motion for Preliminary Injunction. Signed by U.S. District Judge Karen B. Lindqvist on 1/9/2026. (DJP)',
    'IT IS ORDERED that the motion (Doc. 6) is granted. Defendants are enjoined, pending final judgment, from removing any class member from the United States, and shall provide every class member held more than 180 days a bond hearing within 21 days.'),
  e(70, '2026-07-13', '15:00', 'Consent Decree', 'CONSENT DECREE approved and entered. Defendants shall maintain the detention standards set out in Section IV. This Consent Decree shall terminate on December 31, 2029, unless extended by the Court for good cause. Signed by U.S. District Judge Karen B. Lindqvist on 7/13/2026. (DJP)'),
  e(71, '2026-07-15', '10:00', 'Notice', 'NOTICE of Compliance Monitor Appointment by Dawit Yohannes (Berg, Oskar)'),
], '2026-07-16', ['2029-12-31'], 'D.S.D.: decree "shall terminate on December 31, 2029" (PI "pending final judgment").')

t5('T5-3', 'ncmd', '1:25-cv-00733', 'Sesay v. Noem', 'District Judge Thomas A. Whitfield', [
  e(1, '2025-09-15', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT filed by Fatmata Sesay. (Attachments: # 1 Civil Cover Sheet) (lw)'),
  e(5, '2025-09-17', '15:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction filed by Fatmata Sesay. Response to Motion due by 10/8/2025 (Adler, Ruth)'),
  e(31, '2025-12-03', '16:00', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM OPINION AND ORDER signed by District Judge Thomas A. Whitfield on 12/03/2025, that Petitioner\'s Motion for Preliminary Injunction (Doc. [5]) is GRANTED. Respondents are PRELIMINARILY ENJOINED from removing any class member from the United States during the pendency of this action. (lw)'),
  e(77, '2026-10-21', '14:30', 'Consent Decree', 'CONSENT JUDGMENT AND DECREE signed by District Judge Thomas A. Whitfield on 10/21/2026. (lw)',
    'CONSENT DECREE. 1. Definitions. "Effective Date" means the date on which the Court enters this Decree. ... 24. Term. The Court shall retain jurisdiction to enforce this Decree for a period of four years from the Effective Date, after which this Decree shall terminate automatically.'),
  e(78, '2026-10-23', '10:00', 'Notice', 'NOTICE by Respondents of Designation of Compliance Officer (Greer, Paul)'),
], '2026-10-26', ['2030-10-21', '2030-10-20'], 'M.D.N.C.: decree (document text) "for a period of four years from the Effective Date, after which this Decree shall terminate".')

t5('T5-4', 'utd', '2:25-cv-00815', 'Bautista v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2025-10-13', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons (Filing fee $ 405, receipt number AUTDC-3300440) filed by Ramon Bautista. (Attachments: # 1 Civil Cover Sheet) (jds)'),
  e(9, '2025-10-15', '15:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Memorandum in Support filed by Plaintiff Ramon Bautista. (Ames, Celia)'),
  e(22, '2026-01-21', '16:00', 'Order on Motion for Preliminary Injunction', 'MEMORANDUM DECISION AND ORDER granting 9 Motion for Preliminary Injunction. Defendant is preliminarily enjoined from transferring class members out of the District of Utah before their bond hearings. Signed by Judge Ellen S. Marrow on 1/21/2026. (jds)'),
  e(64, '2026-06-29', '15:30', 'Consent Decree', 'STIPULATED CONSENT DECREE. Signed by Judge Ellen S. Marrow on 6/29/2026. (jds)',
    'STIPULATED CONSENT DECREE. ... 18. Duration. This Decree expires on June 29, 2029. 19. Nothing in this Decree modifies the Preliminary Injunction (ECF No. 22), which remains in effect according to its terms.'),
  e(65, '2026-07-01', '10:00', 'Notice', 'NOTICE of Appearance by Carl Ibsen on behalf of Todd Lyons (Ibsen, Carl)'),
], '2026-07-02', ['2029-06-29'], 'D. Utah: decree (document text) "This Decree expires on June 29, 2029. Nothing in this Decree modifies the Preliminary Injunction".')

t5('T5-5', 'okwd', '5:25-cv-01020', 'Nasser v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2025-09-22', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Layla Nasser. (Filing fee $ 405, receipt number AOKWDC-4040404.) (Attachments: # 1 Civil Cover Sheet) (mb)'),
  e(5, '2025-09-24', '15:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Brief in Support by Layla Nasser. (Lin, Grace)'),
  e(19, '2025-12-08', '16:00', 'Order on Motion for Preliminary Injunction', 'ORDER granting 5 Motion for Preliminary Injunction. Defendant is enjoined from removing any class member from the United States until final judgment is entered. Signed by District Judge Raymond T. Bixby on 12/8/25. (mb)'),
  e(55, '2026-05-14', '15:00', 'Consent Judgment', 'CONSENT JUDGMENT. The term of this Consent Judgment is thirty (30) months from the date of its entry. Signed by District Judge Raymond T. Bixby on 5/14/26. (mb)'),
  e(56, '2026-05-18', '10:00', 'Notice', 'NOTICE of Appearance by Dana Fisher on behalf of Kristi Noem (Fisher, Dana)'),
], '2026-05-19', ['2028-11-14', '2028-11-13'], 'W.D. Okla.: "CONSENT JUDGMENT. The term of this Consent Judgment is thirty (30) months from the date of its entry".')
