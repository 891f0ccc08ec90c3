/**
 * defect() (sim/defection.ts) on the hand-built world: the exit penalty moves from the lab's
 * funding to the cloud's cash, the contract ends as defected, a public exit moves voice x
 * acrimony of narrative share and a quiet one none, and the log entry (events.csv) has the kind
 * of who decided it and a sentence with the penalty and the share moved to 4 decimals.
 */
import { describe, expect, it } from 'vitest';
import { signContract } from '../sim/contracts.js';
import { defect, defectionDamage, DEFECTION_KINDS } from '../sim/defection.js';
import { AZURE, marketTerms, monthFiveWorld, OPENAI } from './support/hand-built-world.js';

function bound(penalty: number) {
  const w = monthFiveWorld();
  w.labs[OPENAI].voice = 0.2;
  w.labs[OPENAI].acrimony = 0.35;
  const contract = signContract(w, marketTerms({ cloud: AZURE, exclusivity: 3, exitPenalty: penalty }));
  return { w, contract };
}

describe('defect(world, contract, isPublic, origin, reason)', () => {
  it('DEFECTION_KINDS logs a scenario\'s defection as defect and the market\'s as market_defect', () => {
    expect(DEFECTION_KINDS).toEqual({ scenario: 'defect', endogenous: 'market_defect' });
  });

  it('defect() publicly: penalty paid to the cloud, contract defected, voice x acrimony moved, the sentence logged', () => {
    const { w, contract } = bound(1.23456);
    const funding = w.labs[OPENAI].funding;
    const cash = w.clouds[AZURE].cash;
    expect(defectionDamage(w, OPENAI)).toBeCloseTo(0.07, 14);
    const moved = defect(w, contract, true, 'endogenous', 'a rival pays more');
    expect(moved).toBeCloseTo(0.07, 14);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding - 1.23456, 12);
    expect(w.clouds[AZURE].cash).toBeCloseTo(cash + 1.23456, 12);
    expect(contract).toMatchObject({ status: 'defected', endReason: 'a rival pays more' });
    expect(w.log.at(-1)).toEqual({
      date: w.dates[5], kind: 'market_defect', origin: 'endogenous', cloud: 'azure', lab: 'openai', value: moved,
      detail: 'openai leaves azure publicly; exit penalty 1.2346 bn; narrative moved 0.07; a rival pays more',
    });
    expect(w.stormoffs).toHaveLength(1);
  });

  it('defect() quietly moves no narrative share and says so', () => {
    const { w, contract } = bound(0);
    const narrative = w.clouds.map((c) => c.narrative);
    expect(defect(w, contract, false, 'scenario', 'scripted')).toBe(0);
    expect(w.clouds.map((c) => c.narrative)).toEqual(narrative);
    expect(w.stormoffs).toEqual([]);
    expect(w.log.at(-1)).toMatchObject({ kind: 'defect', origin: 'scenario', value: 0, detail: 'openai leaves azure quietly; exit penalty 0 bn; narrative moved 0; scripted' });
  });
});
