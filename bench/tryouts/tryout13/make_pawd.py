import json

E = []


def d(number, date, time, short, text, doc=None):
    m, dd, y = date[5:7], date[8:10], date[0:4]
    e = {"number": number, "dateFiled": date, "time": time, "shortDescription": short,
         "text": f"{text} (Entered: {m}/{dd}/{y})"}
    if doc:
        e["documentText"] = doc
    E.append(e)


J = "Signed by District Judge Susan L. Hartwell"
P = "Chidi Okonkwo, Mariam Haidari, Luis Fernando Quispe"

d(1, "2031-02-03", "10:12", "Petition for Writ of Habeas Corpus",
  f"PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT for Declaratory and Injunctive Relief ( Filing fee $5, receipt number APAWDC-8812345), filed by {P}, on behalf of themselves and all others similarly situated. (Attachments: # 1 Civil Cover Sheet, # 2 Exhibit 1 - Declarations) (Brennan, Therese)")
d(3, "2031-02-03", "10:40", "Emergency Motion for TRO",
  f"EMERGENCY MOTION for Temporary Restraining Order to Prevent Transfer and Removal by {P}. (Attachments: # 1 Brief in Support, # 2 Proposed Order) (Brennan, Therese)")
d(5, "2031-02-04", "09:30", "Order",
  f"ORDER that, pending disposition of [3] Emergency Motion for Temporary Restraining Order, Respondents shall not transfer Petitioners Okonkwo, Haidari or Quispe out of the Western District of Pennsylvania. {J} on 2/4/2031. (jmk)",
  "AND NOW, this 4th day of February, 2031, upon consideration of Petitioners' Emergency Motion for Temporary Restraining Order (ECF No. 3), it is hereby ORDERED that, pending the Court's ruling on that Motion, Respondents shall not transfer any of the three named Petitioners to a facility outside the Western District of Pennsylvania.")
d(None, "2031-02-04", "09:45", "Set Deadlines/Hearings",
  f"TEXT ORDER: Respondents shall file a response to [3] Emergency Motion for Temporary Restraining Order no later than 12:00 noon on Thursday, February 6, 2031. A hearing on the Motion is set for 2/7/2031 at 10:00 AM in Courtroom A, Johnstown, before District Judge Susan L. Hartwell. {J} on 2/4/2031. Text-only entry; no PDF document will issue. (jmk)")
d(8, "2031-02-06", "11:21", "Response in Opposition to Motion",
  "RESPONSE in Opposition re [3] EMERGENCY MOTION for Temporary Restraining Order filed by Warden, Moshannon Valley Processing Center, Field Office Director, Philadelphia Field Office. (Catanzaro, Peter)")
d(None, "2031-02-07", "12:15", "Motion Hearing",
  "Minute Entry for proceedings held before District Judge Susan L. Hartwell: Motion Hearing held on 2/7/2031 re [3] EMERGENCY MOTION for Temporary Restraining Order. Counsel argued. Ruling to issue by written order. (Court Reporter: D. Fenwick) (jmk)")
d(11, "2031-02-07", "16:50", "Order on Motion for TRO",
  f"ORDER granting in part and denying in part [3] Emergency Motion for Temporary Restraining Order. See Order for details. {J} on 2/7/2031. (jmk)",
  "AND NOW, this 7th day of February, 2031, at 4:45 p.m., it is ORDERED that the Emergency Motion (ECF No. 3) is GRANTED IN PART and DENIED IN PART, as follows:\n"
  "1. Respondents, their agents, and all persons acting in concert with them are TEMPORARILY RESTRAINED from transferring any Petitioner, or any person detained at Moshannon Valley Processing Center who is a member of the proposed class, to a facility outside the Western District of Pennsylvania.\n"
  "2. Respondents are TEMPORARILY RESTRAINED from removing the three named Petitioners from the United States.\n"
  "3. The Motion is DENIED insofar as it asks the Court to restrain the removal of members of the proposed class other than the named Petitioners.\n"
  "4. Respondents shall file a status report each Friday, beginning February 14, 2031, identifying every member of the proposed class who has been scheduled for transfer or removal.\n"
  "5. Petitioners shall file any motion for class certification and any motion for preliminary injunction on or before February 12, 2031.\n"
  "6. This Temporary Restraining Order shall expire at 5:00 p.m. EST on February 21, 2031, unless extended by the Court. The Order of February 4, 2031 (ECF No. 5) is superseded by this Order.")
