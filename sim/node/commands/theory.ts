/**
 * `stormoff theory <model> [--param value ...]`: runs one of the classic models (Rubinstein, Nash,
 * Arthur, Pólya, generalized urns, Bass, Brock–Durlauf) through the engine's own building blocks
 * and prints simulated and closed-form results side by side; `--table` runs the whole validation
 * suite (what `npm run validate:theory` prints and docs/validation.md shows).
 */
import { THEORY_MODELS, runTheory, type ParamValues, type TheoryModel } from '../../theory/models.js';
import { markdownTable, paramsText, figure, resultRows, toleranceText } from '../../theory/report.js';
import { VALIDATION_CASES, VALIDATION_SEED } from '../../theory/validation-suite.js';
import { didYouMean } from '../../scenario/closest.js';
import { formatTable } from '../table.js';
import { helpHint, integerOption, parseCommand, UsageError, type Command } from '../usage.js';

const modelHelp = (model: TheoryModel) => [
  `  ${model.name}: ${model.summary}`,
  ...model.params.map((p) => `      --${p.name} ${p.text ? 'SPEC' : 'X'}`.padEnd(26) + `${p.description} (default ${p.default})`),
].join('\n');

const help = `Usage: stormoff theory <model> [--param value ...] [--runs R] [--seed S] [--json]
       stormoff theory --table [--markdown]

Run a classic model of bargaining, lock-in or diffusion through Stormoff's own engine (its
bargaining solver, its builders' choice step, its population step) and compare the simulated
figures with the closed forms of the literature, with the tolerance each must meet.

Models and their parameters:
${THEORY_MODELS.map(modelHelp).join('\n')}

Options:
  --runs R            Monte Carlo runs (default: the model's own; solvers ignore it)
  --seed S            seed of the runs (default: ${VALIDATION_SEED})
  --json              print {model, params, simulated, closedForm, checks} as JSON
  --table             run the whole validation suite (VALIDATION.md's results)
  --markdown          with --table: a Markdown table (docs/validation.md)
  -h, --help          show this help

Examples:
  stormoff theory arthur --s 0.3 --runs 2000
  stormoff theory urn --f power:2 --draws 5000
  stormoff theory logit --k 1.5 --u 0.1 --m0 -0.5 --json
`;

function modelNamed(name: string): TheoryModel {
  const model = THEORY_MODELS.find((m) => m.name === name);
  if (model) return model;
  const names = THEORY_MODELS.map((m) => m.name);
  throw new UsageError(`unknown model '${name.slice(0, 60)}'${didYouMean(name, names, 1, (n) => `'${n}'`)}`, `the models: ${names.join(', ')}`);
}

/** Parameter values from parsed flags, each checked as a finite number unless it is text. */
function paramValues(model: TheoryModel, values: Record<string, unknown>): ParamValues {
  const params: ParamValues = {};
  for (const spec of model.params) {
    const given = values[spec.name];
    if (given === undefined) continue;
    const text = String(given);
    if (spec.text) { params[spec.name] = text; continue; }
    const number = Number(text);
    if (text.trim() === '' || !Number.isFinite(number)) {
      throw new UsageError(`--${spec.name} expects a number, got '${text.slice(0, 60)}'`, helpHint('theory'));
    }
    params[spec.name] = number;
  }
  return params;
}

function runChecked(name: string, params: ParamValues, runs: number | undefined, seed: number) {
  try {
    return runTheory(name, params, { runs, seed });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${name}: ${error.message}`, helpHint('theory'));
    throw error;
  }
}

function validationTable(markdown: boolean): { text: string; failed: number } {
  const rows = [['result', 'parameters', 'quantity', 'expected', 'simulated', 'tolerance', 'pass']];
  let failed = 0;
  for (const c of VALIDATION_CASES) {
    const result = runTheory(c.model, c.params, { runs: c.runs, seed: VALIDATION_SEED });
    for (const check of result.checks) {
      if (!check.pass) failed++;
      rows.push([c.result, `${c.model} ${paramsText(c.params)}`, check.quantity, figure(check.expected), figure(check.simulated), toleranceText(check), check.pass ? 'yes' : 'NO']);
    }
  }
  const text = markdown ? markdownTable(rows) : formatTable(rows).join('\n');
  return { text, failed };
}

export const theoryCommand: Command = {
  name: 'theory',
  summary: 'classic models (Rubinstein, Nash, Arthur, Pólya, Bass, Brock–Durlauf) vs closed forms',
  help,
  run(argv) {
    const modelName = argv.find((arg) => !arg.startsWith('-'));
    const model = modelName === undefined ? undefined : modelNamed(modelName);
    const options = Object.fromEntries((model?.params ?? []).map((p) => [p.name, { type: 'string' as const }]));
    const parsed = parseCommand(argv, this, {
      ...options, runs: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' },
      table: { type: 'boolean' }, markdown: { type: 'boolean' },
    });
    if (!parsed) return 0;
    if (parsed.values.table === true) {
      const { text, failed } = validationTable(parsed.values.markdown === true);
      process.stdout.write(text + '\n');
      return failed === 0 ? 0 : 1;
    }
    if (!model) throw new UsageError('missing the model to run', `one of: ${THEORY_MODELS.map((m) => m.name).join(', ')}`);
    if (parsed.positionals.length > 1) throw new UsageError(`unexpected argument '${parsed.positionals[1]}'`, helpHint('theory'));
    const runs = integerOption(parsed.values.runs, 'runs', 'theory', 2, NaN, 1_000_000);
    const seed = integerOption(parsed.values.seed, 'seed', 'theory', 0, VALIDATION_SEED, 4294967295);
    const result = runChecked(model.name, paramValues(model, parsed.values), Number.isNaN(runs) ? undefined : runs, seed);
    if (parsed.values.json === true) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const runsText = model.runs === 0 ? 'solved' : `${Number.isNaN(runs) ? model.runs : runs} runs, seed ${seed}`;
    process.stdout.write([`${model.name} (${paramsText(result.params)}; ${runsText})`, '', ...formatTable(resultRows(result), [false, true, true, true, false])].join('\n') + '\n');
    return 0;
  },
};
