/**
 * The report of a calibration as Markdown: the free parameters (start, fitted, bounds), the share
 * errors on the fitted and held-out years beside the naive forecasts, the held-out cells, and the
 * anchors model vs target, before and after.
 */
import type { YearRange } from '../calibration/forecasts.js';
import type { Assessment } from '../calibration/objective.js';
import type { FreeParameter } from '../calibration/parameters.js';

export interface ReportInput {
  scenario: string;
  parameters: FreeParameter[];
  x0: number[];
  x: number[];
  start: Assessment;
  final: Assessment;
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
  const { start, final, fit, holdout } = input;
  const lines = [
    `# Calibration of ${input.scenario}`, '',
    `\`${input.command.join(' ')}\``, '',
    `${input.runs} runs x ${input.agents} agents per evaluation (seed ${input.seed}, the same seeds every evaluation), ${input.evaluations} evaluations (${input.stop}); `
      + `objective = share MAE ${fit.from}-${fit.to} (pp) + ${input.anchorWeight} x mean |ln(model/target)| of the anchors.`, '',
    '## Parameters', '',
    row(['parameter', 'start', 'fitted', 'bounds']), row(['---', '---:', '---:', '---']),
    ...input.parameters.map((p, i) => row([p.path, g(input.x0[i]), g(input.x[i]), `${p.lower} – ${p.upper}`])), '',
    '## Shares: mean absolute error (pp)', '',
    row(['', 'start', 'fitted']), row(['---', '---:', '---:']),
    row(['objective', f2(start.objective), f2(final.objective)]),
    row([`fit ${fit.from}-${fit.to}`, f2(start.fitMae), f2(final.fitMae)]),
    row([`held out ${holdout.from}-${holdout.to}: model`, f2(start.holdoutMae), f2(final.holdoutMae)]),
    row([`held out: persistence (shares of ${fit.to})`, f2(final.persistenceMae), f2(final.persistenceMae)]),
    row([`held out: linear trend of ${fit.from}-${fit.to}`, f2(final.trendMae), f2(final.trendMae)]),
    row(['anchors: mean abs log error', f2(start.anchorError), f2(final.anchorError)]), '',
    verdict(final), '',
    '## Held-out cells (%)', '',
    row(['year', 'provider', 'reported', 'model (start)', 'model (fitted)', 'persistence', 'trend']), row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...final.cells.filter((c) => c.holdout).map((c) => {
      const before = start.cells.find((s) => s.year === c.year && s.provider === c.provider);
      return row([c.year, c.provider, g(c.reported), g(before?.simulated ?? NaN), g(c.simulated), g(c.persistence), g(c.trend)]);
    }), '',
    '## Fitted cells (%)', '',
    row(['year', 'provider', 'reported', 'model (start)', 'model (fitted)']), row(['---', '---', '---:', '---:', '---:']),
    ...final.cells.filter((c) => !c.holdout).map((c) => {
      const before = start.cells.find((s) => s.year === c.year && s.provider === c.provider);
      return row([c.year, c.provider, g(c.reported), g(before?.simulated ?? NaN), g(c.simulated)]);
    }), '',
    '## Anchors', '',
    row(['anchor', 'unit', 'target', 'model (start)', 'model (fitted)', '|ln ratio| fitted']), row(['---', '---', '---:', '---:', '---:', '---:']),
    ...final.anchors.map((a, i) => row([a.name, a.unit, g(a.target), g(start.anchors[i].model), g(a.model), f2(a.logError)])),
  ];
  return lines.join('\n') + '\n';
}
