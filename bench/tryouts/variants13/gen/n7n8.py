from common import *

# ---------- N7: a consent decree's term ending on a Sunday stays on the Sunday ----------
def n7(name, court, dn, cname, judge, ents, asOf, sundays, monday, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [cli(asOf, must=['(' + '|'.join(re.escape(s) for s in sundays) + '|' + '|'.join(re.escape(words(s)) for s in sundays) + ')'],
                      mustNot=[re.escape(monday), re.escape(words(monday))]),
                  mail('bodies', mustNot=[re.escape(words(monday))]),
                  mail('subjects', mustNot=[re.escape(words(monday))])],
        f'{note} As of {asOf}: the decree\'s end shows as {" or ".join(sundays)} (the day it says), never Monday {monday}; no mail says {words(monday)}.')

n7('N7-1', 'nywd', '1:25-cv-00900', 'Lindqvist v. Noem', 'Hon. Martin R. Kessler', [
  e(1, '2025-10-06', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem filed by Erik Lindqvist, Amal Yusuf. (Filing fee $405 receipt number ANYWDC-8181818) (CMD)'),
  e(40, '2026-09-14', '11:00', 'Motion', 'Joint MOTION for Entry of Consent Decree by Erik Lindqvist, Amal Yusuf, Kristi Noem. (Attachments: # 1 Proposed Consent Decree) (Levin, Sara)'),
  e(43, '2026-09-30', '15:00', 'Consent Decree', 'CONSENT DECREE. Defendants shall maintain the conditions standards at the Buffalo Federal Detention Facility set out in Part III. This Consent Decree shall terminate on September 30, 2029, unless extended by the Court. SO ORDERED. Signed by Hon. Martin R. Kessler on 9/30/2026. (CMD)'),
  e(44, '2026-10-02', '10:00', 'Notice', 'NOTICE of Appointment of Monitor by Kristi Noem (Rossi, Mark)'),
], '2026-10-05', ['2029-09-30'], '2029-10-01', 'W.D.N.Y.: "This Consent Decree shall terminate on September 30, 2029" (a Sunday).')

n7('N7-2', 'kyed', '5:25-cv-00500', 'Warsame v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2025-11-03', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem (Filing fee $405; receipt number AKYEDC-9292929) filed by Abdi Warsame. (clw)'),
  e(51, '2026-06-15', '11:00', 'Motion', 'JOINT MOTION for Entry of Agreed Consent Decree by Abdi Warsame, Kristi Noem. (Hughes, Amy)'),
  e(54, '2026-07-01', '15:00', 'Consent Decree', 'AGREED CONSENT DECREE. Signed by Judge Claire W. Ashby on 7/1/2026.(clw)cc: COR',
    'AGREED CONSENT DECREE. ... VIII. TERM. This Decree shall remain in effect for three years from the date of entry, and shall then terminate without further action of the Court.'),
  e(55, '2026-07-06', '10:00', 'Notice', 'NOTICE of Appearance by Calvin Wynn on behalf of Kristi Noem (Wynn, Calvin)'),
], '2026-07-07', ['2029-07-01', '2029-06-30'], '2029-07-02', 'E.D. Ky.: decree (document text) "shall remain in effect for three years from the date of entry" (entered Wed. July 1, 2026; three years end Sunday July 1, 2029).')

n7('N7-3', 'sdd', '4:25-cv-04300', 'Two Bulls v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2025-09-15', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Renee Two Bulls. (Filing fee $405, receipt 0869-1414141) (DJP)'),
  e(61, '2026-04-16', '11:00', 'Motion', 'Joint MOTION for Approval of Consent Decree by Renee Two Bulls, Kristi Noem. (Berg, Oskar)'),
  e(64, '2026-04-30', '15:00', 'Consent Decree', 'CONSENT DECREE approved and entered. This Decree expires at 11:59 p.m. Central Time on Sunday, April 30, 2028. Signed by U.S. District Judge Karen B. Lindqvist on 4/30/2026. (DJP)'),
  e(65, '2026-05-04', '10:00', 'Notice', 'NOTICE of Appearance by Robert Hale on behalf of Kristi Noem (Hale, Robert)'),
], '2026-05-05', ['2028-04-30'], '2028-05-01', 'D.S.D.: "This Decree expires at 11:59 p.m. Central Time on Sunday, April 30, 2028".')

