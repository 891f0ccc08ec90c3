/**
 * The engine's Web Worker: validates the requested scenarios with the CLI's loader and runs them
 * with the very same sim/ code, streaming months as they are computed (a slice every ~12 ms of
 * work) so the page never waits and never freezes. A newer request cancels the one in progress.
 */
import { ScenarioError } from '../sim/scenario/errors.js';
import { parseScenario } from '../sim/scenario/load.js';
import type { Scenario } from '../sim/scenario/types.js';
import { runSeed } from '../sim/rng.js';
import { startRun, type RunInProgress } from '../sim/run.js';
import { readLibraryFile } from './library.js';
import { MAX_AGENTS, type JobSide, type RunRequest, type Side, type WorkerMessage } from './protocol.js';

/** Milliseconds of simulation between two posts: short enough for a smooth stream, long enough to batch. */
const SLICE_MS = 12;

let current = 0;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

/** Lets a newer request in: resolves on the next turn of the event loop (no timer clamping). */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function load(side: JobSide): Scenario {
  const { source } = side;
  const [text, file] = 'library' in source ? [readLibraryFile(`${source.library}.yaml`), `${source.library}.yaml`] : [source.upload, source.file];
  if (text === undefined) throw new ScenarioError([{ file, path: '', expected: 'a scenario of the library', found: 'nothing' }]);
  const scenario = parseScenario(text, file, readLibraryFile, side.overrides);
  if (scenario.population.agents > MAX_AGENTS) {
    throw new ScenarioError([{ file, path: 'population.agents', expected: `at most ${MAX_AGENTS} agents in the browser (use the CLI for more)`, found: String(scenario.population.agents) }]);
  }
  return scenario;
}

interface Stream {
  side: Side;
  run: number;
  progress: RunInProgress;
  posted: number;
  events: number;
}

function open(job: number, side: Side, scenario: Scenario, run: number, seed: number): Stream {
  const progress = startRun(scenario, { run, seed: runSeed(seed, run) });
  const { series, contracts: _contracts, events: _events, ...outline } = progress.recording();
  post({ type: 'start', job, side, run, outline, series: series.map((s) => [s.entity, s.metric]) });
  return { side, run, progress, posted: 0, events: 0 };
}

function flush(job: number, stream: Stream): void {
  const { series, contracts, events: allEvents, ...outline } = stream.progress.recording();
  const from = stream.posted;
  const to = stream.progress.done;
  const values = series.map((s) => s.values.slice(from, to));
  const events = allEvents.slice(stream.events);
  post({ type: 'months', job, side: stream.side, run: stream.run, from, to, values, events, contracts, outline }, values.map((v) => v.buffer));
  stream.posted = to;
  stream.events = allEvents.length;
}

/** Steps the streams in turn, a time slice each, posting what was computed; false if cancelled. */
async function drive(job: number, streams: Stream[], eager: boolean): Promise<boolean> {
  while (streams.some((s) => s.progress.done < s.progress.months)) {
    for (const stream of streams) {
      const started = performance.now();
      while (stream.progress.done < stream.progress.months && performance.now() - started < SLICE_MS / streams.length) stream.progress.advance(1);
      if (eager) flush(job, stream);
    }
    await yieldToMessages();
    if (job !== current) return false;
  }
  if (!eager) streams.forEach((stream) => flush(job, stream));
  return true;
}

async function handle(request: RunRequest): Promise<void> {
  const { job } = request;
  const started = performance.now();
  const scenarios: [Side, Scenario][] = [];
  let seed = request.seed;
  for (const side of request.sides) {
    try {
      const scenario = load(side);
      seed ??= scenario.seed;
      scenarios.push([side.side, scenario]);
      post({ type: 'scenario', job, side: side.side, scenario, seed });
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      post({ type: 'invalid', job, side: side.side, lines: error.format().split('\n') });
      return;
    }
  }
  for (let run = 0; run < request.runs; run++) {
    const streams = scenarios.map(([side, scenario]) => open(job, side, scenario, run, seed!));
    if (!(await drive(job, streams, run === 0))) return;
  }
  post({ type: 'done', job, millis: performance.now() - started });
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  current = event.data.job;
  handle(event.data).catch((error: unknown) => post({ type: 'failed', job: event.data.job, message: String((error as Error)?.message ?? error) }));
};
