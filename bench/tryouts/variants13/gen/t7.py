from common import *

# ---------- T7: reports due in every second month, in named months ----------
def rep_row(prefix):
    return r'(?im)^dl-\S+\s+deadline\s+[^\n]*report[^\n]*\b' + re.escape(prefix)
def t7(name, court, dn, cname, judge, ents, mid, nxt, off, end, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [cli(mid, must=[rep_row(nxt)], mustNot=[rep_row(off)]),
                  cli(end, mustNot=[r'(?im)^\s*MISSING\b'] + [rep_row(p) for p in [off]]),
                  mail('subjects', mustNot=[r'(?i)expected filing missing'])],
        f'{note} As of {mid}: the report is next due in {nxt[:7]} (a named month), none listed in {off[:7]}; as of {end}: no MISSING line; no mail "Expected filing missing".')

t7('T7-1', 'nywd', '6:26-cv-06033', 'Baptiste v. Noem', 'Hon. Martin R. Kessler', [
  e(1, '2026-01-05', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Jean Baptiste. (Filing fee $5 receipt number ANYWDC-7070707) (CMD)'),
  e(12, '2026-01-20', '15:00', 'Text Order', 'TEXT ORDER: As agreed at the January 16 conference, Respondents shall file a status report regarding conditions at the Buffalo Federal Detention Facility on the fifteenth day of February, April, June, August, October, and December, until further order of the Court. SO ORDERED. Issued by Hon. Martin R. Kessler on 1/20/2026. (CMD)'),
  e(15, '2026-02-13', '16:00', 'Status Report', 'STATUS REPORT pursuant to 12 Text Order by Kristi Noem. (Rossi, Mark)'),
  e(19, '2026-04-15', '15:30', 'Status Report', 'STATUS REPORT pursuant to 12 Text Order by Kristi Noem. (Rossi, Mark)'),
  e(24, '2026-06-12', '14:00', 'Status Report', 'STATUS REPORT pursuant to 12 Text Order by Kristi Noem. (Rossi, Mark)'),
  e(27, '2026-07-22', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Sara Levin on behalf of Jean Baptiste (Levin, Sara)'),
], '2026-06-20', '2026-08-', '2026-07-', '2026-07-22', 'W.D.N.Y.: "on the fifteenth day of February, April, June, August, October, and December".')

t7('T7-2', 'tnmd', '3:26-cv-00150', 'Mekonnen v. Noem', 'Chief District Judge Aleta P. Brandt', [
  e(1, '2026-01-26', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al. (Filing fee $405, receipt number ATNMDC-8080808), filed by Hanna Mekonnen. (hb)'),
  e(14, '2026-02-10', '15:00', 'Order', 'ORDER: Defendants shall file a written status report every second month, beginning in March 2026 (that is, in March, May, July, September, and November), on the first business day of the month. Signed by Chief District Judge Aleta P. Brandt on 2/10/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)'),
  e(18, '2026-03-02', '16:00', 'Status Report', 'STATUS REPORT by Kristi Noem re 14 Order. (Carter, James)'),
  e(23, '2026-05-01', '15:00', 'Status Report', 'STATUS REPORT by Kristi Noem re 14 Order. (Carter, James)'),
  e(29, '2026-07-01', '14:30', 'Status Report', 'STATUS REPORT by Kristi Noem re 14 Order. (Carter, James)'),
  e(31, '2026-08-20', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Jonah Price on behalf of Hanna Mekonnen (Price, Jonah)'),
], '2026-07-10', '2026-09-', '2026-08-', '2026-08-20', 'M.D. Tenn.: "every second month, beginning in March 2026 (that is, in March, May, July, September, and November), on the first business day".')

t7('T7-3', 'idd', '1:25-cv-00700', 'Flores v. Noem', 'Chief U.S. District Judge Rosa M. Quintero', [
  e(1, '2025-12-01', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem ( Filing fee $ 405 receipt number AIDDC-6060606) filed by Adela Flores. (km)'),
  e(9, '2025-12-15', '15:00', 'Order', 'ORDER. Respondent shall file reports on the detention census on a bimonthly basis \u2014 in January, March, May, July, September, and November \u2014 no later than the 10th day of the month. Signed by Chief U.S. District Judge Rosa M. Quintero. (km)'),
  e(13, '2026-01-09', '16:00', 'Status Report', 'REPORT re 9 Order (Detention Census) by Kristi Noem. (Sokol, Brian)'),
  e(17, '2026-03-10', '15:00', 'Status Report', 'REPORT re 9 Order (Detention Census) by Kristi Noem. (Sokol, Brian)'),
  e(21, '2026-05-08', '14:00', 'Status Report', 'REPORT re 9 Order (Detention Census) by Kristi Noem. (Sokol, Brian)'),
  e(24, '2026-06-25', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Paula Ward on behalf of Adela Flores (Ward, Paula)'),
], '2026-05-20', '2026-07-', '2026-06-', '2026-06-25', 'D. Idaho: "on a bimonthly basis — in January, March, May, July, September, and November — no later than the 10th day of the month".')

t7('T7-4', 'ncmd', '1:26-cv-00021', 'Kone v. Warden', 'District Judge Thomas A. Whitfield', [
  e(1, '2026-01-05', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Aminata Kone. (lw)'),
  e(8, '2026-01-12', '15:00', 'Order', 'ORDER signed by District Judge Thomas A. Whitfield on 01/12/2026. Respondent shall file a compliance report by the last day of each even-numbered month (February, April, June, August, October and December) until this matter is resolved. (lw)'),
  e(11, '2026-02-27', '16:00', 'Status Report', 'COMPLIANCE REPORT by Warden re [8] Order. (Greer, Paul)'),
  e(15, '2026-04-30', '15:00', 'Status Report', 'COMPLIANCE REPORT by Warden re [8] Order. (Greer, Paul)'),
  e(19, '2026-06-30', '14:00', 'Status Report', 'COMPLIANCE REPORT by Warden re [8] Order. (Greer, Paul)'),
  e(22, '2026-08-10', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Ruth Adler on behalf of Aminata Kone (Adler, Ruth)'),
], '2026-07-05', '2026-08-', '2026-07-', '2026-08-10', 'M.D.N.C.: "by the last day of each even-numbered month (February, April, June, August, October and December)".')

t7('T7-5', 'okwd', '5:26-cv-00070', 'Ochoa v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2026-01-20', '10:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem filed by Pedro Ochoa. (Filing fee $ 405, receipt number AOKWDC-9191919.) (mb)'),
  e(10, '2026-02-02', '15:00', 'Order', 'ORDER: The parties shall file joint status reports on the first Monday of January, March, May, July, September, and November. Signed by District Judge Raymond T. Bixby on 2/2/26. (mb)'),
  e(14, '2026-03-02', '16:00', 'Status Report', 'JOINT STATUS REPORT by Pedro Ochoa, Kristi Noem. (Lin, Grace)'),
  e(18, '2026-05-04', '15:00', 'Status Report', 'JOINT STATUS REPORT by Pedro Ochoa, Kristi Noem. (Lin, Grace)'),
  e(22, '2026-07-06', '14:00', 'Status Report', 'JOINT STATUS REPORT by Pedro Ochoa, Kristi Noem. (Lin, Grace)'),
  e(25, '2026-08-14', '10:00', 'Notice of Appearance', 'ENTRY of Appearance by Dana Fisher on behalf of Kristi Noem (Fisher, Dana)'),
], '2026-07-10', '2026-09-', '2026-08-', '2026-08-14', 'W.D. Okla.: "joint status reports on the first Monday of January, March, May, July, September, and November".')
