/**
 * The scenario library: every bundled scenario loads, runs 2016-2032 with the invariants checked
 * every month, and the flagship counterfactual forks from the baseline's exact past (DESIGN §4).
 * Populations are shrunk with an override so the file stays fast.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../sim/node/scenario-file.js';
import type { Recording } from '../sim/recording.js';
import { runScenario } from '../sim/run.js';

const DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml')).sort();

describe('scenarios/*.yaml', () => {
  it('ships the baseline, the flagship counterfactual and the six other what-ifs of DESIGN §5', () => {
    expect(files).toEqual([
      'anthropic-exclusive-aws.yaml', 'baseline.yaml', 'capacity-crunch.yaml', 'microsoft-passes-2018.yaml',
      'multi-model-routing.yaml', 'no-exclusivity.yaml', 'open-weights-commoditize.yaml', 'openai-to-aws-2018.yaml',
    ]);
  });

  it.each(files)('runScenario(%s) keeps every invariant every month', (file) => {
    const scenario = loadScenarioFile(DIR + file, ['population.agents=3000']);
    expect(scenario.description.length).toBeGreaterThan(10);
    const recording = runScenario(scenario, { run: 0, check: true });
    expect(recording.dates.at(-1)).toBe('2032-12');
  });
});

describe('openai-to-aws-2018 against baseline (common random numbers)', () => {
  const options = ['population.agents=20000'];
  const baseline = runScenario(loadScenarioFile(DIR + 'baseline.yaml', options), { run: 1 });
  const counterfactual = runScenario(loadScenarioFile(DIR + 'openai-to-aws-2018.yaml', options), { run: 1 });
  const values = (r: Recording, entity: string, metric: string) => r.series.find((s) => s.entity === entity && s.metric === metric)!.values;
  const fork = baseline.dates.indexOf('2018-03');

  it('runScenario(counterfactual) has the baseline\'s exact history before 2018-03, every series', () => {
    expect(counterfactual.key.seed).toBe(baseline.key.seed);
    for (const series of baseline.series) {
      const other = values(counterfactual, series.entity, series.metric);
      expect([...other.slice(0, fork)], `${series.entity}.${series.metric}`).toEqual([...series.values.slice(0, fork)]);
    }
  });

  it('runScenario(counterfactual) moves narrative share from Azure to AWS after the public defection', () => {
    const after = baseline.dates.indexOf('2024-12');
    const gap = (entity: string) => values(counterfactual, entity, 'narrative_share')[after] - values(baseline, entity, 'narrative_share')[after];
    expect(gap('azure')).toBeLessThan(-0.03);
    expect(gap('aws')).toBeGreaterThan(0.03);
  });
});
