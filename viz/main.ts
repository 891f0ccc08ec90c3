/**
 * The viewer's page: reads the state from the URL, runs the scenario(s) in the engine worker,
 * redraws the charts as months stream in (at most once per animation frame), plays and scrubs
 * time, opens results folders, exports, and keeps the URL in step with the state.
 */
import { bindControls, syncControls, type ControlEvents } from './controls.js';
import { drawCharts, drawDifference, cursorOf, drawTimes } from './draw.js';
import { drawComparePanels } from './compare-panel.js';
import { byId, element, safeLink } from './elements.js';
import { createEngine } from './engine.js';
import { csvFiles, download, metaJson } from './export.js';
import { openResults, ResultsError } from './open-results.js';
import { MAX_AGENTS, type JobSide, type WorkerMessage } from './protocol.js';
import { emptyResults, type Results, type SideResults } from './results.js';
import { cliCommand, fromQuery, toQuery } from './state.js';
import { readFolder } from './folder.js';
import { FLAGSHIP } from './library.js';
import { createPlayer } from './player.js';

const parsed = fromQuery(location.search);
const state = parsed.state;
let results: Results = emptyResults(0);
let opened = false;

/** Timings of the last run, read by the browser benchmark: ms since the request. */
const timings = { requested: 0, firstFrame: NaN, run0Drawn: NaN, complete: NaN, drawn: NaN, workerMillis: NaN };
(window as unknown as { __stormoff: unknown }).__stormoff = { state, timings, drawTimes, results: () => results };

function notice(text: string | null, kind: 'info' | 'error' = 'info'): void {
  const bar = byId('notice');
  bar.hidden = !text;
  bar.className = `notice ${kind}`;
  bar.textContent = text ?? '';
}

/** The side on show: the selected scenario (b in compare mode). */
const shown = (): SideResults | undefined => results.sides.b ?? results.sides.a;

function fileName(): string {
  return (shown()?.name ?? 'stormoff').replace(/[^A-Za-z0-9._-]+/g, '-');
}

const events: ControlEvents = {
  rerun,
  redraw: () => {
    saveUrl();
    schedule();
  },
  upload(file) {
    if (file.size > 2_000_000) return notice(`${file.name} is ${Math.round(file.size / 1000)} kB; scenario files over 2 MB are refused.`, 'error');
    void file.text().then((text) => {
      state.scenario = 'upload';
      state.upload = { file: file.name, text };
      rerun();
    });
  },
  openFolder: (files) => void readFolder(files).then(showOpened, (e: Error) => notice(e.message, 'error')),
  refuse: (message) => notice(message, 'error'),
};

function saveUrl(): void {
  history.replaceState(null, '', toQuery(state));
}

function rerun(): void {
  if (state.agents > MAX_AGENTS) return notice(`A population of ${state.agents} agents is too big for the browser (at most ${MAX_AGENTS}); use the CLI.`, 'error');
  opened = false;
  notice(null);
  saveUrl();
  const overrides = overridesOf();
  const source = state.scenario === 'upload' && state.upload ? { upload: state.upload.text, file: state.upload.file } : { library: state.scenario };
  const sides: JobSide[] = state.compare
    ? [{ side: 'a', source: { library: state.compare }, overrides }, { side: 'b', source, overrides }]
    : [{ side: 'a', source, overrides }];
  Object.assign(timings, { requested: performance.now(), firstFrame: NaN, run0Drawn: NaN, complete: NaN, drawn: NaN, workerMillis: NaN });
  results = engine.run(sides, state.seed, state.runs);
  schedule();
}

function showOpened(files: Record<string, string>): void {
  try {
    const openedResults = openResults(files);
    engine.cancel();
    const recordings = openedResults.recordings;
    results = emptyResults(-1);
    results.complete = true;
    results.sides.a = { scenario: openedResults.scenario, name: openedResults.name, seed: recordings[0].key.seed, recordings, months: recordings.map((r) => r.dates.length) };
    opened = true;
    notice(`Showing ${recordings.length} run${recordings.length === 1 ? '' : 's'} of ${openedResults.name} opened from files (not re-run).`);
    syncControls(state, openedResults.scenario, events);
    schedule();
  } catch (error) {
    if (!(error instanceof ResultsError) && !(error instanceof SyntaxError)) throw error;
    notice(`These files could not be opened: ${error.message}`, 'error');
  }
}

const engine = createEngine((changed: Results, message: WorkerMessage) => {
  if (message.type === 'scenario' && message.side === (state.compare ? 'b' : 'a')) syncControls(state, message.scenario, events);
  if (message.type === 'done') {
    timings.complete = performance.now() - timings.requested;
    timings.workerMillis = message.millis;
  }
  if (changed === results) schedule();
});

/** While months stream in, charts are redrawn at most this often (ms): growth at ~12 fps, less main-thread work. */
const STREAM_INTERVAL = 80;

let pending = false;
let lastDraw = -Infinity;
let lastPanels = 0;
function schedule(): void {
  if (pending) return;
  pending = true;
  const wait = results.complete || results.error ? 0 : lastDraw + STREAM_INTERVAL - performance.now();
  if (wait > 0) setTimeout(() => requestAnimationFrame(draw), wait);
  else requestAnimationFrame(draw);
}

/** Main-thread milliseconds a frame may spend drawing charts before leaving the rest to the next. */
const FRAME_BUDGET = 24;

