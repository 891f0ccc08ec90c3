/**
 * This thread's own CPU time and its time waiting for a CPU, from Linux's
 * /proc/thread-self/schedstat (nanoseconds on a CPU, nanoseconds runnable but waiting). Node 20's
 * process.cpuUsage() counts every thread of the process, so in a pool of workers it cannot say what
 * one task cost; and unlike wall time, a thread's CPU time barely moves when other processes load
 * the machine (the wait does instead). Null where the file does not exist (not Linux).
 */
import { readFileSync } from 'node:fs';

export interface ThreadClock {
  cpuMs: number;
  waitMs: number;
}

export function threadClock(): ThreadClock | null {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { cpuMs: cpu / 1e6, waitMs: wait / 1e6 };
  } catch {
    return null;
  }
}
