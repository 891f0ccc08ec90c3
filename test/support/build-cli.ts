/**
 * Vitest global setup: compiles the CLI bundle (build/cli/) from the current sources before any
 * test runs, so the CLI tests never spawn a stale bundle.
 */
// @ts-expect-error: a plain ES module script without type declarations
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
