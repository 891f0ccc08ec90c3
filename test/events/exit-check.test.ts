/**
 * The scenario-wide check of `exit` (sim/events/exit.ts): no exit may leave no cloud, or no lab,
 * active. Events are replayed in date order, file order within a month; `enter` adds an entity
 * back; the issue names the offending event at its index in the file.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenario } from '../../sim/scenario/load.js';
import { memoryFiles, scenarioError } from '../scenario/helpers.js';

const BASE = {
  name: 'x', start: '2018-01', end: '2019-12',
  clouds: [{ id: 'aws', name: 'AWS', narrativeShare: 0.5 }, { id: 'gcp', name: 'GCP', narrativeShare: 0.5 }, { id: 'oracle', name: 'Oracle', active: false }],
  labs: [{ id: 'openai', name: 'OpenAI' }, { id: 'xai', name: 'xAI', active: false }],
};
const text = (events: object[]) => stringify({ ...BASE, events });
const parses = (events: object[]) => parseScenario(text(events), 'x.yaml', memoryFiles({})).events.length;
const issuesOf = (events: object[]) => scenarioError(() => parseScenario(text(events), 'x.yaml', memoryFiles({}))).format().split('\n');
const exit = (date: string, entity: string) => ({ kind: 'exit', date, entity });
const enter = (date: string, entity: string) => ({ kind: 'enter', date, entity });
const lastCloud = (i: number, id: string) =>
  `x.yaml: events[${i}].entity: expected an exit that leaves at least one cloud active (this one would leave none), found "${id}"`;

describe('exit.checkScenario: an exit must leave a cloud and a lab active', () => {
  it('names the exit of the last active cloud, not counting an inactive one', () => {
    expect(parses([exit('2018-03', 'aws')])).toBe(1);
    expect(issuesOf([exit('2018-03', 'aws'), exit('2018-04', 'gcp')])).toEqual([lastCloud(1, 'gcp')]);
  });

  it('replays events in date order and names the later exit at its index in the file', () => {
    expect(issuesOf([exit('2018-05', 'gcp'), exit('2018-03', 'aws')])).toEqual([lastCloud(0, 'gcp')]);
  });

  it('replays events of one month in file order', () => {
    expect(issuesOf([exit('2018-03', 'gcp'), exit('2018-03', 'aws')])).toEqual([lastCloud(1, 'aws')]);
    expect(issuesOf([exit('2018-03', 'aws'), exit('2018-03', 'gcp')])).toEqual([lastCloud(1, 'gcp')]);
  });

  it('counts a cloud that entered before the exit, not one that enters after it', () => {
    expect(parses([enter('2018-02', 'oracle'), exit('2018-03', 'aws'), exit('2018-04', 'gcp')])).toBe(3);
    expect(parses([exit('2018-03', 'aws'), enter('2018-03', 'oracle'), exit('2018-03', 'gcp')])).toBe(3);
    expect(issuesOf([exit('2018-03', 'aws'), exit('2018-04', 'gcp'), enter('2018-05', 'oracle')])).toEqual([lastCloud(1, 'gcp')]);
    expect(issuesOf([enter('2018-05', 'oracle'), exit('2018-03', 'aws'), exit('2018-04', 'gcp')])).toEqual([lastCloud(2, 'gcp')]);
  });

  it('names the exit of the only active lab; a lab that entered counts; labs and clouds are counted apart', () => {
    expect(issuesOf([exit('2018-03', 'openai')])).toEqual([
      'x.yaml: events[0].entity: expected an exit that leaves at least one lab active (this one would leave none), found "openai"',
    ]);
    expect(parses([enter('2018-02', 'xai'), exit('2018-03', 'openai')])).toBe(2);
    expect(issuesOf([enter('2018-02', 'oracle'), exit('2018-03', 'openai')])).toHaveLength(1);
  });

  it('reports only the first such exit, and leaves an unknown entity to the per-event check', () => {
    expect(issuesOf([exit('2018-03', 'aws'), exit('2018-04', 'gcp'), exit('2018-05', 'openai')])).toEqual([lastCloud(1, 'gcp')]);
    expect(issuesOf([exit('2018-03', 'ibm')])).toEqual(['x.yaml: events[0].entity: expected the id of a lab or cloud of the scenario, found "ibm"']);
  });

  it('ignores events of other kinds in the replay', () => {
    expect(parses([{ kind: 'announce', date: '2018-02', cloud: 'aws', delta: 0.1 }, exit('2018-03', 'aws')])).toBe(2);
  });
});
