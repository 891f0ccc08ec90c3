/**
 * Progress of a calibration on stderr, counted in objective evaluations, with the best value so
 * far: on a terminal a bar redrawn at most every 100 ms; otherwise a plain line at most every
 * `interval` ms (default 30 s); nothing with --quiet.
 */
import type { ProgressStream } from './progress.js';
import { formatDuration } from './run-progress.js';

export interface CalibrationProgress {
  update(done: number, best: string): void;
  finish(): void;
}

/**
 * A reporter for `total` evaluations.
 * @example const bar = createCalibrationProgress(240, false); bar.update(1, 'best 3.2'); bar.finish();
 */
export function createCalibrationProgress(total: number, quiet: boolean, stream: ProgressStream = process.stderr, interval = 30_000, now = Date.now): CalibrationProgress {
  if (quiet || process.env.STORMOFF_QUIET || total <= 0) return { update() {}, finish() {} };
  const tty = stream.isTTY === true && !process.env.CI;
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(done, best) {
      const at = now();
      if (at - last < (tty ? 100 : interval) && done < total) return;
      last = at;
      const rate = (done * 1000) / Math.max(1, at - started);
      const text = `calibrate: ${done}/${total} evaluations, ETA ${formatDuration((total - done) / rate)}, ${best}`;
      if (!tty) {
        stream.write(text + '\n');
        return;
      }
      const width = Math.max(10, Math.min(24, (stream.columns || 100) - text.length - 4));
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
