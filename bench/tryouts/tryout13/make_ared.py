import json

E = []


def d(number, date, time, short, text, doc=None):
    m, dd, y = date[5:7], date[8:10], date[0:4]
    e = {"number": number, "dateFiled": date, "time": time, "shortDescription": short,
         "text": f"{text} (Entered: {m}/{dd}/{y})"}
    if doc:
        e["documentText"] = doc
    E.append(e)


J = "Signed by Judge Lorraine P. Mabry"
P = "Maritza Cruz Alvarado, Samuel Otieno, Ernesto Villalobos"
DF = "Tim Bledsoe, Faulkner County"

d(1, "2032-01-12", "09:48", "Complaint",
  f"CLASS ACTION COMPLAINT against Tim Bledsoe, in his official capacity as Sheriff of Faulkner County, and Faulkner County, Arkansas, filed by {P}. (Filing fee $405, receipt number AAREDC-6120988) (Attachments: # 1 Civil Cover Sheet, # 2 Summons) (Pruitt, Dana)")
d(2, "2032-01-12", "10:02", "Motion for TRO",
  f"MOTION for Temporary Restraining Order by {P}. (Attachments: # 1 Brief in Support, # 2 Declarations) (Pruitt, Dana)")
d(5, "2032-01-13", "14:20", "Order",
  f"ORDER directing defendants to respond to the [2] motion for temporary restraining order on or before noon on Thursday, January 15, 2032. A hearing on the motion will be held Friday, January 16, 2032, at 1:30 p.m. in Courtroom 4D, Richard Sheppard Arnold United States Courthouse, Little Rock. {J} on 1/13/2032. (kdr)")
d(None, "2032-01-14", "15:10", "Order",
  f"TEXT ORDER: At the parties' joint request, the January 16 hearing will be held by telephone rather than in person. The date and time do not change; dial-in instructions will be emailed to counsel. IT IS SO ORDERED. {J} on 1/14/2032. (kdr)")
d(8, "2032-01-15", "11:37", "Response in Opposition to Motion",
  f"RESPONSE in Opposition re [2] MOTION for Temporary Restraining Order filed by {DF}. (Whitlock, Royce)")
d(None, "2032-01-16", "15:05", "Motion Hearing",
  "Clerk's Minutes: Telephone hearing held 1/16/2032 before Judge Lorraine P. Mabry on [2] Motion for Temporary Restraining Order. Motion taken under advisement; written order to follow. (Court Reporter: L. Hatch) (kdr)")
d(11, "2032-01-16", "17:40", "Order on Motion for TRO",
  f"ORDER granting [2] Motion for Temporary Restraining Order. See order for specifics. {J} on 1/16/2032. (kdr)",
  "Plaintiffs' motion for a temporary restraining order (Doc. No. 2) is GRANTED.\n"
  "Sheriff Bledsoe, his deputies, and all those acting with him are restrained from holding any person in the Faulkner County Detention Center solely on the basis of an immigration detainer (Form I-247A) for longer than 48 hours after the time that person would otherwise be released from county custody.\n"
  "By Wednesday, January 21, 2032, the Sheriff must file a notice of compliance identifying every person released because of this order.\n"
  "A hearing on whether to convert this order into a preliminary injunction will be held at 9:30 a.m. on Tuesday, January 27, 2032. Any motion for class certification and for a preliminary injunction must be filed by January 22, 2032, and any response by January 26, 2032.\n"
  "This temporary restraining order expires at 5:00 p.m. Central Standard Time on the 30th day of January, 2032, unless it is extended.\n"
  "IT IS SO ORDERED this 16th day of January, 2032, at 5:35 p.m.")
d(13, "2032-01-21", "16:12", "Notice (Other)",
  f"NOTICE of Compliance by {DF} re [11] Order on Motion for TRO (Whitlock, Royce)")
d(14, "2032-01-22", "13:00", "Motion to Certify Class",
  f"MOTION to Certify Class by {P}. (Attachments: # 1 Brief in Support) (Pruitt, Dana)")
