/**
 * The order of the agents in the population's arrays: by type, adopters first within each type,
 * so the step can draw who acts with one probability bound per segment. Agents are exchangeable:
 * their order decides only who draws which uniform.
 */
import { NONE, type Population } from './population.js';
import { BUILDER_TYPES } from './scenario/types.js';

const TYPES = BUILDER_TYPES.length;

/**
 * Reorders the agents by type, adopters first within each type (a stable counting sort), and
 * sets typeStart and adoptedEnd.
 * @example arrange(population); population.typeStart[1]; // the first startup
 */
export function arrange(population: Population): void {
  const { size, type, lab, clouds, labs, typeStart, adoptedEnd } = population;
  const rank = (i: number) => type[i] * 2 + (lab[i] === NONE ? 1 : 0);
  const next = new Int32Array(TYPES * 2 + 1);
  for (let i = 0; i < size; i++) next[rank(i) + 1] += 1;
  for (let r = 1; r < next.length; r++) next[r] += next[r - 1];
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[next[rank(i)]++] = i;
  for (const array of [population.type, population.cloud, population.lab, population.routes, population.home]) {
    const copy = array.slice();
    for (let to = 0; to < size; to++) array[to] = copy[order[to]];
  }
  population.prefCloud = reorder(population.prefCloud, order, clouds);
  population.prefLab = reorder(population.prefLab, order, labs);
  typeStart.fill(size);
  for (let i = size - 1; i >= 0; i--) typeStart[type[i]] = i;
  for (let t = TYPES - 1; t >= 0; t--) typeStart[t] = Math.min(typeStart[t], typeStart[t + 1]);
  for (let t = 0; t < TYPES; t++) {
    let end = typeStart[t];
    while (end < typeStart[t + 1] && lab[end] !== NONE) end++;
    adoptedEnd[t] = end;
  }
}

function reorder(values: Uint16Array, order: Int32Array, width: number): Uint16Array {
  const result = new Uint16Array(values.length);
  for (let to = 0; to < order.length; to++) {
    for (let k = 0; k < width; k++) result[to * width + k] = values[order[to] * width + k];
  }
  return result;
}

/**
 * Swaps agents a and b in every per-agent array (allocation-free, for the step).
 * @example swapAgents(population, i, population.adoptedEnd[t]++);
 */
export function swapAgents(population: Population, a: number, b: number): void {
  swap(population.type, a, b);
  swap(population.cloud, a, b);
  swap(population.lab, a, b);
  swap(population.routes, a, b);
  swap(population.home, a, b);
  swapRows(population.prefCloud, a, b, population.clouds);
  swapRows(population.prefLab, a, b, population.labs);
}

function swapRows(values: Uint16Array, a: number, b: number, width: number): void {
  for (let k = 0; k < width; k++) {
    const held = values[a * width + k];
    values[a * width + k] = values[b * width + k];
    values[b * width + k] = held;
  }
}


function swap(values: Uint8Array, a: number, b: number): void {
  const held = values[a];
  values[a] = values[b];
  values[b] = held;
}
