from common import *

# ---------- T1: a hearing moved to a new day (new wording) ----------
def t1(name, court, dn, cname, judge, ents, asOf, d1, d2, note):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge)
    add(name, h, [cli(asOf,
        must=[r'(?im)^hr-\S+[^\n]*' + re.escape(d2)],
        mustNot=[r'(?im)^hr-\S+[^\n]*' + re.escape(d1) + r'[^\n]*\bupcoming\b'])],
        f'{note} As of {asOf}: one hearing on {d2}; none still upcoming on {d1}.')

t1('T1-1', 'tnmd', '3:26-cv-00231', 'Ortega v. Noem', 'Chief District Judge Aleta P. Brandt', [
  e(1, '2026-03-02', '10:12', 'Complaint', 'CLASS ACTION COMPLAINT and PETITION FOR WRIT OF HABEAS CORPUS against Kristi Noem, Secretary of Homeland Security, et al. (Filing fee $405, receipt number ATNMDC-8812345), filed by Luis Ortega, Mariam Haddad. (Attachments: # 1 Civil Cover Sheet) (hb)'),
  e(6, '2026-03-05', '15:40', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Luis Ortega, Mariam Haddad. (Attachments: # 1 Memorandum in Support, # 2 Declaration of Luis Ortega) (Ruiz, Elena)'),
  e(11, '2026-03-09', '11:05', 'Order', 'ORDER: The Court will hold an evidentiary hearing on Plaintiffs\' Motion for Preliminary Injunction (Doc. No. 6) on April 14, 2026, at 1:30 p.m. in Courtroom 6A. Signed by Chief District Judge Aleta P. Brandt on 3/9/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)'),
  e(15, '2026-03-27', '16:55', 'Response in Opposition to Motion', 'RESPONSE in Opposition re 6 MOTION for Preliminary Injunction filed by Kristi Noem. (Attachments: # 1 Declaration of Field Office Director) (Carter, James)'),
  e(18, '2026-04-02', '09:47', 'Order', 'ORDER: Because of a conflict on the Court\'s calendar, the evidentiary hearing on the Motion for Preliminary Injunction (Doc. No. 6) shall instead take place on Thursday, April 23, 2026, at 10:00 a.m., in Courtroom 6A. All other settings stand. Signed by Chief District Judge Aleta P. Brandt on 4/2/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)'),
  e(19, '2026-04-06', '14:20', 'Reply to Response to Motion', 'REPLY to Response to Motion re 6 MOTION for Preliminary Injunction filed by Luis Ortega, Mariam Haddad. (Ruiz, Elena)'),
], '2026-04-07', '2026-04-14', '2026-04-23', 'TN M.D.: "shall instead take place on Thursday, April 23, 2026".')

t1('T1-2', 'mtd', '9:26-cv-00058', 'Delgado v. U.S. Immigration and Customs Enforcement', 'Judge Wesley H. Dorn', [
  e(1, '2026-04-13', '10:30', 'Complaint', 'COMPLAINT (Class Action) against U.S. Immigration and Customs Enforcement, et al. ( Filing Fee $ 405 receipt number AMTDC-2233445) Filed by Rosa Delgado. (Attachments: # 1 Civil Cover Sheet) (ASG)'),
  e(4, '2026-04-15', '13:02', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction Filed by Rosa Delgado. (Hale, Nora)'),
  e(7, '2026-04-17', '15:15', 'Order Setting Hearing on Motion', 'ORDER setting hearing on 4 MOTION for Preliminary Injunction. Preliminary Injunction Hearing set for 5/6/2026 at 09:30 AM in Missoula, MT before Judge Wesley H. Dorn. Signed by Judge Wesley H. Dorn on 4/17/2026. (ASG)'),
  e(9, '2026-04-24', '11:48', 'Joint Motion', 'Joint MOTION to Continue Preliminary Injunction Hearing Filed by U.S. Immigration and Customs Enforcement. (Pratt, Owen)'),
  e(10, '2026-04-27', '08:55', 'Order on Motion', 'ORDER granting 9 Joint Motion. The preliminary injunction hearing is pushed back two weeks: the Court will hear argument on the motion on May 20, 2026, at 1:30 PM in the Russell Smith Courthouse, Missoula, MT. Signed by Judge Wesley H. Dorn on 4/27/2026. (ASG)'),
  e(12, '2026-04-30', '10:10', 'Notice of Appearance', 'NOTICE of Appearance by Carla Moss on behalf of Rosa Delgado (Moss, Carla)'),
], '2026-05-01', '2026-05-06', '2026-05-20', 'D. Mont.: "is pushed back two weeks: the Court will hear argument on the motion on May 20, 2026".')

t1('T1-3', 'iand', '1:26-cv-00091', 'Bello v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2026-05-04', '09:20', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) by Tomas Bello, Abdi Warsame against Field Office Director, et al. (Attachments: # 1 Civil Cover Sheet) (kfs)'),
  e(3, '2026-05-05', '12:31', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction by Tomas Bello, Abdi Warsame. (Nguyen, Lan)'),
  e(8, '2026-05-11', '14:02', 'Text Order', 'TEXT ORDER: A hearing on 3 MOTION for Preliminary Injunction is set for 6/2/2026 01:30 PM in Cedar Rapids Courtroom 3 before Judge Harold K. Voss. Signed by Judge Harold K. Voss on 5/11/26. (tmk)'),
  e(12, '2026-05-22', '16:40', 'Resistance to Motion', 'RESISTANCE to 3 MOTION for Preliminary Injunction filed by Field Office Director. (Olsen, Mark)'),
  e(14, '2026-05-26', '10:15', 'Text Order', 'TEXT ORDER: On the Court\'s own motion, the hearing on petitioners\' motion for preliminary injunction 3 will convene on 6/9/2026 at 10:00 AM rather than on 6/2/2026. Location unchanged. Signed by Judge Harold K. Voss on 5/26/26. (tmk)'),
  e(15, '2026-05-28', '15:25', 'Reply to Resistance', 'REPLY to Resistance to 3 MOTION for Preliminary Injunction filed by Tomas Bello, Abdi Warsame. (Nguyen, Lan)'),
], '2026-05-29', '2026-06-02', '2026-06-09', 'N.D. Iowa: "will convene on 6/9/2026 at 10:00 AM rather than on 6/2/2026".')

t1('T1-4', 'okwd', '5:26-cv-00644', 'Aziz v. Noem', 'District Judge Raymond T. Bixby', [
  e(1, '2026-06-01', '11:00', 'Complaint', 'COMPLAINT (Class Action) against Kristi Noem, Todd Lyons filed by Samir Aziz. (Filing fee $ 405, receipt number AOKWDC-5566778.) (Attachments: # 1 Civil Cover Sheet) (mb)'),
  e(5, '2026-06-10', '13:30', 'Order Setting Status Conference', 'ORDER SETTING STATUS CONFERENCE: A status conference is set for July 8, 2026 at 2:00 p.m. in Courtroom 301 before District Judge Raymond T. Bixby. Signed by District Judge Raymond T. Bixby on 6/10/26. (mb)'),
  e(8, '2026-06-22', '17:05', 'Answer to Complaint', 'ANSWER to 1 Complaint by Kristi Noem, Todd Lyons.(Fisher, Dana)'),
  e(11, '2026-06-29', '09:50', 'Order', 'ORDER: The status conference presently scheduled for July 8, 2026, at 2:00 p.m. will go forward instead on July 15, 2026, at 2:00 p.m., in Courtroom 301. Signed by District Judge Raymond T. Bixby on 6/29/26. (mb)'),
  e(12, '2026-07-01', '10:44', 'Notice of Appearance', 'ENTRY of Appearance by Grace Lin on behalf of Samir Aziz (Lin, Grace)'),
], '2026-07-02', '2026-07-08', '2026-07-15', 'W.D. Okla.: "will go forward instead on July 15, 2026".')

t1('T1-5', 'ncmd', '1:26-cv-00602', 'Mensah v. Warden', 'District Judge Thomas A. Whitfield', [
  e(1, '2026-07-20', '10:05', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) filed by Kwame Mensah. (Attachments: # 1 Civil Cover Sheet) (lw)'),
  e(4, '2026-07-21', '15:30', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction filed by Kwame Mensah. Response to Motion due by 8/11/2026 (Adler, Ruth)'),
  e(9, '2026-07-24', '11:20', 'Notice of Hearing on Motion', 'NOTICE OF HEARING on 4 MOTION for Preliminary Injunction: Motion Hearing set for 8/10/2026 09:30 AM in Winston-Salem Courtroom 2 before District Judge Thomas A. Whitfield. (lw)'),
  e(12, '2026-08-03', '16:12', 'Notice', 'NOTICE of Unavailability of Counsel by Warden. (Greer, Paul)'),
  e(13, '2026-08-04', '12:00', 'Text Order', 'TEXT ORDER: In light of Respondent\'s notice [12], the hearing on Petitioner\'s Motion for Preliminary Injunction [4] is hereby postponed until Monday, August 17, 2026, at 9:30 a.m., Winston-Salem Courtroom 2. Signed by District Judge Thomas A. Whitfield on 8/4/2026. (lw)'),
  e(14, '2026-08-05', '17:30', 'Response in Opposition to Motion', 'RESPONSE in Opposition re 4 MOTION for Preliminary Injunction filed by Warden. (Greer, Paul)'),
], '2026-08-06', '2026-08-10', '2026-08-17', 'M.D.N.C.: "is hereby postponed until Monday, August 17, 2026".')
