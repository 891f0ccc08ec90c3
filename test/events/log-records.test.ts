/**
 * What each scenario event kind writes to the event log (events.csv, the viewer's tooltips) in
 * each of its branches: the exact record, detail text included, and a note appended in brackets.
 * Also each kind's marker label and priority on the viewer's narrative chart.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, applyEvent } from '../../sim/events/index.js';
import type { ScenarioEvent } from '../../sim/scenario/types.js';
import type { World } from '../../sim/world.js';
import { capacityLeft } from '../../sim/contracts.js';
import { cloud, smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, dealEvent, openaiOn, worldAt } from './world-diff.js';

const AZURE = 1;

/** Month 3 with openai on one contract with aws (and none with azure). */
const onAws = () => worldAt(openaiOn('aws'), 3);

/** The one record `event` logs at month 3 (2016-04) of `world`. */
function logged(world: World, event: ScenarioEvent) {
  const { logged: records } = applyAndDiff(world, event);
  expect(records).toHaveLength(1);
  return records[0];
}

const record = (fields: { kind: string; cloud?: string; lab?: string; value: number | null; detail: string }) =>
  ({ date: '2016-04', origin: 'scenario', cloud: '', lab: '', ...fields });

describe('the log record of each scenario event kind', () => {
  it('announce logs the cloud, the delta and "narrative shock <delta>", with the event\'s note in brackets', () => {
    expect(logged(worldAt(smallScenario(), 3), { kind: 'announce', date: '2016-04', cloud: 'azure', delta: 0.1 }))
      .toEqual(record({ kind: 'announce', cloud: 'azure', value: 0.1, detail: 'narrative shock 0.1' }));
    expect(logged(worldAt(smallScenario(), 3), { kind: 'announce', date: '2016-04', cloud: 'gcp', delta: -0.05, note: 'keynote flop' }))
      .toEqual(record({ kind: 'announce', cloud: 'gcp', value: -0.05, detail: 'narrative shock -0.05 (keynote flop)' }));
  });

  it('capacity_shock logs "global GPU supply x<f>" with no cloud, or "capacity x<f>" with the cloud', () => {
    const w = worldAt(smallScenario(), 3);
    const supply = w.supplyFactor;
    expect(logged(w, { kind: 'capacity_shock', date: '2016-04', cloud: null, factor: 0.5 }))
      .toEqual(record({ kind: 'capacity_shock', value: 0.5, detail: 'global GPU supply x0.5' }));
    expect(w.supplyFactor).toBe(supply * 0.5);
    const capacity = w.clouds[1].capacity;
    expect(logged(w, { kind: 'capacity_shock', date: '2016-04', cloud: 'azure', factor: 2 }))
      .toEqual(record({ kind: 'capacity_shock', cloud: 'azure', value: 2, detail: 'capacity x2' }));
    expect(w.clouds[1].capacity).toBe(capacity * 2);
  });

  it('enter logs "<id> enters" under lab for a lab and under cloud for a cloud, with no value', () => {
    expect(logged(worldAt(smallScenario(), 3), { kind: 'enter', date: '2016-04', entity: 'anthropic' }))
      .toEqual(record({ kind: 'enter', lab: 'anthropic', value: null, detail: 'anthropic enters' }));
    const scenario = smallScenario();
    scenario.clouds.push(cloud('oracle', { active: false }));
    expect(logged(worldAt(scenario, 3), { kind: 'enter', date: '2016-04', entity: 'oracle' }))
      .toEqual(record({ kind: 'enter', cloud: 'oracle', value: null, detail: 'oracle enters' }));
  });

  it('exit logs "<id> exits" under lab or cloud, and ends the entity\'s contracts with that reason', () => {
    const w = worldAt(openaiOn('azure'), 3);
    const contract = w.contracts.find((c) => c.status === 'active' && c.lab === 0)!;
    expect(logged(w, { kind: 'exit', date: '2016-04', entity: 'azure' }))
      .toEqual(record({ kind: 'exit', cloud: 'azure', value: null, detail: 'azure exits' }));
    expect(contract).toMatchObject({ status: 'terminated', endReason: 'azure exits' });
    const v = worldAt(openaiOn('aws'), 3);
    const theirs = v.contracts.find((c) => c.status === 'active' && c.lab === 0)!;
    expect(logged(v, { kind: 'exit', date: '2016-04', entity: 'openai' }))
      .toEqual(record({ kind: 'exit', lab: 'openai', value: null, detail: 'openai exits' }));
    expect(theirs).toMatchObject({ status: 'terminated', endReason: 'openai exits' });
  });

  it('exit of a lab leaves the other labs\' contracts and every cloud\'s narrative share alone', () => {
    const w = worldAt(openaiOn('aws', {}, {}), 3);
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'deepmind', compute: 1 }));
    const deepmind = w.contracts.at(-1)!;
    const narrative = w.clouds.map((c) => c.narrative);
    applyEvent(w, { kind: 'exit', date: '2016-04', entity: 'openai' });
    expect(deepmind.status).toBe('active');
    expect(w.clouds.map((c) => c.narrative)).toEqual(narrative);
    expect(w.clouds.every((c) => c.active)).toBe(true);
  });

  it('forbid logs "<cloud> and <lab> may not deal", with " until <month>" when it ends', () => {
    expect(logged(worldAt(smallScenario(), 3), { kind: 'forbid', date: '2016-04', cloud: 'azure', lab: 'openai', until: null }))
      .toEqual(record({ kind: 'forbid', cloud: 'azure', lab: 'openai', value: null, detail: 'azure and openai may not deal' }));
    expect(logged(worldAt(smallScenario(), 3), { kind: 'forbid', date: '2016-04', cloud: 'aws', lab: 'deepmind', until: '2017-01' }))
      .toEqual(record({ kind: 'forbid', cloud: 'aws', lab: 'deepmind', value: null, detail: 'aws and deepmind may not deal until 2017-01' }));
  });

  it('invest logs the amount as value and "<amount> bn invested"', () => {
    expect(logged(worldAt(smallScenario(), 3), { kind: 'invest', date: '2016-04', cloud: 'aws', lab: 'openai', amount: 1.5 }))
      .toEqual(record({ kind: 'invest', cloud: 'aws', lab: 'openai', value: 1.5, detail: '1.5 bn invested' }));
  });

  it('policy logs the cap\'s scope level as value and "exclusivity capped at <level>"', () => {
    const w = worldAt(smallScenario(), 3);
    expect(logged(w, { kind: 'policy', date: '2016-04', maxExclusivity: 'inference' }))
      .toEqual(record({ kind: 'policy', value: 2, detail: 'exclusivity capped at inference' }));
    expect(w.maxExclusivity).toBe(2);
    expect(logged(w, { kind: 'policy', date: '2016-04', maxExclusivity: 'none' }))
      .toEqual(record({ kind: 'policy', value: 0, detail: 'exclusivity capped at none' }));
  });

  it('price_change logs "markup x<f>" for a cloud (markup and price scaled) and "API price x<f>" for a lab', () => {
    const w = worldAt(smallScenario(), 3);
    const { markup, price } = w.clouds[2];
    expect(logged(w, { kind: 'price_change', date: '2016-04', cloud: 'gcp', lab: null, factor: 1.5 }))
      .toEqual(record({ kind: 'price_change', cloud: 'gcp', value: 1.5, detail: 'markup x1.5' }));
    expect([w.clouds[2].markup, w.clouds[2].price]).toEqual([markup * 1.5, price * 1.5]);
    const labPrice = w.labs[1].price;
    expect(logged(w, { kind: 'price_change', date: '2016-04', cloud: null, lab: 'deepmind', factor: 0.5 }))
      .toEqual(record({ kind: 'price_change', lab: 'deepmind', value: 0.5, detail: 'API price x0.5' }));
    expect(w.labs[1].price).toBe(labPrice * 0.5);
  });

  it('price_change with neither cloud nor lab (the loader refuses it) changes and logs nothing', () => {
    const { changed, logged: records } = applyAndDiff(worldAt(smallScenario(), 3), { kind: 'price_change', date: '2016-04', cloud: null, lab: null, factor: 2 });
    expect([changed, records]).toEqual([[], []]);
  });

  it('relax_exclusivity logs the scope level relaxed to, and whether it relaxed anything', () => {
    const w = worldAt(openaiOn('aws', { exclusivity: 'full' }), 3);
    expect(logged(w, { kind: 'relax_exclusivity', date: '2016-04', cloud: 'aws', lab: 'openai', to: 'rofr' }))
      .toEqual(record({ kind: 'relax_exclusivity', cloud: 'aws', lab: 'openai', value: 1, detail: 'exclusivity relaxed to rofr' }));
    expect(logged(w, { kind: 'relax_exclusivity', date: '2016-04', cloud: 'aws', lab: 'openai', to: 'rofr' }))
      .toEqual(record({ kind: 'relax_exclusivity', cloud: 'aws', lab: 'openai', value: 1, detail: 'nothing stronger than rofr to relax' }));
  });

  it('set_param logs the new value and "<path>: <before> -> <after>"', () => {
    const w = worldAt(smallScenario(), 3);
    const before = w.params.lambda;
    expect(logged(w, { kind: 'set_param', date: '2016-04', path: 'params.lambda', value: 0.5 }))
      .toEqual(record({ kind: 'set_param', value: 0.5, detail: `params.lambda: ${before} -> 0.5` }));
    expect(logged(w, { kind: 'set_param', date: '2016-04', path: 'params.lambda', value: 0.25, note: 'faster' }))
      .toEqual(record({ kind: 'set_param', value: 0.25, detail: 'params.lambda: 0.5 -> 0.25 (faster)' }));
  });

  it('defect without an active contract logs "no active contract to leave" and no value', () => {
    expect(logged(onAws(), { kind: 'defect', date: '2016-04', cloud: 'azure', lab: 'openai', public: true }))
      .toEqual(record({ kind: 'defect', cloud: 'azure', lab: 'openai', value: null, detail: 'no active contract to leave' }));
  });

  it('defect leaves the strongest scope first, then the largest compute, with the note as reason', () => {
    const w = onAws();
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 1, exclusivity: 'rofr' }));
    const rofr = w.contracts.at(-1)!;
    // Two contracts of one pair cannot come from deals (a deal supersedes); add a second one by hand.
    const other = { ...structuredClone(rofr), id: rofr.id + 1, exclusivity: 0 as const, compute: 5 };
    w.contracts.push(other);
    const record1 = logged(w, { kind: 'defect', date: '2016-04', cloud: 'azure', lab: 'openai', public: false, note: 'talks failed' });
    expect(rofr.status).toBe('defected');
    expect(other.status).toBe('active');
    expect(record1.detail).toMatch(/^openai leaves azure quietly; .*; talks failed$/);
    const bigger = { ...structuredClone(other), id: other.id + 1, compute: 9 };
    w.contracts.push(bigger);
    applyEvent(w, { kind: 'defect', date: '2016-04', cloud: 'azure', lab: 'openai', public: false });
    expect(bigger.status).toBe('defected');
    expect(other.status).toBe('active');
    expect(bigger.endReason).toBe('scheduled defection');
  });
});

