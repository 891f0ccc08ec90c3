/**
 * `stormoff calibrate [scenario]`: fits a few free parameters (narrative weights, choice weights,
 * hazards) to the reported cloud shares of the fitted years and to the scale anchors (simulated
 * method of moments) with Nelder–Mead, on fixed seeds (common random numbers), small populations
 * and all cores; reports the held-out years' error beside persistence and a linear trend, and
 * writes the fitted values as a partial scenario a scenario can `extends`.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { reportedShares } from '../../backtest/reported.js';
import { fittedYaml, roundSignificant } from '../../calibration/fitted-file.js';
import type { YearRange } from '../../calibration/forecasts.js';
import type { RunMoments } from '../../calibration/moments.js';
import { nelderMead } from '../../calibration/nelder-mead.js';
import { assess, type Assessment, type ObjectiveSetup } from '../../calibration/objective.js';
import { DEFAULT_PARAMS, parameterSets, parseParameters, valueAt, type FreeParameter } from '../../calibration/parameters.js';
import { formatLines } from '../../csv.js';
import { LIMITS } from '../../scenario/limits.js';
import { parseScenario } from '../../scenario/load.js';
import { CALIBRATE_WORKER_URL, createCalibrationRunner, type CalibrationContext, type CalibrationTask } from '../calibrate-task.js';
import { createCalibrationProgress } from '../calibrate-progress.js';
import { batchSeeds } from '../batch.js';
import { hashString } from '../../rng.js';
import { defaultWorkers } from '../experiment.js';
import { assertWritableOutput, writeOutputs } from '../output.js';
import { packageVersion, scenariosDir } from '../package-info.js';
import { loadScenarioFile, readScenarioText } from '../scenario-file.js';
import { bundledNames, bundledPath, resolveScenarioPath } from '../scenario-path.js';
import { calibrationReport } from '../calibrate-report.js';
import { expectPositionals, helpHint, integerOption, parseCommand, UsageError, type Command } from '../usage.js';
import { createPool, type Pool } from '../worker-pool.js';
import { defaultOut } from './run.js';

const help = `Usage: stormoff calibrate [scenario] [options]

Fit a few free parameters of a scenario (default: baseline) to the reported cloud market shares
of the fitted years (Synergy Q4, as stormoff backtest) and to the scale anchors (sim/anchors.ts
and the 2023-24 GPU shortage) by Nelder-Mead within bounds. Every evaluation runs the same seeds
(common random numbers) on a small population, in parallel. Reports the fit, the held-out years'
mean absolute error beside two naive forecasts on the same cells (persistence: shares frozen at
the last fitted year; linear trend of the fitted years), on the fit's seeds and on fresh ones
(a fit can tune itself to the noise of its seeds), and writes:
  calibration.csv   one row per evaluation: parameters, objective, fit and held-out MAE, best
  report.md         the fit, held-out MAE vs the naive forecasts, anchors model vs target
  fitted.yaml       the fitted values as a partial scenario: put "extends: <path to it>" in a
                    scenario that does not set those fields itself
  meta.json         command, seeds, parameters, bounds, results

  [scenario]          a scenario file or bundled name (default: baseline)

Options:
  --params A,B,...    free parameters, params.* or population.* paths
                      (default: ${DEFAULT_PARAMS.join(',')})
  --bounds A=LO:HI,.. bounds of free parameters (defaults in sim/calibration/parameters.ts)
  --fit Y1-Y2         fitted years (default: 2018-2022)
  --holdout Y1-Y2     held-out years, after the fitted ones (default: 2023-2025)
  --runs N            runs per evaluation, the same seeds each time (default: 16)
  --agents N          builders per run (default: 20000)
  --iterations N      budget of objective evaluations (default: 100)
  --anchor-weight W   pp of share MAE per unit of mean |log(model/target)| (default: 2; 0 = shares only)
  --workers N         worker threads (default: one per core, here ${defaultWorkers()}; 0 = main thread)
  --seed N            seed of run 0 (default: the scenario's)
  --out DIR           output folder (default: out/calibrate-<scenario>)
  --force             replace a result in --out
  -q, --quiet         no progress
  -h, --help          show this help
`;

/** `2018-2022` or `2020` as a range; a UsageError naming the flag otherwise. */
export function parseYears(text: unknown, flag: string, fallback: YearRange): YearRange {
  if (text === undefined) return fallback;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(String(text).trim());
  const range = match ? { from: Number(match[1]), to: Number(match[2] ?? match[1]) } : null;
  if (!range || range.from > range.to) throw new UsageError(`--${flag} expects years like 2018-2022, got '${String(text).slice(0, 40)}'`, helpHint('calibrate'));
  return range;
}

