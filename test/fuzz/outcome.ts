/**
 * Runs a fuzz case and says how it ended: `ok` (loaded and ran with invariants checked),
 * `rejected` (exit 2 / ScenarioError, every message naming a file), or a failure: `crash`
 * (exit 1, any other error, a stack trace, a leaked file content), `hang` (over the time limit),
 * `partial` (an incomplete output folder or a leftover temporary folder). Library API or CLI.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario } from '../../sim/run.js';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { BIN, hasStack, ROOT, tempDir } from '../cli/stormoff.js';
import type { FuzzCase } from './cases.js';

export type Outcome = 'ok' | 'rejected' | 'crash' | 'hang' | 'partial';

export interface Result {
  outcome: Outcome;
  detail: string;
}

const OUTPUT_FILES = ['contracts.csv', 'events.csv', 'lab_state.csv', 'meta.json', 'summary.csv', 'timeseries.csv'];

/** Text that only a non-scenario file's contents would put in a message. */
const LEAKS = [/root:.*:0:0:/, /\bPATH=\//, /\bHOME=\//];

/**
 * A folder standing in for the repository root: the library's scenarios (so relative `extends`
 * resolve), a FIFO `pipe.yaml`, a folder `folder.yaml` and a 2 MB `big.yaml`.
 */
export function sandbox(): string {
  const dir = tempDir();
  for (const file of readdirSync(join(ROOT, 'scenarios'))) {
    if (file.endsWith('.yaml') || file.endsWith('.json')) copyFileSync(join(ROOT, 'scenarios', file), join(dir, file));
  }
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  mkdirSync(join(dir, 'folder.yaml'));
  writeFileSync(join(dir, 'big.yaml'), `name: big\ndescription: "${'b'.repeat(2_000_000)}"\n`);
  return dir;
}

function classifyMessage(message: string): Result {
  if (LEAKS.some((leak) => leak.test(message))) return { outcome: 'crash', detail: `message leaks a file's contents: ${message.slice(0, 200)}` };
  return { outcome: 'rejected', detail: message.split('\n')[0].slice(0, 200) };
}

/** The case through the library API: loadScenarioFile, then one run with invariants checked. */
export function apiOutcome(fuzz: FuzzCase, dir: string): Result {
  const path = join(dir, 'case.yaml');
  writeFileSync(path, fuzz.text);
  let scenario;
  try {
    scenario = loadScenarioFile(path, fuzz.sets);
  } catch (error) {
    if (error instanceof ScenarioError && error.issues.every((issue) => issue.file !== '')) return classifyMessage(error.format());
    return { outcome: 'crash', detail: `load: ${error instanceof Error ? error.stack : String(error)}` };
  }
  try {
    runScenario(scenario, { run: 0, seed: scenario.seed, check: true });
    return { outcome: 'ok', detail: scenario.name.slice(0, 80) };
  } catch (error) {
    return { outcome: 'crash', detail: `run: ${error instanceof Error ? error.message : String(error)}` };
  }
}

let counter = 0;

/** The case through `stormoff run case.yaml --runs 1 --out o-N` in `dir`, killed after `limitMs`. */
export function cliOutcome(fuzz: FuzzCase, dir: string, limitMs = 60_000): Promise<Result> {
  writeFileSync(join(dir, 'case.yaml'), fuzz.text);
  const out = `o-${process.pid}-${counter++}`;
  const args = [BIN, 'run', 'case.yaml', '--runs', '1', '--out', out, ...fuzz.sets.flatMap((set) => ['--set', set])];
  const env = { ...process.env, STORMOFF_DEBUG: '', NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: dir, env, timeout: limitMs, killSignal: 'SIGKILL', maxBuffer: 1 << 24 }, (error, _stdout, stderr) => {
      const text = String(stderr);
      const leftovers = readdirSync(dir).filter((entry) => entry.startsWith(`.${out}`));
      if (error?.killed) return resolve({ outcome: 'hang', detail: `over ${limitMs} ms` });
      if (leftovers.length) return resolve({ outcome: 'partial', detail: `left ${leftovers.join(', ')}` });
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      if (hasStack(text)) return resolve({ outcome: 'crash', detail: `stack trace: ${text.slice(0, 300)}` });
      if (code === 0) {
        const files = existsSync(join(dir, out)) ? readdirSync(join(dir, out)).sort() : [];
        if (!OUTPUT_FILES.every((file) => files.includes(file))) return resolve({ outcome: 'partial', detail: `wrote ${files.join(', ')}` });
        return resolve({ outcome: 'ok', detail: '' });
      }
      if (code !== 2) return resolve({ outcome: 'crash', detail: `exit ${code}: ${text.slice(0, 300)}` });
      if (existsSync(join(dir, out))) return resolve({ outcome: 'partial', detail: 'exit 2 but an output folder exists' });
      if (!/^error: \S+/m.test(text)) return resolve({ outcome: 'crash', detail: `exit 2 without a message naming the file: ${text.slice(0, 300)}` });
      resolve(classifyMessage(text));
    });
  });
}
