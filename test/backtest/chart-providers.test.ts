/**
 * sim/backtest/chart.ts with all four providers: each in its own colour and legend row (20 px
 * apart), the share axis topped at the next multiple of 10 above the largest share, coordinates to
 * 2 decimals, each year labelled once, and the title's XML special characters escaped.
 */
import { describe, expect, it } from 'vitest';
import { backtestSvg } from '../../sim/backtest/chart.js';
import type { BacktestCell } from '../../sim/backtest/errors.js';

const cell = (year: number, provider: BacktestCell['provider'], reported: number, simulated: number): BacktestCell =>
  ({ year, provider, reported, simulated, error: simulated - reported, persistence: NaN, frozen: reported });

const draw = () => backtestSvg([
  cell(2018, 'AWS', 33.3, 40), cell(2021, 'AWS', 31, 35), cell(2018, 'Azure', 13, 15), cell(2021, 'Azure', 21, 20),
  cell(2018, 'Google Cloud', 7, 9), cell(2021, 'Google Cloud', 10, 8), cell(2018, 'Others', 41, 36), cell(2021, 'Others', 38, 37),
], `A & B's "chart"`);

describe('backtestSvg(cells, title) with every provider', () => {
  it('backtestSvg() paints a white background and escapes &, \' and " in the title', () => {
    const svg = draw();
    expect(svg.split('\n')[1]).toBe('<rect width="720" height="420" fill="white"/>');
    expect(svg).toContain('<text x="56" y="20" font-size="14" font-weight="bold">A &#38; B&#39;s &#34;chart&#34;</text>');
  });

  it('backtestSvg() tops the share axis at the next multiple of 10 (41% -> 50), a tick every 10', () => {
    const svg = draw();
    // 336 px for 50 pp: 6.72 px per pp from y = 372
    const ticks = [...svg.matchAll(/<text x="50" y="([\d.]+)" text-anchor="end">(\d+)<\/text>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ticks).toEqual([[376, 0], [308.8, 10], [241.6, 20], [174.4, 30], [107.2, 40], [40, 50]]);
  });

  it('backtestSvg() labels each year once, however many providers it has', () => {
    const svg = draw();
    expect(svg.match(/>2018</g)).toHaveLength(1);
    expect(svg.match(/>2021</g)).toHaveLength(1);
  });

  it('backtestSvg() rounds coordinates to 2 decimals (33.3% at y = 372 - 223.776)', () => {
    const svg = draw();
    expect(svg).toContain('<path d="M56,148.22L590,163.68" fill="none" stroke="#ff9900" stroke-width="2"/>');
    expect(svg).toContain('<circle cx="56" cy="148.22" r="3" fill="#ff9900"/>');
  });

  it('backtestSvg() draws Google Cloud in green and Others in grey, in legend rows 3 and 4', () => {
    const svg = draw();
    expect(svg).toContain('<path d="M56,324.96L590,304.8" fill="none" stroke="#34a853" stroke-width="2"/>');
    expect(svg).toContain('<path d="M56,311.52L590,318.24" fill="none" stroke="#34a853" stroke-width="2" stroke-dasharray="6 4"/>');
    expect(svg).toContain('<line x1="602" x2="622" y1="86" y2="86" stroke="#34a853" stroke-width="2"/>');
    expect(svg).toContain('<text x="628" y="90">Google Cloud</text>');
    expect(svg).toContain('<circle cx="56" cy="96.48" r="3" fill="#777777"/>');
    expect(svg).toContain('<line x1="602" x2="622" y1="106" y2="106" stroke="#777777" stroke-width="2"/>');
    expect(svg).toContain('<text x="628" y="110">Others</text>');
    expect(svg.match(/<circle /g)).toHaveLength(8);
  });
});
