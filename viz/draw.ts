/**
 * Draws every chart of the page from the results and the view state: the scenario's charts
 * (narrative, revenue, compute by cloud, contracts, network at the scrubbed month, fan over runs)
 * and, in compare mode, the difference chart. Data shaping here; drawing in charts/.
 */
import { format } from 'd3-format';
import type { Recording } from '../sim/recording.js';
import { pairedDifference } from '../sim/paired.js';
import { card, showCard } from './cards.js';
import type { Entity } from './charts/chainable.js';
import { contractTimeline, contractsHeight } from './charts/contracts.js';
import { differenceChart } from './charts/difference.js';
import { fanChart } from './charts/fan.js';
import { lineChart } from './charts/lines.js';
import { networkChart } from './charts/network.js';
import { stackedArea } from './charts/stacked-area.js';
import { colourOf } from './colours.js';
import { eventMarkers } from './markers.js';
import { completeRuns, seriesValues, type Results, type SideResults } from './results.js';
import { METRICS, type ViewState } from './state.js';

/** Clouds and labs of a side, from its scenario or, for opened CSVs, from its series. */
export function entitiesOf(side: SideResults): { clouds: Entity[]; labs: Entity[] } {
  if (side.scenario) {
    return {
      clouds: side.scenario.clouds.map((c) => ({ id: c.id, label: c.name })),
      labs: side.scenario.labs.map((l) => ({ id: l.id, label: l.name })),
    };
  }
  const series = side.recordings[0]?.series ?? [];
  const of = (metric: string) => series.filter((s) => s.metric === metric).map((s) => ({ id: s.entity, label: s.entity }));
  return { clouds: of('narrative_share'), labs: of('traffic_share') };
}

const SHORT: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google', oracle: 'Oracle', coreweave: 'CoreWeave', other: 'others', deepmind: 'DeepMind' };

/** A short name for crowded labels: a known abbreviation, or the name's first word. */
function shortName(entity: Entity): string {
  return SHORT[entity.id] ?? (entity.label.length > 12 ? entity.label.split(/\s+/)[0] : entity.label);
}

/** The scrubbed month and the months drawn (`upto`), given the months computed. */
export function cursorOf(state: ViewState, done: number): { cursor: number; upto: number } {
  const cursor = Math.max(0, state.month === null ? done - 1 : Math.min(state.month, done - 1));
  return { cursor, upto: done === 0 ? 0 : cursor + 1 };
}

