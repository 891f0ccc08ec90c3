/**
 * The README's tour works as written: its what-if YAML loads on top of the baseline, and every
 * command it names exists in the CLI's help.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/scenario/load.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('parseScenario(the tour\'s what-if) extends the baseline and drops Anthropic\'s AWS events', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1].replace(/^ {3}/gm, '');
    expect(block).toBeDefined();
    const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
    const bundled = (name: string) => `scenarios/${name}.yaml`; // `extends: baseline` names the library
    const scenario = parseScenario(block!, 'my-what-if.yaml', read, [], { bundled });
    expect(scenario.name).toBe('anthropic-never-on-aws');
    const baseline = parseScenario(read('scenarios/baseline.yaml'), 'scenarios/baseline.yaml', read);
    const awsAnthropic = (events: typeof scenario.events) =>
      events.filter((e) => 'cloud' in e && 'lab' in e && e.cloud === 'aws' && e.lab === 'anthropic' && e.kind !== 'forbid');
    expect(awsAnthropic(baseline.events).length).toBeGreaterThan(0);
    expect(awsAnthropic(scenario.events)).toEqual([]);
    expect(scenario.events.some((e) => e.kind === 'forbid' && e.cloud === 'aws' && e.lab === 'anthropic')).toBe(true);
  });
});
