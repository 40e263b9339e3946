/** Docket entries for the key-dates tests (page, calendar, browser). */
import { entry } from '../support/dockets.ts';

/** Hamama-style docket text (E.D. Mich.), the kinds of date an advocate does and does not want. */
export const KEY_DATE_ENTRIES = [
  entry({
    number: '32',
    dateFiled: '2017-06-22',
    description:
      'ORDER Staying Removal of Petitioners. Respondents are STAYED from removing Petitioners for fourteen (14) days. Signed by District Judge Mark A. Goldsmith. (Entered: 06/22/2017)',
  }),
  entry({
    number: '40',
    dateFiled: '2017-06-26',
    description:
      'ORDER setting briefing schedule. Respondents shall file a response to the Motion by 7/10/2017. Signed by District Judge Mark A. Goldsmith. (Entered: 06/26/2017)',
  }),
  entry({
    number: '58',
    dateFiled: '2017-07-06',
    description:
      'TRANSCRIPT of Motion Hearing held on 7/5/2017. Redaction Request due 7/28/2017. Redacted Transcript Deadline set for 8/7/2017. Release of Transcript Restriction set for 10/5/2017. (Entered: 07/06/2017)',
  }),
  entry({
    number: '60',
    dateFiled: '2017-07-06',
    description:
      'NOTICE of Hearing on [77] Motion for Preliminary Injunction. Motion Hearing set for 7/12/2017 10:00 AM before District Judge Mark A. Goldsmith. (Entered: 07/06/2017)',
  }),
  entry({
    number: '87',
    dateFiled: '2017-07-24',
    description:
      "OPINION & ORDER Granting Petitioners' [77] Motion for Preliminary Injunction. Signed by District Judge Mark A. Goldsmith. (Entered: 07/24/2017)",
  }),
  entry({
    number: '191',
    dateFiled: '2018-01-02',
    description:
      "OPINION & ORDER Granting in Part Petitioners' [138] Motion for Preliminary Injunction. Class members detained for six months or more shall be released by February 2, 2018 unless an immigration judge holds a bond hearing. Signed by District Judge Mark A. Goldsmith. (Entered: 01/02/2018)",
  }),
];
