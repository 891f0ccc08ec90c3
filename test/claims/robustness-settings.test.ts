/**
 * The robustness settings and signs (sim/experiments/robustness.ts) without running them: each
 * setting's label and `--set` override, the resolved parameters they give the baseline (x0.5 and
 * x2 of its own values), and the flagship's three signs as docs/claims.md states them, each metric
 * reading its cloud's narrative share over 2019-24. The paired runs are the slow suite
 * (robustness.test.ts). Added time: under 1 s.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP_ARMS, FLAGSHIP_SIGNS, ROBUSTNESS_FACTORS, ROBUSTNESS_SIZE, robustnessSettings, runRobustness } from '../../sim/experiments/robustness.js';
import type { ScenarioSource } from '../../sim/experiments/experiment.js';
import { bundledScenario } from '../../sim/node/bundled-source.js';
import { monthIndex } from '../../sim/dates.js';
import { smallScenario } from '../support/small-scenario.js';
import { syntheticRecording } from '../support/synthetic-recording.js';

const DOC = readFileSync(new URL('../../docs/claims.md', import.meta.url), 'utf8');

describe('robustnessSettings(scenario)', () => {
  it('robustnessSettings() is the defaults, the GPU supply x0.5 and x2, then each lab\'s funding x0.5 and x2, in the scenario\'s order', () => {
    const scenario = smallScenario();
    scenario.params = { ...scenario.params, gpuSupply: 0.3 };
    scenario.labs = scenario.labs.map((lab, i) => ({ ...lab, funding: 10 * (i + 1) }));
    expect(ROBUSTNESS_FACTORS).toEqual([0.5, 2]);
    expect(robustnessSettings(scenario)).toEqual([
      { label: 'defaults', sets: [] },
      { label: 'gpuSupply x0.5', sets: ['params.gpuSupply=0.15'] },
      { label: 'gpuSupply x2', sets: ['params.gpuSupply=0.6'] },
      { label: 'openai funding x0.5', sets: ['labs.openai.funding=5'] },
      { label: 'openai funding x2', sets: ['labs.openai.funding=20'] },
      { label: 'deepmind funding x0.5', sets: ['labs.deepmind.funding=10'] },
      { label: 'deepmind funding x2', sets: ['labs.deepmind.funding=40'] },
      { label: 'anthropic funding x0.5', sets: ['labs.anthropic.funding=15'] },
      { label: 'anthropic funding x2', sets: ['labs.anthropic.funding=60'] },
    ]);
  });

  it('robustnessSettings(baseline) overrides resolve to x0.5 and x2 of the baseline\'s own values', () => {
    const baseline = bundledScenario('baseline', []);
    const settings = robustnessSettings(baseline);
    const byLabel = (label: string) => bundledScenario('baseline', settings.find((s) => s.label === label)!.sets);
    expect(byLabel('gpuSupply x2').params.gpuSupply).toBeCloseTo(2 * baseline.params.gpuSupply, 12);
    const lab = baseline.labs.at(-1)!;
    expect(byLabel(`${lab.id} funding x0.5`).labs.find((l) => l.id === lab.id)!.funding).toBeCloseTo(0.5 * lab.funding, 12);
  });
});

describe('FLAGSHIP_SIGNS', () => {
  it('docs/claims.md states the flagship\'s signs: label, control, treatment and predicted sign', () => {
    const rows = DOC.split('\n').filter((line) => /^\| (Azure|AWS) narrative/.test(line));
    expect(rows).toEqual(FLAGSHIP_SIGNS.map((s) =>
      `| ${s.label} | ${FLAGSHIP_ARMS[s.arms[0]]} | ${FLAGSHIP_ARMS[s.arms[1]]} | ${s.sign > 0 ? '+' : '-'} |`));
    expect(FLAGSHIP_ARMS).toEqual(['baseline', 'microsoft-passes-2018', 'openai-to-aws-2018']);
  });

  it('each sign\'s metric is the narrative share of the cloud its label names, mean 2019-01..2024-12', () => {
    const scenario = smallScenario({ end: ROBUSTNESS_SIZE.end });
    const recording = syntheticRecording(scenario, ROBUSTNESS_SIZE.end!);
    const inSpan = (t: number) => t >= monthIndex(scenario.start, '2019-01') && t <= monthIndex(scenario.start, '2024-12');
    for (const s of recording.series) {
      if (s.metric === 'narrative_share') s.values = s.values.map((_, t) => (inSpan(t) ? { aws: 0.7, azure: 0.2 }[s.entity] ?? 0 : 9));
    }
    expect(FLAGSHIP_SIGNS.map((s) => s.label.split(' ')[0])).toEqual(['Azure', 'AWS', 'Azure']);
    FLAGSHIP_SIGNS.forEach((s, i) => expect(s.metric(recording), s.label).toBeCloseTo([0.2, 0.7, 0.2][i], 12));
  });

  it('ROBUSTNESS_SIZE stops where the signs\' years end: 20 runs of 2,000 agents to 2024-12', () => {
    expect(ROBUSTNESS_SIZE).toEqual({ runs: 20, agents: 2000, end: '2024-12' });
  });
});

describe('runRobustness(setting, source, size) on a small world', () => {
  it('runRobustness() runs the three arms with the setting\'s overrides and measures each sign on its pair of arms', () => {
    const calls: [string, readonly string[]][] = [];
    // baseline and the quiet exit are the same world; the storm-off world knocks 0.3 off Azure's narrative in 2019
    const source: ScenarioSource = (name, sets) => {
      calls.push([name, sets]);
      const storm = name === 'openai-to-aws-2018' ? [{ kind: 'announce' as const, date: '2019-01', cloud: 'azure', delta: -0.3 }] : [];
      return smallScenario({ name, end: '2024-12' }, storm);
    };
    const setting = { label: 'test', sets: ['lambda=0.2'] };
    const result = runRobustness(setting, source, { runs: 2, agents: 200, end: '2024-12' });
    expect(calls).toEqual(FLAGSHIP_ARMS.map((name) => [name, ['lambda=0.2', 'population.agents=200']]));
    expect(result.setting).toBe(setting);
    expect(result.effects.map((e) => e.sign)).toEqual([...FLAGSHIP_SIGNS]);
    const [azure, aws, huff] = result.effects;
    expect(azure.effect.n).toBe(2);
    expect(azure.effect.mean).toBeLessThan(0);
    expect(aws.effect.mean).toBeGreaterThan(0);
    expect(huff.effect).toEqual(azure.effect); // the quiet world is the baseline here
    for (const e of result.effects) expect(e.holds).toBe(Math.sign(e.effect.mean) === e.sign.sign && Math.abs(e.effect.mean) > 2 * e.effect.se);
  });
});
