/**
 * `lab_state.csv` (DESIGN §6): each lab's categorical state per month, in words. The recorder keeps
 * a lab's main cloud and exclusivity scope as numeric series (an index and a level, so the `value`
 * column of timeseries.csv stays numeric); this file names them, the cloud by its id and the scope
 * by its name, so no lookup table is needed. Pure and browser-safe, same conventions as sim/csv.ts.
 */
import { formatLines, type Cell } from './csv.js';
import { CLOUD_METRICS } from './recorder.js';
import type { Recording } from './recording.js';
import { EXCLUSIVITY_LEVELS } from './scenario/types.js';

export const LAB_STATE_COLUMNS = ['scenario', 'run', 'seed', 'date', 'lab', 'primary_cloud', 'exclusivity'];

/**
 * Cloud ids in the order the recorder indexes them (the scenario's cloud order): the recorder
 * writes every cloud's series before any lab's, one block per cloud.
 */
export function recordedCloudIds(recording: Recording): string[] {
  const first = CLOUD_METRICS[0][0];
  return recording.series.filter((s) => s.metric === first).map((s) => s.entity);
}

function labStateBody(recording: Recording): string {
  const { scenario, run, seed } = recording.key;
  const clouds = recordedCloudIds(recording);
  const scope = new Map(recording.series.filter((s) => s.metric === 'exclusivity').map((s) => [s.entity, s.values]));
  const labs = recording.series.filter((s) => s.metric === 'primary_cloud' && scope.has(s.entity));
  const rows: Cell[][] = [];
  recording.dates.forEach((date, month) => {
    for (const lab of labs) {
      const index = lab.values[month];
      if (Number.isNaN(index)) continue; // the lab does not exist this month
      const level = scope.get(lab.entity)![month];
      const cloud = index >= 0 ? clouds[index] : '';
      if (cloud === undefined) throw new RangeError(`lab ${lab.entity}: primary cloud index ${index} in ${date} is not a recorded cloud`);
      rows.push([scenario, run, seed, date, lab.entity, cloud, EXCLUSIVITY_LEVELS[level]]);
    }
  });
  return formatLines(rows);
}

/** `lab_state.csv` piece by piece: the header, then one chunk per run (rows by month, then lab). */
export function* labStateCsvChunks(recordings: Iterable<Recording>): Generator<string> {
  yield formatLines([LAB_STATE_COLUMNS]);
  for (const recording of recordings) {
    const text = labStateBody(recording);
    if (text) yield text;
  }
}

/**
 * `lab_state.csv`: `scenario,run,seed,date,lab,primary_cloud,exclusivity`, one row per lab per
 * month while the lab exists; `primary_cloud` is a cloud id (empty when the lab has none),
 * `exclusivity` one of none, rofr, inference, full.
 * @example labStateCsv([recording]).split('\n')[1] // "baseline,0,1,2016-01,openai,,none"
 */
export function labStateCsv(recordings: Iterable<Recording>): string {
  return [...labStateCsvChunks(recordings)].join('');
}
