/**
 * StrykerJS mutation testing of the engine (sim/ outside sim/node/), run by `npm run mutate`,
 * not in CI. `npm run mutate -- --mutate sim/csv.ts` mutates one file. See docs/testing.md.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // `related`: for each mutated file, run only the test files that import it.
  vitest: { configFile: 'vite.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: ['sim/**/*.ts', '!sim/node/**', '!sim/index.ts'],
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  concurrency: 2,
  // Re-runs test only the mutants whose code or tests changed since the last run on this machine.
  // Not committed: it holds every mutant's covering tests (megabytes), and it would churn and
  // conflict with every merge while the engine is being rewritten. `--force` ignores it.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: reports, other runs' sandboxes, build output.
  ignorePatterns: ['/reports', '/.stryker-tmp*', '/out', '/dist', '/build', '/coverage', '/.scratch'],
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  // The initial run of every related test can take many minutes on a loaded 2-core machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 80, break: null },
  // Stryker rewrites tsconfig `extends`/`references` with the TypeScript JS API, which the
  // native TypeScript 7 compiler lacks; ours has neither, so point it at no file.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
};