d(15, "2032-01-22", "13:05", "Motion for Preliminary Injunction",
  f"MOTION for Preliminary Injunction by {P}. (Attachments: # 1 Brief in Support, # 2 Declarations) (Pruitt, Dana)")
d(17, "2032-01-26", "15:50", "Response to Motion",
  f"RESPONSE to Motion re [14] MOTION to Certify Class, [15] MOTION for Preliminary Injunction filed by {DF}. (Whitlock, Royce)")
d(None, "2032-01-27", "12:30", "Motion Hearing",
  "Clerk's Minutes: Preliminary injunction hearing held 1/27/2032 before Judge Lorraine P. Mabry re [14], [15]. Plaintiffs presented two witnesses. Hearing RECESSED, to resume on Tuesday, February 3, 2032 at 9:30 a.m. By agreement of the parties, the Court extended the temporary restraining order [11] through February 6, 2032. (Court Reporter: L. Hatch) (kdr)")
d(None, "2032-02-03", "15:00", "Motion Hearing",
  "Clerk's Minutes: Preliminary injunction hearing concluded 2/3/2032 before Judge Lorraine P. Mabry re [14], [15]. Taken under advisement. (Court Reporter: L. Hatch) (kdr)")
d(21, "2032-02-05", "16:25", "Order on Motion for Preliminary Injunction",
  f"ORDER granting [14] Motion to Certify Class and granting in part and denying in part [15] Motion for Preliminary Injunction. {J} on 2/5/2032. (kdr)",
  "1. Class certification. The motion (Doc. No. 14) is granted. The class is all persons who are or will be held in the Faulkner County Detention Center solely on the basis of an immigration detainer.\n"
  "2. Preliminary injunction. The motion (Doc. No. 15) is granted in part:\n"
  "(a) The Sheriff is enjoined from holding any class member solely on the basis of an immigration detainer for more than 48 hours after that person would otherwise be released from county custody.\n"
  "(b) Within 24 hours of booking, the Sheriff must give every class member written notice, in English and Spanish, that an immigration detainer has been lodged.\n"
  "(c) The Sheriff must file a compliance report every 14 days, beginning Tuesday, February 17, 2032.\n"
  "(d) The request to require release of all persons held on detainers, regardless of time, is denied.\n"
  "3. The temporary restraining order (Doc. No. 11) is dissolved; this preliminary injunction replaces it.\n"
  "IT IS SO ORDERED this 5th day of February, 2032.")
d(23, "2032-02-10", "10:45", "Notice of Appeal",
  f"NOTICE OF APPEAL to 8th Circuit as to [21] Order on Motion for Preliminary Injunction by {DF}. Filing fee $605, receipt number AAREDC-6133012. (Whitlock, Royce)")
for n, day in [(26, "2032-02-17"), (28, "2032-03-02"), (30, "2032-03-16"), (32, "2032-03-30"), (34, "2032-04-13"),
               (36, "2032-04-27"), (42, "2032-05-11"), (44, "2032-05-25"), (45, "2032-06-08")]:
    d(n, day, "16:00", "Status Report",
      f"COMPLIANCE REPORT pursuant to [21] Order by Tim Bledsoe. (Whitlock, Royce)")
d(38, "2032-04-08", "11:15", "Joint Motion for Settlement",
  "JOINT MOTION for Preliminary Approval of Class Action Settlement and Proposed Consent Decree by all parties. (Attachments: # 1 Proposed Consent Decree, # 2 Proposed Class Notice) (Pruitt, Dana)")
