/**
 * Calendar months as "YYYY-MM" strings and their month index since a start month.
 */

/** Months from `start` to `date` (both "YYYY-MM"); 0 when equal. */
export function monthIndex(start: string, date: string): number {
  return toAbsolute(date) - toAbsolute(start);
}

/** The "YYYY-MM" that lies `months` after `start`. */
export function addMonths(start: string, months: number): string {
  const absolute = toAbsolute(start) + months;
  const year = Math.floor(absolute / 12);
  const month = absolute - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every month from `start` to `end` inclusive. */
export function monthRange(start: string, end: string): string[] {
  const count = monthIndex(start, end) + 1;
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}

function toAbsolute(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
