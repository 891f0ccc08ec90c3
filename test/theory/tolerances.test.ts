/**
 * The theory models' reported closed forms and check tolerances pinned (sim/theory/models.ts):
 * a changed tolerance formula would still pass the validation cases, so state each one here.
 * Few runs and small populations: the values checked are formulas of `runs`, not simulation noise.
 */
import { describe, expect, it } from 'vitest';
import { runTheory } from '../../sim/theory/models.js';

const check = (result: ReturnType<typeof runTheory>, quantity: string) => result.checks.find((c) => c.quantity === quantity)!;

/** The stable non-zero root of m = tanh(k m) (u = 0), by fixed-point iteration. */
function tanhRoot(k: number): number {
  let m = 0.9;
  for (let i = 0; i < 10_000; i++) m = Math.tanh(k * m);
  return m;
}

describe('theory tolerances', () => {
  it('runTheory(polya) checks the variance within max(0.15, 4 √(2 / (runs − 1))) relative and the KS distance at most its 1% critical value', () => {
    for (const runs of [20, 2000]) {
      const result = runTheory('polya', { draws: 20 }, { runs, seed: 3 });
      expect(check(result, 'var').tolerance, `runs ${runs}`).toBeCloseTo(Math.max(0.15, 4 * Math.sqrt(2 / (runs - 1))), 12);
      expect(check(result, 'var').relative).toBe(true);
      expect(check(result, 'ksD').atMost).toBe(true);
      expect(check(result, 'mean').tolerance).toBeCloseTo(4 * Math.sqrt(result.closedForm.var / runs), 12);
    }
  });

  it('runTheory(logit) reports the roots of m = tanh(k m + u) with their stability, and tolerances 4 sd / √runs + 2e-4 and max(0.15, 4 / √(2 (runs − 1)))', () => {
    const runs = 8;
    const result = runTheory('logit', { k: 1.5, u: 0, m0: 0.5, agents: 200, periods: 5 }, { runs, seed: 1 });
    const m = tanhRoot(1.5);
    expect(result.closedForm.root1).toBeCloseTo(-m, 9);
    expect(result.closedForm.root2Unstable).toBeCloseTo(0, 9);
    expect(result.closedForm.root3).toBeCloseTo(m, 9);
    expect(result.closedForm.mean).toBeCloseTo(m, 9);
    expect(check(result, 'mean').tolerance).toBeCloseTo((4 * result.closedForm.sd) / Math.sqrt(runs) + 2e-4, 12);
    expect(check(result, 'sd').tolerance).toBeCloseTo(Math.max(0.15, 4 / Math.sqrt(2 * (runs - 1))), 12);
    const one = runTheory('logit', { k: 0.5, u: 0.1, agents: 200, periods: 5 }, { runs, seed: 1 });
    const single = Object.keys(one.closedForm).filter((key) => key.startsWith('root'));
    expect(single, 'a weak social effect has one stable root').toEqual(['root1']);
  });
});