describe('the log record of a deal', () => {
  it('deal logs the contract\'s id, scope, compute, months and investment', () => {
    const w = onAws();
    const id = w.contracts.length + 1;
    expect(logged(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0.5, months: 24, investment: 2, exclusivity: 'inference' })))
      .toEqual(record({ kind: 'deal', cloud: 'azure', lab: 'openai', value: 0.5,
        detail: `contract ${id}: inference, 0.5 kGPU/month for 24 months, investment 2 bn` }));
  });

  it('deal names the contracts it supersedes', () => {
    const w = worldAt(openaiOn('aws'), 3);
    const old = w.contracts.filter((c) => c.status === 'active' && c.cloud === 0 && c.lab === 0).map((c) => c.id);
    expect(old).toHaveLength(1);
    const id = w.contracts.length + 1;
    expect(logged(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 1 })).detail)
      .toBe(`contract ${id}: none, 1 kGPU/month for 36 months, investment 0 bn; supersedes ${old[0]}`);
  });

  it('deal names every contract of the pair it supersedes', () => {
    const w = onAws();
    const old = w.contracts.find((c) => c.status === 'active' && c.cloud === 0 && c.lab === 0)!;
    const second = { ...structuredClone(old), id: w.contracts.length + 1 };
    w.contracts.push(second);
    const detail = logged(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 1 })).detail;
    expect(detail).toBe(`contract ${second.id + 1}: none, 1 kGPU/month for 36 months, investment 0 bn; supersedes ${old.id}, ${second.id}`);
  });

  it('deal above free capacity says how much is free now, rounded to 3 decimals; at exactly the free capacity it says nothing', () => {
    const w = onAws();
    const free = capacityLeft(w, AZURE);
    expect(free).toBeGreaterThan(0);
    const id = w.contracts.length + 1;
    expect(logged(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 100 })).detail)
      .toBe(`contract ${id}: none, 100 kGPU/month (${Math.round(free * 1000) / 1000} free now: ramps up as azure builds) for 36 months, investment 0 bn`);
    const v = onAws();
    const exactly = capacityLeft(v, AZURE);
    expect(logged(v, dealEvent({ cloud: 'azure', lab: 'openai', compute: exactly })).detail)
      .toBe(`contract ${id}: none, ${exactly} kGPU/month for 36 months, investment 0 bn`);
  });

  it('deal with an inactive party, or a forbidden pairing, is ignored with the reason and no value', () => {
    expect(logged(worldAt(smallScenario(), 3), dealEvent({ cloud: 'aws', lab: 'anthropic', compute: 1 })))
      .toEqual(record({ kind: 'deal', cloud: 'aws', lab: 'anthropic', value: null, detail: 'ignored: an inactive party' }));
    const scenario = smallScenario();
    scenario.clouds.push(cloud('oracle', { active: false }));
    expect(logged(worldAt(scenario, 3), dealEvent({ cloud: 'oracle', lab: 'openai', compute: 1 })))
      .toEqual(record({ kind: 'deal', cloud: 'oracle', lab: 'openai', value: null, detail: 'ignored: an inactive party' }));
    const w = worldAt(smallScenario(), 3);
    applyEvent(w, { kind: 'forbid', date: '2016-04', cloud: 'azure', lab: 'openai', until: null });
    expect(logged(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 1 })))
      .toEqual(record({ kind: 'deal', cloud: 'azure', lab: 'openai', value: null, detail: 'ignored: the pairing is forbidden' }));
  });

  it('a distribution deal (compute 0) over a compute contract is covered by it and changes nothing', () => {
    const w = worldAt(openaiOn('aws'), 3);
    const existing = w.contracts.find((c) => c.status === 'active' && c.cloud === 0 && c.lab === 0)!;
    const { changed, logged: records } = applyAndDiff(w, dealEvent({ cloud: 'aws', lab: 'openai', compute: 0 }));
    expect(changed).toEqual([]);
    expect(records).toEqual([record({ kind: 'deal', cloud: 'aws', lab: 'openai', value: 0, detail: `distribution covered by contract ${existing.id}` })]);
  });

  it('a compute deal over a distribution contract supersedes it', () => {
    const w = onAws();
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0 }));
    const listing = w.contracts.at(-1)!;
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 0 }));
    expect(listing.status).toBe('terminated');
    const again = w.contracts.at(-1)!;
    applyEvent(w, dealEvent({ cloud: 'azure', lab: 'openai', compute: 1 }));
    expect(again.status).toBe('terminated');
    expect(w.contracts.at(-1)).toMatchObject({ compute: 1, status: 'active' });
  });
});

