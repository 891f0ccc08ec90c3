/**
 * A cloud's list price: cost times markup, plus a premium only under real scarcity, when the
 * compute it has contracted exceeds its capacity. Busy but sufficient capacity (the utilisation a
 * cloud plans for) costs builders nothing extra, so hosting a big lab does not by itself repel them.
 */

/**
 * Share of contracted compute a cloud cannot serve: 1 − capacity / contracted, 0 when capacity suffices.
 * @example unservedShare(12, 10) // 1/6
 */
export function unservedShare(contracted: number, capacity: number): number {
  return contracted > capacity && contracted > 0 ? 1 - Math.max(0, capacity) / contracted : 0;
}

/**
 * List price, USD bn per kGPU-month: unitCost × (markup + scarcityPremium × unserved share).
 * @example scarcityPrice(0.004, 1.5, 0.8, 0) // 0.006
 */
export function scarcityPrice(unitCost: number, markup: number, scarcityPremium: number, unserved: number): number {
  return unitCost * (markup + scarcityPremium * unserved);
}
