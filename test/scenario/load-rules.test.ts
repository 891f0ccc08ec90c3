/**
 * Tests of sim/scenario/load.ts's rules one by one: `extends` targets (bundled names with
 * did-you-mean, paths by extension, anything else refused unread), cycles, `removeEvents` without
 * `extends`, custom tags and alias bombs, an object validated without a file, the size checks
 * after defaults, and the POSIX-style path helpers.
 */
import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_NAME, SCENARIO_EXTENSION, dirname, joinPath, parseScenario, parseYaml, validateScenarioObject } from '../../sim/scenario/load.js';
import { memoryFiles, scenarioError } from './helpers.js';

const WHOLE = 'name: x\nstart: 2018-01\nend: 2018-12\nclouds: [{ id: a, name: A, narrativeShare: 1 }]\nlabs: [{ id: b, name: B }]\n';
const files = memoryFiles({ 'lib/baseline.yaml': WHOLE, 'dir/base.yml': WHOLE, 'dir/layer.JSON': JSON.stringify({ params: { lambda: 0.3 } }) });
const options = { bundled: (name: string) => (name === 'baseline' ? 'lib/baseline.yaml' : undefined), bundledNames: () => ['baseline', 'no-exclusivity'] };
const issuesOf = (run: () => unknown) => scenarioError(run).format().split('\n');

describe('parseScenario(text) extends targets', () => {
  it('resolves a bundled name through options.bundled, and a path to .yml or .json (any case) relative to the file', () => {
    expect(parseScenario('extends: baseline\nname: c\n', 'dir/c.yaml', files, [], options).name).toBe('c');
    expect(parseScenario('extends: base.yml\n', 'dir/c.yaml', files, [], options).start).toBe('2018-01');
    expect(parseScenario(`extends: layer.JSON\n${WHOLE}`, 'dir/c.yaml', files).params.lambda).toBe(0.3);
  });

  it('names an unknown bundled name with the closest bundled one, or without a suggestion when none is close', () => {
    expect(issuesOf(() => parseScenario('extends: baselin\n', 'c.yaml', files, [], options)))
      .toEqual(['c.yaml: extends: expected a bundled scenario name (did you mean "baseline"?) or a path to a .yaml file, found "baselin"']);
    expect(issuesOf(() => parseScenario('extends: zzz\n', 'c.yaml', files, [], { bundled: options.bundled })))
      .toEqual(['c.yaml: extends: expected a bundled scenario name or a path to a .yaml file, found "zzz"']);
  });

  it('asks options.bundled only about a bare name, never about a path', () => {
    const bundled = vi.fn(() => undefined);
    expect(issuesOf(() => parseScenario('extends: lib/baseline\n', 'c.yaml', files, [], { bundled })))
      .toEqual(['c.yaml: extends: expected a bundled scenario name like "baseline", or a path to a .yaml, .yml or .json scenario file, found "lib/baseline"']);
    expect(bundled).not.toHaveBeenCalled();
    expect(parseScenario('extends: lib/baseline.yaml\nname: c\n', 'c.yaml', files, [], { bundled }).name).toBe('c');
    expect(bundled).not.toHaveBeenCalled();
  });

  it('refuses, unread, a bare name when there is no bundled library and a file that is no scenario file', () => {
    const readFile = vi.fn(files);
    for (const target of ['baseline', 'notes.txt', 'base.yaml.bak']) {
      expect(issuesOf(() => parseScenario(`extends: ${target}\n`, 'c.yaml', readFile))).toEqual([
        `c.yaml: extends: expected a bundled scenario name like "baseline", or a path to a .yaml, .yml or .json scenario file, found "${target}"`,
      ]);
    }
    expect(readFile).not.toHaveBeenCalled();
  });

  it('BUNDLED_NAME is a whole name of letters, digits and inner hyphens; SCENARIO_EXTENSION a whole extension', () => {
    expect(['baseline', 'No-Exclusivity', '2024'].filter((name) => BUNDLED_NAME.test(name))).toHaveLength(3);
    expect(['-x', 'a/b', 'a.yaml', 'a b', 'x-'].map((name) => BUNDLED_NAME.test(name))).toEqual([false, false, false, false, true]);
    expect(['a.yaml', 'a.YML', 'a.json'].every((name) => SCENARIO_EXTENSION.test(name))).toBe(true);
    expect(['a.yaml.txt', 'a.jsonl', 'yaml', 'a.yam'].some((name) => SCENARIO_EXTENSION.test(name))).toBe(false);
  });

  it('names a cycle from the file that closes it, listing only the files in the loop', () => {
    const loop = memoryFiles({ 'b.yaml': 'extends: c.yaml\n', 'c.yaml': 'extends: b.yaml\n', 'self.yaml': 'extends: self.yaml\n' });
    expect(issuesOf(() => parseScenario('extends: b.yaml\n', 'a.yaml', loop)))
      .toEqual(['c.yaml: extends: expected a chain of extends without a cycle, found b.yaml -> c.yaml -> b.yaml']);
    expect(issuesOf(() => parseScenario('extends: self.yaml\n', 'self.yaml', loop)))
      .toEqual(['self.yaml: extends: expected a chain of extends without a cycle, found self.yaml -> self.yaml']);
  });

  it('names removeEvents in a file that extends nothing', () => {
    expect(issuesOf(() => parseScenario(`${WHOLE}removeEvents: [a]\n`, 'x.yaml', files)))
      .toEqual(['x.yaml: removeEvents: expected removeEvents only in a scenario that extends another, found ["a"]']);
  });
});

