/**
 * The event log's one writer: every dated record of what happened (scenario events as applied,
 * endogenous deals, relaxations, defections) goes through `logEvent`.
 */
import type { EventRecord } from './recording.js';
import type { World } from './world.js';

/** What an entry says; the date is this month's. */
export type LogEntry = Omit<EventRecord, 'date'>;

/**
 * Appends an entry dated this month to `world.log`.
 * @example logEvent(world, { kind: 'relaxation', origin: 'endogenous', cloud: 'azure', lab: 'openai', value: 1, detail: 'full -> rofr' });
 */
export function logEvent(world: World, entry: LogEntry): void {
  world.log.push({ date: world.dates[world.t], ...entry });
}
