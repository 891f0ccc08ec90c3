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
    'wrong sign (+0.37 ± 0.25 scope units): more traffic buys OpenAI more exclusivity, because the lab\'s autonomy ' +
    'cost scales with its compute bill, not with the distribution it gives up (issue 5 §1.3)',
  'design-6':
    'no effect (+0.7 ± 1.4 bn): the global GPU supply never binds at the defaults, so scarcity changes nothing a ' +
    'capacity-rich cloud could win (issue 5 §1.5)',
  'design-7':
    'no effect (+0.000 ± 0.023): routing only divides a builder\'s lab switching cost (0.5-1.5 utility units) by ' +
    'routingDiscount; against preference sd 1 and a 1-6%/month hazard that barely moves choices',
  'seed-routing-lockin':
    'no effect (-0.009 ± 0.017 HHI): as design-7, routing changes builders\' switching cost too little to move ' +
    'their dependence on one lab',
  'seed-scarcity-exclusivity':
    'wrong sign (+0.055 ± 0.034): scarcity raises traffic under exclusivity, as issue 5\'s table reports ' +
    '(exclusivity priced on the compute bill, supply that does not bind: §1.3, §1.5)',
};
