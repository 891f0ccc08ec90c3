/**
 * Stacked areas over months, one layer per entity in a fixed order: narrative share per cloud
 * (layers sum to 1) and contracted compute by cloud. Optional event markers on the time axis,
 * labelled where there is room, every one with a tooltip.
 */
import { area, stack, stackOffsetNone, stackOrderNone } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { axes, cursorLine, emptyNote, frame, hoverMonths, monthDate, timeScale, type Plot } from './frame.js';
import { chainable, type Entity, type Size } from './chainable.js';
import { showTooltip, hideTooltip } from './tooltip.js';
import type { ScaleTime } from 'd3-scale';

/** A dated event on the time axis. */
export interface Marker {
  date: string;
  label: string;
  detail: string;
  colour: string;
  /** Higher first when labels compete for room. */
  priority: number;
}

export interface StackedAreaData {
  dates: string[];
  /** Months to draw (the rest is not computed yet, or after the scrubber). */
  upto: number;
  keys: Entity[];
  values: ReadonlyMap<string, ArrayLike<number>>;
  markers?: Marker[];
  /** The scrubber's month index, drawn as a line. */
  cursor?: number;
}

interface Config extends Size {
  yLabel: string;
  /** Fixed top of the y axis (1 for shares); null scales to the data. */
  yMax: number | null;
  format: (value: number) => string;
  colour: (id: string) => string;
}

/** Rows of marker labels at the top of the plot. */
const ROWS = [0, 1, 2];

/** A stacked-area chart. @example svg.call(stackedArea().title('Narrative share').yMax(1), data) */
export function stackedArea() {
  return chainable<StackedAreaData, Config>(
    { width: 640, height: 320, title: '', yLabel: '', yMax: null, format: (v) => v.toFixed(2), colour: () => '#888' },
    (svg, data, c) => {
      const legend = data.keys.map((k) => ({ label: k.label, colour: c.colour(k.id) }));
      const plot = frame(svg, c.width, c.height, c.title, legend, { top: data.markers?.length ? ROWS.length * 11 + 4 : 0 });
      const x = timeScale(data.dates, plot.width);
      const months = Array.from({ length: data.upto }, (_, t) => t);
      const value = (id: string, t: number) => {
        const v = data.values.get(id)?.[t] ?? NaN;
        return Number.isFinite(v) ? v : 0;
      };
      const layers = stack<number>().keys(data.keys.map((k) => k.id)).value((t, id) => value(id, t)).order(stackOrderNone).offset(stackOffsetNone)(months);
      const top = c.yMax ?? (max(layers.at(-1) ?? [], (d) => d[1]) || 1);
      const y = scaleLinear().domain([0, top]).nice().range([plot.height, 0]);
      axes(plot, x, y, 'month', c.yLabel, c.format);
      if (data.upto === 0) emptyNote(plot, 'waiting for the first months…');
      const shape = area<[number, number] & { data: number }>().x((d) => x(monthDate(data.dates[d.data]))).y0((d) => y(d[0])).y1((d) => y(d[1]));
      plot.g.append('g').attr('class', 'layers').selectAll('path').data(layers).join('path')
        .attr('class', 'layer').attr('data-entity', (d) => d.key).attr('fill', (d) => c.colour(d.key)).attr('fill-opacity', 0.85)
        .attr('d', (d) => shape(d as never));
      if (data.markers?.length) drawMarkers(plot, x, data.markers);
      cursorLine(plot, x, data.cursor === undefined ? undefined : data.dates[data.cursor]);
      hoverMonths(plot, x, data.dates, data.upto, (t) =>
        [...data.keys].reverse().map((k) => [`${k.label}: ${c.format(value(k.id, t))}`, c.colour(k.id)] as [string, string]));
    },
  );
}

/** Ticks under the axis for every marker; labels above the plot in up to three rows where they fit. */
function drawMarkers(plot: Plot, x: ScaleTime<number, number>, markers: Marker[]): void {
  const g = plot.g.append('g').attr('class', 'markers');
  const placed = new Map<Marker, number>();
  for (const marker of [...markers].sort((a, b) => b.priority - a.priority)) {
    const at = x(monthDate(marker.date));
    const width = marker.label.length * 5.6 + 6;
    const row = ROWS.find((i) => placedFree(placed, x, at, width, i));
    if (row !== undefined) placed.set(marker, row);
  }
  for (const marker of markers) {
    const at = x(monthDate(marker.date));
    const mark = g.append('g').attr('class', 'marker').attr('transform', `translate(${at},0)`)
      .on('mousemove', (event: MouseEvent) => showTooltip(event, [marker.date, marker.label, marker.detail]))
      .on('mouseleave', hideTooltip);
    mark.append('line').attr('y1', placed.has(marker) ? -ROWS.length * 11 - 2 + (placed.get(marker)! + 1) * 11 : 0).attr('y2', plot.height).attr('stroke', marker.colour).attr('stroke-opacity', 0.35);
    mark.append('path').attr('d', `M-4,${plot.height + 1}L4,${plot.height + 1}L0,${plot.height - 6}Z`).attr('fill', marker.colour);
    const row = placed.get(marker);
    if (row !== undefined) {
      mark.append('text').attr('class', 'marker-label').attr('x', 2).attr('y', -ROWS.length * 11 + 5 + row * 11).attr('font-size', 9.5)
        .attr('fill', '#222').attr('paint-order', 'stroke').attr('stroke', '#fff').attr('stroke-width', 3).text(marker.label);
    }
    mark.append('rect').attr('x', -4).attr('y', 0).attr('width', 8).attr('height', plot.height + 2).attr('fill', 'transparent');
  }
}

/** Whether a label of `width` at `at` in `row` overlaps no label already placed in that row. */
function placedFree(placed: Map<Marker, number>, x: ScaleTime<number, number>, at: number, width: number, row: number): boolean {
  for (const [other, r] of placed) {
    if (r !== row) continue;
    const start = x(monthDate(other.date));
    const end = start + other.label.length * 5.6 + 6;
    if (at < end && start < at + width) return false;
  }
  return at + width < x.range()[1] + 40;
}
