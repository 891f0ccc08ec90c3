/**
 * `enter` and `exit`: a lab or cloud appears (declared with `active: false`) or leaves. A cloud
 * enters with no narrative share and earns it; one that exits ends its contracts and its share
 * is spread over the others. A lab that exits ends its contracts; its builders reconsider.
 */
import { endContract } from '../contracts.js';
import { normalize } from '../narrative.js';
import type { EnterEvent, ExitEvent } from '../scenario/types.js';
import type { World } from '../world.js';
import { recordEvent } from './record.js';

export function applyEnter(world: World, event: EnterEvent): void {
  const entity = world.labs.find((lab) => lab.id === event.entity) ?? world.clouds.find((cloud) => cloud.id === event.entity)!;
  entity.active = true;
  const isLab = 'trainingDemand' in entity;
  if (isLab) entity.trainingDemand = entity.spec.computeDemand * world.params.trainingShare;
  recordEvent(world, event, isLab ? '' : event.entity, isLab ? event.entity : '', null, `${event.entity} enters`);
}

export function applyExit(world: World, event: ExitEvent): void {
  const lab = world.labs.find((state) => state.id === event.entity);
  const cloud = world.clouds.find((state) => state.id === event.entity);
  const index = (lab ?? cloud)!.index;
  for (const c of world.contracts) {
    if (c.status === 'active' && (lab ? c.lab === index : c.cloud === index)) endContract(world, c, 'terminated', `${event.entity} exits`);
  }
  if (lab) lab.active = false;
  if (cloud) {
    cloud.active = false;
    cloud.narrative = 0;
    const next = normalize(world.clouds.map((state) => state.narrative));
    world.clouds.forEach((state, k) => (state.narrative = next[k]));
  }
  recordEvent(world, event, cloud ? event.entity : '', lab ? event.entity : '', null, `${event.entity} exits`);
}
