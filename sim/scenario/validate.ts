/**
 * Checks a raw scenario object against `scenarios/schema.json` with ajv and turns ajv's errors
 * into our issues: `labs[2].autonomy: expected a number >= 0, found "high"`.
 */
import type { ErrorObject } from 'ajv';
import { describeFound, type Path, type PathIssue } from './errors.js';
import { describeSchema, fieldSchema, knownKeyText } from './schema.js';
import { scenarioValidator } from './schema-validator.js';

/** Schema issues of `data` (a parsed scenario file, or a merged one), [] when it is valid. */
export function schemaIssues(data: unknown): PathIssue[] {
  const validate = scenarioValidator();
  if (validate(data)) return [];
  const issues: PathIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const mapped = mapError(error, data);
    if (!mapped) continue;
    const key = `${mapped.path.join('.')}|${mapped.expected}`;
    if (!seen.has(key)) issues.push(mapped);
    seen.add(key);
  }
  return issues;
}

/** Fields every whole scenario needs (the schema lets a layer, the base of an `extends`, lack them all). */
const WHOLE_SCENARIO_FIELDS = ['name', 'start', 'end', 'clouds', 'labs'] as const;

/**
 * Issues for the fields a merged scenario lacks: a layer (params and population only, such as
 * scenarios/calibration/fitted.yaml) passes the schema as a file, but cannot be run on its own.
 * @example missingFieldIssues({ params: { alpha: 2 } }) // name, start, end, clouds, labs: found nothing
 */
export function missingFieldIssues(data: Record<string, unknown>): PathIssue[] {
  return WHOLE_SCENARIO_FIELDS.filter((key) => data[key] === undefined)
    .map((key) => ({ path: [key], expected: describeSchema(fieldSchema([key], data)), found: 'nothing' }));
}

function mapError(error: ErrorObject, data: unknown): PathIssue | undefined {
  const path = pointerToPath(error.instancePath);
  switch (error.keyword) {
    case 'if':
      return undefined; // the failing then/else branch reports its own errors
    case 'required': {
      const missing = [...path, (error.params as { missingProperty: string }).missingProperty];
      return { path: missing, expected: describeSchema(fieldSchema(missing, data)), found: 'nothing' };
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(fieldSchema(path, data)?.properties ?? {});
      return { path: [...path, key], expected: knownKeyText(key, known), found: `unknown key ${JSON.stringify(key)}` };
    }
    default: {
      const value = valueAt(data, path);
      const expected = error.keyword === 'minItems' && path.length === 1
        ? `at least one ${String(path[0]).replace(/s$/, '')}`
        : describeSchema(fieldSchema(path, data));
      return { path, expected, found: describeFound(value) };
    }
  }
}

/** `/labs/2/autonomy` -> `['labs', 2, 'autonomy']`. */
function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
