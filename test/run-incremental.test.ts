/**
 * Tests of startRun (sim/run.ts), the month-streaming runner the viewer's worker uses: stepped in
 * any chunks it gives the same recording, bit for bit, as the plain month loop and runScenario;
 * a partial recording holds exactly the months stepped so far.
 */
import { describe, expect, it } from 'vitest';
import { timeseriesCsv, contractsCsv, eventsCsv } from '../sim/csv.js';
import type { Recording } from '../sim/recording.js';
import { signContract } from '../sim/contracts.js';
import { InvariantError } from '../sim/invariants.js';
import { createRecorder } from '../sim/recorder.js';
import { runScenario, startRun } from '../sim/run.js';
import { step } from '../sim/step.js';
import { initWorld } from '../sim/init.js';
import { marketTerms } from './support/hand-built-world.js';
import { smallScenario } from './support/small-scenario.js';

const bytes = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

/** The month loop written out by hand: the reference the incremental runner must reproduce. */
function referenceRun(scenario: ReturnType<typeof smallScenario>, seed: number): Recording {
  const world = initWorld(scenario, seed, 0);
  const recorder = createRecorder(world, { scenario: scenario.name, run: 0, seed });
  for (world.t = 0; world.t < world.dates.length; world.t++) {
    step(world);
    recorder.record(world);
  }
  return recorder.finish(world);
}

function expectIdentical(a: Recording, b: Recording): void {
  expect(b.key).toEqual(a.key);
  expect(b.dates).toEqual(a.dates);
  a.series.forEach((s, i) => expect(bytes(b.series[i].values).equals(bytes(s.values)), `${s.entity}/${s.metric}`).toBe(true));
  expect(b.contracts).toStrictEqual(a.contracts);
  expect(b.events).toStrictEqual(a.events);
  expect(timeseriesCsv([b]) + contractsCsv([b]) + eventsCsv([b])).toBe(timeseriesCsv([a]) + contractsCsv([a]) + eventsCsv([a]));
}

describe('startRun(scenario, options)', () => {
  const scenario = smallScenario({ seed: 23 });

  it('startRun().advance() in uneven chunks gives the plain loop\'s recording bit for bit', () => {
    const reference = referenceRun(scenario, 23);
    const run = startRun(scenario, { run: 0 });
    for (const chunk of [1, 5, 13, 2]) expect(run.advance(chunk)).toBe(chunk);
    while (run.advance(7) > 0);
    expect(run.done).toBe(run.months);
    expectIdentical(reference, run.recording());
    expectIdentical(reference, runScenario(scenario, { run: 0 }));
  });

  it('recording() mid-run holds the months stepped so far and NaN after them', () => {
    const full = runScenario(scenario, { run: 0 });
    const run = startRun(scenario, { run: 0 });
    run.advance(10);
    const partial = run.recording();
    expect(partial.dates).toEqual(full.dates);
    partial.series.forEach((s, i) => {
      expect(bytes(s.values.subarray(0, 10)).equals(bytes(full.series[i].values.subarray(0, 10)))).toBe(true);
      expect([...s.values.subarray(10)].every(Number.isNaN)).toBe(true);
    });
    expect(partial.events.every((e) => e.date <= full.dates[9])).toBe(true);
  });

  it('advance() past the end steps nothing more', () => {
    const run = startRun(scenario, { run: 0 });
    expect(run.advance(run.months + 50)).toBe(run.months);
    expect(run.advance()).toBe(0);
    expect(run.done).toBe(run.months);
  });
});

describe('startRun(scenario, { check })', () => {
  /** A run whose book holds an ended contract that paid out 2 bn of 0 committed: an invariant no step repairs. */
  function brokenRun(check: boolean | undefined) {
    const run = startRun(smallScenario(), { run: 0, check });
    const c = signContract(run.world, marketTerms({ investment: 0 }));
    Object.assign(c, { status: 'expired', end: 0, endReason: 'expired', investmentPaid: 2 });
    return run;
  }

  it('advance() with check: true throws the first broken invariant, naming the month', () => {
    const run = brokenRun(true);
    expect(() => run.advance()).toThrow(InvariantError);
    expect(() => brokenRun(true).advance()).toThrow('2016-01: invariant "investment paid <= committed" broken: contract 1 paid 2 of 0 bn');
  });

  it('advance() without check (or check: false) steps on without checking', () => {
    expect(brokenRun(undefined).advance(3)).toBe(3);
    expect(brokenRun(false).advance(3)).toBe(3);
  });
});