const share = (v: number) => v.toFixed(3);
const thousands = format(',.0f');
const money = (v: number) => (Math.abs(v) >= 1000 ? thousands(v) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

function valuesOf(recording: Recording, keys: Entity[], metric: string): Map<string, Float64Array> {
  return new Map(keys.map((k) => [k.id, seriesValues(recording, k.id, metric) ?? new Float64Array(recording.dates.length).fill(NaN)]));
}

/** Contracted compute (kGPU/month) of `lab` (or every lab) by cloud, month by month. */
export function computeByCloud(recording: Recording, clouds: Entity[], lab: string | null): Map<string, Float64Array> {
  const months = recording.dates.length;
  const index = new Map(recording.dates.map((d, i) => [d, i]));
  const result = new Map(clouds.map((c) => [c.id, new Float64Array(months)]));
  for (const contract of recording.contracts) {
    if (lab !== null && contract.lab !== lab) continue;
    const values = result.get(contract.cloud);
    if (!values) continue;
    const from = index.get(contract.start) ?? 0;
    const to = contract.end === null ? months : (index.get(contract.end) ?? months);
    for (let t = from; t < to; t++) values[t] += contract.compute;
  }
  return result;
}

/** Contracts as they stood at `date`: later ones left out, later endings not yet known. */
function contractsAt(recording: Recording, date: string) {
  return recording.contracts
    .filter((c) => c.start <= date)
    .map((c) => (c.end !== null && c.end <= date ? c : { ...c, end: null, status: 'active' as const }));
}

/** Draws the scenario's charts into `container` for the side on show. */
/** Longest draw of each chart so far, ms (read by the speed benchmark). */
export const drawTimes: Record<string, number> = {};

/** What each card last drew, so an unchanged chart is not drawn again. */
const drawnKeys = new Map<string, string>();

/**
 * Draws chart `name` unless it already shows `key`; false (nothing drawn) once past `deadline`
 * (performance.now() ms), so one frame never does more than its share of the work.
 */
function drawIf(name: string, key: string, deadline: number, draw: () => void): boolean {
  if (drawnKeys.get(name) === key) return true;
  if (performance.now() > deadline) return false;
  const started = performance.now();
  draw();
  drawnKeys.set(name, key);
  drawTimes[name] = Math.max(drawTimes[name] ?? 0, performance.now() - started);
  return true;
}

/**
 * Draws the scenario's charts into `container` for the side on show; `token` identifies the
 * results (a new job redraws everything). Returns false when it stopped at `deadline` with
 * charts left to draw (call again next frame).
 */
export function drawCharts(container: HTMLElement, state: ViewState, side: SideResults, token: string, deadline: number, fileName: () => string): boolean {
  const recording = side.recordings[0];
  if (!recording) return true;
  const { clouds, labs } = entitiesOf(side);
  const names = new Map([...clouds, ...labs].map((e) => [e.id, e.label]));
  const short = new Map([...clouds, ...labs].map((e) => [e.id, shortName(e)]));
  const { cursor, upto } = cursorOf(state, side.months[0] ?? 0);
  const dates = recording.dates;
  const date = dates[cursor];
  const cards = ['narrative', 'revenue', 'compute', 'contracts', 'network', 'fan'].map((id) => card(id, container, fileName));
  const [narrative, revenue, compute, contracts, network, fan] = cards;
  const base = `${token}|${upto}|${cursor}`;
  const lab = labs.some((l) => l.id === state.lab) ? state.lab : null;
  const metric = METRICS[state.metric];
  const runs = completeRuns(side);
  let done = true;
  done &&= drawIf('narrative', `${base}|${narrative.width()}|${recording.events.length}`, deadline, () =>
    stackedArea().title('Narrative share by cloud').yLabel('narrative share (0–1)').yMax(1).format(share).colour(colourOf)
      .width(narrative.width()).height(340)(narrative.svg, { dates, upto, keys: clouds, values: valuesOf(recording, clouds, 'narrative_share'), markers: eventMarkers(recording.events.filter((e) => e.date <= date), short, colourOf), cursor }));
  done &&= drawIf('revenue', `${base}|${revenue.width()}`, deadline, () =>
    lineChart().title('Cloud AI revenue').yLabel('USD bn per month').format(money).colour(colourOf)
      .width(revenue.width()).height(300)(revenue.svg, { dates, upto, keys: clouds, values: valuesOf(recording, clouds, 'ai_revenue'), cursor }));
  done &&= drawIf('compute', `${base}|${compute.width()}|${lab}|${recording.contracts.length}`, deadline, () =>
    stackedArea().title(`Compute contracted by ${lab ? names.get(lab) : 'all labs'}, by cloud`).yLabel('kGPU per month').format(money).colour(colourOf)
      .width(compute.width()).height(300)(compute.svg, { dates, upto, keys: clouds, values: computeByCloud(recording, clouds, lab), cursor }));
  done &&= drawIf('contracts', `${base}|${contracts.width()}|${recording.contracts.length}`, deadline, () => {
    const data = { dates, upto, contracts: contractsAt(recording, date), labs, clouds, cursor };
    contractTimeline().title('Contracts by lab and cloud (shade = exclusivity scope)').colour(colourOf)
      .width(contracts.width()).height(contractsHeight(data))(contracts.svg, data);
  });
  done &&= drawIf('network', `${base}|${network.width()}|${recording.contracts.length}`, deadline, () => {
    const node = (metricName: string) => (e: Entity) => ({ ...e, size: seriesValues(recording, e.id, metricName)?.[cursor] ?? NaN });
    networkChart().title('Lab–cloud network').colour(colourOf).width(network.width()).height(320)(network.svg, {
      date,
      clouds: clouds.map(node('capacity')),
      labs: labs.map(node('traffic_share')),
      contracts: contractsAt(recording, date).filter((c) => c.end === null || c.end > date),
    });
  });
  done &&= drawIf('fan', `${token}|${cursor}|${fan.width()}|${runs.length}|${state.metric}`, deadline, () => {
    const keys = metric.entity === 'clouds' ? clouds : labs;
    fanChart().title(`${metric.label}: median and 5–95% over ${runs.length} run${runs.length === 1 ? '' : 's'}`).yLabel(metric.unit)
      .format(metric.unit.startsWith('USD') || metric.unit === 'kGPU' ? money : share).colour(colourOf)
      .width(fan.width()).height(320)(fan.svg, { dates, keys, runs: new Map(keys.map((k) => [k.id, runs.map((r) => seriesValues(r, k.id, state.metric) ?? new Float64Array(0))])), cursor });
  });
  return done;
}

/** The difference chart of compare mode (`a` baseline, `b` counterfactual), or hides it. */
export function drawDifference(container: HTMLElement, state: ViewState, results: Results, deadline: number, fileName: () => string): boolean {
  const { a, b } = results.sides;
  const difference = card('difference', container, fileName);
  showCard('difference', Boolean(a && b));
  if (!a || !b || !a.recordings[0] || !b.recordings[0]) return true;
  const key = `${results.job}|${a.months.join(',')}|${b.months.join(',')}|${state.month}|${state.metric}|${difference.width()}`;
  return drawIf('difference', key, deadline, () => drawPairs(difference, state, a, b));
}

function drawPairs(difference: ReturnType<typeof card>, state: ViewState, a: SideResults, b: SideResults): void {
  const metric = METRICS[state.metric];
  const keys = entitiesOf(b)[metric.entity];
  const pairs = Math.min(a.recordings.length, b.recordings.length);
  const done = Math.min(a.months[0] ?? 0, b.months[0] ?? 0);
  const { cursor, upto } = cursorOf(state, done);
  const dates = b.recordings[0].dates;
  const differences = new Map(keys.map((k) => {
    const base = a.recordings.slice(0, pairs).map((r) => seriesValues(r, k.id, state.metric));
    const cf = b.recordings.slice(0, pairs).map((r) => seriesValues(r, k.id, state.metric));
    return [k.id, dates.map((_, t) => pairedDifference(base.map((v) => v?.[t] ?? NaN), cf.map((v) => v?.[t] ?? NaN)))];
  }));
  differenceChart().title(`${metric.label}: ${b.name} − ${a.name} (${pairs} paired run${pairs === 1 ? '' : 's'})`).yLabel(`difference, ${metric.unit}`)
    .format(metric.unit.startsWith('USD') || metric.unit === 'kGPU' ? money : share).colour(colourOf)
    .width(difference.width()).height(320)(difference.svg, { dates, upto, keys, differences, cursor });
}
