/**
 * The benchmark's population measurement returns what `npm run bench -- --only population --json`
 * promises ({ agentMonthsPerSecond, clouds, hazard }), with the hazard it was asked for.
 * False-failure rate: one 4 SE check on the hazard (6.3e-5). No timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { throughput } from '../bench/population.js';
import { threadClock } from '../bench/thread-clock.js';

describe('bench', () => {
  it('throughput(agents, months, hazard) reports agent-months per second, clouds and the measured hazard', () => {
    const result = throughput(5000, 4, 0.05);
    expect(result).toMatchObject({ agents: 5000, months: 4, clouds: 6 });
    expect(result.agentMonthsPerSecond).toBeGreaterThan(0);
    const n = 5000 * 4;
    expect(Math.abs(result.hazard - 0.05)).toBeLessThanOrEqual(4 * Math.sqrt((0.05 * 0.95) / n));
  });

  it.runIf(process.platform === 'linux')('threadClock counts this thread\'s CPU time (row 7 reads it inside workers)', () => {
    const start = threadClock()!;
    let x = 0;
    const until = performance.now() + 30;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    const end = threadClock()!;
    expect(x).toBeGreaterThan(0);
    // 30 ms of wall time busy on this thread: some of it on a CPU even on a loaded machine.
    expect(end.cpuMs - start.cpuMs).toBeGreaterThan(1);
    expect(end.waitMs).toBeGreaterThanOrEqual(start.waitMs);
  });
});
