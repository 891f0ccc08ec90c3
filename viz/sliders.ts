/**
 * The key parameters the sliders move: each names its scenario path (as `stormoff run --set`
 * takes it), range and unit. Cloud and lab parameters apply to the entity picked beside them.
 */
import type { Scenario } from '../sim/scenario/types.js';

export interface SliderSpec {
  /** Path with `*` for the picked entity, e.g. `clouds.*.denialWeight`. */
  path: string;
  label: string;
  min: number;
  max: number;
  step: number;
  /** Short help for students (title attribute). */
  help: string;
  /** Which entity list `*` ranges over. */
  entity?: 'clouds' | 'labs';
}

export const SLIDERS: readonly SliderSpec[] = [
  { path: 'clouds.*.denialWeight', entity: 'clouds', label: 'Denial weight', min: 0, max: 2, step: 0.05, help: 'How much the cloud fears a rival gaining narrative share (weight on the rival\'s gain).' },
  { path: 'clouds.*.narrativeValue', entity: 'clouds', label: 'Narrative value (× monthly builder spend)', min: 0, max: 8, step: 0.1, help: 'What one whole unit of narrative share is worth to the cloud each month.' },
  { path: 'labs.*.autonomy', entity: 'labs', label: 'Autonomy (cost of exclusivity)', min: 0, max: 1.5, step: 0.05, help: 'How much the lab dislikes being tied to one cloud, as a share of its compute bill.' },
  { path: 'labs.*.acrimony', entity: 'labs', label: 'Acrimony (how loudly it leaves)', min: 0, max: 1, step: 0.05, help: 'A defection is public when acrimony ≥ 0.5.' },
  { path: 'params.alpha', label: 'Increasing-returns exponent α', min: 1, max: 3, step: 0.05, help: 'Exponent on developer share in the narrative target: above 1, the leader pulls away.' },
  { path: 'population.types.developer.hazard', label: 'Developer hazard (/month)', min: 0, max: 0.3, step: 0.005, help: 'Monthly probability that a developer reconsiders its lab and cloud.' },
  { path: 'population.types.startup.hazard', label: 'Startup hazard (/month)', min: 0, max: 0.2, step: 0.005, help: 'Monthly probability that a startup reconsiders.' },
  { path: 'population.types.enterprise.hazard', label: 'Enterprise hazard (/month)', min: 0, max: 0.1, step: 0.002, help: 'Monthly probability that an enterprise reconsiders.' },
  { path: 'params.gpuSupply', label: 'GPU supply (kGPU/month at start)', min: 0.5, max: 20, step: 0.5, help: 'New GPUs the world can install per month at the start of the run.' },
  { path: 'params.gpuSupplyGrowth', label: 'GPU supply growth (/year)', min: 0, max: 2, step: 0.05, help: 'Growth of that supply per year (1 = doubles).' },
];

/** The concrete path of `spec` for entity `id` (`clouds.azure.denialWeight`). */
export function sliderPath(spec: SliderSpec, id: string): string {
  return spec.path.replace('*', id);
}

/** The value at a concrete `path` (`clouds.azure.denialWeight`) in a resolved scenario, or NaN. */
export function valueAt(scenario: Scenario, path: string): number {
  const [head, ...rest] = path.split('.');
  let node: unknown = scenario[head as keyof Scenario];
  if ((head === 'clouds' || head === 'labs') && Array.isArray(node)) {
    const id = rest.shift();
    node = (node as { id: string }[]).find((e) => e.id === id);
  }
  for (const key of rest) node = (node as Record<string, unknown> | undefined)?.[key];
  return typeof node === 'number' ? node : NaN;
}

/** Whether `path` is one a slider can set (the only overrides a link may carry besides population). */
export function isSliderPath(path: string): boolean {
  return SLIDERS.some((spec) => new RegExp(`^${spec.path.replace(/\./g, '\\.').replace('*', '[A-Za-z0-9_-]+')}$`).test(path));
}
