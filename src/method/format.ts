/**
 * Rounding and number display in the seed's forms. Scoring computes in full precision; these
 * turn a figure into what a report shows, and nothing else rounds.
 */

/**
 * Round half away from zero to `decimals` places, as a person rounding a printed figure does.
 * Float noise is removed first (47.949999999999996 is 47.95), so 47.95 shows 48.0.
 */
export function roundTo(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(12));
  const sign = clean < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(clean)}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return sign * rounded || 0;
}

/** `value` with exactly `decimals` places, rounded as roundTo does ("4.70", "86.1"). */
export function fixed(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}
