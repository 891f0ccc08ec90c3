/**
 * One line per entity over months: cloud AI revenue (USD bn per month), or any metric of the
 * recording with its unit in the axis label.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { extent } from 'd3-array';
import { axes, cursorLine, emptyNote, frame, hoverMonths, monthDate, timeScale } from './frame.js';
import { chainable, type Entity, type Size } from './chainable.js';

export interface LinesData {
  dates: string[];
  upto: number;
  keys: Entity[];
  values: ReadonlyMap<string, ArrayLike<number>>;
  cursor?: number;
}

interface Config extends Size {
  yLabel: string;
  format: (value: number) => string;
  colour: (id: string) => string;
}

/** A multi-line chart. @example svg.call(lineChart().title('Cloud AI revenue').yLabel('USD bn / month'), data) */
export function lineChart() {
  return chainable<LinesData, Config>(
    { width: 640, height: 320, title: '', yLabel: '', format: (v) => v.toFixed(2), colour: () => '#888' },
    (svg, data, c) => {
      const plot = frame(svg, c.width, c.height, c.title, data.keys.map((k) => ({ label: k.label, colour: c.colour(k.id), shape: 'line' as const })));
      const x = timeScale(data.dates, plot.width);
      const all: number[] = [];
      for (const k of data.keys) {
        const values = data.values.get(k.id);
        for (let t = 0; t < data.upto; t++) if (values && Number.isFinite(values[t])) all.push(values[t]);
      }
      const [low, high] = extent(all) as [number | undefined, number | undefined];
      const y = scaleLinear().domain([Math.min(0, low ?? 0), high && high > 0 ? high : 1]).nice().range([plot.height, 0]);
      axes(plot, x, y, 'month', c.yLabel, c.format);
      if (data.upto === 0) emptyNote(plot, 'waiting for the first months…');
      const months = Array.from({ length: data.upto }, (_, t) => t);
      const path = (values: ArrayLike<number>) =>
        line<number>().defined((t) => Number.isFinite(values[t])).x((t) => x(monthDate(data.dates[t]))).y((t) => y(values[t]))(months);
      for (const k of data.keys) {
        const values = data.values.get(k.id);
        if (!values) continue;
        plot.g.append('path').attr('class', 'series').attr('data-entity', k.id).attr('fill', 'none').attr('stroke', c.colour(k.id)).attr('stroke-width', 1.8).attr('d', path(values));
      }
      cursorLine(plot, x, data.cursor === undefined ? undefined : data.dates[data.cursor]);
      hoverMonths(plot, x, data.dates, data.upto, (t) =>
        data.keys.map((k) => [`${k.label}: ${c.format(data.values.get(k.id)?.[t] ?? NaN)}`, c.colour(k.id)] as [string, string]));
    },
  );
}
