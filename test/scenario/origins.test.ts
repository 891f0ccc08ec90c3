/**
 * Tests of sim/scenario/origins.ts: where each part of a merged scenario was written, deep and
 * shallow records, forgetting a subtree (and only it), the fallback file, and issues tied back.
 */
import { describe, expect, it } from 'vitest';
import { Origins, fileIssues } from '../../sim/scenario/origins.js';

describe('Origins', () => {
  it('Origins.record(path, value, origin) maps every key and list index under path to the origin', () => {
    const origins = new Origins('main.yaml');
    origins.record(['labs', 0], { autonomy: 1, tags: ['a', 'b'] }, { file: 'b.yaml', path: ['labs', 2] });
    expect(origins.originOf(['labs', 0, 'autonomy'])).toEqual({ file: 'b.yaml', path: ['labs', 2, 'autonomy'] });
    expect(origins.originOf(['labs', 0, 'tags', 1])).toEqual({ file: 'b.yaml', path: ['labs', 2, 'tags', 1] });
  });

  it('Origins.record(..., deep = false) leaves the children recorded before', () => {
    const origins = new Origins('main.yaml');
    origins.record(['params'], { lambda: 1 }, { file: 'a.yaml', path: ['params'] });
    origins.record(['params'], { lambda: 2 }, { file: 'b.yaml', path: ['p'] }, false);
    expect(origins.originOf(['params', 'lambda'])).toEqual({ file: 'a.yaml', path: ['params', 'lambda'] });
    expect(origins.originOf(['params', 'alpha'])).toEqual({ file: 'b.yaml', path: ['p', 'alpha'] });
    origins.record(['params'], { lambda: 2 }, { file: 'b.yaml', path: ['p'] });
    expect(origins.originOf(['params', 'lambda'])).toEqual({ file: 'b.yaml', path: ['p', 'lambda'] });
  });

  it('Origins.record(path, null, origin) records a null value without descending into it', () => {
    const origins = new Origins('main.yaml');
    origins.record(['labs', 0], { owner: null }, { file: 'b.yaml', path: ['labs', 1] });
    expect(origins.originOf(['labs', 0, 'owner'])).toEqual({ file: 'b.yaml', path: ['labs', 1, 'owner'] });
  });

  it('Origins.originOf(path) of an unrecorded path is the fallback file and the path itself', () => {
    const origins = new Origins('main.yaml');
    origins.record(['seed'], 3, { file: 'a.yaml', path: ['seed'] });
    expect(origins.originOf(['labs', 1, 'voice'])).toEqual({ file: 'main.yaml', path: ['labs', 1, 'voice'] });
  });

  it('Origins.forget(prefix) drops the prefix, its items and keys, but not a longer name', () => {
    const origins = new Origins('main.yaml');
    const origin = { file: 'a.yaml', path: [] };
    origins.record(['events'], [{ kind: 'deal' }], { ...origin, path: ['events'] });
    origins.record(['events', 'note'], 1, { ...origin, path: ['note'] });
    origins.record(['eventsExtra'], 1, { ...origin, path: ['eventsExtra'] });
    origins.forget('events');
    expect(origins.originOf(['events', 0, 'kind']).file).toBe('main.yaml');
    expect(origins.originOf(['events']).file).toBe('main.yaml');
    expect(origins.originOf(['events', 'note']).file).toBe('main.yaml');
    expect(origins.originOf(['eventsExtra']).file).toBe('a.yaml');
  });

  it('Origins.issues(issues) names the file and formatted path each issue was written at', () => {
    const origins = new Origins('main.yaml');
    origins.record(['labs', 0], { voice: 2 }, { file: 'b.yaml', path: ['labs', 3] });
    expect(origins.issues([{ path: ['labs', 0, 'voice'], expected: 'a number <= 1', found: '2' }]))
      .toEqual([{ file: 'b.yaml', path: 'labs[3].voice', expected: 'a number <= 1', found: '2' }]);
  });

  it('fileIssues(file, issues) ties each issue to the file with its formatted path', () => {
    expect(fileIssues('a.yaml', [{ path: ['events', 1, 'date'], expected: 'a month', found: '"x"' }]))
      .toEqual([{ file: 'a.yaml', path: 'events[1].date', expected: 'a month', found: '"x"' }]);
  });
});
