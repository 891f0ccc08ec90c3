/**
 * Tests of sim/scenario/schema.ts: the words of every kind of schema node an error message can
 * quote (each type, each combination of bounds, titles, patterns, list sizes, enums and consts),
 * and fieldSchema's walk (events by their kind, unknown fields, values that are not containers).
 */
import { describe, expect, it } from 'vitest';
import { describeSchema, fieldSchema, isRecord, resolveRef, scenarioSchema } from '../../sim/scenario/schema.js';

const words = (path: (string | number)[], data: unknown = {}) => describeSchema(fieldSchema(path, data));

describe('describeSchema(node) of the scenario schema\'s fields', () => {
  it('phrases each type', () => {
    expect(words(['labs', 0, 'active'])).toBe('true or false');
    expect(words(['description'])).toBe('a string');
    expect(words(['name'])).toBe('a non-empty string');
    expect(words(['labs', 0, 'id'])).toBe('an id of lowercase letters, digits and "-"');
    expect(words(['end'])).toBe('a month "YYYY-MM"');
    expect(words(['params'])).toBe('a mapping');
    expect(words(['labs'])).toBe('a list of 1 to 250 items');
    expect(words(['labs', 0])).toBe('a mapping');
    expect(words(['events', 0, 'cloud'], { events: [{ kind: 'deal' }] })).toBe('a cloud id');
    expect(words(['events', 0, 'lab'], { events: [{ kind: 'defect' }] })).toBe('a lab id');
  });

  it('phrases each combination of bounds', () => {
    expect(words(['params', 'lambda'])).toBe('a number between 0 and 1');
    expect(words(['params', 'computeValue'])).toBe('a number >= 0');
    expect(words(['params', 'alpha'])).toBe('a number > 0');
    expect(words(['labs', 0, 'capability'])).toBe('a number > 0 and <= 1000000');
    expect(words(['params', 'costDecline'])).toBe('a number >= 0 and < 1');
    expect(words(['clouds', 0, 'patience'])).toBe('a number > 0 and < 1');
    expect(words(['params', 'trainingGrowth'])).toBe('a number > -1 and <= 10');
    expect(words(['population', 'agents'])).toBe('an integer >= 1');
  });

  it('phrases an event\'s kind as the constant of its kind, or the enum of kinds when the kind is unknown', () => {
    expect(words(['events', 0, 'kind'], { events: [{ kind: 'deal' }] })).toBe('"deal"');
    expect(words(['events', 0, 'kind'], { events: [{ kind: 'merger' }] })).toMatch(/^one of "deal", "defect", "relax_exclusivity", .*"policy"$/);
    expect(words(['events', 0, 'kind'], { events: ['deal'] })).toMatch(/^one of "deal", /);
  });
});

describe('describeSchema(node) of any node', () => {
  it('phrases a node with no type as a mapping, an unknown type by its name, no node as a valid value', () => {
    expect(describeSchema({})).toBe('a mapping');
    expect(describeSchema({ type: 'date' })).toBe('a date');
    expect(describeSchema(undefined)).toBe('a valid value');
    expect(describeSchema({ type: 'null' })).toBe('null');
    expect(describeSchema({ type: 'array' })).toBe('a list');
    expect(describeSchema({ type: 'array', maxItems: 3 })).toBe('a list of 0 to 3 items');
    expect(describeSchema({ type: 'number' })).toBe('a number');
    expect(describeSchema({ type: 'integer', maximum: 9 })).toBe('an integer <= 9');
    expect(describeSchema({ type: 'number', exclusiveMaximum: 2 })).toBe('a number < 2');
    expect(describeSchema({ type: 'string', minLength: 0 })).toBe('a string');
    expect(describeSchema({ type: ['string', 'integer'], title: 'tag', minimum: 2 })).toBe('a tag or an integer >= 2');
    expect(describeSchema({ const: 0 })).toBe('0');
    expect(describeSchema({ enum: [1, 'a'] })).toBe('one of 1, "a"');
  });

  it('follows a reference first', () => {
    expect(describeSchema({ $ref: '#/definitions/lab' })).toBe('a mapping');
    expect(resolveRef({ $ref: '#/definitions/cloud' })).toBe(scenarioSchema.definitions.cloud);
    const plain = { type: 'number' };
    expect(resolveRef(plain)).toBe(plain);
  });
});

describe('fieldSchema(path, data)', () => {
  it('is undefined for a field the schema does not have, at any depth', () => {
    expect(fieldSchema(['nope'], {})).toBeUndefined();
    expect(fieldSchema(['labs', 0, 'nope'], {})).toBeUndefined();
    expect(fieldSchema(['labs', 'openai'], {})).toBeUndefined();
    expect(fieldSchema(['params', 0], {})).toBeUndefined();
    expect(fieldSchema(['params', 'lambda', 'x'], {})).toBeUndefined();
  });

  it('is the whole schema for the empty path', () => {
    expect(fieldSchema([], {})).toBe(scenarioSchema);
  });

  it('resolves an event by the kind of the event at that index, through lists and mappings of the data', () => {
    const data = { events: [{ kind: 'announce' }, { kind: 'policy' }] };
    expect(fieldSchema(['events', 1], data)).toBe(scenarioSchema.definitions.event_policy);
    expect(fieldSchema(['events', 0, 'delta'], data)).toBeDefined();
    expect(fieldSchema(['events', 1, 'delta'], data)).toBeUndefined();
    expect(fieldSchema(['events', 2], data)).toBe(scenarioSchema.definitions.event);
    expect(fieldSchema(['events', 0], { events: 'x' })).toBe(scenarioSchema.definitions.event);
    expect(fieldSchema(['events', 0], null)).toBe(scenarioSchema.definitions.event);
  });
});

describe('isRecord(value)', () => {
  it('is true only for a non-null object that is no list', () => {
    expect([{}, { a: 1 }].every(isRecord)).toBe(true);
    expect([[], null, undefined, 'a', 1, true].some(isRecord)).toBe(false);
  });
});
