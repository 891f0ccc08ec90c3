/**
 * Output-folder safety, checked before a run starts: the target is a folder we may write (a probe
 * folder is created and removed beside it), it holds no result unless `--force`, and what a run
 * killed mid-write left behind (`.<name>.tmp-<pid>-…` folders of dead processes) is cleaned up.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** An output folder that cannot or may not be written; exit code 2 with a message saying what to do. */
export class OutputDirError extends Error {
  constructor(message: string, readonly hint = 'give another --out, or move that folder away') {
    super(message);
    this.name = 'OutputDirError';
  }
}

/** Longest output folder name (the usual file-system limit; temporary siblings use a 60-character prefix). */
export const MAX_FOLDER_NAME = 255;

const PURPOSES = ['tmp', 'old', 'probe'] as const;
let uniqueCounter = 0;

/** The prefix of the hidden siblings of folder `name`: `.<name, cut to 60>.` */
function siblingPrefix(name: string): string {
  return `.${name.slice(0, 60)}.`;
}

/** A new empty directory `.<name>.<purpose>-<pid>-<n>` in `parent`, with the usual (umask) mode. */
export function makeSibling(parent: string, name: string, purpose: (typeof PURPOSES)[number]): string {
  for (;;) {
    const path = join(parent, `${siblingPrefix(name)}${purpose}-${process.pid}-${Date.now().toString(36)}${uniqueCounter++}`);
    try {
      mkdirSync(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the hidden siblings of `target` left by processes that no longer run (killed while
 * writing). A previous output moved aside just before the kill is put back first.
 */
export function cleanLeftovers(target: string): void {
  const parent = dirname(target);
  const prefix = siblingPrefix(basename(target));
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = entry.startsWith(prefix) ? /^(tmp|old|probe)-(\d+)-/.exec(entry.slice(prefix.length)) : null;
    if (!match || alive(Number(match[2]))) continue;
    const path = join(parent, entry);
    const previous = join(path, 'previous');
    if (match[1] === 'old' && !existsSync(target) && existsSync(previous)) renameSync(previous, target);
    rmSync(path, { recursive: true, force: true });
  }
}

/** What an fs error code means for an output folder, in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'a read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a part of the path is a file, not a folder',
    ENAMETOOLONG: 'a name in the path is too long', ENOSPC: 'no space left on the device', EDQUOT: 'the disk quota is used up',
    ENOENT: 'the folder cannot be created there', EISDIR: 'a folder is in the way',
  };
  return (code && words[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** `error` as an OutputDirError about `dir` when it is a file-system error, else unchanged. */
export function asOutputError(error: unknown, dir: string): unknown {
  if (error instanceof OutputDirError || typeof (error as NodeJS.ErrnoException)?.code !== 'string') return error;
  return new OutputDirError(`cannot write outputs to ${dir}: ${reason(error)}`, 'give an --out folder you can write to');
}

/** A line on the result in `target`: `from <finished>, 'stormoff run ...'`, or '' if meta.json is unreadable. */
function describeResult(target: string): string {
  try {
    const meta = JSON.parse(readFileSync(join(target, 'meta.json'), 'utf8')) as { finished?: string; command?: string[] };
    return ` (written ${meta.finished ?? '?'} by '${(meta.command ?? []).join(' ').slice(0, 120)}')`;
  } catch {
    return '';
  }
}

/**
 * Throws an OutputDirError (exit 2) unless outputs can be written to `dir`: it is absent or an
 * empty folder, or a previous output (it has meta.json) and `force` is set; its name fits; and its
 * parent can be created and written (probed). Commands call it before running, so a long run
 * never ends in a refusal. Cleans up leftovers of killed runs on the way.
 * @example assertWritableOutput('out/baseline', { force: true })
 */
export function assertWritableOutput(dir: string, options: { force?: boolean } = {}): void {
  const target = resolve(dir);
  const name = basename(target);
  if (name.length > MAX_FOLDER_NAME) {
    throw new OutputDirError(`cannot write outputs to a folder named with ${name.length} characters (the limit is ${MAX_FOLDER_NAME})`, 'give a shorter --out');
  }
  cleanLeftovers(target);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new OutputDirError(`cannot write outputs to ${dir}: it is a file`);
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes('meta.json')) {
      throw new OutputDirError(`refusing to replace ${dir}: it is not a Stormoff output directory (no meta.json)`);
    }
    if (entries.length > 0 && !options.force) {
      throw new OutputDirError(`${dir} already holds a result${describeResult(target)}`, 'add --force to replace it, or give another --out');
    }
  }
  probeParent(target, dir);
}

/** Creates the parent of `target` if needed and a probe folder in it, then removes what it made. */
function probeParent(target: string, dir: string): void {
  let created: string | undefined;
  try {
    created = mkdirSync(dirname(target), { recursive: true });
    rmSync(makeSibling(dirname(target), basename(target), 'probe'), { recursive: true, force: true });
  } catch (error) {
    throw asOutputError(error, dir);
  } finally {
    if (created) rmSync(created, { recursive: true, force: true });
  }
}
