import fc from 'fast-check';
import { fuzzCase } from './test/fuzz/cases.js';
import { apiOutcome, sandbox } from './test/fuzz/outcome.js';
const dir = sandbox();
const r = fc.sample(fuzzCase, { numRuns: 40, seed: 3 }).map((c) => [c.sets.join(' '), apiOutcome(c, dir)] as const);
for (const [s, x] of r) console.log(x.outcome, '|', s, '|', x.detail.slice(0, 150));
