/**
 * Rubinstein's alternating-offers game solved numerically by backward induction, with an optional
 * outside option w2 that player 2 may take after rejecting (Binmore–Shaked–Sutton): the solver the
 * closed forms in bargaining.ts are checked against. A finite horizon T ends in (0, 0) after T
 * periods; without one the recursion runs to its fixed point (a contraction with factor δ₁δ₂).
 */

export interface AlternatingOffers { delta1: number; delta2: number; horizon?: number; outside2?: number }

/**
 * First proposer's share of a pie of 1 in subgame-perfect equilibrium. Player 1 proposes in odd
 * periods; a responder accepts what it would get by rejecting (2: max(w2, δ₂ × its share as next
 * proposer); 1: δ₁ × its share as next proposer); the last proposer of a finite game takes all.
 * @example solveAlternatingOffers({ delta1: 0.9, delta2: 0.9 }) // 0.526316
 */
export function solveAlternatingOffers(game: AlternatingOffers): number {
  const { delta1, delta2, horizon } = game;
  const w2 = game.outside2 ?? 0;
  if (!(delta1 > 0 && delta1 < 1 && delta2 > 0 && delta2 < 1)) {
    throw new RangeError(`discount factors must lie in (0, 1), got ${delta1}, ${delta2}`);
  }
  if (!(w2 >= 0 && w2 <= 1)) throw new RangeError(`outside option must lie in [0, 1], got ${w2}`);
  const offerTo2 = (next2: number) => Math.max(w2, delta2 * next2);
  if (horizon !== undefined) {
    if (!(Number.isInteger(horizon) && horizon >= 1)) throw new RangeError(`horizon must be an integer >= 1, got ${horizon}`);
    let share = 1; // the proposer's share in the last period
    for (let period = horizon - 1; period >= 1; period--) {
      share = 1 - (period % 2 === 1 ? offerTo2(share) : delta1 * share);
    }
    return share;
  }
  let share1 = 1;
  for (let i = 0; i < 10_000_000; i++) {
    const share2 = 1 - delta1 * share1;
    const next = 1 - offerTo2(share2);
    if (Math.abs(next - share1) < 1e-15) return next;
    share1 = next;
  }
  return share1;
}
