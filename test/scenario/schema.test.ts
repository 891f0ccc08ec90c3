/** scenarios/schema.json mirrors types.ts and defaults.ts, and documents every field. */
import { describe, expect, it } from 'vitest';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../../sim/scenario/defaults.js';
import { describeSchema, fieldSchema, scenarioSchema, type SchemaNode } from '../../sim/scenario/schema.js';
import { BUILDER_TYPES } from '../../sim/scenario/types.js';

const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort();
const { definitions } = scenarioSchema;

describe('scenarios/schema.json', () => {
  it('has exactly the fields of the defaults, plus ids and names', () => {
    expect(keys(definitions.cloud)).toEqual(['id', 'name', ...Object.keys(CLOUD_DEFAULTS)].sort());
    expect(keys(definitions.lab)).toEqual(['id', 'name', ...Object.keys(LAB_DEFAULTS)].sort());
    expect(keys(definitions.population)).toEqual(Object.keys(POPULATION_DEFAULTS).sort());
    expect(keys(definitions.params)).toEqual(Object.keys(PARAM_DEFAULTS).sort());
    for (const type of BUILDER_TYPES) {
      expect(keys(fieldSchema(['population', 'types', type], {}))).toEqual(Object.keys(POPULATION_DEFAULTS.types[type]).sort());
    }
  });

  it('has one definition per event kind', () => {
    const kinds = Object.keys(definitions).filter((name) => name.startsWith('event_')).map((name) => name.slice(6));
    expect(kinds.sort()).toEqual(['announce', 'capacity_shock', 'deal', 'defect', 'enter', 'exit', 'forbid', 'invest', 'policy', 'price_change', 'relax_exclusivity', 'set_param']);
  });

  it('describes every field and forbids unknown keys everywhere', () => {
    const visit = (node: SchemaNode, where: string) => {
      if (node.properties) expect(node.additionalProperties, where).toBe(false);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const resolved = child.$ref ? definitions[child.$ref.replace('#/definitions/', '')] : child;
        expect(resolved.description, `${where}.${key}`).toBeTruthy();
        visit(resolved, `${where}.${key}`);
      }
    };
    visit(scenarioSchema, 'scenario');
    for (const [name, definition] of Object.entries(definitions)) if (name !== 'event') visit(definition, name);
  });
});

describe('describeSchema(node)', () => {
  it('phrases types, bounds, enums and patterns', () => {
    expect(describeSchema(fieldSchema(['labs', 0, 'patience'], {}))).toBe('a number > 0 and < 1');
    expect(describeSchema(fieldSchema(['params', 'costDecline'], {}))).toBe('a number >= 0 and < 1');
    expect(describeSchema(fieldSchema(['params', 'contractMonths'], {}))).toBe('an integer >= 1');
    expect(describeSchema(fieldSchema(['start'], {}))).toBe('a month "YYYY-MM"');
    expect(describeSchema(fieldSchema(['labs', 0, 'owner'], {}))).toBe('a cloud id or null');
    expect(describeSchema(fieldSchema(['events', 0, 'price'], { events: [{ kind: 'deal' }] }))).toBe('a number >= 0 or null');
    expect(describeSchema(fieldSchema(['events', 0, 'to'], { events: [{ kind: 'relax_exclusivity' }] })))
      .toBe('one of "none", "rofr", "inference", "full"');
  });
});

describe('scenarios/schema.json descriptions', () => {
  it('state the same defaults as sim/scenario/defaults.ts', () => {
    const check = (node: SchemaNode | undefined, values: object, where: string) => {
      for (const [key, value] of Object.entries(values)) {
        if (typeof value !== 'number') continue;
        const description = node?.properties?.[key]?.description ?? '';
        const stated = /Default (-?[\d.e+-]+)\.$/.exec(description)?.[1];
        expect(Number(stated), `${where}.${key}: "${description}"`).toBe(value);
      }
    };
    check(definitions.cloud, CLOUD_DEFAULTS, 'cloud');
    check(definitions.lab, LAB_DEFAULTS, 'lab');
    check(definitions.params, PARAM_DEFAULTS, 'params');
    check(definitions.population, POPULATION_DEFAULTS, 'population');
    for (const type of BUILDER_TYPES) check(fieldSchema(['population', 'types', type], {}), POPULATION_DEFAULTS.types[type], type);
  });
});
