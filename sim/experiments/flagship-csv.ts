/**
 * flagship.csv: the flagship decomposition as one tidy table (a row per section, comparison or
 * world, entity, metric and period), RFC 4180, text cells guarded against formula injection.
 */
import { formatLines } from '../csv.js';
import type { FlagshipRow } from './decomposition.js';

/** Columns of flagship.csv, in order (docs/outputs.md describes them). */
export const FLAGSHIP_COLUMNS = [
  'section', 'comparison', 'entity', 'metric', 'period', 'control', 'treatment', 'effect', 'se', 'runs', 'label',
] as const;

/**
 * The text of flagship.csv, header first.
 * @example flagshipCsv(flagshipRows(worlds)).split('\n')[0] // "section,comparison,entity,metric,..."
 */
export function flagshipCsv(rows: readonly FlagshipRow[]): string {
  return formatLines([FLAGSHIP_COLUMNS, ...rows.map((row) => FLAGSHIP_COLUMNS.map((column) => row[column]))]);
}
