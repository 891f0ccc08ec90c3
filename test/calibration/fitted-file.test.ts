/**
 * Tests of sim/calibration/fitted-file.ts: `--set` strings become the nested YAML of a layer, with
 * the header as comments, and values round to significant digits.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fittedYaml, roundSignificant, setsToTree } from '../../sim/calibration/fitted-file.js';

describe('fittedYaml(sets, header)', () => {
  it('fittedYaml() nests the paths, keeps every digit and comments the header', () => {
    const text = fittedYaml(['params.alpha=2.125', 'population.types.enterprise.hazard=0.0149', 'params.wE=0.19975000000000004'], ['Fitted by: x', '']);
    expect(text.startsWith('# Fitted by: x\n#\n')).toBe(true);
    expect(parse(text)).toEqual({ params: { alpha: 2.125, wE: 0.19975000000000004 }, population: { types: { enterprise: { hazard: 0.0149 } } } });
    expect(setsToTree(['population.bN=1', 'population.homeBias=2'])).toEqual({ population: { bN: 1, homeBias: 2 } });
  });
});

describe('roundSignificant(value, digits)', () => {
  it('roundSignificant() keeps `digits` significant digits, and 0 and non-finite values as they are', () => {
    expect(roundSignificant(0.0254123, 3)).toBe(0.0254);
    expect(roundSignificant(2.70449, 4)).toBe(2.704);
    expect(roundSignificant(0, 4)).toBe(0);
    expect(roundSignificant(Infinity, 4)).toBe(Infinity);
  });
});
