/**
 * Contract timeline: one row per lab–cloud pair, one bar per contract from signing to its end,
 * coloured by cloud and shaded by exclusivity scope (the stronger, the darker); a cross marks a
 * defection, a bar still open at the end of the run fades out.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ContractRecord } from '../../sim/recording.js';
import { SCOPE_OPACITY } from '../colours.js';
import { axes, cursorLine, emptyNote, frame, monthDate, timeScale } from './frame.js';
import { chainable, type Entity, type Size } from './chainable.js';
import { hideTooltip, showTooltip } from './tooltip.js';

export interface ContractsData {
  dates: string[];
  /** Months computed so far: contracts are drawn to here when still active. */
  upto: number;
  contracts: ContractRecord[];
  labs: Entity[];
  clouds: Entity[];
  cursor?: number;
}

interface Config extends Size {
  colour: (id: string) => string;
}

const ROW = 15;

/** Room for the row labels ("OpenAI · Azure"), px. */
const LABEL_WIDTH = 170;

/** Rows lab by lab (in the scenario's order), clouds in theirs, only pairs that ever contracted. */
function pairRows(data: ContractsData): string[] {
  const pairs = new Set(data.contracts.map((c) => `${c.lab}·${c.cloud}`));
  return data.labs.flatMap((lab) => data.clouds.map((cloud) => `${lab.id}·${cloud.id}`)).filter((p) => pairs.has(p));
}

/** The chart's natural height for `data`: a fixed row per pair. */
export function contractsHeight(data: ContractsData): number {
  return 130 + Math.max(4, pairRows(data).length) * ROW;
}

/** A contract timeline. @example svg.call(contractTimeline().width(640).height(contractsHeight(data)), data) */
export function contractTimeline() {
  return chainable<ContractsData, Config>({ width: 640, height: 320, title: '', colour: () => '#888' }, (svg, data, c) => {
    const scopes = Object.entries(SCOPE_OPACITY).map(([scope, opacity]) => ({ label: `scope: ${scope}`, colour: '#555', opacity }));
    const plot = frame(svg, c.width, c.height, c.title, [...scopes, { label: 'defection', colour: '#c00', shape: 'cross' }], { left: LABEL_WIDTH });
    const x = timeScale(data.dates, plot.width);
    const rows = pairRows(data);
    const yBand = scaleBand<string>().domain(rows).range([0, plot.height]).padding(0.2);
    axes(plot, x, scaleLinear().range([plot.height, 0]).domain([0, 0]), 'month', '');
    plot.g.select('.axis.y').remove();
    const labels = new Map([...data.labs, ...data.clouds].map((e) => [e.id, e.label]));
    plot.g.append('g').attr('class', 'row-labels').selectAll('text').data(rows).join('text')
      .attr('x', -4).attr('y', (r) => yBand(r)! + yBand.bandwidth() / 2 + 3.5).attr('text-anchor', 'end').attr('font-size', 9.5)
      .text((r) => clip(r.split('·').map((id) => labels.get(id) ?? id).join(' · '), 28));
    if (rows.length === 0) emptyNote(plot, 'no contracts yet');
    const last = data.dates[Math.max(0, data.upto - 1)] ?? data.dates[0];
    const endOf = (k: ContractRecord) => k.end ?? last;
    const bars = plot.g.append('g').attr('class', 'bars').selectAll('g').data(data.contracts.filter((k) => rows.includes(`${k.lab}·${k.cloud}`))).join('g')
      .attr('class', 'contract').attr('data-status', (k) => k.status)
      .on('mousemove', (event: MouseEvent, k) => showTooltip(event, describe(k, labels)))
      .on('mouseleave', hideTooltip);
    bars.append('rect')
      .attr('x', (k) => x(monthDate(k.start))).attr('y', (k) => yBand(`${k.lab}·${k.cloud}`)!)
      .attr('width', (k) => Math.max(2, x(monthDate(endOf(k))) - x(monthDate(k.start))))
      .attr('height', yBand.bandwidth()).attr('fill', (k) => c.colour(k.cloud)).attr('fill-opacity', (k) => SCOPE_OPACITY[k.exclusivity] ?? 0.5)
      .attr('stroke', (k) => c.colour(k.cloud)).attr('stroke-width', (k) => (k.public ? 1.2 : 0.4));
    bars.filter((k) => k.status === 'defected').append('path')
      .attr('transform', (k) => `translate(${x(monthDate(endOf(k)))},${yBand(`${k.lab}·${k.cloud}`)! + yBand.bandwidth() / 2})`)
      .attr('d', 'M-5,-5L5,5M5,-5L-5,5').attr('stroke', '#c00').attr('stroke-width', 2.2).attr('class', 'defection');
    cursorLine(plot, x, data.cursor === undefined ? undefined : data.dates[data.cursor]);
  });
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(k: ContractRecord, labels: Map<string, string>): string[] {
  return [
    `${labels.get(k.lab) ?? k.lab} with ${labels.get(k.cloud) ?? k.cloud} (#${k.id}, ${k.origin === 'event' ? 'scenario event' : 'market deal'})`,
    `${k.start} → ${k.end ?? 'still active'} · ${k.status}${k.endReason ? ` (${k.endReason})` : ''}`,
    `scope ${k.exclusivity}${k.public ? ', public' : ''} · ${k.compute.toFixed(2)} kGPU/month for ${k.months} months`,
    `price ${(k.price * 1000).toFixed(2)} USD m per kGPU-month · investment ${k.investment.toFixed(2)} USD bn`,
  ];
}
