/**
 * Fan chart over several runs: per entity the median across runs and the band from the 5th to
 * the 95th percentile, month by month. With one run the band collapses onto the line.
 */
import { quantileSorted, extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { axes, cursorLine, frame, hoverMonths, monthDate, timeScale, emptyNote } from './frame.js';
import { chainable, type Entity, type Size } from './chainable.js';

export interface FanData {
  dates: string[];
  keys: Entity[];
  /** Per entity, the values of each complete run. */
  runs: ReadonlyMap<string, ArrayLike<number>[]>;
  cursor?: number;
}

interface Band {
  low: number;
  median: number;
  high: number;
}

interface Config extends Size {
  yLabel: string;
  format: (value: number) => string;
  colour: (id: string) => string;
}

/** Median and 5–95% quantiles of the finite values at each month; NaN where there are none. */
export function fanBands(runs: ArrayLike<number>[], months: number): Band[] {
  return Array.from({ length: months }, (_, t) => {
    const values = runs.map((r) => r[t]).filter(Number.isFinite).sort((a, b) => a - b);
    if (values.length === 0) return { low: NaN, median: NaN, high: NaN };
    return { low: quantileSorted(values, 0.05)!, median: quantileSorted(values, 0.5)!, high: quantileSorted(values, 0.95)! };
  });
}

/** A fan chart. @example svg.call(fanChart().title('Narrative share, 10 runs'), data) */
export function fanChart() {
  return chainable<FanData, Config>(
    { width: 640, height: 320, title: '', yLabel: '', format: (v) => v.toFixed(2), colour: () => '#888' },
    (svg, data, c) => {
      const months = data.dates.length;
      const bands = new Map(data.keys.map((k) => [k.id, fanBands(data.runs.get(k.id) ?? [], months)]));
      const runs = Math.max(0, ...[...data.runs.values()].map((r) => r.length));
      const legend = [...data.keys.map((k) => ({ label: k.label, colour: c.colour(k.id), shape: 'line' as const })), { label: '5–95% of runs', colour: '#777', opacity: 0.25 }];
      const plot = frame(svg, c.width, c.height, c.title, legend);
      const x = timeScale(data.dates, plot.width);
      const all = [...bands.values()].flatMap((b) => b.flatMap((d) => [d.low, d.high])).filter(Number.isFinite);
      const [low, high] = extent(all) as [number | undefined, number | undefined];
      const y = scaleLinear().domain([Math.min(0, low ?? 0), high && high > 0 ? high : 1]).nice().range([plot.height, 0]);
      axes(plot, x, y, 'month', c.yLabel, c.format);
      if (runs === 0) emptyNote(plot, 'waiting for the first complete run…');
      const index = Array.from({ length: months }, (_, t) => t);
      for (const k of data.keys) {
        const b = bands.get(k.id)!;
        const defined = (t: number) => Number.isFinite(b[t].median);
        const X = (t: number) => x(monthDate(data.dates[t]));
        plot.g.append('path').attr('class', 'band').attr('data-entity', k.id).attr('fill', c.colour(k.id)).attr('fill-opacity', 0.2)
          .attr('d', area<number>().defined(defined).x(X).y0((t) => y(b[t].low)).y1((t) => y(b[t].high))(index));
        plot.g.append('path').attr('class', 'median').attr('data-entity', k.id).attr('fill', 'none').attr('stroke', c.colour(k.id)).attr('stroke-width', 1.8)
          .attr('d', line<number>().defined(defined).x(X).y((t) => y(b[t].median))(index));
      }
      cursorLine(plot, x, data.cursor === undefined ? undefined : data.dates[data.cursor]);
      hoverMonths(plot, x, data.dates, runs > 0 ? months : 0, (t) =>
        data.keys.map((k) => {
          const b = bands.get(k.id)![t];
          return [`${k.label}: ${c.format(b.median)} (${c.format(b.low)}–${c.format(b.high)})`, c.colour(k.id)] as [string, string];
        }));
    },
  );
}
