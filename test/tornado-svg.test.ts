/**
 * sim/tornado-svg.ts drawn exactly for a small input: bars sorted by value, lengths scaled to the
 * largest of values, whisker ends and inner bars, inner bar, whisker and label only when finite,
 * text escaped, the height following the rows.
 */
import { describe, expect, it } from 'vitest';
import { tornadoSvg } from '../sim/tornado-svg.js';

describe('tornadoSvg(title, legend, panels)', () => {
  it('tornadoSvg() draws one panel\'s bars sorted by value, scaled to the largest value or whisker end', () => {
    const svg = tornadoSvg('T&', 'legend', [{
      metric: 'm>',
      bars: [
        { parameter: 'a', value: 0.5, inner: 0.25, low: 0.4, high: 0.8 },
        { parameter: 'b<', value: 1, inner: NaN, low: NaN, high: NaN },
      ],
    }]);
    expect(svg).toBe([
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="132" viewBox="0 0 640 132" font-family="sans-serif" font-size="12">',
      '<rect width="640" height="132" fill="white"/>',
      '<text x="8" y="20" font-size="15" font-weight="bold">T&#38;</text>',
      '<text x="8" y="38" fill="#555">legend</text>',
      '<text x="8" y="60" font-weight="bold">m&#62;</text>',
      '<text x="164" y="80" text-anchor="end">b&#60;</text>',
      '<rect x="170" y="68" width="410" height="16" fill="#9ecae1"/>',
      '<text x="584" y="80">1.00</text>',
      '<text x="164" y="102" text-anchor="end">a</text>',
      '<rect x="170" y="90" width="205" height="16" fill="#9ecae1"/>',
      '<rect x="170" y="94" width="102.5" height="8" fill="#3182bd"/>',
      '<line x1="334" x2="498" y1="98" y2="98" stroke="#333"/>',
      '<text x="502" y="102">0.500</text>',
      '</svg>',
      '',
    ].join('\n'));
  });

  it('tornadoSvg() scales to a whisker end beyond every value, writes n/a for a missing value and draws negatives as 0', () => {
    const svg = tornadoSvg('t', 'l', [{ metric: 'm', bars: [
      { parameter: 'a', value: 0.5, inner: NaN, low: 0, high: 2 },
      { parameter: 'b', value: NaN, inner: -1, low: NaN, high: 1 },
    ] }]);
    // top = 2: a's bar is 0.5 / 2 of 410.
    expect(svg).toContain('<rect x="170" y="68" width="102.5" height="16" fill="#9ecae1"/>');
    expect(svg).toContain('<line x1="170" x2="580" y1="76" y2="76" stroke="#333"/>');
    expect(svg).toContain('<text x="584" y="80">0.500</text>');
    expect(svg).toContain('<rect x="170" y="90" width="0" height="16" fill="#9ecae1"/>');
    expect(svg).toContain('<rect x="170" y="94" width="0" height="8" fill="#3182bd"/>');
    // A missing value has no bar end to follow: its label's x is NaN, written as 0 (the left edge).
    expect(svg).toContain('<text x="0" y="102">n/a</text>');
  });

  it('tornadoSvg() with no panels is the frame alone; with empty bars it still scales by 1e-12 without dividing by zero', () => {
    expect(tornadoSvg('t', 'l', [])).toContain('height="58"');
    const svg = tornadoSvg('t', 'l', [{ metric: 'm', bars: [{ parameter: 'z', value: 0, inner: NaN, low: NaN, high: NaN }] }]);
    expect(svg).toContain('<rect x="170" y="68" width="0" height="16" fill="#9ecae1"/>');
    expect(svg).toContain('height="110"');
  });

  it('tornadoSvg() sorts a missing value as 0, escapes quotes, and draws a whisker only for a bar with both ends', () => {
    const svg = tornadoSvg('t', 'l', [{ metric: 'm', bars: [
      { parameter: 'none', value: NaN, inner: NaN, low: NaN, high: 0.5 },
      { parameter: 'say "hi" \'x\'', value: 0.25, inner: NaN, low: 0.1, high: 0.4 },
    ] }]);
    expect(svg.indexOf('>say &#34;hi&#34; &#39;x&#39;<')).toBeLessThan(svg.indexOf('>none<'));
    expect(svg.match(/<line /g)).toHaveLength(1);
  });

  it('tornadoSvg() orders any three bars largest first', () => {
    const svg = tornadoSvg('t', 'l', [{ metric: 'm', bars: [0.3, 0.1, 0.2].map((value) => ({ parameter: `p${value}`, value, inner: NaN, low: NaN, high: NaN })) }]);
    expect([...svg.matchAll(/>(p[\d.]+)</g)].map((m) => m[1])).toEqual(['p0.3', 'p0.2', 'p0.1']);
  });
});
