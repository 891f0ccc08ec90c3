/**
 * Tests of sim/lab-state-csv.ts: lab_state.csv names a lab's host cloud by id and its scope by
 * name (never a code), leaves the cloud empty when there is none, skips months the lab does not
 * exist, escapes text cells like every CSV, and agrees with a real run's numeric series.
 */
import { csvParse } from 'd3-dsv';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labStateCsv, labStateCsvChunks, recordedCloudIds } from '../sim/lab-state-csv.js';
import type { Recording } from '../sim/recording.js';
import { runScenario } from '../sim/run.js';
import { EXCLUSIVITY_LEVELS } from '../sim/scenario/types.js';
import { loadScenarioFile } from '../sim/node/scenario-file.js';
import { ROOT } from './cli/stormoff.js';

const series = (entity: string, metric: string, values: number[]) => ({ entity, metric, values: Float64Array.from(values) });

function recording(scenario: string, run: number): Recording {
  return {
    key: { scenario, run, seed: 42 },
    dates: ['2016-01', '2016-02', '2016-03'],
    series: [
      series('aws', 'narrative_share', [0.5, 0.5, 0.5]),
      series('-cloud', 'narrative_share', [0.5, 0.5, 0.5]),
      series('openai', 'primary_cloud', [-1, 1, 0]),
      series('openai', 'exclusivity', [0, 3, 1]),
      series('=lab', 'primary_cloud', [NaN, 0, 0]),
      series('=lab', 'exclusivity', [NaN, 2, 0]),
      series('population', 'adopted_share', [0.1, 0.2, 0.3]),
    ],
    contracts: [],
    events: [],
  };
}

describe('labStateCsv', () => {
  it('labStateCsv(recordings) writes ids and scope names, empty cloud for none, by month then lab', () => {
    expect(labStateCsv([recording('s', 0)])).toBe(
      'scenario,run,seed,date,lab,primary_cloud,exclusivity\n' +
        's,0,42,2016-01,openai,,none\n' +
        "s,0,42,2016-02,openai,'-cloud,full\n" +
        "s,0,42,2016-02,'=lab,aws,inference\n" +
        's,0,42,2016-03,openai,aws,rofr\n' +
        "s,0,42,2016-03,'=lab,aws,none\n",
    );
  });

  it('labStateCsvChunks(recordings) yields the header, then one chunk per run, quoting as RFC 4180', () => {
    const chunks = [...labStateCsvChunks([recording('a,"b"', 0), recording('a,"b"', 1)])];
    expect(chunks).toHaveLength(3);
    expect(chunks[2].split('\n')[0]).toBe('"a,""b""",1,42,2016-01,openai,,none');
    expect(csvParse(chunks.join('')).map((r) => r.scenario)).toEqual(Array(10).fill('a,"b"'));
  });

  it('labStateCsv(recording with an unknown cloud index) throws a RangeError naming the lab', () => {
    const bad = recording('s', 0);
    bad.series[2].values[0] = 5;
    expect(() => labStateCsv([bad])).toThrow(/lab openai: primary cloud index 5 in 2016-01/);
  });

  it("labStateCsv(a real run) names the primary_cloud and exclusivity series' values", () => {
    const scenario = loadScenarioFile(join(ROOT, 'test', 'fixtures', 'scenarios', 'minimal.yaml'));
    const run = runScenario(scenario, { run: 0, seed: 7, check: false });
    const clouds = recordedCloudIds(run);
    expect(clouds).toEqual(scenario.clouds.map((c) => c.id));
    const labs = run.series.filter((s) => s.metric === 'primary_cloud');
    const scope = (lab: string) => run.series.find((s) => s.entity === lab && s.metric === 'exclusivity')!.values;
    const expected = run.dates.flatMap((date, t) =>
      labs.flatMap((s) => (Number.isNaN(s.values[t]) ? [] : [[date, s.entity, s.values[t] >= 0 ? clouds[s.values[t]] : '', EXCLUSIVITY_LEVELS[scope(s.entity)[t]]].join(',')])),
    );
    const rows = csvParse(labStateCsv([run]));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.date, r.lab, r.primary_cloud, r.exclusivity].join(','))).toEqual(expected);
    expect(rows.some((r) => r.primary_cloud !== '')).toBe(true);
  });
});
