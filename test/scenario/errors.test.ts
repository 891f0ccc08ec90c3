/** ScenarioError and the scenario hash. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, loadScenarioFile, scenarioHash } from '../../sim/node/scenario-file.js';
import { ScenarioError, describeFound, formatPath, pathIssue, throwIfAny } from '../../sim/scenario/errors.js';
import { FIXTURES } from './helpers.js';

describe('ScenarioError.format()', () => {
  it('gives one line per issue, leaving out an empty path', () => {
    const error = new ScenarioError([
      { file: 'scenarios/bad.yaml', path: 'labs[2].autonomy', expected: 'a number >= 0', found: '"high"' },
      { file: 'scenarios/gone.yaml', path: '', expected: 'a readable file', found: 'nothing' },
    ]);
    expect(error.format()).toBe('scenarios/bad.yaml: labs[2].autonomy: expected a number >= 0, found "high"\n'
      + 'scenarios/gone.yaml: expected a readable file, found nothing');
    expect(error.message).toBe(error.format());
  });
});

describe('formatPath(path) and describeFound(value)', () => {
  it('writes paths as labs[2].autonomy', () => {
    expect(formatPath(['labs', 2, 'autonomy'])).toBe('labs[2].autonomy');
    expect(formatPath([])).toBe('');
  });

  it('shows JSON truncated to 60 characters, or nothing', () => {
    expect(describeFound(undefined)).toBe('nothing');
    expect(describeFound('high')).toBe('"high"');
    expect(describeFound(Infinity)).toBe('Infinity');
    const long = describeFound('x'.repeat(100));
    expect(long).toHaveLength(60);
    expect(long.endsWith('...')).toBe(true);
  });
});

describe('formatPath, describeFound and throwIfAny at their edges', () => {
  it('formatPath() writes a leading index as [0] and a lone key as is', () => {
    expect(formatPath([0, 'kind'])).toBe('[0].kind');
    expect(formatPath(['params'])).toBe('params');
    expect(formatPath(['events', 0, 1])).toBe('events[0][1]');
  });

  it('describeFound() keeps JSON of exactly 60 characters and cuts 61 to 57 plus "..."', () => {
    const sixty = 'x'.repeat(58);
    expect(describeFound(sixty)).toBe(JSON.stringify(sixty));
    expect(describeFound(sixty + 'y')).toBe(`"${'x'.repeat(56)}...`);
  });

  it('describeFound() writes NaN, -Infinity, null, objects and functions readably', () => {
    expect(describeFound(NaN)).toBe('NaN');
    expect(describeFound(-Infinity)).toBe('-Infinity');
    expect(describeFound(null)).toBe('null');
    expect(describeFound({ a: [1, true] })).toBe('{"a":[1,true]}');
    expect(describeFound(() => 1)).toBe('() => 1');
  });

  it('throwIfAny([]) returns and throwIfAny(issues) throws a ScenarioError holding them', () => {
    expect(() => throwIfAny([])).not.toThrow();
    const issues = [{ file: 'a.yaml', path: 'seed', expected: 'an integer', found: '"x"' }];
    let thrown: unknown;
    try { throwIfAny(issues); } catch (error) { thrown = error; }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).issues).toEqual(issues);
    expect((thrown as ScenarioError).name).toBe('ScenarioError');
  });

  it('pathIssue(path, expected, value) describes the value found', () => {
    expect(pathIssue(['labs', 0], 'a mapping', 3)).toEqual({ path: ['labs', 0], expected: 'a mapping', found: '3' });
  });
});

describe('scenarioHash(scenario)', () => {
  it('is a stable sha256 that changes with the scenario', () => {
    const a = scenarioHash(loadScenarioFile(`${FIXTURES}minimal.yaml`));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(scenarioHash(loadScenarioFile(`${FIXTURES}minimal.yaml`))).toBe(a);
    expect(scenarioHash(loadScenarioFile(`${FIXTURES}minimal.yaml`, ['params.lambda=0.2']))).not.toBe(a);
  });

  it('ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});
