/**
 * A bench worker kept alive across runs: loads the baseline once (with the agents it is told),
 * then runs each run index it receives and answers with that index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runScenario } from '../sim/run.js';
import { baseline } from './setup.js';

const scenario = baseline();
scenario.population = { ...scenario.population, agents: (workerData as { agents: number }).agents };
parentPort!.on('message', (run: number) => {
  runScenario(scenario, { run });
  parentPort!.postMessage(run);
});
