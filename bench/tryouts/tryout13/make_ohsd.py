import json

E = []


def d(number, date, time, short, text, doc=None):
    m, dd, y = date[5:7], date[8:10], date[0:4]
    e = {"number": number, "dateFiled": date, "time": time, "shortDescription": short,
         "text": f"{text} (Entered: {m}/{dd}/{y})"}
    if doc:
        e["documentText"] = doc
    E.append(e)


J = "Signed by Judge Carolyn M. Ashby"
P = "Wideline Dorvil, Jean-Baptiste Sanon, Roselaure Pierre"
DEF = "Secretary of Homeland Security, Director of U.S. Citizenship and Immigration Services, Field Office Director, ICE Enforcement and Removal Operations"

d(1, "2030-09-09", "14:03", "Complaint",
  f"CLASS ACTION COMPLAINT for Declaratory and Injunctive Relief against {DEF} ( Filing fee $ 405 paid - receipt number AOHSDC-9034412), filed by {P}. (Attachments: # 1 Civil Cover Sheet, # 2 Summons) (Okafor, Grace)")
d(4, "2030-09-10", "08:55", "Motion for TRO",
  f"MOTION for Temporary Restraining Order and for a Stay of Agency Action under 5 U.S.C. 705 by {P}. (Attachments: # 1 Memorandum in Support, # 2 Exhibit Declarations) (Okafor, Grace)")
d(6, "2030-09-10", "17:20", "Order",
  f"ORDER: Defendants shall not remove any named Plaintiff from the United States until the Court resolves [4] Motion. Defendants shall respond to [4] by 5:00 PM on September 13, 2030. An in-person hearing on [4] will be held on September 17, 2030, at 2:00 PM in Courtroom 1, Joseph P. Kinneary U.S. Courthouse, Columbus. {J} on 9/10/2030. (tle)")
d(9, "2030-09-13", "16:31", "Memorandum in Opposition",
  "MEMORANDUM in Opposition re [4] MOTION for Temporary Restraining Order and for a Stay of Agency Action filed by Defendants. (Harlan, Evan)")
d(None, "2030-09-16", "09:40", "Notation Order",
  f"NOTATION ORDER: Due to a conflict on the Court's calendar, the hearing on [4] MOTION for Temporary Restraining Order set for 9/17/2030 is CONTINUED to Wednesday, September 18, 2030 at 10:00 AM, same courtroom. {J} on 9/16/2030. (tle)")
d(None, "2030-09-18", "12:40", "Motion Hearing",
  "Minute Entry for proceedings held before Judge Carolyn M. Ashby: Motion Hearing held on 9/18/2030 re [4] MOTION for Temporary Restraining Order and for a Stay of Agency Action. Arguments heard; the Court will rule in writing. (Court Reporter Nadia Brooks.) (tle)")
d(12, "2030-09-19", "18:05", "Order on Motion for TRO",
  f"OPINION AND ORDER granting [4] Motion for Temporary Restraining Order and for Stay under 5 U.S.C. 705. {J} on 9/19/2030. (tle)",
  "For the reasons above, Plaintiffs' Motion (ECF No. 4) is GRANTED. It is ORDERED that:\n"
  "(1) Pursuant to 5 U.S.C. § 705, the termination of parole effected by the notices the Department of Homeland Security issued on or after August 1, 2030 to Haitian parolees residing in the Southern District of Ohio is STAYED, and those grants of parole remain in effect, pending the conclusion of review proceedings in this Court.\n"
  "(2) Defendants are TEMPORARILY RESTRAINED from removing from the United States any Plaintiff or any Haitian national residing in this District whose parole was terminated by such a notice. This temporary restraining order expires fourteen days from its entry, at 6:00 PM on October 3, 2030, unless extended.\n"
  "(3) Within seven days of this Order, Defendants shall file a declaration identifying every person covered by paragraph (2) who was removed from the United States between August 1, 2030 and the date of this Order.\n"
  "(4) Plaintiffs shall move for class certification and a preliminary injunction no later than Tuesday, September 24, 2030.\n"
  "IT IS SO ORDERED.")
d(14, "2030-09-24", "10:10", "Motion to Certify Class",
  f"MOTION to Certify Class by {P}. (Attachments: # 1 Memorandum in Support) (Okafor, Grace)")
d(15, "2030-09-24", "10:14", "Motion for Preliminary Injunction",
  f"MOTION for Preliminary Injunction by {P}. (Attachments: # 1 Memorandum in Support, # 2 Declarations) (Okafor, Grace)")
