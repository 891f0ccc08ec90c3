/**
 * The ajv validator of the scenario schema, compiled on first use (compiling takes a few hundred
 * ms, so commands that never validate never pay it). The CLI bundle swaps this module for the same
 * validator compiled to code at build time (scripts/build-cli.mjs, ajv standalone).
 */
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import { scenarioSchema } from './schema.js';

/** ajv's options for the scenario schema; the build-time compilation uses the same ones. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictTypes: false, strictRequired: false, strictNumbers: true };

let compiled: ValidateFunction | undefined;

/**
 * The compiled validator (errors on `.errors` after a failed call).
 * @example const validate = scenarioValidator(); if (!validate(data)) console.log(validate.errors);
 */
export function scenarioValidator(): ValidateFunction {
  compiled ??= new Ajv(AJV_OPTIONS).compile(scenarioSchema);
  return compiled;
}
