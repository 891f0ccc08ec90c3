/** Property: any valid minimal scenario loads, keeps what it gave, and its resolved form is a fixed point. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { scenarioHash } from '../../sim/node/scenario-file.js';
import { addMonths } from '../../sim/dates.js';
import { parseScenario } from '../../sim/scenario/load.js';
import { memoryFiles } from './helpers.js';

const noFiles = memoryFiles({});
const real = (min: number, max: number, excluded = false) =>
  fc.double({ min, max, noNaN: true, minExcluded: excluded, maxExcluded: excluded }).map((x) => (x === 0 ? 0 : x));
const shares = (n: number) => fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n })
  .map((weights) => weights.map((w) => w / weights.reduce((a, b) => a + b, 0)));

const scenarioArbitrary = fc.record({ clouds: fc.integer({ min: 1, max: 4 }), labs: fc.integer({ min: 1, max: 4 }) })
  .chain(({ clouds, labs }) => fc.record({
    start: fc.record({ year: fc.integer({ min: 2000, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
    span: fc.integer({ min: 0, max: 120 }),
    shares: shares(clouds),
    clouds: fc.array(fc.record({ capacity: real(0, 1e4), patience: real(0, 1, true), markup: real(0.5, 3) }, { requiredKeys: [] }), { minLength: clouds, maxLength: clouds }),
    labs: fc.array(fc.record({ autonomy: real(0, 1), voice: real(0, 1), owner: fc.constant(null) }, { requiredKeys: [] }), { minLength: labs, maxLength: labs }),
    seed: fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { nil: undefined }),
    events: fc.array(fc.record({
      kind: fc.constantFrom('deal', 'defect', 'invest', 'announce', 'capacity_shock', 'set_param'),
      offset: fc.double({ min: 0, max: 1, noNaN: true }), cloud: fc.nat(clouds - 1), lab: fc.nat(labs - 1), x: real(0, 1),
    }), { maxLength: 6 }),
  }))
  .map((g) => ({
    name: 'Generated', start: g.start, end: addMonths(g.start, g.span), ...(g.seed === undefined ? {} : { seed: g.seed }),
    clouds: g.clouds.map((cloud, i) => ({ id: `c${i}`, name: `Cloud ${i}`, narrativeShare: g.shares[i], ...cloud })),
    labs: g.labs.map((lab, i) => ({ id: `l${i}`, name: `Lab ${i}`, ...lab })),
    events: g.events.map(({ kind, offset, cloud, lab, x }) => {
      const base = { kind, date: addMonths(g.start, Math.floor(offset * g.span)) };
      const pair = { cloud: `c${cloud}`, lab: `l${lab}` };
      switch (kind) {
        case 'deal': return { ...base, ...pair, compute: x * 10 };
        case 'defect': return { ...base, ...pair, public: x < 0.5 };
        case 'invest': return { ...base, ...pair, amount: x };
        case 'announce': return { ...base, cloud: pair.cloud, delta: x - 0.5 };
        case 'capacity_shock': return { ...base, factor: x };
        default: return { ...base, path: 'params.lambda', value: x };
      }
    }),
  }));

describe('parseScenario(text) on any valid minimal scenario', () => {
  it('loads it, keeps every given field, and reloads its resolved form to itself', () => {
    fc.assert(fc.property(scenarioArbitrary, (raw) => {
      const scenario = parseScenario(stringify(raw), 'gen.yaml', noFiles);
      raw.clouds.forEach((cloud, i) => expect(scenario.clouds[i]).toMatchObject(cloud));
      raw.labs.forEach((lab, i) => expect(scenario.labs[i]).toMatchObject(lab));
      expect(scenario.events).toHaveLength(raw.events.length);
      const again = parseScenario(JSON.stringify(scenario), 'gen.json', noFiles);
      expect(again).toEqual(scenario);
      expect(scenarioHash(again)).toBe(scenarioHash(scenario));
    }), { numRuns: 150 });
  });
});
