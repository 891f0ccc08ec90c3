/**
 * The page's whole state — scenario, overrides, seed, runs, population, compare partner and view
 * (month, lab, metric) — to and from the URL's query string, so a pasted link reproduces the view.
 * A link that cannot be read falls back to the default view and says why.
 */
import { LIBRARY_NAMES } from './library.js';
import { MAX_AGENTS, MAX_RUNS } from './protocol.js';
import { isSliderPath } from './sliders.js';

export interface ViewState {
  /** Library scenario name, or `upload` for an uploaded file. */
  scenario: string;
  /** The uploaded file (name and text), when `scenario` is `upload`. */
  upload: { file: string; text: string } | null;
  /** Compare mode: the baseline scenario (library) the selected one is compared against. */
  compare: string | null;
  /** Seed of run 0; null: the scenario's own. */
  seed: number | null;
  runs: number;
  /** Population size (agents). */
  agents: number;
  /** Slider overrides, path -> value. */
  params: Record<string, number>;
  /** Scrubbed month index; null follows the computation to the last month. */
  month: number | null;
  /** Lab the compute chart and the story follow. */
  lab: string;
  /** Metric of the fan and difference charts. */
  metric: string;
}

/** Metrics the fan and difference charts can show: recording metric, label, unit. */
export const METRICS: Record<string, { label: string; unit: string; entity: 'clouds' | 'labs' }> = {
  narrative_share: { label: 'Narrative share', unit: 'share of builders\' default, 0–1', entity: 'clouds' },
  ai_revenue: { label: 'Cloud AI revenue', unit: 'USD bn / month', entity: 'clouds' },
  dev_share: { label: 'Developer share', unit: 'share of developers, 0–1', entity: 'clouds' },
  capacity: { label: 'AI capacity', unit: 'kGPU', entity: 'clouds' },
  traffic_share: { label: 'Lab traffic share', unit: 'share of traffic, 0–1', entity: 'labs' },
  compute_held: { label: 'Lab compute held', unit: 'kGPU', entity: 'labs' },
};

export const DEFAULT_STATE: ViewState = {
  scenario: 'baseline', upload: null, compare: null, seed: null, runs: 5, agents: 20_000,
  params: {}, month: null, lab: 'openai', metric: 'narrative_share',
};

/** Largest uploaded file carried in a link (characters of YAML); bigger uploads are left out. */
const MAX_LINK_UPLOAD = 6000;

/** The state as a query string (`?s=baseline&seed=7…`). */
export function toQuery(state: ViewState): string {
  const q = new URLSearchParams();
  q.set('s', state.scenario);
  if (state.upload && state.upload.text.length <= MAX_LINK_UPLOAD) {
    q.set('file', state.upload.file);
    q.set('yaml', state.upload.text);
  }
  if (state.compare) q.set('vs', state.compare);
  if (state.seed !== null) q.set('seed', String(state.seed));
  q.set('runs', String(state.runs));
  q.set('agents', String(state.agents));
  for (const [path, value] of Object.entries(state.params)) q.append('set', `${path}=${value}`);
  if (state.month !== null) q.set('month', String(state.month));
  q.set('lab', state.lab);
  q.set('metric', state.metric);
  return `?${q}`;
}

/** Thrown for a part of the link that cannot be read. */
class LinkError extends Error {}

function integer(text: string | null, name: string, min: number, max: number): number | null {
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new LinkError(`${name} must be a whole number from ${min} to ${max}, found ${JSON.stringify(text.slice(0, 40))}`);
  return value;
}

/**
 * The state a query string describes, or the default state and a notice saying what was wrong.
 * An empty query is the default view without a notice.
 */
export function fromQuery(search: string): { state: ViewState; notice: string | null } {
  const q = new URLSearchParams(search);
  if ([...q.keys()].length === 0) return { state: structuredClone(DEFAULT_STATE), notice: null };
  try {
    const state = structuredClone(DEFAULT_STATE);
    const scenario = q.get('s') ?? DEFAULT_STATE.scenario;
    if (scenario === 'upload') {
      const text = q.get('yaml');
      if (text === null) throw new LinkError('the link names an uploaded scenario but does not carry it (upload it again)');
      state.upload = { file: (q.get('file') ?? 'upload.yaml').slice(0, 120), text };
    } else if (!LIBRARY_NAMES.includes(scenario)) {
      throw new LinkError(`no scenario ${JSON.stringify(scenario.slice(0, 60))} in the library`);
    }
    state.scenario = scenario;
    const vs = q.get('vs');
    if (vs !== null && !LIBRARY_NAMES.includes(vs)) throw new LinkError(`no scenario ${JSON.stringify(vs.slice(0, 60))} to compare against`);
    state.compare = vs;
    state.seed = integer(q.get('seed'), 'seed', 0, 4294967295);
    state.runs = integer(q.get('runs'), 'runs', 1, MAX_RUNS) ?? state.runs;
    state.agents = integer(q.get('agents'), 'agents', 100, MAX_AGENTS) ?? state.agents;
    for (const set of q.getAll('set')) {
      const [path, text] = set.split('=');
      const value = Number(text);
      if (!isSliderPath(path ?? '') || text === undefined || !Number.isFinite(value)) throw new LinkError(`cannot set ${JSON.stringify(set.slice(0, 60))}`);
      state.params[path] = value;
    }
    state.month = integer(q.get('month'), 'month', 0, 10_000);
    const lab = q.get('lab');
    if (lab !== null) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(lab)) throw new LinkError(`lab ${JSON.stringify(lab.slice(0, 40))} is not an id`);
      state.lab = lab;
    }
    const metric = q.get('metric');
    if (metric !== null) {
      if (!(metric in METRICS)) throw new LinkError(`unknown metric ${JSON.stringify(metric.slice(0, 40))}`);
      state.metric = metric;
    }
    return { state, notice: null };
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    return { state: structuredClone(DEFAULT_STATE), notice: `This link could not be read (${error.message}); showing the default view instead.` };
  }
}

/** The `stormoff run` command that writes the same CSVs as this state's export. */
export function cliCommand(state: ViewState, scenario: string, seed: number): string {
  const sets = [`population.agents=${state.agents}`, ...Object.entries(state.params).map(([p, v]) => `${p}=${v}`)];
  const file = state.scenario === 'upload' ? (state.upload?.file ?? 'upload.yaml') : scenario;
  return ['stormoff run', file, `--seed ${seed}`, `--runs ${state.runs}`, ...sets.map((s) => `--set ${s}`)].join(' ');
}
