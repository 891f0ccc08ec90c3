/**
 * Semantic checks of a resolved scenario, beyond what the schema can say: ids unique and known,
 * dates inside the run, shares and weights summing to 1, `set_param` paths the engine knows.
 */
import { pathIssue, type Path, type PathIssue } from './errors.js';
import { sum } from './normalise.js';
import { describeSchema, fieldSchema, numberFits } from './schema.js';
import { parseSetParamPath, setParamSchemaPath } from './set-param.js';
import type { Scenario, ScenarioEvent } from './types.js';

const TOLERANCE = 1e-6;

/** Every semantic issue of `scenario` (events in file order, so paths match the file). */
export function semanticIssues(scenario: Scenario): PathIssue[] {
  const issues: PathIssue[] = [];
  const cloudIds = new Set(scenario.clouds.map((cloud) => cloud.id));
  const labIds = new Set(scenario.labs.map((lab) => lab.id));
  const list = (ids: Set<string>) => [...ids].map((id) => JSON.stringify(id)).join(', ');

  const seen = new Map<string, string>();
  for (const [listName, entities] of [['clouds', scenario.clouds], ['labs', scenario.labs]] as const) {
    entities.forEach((entity, i) => {
      const previous = seen.get(entity.id);
      if (previous) issues.push(pathIssue([listName, i, 'id'], `an id not already used (by ${previous})`, entity.id));
      else seen.set(entity.id, `${listName}[${i}]`);
    });
  }
  scenario.labs.forEach((lab, i) => {
    if (lab.owner !== null && !cloudIds.has(lab.owner)) issues.push(pathIssue(['labs', i, 'owner'], `a cloud id (${list(cloudIds)}) or null`, lab.owner));
  });
  if (scenario.start > scenario.end) issues.push(pathIssue(['end'], `a month not before start (${scenario.start})`, scenario.end));
  if (!scenario.labs.some((lab) => lab.active)) issues.push(pathIssue(['labs'], 'at least one lab with active: true', 'none'));

  const active = scenario.clouds.filter((cloud) => cloud.active);
  checkSum(issues, ['clouds'], 'narrativeShare of active clouds', active.map((cloud) => [cloud.id, cloud.narrativeShare]));
  checkSum(issues, ['clouds'], 'initialBuilderShare of active clouds (or all 0 for equal shares)', active.map((cloud) => [cloud.id, cloud.initialBuilderShare]));
  checkSum(issues, ['population', 'types'], 'fraction of builder types', Object.entries(scenario.population.types).map(([type, spec]) => [type, spec.fraction]));
  const { wL, wD, wE } = scenario.params;
  checkSum(issues, ['params'], 'wL + wD + wE', [['wL', wL], ['wD', wD], ['wE', wE]]);

  const eventIds = new Map<string, number>();
  scenario.events.forEach((event, i) => {
    const at = (key: string): Path => ['events', i, key];
    if (event.id !== undefined) {
      if (eventIds.has(event.id)) issues.push(pathIssue(at('id'), `an event id not already used (by events[${eventIds.get(event.id)}])`, event.id));
      else eventIds.set(event.id, i);
    }
    if (event.date < scenario.start || event.date > scenario.end) {
      issues.push(pathIssue(at('date'), `a month within the run (${scenario.start} to ${scenario.end})`, event.date));
    }
    const ref = (key: 'cloud' | 'lab', id: string | null) => {
      const ids = key === 'cloud' ? cloudIds : labIds;
      if (id !== null && !ids.has(id)) issues.push(pathIssue(at(key), `a ${key} id (${list(ids)})`, id));
    };
    if ('cloud' in event) ref('cloud', event.cloud);
    if ('lab' in event) ref('lab', event.lab);
    issues.push(...eventIssues(event, scenario, at));
  });
  issues.push(...lastExitIssues(scenario));
  return issues;
}

/**
 * An `exit` that would leave no cloud, or no lab, active (the market has no defined state then:
 * shares cannot sum to 1). Events replayed in date order, file order within a month.
 */
function lastExitIssues(scenario: Scenario): PathIssue[] {
  const active = new Set([...scenario.clouds, ...scenario.labs].filter((entity) => entity.active).map((entity) => entity.id));
  const kindOf = new Map<string, 'cloud' | 'lab'>([...scenario.clouds.map((c) => [c.id, 'cloud'] as const), ...scenario.labs.map((l) => [l.id, 'lab'] as const)]);
  const ordered = scenario.events.map((event, i) => ({ event, i })).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.i - b.i));
  for (const { event, i } of ordered) {
    if (event.kind !== 'enter' && event.kind !== 'exit') continue;
    if (event.kind === 'enter') active.add(event.entity);
    else active.delete(event.entity);
    const kind = kindOf.get(event.entity);
    if (kind && event.kind === 'exit' && ![...active].some((id) => kindOf.get(id) === kind)) {
      return [pathIssue(['events', i, 'entity'], `an exit that leaves at least one ${kind} active (this one would leave none)`, event.entity)];
    }
  }
  return [];
}

function eventIssues(event: ScenarioEvent, scenario: Scenario, at: (key: string) => Path): PathIssue[] {
  switch (event.kind) {
    case 'price_change':
      return (event.cloud === null) === (event.lab === null)
        ? [pathIssue(at('cloud'), 'exactly one of cloud and lab', { cloud: event.cloud, lab: event.lab })] : [];
    case 'forbid':
      return event.until !== null && event.until < event.date ? [pathIssue(at('until'), `a month not before the event's date (${event.date})`, event.until)] : [];
    case 'enter':
    case 'exit': {
      const entity = [...scenario.clouds, ...scenario.labs].find((candidate) => candidate.id === event.entity);
      if (!entity) return [pathIssue(at('entity'), 'the id of a lab or cloud of the scenario', event.entity)];
      if (event.kind === 'enter' && entity.active) return [pathIssue(at('entity'), 'a lab or cloud declared with active: false', event.entity)];
      return [];
    }
    case 'set_param':
      return setParamIssues(event.path, event.value, scenario, at);
    default:
      return [];
  }
}

function setParamIssues(path: string, value: number, scenario: Scenario, at: (key: string) => Path): PathIssue[] {
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

function checkSum(issues: PathIssue[], path: Path, what: string, entries: [string, number][]): void {
  const total = sum(entries.map(([, value]) => value));
  if (Math.abs(total - 1) <= TOLERANCE) return;
  const parts = entries.map(([name, value]) => `${name} ${value}`).join(', ');
  issues.push({ path, expected: `${what} summing to 1`, found: `${round(total)} (${parts})` });
}

function round(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}
