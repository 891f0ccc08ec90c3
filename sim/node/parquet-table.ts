/**
 * `--format parquet`: a table's CSV rows streamed into a Parquet file (hyparquet-writer), one row
 * group at a time so memory stays flat. Text columns are UTF-8 strings without the CSV's formula
 * guard; every other column is a nullable DOUBLE (empty cells become nulls), so pandas, R (arrow)
 * and DuckDB read the same values as the CSV.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';

/** Columns holding text; all others are numbers. */
export const TEXT_COLUMNS = new Set([
  'scenario', 'date', 'entity', 'metric', 'cloud', 'lab', 'start', 'end', 'exclusivity', 'public', 'origin',
  'status', 'end_reason', 'kind', 'detail', 'scenario_hash', 'version', 'command', 'lockin_cloud',
]);

/** A CSV text cell as stored: without the `'` that guards a leading =, +, -, @, tab or CR. */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function* rowsOf(columns: string[], bodies: Iterable<string>): Generator<Record<string, string | number | null>> {
  const text = columns.map((c) => TEXT_COLUMNS.has(c));
  for (const body of bodies) {
    for (const cells of csvParseRows(body)) {
      const row: Record<string, string | number | null> = {};
      columns.forEach((column, i) => {
        const cell = cells[i] ?? '';
        row[column] = text[i] ? unguard(cell) : cell === '' ? null : Number(cell);
      });
      yield row;
    }
  }
}

/**
 * Write the rows of `bodies` (CSV lines without header) with `columns` as a Parquet file at `path`.
 * @example writeParquet('out/runs.parquet', ['run', 'value'], ['0,1.5\n', '1,2\n'])
 */
export function writeParquet(path: string, columns: string[], bodies: Iterable<string>): void {
  const result = parquetWriteRows({
    writer: fileWriter(path),
    rows: rowsOf(columns, bodies),
    columns: columns.map((name) => ({ name, type: TEXT_COLUMNS.has(name) ? 'STRING' : 'DOUBLE' })),
    rowGroupSize: 100_000,
  });
  if (result instanceof Promise) throw new Error('parquet writer unexpectedly asynchronous');
}

/** The bytes of the file at `path`, in blocks (for writeOutputs). */
export function* fileBlocks(path: string, size = 1 << 20): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buffer = new Uint8Array(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
