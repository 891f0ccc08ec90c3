/**
 * Tests of sim/math.ts: the deterministic exp, ln, pow and cos agree with Math's to within a few
 * units in the last place, and the engine core calls them rather than Math.exp/log/pow/cos (whose
 * last bits differ between Node and Chromium; the browser test checks the CSV bytes end to end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cos, exp, ln, pow } from '../sim/math.js';
import { createRng } from '../sim/rng.js';

/** |a - b| in units of the last place of b. */
const ulps = (a: number, b: number) => Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(b), Number.MIN_VALUE));

describe('sim/math.ts', () => {
  const rng = createRng(4, 'math-test', 0);
  const draws = Array.from({ length: 5000 }, () => [rng(), rng()]);

  it('exp(), ln(), pow() and cos() stay within 2 ulp of Math over the engine\'s ranges', () => {
    for (const [a, b] of draws) {
      expect(ulps(exp(a * 60 - 30), Math.exp(a * 60 - 30))).toBeLessThanOrEqual(2);
      expect(ulps(ln(a * 1e6 + 1e-9), Math.log(a * 1e6 + 1e-9))).toBeLessThanOrEqual(2);
      expect(ulps(pow(a * 100, b * 6 - 3), Math.pow(a * 100, b * 6 - 3))).toBeLessThanOrEqual(2);
      expect(Math.abs(cos(a * 2 * Math.PI) - Math.cos(a * 2 * Math.PI))).toBeLessThanOrEqual(2 * Number.EPSILON);
    }
  });

  it('exp(), ln() and pow() keep the special values', () => {
    expect([exp(0), exp(-Infinity), exp(Infinity), exp(NaN)]).toEqual([1, 0, Infinity, NaN]);
    expect([ln(1), ln(0), ln(-1), ln(Infinity)]).toEqual([0, -Infinity, NaN, Infinity]);
    expect([pow(0, 0), pow(2, 10), pow(-2, 3), pow(-2, 0.5), pow(0, 2), pow(1.5, 1)]).toEqual([1, 1024, -8, NaN, 0, 1.5]);
  });

  // sim/theory/ holds closed forms the theory tests compare against, not the engine's arithmetic.
  it('is what the engine core calls instead of Math.exp, Math.log, Math.pow and Math.cos', () => {
    const sim = fileURLToPath(new URL('../sim/', import.meta.url));
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? (entry.name === 'node' || entry.name === 'theory' ? [] : sources(path)) : entry.name.endsWith('.ts') ? [path] : [];
    });
    const offenders = sources(sim).filter((file) => /Math\.(exp|log|pow|cos|sin|tan|atan2?|cbrt|expm1|log1p|log10|log2|tanh|hypot)\s*\(/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders.map((file) => relative(sim, file))).toEqual([]);
  });
});
