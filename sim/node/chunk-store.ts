/**
 * Where an experiment keeps finished work until its output is complete: a staging folder beside
 * the output (`.<name>.partial`) holding job.json (which experiment, which shard) and one folder
 * per chunk of consecutive runs, written under a temporary name and renamed when complete, so a
 * process killed at any point leaves only whole chunks; the same command then skips them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputDirError } from './output.js';
import { canonicalJson } from './scenario-file.js';

/** The tables a run writes rows to (the wide table is runs.csv or sweep.csv). */
export const TABLES = ['timeseries', 'lab_state', 'contracts', 'events', 'summary', 'wide'] as const;
export type Table = (typeof TABLES)[number];

/** The staging folder of output folder `out`. */
export function stagingDir(out: string): string {
  const target = resolve(out);
  return join(dirname(target), `.${basename(target)}.partial`);
}

/** Write `text` to `path` atomically (temporary file, then rename). */
export function writeAtomic(path: string, text: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** Rows of one chunk being written; nothing is visible until commit(). */
export interface ChunkWriter {
  append(table: Table, text: string): void;
  commit(): void;
}

/** The staging folder of one experiment shard. */
export class ChunkStore {
  constructor(
    readonly dir: string,
    /** What this staging folder is for; a folder left by another job is refused. */
    readonly job: Record<string, unknown>,
  ) {}

  /** Create the folder, or check that the one there is for the same job; drop half-written chunks. */
  open(): void {
    mkdirSync(this.dir, { recursive: true });
    const jobFile = join(this.dir, 'job.json');
    const text = canonicalJson(this.job);
    if (existsSync(jobFile)) {
      const previous = readFileSync(jobFile, 'utf8');
      if (previous !== text) {
        throw new OutputDirError(
          `${this.dir} holds unfinished work of a different experiment (other scenario, design, options or version); ` +
            'delete that folder to start over, or give another --out',
        );
      }
    } else {
      writeAtomic(jobFile, text);
    }
    for (const name of readdirSync(this.dir)) if (name.includes('.tmp')) rmSync(join(this.dir, name), { recursive: true, force: true });
  }

  private chunkDir(chunk: number): string {
    return join(this.dir, `chunk-${String(chunk).padStart(8, '0')}`);
  }

  isDone(chunk: number): boolean {
    return existsSync(this.chunkDir(chunk));
  }

  /** A writer for `chunk`, into a temporary folder renamed on commit. */
  begin(chunk: number): ChunkWriter {
    const final = this.chunkDir(chunk);
    const temp = `${final}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    const fds = new Map<Table, number>();
    return {
      append(table, text) {
        if (!text) return;
        let fd = fds.get(table);
        if (fd === undefined) {
          fd = openSync(join(temp, `${table}.csv`), 'a');
          fds.set(table, fd);
        }
        writeSync(fd, text);
      },
      commit() {
        for (const fd of fds.values()) closeSync(fd);
        fds.clear();
        renameSync(temp, final);
      },
    };
  }

  /** The rows of `table` in a committed chunk ('' when it has none). */
  read(chunk: number, table: Table): string {
    const path = join(this.chunkDir(chunk), `${table}.csv`);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  /** The metric columns of the wide table, once the first run has fixed them. */
  wideColumns(): string[] | null {
    const path = join(this.dir, 'wide-columns.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[]) : null;
  }

  setWideColumns(columns: string[]): void {
    writeAtomic(join(this.dir, 'wide-columns.json'), JSON.stringify(columns));
  }

  /** A path inside the staging folder for a scratch file. */
  scratch(name: string): string {
    return join(this.dir, name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
