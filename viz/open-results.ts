/**
 * Charting results without re-running them: the files `stormoff run` writes (timeseries.csv,
 * contracts.csv, events.csv, optionally summary.csv and meta.json) back into Recordings.
 * The inverse of sim/csv.ts, including its formula-injection guard on text cells.
 */
import { csvParse, type DSVRowArray } from 'd3-dsv';
import type { ContractRecord, ContractStatus, EventRecord, Recording } from '../sim/recording.js';
import type { Exclusivity, Scenario } from '../sim/scenario/types.js';

/** What was read: a recording per run, and the scenario when meta.json carried it. */
export interface OpenedResults {
  recordings: Recording[];
  scenario: Scenario | null;
  name: string;
}

/** Thrown for files that are not a `stormoff run` output; the message names the file and what is missing. */
export class ResultsError extends Error {}

/** A text cell as written, without the `'` that guards a leading `=`, `+`, `-`, `@`, tab or CR. */
function text(cell: string | undefined): string {
  return cell && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : (cell ?? '');
}

const number = (cell: string | undefined) => (cell === undefined || cell === '' ? NaN : Number(cell));

function require(rows: DSVRowArray, file: string, columns: string[]): void {
  const missing = columns.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new ResultsError(`${file}: expected the columns of stormoff run, missing ${missing.join(', ')}`);
}

/**
 * Recordings from the text of the output files, keyed by file name (`timeseries.csv` required).
 * @example openResults({ 'timeseries.csv': ts, 'contracts.csv': cs, 'events.csv': es })
 */
export function openResults(files: Record<string, string>): OpenedResults {
  const timeseries = files['timeseries.csv'];
  if (timeseries === undefined) throw new ResultsError('no timeseries.csv among the files (pick the folder stormoff run wrote)');
  const meta = files['meta.json'] ? (JSON.parse(files['meta.json']) as { parameters?: Scenario }) : {};
  const rows = csvParse(timeseries);
  require(rows, 'timeseries.csv', ['scenario', 'run', 'seed', 'date', 'entity', 'metric', 'value']);
  const dates = [...new Set(rows.map((r) => r.date!))].sort();
  const month = new Map(dates.map((d, i) => [d, i]));
  const runs = new Map<number, Recording>();
  for (const row of rows) {
    const run = Number(row.run);
    let recording = runs.get(run);
    if (!recording) {
      recording = { key: { scenario: text(row.scenario), run, seed: Number(row.seed) }, dates, series: [], contracts: [], events: [] };
      runs.set(run, recording);
    }
    const entity = text(row.entity);
    const metric = text(row.metric);
    let series = recording.series.find((s) => s.entity === entity && s.metric === metric);
    if (!series) recording.series.push((series = { entity, metric, values: new Float64Array(dates.length).fill(NaN) }));
    series.values[month.get(row.date!)!] = number(row.value);
  }
  if (files['contracts.csv']) {
    const contracts = csvParse(files['contracts.csv']);
    require(contracts, 'contracts.csv', ['run', 'id', 'cloud', 'lab', 'start', 'end', 'exclusivity', 'status']);
    for (const r of contracts) runs.get(Number(r.run))?.contracts.push(contractOf(r));
  }
  if (files['events.csv']) {
    const events = csvParse(files['events.csv']);
    require(events, 'events.csv', ['run', 'date', 'kind', 'origin', 'cloud', 'lab', 'value', 'detail']);
    for (const r of events) runs.get(Number(r.run))?.events.push(eventOf(r));
  }
  const recordings = [...runs.keys()].sort((a, b) => a - b).map((run) => runs.get(run)!);
  const labs = meta.parameters?.labs;
  if (labs) {
    const owners = Object.fromEntries(labs.filter((lab) => lab.owner !== null).map((lab) => [lab.id, lab.owner!]));
    for (const recording of recordings) recording.owners = owners;
  }
  if (recordings.length === 0) throw new ResultsError('timeseries.csv has no rows');
  return { recordings, scenario: meta.parameters ?? null, name: recordings[0].key.scenario };
}

function contractOf(r: Record<string, string | undefined>): ContractRecord {
  return {
    id: number(r.id), cloud: text(r.cloud), lab: text(r.lab), start: text(r.start), end: r.end ? text(r.end) : null,
    months: number(r.months), compute: number(r.compute), price: number(r.price), investment: number(r.investment),
    exclusivity: text(r.exclusivity) as Exclusivity, exitPenalty: number(r.exit_penalty), public: r.public === 'true',
    origin: text(r.origin) === 'event' || text(r.origin) === 'scenario' ? 'event' : 'market', status: text(r.status) as ContractStatus, endReason: text(r.end_reason),
  };
}

function eventOf(r: Record<string, string | undefined>): EventRecord {
  return {
    date: text(r.date), kind: text(r.kind), origin: text(r.origin) === 'scenario' ? 'scenario' : 'endogenous',
    cloud: text(r.cloud), lab: text(r.lab), value: r.value === '' ? null : number(r.value), detail: text(r.detail),
  };
}
