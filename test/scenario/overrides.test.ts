/** `--set path=value` overrides. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { applyOverrides } from '../../sim/scenario/overrides.js';
import { FIXTURES, scenarioError } from './helpers.js';

const raw = { params: { lambda: 0.1 }, labs: [{ id: 'openai', name: 'OpenAI' }, { id: 'xai', name: 'xAI' }] };

describe('applyOverrides(raw, sets, file)', () => {
  it('sets by dotted keys, by entity id and by index, creating missing mappings', () => {
    const result = applyOverrides(raw, ['params.lambda=0.2', 'labs.openai.autonomy=0.4', 'labs[1].voice=0.2', 'population.agents=20000', 'population.types.enterprise.hazard=0.02'], 'x.yaml');
    expect(result).toEqual({
      params: { lambda: 0.2 },
      labs: [{ id: 'openai', name: 'OpenAI', autonomy: 0.4 }, { id: 'xai', name: 'xAI', voice: 0.2 }],
      population: { agents: 20000, types: { enterprise: { hazard: 0.02 } } },
    });
    expect(raw.params.lambda).toBe(0.1);
  });

  it('reads values as YAML scalars', () => {
    const result = applyOverrides(raw, ['labs.openai.owner=null', 'labs.xai.active=false', 'name=What if'], 'x.yaml');
    expect(result.labs).toMatchObject([{ owner: null }, { active: false }]);
    expect(result.name).toBe('What if');
  });

  it('names --set labs.nope.autonomy when the lab id is unknown', () => {
    const error = scenarioError(() => applyOverrides(raw, ['labs.nope.autonomy=0.4'], '--set'));
    expect(error.format()).toBe('--set: labs.nope.autonomy: expected an id in labs ("openai", "xai"), found "nope"');
  });

  it('names every bad path at once', () => {
    const error = scenarioError(() => applyOverrides(raw, ['params.lamda=2', 'labs[5].voice=1', 'seed', 'labs..x=1'], '--set'));
    expect(error.format().split('\n')).toEqual([
      '--set: params.lamda: expected a known key (did you mean "lambda"?), found "lamda"',
      '--set: labs[5].voice: expected an index below 2, found 5',
      '--set: seed: expected path=value, found "seed"',
      '--set: labs..x: expected a path like params.lambda, labs.openai.autonomy or labs[0].voice, found "labs..x"',
    ]);
  });
});

describe('loadScenarioFile(path, overrides)', () => {
  it('applies overrides after extends, before validation', () => {
    const scenario = loadScenarioFile(`${FIXTURES}counterfactual.yaml`, ['labs.xai.voice=0.3', 'params.lambda=0.2']);
    expect(scenario.labs.find((lab) => lab.id === 'xai')!.voice).toBe(0.3);
    expect(scenario.params.lambda).toBe(0.2);
  });

  it('names the --set whose value is invalid', () => {
    const error = scenarioError(() => loadScenarioFile(`${FIXTURES}minimal.yaml`, ['labs.openai.autonomy=high']));
    expect(error.format()).toBe('--set: labs.openai.autonomy: expected a number >= 0, found "high"');
  });

  it('refuses prototype keys in --set paths and values', () => {
    for (const set of ['__proto__={params: {lambda: 0.9}}', 'population.types.__proto__={x: 1}', 'params.constructor=1', 'params={__proto__: {lambda: 0.9}}']) {
      const error = scenarioError(() => loadScenarioFile(`${FIXTURES}minimal.yaml`, [set]));
      expect(error.format()).toMatch(/^--set: .*(__proto__|constructor)/);
    }
    expect(({} as Record<string, unknown>).lambda).toBeUndefined();
  });
});
