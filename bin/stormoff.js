#!/usr/bin/env node
// Entry point of the `stormoff` CLI: registers tsx so Node runs the TypeScript sources directly,
// then hands the arguments to sim/node/cli.ts and exits with the code it returns.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../sim/node/cli.ts');
process.exitCode = await main(process.argv.slice(2));
