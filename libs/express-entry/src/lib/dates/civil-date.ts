/**
 * Civil (proleptic Gregorian) dates as integers, without `Date`: the engine compares and subtracts
 * dates millions of times per second, and `Date` parsing is both slow and time-zone sensitive.
 *
 * A date is carried either as a packed `yyyymmdd` integer (keeps the calendar fields for "same
 * calendar date N years later") or as a day number (days since 1970-01-01, for interval arithmetic).
 */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Returned by {@link parseIsoDate} instead of a packed date. */
export const DATE_MALFORMED = -1;
export const DATE_IMPOSSIBLE = -2;
export const DATE_OUT_OF_RANGE = -3;

export function isLeapYear(y: number): boolean {
  return (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The digit at `i`, or a large negative number for any other character. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >>> 0 <= 9 ? c : -100000;
}

/**
 * Parses exactly `YYYY-MM-DD` by character codes (no regex, no allocation).
 * Returns the packed `yyyymmdd` integer, or one of the negative DATE_* codes.
 */
export function parseIsoDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return DATE_MALFORMED;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || m < 0 || d < 0) return DATE_MALFORMED;
  if (m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y, m))) return DATE_IMPOSSIBLE;
  if (y < MIN_YEAR || y > MAX_YEAR) return DATE_OUT_OF_RANGE;
  return y * 10000 + m * 100 + d;
}

export function packDate(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

export function yearOf(packed: number): number {
  return (packed / 10000) | 0;
}

export function monthOf(packed: number): number {
  return ((packed / 100) | 0) % 100;
}

export function dayOf(packed: number): number {
  return packed % 100;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), for any year. */
function civilDayNumber(y0: number, m: number, d: number): number {
  const y = y0 - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of 1 January of each accepted year, and leap flags: table lookups beat division. */
const YEAR_START = new Int32Array(MAX_YEAR - MIN_YEAR + 2);
const LEAP = new Uint8Array(MAX_YEAR - MIN_YEAR + 2);
for (let y = MIN_YEAR; y <= MAX_YEAR + 1; y++) {
  YEAR_START[y - MIN_YEAR] = civilDayNumber(y, 1, 1);
  LEAP[y - MIN_YEAR] = isLeapYear(y) ? 1 : 0;
}
/** Days before each month (index 1-12), common and leap years. */
const MONTH_START = [
  [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
];

/** Days since 1970-01-01 of a packed date. */
export function dayNumber(packed: number): number {
  const y = yearOf(packed);
  const m = monthOf(packed);
  const d = dayOf(packed);
  if (y < MIN_YEAR || y > MAX_YEAR) return civilDayNumber(y, m, d);
  const i = y - MIN_YEAR;
  return YEAR_START[i] + MONTH_START[LEAP[i]][m] + d - 1;
}

/** Inverse of {@link dayNumber}: packed `yyyymmdd`. */
export function packedFromDayNumber(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return packDate(y, m, d);
}

/**
 * The same calendar date `years` later (negative: earlier). 29 February in a year without one
 * becomes 28 February: the contract counts "N years" by calendar date, and clamping to the end of
 * the month is what date libraries (and most people) do.
 */
export function addYears(packed: number, years: number): number {
  const y = yearOf(packed) + years;
  const m = monthOf(packed);
  let d = dayOf(packed);
  if (m === 2 && d === 29 && !isLeapYear(y)) d = 28;
  return packDate(y, m, d);
}

/** Day number of the same calendar date `years` later (or earlier). */
export function addYearsToDay(day: number, years: number): number {
  return dayNumber(addYears(packedFromDayNumber(day), years));
}

/**
 * Completed years between a birth date and a date (both packed). A birthday on `on` counts; a
 * 29 February birthday is reached on 28 February in other years (see {@link addYears}).
 */
export function completedYears(birth: number, on: number): number {
  const by = yearOf(birth);
  const oy = yearOf(on);
  let bmd = monthDayOf(birth);
  if (bmd === 229 && !isLeapYear(oy)) bmd = 228;
  return oy - by - (monthDayOf(on) < bmd ? 1 : 0);
}

function monthDayOf(packed: number): number {
  return packed % 10000;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** `YYYY-MM-DD` for a packed date (display and notes only, never in the hot path). */
export function formatPacked(packed: number): string {
  return yearOf(packed) + '-' + pad2(monthOf(packed)) + '-' + pad2(dayOf(packed));
}

export function isoFromDayNumber(day: number): string {
  return formatPacked(packedFromDayNumber(day));
}

/** Day number of an ISO date, or NaN when it is not a valid `YYYY-MM-DD` date in range. */
export function dayNumberFromIso(iso: string): number {
  const p = parseIsoDate(iso);
  return p < 0 ? NaN : dayNumber(p);
}
