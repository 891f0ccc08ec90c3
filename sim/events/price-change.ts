/**
 * `price_change`: a cloud's markup or a lab's API price is multiplied by a factor.
 */
import { pathIssue } from '../scenario/errors.js';
import type { EventBase } from '../scenario/types.js';
import type { World } from '../world.js';
import { plainLabel, type EventKind } from './kind.js';
import { cloudIndex, labIndex, recordEvent } from './record.js';

export interface PriceChangeEvent extends EventBase {
  kind: 'price_change';
  /** Exactly one of cloud / lab is set (both default to null). */
  cloud: string | null;
  lab: string | null;
  /** Multiplier on the cloud's markup or the lab's API price. */
  factor: number;
}

export const priceChange: EventKind<PriceChangeEvent> = {
  kind: 'price_change',
  summary: 'Multiply a cloud\'s markup or a lab\'s API price (give exactly one of cloud / lab).',
  defaults: () => ({ cloud: null, lab: null }),
  check: (event, { at }) => ((event.cloud === null) === (event.lab === null)
    ? [pathIssue(at('cloud'), 'exactly one of cloud and lab', { cloud: event.cloud, lab: event.lab })] : []),
  apply: applyPriceChange,
  scripted: false,
  value: { unit: 'factor', description: 'Multiplier of the markup or the API price' },
  marker: { label: plainLabel('price_change'), priority: 0 },
};

function applyPriceChange(world: World, event: PriceChangeEvent): void {
  if (event.cloud !== null) {
    const cloud = world.clouds[cloudIndex(world, event.cloud)];
    cloud.markup *= event.factor;
    cloud.price *= event.factor;
    recordEvent(world, event, event.cloud, '', event.factor, `markup x${event.factor}`);
  } else if (event.lab !== null) {
    world.labs[labIndex(world, event.lab)].price *= event.factor;
    recordEvent(world, event, '', event.lab, event.factor, `API price x${event.factor}`);
  }
}
