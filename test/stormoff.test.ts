/**
 * Tests of sim/stormoff.ts: a public exit's narrative damage lands in part on the cloud the lab
 * moved to, and persists as a target offset that halves every `stormoffHalfLife` months.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../sim/events/index.js';
import { updateNarrative } from '../sim/narrative.js';
import { landedShift, landStormoffs, stormOff } from '../sim/stormoff.js';
import { initWorld } from '../sim/init.js';
import { smallScenario } from './support/small-scenario.js';

const AWS = 0, AZURE = 1, GCP = 2, OPENAI = 0;

/** Month 0 of the small scenario, openai on azure and the storm-off landing `landing`. */
function world(landing = 0.5, halfLife = 24) {
  const scenario = smallScenario();
  scenario.params = { ...scenario.params, stormoffLanding: landing, stormoffHalfLife: halfLife };
  const w = initWorld(scenario, scenario.seed, 0);
  w.labs[OPENAI].primaryCloud = AWS; // where it went
  return w;
}

describe('landedShift', () => {
  it('landedShift(shift, from, to, landing) gives the destination landing × moved on top of (1 − landing) of its pro-rata part', () => {
    const landed = landedShift([-0.1, 0.06, 0.04], 0, 2, 0.5);
    [-0.1, 0.03, 0.07].forEach((v, k) => expect(landed[k]).toBeCloseTo(v, 12));
    expect(landed.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
  });

  it('landedShift(shift, from, to, 0) keeps the pro-rata shift', () => {
    expect(landedShift([-0.1, 0.06, 0.04], 0, 2, 0)).toEqual([-0.1, 0.06, 0.04]);
  });
});

describe('landStormoffs', () => {
  it('landStormoffs(world) moves landing × damage to the destination and logs the landing', () => {
    const w = world(0.5);
    const before = w.clouds.map((cloud) => cloud.narrative); // .5 .3 .2
    expect(stormOff(w, OPENAI, AZURE, 0.1)).toBeCloseTo(0.1, 12);
    landStormoffs(w);
    // pro rata first: aws + .1 × 5/7, gcp + .1 × 2/7; then aws keeps half of its part plus .05.
    expect(w.clouds[AZURE].narrative).toBeCloseTo(before[AZURE] - 0.1, 12);
    expect(w.clouds[AWS].narrative).toBeCloseTo(before[AWS] + 0.05 + 0.05 * (5 / 7), 12);
    expect(w.clouds[GCP].narrative).toBeCloseTo(before[GCP] + 0.05 * (2 / 7), 12);
    expect(w.clouds.map((cloud) => cloud.stormoff).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(w.clouds[AZURE].stormoff).toBeCloseTo(-0.1, 12);
    expect(w.stormoffs).toHaveLength(0);
    expect(w.log.at(-1)).toMatchObject({ kind: 'stormoff_landing', cloud: 'aws', lab: 'openai' });
  });

  it('landStormoffs(world) with no destination spreads the damage pro rata and still persists it', () => {
    const w = world(0.5);
    w.labs[OPENAI].primaryCloud = AZURE; // still on the cloud it left: no landing place
    stormOff(w, OPENAI, AZURE, 0.1);
    landStormoffs(w);
    expect(w.clouds[AWS].stormoff).toBeCloseTo(0.1 * (5 / 7), 12);
    expect(w.log.at(-1)).toMatchObject({ kind: 'stormoff_landing', cloud: '', value: null });
  });

  it('landStormoffs(world) halves the offsets every stormoffHalfLife months', () => {
    const w = world(0.5, 24);
    stormOff(w, OPENAI, AZURE, 0.1);
    landStormoffs(w);
    for (let month = 0; month < 24; month++) landStormoffs(w);
    expect(w.clouds[AZURE].stormoff).toBeCloseTo(-0.05, 12);
  });
});

describe('updateNarrative with a storm-off', () => {
  it('updateNarrative(world) keeps the abandoned cloud below its no-exit path: the damage decays on its own clock, not lambda\'s', () => {
    const quiet = world(0.5, 1e9);
    const loud = world(0.5, 1e9);
    stormOff(loud, OPENAI, AZURE, 0.1);
    for (let month = 0; month < 120; month++) {
      for (const w of [quiet, loud]) {
        landStormoffs(w);
        updateNarrative(w);
      }
    }
    // With lambda 0.05 the shock alone would have decayed to 0.95^120 ≈ 0.2%; the offset keeps it.
    expect(quiet.clouds[AZURE].narrative - loud.clouds[AZURE].narrative).toBeGreaterThan(0.05);
    expect(loud.clouds[AWS].narrative - quiet.clouds[AWS].narrative).toBeGreaterThan(0.04);
  });

  it('applyEvent(world, public defect) then the month\'s end lands the damage on the lab\'s new primary cloud', () => {
    const w = world(1);
    w.labs[OPENAI] = { ...w.labs[OPENAI], voice: 0.2, acrimony: 0.5 };
    applyEvent(w, { kind: 'deal', date: '2016-01', cloud: 'azure', lab: 'openai', compute: 1, months: 36, price: null, investment: 0, exclusivity: 'none', exitPenalty: null, public: true });
    const before = w.clouds.map((cloud) => cloud.narrative);
    applyEvent(w, { kind: 'defect', date: '2016-01', lab: 'openai', cloud: 'azure', public: true });
    applyEvent(w, { kind: 'deal', date: '2016-01', cloud: 'gcp', lab: 'openai', compute: 1, months: 36, price: null, investment: 0, exclusivity: 'none', exitPenalty: null, public: true });
    landStormoffs(w);
    expect(w.clouds[GCP].narrative).toBeCloseTo(before[GCP] + 0.1, 12);
    expect(w.clouds[AWS].narrative).toBeCloseTo(before[AWS], 12);
  });
});