d(13, "2031-02-12", "15:02", "Motion to Certify Class",
  f"MOTION to Certify Class by {P}. (Attachments: # 1 Brief in Support, # 2 Proposed Order) (Brennan, Therese)")
d(14, "2031-02-12", "15:10", "Motion for Preliminary Injunction",
  f"MOTION for Preliminary Injunction by {P}. (Attachments: # 1 Brief in Support, # 2 Exhibit A - Declarations, # 3 Proposed Order) (Brennan, Therese)")
d(None, "2031-02-13", "10:05", "Set Briefing Schedule",
  f"TEXT ORDER setting briefing schedule re [13] MOTION to Certify Class and [14] MOTION for Preliminary Injunction: Responses due by 2/26/2031. Replies due by 3/5/2031. Oral argument on both Motions is scheduled for Wednesday, March 12, 2031 at 1:30 PM in Courtroom A, Johnstown. {J} on 2/13/2031. (jmk)")
d(16, "2031-02-14", "14:00", "Status Report",
  "STATUS REPORT pursuant to [11] Order by Warden, Moshannon Valley Processing Center, Field Office Director, Philadelphia Field Office. (Catanzaro, Peter)")
d(17, "2031-02-18", "11:00", "Stipulation",
  "Joint STIPULATION to Extend Temporary Restraining Order by all parties. (Catanzaro, Peter)")
d(18, "2031-02-19", "13:30", "Order",
  f"CONSENT ORDER extending [11] Temporary Restraining Order. {J} on 2/19/2031. (jmk)",
  "AND NOW, this 19th day of February, 2031, upon the parties' Joint Stipulation (ECF No. 17) and for good cause shown, the Temporary Restraining Order entered on February 7, 2031 (ECF No. 11) is EXTENDED in all its terms through 11:59 p.m. on March 14, 2031, or until the Court rules on the Motion for Preliminary Injunction (ECF No. 14), whichever occurs first.")
d(19, "2031-02-21", "13:45", "Status Report",
  "STATUS REPORT (second weekly) pursuant to [11] Order by Warden, Moshannon Valley Processing Center. (Catanzaro, Peter)")
d(20, "2031-02-24", "09:10", "Motion for Extension of Time to File Response/Reply",
  "Unopposed MOTION for Extension of Time to File Response/Reply as to [13] MOTION to Certify Class, [14] MOTION for Preliminary Injunction by Respondents. (Catanzaro, Peter)")
d(None, "2031-02-25", "10:20", "Order on Motion for Extension of Time to File Response/Reply",
  f"TEXT ORDER granting [20] Motion for Extension of Time. Respondents shall respond to [13] and [14] on or before Monday, March 3, 2031; Petitioners may reply by 3/7/2031. The March 12, 2031 argument date is unchanged. {J} on 2/25/2031. (jmk)")
d(21, "2031-02-28", "15:05", "Status Report",
  "STATUS REPORT pursuant to [11] Order by Warden, Moshannon Valley Processing Center. (Catanzaro, Peter)")
d(22, "2031-03-03", "16:40", "Response in Opposition to Motion",
  "RESPONSE in Opposition re [13] MOTION to Certify Class filed by Respondents. (Catanzaro, Peter)")
d(23, "2031-03-03", "16:48", "Response in Opposition to Motion",
  "RESPONSE in Opposition re [14] MOTION for Preliminary Injunction filed by Respondents. (Attachments: # 1 Declaration of Deputy Field Office Director) (Catanzaro, Peter)")
d(25, "2031-03-07", "12:30", "Status Report",
  "STATUS REPORT pursuant to [11] Order by Warden, Moshannon Valley Processing Center. (Catanzaro, Peter)")
