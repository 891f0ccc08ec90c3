/**
 * The generated blocks of docs/scenarios.md: headline results are the paired statistics of
 * sim/paired.ts, rendered as Markdown; blocks are replaced only between their markers; the
 * extends diff keeps what changes and drops the prose.
 */
import { describe, expect, it } from 'vitest';
import { readBlock, replaceBlock } from '../sim/experiments/doc-block.js';
import { renderDiff, scenarioDiff } from '../sim/experiments/scenario-diff.js';
import {
  decimalsFor, headlineResults, levelResults, metricKey, renderHeadline, renderLevels, type HeadlineMetric, type HeadlineProvenance,
} from '../sim/experiments/scenario-headlines.js';
import { summariseDifferences } from '../sim/paired.js';
import { EXCLUSIVITY_SCOPES, SUMMARY_METRICS, TIMESERIES_METRICS } from '../sim/output-dictionary.js';
import { CLOUD_METRICS, LAB_METRICS, POPULATION_METRICS } from '../sim/recorder.js';
import { bundledScenario } from '../sim/node/bundled-source.js';
import { SCENARIO_HEADLINES } from '../sim/experiments/scenario-headlines.js';

const share: HeadlineMetric = { label: 'Azure narrative share, Dec 2026', metric: 'narrative_share', entity: 'azure', year: 2026, unit: 'share' };
const money: HeadlineMetric = { label: 'Azure AI revenue 2016-2032', metric: 'cumulative_ai_revenue', entity: 'azure', year: null, unit: 'USD bn' };
const provenance: HeadlineProvenance = { runs: 200, agents: 20000, seed: 7, version: '0.1.0', commit: 'abc1234', date: '2026-11-26' };
const runs = (values: number[]) => new Map(values.map((v, run) => [run, v]));

describe('metricKey', () => {
  it('metricKey(a time-series metric) names its December; a summary metric has no date', () => {
    expect(metricKey(share)).toBe('narrative_share|azure|2026-12');
    expect(metricKey(money)).toBe('cumulative_ai_revenue|azure');
  });
});

describe('headlineResults', () => {
  const baseline = new Map([[metricKey(share), runs([0.2, 0.3, 0.25, 0.1])], [metricKey(money), runs([100, 120, 90, 80])]]);
  const scenario = new Map([[metricKey(share), runs([0.1, 0.25, 0.2, NaN])], [metricKey(money), new Map([[0, 150], [2, 95]])]]);

  it('headlineResults(...) pairs run i with run i and summarises the differences with sim/paired.ts', () => {
    const [a] = headlineResults([share], baseline, scenario);
    expect(a.difference).toEqual(summariseDifferences([0.1 - 0.2, 0.25 - 0.3, 0.2 - 0.25]));
    expect(a.baseline).toBeCloseTo(0.25, 12); // the NaN run is left out of both means
    expect(a.scenario).toBeCloseTo(0.55 / 3, 12);
  });

  it('headlineResults(...) uses only runs present on both sides', () => {
    const [, b] = headlineResults([share, money], baseline, scenario);
    expect(b.difference.n).toBe(2);
    expect(b.difference.mean).toBeCloseTo((50 + 5) / 2, 12);
  });

  it('headlineResults(...) of a metric missing on a side is NaN, not a throw', () => {
    const [r] = headlineResults([{ ...share, entity: 'nowhere' }], baseline, scenario);
    expect(r.difference.n).toBe(0);
    expect(r.difference.mean).toBeNaN();
  });

  it('levelResults(...) is the mean of the runs and its 95% CI', () => {
    const [r] = levelResults([money], baseline);
    expect(r.difference).toEqual(summariseDifferences([100, 120, 90, 80]));
  });
});

describe('decimalsFor', () => {
  it.each([[0.21, 3], [0.05, 4], [3.2, 2], [42, 1], [1500, 0], [0, 3], [NaN, 3], [1, 2], [10, 1], [0.1, 3], [0.01, 4], [1e-9, 6]])('decimalsFor(%s) = %s', (scale, decimals) => {
    expect(decimalsFor(scale)).toBe(decimals);
  });
});

describe('renderHeadline / renderLevels', () => {
  const result = {
    metric: share, baseline: 0.2134, scenario: 0.1501,
    difference: { n: 200, mean: -0.0633, se: 0.003, ciLow: -0.0692, ciHigh: -0.0574, signShare: 0.9 },
  };

  it('renderHeadline(...) labels the run count, population, seed and commit, and prints one signed row per metric', () => {
    const text = renderHeadline([result, { ...result, metric: money, baseline: 500, scenario: 620, difference: { ...result.difference, mean: 120, ciLow: 100.4, ciHigh: 139.6 } }], provenance);
    expect(text).toContain('**200 runs**, 20,000 builders, seed 7, model 0.1.0 at commit abc1234');
    expect(text).toContain('| Azure narrative share, Dec 2026 | share | 0.213 | 0.150 | -0.063 | -0.069 to -0.057 |');
    expect(text).toContain('| Azure AI revenue 2016-2032 | USD bn | 500 | 620 | +120 | +100 to +140 |');
  });

  it('renderHeadline(...) writes n/a for an undefined difference', () => {
    const text = renderHeadline([{ ...result, difference: summariseDifferences([]) }], provenance);
    expect(text).toContain('| n/a | n/a to n/a |');
  });

  it('renderLevels(...) prints the mean and its CI', () => {
    const text = renderLevels([{ ...result, difference: { ...result.difference, mean: 0.2134, ciLow: 0.2, ciHigh: 0.227 } }], provenance);
    expect(text).toContain('**200 runs**');
    expect(text).toContain('| Azure narrative share, Dec 2026 | share | 0.213 | 0.200 to 0.227 |');
  });
});

