import { describe, expect, it } from 'vitest';
import { docketEvent, isEventType, parseEvent, posturePayload } from './events.ts';

describe('the event contract', () => {
  it('parses every posture payload into its typed shape, dates cut to the day', () => {
    const e = parseEvent(
      'stay.extended',
      JSON.stringify({
        record: 'st-1',
        what: 'stay of removal',
        date: '2017-07-06',
        message: 'Stay extended',
        expires: '2017-07-24T00:00:00Z',
        previousExpires: '2017-07-10',
        entryNumber: 61,
      }),
    );
    expect(e).toEqual({
      type: 'stay.extended',
      payload: {
        record: 'st-1',
        kind: 'stay',
        what: 'stay of removal',
        party: null,
        date: '2017-07-06',
        message: 'Stay extended',
        entryNumber: 61,
        words: null,
        expires: '2017-07-24',
        previousExpires: '2017-07-10',
        until: null,
        daysLeft: null,
      },
    });
    expect(posturePayload(e!)?.kind).toBe('stay');
  });

  it('reads events stored before the contract (a stay’s last day as `due`)', () => {
    const e = parseEvent('stay.granted', { due: '2017-07-06', date: '2017-06-22', daysLeft: Number.NaN });
    expect(e?.payload).toMatchObject({ expires: '2017-07-06', daysLeft: null });
  });

  it('rejects types outside the contract and payloads that are not objects', () => {
    expect(parseEvent('stay.teleported', {})).toBeNull();
    expect(parseEvent('deadline.set', '[1,2]')).toBeNull();
    expect(parseEvent('deadline.set', 'not json')).toBeNull();
    expect(isEventType('injunction.vacated')).toBe(true);
    expect(isEventType('injunction')).toBe(false);
  });

  it('a producer writing a field the contract does not have does not compile', () => {
    const base = {
      record: null,
      what: null,
      party: null,
      date: '2017-06-22',
      message: 'm',
      entryNumber: null,
      words: null,
    };
    const ok = docketEvent('injunction.granted', {
      ...base,
      kind: 'injunction',
      injunction: 'TRO',
      until: null,
    });
    expect(ok.type).toBe('injunction.granted');
    // @ts-expect-error a stay's last day is `expires`, not `due`
    docketEvent('stay.granted', { ...base, kind: 'stay', due: '2017-07-06', until: null });
  });

  it('reads a document.added payload: findings with page and sentence, older field names too', () => {
    const e = parseEvent('document.added', {
      sha256: 'ab'.repeat(32),
      pages: 6,
      title: 'ORDER',
      deadlines: [
        {
          what: 'status report',
          dueDate: '2017-08-01',
          change: 'set',
          page: 2,
          quote: 'Respondents shall …',
        },
        { what: 'no quote, dropped', dueDate: '2017-08-02', change: 'set' },
      ],
      stays: [
        { action: 'granted', expires: '2017-07-06', until: null, page: 6, quote: 'Removal is stayed.' },
      ],
      hearings: [
        { type: 'status_conference', date: '2017-08-10', time: '14:00', page: 3, quote: 'A status …' },
      ],
      disagreements: [
        {
          kind: 'stay',
          docket: '2017-07-10',
          document: ['2017-07-06'],
          page: 6,
          quote: 'Removal is stayed.',
        },
      ],
      review: 'needs_review',
    });
    expect(e?.type).toBe('document.added');
    if (e?.type !== 'document.added') return;
    expect(e.payload).toMatchObject({
      attachment: 0,
      origin: 'manual',
      injunctions: [],
      review: 'needs_review',
    });
    expect(e.payload.deadlines).toEqual([
      { what: 'status report', due: '2017-08-01', change: 'set', page: 2, quote: 'Respondents shall …' },
    ]);
    expect(e.payload.hearings[0]).toMatchObject({ hearing: 'status_conference', on: '2017-08-10', page: 3 });
    expect(e.payload.disagreements[0]).toMatchObject({ kind: 'stay', docket: '2017-07-10', page: 6 });
    expect(posturePayload(e)).toBeNull();
  });
});
