/**
 * Work-hours counting for user interfaces (e.g. a live "hours counted" display while a profile is
 * typed): the same interval arithmetic and 30 h/week cap as the engine, on ISO-dated entries.
 * The caller chooses which entries count; incomplete or malformed entries are skipped, not errors.
 */
import { dayNumber, parseIsoDate } from '../dates/civil-date';
import { OPEN_END } from '../profile/normalized-profile';
import { addInterval, beginSweep, sweepTotal } from './interval-sum';
import { hoursOf } from './work-measures';

export interface HoursEntry {
  startDate: string;
  /** null or absent: ongoing. */
  endDate?: string | null;
  hoursPerWeek: number;
}

export interface HoursCount {
  /** Hours, two decimals. */
  hours: number;
  /** Exact count in units of 1/700 h. */
  units: number;
  /** Completed years of 1,560 h. */
  years: number;
}

export interface CountHoursOptions {
  /** Hours per week above which time is not counted (across all entries). Default 30. */
  weeklyCap?: number;
  hoursPerYear?: number;
}

function entryDays(e: HoursEntry): [number, number] | null {
  if (typeof e.startDate !== 'string' || typeof e.hoursPerWeek !== 'number') return null;
  const start = parseIsoDate(e.startDate);
  const end = e.endDate === null || e.endDate === undefined ? -1 : parseIsoDate(e.endDate);
  if (start < 0 || (end < 0 && e.endDate !== null && e.endDate !== undefined)) return null;
  if (!(e.hoursPerWeek >= 0 && e.hoursPerWeek <= 168)) return null;
  return [dayNumber(start), end < 0 ? OPEN_END : dayNumber(end)];
}

/** Hours worked in [from, to] (inclusive ISO dates), at most `weeklyCap` hours a week in total. */
export function countHours(
  entries: readonly HoursEntry[],
  window: { from: string; to: string },
  options: CountHoursOptions = {},
): HoursCount {
  const from = parseIsoDate(window.from);
  const to = parseIsoDate(window.to);
  if (from < 0 || to < 0) return { hours: 0, units: 0, years: 0 };
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  beginSweep();
  for (const e of entries) {
    const days = entryDays(e);
    if (days !== null) addInterval(days[0], days[1], Math.round(e.hoursPerWeek * 100), fromDay, toDay);
  }
  const units = sweepTotal(Math.round((options.weeklyCap ?? 30) * 100));
  return { hours: hoursOf(units), units, years: Math.floor(units / ((options.hoursPerYear ?? 1560) * 700)) };
}
