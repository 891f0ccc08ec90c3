/**
 * A tornado chart of sensitivity results as SVG text: one panel per metric, one horizontal bar per
 * parameter sorted by importance (Sobol: total index, first-order index drawn inside it, 95%
 * whiskers; Morris: mu*, with sigma as a tick). Pure (no DOM), so Node and the browser share it.
 */

export interface TornadoBar {
  parameter: string;
  /** Bar length (Sobol total index, or Morris mu*). */
  value: number;
  /** Inner bar (Sobol first-order index) or tick (Morris sigma); NaN for none. */
  inner: number;
  /** Whisker ends (NaN for none). */
  low: number;
  high: number;
}

export interface TornadoPanel {
  metric: string;
  bars: TornadoBar[];
}

const WIDTH = 640;
const LABEL = 170;
const BAR = 16;
const GAP = 6;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function number(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/**
 * The SVG document for `panels`; `title` on top, `legend` under it.
 * @example tornadoSvg('Sobol indices', 'bar: total; inner: first order', [{ metric: 'defections', bars }])
 */
export function tornadoSvg(title: string, legend: string, panels: readonly TornadoPanel[]): string {
  const parts: string[] = [];
  let y = 48;
  for (const panel of panels) {
    const bars = [...panel.bars].sort((a, b) => (b.value || 0) - (a.value || 0));
    const top = Math.max(1e-12, ...bars.flatMap((b) => [b.value, b.high, b.inner].filter(Number.isFinite)));
    const x = (value: number) => LABEL + (Math.max(0, value) / top) * (WIDTH - LABEL - 60);
    parts.push(`<text x="8" y="${y + 12}" font-weight="bold">${escapeXml(panel.metric)}</text>`);
    y += 20;
    for (const bar of bars) {
      parts.push(`<text x="${LABEL - 6}" y="${y + 12}" text-anchor="end">${escapeXml(bar.parameter)}</text>`);
      parts.push(`<rect x="${LABEL}" y="${y}" width="${number(x(bar.value) - LABEL)}" height="${BAR}" fill="#9ecae1"/>`);
      if (Number.isFinite(bar.inner)) {
        parts.push(`<rect x="${LABEL}" y="${y + 4}" width="${number(x(bar.inner) - LABEL)}" height="${BAR - 8}" fill="#3182bd"/>`);
      }
      if (Number.isFinite(bar.low) && Number.isFinite(bar.high)) {
        parts.push(`<line x1="${number(x(bar.low))}" x2="${number(x(bar.high))}" y1="${y + BAR / 2}" y2="${y + BAR / 2}" stroke="#333"/>`);
      }
      parts.push(`<text x="${number(x(Math.max(bar.value, Number.isFinite(bar.high) ? bar.high : 0)) + 4)}" y="${y + 12}">${escapeXml(Number.isFinite(bar.value) ? bar.value.toPrecision(3) : 'n/a')}</text>`);
      y += BAR + GAP;
    }
    y += 10;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="white"/>`,
    `<text x="8" y="20" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="8" y="38" fill="#555">${escapeXml(legend)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
