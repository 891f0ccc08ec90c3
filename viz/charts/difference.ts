/**
 * Compare mode: counterfactual minus baseline, month by month, per entity — the mean of the
 * paired (same-seed) differences and its 95% confidence band (sim/paired.ts), around a zero line.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { PairedDifference } from '../../sim/paired.js';
import { axes, cursorLine, emptyNote, frame, hoverMonths, monthDate, timeScale } from './frame.js';
import { chainable, type Entity, type Size } from './chainable.js';

export interface DifferenceData {
  dates: string[];
  upto: number;
  keys: Entity[];
  /** Per entity, the paired difference at each month. */
  differences: ReadonlyMap<string, PairedDifference[]>;
  cursor?: number;
}

interface Config extends Size {
  yLabel: string;
  format: (value: number) => string;
  colour: (id: string) => string;
}

/** A difference chart. @example svg.call(differenceChart().title('Narrative share: counterfactual − baseline'), data) */
export function differenceChart() {
  return chainable<DifferenceData, Config>(
    { width: 640, height: 320, title: '', yLabel: '', format: (v) => v.toFixed(3), colour: () => '#888' },
    (svg, data, c) => {
      const legend = [...data.keys.map((k) => ({ label: k.label, colour: c.colour(k.id), shape: 'line' as const })), { label: '95% CI of the mean difference', colour: '#777', opacity: 0.25 }];
      const plot = frame(svg, c.width, c.height, c.title, legend);
      const x = timeScale(data.dates, plot.width);
      const index = Array.from({ length: data.upto }, (_, t) => t);
      const band = (d: PairedDifference) => (Number.isFinite(d.ciLow) ? [d.ciLow, d.ciHigh] : [d.mean, d.mean]);
      const all = [...data.differences.values()].flatMap((ds) => ds.slice(0, data.upto).flatMap(band)).filter(Number.isFinite);
      const [low, high] = extent(all) as [number | undefined, number | undefined];
      const span = Math.max(Math.abs(low ?? 0), Math.abs(high ?? 0)) || 0.01;
      const y = scaleLinear().domain([Math.min(0, low ?? -span), Math.max(0, high ?? span)]).nice().range([plot.height, 0]);
      axes(plot, x, y, 'month', c.yLabel, c.format);
      plot.g.append('line').attr('x1', 0).attr('x2', plot.width).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', '#222');
      if (data.upto === 0) emptyNote(plot, 'waiting for both worlds…');
      const X = (t: number) => x(monthDate(data.dates[t]));
      for (const k of data.keys) {
        const ds = data.differences.get(k.id);
        if (!ds) continue;
        const defined = (t: number) => Number.isFinite(ds[t]?.mean);
        plot.g.append('path').attr('class', 'band').attr('data-entity', k.id).attr('fill', c.colour(k.id)).attr('fill-opacity', 0.2)
          .attr('d', area<number>().defined(defined).x(X).y0((t) => y(band(ds[t])[0])).y1((t) => y(band(ds[t])[1]))(index));
        plot.g.append('path').attr('class', 'series').attr('data-entity', k.id).attr('fill', 'none').attr('stroke', c.colour(k.id)).attr('stroke-width', 1.8)
          .attr('d', line<number>().defined(defined).x(X).y((t) => y(ds[t].mean))(index));
      }
      cursorLine(plot, x, data.cursor === undefined ? undefined : data.dates[data.cursor]);
      hoverMonths(plot, x, data.dates, data.upto, (t) =>
        data.keys.map((k) => {
          const d = data.differences.get(k.id)?.[t];
          const ci = d && Number.isFinite(d.ciLow) ? ` [${c.format(d.ciLow)}, ${c.format(d.ciHigh)}]` : '';
          return [`${k.label}: ${d ? (d.mean >= 0 ? '+' : '') + c.format(d.mean) : '–'}${ci}`, c.colour(k.id)] as [string, string];
        }));
    },
  );
}