describe('parseYaml(text, file) on hostile YAML', () => {
  it('names a duplicate key without its quotes or the spaces before its colon', () => {
    expect(issuesOf(() => parseYaml('"name": 1\n"name": 2\n', 'x.yaml'))).toEqual(['x.yaml: line 2, column 1: expected each key once in a mapping, found a second "name"']);
    expect(issuesOf(() => parseYaml("'seed' : 1\nseed : 2\n", 'x.yaml'))).toEqual(['x.yaml: line 2, column 1: expected each key once in a mapping, found a second "seed"']);
  });

  it('names a syntax error with the text of its line and the parser\'s reason, first word in lower case, without its position', () => {
    expect(issuesOf(() => parseYaml('a:\n  - 1\n b: 2\n', 'x.yaml')))
      .toEqual(['x.yaml: line 3, column 1: expected valid YAML, found " b: 2" (all mapping items must start at the same column)']);
    expect(issuesOf(() => parseYaml('a: "abc', 'x.yaml'))).toEqual(['x.yaml: line 1, column 8: expected valid YAML, found "a: \\"abc" (missing closing "quote)']);
  });

  it('takes a file with another parser warning (an unknown directive) as it is', () => {
    expect(parseYaml('%FOO bar\n---\na: 1\n', 'x.yaml')).toEqual({ a: 1 });
  });

  it('names a custom tag at its line and column', () => {
    expect(issuesOf(() => parseYaml('name: x\nseed: !evil 3\n', 'x.yaml'))).toEqual(['x.yaml: line 2, column 7: expected plain YAML (no custom tags), found "!evil"']);
  });

  it('allows some aliases and names an alias bomb (the parser counts their uses)', () => {
    const aliases = (n: number) => `a: &a 1\nb: [${Array(n).fill('*a').join(', ')}]\n`;
    expect((parseYaml(aliases(500), 'x.yaml') as { b: number[] }).b).toEqual(Array(500).fill(1));
    expect(scenarioError(() => parseYaml(aliases(1500), 'x.yaml')).issues)
      .toEqual([{ file: 'x.yaml', path: '', expected: 'YAML aliases used at most 1000 times in all', found: 'more (an alias bomb?)' }]);
  });

  it('names an alias to no anchor, and an alias that contains itself, as the whole file\'s issue', () => {
    expect(scenarioError(() => parseYaml('a: *nope\n', 'x.yaml')).issues)
      .toEqual([{ file: 'x.yaml', path: '', expected: 'valid YAML', found: '"Unresolved alias (the anchor must be set before the alia...' }]);
    expect(scenarioError(() => parseYaml('a: &x [ *x ]\n', 'x.yaml')).issues).toEqual([
      { file: 'x.yaml', path: `a${'[0]'.repeat(31)}`, expected: 'mappings and lists nested at most 32 deep', found: 'deeper nesting' },
    ]);
  });

  it('names a file that is too large before parsing it', () => {
    expect(scenarioError(() => parseYaml(`# ${'x'.repeat(1_000_000)}`, 'x.yaml')).issues[0]).toMatchObject({ file: 'x.yaml', path: '', found: '1000002 characters' });
  });

  it('names a prototype key of the parsed data at its path', () => {
    expect(issuesOf(() => parseYaml('params:\n  constructor: 1\n', 'x.yaml')))
      .toEqual(['x.yaml: params.constructor: expected a scenario key (__proto__, constructor and prototype are refused), found "constructor"']);
  });
});

