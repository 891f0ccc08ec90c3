/**
 * The real regime changes an endogenous replay should reproduce (scenarios/data/timeline.csv):
 * OpenAI's Azure exclusivity (2019), its relaxation to a right of first refusal (Jan 2025) and to
 * no exclusivity (Apr 2026), OpenAI's capacity from Oracle, CoreWeave, Google Cloud and AWS
 * (2024–25), and Anthropic going multi-cloud (Google and AWS 2023, Azure 2025). For each, the first
 * month a run shows it, and how many months early (−) or late (+) that is.
 */
import { monthIndex } from '../dates.js';
import type { ContractRecord, Recording } from '../recording.js';

type Scope = ContractRecord['exclusivity'];

export interface Regime {
  label: string;
  lab: string;
  /** The cloud of the contract, or null for "with any cloud". */
  cloud: string | null;
  /** "YYYY-MM" of the real change (timeline.csv). */
  real: string;
  /** Month test: `active` are the lab's contracts active that month. */
  holds: (active: readonly ContractRecord[]) => boolean;
  /** Only months after this regime's first month count (e.g. relaxation after exclusivity). */
  after?: string;
}

const BINDING: readonly Scope[] = ['inference', 'full'];
const with_ = (cloud: string, scopes?: readonly Scope[]) => (active: readonly ContractRecord[]) =>
  active.some((c) => c.cloud === cloud && (!scopes || scopes.includes(c.exclusivity)));

export const REGIMES: readonly Regime[] = [
  { label: 'OpenAI exclusive on Azure', lab: 'openai', cloud: 'azure', real: '2019-07', holds: with_('azure', BINDING) },
  { label: 'OpenAI–Azure relaxed to a right of first refusal', lab: 'openai', cloud: 'azure', real: '2025-01', holds: with_('azure', ['rofr']), after: 'OpenAI exclusive on Azure' },
  { label: 'OpenAI free of exclusivity (non-exclusive licence)', lab: 'openai', cloud: null, real: '2026-04', after: 'OpenAI exclusive on Azure',
    holds: (active) => active.length > 0 && !active.some((c) => c.exclusivity !== 'none') },
  { label: 'OpenAI buys capacity from Oracle', lab: 'openai', cloud: 'oracle', real: '2024-06', holds: with_('oracle') },
  { label: 'OpenAI buys capacity from CoreWeave', lab: 'openai', cloud: 'coreweave', real: '2025-03', holds: with_('coreweave') },
  { label: 'OpenAI buys capacity from Google Cloud', lab: 'openai', cloud: 'gcp', real: '2025-06', holds: with_('gcp') },
  { label: 'OpenAI buys capacity from AWS', lab: 'openai', cloud: 'aws', real: '2025-11', holds: with_('aws') },
  { label: 'Anthropic on Google Cloud', lab: 'anthropic', cloud: 'gcp', real: '2023-02', holds: with_('gcp') },
  { label: 'Anthropic on AWS', lab: 'anthropic', cloud: 'aws', real: '2023-09', holds: with_('aws') },
  { label: 'Anthropic on Azure', lab: 'anthropic', cloud: 'azure', real: '2025-11', holds: with_('azure') },
];

/** Contracts of `lab` active in month `date` (signed by then, not yet ended). */
function activeIn(recording: Recording, lab: string, date: string): ContractRecord[] {
  return recording.contracts.filter((c) => c.lab === lab && c.start <= date && (c.end === null || c.end > date));
}

/**
 * First month ("YYYY-MM") each regime holds in `recording`, or null if never (regimes with
 * `after` count only once their predecessor has held).
 * @example regimeMonths(recording).get('OpenAI exclusive on Azure') // '2019-03' or null
 */
export function regimeMonths(recording: Recording): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const regime of REGIMES) {
    const start = regime.after ? found.get(regime.after) : recording.dates[0];
    let month: string | null = null;
    if (start) {
      for (const date of recording.dates) {
        if (regime.after && date <= start) continue;
        if (regime.holds(activeIn(recording, regime.lab, date))) { month = date; break; }
      }
    }
    found.set(regime.label, month);
  }
  return found;
}

/** Months from `real` to `model` (negative: the model is early). */
export function monthsOff(real: string, model: string): number {
  return monthIndex(real, model);
}
