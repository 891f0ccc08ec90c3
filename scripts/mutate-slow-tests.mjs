/**
 * Test files `npm run mutate:sample` leaves out unless `--all-tests`: each takes a minute or more
 * and would run for every surviving mutant (claims' paired experiments, the browser viewer, CLI
 * suites that spawn processes, fuzzing, the benchmark). Leaving them out can only turn kills into
 * survivors: the score is then a lower bound on the whole suite's.
 */
export const SLOW_TESTS = [
  'test/claims/claims.test.ts', 'test/claims/robustness.test.ts', 'test/browser/', 'test/fuzz/', 'test/bench.test.ts',
  ...['cli', 'determinism', 'experiment', 'flagship', 'kill', 'output-safety', 'readme-tour', 'theory', 'usage'].map((name) => `test/cli/${name}.test.ts`),
];
