/**
 * `extends` inheritance on raw scenario objects: mappings deep-merged, scalars and other lists
 * overridden; clouds and labs merged by `id`; events inherited minus `removeEvents`, then the
 * child's appended; references concatenated without duplicates.
 */
import { didYouMean } from './closest.js';
import { ScenarioError, describeFound, throwIfAny, type Issue } from './errors.js';
import type { Origins } from './origins.js';
import { isRecord } from './schema.js';

export type RawObject = Record<string, unknown>;

/**
 * `child` (from `file`) merged over `parent`; neither is modified. Records in `origins` where each
 * merged part came from. Throws a ScenarioError for an id in `removeEvents` the parent lacks.
 */
export function mergeScenario(parent: RawObject, child: RawObject, file: string, origins: Origins): RawObject {
  const merged = structuredClone(parent);
  for (const [key, value] of Object.entries(structuredClone(child))) {
    if (key === 'extends' || key === 'removeEvents' || key === 'events') continue;
    if (key === 'clouds' || key === 'labs') mergeEntities(merged, key, value as RawObject[], file, origins);
    else if (key === 'references') merged.references = unique([...asList(merged.references), ...asList(value)]);
    else {
      merged[key] = deepMerge(merged[key], value);
      origins.record([key], value, { file, path: [key] });
    }
  }
  mergeEvents(merged, child, file, origins);
  return merged;
}

function mergeEntities(merged: RawObject, key: 'clouds' | 'labs', entries: RawObject[], file: string, origins: Origins): void {
  throwIfAny(duplicateIds(key, entries, file));
  const list = asList(merged[key]) as RawObject[];
  entries.forEach((entry, j) => {
    let i = list.findIndex((existing) => existing.id === entry.id);
    if (i < 0) i = list.push({}) - 1;
    list[i] = deepMerge(list[i], entry) as RawObject;
    origins.record([key, i], entry, { file, path: [key, j] });
  });
  merged[key] = list;
}

/** All the ids when there are few, else the closest (` (did you mean "a"?)`), else how many there are. */
function inheritedHint(id: unknown, known: string[]): string {
  if (known.length === 0) return ' (none has an id)';
  if (known.length <= 6) return ` (${known.map((k) => JSON.stringify(k)).join(', ')})`;
  return (typeof id === 'string' ? didYouMean(id, known, 3) : '') || ` (one of the parent's ${known.length} event ids)`;
}

/** Two entries of one file with the same id: reported, not merged into one. */
function duplicateIds(key: string, entries: RawObject[], file: string): Issue[] {
  const first = new Map<unknown, number>();
  const issues: Issue[] = [];
  entries.forEach((entry, j) => {
    const i = first.get(entry.id);
    if (i === undefined) first.set(entry.id, j);
    else issues.push({ file, path: `${key}[${j}].id`, expected: `an id not already used in this file (by ${key}[${i}])`, found: describeFound(entry.id) });
  });
  return issues;
}

function mergeEvents(merged: RawObject, child: RawObject, file: string, origins: Origins): void {
  const inherited = asList(merged.events) as RawObject[];
  const inheritedIds = new Set(inherited.map((event) => event.id));
  const remove = asList(child.removeEvents) as string[];
  const issues: Issue[] = [];
  remove.forEach((id, k) => {
    if (inheritedIds.has(id)) return;
    const known = [...inheritedIds].filter((known): known is string => typeof known === 'string');
    const expected = `the id of an inherited event${inheritedHint(id, known)}`;
    issues.push({ file, path: `removeEvents[${k}]`, expected, found: describeFound(id) });
  });
  if (issues.length) throw new ScenarioError(issues);

  const kept = inherited
    .map((event, i) => ({ event, origin: origins.originOf(['events', i]) }))
    .filter(({ event }) => !remove.includes(event.id as string));
  const added = structuredClone(asList(child.events)) as RawObject[];
  origins.forget('events');
  kept.forEach(({ origin }, i) => origins.record(['events', i], undefined, origin, false));
  added.forEach((event, j) => origins.record(['events', kept.length + j], event, { file, path: ['events', j] }, false));
  const events = [...kept.map(({ event }) => event), ...added];
  if (events.length || 'events' in merged) merged.events = events;
}

/** `b` over `a`: mappings merged key by key, anything else replaced by `b`. */
export function deepMerge(a: unknown, b: unknown): unknown {
  if (!isRecord(a) || !isRecord(b)) return b;
  const out: RawObject = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = deepMerge(a[key], value);
  return out;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