n7('N7-4', 'utd', '2:25-cv-00990', 'Tuilagi v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2025-12-08', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons (Filing fee $ 405, receipt number AUTDC-5151000) filed by Mele Tuilagi. (jds)'),
  e(48, '2026-10-30', '11:00', 'Motion', 'Joint MOTION for Entry of Consent Decree filed by Mele Tuilagi, Todd Lyons. (Ames, Celia)'),
  e(52, '2026-11-16', '15:00', 'Consent Decree', 'CONSENT DECREE. Signed by Judge Ellen S. Marrow on 11/16/2026. (jds)',
    'CONSENT DECREE. ... 31. The obligations of this Consent Decree continue through and including March 31, 2030, on which date the Decree terminates.'),
  e(53, '2026-11-18', '10:00', 'Notice', 'NOTICE of Appearance by Carl Ibsen on behalf of Todd Lyons (Ibsen, Carl)'),
], '2026-11-19', ['2030-03-31'], '2030-04-01', 'D. Utah: decree (document text) "continue through and including March 31, 2030, on which date the Decree terminates" (a Sunday).')

n7('N7-5', 'idd', '1:25-cv-00880', 'Begay v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2025-10-20', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem ( Filing fee $ 405 receipt number AIDDC-8080800) filed by Ruth Begay. (km)'),
  e(57, '2026-06-16', '11:00', 'Motion', 'Joint MOTION for Approval of Settlement Agreement and Consent Decree filed by Ruth Begay, Kristi Noem. (Ward, Paula)'),
  e(60, '2026-06-30', '15:00', 'Consent Decree', 'SETTLEMENT AGREEMENT AND CONSENT DECREE. The Court\'s jurisdiction over this Settlement and Consent Decree ends, and the Decree terminates, on December 30, 2029, without further order. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)'),
  e(61, '2026-07-02', '10:00', 'Notice', 'NOTICE of Appearance by Brian Sokol on behalf of Kristi Noem (Sokol, Brian)'),
], '2026-07-06', ['2029-12-30'], '2029-12-31', 'D. Idaho: "the Decree terminates, on December 30, 2029, without further order" (a Sunday).')

# ---------- N8: a mail about a TRO must not call it "the injunction" ----------
N8_NOT = [r'(?i)\bthe injunction\b', r'(?i)preliminary injunction', r'(?i)\b(an|this) injunction\b',
          r'(?i)\binjunction (granted|extended|ends|ended|expires|expired|is in force|in force|dissolved|vacated|lifted)\b']
def n8(name, court, dn, cname, judge, ents, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [mail('all', must=[r'(?i)temporary restraining order'], mustNot=N8_NOT)],
        f'{note} Mails (any reader, subject and body) speak of a "temporary restraining order" and never of "the injunction", "an/this injunction", "preliminary injunction", or "injunction granted/extended/ends/…".')

n8('N8-1', 'ncmd', '1:26-cv-00080', 'Asante v. Warden', 'District Judge Thomas A. Whitfield', [
  e(1, '2026-02-02', '09:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Yaw Asante. (lw)'),
  e(3, '2026-02-02', '09:30', 'Motion for TRO', 'EMERGENCY MOTION for Temporary Restraining Order filed by Yaw Asante. (Adler, Ruth)'),
  e(9, '2026-02-03', '17:20', 'Order on Motion for TRO', 'ORDER signed by District Judge Thomas A. Whitfield on 02/03/2026, GRANTING [3] Emergency Motion for Temporary Restraining Order. Respondent is RESTRAINED from removing Petitioner or any member of the proposed class from the Middle District of North Carolina. This Order expires fourteen days from entry unless extended for good cause. (lw)'),
  e(12, '2026-02-13', '15:00', 'Text Order', 'TEXT ORDER: For good cause shown, the Temporary Restraining Order [9] is extended through February 27, 2026. Signed by District Judge Thomas A. Whitfield on 02/13/2026. (lw)'),
  e(15, '2026-03-02', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Paul Greer on behalf of Warden (Greer, Paul)'),
], 'M.D.N.C.: TRO "RESTRAINED from removing ... expires fourteen days from entry", extended through February 27, 2026.')

n8('N8-2', 'okwd', '5:26-cv-00222', 'Bakr v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2026-03-02', '09:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Hamza Bakr. (Filing fee $ 405, receipt number AOKWDC-3434343.) (mb)'),
  e(3, '2026-03-02', '09:30', 'Motion for TRO', 'MOTION for Temporary Restraining Order and Brief in Support by Hamza Bakr. (Lin, Grace)'),
  e(8, '2026-03-06', '16:30', 'Order to Show Cause and TRO', 'ORDER TO SHOW CAUSE AND TEMPORARY RESTRAINING ORDER. Defendant is hereby restrained from transferring any class member out of the Western District of Oklahoma. Defendant shall show cause in writing on or before March 16, 2026 why this Order should not be continued. This temporary restraining order shall remain in effect until March 20, 2026 at 5:00 p.m. unless extended. Signed by District Judge Raymond T. Bixby on 3/6/26. (mb)'),
  e(12, '2026-03-16', '15:00', 'Response to Order to Show Cause', 'RESPONSE to 8 Order to Show Cause by Kristi Noem. (Fisher, Dana)'),
  e(14, '2026-03-18', '14:00', 'Order', 'ORDER: Upon consideration of Defendant\'s response [12], the temporary restraining order [8] is DISSOLVED. Signed by District Judge Raymond T. Bixby on 3/18/26. (mb)'),
  e(15, '2026-03-23', '10:00', 'Notice of Appearance', 'ENTRY of Appearance by Dana Fisher on behalf of Kristi Noem (Fisher, Dana)'),
], 'W.D. Okla.: "ORDER TO SHOW CAUSE AND TEMPORARY RESTRAINING ORDER ... until March 20, 2026 at 5:00 p.m.", then "the temporary restraining order [8] is DISSOLVED".')

