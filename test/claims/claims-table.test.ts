/**
 * The claims table (sim/experiments/claims.ts) without running its experiments: docs/claims.md
 * states each claim's id, words, experiment, predicted sign and size exactly as `CLAIMS` (what
 * `npm run claims` prints), and each known failing claim's reason; every arm resolves to a valid
 * scenario (its overrides load, its added events name known clouds and labs and fall inside the
 * run); the arms of a claim differ; the "market only" arms have no scripted history; the supply
 * factors the experiments name are the resolved GPU supply; and each metric reads series that a
 * run of that span has. The paired runs themselves are the slow suite (claims.test.ts). Added
 * time: about 3 s (scenario loading).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS, runClaim, type Claim } from '../../sim/experiments/claims.js';
import { armScenario, type Arm } from '../../sim/experiments/experiment.js';
import { seriesMean } from '../../sim/experiments/metrics.js';
import { smallScenario } from '../support/small-scenario.js';
import { KNOWN_FAILING } from '../../sim/experiments/known-failing.js';
import { bundledScenario } from '../../sim/node/bundled-source.js';
import { PARAM_DEFAULTS } from '../../sim/scenario/defaults.js';
import { semanticIssues } from '../../sim/scenario/checks.js';
import type { Scenario } from '../../sim/scenario/types.js';
import { syntheticRecording } from '../support/synthetic-recording.js';

const DOC = readFileSync(new URL('../../docs/claims.md', import.meta.url), 'utf8');
const baseline = bundledScenario('baseline', []);
const byId = (id: string): Claim => CLAIMS.find((c) => c.id === id)!;
const resolved = new Map<string, Scenario>();
/** An arm's scenario at the claim's size (cached: several claims share arms). */
const scenarioOf = (arm: Arm, claim: Claim): Scenario => {
  const key = JSON.stringify([arm, claim.size]);
  if (!resolved.has(key)) resolved.set(key, armScenario(arm, claim.size, bundledScenario));
  return resolved.get(key)!;
};

describe('docs/claims.md states the claims table', () => {
  it('docs/claims.md has one row per claim: id, claim, experiment, predicted sign, runs x agents and span, in CLAIMS order', () => {
    const rows = DOC.split('\n').filter((line) => /^\| (design|seed)-/.test(line));
    const expected = CLAIMS.map((c) =>
      `| ${c.id} | ${c.claim} | ${c.experiment} | ${c.sign > 0 ? '+' : '-'} | ${c.size.runs} x ${c.size.agents.toLocaleString('en-US')}, to ${c.size.end ?? baseline.end} |`);
    expect(rows).toEqual(expected);
  });

  it('CLAIMS covers DESIGN §1\'s claims 1-9 in order, then the seed articles\' claims', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual([
      ...Array.from({ length: 9 }, (_, k) => `design-${k + 1}`),
      'seed-storm-off', 'seed-developers-first', 'seed-routing-lockin', 'seed-scarcity-exclusivity',
    ]);
  });

  it('docs/claims.md lists every known failing claim, and only those, under "Known failures"', () => {
    const section = DOC.slice(DOC.indexOf('## Known failures'), DOC.indexOf('\n## ', DOC.indexOf('## Known failures') + 1));
    const listed = [...section.matchAll(/^- ([a-z0-9-]+): /gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(KNOWN_FAILING));
  });

  it('docs/claims.md gives each known failing claim\'s reason exactly as `npm run claims` prints it', () => {
    const bullets = DOC.split('\n- ').map((text) => text.split('\n\n')[0].replace(/\n  /g, ' '));
    for (const [id, reason] of Object.entries(KNOWN_FAILING)) {
      expect(bullets.find((b) => b.startsWith(`${id}: `)), id).toContain(`${id}: ${reason}.`);
    }
  });
});

