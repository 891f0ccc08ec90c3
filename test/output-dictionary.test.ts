/**
 * The data dictionary (sim/output-dictionary.ts) covers every column the writers write, every
 * metric the recorder and summary produce and every event kind; docs/outputs.md names each; the
 * CSVs use one vocabulary (`origin` scenario/model, summary `entity` never empty, money in USD bn).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CONTRACTS_COLUMNS, contractsCsv, EVENTS_COLUMNS, eventsCsv, summaryCsv, TIMESERIES_COLUMNS } from '../sim/csv.js';
import { COLUMN_DICTIONARY, EVENT_VALUES, SUMMARY_METRICS, TIMESERIES_METRICS } from '../sim/output-dictionary.js';
import { LAB_STATE_COLUMNS } from '../sim/lab-state-csv.js';
import { CLOUD_METRICS, LAB_METRICS, POPULATION_METRICS } from '../sim/recorder.js';
import { LONG_SUMMARY_COLUMNS } from '../sim/run-table.js';
import { runScenario } from '../sim/run.js';
import { scenarioSchema } from '../sim/scenario/schema.js';
import { summarize } from '../sim/summary.js';
import { loadScenarioFile } from '../sim/node/scenario-file.js';
import { ROOT } from './cli/stormoff.js';

const docs = readFileSync(join(ROOT, 'docs', 'outputs.md'), 'utf8');
const scenario = loadScenarioFile(join(ROOT, 'test', 'fixtures', 'scenarios', 'minimal.yaml'));
const recording = runScenario(scenario, { run: 0, seed: 7, check: false });

describe('output dictionary', () => {
  it('COLUMN_DICTIONARY lists exactly the columns each file has', () => {
    expect(Object.keys(COLUMN_DICTIONARY['timeseries.csv'])).toEqual(TIMESERIES_COLUMNS);
    expect(Object.keys(COLUMN_DICTIONARY['lab_state.csv'])).toEqual(LAB_STATE_COLUMNS);
    expect(Object.keys(COLUMN_DICTIONARY['contracts.csv'])).toEqual(CONTRACTS_COLUMNS);
    expect(Object.keys(COLUMN_DICTIONARY['events.csv'])).toEqual(EVENTS_COLUMNS);
    expect(Object.keys(COLUMN_DICTIONARY['summary.csv'])).toEqual(LONG_SUMMARY_COLUMNS);
  });

  it('TIMESERIES_METRICS and SUMMARY_METRICS list exactly what the recorder and summarize produce', () => {
    const recorded = [...CLOUD_METRICS, ...LAB_METRICS, ...POPULATION_METRICS].map(([name]) => name);
    expect(Object.keys(TIMESERIES_METRICS).sort()).toEqual([...new Set(recorded)].sort());
    expect([...new Set(summarize(recording).map((row) => row.metric))].sort()).toEqual(Object.keys(SUMMARY_METRICS).sort());
  });

  it('EVENT_VALUES covers every scenario event kind and every kind a run logs', () => {
    const kinds = Object.keys(scenarioSchema.definitions).filter((k) => k.startsWith('event_')).map((k) => k.slice(6));
    for (const kind of [...kinds, ...recording.events.map((e) => e.kind)]) expect(EVENT_VALUES).toHaveProperty(kind);
  });

  it('docs/outputs.md names every column, metric and event kind', () => {
    const names = [
      ...Object.values(COLUMN_DICTIONARY).flatMap((columns) => Object.keys(columns)),
      ...Object.keys(TIMESERIES_METRICS), ...Object.keys(SUMMARY_METRICS), ...Object.keys(EVENT_VALUES),
    ];
    for (const name of names) expect(docs).toContain(`\`${name}\``);
  });

  it('the CSVs speak one vocabulary: origin scenario/model, summary entity never empty, money in USD bn', () => {
    const origins = [...csvParse(contractsCsv([recording])), ...csvParse(eventsCsv([recording]))].map((row) => row.origin);
    expect(new Set(origins)).toEqual(new Set(['scenario', 'model']));
    expect(csvParse(summaryCsv(summarize(recording))).every((row) => row.entity !== '')).toBe(true);
    expect(eventsCsv([recording])).not.toMatch(/USD M/);
  });
});