d(17, "2030-09-26", "15:45", "Declaration",
  "DECLARATION of Deputy Field Office Director Mark Lindqvist pursuant to [12] Opinion and Order, filed by Defendants. (Harlan, Evan)")
d(None, "2030-09-26", "16:30", "Notation Order",
  f"NOTATION ORDER setting briefing on [14] and [15]: Defendants' memoranda in opposition due October 8, 2030; replies due October 14, 2030. Preliminary Injunction Hearing set for 10/22/2030 09:00 AM in Courtroom 1 before Judge Carolyn M. Ashby. {J} on 9/26/2030. (tle)")
d(19, "2030-10-01", "11:30", "Motion for Extension",
  "MOTION to Extend [12] Temporary Restraining Order by Plaintiffs. (Okafor, Grace)")
d(20, "2030-10-02", "11:15", "Order on Motion for Extension",
  f"ORDER granting [19] Motion to Extend Temporary Restraining Order. For good cause, the temporary restraining order in paragraph (2) of ECF No. 12 is EXTENDED for fourteen days, to 6:00 PM on October 17, 2030. {J} on 10/2/2030. (tle)")
d(22, "2030-10-08", "14:20", "Memorandum in Opposition",
  "MEMORANDUM in Opposition re [14] MOTION to Certify Class filed by Defendants. (Harlan, Evan)")
d(23, "2030-10-08", "14:26", "Memorandum in Opposition",
  "MEMORANDUM in Opposition re [15] MOTION for Preliminary Injunction filed by Defendants. (Harlan, Evan)")
d(24, "2030-10-09", "10:00", "Motion for Extension of Time to File Reply",
  "MOTION for Extension of Time to File Reply re [22], [23] by Plaintiffs. (Okafor, Grace)")
d(None, "2030-10-10", "09:05", "Notation Order",
  f"NOTATION ORDER granting [24] Motion for Extension of Time to File Reply. Plaintiffs' replies are now due 10/17/2030. {J} on 10/10/2030. (tle)")
d(26, "2030-10-17", "15:58", "Reply to Memorandum in Opposition",
  "REPLY to Response to Motion re [14] MOTION to Certify Class and [15] MOTION for Preliminary Injunction filed by Plaintiffs. (Okafor, Grace)")
d(None, "2030-10-22", "11:50", "Preliminary Injunction Hearing",
  "Minute Entry for proceedings held before Judge Carolyn M. Ashby: Preliminary Injunction Hearing held on 10/22/2030 re [15] MOTION for Preliminary Injunction and [14] MOTION to Certify Class. Motions taken under advisement. Plaintiffs' oral request to reinstate the temporary restraining order pending decision is DENIED. (Court Reporter Nadia Brooks.) (tle)")
d(29, "2030-10-29", "17:00", "Order on Motion for Preliminary Injunction",
  f"OPINION AND ORDER granting [14] Motion to Certify Class; granting in part [15] Motion for Preliminary Injunction. {J} on 10/29/2030. (tle)",
  "It is therefore ORDERED:\n"
  "1. The following class is CERTIFIED under Rule 23(b)(2): all Haitian nationals residing in the Southern District of Ohio whose parole was terminated by a notice issued on or after August 1, 2030. Plaintiffs' request for a statewide class is DENIED.\n"
  "2. Until final judgment in this action, Defendants are ENJOINED from removing any class member from the United States, unless the Department of Homeland Security first makes an individualized parole determination for that class member and gives him or her at least thirty days' written notice of it.\n"
  "3. The stay under 5 U.S.C. § 705 entered on September 19, 2030 (ECF No. 12, paragraph 1) remains in effect.\n"
  "4. Defendants shall file a status report every twenty-eight (28) days, beginning Wednesday, November 20, 2030, stating the number of class members detained and any individualized determinations made.\n"
  "IT IS SO ORDERED.")
d(31, "2030-11-05", "13:40", "Notice of Appeal",
  "NOTICE OF APPEAL as to [29] Order on Motion for Preliminary Injunction by Defendants. (Harlan, Evan)")
d(32, "2030-11-06", "10:15", "Motion to Stay",
  "MOTION to Stay [29] Opinion and Order Pending Appeal by Defendants. (Harlan, Evan)")
d(35, "2030-11-19", "16:10", "Order on Motion to Stay",
  f"OPINION AND ORDER denying [32] Motion to Stay Pending Appeal. {J} on 11/19/2030. (tle)")
