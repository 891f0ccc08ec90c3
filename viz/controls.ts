/**
 * The control panel: scenario picker and upload, compare partner, seed, runs, population, the
 * key-parameter sliders (with the cloud or lab they apply to), the lab and metric followed.
 * It reads and writes the ViewState and calls back; the page decides what to re-run.
 */
import type { Scenario } from '../sim/scenario/types.js';
import { byId, element } from './elements.js';
import { LIBRARY_NAMES } from './library.js';
import { MAX_AGENTS, MAX_RUNS } from './protocol.js';
import { SLIDERS, sliderPath, valueAt, type SliderSpec } from './sliders.js';
import { METRICS, type ViewState } from './state.js';

export interface ControlEvents {
  /** Something that needs a new run changed. */
  rerun(): void;
  /** Only the view changed (lab, metric). */
  redraw(): void;
  /** A file was chosen for upload. */
  upload(file: File): void;
  /** A results folder was chosen. */
  openFolder(files: FileList): void;
  /** A value was refused (message for the notice bar). */
  refuse(message: string): void;
}

const picked = new Map<string, string>();

function options(select: HTMLSelectElement, items: [value: string, label: string][], selected: string): void {
  select.replaceChildren(...items.map(([value, label]) => element('option', { value }, label)));
  select.value = items.some(([v]) => v === selected) ? selected : (items[0]?.[0] ?? '');
}

function numberField(id: string, min: number, max: number, read: () => number | null, write: (v: number | null) => void, events: ControlEvents, label: string): void {
  const input = byId<HTMLInputElement>(id);
  input.min = String(min);
  input.max = String(max);
  input.value = read() === null ? '' : String(read());
  input.onchange = () => {
    const text = input.value.trim();
    const value = Number(text);
    if (text === '' && id === 'seed') write(null);
    else if (!Number.isInteger(value) || value < min || value > max) {
      events.refuse(`${label} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}; ${JSON.stringify(text.slice(0, 20))} was refused.`);
      input.value = read() === null ? '' : String(read());
      return;
    } else write(value);
    events.rerun();
  };
}

/** Wires the static controls of the page to `state`. */
export function bindControls(state: ViewState, events: ControlEvents): void {
  const scenario = byId<HTMLSelectElement>('scenario');
  scenario.onchange = () => {
    state.scenario = scenario.value;
    if (state.scenario !== 'upload') state.upload = null;
    if (state.compare === state.scenario) state.compare = null;
    events.rerun();
  };
  const compare = byId<HTMLSelectElement>('compare');
  compare.onchange = () => {
    state.compare = compare.value || null;
    events.rerun();
  };
  byId<HTMLInputElement>('upload').onchange = (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) events.upload(file);
    (event.target as HTMLInputElement).value = '';
  };
  byId<HTMLInputElement>('results-folder').onchange = (event) => {
    const files = (event.target as HTMLInputElement).files;
    if (files?.length) events.openFolder(files);
  };
  numberField('seed', 0, 4294967295, () => state.seed, (v) => (state.seed = v), events, 'Seed');
  numberField('runs', 1, MAX_RUNS, () => state.runs, (v) => (state.runs = v ?? 1), events, 'Runs');
  numberField('agents', 100, MAX_AGENTS, () => state.agents, (v) => (state.agents = v ?? 100), events, 'Population');
  byId('reset-sliders').onclick = () => {
    state.params = {};
    events.rerun();
  };
  const metric = byId<HTMLSelectElement>('metric');
  options(metric, Object.entries(METRICS).map(([key, m]) => [key, m.label]), state.metric);
  metric.onchange = () => {
    state.metric = metric.value;
    events.redraw();
  };
  byId<HTMLSelectElement>('lab').onchange = (event) => {
    state.lab = (event.target as HTMLSelectElement).value;
    events.redraw();
  };
}

/** Brings the pickers and sliders in line with `state` and the resolved `scenario` on show. */
export function syncControls(state: ViewState, scenario: Scenario | null, events: ControlEvents): void {
  const library: [string, string][] = LIBRARY_NAMES.map((name) => [name, name]);
  options(byId<HTMLSelectElement>('scenario'), state.upload ? [...library, ['upload', `uploaded: ${state.upload.file}`]] : library, state.scenario);
  options(byId<HTMLSelectElement>('compare'), [['', '— no comparison —'], ...library.filter(([name]) => name !== state.scenario)], state.compare ?? '');
  byId<HTMLInputElement>('seed').value = state.seed === null ? '' : String(state.seed);
  byId<HTMLInputElement>('seed').placeholder = scenario ? `${scenario.seed} (the scenario's)` : '';
  byId<HTMLInputElement>('runs').value = String(state.runs);
  byId<HTMLInputElement>('agents').value = String(state.agents);
  if (!scenario) return;
  options(byId<HTMLSelectElement>('lab'), scenario.labs.map((l) => [l.id, l.name]), state.lab);
  byId('sliders').replaceChildren(...SLIDERS.map((spec) => slider(spec, state, scenario, events)));
}

function slider(spec: SliderSpec, state: ViewState, scenario: Scenario, events: ControlEvents): HTMLElement {
  const entities = spec.entity ? scenario[spec.entity].map((e) => [e.id, e.name] as [string, string]) : [];
  const fallback = spec.entity === 'labs' ? 'openai' : 'azure';
  const id = spec.entity ? (picked.get(spec.path) ?? (entities.some(([e]) => e === fallback) ? fallback : entities[0]?.[0] ?? '')) : '';
  const path = spec.entity ? sliderPath(spec, id) : spec.path;
  const value = valueAt(scenario, path);
  const input = element('input', { type: 'range', min: String(spec.min), max: String(spec.max), step: String(spec.step), 'data-path': path, 'aria-label': spec.label });
  input.value = String(value);
  const output = element('output', {}, Number.isFinite(value) ? String(value) : '–');
  input.oninput = () => (output.textContent = input.value);
  input.onchange = () => {
    state.params[path] = Number(input.value);
    events.rerun();
  };
  const label = element('label', { class: 'slider' + (path in state.params ? ' changed' : ''), title: spec.help }, element('span', { class: 'slider-name' }, spec.label));
  if (spec.entity) {
    const select = element('select', { 'aria-label': `${spec.label}: which ${spec.entity === 'labs' ? 'lab' : 'cloud'}` });
    options(select, entities, id);
    select.onchange = () => {
      picked.set(spec.path, select.value);
      const next = sliderPath(spec, select.value);
      input.dataset.path = next;
      const v = valueAt(scenario, next);
      input.value = String(v);
      output.textContent = String(v);
    };
    input.onchange = () => {
      state.params[input.dataset.path!] = Number(input.value);
      events.rerun();
    };
    label.append(select);
  }
  label.append(element('span', { class: 'slider-row' }, input, output));
  return label;
}