describe('each kind\'s marker on the narrative chart', () => {
  const label = (kind: keyof typeof EVENT_KINDS, cloudName: string, labName: string) => EVENT_KINDS[kind].marker?.label(cloudName, labName);

  it('labels name the parties in the kind\'s words, from display names', () => {
    expect(label('deal', 'Azure', 'OpenAI')).toBe('OpenAI–Azure deal');
    expect(label('defect', 'Azure', 'OpenAI')).toBe('OpenAI leaves Azure');
    expect(label('invest', 'Amazon', 'Anthropic')).toBe('Amazon invests in Anthropic');
    expect(label('forbid', 'Microsoft', 'OpenAI')).toBe('Microsoft–OpenAI barred');
    expect(label('enter', '', 'xAI')).toBe('xAI enters');
    expect(label('enter', 'Oracle', '')).toBe('Oracle enters');
    expect(label('exit', '', 'Inflection')).toBe('Inflection exits');
    expect(label('exit', 'IBM', '')).toBe('IBM exits');
    expect(label('announce', 'Google', '')).toBe('announce Google');
    expect(label('capacity_shock', '', '')).toBe('capacity shock');
    expect(label('capacity_shock', 'Azure', '')).toBe('capacity shock Azure');
    expect(label('price_change', '', 'OpenAI')).toBe('price change OpenAI');
    expect(label('relax_exclusivity', 'Azure', 'OpenAI')).toBe('relax exclusivity OpenAI');
    expect(label('policy', '', '')).toBe('policy');
    expect(EVENT_KINDS.set_param.marker).toBeNull();
  });

  it('defections win the room for labels, then entries, exits and policies, then deals and bans, then announcements', () => {
    const priorities = Object.fromEntries(Object.entries(EVENT_KINDS).map(([kind, module]) => [kind, module.marker?.priority ?? null]));
    expect(priorities).toEqual({
      deal: 2, defect: 5, relax_exclusivity: 0, invest: 0, capacity_shock: 0, price_change: 0, announce: 1,
      set_param: null, enter: 3, exit: 3, forbid: 2, policy: 3,
    });
  });

  it('only deals, defections, relaxations and investments are scripted history a backtest may drop', () => {
    expect(Object.entries(EVENT_KINDS).filter(([, module]) => module.scripted).map(([kind]) => kind))
      .toEqual(['deal', 'defect', 'relax_exclusivity', 'invest']);
  });
});