describe('validateScenarioObject(raw, file)', () => {
  const raw = { name: 'x', start: '2018-01', end: '2018-12', clouds: [{ id: 'a', name: 'A', narrativeShare: 1 }], labs: [{ id: 'b', name: 'B' }] };

  it('resolves a whole object with defaults', () => {
    expect(validateScenarioObject(raw, 'inline')).toMatchObject({ name: 'x', seed: 1, runs: 1, events: [] });
  });

  it('names an extends (there is no file to resolve it against), a non-mapping and a schema issue at the given file', () => {
    expect(issuesOf(() => validateScenarioObject({ ...raw, extends: 'baseline' }, 'inline')))
      .toEqual(['inline: extends: expected no extends (there is no file to resolve it against), found "baseline"']);
    expect(issuesOf(() => validateScenarioObject([raw], 'inline'))).toEqual([expect.stringMatching(/^inline: expected a mapping, found \[/)]);
    expect(issuesOf(() => validateScenarioObject({ ...raw, seed: 'one' }, 'inline'))).toEqual(['inline: seed: expected an integer between 0 and 4294967295, found "one"']);
  });

  it('names the fields a layer lacks, then sizes, then semantics, each stage on its own', () => {
    expect(issuesOf(() => validateScenarioObject({ params: { lambda: 0.2 } }, 'inline'))).toHaveLength(5);
    expect(issuesOf(() => validateScenarioObject({ ...raw, end: '2118-12' }, 'inline')))
      .toEqual(['inline: end: expected a run of at most 1200 months from start (2018-01), found "2118-12" (1212 months)']);
  });
});

describe('dirname(path) and joinPath(base, relative)', () => {
  it('dirname() is the folder before the last slash, / for the root, \'\' for none', () => {
    expect(dirname('scenarios/a.yaml')).toBe('scenarios');
    expect(dirname('scenarios/what-if/a.yaml')).toBe('scenarios/what-if');
    expect(dirname('a.yaml')).toBe('');
    expect(dirname('/a.yaml')).toBe('/');
    expect(dirname('/srv/a.yaml')).toBe('/srv');
    expect(dirname('dir\\a.yaml')).toBe('dir');
  });

  it('joinPath() resolves . and .. against the base, keeps leading .. of a relative path, and stops at the root', () => {
    expect(joinPath('scenarios/x', '../b.yaml')).toBe('scenarios/b.yaml');
    expect(joinPath('', 'a.yaml')).toBe('a.yaml');
    expect(joinPath('a', './b/./c.yaml')).toBe('a/b/c.yaml');
    expect(joinPath('a', '../../b.yaml')).toBe('../b.yaml');
    expect(joinPath('..', '../y.yaml')).toBe('../../y.yaml');
    expect(joinPath('/a', '../../b.yaml')).toBe('/b.yaml');
    expect(joinPath('/', 'a.yaml')).toBe('/a.yaml');
    expect(joinPath('base', '/abs/c.yaml')).toBe('/abs/c.yaml');
    expect(joinPath('a\\b', '..\\c.yaml')).toBe('a/c.yaml');
    expect(joinPath('a//b', 'c.yaml')).toBe('a/b/c.yaml');
  });
});
