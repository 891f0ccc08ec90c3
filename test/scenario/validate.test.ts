/**
 * Tests of sim/scenario/validate.ts: ajv's errors as our issues. A field both the generic event
 * and its kind require is named once; a kind's unknown key gets the kind's keys; list indices of
 * two digits are indices; a type error deep in the population names its path; the fields a
 * merged scenario lacks, in order.
 */
import { describe, expect, it } from 'vitest';
import { missingFieldIssues, schemaIssues } from '../../sim/scenario/validate.js';

/** A whole scenario (a file with events, clouds or labs must be one). */
const WHOLE = { name: 'x', start: '2018-01', end: '2018-12', clouds: [{ id: 'a', name: 'A' }], labs: [{ id: 'b', name: 'B' }] };

describe('schemaIssues(data)', () => {
  it('is [] for a valid file (a layer too)', () => {
    expect(schemaIssues({ params: { lambda: 0.1 } })).toEqual([]);
  });

  it('names a field that both the generic event and its kind require once', () => {
    expect(schemaIssues({ ...WHOLE, events: [{ kind: 'deal', cloud: 'a', lab: 'b', compute: 1 }] }))
      .toEqual([{ path: ['events', 0, 'date'], expected: 'a month "YYYY-MM"', found: 'nothing' }]);
  });

  it('names the same missing field of two events twice, once each', () => {
    expect(schemaIssues({ ...WHOLE, events: [{ kind: 'exit' }, { kind: 'exit' }] }).map((issue) => issue.path.join('.')))
      .toEqual(['events.0.date', 'events.0.entity', 'events.1.date', 'events.1.entity']);
  });

  it('names an unknown key of an event with its kind\'s keys', () => {
    expect(schemaIssues({ ...WHOLE, events: [{ kind: 'invest', date: '2018-01', cloud: 'a', lab: 'b', amount: 1, amont: 2 }] }))
      .toEqual([{ path: ['events', 0, 'amont'], expected: 'a known key (did you mean "amount"?)', found: 'unknown key "amont"' }]);
  });

  it('names an unknown top-level key with every top-level key', () => {
    const [issue] = schemaIssues({ zzzzzzzz: 1 });
    expect(issue).toEqual({ path: ['zzzzzzzz'], expected: expect.stringMatching(/^one of the keys \$schema, extends, .*, events$/), found: 'unknown key "zzzzzzzz"' });
  });

  it('reads a two-digit list index as a number', () => {
    const labs = Array.from({ length: 12 }, (_, i) => ({ id: `l${i}`, name: `L${i}` }));
    labs[11] = { ...labs[11], voice: 2 } as typeof labs[number];
    expect(schemaIssues({ ...WHOLE, labs })).toEqual([{ path: ['labs', 11, 'voice'], expected: 'a number between 0 and 1', found: '2' }]);
  });

  it('names a value deep in the population with its value', () => {
    expect(schemaIssues({ population: { types: { startup: { hazard: 'x' } } } }))
      .toEqual([{ path: ['population', 'types', 'startup', 'hazard'], expected: 'a number between 0 and 1', found: '"x"' }]);
  });

  it('names an empty list of clouds or labs as wanting at least one', () => {
    expect(schemaIssues({ ...WHOLE, clouds: [], labs: [] })).toEqual([
      { path: ['clouds'], expected: 'at least one cloud', found: '[]' },
      { path: ['labs'], expected: 'at least one lab', found: '[]' },
    ]);
  });

  it('names the whole file when it is not a mapping', () => {
    expect(schemaIssues('text')).toEqual([{ path: [], expected: 'a mapping', found: '"text"' }]);
  });
});

describe('missingFieldIssues(data)', () => {
  it('names each of name, start, end, clouds and labs that is missing, in that order, and nothing else', () => {
    expect(missingFieldIssues({ start: '2018-01', labs: [] })).toEqual([
      { path: ['name'], expected: 'a non-empty string', found: 'nothing' },
      { path: ['end'], expected: 'a month "YYYY-MM"', found: 'nothing' },
      { path: ['clouds'], expected: 'a list of 1 to 250 items', found: 'nothing' },
    ]);
    expect(missingFieldIssues({ name: 'x', start: 'a', end: 'b', clouds: [], labs: [] })).toEqual([]);
  });
});
