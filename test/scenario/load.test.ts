/** Bad input: each case names the file, the path inside it, what was expected and what was found. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { FIXTURES, memoryFiles, scenarioError } from './helpers.js';

const fixture = (name: string) => `${FIXTURES}${name}`;
const noFiles = memoryFiles({});

describe('loadScenarioFile(path) on bad input', () => {
  it('names labs[2].autonomy when a number is given as text (wrong type)', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('wrong-type.yaml')));
    expect(error.format()).toBe(`${fixture('wrong-type.yaml')}: labs[2].autonomy: expected a number >= 0, found "high"`);
  });

  it('names an unknown key and suggests the closest known one', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('unknown-key.yaml')));
    expect(error.issues).toEqual([{
      file: fixture('unknown-key.yaml'),
      path: 'labs[0].autonmy',
      expected: 'a known key (did you mean "autonomy"?)',
      found: 'unknown key "autonmy"',
    }]);
  });

  it('names the event of the extending file whose lab is unknown', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('unknown-lab-event.yaml')));
    expect(error.format()).toBe(
      `${fixture('unknown-lab-event.yaml')}: events[0].lab: expected a lab id ("openai", "anthropic"), found "openia"`,
    );
  });

  it('names an event dated outside the run', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('date-outside.yaml')));
    expect(error.format()).toBe(
      `${fixture('date-outside.yaml')}: events[0].date: expected a month within the run (2018-01 to 2020-12), found "2024-05"`,
    );
  });

  it('names a negative capacity', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('negative-capacity.yaml')));
    expect(error.format()).toBe(`${fixture('negative-capacity.yaml')}: clouds[0].capacity: expected a number >= 0, found -3`);
  });

  it('says what narrative shares sum to when they do not sum to 1', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('shares.yaml')));
    expect(error.issues).toEqual([{
      file: fixture('shares.yaml'),
      path: 'clouds',
      expected: 'narrativeShare of active clouds summing to 1',
      found: '0.9 (aws 0.6, azure 0.3)',
    }]);
  });

  it('names the cycle of a cyclic extends', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('cycle-a.yaml')));
    const [a, b] = [fixture('cycle-a.yaml'), fixture('cycle-b.yaml')];
    expect(error.format()).toBe(`${b}: extends: expected a chain of extends without a cycle, found ${a} -> ${b} -> ${a}`);
  });

  it('says a missing file is not readable', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('no-such-file.yaml')));
    expect(error.format()).toBe(`${fixture('no-such-file.yaml')}: expected a readable scenario file, found nothing`);
  });

  it('names line and column of malformed YAML', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('malformed.yaml')));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file: fixture('malformed.yaml'), path: 'line 5, column 1', expected: 'valid YAML' });
    expect(error.issues[0].found).toMatch(/^"labs: \[\]" \(flow sequence/);
  });

  it('names line and column of a duplicate key', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('duplicate-key.yaml')));
    expect(error.format()).toBe(
      `${fixture('duplicate-key.yaml')}: line 8, column 5: expected each key once in a mapping, found a second "narrativeShare"`,
    );
  });

  it('names an id in removeEvents that the parent lacks', () => {
    const error = scenarioError(() => loadScenarioFile(fixture('bad-remove.yaml')));
    expect(error.format()).toBe(
      `${fixture('bad-remove.yaml')}: removeEvents[0]: expected the id of an inherited event ("msft-deal", "aws-shock"), found "no-such-event"`,
    );
  });
});

describe('parseScenario(text) on bad input', () => {
  it('reports every schema issue of the file at once', () => {
    const text = 'name: x\nstart: 2018-1\nend: 2018-12\nclouds: []\nlabs: [{ id: a, name: A, patience: 1 }]\nfoo: 1\n';
    const error = scenarioError(() => parseScenario(text, 'x.yaml', noFiles));
    expect(error.format().split('\n').sort()).toEqual([
      'x.yaml: clouds: expected at least one cloud, found []',
      'x.yaml: foo: expected one of the keys $schema, extends, removeEvents, name, description, references, start, end, '
        + 'seed, runs, clouds, labs, population, params, events, found unknown key "foo"',
      'x.yaml: labs[0].patience: expected a number > 0 and < 1, found 1',
      'x.yaml: start: expected a month "YYYY-MM", found "2018-1"',
    ]);
  });

  it('names a missing required field with found nothing', () => {
    const text = 'start: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b }]\n';
    const error = scenarioError(() => parseScenario(text, 'x.yaml', noFiles));
    expect(error.format().split('\n')).toEqual([
      'x.yaml: name: expected a non-empty string, found nothing',
      'x.yaml: labs[0].name: expected a non-empty string, found nothing',
    ]);
  });

  it('names the field of an event kind that is missing', () => {
    const text = 'name: x\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b, name: B }]\n'
      + 'events: [{ kind: invest, date: 2018-03, cloud: a, lab: b }, { kind: merger, date: 2018-04 }]\n';
    const error = scenarioError(() => parseScenario(text, 'x.yaml', noFiles));
    expect(error.issues.map(({ path, expected, found }) => `${path}|${expected}|${found}`)).toEqual([
      'events[0].amount|a number >= 0|nothing',
      expect.stringMatching(/^events\[1\]\.kind\|one of "deal", "defect", .*"policy"\|"merger"$/),
    ]);
  });

  it('names a file that extends a missing file', () => {
    const error = scenarioError(() => parseScenario('extends: ../base.yaml\n', 'scenarios/x/child.yaml', noFiles));
    expect(error.format()).toBe('scenarios/x/child.yaml: extends: expected a readable scenario file, found nothing at "scenarios/base.yaml"');
  });

  it('rejects a document that is not a mapping', () => {
    const error = scenarioError(() => parseScenario('- 1\n- 2\n', 'x.yaml', noFiles));
    expect(error.format()).toBe('x.yaml: expected a mapping, found [1,2]');
  });
});