d(26, "2031-03-07", "17:55", "Reply to Response to Motion",
  "REPLY to Response to Motion re [13] MOTION to Certify Class, [14] MOTION for Preliminary Injunction filed by Petitioners. (Brennan, Therese)")
d(None, "2031-03-10", "11:00", "Hearing Rescheduled",
  f"TEXT ORDER: On the Court's own motion, the oral argument on [13] and [14] previously set for 3/12/2031 at 1:30 PM is RESCHEDULED for Thursday, March 13, 2031 at 9:30 AM and will proceed by video conference; connection details will be emailed to counsel. {J} on 3/10/2031. (jmk)")
d(None, "2031-03-13", "12:10", "Motion Hearing",
  "Minute Entry for proceedings held before District Judge Susan L. Hartwell: Oral Argument held by video conference on 3/13/2031 re [13] MOTION to Certify Class and [14] MOTION for Preliminary Injunction. Matters taken under advisement. (Court Reporter: D. Fenwick) (jmk)")
d(29, "2031-03-14", "15:25", "Memorandum Opinion",
  f"MEMORANDUM OPINION re [13] MOTION to Certify Class and [14] MOTION for Preliminary Injunction. {J} on 3/14/2031. (jmk)")
d(30, "2031-03-14", "15:30", "Order on Motion for Preliminary Injunction",
  f"ORDER granting [13] Motion to Certify Class; granting in part and denying in part [14] Motion for Preliminary Injunction, as set forth in the Order. {J} on 3/14/2031. (jmk)",
  "For the reasons stated in the accompanying Memorandum Opinion (ECF No. 29), it is ORDERED:\n"
  "1. The Motion to Certify Class (ECF No. 13) is GRANTED. The class is defined as: all persons detained by U.S. Immigration and Customs Enforcement at Moshannon Valley Processing Center, now or in the future, who are represented by counsel in pending removal proceedings. Therese Brennan and the Three Rivers Immigrant Defense Project are appointed class counsel.\n"
  "2. The Motion for Preliminary Injunction (ECF No. 14) is GRANTED IN PART:\n"
  "(a) Respondents are preliminarily ENJOINED from transferring any class member to a detention facility located outside the Third Circuit while this action is pending.\n"
  "(b) Respondents shall give class counsel written notice not less than 72 hours before transferring any class member to any other facility.\n"
  "(c) Respondents shall file a transfer report on or before the first business day of each month, beginning April 1, 2031, listing each class member transferred during the preceding month.\n"
  "3. The Motion is DENIED to the extent it seeks to enjoin the removal of class members.\n"
  "4. The Temporary Restraining Order (ECF No. 11), as extended (ECF No. 18), is VACATED as superseded by this Order, and the weekly status reports it required are no longer required.")
d(32, "2031-03-24", "10:02", "Notice of Appeal",
  "NOTICE OF APPEAL as to [30] Order on Motion for Preliminary Injunction, Order on Motion to Certify Class by Warden, Moshannon Valley Processing Center, Field Office Director, Philadelphia Field Office. Filing fee waived (U.S. Government). (Catanzaro, Peter)")
d(33, "2031-03-24", "10:30", "Motion to Stay",
  "MOTION to Stay [30] Order pending appeal by Respondents. (Catanzaro, Peter)")
d(35, "2031-03-28", "14:15", "Order on Motion to Stay",
  f"ORDER denying [33] Motion to Stay Pending Appeal. {J} on 3/28/2031. (jmk)")
d(None, "2031-03-28", "14:30", "Set Hearings",
  f"TEXT ORDER: A telephonic status conference is scheduled for Tuesday, April 15, 2031, at 2:00 p.m. Counsel shall call the chambers conference line. {J} on 3/28/2031. (jmk)")
d(37, "2031-04-01", "11:40", "Status Report",
  "TRANSFER REPORT pursuant to [30] Order by Respondents. (Catanzaro, Peter)")
