/**
 * Tests of writeOutputs (sim/node/output.ts): files appear all at once, a previous output is
 * replaced, a foreign directory is refused, and a failure leaves nothing half-written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../sim/node/output.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'stormoff-output-'));

describe('writeOutputs', () => {
  it('writeOutputs(dir, files) creates dir and its parents with every file', () => {
    const dir = join(tempDir(), 'out', 'run');
    writeOutputs(dir, { 'a.csv': 'x\n', 'meta.json': '{}\n', 'b.csv': ['h\n', '1\n', '2\n'] });
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv', 'meta.json']);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('h\n1\n2\n');
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });

  it('writeOutputs(dir, files) replaces a previous output', () => {
    const dir = join(tempDir(), 'run');
    writeOutputs(dir, { 'old.csv': 'old\n', 'meta.json': '{}\n' });
    writeOutputs(dir, { 'new.csv': 'new\n', 'meta.json': '{}\n' });
    expect(readdirSync(dir).sort()).toEqual(['meta.json', 'new.csv']);
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });

  it('writeOutputs(dir, files) refuses a non-empty directory that is not an output', () => {
    const dir = join(tempDir(), 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(() => writeOutputs(dir, { 'meta.json': '{}\n' })).toThrow(/not a Stormoff output/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('writeOutputs(dir, files) leaves no trace when writing fails midway', () => {
    const parent = tempDir();
    const dir = join(parent, 'run');
    writeOutputs(dir, { 'meta.json': '{"v":1}\n' });
    function* failing(): Generator<string> {
      yield 'header\n';
      throw new Error('disk full');
    }
    expect(() => writeOutputs(dir, { 'a.csv': failing(), 'meta.json': '{"v":2}\n' })).toThrow('disk full');
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readFileSync(join(dir, 'meta.json'), 'utf8')).toBe('{"v":1}\n');
    expect(existsSync(join(parent, 'other'))).toBe(false);
  });
});
