/**
 * Compare mode's text: the headline table (the CLI flagship's table, from the same code and the
 * same paired differences) and the story of the what-if for the followed lab — who hosts it
 * under which scope in each world, and the deals that differ.
 */
import { headlineTable } from '../sim/experiments/headline-table.js';
import { summarize } from '../sim/summary.js';
import { element } from './elements.js';
import { EXPLAIN } from './explain.js';
import { entitiesOf } from './draw.js';
import { completeRuns, type Results, type SideResults } from './results.js';
import { dealsOnlyIn, hostSpans } from './story.js';
import { colourOf } from './colours.js';

function explained(title: string, key: string, ...body: Node[]): HTMLElement {
  return element('section', { class: 'panel', id: `panel-${key}` },
    element('h3', {}, title),
    element('details', { class: 'explain' }, element('summary', {}, 'What am I looking at?'), element('p', {}, EXPLAIN[key] ?? '')),
    ...body);
}

/** Metrics shown first; the other summary metrics fold away. */
const HEADLINE_METRICS = ['final_narrative_share', 'cumulative_ai_revenue', 'lockin_month', 'defections', 'autonomy_index'];

/** The headline table of `a` (baseline) against `b` over their complete paired runs. */
function headline(a: SideResults, b: SideResults): HTMLElement {
  const runsA = completeRuns(a);
  const runsB = completeRuns(b);
  const pairs = Math.min(runsA.length, runsB.length);
  if (pairs === 0) return explained('Headline differences', 'headline', element('p', { class: 'muted' }, 'Waiting for the first pair of complete runs…'));
  const rows = headlineTable(runsA.slice(0, pairs).flatMap(summarize), runsB.slice(0, pairs).flatMap(summarize));
  const text = (v: number, signed = false) => (Number.isFinite(v) ? `${signed && v >= 0 ? '+' : ''}${Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3)}` : '-');
  const head = ['metric', 'entity', a.name, b.name, 'difference', '± 2 SE'];
  const body = rows.map((r) => ({ key: r.metric, cells: [r.metric.replace(/_/g, ' '), r.entity, text(r.baseline), text(r.counterfactual), text(r.difference, true), Number.isFinite(r.twoSe) ? `±${text(r.twoSe)}` : '-'] }));
  const table = (lines: typeof body) => element('table', { class: 'headline' },
    element('thead', {}, element('tr', {}, ...head.map((h) => element('th', {}, h)))),
    element('tbody', {}, ...lines.map((row) => element('tr', {}, ...row.cells.map((cell, i) => element('td', i >= 2 ? { class: 'num' } : {}, cell))))));
  const main = body.filter((row) => HEADLINE_METRICS.includes(row.key));
  const rest = body.filter((row) => !HEADLINE_METRICS.includes(row.key));
  return explained(`Headline differences (${pairs} paired run${pairs === 1 ? '' : 's'}, means)`, 'headline',
    table(main.length ? main : body),
    main.length && rest.length ? element('details', { class: 'more-metrics' }, element('summary', {}, `All ${body.length} summary metrics`), table(rest)) : document.createTextNode(''));
}

/** The story of `lab` in both worlds (run 0 of each). */
function story(a: SideResults, b: SideResults, lab: string): HTMLElement {
  const ra = a.recordings[0];
  const rb = b.recordings[0];
  const labName = entitiesOf(b).labs.find((l) => l.id === lab)?.label ?? lab;
  const ids = (side: SideResults) => entitiesOf(side).clouds.map((c) => c.id);
  const names = new Map([...entitiesOf(a).clouds, ...entitiesOf(b).clouds].map((c) => [c.id, c.label]));
  const column = (side: SideResults, recording = side.recordings[0]) => {
    const spans = hostSpans(recording, lab, ids(side), side.months[0] ?? 0);
    return element('div', { class: 'story-world' }, element('h4', {}, side.name),
      element('ol', { class: 'spans' }, ...spans.map((s) => element('li', {},
        element('span', { class: 'swatch', style: `background:${s.cloud ? colourOf(s.cloud) : '#ddd'}` }),
        `${s.from}${s.to !== s.from ? ` – ${s.to}` : ''}: `,
        element('strong', {}, s.cloud ? (names.get(s.cloud) ?? s.cloud) : 'no host'),
        s.cloud ? ` (${s.scope})` : ''))));
  };
  const deals = (x: SideResults, y: SideResults) => {
    const only = dealsOnlyIn(x.recordings[0], y.recordings[0]);
    return element('div', { class: 'story-world' }, element('h4', {}, `Only in ${x.name} (${only.length})`),
      element('ul', { class: 'deals' }, ...only.slice(0, 40).map((c) => element('li', {},
        `${c.start} ${c.lab} · ${names.get(c.cloud) ?? c.cloud}: ${c.exclusivity}, ${c.compute.toFixed(2)} kGPU/mo, ${c.origin === 'event' ? 'scenario' : 'market'}${c.status === 'defected' ? ` (defected ${c.end})` : ''}`))),
      only.length > 40 ? element('p', { class: 'muted' }, `…and ${only.length - 40} more (see contracts.csv)`) : '');
  };
  return explained(`The story: who hosts ${labName}, month by month (run 0)`, 'story',
    element('div', { class: 'story' }, column(a, ra), column(b, rb)),
    element('h4', {}, 'Deals that differ'),
    element('div', { class: 'story' }, deals(a, b), deals(b, a)));
}

/** Fills `container` with the compare panels (empty outside compare mode). */
export function drawComparePanels(container: HTMLElement, results: Results, lab: string): void {
  const { a, b } = results.sides;
  if (!a || !b || !a.recordings[0] || !b.recordings[0]) {
    container.replaceChildren();
    return;
  }
  container.replaceChildren(headline(a, b), story(a, b, lab));
}
