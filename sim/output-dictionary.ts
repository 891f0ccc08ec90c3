/**
 * The data dictionary of the output files: the unit and meaning of every column, every
 * time-series and summary metric, and what `events.value` holds for each event kind. meta.json
 * carries it, docs/outputs.md explains it, and a test keeps the three in step with the writers.
 */
import { EVENT_KIND_LIST } from './events/index.js';

/** Unit and meaning of one column or metric. */
export interface Entry {
  unit: string;
  description: string;
}

const KEY: Record<string, Entry> = {
  scenario: { unit: 'text', description: 'Scenario name (with +path=value for each --set)' },
  run: { unit: 'integer', description: 'Run index, 0-based' },
  seed: { unit: 'integer', description: 'Seed of this run: stormoff run <scenario> --seed <seed> --runs 1 reproduces it' },
};

/** Columns per output file. */
export const COLUMN_DICTIONARY: Record<string, Record<string, Entry>> = {
  'timeseries.csv': {
    ...KEY,
    date: { unit: 'month YYYY-MM', description: 'Month (R: as.Date(paste0(date, "-01")))' },
    entity: { unit: 'id', description: 'A cloud id, a lab id, or population' },
    metric: { unit: 'name', description: 'See metrics; the unit of value depends on it' },
    value: { unit: 'see metric', description: 'The metric of the entity that month (no row when the entity does not exist yet)' },
  },
  'lab_state.csv': {
    ...KEY,
    date: { unit: 'month YYYY-MM', description: 'Month (one row per lab per month while the lab exists)' },
    lab: { unit: 'id', description: 'Lab id' },
    primary_cloud: { unit: 'id', description: "Id of the lab's main cloud (its owner, else the cloud of its largest active contract, a binding one first); empty when none" },
    exclusivity: { unit: 'scope', description: 'Strongest exclusivity the lab is under: none, rofr, inference or full' },
  },
  'contracts.csv': {
    ...KEY,
    id: { unit: 'integer', description: 'Contract number within the run' },
    cloud: { unit: 'id', description: 'Cloud id' },
    lab: { unit: 'id', description: 'Lab id' },
    start: { unit: 'month YYYY-MM', description: 'Month of signing' },
    end: { unit: 'month YYYY-MM', description: 'Month it ended; empty if still active at the end of the run' },
    months: { unit: 'months', description: 'Contracted term' },
    compute: { unit: 'kGPU', description: 'Compute contracted per month (thousands of GPUs)' },
    price: { unit: 'USD bn per kGPU-month', description: 'Price per thousand GPUs for a month' },
    investment: { unit: 'USD bn', description: 'Cash from cloud to lab at signing' },
    exclusivity: { unit: 'scope', description: 'none, rofr (right of first refusal), inference or full' },
    exit_penalty: { unit: 'USD bn', description: 'What the lab pays to leave early' },
    public: { unit: 'true/false', description: 'Whether the deal (and a defection from it) is public' },
    origin: { unit: 'scenario/model', description: 'scenario: a scenario event made it; model: the market formed it' },
    status: { unit: 'name', description: 'active, expired, defected or terminated' },
    end_reason: { unit: 'text', description: 'Why it ended' },
  },
  'events.csv': {
    ...KEY,
    date: { unit: 'month YYYY-MM', description: 'Month of the event' },
    kind: { unit: 'name', description: 'A scenario event kind, or market_deal, market_defect, relaxation, contract_end, stormoff_landing' },
    origin: { unit: 'scenario/model', description: 'scenario: scheduled in the scenario; model: produced by the model' },
    cloud: { unit: 'id', description: 'Cloud involved, empty if none' },
    lab: { unit: 'id', description: 'Lab involved, empty if none' },
    value: { unit: 'see event kind', description: 'The number the event carries; its unit depends on kind (see eventValues)' },
    detail: { unit: 'text', description: 'What happened, in words (money in USD bn)' },
  },
  'summary.csv': {
    ...KEY,
    metric: { unit: 'name', description: 'See summary metrics' },
    entity: { unit: 'id', description: 'A cloud id, an exclusivity scope (traffic_under_scope), or all for market-wide metrics' },
    value: { unit: 'see metric', description: 'The metric; empty means none (e.g. no lock-in)' },
    point: { unit: 'integer', description: 'Design point (0 for a plain run)' },
    replicate: { unit: 'integer', description: 'Replicate within the design point' },
    scenario_hash: { unit: 'sha256', description: 'Hash of the resolved scenario' },
    version: { unit: 'semver', description: 'Stormoff version' },
    command: { unit: 'text', description: 'The command line' },
  },
};

const share = (what: string): Entry => ({ unit: 'share 0..1', description: what });

