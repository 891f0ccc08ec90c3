#!/usr/bin/env node
// Entry point of the `stormoff` CLI: runs the compiled bundle (build/cli/, built by `npm ci` through
// the `prepare` script, or `npm run build`) and exits with the code its main() returns.
let cli;
try {
  cli = await import('../build/cli/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('build/cli/cli.js')) throw error;
  process.stderr.write("error: the compiled CLI is missing (build/cli/cli.js)\nhint: run 'npm run build' (npm ci runs it)\n");
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
