/**
 * Tests of sim/scenario/limits.ts at each limit: exactly at it passes, one past it gives the
 * message that quotes it (file size, bracket depth, string and name length, magnitude with the
 * seed exempt, nesting, list length, prototype keys, expanded size, months, entities, memory).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, dataIssues, forbiddenSegments, monthSpan, populationBytes, sizeIssues, textIssues } from '../../sim/scenario/limits.js';

/** `{ a: { a: ... {} } }` with the innermost mapping at depth `n`. */
const nest = (n: number): unknown => (n === 0 ? {} : { a: nest(n - 1) });

describe('textIssues(text, file)', () => {
  it('textIssues() passes a file of exactly LIMITS.fileBytes characters and names one longer', () => {
    expect(textIssues('a'.repeat(LIMITS.fileBytes), 'x.yaml')).toEqual([]);
    expect(textIssues('a'.repeat(LIMITS.fileBytes + 1), 'x.yaml')).toEqual([
      { file: 'x.yaml', path: '', expected: 'a scenario file of at most 1000000 characters', found: '1000001 characters' },
    ]);
  });

  it('textIssues() allows brackets nested 4 × LIMITS.depth deep and names the line of one deeper', () => {
    expect(textIssues('['.repeat(LIMITS.depth * 4), 'x.yaml')).toEqual([]);
    expect(textIssues(`a\nb\n${'{'.repeat(LIMITS.depth * 4 + 1)}`, 'x.yaml')).toEqual([
      { file: 'x.yaml', path: 'line 3', expected: 'brackets nested at most 32 deep', found: 'deeper nesting' },
    ]);
  });

  it('textIssues() counts only brackets, and names the line of the deep point, not of the end', () => {
    expect(textIssues('[a'.repeat(LIMITS.depth * 4 + 1), 'x.yaml')).toHaveLength(1);
    expect(textIssues(`a\nb\n${'['.repeat(LIMITS.depth * 4 + 1)}\nc\nd`, 'x.yaml')[0].path).toBe('line 3');
  });

  it('textIssues() lets closing brackets undo opening ones, never below zero', () => {
    expect(textIssues('[]'.repeat(1000), 'x.yaml')).toEqual([]);
    expect(textIssues('{}'.repeat(1000), 'x.yaml')).toEqual([]);
    expect(textIssues(']'.repeat(10) + '['.repeat(LIMITS.depth * 4 + 1), 'x.yaml')).toHaveLength(1);
    expect(textIssues('}'.repeat(10) + '{'.repeat(LIMITS.depth * 4 + 1), 'x.yaml')).toHaveLength(1);
  });
});

describe('dataIssues(data)', () => {
  it('dataIssues() passes strings at the limit and names longer ones, 200 characters for the name', () => {
    expect(dataIssues({ description: 'x'.repeat(LIMITS.stringLength), name: 'n'.repeat(LIMITS.nameLength) })).toEqual([]);
    expect(dataIssues({ description: 'x'.repeat(LIMITS.stringLength + 1) })).toEqual([
      { path: ['description'], expected: 'a string of at most 10000 characters', found: '10001 characters' },
    ]);
    expect(dataIssues({ name: 'n'.repeat(LIMITS.nameLength + 1) })).toEqual([
      { path: ['name'], expected: 'a string of at most 200 characters', found: '201 characters' },
    ]);
    expect(dataIssues({ labs: [{ name: 'n'.repeat(LIMITS.nameLength + 1) }] })).toEqual([]);
  });

  it('dataIssues() passes numbers up to LIMITS.magnitude either way and exempts only the top-level seed', () => {
    expect(dataIssues({ params: { a: LIMITS.magnitude, b: -LIMITS.magnitude }, seed: 1e12 })).toEqual([]);
    expect(dataIssues({ params: { a: -1000000001 } })).toEqual([
      { path: ['params', 'a'], expected: 'a number between -1000000000 and 1000000000', found: '-1000000001' },
    ]);
    expect(dataIssues({ run: { seed: 1e12 } })).toHaveLength(1);
  });

  it('dataIssues() exempts no other top-level number, nor a nested seed, and names every large number', () => {
    expect(dataIssues({ runs: 2e9, seed: [2e9] }).map((issue) => issue.path)).toEqual([['runs'], ['seed', 0]]);
    expect(dataIssues({ params: { a: 2e9, b: -2e9 } })).toHaveLength(2);
  });

  it('dataIssues() passes nulls and scalars at any depth: only mappings and lists count as nesting', () => {
    expect(dataIssues({ owner: null, labs: [null, { owner: null }] })).toEqual([]);
    const deepScalar = JSON.parse(`${'{"a":'.repeat(LIMITS.depth)}1${'}'.repeat(LIMITS.depth)}`);
    expect(dataIssues(deepScalar)).toEqual([]);
  });

  it('dataIssues() stops at the first issue of size: one for a deeper nest, none after a long list', () => {
    expect(dataIssues(nest(LIMITS.depth + 2))).toHaveLength(1);
    expect(dataIssues({ events: Array(LIMITS.listLength + 1).fill(1), params: { a: 2e9 } })).toHaveLength(1);
    expect(dataIssues({ a: nest(LIMITS.depth), b: { c: 2e9 } })).toHaveLength(1);
  });

  it('dataIssues() passes mappings nested to depth 31 and names the first at depth 32', () => {
    expect(dataIssues(nest(LIMITS.depth - 1))).toEqual([]);
    expect(dataIssues(nest(LIMITS.depth))).toEqual([
      { path: Array(LIMITS.depth).fill('a'), expected: 'mappings and lists nested at most 32 deep', found: 'deeper nesting' },
    ]);
  });

  it('dataIssues() passes a list of LIMITS.listLength items and names a longer one', () => {
    expect(dataIssues({ events: Array(LIMITS.listLength).fill(1) })).toEqual([]);
    expect(dataIssues({ events: Array(LIMITS.listLength + 1).fill(1) })).toEqual([
      { path: ['events'], expected: 'a list of at most 10000 items', found: '10001 items' },
    ]);
  });

  it('dataIssues() refuses every prototype key and goes on checking the rest', () => {
    const data = JSON.parse('{"__proto__": 1, "labs": [{"constructor": 2, "prototype": 3}], "name": "ok"}');
    expect(dataIssues(data).map((issue) => issue.path)).toEqual([['__proto__'], ['labs', 0, 'constructor'], ['labs', 0, 'prototype']]);
    expect(dataIssues(data)[0]).toMatchObject({ expected: 'a scenario key (__proto__, constructor and prototype are refused)', found: '"__proto__"' });
  });

  it('dataIssues() counts characters and values against LIMITS.expandedSize and reports an excess once', () => {
    const item = 'x'.repeat(399);
    expect(dataIssues({ list: Array(9999).fill(item) })).toEqual([]);
    const issues = dataIssues({ list: Array(LIMITS.listLength).fill(item), more: [item, item] });
    expect(issues).toEqual([{ path: [], expected: 'a scenario of at most 4000000 values and characters (YAML aliases count each time they are used)', found: 'more' }]);
  });
});

