/**
 * Child process of the memory benchmark: `memory-run.ts <agents> <runs>` runs the baseline `runs`
 * times with `agents` agents, sampling memory every month, and prints one JSON line: peak heap
 * used, peak typed-array bytes, peak resident set, and the heap after each run (after a GC).
 */
import { runScenario } from '../sim/run.js';
import { baseline } from './setup.js';

const [agents, runs] = process.argv.slice(2).map(Number);
const scenario = baseline();
scenario.population = { ...scenario.population, agents };
const peak = { heapUsed: 0, arrayBuffers: 0, rss: 0 };
const sample = () => {
  const memory = process.memoryUsage();
  peak.heapUsed = Math.max(peak.heapUsed, memory.heapUsed);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, memory.arrayBuffers);
  peak.rss = Math.max(peak.rss, memory.rss);
};
const heapAfterRun: number[] = [];
for (let run = 0; run < runs; run++) {
  runScenario(scenario, { run, onMonth: sample });
  (globalThis as { gc?: () => void }).gc?.();
  heapAfterRun.push(process.memoryUsage().heapUsed);
}
console.log(JSON.stringify({ agents, runs, peak, heapAfterRun }));
