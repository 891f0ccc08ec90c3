/**
 * `stormoff list [dir]`: the scenarios in a folder (default: the bundled library), one line each
 * with its name, file and one-line description, as an aligned table.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from '../../scenario/load.js';
import { scenariosDir } from '../package-info.js';
import { readScenarioText } from '../scenario-file.js';
import { formatTable } from '../table.js';
import { expectPositionals, parseCommand, UsageError, helpHint, type Command } from '../usage.js';

const help = `Usage: stormoff list [dir] [options]

List the scenarios (*.yaml) in dir with their name and description.

  [dir]               folder of scenarios (default: the bundled library, ${relative(process.cwd(), scenariosDir) || '.'})

Options:
  --json              print a JSON array of {name, file, description}
  -h, --help          show this help
`;

/** Name and one-line description of a scenario file, read without validating it. */
export function describeScenarioFile(path: string): { name: string; description: string } {
  const stem = path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  try {
    const data = parseYaml(readScenarioText(path) ?? '', path) as { name?: unknown; description?: unknown } | null;
    const name = typeof data?.name === 'string' ? data.name : stem;
    const text = typeof data?.description === 'string' ? data.description : '';
    return { name, description: text.trim().split('\n')[0].trim() };
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(`${path}: `, '').slice(0, 120);
    return { name: stem, description: `(unreadable: ${reason})` };
  }
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list the scenarios with their descriptions',
  help,
  run(argv) {
    const parsed = parseCommand(argv, this, { json: { type: 'boolean' } });
    if (!parsed) return 0;
    expectPositionals(parsed, 'list', 0, 1, 'a folder');
    const dir = parsed.positionals[0] ?? scenariosDir;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(`no such folder: ${dir}`, helpHint('list'));
    }
    const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort();
    if (parsed.values.json === true) {
      const entries = files.map((file) => ({ ...describeScenarioFile(join(dir, file)), file }));
      process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
      return 0;
    }
    if (files.length === 0) {
      process.stdout.write(`no scenarios (*.yaml) in ${dir}\n`);
      return 0;
    }
    const rows = files.map((file) => {
      const { name, description } = describeScenarioFile(join(dir, file));
      return [name, file, description];
    });
    const lines = formatTable([['NAME', 'FILE', 'DESCRIPTION'], ...rows]);
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
