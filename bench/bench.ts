/**
 * `npm run bench`: the speed figures of issue 9, measured in one process (CPU time, best of three
 * where noted) so their ratios mean something on a shared machine; a table on stdout and the same
 * figures in bench/results.json. `--only population --agents N --months M [--hazard h] --json`
 * prints just the population step's throughput as one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { generatorRates } from './generator.js';
import { bytesPerAgent, memoryRun } from './memory.js';
import { compareParallel, type ParallelComparison } from './parallel.js';
import { phaseSplit } from './phases.js';
import { collections, runCollections, type Collections, decisionNanoseconds, peerThroughput, scaling, throughput, type Throughput } from './population.js';
import { baseline } from './setup.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' }, agents: { type: 'string' }, months: { type: 'string' }, hazard: { type: 'string' },
    runs: { type: 'string' }, rounds: { type: 'string' }, warmup: { type: 'string' }, json: { type: 'boolean' }, run: { type: 'boolean' }, quick: { type: 'boolean' },
  },
});

/** What the figures in bench/results.json are (written with them). */
const NOTES = "Measured by npm run bench (bench/bench.ts compiled by scripts/bench.mjs, plain node). Rates are CPU time, best of 3 (parallel: wall time), in one process: ratios (decisionDrawTimes, peerRatio, parallel[].ratio) are comparable on a loaded machine, absolute rates are not. decisionNs: everyone reconsiders; 1 draw per decision (the lab and cloud choices use the remainder of the thinning uniform). parallel: a pool of 1 and a pool of 2 workers, each worker warmed by 15 runs (a fresh worker spends its first ~13 runs compiling on V8's background threads), alternated 3 times, median ratio; taskMs/taskCpuMs/taskWaitMs/gcMs are per task inside a worker (taskCpuMs is the worker thread's own CPU time from /proc/thread-self/schedstat; CPU per task that grows with 2 workers = contention; taskWaitMs = time waiting for a CPU, i.e. machine load), processCpuMs/mainCpuMs per run (process minus worker threads = V8 background threads). youngGcs: GCs during 100 months of the population step alone on the mature 10^6-agent population, runYoungGcs: during 100 whole months (every phase, the recorder) of the baseline at 10^6 agents, each after 5 months, counted in a fresh child process (--only collections [--run]; minorMonths = the months young GCs started in); in the bench's own process earlier measurements leave the step compiled for other tables and it allocates. See loadAverage for the load during this run.";

const best = <T>(n: number, measure: () => T, key: (t: T) => number): T =>
  Array.from({ length: n }, measure).reduce((a, b) => (key(b) > key(a) ? b : a));
const fmt = (x: number, digits = 3) => Number(x.toPrecision(digits)).toLocaleString('en-US');
const row = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);

if (values.only === 'population') {
  const agents = Number(values.agents ?? 100_000);
  const months = Number(values.months ?? 50);
  const hazard = values.hazard === undefined ? undefined : Number(values.hazard);
  const result = best(3, () => throughput(agents, months, hazard), (r) => r.agentMonthsPerSecond);
  console.log(values.json ? JSON.stringify(result) : `${fmt(result.agentMonthsPerSecond)} agent-months/s (hazard ${fmt(result.hazard)})`);
} else if (values.only === 'parallel') {
  const c = await compareParallel(Number(values.agents ?? 10_000), Number(values.runs ?? 8), Number(values.rounds ?? 3), values.warmup === undefined ? undefined : Number(values.warmup));
  console.log(values.json ? JSON.stringify(c) : parallelRows(c).join('\n'));
} else if (values.only === 'collections') {
  // Run by the full bench in a child process: a fresh process, as row 8 means it (see collections()).
  // --run: whole months of the baseline run (every phase, the recorder) instead of the population step alone.
  const [agents, months, warmup] = [Number(values.agents ?? 1_000_000), Number(values.months ?? 100), Number(values.warmup ?? 5)];
  console.log(JSON.stringify(values.run ? await runCollections(agents, months, warmup) : await collections(agents, months, warmup)));
} else if (values.only !== undefined) {
  console.error(`unknown --only '${values.only}' (expected: population, parallel, collections)`);
  process.exitCode = 2;
} else {
  await fullBench(values.quick === true);
}

/** Row 7's lines for one comparison. */
function parallelRows(c: ParallelComparison): string[] {
  const last = c.rounds[c.rounds.length - 1];
  const line = (label: string, value: string) => `${label.padEnd(44)} ${value}`;
  return [
    line(`7. baseline runs/s at ${fmt(c.agents)} agents, pool of 1 / 2`, `${fmt(last.one.runsPerSecond)} / ${fmt(last.two.runsPerSecond)}; median ratio of ${c.rounds.length} alternations ${fmt(c.ratio)}x (${c.rounds.map((r) => fmt(r.ratio)).join(', ')}); load average ${loadavg()[0].toFixed(1)}`),
    line('   task time in a worker, 2 / 1 workers', `wall ${fmt(c.taskSlowdown)}x, thread CPU ${fmt(c.cpuSlowdown)}x (wall ${fmt(last.one.taskMs)} / ${fmt(last.two.taskMs)} ms; CPU ${fmt(last.one.taskCpuMs)} / ${fmt(last.two.taskCpuMs)} ms; waiting for a CPU ${fmt(last.one.taskWaitMs)} / ${fmt(last.two.taskWaitMs)} ms; GC ${fmt(last.one.gcMs, 2)} / ${fmt(last.two.gcMs, 2)} ms; ${fmt(last.one.outputChars / 1e6)} M characters of CSV per run)`),
  ];
}

