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
    'wrong sign (+0.67 ± 0.24 scope units, 10 runs; before the contested stake +0.19 ± 0.39): raising OpenAI\'s ' +
    'consumer appeal scales its traffic, which scales the cloud\'s narrative and denial stake and the lab\'s ' +
    'distribution given up alike, so traffic alone cancels, while the cost of unmet demand does not scale with it: ' +
    'the cloud\'s stake wins more often. What relaxes exclusivity in the model is the market being adopted (the ' +
    'lab\'s realised distribution overtaking the stake in builders still to choose) and the host falling short of ' +
    'its demand; endogenously OpenAI goes exclusive -> ROFR -> none in 9 of 10 runs (test/economics/relaxation.test.ts)',
  'design-6':
    'no effect (+0.2 ± 1.1 USD bn; before -0.2 ± 1.7): extra capacity earns Oracle no more under scarce supply than ' +
    'under abundant; nor does scarcity raise the capacity sellers\' revenue share (Oracle+CoreWeave 2023-25: ' +
    '-0.010 ± 0.012, measured before the contested stake)',
  'design-7':
    'no effect (-0.014 ± 0.017, 20 runs; before +0.002 ± 0.018): routing divides builders\' lab switching cost ' +
    '(0.5-1.5 utility units) by routingDiscount, too little to change how they leave a lab that competes with them',
  'seed-routing-lockin':
    'too weak to test reliably: -0.0114 ± 0.0059 (20 runs, t 3.9; -0.0087 ± 0.0045 at 40 runs; before -0.005 ± 0.006)',
};
