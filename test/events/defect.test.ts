/**
 * Tests of sim/events/defect.ts: a public defection ends the contract as 'defected', charges the
 * exit penalty and moves exactly voice * acrimony of narrative share from the abandoned cloud onto
 * the others in proportion to their shares; a quiet one moves none.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, openaiOn, worldAt } from './world-diff.js';

const AWS = 0;
const OPENAI = 0;
const VOICE = 0.2;
const ACRIMONY = 0.5;
const PENALTY = 0.5;

/** Month 3: openai bound to aws by its only contract (full, exit penalty 0.5), loud and angry. */
function world() {
  const labs = smallScenario().labs.map((spec) => (spec.id === 'openai' ? { ...spec, voice: VOICE, acrimony: ACRIMONY } : spec));
  const w = worldAt(openaiOn('aws', { exclusivity: 'full', exitPenalty: PENALTY }, { labs }), 3);
  const contracts = w.contracts.filter((c) => c.status === 'active' && c.lab === OPENAI);
  expect(contracts.map((c) => [c.cloud, c.exclusivity])).toEqual([[AWS, 3]]);
  return { w, contract: contracts[0] };
}

const ended = (id: number) => [`contracts.${id}.delivered`, `contracts.${id}.end`, `contracts.${id}.endReason`, `contracts.${id}.status`];
const summary = ['labs.openai.exclusivity', 'labs.openai.funding', 'labs.openai.primaryCloud'];

describe('applyEvent(world, defect)', () => {
  it('applyEvent(world, public defect) moves exactly voice * acrimony of narrative share away, renormalised onto the others', () => {
    const { w, contract } = world();
    const before = w.clouds.map((cloud) => cloud.narrative);
    const funding = w.labs[OPENAI].funding;
    const cash = w.clouds[AWS].cash;
    const { changed, logged } = applyAndDiff(w, { kind: 'defect', date: '2016-04', lab: 'openai', cloud: 'aws', public: true });
    expect(changed).toEqual(['clouds.aws.cash', ...['aws', 'azure', 'gcp'].map((id) => `clouds.${id}.narrative`), ...ended(contract.id), ...summary].sort());
    const moved = VOICE * ACRIMONY;
    expect(before[AWS]).toBeGreaterThan(moved);
    expect(w.clouds[AWS].narrative).toBeCloseTo(before[AWS] - moved, 12);
    const others = before[1] + before[2];
    for (const k of [1, 2]) expect(w.clouds[k].narrative).toBeCloseTo(before[k] + (moved * before[k]) / others, 12);
    expect(w.clouds.reduce((a, cloud) => a + cloud.narrative, 0)).toBeCloseTo(1, 12);
    expect(contract).toMatchObject({ status: 'defected', end: 3, delivered: 0 });
    expect(w.labs[OPENAI]).toMatchObject({ exclusivity: 0, primaryCloud: -1 });
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding - PENALTY, 12);
    expect(w.clouds[AWS].cash, 'the penalty goes to the abandoned cloud').toBeCloseTo(cash + PENALTY, 12);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ kind: 'defect', origin: 'scenario', cloud: 'aws', lab: 'openai' });
    expect(logged[0].value).toBeCloseTo(moved, 12);
  });

  it('applyEvent(world, quiet defect) ends the contract and moves no narrative share', () => {
    const { w, contract } = world();
    const { changed, logged } = applyAndDiff(w, { kind: 'defect', date: '2016-04', lab: 'openai', cloud: 'aws', public: false });
    expect(changed).toEqual(['clouds.aws.cash', ...ended(contract.id), ...summary].sort());
    expect(contract.status).toBe('defected');
    expect(logged[0].value).toBe(0);
  });

  it('applyEvent(world, defect) moves at most the share the abandoned cloud has', () => {
    const { w } = world();
    w.labs[OPENAI].voice = 5;
    w.labs[OPENAI].acrimony = 1;
    const share = w.clouds[AWS].narrative;
    const { logged } = applyAndDiff(w, { kind: 'defect', date: '2016-04', lab: 'openai', cloud: 'aws', public: true });
    expect(w.clouds[AWS].narrative).toBe(0);
    expect(logged[0].value).toBeCloseTo(share, 12);
    expect(w.clouds.reduce((a, cloud) => a + cloud.narrative, 0)).toBeCloseTo(1, 12);
  });

  it('applyEvent(world, defect) without an active contract changes nothing but the log', () => {
    const { w } = world();
    const { changed, logged } = applyAndDiff(w, { kind: 'defect', date: '2016-04', lab: 'openai', cloud: 'azure', public: true });
    expect(changed).toEqual([]);
    expect(logged[0].detail).toContain('no active contract');
  });
});

describe('applyEvent(world, defect) picks the contract to leave', () => {
  /** A copy of `contract` with another id and `fields`, added to the world's contracts (a pair's second contract cannot come from deals). */
  const add = (w: ReturnType<typeof world>['w'], contract: ReturnType<typeof world>['contract'], fields: object) => {
    const copy = { ...structuredClone(contract), id: w.contracts.length + 1, ...fields };
    w.contracts.push(copy);
    return copy;
  };

  it('leaves the pair\'s strongest scope first, whatever the order of the contracts', () => {
    for (const strongFirst of [true, false]) {
      const { w, contract } = world();
      contract.exclusivity = 1;
      const weak = add(w, contract, { exclusivity: 0, compute: 50 });
      const strong = add(w, contract, { exclusivity: 2, compute: 1 });
      if (!strongFirst) w.contracts.reverse();
      applyAndDiff(w, { kind: 'defect', date: '2016-04', cloud: 'aws', lab: 'openai', public: false });
      expect([strong.status, contract.status, weak.status], `strong first: ${strongFirst}`).toEqual(['defected', 'active', 'active']);
    }
  });

  it('leaves only a contract of this lab with this cloud, never another lab\'s stronger one', () => {
    const { w, contract } = world();
    contract.exclusivity = 0;
    const deepmindsOnAws = add(w, contract, { lab: 1, exclusivity: 3 });
    const openaiOnAzure = add(w, contract, { cloud: 1, exclusivity: 3 });
    applyAndDiff(w, { kind: 'defect', date: '2016-04', cloud: 'aws', lab: 'openai', public: false });
    expect([contract.status, deepmindsOnAws.status, openaiOnAzure.status]).toEqual(['defected', 'active', 'active']);
  });

  it('leaves no ended contract: with only ended ones there is nothing to leave', () => {
    const { w, contract } = world();
    contract.status = 'expired';
    const { changed, logged } = applyAndDiff(w, { kind: 'defect', date: '2016-04', cloud: 'aws', lab: 'openai', public: true });
    expect(changed).toEqual([]);
    expect(logged[0].detail).toBe('no active contract to leave');
  });
});
