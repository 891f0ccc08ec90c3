/**
 * The output directory of a run: the four CSVs and meta.json (DESIGN §6), written into a temporary
 * folder beside the target and renamed into place, so a failure never leaves a half-written
 * directory. Timestamps live only in meta.json: the CSVs are byte-identical across repeated runs.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contractsCsvChunks, eventsCsvChunks, summaryCsv, timeseriesCsvChunks } from '../csv.js';
import { labStateCsvChunks } from '../lab-state-csv.js';
import type { Recording } from '../recording.js';
import type { Scenario } from '../scenario/types.js';
import { summarize } from '../summary.js';
import { outputDictionary } from '../output-dictionary.js';
import { asOutputError, assertWritableOutput, makeSibling } from './output-dir.js';
import { packageVersion } from './package-info.js';

export { assertWritableOutput, OutputDirError } from './output-dir.js';

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
  /** The `--set path=value` overrides applied to the scenario file ([] when none). */
  overrides: string[];
  /** ISO 8601 timestamps. */
  started: string;
  finished: string;
  node: string;
  /** The whole resolved scenario the runs used. */
  parameters: Scenario;
}

/** The six files of a run directory, keyed by file name. */
export function runOutputFiles(
  recordings: Recording[],
  meta: Omit<RunMeta, 'version' | 'node' | 'seeds' | 'overrides'> & { overrides?: string[] },
): Record<string, FileContent> {
  const full: RunMeta = {
    version: packageVersion(),
    scenario: meta.scenario,
    seeds: recordings.map((r) => r.key.seed),
    command: meta.command,
    overrides: meta.overrides ?? [],
    started: meta.started,
    finished: meta.finished,
    node: process.version,
    parameters: meta.parameters,
  };
  return {
    'timeseries.csv': timeseriesCsvChunks(recordings),
    'lab_state.csv': labStateCsvChunks(recordings),
    'contracts.csv': contractsCsvChunks(recordings),
    'events.csv': eventsCsvChunks(recordings),
    'summary.csv': summaryCsv(recordings.flatMap(summarize)),
    'meta.json': JSON.stringify({ ...full, dictionary: outputDictionary(meta.parameters.clouds.map((cloud) => cloud.id)) }, null, 2) + '\n',
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

/**
 * Write `files` (name -> content) as the directory `dir`, replacing a previous output there
 * (callers refuse that earlier, with assertWritableOutput, unless told --force). The files go to
 * a temporary folder beside `dir` first, then renames swap it in; on any error the temporary
 * folder is removed and `dir` is left as it was. File-system failures throw an OutputDirError.
 * @example writeOutputs('out/baseline', { 'summary.csv': text, 'meta.json': json })
 */
export function writeOutputs(dir: string, files: Record<string, FileContent>): void {
  const target = resolve(dir);
  for (const name of Object.keys(files)) {
    if (name !== basename(name) || name.startsWith('.')) throw new Error(`bad output file name: ${name}`);
  }
  assertWritableOutput(dir, { force: true });
  try {
    swapIn(target, files);
  } catch (error) {
    throw asOutputError(error, dir);
  }
}

function swapIn(target: string, files: Record<string, FileContent>): void {
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
