/**
 * The model's counterpart of a reported market share: each provider's share of builders' AI
 * spend (the `spend_share` series), averaged over a year's fourth quarter, with the clouds outside
 * AWS, Azure and Google summed as `Others`; in percent.
 */
import { seriesValues } from '../experiments/metrics.js';
import type { Recording } from '../recording.js';
import { PROVIDER_CLOUDS, PROVIDERS, type Provider } from './reported.js';

/** Mean of a cloud's monthly spend share over Oct–Dec of `year` (absent months count 0); NaN outside the run (0 / 0). */
function q4Share(recording: Recording, cloud: string, year: number): number {
  const months = [10, 11, 12].map((m) => recording.dates.indexOf(`${year}-${m}`)).filter((i) => i >= 0);
  const values = seriesValues(recording, cloud, 'spend_share');
  return months.reduce((total, i) => total + (Number.isNaN(values[i]) ? 0 : values[i]), 0) / months.length;
}

/**
 * Simulated Q4 share (percent) of `provider` in `year` for one run.
 * @example simulatedShare(recording, 'Azure', 2023) // e.g. 17.2
 */
export function simulatedShare(recording: Recording, provider: Provider, year: number): number {
  const clouds = recording.series.filter((s) => s.metric === 'spend_share').map((s) => s.entity);
  if (provider !== 'Others') return clouds.includes(PROVIDER_CLOUDS[provider]) ? 100 * q4Share(recording, PROVIDER_CLOUDS[provider], year) : 0;
  const named = new Set(Object.values(PROVIDER_CLOUDS));
  return 100 * clouds.filter((c) => !named.has(c)).reduce((total, c) => total + q4Share(recording, c, year), 0);
}

/** Mean simulated share over runs, by provider and year. */
export function meanSimulatedShares(recordings: readonly Recording[], years: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const provider of PROVIDERS) {
    for (const year of years) {
      const values = recordings.map((r) => simulatedShare(r, provider, year));
      out.set(`${provider}/${year}`, values.reduce((a, b) => a + b, 0) / values.length);
    }
  }
  return out;
}
