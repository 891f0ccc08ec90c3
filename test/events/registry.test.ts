/**
 * The event registry is the one list of kinds: it matches the schema's `kind` enum, every module
 * carries defaults, check and apply, and each kind's check (its own, or the common one on its
 * cloud/lab/entity field) names a bad event through the loader.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { EVENT_KIND_LIST, EVENT_KINDS, eventKind } from '../../sim/events/index.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { scenarioSchema } from '../../sim/scenario/schema.js';
import type { ScenarioEvent } from '../../sim/scenario/types.js';
import { memoryFiles, scenarioError } from '../scenario/helpers.js';

const BASE = {
  name: 'x', start: '2018-01', end: '2019-12',
  clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 0.5 }, { id: 'gcp', name: 'GCP', narrativeShare: 0.5 }, { id: 'oracle', name: 'Oracle', active: false }],
  labs: [{ id: 'openai', name: 'OpenAI' }],
};

const parse = (events: object[]) => parseScenario(stringify({ ...BASE, events }), 'x.yaml', memoryFiles({}));
const issuesOf = (events: object[]) => scenarioError(() => parse(events)).format().split('\n');

type Example = { valid: object; bad: object; message: string };

/** Per kind, an event the loader accepts and one its check rejects, with the message. */
const EXAMPLES: { [K in ScenarioEvent['kind']]: Example } = {
  deal: {
    valid: { kind: 'deal', date: '2018-02', cloud: 'aws', lab: 'openai', compute: 1 },
    bad: { kind: 'deal', date: '2018-02', cloud: 'azure', lab: 'openai', compute: 1 },
    message: 'x.yaml: events[0].cloud: expected a cloud id ("aws", "gcp", "oracle"), found "azure"',
  },
  defect: {
    valid: { kind: 'defect', date: '2018-02', cloud: 'aws', lab: 'openai' },
    bad: { kind: 'defect', date: '2018-02', cloud: 'aws', lab: 'anthropic' },
    message: 'x.yaml: events[0].lab: expected a lab id ("openai"), found "anthropic"',
  },
  relax_exclusivity: {
    valid: { kind: 'relax_exclusivity', date: '2018-02', cloud: 'aws', lab: 'openai', to: 'rofr' },
    bad: { kind: 'relax_exclusivity', date: '2018-02', cloud: 'ibm', lab: 'openai', to: 'rofr' },
    message: 'x.yaml: events[0].cloud: expected a cloud id ("aws", "gcp", "oracle"), found "ibm"',
  },
  invest: {
    valid: { kind: 'invest', date: '2018-02', cloud: 'aws', lab: 'openai', amount: 1 },
    bad: { kind: 'invest', date: '2018-02', cloud: 'aws', lab: 'xai', amount: 1 },
    message: 'x.yaml: events[0].lab: expected a lab id ("openai"), found "xai"',
  },
  capacity_shock: {
    valid: { kind: 'capacity_shock', date: '2018-02', factor: 0.5 },
    bad: { kind: 'capacity_shock', date: '2018-02', cloud: 'azure', factor: 0.5 },
    message: 'x.yaml: events[0].cloud: expected a cloud id ("aws", "gcp", "oracle"), found "azure"',
  },
  price_change: {
    valid: { kind: 'price_change', date: '2018-02', lab: 'openai', factor: 0.5 },
    bad: { kind: 'price_change', date: '2018-02', factor: 0.5 },
    message: 'x.yaml: events[0].cloud: expected exactly one of cloud and lab, found {"cloud":null,"lab":null}',
  },
  announce: {
    valid: { kind: 'announce', date: '2018-02', cloud: 'gcp', delta: 0.1 },
    bad: { kind: 'announce', date: '2018-02', cloud: 'azure', delta: 0.1 },
    message: 'x.yaml: events[0].cloud: expected a cloud id ("aws", "gcp", "oracle"), found "azure"',
  },
  set_param: {
    valid: { kind: 'set_param', date: '2018-02', path: 'params.lambda', value: 0.1 },
    bad: { kind: 'set_param', date: '2018-02', path: 'clouds.azure.markup', value: 2 },
    message: 'x.yaml: events[0].path: expected clouds.<id>.markup with a cloud id of the scenario, found "clouds.azure.markup"',
  },
  enter: {
    valid: { kind: 'enter', date: '2018-02', entity: 'oracle' },
    bad: { kind: 'enter', date: '2018-02', entity: 'gcp' },
    message: 'x.yaml: events[0].entity: expected a lab or cloud declared with active: false, found "gcp"',
  },
  exit: {
    valid: { kind: 'exit', date: '2018-02', entity: 'gcp' },
    bad: { kind: 'exit', date: '2018-02', entity: 'openai' },
    message: 'x.yaml: events[0].entity: expected an exit that leaves at least one lab active (this one would leave none), found "openai"',
  },
  forbid: {
    valid: { kind: 'forbid', date: '2018-02', cloud: 'aws', lab: 'openai' },
    bad: { kind: 'forbid', date: '2018-02', cloud: 'aws', lab: 'openai', until: '2018-01' },
    message: 'x.yaml: events[0].until: expected a month not before the event\'s date (2018-02), found "2018-01"',
  },
  policy: {
    valid: { kind: 'policy', date: '2018-02', maxExclusivity: 'rofr' },
    bad: { kind: 'policy', date: '2020-01', maxExclusivity: 'rofr' },
    message: 'x.yaml: events[0].date: expected a month within the run (2018-01 to 2019-12), found "2020-01"',
  },
};

const schemaKinds = scenarioSchema.definitions.event.properties!.kind.enum as string[];

describe('EVENT_KINDS', () => {
  it('EVENT_KINDS names exactly the kinds of the schema\'s event enum, each with its event_<kind> definition', () => {
    const kinds = Object.keys(EVENT_KINDS);
    expect([...kinds].sort()).toEqual([...schemaKinds].sort());
    const definitions = Object.keys(scenarioSchema.definitions).filter((key) => key.startsWith('event_')).map((key) => key.slice(6));
    expect([...kinds].sort()).toEqual(definitions.sort());
  });

  it.each(EVENT_KIND_LIST.map((kind) => [kind.kind, kind]))('EVENT_KINDS.%s is filed under its own kind, with defaults, check, apply and a summary the schema shares', (name, kind) => {
    expect(eventKind(name)).toBe(kind);
    expect(typeof kind.defaults).toBe('function');
    expect(typeof kind.check).toBe('function');
    expect(typeof kind.apply).toBe('function');
    expect(scenarioSchema.definitions[`event_${name}`].description).toBe(`Event \`${name}\`: ${kind.summary}`);
  });

  it('eventKind(name) is undefined for a kind only the engine logs', () => {
    expect(eventKind('market_deal')).toBeUndefined();
    expect(eventKind('constructor')).toBeUndefined();
  });
});

describe.each(Object.entries(EXAMPLES))('EVENT_KINDS.%s.check', (name, example) => {
  afterEach(() => vi.restoreAllMocks());

  it('parseScenario(text) accepts a valid event and names a bad one (by the kind\'s own check or the common id and date checks)', () => {
    expect(parse([example.valid]).events).toHaveLength(1);
    const check = vi.spyOn(eventKind(name)!, 'check');
    expect(issuesOf([example.bad])).toEqual([example.message]);
    expect(check).toHaveBeenCalledOnce();
  });
});
