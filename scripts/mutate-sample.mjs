/**
 * Estimates the mutation score of the whole engine (the files `stryker.config.mjs` mutates) from a
 * simple random sample of its mutants, for when testing all of them would take hours.
 *
 *   npm run mutate:sample -- --n 400 --seed 1            # sample, run Stryker on it, estimate
 *   npm run mutate:sample -- --n 400 --seed 1 --list     # only list the sample, run nothing
 *   npm run mutate:sample -- --n 400 --seed 1 --concurrency 1
 *   npm run mutate:sample -- --n 400 --seed 1 --report   # estimate again from the last run's report
 *   npm run mutate:sample -- --n 400 --seed 1 --recheck-static   # then re-test static survivors (phase 2)
 *   npm run mutate:sample -- --n 400 --seed 1 --only-recheck     # phase 2 after an earlier phase 1
 *
 * Method (docs/testing.md, "Sampled score"):
 * 1. Enumerate every mutant with Stryker's own instrumenter (the same mutators, the same
 *    `// Stryker disable` comments), without running any test: a few seconds.
 * 2. Draw n of them without replacement, uniformly, with a seeded generator (seedrandom, as the
 *    engine): the same n, seed and source give the same sample.
 * 3. Run Stryker (same config) with `mutate` set to each sampled mutant's source range
 *    `file:line:col-line:col`. A range also selects the mutants nested inside it (a block's
 *    statements); they are tested but not counted, so the estimate stays a uniform sample.
 * 4. Score = detected / (detected + undetected) over the sampled mutants with a valid result,
 *    detected = Killed + Timeout, undetected = Survived + NoCoverage, as Stryker counts; 95% CI
 *    by the Wilson score interval with the finite-population correction.
 *
 * Output: reports/mutation-sample/{sample.json, mutation.json, summary.json, index.html}.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import seedrandom from 'seedrandom';
import { sampleIgnorer } from './mutate-sample-ignorer.mjs';
import { SLOW_TESTS } from './mutate-slow-tests.mjs';

const root = process.cwd();
const outDir = join(root, 'reports', 'mutation-sample');

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1' },
    list: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    static: { type: 'boolean', default: false },
    'all-tests': { type: 'boolean', default: false },
    partial: { type: 'boolean', default: false },
    'recheck-static': { type: 'boolean', default: false },
    'only-recheck': { type: 'boolean', default: false },
  },
});

/** The engine's files: `sim/**\/*.ts` outside `sim/node/`, not `sim/index.ts` (as stryker.config.mjs). */
function engineFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, 'sim'));
  return files.filter((f) => !f.startsWith('sim/node/') && f !== 'sim/index.ts').sort();
}

function testFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts')) files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, 'test'));
  return files.filter((f) => !SLOW_TESTS.some((slow) => f.startsWith(slow))).sort();
}

const quietLogger = {
  isTraceEnabled: () => false,
  isDebugEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => false,
  isErrorEnabled: () => false,
  isFatalEnabled: () => false,
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  fatal() {},
};

/** Every mutant Stryker would make in `files` (mutate: true or a list of 0-based ranges per file). */
async function enumerate(filesMutate, ignorers = []) {
  const instrumenter = new Instrumenter(quietLogger);
  const input = [...filesMutate].map(([name, mutate]) => ({
    name,
    mutate,
    content: readFileSync(join(root, name), 'utf8'),
  }));
  const { mutants } = await instrumenter.instrument(input, {
    plugins: null,
    excludedMutations: [],
    ignorers,
  });
  return mutants;
}

/** A mutant's identity across the instrumenter (0-based lines) and the JSON report (1-based). */
const keyOf = (file, mutatorName, replacement, line0, col0, endLine0, endCol0) =>
  `${file}|${mutatorName}|${line0}:${col0}-${endLine0}:${endCol0}|${replacement}`;

