/**
 * The reported cloud market shares the baseline is back-tested against: the Synergy Research Q4
 * series (IaaS + PaaS + hosted private cloud) from scenarios/data/market_share.csv, never mixed
 * with Canalys's differently defined series, as percentages by year and provider.
 */
import { csvParse } from 'd3-dsv';

/** Providers of the reported series, in display order. */
export const PROVIDERS = ['AWS', 'Azure', 'Google Cloud', 'Others'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The model's clouds behind each provider: the rest of the market is `Others`. */
export const PROVIDER_CLOUDS: Record<Exclude<Provider, 'Others'>, string> = { AWS: 'aws', Azure: 'azure', 'Google Cloud': 'gcp' };

export interface ReportedShare { year: number; provider: Provider; sharePct: number; source: string }

/**
 * Q4 shares of the Synergy series from the text of market_share.csv, `from`..`to` inclusive
 * (rows marked Canalys are another market definition and are left out; derived rows are kept).
 * @example reportedShares(csvText, 2018, 2025).find((r) => r.year === 2023 && r.provider === 'Azure')?.sharePct // 24
 */
export function reportedShares(csvText: string, from: number, to: number): ReportedShare[] {
  return csvParse(csvText)
    .filter((row) => row.quarter === 'Q4' && !/canalys/i.test(row.verified ?? '') && (PROVIDERS as readonly string[]).includes(row.provider ?? ''))
    .map((row) => ({ year: Number(row.year), provider: row.provider as Provider, sharePct: Number(row.share_pct), source: row.source_url ?? '' }))
    .filter((row) => row.year >= from && row.year <= to && Number.isFinite(row.sharePct));
}
