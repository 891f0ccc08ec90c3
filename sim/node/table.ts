/**
 * Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned,
 * two spaces between columns.
 */

/**
 * Lines of an aligned table; `right[i]` right-aligns column i (numbers).
 * @example formatTable([['name', 'runs'], ['baseline', '10']], [false, true])
 */
export function formatTable(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 && !right[i] ? cell : right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}
