/**
 * The back-test chart as SVG text: reported (solid, dots) and simulated (dashed) Q4 shares by
 * year, one colour per provider, axes labelled with units. Built with d3-scale and d3-shape, which
 * need no DOM, so the CLI writes it and the browser could show the same file.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { BacktestCell } from './errors.js';
import { PROVIDERS } from './reported.js';

const COLOURS: Record<string, string> = { AWS: '#ff9900', Azure: '#0078d4', 'Google Cloud': '#34a853', Others: '#777777' };
const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { top: 36, right: 130, bottom: 48, left: 56 };

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fixed = (value: number) => Number(value.toFixed(2));

/**
 * SVG of reported vs simulated shares for `cells` (titled `title`).
 * @example writeFileSync('backtest.svg', backtestSvg(summary.cells, 'baseline vs Synergy Q4'))
 */
export function backtestSvg(cells: readonly BacktestCell[], title: string): string {
  const years = cells.map((c) => c.year);
  const x = scaleLinear().domain([Math.min(...years), Math.max(...years)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const top = Math.max(10, ...cells.flatMap((c) => [c.reported, c.simulated]));
  const y = scaleLinear().domain([0, Math.ceil(top / 10) * 10]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<[number, number]>().x((d) => fixed(x(d[0]))).y((d) => fixed(y(d[1])));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="20" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const tick of y.ticks(6)) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="#eee"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${fixed(y(tick)) + 4}" text-anchor="end">${tick}</text>`);
  }
  for (const year of [...new Set(years)]) parts.push(`<text x="${fixed(x(year))}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${year}</text>`);
  parts.push(`<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">year (Q4)</text>`);
  parts.push(`<text transform="translate(16 ${(HEIGHT - MARGIN.bottom + MARGIN.top) / 2}) rotate(-90)" text-anchor="middle">cloud market share (%)</text>`);
  PROVIDERS.forEach((provider, i) => {
    const own = cells.filter((c) => c.provider === provider);
    if (own.length === 0) return;
    const colour = COLOURS[provider];
    parts.push(`<path d="${path(own.map((c) => [c.year, c.reported]))}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<path d="${path(own.map((c) => [c.year, c.simulated]))}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`);
    for (const c of own) parts.push(`<circle cx="${fixed(x(c.year))}" cy="${fixed(y(c.reported))}" r="3" fill="${colour}"/>`);
    const ly = MARGIN.top + 10 + i * 20;
    parts.push(`<line x1="${WIDTH - MARGIN.right + 12}" x2="${WIDTH - MARGIN.right + 32}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<text x="${WIDTH - MARGIN.right + 38}" y="${ly + 4}">${escapeXml(provider)}</text>`);
  });
  const ky = MARGIN.top + 10 + PROVIDERS.length * 20 + 10;
  parts.push(`<line x1="${WIDTH - MARGIN.right + 12}" x2="${WIDTH - MARGIN.right + 32}" y1="${ky}" y2="${ky}" stroke="#333" stroke-width="2"/><text x="${WIDTH - MARGIN.right + 38}" y="${ky + 4}">reported</text>`);
  parts.push(`<line x1="${WIDTH - MARGIN.right + 12}" x2="${WIDTH - MARGIN.right + 32}" y1="${ky + 18}" y2="${ky + 18}" stroke="#333" stroke-width="2" stroke-dasharray="6 4"/><text x="${WIDTH - MARGIN.right + 38}" y="${ky + 22}">simulated</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