describe('replaceBlock / readBlock', () => {
  const doc = 'intro\n<!-- headline:a -->\nold a\n<!-- /headline:a -->\nmiddle\n<!-- headline:b -->\n<!-- /headline:b -->\nend\n';

  it('replaceBlock(doc, kind, name, body) changes only that block', () => {
    const next = replaceBlock(doc, 'headline', 'b', 'new b\n');
    expect(next).toBe('intro\n<!-- headline:a -->\nold a\n<!-- /headline:a -->\nmiddle\n<!-- headline:b -->\nnew b\n<!-- /headline:b -->\nend\n');
    expect(readBlock(next, 'headline', 'b')).toBe('new b');
    expect(readBlock(next, 'headline', 'a')).toBe('old a');
    expect(replaceBlock(next, 'headline', 'b', 'new b')).toBe(next); // idempotent
  });

  it('replaceBlock(...) refuses a missing, repeated or reversed block', () => {
    expect(() => replaceBlock(doc, 'headline', 'c', 'x')).toThrow(/no block <!-- headline:c -->/);
    expect(() => replaceBlock(doc + '<!-- headline:a -->\n', 'headline', 'a', 'x')).toThrow(/more than once/);
    expect(() => replaceBlock('<!-- /diff:a -->\n<!-- diff:a -->', 'diff', 'a', 'x')).toThrow(/closing marker comes first/);
    expect(readBlock(doc, 'headline', 'c')).toBeNull();
  });
});

describe('scenarioDiff', () => {
  it('scenarioDiff(file) keeps what changes, in file order, and drops names, references, notes and sources', () => {
    const text = scenarioDiff({
      extends: './baseline.yaml', name: 'x', description: 'd', references: ['https://a'],
      removeEvents: ['e1', 'e2'],
      events: [{ id: 'p', kind: 'policy', date: '2016-01', maxExclusivity: 'none', note: 'n', source: 'https://s' }],
      population: { routingP: 0.03 },
    });
    expect(text).toBe([
      'extends: ./baseline.yaml',
      'removeEvents:   # 2 baseline events',
      '  - e1',
      '  - e2',
      'events:',
      '  - { id: p, kind: policy, date: 2016-01, maxExclusivity: none }',
      'population: { routingP: 0.03 }',
    ].join('\n'));
  });
});

describe('SCENARIO_HEADLINES', () => {
  const names = (metrics: readonly (readonly [string, ...unknown[]])[]) => new Set(metrics.map(([name]) => name));
  const cloudMetrics = names(CLOUD_METRICS);
  const labMetrics = names(LAB_METRICS);
  const populationMetrics = names(POPULATION_METRICS);

  it.each(Object.entries(SCENARIO_HEADLINES))('%s: each headline reads an output the run writes, for an entity of that kind', (name, metrics) => {
    const scenario = bundledScenario(name, []);
    const clouds = new Set(scenario.clouds.map((c) => c.id));
    const labs = new Set(scenario.labs.map((l) => l.id));
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics) {
      if (m.year === null) {
        expect(SUMMARY_METRICS, m.label).toHaveProperty(m.metric);
        const entities = m.metric === 'traffic_under_scope' ? new Set<string>(EXCLUSIVITY_SCOPES) : m.metric === 'narrative_hhi' ? new Set(['all']) : clouds;
        expect(entities.has(m.entity), `${m.label}: ${m.entity}`).toBe(true);
      } else {
        expect(TIMESERIES_METRICS, m.label).toHaveProperty(m.metric);
        const entities = cloudMetrics.has(m.metric) ? clouds : labMetrics.has(m.metric) ? labs : new Set(['population']);
        if (!cloudMetrics.has(m.metric) && !labMetrics.has(m.metric)) expect(populationMetrics.has(m.metric), m.label).toBe(true);
        expect(entities.has(m.entity), `${m.label}: ${m.entity}`).toBe(true);
        expect(m.label, 'a December value says its year').toContain(`Dec ${m.year}`);
      }
    }
  });

  it('each headline\'s unit is its metric\'s unit in the output dictionary (same first word: share, USD, HHI, kGPU)', () => {
    for (const m of Object.values(SCENARIO_HEADLINES).flat()) {
      const entry = (m.year === null ? SUMMARY_METRICS : TIMESERIES_METRICS)[m.metric];
      expect(m.unit.split(' ')[0], m.label).toBe(entry.unit.split(' ')[0]);
    }
  });
});

