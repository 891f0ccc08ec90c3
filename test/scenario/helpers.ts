/**
 * Helpers for the scenario tests: catch the ScenarioError a call throws, read fixtures, and
 * serve files from memory to `parseScenario`.
 */
import { fileURLToPath } from 'node:url';
import { ScenarioError } from '../../sim/scenario/errors.js';
import type { ReadFile } from '../../sim/scenario/load.js';

/** Fixture path relative to the repository root, as a user would type it. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios/', import.meta.url));

/** The ScenarioError `run` throws (fails the test when it throws nothing or something else). */
export function scenarioError(run: () => unknown): ScenarioError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError, but nothing was thrown');
}

/** A ReadFile over an in-memory map of path -> text. */
export function memoryFiles(files: Record<string, string>): ReadFile {
  return (path) => files[path];
}
