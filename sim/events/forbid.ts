/**
 * `forbid`: a pairing may not deal (until a month, or for good): e.g. "Microsoft passes".
 * Contracts already signed run on.
 */
import { monthIndex } from '../dates.js';
import { pathIssue } from '../scenario/errors.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import type { EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface ForbidEvent extends EventBase {
  kind: 'forbid';
  cloud: string;
  lab: string;
  /** "YYYY-MM" when the ban ends, or null (default) for the rest of the run. */
  until: string | null;
}

export const forbid: EventKind<ForbidEvent> = {
  kind: 'forbid',
  summary: 'A pairing may not deal (e.g. "Microsoft passes").',
  defaults: () => ({ until: null }),
  check: (event, { at }) => (event.until !== null && event.until < event.date
    ? [pathIssue(at('until'), `a month not before the event's date (${event.date})`, event.until)] : []),
  apply: applyForbid,
  scripted: false,
  value: { unit: 'none', description: 'Empty' },
  marker: { label: (cloud, lab) => `${cloud}–${lab} barred`, priority: 2 },
};

function applyForbid(world: World, event: ForbidEvent): void {
  const until = event.until === null ? Infinity : monthIndex(world.scenario.start, event.until);
  world.forbidden.set(`${cloudIndex(world, event.cloud)}:${labIndex(world, event.lab)}`, until);
  recordEvent(world, event, event.cloud, event.lab, null, `${event.cloud} and ${event.lab} may not deal${event.until ? ` until ${event.until}` : ''}`);
}
