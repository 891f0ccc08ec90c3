/**
 * Tests of sim/events/set-param.ts: one numeric parameter, by path, changes from its month on;
 * nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { step } from '../../sim/step.js';
import type { World } from '../../sim/world.js';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, worldAt } from './world-diff.js';

const cases: [path: string, changed: string, value: number, read: (w: World) => number][] = [
  ['params.lambda', 'params.lambda', 0.5, (w) => w.params.lambda],
  ['population.bN', 'populationSpec.bN', 4, (w) => w.populationSpec.bN],
  ['population.types.enterprise.hazard', 'populationSpec.types.enterprise.hazard', 0.2, (w) => w.populationSpec.types.enterprise.hazard],
  ['labs.openai.autonomy', 'labs.openai.autonomy', 0.9, (w) => w.labs[0].autonomy],
  ['clouds.azure.denialWeight', 'clouds.azure.denialWeight', 2, (w) => w.clouds[1].denialWeight],
];

describe('applyEvent(world, set_param)', () => {
  for (const [path, changedPath, value, read] of cases) {
    it(`applyEvent(world, set_param ${path}) changes ${changedPath} only`, () => {
      const w = worldAt(smallScenario(), 3);
      const { changed, logged } = applyAndDiff(w, { kind: 'set_param', date: '2016-04', path, value });
      expect(changed).toEqual([changedPath]);
      expect(read(w)).toBe(value);
      expect(logged[0]).toMatchObject({ kind: 'set_param', value });
    });
  }

  it('applyEvent(world, set_param params.lambda) sets the speed of the next narrative step', () => {
    const w = worldAt(smallScenario(), 3);
    applyAndDiff(w, { kind: 'set_param', date: '2016-04', path: 'params.lambda', value: 0 });
    const before = w.clouds.map((cloud) => cloud.narrative);
    step(w);
    w.clouds.forEach((cloud, k) => expect(cloud.narrative).toBeCloseTo(before[k], 12));
  });
});
