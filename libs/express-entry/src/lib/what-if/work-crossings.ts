/**
 * Future days on which a work measure crosses a whole number of years, found without scanning
 * day by day: a measure can grow by at most `maxDaily` units a day, so from a day with a deficit
 * D the next crossing cannot come before ceil(D / maxDaily) days later. Jumping by that bound
 * lands exactly on the first crossing, even while old work slides out of the window.
 */
import { addYears, dayNumber, packedFromDayNumber } from '../dates/civil-date';
import type { NormWork } from '../profile/normalized-profile';
import type { CompiledRules } from '../rules/compile-rules';
import { countsFor } from '../work/entry-filters';
import { measureUnits } from '../work/work-measures';

/** Guards against slide-out matching growth for a long time; such crossings are not reported. */
const MAX_JUMPS = 64;

export interface MeasureSpec {
  work: readonly NormWork[];
  measure: number;
  teerMask: number;
  windowYears: number;
}

function unitsOn(spec: MeasureSpec, day: number, rules: CompiledRules): number {
  const from = dayNumber(addYears(packedFromDayNumber(day), -spec.windowYears));
  return measureUnits(spec.work, spec.measure, spec.teerMask, from, day, rules);
}

/** Largest possible daily growth after `day`: entries still running, capped per day. */
function maxDailyGrowth(spec: MeasureSpec, day: number, rules: CompiledRules): number {
  let sum = 0;
  for (const w of spec.work) {
    if (w.end <= day || ((spec.teerMask >> w.teer) & 1) === 0 || !countsFor(w, spec.measure, rules)) continue;
    sum += w.centiHours;
  }
  return sum < rules.dailyCapUnits ? sum : rules.dailyCapUnits;
}

/** Days in (fromDay, toDay] on which the measure reaches the next multiple of `step` units. */
export function crossingDays(
  spec: MeasureSpec,
  fromDay: number,
  toDay: number,
  step: number,
  rules: CompiledRules,
): number[] {
  const out: number[] = [];
  const rate = maxDailyGrowth(spec, fromDay, rules);
  if (rate <= 0) return out;
  let day = fromDay;
  let target = (Math.floor(unitsOn(spec, day, rules) / step) + 1) * step;
  for (let jumps = 0; jumps < MAX_JUMPS && day <= toDay; jumps++) {
    const units = unitsOn(spec, day, rules);
    if (units >= target && day > fromDay) {
      out.push(day);
      target = (Math.floor(units / step) + 1) * step;
      continue;
    }
    day += Math.max(1, Math.ceil((target - units) / rate));
  }
  return out.filter((d) => d <= toDay);
}
