/**
 * The back-test chart's layout pinned (sim/backtest/chart.ts): 720 × 420, margins 36 / 130 / 48 /
 * 56; years spread over x from 56 to 590, shares over y from 372 (0%) to 36 (the top tick); the
 * legend right of the plot, one row of 20 px per provider, then the reported / simulated key.
 */
import { describe, expect, it } from 'vitest';
import { backtestSvg } from '../../sim/backtest/chart.js';
import type { BacktestCell } from '../../sim/backtest/errors.js';

const cell = (year: number, provider: BacktestCell['provider'], reported: number, simulated: number): BacktestCell =>
  ({ year, provider, reported, simulated, error: simulated - reported, persistence: NaN, frozen: reported });

describe('backtestSvg(cells, title) layout', () => {
  // Drawn inside each test, not while the file is collected, so mutation testing sees it at run time.
  const draw = () => backtestSvg([cell(2018, 'AWS', 30, 40), cell(2020, 'AWS', 20, 10), cell(2018, 'Azure', 10, 5), cell(2020, 'Azure', 15, 20)], 't');

  it('backtestSvg() places years from the left margin to the plot\'s right edge, shares from 0 at the bottom to the top tick', () => {
    const svg = draw();
    const lines = svg.split('\n');
    expect(lines[0]).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="720" height="420" viewBox="0 0 720 420" font-family="sans-serif" font-size="12">');
    expect(svg).toContain('<text x="56" y="20" font-size="14" font-weight="bold">t</text>');
    // top = 40 -> domain 0..40: ticks 0, 5, .. 40 from y 372 to 36.
    expect(svg).toContain('<line x1="56" x2="590" y1="372" y2="372" stroke="#eee"/>');
    expect(svg).toContain('<text x="50" y="376" text-anchor="end">0</text>');
    expect(svg).toContain('<line x1="56" x2="590" y1="36" y2="36" stroke="#eee"/>');
    expect(svg).toContain('<text x="50" y="40" text-anchor="end">40</text>');
    expect(svg).toContain('<text x="56" y="390" text-anchor="middle">2018</text>');
    expect(svg).toContain('<text x="590" y="390" text-anchor="middle">2020</text>');
    expect(svg).toContain('<text x="323" y="412" text-anchor="middle">year (Q4)</text>');
    expect(svg).toContain('<text transform="translate(16 204) rotate(-90)" text-anchor="middle">cloud market share (%)</text>');
  });

  it('backtestSvg() draws reported solid with dots and simulated dashed, per provider', () => {
    const svg = draw();
    expect(svg).toContain('<path d="M56,120L590,204" fill="none" stroke="#ff9900" stroke-width="2"/>');
    expect(svg).toContain('<path d="M56,36L590,288" fill="none" stroke="#ff9900" stroke-width="2" stroke-dasharray="6 4"/>');
    expect(svg).toContain('<circle cx="56" cy="120" r="3" fill="#ff9900"/>');
    expect(svg).toContain('<circle cx="590" cy="246" r="3" fill="#0078d4"/>');
  });

  it('backtestSvg() writes the legend right of the plot: a row per provider drawn, then the key', () => {
    const svg = draw();
    const lines = svg.split('\n');
    expect(svg).toContain('<line x1="602" x2="622" y1="46" y2="46" stroke="#ff9900" stroke-width="2"/>');
    expect(svg).toContain('<text x="628" y="50">AWS</text>');
    expect(svg).toContain('<line x1="602" x2="622" y1="66" y2="66" stroke="#0078d4" stroke-width="2"/>');
    expect(svg).not.toContain('Google Cloud');
    expect(svg).toContain('<line x1="602" x2="622" y1="136" y2="136" stroke="#333" stroke-width="2"/><text x="628" y="140">reported</text>');
    expect(svg).toContain('<line x1="602" x2="622" y1="154" y2="154" stroke="#333" stroke-width="2" stroke-dasharray="6 4"/><text x="628" y="158">simulated</text>');
    expect(lines.at(-2)).toBe('</svg>');
    expect(lines.at(-1)).toBe('');
  });

  it('backtestSvg() keeps at least 0..10 on the share axis', () => {
    const small = backtestSvg([cell(2018, 'AWS', 1, 2), cell(2019, 'AWS', 2, 3)], 's');
    expect(small).toContain('<text x="50" y="40" text-anchor="end">10</text>');
  });
});
