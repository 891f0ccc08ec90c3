/**
 * Memory: bytes per agent of the population's per-agent arrays, and, in child processes, the peak
 * heap of a 10^6-agent baseline run and the heap after each run of a sweep (it must not grow).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { maturePopulation } from './setup.js';

/** Bytes per agent of the arrays indexed by agent (choices, type, home, preference codes). */
export function bytesPerAgent(agents = 100_000): number {
  const { population } = maturePopulation(agents);
  const perAgent = [population.type, population.cloud, population.lab, population.routes, population.home, population.prefCloud, population.prefLab];
  return perAgent.reduce((total, array) => total + array.byteLength, 0) / agents;
}

export interface MemoryRun {
  agents: number;
  runs: number;
  peak: { heapUsed: number; arrayBuffers: number; rss: number };
  heapAfterRun: number[];
}

/** Runs bench/memory-run.ts in a fresh Node process (with tsx and --expose-gc). */
export function memoryRun(agents: number, runs: number): MemoryRun {
  const script = fileURLToPath(new URL('./memory-run.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(agents), String(runs)], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as MemoryRun;
}
