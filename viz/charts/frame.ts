/**
 * What every chart shares: the SVG frame (title, a legend that wraps, margins), month dates on a
 * UTC time axis, labelled axes, the scrubber's cursor line and a hover overlay that finds the
 * nearest month. Charts stay self-contained SVG, so an export carries title, legend and axes.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { pointer, type Selection } from 'd3-selection';
import { scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { bisector } from 'd3-array';
import { hideTooltip, showTooltip } from './tooltip.js';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** One legend entry: a label and its colour (opacity for exclusivity-scope swatches). */
export interface LegendItem {
  label: string;
  colour: string;
  opacity?: number;
  /** `line` draws a dash instead of a square. */
  shape?: 'square' | 'line' | 'cross';
}

export interface Plot {
  g: G;
  width: number;
  height: number;
}

const MARGIN = { left: 62, right: 16, bottom: 42 };

/** `"2018-03"` -> the first of that month, UTC. */
export function monthDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 1));
}

/**
 * Clears `svg` and lays out title, legend and the plot area of a `width` x `height` chart.
 * Returns the plot group, translated to its origin, and its inner size.
 */
export function frame(svg: Svg, width: number, height: number, title: string, legend: LegendItem[], room: { left?: number; top?: number } = {}): Plot {
  svg.selectAll('*').remove();
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`)
    .attr('xmlns', 'http://www.w3.org/2000/svg').attr('font-family', 'system-ui, sans-serif').attr('font-size', 11);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#fff');
  svg.append('text').attr('x', 12).attr('y', 20).attr('font-size', 14).attr('font-weight', 600).text(title);
  const rows = drawLegend(svg.append('g').attr('transform', 'translate(12, 32)'), legend, width - 24);
  const top = 40 + rows * 16 + (room.top ?? 0);
  const left = room.left ?? MARGIN.left;
  const g = svg.append('g').attr('class', 'plot').attr('transform', `translate(${left},${top})`);
  return { g, width: Math.max(10, width - left - MARGIN.right), height: Math.max(10, height - top - MARGIN.bottom) };
}

/** Legend entries left to right, wrapping at `width`; returns the number of rows used. */
function drawLegend(g: G, items: LegendItem[], width: number): number {
  let x = 0;
  let row = 0;
  for (const item of items) {
    const size = 18 + item.label.length * 6.2 + 12;
    if (x > 0 && x + size > width) {
      x = 0;
      row++;
    }
    const entry = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${x},${row * 16})`);
    if (item.shape === 'line') entry.append('line').attr('x1', 0).attr('x2', 12).attr('y1', 5).attr('y2', 5).attr('stroke', item.colour).attr('stroke-width', 2);
    else if (item.shape === 'cross') entry.append('path').attr('d', 'M1,0L11,10M11,0L1,10').attr('stroke', item.colour).attr('stroke-width', 2);
    else entry.append('rect').attr('width', 12).attr('height', 10).attr('fill', item.colour).attr('fill-opacity', item.opacity ?? 1).attr('stroke', item.opacity !== undefined ? item.colour : 'none');
    entry.append('text').attr('x', 16).attr('y', 9).text(item.label);
    x += size;
  }
  return items.length === 0 ? 0 : row + 1;
}

/** A UTC time scale over the run's months. */
export function timeScale(dates: readonly string[], width: number): ScaleTime<number, number> {
  return scaleUtc().domain([monthDate(dates[0]), monthDate(dates[dates.length - 1])]).range([0, width]);
}

/** Bottom time axis and left value axis, each with its label (units in the label). */
export function axes(plot: Plot, x: ScaleTime<number, number> | null, y: ScaleLinear<number, number>, xLabel: string, yLabel: string, yFormat?: (v: number) => string): void {
  const { g, width, height } = plot;
  if (x) g.append('g').attr('class', 'axis x').attr('transform', `translate(0,${height})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 80))));
  g.append('g').attr('class', 'axis y').call(axisLeft(y).ticks(Math.max(2, Math.floor(height / 40))).tickFormat((v) => (yFormat ?? String)(+v)));
  g.append('text').attr('x', width / 2).attr('y', height + 34).attr('text-anchor', 'middle').attr('fill', '#444').text(xLabel);
  g.append('text').attr('transform', `translate(-48,${height / 2}) rotate(-90)`).attr('text-anchor', 'middle').attr('fill', '#444').text(yLabel);
}

/** The scrubber's month as a dashed vertical line. */
export function cursorLine(plot: Plot, x: ScaleTime<number, number>, date: string | undefined): void {
  if (!date) return;
  const at = x(monthDate(date));
  plot.g.append('line').attr('class', 'cursor').attr('x1', at).attr('x2', at).attr('y1', 0).attr('y2', plot.height)
    .attr('stroke', '#222').attr('stroke-dasharray', '3,3').attr('pointer-events', 'none');
}

/**
 * A transparent overlay: on hover, the nearest month among the first `upto`, a guide line and a
 * tooltip whose lines `describe(month)` gives.
 */
export function hoverMonths(plot: Plot, x: ScaleTime<number, number>, dates: readonly string[], upto: number, describe: (month: number) => (string | [string, string])[]): void {
  const times = dates.slice(0, upto).map(monthDate);
  const guide = plot.g.append('line').attr('stroke', '#888').attr('y1', 0).attr('y2', plot.height).attr('display', 'none').attr('pointer-events', 'none');
  const find = bisector((d: Date) => d).center;
  plot.g.append('rect').attr('class', 'hover').attr('width', plot.width).attr('height', plot.height).attr('fill', 'transparent')
    .on('mousemove', (event: MouseEvent) => {
      if (times.length === 0) return;
      const month = find(times, x.invert(pointer(event)[0]));
      guide.attr('x1', x(times[month])).attr('x2', x(times[month])).attr('display', null);
      showTooltip(event, [dates[month], ...describe(month)]);
    })
    .on('mouseleave', () => {
      guide.attr('display', 'none');
      hideTooltip();
    });
}

/** A message in the middle of an empty plot. */
export function emptyNote(plot: Plot, text: string): void {
  plot.g.append('text').attr('class', 'empty-note').attr('x', plot.width / 2).attr('y', plot.height / 2).attr('text-anchor', 'middle').attr('fill', '#888').text(text);
}
