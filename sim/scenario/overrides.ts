/**
 * `--set path=value` overrides applied to a raw scenario before validation: `params.lambda=0.2`,
 * `labs.openai.autonomy=0.4` (an entity by id), `labs[0].voice=0.2` (by index). The value is read
 * as YAML (`0.2`, `true`, `null`, `aws`); a path the schema does not know is an error.
 */
import { parse } from 'yaml';
import { ScenarioError, describeFound, formatPath, type Issue, type Path } from './errors.js';
import { forbiddenSegments } from './limits.js';
import type { RawObject } from './merge.js';
import { fieldSchema, isRecord, knownKeyText, resolveRef } from './schema.js';

/**
 * `raw` with every `path=value` of `sets` applied (a copy; `raw` is not modified). Issues name
 * `file` (the CLI passes `--set`) and the path as typed. Calls
 * `onSet(path, set)` for each field set, so errors in its value can name the `--set`.
 * @example
 * applyOverrides(raw, ['params.lambda=0.2', 'labs.openai.autonomy=0.4'], '--set');
 */
export function applyOverrides(raw: RawObject, sets: readonly string[], file: string, onSet?: (path: Path, set: string) => void): RawObject {
  const result = structuredClone(raw);
  const issues: Issue[] = [];
  for (const set of sets) {
    const equals = set.indexOf('=');
    const pathText = equals < 0 ? set : set.slice(0, equals);
    const fail = (expected: string, found: string) => issues.push({ file, path: pathText, expected, found });
    if (equals < 0) {
      fail('path=value', describeFound(set));
      continue;
    }
    const segments = parsePath(pathText);
    if (!segments) {
      fail('a path like params.lambda, labs.openai.autonomy or labs[0].voice', describeFound(pathText));
      continue;
    }
    const forbidden = forbiddenSegments(segments, file, pathText);
    if (forbidden.length) {
      issues.push(...forbidden);
      continue;
    }
    let value: unknown;
    try {
      value = parse(set.slice(equals + 1));
    } catch {
      fail('a YAML value', describeFound(set.slice(equals + 1)));
      continue;
    }
    const path = setAt(result, segments, value, fail);
    if (path) onSet?.(path, pathText);
  }
  if (issues.length) throw new ScenarioError(issues);
  return result;
}

/** `labs[0].voice` -> `['labs', 0, 'voice']`; undefined when malformed. */
function parsePath(text: string): Path | undefined {
  const segments: (string | number)[] = [];
  const pattern = /(?:^|\.)([^.[\]]+)|\[(\d+)\]/y;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return pattern.lastIndex === text.length && segments.length > 0 ? segments : undefined;
}

/** Sets `value` at `segments`, creating missing mappings; returns the resolved path or undefined after `fail`. */
function setAt(root: RawObject, segments: Path, value: unknown, fail: (expected: string, found: string) => void): Path | undefined {
  const path: (string | number)[] = [];
  let container: unknown = root;
  for (let k = 0; k < segments.length; k++) {
    const node = fieldSchema(path, root);
    let segment = segments[k];
    if (Array.isArray(container)) {
      if (typeof segment === 'string') {
        const index = container.findIndex((entry) => isRecord(entry) && entry.id === segment);
        const ids = container.map((entry) => (isRecord(entry) ? JSON.stringify(entry.id) : '?')).join(', ');
        if (index < 0) return void fail(`an id in ${formatPath(path)} (${ids})`, JSON.stringify(segment));
        segment = index;
      }
      if (segment >= container.length) return void fail(`an index below ${container.length}`, String(segment));
    } else if (typeof segment === 'number' || !node?.properties?.[segment]) {
      const known = Object.keys(node?.properties ?? {});
      return void fail(known.length ? knownKeyText(String(segment), known) : 'a path to a scenario field', JSON.stringify(segment));
    }
    path.push(segment);
    const record = container as Record<string | number, unknown>;
    if (k === segments.length - 1) record[segment] = value;
    else if (record[segment] === undefined && resolveRef(node!.properties?.[segment] ?? {}).type === 'object') record[segment] = {};
    else if (typeof record[segment] !== 'object' || record[segment] === null) {
      return void fail(`a mapping or list at ${formatPath(path)}`, describeFound(record[segment]));
    }
    container = record[segment];
  }
  return path;
}
