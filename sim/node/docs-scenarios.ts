/**
 * `npm run docs:scenarios [-- --runs N --agents N --doc FILE ...]`: regenerates the generated
 * blocks of docs/scenarios.md. For each library scenario, `<!-- diff:NAME -->` (its extends diff
 * and references, from the YAML) and `<!-- headline:NAME -->` (a few metrics chosen for its
 * question, as paired differences against the baseline with 95% CIs over --runs runs with common
 * random numbers). The runs go through the compiled CLI (`stormoff run`, all cores, its progress
 * bar), into a scratch folder that is removed at the end.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { parse } from 'yaml';
import { replaceBlock } from '../experiments/doc-block.js';
import { renderDiff } from '../experiments/scenario-diff.js';
import {
  headlineResults, levelResults, metricKey, renderHeadline, renderLevels, SCENARIO_HEADLINES,
  type HeadlineMetric, type HeadlineProvenance,
} from '../experiments/scenario-headlines.js';
import { defaultWorkers } from './experiment.js';
import { packageRoot, packageVersion } from './package-info.js';

const USAGE = `Usage: npm run docs:scenarios -- [options]

Options:
  --runs N       runs of each scenario (default 200)
  --agents N     builders in the population (default 20000)
  --seed N       seed of run 0 of every scenario (default: the baseline's)
  --workers N    worker threads (default: one per core)
  --doc FILE     the document to rewrite (default docs/scenarios.md)
  --only a,b     only these scenarios (the baseline always runs when a comparison needs it)
  --diff-only    only refresh the diff blocks (no runs)
  --no-build     use the compiled CLI as it is (default: rebuild it from the sources first)
  -q, --quiet    no progress bars
`;

/** Default runs and population of the published headline (about 20 minutes for the 8 scenarios on a busy 2-core machine). */
export const DEFAULT_RUNS = 200;
export const DEFAULT_AGENTS = 20_000;

type Values = Map<string, Map<number, number>>;

/** The summary and December time-series values of `metrics`, and each run's seed, from a run folder. */
async function readValues(dir: string, metrics: readonly HeadlineMetric[]): Promise<{ values: Values; seeds: Map<number, number> }> {
  const wanted = new Set(metrics.map(metricKey));
  const values: Values = new Map([...wanted].map((key) => [key, new Map()]));
  const seeds = new Map<number, number>();
  const read = async (file: string, keyOf: (row: Record<string, string>) => string) => {
    let header: string[] | null = null;
    for await (const line of createInterface({ input: createReadStream(join(dir, file)), crlfDelay: Infinity })) {
      const cells = csvParseRows(line)[0] ?? [];
      if (!header) { header = cells; continue; }
      const row = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
      seeds.set(Number(row.run), Number(row.seed));
      const key = keyOf(row);
      if (wanted.has(key)) values.get(key)!.set(Number(row.run), row.value === '' ? NaN : Number(row.value));
    }
  };
  await read('summary.csv', (r) => `${r.metric}|${r.entity}`);
  await read('timeseries.csv', (r) => `${r.metric}|${r.entity}|${r.date}`);
  return { values, seeds };
}

/** Runs `stormoff run` on a scenario file with the compiled CLI, its progress on this terminal. */
function runScenarioFiles(file: string, out: string, o: { runs: number; agents: number; seed: number; workers: number; quiet: boolean }): Promise<void> {
  const args = [join(packageRoot, 'bin', 'stormoff.js'), 'run', file, '--runs', String(o.runs), '--seed', String(o.seed),
    '--set', `population.agents=${o.agents}`, '--timeseries', 'yearly', '--workers', String(o.workers), '--out', out, '--force', ...(o.quiet ? ['-q'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`stormoff run ${file} exited with code ${code}`))));
  });
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The commit of the model: HEAD, marked `+changes` when sim/ or scenarios/ differ from it. */
function modelCommit(): string {
  const head = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  return git(['status', '--porcelain', '--', 'sim', 'scenarios']) ? `${head}+changes` : head;
}