function numberOption(text: unknown, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (String(text).trim() === '' || !Number.isFinite(value) || value < 0) throw new UsageError(`--${flag} expects a number >= 0, got '${String(text).slice(0, 40)}'`, helpHint('calibrate'));
  return value;
}

/** Runs `tasks` on a worker pool, or in this thread when `workers` is 0. */
function runner(workers: number, context: CalibrationContext): Pool<CalibrationTask, RunMoments> {
  if (workers > 0) return createPool<CalibrationTask, RunMoments>(workers, CALIBRATE_WORKER_URL, context);
  const run = createCalibrationRunner(context);
  return { size: 0, run: async (task) => run(task), close: async () => {} };
}

export interface LoggedEvaluation { index: number; x: number[]; sets: string[] | null; assessment: Assessment | null; best: number }

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'fit free parameters to reported shares and anchors (Nelder–Mead); held-out MAE vs naive forecasts; fitted.yaml',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, {
      params: { type: 'string' }, bounds: { type: 'string' }, fit: { type: 'string' }, holdout: { type: 'string' },
      runs: { type: 'string' }, agents: { type: 'string' }, iterations: { type: 'string' }, 'anchor-weight': { type: 'string' },
      workers: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'calibrate', 0, 1, 'a scenario');
    const { values } = parsed;
    const fit = parseYears(values.fit, 'fit', { from: 2018, to: 2022 });
    const holdout = parseYears(values.holdout, 'holdout', { from: 2023, to: 2025 });
    if (holdout.from <= fit.to) throw new UsageError(`--holdout (${holdout.from}-${holdout.to}) must come after the fitted years (--fit ${fit.from}-${fit.to}): the naive forecasts extend the fitted years`, helpHint('calibrate'));
    const runs = integerOption(values.runs, 'runs', 'calibrate', 1, 16, LIMITS.runs);
    const agents = integerOption(values.agents, 'agents', 'calibrate', 1, 20000);
    const budget = integerOption(values.iterations, 'iterations', 'calibrate', 1, 100, 100_000);
    const workers = integerOption(values.workers, 'workers', 'calibrate', 0, defaultWorkers(), 256);
    const anchorWeight = numberOption(values['anchor-weight'], 'anchor-weight', 2);
    const force = values.force === true;
    const quiet = values.quiet === true;

    const scenarioPath = resolveScenarioPath(parsed.positionals[0] ?? 'baseline');
    const baseSets = [`population.agents=${agents}`];
    const scenario = loadScenarioFile(scenarioPath, baseSets);
    const seed = integerOption(values.seed, 'seed', 'calibrate', 0, scenario.seed, 4294967295);
    const { parameters, errors } = parseParameters(values.params as string | undefined, values.bounds as string | undefined, scenario);
    if (errors.length) throw new UsageError(errors.join('; '), helpHint('calibrate'));
    const reported = reportedShares(readFileSync(join(scenariosDir, 'data', 'market_share.csv'), 'utf8'), 1900, 2100);
    const years = [...new Set(reported.map((r) => r.year))].filter((y) => (y >= fit.from && y <= fit.to) || (y >= holdout.from && y <= holdout.to)).sort();
    for (const [flag, range] of [['fit', fit], ['holdout', holdout]] as const) {
      if (!years.some((y) => y >= range.from && y <= range.to)) throw new UsageError(`--${flag} ${range.from}-${range.to} holds no reported year (market_share.csv has ${Math.min(...reported.map((r) => r.year))}-${Math.max(...reported.map((r) => r.year))})`, helpHint('calibrate'));
    }
    if (Math.max(...years) > Number(scenario.end.slice(0, 4)) || Math.min(...years) < Number(scenario.start.slice(0, 4))) {
      throw new UsageError(`the scenario runs ${scenario.start} to ${scenario.end}, which does not cover the years ${years[0]}-${years[years.length - 1]}`, helpHint('calibrate'));
    }
    const out = typeof values.out === 'string' ? values.out : defaultOut(`calibrate-${scenario.name}`, force);
    assertWritableOutput(out, { force });

    const setup: ObjectiveSetup = { reported, fit, holdout, anchorWeight };
    const seeds = batchSeeds(seed, runs);
    const pool = runner(workers, { scenarioPath, sets: baseSets, years });
    const log: LoggedEvaluation[] = [];
    const progress = createCalibrationProgress(budget + 1, quiet);
    const x0 = parameters.map((p) => Math.min(p.upper, Math.max(p.lower, valueAt(scenario, p.path)!)));
    let bestValue = Infinity;
    const evaluate = async (x: number[]): Promise<Assessment | null> => {
      const sets = parameterSets(scenario, parameters, x);
      const assessment = sets === null ? null : assess(await Promise.all(seeds.map((s, run) => pool.run({ run, seed: s, sets }))), setup);
      const value = assessment?.objective ?? Infinity;
      if (value < bestValue) bestValue = value;
      log.push({ index: log.length, x, sets, assessment, best: bestValue });
      const best = log.reduce((b, e) => ((e.assessment?.objective ?? Infinity) < (b.assessment?.objective ?? Infinity) ? e : b));
      progress.update(log.length, `best ${bestValue.toFixed(2)} (fit MAE ${best.assessment?.fitMae.toFixed(2) ?? '-'} pp)`);
      return assessment;
    };

    let final: { x: number[]; sets: string[]; assessment: Assessment };
    let fresh: { start: Assessment; fitted: Assessment };
    let stop: string;
    try {
      stop = await optimise(parameters, x0, budget, async (x) => (await evaluate(x))?.objective ?? Infinity);
      const best = log.reduce((b, e) => ((e.assessment?.objective ?? Infinity) < (b.assessment?.objective ?? Infinity) ? e : b));
      const x = best.x.map((v) => roundSignificant(v, 4));
      const sets = parameterSets(scenario, parameters, x);
      if (sets === null) throw new Error('the best point is infeasible');
      const assessment = (await evaluate(x))!;
      final = { x, sets, assessment };
      // The fit may have tuned itself to the noise of its own seeds: judge start and fit again on fresh ones.
      const checkSeeds = batchSeeds(hashString(`${seed}/calibration-check`), 2 * runs);
      const onFresh = async (pointSets: string[]) => assess(await Promise.all(checkSeeds.map((s, i) => pool.run({ run: runs + i, seed: s, sets: pointSets }))), setup);
      fresh = { start: await onFresh(parameterSets(scenario, parameters, x0)!), fitted: await onFresh(sets) };
    } finally {
      progress.finish();
      await pool.close();
    }

    const start = log[0].assessment!;
    const fittedName = 'fitted.yaml';
    const commandLine = ['stormoff', 'calibrate', ...argv];
    const text = fittedYaml(final.sets, [
      `Fitted by: ${commandLine.join(' ')}`,
      `stormoff ${packageVersion()}; scenario ${scenario.name}; ${runs} runs x ${agents} agents; seed ${seed}; ${log.length} evaluations (${stop}).`,
      `On ${2 * runs} fresh seeds: share MAE fit ${fit.from}-${fit.to} ${fresh.fitted.fitMae.toFixed(2)} pp (start ${fresh.start.fitMae.toFixed(2)}), held out ${holdout.from}-${holdout.to} ${fresh.fitted.holdoutMae.toFixed(2)} pp`,
      `(start ${fresh.start.holdoutMae.toFixed(2)}; persistence ${fresh.fitted.persistenceMae.toFixed(2)}, linear trend ${fresh.fitted.trendMae.toFixed(2)}). See report.md.`,
      `A partial scenario: a scenario takes these values with "extends: <path to this file>" and must not set them itself.`,
    ]);
    checkFittedFile(text, scenarioPath, final.sets, out, fittedName);
    const report = calibrationReport({ scenario: scenario.name, parameters, x0, x: final.x, start, final: final.assessment, fresh, fit, holdout, runs, agents, seed, evaluations: log.length, stop, anchorWeight, command: commandLine });
    const names = parameters.map((p) => p.path);
    const files: Record<string, string> = {
      'calibration.csv': formatLines([
        ['evaluation', ...names, 'objective', 'fit_mae_pp', 'holdout_mae_pp', 'anchor_log_error', 'best_objective'],
        ...log.map((e) => [e.index, ...e.x, e.assessment?.objective ?? '', e.assessment?.fitMae ?? '', e.assessment?.holdoutMae ?? '', e.assessment?.anchorError ?? '', e.best]),
      ]),
      'report.md': report,
      [fittedName]: text,
      'meta.json': JSON.stringify({
        version: packageVersion(), command: commandLine, scenario: scenario.name, seeds, runs, agents, evaluations: log.length, stop, anchorWeight,
        fit, holdout, parameters: parameters.map((p, i) => ({ ...p, start: x0[i], fitted: final.x[i] })), sets: final.sets,
        checkSeeds: 2 * runs, start: summaryOf(start), fitted: summaryOf(final.assessment), freshStart: summaryOf(fresh.start), freshFitted: summaryOf(fresh.fitted),
      }, null, 2) + '\n',
    };
    writeOutputs(out, files);
    process.stdout.write(report + `\nWrote ${Object.keys(files).map((f) => join(out, f)).join(', ')}\n`);
    return 0;
  },
};

