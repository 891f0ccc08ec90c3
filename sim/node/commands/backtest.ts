/**
 * `stormoff backtest [scenario]`: the simulated cloud shares (builders' spend, Q4) against the
 * reported Synergy series year by year, with the model's mean absolute error beside two naive
 * forecasts' (persistence, frozen shares), a chart, and with `--endogenous` the real deals left to
 * the market: which real regime changes the model reproduces, and how many months early or late.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backtestSvg } from '../../backtest/chart.js';
import { backtestSummary, type BacktestSummary } from '../../backtest/errors.js';
import { REGIMES, monthsOff, regimeMonths } from '../../backtest/regimes.js';
import { endogenousReplay } from '../../backtest/replay.js';
import { reportedShares } from '../../backtest/reported.js';
import { meanSimulatedShares } from '../../backtest/simulated.js';
import { formatLines } from '../../csv.js';
import type { Recording } from '../../recording.js';
import { LIMITS } from '../../scenario/limits.js';
import { runBatch } from '../batch.js';
import { assertWritableOutput, writeOutputs } from '../output.js';
import { scenariosDir } from '../package-info.js';
import { loadScenarioFile } from '../scenario-file.js';
import { resolveScenarioPath } from '../scenario-path.js';
import { formatTable } from '../table.js';
import { expectPositionals, integerOption, parseCommand, type Command } from '../usage.js';
import { defaultOut } from './run.js';

const FIRST_YEAR = 2018;
const LAST_YEAR = 2025;

const help = `Usage: stormoff backtest [scenario] [options]

Compare the simulated cloud market shares (each cloud's share of builders' AI spend, averaged
over Q4) with the reported Synergy Research Q4 shares ${FIRST_YEAR}–${LAST_YEAR} (scenarios/data/
market_share.csv; Others = every cloud but AWS, Azure and Google). Prints the per-cloud error
table and the mean absolute error (MAE, percentage points) of the model beside two naive
forecasts on the same cells: persistence (last year's reported share) and frozen shares (the
${FIRST_YEAR} shares). Writes backtest.csv and backtest.svg.

  [scenario]          a scenario file or bundled name (default: baseline)

Options:
  --runs N            runs, averaged (default: 5)
  --seed N            seed of run 0 (default: the scenario's)
  --agents N          builders (default: the scenario's)
  --endogenous        drop the scripted deals, investments and relaxations: the market must form
                      the relationships; also reports which real regime changes it reproduces
                      and how many months early (−) or late (+); writes regimes.csv
  --out DIR           output folder (default: out/backtest-<scenario>[-endogenous])
  --force             replace a result in --out
  -q, --quiet         no progress bar
  -h, --help          show this help
`;

const pp = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');

function shareTables(summary: BacktestSummary): string[] {
  const rows = [['year', 'provider', 'reported %', 'simulated %', 'error pp']];
  for (const c of summary.cells) rows.push([String(c.year), c.provider, pp(c.reported), pp(c.simulated), `${c.error >= 0 ? '+' : ''}${pp(c.error)}`]);
  const byProvider = Object.entries(summary.maeByProvider).map(([provider, mae]) => `${provider} ${pp(mae)}`).join(', ');
  return [
    ...formatTable(rows, [false, false, true, true, true]), '',
    `MAE by provider (pp): ${byProvider}`,
    `MAE ${FIRST_YEAR + 1}–${LAST_YEAR} (pp): model ${pp(summary.mae.model)}, persistence ${pp(summary.mae.persistence)}, frozen ${FIRST_YEAR} shares ${pp(summary.mae.frozen)}`,
  ];
}

function regimeRows(recordings: readonly Recording[]): { table: string[][]; csv: (string | number)[][] } {
  const months = recordings.map(regimeMonths);
  const table = [['real regime change', 'real', 'runs showing it', 'median months off']];
  const csv: (string | number)[][] = [['regime', 'lab', 'cloud', 'real', 'run', 'model', 'months_off']];
  for (const regime of REGIMES) {
    const offs: number[] = [];
    months.forEach((found, run) => {
      const month = found.get(regime.label) ?? null;
      if (month) offs.push(monthsOff(regime.real, month));
      csv.push([regime.label, regime.lab, regime.cloud ?? '', regime.real, run, month ?? '', month ? monthsOff(regime.real, month) : '']);
    });
    offs.sort((a, b) => a - b);
    const median = offs.length === 0 ? NaN : offs[Math.floor((offs.length - 1) / 2)];
    table.push([regime.label, regime.real, `${offs.length}/${recordings.length}`, Number.isNaN(median) ? 'never' : `${median >= 0 ? '+' : ''}${median}`]);
  }
  return { table, csv };
}

export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'simulated vs reported cloud shares 2018–2025, MAE vs naive forecasts; --endogenous replay',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, {
      runs: { type: 'string' }, seed: { type: 'string' }, agents: { type: 'string' }, endogenous: { type: 'boolean' },
      out: { type: 'string' }, force: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
    });
    if (!parsed) return 0;
    expectPositionals(parsed, 'backtest', 0, 1, 'a scenario');
    const { values } = parsed;
    const runs = integerOption(values.runs, 'runs', 'backtest', 1, 5, LIMITS.runs);
    const agents = integerOption(values.agents, 'agents', 'backtest', 1, NaN);
    const sets = Number.isNaN(agents) ? [] : [`population.agents=${agents}`];
    const loaded = loadScenarioFile(resolveScenarioPath(parsed.positionals[0] ?? 'baseline'), sets);
    const endogenous = values.endogenous === true;
    const scenario = endogenous ? endogenousReplay(loaded) : loaded;
    const seed = integerOption(values.seed, 'seed', 'backtest', 0, scenario.seed, 4294967295);
    const force = values.force === true;
    if (values.quiet === true) process.env.STORMOFF_QUIET = '1';
    const out = typeof values.out === 'string' ? values.out : defaultOut(`backtest-${scenario.name}`, force);
    assertWritableOutput(out, { force });

    const reported = reportedShares(readFileSync(join(scenariosDir, 'data', 'market_share.csv'), 'utf8'), FIRST_YEAR, LAST_YEAR);
    const recordings = runBatch(scenario, { runs, seed, check: false });
    const years = [...new Set(reported.map((r) => r.year))];
    const simulated = meanSimulatedShares(recordings, years);
    const summary = backtestSummary(reported, (provider, year) => simulated.get(`${provider}/${year}`) ?? NaN);
    const files: Record<string, string> = {
      'backtest.csv': formatLines([
        ['scenario', 'year', 'provider', 'reported_pct', 'simulated_pct', 'error_pp', 'persistence_pct', 'frozen_pct'],
        ...summary.cells.map((c) => [scenario.name, c.year, c.provider, c.reported, c.simulated, c.error, c.persistence, c.frozen]),
      ]),
      'backtest.svg': backtestSvg(summary.cells, `${scenario.name}: simulated (dashed) vs Synergy Q4 shares (solid), ${runs} run${runs === 1 ? '' : 's'}`),
      'meta.json': JSON.stringify({ command: ['stormoff', 'backtest', ...argv], scenario: scenario.name, runs, seed, endogenous, mae: summary.mae, maeByProvider: summary.maeByProvider }, null, 2) + '\n',
    };
    const lines = [`${scenario.name} vs Synergy Q4 shares, ${runs} run${runs === 1 ? '' : 's'} (seed ${seed}), ${scenario.population.agents} agents`, '', ...shareTables(summary)];
    if (endogenous) {
      const regimes = regimeRows(recordings);
      files['regimes.csv'] = formatLines(regimes.csv);
      lines.push('', 'Real regime changes with the deals left to the market:', '', ...formatTable(regimes.table, [false, false, true, true]));
    }
    writeOutputs(out, files);
    lines.push('', `Wrote ${Object.keys(files).map((f) => join(out, f)).join(', ')}`);
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
