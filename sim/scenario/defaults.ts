/**
 * Default values of every scenario field a file may omit. One place, so docs/MODEL.md, the
 * schema and the loader agree. Values are first-cut magnitudes (see docs/MODEL.md for sources
 * and reasoning); calibration against market_share.csv is a later step.
 */
import type { BuilderType, BuilderTypeSpec, CloudSpec, LabSpec, Params, PopulationSpec } from './types.js';

export const CLOUD_DEFAULTS: Omit<CloudSpec, 'id' | 'name'> = {
  active: true,
  capacity: 10,
  unitCost: 0.004,
  markup: 1.5,
  narrativeShare: 0,
  narrativeValue: 3,
  denialWeight: 0.5,
  capexGrowthMax: 1.5,
  enterpriseReach: 0.5,
  patience: 0.97,
  balanceSheet: 50,
  initialBuilderShare: 0,
};

export const LAB_DEFAULTS: Omit<LabSpec, 'id' | 'name'> = {
  active: true,
  capability: 1,
  computeDemand: 1,
  funding: 1,
  autonomy: 0.3,
  voice: 0.1,
  acrimony: 0.3,
  patience: 0.95,
  price: 1,
  verticalization: 0.1,
  owner: null,
  consumerAppeal: 1,
  selfBuild: 0,
};

const TYPE_DEFAULTS: Record<BuilderType, BuilderTypeSpec> = {
  developer: {
    fraction: 0.7, spend: 1, hazard: 0.06, initialAdopted: 0.02,
    bassP: 0.02, bassQ: 0.6, cloudSwitchCost: 0.5, labSwitchCost: 0.5,
  },
  startup: {
    fraction: 0.25, spend: 5, hazard: 0.03, initialAdopted: 0.01,
    bassP: 0.01, bassQ: 0.5, cloudSwitchCost: 1, labSwitchCost: 1,
  },
  enterprise: {
    fraction: 0.05, spend: 50, hazard: 0.01, initialAdopted: 0.005,
    bassP: 0.003, bassQ: 0.35, cloudSwitchCost: 2.5, labSwitchCost: 1.5,
  },
};

export const POPULATION_DEFAULTS: PopulationSpec = {
  agents: 100_000,
  types: TYPE_DEFAULTS,
  preferenceSd: 1,
  homeBias: 2,
  crossImitation: 0.7,
  unmetHazard: 0.5,
  routingInitial: 0,
  routingP: 0.005,
  routingQ: 0.4,
  routingDiscount: 3,
  bK: 3,
  bP: 1,
  bV: 1.5,
  bN: 2,
  bA: 0.5,
  bD: 1,
  bIV: 1,
};

export const PARAM_DEFAULTS: Params = {
  lambda: 0.05,
  wL: 0.4,
  wD: 0.35,
  wE: 0.25,
  alpha: 1.5,
  trainingGrowth: 1.0,
  trainingShare: 0.8,
  inferencePerBuilder: 5,
  inferenceGrowth: 0.6,
  capabilityGrowth: 0.02,
  capabilityTheta: 0.5,
  consumerWeight: 0.3,
  consumerSharpness: 2,
  computeValue: 2,
  distributionValue: 1,
  unmetCost: 3,
  contractMonths: 36,
  exitPenaltyMonths: 6,
  marketThreshold: 0.1,
  bargainingNoise: 0.002,
  powerTraffic: 2,
  powerScarcity: 1,
  gpuSupply: 0.34,
  gpuSupplyGrowth: 0.8,
  costDecline: 0.12,
  scarcityPremium: 0.8,
  headroom: 0.2,
  builderSpend: 0.05,
  availabilityFloor: 0.2,
  cashMargin: 0.5,
  capexMonths: 24,
  runwayMonths: 24,
  stormoffLanding: 0.5,
  stormoffHalfLife: 36,
  contestedShare: 0.05,
};
