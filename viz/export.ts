/**
 * Taking results away: the same CSVs as `stormoff run` (written by sim/csv.ts from the same
 * recordings, so byte for byte equal for the same scenario, seed and overrides), a meta.json,
 * and any chart as SVG or PNG.
 */
import { contractsCsv, eventsCsv, timeseriesCsv } from '../sim/csv.js';
import { labStateCsv } from '../sim/lab-state-csv.js';
import type { Recording } from '../sim/recording.js';
import type { Scenario } from '../sim/scenario/types.js';
import { runTables, type RunRequestOfCli } from './run-tables.js';

/** The CSV files `stormoff run` writes for the same runs, by file name. */
export async function csvFiles(recordings: Recording[], scenario: Scenario, cli: RunRequestOfCli): Promise<Record<string, string>> {
  return {
    'timeseries.csv': timeseriesCsv(recordings),
    'lab_state.csv': labStateCsv(recordings),
    'contracts.csv': contractsCsv(recordings),
    'events.csv': eventsCsv(recordings),
    ...(await runTables(recordings, scenario, cli)),
  };
}

/** meta.json as the viewer knows it: the scenario, the seeds, the equivalent command. */
export function metaJson(recordings: Recording[], scenario: Scenario | null, command: string): string {
  const meta = {
    scenario: { name: recordings[0]?.key.scenario ?? scenario?.name ?? '' },
    seeds: recordings.map((r) => r.key.seed),
    command: command.split(' '),
    written: new Date().toISOString(),
    writer: 'stormoff viewer',
    parameters: scenario,
  };
  return JSON.stringify(meta, null, 2) + '\n';
}

/** Offers `content` as a download named `name`. */
export function download(name: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart as standalone SVG text. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.hover').forEach((node) => node.remove());
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

/** The chart rendered to a PNG at `scale` times its size. */
export function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d')!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the chart could not be rendered to PNG'));
    image.src = url;
  });
}
