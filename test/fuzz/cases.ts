/**
 * Hostile scenario cases for the fuzz tests (fast-check arbitraries): a library scenario, shrunk
 * to a small population, then mutated (deleted keys, wrong types, extreme and non-finite numbers,
 * bad dates, duplicate ids, hostile `extends`, long strings, prototype keys, schema corners), or
 * replaced by hostile text (YAML bombs, tags, deep nesting), plus odd `--set` overrides.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { fieldSchema, resolveRef } from '../../sim/scenario/schema.js';
import { ROOT } from '../cli/stormoff.js';

/** One case: the text of `case.yaml` and the `--set` overrides to load it with. */
export interface FuzzCase {
  text: string;
  sets: string[];
}

const LIBRARY = join(ROOT, 'scenarios');
const BASES = readdirSync(LIBRARY).filter((file) => file.endsWith('.yaml')).sort();
const raws = new Map(BASES.map((file) => [file, parse(readFileSync(join(LIBRARY, file), 'utf8')) as Record<string, unknown>]));

type Path = (string | number)[];

/** Every path in `value` (keys and indices), parents before children. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node?.[segment] as Record<string | number, unknown>;
  return typeof node === 'object' && node !== null ? node : undefined;
}

const LONG = 'x'.repeat(20_000);
const HOSTILE_VALUES: unknown[] = [
  null, true, 'x', '', -1, 0, 1, 0.5, 1e308, -1e308, 5e-324, Infinity, -Infinity, NaN, 1e12, 2 ** 53, [], {}, [1, 2],
  { a: 1 }, LONG, '2016-13', '9999-12', '1900-01', '2016-1', '=cmd|calc', '__proto__', 'aws', 'openai', 12.5,
];
const HOSTILE_EXTENDS = [
  '/dev/zero', '/etc/passwd', '/proc/self/environ', 'pipe.yaml', 'folder.yaml', 'big.yaml', 'case.yaml',
  '../../../../../etc/passwd', '..\\..\\..\\x.yaml', 'nope.yaml', 'baselin', 'baseline', '.', '', 'no-exclusivity',
];
const HOSTILE_TEXTS = [
  'a: &a [' + '"' + 'x'.repeat(10_000) + '", ' + '"y"]\n' + 'b: [' + Array(900).fill('*a').join(', ') + ']\n',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
  '['.repeat(20_000) + ']'.repeat(20_000), 'name: !!js/function "x"\n', 'name: !custom x\n', '', '[]\n', '"just a string"\n',
  '\u0000\u0001\u0002binary', 'name: ' + 'n'.repeat(1_000_000) + '\n', '{a: 1, a: 2}\n', '%YAML 9.9\n---\na: 1\n',
  'a:\n' + Array.from({ length: 200 }, (_, i) => ' '.repeat(i + 1) + 'b:').join('\n') + ' 1\n',
];
const SETS = [
  'params.lambda=0.3', 'params.lambda=abc', 'params.lamda=0.3', '__proto__={params: {lambda: 0.9}}',
  'population.types.__proto__={x: 1}', 'labs.nope.autonomy=1', 'labs[99].voice=1', 'params.capabilityTheta=1e6',
  'population.agents=1e12', 'x', '=', 'params.=1', 'labs.openai.constructor=1', `name=${'n'.repeat(300)}`,
  'events=[]', 'clouds=[]', 'labs=[]', 'params={}', 'population.agents=-5', 'params.consumerSharpness=1000',
  'end=2900-01', 'start=1000-01', 'runs=100000', 'params.lambda=.nan', 'params.lambda=.inf', 'seed=-1',
  'population.agents=1', 'labs[0].id=aws', 'clouds[0].active=false', 'prototype.x=1',
];

type Mutation = (raw: Record<string, unknown>) => void;

const setAt = (pick: number, value: unknown): Mutation => (raw) => {
  const all = paths(raw);
  const path = all[pick % all.length];
  const parent = parentOf(raw, path);
  if (parent) parent[path[path.length - 1]] = structuredClone(value);
};
const deleteAt = (pick: number): Mutation => (raw) => {
  const all = paths(raw);
  const path = all[pick % all.length];
  const parent = parentOf(raw, path);
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
  else if (parent) delete parent[path[path.length - 1]];
};
/** A numeric field set to a corner of its schema (minimum, maximum, just inside an exclusive bound). */
const corner = (pick: number, which: number): Mutation => (raw) => {
  const numeric = paths(raw).filter((path) => typeof (parentOf(raw, path) as Record<string, unknown>)?.[path[path.length - 1]] === 'number');
  if (numeric.length === 0) return;
  const path = numeric[pick % numeric.length];
  const node = resolveRef(fieldSchema(path, raw) ?? {});
  const bounds = [node.minimum, node.maximum, node.exclusiveMinimum === undefined ? undefined : node.exclusiveMinimum + 1e-9, node.exclusiveMaximum === undefined ? undefined : node.exclusiveMaximum - 1e-9]
    .filter((b): b is number => b !== undefined);
  if (bounds.length) parentOf(raw, path)![path[path.length - 1]] = bounds[which % bounds.length];
};
const duplicateEntity = (key: 'labs' | 'clouds', pick: number): Mutation => (raw) => {
  const list = raw[key];
  if (Array.isArray(list) && list.length) list.push(structuredClone(list[pick % list.length]));
};
const hostileExtends = (pick: number): Mutation => (raw) => {
  raw.extends = HOSTILE_EXTENDS[pick % HOSTILE_EXTENDS.length];
};
const prototypeKey = (pick: number): Mutation => (raw) => {
  const target = pick % 2 === 0 ? raw : ((raw.params ??= {}) as Record<string, unknown>);
  Object.defineProperty(target, ['__proto__', 'constructor', 'prototype'][pick % 3], { value: { lambda: 0.9 }, enumerable: true, configurable: true, writable: true });
};

const pick = fc.nat({ max: 100_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.tuple(pick, fc.constantFrom(...HOSTILE_VALUES)).map(([p, v]) => setAt(p, v)), weight: 5 },
  { arbitrary: pick.map(deleteAt), weight: 3 },
  { arbitrary: fc.tuple(pick, pick).map(([p, w]) => corner(p, w)), weight: 4 },
  { arbitrary: fc.tuple(fc.constantFrom('labs' as const, 'clouds' as const), pick).map(([k, p]) => duplicateEntity(k, p)), weight: 1 },
  { arbitrary: pick.map(hostileExtends), weight: 1 },
  { arbitrary: pick.map(prototypeKey), weight: 1 },
);

/** A mutated library scenario, or hostile text; with 0–2 `--set`s. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  base: fc.constantFrom(...BASES),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
  text: fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 1 }),
  sets: fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 2 }, { arbitrary: fc.array(fc.constantFrom(...SETS), { minLength: 1, maxLength: 2 }), weight: 1 }),
}).map(({ base, mutations, text, sets }) => {
  if (text !== null) return { text, sets };
  const raw = structuredClone(raws.get(base)!);
  raw.population = { ...(raw.population as object), agents: 300 }; // keep each run fast
  for (const apply of mutations) apply(raw);
  return { text: stringify(raw, { aliasDuplicateObjects: false }), sets };
});
