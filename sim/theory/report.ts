/**
 * Text of theory results: a model's run as rows (quantity, simulated, closed form, tolerance,
 * pass) and the validation table (result, parameters, expected, simulated, tolerance, pass), for
 * the terminal and as Markdown for docs/validation.md.
 */
import type { TheoryCheck } from './check.js';
import type { ParamValues, TheoryResult } from './models.js';

/** A number with up to 6 significant digits. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Number(value.toPrecision(6)).toString();
}

/** What a check allows, e.g. `± 0.0313`, `± 15%`, `≤ 0.0436`. */
export function toleranceText(check: TheoryCheck): string {
  if (check.atMost) return `≤ ${figure(check.expected)}`;
  if (check.relative) return `± ${figure(check.tolerance * 100)}%`;
  return `± ${figure(check.tolerance)}`;
}

/** `name=value` pairs of the parameters. */
export function paramsText(params: ParamValues): string {
  return Object.entries(params).map(([name, value]) => `${name}=${value}`).join(' ');
}

/** Rows of one result: every simulated and closed-form figure side by side, checks marked. */
export function resultRows(result: TheoryResult): string[][] {
  const names = [...new Set([...Object.keys(result.simulated), ...Object.keys(result.closedForm)])];
  const rows = [['quantity', 'simulated', 'closed form', 'tolerance', 'pass']];
  for (const name of names) {
    const check = result.checks.find((c) => c.quantity === name);
    const simulated = result.simulated[name];
    const closed = result.closedForm[name];
    rows.push([
      name, simulated === undefined ? '' : figure(simulated), closed === undefined ? '' : figure(closed),
      check ? toleranceText(check) : '', check ? (check.pass ? 'yes' : 'NO') : '',
    ]);
  }
  return rows;
}

/** A Markdown table of `rows` (the first is the header). Cells are plain text: `|` is escaped. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}
