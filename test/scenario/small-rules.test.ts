/**
 * Two scenario rules pinned exactly: numberFits() (a set_param value against the schema's type
 * and bounds) and the duplicate-id message of an extending file's clouds or labs (merge.ts).
 */
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { mergeScenario } from '../../sim/scenario/merge.js';
import { Origins } from '../../sim/scenario/origins.js';
import { numberFits } from '../../sim/scenario/schema.js';

describe('numberFits(node, value)', () => {
  it('numberFits() wants a number type, an integer for integer-only nodes, a finite value within the bounds', () => {
    expect(numberFits({ type: 'string' }, 1)).toBe(false);
    expect(numberFits({ type: 'integer' }, 2)).toBe(true);
    expect(numberFits({ type: 'integer' }, 2.5)).toBe(false);
    expect(numberFits({ type: ['number', 'integer'] }, 2.5)).toBe(true);
    expect(numberFits({ type: ['integer', 'null'] }, 3)).toBe(true);
    expect(numberFits({ type: 'number' }, Infinity)).toBe(false);
    expect(numberFits({ type: 'number', minimum: 0 }, 0)).toBe(true);
    expect(numberFits({ type: 'number', minimum: 0 }, -0.1)).toBe(false);
    expect(numberFits({ type: 'number', maximum: 1 }, 1)).toBe(true);
    expect(numberFits({ type: 'number', maximum: 1 }, 1.1)).toBe(false);
    expect(numberFits({ type: 'number', exclusiveMinimum: 0 }, 0)).toBe(false);
    expect(numberFits({ type: 'number', exclusiveMinimum: 0 }, 1e-9)).toBe(true);
    expect(numberFits({ type: 'number', exclusiveMaximum: 1 }, 1)).toBe(false);
    expect(numberFits({ type: 'number', exclusiveMaximum: 1 }, 0.999)).toBe(true);
  });
});

describe('mergeScenario(parent, child): duplicate ids', () => {
  it('mergeScenario() names the second use of an id among a file\'s clouds and the first one', () => {
    const child = { clouds: [{ id: 'aws' }, { id: 'gcp' }, { id: 'aws' }] };
    let error: unknown;
    try {
      mergeScenario({ clouds: [] }, child, 'c.yaml', new Origins('c.yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issues).toEqual([
      { file: 'c.yaml', path: 'clouds[2].id', expected: 'an id not already used in this file (by clouds[0])', found: '"aws"' },
    ]);
  });
});
