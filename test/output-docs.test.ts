/**
 * docs/outputs.md states every column's and metric's unit and meaning exactly as the output
 * dictionary (sim/output-dictionary.ts, also written into meta.json) does, so the two cannot drift
 * apart. Escaped `|` in the Markdown cells is read back as `|`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_DICTIONARY, EVENT_VALUES, EXCLUSIVITY_SCOPES, outputDictionary, SUMMARY_METRICS, TIMESERIES_METRICS } from '../sim/output-dictionary.js';

const DOC = readFileSync(new URL('../docs/outputs.md', import.meta.url), 'utf8');

/** Rows `| \`name\` | unit | meaning |` of the Markdown table under the heading line `heading`. */
function table(heading: string): Map<string, [string, string]> {
  const start = DOC.indexOf(`\n${heading}\n`);
  expect(start, `docs/outputs.md has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, [string, string]>();
  for (const line of DOC.slice(start + 1).split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const match = /^\| `([^`]+)` \| (.*?) \| (.*) \|$/.exec(line);
    if (match) rows.set(match[1], [match[2].replace(/\\\|/g, '|'), match[3].replace(/\\\|/g, '|')]);
  }
  return rows;
}

describe('docs/outputs.md and the output dictionary', () => {
  it('docs/outputs.md gives each file\'s columns the dictionary\'s unit and meaning', () => {
    for (const [file, columns] of Object.entries(COLUMN_DICTIONARY)) {
      const rows = table(`### ${file}`);
      for (const [column, entry] of Object.entries(columns)) {
        expect(rows.get(column), `${file} ${column}`).toEqual([entry.unit, entry.description]);
      }
    }
  });

  it('docs/outputs.md gives each time-series and summary metric the dictionary\'s unit and meaning', () => {
    const sections: [string, Record<string, { unit: string; description: string }>][] = [
      ['## Time-series metrics (`timeseries.csv`)', TIMESERIES_METRICS],
      ['## Summary metrics (`summary.csv`)', SUMMARY_METRICS],
    ];
    for (const [heading, metrics] of sections) {
      const rows = table(heading);
      for (const [metric, entry] of Object.entries(metrics)) expect(rows.get(metric), metric).toEqual([entry.unit, entry.description]);
    }
  });

  it('docs/outputs.md gives each event kind what events.value holds exactly as the dictionary does, and no other kind', () => {
    const rows = table('## What `events.value` holds, by kind');
    expect([...rows.keys()].sort()).toEqual(Object.keys(EVENT_VALUES).sort());
    for (const [kind, entry] of Object.entries(EVENT_VALUES)) expect(rows.get(kind), kind).toEqual([entry.unit, entry.description]);
  });
});

describe('outputDictionary(cloudIds), what meta.json holds', () => {
  it('outputDictionary() carries the tables and the levels of the coded metrics: the clouds in order, the scopes by level', () => {
    const dictionary = outputDictionary(['oracle', 'aws']);
    expect(dictionary).toEqual({
      columns: COLUMN_DICTIONARY,
      metrics: { timeseries: TIMESERIES_METRICS, summary: SUMMARY_METRICS },
      eventValues: EVENT_VALUES,
      levels: { primary_cloud: ['oracle', 'aws'], exclusivity: ['none', 'rofr', 'inference', 'full'] },
    });
    expect(EXCLUSIVITY_SCOPES).toEqual(['none', 'rofr', 'inference', 'full']);
    // the exclusivity metric's description states the same codes
    expect(TIMESERIES_METRICS.exclusivity.description).toContain(EXCLUSIVITY_SCOPES.map((scope, level) => `${level} ${scope}`).join(', '));
  });
});
