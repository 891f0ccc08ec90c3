/**
 * How much of the labs' traffic runs under each exclusivity scope (none, rofr, inference, full),
 * owned labs (DeepMind on Google Cloud) apart, averaged over a span of months. Pure: reads a
 * Recording's `traffic_share` and `exclusivity` series.
 */
import type { Recording } from './recording.js';
import { EXCLUSIVITY_LEVELS } from './scenario/types.js';

/** The entities of the scope split: the four scopes, then `owned`. */
export const SCOPE_ENTITIES: readonly string[] = [...EXCLUSIVITY_LEVELS, 'owned'];

/**
 * Mean over months [from, to) of each scope's share of traffic (labs with a number in both
 * series that month; owned labs under `owned` whatever their scope). NaN for every entity when no
 * month in the span has traffic.
 * @example trafficUnderScope(recording, 132, 204).get('full') // 0.31
 */
export function trafficUnderScope(recording: Recording, from: number, to: number): Map<string, number> {
  const owners = recording.owners ?? {};
  const scope = new Map(recording.series.filter((s) => s.metric === 'exclusivity').map((s) => [s.entity, s.values]));
  const labs = recording.series.filter((s) => s.metric === 'traffic_share' && scope.has(s.entity));
  const sums = new Map(SCOPE_ENTITIES.map((entity) => [entity, 0]));
  let months = 0;
  for (let t = Math.max(0, from); t < Math.min(to, recording.dates.length); t++) {
    let total = 0;
    const month = new Map(SCOPE_ENTITIES.map((entity) => [entity, 0]));
    for (const lab of labs) {
      const share = lab.values[t];
      const level = scope.get(lab.entity)![t];
      if (Number.isNaN(share) || Number.isNaN(level)) continue;
      const entity = owners[lab.entity] ? 'owned' : EXCLUSIVITY_LEVELS[level];
      month.set(entity, month.get(entity)! + share);
      total += share;
    }
    if (total <= 0) continue;
    months++;
    for (const [entity, share] of month) sums.set(entity, sums.get(entity)! + share / total);
  }
  return new Map(SCOPE_ENTITIES.map((entity) => [entity, sums.get(entity)! / months])); // 0 / 0 = NaN without months
}
