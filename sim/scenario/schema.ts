/**
 * The scenario JSON Schema (`scenarios/schema.json`) as data: find the schema of a field by its
 * path, and say in words what it expects (`a number >= 0`, `one of "none", "rofr"`). Used to
 * phrase validation errors, to check `--set` paths and `set_param` values.
 */
import schemaJson from '../../scenarios/schema.json' with { type: 'json' };
import { editDistance } from './closest.js';
import type { Path } from './errors.js';

/** The subset of JSON Schema that `scenarios/schema.json` uses. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  title?: string;
  description?: string;
}

export const scenarioSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

const MONTH_PATTERN = scenarioSchema.properties!.start.pattern;
const ID_PATTERN = scenarioSchema.definitions.cloud.properties!.id.pattern;

/** Follows a `#/definitions/x` reference. */
export function resolveRef(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  return scenarioSchema.definitions[node.$ref.replace('#/definitions/', '')];
}

/**
 * The schema of the value at `path` in `data` (a scenario object), or undefined when the schema
 * has no such field. Events resolve to the schema of their `kind`.
 */
export function fieldSchema(path: Path, data: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = scenarioSchema;
  let value = data;
  for (const segment of path) {
    node = resolveRef(node);
    if (node === scenarioSchema.definitions.event) node = eventSchema(value);
    if (typeof segment === 'number') node = node.items;
    else node = node.properties?.[segment];
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
    if (!node) return undefined;
  }
  node = resolveRef(node);
  return node === scenarioSchema.definitions.event ? eventSchema(value) : node;
}

function eventSchema(event: unknown): SchemaNode {
  const kind = isRecord(event) ? event.kind : undefined;
  return scenarioSchema.definitions[`event_${String(kind)}`] ?? scenarioSchema.definitions.event;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number', integer: 'an integer', string: 'a string', boolean: 'true or false',
  null: 'null', object: 'a mapping', array: 'a list',
};

/** What `node` expects, in words: `a number >= 0`, `a month "YYYY-MM"`, `one of "none", "rofr"`. */
export function describeSchema(node: SchemaNode | undefined): string {
  if (!node) return 'a valid value';
  node = resolveRef(node);
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  const types = node.type === undefined ? ['object'] : Array.isArray(node.type) ? node.type : [node.type];
  return types.map((type) => describeType(type, node)).join(' or ');
}

function describeType(type: string, node: SchemaNode): string {
  const word = TYPE_WORDS[type] ?? `a ${type}`;
  if (type === 'number' || type === 'integer') return `${word}${describeBounds(node)}`;
  if (type === 'string' && node.title) return `a ${node.title}`;
  if (type === 'string' && node.pattern === MONTH_PATTERN) return 'a month "YYYY-MM"';
  if (type === 'string' && node.pattern === ID_PATTERN) return 'an id of lowercase letters, digits and "-"';
  if (type === 'string' && node.minLength) return 'a non-empty string';
  if (type === 'array' && node.maxItems !== undefined) return `a list of ${node.minItems ?? 0} to ${node.maxItems} items`;
  return word;
}

function describeBounds(node: SchemaNode): string {
  const { minimum: min, maximum: max, exclusiveMinimum: xmin, exclusiveMaximum: xmax } = node;
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`>= ${min}`);
  if (xmin !== undefined) parts.push(`> ${xmin}`);
  if (max !== undefined) parts.push(`<= ${max}`);
  if (xmax !== undefined) parts.push(`< ${xmax}`);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}

/** Whether a number satisfies the type and bounds of `node` (for `set_param` values). */
export function numberFits(node: SchemaNode, value: number): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (!types.includes('number') && !types.includes('integer')) return false;
  if (!types.includes('number') && !Number.isInteger(value)) return false;
  if (!Number.isFinite(value)) return false;
  if (node.minimum !== undefined && value < node.minimum) return false;
  if (node.maximum !== undefined && value > node.maximum) return false;
  if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) return false;
  if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) return false;
  return true;
}

/** `a known key (did you mean "autonomy"?)`, or the list of known keys when none is close. */
export function knownKeyText(key: string, known: string[]): string {
  const close = known
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0];
  if (close) return `a known key (did you mean ${JSON.stringify(close.candidate)}?)`;
  return `one of the keys ${known.join(', ')}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
