/**
 * Rounding and number display in the seed's forms. Scoring computes in full precision; these
 * turn a figure into what a report shows, and nothing else rounds.
 */

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Round half away from zero to `decimals` places, as a person rounding a printed figure does.
 * Float noise is removed first (47.949999999999996 is 47.95), so 47.95 shows 48.0.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = POWERS[decimals] ?? 10 ** decimals;
  // Scale, then nudge by one part in 10^12 so that a product like 479.49999999999994
  // (47.95 × 10 in binary) rounds as the decimal figure it stands for.
  const scaled = Math.abs(value) * factor * (1 + 1e-12);
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded || 0 : rounded;
}

/** `value` with exactly `decimals` places, rounded as roundTo does ("4.70", "86.1"). */
export function fixed(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}

/**
 * A title as a file-name slug: accents dropped, lower case, runs of anything else as one dash,
 * at most `maxLength` characters ("Model Alignment Researcher" → "model-alignment-researcher").
 * Empty when the title has no letter or digit.
 */
export function slugOf(title: string, maxLength: number): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/**
 * A whole number with a comma between thousands ("30,000"), as toLocaleString('en') writes it,
 * without Intl: its first use sets up ICU's number formats, about 8 ms of a one-report check.
 */
export function withThousands(n: number): string {
  // Most are under 1,000: not worth compiling the expression for (it is compiled on every run).
  if (Math.abs(n) < 1000) return String(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

