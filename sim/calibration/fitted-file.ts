/**
 * The fitted values as a partial scenario: only `params` and `population` fields, nested as their
 * paths say, so a scenario takes them with `extends: ./calibration/fitted.yaml` (its own fields
 * merge over them; it must not set the fitted paths itself). Values are written as `--set` strings
 * hold them, so the file reproduces the calibration's last evaluation exactly.
 */
import { stringify } from 'yaml';

type Tree = { [key: string]: Tree | number };

/** `['params.alpha=2', 'population.types.developer.hazard=0.05']` as a nested mapping. */
export function setsToTree(sets: readonly string[]): Tree {
  const tree: Tree = {};
  for (const set of sets) {
    const [path, text] = [set.slice(0, set.indexOf('=')), set.slice(set.indexOf('=') + 1)];
    const keys = path.split('.');
    let node = tree;
    keys.slice(0, -1).forEach((key) => {
      if (typeof node[key] !== 'object') node[key] = {};
      node = node[key] as Tree;
    });
    node[keys[keys.length - 1]] = Number(text);
  }
  return tree;
}

/**
 * YAML text of the fitted file: `header` lines as comments, then the nested values.
 * @example fittedYaml(['params.alpha=2.1'], ['Written by stormoff calibrate']) // "# Written by …\nparams:\n  alpha: 2.1\n"
 */
export function fittedYaml(sets: readonly string[], header: readonly string[]): string {
  const comments = header.map((line) => `# ${line}`.trimEnd()).join('\n');
  return `${comments}\n${stringify(setsToTree(sets))}`;
}

/**
 * Significant-digit rounding of a fitted value (the file and the report show the same number).
 * @example roundSignificant(0.123456, 4) // 0.1235
 */
export function roundSignificant(value: number, digits: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}
