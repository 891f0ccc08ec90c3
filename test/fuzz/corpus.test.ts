/**
 * Regression corpus: every hostile case that once hung, crashed, leaked a file or merged silently
 * (test/fixtures/fuzz/*.yaml). Each file's header says what it must be rejected with
 * (`# expect: <regex>`), its `--set`s (`# sets: [...]`) and whether the CLI runs it too
 * (`# cli: true`: the hangs). Loaded in the fuzz sandbox (FIFO, folder and 2 MB file beside it).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { hasStack, ROOT, stormoff } from '../cli/stormoff.js';
import { sandbox } from './outcome.js';

const CORPUS = join(ROOT, 'test', 'fixtures', 'fuzz');
const files = readdirSync(CORPUS).filter((file) => file.endsWith('.yaml')).sort();

function header(file: string): { expect: RegExp; sets: string[]; cli: boolean } {
  const text = readFileSync(join(CORPUS, file), 'utf8').slice(0, 2000);
  const field = (name: string) => new RegExp(`^# ${name}: (.*)$`, 'm').exec(text)?.[1];
  return { expect: new RegExp(field('expect')!), sets: JSON.parse(field('sets') ?? '[]'), cli: field('cli') === 'true' };
}

let dir = '';
beforeAll(() => {
  dir = sandbox();
  for (const file of files) copyFileSync(join(CORPUS, file), join(dir, file));
});

describe('fuzz corpus', () => {
  for (const file of files) {
    const { expect: message, sets } = header(file);
    it(`loadScenarioFile(${file}) is rejected naming the file and the path`, () => {
      let error: unknown;
      try {
        loadScenarioFile(join(dir, file), sets);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const text = (error as ScenarioError).format();
      expect(text).toMatch(message);
      expect(text).toMatch(sets.length ? /^(--set|\/)/ : new RegExp(`^${join(dir, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(text).not.toMatch(/root:.*:0:0:|PATH=\//);
    });
  }

  it('stormoff run <hanging or crashing case> exits 2 in time with the message, no stack, no output', { timeout: 120_000 }, async () => {
    for (const file of files.filter((f) => header(f).cli)) {
      const { expect: message, sets } = header(file);
      const result = await stormoff(['run', file, '--out', `o-${file}`, ...sets.flatMap((set) => ['--set', set])], dir);
      expect({ file, code: result.code }).toEqual({ file, code: 2 });
      expect(result.stderr).toMatch(message);
      expect(hasStack(result.stderr)).toBe(false);
      expect(existsSync(join(dir, `o-${file}`))).toBe(false);
    }
  });
});
