/**
 * sim/stormoff.ts at its edges: a storm-off that moves nothing is not queued; the destination is
 * the lab's primary cloud only when it is another, active cloud; inactive clouds lose their offset
 * and gain none; a landing that would push a share below 0 floors it and renormalises the rest;
 * the landing event's value and its sentence (what users read in events.csv) in both cases.
 */
import { describe, expect, it } from 'vitest';
import { initWorld } from '../sim/init.js';
import { landStormoffs, stormOff, stormoffDestination } from '../sim/stormoff.js';
import { smallScenario } from './support/small-scenario.js';

const AWS = 0, AZURE = 1, GCP = 2, OPENAI = 0;

function world(landing = 0.5, halfLife = 24) {
  const scenario = smallScenario();
  scenario.params = { ...scenario.params, stormoffLanding: landing, stormoffHalfLife: halfLife };
  return initWorld(scenario, scenario.seed, 0); // narrative shares .5 .3 .2
}

describe('stormOff(world, lab, from, amount)', () => {
  it('stormOff() of nothing moves nothing and queues nothing', () => {
    const w = world();
    expect(stormOff(w, OPENAI, AZURE, 0)).toBe(0);
    expect(w.stormoffs).toEqual([]);
  });

  it('stormOff() queues who left whom and the shift it caused per cloud', () => {
    const w = world();
    stormOff(w, OPENAI, AZURE, 0.07);
    expect(w.stormoffs).toHaveLength(1);
    expect(w.stormoffs[0]).toMatchObject({ lab: OPENAI, from: AZURE });
    [0.05, -0.07, 0.02].forEach((v, k) => expect(w.stormoffs[0].shift[k]).toBeCloseTo(v, 12));
  });
});

describe('stormoffDestination(world, stormoff)', () => {
  it('stormoffDestination() is the lab\'s primary cloud when it is active and not the one left, else -1', () => {
    const w = world();
    const s = { lab: OPENAI, from: AZURE, shift: [0, 0, 0] };
    w.labs[OPENAI].primaryCloud = AWS;
    expect(stormoffDestination(w, s)).toBe(AWS);
    w.labs[OPENAI].primaryCloud = GCP;
    expect(stormoffDestination(w, s)).toBe(GCP);
    w.clouds[GCP].active = false;
    expect(stormoffDestination(w, s)).toBe(-1);
    w.labs[OPENAI].primaryCloud = AZURE;
    expect(stormoffDestination(w, s)).toBe(-1);
    w.labs[OPENAI].primaryCloud = -1;
    expect(stormoffDestination(w, s)).toBe(-1);
  });
});

describe('landStormoffs(world) edges', () => {
  it('landStormoffs() logs the share landed on the destination and says where it landed and how long it persists', () => {
    const w = world(0.5, 18);
    w.labs[OPENAI].primaryCloud = AWS;
    stormOff(w, OPENAI, AZURE, 0.07);
    landStormoffs(w);
    const entry = w.log.at(-1)!;
    expect(entry).toMatchObject({ date: '2016-01', kind: 'stormoff_landing', origin: 'endogenous', cloud: 'aws', lab: 'openai' });
    expect(entry.value).toBeCloseTo(0.5 * 0.05 + 0.5 * 0.07, 12);
    expect(entry.detail).toBe("openai's public exit from azure lands on aws; persists with a half-life of 18 months");
  });

  it('landStormoffs() without a destination says the damage spread over all', () => {
    const w = world(0.5, 18);
    w.labs[OPENAI].primaryCloud = -1;
    stormOff(w, OPENAI, AZURE, 0.07);
    landStormoffs(w);
    expect(w.log.at(-1)!.detail).toBe("openai's public exit from azure lands on no cloud (spread over all); persists with a half-life of 18 months");
  });

  it('landStormoffs() clears an inactive cloud\'s offset and adds none to it', () => {
    const w = world(0.5);
    w.labs[OPENAI].primaryCloud = AWS;
    w.clouds[GCP].active = false;
    w.clouds[GCP].stormoff = 0.2;
    w.stormoffs.push({ lab: OPENAI, from: AZURE, shift: [0.05, -0.1, 0.05] });
    landStormoffs(w);
    expect(w.clouds[GCP].stormoff).toBe(0);
    expect(w.clouds[AZURE].stormoff).toBeCloseTo(-0.1, 12);
    expect(w.clouds[AWS].stormoff).toBeCloseTo(0.025 + 0.05, 12);
  });

  it('landStormoffs() floors a share pushed below 0 and renormalises the shares to sum to 1', () => {
    const w = world(1);
    w.labs[OPENAI].primaryCloud = AWS;
    // gcp holds 0.01 but the queued shift says it received 0.05: taking that back would leave -0.04
    w.clouds.forEach((c, k) => { c.narrative = [0.6, 0.39, 0.01][k]; });
    w.stormoffs.push({ lab: OPENAI, from: AZURE, shift: [0.05, -0.1, 0.05] });
    landStormoffs(w);
    // aws 0.6 + 0.1 - 0.05 = 0.65, azure 0.39, gcp max(0, -0.04) = 0; total 1.04
    expect(w.clouds[GCP].narrative).toBe(0);
    expect(w.clouds[AWS].narrative).toBeCloseTo(0.65 / 1.04, 12);
    expect(w.clouds[AZURE].narrative).toBeCloseTo(0.39 / 1.04, 12);
  });

  it('landStormoffs() leaves shares that are all 0 at 0 rather than dividing by their sum', () => {
    const w = world(1);
    w.labs[OPENAI].primaryCloud = AWS;
    for (const c of w.clouds) c.narrative = 0;
    w.stormoffs.push({ lab: OPENAI, from: AZURE, shift: [0, 0, 0] });
    landStormoffs(w);
    expect(w.clouds.map((c) => c.narrative)).toEqual([0, 0, 0]);
  });

  it('landStormoffs() decays offsets by 2^(-1/halfLife) each month', () => {
    const w = world(0.5, 2);
    w.clouds[AWS].stormoff = 0.1;
    landStormoffs(w);
    expect(w.clouds[AWS].stormoff).toBeCloseTo(0.1 / Math.SQRT2, 12);
  });
});