describe('readBlock / replaceBlock: markers at the edges', () => {
  const open = '<!-- headline:a -->';
  const close = '<!-- /headline:a -->';

  it('readBlock() reads a block that opens the document, and is null without either marker or with them reversed', () => {
    expect(readBlock(`${open}\nx\n${close}`, 'headline', 'a')).toBe('x');
    expect(readBlock(`intro\n${close}\n`, 'headline', 'a')).toBeNull();
    expect(readBlock(`intro\n${open}\nx\n`, 'headline', 'a')).toBeNull();
    expect(readBlock(`${close}\n${open}\nx`, 'headline', 'a')).toBeNull();
    expect(readBlock(`a first line longer than the marker\n${close}\n`, 'headline', 'a')).toBeNull();
  });

  it('replaceBlock() replaces a block that opens the document and refuses a lone or repeated closing marker', () => {
    expect(replaceBlock(`${open}\nold\n${close}\nend`, 'headline', 'a', 'new')).toBe(`${open}\nnew\n${close}\nend`);
    expect(() => replaceBlock(`intro\n${close}\n`, 'headline', 'a', 'x')).toThrow(new Error(`no block ${open} ... ${close} in the document`));
    expect(() => replaceBlock(`intro\n${open}\n`, 'headline', 'a', 'x')).toThrow(new Error(`no block ${open} ... ${close} in the document`));
    expect(() => replaceBlock(`${open}\n${close}\n${close}\n`, 'headline', 'a', 'x')).toThrow(new Error(`block ${open} appears more than once`));
  });
});

describe('scenarioDiff / renderDiff: other keys and counts', () => {
  it('scenarioDiff() writes a list other than events and removeEvents on one line, and one removed event in the singular', () => {
    expect(scenarioDiff({ extends: './baseline.yaml', removeEvents: ['e1'], clouds: [{ id: 'x', capacity: 2 }] })).toBe([
      'extends: ./baseline.yaml',
      'removeEvents:   # 1 baseline event',
      '  - e1',
      'clouds: [ { id: x, capacity: 2 } ]',
    ].join('\n'));
  });

  it('renderDiff() lists the file\'s references, and no References heading when it has none', () => {
    const withRefs = renderDiff({ extends: './baseline.yaml', references: ['https://a'] }, 'scenarios/x.yaml');
    expect(withRefs).toBe([
      'What `scenarios/x.yaml` changes on top of the baseline (notes and sources left out):', '', '```yaml', 'extends: ./baseline.yaml', '```',
      '', '**References.**', '', '- <https://a>',
    ].join('\n'));
    expect(renderDiff({ extends: './baseline.yaml' }, 'scenarios/x.yaml')).toBe(withRefs.split('\n').slice(0, 5).join('\n'));
  });
});

describe('headlineResults / renderHeadline / renderLevels: order, rounding and signs', () => {
  const result = (baseline: number, scenario: number, mean: number, ciLow: number, ciHigh: number) =>
    ({ metric: share, baseline, scenario, difference: { n: 3, mean, se: 1, ciLow, ciHigh, signShare: 1 } });

  it('headlineResults() takes the runs in run order whatever order they arrived in (float sums in a fixed order)', () => {
    const arrived = new Map([[2, -1e16], [0, 1e16], [1, 1]]);
    const [r] = headlineResults([share], new Map([[metricKey(share), arrived]]), new Map([[metricKey(share), new Map([[0, 0], [1, 0], [2, 0]])]]));
    expect(r.baseline).toBe(((1e16 + 1) - 1e16) / 3); // 0: run order; arrival order would give 1/3
  });

  it('renderHeadline() rounds a row by its larger level, baseline or scenario', () => {
    expect(renderHeadline([result(0.05, 5, 4.95, 4.9, 5)], provenance)).toContain('| 0.05 | 5.00 | +4.95 | +4.90 to +5.00 |');
  });

  it('a value that rounds to zero is written 0, without a sign, at any number of decimals', () => {
    expect(renderHeadline([result(0.2, 0.2, 0.0001, -0.0001, 0.0002)], provenance)).toContain('| 0.200 | 0.200 | 0.000 | 0.000 to 0.000 |');
    expect(renderLevels([result(0, 0, 1500, -0.3, 3000)], provenance)).toContain('| 1500 | 0 to 3000 |');
  });

  it('renderHeadline() and renderLevels() open with the provenance line, a blank line and the table\'s header', () => {
    const p = provenance;
    const tail = `**200 runs**, 20,000 builders, seed 7, model 0.1.0 at commit abc1234, 2026-11-26. Regenerate with \`npm run docs:scenarios\`.`;
    expect(renderHeadline([], p).split('\n')).toEqual([
      `Headline against the baseline (paired: run i of both has the same seed): ${tail}`, '',
      '| metric | unit | baseline | this scenario | difference | 95% CI |', '|---|---|--:|--:|--:|--:|',
    ]);
    expect(renderLevels([], p).split('\n')).toEqual([
      `Headline (mean over runs and its 95% CI): ${tail}`, '', '| metric | unit | mean | 95% CI |', '|---|---|--:|--:|',
    ]);
  });
});
