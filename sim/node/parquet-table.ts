/**
 * `--format parquet`: a table's CSV rows streamed into a Parquet file (hyparquet-writer), one row
 * group at a time so memory stays flat. Text columns are UTF-8 strings without the CSV's formula
 * guard; every other column is a nullable DOUBLE (empty cells become nulls), so pandas, R (arrow)
 * and DuckDB read the same values as the CSV.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';

/** Columns holding text; all others are numbers. */
export const TEXT_COLUMNS = new Set([
  'scenario', 'date', 'entity', 'metric', 'cloud', 'lab', 'start', 'end', 'exclusivity', 'primary_cloud', 'public', 'origin',
  'status', 'end_reason', 'kind', 'detail', 'scenario_hash', 'version', 'command', 'leader_cloud',
]);

/** A CSV text cell as stored: without the `'` that guards a leading =, +, -, @, tab or CR. */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One row: column name -> text, number or null. */
export type ParquetRow = Record<string, string | number | null>;

/** Row objects from CSV bodies (whole lines, no header) with `columns`: text kept, numbers parsed, empty -> null. */
export function* csvRows(columns: string[], bodies: Iterable<string>): Generator<ParquetRow> {
  const text = columns.map((c) => TEXT_COLUMNS.has(c));
  for (const body of bodies) {
    for (const cells of csvParseRows(body)) {
      const row: ParquetRow = {};
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
  const result = writeParquetRows(path, columns, csvRows(columns, bodies));
  if (result instanceof Promise) throw new Error('parquet writer unexpectedly asynchronous');
}

/** Write row objects (sync or async iterable) with `columns` as a Parquet file at `path`. */
export function writeParquetRows(path: string, columns: string[], rows: Iterable<ParquetRow> | AsyncIterable<ParquetRow>): void | Promise<void> {
  return parquetWriteRows({
    writer: fileWriter(path),
    rows,
    columns: columns.map((name) => ({ name, type: TEXT_COLUMNS.has(name) ? 'STRING' : 'DOUBLE' })),
    rowGroupSize: 100_000,
  });
}

/** The rows of a Parquet file written by writeParquet, as objects. */
export async function readParquetRows(path: string): Promise<ParquetRow[]> {
  return (await parquetReadObjects({ file: await asyncBufferFromFile(path) })) as ParquetRow[];
}

/** The column names of a Parquet file. */
export async function parquetColumns(path: string): Promise<string[]> {
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  return metadata.schema.slice(1).map((element) => element.name);
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