d(None, "2031-04-09", "09:20", "Order",
  f"TEXT ORDER: In light of the pending appeal, the telephonic status conference set for 4/15/2031 at 2:00 p.m. is CANCELLED, to be reset by further order if necessary. {J} on 4/9/2031. (jmk)")
d(39, "2031-05-01", "10:55", "Status Report",
  "TRANSFER REPORT for April 2031 pursuant to [30] Order by Respondents. (Catanzaro, Peter)")
d(41, "2031-06-02", "13:05", "Status Report",
  "TRANSFER REPORT for May 2031 pursuant to [30] Order by Respondents. (Catanzaro, Peter)")
for n, day, mon in [(43, "2031-07-01", "June 2031"), (45, "2031-08-01", "July 2031"), (47, "2031-09-02", "August 2031"),
                    (49, "2031-10-01", "September 2031"), (51, "2031-11-03", "October 2031"), (52, "2031-12-01", "November 2031"),
                    (54, "2032-01-02", "December 2031")]:
    d(n, day, "11:30", "Status Report",
      f"TRANSFER REPORT for {mon} pursuant to [30] Order by Respondents. (Catanzaro, Peter)")
d(55, "2032-01-26", "10:10", "USCA Judgment",
  "CERTIFIED JUDGMENT of USCA, issued in lieu of formal mandate, as to [32] Notice of Appeal: the Order of March 14, 2031 is AFFIRMED as to paragraphs 2(a) and 2(c) and VACATED as to paragraph 2(b); the matter is REMANDED. (jmk)")
d(56, "2032-01-27", "15:00", "Order",
  f"ORDER on remand. {J} on 1/27/2032. (jmk)",
  "AND NOW, this 27th day of January, 2032, upon receipt of the certified judgment of the United States Court of Appeals for the Third Circuit (ECF No. 55), it is ORDERED that paragraph 2(b) of the Order of March 14, 2031 (ECF No. 30) is VACATED. Paragraphs 2(a) and 2(c) of that Order remain in full force and effect. The parties shall file a joint proposed case management schedule on or before February 10, 2032.")

A = []


def a(number, date, time, text):
    A.append({"number": number, "dateFiled": date, "time": time, "text": text})


a(1, "2031-03-26", "10:00", "CIVIL CASE DOCKETED. Notice filed by Appellants Warden Moshannon Valley Processing Center and Field Office Director, Philadelphia Field Office in District Court No. 3-31-cv-00022. (ARR)")
a(2, "2031-03-26", "10:05", "BRIEFING NOTICE issued. Appellants' brief and joint appendix due 05/05/2031. Appellees' brief due within 30 days of service of Appellants' brief. (ARR)")
a(5, "2031-04-02", "16:20", "MOTION filed by Appellants for Stay of District Court order of 03/14/2031 pending appeal. Certificate of Service dated 04/02/2031. (Catanzaro)")
a(7, "2031-04-08", "15:00", "RESPONSE filed by Appellees to motion for stay pending appeal. Certificate of Service dated 04/08/2031. (Brennan)")
a(9, "2031-04-18", "14:10", "ORDER (AMBLER, REYES-WHITFIELD and DUNMORE, Circuit Judges) Appellants' motion for stay pending appeal is GRANTED IN PART. Paragraph 2(b) of the District Court's March 14, 2031 order, which requires 72 hours' advance notice to class counsel of any transfer, is STAYED pending disposition of this appeal. The motion is DENIED as to paragraphs 2(a) and 2(c). (CLW)")
a(12, "2031-04-29", "09:30", "Motion filed by Appellants to Extend Time to file brief and appendix. Certificate of Service dated 04/29/2031. (Catanzaro)")
a(13, "2031-04-30", "11:00", "CLERK ORDER granting Motion to extend time to file brief and appendix. Appellants' brief and appendix now due on 06/04/2031. (CLW)")
a(18, "2031-06-04", "16:45", "ECF FILER: Electronic Brief on behalf of Appellants, filed. Certificate of Service dated 06/04/2031. (Catanzaro)")
a(24, "2031-07-03", "15:30", "ECF FILER: Electronic Brief on behalf of Appellees, filed. Certificate of Service dated 07/03/2031. (Brennan)")
a(30, "2031-08-06", "10:00", "LETTER sent to counsel: this case is listed for oral argument on Tuesday, September 23, 2031, at 9:30 AM in the Ceremonial Courtroom, James A. Byrne U.S. Courthouse, Philadelphia. (TMM)")
a(33, "2031-09-23", "12:00", "ARGUED on Tuesday, September 23, 2031. Panel: AMBLER, REYES-WHITFIELD and DUNMORE, Circuit Judges. (TMM)")
a(38, "2031-12-02", "10:30", "PRECEDENTIAL OPINION Coram: AMBLER, REYES-WHITFIELD and DUNMORE, Circuit Judges. Total Pages: 31. Judge: REYES-WHITFIELD Authoring. (TMM)")
a(39, "2031-12-02", "10:31", "JUDGMENT, Affirmed in part, Vacated in part and Remanded. The District Court's order of March 14, 2031 is affirmed as to paragraphs 2(a) and 2(c); paragraph 2(b) is vacated. Costs taxed against none. (TMM)")
a(44, "2032-01-23", "09:00", "CERTIFIED JUDGMENT issued in lieu of formal mandate. (TMM)")

