/**
 * A library scenario's `extends` diff in brief, for docs/scenarios.md: the file's own keys
 * without its prose (name, description, references, events' notes and sources), one line per
 * added event, so the doc shows exactly what the scenario changes on top of the baseline.
 */
import { stringify } from 'yaml';

/** Keys of a scenario file that describe it rather than change the model. */
const PROSE_KEYS = ['name', 'description', 'references'];
/** Keys of an event that document it rather than change it. */
const EVENT_PROSE_KEYS = ['note', 'source'];

const flow = (value: unknown): string => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();

function withoutKeys(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * YAML of the changes in a parsed scenario file (its own keys, in file order).
 * @example scenarioDiff({ extends: './baseline.yaml', name: 'x', population: { routingP: 0.03 } })
 * // "extends: ./baseline.yaml\npopulation: { routingP: 0.03 }"
 */
export function scenarioDiff(file: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(withoutKeys(file, PROSE_KEYS))) {
    if (key === 'events' && Array.isArray(value)) {
      lines.push('events:');
      for (const event of value) lines.push(`  - ${flow(withoutKeys(event as Record<string, unknown>, EVENT_PROSE_KEYS))}`);
    } else if (key === 'removeEvents' && Array.isArray(value)) {
      lines.push(`removeEvents:   # ${value.length} baseline event${value.length === 1 ? '' : 's'}`);
      for (const id of value) lines.push(`  - ${flow(id)}`);
    } else {
      lines.push(`${key}: ${flow(value)}`);
    }
  }
  return lines.join('\n');
}

/**
 * The Markdown of the diff block: a fenced YAML listing and the file's own references.
 * @example renderDiff(parsedFile, 'scenarios/no-exclusivity.yaml')
 */
export function renderDiff(file: Record<string, unknown>, path: string): string {
  const references = Array.isArray(file.references) ? (file.references as string[]) : [];
  const lines = [`What \`${path}\` changes on top of the baseline (notes and sources left out):`, '', '```yaml', scenarioDiff(file), '```'];
  if (references.length > 0) lines.push('', '**References.**', '', ...references.map((url) => `- <${url}>`));
  return lines.join('\n');
}
