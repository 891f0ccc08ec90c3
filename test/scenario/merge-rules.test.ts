/**
 * Tests of sim/scenario/merge.ts's rules one by one: which keys of a child are not merged, when
 * the merged object has `events`, the hint of a bad `removeEvents` id (all ids, the closest, or
 * how many), and which file and path an issue in an inherited or added part is reported at.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenario } from '../../sim/scenario/load.js';
import { mergeScenario } from '../../sim/scenario/merge.js';
import { Origins } from '../../sim/scenario/origins.js';
import { memoryFiles, scenarioError } from './helpers.js';

const merge = (parent: object, child: object) => mergeScenario(parent as Record<string, unknown>, child as Record<string, unknown>, 'c.yaml', new Origins('c.yaml'));

describe('mergeScenario(parent, child) keys', () => {
  it('leaves extends and removeEvents out of the merged object', () => {
    expect(merge({ name: 'p' }, { extends: 'p.yaml', removeEvents: [], name: 'c' })).toEqual({ name: 'c' });
  });

  it('gives the merged object events only when a side has some or the parent has the key', () => {
    expect(merge({ name: 'p' }, { seed: 2 })).toEqual({ name: 'p', seed: 2 });
    expect(merge({ events: [] }, { seed: 2 })).toEqual({ events: [], seed: 2 });
    expect(merge({}, { events: [{ kind: 'exit' }] })).toEqual({ events: [{ kind: 'exit' }] });
  });

  it('appends the child\'s events after the inherited ones that are kept', () => {
    const parent = { events: [{ id: 'a', kind: 'exit' }, { id: 'b', kind: 'exit' }, { kind: 'enter' }] };
    expect(merge(parent, { removeEvents: ['a'], events: [{ id: 'c', kind: 'policy' }] }).events)
      .toEqual([{ id: 'b', kind: 'exit' }, { kind: 'enter' }, { id: 'c', kind: 'policy' }]);
  });

  it('concatenates references without duplicates, parent first; a missing side counts as none', () => {
    expect(merge({ references: ['a', 'b'] }, { references: ['b', 'c', 'c'] }).references).toEqual(['a', 'b', 'c']);
    expect(merge({}, { references: ['x'] }).references).toEqual(['x']);
    expect(merge({ references: ['y'] }, { name: 'n' }).references).toEqual(['y']);
  });

  it('merges clouds and labs by id: a known id field by field, a new id appended', () => {
    const parent = { labs: [{ id: 'a', voice: 0.1, name: 'A' }, { id: 'b', voice: 0.2 }] };
    expect(merge(parent, { labs: [{ id: 'b', voice: 0.3 }, { id: 'c', voice: 0.4 }] }).labs)
      .toEqual([{ id: 'a', voice: 0.1, name: 'A' }, { id: 'b', voice: 0.3 }, { id: 'c', voice: 0.4 }]);
    expect(merge({}, { clouds: [{ id: 'x' }] }).clouds).toEqual([{ id: 'x' }]);
  });
});

describe('mergeScenario(parent, child) with a bad removeEvents id', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `event-${String.fromCharCode(97 + i)}`, kind: 'exit' }));
  const expected = (parent: object, remove: unknown[]) => scenarioError(() => merge(parent, { removeEvents: remove })).issues.map((issue) => issue.expected);

  it('says no inherited event has an id when none has', () => {
    expect(expected({ events: [{ kind: 'exit' }] }, ['x'])).toEqual(['the id of an inherited event (none has an id)']);
    expect(expected({}, ['x'])).toEqual(['the id of an inherited event (none has an id)']);
  });

  it('lists up to 6 inherited ids', () => {
    expect(expected({ events: ids(6) }, ['zzz'])).toEqual([
      'the id of an inherited event ("event-a", "event-b", "event-c", "event-d", "event-e", "event-f")',
    ]);
  });

  it('from 7 ids on, offers up to 3 close ones, or says how many there are', () => {
    expect(expected({ events: ids(7) }, ['event-q'])).toEqual(['the id of an inherited event (did you mean "event-a" or "event-b" or "event-c"?)']);
    expect(expected({ events: ids(7) }, ['launch'])).toEqual(['the id of an inherited event (one of the parent\'s 7 event ids)']);
    expect(expected({ events: ids(7) }, [7])).toEqual(['the id of an inherited event (one of the parent\'s 7 event ids)']);
  });

  it('names every bad id at its index, file and found value, and removes nothing', () => {
    const error = scenarioError(() => merge({ events: ids(2) }, { removeEvents: ['event-a', 'x', 'y'] }));
    expect(error.issues).toEqual([
      { file: 'c.yaml', path: 'removeEvents[1]', expected: 'the id of an inherited event ("event-a", "event-b")', found: '"x"' },
      { file: 'c.yaml', path: 'removeEvents[2]', expected: 'the id of an inherited event ("event-a", "event-b")', found: '"y"' },
    ]);
  });
});

describe('parseScenario(text) names the file an issue of a merged part was written in', () => {
  const PARENT = { name: 'P', start: '2018-01', end: '2019-12', clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 1 }], labs: [{ id: 'openai', name: 'OpenAI' }] };

  it('an inherited event, at its index in the parent even after removals', () => {
    const files = memoryFiles({
      'p.yaml': stringify({ ...PARENT, events: [{ id: 'a', kind: 'exit', date: '2018-02', entity: 'openai2' }, { id: 'b', kind: 'invest', date: '2018-03', cloud: 'aws', lab: 'meta', amount: 1 }] }),
    });
    const error = scenarioError(() => parseScenario('extends: p.yaml\nremoveEvents: [a]\nevents: [{ kind: enter, date: 2018-04, entity: gcp }]\n', 'c.yaml', files));
    expect(error.format().split('\n')).toEqual([
      'p.yaml: events[1].lab: expected a lab id ("openai"), found "meta"',
      'c.yaml: events[0].entity: expected the id of a lab or cloud of the scenario, found "gcp"',
    ]);
  });

  it('a value set in the middle of a chain, at its path in that file', () => {
    const files = memoryFiles({
      'p.yaml': stringify(PARENT),
      'm.yaml': 'extends: p.yaml\nend: 2017-06\nparams: { wL: 0.9 }\n',
    });
    const error = scenarioError(() => parseScenario('extends: m.yaml\nname: C\n', 'c.yaml', files));
    expect(error.format().split('\n')).toEqual([
      'm.yaml: end: expected a month not before start (2018-01), found "2017-06"',
      'm.yaml: params: expected wL + wD + wE summing to 1, found 1.5 (wL 0.9, wD 0.35, wE 0.25)',
    ]);
  });
});
