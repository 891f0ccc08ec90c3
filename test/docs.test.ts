/**
 * The docs agree with the code: the README's tour works as written (its what-if YAML loads on top
 * of the baseline), and docs/MODEL.md's assumption ledger lists every parameter with the code's
 * default and a basis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLOUD_DEFAULTS, LAB_DEFAULTS, PARAM_DEFAULTS, POPULATION_DEFAULTS } from '../sim/scenario/defaults.js';
import { parseScenario } from '../sim/scenario/load.js';
import { BUILDER_TYPES } from '../sim/scenario/types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('parseScenario(the tour\'s what-if) extends the baseline and drops Anthropic\'s AWS events', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1].replace(/^ {3}/gm, '');
    expect(block).toBeDefined();
    const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
    const bundled = (name: string) => `scenarios/${name}.yaml`; // `extends: baseline` names the library
    const scenario = parseScenario(block!, 'my-what-if.yaml', read, [], { bundled });
    expect(scenario.name).toBe('anthropic-never-on-aws');
    const baseline = parseScenario(read('scenarios/baseline.yaml'), 'scenarios/baseline.yaml', read);
    const awsAnthropic = (events: typeof scenario.events) =>
      events.filter((e) => 'cloud' in e && 'lab' in e && e.cloud === 'aws' && e.lab === 'anthropic' && e.kind !== 'forbid');
    expect(awsAnthropic(baseline.events).length).toBeGreaterThan(0);
    expect(awsAnthropic(scenario.events)).toEqual([]);
    expect(scenario.events.some((e) => e.kind === 'forbid' && e.cloud === 'aws' && e.lab === 'anthropic')).toBe(true);
  });
});

/**
 * docs/MODEL.md's assumption ledger (section 8) has one row per parameter of the defaults and the
 * schema, with the code's default, a unit, a basis and a source; a new parameter without a row,
 * a stale row or a default that drifts from sim/scenario/defaults.ts fails here.
 */
describe('docs/MODEL.md assumption ledger', () => {
  const model = readFileSync(join(ROOT, 'docs/MODEL.md'), 'utf8');
  const schema = JSON.parse(readFileSync(join(ROOT, 'scenarios/schema.json'), 'utf8')) as {
    definitions: Record<string, { properties: Record<string, { properties?: Record<string, { properties?: Record<string, unknown> }> }> }>;
  };
  const BASES = ['evidence', 'calibrated', 'assumption', 'setting'];
  const IDENTITY = ['id', 'name'];

  /** Every parameter path with its default as the ledger writes it (types: developer / startup / enterprise). */
  function parameters(): Map<string, string> {
    const paths = new Map<string, string>();
    const add = (prefix: string, defaults: Record<string, unknown>, schemaKeys: string[]) => {
      for (const key of new Set([...Object.keys(defaults), ...schemaKeys])) {
        if (!IDENTITY.includes(key) && key !== 'types') paths.set(`${prefix}${key}`, String(defaults[key]));
      }
    };
    const defs = schema.definitions;
    add('clouds[].', CLOUD_DEFAULTS, Object.keys(defs.cloud.properties));
    add('labs[].', LAB_DEFAULTS, Object.keys(defs.lab.properties));
    add('population.', POPULATION_DEFAULTS as unknown as Record<string, unknown>, Object.keys(defs.population.properties));
    add('params.', PARAM_DEFAULTS as unknown as Record<string, unknown>, Object.keys(defs.params.properties));
    const typeKeys = new Set([
      ...BUILDER_TYPES.flatMap((t) => Object.keys(POPULATION_DEFAULTS.types[t])),
      ...BUILDER_TYPES.flatMap((t) => Object.keys(defs.population.properties.types.properties![t].properties ?? {})),
    ]);
    for (const key of typeKeys) {
      paths.set(`population.types.*.${key}`, BUILDER_TYPES.map((t) => String((POPULATION_DEFAULTS.types[t] as unknown as Record<string, unknown>)[key])).join(' / '));
    }
    return paths;
  }

  /** Rows of the ledger tables: first cell a `path`, then meaning, unit, default, basis, source, claim. */
  function ledger(): { path: string; cells: string[] }[] {
    const start = model.indexOf('## 8. Parameters');
    const end = model.indexOf('\n## ', start + 1);
    expect(start, 'MODEL.md has a section "## 8. Parameters"').toBeGreaterThan(0);
    return model.slice(start, end).split('\n')
      .filter((line) => /^\| `(clouds|labs|population|params)[.[]/.test(line))
      .map((line) => {
        const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
        return { path: cells[0].replace(/`/g, ''), cells };
      });
  }

  it('has exactly one row per parameter of sim/scenario/defaults.ts and scenarios/schema.json', () => {
    const rows = ledger().map((row) => row.path);
    const expected = [...parameters().keys()];
    expect(expected.length).toBeGreaterThan(80);
    expect(expected.filter((path) => !rows.includes(path)), 'parameters without a ledger row').toEqual([]);
    expect(rows.filter((path) => !expected.includes(path)), 'ledger rows of no parameter').toEqual([]);
    expect(rows.filter((path, i) => rows.indexOf(path) !== i), 'parameters with two rows').toEqual([]);
  });

  it('gives every row a meaning, unit, source, the code\'s default and a basis of evidence, calibrated, assumption or setting', () => {
    const defaults = parameters();
    for (const { path, cells } of ledger()) {
      const [, meaning, unit, value, basis, source] = cells;
      expect(cells.length, `${path}: 7 cells (parameter, meaning, unit, default, basis, source, claim)`).toBe(7);
      expect(meaning.length, `${path}: meaning`).toBeGreaterThan(3);
      expect(unit.length, `${path}: unit`).toBeGreaterThan(0);
      expect(BASES, `${path}: basis '${basis}'`).toContain(basis);
      if (basis === 'evidence' || basis === 'calibrated') expect(source.length, `${path}: an ${basis} row names its source`).toBeGreaterThan(5);
      const written = value.replace(/[,\s`]/g, '');
      expect(written, `${path}: default in MODEL.md vs sim/scenario/defaults.ts`).toBe(defaults.get(path)!.replace(/\s/g, ''));
    }
  });

  it('follows the ODD protocol\'s sections in order', () => {
    const headings = ['Purpose and patterns', 'Entities, state variables and scales', 'Process overview and scheduling',
      'Design concepts', 'Initialization', 'Input data', 'Submodels', 'Parameters: the assumption ledger'];
    const at = headings.map((h) => model.indexOf(`. ${h}\n`));
    expect(at.every((i) => i > 0), `missing: ${headings.filter((_, i) => at[i] < 0).join(', ')}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const concepts = ['Basic principles', 'Emergence', 'Adaptation', 'Objectives', 'Learning', 'Prediction', 'Sensing',
      'Interaction', 'Stochasticity', 'Collectives', 'Observation'];
    for (const concept of concepts) expect(model, `design concept ${concept}`).toContain(`- **${concept}.**`);
  });

  it('names the claim each submodel models', () => {
    const submodels = model.slice(model.indexOf('## 7. Submodels'), model.indexOf('## 8.')).split('\n### ').slice(1);
    expect(submodels.length).toBeGreaterThan(8);
    for (const section of submodels.filter((s) => !s.startsWith('7.10 Events'))) {
      expect(section.split('\n')[0], 'submodel heading names its claims').toMatch(/\(C\d(, C\d)*\)/);
    }
  });
});
