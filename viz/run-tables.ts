/**
 * The run-key tables `stormoff run` writes beside the recordings — summary.csv (long, with each
 * run's key: point, replicate, scenario hash, version, re-run command) and runs.csv (wide) —
 * rebuilt in the browser so the viewer's export equals the CLI's bytes. The key follows
 * sim/node/commands/run.ts and experiment-plan.ts; the browser test holds them equal.
 */
import packageJson from '../package.json';
import { formatLines } from '../sim/csv.js';
import type { Recording } from '../sim/recording.js';
import { LONG_SUMMARY_COLUMNS, longSummaryLines, wideHeader, wideLine, wideMetrics, type ExperimentRunKey } from '../sim/run-table.js';
import { LIMITS } from '../sim/scenario/limits.js';
import type { Scenario } from '../sim/scenario/types.js';
import { summarize } from '../sim/summary.js';

/** The run's name as the CLI gives it: the scenario's, then each `--set`, joined by `+`. */
export function overriddenName(name: string, sets: readonly string[]): string {
  if (sets.length === 0 || sets.some((set) => /^name=/.test(set))) return name;
  const full = [name, ...sets.map((set) => set.replace(/\s+/g, ''))].join('+');
  return full.length <= LIMITS.nameLength ? full : `${full.slice(0, LIMITS.nameLength - 3)}...`;
}

/** A word of a shell command, quoted when it needs to be. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** JSON with keys sorted at every depth (the CLI's canonical form for hashing). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the CLI was (or would be) asked: the scenario argument and the `--set` overrides. */
export interface RunRequestOfCli {
  /** A library name or the uploaded file's name, as `stormoff run` would be given it. */
  arg: string;
  sets: readonly string[];
  seed: number;
  runs: number;
}

/** summary.csv and runs.csv of `recordings` (one per run, in run order) of `scenario`. */
export async function runTables(recordings: Recording[], scenario: Scenario, cli: RunRequestOfCli): Promise<Record<string, string>> {
  const name = overriddenName(scenario.name, cli.sets);
  const resolved: Scenario = { ...scenario, name, seed: cli.seed, runs: cli.runs };
  const hash = await sha256(canonicalJson({ ...resolved, runs: 0 }));
  const keys: ExperimentRunKey[] = recordings.map((recording, run) => {
    const words = ['stormoff', 'run', cli.arg, '--runs', '1', '--seed', String(recording.key.seed)];
    for (const set of cli.sets) words.push('--set', set);
    return { run, point: 0, replicate: run, seed: recording.key.seed, scenario: name, scenarioHash: hash, version: packageJson.version, values: [], command: words.map(shellWord).join(' ') };
  });
  const rows = recordings.map(summarize);
  const wide = rows.map(wideMetrics);
  return {
    'summary.csv': formatLines([LONG_SUMMARY_COLUMNS]) + keys.map((key, i) => longSummaryLines(key, rows[i])).join(''),
    'runs.csv': wideHeader([], wide[0]?.columns ?? []) + keys.map((key, i) => wideLine(key, wide[i].values)).join(''),
  };
}
