/**
 * The claims of the claims suite that the current model does not show, each with its measured
 * effect and the reason: listed, not hidden. `npm run claims` still runs and prints them; the CI
 * suite (test/claims/) leaves them out. Remove an entry once a model change makes it hold.
 */

/**
 * Claims the current model does not show, with the measured effect and why (docs/claims.md). They run in `npm run claims` and are left out of the CI suite (test/claims/).
 */
export const KNOWN_FAILING: Readonly<Record<string, string>> = {
  'design-5':
    'no effect (+0.08 ± 0.18 scope units, 10 runs; before builders saw availability it was +0.37 ± 0.25, the wrong ' +
    'sign): the lab\'s autonomy cost scales with its compute bill, not the distribution it gives up (issue 5 §1.3)',
  'design-6':
    'no effect (-0.5 ± 0.6 USD bn, 10 runs): the global GPU supply never binds at the defaults (x0.5 or x2 of it ' +
    'leaves the flagship unchanged to 4 decimals), so scarcity has nothing to act on (issue 5 §1.5)',
  'design-7':
    'too weak to test reliably: -0.011 ± 0.009 (40 runs, t 2.4; -0.022 ± 0.013 with the 20 runs run here): ' +
    'routing only divides builders\' lab switching cost (0.5-1.5 utility units) by routingDiscount',
  'seed-scarcity-exclusivity':
    'wrong sign (+0.055 ± 0.017, 10 runs, t 6.4): scarcity raises traffic under exclusivity, as issue 5\'s ' +
    'table reports (exclusivity priced on the compute bill, supply that does not bind: §1.3, §1.5)',
};
