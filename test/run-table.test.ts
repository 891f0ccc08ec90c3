/**
 * sim/run-table.ts: the rows of summary.csv (long) and runs.csv / sweep.csv (wide) for one run of
 * an experiment, exactly as written: the run key's columns in order, `metric.entity` columns
 * (bare `metric` for market-wide ones), the leader as two columns, the re-run command last.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONG_SUMMARY_COLUMNS, longSummaryLines, RUN_KEY_COLUMNS, type ExperimentRunKey, wideHeader, wideLine, wideMetrics } from '../sim/run-table.js';
import type { SummaryRow } from '../sim/summary.js';

const key: ExperimentRunKey = {
  run: 5, point: 2, replicate: 1, seed: 1234, scenario: 'base', scenarioHash: 'abc123', version: '0.9.0',
  values: [0.25, 3], command: 'stormoff run base --runs 1 --seed 1234',
};
const row = (metric: string, entity: string, value: number | null): SummaryRow => ({ scenario: 'base', run: 5, seed: 1234, metric, entity, value });
const rows = [row('final_narrative_share', 'aws', 0.5), row('narrative_hhi', 'all', 0.38), row('leader_margin', 'aws', 0.2), row('internal_transfer', 'gcp', null)];

describe('run-table columns and lines', () => {
  it('RUN_KEY_COLUMNS are the run key docs/outputs.md gives for runs.csv; LONG_SUMMARY_COLUMNS add it after summary.csv\'s six', () => {
    const docs = readFileSync(new URL('../docs/outputs.md', import.meta.url), 'utf8');
    expect(docs).toContain(`One row per run: the run key (\`${RUN_KEY_COLUMNS.join(', ')}\`)`);
    expect(LONG_SUMMARY_COLUMNS).toEqual(['scenario', 'run', 'seed', 'metric', 'entity', 'value', 'point', 'replicate', 'scenario_hash', 'version', 'command']);
  });

  it('longSummaryLines() writes one summary.csv line per row with the run key after the value', () => {
    expect(longSummaryLines(key, [rows[0], row('leader_margin', '', null)])).toBe(
      'base,5,1234,final_narrative_share,aws,0.5,2,1,abc123,0.9.0,stormoff run base --runs 1 --seed 1234\n'
      + 'base,5,1234,leader_margin,all,,2,1,abc123,0.9.0,stormoff run base --runs 1 --seed 1234\n',
    );
  });

  it('wideMetrics() names per-entity columns metric.entity, market-wide ones by the metric, and splits the leader in two', () => {
    expect(wideMetrics([...rows, row('defections', '', 2)])).toEqual({
      columns: ['final_narrative_share.aws', 'narrative_hhi', 'leader_cloud', 'leader_margin', 'internal_transfer.gcp', 'defections'],
      values: [0.5, 0.38, 'aws', 0.2, null, 2],
    });
  });

  it('wideHeader() and wideLine() put the run key, the parameters, the metrics, then the command', () => {
    expect(wideHeader(['params.alpha', 'population.bN'], ['narrative_hhi'])).toBe(
      'run,point,replicate,seed,scenario,scenario_hash,version,params.alpha,population.bN,narrative_hhi,command\n',
    );
    expect(wideLine(key, [0.38])).toBe('5,2,1,1234,base,abc123,0.9.0,0.25,3,0.38,stormoff run base --runs 1 --seed 1234\n');
  });
});
