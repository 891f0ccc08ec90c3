/**
 * Progress of an experiment on stderr, counted in runs: on a terminal a bar with runs done, rate
 * and ETA, redrawn at most every 100 ms; otherwise (logs, CI, batch jobs) a plain line at most
 * every `interval` ms, and none for work shorter than that; nothing at all with --quiet.
 */
import type { ProgressStream } from './progress.js';

export interface RunProgress {
  /** `done` runs of the total are finished. */
  update(done: number): void;
  /** Erase the bar (call once at the end, also on error). */
  finish(): void;
}

export interface RunProgressOptions {
  label: string;
  total: number;
  /** Runs already done before this process started (resume); they do not count in the rate. */
  already?: number;
  quiet?: boolean;
  stream?: ProgressStream;
  /** Minimum time between plain lines when not on a terminal, ms (default 30 s). */
  interval?: number;
  now?: () => number;
}

/** `95` -> `1m35s`, `3700` -> `1h01m`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `12/100 runs, 3.1 runs/s, ETA 28s`. */
export function progressText(done: number, total: number, rate: number): string {
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `${done}/${total} runs, ${rate.toFixed(rate < 10 ? 2 : 1)} runs/s, ETA ${eta}`;
}

const SILENT: RunProgress = { update() {}, finish() {} };

/**
 * A progress reporter for `total` runs.
 * @example const progress = createRunProgress({ label: 'baseline', total: 100 }); progress.update(1);
 */
export function createRunProgress(options: RunProgressOptions): RunProgress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || options.total <= 0) return SILENT;
  const now = options.now ?? Date.now;
  const started = now();
  const already = options.already ?? 0;
  const tty = stream.isTTY === true && !process.env.CI;
  const interval = tty ? 100 : options.interval ?? 30_000;
  let last = started;
  let drawn = false;
  const rate = (done: number, at: number) => ((done - already) * 1000) / Math.max(1, at - started);
  return {
    update(done) {
      const at = now();
      if (at - last < interval && done < options.total) return;
      if (!tty && done >= options.total) return;
      last = at;
      const text = `${options.label}: ${progressText(done, options.total, rate(done, at))}`;
      if (!tty) {
        stream.write(text + '\n');
        return;
      }
      const width = Math.max(10, Math.min(30, (stream.columns || 80) - text.length - 4));
      const filled = Math.round((done / options.total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