/**
 * Row 8's GC count, measured in a child process running this same compiled file: in the full
 * bench's own process, after the other measurements, the same 100 months counted 78
 * young-generation GCs against 0-3 in a fresh process (see docs/scaling.md).
 */
function collectionsInChild(agents: number, months: number, wholeRun = false): Collections {
  const args = [fileURLToPath(import.meta.url), '--only', 'collections', '--agents', String(agents), '--months', String(months), ...(wholeRun ? ['--run'] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as Collections;
}

async function fullBench(quick: boolean): Promise<void> {
  row('machine', `${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0].toFixed(1)}`);
  const draws = best(3, generatorRates, (r) => r.alea);
  row('1. seeded generator, alea (the engine\'s)', `${fmt(draws.alea)} draws/s  (ARC4 ${fmt(draws.arc4)}, ${fmt(draws.alea / draws.arc4, 2)}x slower; Math.random ${fmt(draws.mathRandom)})`);
  const drawNs = 1e9 / draws.alea;
  const decisionNs = Math.min(decisionNanoseconds(), decisionNanoseconds(), decisionNanoseconds());
  row('2. one reconsidering agent (lab + cloud)', `${fmt(decisionNs)} ns = ${fmt(decisionNs / drawNs)} draw-times (1 draw: the lab and cloud use its remainder)`);
  const population: Throughput[] = [10_000, 100_000, 1_000_000].map((agents) =>
    best(3, () => throughput(agents, Math.max(10, (quick ? 2e6 : 1e7) / agents)), (r) => r.agentMonthsPerSecond));
  for (const p of population) row(`3. population, ${fmt(p.agents)} agents`, `${fmt(p.agentMonthsPerSecond)} agent-months/s at hazard ${fmt(p.hazard, 2)} (${fmt(p.agentMonthsPerSecond / draws.alea, 2)} per draw rate)`);
  const at03 = best(3, () => throughput(100_000, quick ? 20 : 100, 0.03), (r) => r.agentMonthsPerSecond);
  const peer = best(3, () => peerThroughput(100_000, quick ? 2 : 10, 0.03), (r) => r.agentMonthsPerSecond);
  const mesa = 2.7e6;
  row('4. 10^5 agents at hazard .03: ours / peer', `${fmt(at03.agentMonthsPerSecond)} / ${fmt(peer.agentMonthsPerSecond)} = ${fmt(at03.agentMonthsPerSecond / peer.agentMonthsPerSecond)}x; ${fmt(at03.agentMonthsPerSecond / mesa)}x the Mesa figure (2.7 M, issue 9, not re-measured)`);
  const scenario = baseline();
  const run = await phaseSplit(scenario);
  const split = Object.entries(run.shares).map(([phase, share]) => `${phase} ${(share * 100).toFixed(0)}%`).join(', ');
  row(`5. baseline run (${fmt(scenario.population.agents)} agents, ${scenario.start}..${scenario.end})`, `${fmt(run.seconds)} CPU s: ${split}`);
  const scale = scaling(quick);
  row('6. scaling exponent vs agents (10^4..10^6)', `${scale.agentExponent.toFixed(3)}  (ms/month: ${scale.secondsByAgents.map((s) => fmt(s * 1e3, 2)).join(', ')})`);
  row('   scaling exponent vs months (25..400)', `${scale.monthExponent.toFixed(3)}  (s: ${scale.secondsByMonths.map((s) => fmt(s, 2)).join(', ')})`);
  const parallel: ParallelComparison[] = [];
  for (const [agents, runs] of quick ? [[10_000, 2]] : [[10_000, 8], [100_000, 4]]) {
    const c = await compareParallel(agents, runs, quick ? 1 : 3, quick ? 1 : 15);
    parallel.push(c);
    for (const line of parallelRows(c)) console.log(line);
  }
  const bytes = bytesPerAgent();
  const million = memoryRun(1_000_000, 1);
  const sweep = memoryRun(2_000, quick ? 5 : 30);
  const mb = (b: number) => fmt(b / 2 ** 20);
  const gcs = collectionsInChild(1_000_000, quick ? 20 : 100);
  const runGcs = collectionsInChild(1_000_000, quick ? 20 : 100, true);
  row('8. bytes per agent', `${bytes} B`);
  row('   10^6-agent baseline run, peaks', `heap ${mb(million.peak.heapUsed)} MB, typed arrays ${mb(million.peak.arrayBuffers)} MB, resident ${mb(million.peak.rss)} MB`);
  const mid = Math.ceil(sweep.runs / 2);
  row(`   heap after runs 1, ${mid}, ${sweep.runs} of a sweep (GC'd)`, [0, mid - 1, sweep.runs - 1].map((i) => `${mb(sweep.heapAfterRun[i])} MB`).join(', '));
  row(`   GCs in ${quick ? 20 : 100} months at 10^6 agents (fresh process)`, `population step: ${gcs.minor} young-generation, ${gcs.major} other; whole run (every phase, recorder): ${runGcs.minor} young, ${runGcs.major} other`);
  const results = { measuredAt: new Date().toISOString(), loadAverage: loadavg(), notes: NOTES, draws, decisionNs, decisionDrawTimes: decisionNs / drawNs,
    population, hazard03: at03, peer: peer, peerRatio: at03.agentMonthsPerSecond / peer.agentMonthsPerSecond, mesaRatio: at03.agentMonthsPerSecond / mesa,
    baselineRun: run, scaling: scale, parallel, bytesPerAgent: bytes, million, sweep, youngGcs: gcs, runYoungGcs: runGcs };
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
}
