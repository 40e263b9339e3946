/**
 * The fixed phrases of advocates' messages, the subscription pages and the advocates' calendar, in
 * English: the catalog the Spanish and Arabic ones translate, key for key. ICU MessageFormat
 * (`{name}`, `{n, plural, …}`, `{x, select, …}`); docket text is never in here, it is quoted as the
 * court wrote it.
 */
export const en = {
  // ---- shared ----
  'date.unstated': 'an unstated date',
  'days.left': '{days, plural, =0 {today} =1 {tomorrow} other {in # days}}',
  'days.ago': '{days, plural, =1 {yesterday} other {# days ago}}',
  'until.furtherOrder': 'further order of the court',
  'until.appeal': 'the appeal is decided',
  'until.term': '{term, select, final_judgment {final judgment} end_of_case {the end of the case} other {}}',
  'until.ruling':
    'the judge rules on {kind, select, pi {the motion for a preliminary injunction} other {the motion ({label})}}',
  'until.either': '{first} or {second}',
  'entry.label':
    '{number, select, none {an unnumbered entry} other {{appellate, select, yes {Doc. {number}} other {ECF No. {number}}}}}',
  'court.appeals':
    '{court, select, ca1 {the First Circuit} ca2 {the Second Circuit} ca3 {the Third Circuit} ca4 {the Fourth Circuit} ca5 {the Fifth Circuit} ca6 {the Sixth Circuit} ca7 {the Seventh Circuit} ca8 {the Eighth Circuit} ca9 {the Ninth Circuit} ca10 {the Tenth Circuit} ca11 {the Eleventh Circuit} cadc {the D.C. Circuit} cafc {the Federal Circuit} other {the court of appeals}}',
  who: '{who, select, class {the class} petitioners {the petitioners} plaintiffs {the plaintiffs} other {the people it covers}}',
  'who.none':
    '{who, select, class {no one in the class} petitioners {none of the petitioners} plaintiffs {none of the plaintiffs} other {none of the people it covers}}',
  'who.anyone':
    '{who, select, class {people in the class} petitioners {the petitioners} plaintiffs {the plaintiffs} other {the people it covers}}',

  // ---- stays ----
  'stay.headline':
    '{change, select, granted {{term, select, date {Stay granted{party, select, none {} other { for {party}}} until {date}} until {Stay granted{party, select, none {} other { for {party}}} until {until}} other {Stay granted{party, select, none {} other { for {party}}}}}} expanded {{scope, select, nationwide {Stay expanded nationwide} other {Stay expanded}}{extended, select, yes {{term, select, date { and extended to {date}} until { and extended until {until}} other { and extended}}} other {}}} extended {{term, select, date {Stay{party, select, none {} other { for {party}}} extended to {date}} until {Stay{party, select, none {} other { for {party}}} extended until {until}} other {Stay{party, select, none {} other { for {party}}} extended}}} renewed {{term, select, date {Stay{party, select, none {} other { for {party}}} granted again until {date}} until {Stay{party, select, none {} other { for {party}}} granted again until {until}} other {Stay{party, select, none {} other { for {party}}} granted again}}} denied {Stay{party, select, none {} other { for {party}}} ended: the court denied it} ruled {Stay{party, select, none {} other { for {party}}} ended: the court ruled on the motion it lasted until} tied {Stay{party, select, none {} other { for {party}}} ended with the order it was kept for} other {Stay{party, select, none {} other { for {party}}} lifted}}',
  'stay.opening':
    '{change, select, granted {The judge granted a stay} expanded {{scope, select, nationwide {The judge expanded the stay to cover more people, nationwide} other {The judge expanded the stay to cover more people}}{extended, select, yes {, and extended it} other {}}} extended {The judge extended the stay} renewed {The judge granted the stay again} denied {The judge denied the stay, which ends the stay granted until further order of the court} ruled {The judge ruled on the motion this order lasted until, which ends it} tied {The order this stay was kept in effect with has ended, and the stay ended with it} other {The judge lifted the stay}}',
  'stay.removal':
    '{opening}: {noOne} can be deported{transfer, select, yes { or moved out of the district} other {}} {term, select, date {before the stay ends on {date}} until {until {until}} other {while the stay is in force}}.',
  'stay.removal.lifted': '{opening}: it no longer protects {who} from deportation.',
  'stay.removal.for':
    '{opening}: it protects only {parties}{whole, select, yes {, not the whole class} other {}} — they cannot be deported{transfer, select, yes { or moved out of the district} other {}} {term, select, date {before the stay ends on {date}} until {until {until}} other {while the stay is in force}}.',
  'stay.forParties': 'It covers only {parties}{whole, select, yes {, not the whole class} other {}}.',
  'stay.scope':
    '{scope, select, removal_class {removal of class members} removal {removal} removal_transfer {removal and transfer out of the district} transfer {transfer out of the district} injunction_pending_appeal {the preliminary injunction pending appeal} pending_appeal {the case pending appeal} deadlines {deadlines} briefing {briefing} discovery {discovery} execution {execution of judgment} other {proceedings}}',
  'stay.scopeParties': '{how, select, between {between {who}} other {as to {who}}}',
  'stay.other':
    '{opening}: {what, select, none {the case is} other {{what} {plural, select, yes {are} other {is}}}} on hold{term, select, date { through {date}} until { until {until}} other {}}.',
  'stay.other.lifted': '{opening}: {what, select, none {the case} other {{what}}} can go ahead again.',
  'stay.limitedTo.headline': 'Stay now only for {parties}',
  'stay.limitedTo':
    'The judge lifted the stay for everyone except {parties}: {removal, select, yes {only they are still protected from deportation} other {it stays in force only for them}}{term, select, date { through {date}} until { until {until}} other {}}.',
  'stay.liftedAsTo.headline': 'Stay lifted as to {party} only',
  'stay.liftedAsTo':
    'The judge lifted the stay as to {party} only: for everyone else {what, select, none {the case is} other {{what} {plural, select, yes {are} other {is}}}} still on hold{term, select, date { through {date}} until { until {until}} other {}}{moved, select, yes { (the same order extended the stay, which was to end {was})} other {}}.',
  'stay.refused.headline': 'Stay denied{what, select, none {} other {: {what}}}',
  'stay.refused.sentence':
    '{removal, select, yes {The judge refused to stop the {what}: nothing in this order blocks deportations.} other {The judge refused to stay {what, select, none {the case} other {the {what}}}: nothing is on hold because of this order.}}',
  'stay.dismissed.headline': 'Claims dismissed{between, select, none {} other { {between}}}',
  'stay.dismissed.sentence':
    'The judge dismissed the claims{between, select, none {} other { {between}}}: that part of the case is over, so nothing is left on hold and those deadlines no longer apply.',
  'stay.appealEnded.headline':
    '{how, select, mandate {Stay pending appeal ended: the mandate issued} other {Stay pending appeal ended: the appeal was dismissed}}',
  'stay.appealEnded.sentence':
    '{how, select, mandate {{Court} issued its mandate on {date}} other {{Court} dismissed the appeal on {date}}}, so the stay{what, select, none {} other { of {what}}} that was to last while the appeal went on has ended: {removal, select, yes {it no longer protects {who} from deportation} other {{what, select, none {the case is} other {{what} {plural, select, yes {are} other {is}}}} no longer on hold}}.',
  'stay.byAppeal.headline':
    '{change, select, lifted {Stay vacated on appeal} renewed {Stay in force again after the appeal} other {Stay changed on appeal}}',
  'stay.byAppeal':
    '{CourtOf} decision of {decided} now takes effect: {change, select, lifted {the order granting the stay is vacated, so {removal, select, yes {the stay no longer protects {who} from deportation} other {{what, select, none {the case is} other {{what} {plural, select, yes {are} other {is}}}} no longer on hold}}} renewed {the order lifting the stay is vacated, so the stay applies again{term, select, date { through {date}} until { until {until}} other {}}{removal, select, yes {: it protects {who} from deportation} other {}}} other {the stay{what, select, none {} other { of {what}}} is changed{term, select, date {; it now lasts through {date}} other {}}. Read the decision for what it now covers}}.',
  'stay.ordered': 'Order of {date}.',
  'stay.lapsed': 'The earlier stay had ended on {date}: it was not in force in between.',
  'stayExpiring.headline':
    '{days, plural, =0 {Stay{party, select, none {} other { for {party}}} ends today} =1 {Stay{party, select, none {} other { for {party}}} ends in 1 day} other {Stay{party, select, none {} other { for {party}}} ends in # days}} ({date})',
  'stayExpiring.sentence':
    '{days, plural, =0 {The stay ends today} =1 {The stay ends tomorrow} other {The stay ends in # days}}, on {date}, unless the judge extends it.{removal, select, yes { After that, {anyone} could be deported.} other {{what, select, none {} other { It stays {what}.}}}}',

  // ---- injunctions ----
  'injunction.name':
    '{injunction, select, TRO {temporary restraining order} permanent_injunction {permanent injunction} agency_postponement {postponement of the rule} consent_decree {consent decree} settlement {settlement agreement} set_aside {setting aside of the agency action} declaratory_judgment {declaratory judgment} injunction_pending_appeal {injunction pending appeal} other {preliminary injunction}}',
  'injunction.theName':
    '{injunction, select, TRO {the temporary restraining order} permanent_injunction {the permanent injunction} agency_postponement {the postponement of the rule} consent_decree {the consent decree} settlement {the settlement agreement} set_aside {the setting aside of the agency action} declaratory_judgment {the declaratory judgment} injunction_pending_appeal {the injunction pending appeal} other {the preliminary injunction}}',
  'injunction.of': 'of {date}',
  'injunction.on': 'on {date}',
  'injunction.headline':
    '{injunction, select, TRO {Temporary restraining order} permanent_injunction {Permanent injunction} agency_postponement {Postponement of the rule} consent_decree {Consent decree} settlement {Settlement agreement} set_aside {Setting aside of the agency action} declaratory_judgment {Declaratory judgment} injunction_pending_appeal {Injunction pending appeal} other {Preliminary injunction}}{of} {action, select, granted {granted{on}} denied {denied} extended {extended} modified {modified} dissolved {dissolved} vacated {vacated} expired {ended} other {stayed}}',
  'injunction.replaces': 'It takes the place of {replaced}, which no longer applies.',
  'injunction.notCarried': '{TheName} does not protect from that.',
  'injunction.replacedByAgreement':
    'It takes the place of {replaced}, which ends that day: from then on the terms of {theName} apply instead.',
  'injunction.sentence':
    '{action, select, granted {The judge granted a {name}{dated, select, yes { on {date}} other {}}: a court order that must be obeyed {term, select, until {until {until}} other {while the case goes on}}.} denied {The judge denied the request for a {name}.} extended {The judge extended {theName}{term, select, until { until {until}} other {}}.} modified {The judge changed {theName}. Read the order for what it now covers.} dissolved {The judge ended {theName}: it no longer applies.} expired {{TheName} has ended: its term ran out{term, select, until { ({until})} other {}} and it was not extended. It no longer applies.} vacated {{TheName} was vacated{dated, select, yes { on {date}} other {}}: it no longer applies.} other {{TheName} is paused: it does not apply for now.}}',

  // ---- appeals ----
  'appeal.headline':
    '{outcome, select, reversed {{named, select, none {Ruling} other {{Named}}} reversed on appeal} vacated {{named, select, none {Ruling} other {{Named}}} vacated on appeal} affirmed {{named, select, none {Ruling} other {{Named}}} {enBanc, select, yes {upheld by the full court} other {affirmed on appeal}}} remanded {Case remanded on appeal} partly {{affirmed, select, yes {{named, select, none {Ruling} other {{Named}}} upheld in part, {how, select, reversed {overturned} other {thrown out}} in part on appeal} other {{named, select, none {Ruling} other {{Named}}} {how, select, reversed {overturned} other {thrown out}} in part on appeal}}} dismissed {Appeal dismissed} recalled {Mandate recalled} stay_denied {{admin, select, yes {Administrative stay denied} other {Stay pending appeal denied}}} stay_granted {{admin, select, yes {Paused for now: } other {Paused pending appeal: }}{inPart, select, yes {part of } other {}}{ruling, select, none {the ruling that was appealed} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { ({part})}}} other {}}} reheard {{enBanc, select, yes {Rehearing en banc granted} other {Rehearing granted}}{decided, select, none {} other {: the decision of {decided} no longer stands}}} certiorari_filed {Petition for certiorari filed in the Supreme Court} rehearing_denied {{enBanc, select, yes {Rehearing en banc denied} other {Rehearing denied}}: the decision stands} mandate_stayed {Mandate stayed: the appeals decision does not take effect yet} certiorari_denied {Supreme Court declined to hear the case} certiorari_judgment {Supreme Court decided the case} other {Mandate issued}}',
  'appeal.sentence':
    '{outcome, select, reversed {{Court} overturned {ruling, select, none {the ruling that was appealed} other {{ruling}}}{dated, select, yes { on {date}} other {}}{pending, select, yes {. This takes effect only when {court} issues its mandate: until then {many, select, yes {they stay} other {it stays}} {held, select, yes {on hold, not in force} other {in force}}.} other {: it no longer stands.}}} vacated {{Court} threw out {ruling, select, none {the ruling that was appealed} other {{ruling}}}{dated, select, yes { on {date}} other {}}{pending, select, yes {. This takes effect only when {court} issues its mandate: until then {many, select, yes {they stay} other {it stays}} {held, select, yes {on hold, not in force} other {in force}}.} other {: it no longer stands.}}} affirmed {{Court}{enBanc, select, yes {, with all its judges (en banc),} other {}} upheld {ruling, select, none {the ruling that was appealed} other {{ruling}}}: it stays as it was.} remanded {{Court} sent the case back to the district judge to decide again.{pending, select, yes { Until its mandate issues, {ruling, select, none {the ruling that was appealed} other {{ruling}}} {held, select, yes {{many, select, yes {stay} other {stays}} on hold, not in force} other {{many, select, yes {stay in force as they were} other {stays in force as it was}}}}.} other {}}{kept, select, yes { {Ruling} {many, select, yes {were} other {was}} not thrown out: {many, select, yes {they stay} other {it stays}} {held, select, yes {on hold, not in force} other {in force}}.} other {}}} partly {{affirmed, select, yes {{Court} upheld part of {ruling, select, none {the ruling that was appealed} other {{ruling}}} and {how, select, reversed {overturned} other {threw out}} the rest} other {{Court} {how, select, reversed {overturned} other {threw out}} part of {ruling, select, none {the ruling that was appealed} other {{ruling}}}; the rest stands}}{remanded, select, yes {, and sent the case back to the district court on that part} other {}}{dated, select, yes { on {date}} other {}}.{pending, select, yes { The part {how, select, reversed {overturned} other {thrown out}} goes only when {court} issues its mandate: until then {ruling, select, none {the ruling that was appealed} other {{ruling}}} {held, select, yes {{many, select, yes {stay} other {stays}} on hold, not in force} other {{many, select, yes {stay in force as they were} other {stays in force as it was}}}}.} other {}}} dismissed {{Court} dismissed the appeal{ruling, select, none {} other { from {ruling}}}{dated, select, yes { on {date}} other {}}: the appeal is over, and the district court’s order stands.{stayEnded, select, yes { What was on hold while the appeal went on is no longer on hold.} other {}}} recalled {{Court} recalled its mandate{decided, select, none {} other {: its decision of {decided} no longer takes effect until the mandate issues again}}{ruling, select, none {} other {, and {ruling} stays in force as it was before that decision}}.} stay_denied {{admin, select, yes {{by, select, supreme_court {The Supreme Court} other {{Court}}} refused to pause {ruling, select, none {the ruling that was appealed} other {{ruling}}} right away: it stays in force while the court decides whether to pause it during the appeal.} other {{by, select, supreme_court {The Supreme Court} other {{Court}}} refused to pause {ruling, select, none {the ruling that was appealed} other {{ruling}}} while the appeal goes on{adminEnded, select, yes {, and ended its temporary pause: it applies again.} other {: it stays in force.}}}}} stay_granted {{by, select, supreme_court {The Supreme Court} other {{Court}}} paused {inPart, select, yes {part of } other {}}{ruling, select, none {the ruling that was appealed} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { ({part})}}} other {}} {admin, select, yes {for now, while it decides whether to pause it pending appeal (an administrative stay): } other {while the appeal goes on: }}{inPart, select, yes {that part does not apply for now; the rest stays in force.} other {{admin, select, yes {it does not apply meanwhile.} other {it does not apply for now.}}}}} reheard {{Court} {enBanc, select, yes {agreed to rehear the appeal with all its judges (en banc) and threw out} other {agreed to rehear the appeal and withdrew}} its earlier decision{decided, select, none {} other { of {decided}}}: that decision no longer stands.{ruling, select, none {} other { {Ruling} {many, select, yes {stay} other {stays}} {held, select, yes {on hold, not in force,} other {in force}} as {many, select, yes {they were} other {it was}} while the court decides the appeal again.}}} certiorari_filed {The losing side asked the Supreme Court to hear the case{decided, select, none {} other { on {decided}}}. Until the Supreme Court decides whether to take it, nothing changes.} rehearing_denied {{Court} refused to hear the appeal again{enBanc, select, yes { with all its judges} other {}}: its decision{decided, select, none {} other { of {decided}}} stands. It takes effect when the court sends its mandate{due, select, none {} other {, due {due}}}, unless the court delays it.} mandate_stayed {{Court} delayed putting its decision{decided, select, none {} other { of {decided}}} into effect{until, select, none {} other { until {until}}}{cert, select, yes {{until, select, none { while} other {, and longer if}} the losing side asks the Supreme Court to hear the case} other {}}: nothing changes for now; what applies today still applies.} certiorari_denied {The Supreme Court declined to hear the case{decided, select, none {} other { on {decided}}}: the court of appeals’ decision stands.{stayEnded, select, yes { What was on hold until the petition was decided is no longer on hold.} other {}}} certiorari_judgment {The Supreme Court decided the case{decided, select, none {} other { on {decided}}}, after agreeing to hear it. Read its decision for what it changes.{stayEnded, select, yes { What was on hold until then is no longer on hold.} other {}}} other {{Court} issued its mandate{dated, select, yes { on {date}} other {}}: its decision now takes effect in the district court.}}',
  'appeal.reinstated.headline': '{headline} (the decision of {date} reinstated)',
  'appeal.reinstated.sentence':
    '{Court} put back its earlier decision of {date}: it stands again. {sentence}',
  'appeal.ruling.changing':
    'the order of {date} {how, select, extending {extending} other {modifying}} {theName}',
  'injunction.byAppeal':
    '{action, select, vacated {{CourtOf} decision{decided, select, none {} other { of {decided}}} now takes effect: {theName} is vacated and no longer applies.} other {{CourtOf} decision{decided, select, none {} other { of {decided}}} now takes effect: it changed {theName}. Read the decision for what it now covers.}}',
  'injunction.pendingAppeal.headline':
    '{admin, select, yes {{inPart, select, yes {Paused in part for now: {ruling}} other {Paused for now: {ruling}}}} other {{inPart, select, yes {Paused in part pending appeal: {ruling}} other {Paused pending appeal: {ruling}}}}}',
  'injunction.pendingAppeal':
    '{by, select, district {{inPart, select, yes {The judge stayed part of {ruling} pending appeal: that part is on hold until the appeal is decided; the rest stays in force.} other {The judge granted a stay pending appeal: {ruling} is on hold until the appeal is decided and does not apply meanwhile.}}} other {{by, select, supreme_court {The Supreme Court} other {{Court}}} {admin, select, yes {{inPart, select, yes {paused part of {ruling} for now, while it decides whether to pause it pending appeal (an administrative stay): the rest stays in force.} other {paused {ruling} for now, while it decides whether to pause it pending appeal (an administrative stay): it does not apply meanwhile.}}} other {{inPart, select, yes {paused part of {ruling} while the appeal goes on: the rest stays in force.} other {paused {ruling} while the appeal goes on: it does not apply for now.}}}}}}',
  'injunction.pendingAppeal.partOnHold':
    '{from, select, transfer_notice {The part on hold is the notice required before {anyone} are transferred{out}.} transfer {The part on hold is the ban on transfers of {anyone}{out}.} removal {The part on hold is the ban on deporting {anyone}.} removal_conditions {The part on hold is the conditions on deporting {anyone}.} detention {The part on hold is what it says about the detention of {anyone}.} detainer {The part on hold is the bar on holding {anyone} on an immigration detainer.} other {The part on hold is the protection of {what} for {anyone}.}}',
  'injunction.pendingAppeal.certiorari':
    'The pause lasts until any petition for certiorari is decided too: it ends if the petition is denied, or with the Supreme Court’s judgment if it is granted.',
  'injunction.resumed.headline':
    '{held, select, reversed {Stay pending appeal ended: the part on hold of {theName} was reversed} vacated {Stay pending appeal ended: the part of {theName} that was on hold was vacated} decided {Stay pending appeal ended: {theName}} other {{TheName} applies again}}',
  'injunction.pausedUntil.headline': '{TheName} paused until {held}',
  'injunction.pausedUntil':
    'The judge paused {theName} until {held}: it does not apply until then, and applies again from {again} unless a court pauses it further.',
  'injunction.endedByJudgment.headline': '{TheName} ended with the final judgment',
  'injunction.endedByJudgment':
    'The judge ruled against the plaintiffs and the case is over{dated, select, yes { (final judgment of {date})} other {}}: {theName}, which lasted only until the final judgment, has ended and no longer applies.',
  'relief.granted.headline':
    '{injunction, select, agency_postponement {Rule’s effective date postponed (5 U.S.C. § 705)} set_aside {Court set aside {object, select, none {the agency action} other {{object}}}{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}} declaratory_judgment {Declaratory judgment{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}} permanent_injunction {Permanent injunction granted{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}} injunction_pending_appeal {Injunction pending appeal for {parties} only} settlement {Settlement approved: the court will enforce it} other {Consent decree entered}}',
  'relief.granted':
    '{injunction, select, agency_postponement {The judge postponed the rule’s effective date (5 U.S.C. § 705){dated, select, yes { on {date}} other {}}: the rule will not take effect {term, select, until {until {until}} other {while the case goes on}}.} set_aside {The judge set aside {object, select, none {the agency action} other {{object}}}{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}{dated, select, yes { on {date}} other {}}: it is vacated under 5 U.S.C. § 706(2) and has no legal effect. This is final relief: it lasts unless a higher court changes it.} declaratory_judgment {The judge issued a declaratory judgment{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}{dated, select, yes { on {date}} other {}}: {object, select, none {the court declared the parties’ rights} other {the court declared that {object}}}. This is final relief: it lasts unless a higher court changes it.} permanent_injunction {The judge granted a permanent injunction{whom, select, class { for the class} plaintiffs { for the plaintiffs} other {}}{dated, select, yes { on {date}} other {}}: a court order that must be obeyed from now on, as final relief, unless a higher court changes it.} injunction_pending_appeal {{by, select, appeals {{Court}} other {The judge}} granted an injunction pending appeal{dated, select, yes { on {date}} other {}}: it protects only {parties}, no one else, until the appeal is decided or the court orders otherwise.} settlement {The judge approved the settlement{dated, select, yes { on {date}} other {}}: an agreement between the parties that the court will enforce, in force {term, select, until {until {until}} other {until the court ends it}}.} consent_decree {The judge entered a consent decree{dated, select, yes { on {date}} other {}}: an agreement between the parties that the court approved and will enforce, in force {term, select, until {until {until}} other {until the court ends it}}.} other {}}',
  'relief.remanded.headline': 'Sent back to the agency without being set aside',
  'relief.remanded':
    'The judge sent {object, select, none {the agency action} other {{object}}} back to the agency without setting it aside (remand without vacatur){dated, select, yes { on {date}} other {}}: it stays in effect, and this ruling grants no relief against it.',
  'relief.denied.headline': 'Injunction pending appeal denied',
  'relief.denied':
    '{by, select, appeals {{Court}} other {The judge}} denied the request for an injunction pending appeal{dated, select, yes { on {date}} other {}}: no order protects {parties} while the appeal goes on.',
  'relief.appealEnded.headline': 'Injunction pending appeal for {parties} ended',
  'relief.appealEnded':
    'The injunction pending appeal for {parties} ended{dated, select, yes { on {date}} other {}}: {how, select, decided {the court of appeals decided the appeal} dismissed {the appeal was dismissed} other {the court of appeals’ mandate issued}}. It no longer protects them.',
  'injunction.endsOn.headline': '{TheName} ends on {effective}',
  'injunction.endsOn':
    'The judge ended {theName}, effective {effective}: it stays in force until then.{injunction, select, agency_postponement { From that day the rule can take effect.} consent_decree { Its protections stop on that day.} settlement { Its protections stop on that day.} other {}}',
  'injunction.resumed':
    '{why, select, term {The judge’s pause is over{dated, select, yes { as of {date}} other {}}} administrative {{by, select, supreme_court {The Supreme Court} other {{Court}}} ended its temporary pause (administrative stay){dated, select, yes { on {date}} other {}}} lifted {{by, select, supreme_court {The Supreme Court} other {{Court}}} lifted the stay pending appeal{dated, select, yes { on {date}} other {}}} mandate {{CourtOf} mandate issued{dated, select, yes { on {date}} other {}}, so the stay pending appeal has ended} certiorari {The Supreme Court decided the petition for certiorari{dated, select, yes { on {date}} other {}}, so the stay it granted has ended} other {The appeal was dismissed{dated, select, yes { on {date}} other {}}, so the stay pending appeal has ended}}: {held, select, reversed {the part of {theName} that was on hold was reversed on appeal: it does not apply{term, select, yes {; {theName} runs until {until}} other {}}.} vacated {the part of {theName} that was on hold was vacated on appeal: it no longer applies, and the rest stays in force{term, select, yes {; {theName} runs until {until}} other {}}.} decided {the court of appeals’ decision now says which part of {theName} applies{term, select, yes {; {theName} runs until {until}} other {}}.} other {{inPart, select, yes {the part of {theName} that was on hold applies again.} other {{theName} applies again.}}}}',

  // ---- deadlines, filings, hearings ----
  'withdrawn.headline':
    '{headline} ({how, select, stricken {its order was stricken} withdrawn {its order was withdrawn} other {its order was entered in error}})',
  'withdrawn.because':
    'This is because {how, select, stricken {the court struck the order that set it} withdrawn {the court withdrew the order that set it} other {the court vacated the order that set it as entered in error}} ({order}{dated, select, yes {, {date}} other {}}).',
  'deadline.untracked.headline': 'Untracked deadline cancelled',
  'deadline.untracked.sentence': 'An order cancelled a deadline we were not tracking: “{words}”.',
  'deadline.headline':
    '{change, select, set {Deadline set: {what}, due {due}} current {Deadline: {what}, due {due}} right {Class members: last day to {right, select, object {object} opt_out {opt out} other {submit a claim}}, {due}{only, select, none {} other { (some class members)}}} act {Court order: {what}, by {due}} schedule {Schedule changed: {what}, now due {every}} moved {Deadline moved: {what}, now due {due}} mooted {Deadline moot: {what}} relieved {No longer due: {what}} other {Deadline vacated: {what}}}',
  'deadline.sentence':
    '{change, select, set {New deadline: {what}{party} is due {due}{computed, select, none {} other {, as the court ordered (the clerk’s system had computed {computed})}}.} current {Deadline: {what}{party} is due {due}{was, select, none {} other { (moved from {was})}}.} right {Class members who want to {right, select, object {object} opt_out {opt out of the class} other {submit a claim}} must do so {dated, select, yes {by {due}} other {within {due}}}; it is their choice, not a party’s duty.{only, select, none {} other { This day is {only}; for the other class members the day set before stays.}}} act {The court ordered: {what}{party}, by {due}.} schedule {A schedule changed: {what}{party} is now due {every} instead of {wasEvery}; the next is due {due}.} moved {A deadline moved: {what}{party} is now due {due}{was, select, none {} other { (it was {was})}}.} mooted {A deadline no longer applies: {what}{party} is no longer due{was, select, none {} other { on {was}}}.} relieved {No longer due: {what}{party}. The court relieved {who} of this duty.} other {A deadline was cancelled: {what}{party} is no longer due{was, select, none {} other { on {was}}}.}}',
  'at.time': '{date} at {time}',
  'filingMissing.headline': 'Expected filing missing: {what}',
  'filingMissing.sentence':
    '{party, select, none {{what} was due by {date}} other {{what} ({party}) was due by {date}}}, and it is not on the docket yet.',
  'hearing.manner': '{name} {how, select, phone {by telephone} video {by video} other {in person}}',
  'hearing.name':
    '{hearing, select, motion_hearing {motion hearing} status_conference {status conference} status_hearing {status hearing} scheduling_conference {scheduling conference} oral_argument {oral argument} evidentiary_hearing {evidentiary hearing} sentencing {sentencing} trial {trial} conference {conference} telephone_conference {telephone conference} pretrial_conference {pretrial conference} final_pretrial_conference {final pretrial conference} settlement_conference {settlement conference} bond_hearing {bond hearing} detention_hearing {detention hearing} show_cause_hearing {show cause hearing} preliminary_injunction_hearing {preliminary injunction hearing} arraignment {arraignment} jury_trial {jury trial} bench_trial {bench trial} other {hearing}}',
  'party.role':
    '{role, select, respondent {Respondent} respondents {Respondents} petitioner {Petitioner} petitioners {Petitioners} plaintiff {Plaintiff} plaintiffs {Plaintiffs} defendant {Defendant} defendants {Defendants} government {the government} movant {Movant} movants {Movants} debtor {Debtor} debtors {Debtors} appellant {Appellant} appellants {Appellants} appellee {Appellee} appellees {Appellees} intervenor {Intervenor} intervenors {Intervenors} parties {the parties} counsel {counsel} class_counsel {class counsel} trustee {the trustee} creditor {Creditor} creditors {Creditors} other {a party}}',
  'deadline.act':
    '{act, select, response {response{ref, select, none {} other { to {ref}}}} reply {reply{ref, select, none {} other { in support of {ref}}}} answer {answer to the complaint{ref, select, none {} other { ({ref})}}} other {filing{ref, select, none {} other { ({ref})}}}}',
  'deadline.paper':
    '{paper, select, opposition {opposition{ref, select, none {} other { to {ref}}}} objections {objections{ref, select, none {} other { to {ref}}}} joint_status_report {joint status report} status_report {status report} report {written report to the court} compliance_report {status report on compliance} compliance {certification of compliance{ref, select, none {} other { with {ref}}}} show_cause {written response to the order to show cause} brief {brief} supplemental_brief {supplemental brief} motion {motion} motion_pi {motion for a preliminary injunction} amended_pleading {amended complaint} class_object {last day for class members to object} class_opt_out {last day for class members to opt out} class_claim {last day for class members to submit a claim} other {filing}}',
  'deadline.every':
    '{unit, select, months {{n, plural, one {every month} =3 {every three months (each quarter)} =6 {every six months} =12 {every year} other {every # months}}} weeks {{n, plural, one {every week} =2 {every two weeks} other {every # weeks}}} other {{n, plural, one {every day} other {every # days}}}}',
  'deadline.inAppeal': '{what} (appeal No. {docket})',
  'deadline.theParty': 'the party',
  'court.transferred.headline':
    '{direction, select, in {Case transferred here from {court}} other {Case transferred to {court}}}',
  'court.transferred':
    '{direction, select, in {The case was transferred to this court from {court}{dated, select, yes { on {date}} other {}}{number, select, none {} other { (its number there: {number})}}.} other {The judge transferred the case to {court}{dated, select, yes { on {date}} other {}}{number, select, none {} other {, where its number is {number}}}. The case goes on there; the orders already entered stay in force until that court acts on them.}}',
  'deadline.conditional': '{words} (no date yet)',
  'deadline.period':
    '{n, plural, one {# {unit, select, hours {hour} days {day} business_days {business day} weeks {week} months {month} other {year}}} other {# {unit, select, hours {hours} days {days} business_days {business days} weeks {weeks} months {months} other {years}}}} {direction, select, before {before} other {after}} {event, select, mandate {the court of appeals issues its mandate} notice_of_appeal {a notice of appeal is filed} judgment {judgment is entered} other {{words}}} (no date yet)',
  'deadline.onlyFor': 'only for {group}',
  'deadline.setIn': 'the deadline set in {label}',
  'deadline.note':
    '{note, select, recurring {recurring} local_rule {local-rule default} cmecf {as computed by CM/ECF} motion_docket {motion docket date, as computed by CM/ECF} other {}}',
  'hearing.headline':
    '{change, select, set {{Name} set for {date}} moved {{Name} moved to {date}} other {{Name} cancelled}}',
  'hearing.where':
    '{how, select, none {} other {It will be held {how, select, phone {by telephone} video {by video} other {in person}}{place, select, none {} other { in {place}}}.}}{how, select, none {{place, select, none {} other {It will be held in {place}.}}} other {}}{join, select, yes { The order gives a way to join it (a link or call-in details); docketwatch does not copy it — ask the lawyers or the court’s clerk.} other {}}',
  'hearing.sentence':
    '{change, select, set {The court scheduled {an, select, yes {an} other {a}} {name} for {when}.} moved {The {name} moved{was, select, none {} other { from {was}}} to {when}.} other {The {name}{was, select, none {} other { on {was}}} was cancelled.}}',

  // ---- entries ----
  'entry.kind':
    '{kind, select, order {order} opinion {opinion} judgment {judgment} mandate {mandate} minute_entry {minute entry} notice_of_appeal {notice of appeal} motion {motion} response {response} reply {reply} stipulation {stipulation} status_report {status report} pleading {pleading} notice {notice} transcript {transcript} other {entry}}',
  'entry.paper.headline':
    '{paper, select, appellee_brief {Appellee’s brief filed} appellant_brief {Appellant’s brief filed} reply_brief {Reply brief filed} rehearing_petition {Petition for rehearing filed} amicus_brief {Amicus brief filed} other {Memorandum filed}} ({label})',
  'entry.paper.sentence':
    '{paper, select, appellee_brief {The appellee’s brief} appellant_brief {The appellant’s brief} reply_brief {A reply brief} rehearing_petition {A petition for rehearing} amicus_brief {A friend-of-the-court (amicus) brief} other {A memorandum}} ({label}) was filed{filed, select, none {} other { on {filed}}}.',
  'entry.headline': 'New {kindName} ({label})',
  'entry.sentence':
    'The court docketed {kind, select, order {an order} opinion {an opinion} judgment {a judgment} mandate {a mandate} minute_entry {a minute entry} notice_of_appeal {a notice of appeal} motion {a motion} response {a response} reply {a reply} stipulation {a stipulation} status_report {a status report} pleading {a pleading} notice {a notice} transcript {a transcript} other {an entry}} ({label}){filed, select, none {} other {, filed {filed}}}.',
  'entry.appeals.headline': '{kind, select, judgment {Judgment} other {Opinion}} of {court} ({label})',
  'entry.appeals.sentence':
    '{Court} issued its {kind, select, judgment {judgment} other {opinion}} ({label}){filed, select, none {} other {, filed {filed}}}.',
  'entry.step.headline':
    '{step, select, argued {Case argued and submitted to the court} submitted {Case submitted to the court on the briefs} heard {Oral argument heard} other {Case scheduled for oral argument}} ({label})',
  'entry.step.sentence':
    '{step, select, argued {The appeal was argued before the judges of {court} and submitted to them for decision} submitted {The appeal was submitted to the judges of {court} for decision on the written briefs, without oral argument} heard {The judges of {court} heard oral argument in the appeal} other {{Court} scheduled the appeal for oral argument}} ({label}){filed, select, none {} other {, filed {filed}}}.{step, select, calendared {} other { Nothing changes until they decide.}}',
  'entryUpdated.headline': '{Label} filled in',
  'entryUpdated.sentence': '{Label} was filled in later.',

  // ---- messages ----
  'message.intro':
    '{count, plural, =1 {This just happened on the docket:} other {# things just happened on the docket:}}',
  'message.more': ' (+{count} more)',
  'message.englishNote': '',
  'digest.changed': '{same, select, yes {What changed on {from}} other {What changed from {from} to {to}}}',
  'digest.section':
    '{section, select, rulings {Stays, injunctions and rulings} deadlines {Deadline changes} hearings {Hearings} sources {Sources} filled {Entries filled in later} alerted {Already sent to you as alerts} other {Other}}',
  'digest.new':
    'New: {kind, select, order {Orders} opinion {Opinions} judgment {Judgments} mandate {Mandates} minute_entry {Minute entries} notice_of_appeal {Notices of appeal} motion {Motions} response {Responses} reply {Replies} stipulation {Stipulations} status_report {Status reports} pleading {Pleadings} notice {Notices} transcript {Transcripts} other {Other entries}} ({count})',
  'digest.appeal': '{Court}, appeal No. {docket}: {count, plural, =1 {1 new entry} other {# new entries}}',
  'digest.headline.entries': '{count, plural, =1 {1 new docket entry} other {# new docket entries}}',
  'digest.headline.filled': '{count, plural, =1 {1 entry filled in} other {# entries filled in}}',
  'digest.headline.next': '{what}; next deadline {days}',
  'digest.headline.alerted':
    'Where the case stands ({count, plural, =1 {1 change} other {# changes}} already sent as alerts)',
  'digest.needsReview':
    '{count, plural, =1 {1 entry needs a person to read it: docketwatch found dates or hearing, stay or deadline words in it that it could not read with confidence. It is listed on the case page.} other {# entries need a person to read them: docketwatch found dates or hearing, stay or deadline words in them that it could not read with confidence. They are listed on the case page.}}',
  'posture.title': 'Where the case stands',
  'posture.notRead': 'docketwatch has not read this case’s docket yet, so it cannot say what is in force.',
  'posture.nothing': 'Nothing is in force: no stay or injunction.',
  'posture.inForce': 'In force',
  'posture.term':
    '{term, select, date {through {date} ({days})} until {until {until}} other {no end date given}}',
  'posture.since': ', since {date}',
  'list.and': ' and ',
  'posture.name': '{kind, select, removal {Stay of removal of {who}} other {Stay: {what}}}',
  'posture.modified': '; in force as changed {changes}',
  'posture.sooner':
    '; or until the judge rules on {kind, select, pi {the motion for a preliminary injunction} other {the motion ({label})}}, if that comes first',
  'injunction.sooner':
    'It ends sooner if the judge rules on {kind, select, pi {the motion for a preliminary injunction} other {the motion ({label})}} before that day.',
  'posture.modifiedBy':
    '{by, select, appeals {by {courtOf} decision of {decided} (in effect from {date}{label, select, none {} other {, {label}}})} other {by the order of {date}{label, select, none {} other { ({label})}}}}',
  'posture.onAppeal':
    '; {action, select, vacated {{court} vacated it} other {{court} vacated it in part}} on {date}: in force until its mandate issues',
  'posture.onHold': 'On hold (not in force)',
  'posture.onHoldRow':
    '{name} of {date}: {pending, select, administrative {on hold for now: {court} paused it on {held}, while it decides whether to pause it pending appeal} yes {{decided, select, none {on hold until the appeal is decided} other {on hold: {court} {part, select, yes {vacated part of it} other {vacated it}} on {decided}, which takes effect when its mandate issues}} (stayed pending appeal on {held})} certiorari {on hold until the appeal and any petition for certiorari are decided (stayed on {held})} other {{until, select, none {on hold since {held}} other {on hold until {until}, in force again from {again}}}}}',
  'posture.stayedInPart':
    '; {by, select, district {the judge} supreme_court {the Supreme Court} other {{court}}} {admin, select, yes {paused part of it for now on {date}, while it decides whether to pause it pending appeal} other {stayed part of it pending appeal on {date}}}{part, select, none {} other { ({part})}}: that part is on hold',
  'posture.modifiedPart':
    ' ({act, select, vacated {vacated} stayed {paused} other {changed}} {reach, select, except {{words}; that part stays in force} other {{lead, select, own {} other {only as to }}{words}; the rest stays in force}})',
  'posture.reheard':
    '; {court} vacated its decision{decided, select, none {} other { of {decided}}} when it granted {enBanc, select, yes {rehearing en banc} other {rehearing}} on {date}: that decision no longer stands',
  'deadline.partOnHold': '(part of it is on hold pending appeal: {part})',
  'posture.nextDeadlines': 'Next deadlines',
  'posture.noDeadlines': 'No upcoming deadlines.',
  'posture.onlyPapers':
    '{count, plural, one {No upcoming deadlines other than the lawyers’ filings: one is due on {next}.} other {No upcoming deadlines other than the lawyers’ filings: # are due, the first on {next}.}}',
  'posture.alsoPapers':
    '{count, plural, one {Besides these, the lawyers have one filing (a brief, a response or the like) due on {next}.} other {Besides these, the lawyers have # filings (briefs, responses and the like) due, the first on {next}.}}',
  'posture.nextHearings': 'Next hearings',
  'link.entry': 'Docket entry',
  'link.document': 'Document',
  'link.casePage': 'This case on docketwatch',
  'link.docket': 'The court’s docket',
  'link.keyDates': 'Key dates (add them to your calendar)',
  audience: '{audience, select, legal {legal team} maintainer {maintainer} other {advocate}}',
  'footer.why': 'You receive this because you follow {title} on docketwatch ({audience}).',
  'footer.manage': 'Manage your subscription',
  'footer.unsubscribe': 'Unsubscribe',

  // ---- welcome ----
  'welcome.subject': 'You now follow {title}',
  'welcome.intro':
    'Your subscription is confirmed. {frequency, select, immediate {You will get an email as soon as something happens on the docket.} weekly {You will get urgent news at once (a stay, an injunction, a ruling, a deadline the judge set) and a summary of everything else once a week.} other {You will get urgent news at once (a stay, an injunction, a ruling, a deadline the judge set) and a summary of everything else once a day.}}',
  'welcome.now': 'This is where the case stands today:',
  // ---- pages ----
  'page.footer':
    'docketwatch reads public court dockets. It can be wrong or late: the court’s docket is the record.',
  'page.cases': 'Tracked cases',
  'page.languages': 'Read this page in:',
  'page.englishOnly': 'The case’s record below is in English, as the court wrote it.',
  'follow.title': 'Follow this case',
  'follow.calendar': 'Calendar (deadlines, hearings, stays)',
  'follow.feed': 'Atom feed of new entries',
  'form.title': 'Get email updates',
  'form.email': 'Email address',
  'form.which': 'Which messages',
  'form.advocate':
    'Plain language: stays, injunctions, orders, hearings, appeals and deadlines the judge set',
  'form.legal': 'Legal team: every filing and every deadline, in English',
  'form.often': 'How often',
  'form.immediate': 'Every message as soon as it happens',
  'form.daily': 'Urgent news at once; everything else in one email a day',
  'form.weekly': 'Urgent news at once; everything else in one email a week',
  'form.language': 'Language of the messages',
  'form.languageNote': 'Docket text and court documents stay in English.',
  'form.submit': 'Subscribe',
  'form.invalid': 'Please check the form:',
  'form.hint': 'We send one email to confirm. Nothing else is sent until you click its link.',
  'form.off': 'Email updates are not set up on this server.',
  'subscribe.title': 'Follow {title}',
  'subscribe.pick': 'Choose a case to follow:',
  'check.title': 'Check your email',
  'check.body':
    'If {email} can get updates about {title}, we sent it an email. Open the link in it to start, or to change, your updates.',
  'check.hint': 'Nothing changes until you click the link.',
  'confirmed.title': 'Subscription confirmed',
  'confirmed.body': '{email} will get updates about {title} ({what}).',
  'confirmed.welcome':
    'We sent a welcome email with where the case stands now. Every email has a link to change or stop your updates.',
  'confirmed.manage': 'Change or stop your updates',
  describe:
    '{audience, select, legal {legal team} maintainer {maintainers} other {plain language}}, {frequency, select, immediate {every message at once} weekly {urgent news at once, the rest once a week} other {urgent news at once, the rest once a day}}',
  'manage.title': 'Your subscription',
  'manage.follows': '{email} follows {title}.',
  'manage.status':
    '{status, select, pending {Waiting for the confirmation link.} active {Active.} unsubscribed {Unsubscribed.} other {Stopped: mail to this address bounced.}}',
  'manage.saved': 'Saved.',
  'manage.save': 'Save',
  'unsubscribe.title': 'Unsubscribe',
  'unsubscribe.question': 'Stop emails to {email} about {title}?',
  'unsubscribe.generic': 'Stop these emails?',
  'unsubscribe.done': 'Unsubscribed',
  'unsubscribe.doneBody': '{email} will get no more email about {title}.',
  // ---- who the case is about (`case set`) ----
  'people.covered':
    '{scope, select, nationwide {Who is covered: {class}, nationwide.} district {Who is covered: {class}, in this court’s district.} named {Who is covered: {class} (the people named in the case).} other {Who is covered: {class}.}}',
  'people.decertified':
    'No class any more: the judge decertified the class in the order of {date} ({label}). The case goes on only for the people named in it.',
  'people.subclassDecertified':
    'The judge decertified {subclass} in the order of {date} ({label}): people who were only in it are no longer covered.',
  'posture.limitedTo':
    '{grant, select, yes {; only for {parties}, no one else} other {; now only for {parties} (order of {date}, {label}), no longer for anyone else}}',
  'court.party':
    '{role, select, named {the people named in the case} defendants {the defendants} defendant {the defendant} respondents {the respondents} respondent {the respondent} plaintiffs {the plaintiffs} plaintiff {the plaintiff} petitioners {the petitioners} petitioner {the petitioner} none {a party} other {{name}}}',
  'court.decertified.headline': '{subclass, select, none {Class decertified} other {{subclass} decertified}}',
  'court.judgment.headline':
    '{party, select, defendants {Judgment entered for the defendants} other {Judgment entered for the plaintiffs}}',
  'court.judgment':
    '{party, select, defendants {The judge entered final judgment for the defendants{dated, select, yes { on {date}} other {}}: the case is decided against the people who brought it, unless a higher court changes it.} other {The judge entered final judgment for the plaintiffs{dated, select, yes { on {date}} other {}}.{unread, select, yes { The docket text does not say what relief it grants: read the judgment for what it orders.} other {}}}}',
  'court.certified.headline':
    '{subclass, select, none {{provisional, select, yes {Class provisionally certified} other {Class certified}}} other {{subclass} {provisional, select, yes {provisionally certified} other {certified}}}}',
  'court.certified':
    '{subclass, select, none {The judge {provisional, select, yes {provisionally certified} other {certified}} the class{dated, select, yes { on {date}} other {}}: orders that protect the class now reach everyone in it, not only the people named in the case.} other {The judge {provisional, select, yes {provisionally certified} other {certified}} {subclass}{dated, select, yes { on {date}} other {}}: orders that protect this subclass reach everyone in it.}}',
  'court.certified.definition': 'The class, in the court’s words: {definition}.',
  'court.decertified':
    '{subclass, select, none {The judge decertified the class{dated, select, yes { on {date}} other {}}: {limited, select, none {the case goes on only for the people named in it, not for other class members.} other {{ruling} now protects only {parties}, not other class members.}}} other {The judge decertified {subclass}{dated, select, yes { on {date}} other {}}: people who were in the case only as members of {subclass} are no longer covered by it. The rest of the class stays certified.}}',
  'injunction.term.headline': '{TheName} in force through {until}',
  'injunction.term':
    '{TheName} is in force through {until}{was, select, none {} other { (it was to end {was})}}: the judge’s order{dated, select, yes { of {date}} other {}} gives its last day.',
  'injunction.part.headline':
    '{reach, select, except {{act, select, vacated {Only part of {theName} stays in force} stayed {{TheName} paused except for one part} other {{TheName} changed except for one part}}} other {{act, select, vacated {Part of {theName} no longer applies} stayed {Part of {theName} on hold} other {Part of {theName} changed}}: the rest stays in force}}',
  'injunction.part':
    '{reach, select, except {The judge {act, select, vacated {vacated} stayed {paused} other {changed}} {theName}{dated, select, yes { on {date}} other {}}, {words}: that part stays in force; the rest {act, select, stayed {is on hold} other {no longer applies}}.} other {The judge {act, select, vacated {vacated} stayed {paused} other {changed}} part of {theName}{dated, select, yes { on {date}} other {}}: {words}. {act, select, vacated {That part no longer applies; the rest stays in force.} stayed {That part is on hold; the rest stays in force.} other {The rest stays in force.}}}}',
  'injunction.limited.headline': '{TheName} now protects only {parties}',
  'injunction.limited':
    'The judge limited {theName}{dated, select, yes { on {date}} other {}}: it now protects only {parties}, no one else.',
  'court.contempt.headline':
    '{act, select, found {{Party} found in contempt of court} other {Contempt of court purged}}',
  'court.contempt':
    '{act, select, found {The judge found {party} in {nature, select, civil {civil } criminal {criminal } other {}}contempt of court{dated, select, yes { on {date}} other {}}: the court decided they did not obey its order, and it can impose sanctions until they do.} other {The judge found{dated, select, yes { on {date}} other {}} that the contempt of court{named, select, yes { by {party}} other {}} was purged: they did what the court required, and no sanction for it runs any more.}}',
  'people.addedBy': 'The court added to the class in its order of {date} ({label}).',
  'people.coveredFrom':
    '{from, select, order {As the court defined the class in its order of {date} ({label}).} maintainersOrder {As this site’s maintainers give the court’s definition in its order of {date} ({label}).} other {Described by this site’s maintainers, not in the court’s words: the court’s orders say who is in the class.}}',
  'stay.theName': 'the stay',
  'protection.orderCalls': 'what the order calls {words}',
  'people.protection':
    '{from, select, transfer {{action, select, granted {Transfers of {anyone}{out} are blocked while {theName} is in force.} extended {Transfers of {anyone}{out} are blocked while {theName} is in force.} modified {Read the order for whose transfers{out} are still blocked.} other {{TheName} no longer blocks transfers of {anyone}{out}.}}} transfer_notice {{action, select, granted {{TheName} requires notice before {anyone} are transferred{out}: it does not stop every transfer.} extended {{TheName} requires notice before {anyone} are transferred{out}: it does not stop every transfer.} modified {Read the order for what notice it now requires before a transfer.} other {{TheName} no longer requires notice before {anyone} are transferred{out}.}}} detainer {{action, select, granted {While {theName} is in force, {anyone} cannot be held on an immigration detainer once they would otherwise be released.} extended {While {theName} is in force, {anyone} cannot be held on an immigration detainer once they would otherwise be released.} modified {Read the order for what it now says about immigration detainers.} other {{TheName} no longer bars holding {anyone} on an immigration detainer.}}} other {{action, select, granted {While {theName} is in force, the termination of {what} for {anyone} is blocked.} extended {While {theName} is in force, the termination of {what} for {anyone} is blocked.} modified {Read the order for whose {what} is still protected.} other {{TheName} no longer blocks the termination of {what} for {anyone}.}}}}',
  'protection.out':
    '{kind, select, circuit { out of {circuit}} district { out of the district} facility { out of the facility where they are held} place { out of {name}} other {}}',
  'people.injunction':
    '{protects, select, removal_conditions {{action, select, granted {{TheName} puts conditions on deporting {anyone}: it does not stop every deportation. Read the order for what it protects.} extended {{TheName} puts conditions on deporting {anyone}: it does not stop every deportation. Read the order for what it protects.} modified {Read the order for what it now protects.} other {The conditions {theName} put on deporting {anyone} no longer apply.}}} removal {{action, select, granted {Deportations of {anyone} are blocked while {theName} is in force.} extended {Deportations of {anyone} are blocked while {theName} is in force.} modified {Read the order for whose deportation is still blocked.} other {{TheName} no longer blocks deportations of {anyone}.}}} other {{action, select, granted {{TheName} limits the detention of {anyone} while it is in force.} extended {{TheName} limits the detention of {anyone} while it is in force.} modified {Read the order for what it now says about detention.} other {{TheName} no longer limits the detention of {anyone}.}}}}',

  // ---- the advocates' calendar (.ics and its page) ----
  'calendar.name': '{title}: key dates',
  'calendar.stay.summary':
    '{cancelled, select, yes {Stay (no longer in force)} other {{state, select, superseded {Last day of the stay: {replacement} took its place} expired {Last day of the stay (it was not extended)} other {Last day of the stay: protection ends unless the judge extends it}}}}',
  'calendar.stay.description':
    '{state, select, superseded {{removal, select, yes {The stay protected {anyone} from deportation until {endedOn}, when {replacement} took its place.} other {The stay was in force until {endedOn}, when {replacement} took its place.}}} lifted {{removal, select, yes {The stay protected {anyone} from deportation until the judge lifted it on {endedOn}.} other {The stay was in force until the judge lifted it on {endedOn}.}}} expired {{removal, select, yes {The stay protected {anyone} from deportation through {date}; it was not extended.} other {The stay was in force through {date}; it was not extended.}}} other {{removal, select, yes {The stay protects {anyone} from deportation through {date}.} other {The stay is in force through {date}.}} Check the case page for an extension.}}',
  'calendar.stay.laterOrder': 'a later order',
  'calendar.page.asOf': 'As of {date}.',
  'protection.title': 'What protected people, order by order',
  'protection.intro':
    'Each order that granted, changed or ended a stay or an injunction, up to {date}, in the words of the alerts.',
  'protection.none': 'By this day no order had stayed anything or granted an injunction.',
  'protection.inForce': 'In force on {date}',
  'injunction.replacesStay':
    '{removal, select, yes {It takes the place of the stay, which ends that day: from then on {theName}, not the stay, protects {anyone} from deportation.} other {It takes the place of the stay, which ends that day.}}',
  'protection.stayReplaced.headline': 'Stay replaced by a later order',
  'protection.stayReplaced':
    '{removal, select, yes {A later order took the place of the stay, which ended that day: the stay no longer protects {anyone} from deportation.} other {A later order took the place of the stay, which ended that day.}}',
  'protection.stayEnded.headline': 'Stay ended',
  'protection.stayEnded':
    '{removal, select, yes {The stay ended after {date}: it no longer protects {anyone} from deportation.} other {The stay ended after {date}.}}',
  'protection.injunctionEnded.headline':
    '{injunction, select, TRO {Temporary restraining order} permanent_injunction {Permanent injunction} agency_postponement {Postponement of the rule} consent_decree {Consent decree} settlement {Settlement agreement} set_aside {Setting aside of the agency action} declaratory_judgment {Declaratory judgment} injunction_pending_appeal {Injunction pending appeal} other {Preliminary injunction}} ended',
  'protection.injunctionEnded':
    '{theName} ended after its last day, {date}{by, select, none {: it no longer applies} other {, and {by} took its place}}.',
  'coverage.none': 'No source has reported on this case yet.',
  'coverage.whole':
    'docketwatch has every entry of the court’s docket: it has read the complete docket report, and no number is missing{last, select, none {} other { up to No. {last}}}.',
  'coverage.complete': 'docketwatch has read the court’s complete docket report (up to No. {highest}).',
  'coverage.notListed':
    '{count, plural, =1 {One number ({runs}) is} other {# numbers ({runs}) are}} not on that report: the court’s public docket does not show {count, plural, =1 {it} other {them}} (sealed, restricted or never used), so docketwatch has not seen {count, plural, =1 {it} other {them}} either.',
  'coverage.notSeen':
    '{count, plural, =1 {One entry filed after that report ({runs}) has} other {# entries filed after that report ({runs}) have}} not been seen yet: the sources docketwatch follows since then do not carry every entry.',
  'coverage.partial':
    'docketwatch has not read a complete docket report: it has only what its sources carry{first, select, none {} other {, nothing filed before {firstDay}}}{before, select, none {} other { (entries 1–{before})}}.',
  'coverage.partialGaps':
    '{count, plural, =1 {One numbered entry ({runs}) is} other {# numbered entries ({runs}) are}} missing between those it has.',
  'coverage.title': 'What docketwatch has seen',
  'calendar.injunction.start': '{Name} takes effect',
  'calendar.injunction.end': 'Last day of {theName}',
  'calendar.injunction.description':
    '{TheName} is in force from {since}{term, select, date { through {date}} until { until {until}} other { while the case goes on}}.{cancelled, select, yes { It no longer applies.} other {}}',
  'calendar.deadline.summary': 'Court-ordered date: {what}{cancelled, select, yes { (cancelled)} other {}}',
  'calendar.deadline.description': 'The judge set this date: “{what}” by {date}.',
  'calendar.hearing.summary': 'Hearing: {what}{cancelled, select, yes { (cancelled)} other {}}',
  'calendar.hearing.description':
    '{cancelled, select, yes {The hearing set for {date} (“{what}”) was cancelled: it does not take place on that day.} other {{past, select, held {The court held a hearing on {date}: “{what}”.} unrecorded {The court set a hearing for {date}: “{what}”. That day has passed; the docket does not show yet that it was held.} other {The court holds a hearing on {date}: “{what}”.}}}}',
  'calendar.recurring.every':
    '{unit, select, weeks {{every, plural, one {Every week} other {Every # weeks}}} months {{every, plural, one {Every month} other {Every # months}}} other {{every, plural, one {Every day} other {Every # days}}}}',
  'calendar.recurring.description':
    '{interval} from {from}{ended, select, yes { to {to}} other {, until the court ends it}}: “{what}”{hasNext, select, yes {; next: {next}} other {}}.',
  'calendar.page.title': 'Key dates: {title}',
  'calendar.page.intro':
    'The dates the court set that matter to the people in this case: stays, injunctions, hearings, and dates the judge ordered (such as a release date). Briefing and transcript deadlines are left out.',
  'calendar.page.add': 'Add these dates to your calendar',
  'calendar.page.addHint': 'Calendar apps keep the dates up to date when the court changes one.',
  'calendar.page.upcoming': 'Coming up',
  'calendar.page.past': 'Past or no longer in force',
  'calendar.page.none': 'No date yet.',
  'calendar.page.back': 'Back to the case',
  'calendar.page.link': 'Key dates calendar',
  'calendar.page.englishNote': 'The words in quotation marks are the court’s, in English.',
  // ---- account messages and saved searches ----
  'account.confirm.subject': 'Confirm your docketwatch subscription to {title}',
  'account.confirm.asked':
    'Someone (hopefully you) asked docketwatch to email {email} about {title} ({what}).',
  'account.confirm.action': 'Confirm your subscription',
  'account.confirm.here': 'To start receiving messages, confirm here:',
  'account.confirm.ignore':
    'If you did not ask for this, ignore this message: nothing will be sent unless the link is used.',
  'account.already.subject': 'Your docketwatch subscription to {title}',
  'account.already.body': 'This address already gets those emails. Nothing was changed.',
  'account.already.action': 'Change or stop them',
  'account.already.ignore': 'If you did not ask for this, ignore this message.',
  'search.subject': 'Saved search “{name}”: {title}',
  'search.intro':
    'Your saved search “{name}” ({query}) found a case docketwatch does not track yet, in the court’s feed:',
  'search.introQuery':
    'Your saved search “{query}” found a case docketwatch does not track yet, in the court’s feed:',
  'search.how': 'Track it with one click (the link works once, until {date}):',
  'search.track': 'Track this case',
  'search.why':
    'You get this because {email} follows the saved search “{name}”. The maintainers see this proposal on docketwatch’s maintainers’ page too.',
  'search.stop': 'Stop these emails',
  'search.document': 'document',
  'track.title': 'Track this case?',
  'track.found': 'Your saved search “{name}” found this case in the court’s feed:',
  'track.hint':
    'docketwatch will follow it from the court’s feed and show it on its own page. This link works once.',
  'stop.title': 'Stop these emails?',
  'stop.question': '{email} will no longer hear of new cases found by the saved search “{name}”.',
  'stop.done': 'Stopped',
  'stop.doneBody': '{email} will not get this saved search’s emails any more.',
  'searchForm.title': 'Follow a saved search across courts',
  'searchForm.intro':
    'docketwatch checks every court feed it reads for new cases that match your search, and emails you each one with a link to track it. Feeds carry only the case’s name and each filing’s title.',
  'searchForm.query': 'Search',
  'searchForm.queryHint':
    'Every word must appear; "a phrase" in quotes; OR between alternatives; -word to leave a word out; court:nysd for one court; nos:463 for a nature of suit.',
  'searchForm.name': 'A name for it (optional)',
  'searchForm.submit': 'Follow this search',
  // what is wrong with a saved search's query (the form shows it in its language)
  'query.notText': 'a query is text',
  'query.empty': 'the query is empty: give words, "a phrase", court: or nos:',
  'query.tooLong': 'the query is longer than {max} characters',
  'query.tooManyTerms': 'the query has more than {max} terms',
  'query.orPlacement': 'OR must stand between two terms ("a OR b")',
  'query.courtAlone': 'court: cannot be negated or joined with OR',
  'query.notCourt': '"{value}" is not a court id (for example mied, ca6)',
  'query.noWords': '"{value}" has no letters or digits to look for',
  'query.phraseTooLong': 'a phrase may have at most {max} words',
  'query.nosAlone': 'nos: cannot be negated or joined with OR',
  'query.exclusionOr': 'an -exclusion cannot be joined with OR',
  'query.onlyExclusions': 'the query excludes words but asks for none: give at least one word or filter',
  'query.onlyCourt': 'a court alone would propose every case of the court: add words or nos:',
  'query.unclosedQuote': 'a quoted phrase is not closed (a " is missing)',
  'query.emptyTerm': '{field, select, term {a term} other {{field}:}} is empty',
  'searchForm.invalid': 'This search cannot be read:',
  'searchForm.check':
    'If {email} can follow this search, we sent it an email. Your search starts when you open its link and confirm.',
  'searchConfirm.subject': 'Confirm your docketwatch saved search “{name}”',
  'searchConfirm.asked':
    'Someone (hopefully you) asked docketwatch to email {email} when a court feed carries a new case matching “{query}”.',
  'searchConfirm.action': 'Confirm this search',
  'searchConfirm.title': 'Start this saved search?',
  'searchConfirm.button': 'Start it',
  'searchConfirm.limit':
    '{email} already follows {max} saved searches. Stop one first (the link at the end of its emails), then confirm this one again.',
  'searchConfirm.done': 'Your saved search is on',
  'searchConfirm.doneBody':
    'docketwatch will email {email} when a court feed carries a new case matching “{query}”. Every email has a link to stop them.',
  // ---- a link that does not work ----
  'problem.expired': 'This link has expired',
  'problem.invalid': 'This link does not work',
  'problem.used': 'This link was used already',
  'problem.failed': 'That did not work',
  'problem.notFound': 'Subscription not found',
  'problem.searchGone': 'This saved search was removed',
  'problem.searchGoneBody': 'Nothing more will be sent for it.',
  'problem.subscription.expired': 'Subscribe again from the case page to get a new link.',
  'problem.subscription.invalid':
    'Copy the whole link from the email, or subscribe again from the case page.',
  'problem.search.expired': 'The maintainers can still track the case from their page.',
  'problem.search.invalid': 'Copy the whole link from the email.',
  'problem.follow.expired': 'Ask again on the saved-search form to get a new link.',
} as const;

export type MessageKey = keyof typeof en;
