/**
 * `announce`: a narrative shock: `delta` of narrative share added to (or taken from) a cloud,
 * then shares renormalised over active clouds.
 */
import { normalize } from '../narrative.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { noDefaults, noIssues, plainLabel, type EventKind } from './kind.js';
import { cloudIndex, recordEvent } from './record.js';

export interface AnnounceEvent extends EventBase {
  kind: 'announce';
  cloud: string;
  /** Narrative share added (negative: removed), then renormalised. */
  delta: number;
}

export const announce: EventKind<AnnounceEvent> = {
  kind: 'announce',
  summary: 'A narrative shock to a cloud.',
  defaults: noDefaults,
  check: noIssues,
  apply: applyAnnounce,
  scripted: false,
  value: { unit: 'share', description: 'Narrative shock added' },
  marker: { label: plainLabel('announce'), priority: 1 },
};

function applyAnnounce(world: World, event: AnnounceEvent): void {
  const k = cloudIndex(world, event.cloud);
  const shares = world.clouds.map((cloud) => (cloud.active ? cloud.narrative + (cloud.index === k ? event.delta : 0) : 0));
  const next = normalize(shares);
  world.clouds.forEach((cloud, i) => (cloud.narrative = next[i]));
  recordEvent(world, event, event.cloud, '', event.delta, `narrative shock ${event.delta}`);
}
