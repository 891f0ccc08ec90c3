/**
 * `set_param`: a numeric parameter from this month on, by path (`params.lambda`, `population.bN`,
 * `population.types.enterprise.hazard`, `labs.openai.autonomy`, `clouds.aws.markup`). The path is
 * parsed into a typed target by the same function the loader validated it with; paths that would
 * have no effect were rejected at load.
 */
import { parseSetParamPath, type SetParamTarget } from '../scenario/set-param.js';
import type { SetParamEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { recordEvent } from './record.js';

export function applySetParam(world: World, event: SetParamEvent): void {
  const target = parseSetParamPath(event.path);
  if (!target) throw new Error(`set_param: "${event.path}" is not a settable path (the loader should have caught it)`);
  const before = write(world, target, event.value);
  recordEvent(world, event, '', '', event.value, `${event.path}: ${before} -> ${event.value}`);
}

/** Sets the target's field to `value`; returns the previous value. */
function write(world: World, target: SetParamTarget, value: number): number {
  const swap = <T>(record: T, key: keyof T): number => {
    const before = record[key] as number;
    (record[key] as number) = value;
    return before;
  };
  switch (target.scope) {
    case 'params': return swap(world.params, target.key);
    case 'population': return swap(world.populationSpec, target.key);
    case 'type': return swap(world.populationSpec.types[target.type], target.key);
    case 'lab': return swap(world.labs.find((lab) => lab.id === target.id)!, target.key);
    case 'cloud': return swap(world.clouds.find((cloud) => cloud.id === target.id)!, target.key);
  }
}