function summaryOf(a: Assessment) {
  return { objective: a.objective, fitMae: a.fitMae, holdoutMae: a.holdoutMae, persistenceMae: a.persistenceMae, trendMae: a.trendMae, anchorError: a.anchorError, anchors: a.anchors };
}

/**
 * Nelder–Mead from `x0` with the whole budget, restarted from the best point with a smaller
 * simplex when it converges early. Returns why it stopped.
 */
async function optimise(parameters: FreeParameter[], x0: number[], budget: number, f: (x: number[]) => Promise<number>): Promise<string> {
  let used = 0;
  let start = x0;
  let step = 0.15;
  let previous = Infinity;
  for (;;) {
    const result = await nelderMead(f, start, {
      lower: parameters.map((p) => p.lower), upper: parameters.map((p) => p.upper), maxEvaluations: budget - used, step, fTolerance: 1e-3, xTolerance: 1e-3,
    });
    used += result.evaluations;
    if (result.stop === 'budget' || used >= budget) return 'budget used';
    if (previous - result.value < 1e-3) return 'converged';
    previous = result.value;
    start = result.x;
    step /= 2;
  }
}

/**
 * The written fitted file must be a valid layer over the scenario: the scenario with the file
 * merged over it (as `extends` would give) validates, and holds the fitted values.
 */
function checkFittedFile(text: string, scenarioPath: string, sets: readonly string[], out: string, name: string): void {
  const probe = resolve(out, `probe-of-${name}`);
  const child = `extends: ${JSON.stringify(relative(resolve(out), resolve(scenarioPath)))}\n${text}`;
  const scenario = parseScenario(child, probe, (path) => readScenarioText(path), [], { bundled: bundledPath, bundledNames });
  for (const set of sets) {
    const [path, value] = [set.slice(0, set.indexOf('=')), Number(set.slice(set.indexOf('=') + 1))];
    const found = valueAt(scenario, path);
    if (found === undefined || Math.abs(found - value) > 1e-9 * Math.max(1, Math.abs(value))) throw new Error(`${name}: ${path} reads back as ${found}, not ${value}`);
  }
}