function sampleMutants(all, n, seed) {
  const rng = seedrandom(`mutate-sample:${seed}`);
  const pool = [...all];
  // Partial Fisher–Yates: the first n of a uniform random permutation.
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, Math.min(n, pool.length));
}

/** Wilson score interval at 95% for k of n, with the finite-population correction for N. */
function wilson(k, n, N) {
  if (n === 0) return { estimate: NaN, low: NaN, high: NaN };
  const z = 1.959964;
  const p = k / n;
  const fpc = N > 1 ? (N - n) / (N - 1) : 1;
  const z2 = z * z * fpc;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Math.sqrt(z2) / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function summarise(sample, population, reportPath) {
  const results = new Map();
  const add = (name, m) => {
    const { start, end } = m.location;
    results.set(keyOf(name, m.mutatorName, m.replacement, start.line - 1, start.column - 1, end.line - 1, end.column - 1), m);
  };
  if (args.partial) {
    for (const line of readFileSync(join(outDir, 'results.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const m = JSON.parse(line);
      add(m.fileName, m);
    }
  } else {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    for (const [file, { mutants }] of Object.entries(report.files)) {
      for (const m of mutants) add(relative(root, join(root, file)).split('\\').join('/'), m);
    }
  }
  if (args['recheck-static']) {
    // Phase 2: the static mutants re-tested with static activation replace their phase-1 results.
    const file = join(outDir, args.partial ? 'results-static.jsonl' : 'mutation-static.json');
    if (existsSync(file)) {
      const overlay = args.partial
        ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => [JSON.parse(line).fileName, JSON.parse(line)])
        : Object.entries(JSON.parse(readFileSync(file, 'utf8')).files).flatMap(([name, { mutants }]) => mutants.map((m) => [relative(root, join(root, name)).split('\\').join('/'), m]));
      const wanted = new Set(JSON.parse(readFileSync(join(outDir, 'sample-static.json'), 'utf8')).sample.map((x) => x.key));
      for (const [name, m] of overlay) {
        const { start, end } = m.location;
        const key = keyOf(name, m.mutatorName, m.replacement, start.line - 1, start.column - 1, end.line - 1, end.column - 1);
        if (wanted.has(key) && m.status !== 'Ignored') results.set(key, { ...m, rechecked: true });
      }
    }
  }
  const counts = {};
  const byFile = {};
  const missing = [];
  const survivors = [];
  let staticIgnored = 0;
  let staticTested = 0;
  for (const s of sample) {
    const m = results.get(s.key);
    let status = m ? m.status : 'Missing';
    if (!m) missing.push(s.key);
    if (m?.rechecked) counts.rechecked = (counts.rechecked ?? 0) + 1;
    if (status === 'Ignored' && /static/i.test(m.statusReason ?? '')) {
      status = 'Static';
      staticIgnored++;
    } else if (m?.static) staticTested++;
    counts[status] = (counts[status] ?? 0) + 1;
    const f = (byFile[s.file] ??= { detected: 0, undetected: 0, static: 0, other: 0 });
    if (status === 'Killed' || status === 'Timeout') f.detected++;
    else if (status === 'Survived' || status === 'NoCoverage') {
      f.undetected++;
      survivors.push({ file: s.file, line: s.line0 + 1, column: s.col0, mutator: s.mutatorName, replacement: s.replacement, status });
    } else if (status === 'Static') f.static++;
    else f.other++;
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const ci = wilson(detected, detected + undetected, population);
  // Worst case for the static mutants not tested: every one of them survives.
  const worst = wilson(detected, detected + undetected + staticIgnored, population);
  const staticShare = wilson(staticIgnored, sample.length, population);
  const summary = {
    population,
    seed: args.seed,
    sampled: sample.length,
    valid: detected + undetected,
    counts,
    staticIgnored,
    staticTestedByCoveringTests: staticTested,
    // Mutants tested besides the sample: other mutators of the sampled nodes, nodes between them.
    extraMutantsTested: [...results.values()].filter((m) => m.status !== 'Ignored').length - (sample.length - missing.length - staticIgnored),
    score: ci.estimate,
    ci95: [ci.low, ci.high],
    scoreIfStaticAllSurvive: worst.estimate,
    scoreIfStaticAllSurviveCi95: [worst.low, worst.high],
    staticShare: staticShare.estimate,
    byFile,
    survivors: survivors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    missing,
  };
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`\nSampled mutation score of the engine: ${pct(ci.estimate)} (95% CI ${pct(ci.low)} to ${pct(ci.high)})`);
  console.log(`  ${detected} detected of ${detected + undetected} tested sampled mutants (n = ${sample.length} of N = ${population}, seed ${args.seed})`);
  console.log(`  statuses: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (staticIgnored > 0) {
    console.log(`  ${staticIgnored} sampled mutants are static (run only when a module loads; ${pct(staticShare.estimate)} of the engine) and were not tested;`);
    console.log(`  counting them all as survivors: ${pct(worst.estimate)} (95% CI ${pct(worst.low)} to ${pct(worst.high)})`);
  }
  if (missing.length > 0) console.log(`  ${missing.length} sampled mutants missing from the report (source changed since sampling?)`);
  console.log(`  survivors: ${survivors.length}, listed in reports/mutation-sample/summary.json`);
}

async function main() {
  const n = Number(args.n);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n: expected a positive integer, found ${args.n}`);
  mkdirSync(outDir, { recursive: true });
  const files = engineFiles();
  const all = (await enumerate(new Map(files.map((f) => [f, true]))))
    .filter((m) => m.status !== 'Ignored')
    .map((m) => {
      const file = relative(root, m.fileName).split('\\').join('/');
      const { start, end } = m.location;
      return {
        key: keyOf(file, m.mutatorName, m.replacement, start.line, start.column, end.line, end.column),
        file,
        line0: start.line,
        col0: start.column,
        endLine0: end.line,
        endCol0: end.column,
        mutatorName: m.mutatorName,
        replacement: m.replacement,
      };
    });
  const sample = sampleMutants(all, n, args.seed);
  const ranges = sample.map((s) => `${s.file}:${s.line0 + 1}:${s.col0}-${s.endLine0 + 1}:${s.endCol0}`);
  // How many mutants the ranges select in all (the sample plus mutants nested in its ranges).
  const perFile = new Map();
  for (const s of sample) {
    const list = perFile.get(s.file) ?? [];
    list.push({ start: { line: s.line0, column: s.col0 }, end: { line: s.endLine0, column: s.endCol0 } });
    perFile.set(s.file, list);
  }
  const selected = (await enumerate(perFile, [sampleIgnorer(sample)])).filter((m) => m.status !== 'Ignored').length;
  writeFileSync(
    join(outDir, 'sample.json'),
    `${JSON.stringify({ n, seed: args.seed, population: all.length, selectedByRanges: selected, sample, ranges }, null, 2)}\n`,
  );
  console.log(
    `Engine: ${all.length} mutants in ${files.length} files; sample n = ${sample.length} (seed ${args.seed}); ` +
      `its ranges select ${selected} mutants to test.`,
  );
  if (args.list) return;
  const reportPath = join(outDir, 'mutation.json');
  if (args['only-recheck']) args['recheck-static'] = true;
  if (!args.report && !args['only-recheck']) {
    const config = join(outDir, 'stryker.sample.config.mjs');
    writeFileSync(
      config,
      `import base from '../../stryker.config.mjs';\n` +
        `export default {\n  ...base,\n  mutate: ${JSON.stringify(ranges)},\n  concurrency: ${Number(args.concurrency)},\n` +
        `  plugins: ['@stryker-mutator/*', './scripts/mutate-sample-ignorer.mjs'],\n  ignorers: ['mutate-sample'],\n` +
        `  ignoreStatic: ${!args.static},\n` +
        (args['all-tests'] ? '' : `  testFiles: ${JSON.stringify(testFiles())},\n`) +
        `  reporters: ['html', 'json', 'progress', 'mutate-sample-stream'],\n` +
        `  htmlReporter: { fileName: 'reports/mutation-sample/index.html' },\n` +
        `  jsonReporter: { fileName: 'reports/mutation-sample/mutation.json' },\n` +
        `  incrementalFile: 'reports/mutation-sample/stryker-incremental.json',\n};\n`,
    );
    const strykerArgs = ['stryker', 'run', relative(root, config), ...(args.force ? ['--force'] : [])];
    const started = Date.now();
    const run = spawnSync('npx', strykerArgs, { stdio: 'inherit', cwd: root });
    const minutes = (Date.now() - started) / 60_000;
    console.log(`Stryker took ${minutes.toFixed(1)} min for ${selected} mutants (${(selected / minutes).toFixed(1)} per minute, dry run included).`);
    if (run.status !== 0) throw new Error(`stryker exited with ${run.status}`);
  }
  if (args['recheck-static'] && !args.report) recheckStatic(sample, reportPath);
  if (!args.partial && !existsSync(reportPath)) throw new Error(`no report at ${relative(root, reportPath)}: run without --report first`);
  summarise(sample, all.length, reportPath);
}

/**
 * Phase 2 (`--recheck-static`): the sampled mutants that phase 1 left untested as static, or that
 * survived while static (tested only at run time, so their module-load part never ran mutated),
 * re-tested with static activation: every test, modules reloaded, one mutant at a time.
 */
function recheckStatic(sample, reportPath) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const phase1 = new Map();
  for (const [name, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      const { start, end } = m.location;
      phase1.set(keyOf(relative(root, join(root, name)).split('\\').join('/'), m.mutatorName, m.replacement, start.line - 1, start.column - 1, end.line - 1, end.column - 1), m);
    }
  }
  const subset = sample.filter((s) => {
    const m = phase1.get(s.key);
    return m && (/static/i.test(m.statusReason ?? '') || (m.static && (m.status === 'Survived' || m.status === 'NoCoverage')));
  });
  const sampleFile = join(outDir, 'sample-static.json');
  writeFileSync(sampleFile, `${JSON.stringify({ sample: subset }, null, 2)}\n`);
  console.log(`Phase 2: ${subset.length} static sampled mutants re-tested with static activation.`);
  if (subset.length === 0) return;
  const config = join(outDir, 'stryker.static.config.mjs');
  writeFileSync(
    config,
    `import base from '../../stryker.config.mjs';\n` +
      `export default {\n  ...base,\n  mutate: ${JSON.stringify(subset.map((s) => `${s.file}:${s.line0 + 1}:${s.col0}-${s.endLine0 + 1}:${s.endCol0}`))},\n` +
      `  concurrency: ${Number(args.concurrency)},\n` +
      `  plugins: ['@stryker-mutator/*', './scripts/mutate-sample-ignorer.mjs'],\n  ignorers: ['mutate-sample'],\n  ignoreStatic: false,\n` +
      // Not `testFiles`: with it Stryker activates static mutants too late (stryker-js issue 6144).
      (args['all-tests'] ? '' : `  vitest: { configFile: 'scripts/vitest.mutate-fast.config.ts', related: true },\n`) +
      `  reporters: ['json', 'progress', 'mutate-sample-stream'],\n` +
      `  jsonReporter: { fileName: 'reports/mutation-sample/mutation-static.json' },\n` +
      `  incrementalFile: 'reports/mutation-sample/stryker-incremental-static.json',\n};\n`,
  );
  const env = { ...process.env, MUTATE_SAMPLE_FILE: sampleFile, MUTATE_STREAM_FILE: join(outDir, 'results-static.jsonl') };
  const run = spawnSync('npx', ['stryker', 'run', relative(root, config)], { stdio: 'inherit', cwd: root, env });
  if (run.status !== 0) throw new Error(`stryker (static recheck) exited with ${run.status}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
