from common import *

# ---------- T8: an interim order protecting named households / people (not the class) ----------
def t8(name, court, dn, cname, judge, ents, asOf, note, cls):
    h = case(court, dn, cname, ents[0]['dateFiled'], ents, judge=judge, people={'class': cls, 'protects': 'removal'})
    add(name, h, [cli(asOf, must=[r'(?im)^\s*IN FORCE\s+'], mustNot=[NOTHING]),
                  mail('advocate', mustNot=[r'(?i)no one in the class', r'(?i)deportations of people in the class are blocked', r'(?i)people in the class (are|is) (protected|blocked)'])],
        f'{note} As of {asOf}: something is IN FORCE (the order protecting the named people), never "nothing in force"; no advocate mail says the class (everyone in it) is protected.')

t8('T8-1', 'utd', '2:26-cv-00402', 'Lopez Garcia v. Lyons', 'Judge Ellen S. Marrow', [
  e(1, '2026-05-04', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Todd Lyons, Kristi Noem (Filing fee $ 405, receipt number AUTDC-4141414) filed by Maria Lopez Garcia. (Attachments: # 1 Civil Cover Sheet) (jds)'),
  e(3, '2026-05-04', '15:00', 'Motion to Certify Class', 'MOTION to Certify Class and Memorandum in Support filed by Plaintiff Maria Lopez Garcia. (Ames, Celia)'),
  e(4, '2026-05-05', '09:30', 'Emergency Motion', 'EMERGENCY MOTION for Interim Relief filed by Plaintiff Maria Lopez Garcia. (Ames, Celia)'),
  e(7, '2026-05-06', '17:00', 'Order on Motion', 'ORDER GRANTING IN PART 4 EMERGENCY MOTION: Pending resolution of the motion for class certification, Defendants shall not remove Plaintiff Maria Lopez Garcia or her children, J.L.G. and M.L.G., from the United States. This interim order does not extend to other putative class members. Signed by Judge Ellen S. Marrow on 5/6/2026. (jds)'),
  e(9, '2026-05-11', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Carl Ibsen on behalf of Todd Lyons, Kristi Noem (Ibsen, Carl)'),
], '2026-05-12', 'D. Utah: "Defendants shall not remove Plaintiff Maria Lopez Garcia or her children ... This interim order does not extend to other putative class members".',
   'all noncitizens in Utah with final orders of removal who have pending motions to reopen')

t8('T8-2', 'kyed', '5:26-cv-00300', 'Abdi v. Noem', 'Judge Claire W. Ashby', [
  e(1, '2026-06-01', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT AND PETITION FOR HABEAS CORPUS against Kristi Noem (Filing fee $405; receipt number AKYEDC-6161616) filed by Yusuf Abdi, Hodan Farah. (clw)'),
  e(4, '2026-06-02', '11:00', 'Motion for Preliminary Injunction', 'MOTION for Preliminary Injunction and Emergency Stay of Removal by Yusuf Abdi, Hodan Farah. (Hughes, Amy)'),
  e(8, '2026-06-03', '16:30', 'Order', 'ORDER: The Court GRANTS a temporary stay of removal as to the named Petitioners only \u2014 Yusuf Abdi, his wife Hodan Farah, and their son A.Y. \u2014 pending the Court\'s ruling on the motion for a preliminary injunction [R. 4]. Signed by Judge Claire W. Ashby on 6/3/2026.(clw)cc: COR'),
  e(10, '2026-06-08', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Calvin Wynn on behalf of Kristi Noem (Wynn, Calvin)'),
], '2026-06-09', 'E.D. Ky.: "a temporary stay of removal as to the named Petitioners only — Yusuf Abdi, his wife Hodan Farah, and their son A.Y.".',
   'Somali nationals in Kentucky with final orders of removal')

t8('T8-3', 'iand', '1:26-cv-00140', 'Alvarez v. Field Office Director', 'Judge Harold K. Voss', [
  e(1, '2026-07-06', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus (Class Action) by Rosa Alvarez, Minh Nguyen against Field Office Director. (kfs)'),
  e(5, '2026-07-07', '12:00', 'Motion for TRO', 'EMERGENCY MOTION for Temporary Restraining Order by Rosa Alvarez, Minh Nguyen. (Attachments: # 1 Exhibit A - Household Members) (Nguyen, Lan)'),
  e(9, '2026-07-08', '15:45', 'Text Order', 'TEXT ORDER: Until further order, Respondent shall not transfer out of the Northern District of Iowa or remove from the United States the members of the Alvarez and Nguyen households listed in Exhibit A to the motion 5 (Doc. 5-1). The Court reserves ruling on the remainder of the motion. Signed by Judge Harold K. Voss on 7/8/26. (tmk)'),
  e(11, '2026-07-13', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Mark Olsen on behalf of Field Office Director (Olsen, Mark)'),
], '2026-07-14', 'N.D. Iowa: "shall not transfer ... or remove ... the members of the Alvarez and Nguyen households listed in Exhibit A".',
   'people detained by ICE in the Northern District of Iowa who entered as unaccompanied children')

t8('T8-4', 'tnmd', '3:26-cv-00455', 'Saleh v. Noem', 'Chief District Judge Aleta P. Brandt', [
  e(1, '2026-08-03', '10:00', 'Petition for Writ of Habeas Corpus', 'PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT against Kristi Noem (Filing fee $405, receipt number ATNMDC-7171717), filed by Ahmed Saleh, Noor Saleh. (hb)'),
  e(4, '2026-08-04', '09:00', 'Emergency Motion', 'EMERGENCY MOTION for Interim Relief by Ahmed Saleh, Noor Saleh. (Ruiz, Elena)'),
  e(7, '2026-08-04', '18:10', 'Order', 'ORDER: To preserve the status quo, Respondents are ORDERED not to deport Petitioners Ahmed Saleh and Noor Saleh, or their minor daughter, while this Court considers their claims. The interim relief applies to these individuals alone and not to the proposed class. Signed by Chief District Judge Aleta P. Brandt on 8/4/2026. (DOCKET TEXT SUMMARY ONLY-ATTORNEYS MUST OPEN THE PDF AND READ THE ORDER.)(hb)'),
  e(9, '2026-08-10', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by James Carter on behalf of Kristi Noem (Carter, James)'),
], '2026-08-11', 'M.D. Tenn.: "Respondents are ORDERED not to deport Petitioners Ahmed Saleh and Noor Saleh, or their minor daughter ... applies to these individuals alone".',
   'Yemeni nationals in Tennessee with final orders of removal')

t8('T8-5', 'sdd', '4:26-cv-04120', 'Okafor v. Noem', 'U.S. District Judge Karen B. Lindqvist', [
  e(1, '2026-09-08', '10:00', 'Complaint', 'CLASS ACTION COMPLAINT against Kristi Noem, et al., filed by Daniel Okafor, Grace Okafor. (Filing fee $405, receipt 0869-1313131) (DJP)'),
  e(6, '2026-09-09', '10:00', 'Motion', 'MOTION for Emergency Relief by Daniel Okafor, Grace Okafor. (Berg, Oskar)'),
  e(9, '2026-09-10', '16:00', 'Order', 'INTERIM ORDER: Defendants are temporarily enjoined from removing named Plaintiffs Daniel Okafor and Grace Okafor and the members of their household residing with them in Sioux Falls until the Court rules on Plaintiffs\' motion (Doc. 6). Signed by U.S. District Judge Karen B. Lindqvist on 9/10/2026. (DJP)'),
  e(11, '2026-09-14', '10:00', 'Notice of Appearance', 'NOTICE of Appearance by Robert Hale on behalf of Kristi Noem (Hale, Robert)'),
], '2026-09-15', 'D.S.D.: "INTERIM ORDER: Defendants are temporarily enjoined from removing named Plaintiffs ... and the members of their household".',
   'Nigerian nationals in South Dakota with pending asylum applications')
