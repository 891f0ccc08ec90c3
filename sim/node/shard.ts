/**
 * Which slice of an experiment this process runs: `--shard i/n` (0-based i), or the array index
 * of a batch engine: Slurm (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, SLURM_ARRAY_TASK_MIN),
 * Kubernetes Indexed Jobs (JOB_COMPLETION_INDEX with --shard-count) or AWS Batch
 * (AWS_BATCH_JOB_ARRAY_INDEX with AWS_BATCH_JOB_ARRAY_SIZE or --shard-count).
 */
import { UsageError, helpHint } from './usage.js';

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
  /** Where it came from, for messages: `--shard`, `SLURM_ARRAY_TASK_ID`... */
  source: string;
}

/** The whole experiment. */
export const WHOLE: Shard = { index: 0, count: 1, source: 'none' };

/** Runs [first, end) of shard `shard` of `total` runs: contiguous, disjoint, sizes differing by at most 1. */
export function shardRange(total: number, shard: Shard): { first: number; end: number } {
  return { first: Math.floor((shard.index * total) / shard.count), end: Math.floor(((shard.index + 1) * total) / shard.count) };
}

function integer(text: string | undefined, what: string, command: string): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    throw new UsageError(`${what} must be a non-negative integer, got '${text ?? ''}'`, helpHint(command));
  }
  return value;
}

function checked(index: number, count: number, source: string, command: string): Shard {
  if (count < 1 || index >= count) {
    throw new UsageError(`${source}: shard index ${index} is not in 0..${count - 1} (count ${count})`, helpHint(command));
  }
  return { index, count, source };
}

/**
 * The shard from `--shard` (text `i/n`), else from the environment, else the whole experiment.
 * `shardCount` is `--shard-count`, the count for JOB_COMPLETION_INDEX and AWS Batch.
 * @example resolveShard('2/8', undefined, process.env, 'sweep') // { index: 2, count: 8, source: '--shard' }
 */
export function resolveShard(flag: string | undefined, shardCount: string | undefined, env: NodeJS.ProcessEnv, command: string): Shard {
  if (flag !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(flag.trim());
    if (!match) throw new UsageError(`--shard expects i/n (0-based i, e.g. 0/4), got '${flag}'`, helpHint(command));
    return checked(Number(match[1]), Number(match[2]), '--shard', command);
  }
  const count = shardCount === undefined ? undefined : integer(shardCount, '--shard-count', command);
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = integer(env.SLURM_ARRAY_TASK_ID, 'SLURM_ARRAY_TASK_ID', command);
    const min = env.SLURM_ARRAY_TASK_MIN === undefined ? 0 : integer(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN', command);
    const total = count ?? integer(env.SLURM_ARRAY_TASK_COUNT, 'SLURM_ARRAY_TASK_COUNT', command);
    return checked(id - min, total, 'SLURM_ARRAY_TASK_ID', command);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (count === undefined) {
      throw new UsageError('JOB_COMPLETION_INDEX is set but the number of shards is not: add --shard-count N (the Job\'s completions)', helpHint(command));
    }
    return checked(integer(env.JOB_COMPLETION_INDEX, 'JOB_COMPLETION_INDEX', command), count, 'JOB_COMPLETION_INDEX', command);
  }
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) {
    const total = count ?? (env.AWS_BATCH_JOB_ARRAY_SIZE === undefined ? undefined : integer(env.AWS_BATCH_JOB_ARRAY_SIZE, 'AWS_BATCH_JOB_ARRAY_SIZE', command));
    if (total === undefined) {
      throw new UsageError('AWS_BATCH_JOB_ARRAY_INDEX is set but the number of shards is not: add --shard-count N (the array size)', helpHint(command));
    }
    return checked(integer(env.AWS_BATCH_JOB_ARRAY_INDEX, 'AWS_BATCH_JOB_ARRAY_INDEX', command), total, 'AWS_BATCH_JOB_ARRAY_INDEX', command);
  }
  if (count !== undefined) throw new UsageError('--shard-count needs a shard index (JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX)', helpHint(command));
  return WHOLE;
}