describe('each claim\'s experiment is well-formed (resolved, not run)', () => {
  it.each(CLAIMS.map((c) => [c.id, c] as const))('%s: every arm resolves to a valid scenario of the claim\'s size', (_, claim) => {
    for (const arm of claim.arms) {
      const scenario = scenarioOf(arm, claim);
      expect(semanticIssues(scenario), `${claim.id} ${JSON.stringify(arm)}`).toEqual([]);
      expect(scenario.population.agents).toBe(claim.size.agents);
      expect(scenario.end).toBe(claim.size.end ?? baseline.end);
      for (const event of arm.events ?? []) expect(scenario.events).toContainEqual(event);
    }
  });

  it.each(CLAIMS.map((c) => [c.id, c] as const))('%s: no two arms are the same scenario', (_, claim) => {
    const texts = claim.arms.map((arm) => JSON.stringify(scenarioOf(arm, claim)));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('"market only" experiments run without the scripted history: only the events the arm adds', () => {
    const marketOnly = CLAIMS.filter((c) => c.experiment.startsWith('market only'));
    expect(marketOnly.map((c) => c.id)).toEqual(['design-3', 'design-5']);
    for (const claim of marketOnly) {
      for (const arm of claim.arms) expect(scenarioOf(arm, claim).events).toEqual(arm.events ?? []);
    }
    expect(scenarioOf(byId('design-4').arms[0], byId('design-4')).events.length).toBeGreaterThan(10);
  });

  it('the GPU supply factors the experiments name are the resolved supply (x4 and x0.25; x0.5)', () => {
    const supply = (claim: Claim) => claim.arms.map((arm) => scenarioOf(arm, claim).params.gpuSupply / PARAM_DEFAULTS.gpuSupply);
    expect(supply(byId('design-6')).map((f) => +f.toFixed(12))).toEqual([4, 4, 0.25, 0.25]);
    expect(supply(byId('seed-scarcity-exclusivity'))).toEqual([baseline.params.gpuSupply / PARAM_DEFAULTS.gpuSupply, 0.5]);
  });

  it.each(CLAIMS.map((c) => [c.id, c] as const))('%s: the metric reads series a run to the claim\'s end has (a finite number)', (_, claim) => {
    const recording = syntheticRecording(baseline, claim.size.end ?? baseline.end);
    expect(Number.isFinite(claim.metric(recording)), claim.id).toBe(true);
  });

  it('seed-scarcity-exclusivity counts traffic under any scope from ROFR up, owned labs apart', () => {
    const { metric, size } = byId('seed-scarcity-exclusivity');
    const independent = baseline.labs.filter((lab) => lab.owner === null).length;
    expect(independent).toBeLessThan(baseline.labs.length);
    expect(metric(syntheticRecording(baseline, size.end ?? baseline.end, 0.1, 1))).toBeCloseTo(0.1 * independent, 12);
    expect(metric(syntheticRecording(baseline, size.end ?? baseline.end, 0.1, 0))).toBe(0);
  });
});

describe('runClaim(claim, source) on a small world', () => {
  it('runClaim() measures the claim\'s contrast and holds only in the predicted direction', () => {
    const boost = { kind: 'announce' as const, date: '2016-06', cloud: 'azure', delta: 0.3 };
    const claim: Claim = {
      id: 'test', claim: 'an announcement raises the narrative', experiment: 'Azure +0.3 in 2016-06: its narrative share, 2017-12',
      arms: [{ scenario: 'small' }, { scenario: 'small', events: [boost] }], weights: [-1, 1],
      metric: seriesMean('azure', 'narrative_share', '2017-12'), sign: 1, size: { runs: 3, agents: 300, end: '2017-12' },
    };
    const source = () => smallScenario({ end: '2017-12' });
    const up = runClaim(claim, source);
    expect(up.claim).toBe(claim);
    expect(up.effect.n).toBe(3);
    expect(up.effect.mean).toBeGreaterThan(2 * up.effect.se);
    expect(up.holds).toBe(true);
    expect(runClaim({ ...claim, sign: -1 }, source).holds).toBe(false);
  });
});