d(36, "2030-11-20", "12:00", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(38, "2030-12-18", "12:00", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(None, "2031-01-13", "10:30", "Notation Order",
  f"NOTATION ORDER: A telephonic status conference is set for January 29, 2031 at 11:00 AM. {J} on 1/13/2031. (tle)")
d(40, "2031-01-15", "11:20", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(None, "2031-01-29", "11:35", "Status Conference",
  "Minute Entry for proceedings held before Judge Carolyn M. Ashby: Telephonic Status Conference held on 1/29/2031. (tle)")
d(43, "2031-02-12", "12:10", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(44, "2031-02-13", "09:00", "Motion to Modify",
  "Unopposed MOTION to Modify Reporting Schedule set in [29] by Defendants. (Harlan, Evan)")
d(None, "2031-02-14", "14:45", "Notation Order",
  f"NOTATION ORDER granting [44] Unopposed Motion to Modify Reporting Schedule. Paragraph 4 of [29] is MODIFIED: Defendants' status reports are now due every eight weeks; the next report is due April 9, 2031. {J} on 2/14/2031. (tle)")
d(46, "2031-04-09", "15:15", "Status Report",
  "STATUS REPORT pursuant to [29] and the Notation Order of 2/14/2031 by Defendants. (Harlan, Evan)")
d(48, "2031-06-04", "11:00", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(50, "2031-07-30", "10:40", "Status Report",
  "STATUS REPORT pursuant to [29] by Defendants. (Harlan, Evan)")
d(52, "2031-08-06", "09:30", "USCA Mandate",
  "MANDATE of USCA as to [31] Notice of Appeal: the October 29, 2030 order is AFFIRMED in part and REVERSED in part, and the case is REMANDED. (tle)")
d(None, "2031-08-11", "14:00", "Notation Order",
  f"NOTATION ORDER: A telephonic status conference is set for 8/26/2031 at 11:00 AM. The parties shall file a joint status report by August 21, 2031 addressing further proceedings on remand. {J} on 8/11/2031. (tle)")
d(54, "2031-08-21", "16:30", "Status Report",
  "JOINT STATUS REPORT by all parties. (Okafor, Grace)")
d(None, "2031-08-22", "10:15", "Notation Order",
  f"NOTATION ORDER: The status conference set for August 26 is VACATED and RESET to Tuesday, 9/2/2031 at 3:00 PM by telephone. {J} on 8/22/2031. (tle)")
d(None, "2031-09-02", "15:40", "Status Conference",
  "Minute Entry for proceedings held before Judge Carolyn M. Ashby: Telephonic Status Conference held on 9/2/2031. Scheduling order to follow. (tle)")

A = []


def a(number, date, time, text):
    A.append({"number": number, "dateFiled": date, "time": time, "text": text})


a(1, "2030-11-07", "09:30", "Civil Case Docketed. Notice filed by Appellants Secretary of Homeland Security, et al. Transcript needed: n. (KAB)")
a(2, "2030-11-07", "09:40", "BRIEFING LETTER SENT setting briefing schedule: appellant brief due 12/17/2030; appellee brief due 01/16/2031; appellant reply brief optional, due 21 days after appellee brief. (KAB)")
a(4, "2030-11-21", "15:10", "MOTION filed by Appellants to stay the district court's order of October 29, 2030 pending appeal. Certificate of service: 11/21/2030. (HARLAN)")
a(6, "2030-12-01", "17:00", "RESPONSE in opposition filed regarding a motion for stay pending appeal. Response from Appellees. Certificate of service: 12/01/2030. (OKAFOR)")
a(8, "2030-12-10", "14:30", "ORDER filed: The motion for a stay pending appeal is GRANTED IN PART and DENIED IN PART. The preliminary injunction entered October 29, 2030 is stayed pending appeal insofar as it bars the removal of class members whose final orders of removal were entered before August 1, 2030. The injunction otherwise remains in effect. Decision not for publication. Raymond L. Kessler, Marisa T. Gould, and Daniel O. Pryce, Circuit Judges. (KAB)")
a(10, "2030-12-12", "10:00", "Appellant MOTION for extension of time to file brief. Certificate of service: 12/12/2030. (HARLAN)")
a(11, "2030-12-13", "13:20", "Letter sent granting motion for extension of time to file brief. Appellant brief now due 01/16/2031; appellee brief due 02/18/2031. (KAB)")
a(15, "2031-01-16", "16:00", "APPELLANT BRIEF filed by Attorney Mr. Evan Harlan for Secretary of Homeland Security, et al. Certificate of service: 01/16/2031. (HARLAN)")
a(19, "2031-02-18", "15:45", "APPELLEE BRIEF filed by Ms. Grace Okafor for Wideline Dorvil, et al. Certificate of service: 02/18/2031. (OKAFOR)")
a(22, "2031-03-12", "10:00", "ORAL ARGUMENT NOTICE sent: this case is calendared for argument on Wednesday, April 9, 2031 at 9:00 a.m. Eastern Time, Potter Stewart U.S. Courthouse, Cincinnati. (SLS)")
a(24, "2031-03-28", "11:10", "ORDER filed: Upon review of the briefs and record, the panel unanimously agrees that oral argument is not needed. Fed. R. App. P. 34(a)(2)(C). The argument scheduled for April 9, 2031 is CANCELLED and the case is SUBMITTED on the briefs. (SLS)")
a(27, "2031-06-12", "10:00", "OPINION filed: AFFIRMED in part, REVERSED in part, and REMANDED. The preliminary injunction of October 29, 2030 is reversed to the extent it prohibits the removal of class members whose final orders of removal were entered before August 1, 2030; in all other respects it is affirmed. Decision not for publication. Raymond L. Kessler, Marisa T. Gould (AUTHORING), and Daniel O. Pryce, Circuit Judges. (SLS)")
a(28, "2031-06-12", "10:02", "JUDGMENT filed. (SLS)")
a(31, "2031-08-05", "09:00", "MANDATE ISSUED with no costs taxed. (SLS)")

H = {
    "about": "Fictional history written for docketwatch blind try-out 13 (S.D. Ohio and the Sixth Circuit). Every name, number, date and word is invented.",
    "court": "ohsd",
    "courtName": "U.S. District Court, Southern District of Ohio (Columbus)",
    "docketNumber": "2:30-cv-04112",
    "docketNumberFull": "2:30-cv-04112-CMA-EPD",
    "caseName": "Dorvil et al v. Secretary of Homeland Security et al",
    "assignedTo": "Judge Carolyn M. Ashby",
    "referredTo": "Magistrate Judge Elliot P. Dunn",
    "dateFiled": "2030-09-09",
    "cause": "05:702 Administrative Procedure Act",
    "natureOfSuit": "899 Other Statutes: Administrative Procedures Act/Review or Appeal of Agency Decision",
    "jurisdiction": "U.S. Government Defendant",
    "people": {
        "class": "all Haitian nationals residing in the Southern District of Ohio whose parole was terminated by a notice issued on or after August 1, 2030",
        "classEs": "todos los ciudadanos haitianos que viven en el Distrito Sur de Ohio cuyo parole fue terminado por un aviso emitido a partir del 1 de agosto de 2030",
        "classAr": "جميع المواطنين الهايتيين المقيمين في المنطقة الجنوبية من أوهايو الذين أُنهي الإفراج المشروط عنهم بإشعار صدر في 1 أغسطس 2030 أو بعده",
        "classFrom": "29",
        "scope": "district",
        "protects": "removal"
    },
    "parties": [
        {"name": "Wideline Dorvil", "type": "Plaintiff", "attorneys": ["Grace Okafor"]},
        {"name": "Jean-Baptiste Sanon", "type": "Plaintiff", "attorneys": ["Grace Okafor"]},
        {"name": "Roselaure Pierre", "type": "Plaintiff", "attorneys": ["Grace Okafor"]},
        {"name": "Secretary of Homeland Security", "type": "Defendant", "attorneys": ["Evan Harlan"]},
        {"name": "Director of U.S. Citizenship and Immigration Services", "type": "Defendant", "attorneys": ["Evan Harlan"]},
        {"name": "Field Office Director, ICE Enforcement and Removal Operations", "type": "Defendant", "attorneys": ["Evan Harlan"]}
    ],
    "attorneys": {"Grace Okafor": "Advocates for Basic Legal Equality", "Evan Harlan": "U.S. Department of Justice, Office of Immigration Litigation"},
    "entries": E,
    "appeals": [{
        "court": "ca6", "docketNumber": "30-3987", "dateFiled": "2030-11-07",
        "caseName": "Wideline Dorvil, et al v. Sec'y of Homeland Security, et al",
        "entries": A,
    }],
}
json.dump(H, open("./ohsd.json", "w"), indent=1, ensure_ascii=False)
print(len(E), len(A))