d(39, "2032-04-15", "14:00", "Order on Motion for Settlement",
  f"ORDER granting [38] Joint Motion for Preliminary Approval of Class Action Settlement. Fairness Hearing set for 6/10/2032 at 10:00 AM in Little Rock Courtroom 4D before Judge Lorraine P. Mabry. Objections due 5/27/2032. {J} on 4/15/2032. (kdr)",
  "The proposed settlement and consent decree (Doc. No. 38-1) are preliminarily approved. The Sheriff must post the class notice (Doc. No. 38-2) in every housing unit of the Detention Center, in English and Spanish, no later than April 29, 2032. Class members may object in writing; objections must be postmarked or filed by May 27, 2032. The final fairness hearing will be held Thursday, June 10, 2032, at 10:00 a.m. The preliminary injunction (Doc. No. 21) remains in effect until the Court rules on final approval.\n"
  "IT IS SO ORDERED this 15th day of April, 2032.")
d(41, "2032-04-28", "09:30", "Notice (Other)",
  f"NOTICE of Posting of Class Notice by {DF} re [39] Order (Whitlock, Royce)")
d(None, "2032-05-20", "10:40", "Order",
  f"TEXT ORDER: Because of a conflict in the Court's calendar, the fairness hearing scheduled for June 10 at 10:00 a.m. is moved to Friday, June 11, 2032, at 1:30 p.m. in the same courtroom. {J} on 5/20/2032. (kdr)")
d(None, "2032-06-11", "15:40", "Fairness Hearing",
  "Clerk's Minutes: Fairness hearing held 6/11/2032 before Judge Lorraine P. Mabry. No objections received. Final approval order to be entered. (Court Reporter: L. Hatch) (kdr)")
d(46, "2032-06-15", "10:00", "Consent Decree",
  f"ORDER granting final approval of class action settlement and CONSENT DECREE. {J} on 6/15/2032. (kdr)",
  "The Court finds the settlement fair, reasonable and adequate and grants final approval. The Consent Decree attached to this Order is entered as the judgment of the Court. Under it: (1) the Sheriff shall not hold any person solely on the basis of an immigration detainer beyond the time he or she would otherwise be released from county custody; (2) the Sheriff shall give written notice of any immigration detainer to the person within 24 hours of booking; (3) the Sheriff shall file a compliance report every six months, the first on or before December 15, 2032.\n"
  "The Consent Decree remains in effect for three years from today, through June 15, 2035. The preliminary injunction (Doc. No. 21) is dissolved, and the compliance reports it required every 14 days are no longer required. The Court retains jurisdiction to enforce the Consent Decree.\n"
  "IT IS SO ORDERED this 15th day of June, 2032.")
d(48, "2032-06-25", "09:20", "USCA Mandate",
  "MANDATE of USCA as to [23] Notice of Appeal: appeal dismissed pursuant to Fed. R. App. P. 42(b). (kdr)")

A = []


def a(number, date, time, text):
    A.append({"number": number, "dateFiled": date, "time": time, "text": text})


