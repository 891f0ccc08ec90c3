/**
 * The project's vitest config without the slow suites (scripts/mutate-slow-tests.mjs), for the
 * static re-check of `npm run mutate:sample -- --recheck-static`: Stryker's own `testFiles` option
 * activates static mutants too late (stryker-js issue 6144), a config-level exclude does not.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from '../vite.config.js';
import { SLOW_TESTS } from './mutate-slow-tests.mjs';

export default mergeConfig(base, defineConfig({
  test: { exclude: [...configDefaults.exclude, ...SLOW_TESTS.map((path) => (path.endsWith('/') ? `${path}**` : path))] },
}));
