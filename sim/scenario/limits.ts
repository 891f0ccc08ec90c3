/**
 * Input bounds, checked before any work: a scenario's text size and bracket nesting before it is
 * parsed, then its parsed data (depth, string lengths, list lengths, expanded size with YAML
 * aliases counted each time they are used, prototype keys), then the resolved scenario's span of
 * months and population memory. A hostile file gets a message with the limit, never a hang.
 */
import { describeFound, type Issue, type Path, type PathIssue } from './errors.js';

/** The limits; each message quotes the one it hit. */
export const LIMITS = {
  /** Bytes of one scenario file (the baseline is ~50 kB). */
  fileBytes: 1_000_000,
  /** Nesting of mappings and lists. */
  depth: 32,
  /** Characters of any string (a description is a paragraph). */
  stringLength: 10_000,
  /** Characters of the scenario name (it is on every CSV row). */
  nameLength: 200,
  /** Items of any list, events included. */
  listLength: 10_000,
  /** Strings' characters plus values, counted with every alias expanded. */
  expandedSize: 4_000_000,
  /** Months from start to end (100 years). */
  months: 1_200,
  /** Bytes the population's per-agent arrays may take (1 GiB). */
  populationBytes: 2 ** 30,
  /** Clouds, and labs, in one scenario. */
  entities: 64,
  /** Largest magnitude of any number but the seed: keeps every product the engine forms finite. */
  magnitude: 1e9,
  /** Runs of one scenario in one command (each run's recording is held until the files are written). */
  runs: 10_000,
} as const;

/** Keys that could reach an object's prototype; refused anywhere in a scenario or a `--set` path. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Issues of a scenario's text before parsing: its size, and flow brackets (`[[[...`) nested far
 * deeper than any scenario needs (the YAML parser runs out of memory on ~10^4 levels). Brackets in
 * prose count too, hence the generous margin over `LIMITS.depth`.
 */
export function textIssues(text: string, file: string): Issue[] {
  if (text.length > LIMITS.fileBytes) {
    return [{ file, path: '', expected: `a scenario file of at most ${LIMITS.fileBytes} characters`, found: `${text.length} characters` }];
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) depth++; // [ {
    else if ((c === 93 || c === 125) && depth > 0) depth--; // ] }
    if (depth > LIMITS.depth * 4) {
      const line = text.slice(0, i).split('\n').length;
      return [{ file, path: `line ${line}`, expected: `brackets nested at most ${LIMITS.depth} deep`, found: 'deeper nesting' }];
    }
  }
  return [];
}

/**
 * Issues of parsed data: nesting deeper than the limit, a string or list too long, a number
 * larger than `LIMITS.magnitude`, a prototype key, or more than `LIMITS.expandedSize` in all once aliases are expanded. Stops at the first
 * issue of size (the walk is bounded by the budget, so an alias bomb ends quickly).
 */
export function dataIssues(data: unknown): PathIssue[] {
  const issues: PathIssue[] = [];
  let budget = LIMITS.expandedSize;
  const walk = (value: unknown, path: Path): boolean => {
    budget -= 1;
    if (budget < 0) {
      issues.push({ path: [], expected: `a scenario of at most ${LIMITS.expandedSize} values and characters (YAML aliases count each time they are used)`, found: 'more' });
      return false;
    }
    if (typeof value === 'string') {
      budget -= value.length;
      const max = path.length === 1 && path[0] === 'name' ? LIMITS.nameLength : LIMITS.stringLength;
      if (value.length > max) issues.push({ path, expected: `a string of at most ${max} characters`, found: `${value.length} characters` });
      return budget >= 0 || walk(null, path); // an exhausted budget reports itself once
    }
    if (typeof value === 'number' && Math.abs(value) > LIMITS.magnitude && !(path.length === 1 && path[0] === 'seed')) {
      issues.push({ path, expected: `a number between -${LIMITS.magnitude} and ${LIMITS.magnitude}`, found: String(value) });
      return true;
    }
    if (typeof value !== 'object' || value === null) return true;
    if (path.length >= LIMITS.depth) {
      issues.push({ path, expected: `mappings and lists nested at most ${LIMITS.depth} deep`, found: 'deeper nesting' });
      return false;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.listLength) {
        issues.push({ path, expected: `a list of at most ${LIMITS.listLength} items`, found: `${value.length} items` });
        return false;
      }
      return value.every((item, i) => walk(item, [...path, i]));
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: [...path, key], expected: 'a scenario key (__proto__, constructor and prototype are refused)', found: JSON.stringify(key) });
        continue;
      }
      if (!walk((value as Record<string, unknown>)[key], [...path, key])) return false;
    }
    return true;
  };
  walk(data, []);
  return issues;
}

/** Months from `start` to `end` inclusive ("YYYY-MM" each). */
export function monthSpan(start: string, end: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return index(end) - index(start) + 1;
}

/** Bytes the population's per-agent arrays take (see population.ts: 4 one-byte fields, float32 preferences). */
export function populationBytes(agents: number, clouds: number, labs: number): number {
  return agents * (4 + 4 * (clouds + labs));
}

/** Issues of a resolved scenario's size: its span of months, its number of entities, its population's memory. */
export function sizeIssues(scenario: { start: string; end: string; runs: number; clouds: unknown[]; labs: unknown[]; population: { agents: number } }): PathIssue[] {
  const issues: PathIssue[] = [];
  if (scenario.runs > LIMITS.runs) issues.push({ path: ['runs'], expected: `at most ${LIMITS.runs} runs`, found: String(scenario.runs) });
  const months = monthSpan(scenario.start, scenario.end);
  if (months > LIMITS.months) issues.push({ path: ['end'], expected: `a run of at most ${LIMITS.months} months from start (${scenario.start})`, found: `${describeFound(scenario.end)} (${months} months)` });
  for (const key of ['clouds', 'labs'] as const) {
    if (scenario[key].length > LIMITS.entities) issues.push({ path: [key], expected: `at most ${LIMITS.entities} ${key}`, found: `${scenario[key].length}` });
  }
  const { agents } = scenario.population;
  const bytes = populationBytes(agents, scenario.clouds.length, scenario.labs.length);
  if (bytes > LIMITS.populationBytes) {
    const most = Math.floor(LIMITS.populationBytes / populationBytes(1, scenario.clouds.length, scenario.labs.length));
    issues.push({ path: ['population', 'agents'], expected: `at most ${most} agents with ${scenario.clouds.length} clouds and ${scenario.labs.length} labs (${LIMITS.populationBytes / 2 ** 30} GiB of agent memory)`, found: String(agents) });
  }
  return issues;
}

/** `--set` path segments that would reach a prototype, as issues naming the `--set`. */
export function forbiddenSegments(segments: Path, file: string, pathText: string): Issue[] {
  const bad = segments.find((segment) => FORBIDDEN_KEYS.has(String(segment)));
  if (bad === undefined) return [];
  return [{ file, path: pathText, expected: 'a scenario field (__proto__, constructor and prototype are refused)', found: JSON.stringify(bad) }];
}
