/**
 * What one run leaves behind: a monthly series per (entity, metric), the contracts and the
 * dated events. The recorder fills it; CSV writers and the viewer read it. Plain data.
 */
import type { Exclusivity } from './scenario/types.js';

/** Identifies a run well enough to re-run it: `stormoff run <scenario> --seed <seed>` reproduces run 0. */
export interface RunKey {
  scenario: string;
  run: number;
  seed: number;
}

/** One metric of one entity, a value per month (NaN where the entity does not exist yet). */
export interface Series {
  entity: string;
  metric: string;
  values: Float64Array;
}

export type ContractStatus = 'active' | 'expired' | 'defected' | 'terminated';

export interface ContractRecord {
  id: number;
  cloud: string;
  lab: string;
  /** "YYYY-MM" of signing. */
  start: string;
  /** "YYYY-MM" when it ended, or null if still active at the end of the run. */
  end: string | null;
  months: number;
  /** kGPU per month contracted. */
  compute: number;
  /** USD bn per kGPU-month. */
  price: number;
  /** Cash paid from cloud to lab under the contract, USD bn (tranches stop when it ends). */
  investment: number;
  exclusivity: Exclusivity;
  /** USD bn. */
  exitPenalty: number;
  public: boolean;
  /** `event` when a scenario event forced it, `market` when the market formed it. */
  origin: 'event' | 'market';
  status: ContractStatus;
  /** Why it ended (expired, defected, relaxed to a weaker scope, lab or cloud exit). */
  endReason: string;
}

export interface EventRecord {
  date: string;
  /** A scenario event kind (`deal`, `defect`, ...) or an endogenous one (`market_deal`, `market_defect`, `relaxation`). */
  kind: string;
  /** `scenario` for a scheduled event, `endogenous` for one the model produced. */
  origin: 'scenario' | 'endogenous';
  cloud: string;
  lab: string;
  /** A number the event carries (amount, delta, factor...), or null. */
  value: number | null;
  detail: string;
}

export interface Recording {
  key: RunKey;
  /** "YYYY-MM" per month, in order. */
  dates: string[];
  series: Series[];
  contracts: ContractRecord[];
  events: EventRecord[];
  /** Lab id -> id of the cloud that owns it, for owned labs only (absent: none owned). */
  owners?: Record<string, string>;
}
