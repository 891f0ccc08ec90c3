/**
 * `stormoff view [folder]`: serves the viewer on 127.0.0.1 (building dist/ first when it is
 * missing or older than viz/ or the scenarios) and, given the folder `stormoff run` wrote,
 * opens its CSVs in the page without re-running them. Runs until interrupted.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-info.js';
import { serveStatic } from '../static-server.js';
import { expectPositionals, integerOption, parseCommand, UsageError, type Command } from '../usage.js';

const help = `Usage: stormoff view [folder] [options]

Serve the viewer (build it first if needed) and print its address. With a folder written by
'stormoff run' (timeseries.csv, contracts.csv, events.csv, summary.csv, meta.json), the page
opens those results without re-running them.

Options:
  --port N            port to listen on (default: a free one)
  --build             rebuild the viewer even if dist/ is up to date
  -h, --help          show this help

Examples:
  stormoff view
  stormoff run openai-to-aws-2018 --runs 20 && stormoff view out/openai-to-aws-2018
`;

/** Newest modification time under `path` (files only), ms. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ with Vite when it is missing, stale, or `force`. */
async function ensureBuilt(force: boolean): Promise<string> {
  const dist = join(packageRoot, 'dist');
  const stale = newest(join(dist, 'index.html')) < Math.max(newest(join(packageRoot, 'viz')), newest(join(packageRoot, 'scenarios')), newest(join(packageRoot, 'sim')));
  if (force || stale) {
    process.stdout.write('building the viewer (dist/)…\n');
    const vite = await import('vite');
    await vite.build({ configFile: join(packageRoot, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'serve the viewer in the browser (optionally on a folder of results)',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, { port: { type: 'string' }, build: { type: 'boolean' } });
    if (!parsed) return 0;
    expectPositionals(parsed, 'view', 0, 1, 'a results folder');
    const folder = parsed.positionals[0];
    if (folder !== undefined && !existsSync(join(folder, 'timeseries.csv'))) {
      throw new UsageError(`'${folder}' holds no timeseries.csv`, "give a folder written by 'stormoff run' (e.g. out/baseline)");
    }
    const port = integerOption(parsed.values.port, 'port', 'view', 0, 0);
    const dist = await ensureBuilt(parsed.values.build === true);
    const server = await serveStatic(dist, { results: folder, port });
    process.stdout.write(`the viewer is at ${server.url}${folder ? '?open=results' : ''}  (Ctrl-C to stop)\n`);
    await new Promise<void>((stop) => process.once('SIGINT', stop).once('SIGTERM', stop));
    await server.close();
    return 0;
  },
};
