/**
 * Joining the output folders of the shards of one experiment: checks that they come from the same
 * experiment (scenario, version, design, options) and cover every run exactly once, then
 * concatenates each table in run order (CSV text streamed; Parquet rows re-written), so the result
 * is byte-identical to the unsharded run's tables.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './scenario-file.js';
import { UsageError } from './usage.js';

/** The parts of a shard's meta.json that merging reads. */
export interface ShardMeta {
  identity: Record<string, unknown>;
  shard: { index: number; count: number; first: number; end: number };
  totalRuns: number;
  [key: string]: unknown;
}

const HINT = "merge only the shards of one command ('stormoff merge --help')";

/** meta.json of output folder `dir`, or a UsageError saying why it is not a shard output. */
export function readShardMeta(dir: string): ShardMeta {
  const path = join(dir, 'meta.json');
  if (!existsSync(path)) throw new UsageError(`${dir} is not a Stormoff output folder (no meta.json)`, HINT);
  const meta = JSON.parse(readFileSync(path, 'utf8')) as Partial<ShardMeta>;
  if (!meta.identity || !meta.shard || typeof meta.totalRuns !== 'number') {
    throw new UsageError(`${dir}/meta.json has no experiment identity (written by an older Stormoff, or by flagship)`, HINT);
  }
  return meta as ShardMeta;
}

const FIELD_NAMES: Record<string, string> = {
  scenarioHash: 'scenario (its hash)', scenario: 'scenario name', version: 'Stormoff version', designHash: 'design',
  replicates: 'runs per point', kind: 'command', seed: 'seed', timeseries: '--timeseries', format: '--format',
};

/**
 * Throws a UsageError unless `metas` (of `dirs`) are the shards of one experiment, each once,
 * covering all its runs; returns them sorted by shard index.
 */
export function checkShards(dirs: string[], metas: ShardMeta[]): { dir: string; meta: ShardMeta }[] {
  const [first] = metas;
  metas.forEach((meta, i) => {
    const differing = Object.keys({ ...first.identity, ...meta.identity }).filter(
      (key) => canonicalJson(first.identity[key]) !== canonicalJson(meta.identity[key]),
    );
    if (differing.length > 0) {
      const details = differing.map((key) => `${FIELD_NAMES[key] ?? key}: ${JSON.stringify(first.identity[key])} in ${dirs[0]} vs ${JSON.stringify(meta.identity[key])} in ${dirs[i]}`);
      throw new UsageError(`cannot merge ${dirs[i]} with ${dirs[0]}: they are not shards of one experiment (${details.join('; ')})`, HINT);
    }
    if (meta.shard.count !== first.shard.count) {
      throw new UsageError(`cannot merge: ${dirs[0]} is shard ${first.shard.index} of ${first.shard.count} but ${dirs[i]} is shard ${meta.shard.index} of ${meta.shard.count}`, HINT);
    }
  });
  const sorted = dirs.map((dir, i) => ({ dir, meta: metas[i] })).sort((a, b) => a.meta.shard.index - b.meta.shard.index);
  const count = first.shard.count;
  const seen = sorted.map((s) => s.meta.shard.index);
  const twice = seen.find((index, i) => seen.indexOf(index) !== i);
  if (twice !== undefined) throw new UsageError(`shard ${twice} of ${count} is given twice`, HINT);
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.includes(i));
  if (missing.length > 0) throw new UsageError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count}`, HINT);
  let next = 0;
  for (const { dir, meta } of sorted) {
    if (meta.shard.first !== next) throw new UsageError(`${dir} starts at run ${meta.shard.first}, expected ${next}`, HINT);
    next = meta.shard.end;
  }
  if (next !== first.totalRuns) throw new UsageError(`the shards end at run ${next}, expected ${first.totalRuns}`, HINT);
  const files = (dir: string) => readdirSync(dir).filter((f) => f !== 'meta.json').sort().join(', ');
  for (const { dir } of sorted) {
    if (files(dir) !== files(sorted[0].dir)) throw new UsageError(`${dir} has files ${files(dir)}, ${sorted[0].dir} has ${files(sorted[0].dir)}`, HINT);
  }
  return sorted;
}

/** The text of the file at `path` after its first line, in blocks. */
export function* bodyBlocks(path: string, size = 1 << 20): Generator<string> {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder();
  let header = true;
  try {
    for (;;) {
      const buffer = new Uint8Array(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) break;
      let text = decoder.decode(buffer.subarray(0, read), { stream: true });
      if (header) {
        const newline = text.indexOf('\n');
        if (newline < 0) continue;
        header = false;
        text = text.slice(newline + 1);
      }
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest && !header) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** First line of a CSV file. */
export function headerLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(1 << 16);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = new TextDecoder().decode(buffer.subarray(0, read));
    return text.slice(0, text.indexOf('\n') + 1);
  } finally {
    closeSync(fd);
  }
}

/** Header (as a line) of CSV `name` in the merged output: that of the first shard with rows. */
export function mergedHeader(paths: string[], shardRuns: number[]): string {
  const index = shardRuns.findIndex((runs) => runs > 0);
  return headerLine(paths[Math.max(0, index)]);
}
