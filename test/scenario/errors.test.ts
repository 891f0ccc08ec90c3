/** ScenarioError and the scenario hash. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, loadScenarioFile, scenarioHash } from '../../sim/node/scenario-file.js';
import { ScenarioError, describeFound, formatPath } from '../../sim/scenario/errors.js';
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
