/**
 * Text of a paired effect for tables: the mean and twice its standard error, rounded to the
 * SE's second significant digit (`+0.0218 ± 0.0084`), so the shown digits are the meaningful ones.
 */
import type { PairedDifference } from '../paired.js';

/** Decimals that show two significant digits of `scale` (0 to 6). */
export function decimalsFor(scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return 3;
  return Math.min(6, Math.max(0, 1 - Number(scale.toExponential().split('e')[1])));
}

/** `value` with a sign and `decimals` decimals; `-` when not a number. */
export function signed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '-';
  const text = value.toFixed(decimals);
  return value >= 0 && !text.startsWith('-') ? `+${text}` : text;
}

/**
 * "mean ± 2 SE", e.g. `+0.0218 ± 0.0084`.
 * @example effectText({ n: 10, mean: 0.02178, se: 0.0042, ciLow: 0, ciHigh: 0, signShare: 1 }) // "+0.0218 ± 0.0084"
 */
export function effectText(effect: Pick<PairedDifference, 'mean' | 'se'>): string {
  const twoSe = 2 * effect.se;
  const decimals = decimalsFor(twoSe);
  return `${signed(effect.mean, decimals)} ± ${Number.isFinite(twoSe) ? twoSe.toFixed(decimals) : '-'}`;
}
