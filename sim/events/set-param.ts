/**
 * `set_param`: any numeric parameter from this month on, by path: `params.lambda`,
 * `population.bN`, `population.types.enterprise.hazard`, `labs.openai.autonomy`, `clouds.aws.markup`.
 */
import type { SetParamEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { recordEvent } from './record.js';

export function applySetParam(world: World, event: SetParamEvent): void {
  const [head, ...rest] = event.path.split('.');
  const target = resolveTarget(world, head, rest.slice(0, -1));
  const key = rest[rest.length - 1];
  const before = (target as Record<string, unknown>)[key];
  (target as Record<string, unknown>)[key] = event.value;
  recordEvent(world, event, '', '', event.value, `${event.path}: ${String(before)} -> ${event.value}`);
}

function resolveTarget(world: World, head: string, middle: string[]): object {
  switch (head) {
    case 'params':
      return world.params;
    case 'population':
      return middle.length === 2 ? world.populationSpec.types[middle[1] as 'developer'] : world.populationSpec;
    case 'labs':
      return world.labs.find((lab) => lab.id === middle[0])!;
    case 'clouds':
      return world.clouds.find((cloud) => cloud.id === middle[0])!;
    default:
      throw new Error(`set_param: unknown path head "${head}" (the loader should have caught it)`);
  }
}
