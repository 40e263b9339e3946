/**
 * What each order protects people from, told to advocates in their language through the live path
 * (the replay court, the real worker, the store, SMTP) from a hand-written history
 * (tests/fixtures/replay/transfer-and-parole-protections.json; fictional parties, E.D. Pa.): a TRO
 * barring transfer of the class out of the Third Circuit (ECF 6), a preliminary injunction that
 * bars that transfer and the termination of the class members' parole and requires notice before a
 * removal (ECF 14), dissolved (ECF 21).
 *
 * How a careful reader takes it: while each order is in force transfers out of the Third Circuit are
 * blocked, and after ECF 14 parole cannot be terminated; deportation is not blocked (only notice is
 * required first); when the injunction is dissolved those protections no longer hold.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'paed:2:26-cv-01184';
const [ES, AR] = [ADVOCATES_IN_EVERY_LANGUAGE[0].email, ADVOCATES_IN_EVERY_LANGUAGE[1].email];

describe('orders that bar transfer out of the circuit and the end of parole, then end', () => {
  const suite = replayedFixtureSuite(KEY, 'transfer-and-parole-protections.json');
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it('the TRO: transfers of people in the class out of the Third Circuit are blocked, in every language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(on('2026-03-03', DEMO_SUBSCRIBERS.advocate)).toContain(
      'Transfers of people in the class out of the Third Circuit are blocked while the temporary restraining order is in force.',
    );
    expect(on('2026-03-03', ES)).toContain(
      'los traslados de las personas de la clase fuera del Tercer Circuito están bloqueados',
    );
    expect(on('2026-03-03', AR)).toContain(
      'نقل أفراد الدعوى الجماعية خارج نطاق محكمة استئناف الدائرة الثالثة ممنوع',
    );
  });

  it('the preliminary injunction: transfers and the end of parole blocked, notice before a removal, never "deportations are blocked"', () => {
    const advocate = on('2026-03-16', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain(
      'Transfers of people in the class out of the Third Circuit are blocked while the preliminary injunction is in force.',
    );
    expect(advocate).toContain(
      'While the preliminary injunction is in force, the termination of parole for people in the class is blocked.',
    );
    expect(advocate).toContain(
      'puts conditions on deporting people in the class: it does not stop every deportation',
    );
    expect(advocate).not.toMatch(/Deportations of people in the class are blocked/);
    expect(on('2026-03-16', ES)).toContain(
      'está bloqueada la terminación del permiso de permanencia humanitario (parole) de las personas de la clase',
    );
    expect(on('2026-03-16', AR)).toContain('يُمنع إنهاء الإذن الإنساني بالدخول والبقاء');
    expect(on('2026-03-16', AR)).toContain('الخاص بأفراد الدعوى الجماعية');
  });

  it('dissolved: those protections no longer hold, for whom', () => {
    const advocate = on('2026-05-11', DEMO_SUBSCRIBERS.advocate);
    expect(advocate).toContain('no longer blocks transfers of people in the class out of the Third Circuit.');
    expect(advocate).toContain('no longer blocks the termination of parole for people in the class.');
    expect(on('2026-05-11', ES)).toContain(
      'ya no bloquea los traslados de las personas de la clase fuera del Tercer Circuito',
    );
    expect(on('2026-05-11', AR)).toContain('لم يعد');
  });
});

describe('a stay of the termination of a status, then lifted', () => {
  const suite = replayedFixtureSuite('cod:1:26-cv-00871', 'stay-of-status-termination.json');
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it('advocates read what is not terminated while the stay is in force, and that it no longer is once lifted', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(on('2026-04-01', DEMO_SUBSCRIBERS.advocate)).toContain(
      'While the stay is in force, the termination of Temporary Protected Status for people in the class is blocked.',
    );
    expect(on('2026-04-01', ES)).toContain(
      'Mientras la suspensión esté vigente, está bloqueada la terminación del Estatus de Protección Temporal (TPS) de las personas de la clase.',
    );
    expect(on('2026-04-01', AR)).toContain('ما دام الوقف ساريًا، يُمنع إنهاء');
    expect(on('2026-05-06', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The stay no longer blocks the termination of Temporary Protected Status for people in the class.',
    );
    expect(on('2026-05-06', ES)).toContain(
      'La suspensión ya no bloquea la terminación del Estatus de Protección Temporal (TPS)',
    );
  });
});
