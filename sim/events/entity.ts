/**
 * The lab or cloud an `enter` or `exit` event names, for both kinds' checks.
 */
import { pathIssue, type PathIssue } from '../scenario/errors.js';
import type { CloudSpec, LabSpec, Scenario } from '../scenario/types.js';
import type { CheckContext } from './kind.js';

/** The scenario's lab or cloud with id `id`, or undefined. */
export function entityOf(scenario: Scenario, id: string): CloudSpec | LabSpec | undefined {
  return [...scenario.clouds, ...scenario.labs].find((candidate) => candidate.id === id);
}

/** An issue when `entity` is not the id of a lab or cloud of the scenario. */
export function unknownEntityIssues(entity: string, { scenario, at }: CheckContext): PathIssue[] {
  return entityOf(scenario, entity) ? [] : [pathIssue(at('entity'), 'the id of a lab or cloud of the scenario', entity)];
}
