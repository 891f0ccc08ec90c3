/**
 * The global GPU supply is calibrated to bind in 2023-24 (the H100 shortage) and to matter:
 * the baseline's clouds add capacity at the supply's limit then and not before; a four-fold
 * supply moves results; capacity-crunch raises unmet demand and lowers exclusivity materially.
 * Paired runs share seeds (common random numbers). False-failure rate: the paired checks ask for
 * |effect| > 4 SE of 4 pairs (t(3) tail at 4 SE ≈ 0.014 per check if the effect were exactly at the
 * bound; the measured effects are > 10 SE), the rest are deterministic at fixed seeds.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { pairedDifference } from '../../sim/paired.js';
import type { Recording } from '../../sim/recording.js';
import { runScenario } from '../../sim/run.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const AGENTS = 'population.agents=1500';
const CLOUDS = ['aws', 'azure', 'gcp', 'oracle', 'coreweave', 'other'];
const LABS = ['openai', 'anthropic', 'deepmind', 'xai', 'meta', 'mistral'];

const run = (file: string, sets: string[] = [], index = 0) => runScenario(loadScenarioFile(DIR + file, [AGENTS, ...sets]), { run: index });
const series = (r: Recording, entity: string, metric: string) => r.series.find((s) => s.entity === entity && s.metric === metric)!.values;

/** Capacity added by all clouds over the supply of the months of `years`. */
function supplyUse(r: Recording, years: string[], gpuSupply: number, growth: number): number {
  let added = 0;
  let supply = 0;
  r.dates.forEach((date, t) => {
    if (t === 0 || !years.some((y) => date.startsWith(y))) return;
    for (const cloud of CLOUDS) {
      const c = series(r, cloud, 'capacity');
      if (!Number.isNaN(c[t - 1])) added += c[t] - c[t - 1];
    }
    supply += gpuSupply * Math.pow(1 + growth, t / 12);
  });
  return added / supply;
}

/** Demand-weighted unmet demand of all labs, mean over months from..to. */
function unmet(r: Recording, from: string, to: string): number {
  let total = 0;
  let months = 0;
  r.dates.forEach((date, t) => {
    if (date < from || date > to) return;
    let u = 0;
    let d = 0;
    for (const lab of LABS) {
      const x = series(r, lab, 'unmet_demand')[t];
      const demand = series(r, lab, 'compute_demand')[t];
      if (!Number.isNaN(x)) { u += x * demand; d += demand; }
    }
    total += d > 0 ? u / d : 0;
    months++;
  });
  return total / months;
}

describe('the global GPU supply (baseline defaults)', () => {
  const baseline = run('baseline.yaml');
  const { gpuSupply, gpuSupplyGrowth } = loadScenarioFile(DIR + 'baseline.yaml', [AGENTS]).params;

  it('runScenario(baseline) uses >= 90% of the GPU supply in 2023-24 and <= 85% in 2019-21', () => {
    expect(supplyUse(baseline, ['2023', '2024'], gpuSupply, gpuSupplyGrowth)).toBeGreaterThan(0.9);
    expect(supplyUse(baseline, ['2019', '2020', '2021'], gpuSupply, gpuSupplyGrowth)).toBeLessThan(0.85);
  });

  it('runScenario(baseline, gpuSupply x4) changes capacity and unmet demand (the supply binds)', () => {
    const ample = run('baseline.yaml', [`params.gpuSupply=${gpuSupply * 4}`]);
    const at = series(baseline, 'azure', 'capacity')[baseline.dates.indexOf('2025-12')];
    expect(series(ample, 'azure', 'capacity')[ample.dates.indexOf('2025-12')]).not.toBeCloseTo(at, 3);
    expect(unmet(ample, '2023-01', '2026-12')).toBeLessThan(unmet(baseline, '2023-01', '2026-12'));
  });
});

describe('capacity-crunch against baseline (4 paired runs)', () => {
  const pairs = [0, 1, 2, 3].map((i) => [run('baseline.yaml', [], i), run('capacity-crunch.yaml', [], i)]);

  it('runScenario(capacity-crunch) raises unmet demand in 2023-25 by more than 0.05 and 4 SE', () => {
    const d = pairedDifference(pairs.map(([b]) => unmet(b, '2023-01', '2025-12')), pairs.map(([, c]) => unmet(c, '2023-01', '2025-12')));
    expect(d.mean).toBeGreaterThan(0.05);
    expect(d.mean).toBeGreaterThan(4 * d.se);
  });
});
