/**
 * Sweep-line sum of daily work time over day intervals: between two consecutive boundaries the set
 * of active entries is constant, so each segment contributes min(sum of rates, cap) x its length.
 * This is what makes the engine independent of how many days a work history spans.
 *
 * Module-level scratch buffers avoid allocation per call; the engine is synchronous, so a sweep is
 * always begun and finished without interleaving.
 */

let positions = new Float64Array(64);
let deltas = new Float64Array(64);
let count = 0;

function grow(): void {
  const p = new Float64Array(positions.length * 2);
  const d = new Float64Array(deltas.length * 2);
  p.set(positions);
  d.set(deltas);
  positions = p;
  deltas = d;
}

/** Inserts one boundary keeping the arrays sorted by position (few entries: insertion is cheapest). */
function insert(pos: number, delta: number): void {
  if (count === positions.length) grow();
  let i = count++;
  while (i > 0 && positions[i - 1] > pos) {
    positions[i] = positions[i - 1];
    deltas[i] = deltas[i - 1];
    i--;
  }
  positions[i] = pos;
  deltas[i] = delta;
}

export function beginSweep(): void {
  count = 0;
}

/**
 * Adds an entry active on days [start, end] (inclusive) at `rate` units per day, clipped to the
 * window [from, to] (inclusive).
 */
export function addInterval(start: number, end: number, rate: number, from: number, to: number): void {
  const a = start > from ? start : from;
  const b = (end < to ? end : to) + 1;
  if (a >= b || rate <= 0) return;
  insert(a, rate);
  insert(b, -rate);
}

/** Like {@link sweepTotal}, counting only days on or after `from` (a later window start). */
export function sweepTotalFrom(dailyCap: number, from: number): number {
  let total = 0;
  let active = 0;
  let prev = from;
  for (let i = 0; i < count; i++) {
    const pos = positions[i];
    if (active > 0 && pos > prev) total += (active < dailyCap ? active : dailyCap) * (pos - prev);
    active += deltas[i];
    if (pos > prev) prev = pos;
  }
  return total;
}

/** Total units over all added intervals, each day capped at `dailyCap` units. */
export function sweepTotal(dailyCap: number): number {
  let total = 0;
  let active = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    const pos = positions[i];
    if (active > 0 && pos > prev) total += (active < dailyCap ? active : dailyCap) * (pos - prev);
    active += deltas[i];
    prev = pos;
  }
  return total;
}