function draw(): void {
  pending = false;
  lastDraw = performance.now();
  const deadline = performance.now() + FRAME_BUDGET;
  renderAbout();
  const side = shown();
  const charts = byId('charts');
  let finished = drawDifference(byId('difference-slot'), state, results, deadline, fileName);
  if (side?.recordings[0]) {
    finished = drawCharts(charts, state, side, `${results.job}:${results.sides.b ? 'b' : 'a'}`, deadline, fileName) && finished;
    if (Number.isNaN(timings.firstFrame)) timings.firstFrame = performance.now() - timings.requested;
    if (finished && Number.isNaN(timings.run0Drawn) && side.months[0] === side.recordings[0].dates.length) timings.run0Drawn = performance.now() - timings.requested;
  }
  const compare = byId('compare-panels');
  const now = performance.now();
  if (results.complete || now - lastPanels > 400) {
    drawComparePanels(compare, results, state.lab);
    lastPanels = now;
  }
  byId('compare-section').hidden = !(results.sides.a && results.sides.b);
  player.sync(side?.recordings[0]?.dates ?? [], side?.months[0] ?? 0);
  renderStatus(side);
  if (!finished) return schedule();
  if ((results.complete || results.error) && Number.isNaN(timings.drawn)) timings.drawn = performance.now() - timings.requested;
}

function renderAbout(): void {
  const side = shown();
  const errors = byId('errors');
  errors.hidden = !results.error;
  errors.replaceChildren(...(results.error ? [element('strong', {}, 'This scenario cannot be run:'), ...results.error.map((line) => element('pre', {}, line))] : []));
  const scenario = side?.scenario;
  byId('scenario-name').textContent = side?.name ?? (results.error ? '' : 'Loading…');
  byId('scenario-description').textContent = scenario?.description ?? '';
  byId('references').replaceChildren(...(scenario?.references ?? []).map((url) => element('li', {}, safeLink(url))));
  byId('references-box').hidden = !scenario?.references.length;
  const a = results.sides.a;
  byId('compare-note').textContent = results.sides.b && a ? `Compared with ${a.name}: run i of both uses the same seed.` : '';
}

function renderStatus(side: SideResults | undefined): void {
  const status = byId('status');
  if (!side?.recordings[0]) return void (status.textContent = results.error ? '' : 'starting the engine…');
  const runs = side.months.filter((m, i) => m === side.recordings[i]?.dates.length).length;
  const where = opened ? 'opened from files' : results.complete ? `done in ${Math.round(results.millis)} ms` : `computing… month ${side.months[0]} of ${side.recordings[0].dates.length}`;
  status.textContent = `${where} · ${runs}/${opened ? side.recordings.length : state.runs} runs`;
  byId('cli').textContent = opened ? '' : cliCommand(state, side.name, side.seed);
}

const player = createPlayer({
  get: () => state.month,
  set: (month) => {
    state.month = month;
    saveUrl();
    schedule();
  },
  cursor: () => {
    const side = shown();
    return cursorOf(state, side?.months[0] ?? 0).cursor;
  },
});

/** The `--set` overrides of a run as the worker and `stormoff run` get them. */
function overridesOf(): string[] {
  return [`population.agents=${state.agents}`, ...Object.entries(state.params).map(([p, v]) => `${p}=${v}`)];
}

function exportSide(which: 'a' | 'b'): void {
  const side = results.sides[which];
  if (!side || !results.complete || !side.scenario) return notice('Wait until every run is done to export it.', 'error');
  const recordings = side.recordings;
  const arg = which === 'a' && state.compare ? state.compare : state.scenario === 'upload' ? (state.upload?.file ?? 'upload.yaml') : state.scenario;
  const scenario = side.scenario;
  void csvFiles(recordings, scenario, { arg, sets: overridesOf(), seed: side.seed, runs: recordings.length }).then((files) => {
    const folder = side.name.replace(/[^A-Za-z0-9._-]+/g, '-');
    for (const [name, text] of Object.entries(files)) download(`${folder}-${name}`, text);
    download(`${folder}-meta.json`, metaJson(recordings, scenario, cliCommand(state, arg, side.seed)), 'application/json');
  });
}

function boot(): void {
  bindControls(state, events);
  syncControls(state, null, events);
  byId('flagship').onclick = () => {
    Object.assign(state, { scenario: FLAGSHIP.counterfactual, upload: null, compare: FLAGSHIP.baseline, metric: 'narrative_share', lab: 'openai', month: null });
    rerun();
  };
  byId('export-csv').onclick = () => exportSide(results.sides.b ? 'b' : 'a');
  byId('export-csv-baseline').onclick = () => exportSide('a');
  byId('copy-link').onclick = () => void navigator.clipboard?.writeText(location.href).then(() => notice('Link copied: it reproduces this view.'), () => notice(location.href));
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer?.files.length) void readFolder(event.dataTransfer.files).then(showOpened, (e: Error) => notice(e.message, 'error'));
  });
  new ResizeObserver(() => schedule()).observe(byId('charts'));
  if (new URLSearchParams(location.search).get('open') === 'results') void loadServedResults();
  else rerun();
  if (parsed.notice) notice(parsed.notice, 'error');
}

/** Results served by `stormoff view <folder>` under ./results/. */
async function loadServedResults(): Promise<void> {
  const files: Record<string, string> = {};
  for (const name of ['timeseries.csv', 'contracts.csv', 'events.csv', 'summary.csv', 'meta.json']) {
    const response = await fetch(`./results/${name}`);
    if (response.ok) files[name] = await response.text();
  }
  showOpened(files);
}

boot();