H = {
    "about": "Fictional history written for docketwatch blind try-out 13 (W.D. Pa. and the Third Circuit). Every name, number, date and word is invented.",
    "court": "pawd",
    "courtName": "United States District Court, Western District of Pennsylvania (Johnstown)",
    "docketNumber": "3:31-cv-00022",
    "docketNumberFull": "3:31-cv-00022-SLH",
    "caseName": "OKONKWO et al v. WARDEN, MOSHANNON VALLEY PROCESSING CENTER et al",
    "assignedTo": "District Judge Susan L. Hartwell",
    "dateFiled": "2031-02-03",
    "cause": "28:2241 Petition for Writ of Habeas Corpus (federal)",
    "natureOfSuit": "463 Habeas Corpus - Alien Detainee",
    "jurisdiction": "U.S. Government Defendant",
    "people": {
        "class": "all persons detained by ICE at Moshannon Valley Processing Center, now or in the future, who are represented by counsel in pending removal proceedings",
        "classEs": "todas las personas detenidas por ICE en el Centro de Procesamiento de Moshannon Valley, ahora o en el futuro, que tienen abogado en un proceso de deportación pendiente",
        "classAr": "جميع الأشخاص المحتجزين لدى إدارة الهجرة والجمارك في مركز موشانون فالي، الآن أو مستقبلاً، الذين لديهم محامٍ في إجراءات ترحيل قائمة",
        "classFrom": "30",
        "scope": "district"
    },
    "parties": [
        {"name": "Chidi Okonkwo", "type": "Petitioner", "attorneys": ["Therese Brennan"]},
        {"name": "Mariam Haidari", "type": "Petitioner", "attorneys": ["Therese Brennan"]},
        {"name": "Luis Fernando Quispe", "type": "Petitioner", "attorneys": ["Therese Brennan"]},
        {"name": "Warden, Moshannon Valley Processing Center", "type": "Respondent", "attorneys": ["Peter Catanzaro"]},
        {"name": "Field Office Director, Philadelphia Field Office", "type": "Respondent", "detail": "U.S. Immigration and Customs Enforcement", "attorneys": ["Peter Catanzaro"]}
    ],
    "attorneys": {"Therese Brennan": "Three Rivers Immigrant Defense Project", "Peter Catanzaro": "U.S. Attorney's Office, W.D. Pa."},
    "feed": "all",
    "entries": E,
    "appeals": [{
        "court": "ca3", "docketNumber": "31-1457", "dateFiled": "2031-03-26",
        "caseName": "Chidi Okonkwo, et al v. Warden Moshannon Valley Processing Center, et al",
        "entries": A,
    }],
}
json.dump(H, open("./pawd.json", "w"), indent=1, ensure_ascii=False)
print(len(E), len(A))
