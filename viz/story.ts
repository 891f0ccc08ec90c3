/**
 * The story of a what-if: for one lab, who hosts it (its primary cloud) and under which
 * exclusivity scope, month by month in each world, as spans; and the contracts signed in one
 * world and not the other. Pure functions of recordings.
 */
import type { ContractRecord, Recording } from '../sim/recording.js';
import { EXCLUSIVITY_LEVELS } from '../sim/scenario/types.js';
import { seriesValues } from './results.js';

/** A stretch of months with the same host and scope. */
export interface HostSpan {
  from: string;
  to: string;
  /** Cloud id, or null when the lab has no primary cloud (or does not exist yet). */
  cloud: string | null;
  scope: string;
}

/**
 * Spans of constant (primary cloud, scope) of `lab` over the first `upto` months; `clouds` maps
 * the recorded cloud index to its id.
 * @example hostSpans(recording, 'openai', ['aws', 'azure'], 120)[0] // { from: '2016-01', to: '2016-02', cloud: 'aws', scope: 'none' }
 */
export function hostSpans(recording: Recording, lab: string, clouds: readonly string[], upto: number): HostSpan[] {
  const primary = seriesValues(recording, lab, 'primary_cloud');
  const scope = seriesValues(recording, lab, 'exclusivity');
  const spans: HostSpan[] = [];
  for (let t = 0; t < Math.min(upto, recording.dates.length); t++) {
    const index = primary?.[t] ?? NaN;
    const cloud = Number.isFinite(index) && index >= 0 ? (clouds[index] ?? null) : null;
    const level = scope?.[t] ?? NaN;
    const name = cloud === null ? '–' : (EXCLUSIVITY_LEVELS[level] ?? 'none');
    const last = spans.at(-1);
    if (last && last.cloud === cloud && last.scope === name) last.to = recording.dates[t];
    else spans.push({ from: recording.dates[t], to: recording.dates[t], cloud, scope: name });
  }
  return spans;
}

const dealKey = (c: ContractRecord) => `${c.start}|${c.cloud}|${c.lab}|${c.exclusivity}|${c.compute.toPrecision(6)}|${c.origin}`;

/** Contracts of `a` with no identical twin (date, pair, scope, compute, origin) in `b`, by start date. */
export function dealsOnlyIn(a: Recording, b: Recording): ContractRecord[] {
  const other = new Set(b.contracts.map(dealKey));
  return a.contracts.filter((c) => !other.has(dealKey(c))).sort((x, y) => x.start.localeCompare(y.start) || x.id - y.id);
}
