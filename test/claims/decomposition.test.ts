/**
 * sim/experiments/decomposition.ts and flagship-csv.ts on small in-code worlds (600 agents,
 * 2016-2019, 3 runs): a world identical to its control has exactly zero effects; a public exit
 * shows in the effects, the host table and the deals. Each test runs the worlds itself (not at import) so
 * mutation testing sees which test covers what. Added time: ~3 s.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { runArms, type ScenarioSource } from '../../sim/experiments/experiment.js';
import { flagshipCsv, FLAGSHIP_COLUMNS } from '../../sim/experiments/flagship-csv.js';
import { flagshipRows } from '../../sim/experiments/decomposition.js';
import type { ScenarioEvent } from '../../sim/scenario/types.js';
import { smallScenario } from '../support/small-scenario.js';

const deal = (cloud: string, date: string): ScenarioEvent => ({
  kind: 'deal', date, cloud, lab: 'openai', compute: 1, months: 36, price: null, investment: 1, exclusivity: 'full', exitPenalty: null, public: true,
});
const leave: ScenarioEvent = { kind: 'defect', date: '2018-03', lab: 'openai', cloud: 'azure', public: true };
const source: ScenarioSource = (name) =>
  smallScenario({ name }, name === 'storm-off' ? [deal('azure', '2016-01'), leave, deal('aws', '2018-03')] : [deal('azure', '2016-01')]);
/** The rows of the three worlds, computed inside each test (not at import) so coverage per test sees flagshipRows. */
const flagship = () => flagshipRows(runArms([{ scenario: 'baseline' }, { scenario: 'baseline' }, { scenario: 'storm-off' }], { runs: 3, agents: 600 }, source));

describe('flagshipRows(worlds)', () => {
  it('flagshipRows() gives exactly zero effects for a world identical to its control', () => {
    const rows = flagship();
    const quiet = rows.filter((r) => r.section === 'cloud' && r.comparison === 'quiet');
    expect(quiet.length).toBe(3 * 2 * 1); // 3 clouds, 2 metrics, 2019 only (the run ends in 2019)
    for (const row of quiet) expect([row.effect, row.se]).toEqual([0, 0]);
  });
  it('flagshipRows() shows the public exit: Azure loses narrative in 2019, OpenAI moves to AWS', () => {
    const rows = flagship();
    const azure = rows.find((r) => r.section === 'cloud' && r.comparison === 'huff' && r.entity === 'azure' && r.metric === 'narrative_share');
    expect(azure!.effect).toBeLessThan(-2 * azure!.se);
    const host2018 = rows.filter((r) => r.section === 'host' && r.comparison === 'openai-to-aws-2018' && r.period === '2018');
    expect(host2018.map((r) => [r.label, r.runs])).toEqual([['aws full', 3]]);
    const awsDeals = rows.find((r) => r.section === 'deals' && r.comparison === 'openai-to-aws-2018' && r.entity === 'aws' && r.label === 'openai' && r.metric === 'contracts_signed');
    expect(awsDeals!.treatment).toBeGreaterThanOrEqual(1);
  });
});

describe('flagshipCsv(rows)', () => {
  it('flagshipCsv() writes one tidy row per flagship row, numbers as numbers, empty cells for none', () => {
    const rows = flagship();
    const parsed = csvParse(flagshipCsv(rows));
    expect(parsed.columns).toEqual([...FLAGSHIP_COLUMNS]);
    expect(parsed.length).toBe(rows.length);
    const host = parsed.find((r) => r.section === 'host')!;
    expect(host.effect).toBe('');
    expect(Number.isFinite(Number(parsed[0].effect))).toBe(true);
  });
  it('flagshipCsv() guards text cells against formula injection', () => {
    const rows = flagship();
    const text = flagshipCsv([{ ...rows[0], entity: '=HYPERLINK("x")', label: '-1+2' }]);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain("'-1+2");
  });
});
