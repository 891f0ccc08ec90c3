/**
 * Tests of sim/scenario/overrides.ts at its edges: a value that is no YAML, an index at the
 * list's length, an index into a mapping, a path through a scalar or a missing list, ids of
 * entries without one; and (load.ts) an issue inside a value set by `--set` names the `--set`,
 * not the file the field was first written in.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../sim/scenario/load.js';
import { applyOverrides } from '../../sim/scenario/overrides.js';
import { memoryFiles, scenarioError } from './helpers.js';

const raw = { seed: 3, params: { lambda: 0.1 }, labs: [{ id: 'openai', name: 'OpenAI' }, { id: 'xai', name: 'xAI' }] };
const issues = (sets: string[], from: object = raw) => scenarioError(() => applyOverrides(from as Record<string, unknown>, sets, '--set')).format().split('\n');

describe('applyOverrides(raw, sets, file) at its edges', () => {
  it('names each malformed path as one, and reads indices of several digits', () => {
    for (const path of ['labs[0]voice', 'labs[x].voice', 'labs.[0]', 'params.lambda]', 'labs[0', 'labs[]', '', 'params lambda.x[']) {
      expect(issues([`${path}=1`]), path).toEqual([`--set: ${path ? `${path}: ` : ''}expected a path like params.lambda, labs.openai.autonomy or labs[0].voice, found ${JSON.stringify(path)}`]);
    }
    const many = { labs: Array.from({ length: 12 }, (_, i) => ({ id: `l${i}` })) };
    expect((applyOverrides(many, ['labs[11].voice=0.5'], '--set').labs as object[])[11]).toEqual({ id: 'l11', voice: 0.5 });
  });

  it('names a value that is not YAML', () => {
    expect(issues(['params.lambda=[1'])).toEqual(['--set: params.lambda: expected a YAML value, found "[1"']);
  });

  it('takes the last index of a list and names the index equal to its length', () => {
    expect(applyOverrides(raw, ['labs[1].voice=0.5'], '--set').labs).toEqual([{ id: 'openai', name: 'OpenAI' }, { id: 'xai', name: 'xAI', voice: 0.5 }]);
    expect(issues(['labs[2].voice=0.5'])).toEqual(['--set: labs[2].voice: expected an index below 2, found 2']);
  });

  it('names an index into a mapping with the mapping\'s keys', () => {
    expect(issues(['params[0]=1'])).toEqual(['--set: params[0]: expected a known key (did you mean "wL"?), found 0']);
    expect(issues(['population[123456]=1'])[0]).toMatch(/^--set: population\[123456\]: expected one of the keys agents, types, preferenceSd, .*, bIV, found 123456$/);
  });

  it('names a path through a scalar, a missing list, and an id among entries that are no mappings', () => {
    expect(issues(['seed.x=1'])).toEqual(['--set: seed.x: expected a mapping or list at seed, found 3']);
    expect(issues(['clouds[0].capacity=1'])).toEqual(['--set: clouds[0].capacity: expected a mapping or list at clouds, found nothing']);
    expect(issues(['labs.meta.voice=1'], { labs: [{ id: 'a' }, 'b'] }))
      .toEqual(['--set: labs.meta.voice: expected an id in labs ("a", ?), found "meta"']);
  });

  it('creates a missing mapping on the way, but never a list', () => {
    expect(applyOverrides({}, ['params.lambda=0.3'], '--set')).toEqual({ params: { lambda: 0.3 } });
    expect(applyOverrides({ population: {} }, ['population.types.startup.spend=2'], '--set')).toEqual({ population: { types: { startup: { spend: 2 } } } });
  });

  it('reports issues after applying the sets that are good to none (nothing returned)', () => {
    expect(issues(['params.lambda=0.2', 'seed.x=1'])).toEqual(['--set: seed.x: expected a mapping or list at seed, found 3']);
  });
});

describe('parseScenario(text, file, readFile, sets) names the --set of a bad value', () => {
  const TEXT = 'name: x\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b, name: B }]\nparams: { lambda: 0.1 }\n';

  it('a field inside a mapping set whole by --set is named by the --set, not the file', () => {
    const error = scenarioError(() => parseScenario(TEXT, 'x.yaml', memoryFiles({}), ['params={lambda: 5}']));
    expect(error.format()).toBe('--set: params.lambda: expected a number between 0 and 1, found 5');
  });

  it('a field the --set did not touch is still named at its file', () => {
    const error = scenarioError(() => parseScenario(TEXT.replace('lambda: 0.1', 'lambda: 0.1, wL: 0.9'), 'x.yaml', memoryFiles({}), ['params.alpha=2']));
    expect(error.format()).toBe('x.yaml: params: expected wL + wD + wE summing to 1, found 1.5 (wL 0.9, wD 0.35, wE 0.25)');
  });
});
