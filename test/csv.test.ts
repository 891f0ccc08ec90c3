/**
 * Tests of sim/csv.ts: RFC 4180 quoting, number formatting, OWASP formula-injection escaping of
 * text (never of numbers), and the four tidy files of DESIGN §6.
 */
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACTS_COLUMNS, contractsCsv, contractsCsvChunks, eventsCsv, formatCell, formatLines, summaryCsv, timeseriesCsv, type Cell } from '../sim/csv.js';
import type { Recording } from '../sim/recording.js';

function recording(run: number, seed: number): Recording {
  return {
    key: { scenario: 'test', run, seed },
    dates: ['2016-01', '2016-02'],
    series: [
      { entity: 'aws', metric: 'narrative_share', values: Float64Array.from([0.25, -0.5]) },
      { entity: 'anthropic', metric: 'traffic_share', values: Float64Array.from([NaN, 0.1]) },
    ],
    contracts: [
      {
        id: 1, cloud: 'azure', lab: 'openai', start: '2016-01', end: null, months: 60, compute: 12.5,
        price: 0.0015, investment: 1, exclusivity: 'full', exitPenalty: 0.5, public: true,
        origin: 'event', status: 'active', endReason: '',
      },
    ],
    events: [
      { date: '2016-02', kind: 'announce', origin: 'scenario', cloud: 'aws', lab: '', value: -0.02, detail: '=HYPERLINK("x"), "quoted"\nnext' },
    ],
  };
}

/** What a text cell should read as after parsing: the `'` prefix rule applied. */
function expectedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('formatCell', () => {
  it('formatCell(number) writes integers exactly, others to 6 significant digits, and never prefixes', () => {
    expect(formatCell(-0.5)).toBe('-0.5');
    expect(formatCell(0.1 + 0.2)).toBe('0.3');
    expect(formatCell(2 / 3)).toBe('0.666667');
    expect(formatCell(123456.789)).toBe('123457');
    expect(formatCell(4058534309)).toBe('4058534309');
    expect(formatCell(1.5e-7)).toBe('1.5e-7');
    expect(formatCell(1e21)).toBe('1e+21');
    expect(formatCell(-3)).toBe('-3');
  });

  it('formatCell(NaN | null | undefined) is an empty cell', () => {
    expect([formatCell(NaN), formatCell(null), formatCell(undefined)]).toEqual(['', '', '']);
  });

  it('formatCell(text) prefixes = + - @ tab and CR with a quote', () => {
    for (const text of ['=1+1', '+1', '-0.5', '@SUM(A1)', '\tx', '\rx']) expect(formatCell(text)).toBe(`'${text}`);
    for (const text of ['aws', '', ' =1', "'already", '1-2']) expect(formatCell(text)).toBe(text);
  });

  it('formatCell(boolean) writes true or false', () => {
    expect([formatCell(true), formatCell(false)]).toEqual(['true', 'false']);
  });
});

describe('formatLines', () => {
  it('formatLines quotes commas, quotes and newlines per RFC 4180 and ends lines with \\n', () => {
    expect(formatLines([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\n');
    expect(formatLines([['a'], ['b']])).toBe('a\nb\n');
    expect(formatLines([])).toBe('');
  });

  it('formatLines output parses back to the cells (text guarded, numbers to 6 significant digits)', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', ' ', "'", 'é', '1') }),
      fc.string(),
      fc.double(),
      fc.integer(),
    );
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (input: Cell[][]) => {
        const parsed = csvParseRows(formatLines(input));
        expect(parsed).toHaveLength(input.length);
        input.forEach((row, r) =>
          row.forEach((value, c) => {
            const text = parsed[r][c];
            if (typeof value === 'number') {
              expect(text.startsWith("'")).toBe(false);
              if (Number.isNaN(value)) expect(text).toBe('');
              else expect(Number(text)).toBe(value === 0 ? 0 : Number.isInteger(value) ? value : Number(value.toPrecision(6)));
            } else {
              expect(text).toBe(expectedText(String(value)));
            }
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('tidy files', () => {
  it('timeseriesCsv(recordings) writes one row per month, entity and metric, skipping NaN', () => {
    const text = timeseriesCsv([recording(0, 7), recording(1, 99)]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('scenario,run,seed,date,entity,metric,value');
    expect(lines.slice(1, 4)).toEqual([
      'test,0,7,2016-01,aws,narrative_share,0.25',
      'test,0,7,2016-02,aws,narrative_share,-0.5',
      'test,0,7,2016-02,anthropic,traffic_share,0.1',
    ]);
    expect(lines).toHaveLength(1 + 3 * 2 + 1);
    expect(text.endsWith('\n') && !text.includes('\n\n')).toBe(true);
  });

  it('contractsCsv(recordings) writes every term, empty end for an active contract', () => {
    const [header, row] = contractsCsv([recording(0, 7)]).split('\n');
    expect(header).toBe(
      'scenario,run,seed,id,cloud,lab,start,end,months,compute,price,investment,exclusivity,exit_penalty,public,origin,status,end_reason',
    );
    expect(row).toBe('test,0,7,1,azure,openai,2016-01,,60,12.5,0.0015,1,full,0.5,true,scenario,active,');
  });

  it('eventsCsv(recordings) quotes and guards the detail text, keeps negative values numeric', () => {
    const text = eventsCsv([recording(0, 7)]);
    const rows = csvParseRows(text);
    expect(rows[0]).toEqual(['scenario', 'run', 'seed', 'date', 'kind', 'origin', 'cloud', 'lab', 'value', 'detail']);
    expect(rows[1]).toEqual(['test', '0', '7', '2016-02', 'announce', 'scenario', 'aws', '', '-0.02', '\'=HYPERLINK("x"), "quoted"\nnext']);
  });

  it('contractsCsv([]) and eventsCsv of runs without rows are just the header', () => {
    const empty = { ...recording(0, 7), contracts: [], events: [] };
    expect(contractsCsv([empty, empty]).split('\n')).toHaveLength(2);
    expect(eventsCsv([])).toBe('scenario,run,seed,date,kind,origin,cloud,lab,value,detail\n');
  });

  it('contractsCsvChunks(recordings) yields the header, then a chunk per run that has rows', () => {
    const empty: Recording = { ...recording(1, 8), contracts: [] };
    const chunks = [...contractsCsvChunks([empty, recording(0, 7), empty])];
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toBe(`${CONTRACTS_COLUMNS.join(',')}\n`);
    expect(chunks[1]).toMatch(/^test,0,7,1,azure,openai,/);
  });

  it('summaryCsv(rows) writes an empty value and entity all for no lock-in', () => {
    const text = summaryCsv([
      { scenario: 'test', run: 0, seed: 7, metric: 'lockin_month', entity: '', value: null },
      { scenario: 'test', run: 0, seed: 7, metric: 'defections', entity: 'all', value: 2 },
    ]);
    expect(text).toBe('scenario,run,seed,metric,entity,value\ntest,0,7,lockin_month,all,\ntest,0,7,defections,all,2\n');
  });
});
