/**
 * The population step (geometric skipping, thinning, cached exp-weights) against the idiomatic
 * peer in bench/peer.ts (every agent tested every month, Math.exp per option): from the same agents
 * and tables, the same distribution of decisions per month and of choices after six months.
 *
 * Checks at 4 SE (VALIDATION convention, 6.3e-5 each): 2 first-month decision counts against their
 * exact mean, 6 monthly decision counts and 40 final counts (36 cells, 3 non-adopter counts,
 * routers) compared between the two; union bound ≈ 48 × 6.3e-5 ≈ 3e-3 per run with fresh seeds
 * (seeds are fixed); twice (ordinary and extreme tables): ≈ 6e-3. Agents are independent given fixed tables, so a count is a sum of independent
 * Bernoullis: its variance is at most its mean (decisions) or N·p(1-p) with p pooled (cells).
 */
import { describe, expect, it } from 'vitest';
import { peerAgents, peerStep, peerTables, type PeerAgent } from '../bench/peer.js';
import { createChoiceTables } from '../sim/choice.js';
import { createPopulation, NONE, populationStep, type Population } from '../sim/population.js';
import { createRng } from '../sim/rng.js';
import { POPULATION_DEFAULTS } from '../sim/scenario/defaults.js';

const [N, K, L, MONTHS] = [20_000, 4, 3, 6];

function population(): Population {
  const spec = structuredClone(POPULATION_DEFAULTS);
  spec.agents = N;
  spec.routingInitial = 0.2;
  for (const type of Object.values(spec.types)) type.initialAdopted = 0.5;
  return createPopulation(spec, K, L, createRng(11, 'init'), [0.4, 0.3, 0.2, 0.1], [0.5, 0.3, 0.2]);
}

function tables(extreme = false) {
  const t = createChoiceTables(K, L);
  if (extreme) return extremeTables(t);
  t.labWeight.set([1, 2, 3.5]);
  t.cloudWeight.set([1, 1, 1, 1, 4, 1, 0.5, 2, 0.2, 3, 1, 0.8]);
  t.labStay.set([1.6, 1.2, 2.7, 1.4, 4.5, 1.6]);
  t.cloudStay.set([1.6, 2.7, 12]);
  t.reconsider.forEach((_, cell) => { t.reconsider[cell] = 0.02 + 0.28 * ((cell * 7) % 36) / 35; });
  t.adopt.set([0.1, 0.05, 0.02]);
  t.startRouting = 0.05;
  return t;
}

/**
 * Tables that exercise the remainder's edge cases: a lab with a share under 2^-12 (the cloud then
 * takes a fresh draw), hazards from 1e-4 (under 2^-12 of the bound: a fresh draw for the lab)
 * to 1 (a lab that cannot be chosen, so everyone on it reconsiders), and a cloud no one can pick.
 */
function extremeTables(t: ReturnType<typeof createChoiceTables>) {
  t.labWeight.set([1, 1e-4, 0]);
  t.cloudWeight.set([1, 1, 0, 1, 4, 1, 0, 2, 0.2, 3, 0, 0.8]);
  t.labStay.set([1.6, 1.2, 2.7, 1.4, 4.5, 1.6]);
  t.cloudStay.set([1.6, 2.7, 12]);
  t.reconsider.forEach((_, cell) => {
    const gone = Math.floor(cell / K) % L === 2 || cell % K === 2;
    t.reconsider[cell] = gone ? 1 : [1e-4, 0.05, 0.6][Math.floor(cell / K) % 3];
  });
  t.adopt.set([0.3, 0.05, 1]);
  t.startRouting = 0.4;
  return t;
}

/** Expected decisions this month and their variance, from each agent's probability. */
function expectedDecisions(p: Population, t: ReturnType<typeof tables>): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (let i = 0; i < p.size; i++) {
    const prob = p.lab[i] === NONE ? t.adopt[p.type[i]] : t.reconsider[(p.type[i] * L + p.lab[i]) * K + p.cloud[i]];
    mean += prob;
    variance += prob * (1 - prob);
  }
  return { mean, variance };
}

/** Adopters by cell, non-adopters by type, routers. */
function finalCounts(cells: (i: number) => number, size: number): number[] {
  const counts = new Array(3 * L * K + 3 + 1).fill(0);
  for (let i = 0; i < size; i++) counts[cells(i)] += 1;
  return counts;
}

const ourCell = (p: Population) => (i: number) => (p.lab[i] === NONE ? 3 * L * K + p.type[i] : (p.type[i] * L + p.lab[i]) * K + p.cloud[i]);
const peerCell = (a: PeerAgent[]) => (i: number) => (a[i].lab === -1 ? 3 * L * K + a[i].type : (a[i].type * L + a[i].lab) * K + a[i].cloud);

describe('populationStep() against the peer (bench/peer.ts)', () => {
  it.each([false, true])('populationStep() and peerStep() make the same number of decisions and the same choices within 4 SE (extreme tables: %s)', (extreme) => {
    const ours = population();
    const peer = peerAgents(ours);
    const t = tables(extreme);
    const peerT = peerTables(t, ours);
    const first = expectedDecisions(ours, t);
    for (let month = 0; month < MONTHS; month++) {
      const a = populationStep(ours, t, createRng(12, 'ours', month));
      const b = peerStep(peer, peerT, createRng(12, 'peer', month));
      if (month === 0) {
        for (const d of [a, b]) expect(Math.abs(d - first.mean), `first month: ${d} vs ${first.mean}`).toBeLessThanOrEqual(4 * Math.sqrt(first.variance));
      }
      expect(Math.abs(a - b), `month ${month}: ${a} vs ${b}`).toBeLessThanOrEqual(4 * Math.sqrt(a + b));
    }
    const x = finalCounts(ourCell(ours), N);
    const y = finalCounts(peerCell(peer), N);
    x[x.length - 1] = ours.routers;
    y[y.length - 1] = peer.filter((agent) => agent.routes && agent.lab !== -1).length;
    x.forEach((count, c) => {
      const p = (count + y[c]) / (2 * N);
      expect(Math.abs(count - y[c]), `count ${c}: ${count} vs ${y[c]}`).toBeLessThanOrEqual(4 * Math.sqrt(2 * N * p * (1 - p)));
    });
    expect(ours.routers).toBeGreaterThan(0);
  });
});
