/**
 * The flagship decomposition as terminal tables (80-100 columns): each comparison's effect on
 * every cloud's narrative share and AI revenue by year, ± 2 SE; OpenAI's host and scope by year in
 * the three worlds; the deals that differ; the labs' outcomes. Reads flagship rows only.
 */
import { COMPARISONS, EFFECT_YEARS, FLAGSHIP_WORLDS, type FlagshipRow } from '../experiments/decomposition.js';
import { effectText } from '../experiments/format.js';
import { formatTable } from './table.js';

const METRIC_TITLES: Record<string, string> = {
  narrative_share: 'narrative share (annual mean)',
  ai_revenue: 'AI revenue (USD bn in the year)',
  traffic_share: 'traffic share (annual mean)',
  capability: 'capability (annual mean)',
  funding: 'funding (USD bn, annual mean)',
};

/** Effects of one section and comparison as a table: a row per entity, a column per year. */
function effectTable(rows: readonly FlagshipRow[], section: 'cloud' | 'lab', comparison: string, metric: string): string[] {
  const selected = rows.filter((r) => r.section === section && r.comparison === comparison && r.metric === metric);
  const years = EFFECT_YEARS.filter((year) => selected.some((r) => r.period === year));
  const entities = [...new Set(selected.map((r) => r.entity))];
  const table: string[][] = [[section, ...years]];
  for (const entity of entities) {
    const cell = (year: string) => {
      const row = selected.find((r) => r.entity === entity && r.period === year);
      return row ? effectText({ mean: row.effect, se: row.se }) : '-';
    };
    table.push([entity, ...years.map(cell)]);
  }
  return [`${METRIC_TITLES[metric] ?? metric}:`, ...formatTable(table, [false, ...years.map(() => true)])];
}

/**
 * The answer in brief: the narrative effect of (a) and (b) on Azure and AWS, by year.
 * @example answerLines(flagshipRows(worlds))
 */
export function answerLines(rows: readonly FlagshipRow[]): string[] {
  const years = EFFECT_YEARS.filter((year) => rows.some((r) => r.section === 'cloud' && r.period === year));
  const table: string[][] = [['narrative share', ...years]];
  for (const cloud of ['azure', 'aws']) {
    for (const [id, label] of COMPARISONS.filter(([id]) => id !== 'total')) {
      const cell = (year: string) => {
        const row = rows.find((r) => r.section === 'cloud' && r.comparison === id && r.entity === cloud && r.metric === 'narrative_share' && r.period === year);
        return row ? effectText({ mean: row.effect, se: row.se }) : '-';
      };
      table.push([`${cloud} ${label.split(' ')[0]} ${id}`, ...years.map(cell)]);
    }
  }
  return ['In brief: who loses what, (a) quietly and (b) from the huff', '', ...formatTable(table, [false, ...years.map(() => true)]).map((l) => `  ${l}`)];
}

/**
 * The effect tables of every comparison: clouds' narrative and revenue, then labs' outcomes.
 * @example effectLines(flagshipRows(worlds), 'cloud').join('\n')
 */
export function effectLines(rows: readonly FlagshipRow[], section: 'cloud' | 'lab', metrics = metricsOf(rows, section), comparisons: readonly string[] = COMPARISONS.map(([id]) => id)): string[] {
  return COMPARISONS.filter(([id]) => comparisons.includes(id)).flatMap(([id, label, control, treatment]) => [
    `${label}: ${FLAGSHIP_WORLDS[treatment]} minus ${FLAGSHIP_WORLDS[control]}`,
    ...metrics.flatMap((metric) => ['', ...effectTable(rows, section, id, metric).map((line) => `  ${line}`)]),
    '',
  ]);
}

function metricsOf(rows: readonly FlagshipRow[], section: 'cloud' | 'lab'): string[] {
  return [...new Set(rows.filter((r) => r.section === section).map((r) => r.metric))];
}

/** OpenAI's host and scope in December of each year: the commonest state per world, with its count. */
export function hostLines(rows: readonly FlagshipRow[]): string[] {
  const hosts = rows.filter((r) => r.section === 'host');
  const years = [...new Set(hosts.map((r) => r.period))];
  const table = [['year', ...FLAGSHIP_WORLDS]];
  for (const year of years) {
    table.push([year, ...FLAGSHIP_WORLDS.map((world) => {
      const states = hosts.filter((r) => r.comparison === world && r.period === year);
      const total = states.reduce((sum, r) => sum + r.runs, 0);
      const top = states[0];
      return top ? `${top.label} ${top.runs}/${total}${states.length > 1 ? ` (+${states.length - 1})` : ''}` : '-';
    })]);
  }
  return ["OpenAI's host and exclusivity in December (commonest over runs; (+k): k other states)", '', ...formatTable(table).map((l) => `  ${l}`)];
}

/** Cloud-lab pairs whose contracts signed after the fork differ between worlds: count and investment per run. */
export function dealLines(rows: readonly FlagshipRow[], minimum = 0.5): string[] {
  const deals = rows.filter((r) => r.section === 'deals');
  const pairs = [...new Set(deals.map((r) => `${r.entity}\t${r.label}`))].sort();
  const value = (world: string, pair: string, metric: string) =>
    deals.find((r) => r.comparison === world && `${r.entity}\t${r.label}` === pair && r.metric === metric)?.treatment ?? 0;
  const table = [['cloud', 'lab', ...FLAGSHIP_WORLDS.map((w) => `${w.split('-')[0]}: n, inv`)]];
  for (const pair of pairs) {
    const counts = FLAGSHIP_WORLDS.map((w) => value(w, pair, 'contracts_signed'));
    if (Math.max(...counts) - Math.min(...counts) < minimum) continue;
    table.push([...pair.split('\t'), ...FLAGSHIP_WORLDS.map((w, i) => `${counts[i].toFixed(1)}, ${value(w, pair, 'investment_signed').toFixed(1)}`)]);
  }
  const period = deals[0]?.period ?? '';
  return [
    `Deals that differ: contracts signed ${period} per run (n) and their investment`,
    `(inv, USD bn); pairs whose count differs by >= ${minimum} between the worlds`,
    '',
    ...formatTable(table, [false, false, true, true, true]).map((l) => `  ${l}`),
  ];
}
