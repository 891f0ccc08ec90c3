/**
 * `npm run anchors [-- runs agents]`: the baseline's scale against the sourced anchors, mean and
 * ± 2 SE over runs (default 10 runs of 5,000 agents), and each cloud's investment paid to labs.
 */
import { fileURLToPath } from 'node:url';
import { ANCHORS, investmentByCloud } from '../anchors.js';
import { runScenario } from '../run.js';
import { loadScenarioFile } from './scenario-file.js';

const [runs, agents] = [Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 5000)];
const file = fileURLToPath(new URL('../../scenarios/baseline.yaml', import.meta.url));
const scenario = loadScenarioFile(file, [`population.agents=${agents}`]);
const recordings = Array.from({ length: runs }, (_, run) => runScenario(scenario, { run }));

function meanSe(values: number[]): [number, number] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return [mean, Math.sqrt(variance / values.length)];
}
const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3));

console.log(`baseline, ${runs} runs x ${agents} agents`);
console.log(['anchor', 'unit', 'real', 'model (± 2 SE)', 'model / real', 'source'].join(' | '));
for (const anchor of ANCHORS) {
  const [mean, se] = meanSe(recordings.map(anchor.measure));
  console.log([anchor.name, anchor.unit, fmt(anchor.value), `${fmt(mean)} ± ${fmt(2 * se)}`, fmt(mean / anchor.value), anchor.source].join(' | '));
}
const clouds = [...investmentByCloud(recordings[0]).keys()].sort();
console.log('\ninvestment paid to labs over 2016-2032 (scripted + market), USD bn');
for (const cloud of clouds) {
  const [mean, se] = meanSe(recordings.map((r) => investmentByCloud(r).get(cloud) ?? 0));
  console.log(`${cloud} | ${fmt(mean)} ± ${fmt(2 * se)}`);
}
