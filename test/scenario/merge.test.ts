/** `extends`: a counterfactual is a small diff on the baseline. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { deepMerge, mergeScenario } from '../../sim/scenario/merge.js';
import { Origins } from '../../sim/scenario/origins.js';
import { FIXTURES, memoryFiles, scenarioError } from './helpers.js';

const base = loadScenarioFile(`${FIXTURES}minimal.yaml`);
const child = loadScenarioFile(`${FIXTURES}counterfactual.yaml`);

describe('loadScenarioFile(child) with extends', () => {
  it('overrides only the lab fields the child gives', () => {
    const openai = child.labs.find((lab) => lab.id === 'openai')!;
    expect(openai.autonomy).toBe(0.4);
    expect(openai.name).toBe('OpenAI');
    expect(child.labs.map((lab) => lab.id)).toEqual(['openai', 'anthropic', 'xai']);
  });

  it('inherits what the child omits', () => {
    expect(child.name).toBe('Counterfactual');
    expect([child.start, child.end, child.seed, child.description]).toEqual([base.start, base.end, base.seed, base.description]);
    expect(child.clouds).toEqual(base.clouds);
    expect(child.population).toEqual(base.population);
  });

  it('drops removeEvents and appends the child events, sorted by date', () => {
    expect(child.events.map((event) => `${event.date} ${event.kind}`)).toEqual([
      '2018-06 deal', '2019-03 enter', '2019-03 capacity_shock',
    ]);
    expect(child.events.some((event) => event.id === 'msft-deal')).toBe(false);
  });

  it('concatenates references without duplicates', () => {
    expect(child.references).toEqual(['https://example.com/a', 'https://example.com/b']);
  });

  it('follows a chain of extends relative to each file', () => {
    const deeper = loadScenarioFile(`${FIXTURES}nested/deeper.yaml`);
    expect(deeper.name).toBe('Deeper');
    expect(deeper.labs.find((lab) => lab.id === 'openai')!.autonomy).toBe(0.4);
    expect([deeper.params.wL, deeper.params.wD, deeper.params.wE, deeper.params.lambda]).toEqual([0.5, 0.3, 0.2, 0.1]);
  });
});

describe('parseScenario(text) with extends', () => {
  const files = memoryFiles({
    'scenarios/base.yaml': 'name: Base\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b, name: B }]\n',
    'scenarios/loop/x.yaml': 'extends: y.yaml\n',
    'scenarios/loop/y.yaml': 'extends: ../loop/x.yaml\n',
  });

  it('reads extends relative to the including file', () => {
    const scenario = parseScenario('extends: ../base.yaml\nname: Child\n', 'scenarios/what-if/child.yaml', files);
    expect(scenario.name).toBe('Child');
  });

  it('names the cycle a -> b -> a', () => {
    const error = scenarioError(() => parseScenario('extends: y.yaml\n', 'scenarios/loop/x.yaml', files));
    expect(error.issues[0].found).toBe('scenarios/loop/x.yaml -> scenarios/loop/y.yaml -> scenarios/loop/x.yaml');
  });

  it('reports a bad value of the parent against the parent file', () => {
    const bad = memoryFiles({ 'p.yaml': 'name: P\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, capacity: big }]\nlabs: [{ id: b, name: B }]\n' });
    const error = scenarioError(() => parseScenario('extends: p.yaml\n', 'c.yaml', bad));
    expect(error.format()).toBe('p.yaml: clouds[0].capacity: expected a number >= 0, found "big"');
  });

  it('names a new lab of the child that lacks a name at its index in the child', () => {
    const error = scenarioError(() => parseScenario('extends: ../base.yaml\nlabs: [{ id: c }]\n', 'scenarios/x/c.yaml', files));
    expect(error.format()).toBe('scenarios/x/c.yaml: labs[0].name: expected a non-empty string, found nothing');
  });
});

describe('deepMerge(a, b)', () => {
  it('merges mappings key by key and replaces scalars and lists', () => {
    expect(deepMerge({ a: 1, b: { c: 2, d: [1] } }, { b: { d: [2], e: null } })).toEqual({ a: 1, b: { c: 2, d: [2], e: null } });
  });
});

describe('mergeScenario(parent, child)', () => {
  it('modifies neither input', () => {
    const parent = { labs: [{ id: 'a', voice: 0.1 }], events: [{ id: 'e', kind: 'exit' }] };
    const childRaw = { labs: [{ id: 'a', voice: 0.2 }], removeEvents: ['e'] };
    const copies = structuredClone([parent, childRaw]);
    const merged = mergeScenario(parent, childRaw, 'c.yaml', new Origins('c.yaml'));
    expect(merged).toEqual({ labs: [{ id: 'a', voice: 0.2 }], events: [] });
    expect([parent, childRaw]).toEqual(copies);
  });
});
