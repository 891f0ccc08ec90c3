/**
 * Logging a scenario event as it is applied, with what it did (through the one log writer).
 */
import { logEvent } from '../event-log.js';
import type { ScenarioEvent } from '../scenario/types.js';
import type { World } from '../world.js';

/** Appends the applied scenario event to the world's log. */
export function recordEvent(world: World, event: ScenarioEvent, cloud: string, lab: string, value: number | null, detail: string): void {
  const note = event.note ? ` (${event.note})` : '';
  logEvent(world, { kind: event.kind, origin: 'scenario', cloud, lab, value, detail: detail + note });
}

/** Index of the cloud with id `id` (the loader guarantees it exists). */
export function cloudIndex(world: World, id: string): number {
  return world.clouds.findIndex((cloud) => cloud.id === id);
}

/** Index of the lab with id `id`. */
export function labIndex(world: World, id: string): number {
  return world.labs.findIndex((lab) => lab.id === id);
}