/** Time-series metrics (timeseries.csv `metric`). */
export const TIMESERIES_METRICS: Record<string, Entry> = {
  narrative_share: share('Share of the narrative default: where builders believe AI runs by default'),
  capacity: { unit: 'kGPU', description: 'GPU capacity (thousands of GPUs)' },
  utilization: share('Capacity in use'),
  price: { unit: 'USD bn per kGPU-month', description: 'List price' },
  ai_revenue: { unit: 'USD bn per month', description: 'AI revenue from labs and builders' },
  dev_share: share('Share of adopted developers on this cloud'),
  startup_share: share('Share of adopted startups on this cloud'),
  enterprise_share: share('Share of adopted enterprises on this cloud'),
  spend_share: share('Share of builder spend on this cloud'),
  internal_transfer: { unit: 'USD bn per month', description: 'What owned labs paid this cloud for compute at cost (not AI revenue)' },
  investment_paid: { unit: 'USD bn per month', description: 'Investment tranches paid to labs' },
  capex: { unit: 'USD bn per month', description: 'Capital spending on capacity' },
  cash: { unit: 'USD bn', description: 'AI cash position (may go down to minus the balance sheet)' },
  capability: { unit: 'index', description: 'Capability (model units; the 2016 frontier is 1)' },
  traffic_share: share('Share of AI traffic (builders and consumers)'),
  compute_demand: { unit: 'kGPU', description: 'Compute the lab wants this month' },
  compute_held: { unit: 'kGPU', description: 'Compute the lab has this month' },
  funding: { unit: 'USD bn', description: 'Cash the lab holds' },
  primary_cloud: { unit: 'cloud index', description: "Code of the lab's main cloud: position in meta.json levels.primary_cloud (-1 none); lab_state.csv names it" },
  exclusivity: { unit: 'scope level', description: 'Code of the strongest exclusivity: 0 none, 1 rofr, 2 inference, 3 full (meta.json levels.exclusivity); lab_state.csv names it' },
  builder_share: share("Share of builders' spend on this lab's models"),
  unmet_demand: share("Share of the lab's compute demand not served this month: 1 - compute held / compute demand"),
  revenue: { unit: 'USD bn per month', description: "The lab's share of builders' AI spend" },
  investment_received: { unit: 'USD bn per month', description: 'Investment received from clouds' },
  adopted_share: share('Builders who have adopted AI'),
  developer_adopted_share: share('Developers who have adopted AI'),
  startup_adopted_share: share('Startups that have adopted AI'),
  enterprise_adopted_share: share('Enterprises that have adopted AI'),
  routing_share: share('Adopters who route between models'),
  builder_dependence_hhi: { unit: 'HHI 0..1', description: 'Concentration of builders on labs (sum of squared builder shares)' },
};

/** Summary metrics (summary.csv `metric`). */
export const SUMMARY_METRICS: Record<string, Entry> = {
  final_narrative_share: share('Narrative share in the last month, per cloud'),
  cumulative_ai_revenue: { unit: 'USD bn', description: 'Sum of monthly ai_revenue over the run, per cloud' },
  ai_revenue_history: { unit: 'USD bn', description: 'AI revenue up to the end of the scripted history (2026 in the baseline), per cloud' },
  ai_revenue_extrapolation: { unit: 'USD bn', description: 'AI revenue after the scripted history, per cloud; empty if none' },
  investment_paid: { unit: 'USD bn', description: 'Investment the cloud paid to labs, per cloud' },
  internal_transfer: { unit: 'USD bn', description: 'What an owned lab paid its owner at cost, per cloud; empty when none is recorded' },
  narrative_hhi: { unit: 'HHI 0..1', description: 'Concentration of the final narrative shares (entity all)' },
  leader_margin: share('Final narrative share of the leader (entity) minus the runner-up; entity all and empty if none'),
  traffic_under_scope: share('Mean share of traffic over the extrapolation under each exclusivity scope (entity none, rofr, inference, full or owned)'),
  defections: { unit: 'count', description: 'Defections (scenario and market) in the run (entity all)' },
};

/** What `events.value` holds for the kinds only the engine logs (a scenario kind's is in its module). */
const ENGINE_EVENT_VALUES: Record<string, Entry> = {
  market_deal: { unit: 'kGPU', description: 'Compute per month added' },
  contract_end: { unit: 'kGPU', description: 'Compute per month of the ended contract' },
  market_defect: { unit: 'share 0..1', description: 'Narrative share moved by the exit (0 if quiet)' },
  stormoff_landing: { unit: 'share 0..1', description: 'Narrative share landing on the destination cloud' },
  relaxation: { unit: 'scope level', description: 'Level relaxed to (0 none .. 3 full)' },
};

/** What `events.value` holds, per event kind. */
export const EVENT_VALUES: Record<string, Entry> = {
  ...Object.fromEntries(EVENT_KIND_LIST.map((kind) => [kind.kind, kind.value])),
  ...ENGINE_EVENT_VALUES,
};

/** Exclusivity scopes by level (the `exclusivity` metric's value is the index). */
export const EXCLUSIVITY_SCOPES = ['none', 'rofr', 'inference', 'full'] as const;

/**
 * The dictionary as meta.json holds it, with the lookups of the coded metrics for this scenario.
 * @example outputDictionary(['aws', 'azure']).levels.primary_cloud // ["aws", "azure"]
 */
export function outputDictionary(cloudIds: readonly string[]) {
  return {
    columns: COLUMN_DICTIONARY,
    metrics: { timeseries: TIMESERIES_METRICS, summary: SUMMARY_METRICS },
    eventValues: EVENT_VALUES,
    levels: { primary_cloud: [...cloudIds], exclusivity: [...EXCLUSIVITY_SCOPES] },
  };
}
