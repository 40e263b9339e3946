/** The fourteen-day stay order the documents tests' worker reads: the day it is filed and its sentence. */
import { DateTime } from 'luxon';
import { federalHolidays } from '../../src/deadlines/holidays.ts';

/**
 * The order's day in Detroit: today or lately, a court day, and such that fourteen days later is
 * one too (no roll-over to argue about).
 */
export const ORDER_DAY = (() => {
  let d = DateTime.now().setZone('America/Detroit').startOf('day');
  const courtDay = (x: DateTime) =>
    x.weekday <= 5 && !federalHolidays(x.year).some((h) => h.date === x.toISODate());
  while (!courtDay(d.plus({ days: 14 })) || !courtDay(d)) d = d.minus({ days: 1 });
  return d;
})();

export const STAY_SENTENCE =
  'Removal of Petitioners and all members of the class is stayed for fourteen (14) days from the date of this Order.';
