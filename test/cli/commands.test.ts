/**
 * The CLI's command list: every entry loads, lazily, a Command with the entry's name and summary,
 * so the top-level help (which loads no command) says what each command's own help says.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, loadCommand } from '../../sim/node/cli.js';

describe('COMMANDS', () => {
  it('loadCommand(entry) returns the command named like the entry, with the same summary', async () => {
    for (const entry of COMMANDS) {
      const command = await loadCommand(entry);
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
      expect(command.help).toContain(`Usage: stormoff ${entry.name}`);
    }
  });

  it('loadCommand(entry) rejects a module without the named command', async () => {
    await expect(loadCommand({ name: 'nope', summary: '', load: async () => ({ other: 1 }) })).rejects.toThrow(/no Command named 'nope'/);
  });
});
