/**
 * `set_param`: a numeric parameter from this month on, by path (`params.lambda`, `population.bN`,
 * `population.types.enterprise.hazard`, `labs.openai.autonomy`, `clouds.aws.markup`). The path is
 * parsed into a typed target by the same function the loader validated it with; paths that would
 * have no effect were rejected at load.
 */
import { pathIssue, type PathIssue } from '../scenario/errors.js';
import { describeSchema, fieldSchema, numberFits } from '../scenario/schema.js';
import { parseSetParamPath, setParamSchemaPath, type SetParamTarget } from '../scenario/set-param.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { noDefaults, type CheckContext, type EventKind } from './kind.js';
import { recordEvent } from './record.js';

export interface SetParamEvent extends EventBase {
  kind: 'set_param';
  /** `params.lambda`, `population.bN`, `labs.openai.autonomy`, `clouds.aws.denialWeight`, `population.types.developer.hazard`. */
  path: string;
  value: number;
}

export const setParam: EventKind<SetParamEvent> = {
  kind: 'set_param',
  summary: 'Set a parameter from this month on.',
  defaults: noDefaults,
  check: checkSetParam,
  apply: applySetParam,
  scripted: false,
  value: { unit: 'parameter', description: 'New value of the parameter named in detail' },
  marker: null,
};

/** A path the engine can set, with effect, on an entity of the scenario, and a value its field allows. */
function checkSetParam({ path, value }: SetParamEvent, { scenario, at }: CheckContext): PathIssue[] {
  const target = parseSetParamPath(path);
  if (!target) {
    return [pathIssue(at('path'), 'params.<key>, population.<key>, population.types.<type>.<key>, labs.<id>.<key> or clouds.<id>.<key> with a numeric key that matters after the start', path)];
  }
  if (target.scope === 'lab' && !scenario.labs.some((lab) => lab.id === target.id)) {
    return [pathIssue(at('path'), `labs.<id>.${target.key} with a lab id of the scenario`, path)];
  }
  if (target.scope === 'lab' && target.key === 'funding' && scenario.labs.some((lab) => lab.id === target.id && lab.owner !== null)) {
    return [pathIssue(at('path'), 'labs.<id>.funding of a lab with no owner (an owned lab\'s funding is its owner\'s: it would have no effect)', path)];
  }
  if (target.scope === 'cloud' && !scenario.clouds.some((cloud) => cloud.id === target.id)) {
    return [pathIssue(at('path'), `clouds.<id>.${target.key} with a cloud id of the scenario`, path)];
  }
  const node = fieldSchema(setParamSchemaPath(target), {});
  if (node && !numberFits(node, value)) return [pathIssue(at('value'), `${describeSchema(node)} (for ${path})`, value)];
  return [];
}

function applySetParam(world: World, event: SetParamEvent): void {
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
