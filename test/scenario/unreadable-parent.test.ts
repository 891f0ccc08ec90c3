/**
 * parseScenario() (sim/scenario/load.ts) when an extended file cannot be read: an
 * UnreadableFileError becomes a scenario error naming `extends`, the reason and the path; any
 * other error from the reader is not disguised.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, UnreadableFileError } from '../../sim/scenario/load.js';
import { scenarioError } from './helpers.js';

const CHILD = 'extends: ./parent.yaml\nname: child\n';

describe('parseScenario(text, file, readFile): an unreadable parent', () => {
  it('parseScenario() reports an UnreadableFileError of the parent as expected a readable scenario file', () => {
    const refuse = () => { throw new UnreadableFileError('a FIFO, not a file'); };
    const error = scenarioError(() => parseScenario(CHILD, 'dir/child.yaml', refuse));
    expect(error.issues).toEqual([
      { file: 'dir/child.yaml', path: 'extends', expected: 'a readable scenario file', found: 'a FIFO, not a file at "dir/parent.yaml"' },
    ]);
    expect(new UnreadableFileError('x')).toMatchObject({ name: 'UnreadableFileError', message: 'x' });
  });

  it('parseScenario() lets any other reader error through unchanged', () => {
    const broken = () => { throw new TypeError('disk on fire'); };
    expect(() => parseScenario(CHILD, 'dir/child.yaml', broken)).toThrow(new TypeError('disk on fire'));
  });
});
