/**
 * The lab–cloud network at the scrubbed month: clouds on the left sized by AI capacity, labs on
 * the right sized by traffic share, an edge per active contract as thick as its compute and as
 * dark as its exclusivity scope.
 */
import { scaleLinear, scalePoint, scaleSqrt } from 'd3-scale';
import { max } from 'd3-array';
import type { ContractRecord } from '../../sim/recording.js';
import { SCOPE_OPACITY } from '../colours.js';
import { emptyNote, frame, type G } from './frame.js';
import { clip } from './contracts.js';
import { chainable, type Entity, type Size } from './chainable.js';
import { hideTooltip, showTooltip } from './tooltip.js';

export interface NetworkNode extends Entity {
  /** Capacity (kGPU) for a cloud, traffic share for a lab; NaN when it does not exist yet. */
  size: number;
}

export interface NetworkData {
  date: string;
  clouds: NetworkNode[];
  labs: NetworkNode[];
  /** Contracts active at `date`. */
  contracts: ContractRecord[];
}

interface Config extends Size {
  colour: (id: string) => string;
}

/** A bipartite network chart. @example svg.call(networkChart().title('Network, 2020-01'), data) */
export function networkChart() {
  return chainable<NetworkData, Config>({ width: 640, height: 320, title: '', colour: () => '#888' }, (svg, data, c) => {
    const legend = [
      { label: 'cloud: circle ∝ AI capacity (kGPU)', colour: '#777' },
      { label: 'lab: circle ∝ traffic share', colour: '#bbb' },
      ...Object.entries(SCOPE_OPACITY).map(([scope, opacity]) => ({ label: `edge scope: ${scope}`, colour: '#555', opacity })),
    ];
    const plot = frame(svg, c.width, c.height, `${c.title}, ${data.date}`, legend, { left: 16 });
    const clouds = data.clouds.filter((n) => Number.isFinite(n.size));
    const labs = data.labs.filter((n) => Number.isFinite(n.size));
    if (clouds.length + labs.length === 0) return emptyNote(plot, 'nothing exists yet at this month');
    const left = plot.width * 0.3;
    const right = plot.width * 0.7;
    const yc = scalePoint<string>().domain(clouds.map((n) => n.id)).range([14, plot.height - 14]).padding(0.5);
    const yl = scalePoint<string>().domain(labs.map((n) => n.id)).range([14, plot.height - 14]).padding(0.5);
    const room = Math.min(28, (plot.height / Math.max(clouds.length, labs.length, 1)) * 0.45);
    const rc = scaleSqrt().domain([0, max(clouds, (n) => n.size) || 1]).range([2, room]);
    const rl = scaleSqrt().domain([0, max(labs, (n) => n.size) || 1]).range([2, room]);
    const edges = data.contracts.filter((k) => yc(k.cloud) !== undefined && yl(k.lab) !== undefined);
    const width = scaleLinear().domain([0, max(edges, (k) => k.compute) || 1]).range([1, 12]);
    plot.g.append('g').attr('class', 'edges').selectAll('path').data(edges).join('path')
      .attr('class', 'edge').attr('fill', 'none').attr('stroke', (k) => c.colour(k.cloud)).attr('stroke-opacity', (k) => SCOPE_OPACITY[k.exclusivity] ?? 0.5)
      .attr('stroke-width', (k) => width(k.compute))
      .attr('d', (k) => {
        const y1 = yc(k.cloud)!, y2 = yl(k.lab)!, mid = (left + right) / 2;
        return `M${left},${y1}C${mid},${y1} ${mid},${y2} ${right},${y2}`;
      })
      .on('mousemove', (event: MouseEvent, k) => showTooltip(event, [`${k.lab} · ${k.cloud}`, `scope ${k.exclusivity}, ${k.compute.toFixed(2)} kGPU/month`, `${k.start} → ${k.end ?? 'active'}`]))
      .on('mouseleave', hideTooltip);
    const node = (g: G, nodes: NetworkNode[], x: number, y: (id: string) => number | undefined, r: (v: number) => number, side: 'cloud' | 'lab', unit: (v: number) => string) => {
      const items = g.selectAll('g').data(nodes).join('g').attr('class', `node ${side}`).attr('transform', (n) => `translate(${x},${y(n.id)})`)
        .on('mousemove', (event: MouseEvent, n) => showTooltip(event, [n.label, unit(n.size)]))
        .on('mouseleave', hideTooltip);
      items.append('circle').attr('r', (n) => r(n.size)).attr('fill', (n) => c.colour(n.id)).attr('stroke', '#fff');
      items.append('text').attr('x', (n) => (side === 'cloud' ? -r(n.size) - 5 : r(n.size) + 5)).attr('y', 4)
        .attr('text-anchor', side === 'cloud' ? 'end' : 'start').text((n) => clip(n.label, 22));
    };
    node(plot.g.append('g'), clouds, left, yc, rc, 'cloud', (v) => `AI capacity ${v.toFixed(1)} kGPU`);
    node(plot.g.append('g'), labs, right, yl, rl, 'lab', (v) => `traffic share ${(v * 100).toFixed(1)}%`);
  });
}
