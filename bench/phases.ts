/**
 * A whole baseline run's time split by phase, from V8's sampling CPU profiler: each sample goes to
 * the phase of the nearest engine function on its stack, by source file (market, population,
 * narrative, recording, other engine work; GC and the rest), so the split survives engine refactors.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runScenario } from '../sim/run.js';
import type { Scenario } from '../sim/scenario/types.js';

const PHASES: [string, RegExp][] = [
  ['population', /sim\/(population|population-step|sampling|choice|builders|availability|inclusive-value)\.ts/],
  ['market', /sim\/(market|valuation|bargaining|contracts|eligibility|defection|exclusivity|pricing)[\w-]*\.ts/],
  ['narrative', /sim\/narrative\.ts/],
  ['recording', /sim\/(recorder|recording|summary|csv)\.ts/],
  ['other engine', /sim\/(?!node\/).*\.ts/],
];

interface CallFrame { url: string; functionName: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }

/**
 * The source file of a frame: its URL, or, in the compiled benchmark (scripts/bench.mjs, one
 * bundle), the original file its position maps to in the bundle's source map.
 */
function sourceResolver(): (frame: CallFrame) => string {
  const maps = new Map<string, SourceMap | null>();
  return (frame) => {
    if (!frame.url.endsWith('.built.mjs')) return frame.url;
    if (!maps.has(frame.url)) maps.set(frame.url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(frame.url)}.map`, 'utf8'))));
    const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    return entry && 'originalSource' in entry ? entry.originalSource : frame.url;
  };
}

/** Samples of the profiler's own message dispatch and idle time, left out of the split. */
const PROFILER = '(profiler)';

/** Seconds of a run of `scenario` and the share of CPU samples in each phase. */
export async function phaseSplit(scenario: Scenario): Promise<{ seconds: number; shares: Record<string, number> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const start = process.cpuUsage();
  runScenario(scenario, { run: 0 });
  const used = process.cpuUsage(start);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const phaseOf = phasesOfNodes(profile.nodes as ProfileNode[]);
  const totals: Record<string, number> = {};
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const phase = phaseOf.get(id) ?? 'libraries, GC, rest';
    if (phase === PROFILER) return;
    totals[phase] = (totals[phase] ?? 0) + (deltas[i] ?? 0);
  });
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  const shares = Object.fromEntries(Object.entries(totals).map(([phase, t]) => [phase, t / all]).sort((a, b) => Number(b[1]) - Number(a[1])));
  return { seconds: (used.user + used.system) / 1e6, shares };
}

/** Each profile node's phase: its own file's, or else its nearest caller's. */
function phasesOfNodes(nodes: ProfileNode[]): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const sourceOf = sourceResolver();
  const phaseOf = new Map<number, string>();
  for (const node of nodes) {
    let at: number | undefined = node.id;
    let phase: string | undefined;
    while (at !== undefined && !phase) {
      const source = sourceOf(byId.get(at)!.callFrame);
      phase = PHASES.find(([, pattern]) => pattern.test(source))?.[0];
      at = parent.get(at);
    }
    const own = node.callFrame;
    phaseOf.set(node.id, phase ?? (own.url === '' && ['dispatch', '(idle)'].includes(own.functionName) ? PROFILER : 'libraries, GC, rest'));
  }
  return phaseOf;
}
