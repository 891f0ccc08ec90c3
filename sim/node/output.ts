/**
 * The output directory of a run: the four CSVs and meta.json (DESIGN §6), written into a temporary
 * folder beside the target and renamed into place, so a failure never leaves a half-written
 * directory. Timestamps live only in meta.json: the CSVs are byte-identical across repeated runs.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contractsCsvChunks, eventsCsvChunks, summaryCsv, timeseriesCsvChunks } from '../csv.js';
import type { Recording } from '../recording.js';
import type { Scenario } from '../scenario/types.js';
import { summarize } from '../summary.js';
import { packageVersion } from './package-info.js';

/** A file's content: a string, or chunks (text or bytes) written one after the other (keeps memory flat). */
export type FileContent = string | Iterable<string | Uint8Array>;

/** What meta.json records about a run of one scenario. */
export interface RunMeta {
  version: string;
  scenario: { name: string; hash: string };
  /** Seed of run i at index i. */
  seeds: number[];
  /** The command line, e.g. ["stormoff", "run", "baseline", "--runs", "10"]. */
  command: string[];
  /** ISO 8601 timestamps. */
  started: string;
  finished: string;
  node: string;
  /** The whole resolved scenario the runs used. */
  parameters: Scenario;
}

/** The five files of a run directory, keyed by file name. */
export function runOutputFiles(
  recordings: Recording[],
  meta: Omit<RunMeta, 'version' | 'node' | 'seeds'>,
): Record<string, FileContent> {
  const full: RunMeta = {
    version: packageVersion(),
    scenario: meta.scenario,
    seeds: recordings.map((r) => r.key.seed),
    command: meta.command,
    started: meta.started,
    finished: meta.finished,
    node: process.version,
    parameters: meta.parameters,
  };
  return {
    'timeseries.csv': timeseriesCsvChunks(recordings),
    'contracts.csv': contractsCsvChunks(recordings),
    'events.csv': eventsCsvChunks(recordings),
    'summary.csv': summaryCsv(recordings.flatMap(summarize)),
    'meta.json': JSON.stringify(full, null, 2) + '\n',
  };
}

function writeFile(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx');
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) {
      if (typeof chunk === 'string') writeSync(fd, chunk, null, 'utf8');
      else writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

let uniqueCounter = 0;

/** A new empty directory `.<name>.<purpose>-<pid>-<n>` in `parent`, with the usual (umask) mode. */
function makeSibling(parent: string, name: string, purpose: string): string {
  for (;;) {
    const path = join(parent, `.${name}.${purpose}-${process.pid}-${Date.now().toString(36)}${uniqueCounter++}`);
    try {
      mkdirSync(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** An output directory that cannot be written: a file, or a folder that is not a previous output. */
export class OutputDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputDirError';
  }
}

/**
 * Throws an OutputDirError unless `dir` is absent, an empty folder or a previous output (it has
 * meta.json). Commands call it before running, so a long run never ends in a refusal.
 */
export function assertWritableOutput(dir: string): void {
  const target = resolve(dir);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutputDirError(`cannot write outputs to ${dir}: it is a file`);
  if (readdirSync(target).length > 0 && !existsSync(join(target, 'meta.json'))) {
    throw new OutputDirError(`refusing to replace ${dir}: it is not a Stormoff output directory (no meta.json)`);
  }
}

/**
 * Write `files` (name -> content) as the directory `dir`, replacing a previous output there.
 * The files go to a temporary folder beside `dir` first, then renames swap it in; on any error the
 * temporary folder is removed and `dir` is left as it was.
 * @example writeOutputs('out/baseline', { 'summary.csv': text, 'meta.json': json })
 */
export function writeOutputs(dir: string, files: Record<string, FileContent>): void {
  const target = resolve(dir);
  for (const name of Object.keys(files)) {
    if (name !== basename(name) || name.startsWith('.')) throw new Error(`bad output file name: ${name}`);
  }
  assertWritableOutput(target);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const temp = makeSibling(parent, basename(target), 'tmp');
  try {
    for (const [name, content] of Object.entries(files)) writeFile(join(temp, name), content);
    if (!existsSync(target)) {
      renameSync(temp, target);
      return;
    }
    const old = makeSibling(parent, basename(target), 'old');
    const previous = join(old, 'previous');
    renameSync(target, previous);
    try {
      renameSync(temp, target);
    } catch (error) {
      renameSync(previous, target); // if this fails too, the previous output stays in `old`
      rmSync(old, { recursive: true, force: true });
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
