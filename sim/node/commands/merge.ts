/**
 * `stormoff merge <dirs...>`: join the output folders of the shards of one `run`, `sweep` or
 * `sensitivity` command (--shard i/n, or a batch array) into one folder, byte-identical to running
 * it unsharded; refuses folders from other scenarios, versions, designs or options.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertWritableOutput, writeOutputs, type FileContent } from '../output.js';
import { fileBlocks, parquetColumns, readParquetRows, writeParquetRows } from '../parquet-table.js';
import { bodyBlocks, checkShards, mergedHeader, readShardMeta } from '../shard-merge.js';
import { ChunkStore, stagingDir } from '../chunk-store.js';
import { expectPositionals, parseCommand, type Command } from '../usage.js';
import { writeSensitivityFiles } from './sensitivity.js';

const help = `Usage: stormoff merge <dir> <dir> ... [--out DIR]

Join the output folders of all the shards of one experiment (made with --shard i/n, or by a
Slurm, Kubernetes or AWS Batch array) into one folder. Every table is concatenated in run order,
so the result is byte-identical to running the experiment unsharded. Refuses folders of other
scenarios, versions, designs or options, and a missing or repeated shard.

Options:
  --out DIR           merged output folder (default out/merged)
  --force             replace a result already in --out
  -h, --help          show this help
`;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'join the shard outputs of one experiment (--shard, batch arrays)',
  help,
  async run(argv) {
    const parsed = parseCommand(argv, this, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (!parsed) return 0;
    expectPositionals(parsed, 'merge', 1, Infinity, 'the shard output folders to merge');
    const dirs = parsed.positionals;
    const out = typeof parsed.values.out === 'string' ? parsed.values.out : join('out', 'merged');
    const shards = checkShards(dirs, dirs.map(readShardMeta));
    assertWritableOutput(out, { force: parsed.values.force === true });
    const store = new ChunkStore(stagingDir(out), { merge: shards.map((s) => s.meta.identity) });
    store.open();
    const files: Record<string, FileContent> = {};
    const runs = shards.map((s) => s.meta.shard.end - s.meta.shard.first);
    for (const name of readdirSync(shards[0].dir).filter((f) => f !== 'meta.json').sort()) {
      const paths = shards.map((s) => join(s.dir, name));
      if (name.endsWith('.csv')) {
        files[name] = (function* () {
          yield mergedHeader(paths, runs);
          for (const path of paths) yield* bodyBlocks(path);
        })();
      } else if (name.endsWith('.parquet')) {
        const columns = await parquetColumns(paths[Math.max(0, runs.findIndex((r) => r > 0))]);
        const target = store.scratch(name);
        await writeParquetRows(target, columns, (async function* () {
          for (const path of paths) yield* await readParquetRows(path);
        })());
        files[name] = fileBlocks(target);
      }
    }
    const metas = shards.map((s) => s.meta);
    const seeds = metas.every((m) => Array.isArray(m.seeds)) ? metas.flatMap((m) => m.seeds as number[]) : undefined;
    const meta = {
      ...metas[0], runs: metas[0].totalRuns, shard: { index: 0, count: 1, source: 'merge', first: 0, end: metas[0].totalRuns },
      ...(seeds ? { seeds } : {}), mergedFrom: shards.map((s) => s.dir), command: ['stormoff', 'merge', ...argv],
      started: metas.map((m) => String(m.started)).sort()[0], finished: new Date().toISOString(),
    };
    if (metas[0].kind === 'sensitivity') Object.assign(files, await writeSensitivityFiles(meta, shards.map((s) => s.dir), store));
    files['meta.json'] = JSON.stringify(meta, null, 2) + '\n';
    writeOutputs(out, files);
    store.remove();
    process.stdout.write(`merged ${shards.length} shards (${meta.runs} runs) into ${out}\n`);
    return 0;
  },
};
