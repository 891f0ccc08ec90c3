/**
 * `npm run fuzz`: the bigger fuzz run. N generated cases (default 1000) through the library API,
 * and a sample (default 60) through the CLI with a time limit per case; prints the figures
 * (cases, ok, rejected, crashes, hangs, partial outputs) and every failing case, saved under
 * test/fixtures/fuzz/found/ to be kept as regression cases. Exit 1 if anything failed.
 * Usage: npm run fuzz -- [cases] [cli-cases] [seed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../cli/stormoff.js';
import { fuzzCase, type FuzzCase } from './cases.js';
import { apiOutcome, cliOutcome, sandbox, type Outcome, type Result } from './outcome.js';

const [cases = 1000, cliCases = 60, seed = 20261126] = process.argv.slice(2).map(Number);
const dir = sandbox();
const found = join(ROOT, 'test', 'fixtures', 'fuzz', 'found');

function tally(results: Result[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { ok: 0, rejected: 0, crash: 0, hang: 0, partial: 0 };
  for (const { outcome } of results) counts[outcome]++;
  return counts;
}

function keep(fuzz: FuzzCase, result: Result, k: number): void {
  mkdirSync(found, { recursive: true });
  writeFileSync(join(found, `case-${seed}-${k}.yaml`), fuzz.text);
  writeFileSync(join(found, `case-${seed}-${k}.json`), JSON.stringify({ sets: fuzz.sets, outcome: result.outcome, detail: result.detail }, null, 2) + '\n');
}

const started = Date.now();
const apiSamples = fc.sample(fuzzCase, { numRuns: cases, seed });
const api = apiSamples.map((fuzz, k) => {
  const result = apiOutcome(fuzz, dir);
  if (result.outcome !== 'ok' && result.outcome !== 'rejected') {
    console.log(`API case ${k}: ${result.outcome}: ${result.detail.slice(0, 300)}`);
    keep(fuzz, result, k);
  }
  return result;
});
const apiSeconds = (Date.now() - started) / 1000;
const cliStarted = Date.now();
const cli: Result[] = [];
for (const [k, fuzz] of fc.sample(fuzzCase, { numRuns: cliCases, seed: seed + 1 }).entries()) {
  const result = await cliOutcome(fuzz, dir);
  if (result.outcome !== 'ok' && result.outcome !== 'rejected') {
    console.log(`CLI case ${k}: ${result.outcome}: ${result.detail.slice(0, 300)}`);
    keep(fuzz, result, cases + k);
  }
  cli.push(result);
}
const cliSeconds = (Date.now() - cliStarted) / 1000;
const row = (name: string, results: Result[], seconds: number) => {
  const t = tally(results);
  return `| ${name} | ${results.length} | ${t.ok} | ${t.rejected} | ${t.crash} | ${t.hang} | ${t.partial} | ${seconds.toFixed(0)} s |`;
};
console.log(`\nfuzz seed ${seed}\n`);
console.log('| path | cases | ok | rejected (exit 2) | crashes | hangs | partial outputs | time |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('library API', api, apiSeconds));
console.log(row('CLI (60 s limit each)', cli, cliSeconds));
const failed = [...api, ...cli].filter((r) => r.outcome !== 'ok' && r.outcome !== 'rejected').length;
process.exitCode = failed > 0 ? 1 : 0;
