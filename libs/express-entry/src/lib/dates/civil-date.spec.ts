/** Integer civil dates: parsing, day numbers, "N years later", completed years. */
import {
  addYears,
  completedYears,
  DATE_IMPOSSIBLE,
  DATE_MALFORMED,
  DATE_OUT_OF_RANGE,
  dayNumber,
  formatPacked,
  packedFromDayNumber,
  parseIsoDate,
} from './civil-date';

describe('civil dates', () => {
  it('day numbers agree with UTC Date for every day from 1900 to 2199', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let t = start, i = 0; t < Date.UTC(2200, 0, 1); t += 86_400_000, i++) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const packed = parseIsoDate(iso);
      const day = Math.round(t / 86_400_000);
      if (dayNumber(packed) !== day || packedFromDayNumber(day) !== packed) throw new Error(`mismatch at ${iso}`);
    }
    expect(dayNumber(parseIsoDate('1970-01-01'))).toBe(0);
  });

  it.each([
    ['2026-11-25', 20261125],
    ['2024-02-29', 20240229],
    ['2000-02-29', 20000229],
    ['2026-1-25', DATE_MALFORMED],
    ['2026-11-25 ', DATE_MALFORMED],
    ['2026_11_25', DATE_MALFORMED],
    ['20a6-11-25', DATE_MALFORMED],
    ['1900-02-29', DATE_IMPOSSIBLE],
    ['2026-04-31', DATE_IMPOSSIBLE],
    ['2026-00-10', DATE_IMPOSSIBLE],
    ['1899-12-31', DATE_OUT_OF_RANGE],
    ['2200-01-01', DATE_OUT_OF_RANGE],
  ])('parses %s as %i', (iso, expected) => {
    expect(parseIsoDate(iso)).toBe(expected);
  });

  it('the same calendar date N years later; 29 February becomes 28 February', () => {
    expect(formatPacked(addYears(20261125, -10))).toBe('2016-11-25');
    expect(formatPacked(addYears(20240229, 2))).toBe('2026-02-28');
    expect(formatPacked(addYears(20240229, 4))).toBe('2028-02-29');
    expect(formatPacked(addYears(20280229, -3))).toBe('2025-02-28');
  });

  it('completed years count the birthday itself', () => {
    expect(completedYears(19970115, 20270114)).toBe(29);
    expect(completedYears(19970115, 20270115)).toBe(30);
    expect(completedYears(20000229, 20210228)).toBe(21);
    expect(completedYears(20000229, 20210227)).toBe(20);
    expect(completedYears(20000229, 20240228)).toBe(23);
    expect(completedYears(20000229, 20240229)).toBe(24);
  });
});
