/** sim/node/headline.ts: the flagship decomposition's terminal tables, from synthetic rows. */
import { describe, expect, it } from 'vitest';
import type { FlagshipRow } from '../../sim/experiments/decomposition.js';
import { answerLines, dealLines, effectLines, hostLines } from '../../sim/node/headline.js';

const base = { control: NaN, treatment: NaN, effect: NaN, se: NaN, runs: 10, label: '' };
const effect = (comparison: string, entity: string, period: string, mean: number, se: number): FlagshipRow => ({
  ...base, section: 'cloud', comparison, entity, metric: 'narrative_share', period, effect: mean, se,
});

describe('effectLines(rows, section)', () => {
  it('effectLines() shows each comparison as a cloud-by-year table of effect ± 2 SE', () => {
    const rows = [effect('quiet', 'azure', '2019', -0.0412, 0.0055), effect('quiet', 'azure', '2023', -0.1, 0.02)];
    const lines = effectLines(rows, 'cloud');
    expect(lines[0]).toBe('(a) Azure loses OpenAI quietly: microsoft-passes-2018 minus baseline');
    expect(lines.join('\n')).toMatch(/azure\s+-0\.041 ± 0\.011\s+-0\.100 ± 0\.040/);
    expect(lines.some((l) => l.startsWith('(b) the huff on top'))).toBe(true);
  });
});

describe('answerLines(rows)', () => {
  it('answerLines() puts the quiet loss and the huff side by side for Azure and AWS', () => {
    const lines = answerLines([effect('quiet', 'azure', '2019', -0.0017, 0.0007), effect('huff', 'azure', '2019', -0.0547, 0.00065)]);
    expect(lines.join('\n')).toMatch(/azure \(a\) quiet\s+-0\.0017 ± 0\.0014/);
    expect(lines.join('\n')).toMatch(/azure \(b\) huff\s+-0\.0547 ± 0\.0013/);
  });
});

describe('hostLines(rows)', () => {
  it('hostLines() shows the commonest host per world and year, with its count and the other states', () => {
    const host = (comparison: string, label: string, runs: number): FlagshipRow => ({
      ...base, section: 'host', comparison, entity: 'openai', metric: 'host_and_scope', period: '2020', runs, label,
    });
    const lines = hostLines([host('baseline', 'azure full', 9), host('baseline', 'aws none', 1), host('openai-to-aws-2018', 'aws full', 10)]);
    expect(lines.join('\n')).toMatch(/2020\s+azure full 9\/10 \(\+1\)\s+-\s+aws full 10\/10/);
  });
});

describe('dealLines(rows, minimum)', () => {
  it('dealLines() lists only the pairs whose count of deals differs between worlds', () => {
    const deal = (comparison: string, entity: string, label: string, metric: string, treatment: number): FlagshipRow => ({
      ...base, section: 'deals', comparison, entity, metric, period: '2018-03..2032-12', label, treatment,
    });
    const rows = [
      deal('baseline', 'azure', 'openai', 'contracts_signed', 3), deal('baseline', 'azure', 'openai', 'investment_signed', 13),
      deal('baseline', 'gcp', 'deepmind', 'contracts_signed', 5), deal('microsoft-passes-2018', 'gcp', 'deepmind', 'contracts_signed', 5),
      deal('openai-to-aws-2018', 'gcp', 'deepmind', 'contracts_signed', 5),
    ];
    const text = dealLines(rows).join('\n');
    expect(text).toMatch(/azure\s+openai\s+3\.0, 13\.0\s+0\.0, 0\.0\s+0\.0, 0\.0/);
    expect(text).not.toContain('deepmind');
  });
});
