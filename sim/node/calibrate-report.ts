/**
 * The report of a calibration as Markdown: the free parameters (start, fitted, bounds), the share
 * errors on the fitted and held-out years beside the naive forecasts, the held-out cells, and the
 * anchors model vs target, before and after.
 */
import { PROVIDERS } from '../backtest/reported.js';
import { meanAbsolute, type YearRange } from '../calibration/forecasts.js';
import type { Assessment, ShareCell } from '../calibration/objective.js';
import type { FreeParameter } from '../calibration/parameters.js';

export interface ReportInput {
  scenario: string;
  parameters: FreeParameter[];
  x0: number[];
  x: number[];
  start: Assessment;
  final: Assessment;
  /** Start and fitted point assessed again on fresh seeds (not those of the fit). */
  fresh: { start: Assessment; fitted: Assessment };
  fit: YearRange;
  holdout: YearRange;
  runs: number;
  agents: number;
  seed: number;
  evaluations: number;
  stop: string;
  anchorWeight: number;
  command: string[];
}

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '-');
const g = (v: number) => (!Number.isFinite(v) ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The verdict on the held-out years: does the model beat both naive forecasts? */
export function verdict(a: Assessment): string {
  const beats = [a.holdoutMae < a.persistenceMae ? null : 'persistence', a.holdoutMae < a.trendMae ? null : 'the linear trend'].filter(Boolean);
  return beats.length === 0 ? 'The model beats both naive forecasts on the held-out years.' : `The model does not beat ${beats.join(' or ')} on the held-out years.`;
}

/**
 * Markdown report of a calibration.
 * @example writeFileSync('report.md', calibrationReport(input))
 */
export function calibrationReport(input: ReportInput): string {
  const { start, final, fresh, fit, holdout } = input;
  const lines = [
    `# Calibration of ${input.scenario}`, '',
    `\`${input.command.join(' ')}\``, '',
    `${input.runs} runs x ${input.agents} agents per evaluation (seed ${input.seed}, the same seeds every evaluation), ${input.evaluations} evaluations (${input.stop}); `
      + `objective = share MAE ${fit.from}-${fit.to} (pp) + ${input.anchorWeight} x mean |ln(model/target)| of the anchors.`, '',
    '## Parameters', '',
    row(['parameter', 'start', 'fitted', 'bounds']), row(['---', '---:', '---:', '---']),
    ...input.parameters.map((p, i) => row([p.path, g(input.x0[i]), g(input.x[i]), `${p.lower} – ${p.upper}`])), '',
    '## Shares: mean absolute error (pp)', '',
    `On the fit's own seeds (in sample) and on ${2 * input.runs} fresh seeds (the check: a fit can tune itself to the noise of its seeds).`, '',
    row(['', 'start', 'fitted', 'start, fresh seeds', 'fitted, fresh seeds']), row(['---', '---:', '---:', '---:', '---:']),
    row(['objective', f2(start.objective), f2(final.objective), f2(fresh.start.objective), f2(fresh.fitted.objective)]),
    row([`fit ${fit.from}-${fit.to}`, f2(start.fitMae), f2(final.fitMae), f2(fresh.start.fitMae), f2(fresh.fitted.fitMae)]),
    row([`held out ${holdout.from}-${holdout.to}: model`, f2(start.holdoutMae), f2(final.holdoutMae), f2(fresh.start.holdoutMae), f2(fresh.fitted.holdoutMae)]),
    row([`held out: persistence (shares of ${fit.to})`, f2(final.persistenceMae), f2(final.persistenceMae), f2(final.persistenceMae), f2(final.persistenceMae)]),
    row([`held out: linear trend of ${fit.from}-${fit.to}`, f2(final.trendMae), f2(final.trendMae), f2(final.trendMae), f2(final.trendMae)]),
    row(['anchors: mean abs log error', f2(start.anchorError), f2(final.anchorError), f2(fresh.start.anchorError), f2(fresh.fitted.anchorError)]), '',
    `${verdict(fresh.fitted)} The fit ${fresh.fitted.holdoutMae < fresh.start.holdoutMae ? 'improves on' : 'does not improve on'} the start out of sample (fresh seeds: ${f2(fresh.fitted.holdoutMae)} vs ${f2(fresh.start.holdoutMae)} pp).`, '',
    '## Held-out MAE by provider, fresh seeds (pp)', '',
    row(['provider', 'start', 'fitted', 'persistence', 'trend']), row(['---', '---:', '---:', '---:', '---:']),
    ...PROVIDERS.map((p) => {
      const mae = (a: Assessment, pick: (c: ShareCell) => number) => meanAbsolute(a.cells.filter((c) => c.holdout && c.provider === p).map((c) => pick(c) - c.reported));
      return row([p, f2(mae(fresh.start, (c) => c.simulated)), f2(mae(fresh.fitted, (c) => c.simulated)), f2(mae(fresh.fitted, (c) => c.persistence)), f2(mae(fresh.fitted, (c) => c.trend))]);
    }), '',
    '## Held-out cells, fresh seeds (%)', '',
    row(['year', 'provider', 'reported', 'model (start)', 'model (fitted)', 'persistence', 'trend']), row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...fresh.fitted.cells.filter((c) => c.holdout).map((c) => {
      const before = fresh.start.cells.find((s) => s.year === c.year && s.provider === c.provider);
      return row([c.year, c.provider, g(c.reported), g(before?.simulated ?? NaN), g(c.simulated), g(c.persistence), g(c.trend)]);
    }), '',
    '## Fitted cells, fresh seeds (%)', '',
    row(['year', 'provider', 'reported', 'model (start)', 'model (fitted)']), row(['---', '---', '---:', '---:', '---:']),
    ...fresh.fitted.cells.filter((c) => !c.holdout).map((c) => {
      const before = fresh.start.cells.find((s) => s.year === c.year && s.provider === c.provider);
      return row([c.year, c.provider, g(c.reported), g(before?.simulated ?? NaN), g(c.simulated)]);
    }), '',
    '## Anchors, fresh seeds', '',
    row(['anchor', 'unit', 'target', 'model (start)', 'model (fitted)', '|ln ratio| fitted']), row(['---', '---', '---:', '---:', '---:', '---:']),
    ...fresh.fitted.anchors.map((a, i) => row([a.name, a.unit, g(a.target), g(fresh.start.anchors[i].model), g(a.model), f2(a.logError)])),
  ];
  return lines.join('\n') + '\n';
}