n8('N8-3', 'mtd', '9:26-cv-00088', 'Whitehorse v. Lyons', 'Judge Wesley H. Dorn', [
  e(1, '2026-04-06', '09:00', 'Complaint', 'COMPLAINT (Class Action) against Todd Lyons ( Filing Fee $ 405 receipt number AMTDC-7878787) Filed by Jolene Whitehorse, Tomas Reyes. (ASG)'),
  e(2, '2026-04-06', '09:20', 'Motion for TRO', 'Ex Parte MOTION for Temporary Restraining Order Filed by Jolene Whitehorse, Tomas Reyes. (Hale, Nora)'),
  e(5, '2026-04-07', '11:40', 'Order on Motion for TRO', 'ORDER: Plaintiffs\' ex parte motion for a temporary restraining order (Doc. 2) is GRANTED. Defendant is temporarily restrained from transferring the named Plaintiffs out of Montana. This restraint expires at 11:59 p.m. on April 20, 2026. Signed by Judge Wesley H. Dorn on 4/7/2026. (ASG)'),
  e(9, '2026-04-13', '16:00', 'Notice', 'NOTICE of Release of Plaintiffs from Custody by Todd Lyons (Pratt, Owen)'),
  e(10, '2026-04-14', '10:30', 'Order', 'ORDER: Plaintiffs having been released from custody (Doc. 9), the temporary restraining order (Doc. 5) is VACATED as moot. Signed by Judge Wesley H. Dorn on 4/14/2026. (ASG)'),
  e(11, '2026-04-16', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Owen Pratt on behalf of Todd Lyons (Pratt, Owen)'),
], 'D. Mont.: "temporarily restrained from transferring the named Plaintiffs ... This restraint expires ... April 20, 2026", then "the temporary restraining order (Doc. 5) is VACATED as moot".')

n8('N8-4', 'iand', '1:26-cv-00160', 'Ndayishimiye v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2026-05-11', '09:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) by Claude Ndayishimiye against Field Office Director. (kfs)'),
  e(4, '2026-05-12', '10:00', 'Motion for TRO', 'MOTION for Temporary Restraining Order by Claude Ndayishimiye. (Nguyen, Lan)'),
  e(8, '2026-05-15', '15:30', 'Order on Motion for TRO', 'TEXT ORDER granting 4 Motion for TRO. Respondent shall not remove any petitioner from the United States. The TRO expires 5/29/2026 at 5:00 PM unless extended. Signed by Judge Harold K. Voss on 5/15/26. (tmk)'),
  e(11, '2026-05-28', '14:00', 'Text Order', 'TEXT ORDER: With the parties\' consent, the TRO 8 is extended to 6/12/2026 at 5:00 PM. Signed by Judge Harold K. Voss on 5/28/26. (tmk)'),
  e(14, '2026-06-15', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Mark Olsen on behalf of Field Office Director (Olsen, Mark)'),
], 'N.D. Iowa: "TEXT ORDER granting 4 Motion for TRO ... The TRO expires 5/29/2026", then "the TRO 8 is extended to 6/12/2026".')

n8('N8-5', 'kyed', '5:26-cv-00350', 'Hassan v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2026-07-06', '09:00', 'Complaint', 'CLASS ACTION COMPLAINT AND PETITION FOR HABEAS CORPUS against Kristi Noem (Filing fee $405; receipt number AKYEDC-1717171) filed by Faisal Hassan. (clw)'),
  e(3, '2026-07-06', '09:30', 'Motion for TRO', 'EMERGENCY MOTION for Temporary Restraining Order by Faisal Hassan. (Hughes, Amy)'),
  e(6, '2026-07-06', '18:00', 'TRO', 'TEMPORARY RESTRAINING ORDER: Upon review of the verified petition, Respondent is prohibited from removing Petitioner or any similarly situated person detained in this District from the United States. This temporary restraining order shall expire fourteen (14) days after entry. Signed by Judge Claire W. Ashby on 7/6/2026.(clw)cc: COR'),
  e(9, '2026-07-24', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Calvin Wynn on behalf of Kristi Noem (Wynn, Calvin)'),
], 'E.D. Ky.: "TEMPORARY RESTRAINING ORDER: ... Respondent is prohibited from removing ... shall expire fourteen (14) days after entry".')
