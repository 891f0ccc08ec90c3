/**
 * `defect`: a lab leaves a cloud (its strongest active contract there), publicly or not.
 */
import { defect as leave } from '../defection.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { noIssues, type EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface DefectEvent extends EventBase {
  kind: 'defect';
  lab: string;
  cloud: string;
  /** A public exit moves voice * acrimony of narrative share away. Default true. */
  public: boolean;
}

export const defect: EventKind<DefectEvent> = {
  kind: 'defect',
  summary: 'A lab leaves a cloud (pays the exit penalty; a public defection moves voice * acrimony of narrative share away).',
  defaults: () => ({ public: true }),
  check: noIssues,
  apply: applyDefect,
  scripted: true,
  value: { unit: 'share 0..1', description: 'Narrative share moved by the exit (0 if quiet)' },
  marker: { label: (cloud, lab) => `${lab} leaves ${cloud}`, priority: 5 },
};

function applyDefect(world: World, event: DefectEvent): void {
  const k = cloudIndex(world, event.cloud);
  const j = labIndex(world, event.lab);
  const contracts = world.contracts
    .filter((c) => c.status === 'active' && c.cloud === k && c.lab === j)
    .sort((a, b) => b.exclusivity - a.exclusivity || b.compute - a.compute);
  if (contracts.length === 0) {
    recordEvent(world, event, event.cloud, event.lab, null, 'no active contract to leave');
    return;
  }
  leave(world, contracts[0], event.public, 'scenario', event.note ?? 'scheduled defection');
}
