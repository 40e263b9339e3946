/** Every schedule the worker runs; `poll` fires once per configured source. */
import { deadlineSchedule } from './deadlines.ts';
import { digestSchedule } from './digests.ts';
import { healthSchedule } from './health.ts';
import { housekeepingSchedule } from './housekeeping.ts';
import { notifySchedule } from './notify.ts';
import { pollSchedule } from './poll.ts';
import type { JobName, Schedule } from './types.ts';

export const SCHEDULES: readonly Schedule[] = [
  pollSchedule,
  notifySchedule,
  deadlineSchedule,
  digestSchedule,
  healthSchedule,
  housekeepingSchedule,
];

export function scheduleOf(job: JobName): Schedule {
  return SCHEDULES.find((s) => s.job === job)!;
}