function integer(text: string | undefined, name: string, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} expects an integer >= ${min}, got '${text}'`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' }, agents: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' },
      doc: { type: 'string' }, only: { type: 'string' }, 'diff-only': { type: 'boolean' }, 'no-build': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const names = Object.keys(SCENARIO_HEADLINES);
  const only = flags.only === undefined ? names : flags.only.split(',').map((n) => n.trim());
  const unknown = only.find((n) => !names.includes(n));
  if (unknown) throw new Error(`--only: no library scenario '${unknown}' (known: ${names.join(', ')})`);
  const docPath = flags.doc ?? join(packageRoot, 'docs', 'scenarios.md');
  const file = (name: string) => join(packageRoot, 'scenarios', `${name}.yaml`);
  const raw = (name: string) => parse(readFileSync(file(name), 'utf8')) as Record<string, unknown>;
  let doc = readFileSync(docPath, 'utf8');
  for (const name of only) if (name !== 'baseline') doc = replaceBlock(doc, 'diff', name, renderDiff(raw(name), `scenarios/${name}.yaml`));

  if (!flags['diff-only']) {
    const options = {
      runs: integer(flags.runs, 'runs', DEFAULT_RUNS, 2),
      agents: integer(flags.agents, 'agents', DEFAULT_AGENTS, 1),
      seed: integer(flags.seed, 'seed', Number(raw('baseline').seed), 0),
      workers: integer(flags.workers, 'workers', defaultWorkers(), 0),
      quiet: flags.quiet === true,
    };
    // The CLI runs today's sources (the tests skip this: their global setup built it, and other tests use it meanwhile).
    if (!flags['no-build']) execFileSync(process.execPath, [join(packageRoot, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
    const provenance: HeadlineProvenance = { runs: options.runs, agents: options.agents, seed: options.seed, version: packageVersion(), commit: modelCommit(), date: new Date().toISOString().slice(0, 10) };
    const scratch = mkdtempSync(join(tmpdir(), 'stormoff-docs-scenarios-'));
    try {
      const todo = ['baseline', ...only.filter((n) => n !== 'baseline')];
      const started = Date.now();
      let baseline: { values: Values; seeds: Map<number, number> } | null = null;
      for (const [i, name] of todo.entries()) {
        const t0 = Date.now();
        process.stderr.write(`[${i + 1}/${todo.length}] ${name}: ${options.runs} runs x ${options.agents} builders...\n`);
        await runScenarioFiles(file(name), join(scratch, name), options);
        const metrics = name === 'baseline' ? Object.values(SCENARIO_HEADLINES).flat() : SCENARIO_HEADLINES[name];
        const read = await readValues(join(scratch, name), metrics);
        rmSync(join(scratch, name), { recursive: true, force: true });
        if (name === 'baseline') {
          baseline = read;
          if (only.includes('baseline')) doc = replaceBlock(doc, 'headline', name, renderLevels(levelResults(SCENARIO_HEADLINES.baseline, read.values), provenance));
        } else {
          for (const [run, seed] of read.seeds) {
            if (baseline!.seeds.get(run) !== seed) throw new Error(`${name} run ${run} has seed ${seed}, the baseline ${baseline!.seeds.get(run)}: not common random numbers`);
          }
          doc = replaceBlock(doc, 'headline', name, renderHeadline(headlineResults(SCENARIO_HEADLINES[name], baseline!.values, read.values), provenance));
        }
        process.stderr.write(`[${i + 1}/${todo.length}] ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s (${((Date.now() - started) / 1000).toFixed(0)} s so far)\n`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const temp = `${docPath}.tmp-${process.pid}`;
  writeFileSync(temp, doc);
  renameSync(temp, docPath);
  process.stderr.write(`wrote ${relative(process.cwd(), docPath) || docPath}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: Error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  },
);
