/**
 * runTheory() (sim/theory/models.ts) beyond the validation cases: parameters filled from the
 * defaults, an unknown model refused, the branches of each model's run (a finite game with an
 * outside option has no closed form; a binding w₁; an infeasible or negative Nash surplus; urns
 * with one, two or no CLT-able stable points; runs that never lock in or leave their basin), and
 * each run's figures as the aggregate of its building block's runs on the streams
 * (seed, 'theory', model, i). Small inputs; every figure is recomputed here from the building
 * blocks, so every check is deterministic (false-failure rate 0).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../sim/rng.js';
import { simulateArthur } from '../../sim/theory/arthur.js';
import { betaCdf } from '../../sim/theory/beta.js';
import { bassF, bassRecursion, simulateBass } from '../../sim/theory/bass.js';
import { simulateLogit } from '../../sim/theory/logit.js';
import { runTheory } from '../../sim/theory/models.js';
import { urnShare } from '../../sim/theory/polya.js';
import { ksCritical001, ksDistance, mean, robustStandardDeviation, standardDeviation } from '../../sim/theory/statistics.js';
import { fixedPoints, parseUrnFunction, urnCltSd } from '../../sim/theory/urn-functions.js';

type Result = ReturnType<typeof runTheory>;
const check = (result: Result, quantity: string) => result.checks.find((c) => c.quantity === quantity)!;
const sem = (values: number[]) => standardDeviation(values) / Math.sqrt(values.length);

describe('runTheory(name, params, options)', () => {
  it('runTheory() fills the parameters not given from the model\'s defaults and drops unknown ones', () => {
    const result = runTheory('rubinstein', { delta1: 0.95, bogus: 3 }, { seed: 1 });
    expect(result.model).toBe('rubinstein');
    expect(result.params).toEqual({ delta1: 0.95, delta2: 0.9, horizon: 0, outside2: 0 });
  });

  it('runTheory() refuses an unknown model with its name', () => {
    expect(() => runTheory('polyа', {}, { seed: 1 })).toThrow(new RangeError("unknown model 'polyа'"));
  });

  it('runTheory() makes the model\'s own number of runs when none is given (polya: 2000, KS critical value 1.949/√2000)', () => {
    const result = runTheory('polya', { draws: 5 }, { seed: 1 });
    expect(result.closedForm.ksD).toBe(ksCritical001(2000));
    expect(check(result, 'mean').tolerance).toBeCloseTo(4 * Math.sqrt(result.closedForm.var / 2000), 15);
  });
});

describe('runTheory(polya)', () => {
  it('runTheory(polya) reports the mean, variance and KS distance from Beta(a, b) of the runs\' red shares', () => {
    const runs = 25;
    const result = runTheory('polya', { a: 2, b: 1, draws: 30 }, { runs, seed: 8 });
    const x = Array.from({ length: runs }, (_, i) => urnShare(2, 1, 30, (v) => v, createRng(8, 'theory', 'polya', i)));
    expect(result.simulated).toEqual({ mean: mean(x), var: standardDeviation(x) ** 2, ksD: ksDistance(x, (v) => betaCdf(v, 2, 1)) });
    expect(result.closedForm).toEqual({ mean: 2 / 3, var: expect.closeTo((30 * 2) / (9 * 4 * 33), 15), ksD: ksCritical001(runs) });
  });
});

describe('runTheory(rubinstein)', () => {
  it('runTheory(rubinstein) with both a horizon and an outside option solves the game but has no closed form to check', () => {
    const result = runTheory('rubinstein', { delta1: 0.9, delta2: 0.9, horizon: 2, outside2: 0.5 }, { seed: 1 });
    // T = 2: player 2 proposes last and takes all, so player 1 offers max(w2, δ2 · 1) = 0.9 and keeps 0.1.
    expect(result.simulated.share1).toBeCloseTo(0.1, 12);
    expect(result.closedForm.share1).toBeNaN();
    expect(result.checks).toEqual([]);
  });

  it('runTheory(rubinstein) compares the finite-horizon share without an outside option within 1e-9', () => {
    const result = runTheory('rubinstein', { delta1: 0.9, delta2: 0.9, horizon: 3 }, { seed: 1 });
    expect(result.closedForm.share1).toBeCloseTo(0.91, 12);
    expect(result.checks).toEqual([{ quantity: 'share1', simulated: result.simulated.share1, expected: result.closedForm.share1, tolerance: 1e-9, pass: true }]);
  });
});

describe('runTheory(nash)', () => {
  it('runTheory(nash) raises u1 to a binding outside option w1', () => {
    const result = runTheory('nash', { surplus: 1, d1: 0, d2: 0, alpha: 0.5, w1: 0.8 }, { seed: 1 });
    expect(result.simulated.u1).toBeCloseTo(0.8, 12);
    expect(result.simulated.u2).toBeCloseTo(0.2, 12);
    expect(result.closedForm).toEqual({ u1: 0.8, u2: expect.closeTo(0.2, 12) });
    expect(result.checks.map((c) => c.pass)).toEqual([true, true]);
  });

  it('runTheory(nash) with outside options summing beyond the surplus has no closed form, and its checks fail', () => {
    const result = runTheory('nash', { surplus: 1, d1: 0, d2: 0, alpha: 0.5, w1: 0.7, w2: 0.7 }, { seed: 1 });
    expect(result.simulated.u1).toBeCloseTo(0.3, 12);
    expect(result.closedForm.u1).toBeNaN();
    expect(result.closedForm.u2).toBeNaN();
    expect(result.checks.map((c) => c.pass)).toEqual([false, false]);
  });

  it('runTheory(nash) allows 1e-6 · max(1, |S|): 1e-4 at S = 100 and S = −100, 1e-6 at S = 0.5', () => {
    const large = runTheory('nash', { surplus: 100 }, { seed: 1 });
    expect(large.checks.map((c) => c.tolerance)).toEqual([1e-6 * 100, 1e-6 * 100]);
    // A negative surplus has no split (the outside options, 0 each, exceed it): the tolerance still follows |S|.
    const negative = runTheory('nash', { surplus: -100, d1: -70, d2: -40, alpha: 0.5 }, { seed: 1 });
    expect(negative.checks.map((c) => c.tolerance)).toEqual([1e-6 * 100, 1e-6 * 100]);
    const small = runTheory('nash', { surplus: 0.5, d1: 0, d2: 0, alpha: 0.5 }, { seed: 1 });
    expect(small.checks.map((c) => c.tolerance)).toEqual([1e-6, 1e-6]);
  });
});

describe('runTheory(arthur)', () => {
  it('runTheory(arthur) counts the runs that never lock in and fails its unlocked check', () => {
    const params = { aR: 1, bR: 0, r: 0.3, aS: 0, bS: 1, s: 0.45, adopters: 5 };
    const runs = 40;
    const result = runTheory('arthur', params, { runs, seed: 4 });
    const results = Array.from({ length: runs }, (_, i) => simulateArthur(params, createRng(4, 'theory', 'arthur', i)));
    const unlocked = results.filter((r) => r.locked === null).length;
    expect(unlocked).toBeGreaterThan(0);
    const taus = results.map((r) => r.tau);
    const p = 4 / 7;
    expect(result.simulated).toEqual({ pLockA: mean(results.map((r) => (r.locked === 'A' ? 1 : 0))), meanTau: mean(taus), unlocked, strays: 0 });
    expect(result.closedForm).toEqual({ pLockA: p, meanTau: 12, unlocked: 0, strays: 0, L: 4, U: 3 });
    expect(check(result, 'pLockA').tolerance).toBeCloseTo(4 * Math.sqrt((p * (1 - p)) / runs), 15);
    expect(check(result, 'meanTau').tolerance).toBeCloseTo(4 * sem(taus), 12);
    expect(check(result, 'unlocked')).toMatchObject({ simulated: unlocked, expected: 0, tolerance: 0, pass: false });
    expect(check(result, 'strays')).toMatchObject({ simulated: 0, expected: 0, tolerance: 0, pass: true });
  });
});

describe('runTheory(urn)', () => {
  const shares = (spec: string, draws: number, runs: number, seed: number) =>
    Array.from({ length: runs }, (_, i) => urnShare(1, 1, draws, parseUrnFunction(spec).f, createRng(seed, 'theory', 'urn', i)));

  it('runTheory(urn) with two stable points reports the share of runs within 0.05 of each, and no CLT mean or sd', () => {
    const runs = 30;
    const result = runTheory('urn', { f: 'power:2', draws: 300 }, { runs, seed: 2 });
    const x = shares('power:2', 300, runs, 2);
    const near0 = x.filter((v) => Math.abs(v) <= 0.05).length / runs;
    const near1 = x.filter((v) => Math.abs(v - 1) <= 0.05).length / runs;
    expect(near0).toBeGreaterThan(0);
    expect(near1).toBeGreaterThan(0);
    expect(result.simulated).toEqual({
      mean: mean(x), sd: standardDeviation(x), robustSd: robustStandardDeviation(x),
      'fracNear0.000': near0, 'fracNear1.000': near1, fracNearStable: near0 + near1,
    });
    expect(result.closedForm).toEqual({ 'stable0.000': 0, 'stable1.000': 1, fracNearStable: 1 });
    expect(result.checks).toHaveLength(1);
    expect(check(result, 'fracNearStable').tolerance).toBeCloseTo(4 * Math.sqrt((0.01 * 0.99) / runs) + 0.01, 15);
  });

  it('runTheory(urn) counts a share exactly 0.05 from a stable point as near it', () => {
    // 18 draws from one ball of each colour: a run that never draws red ends at 1/20 = 0.05.
    const runs = 30;
    const x = shares('power:2', 18, runs, 2);
    const edge = x.filter((v) => v === 0.05).length;
    expect(edge).toBeGreaterThan(0);
    expect(x.filter((v) => v < 0.05)).toEqual([]);
    const result = runTheory('urn', { f: 'power:2', draws: 18 }, { runs, seed: 2 });
    expect(result.simulated['fracNear0.000']).toBe(edge / runs);
  });

  it('runTheory(urn) with one stable point checks the mean within 4 sd/√runs + 1/draws and the sd within max(15%, 4/√(2(runs − 1)))', () => {
    const runs = 10;
    const draws = 400;
    const result = runTheory('urn', { f: 'power:0.25', draws }, { runs, seed: 2 });
    const [, middle] = fixedPoints(parseUrnFunction('power:0.25').f);
    const sd = urnCltSd(middle, draws);
    expect(result.closedForm).toEqual({ 'stable0.500': 0.5, fracNearStable: 1, mean: 0.5, sd });
    expect(check(result, 'mean').tolerance).toBeCloseTo((4 * sd) / Math.sqrt(runs) + 1 / draws, 15);
    expect(check(result, 'sd')).toMatchObject({ relative: true, tolerance: 4 / Math.sqrt(2 * (runs - 1)) });
  });

  it('runTheory(urn) at a stable point too flat for the CLT (f′ = ½) states its mean but checks neither mean nor sd', () => {
    const result = runTheory('urn', { f: 'linear:0.25,0.5', draws: 50 }, { runs: 4, seed: 2 });
    expect(result.closedForm).toEqual({ 'stable0.500': 0.5, fracNearStable: 1, mean: 0.5 });
    expect(result.checks.map((c) => c.quantity)).toEqual(['fracNearStable']);
  });
});

describe('runTheory(bass)', () => {
  it('runTheory(bass) reports F(t) and the stepped recursion at t = 2, 4, 6, 8, 10, 15, each checked within 4 SE + 0.15 dt', () => {
    const params = { p: 0.05, q: 0.4, agents: 300, dt: 0.1 };
    const runs = 3;
    const result = runTheory('bass', params, { runs, seed: 5 });
    const times = [2, 4, 6, 8, 10, 15];
    const samples = Array.from({ length: runs }, (_, i) => simulateBass(params, times, createRng(5, 'theory', 'bass', i)));
    times.forEach((t, i) => {
      const values = samples.map((s) => s[i]);
      expect(result.simulated[`F(${t})`]).toBe(mean(values));
      expect(result.closedForm[`F(${t})`]).toBe(bassF(0.05, 0.4, t));
      expect(result.closedForm[`recursion(${t})`]).toBe(bassRecursion(0.05, 0.4, 0.1, t));
      expect(check(result, `F(${t})`).tolerance).toBeCloseTo(4 * sem(values) + 0.015, 15);
    });
    expect(Object.keys(result.simulated)).toHaveLength(6);
    expect(Object.keys(result.closedForm)).toHaveLength(12);
  });
});

describe('runTheory(logit)', () => {
  it('runTheory(logit) counts the runs that end in another basin than m0\'s and fails its outsideBasin check', () => {
    const params = { k: 1.5, u: 0, m0: 0.01, agents: 61, periods: 15 };
    const runs = 20;
    const result = runTheory('logit', params, { runs, seed: 6 });
    const ms = Array.from({ length: runs }, (_, i) => simulateLogit(params, createRng(6, 'theory', 'logit', i)));
    const outside = ms.filter((m) => m < 0).length;
    expect(outside).toBeGreaterThan(0);
    expect(result.simulated).toEqual({ mean: mean(ms), sd: standardDeviation(ms), outsideBasin: outside });
    expect(check(result, 'outsideBasin')).toMatchObject({ simulated: outside, expected: 0, tolerance: 0, pass: false });
  });
});