a(1, "2032-02-12", "10:20", "Civil case docketed. Appeal from U.S. District Court, Eastern District of Arkansas - Little Rock, 4:32-cv-00087-LPM. [5290114] [32-1290] (KMW)")
a(2, "2032-02-12", "10:25", "BRIEFING SCHEDULE SET: Transcript due 03/15/2032. Appendix due 04/21/2032. BRIEF APPELLANT due 04/21/2032. Appellee brief is due 30 days from the date the court issues the Notice of Docket Activity filing the appellant's brief. [5290117] [32-1290] (KMW)")
a(3, "2032-02-18", "14:00", "MOTION for stay pending appeal, filed by Appellants Tim Bledsoe and Faulkner County. w/service 02/18/2032 [5292208] [32-1290] (Whitlock)")
a(4, "2032-02-19", "15:00", "JUDGE ORDER: The preliminary injunction entered by the district court on February 5, 2032 is administratively stayed pending the court's consideration of the motion for stay pending appeal. Appellees' response to the motion is due 02/26/2032. (HARNETT, SOLBERG and VOSS, Circuit Judges) [5292560] [32-1290] (KMW)")
a(5, "2032-02-26", "16:30", "RESPONSE to motion for stay pending appeal filed by Appellees. w/service 02/26/2032 [5294411] [32-1290] (Pruitt)")
a(7, "2032-03-09", "11:30", "JUDGE ORDER: Appellants' motion for stay pending appeal is DENIED. The administrative stay entered on February 19, 2032 is dissolved. (HARNETT, SOLBERG and VOSS, Circuit Judges) [5297002] [32-1290] (KMW)")
a(9, "2032-04-14", "10:00", "JOINT MOTION to hold appeal in abeyance pending district court approval of settlement, filed by Appellants and Appellees. [5305120] [32-1290] (Whitlock)")
a(10, "2032-04-16", "13:45", "CLERK ORDER: The joint motion to hold the appeal in abeyance is granted. Briefing is suspended. Appellants shall file a status report by 06/15/2032. [5305900] [32-1290] (KMW)")
a(11, "2032-06-15", "15:30", "STATUS REPORT filed by Appellants: the district court entered final approval and the consent decree on 06/15/2032. w/service 06/15/2032 [5319001] [32-1290] (Whitlock)")
a(12, "2032-06-22", "11:00", "STIPULATION for dismissal of appeal pursuant to FRAP 42(b), filed by Appellants and Appellees. [5320870] [32-1290] (Whitlock)")
a(13, "2032-06-23", "09:15", "JUDGMENT: Pursuant to the stipulation of the parties, this appeal is dismissed. Fed. R. App. P. 42(b). Mandate shall issue forthwith. [5321102] [32-1290] (KMW)")
a(14, "2032-06-23", "09:16", "MANDATE ISSUED. [5321104] [32-1290] (KMW)")

H = {
    "about": "Fictional history written for docketwatch blind try-out 13 (E.D. Ark. and the Eighth Circuit). Every name, number, date and word is invented.",
    "court": "ared",
    "courtName": "U.S. District Court, Eastern District of Arkansas (Little Rock)",
    "docketNumber": "4:32-cv-00087",
    "docketNumberFull": "4:32-cv-00087-LPM",
    "caseName": "Cruz Alvarado et al v. Bledsoe et al",
    "assignedTo": "Judge Lorraine P. Mabry",
    "dateFiled": "2032-01-12",
    "cause": "42:1983 Civil Rights Act",
    "natureOfSuit": "440 Civil Rights: Other",
    "jurisdiction": "Federal Question",
    "people": {
        "class": "all persons who are or will be held in the Faulkner County Detention Center solely on the basis of an immigration detainer",
        "classEs": "todas las personas que están o estarán detenidas en el Centro de Detención del Condado de Faulkner únicamente por una orden de retención (detainer) de inmigración",
        "classAr": "جميع الأشخاص المحتجزين حالياً أو مستقبلاً في مركز احتجاز مقاطعة فولكنر بناءً على طلب احتجاز من سلطات الهجرة فقط",
        "classFrom": "21",
        "scope": "district",
        "protects": "detention"
    },
    "parties": [
        {"name": "Maritza Cruz Alvarado", "type": "Plaintiff", "attorneys": ["Dana Pruitt"]},
        {"name": "Samuel Otieno", "type": "Plaintiff", "attorneys": ["Dana Pruitt"]},
        {"name": "Ernesto Villalobos", "type": "Plaintiff", "attorneys": ["Dana Pruitt"]},
        {"name": "Tim Bledsoe", "type": "Defendant", "detail": "in his official capacity as Sheriff of Faulkner County", "attorneys": ["Royce Whitlock"]},
        {"name": "Faulkner County, Arkansas", "type": "Defendant", "attorneys": ["Royce Whitlock"]}
    ],
    "attorneys": {"Dana Pruitt": "Arkansas Immigrant Justice Center", "Royce Whitlock": "Whitlock & Greer PLLC"},
    "feed": "all",
    "entries": E,
    "appeals": [{
        "court": "ca8", "docketNumber": "32-1290", "dateFiled": "2032-02-12",
        "caseName": "Maritza Cruz Alvarado, et al v. Tim Bledsoe, et al",
        "entries": A,
    }],
}
json.dump(H, open("./ared.json", "w"), indent=1, ensure_ascii=False)
print(len(E), len(A))
