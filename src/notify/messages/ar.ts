/**
 * Arabic (Modern Standard Arabic), right to left. Written by the engineer who added it, not yet
 * checked by a native speaker with legal experience: see docs/languages.md. The court is
 * "المحكمة" (no judge's gender is known); numbers follow the Arabic plural categories.
 */
import type { MessageKey } from './en.ts';

export const ar: Record<MessageKey, string> = {
  'date.unstated': 'تاريخ غير محدد',
  'days.left':
    '{days, plural, =0 {اليوم} =1 {غدًا} =2 {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}',
  'days.ago': '{days, plural, =1 {أمس} =2 {قبل يومين} few {قبل # أيام} many {قبل # يومًا} other {قبل # يوم}}',
  'until.furtherOrder': 'صدور أمر آخر من المحكمة',
  'until.appeal': 'يُفصل في الاستئناف',
  'until.term': '{term, select, final_judgment {صدور الحكم النهائي} end_of_case {انتهاء القضية} other {}}',
  'until.ruling':
    'أن تفصل المحكمة في {kind, select, pi {طلب الأمر القضائي التمهيدي} other {الطلب ({label})}}',
  'until.either': '{first} أو {second}',
  'entry.label':
    '{number, select, none {قيد غير مرقّم} other {{appellate, select, yes {المستند رقم {number}} other {قيد ECF رقم {number}}}}}',
  'court.appeals':
    '{court, select, ca1 {محكمة استئناف الدائرة الأولى} ca2 {محكمة استئناف الدائرة الثانية} ca3 {محكمة استئناف الدائرة الثالثة} ca4 {محكمة استئناف الدائرة الرابعة} ca5 {محكمة استئناف الدائرة الخامسة} ca6 {محكمة استئناف الدائرة السادسة} ca7 {محكمة استئناف الدائرة السابعة} ca8 {محكمة استئناف الدائرة الثامنة} ca9 {محكمة استئناف الدائرة التاسعة} ca10 {محكمة استئناف الدائرة العاشرة} ca11 {محكمة استئناف الدائرة الحادية عشرة} cadc {محكمة استئناف دائرة مقاطعة كولومبيا} cafc {محكمة الاستئناف للدائرة الفيدرالية} other {محكمة الاستئناف}}',
  who: '{who, select, class {أفراد الدعوى الجماعية} petitioners {مقدّمي الالتماس} plaintiffs {المدّعين} other {الأشخاص المشمولين به}}',
  'who.none':
    '{who, select, class {أيٍّ من أفراد الدعوى الجماعية} petitioners {أيٍّ من مقدّمي الالتماس} plaintiffs {أيٍّ من المدّعين} other {أيٍّ من الأشخاص المشمولين به}}',
  'who.anyone':
    '{who, select, class {أفراد الدعوى الجماعية} petitioners {مقدّمي الالتماس} plaintiffs {المدّعين} other {الأشخاص المشمولين به}}',

  'stay.headline':
    '{change, select, granted {{term, select, date {منح وقف{party, select, none {} other { لصالح {party}}} حتى {date}} until {منح وقف{party, select, none {} other { لصالح {party}}} حتى {until}} other {منح وقف{party, select, none {} other { لصالح {party}}}}}} expanded {{scope, select, nationwide {توسيع الوقف ليشمل البلاد كلها} other {توسيع الوقف}}{extended, select, yes {{term, select, date { وتمديده حتى {date}} until { وتمديده حتى {until}} other { وتمديده}}} other {}}} extended {{term, select, date {تمديد الوقف{party, select, none {} other { لصالح {party}}} حتى {date}} until {تمديد الوقف{party, select, none {} other { لصالح {party}}} حتى {until}} other {تمديد الوقف{party, select, none {} other { لصالح {party}}}}}} renewed {{term, select, date {منح الوقف مرة أخرى{party, select, none {} other { لصالح {party}}} حتى {date}} until {منح الوقف مرة أخرى{party, select, none {} other { لصالح {party}}} حتى {until}} other {منح الوقف مرة أخرى{party, select, none {} other { لصالح {party}}}}}} denied {انتهاء الوقف{party, select, none {} other { لصالح {party}}}: رفضته المحكمة} ruled {انتهاء الوقف{party, select, none {} other { لصالح {party}}}: فصلت المحكمة في الطلب الذي كان يستمر حتى الفصل فيه} tied {انتهاء الوقف{party, select, none {} other { لصالح {party}}}: انتهى الأمر الذي كان باقيًا معه} other {رفع الوقف{party, select, none {} other { لصالح {party}}}}}',
  'stay.opening':
    '{change, select, granted {منحت المحكمة وقفًا} expanded {{scope, select, nationwide {وسّعت المحكمة الوقف ليشمل أشخاصًا آخرين في جميع أنحاء البلاد} other {وسّعت المحكمة الوقف ليشمل أشخاصًا آخرين}}{extended, select, yes {، ومدّدته} other {}}} extended {مدّدت المحكمة الوقف} renewed {منحت المحكمة الوقف مرة أخرى} denied {رفضت المحكمة طلب الوقف، فانتهى الوقف الذي منحته حتى صدور أمر آخر منها} ruled {فصلت المحكمة في الطلب الذي كان هذا الأمر يستمر حتى الفصل فيه، فانتهى} tied {انتهى الأمر الذي أُبقي هذا الوقف ساريًا معه، فانتهى الوقف معه} other {رفعت المحكمة الوقف}}',
  'stay.removal':
    '{opening}: لا يجوز ترحيل {noOne}{transfer, select, yes { ولا نقلهم إلى خارج الدائرة القضائية} other {}} {term, select, date {قبل انتهاء الوقف في {date}} until {حتى {until}} other {ما دام الوقف ساريًا}}.',
  'stay.removal.lifted': '{opening}: لم يعد الوقف يحمي {who} من الترحيل.',
  'stay.removal.for':
    '{opening}: يحمي {parties} فقط{whole, select, yes {، وليس كل أفراد الدعوى الجماعية} other {}}، فلا يجوز ترحيلهم{transfer, select, yes { ولا نقلهم إلى خارج الدائرة القضائية} other {}} {term, select, date {قبل انتهاء الوقف في {date}} until {حتى {until}} other {ما دام الوقف ساريًا}}.',
  'stay.forParties': 'يشمل {parties} فقط{whole, select, yes {، وليس كل أفراد الدعوى الجماعية} other {}}.',
  'stay.scope':
    '{scope, select, removal_class {ترحيل أفراد الدعوى الجماعية} removal {الترحيل} removal_transfer {الترحيل والنقل إلى خارج الدائرة القضائية} transfer {النقل إلى خارج الدائرة القضائية} injunction_pending_appeal {الأمر القضائي الأولي أثناء الاستئناف} pending_appeal {سير الدعوى أثناء الاستئناف} deadlines {جدول المهل} briefing {تقديم المذكرات} discovery {تبادل الأدلة} execution {تنفيذ الحكم} other {سير الدعوى}}',
  'stay.scopeParties': '{how, select, between {بين {who}} other {بالنسبة إلى {who}}}',
  'stay.other':
    '{opening}: {what, select, none {القضية معلّقة} other {{what} معلّق}}{term, select, date { حتى {date}} until { حتى {until}} other {}}.',
  'stay.other.lifted':
    '{opening}: {what, select, none {يمكن أن تمضي القضية} other {يمكن أن يمضي {what}}} من جديد.',
  'stay.limitedTo.headline': 'الوقف أصبح الآن مقصورًا على {parties}',
  'stay.limitedTo':
    'رفعت المحكمة الوقف عن الجميع باستثناء {parties}: {removal, select, yes {هم وحدهم ما زالوا محميين من الترحيل} other {يبقى الوقف ساريًا بالنسبة إليهم فقط}}{term, select, date { حتى {date}} until { حتى {until}} other {}}.',
  'stay.liftedAsTo.headline': 'رُفع الوقف بالنسبة إلى {party} فقط',
  'stay.liftedAsTo':
    'رفعت المحكمة الوقف بالنسبة إلى {party} فقط: وبالنسبة إلى الآخرين {what, select, none {تبقى القضية معلّقة} other {يبقى {what} معلّقًا}}{term, select, date { حتى {date}} until { حتى {until}} other {}}{moved, select, yes {، بعد أن مدّده الأمر نفسه} other {}}.',
  'stay.refused.headline': 'رفض الوقف{what, select, none {} other {: {what}}}',
  'stay.refused.sentence':
    '{removal, select, yes {رفضت المحكمة وقف {what}: لا شيء في هذا الأمر يمنع الترحيل.} other {رفضت المحكمة وقف {what, select, none {سير الدعوى} other {{what}}}: لا يعلّق هذا الأمر أي شيء.}}',
  'stay.dismissed.headline': 'شطب الدعاوى{what, select, none {} other {: {what}}}',
  'stay.dismissed.sentence':
    'شطبت المحكمة الدعاوى{what, select, none {} other { المتعلقة بـ{what}}}: انتهى هذا الجزء من القضية، فلم يعد هناك ما هو معلّق، ولم تعد تلك المهل سارية.',
  'stay.appealEnded.headline':
    '{how, select, mandate {انتهى الوقف المرتبط بالاستئناف: صدر أمر إنفاذ حكم الاستئناف} other {انتهى الوقف المرتبط بالاستئناف: رُدّ الاستئناف}}',
  'stay.appealEnded.sentence':
    '{how, select, mandate {أصدرت {court} أمر إنفاذ حكمها في {date}} other {ردّت {court} الاستئناف في {date}}}، فانتهى الوقف{what, select, none {} other { الخاص بـ{what}}} الذي كان سيستمر طوال نظر الاستئناف: {removal, select, yes {لم يعد الوقف يحمي {who} من الترحيل} other {{what, select, none {لم تعد القضية معلّقة} other {لم يعد {what} معلّقًا}}}}.',
  'stay.byAppeal.headline':
    '{change, select, lifted {إلغاء الوقف في الاستئناف} renewed {عودة الوقف إلى السريان بعد الاستئناف} other {تعديل الوقف في الاستئناف}}',
  'stay.byAppeal':
    'أصبح قرار {court} الصادر في {decided} نافذًا: {change, select, lifted {أُلغي الأمر الذي منح الوقف، {removal, select, yes {فلم يعد الوقف يحمي {who} من الترحيل} other {{what, select, none {فلم تعد القضية معلّقة} other {فلم يعد {what} معلّقًا}}}}} renewed {أُلغي الأمر الذي رفع الوقف، فعاد الوقف ساريًا{term, select, date { حتى {date}} until { حتى {until}} other {}}{removal, select, yes {: وهو يحمي {who} من الترحيل} other {}}} other {تغيّر الوقف{what, select, none {} other { الخاص بـ{what}}}{term, select, date {؛ وأصبح يستمر حتى {date}} other {}}. اقرأ القرار لمعرفة ما يشمله الآن}}.',
  'stay.ordered': 'أمر بتاريخ {date}.',
  'stay.lapsed': 'كان الوقف السابق قد انتهى في {date}: ولم يكن ساريًا في الفترة بينهما.',
  'stayExpiring.headline':
    '{days, plural, =0 {ينتهي الوقف اليوم} =1 {ينتهي الوقف بعد يوم واحد} =2 {ينتهي الوقف بعد يومين} few {ينتهي الوقف بعد # أيام} many {ينتهي الوقف بعد # يومًا} other {ينتهي الوقف بعد # يوم}} ({date}){party, select, none {} other { لصالح {party}}}',
  'stayExpiring.sentence':
    '{days, plural, =0 {ينتهي الوقف اليوم} =1 {ينتهي الوقف غدًا} =2 {ينتهي الوقف بعد يومين} few {ينتهي الوقف بعد # أيام} many {ينتهي الوقف بعد # يومًا} other {ينتهي الوقف بعد # يوم}}، في {date}، ما لم تمدّده المحكمة.{removal, select, yes { بعد ذلك يمكن ترحيل {anyone}.} other {{what, select, none {} other { وهو يوقف: {what}.}}}}',

  'injunction.name':
    '{injunction, select, TRO {أمر تقييدي مؤقت} permanent_injunction {أمر قضائي دائم} agency_postponement {تأجيل سريان القاعدة} consent_decree {حكم رضائي} settlement {اتفاق تسوية} set_aside {إلغاء إجراء الجهة الحكومية} declaratory_judgment {حكم تقريري} injunction_pending_appeal {أمر قضائي أثناء الاستئناف} other {أمر قضائي أولي}}',
  'injunction.theName':
    '{injunction, select, TRO {الأمر التقييدي المؤقت} permanent_injunction {الأمر القضائي الدائم} agency_postponement {تأجيل سريان القاعدة} consent_decree {الحكم الرضائي} settlement {اتفاق التسوية} set_aside {إلغاء إجراء الجهة الحكومية} declaratory_judgment {الحكم التقريري} injunction_pending_appeal {الأمر القضائي أثناء الاستئناف} other {الأمر القضائي الأولي}}',
  'injunction.of': 'الصادر في {date}',
  'injunction.on': 'في {date}',
  'injunction.headline':
    '{action, select, granted {صدور {name}{on}} denied {رفض طلب {name}} extended {تمديد {theName}} modified {تعديل {theName}} dissolved {إنهاء {theName}} vacated {إلغاء {theName}} expired {انتهاء {theName}} other {تعليق {theName}}}',
  'injunction.replaces': 'ويحلّ محلّ {replaced} الذي لم يعد ساريًا.',
  'injunction.notCarried': 'ولا يحمي {theName} من ذلك.',
  'injunction.replacedByAgreement':
    'ويحلّ محلّ {replaced} الذي ينتهي في ذلك اليوم: ومنذ ذلك الحين تُطبَّق شروط {theName} بدلًا منه.',
  'injunction.sentence':
    '{action, select, granted {صدر عن المحكمة {name}{dated, select, yes { في {date}} other {}}، وهو أمر واجب التنفيذ {term, select, until {حتى {until}} other {طوال نظر القضية}}.} denied {رفضت المحكمة طلب {name}.} extended {مدّدت المحكمة {theName}{term, select, until { حتى {until}} other {}}.} modified {عدّلت المحكمة {theName}. اقرأ الأمر لمعرفة ما يشمله الآن.} dissolved {أنهت المحكمة {theName}: لم يعد ساريًا.} expired {انتهى {theName}: انقضت مدته{term, select, until { ({until})} other {}} ولم يُمدَّد. لم يعد ساريًا.} vacated {أُلغي {theName}{dated, select, yes { في {date}} other {}}: لم يعد ساريًا.} other {عُلّق {theName}: ليس ساريًا في الوقت الحالي.}}',

  'appeal.headline':
    '{outcome, select, reversed {نقض {named, select, none {الحكم} other {{named}}} في الاستئناف} vacated {إلغاء {named, select, none {الحكم} other {{named}}} في الاستئناف} affirmed {تأييد {named, select, none {الحكم} other {{named}}} {enBanc, select, yes {من المحكمة بكامل هيئتها} other {في الاستئناف}}} remanded {إعادة القضية إلى محكمة المقاطعة} partly {{affirmed, select, yes {تأييد {named, select, none {الحكم} other {{named}}} جزئيًا و{how, select, reversed {نقضه} other {إلغاؤه}} جزئيًا في الاستئناف} other {{how, select, reversed {نقض} other {إلغاء}} {named, select, none {الحكم} other {{named}}} جزئيًا في الاستئناف}}} dismissed {ردّ الاستئناف} recalled {سحب أمر إنفاذ حكم الاستئناف} stay_denied {{admin, select, yes {رفض التعليق الإداري} other {رفض تعليق الحكم أثناء الاستئناف}}} stay_granted {{admin, select, yes {تعليق مؤقت: } other {تعليق أثناء الاستئناف: }}{inPart, select, yes {جزء من } other {}}{ruling, select, none {الحكم المستأنف} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { («⁦{part}⁩»)}}} other {}}} reheard {{enBanc, select, yes {قبول إعادة نظر الاستئناف بكامل هيئة المحكمة} other {قبول إعادة نظر الاستئناف}}{decided, select, none {} other {: لم يعد القرار الصادر في {decided} قائمًا}}} certiorari_filed {تقديم التماس إلى المحكمة العليا لمراجعة القضية} rehearing_denied {{enBanc, select, yes {رفض إعادة نظر الاستئناف بكامل هيئة المحكمة} other {رفض إعادة نظر الاستئناف}}: يبقى القرار قائمًا} mandate_stayed {تأجيل أمر إنفاذ حكم الاستئناف: لم يصبح القرار نافذًا بعد} certiorari_denied {المحكمة العليا رفضت النظر في القضية} certiorari_judgment {المحكمة العليا فصلت في القضية} other {صدور أمر إنفاذ حكم الاستئناف}}',
  'appeal.sentence':
    '{outcome, select, reversed {نقضت {Court} {ruling, select, none {الحكم المستأنف} other {{ruling}}}{dated, select, yes { في {date}} other {}}{pending, select, yes {. ولا يسري ذلك إلا عند صدور أمر إنفاذ حكم الاستئناف: وحتى ذلك الحين {held, select, yes {{many, select, yes {تبقى الأحكام معلّقة وغير سارية} other {يبقى الحكم معلّقًا وغير سارٍ}}} other {{many, select, yes {تبقى الأحكام سارية} other {يبقى الحكم ساريًا}}}}.} other {: لم يعد قائمًا.}}} vacated {ألغت {Court} {ruling, select, none {الحكم المستأنف} other {{ruling}}}{dated, select, yes { في {date}} other {}}{pending, select, yes {. ولا يسري ذلك إلا عند صدور أمر إنفاذ حكم الاستئناف: وحتى ذلك الحين {held, select, yes {{many, select, yes {تبقى الأحكام معلّقة وغير سارية} other {يبقى الحكم معلّقًا وغير سارٍ}}} other {{many, select, yes {تبقى الأحكام سارية} other {يبقى الحكم ساريًا}}}}.} other {: لم يعد قائمًا.}}} affirmed {أيّدت {Court}{enBanc, select, yes { بكامل هيئتها} other {}} {ruling, select, none {الحكم المستأنف} other {{ruling}}}: يبقى كما هو.} remanded {أعادت {Court} القضية إلى محكمة المقاطعة لتفصل فيها من جديد.{pending, select, yes { وحتى صدور أمر إنفاذ حكمها، {many, select, yes {تبقى} other {يبقى}} {ruling, select, none {الحكم المستأنف} other {{ruling}}} {held, select, yes {{many, select, yes {معلّقة وغير سارية} other {معلّقًا وغير سارٍ}}} other {{many, select, yes {سارية كما هي} other {ساريًا كما هو}}}}.} other {}}{kept, select, yes { ولم تُلغِ {ruling}: {held, select, yes {{many, select, yes {تبقى معلّقة وغير سارية} other {يبقى معلّقًا وغير سارٍ}}} other {{many, select, yes {تبقى سارية} other {يبقى ساريًا}}}}.} other {}}} partly {{affirmed, select, yes {أيّدت {Court} جزءًا من {ruling, select, none {الحكم المستأنف} other {{ruling}}} و{how, select, reversed {نقضت} other {ألغت}} الباقي} other {{how, select, reversed {نقضت} other {ألغت}} {Court} جزءًا من {ruling, select, none {الحكم المستأنف} other {{ruling}}}، ويبقى الباقي قائمًا}}{remanded, select, yes {، وأعادت القضية إلى محكمة المقاطعة بشأن ذلك الجزء} other {}}{dated, select, yes { في {date}} other {}}.{pending, select, yes { ولا يسري {how, select, reversed {النقض} other {الإلغاء}} الجزئي إلا عند صدور أمر إنفاذ حكم الاستئناف: وحتى ذلك الحين يبقى {ruling, select, none {الحكم المستأنف} other {{ruling}}} {held, select, yes {معلّقًا وغير سارٍ} other {ساريًا كما هو}}.} other {}}} dismissed {ردّت {Court} الاستئناف{ruling, select, none {} other { المقدَّم ضد {ruling}}}{dated, select, yes { في {date}} other {}}: انتهى الاستئناف ويبقى أمر محكمة المقاطعة قائمًا.{stayEnded, select, yes { وما كان معلّقًا أثناء الاستئناف لم يعد معلّقًا.} other {}}} recalled {سحبت {Court} أمر إنفاذ حكمها{decided, select, none {} other {: لم يعد قرارها الصادر في {decided} نافذًا حتى يصدر أمر الإنفاذ مرة أخرى}}{ruling, select, none {} other {، ويبقى {ruling} ساريًا كما كان قبل ذلك القرار}}.} stay_denied {{admin, select, yes {{by, select, supreme_court {رفضت المحكمة العليا} other {رفضت {Court}}} تعليق {ruling, select, none {الحكم المستأنف} other {{ruling}}} فورًا: يبقى ساريًا ريثما تقرّر المحكمة ما إذا كانت ستعلّقه أثناء الاستئناف.} other {{by, select, supreme_court {رفضت المحكمة العليا} other {رفضت {Court}}} تعليق {ruling, select, none {الحكم المستأنف} other {{ruling}}} أثناء الاستئناف{adminEnded, select, yes {، وأنهت تعليقها المؤقت: يعود ساريًا.} other {: يبقى ساريًا.}}}}} stay_granted {{by, select, supreme_court {علّقت المحكمة العليا} other {علّقت {Court}}} {inPart, select, yes {جزءًا من } other {}}{ruling, select, none {الحكم المستأنف} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { («⁦{part}⁩»)}}} other {}} {admin, select, yes {مؤقتًا (تعليق إداري) ريثما تقرّر ما إذا كانت ستعلّقه أثناء الاستئناف: } other {أثناء الاستئناف: }}{inPart, select, yes {ذلك الجزء ليس ساريًا في الوقت الحالي، ويبقى الباقي ساريًا.} other {{admin, select, yes {ليس ساريًا في الأثناء.} other {ليس ساريًا في الوقت الحالي.}}}}} reheard {قبلت {Court} {enBanc, select, yes {إعادة نظر الاستئناف بكامل هيئتها وألغت} other {إعادة نظر الاستئناف وسحبت}} قرارها السابق{decided, select, none {} other { الصادر في {decided}}}: لم يعد ذلك القرار قائمًا.{ruling, select, none {} other { {many, select, yes {وتبقى} other {ويبقى}} {ruling} {held, select, yes {{many, select, yes {معلّقة وغير سارية} other {معلّقًا وغير سارٍ}}} other {{many, select, yes {سارية كما هي} other {ساريًا كما هو}}}} ريثما تفصل المحكمة في الاستئناف من جديد.}}} certiorari_filed {طلب الطرف الخاسر من المحكمة العليا النظر في القضية{decided, select, none {} other { في {decided}}}. وإلى أن تقرّر المحكمة العليا ما إذا كانت ستنظر فيها، لا يتغيّر شيء.} rehearing_denied {رفضت {Court} إعادة نظر الاستئناف{enBanc, select, yes { بكامل هيئتها} other {}}: يبقى قرارها{decided, select, none {} other { الصادر في {decided}}} قائمًا. ويصبح نافذًا عند صدور أمر الإنفاذ{due, select, none {} other {، المتوقع في {due}}}، ما لم تؤجّله المحكمة.} mandate_stayed {أجّلت {Court} نفاذ قرارها{decided, select, none {} other { الصادر في {decided}}}{until, select, none {} other { حتى {until}}}{cert, select, yes {{until, select, none { ريثما} other {، ولمدة أطول إذا}} يطلب الطرف الخاسر من المحكمة العليا النظر في القضية} other {}}: لا يتغيّر شيء في الوقت الحالي، وما يسري اليوم يبقى ساريًا.} certiorari_denied {رفضت المحكمة العليا النظر في القضية{decided, select, none {} other { في {decided}}}: يبقى قرار محكمة الاستئناف قائمًا.{stayEnded, select, yes { ما كان معلّقًا إلى أن يُبتّ في الالتماس لم يعد معلّقًا.} other {}}} certiorari_judgment {فصلت المحكمة العليا في القضية{decided, select, none {} other { في {decided}}} بعد أن قبلت النظر فيها. اقرأ قرارها لمعرفة ما يغيّره.{stayEnded, select, yes { ما كان معلّقًا حتى ذلك الحين لم يعد معلّقًا.} other {}}} other {أصدرت {Court} أمر إنفاذ حكمها{dated, select, yes { في {date}} other {}}: أصبح قرارها نافذًا الآن أمام محكمة المقاطعة.}}',
  'appeal.reinstated.headline': '{headline} (إعادة العمل بالقرار الصادر في {date})',
  'appeal.reinstated.sentence':
    'أعادت {Court} العمل بقرارها السابق الصادر في {date}: أصبح قائمًا من جديد. {sentence}',
  'appeal.ruling.changing':
    'الأمر الصادر في {date} {how, select, extending {بتمديد} other {بتعديل}} {theName}',
  'injunction.byAppeal':
    '{action, select, vacated {أصبح قرار {court}{decided, select, none {} other { الصادر في {decided}}} نافذًا الآن: أُلغي {theName} ولم يعد ساريًا.} other {أصبح قرار {court}{decided, select, none {} other { الصادر في {decided}}} نافذًا الآن: وقد عدّل {theName}. اقرأ القرار لمعرفة ما يشمله الآن.}}',
  'injunction.pendingAppeal.headline':
    '{admin, select, yes {{inPart, select, yes {تعليق جزئي مؤقت: {ruling}} other {تعليق مؤقت: {ruling}}}} other {{inPart, select, yes {تعليق جزئي أثناء الاستئناف: {ruling}} other {تعليق أثناء الاستئناف: {ruling}}}}}',
  'injunction.pendingAppeal':
    '{by, select, district {{inPart, select, yes {علّقت المحكمة جزءًا من {ruling} أثناء الاستئناف: يبقى ذلك الجزء معلّقًا حتى يُفصل في الاستئناف، ويبقى الباقي ساريًا.} other {منحت المحكمة تعليقًا أثناء الاستئناف: يبقى {ruling} معلّقًا حتى يُفصل في الاستئناف ولا يسري في الأثناء.}}} other {{by, select, supreme_court {علّقت المحكمة العليا} other {علّقت {court}}} {admin, select, yes {مؤقتًا {inPart, select, yes {جزءًا من {ruling}} other {{ruling}}} (تعليق إداري) ريثما تقرّر ما إذا كانت ستعلّقه أثناء الاستئناف: {inPart, select, yes {ويبقى الباقي ساريًا.} other {ليس ساريًا في الأثناء.}}} other {{inPart, select, yes {جزءًا من {ruling} أثناء الاستئناف: ويبقى الباقي ساريًا.} other {{ruling} أثناء الاستئناف: ليس ساريًا في الوقت الحالي.}}}}}}',
  'injunction.pendingAppeal.partOnHold':
    '{from, select, transfer_notice {الجزء المعلَّق هو الإخطار المطلوب قبل نقل {anyone}{out}.} transfer {الجزء المعلَّق هو حظر نقل {anyone}{out}.} removal {الجزء المعلَّق هو حظر ترحيل {anyone}.} removal_conditions {الجزء المعلَّق هو الشروط المفروضة على ترحيل {anyone}.} detention {الجزء المعلَّق هو ما يقوله الأمر عن احتجاز {anyone}.} detainer {الجزء المعلَّق هو حظر احتجاز {anyone} بموجب أمر احتجاز من سلطات الهجرة.} other {الجزء المعلَّق هو حماية {what} لـ{anyone}.}}',
  'injunction.pendingAppeal.certiorari':
    'ويستمر التعليق أيضًا حتى يُفصل في أي طلب مراجعة أمام المحكمة العليا: ينتهي إذا رُفض الطلب، أو بحكم المحكمة العليا إذا قُبل.',
  'injunction.resumed.headline':
    '{held, select, reversed {انتهاء التعليق أثناء الاستئناف: أُلغي الجزء المعلّق من {theName}} vacated {انتهاء التعليق أثناء الاستئناف: أُلغي الجزء المعلّق من {theName}} decided {انتهاء التعليق أثناء الاستئناف: {theName}} other {عودة سريان {theName}}}',
  'injunction.pausedUntil.headline': 'تعليق {theName} حتى {held}',
  'injunction.pausedUntil':
    'علّقت المحكمة {theName} حتى {held}: لا يُطبَّق حتى ذلك الحين، ويعود إلى السريان اعتبارًا من {again} ما لم تعلّقه محكمة مرة أخرى.',
  'injunction.endedByJudgment.headline': '{TheName}: انتهى بصدور الحكم النهائي',
  'injunction.endedByJudgment':
    'حكمت المحكمة ضد المدّعين وانتهت القضية{dated, select, yes { (الحكم النهائي بتاريخ {date})} other {}}: {theName}، الذي كان يسري فقط حتى صدور الحكم النهائي، انتهى ولم يعد ساريًا.',
  'relief.granted.headline':
    '{injunction, select, agency_postponement {تأجيل بدء سريان القاعدة (المادة 705 من الباب 5 من قانون الولايات المتحدة)} set_aside {ألغت المحكمة {object, select, none {إجراء الجهة الحكومية} other {{object}}}{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}} declaratory_judgment {حكم تقريري{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}} permanent_injunction {صدور أمر قضائي دائم{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}} injunction_pending_appeal {أمر قضائي أثناء الاستئناف لـ{parties} فقط} settlement {اعتماد اتفاق التسوية: ستُلزم المحكمة بتنفيذه} other {صدور حكم رضائي}}',
  'relief.granted':
    '{injunction, select, agency_postponement {أجّلت المحكمة بدء سريان القاعدة (المادة 705 من الباب 5 من قانون الولايات المتحدة){dated, select, yes { في {date}} other {}}: لن تدخل القاعدة حيّز التنفيذ {term, select, until {حتى {until}} other {طوال نظر القضية}}.} set_aside {ألغت المحكمة {object, select, none {إجراء الجهة الحكومية} other {{object}}}{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}{dated, select, yes { في {date}} other {}}: لم يعد له أي أثر قانوني (المادة 706(2) من الباب 5 من قانون الولايات المتحدة). هذا حكم نهائي: يبقى ساريًا ما لم تغيّره محكمة أعلى.} declaratory_judgment {أصدرت المحكمة حكمًا تقريريًا{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}{dated, select, yes { في {date}} other {}}: {object, select, none {قررت المحكمة حقوق الأطراف} other {قررت المحكمة أن {object}}}. هذا حكم نهائي: يبقى ساريًا ما لم تغيّره محكمة أعلى.} permanent_injunction {أصدرت المحكمة أمرًا قضائيًا دائمًا{whom, select, class { لصالح أفراد الدعوى الجماعية} plaintiffs { لصالح المدّعين} other {}}{dated, select, yes { في {date}} other {}}: أمر يجب الالتزام به من الآن، كحكم نهائي، ما لم تغيّره محكمة أعلى.} injunction_pending_appeal {أصدرت {by, select, appeals {{court}} other {المحكمة}} أمرًا قضائيًا أثناء الاستئناف{dated, select, yes { في {date}} other {}}: يحمي {parties} فقط، ولا أحد غيرهم، حتى يُفصل في الاستئناف أو تأمر المحكمة بغير ذلك.} settlement {اعتمدت المحكمة اتفاق التسوية{dated, select, yes { في {date}} other {}}: وهو اتفاق بين الطرفين ستُلزم المحكمة بتنفيذه، ويسري {term, select, until {حتى {until}} other {إلى أن تنهيه المحكمة}}.} consent_decree {أصدرت المحكمة حكمًا رضائيًا{dated, select, yes { في {date}} other {}}: وهو اتفاق بين الطرفين أقرّته المحكمة وستُلزم بتنفيذه، ويسري {term, select, until {حتى {until}} other {إلى أن تنهيه المحكمة}}.} other {}}',
  'relief.remanded.headline': 'إعادة إلى الجهة الحكومية دون إلغاء',
  'relief.remanded':
    'أعادت المحكمة {object, select, none {إجراء الجهة الحكومية} other {{object}}} إلى الجهة الحكومية دون إلغائه{dated, select, yes { في {date}} other {}}: يبقى ساريًا، ولا يمنح هذا الحكم أي حماية منه.',
  'relief.denied.headline': 'رفض طلب أمر قضائي أثناء الاستئناف',
  'relief.denied':
    'رفضت {by, select, appeals {{court}} other {المحكمة}} طلب أمر قضائي أثناء الاستئناف{dated, select, yes { في {date}} other {}}: لا يوجد أمر يحمي {parties} أثناء الاستئناف.',
  'relief.appealEnded.headline': 'انتهاء الأمر القضائي أثناء الاستئناف لـ{parties}',
  'relief.appealEnded':
    'انتهى الأمر القضائي أثناء الاستئناف لـ{parties}{dated, select, yes { في {date}} other {}}: {how, select, decided {فصلت محكمة الاستئناف في الاستئناف} dismissed {رُدّ الاستئناف} other {أصدرت محكمة الاستئناف أمر إنفاذ حكمها}}. لم يعد يحميهم.',
  'injunction.endsOn.headline': '{TheName}: ينتهي في {effective}',
  'injunction.endsOn':
    'أنهت المحكمة {theName} اعتبارًا من {effective}: يبقى ساريًا حتى ذلك اليوم.{injunction, select, agency_postponement { ومنذ ذلك اليوم يمكن أن تدخل القاعدة حيّز التنفيذ.} consent_decree { وتتوقف الحمايات التي يوفرها في ذلك اليوم.} settlement { وتتوقف الحمايات التي يوفرها في ذلك اليوم.} other {}}',
  'injunction.resumed':
    '{why, select, term {انتهى التعليق الذي قرّرته المحكمة{dated, select, yes { (اعتبارًا من {date})} other {}}} administrative {أنهت {by, select, supreme_court {المحكمة العليا} other {{court}}} تعليقها المؤقت (التعليق الإداري){dated, select, yes { في {date}} other {}}} lifted {رفعت {by, select, supreme_court {المحكمة العليا} other {{court}}} التعليق أثناء الاستئناف{dated, select, yes { في {date}} other {}}} mandate {أصدرت {court} أمر إنفاذ حكمها{dated, select, yes { في {date}} other {}}، فانتهى التعليق أثناء الاستئناف} certiorari {فصلت المحكمة العليا في طلب المراجعة{dated, select, yes { في {date}} other {}}، فانتهى التعليق الذي منحته} other {رُدّ الاستئناف{dated, select, yes { في {date}} other {}}، فانتهى التعليق أثناء الاستئناف}}: {held, select, reversed {أُلغي في الاستئناف الجزء الذي كان معلّقًا من {theName}: فلا يسري{term, select, yes {؛ ويسري {theName} حتى {until}} other {}}.} vacated {أُلغي في الاستئناف الجزء الذي كان معلّقًا من {theName}: فلم يعد يسري، ويبقى الباقي ساريًا{term, select, yes {؛ ويسري {theName} حتى {until}} other {}}.} decided {قرار محكمة الاستئناف هو الذي يحدّد الآن أي جزء من {theName} يسري{term, select, yes {؛ ويسري {theName} حتى {until}} other {}}.} other {{inPart, select, yes {يعود الجزء المعلّق من {theName} ساريًا.} other {يعود {theName} ساريًا.}}}}',

  'withdrawn.headline':
    '{headline} ({how, select, stricken {شُطب الأمر الذي حدّده} withdrawn {سُحب الأمر الذي حدّده} other {صدر الأمر الذي حدّده خطأً}})',
  'withdrawn.because':
    'والسبب أن {how, select, stricken {المحكمة شطبت الأمر الذي حدّد هذا الموعد} withdrawn {المحكمة سحبت الأمر الذي حدّد هذا الموعد} other {المحكمة ألغت الأمر الذي حدّد هذا الموعد لأنه صدر خطأً}} ({order}{dated, select, yes {، {date}} other {}}).',
  'deadline.untracked.headline': 'إلغاء موعد نهائي لم نكن نتابعه',
  'deadline.untracked.sentence': 'ألغى أمرٌ موعدًا نهائيًا لم نكن نتابعه: «{words}».',
  'deadline.headline':
    '{change, select, set {تحديد مهلة: {what}، تستحق {dated, select, yes {في {due}} other {{due}}}} current {مهلة: {what}، تستحق {dated, select, yes {في {due}} other {{due}}}} right {أفراد الدعوى الجماعية: آخر يوم {right, select, object {لتقديم الاعتراضات} opt_out {لطلب الاستبعاد} other {لتقديم مطالبة}}، {due}{only, select, none {} other { (بعض أفراد الدعوى الجماعية)}}} act {أمر المحكمة: {what}، في موعد أقصاه {due}} schedule {تغيّر تواتر مهلة: {what}، تستحق الآن {every}} moved {تغيير مهلة: {what}، تستحق الآن {dated, select, yes {في {due}} other {{due}}}} mooted {مهلة لم تعد سارية: {what}} relieved {لم تعد مستحقة: {what}} other {إلغاء مهلة: {what}}}',
  'deadline.sentence':
    '{change, select, set {مهلة جديدة: {what}{party} تستحق {dated, select, yes {في {due}} other {{due}}}{computed, select, none {} other {، كما أمرت المحكمة (كان نظام قلم المحكمة قد حسبها في {computed})}}.} current {مهلة: {what}{party} تستحق {dated, select, yes {في {due}} other {{due}}}{was, select, none {} other { (نُقلت من {was})}}.} right {على أفراد الدعوى الجماعية الذين يريدون {right, select, object {تقديم اعتراض} opt_out {الاستبعاد من الدعوى الجماعية} other {تقديم مطالبة}} أن يفعلوا ذلك {dated, select, yes {في موعد أقصاه {due}} other {خلال {due}}}، وهذا خيار لهم وليس التزامًا على الأطراف.{only, select, none {} other { هذا اليوم {only}؛ أما بقية أفراد الدعوى الجماعية فيبقى لهم اليوم المحدد من قبل.}}} act {أمرت المحكمة: {what}{party}، في موعد أقصاه {due}.} schedule {تغيّر تواتر مهلة: {what}{party} تستحق الآن {every} بدلًا من {wasEvery}، والمرة القادمة في {due}.} moved {تغيّرت مهلة: {what}{party} تستحق الآن {dated, select, yes {في {due}} other {{due}}}{was, select, none {} other { (كانت في {was})}}.} mooted {مهلة لم تعد سارية: {what}{party} لم تعد مستحقة{was, select, none {} other { في {was}}}.} relieved {لم تعد مستحقة: {what}{party}. أعفت المحكمة {who} من هذا الالتزام.} other {أُلغيت مهلة: {what}{party} لم تعد مستحقة{was, select, none {} other { في {was}}}.}}',
  'at.time': '{date} الساعة {time}',
  'filingMissing.headline': 'مستند متوقَّع لم يُقدَّم: {what}',
  'filingMissing.sentence':
    '{party, select, none {كان يجب تقديم {what} بحلول {date}} other {كان أمام {party} حتى {date} لتقديم {what}}}، ولم يظهر في سجل القضية بعد.',
  'hearing.manner': '{name} {how, select, phone {عبر الهاتف} video {عبر الفيديو} other {بالحضور الشخصي}}',
  'hearing.name':
    '{hearing, select, motion_hearing {جلسة بشأن طلب} status_conference {جلسة لمتابعة سير القضية} status_hearing {جلسة استماع لمتابعة سير القضية} scheduling_conference {جلسة لتحديد الجدول الزمني} oral_argument {جلسة مرافعة شفوية} evidentiary_hearing {جلسة للاستماع إلى الأدلة} sentencing {جلسة النطق بالعقوبة} trial {جلسة محاكمة} conference {جلسة تشاورية} telephone_conference {جلسة تشاورية عبر الهاتف} pretrial_conference {جلسة تمهيدية قبل المحاكمة} final_pretrial_conference {جلسة تمهيدية أخيرة قبل المحاكمة} settlement_conference {جلسة تسوية} bond_hearing {جلسة بشأن الكفالة} detention_hearing {جلسة بشأن الاحتجاز} show_cause_hearing {جلسة لبيان الأسباب} preliminary_injunction_hearing {جلسة بشأن الأمر القضائي الأولي} arraignment {جلسة توجيه الاتهام} jury_trial {جلسة محاكمة أمام هيئة محلفين} bench_trial {جلسة محاكمة دون هيئة محلفين} other {جلسة}}',
  'party.role':
    '{role, select, respondent {المدعى عليه} respondents {المدعى عليهم} petitioner {مقدّم الالتماس} petitioners {مقدّمو الالتماس} plaintiff {المدّعي} plaintiffs {المدّعون} defendant {المدعى عليه} defendants {المدعى عليهم} government {الحكومة} movant {مقدّم الطلب} movants {مقدّمو الطلب} debtor {المدين} debtors {المدينون} appellant {المستأنِف} appellants {المستأنِفون} appellee {المستأنَف ضده} appellees {المستأنَف ضدهم} intervenor {المتدخّل} intervenors {المتدخّلون} parties {الأطراف} counsel {المحامون} class_counsel {محامو الدعوى الجماعية} trustee {أمين التفليسة} creditor {الدائن} creditors {الدائنون} other {أحد الأطراف}}',
  'deadline.act':
    '{act, select, response {ردّ{ref, select, none {} other { على {ref}}}} reply {مذكرة تعقيب{ref, select, none {} other { بشأن {ref}}}} answer {الردّ على صحيفة الدعوى{ref, select, none {} other { ({ref})}}} other {مستند{ref, select, none {} other { ({ref})}}}}',
  'deadline.paper':
    '{paper, select, opposition {مذكرة اعتراض{ref, select, none {} other { على {ref}}}} objections {اعتراضات{ref, select, none {} other { على {ref}}}} joint_status_report {تقرير مشترك عن سير القضية} status_report {تقرير عن سير القضية} report {تقرير مكتوب إلى المحكمة} compliance_report {تقرير عن الامتثال} compliance {إقرار بالامتثال{ref, select, none {} other { لـ{ref}}}} show_cause {ردّ مكتوب على أمر بيان الأسباب} brief {مذكرة} supplemental_brief {مذكرة تكميلية} motion {طلب} motion_pi {طلب أمر قضائي أولي} amended_pleading {صحيفة دعوى معدّلة} class_object {آخر يوم لتقديم أفراد الدعوى الجماعية اعتراضاتهم} class_opt_out {آخر يوم لطلب أفراد الدعوى الجماعية استبعادهم منها} class_claim {آخر يوم لتقديم أفراد الدعوى الجماعية مطالباتهم} other {مستند}}',
  'deadline.every':
    '{unit, select, months {{n, plural, one {كل شهر} =2 {كل شهرين} =3 {كل ثلاثة أشهر (كل ربع سنة)} =6 {كل ستة أشهر} =12 {كل سنة} few {كل # أشهر} many {كل # شهرًا} other {كل # شهر}}} weeks {{n, plural, one {كل أسبوع} =2 {كل أسبوعين} few {كل # أسابيع} many {كل # أسبوعًا} other {كل # أسبوع}}} other {{n, plural, one {كل يوم} =2 {كل يومين} few {كل # أيام} many {كل # يومًا} other {كل # يوم}}}}',
  'deadline.inAppeal': '{what} (الاستئناف رقم {docket})',
  'deadline.theParty': 'الطرف',
  'court.transferred.headline':
    '{direction, select, in {نُقلت القضية إلى هذه المحكمة من {court}} other {نُقلت القضية إلى {court}}}',
  'court.transferred':
    '{direction, select, in {نُقلت القضية إلى هذه المحكمة من {court}{dated, select, yes { في {date}} other {}}{number, select, none {} other { (رقمها هناك: {number})}}.} other {نقلت المحكمة القضية إلى {court}{dated, select, yes { في {date}} other {}}{number, select, none {} other {، ورقمها هناك {number}}}. تستمر القضية هناك، وتبقى الأوامر الصادرة سارية إلى أن تبتّ فيها تلك المحكمة.}}',
  'deadline.conditional': 'في اليوم الذي يحدده شرط الأمر «{words}» (دون تاريخ بعد)',
  'deadline.period':
    '{direction, select, before {قبل} other {بعد}} {unit, select, hours {{n, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}} days {{n, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}} business_days {{n, plural, zero {# يوم عمل} one {يوم عمل واحد} two {يوما عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}}} weeks {{n, plural, zero {# أسبوع} one {أسبوع واحد} two {أسبوعان} few {# أسابيع} many {# أسبوعًا} other {# أسبوع}}} months {{n, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}} other {{n, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}}} من {event, select, mandate {إصدار محكمة الاستئناف أمر إنفاذ حكمها} notice_of_appeal {تقديم إشعار الاستئناف} judgment {صدور الحكم} other {{words}}} (دون تاريخ بعد)',
  'deadline.onlyFor': 'فقط لأفراد الدعوى الجماعية الذين يصفهم الأمر هكذا: {group}',
  'deadline.setIn': 'المهلة المحددة في {label}',
  'deadline.note':
    '{note, select, recurring {متكرّرة} local_rule {مهلة افتراضية بموجب القواعد المحلية للمحكمة} cmecf {حسبها نظام المحكمة CM/ECF} motion_docket {تاريخ نظر الطلب كما حسبه نظام المحكمة CM/ECF} other {}}',
  'hearing.headline':
    '{change, select, set {تحديد موعد: {name} في {date}} moved {موعد جديد: {name} في {date}} other {إلغاء: {name}}}',
  'hearing.where':
    '{how, select, none {} other {ستُعقد {how, select, phone {عبر الهاتف} video {عبر الفيديو} other {بالحضور الشخصي}}{place, select, none {} other { في القاعة {place}}}.}}{how, select, none {{place, select, none {} other {ستُعقد في القاعة {place}.}}} other {}}{join, select, yes { يذكر الأمر طريقة الانضمام (رابط أو بيانات الاتصال)؛ لا ينسخها docketwatch — اسألوا المحامين أو قلم المحكمة.} other {}}',
  'hearing.sentence':
    '{change, select, set {حدّدت المحكمة موعدًا: {name} في {when}.} moved {تغيّر الموعد: {name}{was, select, none { أصبحت في {when}} other { نُقلت من {was} إلى {when}}}.} other {أُلغي الموعد: {name}{was, select, none {} other { في {was}}}.}}',

  'entry.kind':
    '{kind, select, order {أمر} opinion {رأي المحكمة} judgment {حكم} mandate {أمر إنفاذ} minute_entry {محضر جلسة} notice_of_appeal {إخطار بالاستئناف} motion {طلب} response {رد} reply {رد على الرد} stipulation {اتفاق بين الطرفين} status_report {تقرير عن سير القضية} pleading {مذكرة} notice {إخطار} transcript {محضر حرفي} other {قيد}}',
  'entry.paper.headline':
    '{paper, select, appellee_brief {تقديم مذكرة المستأنف ضده} appellant_brief {تقديم مذكرة المستأنف} reply_brief {تقديم مذكرة الرد} rehearing_petition {تقديم عريضة إعادة نظر الاستئناف} amicus_brief {تقديم مذكرة صديق المحكمة} other {تقديم مذكرة}} ({label})',
  'entry.paper.sentence':
    'قُدّمت {paper, select, appellee_brief {مذكرة المستأنف ضده} appellant_brief {مذكرة المستأنف} reply_brief {مذكرة الرد} rehearing_petition {عريضة إعادة نظر الاستئناف} amicus_brief {مذكرة صديق المحكمة} other {مذكرة}} ({label}){filed, select, none {} other {، بتاريخ {filed}}}.',
  'entry.headline': 'جديد في سجل القضية: {kindName} ({label})',
  'entry.sentence':
    'أضافت المحكمة إلى سجل القضية: {kindName} ({label}){filed, select, none {} other {، بتاريخ {filed}}}.',
  'entry.appeals.headline': '{kind, select, judgment {حكم} other {رأي}} {court} ({label})',
  'entry.appeals.sentence':
    'أصدرت {court} {kind, select, judgment {حكمها} other {رأيها}} ({label}){filed, select, none {} other {، بتاريخ {filed}}}.',
  'entry.step.headline':
    '{step, select, argued {انتهت المرافعة الشفوية وأُحيلت القضية إلى المحكمة للفصل فيها} submitted {أُحيلت القضية إلى المحكمة للفصل فيها بناءً على المذكرات المكتوبة} heard {عُقدت جلسة المرافعة الشفوية} other {تحديد موعد للمرافعة الشفوية في الاستئناف}} ({label})',
  'entry.step.sentence':
    '{step, select, argued {ترافع المحامون شفويًا أمام قضاة {court}، وأُحيلت القضية إليهم للفصل فيها} submitted {أُحيلت القضية إلى قضاة {court} للفصل فيها بناءً على المذكرات المكتوبة، دون مرافعة شفوية} heard {استمع قضاة {court} إلى المرافعة الشفوية في الاستئناف} other {حدّدت {court} موعدًا للمرافعة الشفوية في الاستئناف}} ({label}){filed, select, none {} other {، بتاريخ {filed}}}.{step, select, calendared {} other { لا يتغيّر شيء حتى يصدر القضاة قرارهم.}}',
  'entryUpdated.headline': '{Label}: اكتملت بياناته',
  'entryUpdated.sentence': 'اكتملت بيانات {label} لاحقًا.',

  'message.intro':
    '{count, plural, =1 {هذا ما حدث للتو في سجل القضية:} =2 {حدث أمران للتو في سجل القضية:} few {حدثت # أمور للتو في سجل القضية:} many {حدث # أمرًا للتو في سجل القضية:} other {حدث # أمر للتو في سجل القضية:}}',
  'message.more': ' (+{count} أخرى)',
  'message.englishNote': 'نصوص المحكمة (بين علامات الاقتباس) منقولة بالإنجليزية كما كتبتها المحكمة.',
  'digest.changed': '{same, select, yes {ما تغيّر في {from}} other {ما تغيّر من {from} إلى {to}}}',
  'digest.section':
    '{section, select, rulings {الوقف والأوامر القضائية والأحكام} deadlines {تغييرات المهل} hearings {الجلسات} sources {المصادر} filled {قيود اكتملت لاحقًا} alerted {أُرسل إليك بالفعل كتنبيهات} other {أخرى}}',
  'digest.new':
    'جديد: {kind, select, order {أوامر} opinion {آراء المحكمة} judgment {أحكام} mandate {أوامر إنفاذ} minute_entry {محاضر جلسات} notice_of_appeal {إخطارات بالاستئناف} motion {طلبات} response {ردود} reply {ردود على الردود} stipulation {اتفاقات بين الطرفين} status_report {تقارير عن سير القضية} pleading {مذكرات} notice {إخطارات} transcript {محاضر حرفية} other {قيود أخرى}} ({count})',
  'digest.needsReview':
    '{count, plural, =1 {قيد واحد يحتاج إلى أن يقرأه شخص: وجد docketwatch فيه تواريخ أو كلمات عن جلسات أو وقف أو مهل لم يستطع قراءتها بثقة. وهو مذكور في صفحة القضية.} =2 {قيدان يحتاجان إلى أن يقرأهما شخص: وجد docketwatch فيهما تواريخ أو كلمات عن جلسات أو وقف أو مهل لم يستطع قراءتها بثقة. وهما مذكوران في صفحة القضية.} few {# قيود تحتاج إلى أن يقرأها شخص: وجد docketwatch فيها تواريخ أو كلمات عن جلسات أو وقف أو مهل لم يستطع قراءتها بثقة. وهي مذكورة في صفحة القضية.} many {# قيدًا تحتاج إلى أن يقرأها شخص: وجد docketwatch فيها تواريخ أو كلمات عن جلسات أو وقف أو مهل لم يستطع قراءتها بثقة. وهي مذكورة في صفحة القضية.} other {# قيد تحتاج إلى أن يقرأها شخص: وجد docketwatch فيها تواريخ أو كلمات عن جلسات أو وقف أو مهل لم يستطع قراءتها بثقة. وهي مذكورة في صفحة القضية.}}',
  'digest.appeal':
    '{Court}، الاستئناف رقم {docket}: {count, plural, =0 {لا قيود جديدة} =1 {قيد جديد واحد} =2 {قيدان جديدان} few {# قيود جديدة} many {# قيدًا جديدًا} other {# قيد جديد}}',
  'digest.headline.entries':
    '{count, plural, =1 {قيد جديد واحد في سجل القضية} =2 {قيدان جديدان في سجل القضية} few {# قيود جديدة في سجل القضية} many {# قيدًا جديدًا في سجل القضية} other {# قيد جديد في سجل القضية}}',
  'digest.headline.filled':
    '{count, plural, =1 {اكتمل قيد واحد} =2 {اكتمل قيدان} few {اكتملت # قيود} many {اكتمل # قيدًا} other {اكتمل # قيد}}',
  'digest.headline.next': '{what}؛ المهلة التالية {days}',
  'digest.headline.alerted':
    'أين وصلت القضية ({count, plural, =1 {تغيير واحد أُرسل إليك} =2 {تغييران أُرسلا إليك} few {# تغييرات أُرسلت إليك} many {# تغييرًا أُرسلت إليك} other {# تغيير أُرسلت إليك}} كتنبيهات)',
  'posture.title': 'أين وصلت القضية',
  'posture.notRead': 'لم يقرأ docketwatch سجل هذه القضية بعد، لذلك لا يستطيع أن يقول ما هو ساري المفعول.',
  'posture.nothing': 'لا شيء ساري المفعول: لا وقف ولا أمر قضائي.',
  'posture.inForce': 'ساري المفعول',
  'posture.term':
    '{term, select, date {حتى {date} ({days})} until {حتى {until}} other {دون تاريخ انتهاء محدد}}',
  'posture.since': '، منذ {date}',
  'list.and': ' و',
  'posture.name': '{kind, select, removal {وقف ترحيل {who}} other {وقف: {what}}}',
  'posture.sooner':
    '؛ أو حتى تفصل المحكمة في {kind, select, pi {طلب الأمر القضائي التمهيدي} other {الطلب ({label})}}، أيهما أقرب',
  'injunction.sooner':
    'وينتهي قبل ذلك إذا فصلت المحكمة في {kind, select, pi {طلب الأمر القضائي التمهيدي} other {الطلب ({label})}} قبل ذلك اليوم.',
  'posture.modified': '؛ ساري المفعول بالتعديلات التي أدخلها {changes}',
  'posture.modifiedBy':
    '{by, select, appeals {قرار {court} الصادر في {decided} (نافذ منذ {date}{label, select, none {} other {، {label}}})} other {الأمر الصادر في {date}{label, select, none {} other { ({label})}}}}',
  'posture.onAppeal':
    '؛ {action, select, vacated {ألغته {court}} other {ألغت {court} جزءًا منه}} في {date}: يبقى ساريًا حتى صدور أمر إنفاذ حكمها',
  'posture.onHold': 'معلّق (غير سارٍ)',
  'posture.onHoldRow':
    '{name} الصادر في {date}: {pending, select, administrative {معلّق مؤقتًا: علّقته {court} في {held} ريثما تقرّر ما إذا كانت ستعلّقه أثناء الاستئناف} yes {{decided, select, none {معلّق حتى يُفصل في الاستئناف} other {معلّق: {part, select, yes {ألغت {court} جزءًا منه} other {ألغته {court}}} في {decided}، ويسري ذلك عند صدور أمر إنفاذ حكمها}} (عُلّق أثناء الاستئناف في {held})} certiorari {معلّق حتى يُفصل في الاستئناف وفي أي طلب مراجعة أمام المحكمة العليا (عُلّق في {held})} other {{until, select, none {معلّق منذ {held}} other {معلّق حتى {until}، ويعود إلى السريان اعتبارًا من {again}}}}}',
  'posture.stayedInPart':
    '؛ {by, select, district {علّقت المحكمة} supreme_court {علّقت المحكمة العليا} other {علّقت {court}}} جزءًا منه {admin, select, yes {مؤقتًا في {date} ريثما تقرّر ما إذا كانت ستعلّقه أثناء الاستئناف} other {أثناء الاستئناف في {date}}}{part, select, none {} other { ({part})}}: ذلك الجزء معلّق',
  'posture.modifiedPart':
    ' ({act, select, vacated {أُلغي} stayed {عُلّق} other {عُدّل}} {reach, select, except {مع هذا الاستثناء: {words}؛ يبقى هذا الجزء ساريًا} other {{lead, select, own {} other {فقط فيما يخص }}{words}؛ ويبقى الباقي ساريًا}})',
  'posture.reheard':
    '؛ ألغت {court} قرارها{decided, select, none {} other { الصادر في {decided}}} عند قبولها {enBanc, select, yes {إعادة النظر بكامل هيئتها} other {إعادة النظر}} في {date}: لم يعد ذلك القرار قائمًا',
  'deadline.partOnHold': '(جزء منه معلّق أثناء الاستئناف: {part})',
  'posture.nextDeadlines': 'المهل القادمة',
  'posture.noDeadlines': 'لا توجد مهل قادمة.',
  'posture.onlyPapers':
    '{count, plural, one {لا توجد مهل قادمة سوى مذكرة واحدة على المحامين تقديمها في {next}.} other {لا توجد مهل قادمة سوى مذكرات على المحامين تقديمها (عددها #)، أولها في {next}.}}',
  'posture.alsoPapers':
    '{count, plural, one {وعلى المحامين أيضًا تقديم مذكرة واحدة (مذكرة أو ردّ أو ما شابه) في {next}.} other {وعلى المحامين أيضًا تقديم مذكرات (عددها #، من مذكرات أو ردود أو ما شابه)، أولها في {next}.}}',
  'posture.nextHearings': 'الجلسات القادمة',
  'link.entry': 'القيد في سجل القضية',
  'link.document': 'المستند',
  'link.casePage': 'هذه القضية على docketwatch',
  'link.docket': 'سجل القضية لدى المحكمة',
  'link.keyDates': 'التواريخ المهمة (أضفها إلى تقويمك)',
  audience: '{audience, select, legal {الفريق القانوني} maintainer {القائمون على الموقع} other {لغة مبسّطة}}',
  'footer.why': 'تصلك هذه الرسالة لأنك تتابع {title} على docketwatch ({audience}).',
  'footer.manage': 'إدارة اشتراكك',
  'footer.unsubscribe': 'إلغاء الاشتراك',

  'welcome.subject': 'أنت الآن تتابع {title}',
  'welcome.intro':
    'تم تأكيد اشتراكك. {frequency, select, immediate {ستصلك رسالة فور حدوث أي شيء في سجل القضية.} weekly {ستصلك الأخبار العاجلة فورًا (وقف، أمر قضائي، حكم، مهلة حدّدتها المحكمة) وملخص لكل ما عدا ذلك مرة في الأسبوع.} other {ستصلك الأخبار العاجلة فورًا (وقف، أمر قضائي، حكم، مهلة حدّدتها المحكمة) وملخص لكل ما عدا ذلك مرة في اليوم.}}',
  'welcome.now': 'هذا هو وضع القضية اليوم:',
  'page.footer': 'يقرأ docketwatch سجلات المحاكم العامة. قد يخطئ أو يتأخر: سجل المحكمة هو المرجع الرسمي.',
  'page.cases': 'القضايا المتابَعة',
  'page.languages': 'اقرأ هذه الصفحة بـ:',
  'page.englishOnly': 'سجل القضية أدناه بالإنجليزية، كما كتبته المحكمة.',
  'follow.title': 'متابعة هذه القضية',
  'follow.calendar': 'تقويم الفريق القانوني (المهل والجلسات وأوامر الوقف، بالإنجليزية)',
  'follow.feed': 'موجز Atom بالقيود الجديدة (بالإنجليزية)',
  'form.title': 'تلقَّ التحديثات بالبريد الإلكتروني',
  'form.email': 'البريد الإلكتروني',
  'form.which': 'أي الرسائل',
  'form.advocate':
    'بلغة مبسطة: الوقف والأوامر القضائية والقرارات والجلسات والاستئناف والمهل التي تحددها المحكمة',
  'form.legal': 'الفريق القانوني: كل مستند وكل مهلة، بالإنجليزية',
  'form.often': 'كم مرة',
  'form.immediate': 'كل رسالة فور حدوثها',
  'form.daily': 'الأخبار العاجلة فورًا، وكل ما عدا ذلك في رسالة واحدة يوميًا',
  'form.weekly': 'الأخبار العاجلة فورًا، وكل ما عدا ذلك في رسالة واحدة أسبوعيًا',
  'form.language': 'لغة الرسائل',
  'form.languageNote': 'تبقى نصوص سجل القضية ومستندات المحكمة بالإنجليزية.',
  'form.submit': 'اشترك',
  'form.invalid': 'يرجى مراجعة النموذج:',
  'form.hint': 'نرسل رسالة واحدة للتأكيد. لا يُرسل أي شيء آخر حتى تضغط على الرابط فيها.',
  'form.off': 'التحديثات بالبريد الإلكتروني غير مفعّلة على هذا الخادم.',
  'subscribe.title': 'متابعة {title}',
  'subscribe.pick': 'اختر قضية لمتابعتها:',
  'check.title': 'تحقّق من بريدك الإلكتروني',
  'check.body':
    'إذا كان بإمكان {email} تلقي التحديثات عن {title}، فقد أرسلنا إليه رسالة. افتح الرابط الذي فيها لبدء التحديثات أو لتغييرها.',
  'check.hint': 'لن يتغير شيء حتى تضغط على الرابط.',
  'confirmed.title': 'تم تأكيد الاشتراك',
  'confirmed.body': 'سيتلقى {email} تحديثات عن {title} ({what}).',
  'confirmed.welcome':
    'أرسلنا رسالة ترحيب فيها وضع القضية الآن. في كل رسالة رابط لتغيير التحديثات أو إيقافها.',
  'confirmed.manage': 'تغيير التحديثات أو إيقافها',
  describe:
    '{audience, select, legal {الفريق القانوني} maintainer {القائمون على الموقع} other {لغة مبسّطة}}، {frequency, select, immediate {كل رسالة فورًا} weekly {الأخبار العاجلة فورًا والباقي مرة في الأسبوع} other {الأخبار العاجلة فورًا والباقي مرة في اليوم}}',
  'manage.title': 'اشتراكك',
  'manage.follows': '{email} يتابع {title}.',
  'manage.status':
    '{status, select, pending {بانتظار رابط التأكيد.} active {فعّال.} unsubscribed {ملغى.} other {متوقف: رُفض البريد المرسل إلى هذا العنوان.}}',
  'manage.saved': 'تم الحفظ.',
  'manage.save': 'حفظ',
  'unsubscribe.title': 'إلغاء الاشتراك',
  'unsubscribe.question': 'إيقاف الرسائل إلى {email} عن {title}؟',
  'unsubscribe.generic': 'إيقاف هذه الرسائل؟',
  'unsubscribe.done': 'تم إلغاء الاشتراك',
  'unsubscribe.doneBody': 'لن يتلقى {email} أي رسائل أخرى عن {title}.',
  'people.covered':
    '{scope, select, nationwide {المشمولون: {class}، في جميع أنحاء البلاد.} district {المشمولون: {class}، في دائرة اختصاص هذه المحكمة.} named {المشمولون: {class} (الأشخاص المذكورون في القضية).} other {المشمولون: {class}.}}',
  'people.decertified':
    'لم تعد هناك فئة: ألغت المحكمة اعتماد الدعوى الجماعية في أمرها الصادر في {date} ({label}). تستمر القضية فقط للأشخاص المذكورين فيها بأسمائهم.',
  'people.subclassDecertified':
    'ألغت المحكمة اعتماد الفئة الفرعية {subclass} في أمرها الصادر في {date} ({label}): من كانوا فيها فقط لم يعودوا مشمولين.',
  'posture.limitedTo':
    '{grant, select, yes {؛ مقصور على {parties} ولا يشمل أي شخص آخر} other {؛ أصبح الآن مقصورًا على {parties} (أمر {date}، {label})، ولم يعد يشمل أي شخص آخر}}',
  'court.party':
    '{role, select, named {الأشخاص المذكورين في القضية بأسمائهم} defendants {المدعى عليهم} defendant {المدعى عليه} respondents {المدعى عليهم} respondent {المدعى عليه} plaintiffs {المدعين} plaintiff {المدعي} petitioners {مقدمي الالتماس} petitioner {مقدم الالتماس} none {أحد الأطراف} other {{name}}}',
  'court.decertified.headline':
    '{subclass, select, none {إلغاء اعتماد الدعوى الجماعية} other {إلغاء اعتماد الفئة الفرعية {subclass}}}',
  'court.judgment.headline':
    '{party, select, defendants {صدور حكم لصالح المدعى عليهم} other {صدور حكم لصالح المدعين}}',
  'court.judgment':
    '{party, select, defendants {أصدرت المحكمة حكمًا نهائيًا لصالح المدعى عليهم{dated, select, yes { في {date}} other {}}: حُسمت القضية ضد من رفعوها، ما لم تغيّر ذلك محكمة أعلى.} other {أصدرت المحكمة حكمًا نهائيًا لصالح المدعين{dated, select, yes { في {date}} other {}}.{unread, select, yes { لا يذكر نص القيد ما يمنحه الحكم: اقرأ الحكم لمعرفة ما يأمر به.} other {}}}}',
  'court.certified.headline':
    '{subclass, select, none {{provisional, select, yes {اعتماد الدعوى الجماعية مؤقتًا} other {اعتماد الدعوى الجماعية}}} other {{provisional, select, yes {اعتماد الفئة الفرعية {subclass} مؤقتًا} other {اعتماد الفئة الفرعية {subclass}}}}}',
  'court.certified':
    '{subclass, select, none {{provisional, select, yes {اعتمدت المحكمة الدعوى الجماعية مؤقتًا} other {اعتمدت المحكمة الدعوى الجماعية}}{dated, select, yes { في {date}} other {}}: الأوامر التي تحمي أفراد الدعوى الجماعية تشمل الآن كل من ينتمي إليها، وليس فقط الأشخاص المذكورين في القضية بأسمائهم.} other {{provisional, select, yes {اعتمدت المحكمة الفئة الفرعية {subclass} مؤقتًا} other {اعتمدت المحكمة الفئة الفرعية {subclass}}}{dated, select, yes { في {date}} other {}}: الأوامر التي تحمي هذه الفئة الفرعية تشمل كل من ينتمي إليها.}}',
  'court.certified.definition': 'الفئة، بكلمات المحكمة: {definition}.',
  'court.decertified':
    '{subclass, select, none {ألغت المحكمة اعتماد الدعوى الجماعية{dated, select, yes { في {date}} other {}}: {limited, select, none {تستمر القضية فقط للأشخاص المذكورين فيها بأسمائهم، وليس لبقية من كانت الدعوى الجماعية تشملهم.} other {أصبح {ruling} يحمي {parties} فقط، وليس بقية من كانت الدعوى الجماعية تشملهم.}}} other {ألغت المحكمة اعتماد الفئة الفرعية {subclass}{dated, select, yes { في {date}} other {}}: الأشخاص الذين كانوا في القضية بصفتهم أعضاء في هذه الفئة الفرعية فقط لم تعد القضية تشملهم. تبقى بقية الفئة معتمدة.}}',
  'injunction.term.headline': '{TheName}: ساري حتى {until}',
  'injunction.term':
    '{TheName} ساري حتى {until}{was, select, none {} other { (كان من المقرر أن ينتهي في {was})}}: هذا ما ينص عليه أمر المحكمة{dated, select, yes { الصادر في {date}} other {}}.',
  'injunction.part.headline':
    '{reach, select, except {{act, select, vacated {يبقى جزء فقط من {theName} ساريًا} stayed {علّقت المحكمة {theName} باستثناء جزء منه} other {عدّلت المحكمة {theName} باستثناء جزء منه}}} other {{act, select, vacated {ألغت} stayed {علّقت} other {عدّلت}} المحكمة جزءًا من {theName}، ويبقى الباقي ساريًا}}',
  'injunction.part':
    '{reach, select, except {{act, select, vacated {ألغت} stayed {علّقت} other {عدّلت}} المحكمة {theName}{dated, select, yes { في {date}} other {}} مع هذا الاستثناء: {words}. يبقى هذا الجزء ساريًا؛ أما الباقي ف{act, select, stayed {معلّق} other {لم يعد ساريًا}}.} other {{act, select, vacated {ألغت} stayed {علّقت} other {عدّلت}} المحكمة جزءًا من {theName}{dated, select, yes { في {date}} other {}}: {words}. {act, select, vacated {لم يعد هذا الجزء ساريًا؛ } stayed {هذا الجزء معلّق؛ } other {}}ويبقى الباقي ساريًا.}}',
  'injunction.limited.headline': 'أصبح {theName} يحمي {parties} فقط',
  'injunction.limited':
    'قصرت المحكمة {theName}{dated, select, yes { في {date}} other {}} على {parties}: أصبح يحميهم فقط، ولا يحمي أحدًا غيرهم.',
  'court.contempt.headline':
    '{act, select, found {ازدراء المحكمة: قضت المحكمة بأن {party} في حالة ازدراء} other {رُفعت حالة ازدراء المحكمة}}',
  'court.contempt':
    '{act, select, found {قضت المحكمة{dated, select, yes { في {date}} other {}} بأن {party} في حالة ازدراء للمحكمة{nature, select, civil { (ازدراء مدني)} criminal { (ازدراء جنائي)} other {}}: أي أنهم لم يمتثلوا لأمرها، ويجوز لها فرض عقوبات حتى يمتثلوا.} other {قررت المحكمة{dated, select, yes { في {date}} other {}} أن حالة ازدراء المحكمة{named, select, yes { من جانب {party}} other {}} قد رُفعت: فعلوا ما طلبته المحكمة، ولم تعد هناك عقوبة سارية بسبب ذلك.}}',
  'people.addedBy': 'وسّعت المحكمة نطاق الفئة في أمرها الصادر في {date} ({label}).',
  'people.coveredFrom':
    '{from, select, order {هكذا عرّفت المحكمة أفراد الدعوى الجماعية في أمرها الصادر في {date} ({label}).} maintainersOrder {هكذا ينقل القائمون على هذا الموقع تعريف المحكمة لأفراد الدعوى الجماعية في أمرها الصادر في {date} ({label}).} other {هذا الوصف من القائمين على هذا الموقع وليس كلام المحكمة: أوامر المحكمة هي التي تحدد من يشمله الحكم.}}',
  'stay.theName': 'الوقف',
  'protection.orderCalls': 'ما يسمّيه الأمر {words}',
  'people.protection':
    '{from, select, transfer {{action, select, granted {نقل {anyone}{out} ممنوع ما دام {theName} ساريًا.} extended {نقل {anyone}{out} ممنوع ما دام {theName} ساريًا.} modified {اقرأ الأمر لمعرفة من لا يزال نقله{out} ممنوعًا.} other {لم يعد {theName} يمنع نقل {anyone}{out}.}}} transfer_notice {{action, select, granted {يشترط {theName} إشعارًا مسبقًا قبل نقل {anyone}{out}، لكنه لا يمنع كل عمليات النقل.} extended {يشترط {theName} إشعارًا مسبقًا قبل نقل {anyone}{out}، لكنه لا يمنع كل عمليات النقل.} modified {اقرأ الأمر لمعرفة الإشعار الذي يشترطه الآن قبل النقل.} other {لم يعد {theName} يشترط إشعارًا مسبقًا قبل نقل {anyone}{out}.}}} detainer {{action, select, granted {ما دام {theName} ساريًا، لا يجوز احتجاز {anyone} بموجب طلب احتجاز من سلطات الهجرة (detainer) عندما يحين موعد الإفراج عنهم.} extended {ما دام {theName} ساريًا، لا يجوز احتجاز {anyone} بموجب طلب احتجاز من سلطات الهجرة (detainer) عندما يحين موعد الإفراج عنهم.} modified {اقرأ الأمر لمعرفة ما يقوله الآن عن طلبات الاحتجاز من سلطات الهجرة.} other {لم يعد {theName} يمنع احتجاز {anyone} بموجب طلب احتجاز من سلطات الهجرة.}}} other {{action, select, granted {ما دام {theName} ساريًا، يُمنع إنهاء {what} {whatForm, select, f {الخاصة} other {الخاص}} بـ{anyone}.} extended {ما دام {theName} ساريًا، يُمنع إنهاء {what} {whatForm, select, f {الخاصة} other {الخاص}} بـ{anyone}.} modified {اقرأ الأمر لمعرفة من لا {whatForm, select, f {تزال {what} الخاصة به محمية} other {يزال {what} الخاص به محميًا}}.} other {لم يعد {theName} يمنع إنهاء {what} {whatForm, select, f {الخاصة} other {الخاص}} بـ{anyone}.}}}}',
  'protection.out':
    '{kind, select, circuit { خارج نطاق {circuit}} district { خارج المقاطعة القضائية} facility { خارج المرفق المحتجزين فيه} place { خارج {name}} other {}}',
  'people.injunction':
    '{protects, select, removal_conditions {{action, select, granted {يفرض {theName} شروطًا على ترحيل {anyone}، لكنه لا يمنع كل عمليات الترحيل. اقرأ الأمر لمعرفة ما يحميه.} extended {يفرض {theName} شروطًا على ترحيل {anyone}، لكنه لا يمنع كل عمليات الترحيل. اقرأ الأمر لمعرفة ما يحميه.} modified {اقرأ الأمر لمعرفة ما يحميه الآن.} other {لم تعد الشروط التي فرضها {theName} على ترحيل {anyone} سارية.}}} removal {{action, select, granted {ترحيل {anyone} ممنوع ما دام {theName} ساريًا.} extended {ترحيل {anyone} ممنوع ما دام {theName} ساريًا.} modified {اقرأ الأمر لمعرفة من لا يزال ترحيله ممنوعًا.} other {لم يعد {theName} يمنع ترحيل {anyone}.}}} other {{action, select, granted {يقيّد {theName} احتجاز {anyone} ما دام ساريًا.} extended {يقيّد {theName} احتجاز {anyone} ما دام ساريًا.} modified {اقرأ الأمر لمعرفة ما يقوله الآن عن الاحتجاز.} other {لم يعد {theName} يقيّد احتجاز {anyone}.}}}}',

  'calendar.name': '{title}: المواعيد المهمة',
  'calendar.stay.summary':
    '{cancelled, select, yes {الوقف (لم يعد ساريًا)} other {{state, select, superseded {آخر يوم للوقف: حلّ محلّه {replacement}} expired {آخر يوم للوقف (لم يُمدَّد)} other {آخر يوم للوقف: تنتهي الحماية ما لم تمدّده المحكمة}}}}',
  'calendar.stay.description':
    '{state, select, superseded {{removal, select, yes {حمى الوقف {anyone} من الترحيل حتى {endedOn}، حين حلّ محلّه {replacement}.} other {ظلّ الوقف ساريًا حتى {endedOn}، حين حلّ محلّه {replacement}.}}} lifted {{removal, select, yes {حمى الوقف {anyone} من الترحيل حتى رفعته المحكمة في {endedOn}.} other {ظلّ الوقف ساريًا حتى رفعته المحكمة في {endedOn}.}}} expired {{removal, select, yes {حمى الوقف {anyone} من الترحيل حتى {date}، ولم يُمدَّد.} other {ظلّ الوقف ساريًا حتى {date}، ولم يُمدَّد.}}} other {{removal, select, yes {يحمي الوقف {anyone} من الترحيل حتى {date}.} other {الوقف ساري حتى {date}.}} راجع صفحة القضية لمعرفة ما إذا مُدّد.}}',
  'calendar.stay.laterOrder': 'أمر لاحق',
  'calendar.page.asOf': 'الوضع في {date}.',
  'protection.title': 'ما الذي حمى الناس، أمرًا بعد أمر',
  'protection.intro': 'كل أمر منح وقفًا أو أمرًا قضائيًا أو غيّره أو أنهاه، حتى {date}، بكلمات التنبيهات نفسها.',
  'protection.none': 'حتى هذا اليوم لم يصدر أي أمر بوقف أي شيء أو بمنح أمر قضائي.',
  'protection.inForce': 'الساري في {date}',
  'injunction.replacesStay':
    '{removal, select, yes {ويحلّ محلّ الوقف الذي ينتهي في ذلك اليوم: منذ ذلك الحين يحمي {theName}، لا الوقف، {anyone} من الترحيل.} other {ويحلّ محلّ الوقف الذي ينتهي في ذلك اليوم.}}',
  'protection.stayReplaced.headline': 'حلّ أمر لاحق محلّ الوقف',
  'protection.stayReplaced':
    '{removal, select, yes {حلّ أمر لاحق محلّ الوقف الذي انتهى في ذلك اليوم: لم يعد الوقف يحمي {anyone} من الترحيل.} other {حلّ أمر لاحق محلّ الوقف الذي انتهى في ذلك اليوم.}}',
  'protection.stayEnded.headline': 'انتهاء الوقف',
  'protection.stayEnded':
    '{removal, select, yes {انتهى الوقف بعد {date}: لم يعد يحمي {anyone} من الترحيل.} other {انتهى الوقف بعد {date}.}}',
  'protection.injunctionEnded.headline':
    'انتهاء {injunction, select, TRO {الأمر التقييدي المؤقت} permanent_injunction {الأمر القضائي الدائم} agency_postponement {تأجيل سريان القاعدة} consent_decree {الحكم الرضائي} settlement {اتفاق التسوية} set_aside {إلغاء إجراء الجهة الحكومية} declaratory_judgment {الحكم التقريري} injunction_pending_appeal {الأمر القضائي أثناء الاستئناف} other {الأمر القضائي الأولي}}',
  'protection.injunctionEnded':
    'انتهى {theName}: كان آخر يوم له {date}{by, select, none {، ولم يعد ساريًا} other {، وحلّ محله {by}}}.',
  'coverage.none': 'لم يُبلغ أي مصدر عن هذه القضية بعد.',
  'coverage.whole':
    'لدى docketwatch كل قيود سجل المحكمة: قرأ تقرير السجل الكامل ولا ينقص أي رقم{last, select, none {} other { حتى الرقم {last}}}.',
  'coverage.complete': 'قرأ docketwatch تقرير سجل المحكمة الكامل (حتى الرقم {highest}).',
  'coverage.notListed':
    'أرقام غير موجودة في ذلك التقرير: {count} ({runs})؛ لا يُظهرها سجل المحكمة العلني (مختومة أو مقيّدة أو غير مستخدمة)، لذلك لم يرها docketwatch أيضًا.',
  'coverage.notSeen':
    'قيود قُدّمت بعد ذلك التقرير ولم يرها docketwatch بعد: {count} ({runs})؛ فالمصادر التي يتابعها منذ ذلك الحين لا تنقل كل القيود.',
  'coverage.partial':
    'لم يقرأ docketwatch تقرير سجل كاملًا: لديه فقط ما تنقله مصادره{first, select, none {} other {، ولا شيء مما قُدّم قبل {firstDay}}}{before, select, none {} other { (القيود 1–{before})}}.',
  'coverage.partialGaps': 'قيود مرقّمة ناقصة بين ما لديه: {count} ({runs}).',
  'coverage.title': 'ما رآه docketwatch',
  'calendar.injunction.start': 'يبدأ سريان {theName}',
  'calendar.injunction.end': 'آخر يوم لسريان {theName}',
  'calendar.injunction.description':
    '{theName} ساري منذ {since}{term, select, date { حتى {date}} until { حتى {until}} other { طوال نظر القضية}}.{cancelled, select, yes { لم يعد ساريًا.} other {}}',
  'calendar.deadline.summary': 'موعد حدّدته المحكمة: {what}{cancelled, select, yes { (أُلغي)} other {}}',
  'calendar.deadline.description': 'حدّدت المحكمة هذا الموعد: {what}، في موعد أقصاه {date}.',
  'calendar.hearing.summary': 'موعد: {what}{cancelled, select, yes { (أُلغي)} other {}}',
  'calendar.hearing.description':
    '{cancelled, select, yes {أُلغيت الجلسة التي كانت محددة في {date}: {what}. لن تُعقد في ذلك اليوم.} other {{past, select, held {عُقدت الجلسة في {date}: {what}.} unrecorded {موعد الجلسة الذي حدّدته المحكمة {date}: {what}. مضى ذلك اليوم، ولا يُظهر سجل القضية بعدُ أنها عُقدت.} other {موعد الجلسة الذي حدّدته المحكمة {date}: {what}.}}}}',
  'calendar.recurring.every':
    '{unit, select, weeks {{every, plural, one {كل أسبوع} two {كل أسبوعين} few {كل # أسابيع} other {كل # أسبوعًا}}} months {{every, plural, one {كل شهر} two {كل شهرين} few {كل # أشهر} other {كل # شهرًا}}} other {{every, plural, one {كل يوم} two {كل يومين} few {كل # أيام} other {كل # يومًا}}}}',
  'calendar.recurring.description':
    '{interval} من {from}{ended, select, yes { إلى {to}} other {، إلى أن تنهيه المحكمة}}: {what}{hasNext, select, yes {؛ الموعد التالي: {next}} other {}}.',
  'calendar.page.title': 'المواعيد المهمة: {title}',
  'calendar.page.intro':
    'المواعيد التي حدّدتها المحكمة والتي تهمّ الأشخاص في هذه القضية: أوامر الوقف، والأوامر القضائية، والجلسات، والمواعيد التي أمرت بها المحكمة (مثل موعد الإفراج). لا تشمل مهل تقديم المذكرات أو المحاضر.',
  'calendar.page.add': 'أضف هذه المواعيد إلى تقويمك',
  'calendar.page.addHint': 'تُحدِّث تطبيقات التقويم المواعيد عندما تغيّر المحكمة أحدها.',
  'calendar.page.upcoming': 'المواعيد القادمة',
  'calendar.page.past': 'مواعيد مضت أو لم تعد سارية',
  'calendar.page.none': 'لا توجد مواعيد بعد.',
  'calendar.page.back': 'العودة إلى القضية',
  'calendar.page.link': 'تقويم المواعيد المهمة',
  'calendar.page.englishNote': 'الكلمات بين علامات الاقتباس كلمات المحكمة، بالإنجليزية.',
  // ---- account messages and saved searches ----
  'account.confirm.subject': 'أكِّد اشتراكك في docketwatch لمتابعة {title}',
  'account.confirm.asked':
    'طلب أحدهم (ونأمل أن تكون أنت) من docketwatch مراسلة {email} بشأن {title} ({what}).',
  'account.confirm.action': 'تأكيد الاشتراك',
  'account.confirm.here': 'لبدء تلقي الرسائل، أكِّد من هنا:',
  'account.confirm.ignore': 'إذا لم تطلب ذلك فتجاهل هذه الرسالة: لن يُرسَل شيء ما لم يُستخدَم الرابط.',
  'account.already.subject': 'اشتراكك في docketwatch لمتابعة {title}',
  'account.already.body': 'هذا العنوان يتلقى هذه الرسائل بالفعل. لم يتغيّر شيء.',
  'account.already.action': 'تغييرها أو إيقافها',
  'account.already.ignore': 'إذا لم تطلب ذلك فتجاهل هذه الرسالة.',
  'search.subject': 'البحث المحفوظ «{name}»: {title}',
  'search.intro': 'وجد بحثك المحفوظ «{name}» ({query}) في موجز RSS للمحكمة قضيةً لا يتابعها docketwatch بعد:',
  'search.introQuery': 'وجد بحثك المحفوظ «{query}» في موجز RSS للمحكمة قضيةً لا يتابعها docketwatch بعد:',
  'search.how': 'تابِعها بنقرة واحدة (يعمل الرابط مرة واحدة، حتى {date}):',
  'search.track': 'متابعة هذه القضية',
  'search.why':
    'تصلك هذه الرسالة لأن {email} يتابع البحث المحفوظ «{name}». يرى القائمون على docketwatch هذا الاقتراح في صفحتهم أيضًا.',
  'search.stop': 'إيقاف هذه الرسائل',
  'search.document': 'المستند',
  'track.title': 'متابعة هذه القضية؟',
  'track.found': 'وجد بحثك المحفوظ «{name}» هذه القضية في موجز RSS للمحكمة:',
  'track.hint':
    'سيتابعها docketwatch من موجز RSS للمحكمة ويعرضها في صفحة خاصة بها. يعمل هذا الرابط مرة واحدة.',
  'stop.title': 'إيقاف هذه الرسائل؟',
  'stop.question': 'لن يتلقى {email} بعد الآن أخبار القضايا الجديدة التي يجدها البحث المحفوظ «{name}».',
  'stop.done': 'تم الإيقاف',
  'stop.doneBody': 'لن يتلقى {email} رسائل هذا البحث المحفوظ بعد الآن.',
  'searchForm.title': 'متابعة بحث محفوظ في جميع المحاكم',
  'searchForm.intro':
    'يفحص docketwatch كل موجز RSS لمحكمة يقرؤه بحثًا عن قضايا جديدة تطابق بحثك، ويرسل إليك كل واحدة منها بالبريد مع رابط لمتابعتها. لا تحمل هذه الموجزات إلا اسم القضية وعنوان كل مستند.',
  'searchForm.query': 'البحث',
  'searchForm.queryHint':
    'يجب أن تظهر كل الكلمات؛ "عبارة" بين علامتَي تنصيص؛ OR بين البدائل؛ -كلمة لاستبعاد كلمة؛ court:nysd لمحكمة واحدة؛ nos:463 لنوع الدعوى. اكتب البحث بالإنجليزية، كما هي سجلات المحاكم.',
  'searchForm.name': 'اسم له (اختياري)',
  'searchForm.submit': 'متابعة هذا البحث',
  // what is wrong with a saved search's query (the form shows it in its language)
  'query.notText': 'البحث يجب أن يكون نصًا',
  'query.empty': 'البحث فارغ: اكتب كلمات أو "عبارة" أو court: أو nos:',
  'query.tooLong': 'البحث أطول من {max} حرف',
  'query.tooManyTerms': 'البحث فيه أكثر من {max} مصطلحًا',
  'query.orPlacement': 'يجب أن تقع OR بين مصطلحين ("a OR b")',
  'query.courtAlone': 'لا يمكن استبعاد court: ولا ربطه بـ OR',
  'query.notCourt': '"{value}" ليس رمز محكمة (مثلًا mied أو ca6)',
  'query.noWords': '"{value}" لا يحتوي على حروف أو أرقام للبحث عنها',
  'query.phraseTooLong': 'العبارة الواحدة لا تتجاوز {max} كلمة',
  'query.nosAlone': 'لا يمكن استبعاد nos: ولا ربطه بـ OR',
  'query.exclusionOr': 'لا يمكن ربط الاستبعاد بعلامة - مع OR',
  'query.onlyExclusions': 'البحث يستبعد كلمات ولا يطلب أي كلمة: اكتب كلمة واحدة أو مرشحًا واحدًا على الأقل',
  'query.onlyCourt': 'المحكمة وحدها ستقترح كل قضايا تلك المحكمة: أضف كلمات أو nos:',
  'query.unclosedQuote': 'عبارة بين علامتي تنصيص لم تُغلق (تنقص علامة ")',
  'query.emptyTerm': '{field, select, term {مصطلح} other {{field}:}} فارغ',
  'searchForm.invalid': 'تعذّرت قراءة هذا البحث:',
  'searchForm.check':
    'إذا كان بإمكان {email} متابعة هذا البحث فقد أرسلنا إليه رسالة. يبدأ البحث عندما تفتح الرابط فيها وتؤكِّد.',
  'searchConfirm.subject': 'أكِّد بحثك المحفوظ في docketwatch «{name}»',
  'searchConfirm.asked':
    'طلب أحدهم (ونأمل أن تكون أنت) من docketwatch مراسلة {email} عندما يحمل موجز RSS لإحدى المحاكم قضية جديدة تطابق «{query}».',
  'searchConfirm.action': 'تأكيد هذا البحث',
  'searchConfirm.title': 'بدء هذا البحث المحفوظ؟',
  'searchConfirm.button': 'ابدأ',
  'searchConfirm.limit':
    '{email} يتابع بالفعل {max} عمليات بحث محفوظة. أوقف واحدة أولًا (الرابط في آخر رسائلها)، ثم أكّد هذا البحث من جديد.',
  'searchConfirm.done': 'بحثك المحفوظ يعمل الآن',
  'searchConfirm.doneBody':
    'سيراسل docketwatch العنوان {email} عندما يحمل موجز RSS لإحدى المحاكم قضية جديدة تطابق «{query}». في كل رسالة رابط لإيقافها.',
  // ---- a link that does not work ----
  'problem.expired': 'انتهت صلاحية هذا الرابط',
  'problem.invalid': 'هذا الرابط لا يعمل',
  'problem.used': 'سبق استخدام هذا الرابط',
  'problem.failed': 'تعذّر إتمام ذلك',
  'problem.notFound': 'لم يُعثر على الاشتراك',
  'problem.searchGone': 'حُذف هذا البحث المحفوظ',
  'problem.searchGoneBody': 'لن يُرسَل شيء آخر بشأنه.',
  'problem.subscription.expired': 'اشترك من جديد من صفحة القضية للحصول على رابط جديد.',
  'problem.subscription.invalid': 'انسخ الرابط كاملًا من الرسالة، أو اشترك من جديد من صفحة القضية.',
  'problem.search.expired': 'لا يزال بإمكان القائمين على docketwatch متابعة القضية من صفحتهم.',
  'problem.search.invalid': 'انسخ الرابط كاملًا من الرسالة.',
  'problem.follow.expired': 'اطلبه مجددًا من نموذج البحث المحفوظ للحصول على رابط جديد.',
};
