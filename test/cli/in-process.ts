/**
 * Runs the CLI's `main` in this process (no spawn: fast), capturing what it writes to stdout and
 * stderr. For tests of messages and exit codes; the end-to-end tests spawn the real binary.
 */
import { vi } from 'vitest';
import { main } from '../../sim/node/cli.js';
import type { Result } from './stormoff.js';

/** `main(args)` with stdout and stderr captured; STORMOFF_QUIET restored afterwards. */
export async function runMain(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const quiet = process.env.STORMOFF_QUIET;
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    if (quiet === undefined) delete process.env.STORMOFF_QUIET;
    else process.env.STORMOFF_QUIET = quiet;
  }
}
