/**
 * Tests of sim/defection.ts as the market uses it (DESIGN §3.3, claim 3): a lab bound exclusively
 * leaves when a rival beats the best its incumbent could offer by more than the exit penalty over
 * the months left, never when the penalty is huge; a public exit moves narrative share; the broken
 * pair cools off for RENEGOTIATION_MONTHS.
 */
import { describe, expect, it } from 'vitest';
import { contractedCompute } from '../sim/contracts.js';
import { applyScheduledEvents } from '../sim/events/index.js';
import { updateLabs } from '../sim/labs.js';
import { RENEGOTIATION_MONTHS, runMarket } from '../sim/market.js';
import type { Recording } from '../sim/recording.js';
import { createRng } from '../sim/rng.js';
import { runScenario } from '../sim/run.js';
import { step } from '../sim/step.js';
import { capacityLeft } from '../sim/contracts.js';
import { bestScope, NO_BASE } from '../sim/valuation.js';
import { initWorld } from '../sim/init.js';
import { AWS, AZURE, GCP, OPENAI, scenario } from './support/one-lab-market.js';

describe('runMarket(): endogenous defection', () => {
  /** openai bound to a weak gcp (full, 60 months) with exit penalty `penalty`; aws is the strong rival. */
  const bound = (penalty: number) => scenario(
    [{ narrativeValue: 20, enterpriseReach: 0.9 }, {}, { narrativeValue: 1, enterpriseReach: 0.1, denialWeight: 3 }],
    { autonomy: 0, acrimony: 0.8 },
    [{ kind: 'deal', date: '2016-01', cloud: 'gcp', lab: 'openai', compute: 10, months: 60, price: null, investment: 0, exclusivity: 'full', exitPenalty: penalty, public: true }],
  );
  const defections = (r: Recording) => r.events.filter((e) => e.kind === 'market_defect' && e.lab === 'openai');

  it('runScenario() defects from an exclusive deal a rival beats, when the exit penalty is small', () => {
    const recording = runScenario(bound(0), { run: 0, check: true });
    const [first] = defections(recording);
    expect(first).toMatchObject({ cloud: 'gcp', origin: 'endogenous' });
    expect(recording.contracts[0]).toMatchObject({ status: 'defected', end: first.date });
    expect(first.value).toBeGreaterThan(0); // acrimony >= 0.5: a public exit moves narrative share
    expect(first.date >= '2017-01').toBe(true); // only after RENEGOTIATION_MONTHS of tenure
  });

  it('runScenario() after a defection signs nothing with the abandoned cloud for RENEGOTIATION_MONTHS', () => {
    const recording = runScenario(bound(0), { run: 0, check: true });
    const [first] = defections(recording);
    const month = recording.dates.indexOf(first.date);
    const cooling = recording.dates.slice(month, month + RENEGOTIATION_MONTHS);
    expect(recording.contracts.filter((c) => c.cloud === 'gcp' && c.lab === 'openai' && cooling.includes(c.start))).toEqual([]);
    expect(recording.contracts.some((c) => c.lab === 'openai' && c.start === first.date && c.cloud !== 'gcp')).toBe(true);
  });

  it('runScenario() never defects when the exit penalty is huge', () => {
    const recording = runScenario(bound(1e6), { run: 0, check: true });
    expect(defections(recording)).toEqual([]);
    expect(recording.contracts[0].status).not.toBe('defected'); // active, or superseded by an expansion
  });

  it('runMarket() defects iff (rival surplus - incumbent surplus) * months left exceeds the exit penalty', () => {
    const w = initWorld(bound(0), 7, 0);
    for (w.t = 0; w.t < 12; w.t++) step(w);
    applyScheduledEvents(w);
    updateLabs(w);
    const binding = w.contracts.find((c) => c.status === 'active' && c.lab === OPENAI && c.exclusivity >= 2)!;
    expect(binding.cloud).toBe(GCP);
    const need = Math.max(0, w.labs[OPENAI].computeDemand - (contractedCompute(w, OPENAI) - binding.compute));
    const incumbent = bestScope(w, GCP, OPENAI, need, binding.compute + capacityLeft(w, GCP), 3, NO_BASE).surplus;
    const rival = Math.max(...[AWS, AZURE].map((k) => bestScope(w, k, OPENAI, need, capacityLeft(w, k), 3).surplus));
    const margin = (rival - incumbent) * (binding.start + binding.months - w.t);
    expect(margin).toBeGreaterThan(0);
    const defects = (penalty: number) => {
      const copy = structuredClone(w);
      copy.contracts.find((c) => c.id === binding.id)!.exitPenalty = penalty;
      runMarket(copy, createRng(copy.seed, 'market', copy.t));
      return copy.contracts.find((c) => c.id === binding.id)!.status === 'defected';
    };
    expect(defects(margin * 0.98)).toBe(true);
    expect(defects(margin * 1.02)).toBe(false);
  });
});
