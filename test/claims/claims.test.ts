/**
 * The claims suite (sim/experiments/claims.ts): each claim outside KNOWN_FAILING holds: the paired
 * effect (>= 10 runs per arm, common random numbers) has the predicted sign and |effect| > 2 SE.
 *
 * False-failure rate: seeds are fixed, so in CI each test is deterministic. Under reseeding, a claim
 * fails when its estimated t = mean/SE falls below 2. With the t measured at the seeds here
 * (`npm run claims`): seed-developers-first 5.3 (30 runs), design-1 5.8 (100 runs), design-4 6.4
 * (20 runs), design-8 6.4 (20 runs), seed-storm-off 7.3, design-2 8.9 (20 runs),
 * seed-scarcity-exclusivity 10.7, design-3 13.8 (20 runs), design-9 14.0 (40 runs) (10 runs where
 * not said), P(t < 2) is about Φ(2 - t), a little more with 9-99 df: about 0.001 for
 * seed-developers-first, less for each other one, under 0.01 over the file (union bound). Claims
 * the model does not show, or too weakly, are in KNOWN_FAILING; they run in `npm run claims` only.
 * Added time: about 20 s of CPU.
 */
import { describe, expect, it } from 'vitest';
import { CLAIMS, runClaim } from '../../sim/experiments/claims.js';
import { KNOWN_FAILING } from '../../sim/experiments/known-failing.js';
import { effectText } from '../../sim/experiments/format.js';
import { bundledScenario } from '../../sim/node/bundled-source.js';

const shown = CLAIMS.filter((claim) => !(claim.id in KNOWN_FAILING));

describe('CLAIMS', () => {
  it('CLAIMS has one experiment per DESIGN claim 1-9 and per seed claim, each >= 10 paired runs', () => {
    const ids = CLAIMS.map((c) => c.id);
    for (let k = 1; k <= 9; k++) expect(ids).toContain(`design-${k}`);
    expect(ids).toEqual(expect.arrayContaining(['seed-storm-off', 'seed-developers-first', 'seed-routing-lockin', 'seed-scarcity-exclusivity']));
    for (const claim of CLAIMS) {
      expect(claim.size.runs, claim.id).toBeGreaterThanOrEqual(10);
      expect(claim.weights.reduce((a, b) => a + b, 0), `${claim.id}: a contrast`).toBe(0);
      expect(claim.arms.length, claim.id).toBe(claim.weights.length);
    }
  });

  it('KNOWN_FAILING names only claims of the suite, each with a reason', () => {
    for (const [id, reason] of Object.entries(KNOWN_FAILING)) {
      expect(CLAIMS.map((c) => c.id)).toContain(id);
      expect(reason.length).toBeGreaterThan(30);
    }
  });
});

describe('runClaim(claim, bundledScenario)', () => {
  it.each(shown.map((claim) => [claim.id, claim] as const))('runClaim(%s) holds: predicted sign, |effect| > 2 SE', (_, claim) => {
    const result = runClaim(claim, bundledScenario);
    expect(result.effect.n).toBe(claim.size.runs);
    expect(Math.sign(result.effect.mean), `${claim.id}: ${effectText(result.effect)}`).toBe(claim.sign);
    expect(Math.abs(result.effect.mean), `${claim.id}: ${effectText(result.effect)}`).toBeGreaterThan(2 * result.effect.se);
    expect(result.holds).toBe(true);
  });
});
