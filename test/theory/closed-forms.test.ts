/**
 * Guards and small cases of the theory building blocks (sim/theory/): Arthur's barriers reject
 * parameters without two opposite preferences, ln Γ below ½ goes through Γ(x + 1) = x Γ(x).
 */
import { describe, expect, it } from 'vitest';
import { arthurClosedForm } from '../../sim/theory/arthur.js';
import { logGamma } from '../../sim/theory/beta.js';

describe('arthurClosedForm(p)', () => {
  const base = { aR: 1, bR: 0, r: 0.3, aS: 0, bS: 1, s: 0.45, adopters: 2000 };

  it('arthurClosedForm() gives L = floor((aR − bR) / r) + 1, U = floor((bS − aS) / s) + 1, P(A) = L / (L + U), E[τ] = L U', () => {
    expect(arthurClosedForm(base)).toEqual({ L: 4, U: 3, pLockA: 4 / 7, meanTau: 12 });
  });

  it('arthurClosedForm() rejects each missing condition: aR > bR, bS > aS, r > 0, s > 0', () => {
    for (const bad of [{ bR: 1 }, { aS: 1 }, { r: 0 }, { s: 0 }, { bR: 2, aS: 2 }]) {
      expect(() => arthurClosedForm({ ...base, ...bad }), JSON.stringify(bad)).toThrow('Arthur needs aR > bR, bS > aS and r, s > 0');
    }
  });
});

describe('logGamma(x)', () => {
  it('logGamma() matches ln Γ at 0.25, 0.5, 1, 2 and 5 (below ½ by the recurrence)', () => {
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(2)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
  });
});
