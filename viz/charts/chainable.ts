/**
 * The d3 reusable-chart pattern: a chart is a function of (svg, data) configured by chainable
 * accessors, `lineChart().title('AI revenue').width(640)`, then drawn with `svg.call(chart, data)`.
 */
import type { Svg } from './frame.js';

/** A chart: draw with `chart(svg, data)` (or `svg.call(chart, data)`); each config key is an accessor. */
export type Chart<D, C> = ((svg: Svg, data: D) => void) & { [K in keyof C]-?: (value: C[K]) => Chart<D, C> };

/**
 * A chart from its default configuration and its drawing function; the configuration is the
 * chart's own copy (accessors set it).
 * @example const chart = chainable({ width: 600 }, (svg, data, config) => ...); chart.width(800)(svg, data);
 */
export function chainable<D, C extends object>(defaults: C, draw: (svg: Svg, data: D, config: C) => void): Chart<D, C> {
  const config = { ...defaults };
  const chart = ((svg: Svg, data: D) => draw(svg, data, config)) as Chart<D, C>;
  for (const key of Object.keys(config) as (keyof C)[]) {
    (chart as unknown as Record<keyof C, (value: unknown) => Chart<D, C>>)[key] = (value: unknown) => {
      config[key] = value as C[keyof C];
      return chart;
    };
  }
  return chart;
}

/** An entity as charts see it: id (for colour) and display label. */
export interface Entity {
  id: string;
  label: string;
}

/** Common size and title configuration. */
export interface Size {
  width: number;
  height: number;
  title: string;
}
