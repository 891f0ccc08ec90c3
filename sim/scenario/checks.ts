/**
 * Semantic checks of a resolved scenario, beyond what the schema can say: ids unique and known,
 * dates inside the run, shares and weights summing to 1; then each event kind's own checks (its
 * module in `sim/events/`).
 */
import { EVENT_KIND_LIST, eventKind } from '../events/index.js';
import { pathIssue, type Path, type PathIssue } from './errors.js';
import { sum } from './normalise.js';
import type { Scenario } from './types.js';

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
    issues.push(...eventKind(event.kind).check(event, { scenario, at }));
  });
  for (const kind of EVENT_KIND_LIST) issues.push(...(kind.checkScenario?.(scenario) ?? []));
  return issues;
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