describe('dataIssues(data) at the exact expanded-size budget', () => {
  // The root mapping and the list cost 1 each, each of the 9,999 strings 1 + 399: 3,999,602 of 4,000,000.
  const list = Array(9999).fill('x'.repeat(399));
  const more = [{ path: [], expected: 'a scenario of at most 4000000 values and characters (YAML aliases count each time they are used)', found: 'more' }];

  it('dataIssues() passes data that spends the budget exactly, ending on a string or on a value', () => {
    expect(dataIssues({ list, s: 'x'.repeat(397) })).toEqual([]);
    expect(dataIssues({ list, s: 'x'.repeat(396), n: 1 })).toEqual([]);
  });

  it('dataIssues() names data one over the budget, by a character or by a value', () => {
    expect(dataIssues({ list, s: 'x'.repeat(398) })).toEqual(more);
    expect(dataIssues({ list, s: 'x'.repeat(397), n: 1 })).toEqual(more);
  });
});

describe('sizes', () => {
  it('monthSpan(start, end) counts months inclusive and populationBytes() is 4 + 4 per cloud and lab per agent', () => {
    expect(monthSpan('2016-01', '2016-01')).toBe(1);
    expect(monthSpan('2016-11', '2017-02')).toBe(4);
    expect(populationBytes(1000, 3, 2)).toBe(24_000);
  });

  const scenario = (fields = {}) => ({
    start: '2000-01', end: '2099-12', runs: LIMITS.runs, clouds: Array(LIMITS.entities).fill({}), labs: [{}],
    population: { agents: 1000 }, ...fields,
  });

  it('sizeIssues() passes a scenario at every limit', () => {
    expect(sizeIssues(scenario())).toEqual([]);
    const most = Math.floor(2 ** 30 / 28);
    expect(sizeIssues(scenario({ clouds: [{}, {}, {}], labs: [{}, {}, {}], population: { agents: most } }))).toEqual([]);
  });

  it('sizeIssues() names runs, months, entities and agents one past their limits', () => {
    expect(sizeIssues(scenario({ runs: LIMITS.runs + 1 }))).toEqual([{ path: ['runs'], expected: 'at most 10000 runs', found: '10001' }]);
    expect(sizeIssues(scenario({ end: '2100-01' }))).toEqual([
      { path: ['end'], expected: 'a run of at most 1200 months from start (2000-01)', found: '"2100-01" (1201 months)' },
    ]);
    expect(sizeIssues(scenario({ labs: Array(LIMITS.entities + 1).fill({}) }))).toEqual([{ path: ['labs'], expected: 'at most 64 labs', found: '65' }]);
    expect(sizeIssues(scenario({ clouds: Array(LIMITS.entities + 1).fill({}) }))).toEqual([{ path: ['clouds'], expected: 'at most 64 clouds', found: '65' }]);
    const most = Math.floor(2 ** 30 / 28);
    expect(sizeIssues(scenario({ clouds: [{}, {}, {}], labs: [{}, {}, {}], population: { agents: most + 1 } }))).toEqual([{
      path: ['population', 'agents'], expected: `at most ${most} agents with 3 clouds and 3 labs (1 GiB of agent memory)`, found: String(most + 1),
    }]);
  });

  it('forbiddenSegments(segments, file, path) names a prototype segment of a --set path, [] otherwise', () => {
    expect(forbiddenSegments(['labs', 0, 'voice'], '--set', 'labs[0].voice')).toEqual([]);
    expect(forbiddenSegments(['labs', 'constructor', 'x'], '--set', 'labs.constructor.x')).toEqual([
      { file: '--set', path: 'labs.constructor.x', expected: 'a scenario field (__proto__, constructor and prototype are refused)', found: '"constructor"' },
    ]);
  });
});
