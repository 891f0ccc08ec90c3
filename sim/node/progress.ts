/**
 * A progress bar on stderr for long work (runs x months). Drawn only when stderr is a terminal and
 * neither CI nor STORMOFF_QUIET (set by `--quiet`) is set, so piped output and logs stay clean.
 */

export interface Progress {
  /** Set how many of the total units are done. */
  update(done: number): void;
  /** Erase the bar (call once at the end, also on error). */
  finish(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const SILENT: Progress = { update() {}, finish() {} };

/** Whether a bar should be drawn on `stream`: a terminal, not CI, not `--quiet` (STORMOFF_QUIET). */
export function progressEnabled(stream: ProgressStream = process.stderr): boolean {
  return stream.isTTY === true && !process.env.CI && !process.env.STORMOFF_QUIET;
}

/**
 * A bar of `total` units labelled `label`, e.g. `baseline [#####.....]  50% 12/24`. Redraws at most
 * every 100 ms and when the percentage changes.
 * @example const bar = createProgress('baseline', runs * months); bar.update(done); bar.finish();
 */
export function createProgress(label: string, total: number, stream: ProgressStream = process.stderr): Progress {
  if (!progressEnabled(stream) || total <= 0) return SILENT;
  let lastPercent = -1;
  let lastDraw = 0;
  let drawn = false;
  const draw = (done: number): void => {
    const fraction = Math.min(1, Math.max(0, done / total));
    const percent = Math.floor(fraction * 100);
    const now = Date.now();
    if (percent === lastPercent || (now - lastDraw < 100 && done < total)) return;
    lastPercent = percent;
    lastDraw = now;
    const counts = `${String(percent).padStart(3)}% ${done}/${total}`;
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - label.length - counts.length - 6));
    const filled = Math.round(fraction * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts}`);
    drawn = true;
  };
  return {
    update: draw,
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
