/**
 * Golden results: every library scenario, one fixed seed, a small population, its summary
 * metrics and a few dated points per cloud and lab, rounded to 3 significant figures and compared
 * with a file snapshot in test/output/golden/. Any change to results shows as a reviewed diff.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import type { Recording } from '../../sim/recording.js';
import { runScenario } from '../../sim/run.js';
import { summarize } from '../../sim/summary.js';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml')).sort();
const DATES = ['2019-12', '2023-12', '2026-12', '2032-12'];
const CLOUD_POINTS = ['narrative_share', 'ai_revenue', 'price', 'utilization', 'capacity', 'spend_share'];
const LAB_POINTS = ['compute_demand', 'compute_held', 'unmet_demand', 'funding', 'primary_cloud', 'exclusivity', 'traffic_share'];

/** `value` to 3 significant figures; NaN and null as `-`. */
function sig3(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '-';
  if (value === 0) return '0';
  return String(Number(value.toPrecision(3)));
}

function points(recording: Recording, metrics: string[], isCloud: boolean): string[] {
  const clouds = new Set(recording.series.filter((s) => s.metric === 'narrative_share').map((s) => s.entity));
  const index = DATES.map((date) => recording.dates.indexOf(date));
  return recording.series
    .filter((s) => metrics.includes(s.metric) && clouds.has(s.entity) === isCloud)
    .map((s) => `${s.entity}.${s.metric} ${index.map((i) => sig3(i < 0 ? null : s.values[i])).join(' ')}`);
}

function contractLines(recording: Recording): string[] {
  const invested = new Map<string, number>();
  for (const c of recording.contracts) invested.set(c.cloud, (invested.get(c.cloud) ?? 0) + c.investment);
  return [
    `contracts ${recording.contracts.length}`,
    ...[...invested].sort().map(([cloud, total]) => `${cloud}.investment_total ${sig3(total)}`),
  ];
}

/** The golden text of one run: summary rows, then points at DATES, then contract totals. */
function goldenText(recording: Recording): string {
  const summary = summarize(recording).map((r) => `${r.metric} ${r.entity || '-'} ${sig3(r.value)}`);
  return [
    `# ${recording.key.scenario} seed ${recording.key.seed}; points at ${DATES.join(' ')}`,
    ...summary, ...points(recording, CLOUD_POINTS, true), ...points(recording, LAB_POINTS, false),
    ...contractLines(recording), '',
  ].join('\n');
}

describe('golden results of scenarios/*.yaml (seed 1, 2,000 agents)', () => {
  it.each(files)('runScenario(%s) matches its golden summary', async (file) => {
    const scenario = loadScenarioFile(DIR + file, ['population.agents=2000']);
    const recording = runScenario(scenario, { run: 0, seed: 1 });
    const name = file.replace(/\.yaml$/, '');
    await expect(goldenText(recording)).toMatchFileSnapshot(`../output/golden/${name}.txt`);
  });
});
