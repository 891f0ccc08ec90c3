/**
 * Robustness of the flagship (sim/experiments/robustness.ts): with the GPU supply and each lab's
 * starting funding (DeepMind's included) at x0.5 and x2, storming off to AWS still lowers Azure's
 * narrative share and raises AWS's over 2019-24, and the huff alone still lowers Azure's.
 *
 * Each check asserts the sign and |effect| > 2 SE of 20 paired runs. Fixed seeds make it
 * deterministic in CI; under reseeding the smallest measured t (AWS storm-off, about 8 with 20
 * runs) puts the false-failure probability per check near Φ(2 - 8) < 1e-8, and below 1e-6 over
 * the 45 checks (union bound). Added time: about 25 s of CPU (measured on a loaded machine).
 */
import { describe, expect, it } from 'vitest';
import { effectText } from '../../sim/experiments/format.js';
import { robustnessSettings, runRobustness, ROBUSTNESS_SIZE } from '../../sim/experiments/robustness.js';
import { bundledScenario } from '../../sim/node/bundled-source.js';

const settings = robustnessSettings(bundledScenario('baseline', []));

describe('robustnessSettings(baseline)', () => {
  it('robustnessSettings() perturbs the GPU supply and every lab\'s funding by x0.5 and x2', () => {
    const labels = settings.map((s) => s.label);
    expect(labels).toContain('gpuSupply x0.5');
    expect(labels).toContain('deepmind funding x2');
    expect(settings.length).toBe(1 + 2 + 2 * 6);
    expect(ROBUSTNESS_SIZE.runs).toBeGreaterThanOrEqual(10);
  });
});

describe('runRobustness(setting, bundledScenario)', () => {
  it.each(settings.map((s) => [s.label, s] as const))('runRobustness(%s) keeps the flagship\'s three signs', (_, setting) => {
    const result = runRobustness(setting, bundledScenario);
    for (const { sign, effect, holds } of result.effects) {
      expect(holds, `${setting.label}: ${sign.label}: ${effectText(effect)}`).toBe(true);
    }
  });
});
