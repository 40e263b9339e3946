/**
 * Spanish. Written by the engineer who added it, not yet checked by a native speaker with legal
 * experience: see docs/languages.md. The court is "el tribunal" (no judge's gender is known).
 */
import type { MessageKey } from './en.ts';

export const es: Record<MessageKey, string> = {
  'date.unstated': 'una fecha no indicada',
  'days.left': '{days, plural, =0 {hoy} =1 {mañana} other {en # días}}',
  'days.ago': '{days, plural, =1 {ayer} other {hace # días}}',
  'until.furtherOrder': 'nueva orden del tribunal',
  'until.appeal': 'que se resuelva la apelación',
  'until.term':
    '{term, select, final_judgment {que se dicte sentencia definitiva} end_of_case {que termine el caso} other {}}',
  'until.ruling':
    'que el tribunal decida sobre {kind, select, pi {la moción de medida cautelar preliminar} other {la moción ({label})}}',
  'until.either': '{first} o hasta {second}',
  'entry.label':
    '{number, select, none {una entrada sin número} other {{appellate, select, yes {Doc. {number}} other {ECF n.º {number}}}}}',
  'court.appeals':
    '{court, select, ca1 {el Primer Circuito} ca2 {el Segundo Circuito} ca3 {el Tercer Circuito} ca4 {el Cuarto Circuito} ca5 {el Quinto Circuito} ca6 {el Sexto Circuito} ca7 {el Séptimo Circuito} ca8 {el Octavo Circuito} ca9 {el Noveno Circuito} ca10 {el Décimo Circuito} ca11 {el Undécimo Circuito} cadc {el Circuito del Distrito de Columbia} cafc {el Circuito Federal} other {el tribunal de apelaciones}}',
  who: '{who, select, class {la clase} petitioners {los peticionarios} plaintiffs {los demandantes} other {las personas que ampara}}',
  'who.none':
    '{who, select, class {nadie de la clase} petitioners {ninguno de los peticionarios} plaintiffs {ninguno de los demandantes} other {ninguna de las personas que ampara}}',
  'who.anyone':
    '{who, select, class {las personas de la clase} petitioners {los peticionarios} plaintiffs {los demandantes} other {las personas que ampara}}',

  'stay.headline':
    '{change, select, granted {{term, select, date {Suspensión concedida{party, select, none {} other { para {party}}} hasta el {date}} until {Suspensión concedida{party, select, none {} other { para {party}}} hasta {until}} other {Suspensión concedida{party, select, none {} other { para {party}}}}}} expanded {{scope, select, nationwide {Suspensión ampliada a todo el país} other {Suspensión ampliada}}{extended, select, yes {{term, select, date { y prorrogada hasta el {date}} until { y prorrogada hasta {until}} other { y prorrogada}}} other {}}} extended {{term, select, date {Suspensión{party, select, none {} other { para {party}}} prorrogada hasta el {date}} until {Suspensión{party, select, none {} other { para {party}}} prorrogada hasta {until}} other {Suspensión{party, select, none {} other { para {party}}} prorrogada}}} renewed {{term, select, date {Suspensión{party, select, none {} other { para {party}}} concedida de nuevo hasta el {date}} until {Suspensión{party, select, none {} other { para {party}}} concedida de nuevo hasta {until}} other {Suspensión{party, select, none {} other { para {party}}} concedida de nuevo}}} denied {Fin de la suspensión{party, select, none {} other { para {party}}}: el tribunal la denegó} ruled {Fin de la suspensión{party, select, none {} other { para {party}}}: el tribunal resolvió la moción de la que dependía} tied {Fin de la suspensión{party, select, none {} other { para {party}}}: terminó la orden con la que se mantenía} other {Suspensión{party, select, none {} other { para {party}}} levantada}}',
  'stay.opening':
    '{change, select, granted {El tribunal concedió una suspensión} expanded {{scope, select, nationwide {El tribunal amplió la suspensión a más personas, en todo el país} other {El tribunal amplió la suspensión a más personas}}{extended, select, yes {, y la prorrogó} other {}}} extended {El tribunal prorrogó la suspensión} renewed {El tribunal concedió de nuevo la suspensión} denied {El tribunal denegó la suspensión, lo que pone fin a la que había concedido hasta nueva orden} ruled {El tribunal resolvió la moción de la que dependía esta orden, y con ello terminó} tied {Terminó la orden con la que se mantenía esta suspensión, y la suspensión terminó con ella} other {El tribunal levantó la suspensión}}',
  'stay.removal':
    '{opening}: no se puede deportar a {noOne}{transfer, select, yes { ni trasladar fuera del distrito} other {}} {term, select, date {antes de que termine la suspensión, el {date}} until {hasta {until}} other {mientras la suspensión esté vigente}}.',
  'stay.removal.lifted': '{opening}: ya no protege a {who} de la deportación.',
  'stay.removal.for':
    '{opening}: protege solo a {parties}{whole, select, yes {, no a toda la clase} other {}}; no se les puede deportar{transfer, select, yes { ni trasladar fuera del distrito} other {}} {term, select, date {antes de que termine la suspensión, el {date}} until {hasta {until}} other {mientras la suspensión esté vigente}}.',
  'stay.forParties': 'Solo ampara a {parties}{whole, select, yes {, no a toda la clase} other {}}.',
  'stay.scope':
    '{scope, select, removal_class {la deportación de las personas de la clase} removal {la deportación} removal_transfer {la deportación y el traslado fuera del distrito} transfer {el traslado fuera del distrito} injunction_pending_appeal {la medida cautelar preliminar, mientras dure la apelación} pending_appeal {el caso, mientras dure la apelación} deadlines {el calendario de plazos} briefing {la presentación de escritos} discovery {la fase de exhibición de pruebas (discovery)} execution {la ejecución de la sentencia} other {el procedimiento}}',
  'stay.scopeParties': '{how, select, between {entre {who}} other {en cuanto a {who}}}',
  'stay.other':
    '{opening}: {what, select, none {el caso queda en pausa} other {queda en pausa {what}}}{term, select, date { hasta el {date}} until { hasta {until}} other {}}.',
  'stay.other.lifted': '{opening}: {what, select, none {el caso} other {{what}}} puede seguir adelante.',
  'stay.limitedTo.headline': 'Suspensión ahora solo para {parties}',
  'stay.limitedTo':
    'El tribunal levantó la suspensión para todos excepto {parties}: {removal, select, yes {solo ellos siguen protegidos de la deportación} other {sigue vigente solo para ellos}}{term, select, date { hasta el {date}} until { hasta {until}} other {}}.',
  'stay.liftedAsTo.headline': 'Suspensión levantada solo respecto de {party}',
  'stay.liftedAsTo':
    'El tribunal levantó la suspensión solo respecto de {party}: para todos los demás {what, select, none {el caso sigue en pausa} other {sigue en pausa {what}}}{term, select, date { hasta el {date}} until { hasta {until}} other {}}{moved, select, yes {, prorrogada por la misma orden} other {}}.',
  'stay.refused.headline': 'Suspensión denegada{what, select, none {} other {: {what}}}',
  'stay.refused.sentence':
    '{removal, select, yes {El tribunal se negó a detener {what}: nada en esta orden impide las deportaciones.} other {El tribunal se negó a suspender {what, select, none {el caso} other {{what}}}: esta orden no deja nada en pausa.}}',
  'stay.dismissed.headline': 'Demandas desestimadas{what, select, none {} other {: {what}}}',
  'stay.dismissed.sentence':
    'El tribunal desestimó las demandas{what, select, none {} other { de {what}}}: esa parte del caso terminó, así que ya no queda nada en pausa y esos plazos ya no se aplican.',
  'stay.appealEnded.headline':
    '{how, select, mandate {Terminó la suspensión durante la apelación: se emitió el mandato} other {Terminó la suspensión durante la apelación: la apelación fue desestimada}}',
  'stay.appealEnded.sentence':
    '{how, select, mandate {{Court} emitió su mandato el {date}} other {{Court} desestimó la apelación el {date}}}, así que terminó la suspensión{what, select, none {} other { de {what}}} que debía durar mientras se resolvía la apelación: {removal, select, yes {ya no protege a {who} de la deportación} other {{what, select, none {el caso ya no queda en pausa} other {{what} ya no queda en pausa}}}}.',
  'stay.byAppeal.headline':
    '{change, select, lifted {Suspensión anulada en apelación} renewed {La suspensión vuelve a estar vigente tras la apelación} other {Suspensión modificada en apelación}}',
  'stay.byAppeal':
    'La decisión {courtOf} del {decided} entra en vigor: {change, select, lifted {la orden que concedió la suspensión queda anulada, así que {removal, select, yes {la suspensión ya no protege a {who} de la deportación} other {{what, select, none {el caso ya no queda en pausa} other {{what} ya no queda en pausa}}}}} renewed {la orden que levantó la suspensión queda anulada, así que la suspensión vuelve a estar vigente{term, select, date { hasta el {date}} until { hasta {until}} other {}}{removal, select, yes {: protege a {who} de la deportación} other {}}} other {la suspensión{what, select, none {} other { de {what}}} cambia{term, select, date {; ahora dura hasta el {date}} other {}}. Lea la decisión para saber qué cubre ahora}}.',
  'stay.ordered': 'Orden del {date}.',
  'stay.lapsed': 'La suspensión anterior había terminado el {date}: entre tanto no estuvo vigente.',
  'stayExpiring.headline':
    '{days, plural, =0 {La suspensión{party, select, none {} other { para {party}}} termina hoy} =1 {La suspensión{party, select, none {} other { para {party}}} termina en 1 día} other {La suspensión{party, select, none {} other { para {party}}} termina en # días}} ({date})',
  'stayExpiring.sentence':
    '{days, plural, =0 {La suspensión termina hoy} =1 {La suspensión termina mañana} other {La suspensión termina en # días}}, el {date}, salvo que el tribunal la prorrogue.{removal, select, yes { Después de esa fecha, se podría deportar a {anyone}.} other {{what, select, none {} other { Es la suspensión de {what}.}}}}',

  'injunction.name':
    '{injunction, select, TRO {orden de restricción temporal} permanent_injunction {medida cautelar permanente} agency_postponement {aplazamiento de la norma} consent_decree {decreto de consentimiento} settlement {acuerdo de conciliación} set_aside {anulación de la medida de la agencia} declaratory_judgment {sentencia declarativa} injunction_pending_appeal {medida cautelar durante la apelación} other {medida cautelar preliminar}}',
  'injunction.theName':
    '{injunction, select, TRO {la orden de restricción temporal} permanent_injunction {la medida cautelar permanente} agency_postponement {el aplazamiento de la norma} consent_decree {el decreto de consentimiento} settlement {el acuerdo de conciliación} set_aside {la anulación de la medida de la agencia} declaratory_judgment {la sentencia declarativa} injunction_pending_appeal {la medida cautelar durante la apelación} other {la medida cautelar preliminar}}',
  'injunction.of': 'del {date}',
  'injunction.on': 'el {date}',
  'injunction.headline':
    '{injunction, select, agency_postponement {Aplazamiento de la norma{of} {action, select, granted {concedido{on}} denied {denegado} extended {prorrogado} modified {modificado} dissolved {terminado} vacated {anulado} expired {vencido} other {suspendido}}} consent_decree {Decreto de consentimiento{of} {action, select, granted {dictado{on}} denied {denegado} extended {prorrogado} modified {modificado} dissolved {terminado} vacated {anulado} expired {vencido} other {suspendido}}} settlement {Acuerdo de conciliación{of} {action, select, granted {aprobado{on}} denied {denegado} extended {prorrogado} modified {modificado} dissolved {terminado} vacated {anulado} expired {vencido} other {suspendido}}} other {{injunction, select, TRO {Orden de restricción temporal} permanent_injunction {Medida cautelar permanente} set_aside {Anulación de la medida de la agencia} declaratory_judgment {Sentencia declarativa} injunction_pending_appeal {Medida cautelar durante la apelación} other {Medida cautelar preliminar}}{of} {action, select, granted {concedida{on}} denied {denegada} extended {prorrogada} modified {modificada} dissolved {terminada} vacated {anulada} expired {vencida} other {suspendida}}}}',
  'injunction.replaces': 'Sustituye a {replaced}, que ya no se aplica.',
  'injunction.notCarried': '{TheName} no protege de eso.',
  'injunction.replacedByAgreement':
    'Sustituye a {replaced}, que termina ese día: desde entonces se aplican en su lugar los términos fijados en {theName}.',
  'injunction.sentence':
    '{action, select, granted {El tribunal concedió una {name}{dated, select, yes { el {date}} other {}}: una orden judicial que debe cumplirse {term, select, until {hasta {until}} other {mientras dure el caso}}.} denied {El tribunal denegó la solicitud de una {name}.} extended {El tribunal prorrogó {theName}{term, select, until { hasta {until}} other {}}.} modified {El tribunal modificó {theName}. Lea la orden para saber qué cubre ahora.} dissolved {El tribunal puso fin a {theName}: ya no se aplica.} expired {{TheName} venció: su plazo terminó{term, select, until { ({until})} other {}} y no se prorrogó. Ya no se aplica.} vacated {{TheName} {injunction, select, consent_decree {fue anulado} agency_postponement {fue anulado} settlement {fue anulado} other {fue anulada}}{dated, select, yes { el {date}} other {}}: ya no se aplica.} other {{TheName} quedó en pausa: por ahora no se aplica.}}',

  'appeal.headline':
    '{outcome, select, reversed {{named, select, none {Decisión revocada} other {{Named} {many, select, yes {revocadas} other {revocada}}}} en apelación} vacated {{named, select, none {Decisión anulada} other {{Named} {many, select, yes {anuladas} other {anulada}}}} en apelación} affirmed {{named, select, none {Decisión confirmada} other {{Named} {many, select, yes {confirmadas} other {confirmada}}}} {enBanc, select, yes {por el pleno del tribunal} other {en apelación}}} remanded {Caso devuelto al tribunal de distrito} partly {{affirmed, select, yes {{named, select, none {Decisión} other {{Named}:}} {many, select, yes {confirmadas} other {confirmada}} en parte y {how, select, reversed {{many, select, yes {revocadas} other {revocada}}} other {{many, select, yes {anuladas} other {anulada}}}} en parte en apelación} other {{named, select, none {Decisión} other {{Named}:}} {how, select, reversed {{many, select, yes {revocadas} other {revocada}}} other {{many, select, yes {anuladas} other {anulada}}}} en parte en apelación}}} dismissed {Apelación desestimada} recalled {Mandato retirado} stay_denied {{admin, select, yes {Suspensión administrativa denegada} other {Pausa durante la apelación denegada}}} stay_granted {{admin, select, yes {En pausa por ahora: } other {En pausa durante la apelación: }}{inPart, select, yes {parte de } other {}}{ruling, select, none {la decisión apelada} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { («{part}»)}}} other {}}} reheard {{enBanc, select, yes {Nueva audiencia en pleno (en banc) concedida} other {Nueva audiencia concedida}}{decided, select, none {} other {: la decisión del {decided} ya no tiene efecto}}} certiorari_filed {Petición de certiorari presentada ante la Corte Suprema} rehearing_denied {{enBanc, select, yes {Nueva audiencia en pleno (en banc) denegada} other {Nueva audiencia denegada}}: la decisión se mantiene} mandate_stayed {Mandato suspendido: la decisión de apelación aún no tiene efecto} certiorari_denied {La Corte Suprema no aceptará revisar el caso} certiorari_judgment {La Corte Suprema decidió el caso} other {Mandato emitido: la decisión de apelación entra en vigor}}',
  'appeal.sentence':
    '{outcome, select, reversed {{Court} revocó {ruling, select, none {la decisión apelada} other {{ruling}}}{dated, select, yes { el {date}} other {}}{pending, select, yes {. Esto solo tiene efecto cuando {court} emita su mandato: hasta entonces {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia} other {sigue en pausa, sin vigencia}}} other {{many, select, yes {siguen vigentes} other {sigue vigente}}}}.} other {: ya no tiene efecto.}}} vacated {{Court} anuló {ruling, select, none {la decisión apelada} other {{ruling}}}{dated, select, yes { el {date}} other {}}{pending, select, yes {. Esto solo tiene efecto cuando {court} emita su mandato: hasta entonces {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia} other {sigue en pausa, sin vigencia}}} other {{many, select, yes {siguen vigentes} other {sigue vigente}}}}.} other {: ya no tiene efecto.}}} affirmed {{Court}{enBanc, select, yes {, con todos sus jueces (en banc),} other {}} confirmó {ruling, select, none {la decisión apelada} other {{ruling}}}: sigue como estaba.} remanded {{Court} devolvió el caso al tribunal de distrito para que decida de nuevo.{pending, select, yes { Hasta que emita su mandato, {ruling, select, none {la decisión apelada} other {{ruling}}} {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia} other {sigue en pausa, sin vigencia}}} other {{many, select, yes {siguen vigentes tal como estaban} other {sigue vigente tal como estaba}}}}.} other {}}{kept, select, yes { No anuló {ruling}: {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia} other {sigue en pausa, sin vigencia}}} other {{many, select, yes {siguen vigentes} other {sigue vigente}}}}.} other {}}} partly {{affirmed, select, yes {{Court} confirmó una parte de {ruling, select, none {la decisión apelada} other {{ruling}}} y {how, select, reversed {revocó} other {anuló}} el resto} other {{Court} {how, select, reversed {revocó} other {anuló}} una parte de {ruling, select, none {la decisión apelada} other {{ruling}}}; el resto se mantiene}}{remanded, select, yes {, y devolvió el caso al tribunal de distrito sobre esa parte} other {}}{dated, select, yes { el {date}} other {}}.{pending, select, yes { La parte {how, select, reversed {revocada} other {anulada}} solo tiene efecto cuando {court} emita su mandato: hasta entonces {ruling, select, none {la decisión apelada} other {{ruling}}} {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia} other {sigue en pausa, sin vigencia}}} other {{many, select, yes {siguen vigentes tal como estaban} other {sigue vigente tal como estaba}}}}.} other {}}} dismissed {{Court} desestimó la apelación{ruling, select, none {} other { contra {ruling}}}{dated, select, yes { el {date}} other {}}: la apelación terminó y la orden del tribunal de distrito se mantiene.{stayEnded, select, yes { Lo que estaba en pausa durante la apelación ya no lo está.} other {}}} recalled {{Court} retiró su mandato{decided, select, none {} other {: su decisión del {decided} deja de tener efecto hasta que el mandato se emita de nuevo}}{ruling, select, none {} other {, y {ruling} sigue vigente como estaba antes de esa decisión}}.} stay_denied {{admin, select, yes {{by, select, supreme_court {La Corte Suprema} other {{Court}}} se negó a poner en pausa de inmediato {ruling, select, none {la decisión apelada} other {{ruling}}}: sigue vigente mientras el tribunal decide si la pone en pausa durante la apelación.} other {{by, select, supreme_court {La Corte Suprema} other {{Court}}} se negó a poner en pausa {ruling, select, none {la decisión apelada} other {{ruling}}} mientras dura la apelación{adminEnded, select, yes {, y terminó su pausa provisional: vuelve a aplicarse.} other {: sigue vigente.}}}}} stay_granted {{by, select, supreme_court {La Corte Suprema} other {{Court}}} puso en pausa {inPart, select, yes {parte de } other {}}{ruling, select, none {la decisión apelada} other {{ruling}}}{inPart, select, yes {{part, select, none {} other { («{part}»)}}} other {}} {admin, select, yes {por ahora, mientras decide si la pone en pausa durante la apelación (una suspensión administrativa): } other {mientras dura la apelación: }}{inPart, select, yes {esa parte no se aplica por ahora; el resto sigue vigente.} other {{admin, select, yes {entre tanto no se aplica.} other {por ahora no se aplica.}}}}} reheard {{Court} {enBanc, select, yes {aceptó volver a oír la apelación con todos sus jueces (en banc) y anuló} other {aceptó volver a oír la apelación y retiró}} su decisión anterior{decided, select, none {} other { del {decided}}}: esa decisión ya no tiene efecto.{ruling, select, none {} other { {Ruling} {held, select, yes {{many, select, yes {siguen en pausa, sin vigencia,} other {sigue en pausa, sin vigencia,}}} other {{many, select, yes {siguen vigentes} other {sigue vigente}}}} {many, select, yes {tal como estaban} other {tal como estaba}} mientras el tribunal vuelve a decidir la apelación.}}} certiorari_filed {La parte que perdió pidió a la Corte Suprema que revise el caso{decided, select, none {} other { el {decided}}}. Mientras la Corte Suprema decide si lo acepta, nada cambia.} rehearing_denied {{Court} se negó a volver a oír la apelación{enBanc, select, yes { con todos sus jueces} other {}}: su decisión{decided, select, none {} other { del {decided}}} se mantiene. Tendrá efecto cuando el tribunal emita su mandato{due, select, none {} other {, previsto para el {due}}}, salvo que lo aplace.} mandate_stayed {{Court} aplazó la entrada en vigor de su decisión{decided, select, none {} other { del {decided}}}{until, select, none {} other { hasta el {until}}}{cert, select, yes {{until, select, none { mientras} other {, y más tiempo si}} la parte que perdió pide a la Corte Suprema que revise el caso} other {}}: por ahora nada cambia; lo que se aplica hoy se sigue aplicando.} certiorari_denied {La Corte Suprema decidió no revisar el caso{decided, select, none {} other { el {decided}}}: se mantiene la decisión del tribunal de apelaciones.{stayEnded, select, yes { Lo que estaba en pausa hasta que se decidiera la petición ya no lo está.} other {}}} certiorari_judgment {La Corte Suprema decidió el caso{decided, select, none {} other { el {decided}}}, después de aceptar revisarlo. Lea su decisión para saber qué cambia.{stayEnded, select, yes { Lo que estaba en pausa hasta entonces ya no lo está.} other {}}} other {{Court} emitió su mandato{dated, select, yes { el {date}} other {}}: su decisión ya tiene efecto en el tribunal de distrito.}}',
  'appeal.reinstated.headline': '{headline} (se restableció la decisión del {date})',
  'appeal.reinstated.sentence':
    '{Court} restableció su decisión anterior del {date}: vuelve a tener efecto. {sentence}',
  'appeal.ruling.changing':
    'la orden del {date} que {how, select, extending {prorrogó} other {modificó}} {theName}',
  'injunction.byAppeal':
    '{action, select, vacated {La decisión {courtOf}{decided, select, none {} other { del {decided}}} ya tiene efecto: {theName} {injunction, select, consent_decree {queda anulado} agency_postponement {queda anulado} settlement {queda anulado} other {queda anulada}} y ya no se aplica.} other {La decisión {courtOf}{decided, select, none {} other { del {decided}}} ya tiene efecto: modificó {theName}. Lea la decisión para saber qué cubre ahora.}}',
  'injunction.pendingAppeal.headline':
    '{admin, select, yes {{inPart, select, yes {En pausa en parte por ahora: {ruling}} other {En pausa por ahora: {ruling}}}} other {{inPart, select, yes {En pausa en parte durante la apelación: {ruling}} other {En pausa durante la apelación: {ruling}}}}}',
  'injunction.pendingAppeal':
    '{by, select, district {{inPart, select, yes {El tribunal puso en pausa una parte de {ruling} mientras dura la apelación: esa parte queda en pausa hasta que se decida la apelación; el resto sigue vigente.} other {El tribunal concedió una pausa durante la apelación: {ruling} queda en pausa hasta que se decida la apelación y entre tanto no se aplica.}}} other {{by, select, supreme_court {La Corte Suprema} other {{Court}}} {admin, select, yes {{inPart, select, yes {puso en pausa una parte de {ruling} por ahora, mientras decide si la pone en pausa durante la apelación (una suspensión administrativa): el resto sigue vigente.} other {puso en pausa {ruling} por ahora, mientras decide si la pone en pausa durante la apelación (una suspensión administrativa): entre tanto no se aplica.}}} other {{inPart, select, yes {puso en pausa una parte de {ruling} mientras dura la apelación: el resto sigue vigente.} other {puso en pausa {ruling} mientras dura la apelación: por ahora no se aplica.}}}}}}',
  'injunction.pendingAppeal.partOnHold':
    '{from, select, transfer_notice {La parte suspendida es el aviso exigido antes de trasladar a {anyone}{out}.} transfer {La parte suspendida es la prohibición de trasladar a {anyone}{out}.} removal {La parte suspendida es la prohibición de deportar a {anyone}.} removal_conditions {La parte suspendida son las condiciones para deportar a {anyone}.} detention {La parte suspendida es lo que dice sobre la detención de {anyone}.} detainer {La parte suspendida es la prohibición de retener a {anyone} por una orden de retención de inmigración (detainer).} other {La parte suspendida es la protección de {what} de {anyone}.}}',
  'injunction.pendingAppeal.certiorari':
    'La pausa dura también hasta que se decida cualquier petición de certiorari: termina si la petición se deniega, o con la sentencia de la Corte Suprema si se concede.',
  'injunction.resumed.headline':
    '{held, select, reversed {Fin de la pausa durante la apelación: la parte en pausa de {theName} fue revocada} vacated {Fin de la pausa durante la apelación: la parte en pausa de {theName} fue anulada} decided {Fin de la pausa durante la apelación: {theName}} other {{TheName} vuelve a aplicarse}}',
  'injunction.pausedUntil.headline': '{TheName} en pausa hasta el {held}',
  'injunction.pausedUntil':
    'El tribunal puso en pausa {theName} hasta el {held}: hasta entonces no se aplica, y vuelve a aplicarse desde el {again}, salvo que un tribunal la ponga en pausa de nuevo.',
  'injunction.endedByJudgment.headline': '{TheName}: terminó con la sentencia definitiva',
  'injunction.endedByJudgment':
    'El tribunal falló en contra de la parte demandante y el caso terminó{dated, select, yes { (sentencia definitiva del {date})} other {}}: {theName}, que solo duraba hasta la sentencia definitiva, terminó y ya no se aplica.',
  'relief.granted.headline':
    '{injunction, select, agency_postponement {Aplazada la entrada en vigor de la norma (5 U.S.C. § 705)} set_aside {El tribunal anuló {object, select, none {la medida de la agencia} other {{object}}}{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}} declaratory_judgment {Sentencia declarativa{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}} permanent_injunction {Medida cautelar permanente concedida{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}} injunction_pending_appeal {Medida cautelar durante la apelación solo para {parties}} settlement {Acuerdo de conciliación aprobado: el tribunal lo hará cumplir} other {Decreto de consentimiento dictado}}',
  'relief.granted':
    '{injunction, select, agency_postponement {El tribunal aplazó la entrada en vigor de la norma (5 U.S.C. § 705){dated, select, yes { el {date}} other {}}: la norma no entrará en vigor {term, select, until {hasta {until}} other {mientras dure el caso}}.} set_aside {El tribunal anuló {object, select, none {la medida de la agencia} other {{object}}}{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}{dated, select, yes { el {date}} other {}}: queda sin efecto según 5 U.S.C. § 706(2). Es una decisión definitiva: se mantiene salvo que un tribunal superior la cambie.} declaratory_judgment {El tribunal dictó una sentencia declarativa{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}{dated, select, yes { el {date}} other {}}: {object, select, none {declaró los derechos de las partes} other {declaró que {object}}}. Es una decisión definitiva: se mantiene salvo que un tribunal superior la cambie.} permanent_injunction {El tribunal concedió una medida cautelar permanente{whom, select, class { para la clase} plaintiffs { para la parte demandante} other {}}{dated, select, yes { el {date}} other {}}: una orden judicial que debe cumplirse desde ahora, como decisión definitiva, salvo que un tribunal superior la cambie.} injunction_pending_appeal {{by, select, appeals {{Court}} other {El tribunal}} concedió una medida cautelar durante la apelación{dated, select, yes { el {date}} other {}}: protege solo a {parties}, a nadie más, hasta que se resuelva la apelación o el tribunal ordene otra cosa.} settlement {El tribunal aprobó el acuerdo de conciliación{dated, select, yes { el {date}} other {}}: un acuerdo entre las partes que el tribunal hará cumplir, vigente {term, select, until {hasta {until}} other {hasta que el tribunal le ponga fin}}.} consent_decree {El tribunal dictó un decreto de consentimiento{dated, select, yes { el {date}} other {}}: un acuerdo entre las partes que el tribunal aprobó y hará cumplir, vigente {term, select, until {hasta {until}} other {hasta que el tribunal le ponga fin}}.} other {}}',
  'relief.remanded.headline': 'Devuelta a la agencia sin anularla',
  'relief.remanded':
    'El tribunal devolvió {object, select, none {la medida de la agencia} other {{object}}} a la agencia sin anularla{dated, select, yes { el {date}} other {}}: sigue vigente, y esta decisión no concede ninguna protección contra ella.',
  'relief.denied.headline': 'Medida cautelar durante la apelación denegada',
  'relief.denied':
    '{by, select, appeals {{Court}} other {El tribunal}} denegó la solicitud de una medida cautelar durante la apelación{dated, select, yes { el {date}} other {}}: ninguna orden protege a {parties} mientras dure la apelación.',
  'relief.appealEnded.headline': 'Terminó la medida cautelar durante la apelación para {parties}',
  'relief.appealEnded':
    'Terminó la medida cautelar durante la apelación para {parties}{dated, select, yes { el {date}} other {}}: {how, select, decided {el tribunal de apelaciones resolvió la apelación} dismissed {la apelación fue desestimada} other {el tribunal de apelaciones emitió su mandato}}. Ya no los protege.',
  'injunction.endsOn.headline': '{TheName}: termina el {effective}',
  'injunction.endsOn':
    'El tribunal puso fin a {theName} a partir del {effective}: sigue vigente hasta entonces.{injunction, select, agency_postponement { Desde ese día la norma puede entrar en vigor.} consent_decree { Sus protecciones terminan ese día.} settlement { Sus protecciones terminan ese día.} other {}}',
  'injunction.resumed':
    '{why, select, term {La pausa fijada por el tribunal terminó{dated, select, yes { (desde el {date})} other {}}} administrative {{by, select, supreme_court {La Corte Suprema} other {{Court}}} terminó su pausa provisional (suspensión administrativa){dated, select, yes { el {date}} other {}}} lifted {{by, select, supreme_court {La Corte Suprema} other {{Court}}} levantó la pausa durante la apelación{dated, select, yes { el {date}} other {}}} mandate {{Court} emitió su mandato{dated, select, yes { el {date}} other {}}, así que terminó la pausa durante la apelación} certiorari {La Corte Suprema resolvió la petición de certiorari{dated, select, yes { el {date}} other {}}, así que terminó la pausa que había concedido} other {La apelación fue desestimada{dated, select, yes { el {date}} other {}}, así que terminó la pausa durante la apelación}}: {held, select, reversed {la parte de {theName} que estaba en pausa fue revocada en la apelación: no se aplica{term, select, yes {; {theName} rige hasta el {until}} other {}}.} vacated {la parte de {theName} que estaba en pausa fue anulada en la apelación: ya no se aplica, y el resto sigue vigente{term, select, yes {; {theName} rige hasta el {until}} other {}}.} decided {la decisión del tribunal de apelaciones indica ahora qué parte de {theName} se aplica{term, select, yes {; {theName} rige hasta el {until}} other {}}.} other {{inPart, select, yes {la parte de {theName} que estaba en pausa vuelve a aplicarse.} other {{theName} vuelve a aplicarse.}}}}',

  'withdrawn.headline':
    '{headline} ({how, select, stricken {orden eliminada del expediente} withdrawn {orden retirada} other {orden dictada por error}})',
  'withdrawn.because':
    'Esto se debe a que {how, select, stricken {el tribunal eliminó del expediente la orden que fijó esta fecha} withdrawn {el tribunal retiró la orden que fijó esta fecha} other {el tribunal dejó sin efecto la orden que fijó esta fecha por haberse dictado por error}} ({order}{dated, select, yes {, {date}} other {}}).',
  'deadline.untracked.headline': 'Plazo no seguido cancelado',
  'deadline.untracked.sentence': 'Una orden canceló un plazo que no seguíamos: «{words}».',
  'deadline.headline':
    '{change, select, set {Plazo fijado: {what}, vence {dated, select, yes {el {due}} other {{due}}}} current {Plazo: {what}, vence {dated, select, yes {el {due}} other {{due}}}} right {Personas de la clase: último día para {right, select, object {presentar objeciones} opt_out {pedir quedar excluidas} other {presentar una reclamación}}, {dated, select, yes {el {due}} other {{due}}}{only, select, none {} other { (algunas personas de la clase)}}} act {Orden del tribunal: {what}, a más tardar {dated, select, yes {el {due}} other {{due}}}} schedule {Cambió la frecuencia: {what}, ahora vence {every}} moved {Plazo cambiado: {what}, ahora vence {dated, select, yes {el {due}} other {{due}}}} mooted {Plazo sin efecto: {what}} relieved {Ya no vence: {what}} other {Plazo cancelado: {what}}}',
  'deadline.sentence':
    '{change, select, set {Nuevo plazo: {what}{party} vence {dated, select, yes {el {due}} other {{due}}}{computed, select, none {} other {, como ordenó el tribunal (el sistema de la secretaría había calculado el {computed})}}.} current {Plazo: {what}{party} vence {dated, select, yes {el {due}} other {{due}}}{was, select, none {} other { (se cambió del {was})}}.} right {Las personas de la clase que quieran {right, select, object {presentar objeciones} opt_out {quedar excluidas de la clase} other {presentar una reclamación}} deben hacerlo {dated, select, yes {a más tardar {dated, select, yes {el {due}} other {{due}}}} other {dentro de un plazo de {due}}}; es su decisión, no una obligación de las partes.{only, select, none {} other { Este día es {only}; para las demás personas de la clase sigue el día fijado antes.}}} act {El tribunal ordenó: {what}{party}, a más tardar {dated, select, yes {el {due}} other {{due}}}.} schedule {Cambió la frecuencia de un plazo: {what}{party} ahora vence {every}, en lugar de {wasEvery}; el próximo vence {dated, select, yes {el {due}} other {{due}}}.} moved {Un plazo cambió: {what}{party} ahora vence {dated, select, yes {el {due}} other {{due}}}{was, select, none {} other { (antes vencía el {was})}}.} mooted {Un plazo ya no se aplica: {what}{party} ya no vence{was, select, none {} other { el {was}}}.} relieved {Ya no vence: {what}{party}. El tribunal liberó a {who} de esta obligación.} other {Se canceló un plazo: {what}{party} ya no vence{was, select, none {} other { el {was}}}.}}',
  'at.time': '{date} a las {time}',
  'filingMissing.headline': 'Falta un escrito esperado: {what}',
  'filingMissing.sentence':
    '{party, select, none {{what} debía presentarse a más tardar el {date}} other {el plazo de {party} para presentar {what} vencía el {date}}}, y todavía no aparece en el expediente.',
  'hearing.manner':
    '{name} {how, select, phone {por teléfono} video {por videoconferencia} other {en persona}}',
  'hearing.name':
    '{hearing, select, motion_hearing {audiencia sobre una moción} status_conference {conferencia sobre el estado del caso} status_hearing {audiencia sobre el estado del caso} scheduling_conference {conferencia de calendario} oral_argument {alegatos orales} evidentiary_hearing {audiencia de pruebas} sentencing {audiencia de sentencia} trial {juicio} conference {conferencia} telephone_conference {conferencia telefónica} pretrial_conference {conferencia previa al juicio} final_pretrial_conference {conferencia final previa al juicio} settlement_conference {conferencia de conciliación} bond_hearing {audiencia de fianza} detention_hearing {audiencia sobre la detención} show_cause_hearing {audiencia para exponer motivos} preliminary_injunction_hearing {audiencia sobre la medida cautelar preliminar} arraignment {lectura de cargos} jury_trial {juicio con jurado} bench_trial {juicio sin jurado} other {audiencia}}',
  'party.role':
    '{role, select, respondent {el demandado} respondents {los demandados} petitioner {el peticionario} petitioners {los peticionarios} plaintiff {el demandante} plaintiffs {los demandantes} defendant {el demandado} defendants {los demandados} government {el Gobierno} movant {la parte solicitante} movants {las partes solicitantes} debtor {el deudor} debtors {los deudores} appellant {el apelante} appellants {los apelantes} appellee {el apelado} appellees {los apelados} intervenor {el interviniente} intervenors {los intervinientes} parties {las partes} counsel {los abogados} class_counsel {los abogados de la clase} trustee {el síndico} creditor {el acreedor} creditors {los acreedores} other {una de las partes}}',
  'deadline.act':
    '{act, select, response {respuesta{ref, select, none {} other { al escrito {ref}}}} reply {réplica{ref, select, none {} other { en apoyo del escrito {ref}}}} answer {contestación a la demanda{ref, select, none {} other { ({ref})}}} other {escrito{ref, select, none {} other { ({ref})}}}}',
  'deadline.paper':
    '{paper, select, opposition {escrito de oposición{ref, select, none {} other { al escrito {ref}}}} objections {objeciones{ref, select, none {} other { al escrito {ref}}}} joint_status_report {informe conjunto sobre el estado del caso} status_report {informe sobre el estado del caso} report {informe escrito al tribunal} compliance_report {informe sobre el cumplimiento} compliance {certificación de cumplimiento{ref, select, none {} other { de {ref}}}} show_cause {respuesta por escrito a la orden de exponer motivos} brief {escrito de alegatos} supplemental_brief {escrito complementario} motion {moción} motion_pi {moción de medida cautelar preliminar} amended_pleading {demanda enmendada} class_object {último día para que las personas de la clase presenten objeciones} class_opt_out {último día para que las personas de la clase pidan quedar excluidas} class_claim {último día para que las personas de la clase presenten una reclamación} other {escrito}}',
  'deadline.every':
    '{unit, select, months {{n, plural, one {cada mes} =3 {cada tres meses (cada trimestre)} =6 {cada seis meses} =12 {cada año} other {cada # meses}}} weeks {{n, plural, one {cada semana} =2 {cada dos semanas} other {cada # semanas}}} other {{n, plural, one {cada día} other {cada # días}}}}',
  'deadline.inAppeal': '{what} (apelación n.º {docket})',
  'deadline.theParty': 'la parte',
  'court.transferred.headline':
    '{direction, select, in {Caso transferido a este tribunal desde {court}} other {Caso transferido a {court}}}',
  'court.transferred':
    '{direction, select, in {El caso fue transferido a este tribunal desde {court}{dated, select, yes { el {date}} other {}}{number, select, none {} other { (su número allí: {number})}}.} other {El tribunal transfirió el caso a {court}{dated, select, yes { el {date}} other {}}{number, select, none {} other {, donde su número es {number}}}. El caso sigue allí; las órdenes ya dictadas siguen vigentes hasta que ese tribunal decida sobre ellas.}}',
  'deadline.conditional': 'el día que fija la condición de la orden, «{words}» (aún sin fecha)',
  'deadline.period':
    '{n, plural, one {# {unit, select, hours {hora} days {día} business_days {día hábil} weeks {semana} months {mes} other {año}}} other {# {unit, select, hours {horas} days {días} business_days {días hábiles} weeks {semanas} months {meses} other {años}}}} {direction, select, before {antes} other {después}} de {event, select, mandate {que el tribunal de apelaciones emita su mandato} notice_of_appeal {que se presente un aviso de apelación} judgment {que se dicte la sentencia} other {{words}}} (aún sin fecha)',
  'deadline.onlyFor': 'solo para las personas de la clase que la orden describe así: {group}',
  'deadline.setIn': 'el plazo fijado en {label}',
  'deadline.note':
    '{note, select, recurring {se repite} local_rule {plazo por defecto de las reglas locales del tribunal} cmecf {calculado por el sistema del tribunal, CM/ECF} motion_docket {fecha de la moción en el calendario, calculada por el sistema del tribunal, CM/ECF} other {}}',
  'hearing.headline':
    '{change, select, set {Fecha fijada: {name}, el {date}} moved {Nueva fecha: {name}, el {date}} other {Cancelado: {name}}}',
  'hearing.where':
    '{how, select, none {} other {Se celebrará {how, select, phone {por teléfono} video {por videoconferencia} other {en persona}}{place, select, none {} other { en la sala {place}}}.}}{how, select, none {{place, select, none {} other {Se celebrará en la sala {place}.}}} other {}}{join, select, yes { La orden indica cómo conectarse (un enlace o datos para llamar); docketwatch no lo copia: pregunte a los abogados o a la secretaría del tribunal.} other {}}',
  'hearing.sentence':
    '{change, select, set {El tribunal fijó para el {when}: {name}.} moved {Cambió la fecha: {name}{was, select, none {, ahora el {when}} other {, del {was} al {when}}}.} other {Se canceló: {name}{was, select, none {} other { del {was}}}.}}',

  'entry.kind':
    '{kind, select, order {orden} opinion {opinión} judgment {sentencia} mandate {mandato} minute_entry {acta} notice_of_appeal {aviso de apelación} motion {moción} response {respuesta} reply {réplica} stipulation {estipulación} status_report {informe sobre el estado del caso} pleading {escrito} notice {aviso} transcript {transcripción} other {entrada}}',
  'entry.paper.headline':
    '{paper, select, appellee_brief {Escrito de la parte apelada presentado} appellant_brief {Escrito de la parte apelante presentado} reply_brief {Escrito de réplica presentado} rehearing_petition {Petición de nueva audiencia presentada} amicus_brief {Escrito de amicus curiae presentado} other {Memorando presentado}} ({label})',
  'entry.paper.sentence':
    'Se presentó {paper, select, appellee_brief {el escrito de la parte apelada} appellant_brief {el escrito de la parte apelante} reply_brief {un escrito de réplica} rehearing_petition {una petición de nueva audiencia} amicus_brief {un escrito de amicus curiae (amigo del tribunal)} other {un memorando}} ({label}){filed, select, none {} other {, con fecha {filed}}}.',
  'entry.headline': 'Nuevo en el expediente: {kindName} ({label})',
  'entry.sentence':
    'El tribunal registró en el expediente {kind, select, order {una orden} opinion {una opinión} judgment {una sentencia} mandate {un mandato} minute_entry {un acta} notice_of_appeal {un aviso de apelación} motion {una moción} response {una respuesta} reply {una réplica} stipulation {una estipulación} status_report {un informe sobre el estado del caso} pleading {un escrito} notice {un aviso} transcript {una transcripción} other {una entrada}} ({label}){filed, select, none {} other {, con fecha {filed}}}.',
  'entry.appeals.headline':
    '{kind, select, judgment {Sentencia} other {Opinión}} dictada por {court} ({label})',
  'entry.appeals.sentence':
    '{Court} emitió su {kind, select, judgment {sentencia} other {opinión}} ({label}){filed, select, none {} other {, con fecha {filed}}}.',
  'entry.step.headline':
    '{step, select, argued {Caso sometido a la decisión del tribunal tras los alegatos orales} submitted {Caso sometido a la decisión del tribunal con base en los escritos} heard {Alegatos orales escuchados} other {Caso programado para alegatos orales}} ({label})',
  'entry.step.sentence':
    '{step, select, argued {Los abogados presentaron sus alegatos orales ante {court} y el caso quedó sometido a la decisión de sus jueces} submitted {{Court} tomó el caso para decidirlo con base en los escritos, sin alegatos orales} heard {{Court} escuchó los alegatos orales de la apelación} other {{Court} programó la apelación para alegatos orales}} ({label}){filed, select, none {} other {, con fecha {filed}}}.{step, select, calendared {} other { Nada cambia hasta que los jueces decidan.}}',
  'entryUpdated.headline': '{Label}: datos completados',
  'entryUpdated.sentence': 'Los datos de {label} se completaron más tarde.',

  'message.intro':
    '{count, plural, =1 {Esto acaba de pasar en el expediente:} other {Acaban de pasar # cosas en el expediente:}}',
  'message.more': ' (+{count} más)',
  'message.englishNote':
    'Las palabras del tribunal (entre comillas) se citan en inglés, tal como el tribunal las escribió.',
  'digest.changed': '{same, select, yes {Lo que cambió el {from}} other {Lo que cambió del {from} al {to}}}',
  'digest.section':
    '{section, select, rulings {Suspensiones, medidas cautelares y decisiones} deadlines {Cambios de plazos} hearings {Audiencias} sources {Fuentes} filled {Entradas completadas más tarde} alerted {Ya enviado como alertas} other {Otros}}',
  'digest.new':
    'Nuevo: {kind, select, order {Órdenes} opinion {Opiniones} judgment {Sentencias} mandate {Mandatos} minute_entry {Actas} notice_of_appeal {Avisos de apelación} motion {Mociones} response {Respuestas} reply {Réplicas} stipulation {Estipulaciones} status_report {Informes sobre el estado del caso} pleading {Escritos} notice {Avisos} transcript {Transcripciones} other {Otras entradas}} ({count})',
  'digest.needsReview':
    '{count, plural, =1 {1 entrada necesita que una persona la lea: docketwatch encontró en ella fechas o palabras de audiencias, suspensiones o plazos que no pudo leer con seguridad. Está en la página del caso.} other {# entradas necesitan que una persona las lea: docketwatch encontró en ellas fechas o palabras de audiencias, suspensiones o plazos que no pudo leer con seguridad. Están en la página del caso.}}',
  'digest.appeal':
    '{Court}, apelación n.º {docket}: {count, plural, =1 {1 entrada nueva} other {# entradas nuevas}}',
  'digest.headline.entries':
    '{count, plural, =1 {1 entrada nueva en el expediente} other {# entradas nuevas en el expediente}}',
  'digest.headline.filled': '{count, plural, =1 {1 entrada completada} other {# entradas completadas}}',
  'digest.headline.next': '{what}; próximo plazo {days}',
  'digest.headline.alerted':
    'Cómo está el caso ({count, plural, =1 {1 cambio ya enviado} other {# cambios ya enviados}} como alertas)',
  'posture.title': 'Cómo está el caso',
  'posture.notRead':
    'docketwatch todavía no ha leído el expediente de este caso, así que no puede decir qué está vigente.',
  'posture.nothing': 'No hay nada vigente: ninguna suspensión ni medida cautelar.',
  'posture.inForce': 'Vigente',
  'posture.term':
    '{term, select, date {hasta el {date} ({days})} until {hasta {until}} other {sin fecha de fin}}',
  'posture.since': ', desde el {date}',
  'list.and': ' y ',
  'posture.name':
    '{kind, select, removal {Suspensión de la deportación de {who}} other {Suspensión: {what}}}',
  'posture.sooner':
    '; o hasta que el tribunal decida sobre {kind, select, pi {la moción de medida cautelar preliminar} other {la moción ({label})}}, si eso ocurre antes',
  'injunction.sooner':
    'Termina antes si el tribunal decide sobre {kind, select, pi {la moción de medida cautelar preliminar} other {la moción ({label})}} antes de esa fecha.',
  'posture.modified': '; vigente con los cambios {changes}',
  'posture.modifiedBy':
    '{by, select, appeals {de la decisión {courtOf} del {decided} (en vigor a partir del {date}{label, select, none {} other {, {label}}})} other {de la orden del {date}{label, select, none {} other { ({label})}}}}',
  'posture.onAppeal':
    '; {action, select, vacated {{court} la anuló} other {{court} la anuló en parte}} el {date}: vigente hasta que emita su mandato',
  'posture.onHold': 'En pausa (no vigente)',
  'posture.onHoldRow':
    '{name} del {date}: {pending, select, administrative {en pausa por ahora: {court} la puso en pausa el {held}, mientras decide si la pone en pausa durante la apelación} yes {{decided, select, none {en pausa hasta que se decida la apelación} other {en pausa: {court} {part, select, yes {anuló una parte} other {la anuló}} el {decided}, con efecto cuando emita su mandato}} (suspendida durante la apelación el {held})} certiorari {en pausa hasta que se decidan la apelación y cualquier petición de certiorari (suspendida el {held})} other {{until, select, none {en pausa desde el {held}} other {en pausa hasta el {until}; vuelve a aplicarse desde el {again}}}}}',
  'posture.stayedInPart':
    '; {by, select, district {el tribunal} supreme_court {la Corte Suprema} other {{court}}} {admin, select, yes {puso en pausa una parte por ahora el {date}, mientras decide si la pone en pausa durante la apelación} other {puso en pausa una parte durante la apelación el {date}}}{part, select, none {} other { ({part})}}: esa parte está en pausa',
  'posture.modifiedPart':
    ' (se {act, select, vacated {anuló} stayed {puso en pausa} other {modificó}} {reach, select, except {con esta excepción: {words}; esa parte sigue vigente} other {{lead, select, own {} other {solo en cuanto a }}{words}; el resto sigue vigente}})',
  'posture.reheard':
    '; {court} anuló su decisión{decided, select, none {} other { del {decided}}} al conceder {enBanc, select, yes {una nueva audiencia en pleno (en banc)} other {una nueva audiencia}} el {date}: esa decisión ya no tiene efecto',
  'deadline.partOnHold': '(una parte queda en pausa durante la apelación: {part})',
  'posture.nextDeadlines': 'Próximos plazos',
  'posture.noDeadlines': 'No hay plazos próximos.',
  'posture.onlyPapers':
    '{count, plural, one {No hay plazos próximos, salvo un escrito de los abogados que vence el {next}.} other {No hay plazos próximos, salvo # escritos de los abogados; el primero vence el {next}.}}',
  'posture.alsoPapers':
    '{count, plural, one {Además, los abogados tienen un escrito (alegatos, una respuesta u otro semejante) que vence el {next}.} other {Además, los abogados tienen # escritos (alegatos, respuestas u otros semejantes); el primero vence el {next}.}}',
  'posture.nextHearings': 'Próximas audiencias',
  'link.entry': 'Entrada del expediente',
  'link.document': 'Documento',
  'link.casePage': 'Este caso en docketwatch',
  'link.docket': 'El expediente en el tribunal',
  'link.keyDates': 'Fechas clave (agréguelas a su calendario)',
  audience:
    '{audience, select, legal {equipo legal} maintainer {responsables del sitio} other {lenguaje sencillo}}',
  'footer.why': 'Recibe este mensaje porque sigue {title} en docketwatch ({audience}).',
  'footer.manage': 'Administrar su suscripción',
  'footer.unsubscribe': 'Cancelar la suscripción',

  'welcome.subject': 'Ya sigue {title}',
  'welcome.intro':
    'Su suscripción está confirmada. {frequency, select, immediate {Recibirá un correo en cuanto pase algo en el expediente.} weekly {Recibirá de inmediato las noticias urgentes (una suspensión, una medida cautelar, una decisión, un plazo fijado por el tribunal) y, una vez por semana, un resumen de todo lo demás.} other {Recibirá de inmediato las noticias urgentes (una suspensión, una medida cautelar, una decisión, un plazo fijado por el tribunal) y, una vez al día, un resumen de todo lo demás.}}',
  'welcome.now': 'Así está el caso hoy:',
  'page.footer':
    'docketwatch lee expedientes judiciales públicos. Puede equivocarse o llegar tarde: el expediente del tribunal es el registro oficial.',
  'page.cases': 'Casos que se siguen',
  'page.languages': 'Leer esta página en:',
  'page.englishOnly': 'El expediente del caso que sigue está en inglés, tal como lo escribió el tribunal.',
  'follow.title': 'Seguir este caso',
  'follow.calendar': 'Calendario del equipo legal (plazos, audiencias, suspensiones; en inglés)',
  'follow.feed': 'Canal Atom de las entradas nuevas (en inglés)',
  'form.title': 'Recibir avisos por correo',
  'form.email': 'Correo electrónico',
  'form.which': 'Qué mensajes',
  'form.advocate':
    'En lenguaje sencillo: suspensiones, medidas cautelares, órdenes, audiencias, apelaciones y plazos fijados por el tribunal',
  'form.legal': 'Equipo legal: cada escrito y cada plazo, en inglés',
  'form.often': 'Con qué frecuencia',
  'form.immediate': 'Cada mensaje en cuanto ocurre',
  'form.daily': 'Lo urgente de inmediato; todo lo demás en un correo al día',
  'form.weekly': 'Lo urgente de inmediato; todo lo demás en un correo a la semana',
  'form.language': 'Idioma de los mensajes',
  'form.languageNote': 'El texto del expediente y los documentos del tribunal quedan en inglés.',
  'form.submit': 'Suscribirse',
  'form.invalid': 'Revise el formulario:',
  'form.hint': 'Enviamos un correo para confirmar. No se envía nada más hasta que haga clic en su enlace.',
  'form.off': 'Los avisos por correo no están configurados en este servidor.',
  'subscribe.title': 'Seguir {title}',
  'subscribe.pick': 'Elija un caso para seguir:',
  'check.title': 'Revise su correo',
  'check.body':
    'Si {email} puede recibir avisos sobre {title}, le enviamos un correo. Abra el enlace que contiene para empezar a recibirlos o para cambiarlos.',
  'check.hint': 'Nada cambia hasta que haga clic en el enlace.',
  'confirmed.title': 'Suscripción confirmada',
  'confirmed.body': '{email} recibirá avisos sobre {title} ({what}).',
  'confirmed.welcome':
    'Le enviamos un correo de bienvenida con la situación actual del caso. Cada correo tiene un enlace para cambiar o detener los avisos.',
  'confirmed.manage': 'Cambiar o detener los avisos',
  describe:
    '{audience, select, legal {equipo legal} maintainer {responsables del sitio} other {lenguaje sencillo}}, {frequency, select, immediate {cada mensaje al momento} weekly {lo urgente de inmediato, lo demás una vez por semana} other {lo urgente de inmediato, lo demás una vez al día}}',
  'manage.title': 'Su suscripción',
  'manage.follows': '{email} sigue {title}.',
  'manage.status':
    '{status, select, pending {Esperando el enlace de confirmación.} active {Activa.} unsubscribed {Cancelada.} other {Detenida: el correo a esta dirección fue rechazado.}}',
  'manage.saved': 'Guardado.',
  'manage.save': 'Guardar',
  'unsubscribe.title': 'Cancelar la suscripción',
  'unsubscribe.question': '¿Dejar de enviar correos a {email} sobre {title}?',
  'unsubscribe.generic': '¿Dejar de recibir estos correos?',
  'unsubscribe.done': 'Suscripción cancelada',
  'unsubscribe.doneBody': '{email} no recibirá más correos sobre {title}.',
  'people.covered':
    '{scope, select, nationwide {A quién ampara: {class}, en todo el país.} district {A quién ampara: {class}, en el distrito de este tribunal.} named {A quién ampara: {class} (las personas nombradas en el caso).} other {A quién ampara: {class}.}}',
  'people.decertified':
    'Ya no hay clase: el tribunal descertificó la clase en su orden del {date} ({label}). El caso sigue solo para las personas nombradas en él.',
  'people.subclassDecertified':
    'El tribunal descertificó la subclase {subclass} en su orden del {date} ({label}): quienes solo pertenecían a ella ya no están cubiertos.',
  'posture.limitedTo':
    '{grant, select, yes {; solo para {parties}, para nadie más} other {; ahora solo para {parties} (orden del {date}, {label}), ya no para nadie más}}',
  'court.party':
    '{role, select, named {las personas nombradas en el caso} defendants {los demandados} defendant {la parte demandada} respondents {los demandados} respondent {la parte demandada} plaintiffs {los demandantes} plaintiff {la parte demandante} petitioners {los peticionarios} petitioner {la parte peticionaria} none {una de las partes} other {{name}}}',
  'court.decertified.headline':
    '{subclass, select, none {Clase descertificada} other {Subclase descertificada: {subclass}}}',
  'court.judgment.headline':
    '{party, select, defendants {Sentencia a favor de los demandados} other {Sentencia a favor de los demandantes}}',
  'court.judgment':
    '{party, select, defendants {El tribunal dictó sentencia definitiva a favor de los demandados{dated, select, yes { el {date}} other {}}: el caso se decide en contra de quienes lo presentaron, salvo que un tribunal superior lo cambie.} other {El tribunal dictó sentencia definitiva a favor de los demandantes{dated, select, yes { el {date}} other {}}.{unread, select, yes { El expediente no dice qué medidas concede: lea la sentencia para saber qué ordena.} other {}}}}',
  'court.certified.headline':
    '{subclass, select, none {{provisional, select, yes {Clase certificada provisionalmente} other {Clase certificada}}} other {Subclase {provisional, select, yes {certificada provisionalmente} other {certificada}}: {subclass}}}',
  'court.certified':
    '{subclass, select, none {El tribunal {provisional, select, yes {certificó provisionalmente} other {certificó}} la clase{dated, select, yes { el {date}} other {}}: las órdenes que protegen a la clase ahora amparan a todas las personas que la forman, no solo a las nombradas en el caso.} other {El tribunal {provisional, select, yes {certificó provisionalmente} other {certificó}} la subclase {subclass}{dated, select, yes { el {date}} other {}}: las órdenes que protegen a esa subclase amparan a todas las personas que la forman.}}',
  'court.certified.definition': 'La clase, en palabras del tribunal: {definition}.',
  'court.decertified':
    '{subclass, select, none {El tribunal descertificó la clase{dated, select, yes { el {date}} other {}}: {limited, select, none {el caso sigue solo para las personas nombradas en él, no para las demás personas de la clase.} other {{ruling} ahora protege solo a {parties}, no a las demás personas de la clase.}}} other {El tribunal descertificó la subclase {subclass}{dated, select, yes { el {date}} other {}}: las personas que estaban en el caso solo como miembros de esa subclase ya no están cubiertas por él. El resto de la clase sigue certificada.}}',
  'injunction.term.headline': '{TheName}: vigente hasta el {until}',
  'injunction.term':
    '{TheName} está vigente hasta el {until}{was, select, none {} other { (iba a terminar el {was})}}: lo dice la orden del tribunal{dated, select, yes { del {date}} other {}}.',
  'injunction.part.headline':
    '{reach, select, except {{act, select, vacated {Solo una parte de {theName} sigue vigente} stayed {El tribunal puso en pausa {theName} salvo una parte} other {El tribunal modificó {theName} salvo una parte}}} other {El tribunal {act, select, vacated {anuló} stayed {puso en pausa} other {modificó}} una parte de {theName}: el resto sigue vigente}}',
  'injunction.part':
    '{reach, select, except {El tribunal {act, select, vacated {anuló} stayed {puso en pausa} other {modificó}} {theName}{dated, select, yes { el {date}} other {}}, con esta excepción: {words}. Esa parte sigue vigente; el resto {act, select, stayed {queda en pausa} other {ya no se aplica}}.} other {El tribunal {act, select, vacated {anuló} stayed {puso en pausa} other {modificó}} una parte de {theName}{dated, select, yes { el {date}} other {}}: {words}. {act, select, vacated {Esa parte ya no se aplica; el resto sigue vigente.} stayed {Esa parte queda en pausa; el resto sigue vigente.} other {El resto sigue vigente.}}}}',
  'injunction.limited.headline': '{TheName} ahora protege solo a {parties}',
  'injunction.limited':
    'El tribunal limitó {theName}{dated, select, yes { el {date}} other {}}: ahora protege solo a {parties}, a nadie más.',
  'court.contempt.headline':
    '{act, select, found {Desacato: el tribunal declaró en desacato a {party}} other {Desacato subsanado}}',
  'court.contempt':
    '{act, select, found {El tribunal declaró en desacato{nature, select, civil { civil} criminal { penal} other {}} a {party}{dated, select, yes { el {date}} other {}}: decidió que no cumplieron su orden, y puede imponer sanciones hasta que la cumplan.} other {El tribunal determinó{dated, select, yes { el {date}} other {}} que se subsanó el desacato{named, select, yes { de {party}} other {}}: hicieron lo que el tribunal exigía, y ya no corre ninguna sanción por ello.}}',
  'people.addedBy': 'El tribunal amplió la clase en su orden del {date} ({label}).',
  'people.coveredFrom':
    '{from, select, order {Así definió la clase el tribunal en su orden del {date} ({label}).} maintainersOrder {Así recogen los responsables de este sitio la definición que dio el tribunal en su orden del {date} ({label}).} other {Descripción de los responsables de este sitio, no palabras del tribunal: las órdenes del tribunal dicen quién forma parte de la clase.}}',
  'stay.theName': 'la suspensión',
  'protection.orderCalls': 'lo que la orden llama {words}',
  'people.protection':
    '{from, select, transfer {{action, select, granted {Mientras {theName} esté vigente, los traslados de {anyone}{out} están bloqueados.} extended {Mientras {theName} esté vigente, los traslados de {anyone}{out} están bloqueados.} modified {Lea la orden para saber de quiénes siguen bloqueados los traslados{out}.} other {{TheName} ya no bloquea los traslados de {anyone}{out}.}}} transfer_notice {{action, select, granted {{TheName} exige aviso previo antes de trasladar a {anyone}{out}: no impide todos los traslados.} extended {{TheName} exige aviso previo antes de trasladar a {anyone}{out}: no impide todos los traslados.} modified {Lea la orden para saber qué aviso exige ahora antes de un traslado.} other {{TheName} ya no exige aviso previo antes de trasladar a {anyone}{out}.}}} detainer {{action, select, granted {Mientras {theName} esté vigente, no se puede retener a {anyone} por una orden de detención migratoria (detainer) cuando de otro modo quedarían en libertad.} extended {Mientras {theName} esté vigente, no se puede retener a {anyone} por una orden de detención migratoria (detainer) cuando de otro modo quedarían en libertad.} modified {Lea la orden para saber qué dice ahora sobre las órdenes de detención migratoria.} other {{TheName} ya no prohíbe retener a {anyone} por una orden de detención migratoria.}}} other {{action, select, granted {Mientras {theName} esté vigente, está bloqueada la terminación de {what} de {anyone}.} extended {Mientras {theName} esté vigente, está bloqueada la terminación de {what} de {anyone}.} modified {Lea la orden para saber de quiénes {whatForm, select, f {sigue protegida} mp {siguen protegidos} fp {siguen protegidas} other {sigue protegido}} {what}.} other {{TheName} ya no bloquea la terminación de {what} de {anyone}.}}}}',
  'protection.out':
    '{kind, select, circuit { fuera del {circuit}} district { fuera del distrito} facility { fuera del centro donde están detenidas} place { fuera de {name}} other {}}',
  'people.injunction':
    '{protects, select, removal_conditions {{action, select, granted {{TheName} pone condiciones a la deportación de {anyone}: no impide todas las deportaciones. Lea la orden para saber qué protege.} extended {{TheName} pone condiciones a la deportación de {anyone}: no impide todas las deportaciones. Lea la orden para saber qué protege.} modified {Lea la orden para saber qué protege ahora.} other {Ya no se aplican las condiciones que {theName} ponía a la deportación de {anyone}.}}} removal {{action, select, granted {Mientras {theName} esté vigente, las deportaciones de {anyone} están bloqueadas.} extended {Mientras {theName} esté vigente, las deportaciones de {anyone} están bloqueadas.} modified {Lea la orden para saber de quiénes siguen bloqueadas las deportaciones.} other {{TheName} ya no bloquea las deportaciones de {anyone}.}}} other {{action, select, granted {Mientras esté vigente, {theName} limita la detención de {anyone}.} extended {Mientras esté vigente, {theName} limita la detención de {anyone}.} modified {Lea la orden para saber qué dice ahora sobre la detención.} other {{TheName} ya no limita la detención de {anyone}.}}}}',

  'calendar.name': '{title}: fechas clave',
  'calendar.stay.summary':
    '{cancelled, select, yes {Suspensión (ya no vigente)} other {{state, select, superseded {Último día de la suspensión: {replacement} la reemplazó} expired {Último día de la suspensión (no se prorrogó)} other {Último día de la suspensión: la protección termina salvo que el tribunal la prorrogue}}}}',
  'calendar.stay.description':
    '{state, select, superseded {{removal, select, yes {La suspensión protegió a {anyone} de la deportación hasta el {endedOn}, cuando {replacement} tomó su lugar.} other {La suspensión estuvo vigente hasta el {endedOn}, cuando {replacement} tomó su lugar.}}} lifted {{removal, select, yes {La suspensión protegió a {anyone} de la deportación hasta que el tribunal la levantó el {endedOn}.} other {La suspensión estuvo vigente hasta que el tribunal la levantó el {endedOn}.}}} expired {{removal, select, yes {La suspensión protegió a {anyone} de la deportación hasta el {date}; no se prorrogó.} other {La suspensión estuvo vigente hasta el {date}; no se prorrogó.}}} other {{removal, select, yes {La suspensión protege a {anyone} de la deportación hasta el {date}.} other {La suspensión está vigente hasta el {date}.}} Consulte la página del caso por si hay una prórroga.}}',
  'calendar.stay.laterOrder': 'una orden posterior',
  'calendar.page.asOf': 'Situación al {date}.',
  'protection.title': 'Lo que protegió a las personas, orden por orden',
  'protection.intro':
    'Cada orden que concedió, cambió o terminó una suspensión o una medida cautelar, hasta el {date}, con las palabras de los avisos.',
  'protection.none': 'Hasta este día ninguna orden había suspendido nada ni concedido una medida cautelar.',
  'protection.inForce': 'Vigente el {date}',
  'injunction.replacesStay':
    '{removal, select, yes {Toma el lugar de la suspensión, que termina ese día: desde entonces es {theName}, y no la suspensión, la que protege a {anyone} de la deportación.} other {Toma el lugar de la suspensión, que termina ese día.}}',
  'protection.stayReplaced.headline': 'Suspensión reemplazada por una orden posterior',
  'protection.stayReplaced':
    '{removal, select, yes {Una orden posterior tomó el lugar de la suspensión, que terminó ese día: la suspensión ya no protege a {anyone} de la deportación.} other {Una orden posterior tomó el lugar de la suspensión, que terminó ese día.}}',
  'protection.stayEnded.headline': 'Fin de la suspensión',
  'protection.stayEnded':
    '{removal, select, yes {La suspensión terminó después del {date}: ya no protege a {anyone} de la deportación.} other {La suspensión terminó después del {date}.}}',
  'protection.injunctionEnded.headline':
    'Fin de {injunction, select, TRO {la orden de restricción temporal} permanent_injunction {la medida cautelar permanente} agency_postponement {el aplazamiento de la norma} consent_decree {el decreto de consentimiento} settlement {el acuerdo de conciliación} set_aside {la anulación de la medida de la agencia} declaratory_judgment {la sentencia declarativa} injunction_pending_appeal {la medida cautelar durante la apelación} other {la medida cautelar preliminar}}',
  'protection.injunctionEnded':
    'Terminó {theName}: su último día fue el {date}{by, select, none {; ya no se aplica} other {, y {by} la reemplazó}}.',
  'coverage.none': 'Ninguna fuente ha informado todavía sobre este caso.',
  'coverage.whole':
    'docketwatch tiene todas las entradas del expediente del tribunal: ha leído el informe completo del expediente y no falta ningún número{last, select, none {} other { hasta el n.º {last}}}.',
  'coverage.complete':
    'docketwatch ha leído el informe completo del expediente del tribunal (hasta el n.º {highest}).',
  'coverage.notListed':
    '{count, plural, =1 {Un número ({runs}) no figura} other {# números ({runs}) no figuran}} en ese informe: el expediente público del tribunal no {count, plural, =1 {lo} other {los}} muestra (sellados, restringidos o sin usar), así que docketwatch tampoco {count, plural, =1 {lo} other {los}} ha visto.',
  'coverage.notSeen':
    '{count, plural, =1 {Una entrada presentada después de ese informe ({runs}) no se ha visto todavía} other {# entradas presentadas después de ese informe ({runs}) no se han visto todavía}}: las fuentes que docketwatch sigue desde entonces no traen todas las entradas.',
  'coverage.partial':
    'docketwatch no ha leído un informe completo del expediente: solo tiene lo que traen sus fuentes{first, select, none {} other {, nada presentado antes del {firstDay}}}{before, select, none {} other { (entradas 1–{before})}}.',
  'coverage.partialGaps':
    '{count, plural, =1 {Falta una entrada numerada ({runs})} other {Faltan # entradas numeradas ({runs})}} entre las que tiene.',
  'coverage.title': 'Lo que docketwatch ha visto',
  'calendar.injunction.start': 'Entra en vigor: {name}',
  'calendar.injunction.end': 'Último día de {theName}',
  'calendar.injunction.description':
    '{TheName} está vigente desde el {since}{term, select, date { hasta el {date}} until { hasta {until}} other { mientras dure el caso}}.{cancelled, select, yes { Ya no se aplica.} other {}}',
  'calendar.deadline.summary':
    'Fecha ordenada por el tribunal: {what}{cancelled, select, yes { (cancelada)} other {}}',
  'calendar.deadline.description': 'El tribunal fijó esta fecha: {what}, a más tardar el {date}.',
  'calendar.hearing.summary': 'Fecha fijada: {what}{cancelled, select, yes { (cancelada)} other {}}',
  'calendar.hearing.description':
    '{cancelled, select, yes {La audiencia fijada para el {date} ({what}) se canceló: no se celebra ese día.} other {{past, select, held {Se celebró el {date}: {what}.} unrecorded {Fijada por el tribunal para el {date}: {what}. Esa fecha ya pasó; el expediente todavía no muestra que se haya celebrado.} other {Fijada por el tribunal para el {date}: {what}.}}}}',
  'calendar.recurring.every':
    '{unit, select, weeks {{every, plural, one {Cada semana} other {Cada # semanas}}} months {{every, plural, one {Cada mes} other {Cada # meses}}} other {{every, plural, one {Cada día} other {Cada # días}}}}',
  'calendar.recurring.description':
    '{interval} desde el {from}{ended, select, yes { hasta el {to}} other {, hasta que el tribunal lo termine}}: {what}{hasNext, select, yes {; próxima: {next}} other {}}.',
  'calendar.page.title': 'Fechas clave: {title}',
  'calendar.page.intro':
    'Las fechas fijadas por el tribunal que importan a las personas de este caso: suspensiones, medidas cautelares, audiencias y fechas ordenadas por el tribunal (como una fecha de liberación). No se incluyen los plazos para escritos ni transcripciones.',
  'calendar.page.add': 'Añadir estas fechas a su calendario',
  'calendar.page.addHint':
    'Las aplicaciones de calendario actualizan las fechas cuando el tribunal cambia alguna.',
  'calendar.page.upcoming': 'Próximas',
  'calendar.page.past': 'Pasadas o ya no vigentes',
  'calendar.page.none': 'Todavía no hay ninguna fecha.',
  'calendar.page.back': 'Volver al caso',
  'calendar.page.link': 'Calendario de fechas clave',
  'calendar.page.englishNote': 'Las palabras entre comillas son del tribunal, en inglés.',
  // ---- account messages and saved searches ----
  'account.confirm.subject': 'Confirme su suscripción de docketwatch a {title}',
  'account.confirm.asked':
    'Alguien (esperamos que usted) pidió a docketwatch que escriba a {email} sobre {title} ({what}).',
  'account.confirm.action': 'Confirmar la suscripción',
  'account.confirm.here': 'Para empezar a recibir mensajes, confirme aquí:',
  'account.confirm.ignore':
    'Si usted no lo pidió, ignore este mensaje: no se enviará nada si no se usa el enlace.',
  'account.already.subject': 'Su suscripción de docketwatch a {title}',
  'account.already.body': 'Esta dirección ya recibe esos correos. No se cambió nada.',
  'account.already.action': 'Cambiarlos o dejar de recibirlos',
  'account.already.ignore': 'Si usted no lo pidió, ignore este mensaje.',
  'search.subject': 'Búsqueda guardada «{name}»: {title}',
  'search.intro':
    'Su búsqueda guardada «{name}» ({query}) encontró, en el canal RSS del tribunal, un caso que docketwatch aún no sigue:',
  'search.introQuery':
    'Su búsqueda guardada «{query}» encontró, en el canal RSS del tribunal, un caso que docketwatch aún no sigue:',
  'search.how': 'Sígalo con un clic (el enlace sirve una sola vez, hasta el {date}):',
  'search.track': 'Seguir este caso',
  'search.why':
    'Recibe esto porque {email} sigue la búsqueda guardada «{name}». Los responsables de docketwatch también ven esta propuesta en su página.',
  'search.stop': 'Dejar de recibir estos correos',
  'search.document': 'documento',
  'track.title': '¿Seguir este caso?',
  'track.found': 'Su búsqueda guardada «{name}» encontró este caso en el canal RSS del tribunal:',
  'track.hint':
    'docketwatch lo seguirá a partir del canal RSS del tribunal y lo mostrará en su propia página. Este enlace sirve una sola vez.',
  'stop.title': '¿Dejar de recibir estos correos?',
  'stop.question':
    '{email} ya no recibirá avisos de los casos nuevos que encuentre la búsqueda guardada «{name}».',
  'stop.done': 'Listo',
  'stop.doneBody': '{email} ya no recibirá los correos de esta búsqueda guardada.',
  'searchForm.title': 'Seguir una búsqueda guardada en todos los tribunales',
  'searchForm.intro':
    'docketwatch revisa cada canal RSS de tribunal que lee en busca de casos nuevos que coincidan con su búsqueda, y le envía cada uno por correo con un enlace para seguirlo. Los canales solo traen el nombre del caso y el título de cada escrito.',
  'searchForm.query': 'Búsqueda',
  'searchForm.queryHint':
    'Todas las palabras deben aparecer; "una frase" entre comillas; OR entre alternativas; -palabra para excluir una palabra; court:nysd para un solo tribunal; nos:463 para la materia del caso. Escriba la búsqueda en inglés, como están los expedientes.',
  'searchForm.name': 'Un nombre para ella (opcional)',
  'searchForm.submit': 'Seguir esta búsqueda',
  // what is wrong with a saved search's query (the form shows it in its language)
  'query.notText': 'una búsqueda es un texto',
  'query.empty': 'la búsqueda está vacía: escriba palabras, "una frase", court: o nos:',
  'query.tooLong': 'la búsqueda tiene más de {max} caracteres',
  'query.tooManyTerms': 'la búsqueda tiene más de {max} términos',
  'query.orPlacement': 'OR debe ir entre dos términos ("a OR b")',
  'query.courtAlone': 'court: no se puede excluir ni unir con OR',
  'query.notCourt': '"{value}" no es el código de un tribunal (por ejemplo mied, ca6)',
  'query.noWords': '"{value}" no tiene letras ni cifras que buscar',
  'query.phraseTooLong': 'una frase puede tener como máximo {max} palabras',
  'query.nosAlone': 'nos: no se puede excluir ni unir con OR',
  'query.exclusionOr': 'una exclusión con - no se puede unir con OR',
  'query.onlyExclusions':
    'la búsqueda solo excluye palabras y no pide ninguna: escriba al menos una palabra o un filtro',
  'query.onlyCourt': 'un tribunal solo propondría todos los casos de ese tribunal: añada palabras o nos:',
  'query.unclosedQuote': 'una frase entre comillas no está cerrada (falta una ")',
  'query.emptyTerm': '{field, select, term {un término} other {{field}:}} está vacío',
  'searchForm.invalid': 'No se puede leer esta búsqueda:',
  'searchForm.check':
    'Si {email} puede seguir esta búsqueda, le enviamos un correo. La búsqueda empieza cuando abra su enlace y confirme.',
  'searchConfirm.subject': 'Confirme su búsqueda guardada de docketwatch «{name}»',
  'searchConfirm.asked':
    'Alguien (esperamos que usted) pidió a docketwatch que escriba a {email} cuando el canal RSS de un tribunal traiga un caso nuevo que coincida con «{query}».',
  'searchConfirm.action': 'Confirmar esta búsqueda',
  'searchConfirm.title': '¿Empezar esta búsqueda guardada?',
  'searchConfirm.button': 'Empezar',
  'searchConfirm.limit':
    '{email} ya sigue {max} búsquedas guardadas. Deje de seguir una primero (el enlace al final de sus correos) y vuelva a confirmar esta.',
  'searchConfirm.done': 'Su búsqueda guardada está activa',
  'searchConfirm.doneBody':
    'docketwatch escribirá a {email} cuando el canal RSS de un tribunal traiga un caso nuevo que coincida con «{query}». Cada correo tiene un enlace para dejar de recibirlos.',
  // ---- a link that does not work ----
  'problem.expired': 'Este enlace ha caducado',
  'problem.invalid': 'Este enlace no funciona',
  'problem.used': 'Este enlace ya se usó',
  'problem.failed': 'No se pudo hacer',
  'problem.notFound': 'No se encontró la suscripción',
  'problem.searchGone': 'Esta búsqueda guardada se eliminó',
  'problem.searchGoneBody': 'No se enviará nada más por ella.',
  'problem.subscription.expired':
    'Suscríbase de nuevo desde la página del caso para recibir un enlace nuevo.',
  'problem.subscription.invalid':
    'Copie el enlace completo del correo, o suscríbase de nuevo desde la página del caso.',
  'problem.search.expired': 'Los responsables de docketwatch todavía pueden seguir el caso desde su página.',
  'problem.search.invalid': 'Copie el enlace completo del correo.',
  'problem.follow.expired':
    'Vuelva a pedirlo en el formulario de búsquedas guardadas para recibir un enlace nuevo.',
};
