/**
 * Where each part of a merged scenario came from: the file, and the path inside that file. An
 * issue found after `extends` merging or `--set` overrides is reported against the file and
 * path the user wrote (`counterfactual.yaml: events[0].lab`), not the merged object's.
 */
import { formatPath, type Issue, type Path, type PathIssue } from './errors.js';

export interface Origin {
  file: string;
  path: Path;
}

export class Origins {
  private readonly byPath = new Map<string, Origin>();

  constructor(private readonly fallbackFile: string) {}

  /** Records that `value`, now at `path` of the merged object, was written at `origin`. */
  record(path: Path, value: unknown, origin: Origin, deep = true): void {
    this.byPath.set(formatPath(path), origin);
    if (!deep || typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const segment = Array.isArray(value) ? Number(key) : key;
      this.record([...path, segment], child, { file: origin.file, path: [...origin.path, segment] });
    }
  }

  /** Forgets every recorded path under `prefix` (e.g. `events` before they are re-indexed). */
  forget(prefix: string): void {
    for (const key of [...this.byPath.keys()]) {
      if (key === prefix || key.startsWith(`${prefix}[`) || key.startsWith(`${prefix}.`)) this.byPath.delete(key);
    }
  }

  /** Where merged `path` was written: its nearest recorded ancestor's origin, plus the rest. */
  originOf(path: Path): Origin {
    for (let length = path.length; length > 0; length--) {
      const origin = this.byPath.get(formatPath(path.slice(0, length)));
      if (origin) return { file: origin.file, path: [...origin.path, ...path.slice(length)] };
    }
    return { file: this.fallbackFile, path };
  }

  /** Ties path issues to the files they came from. */
  issues(issues: PathIssue[]): Issue[] {
    return issues.map(({ path, expected, found }) => {
      const origin = this.originOf(path);
      return { file: origin.file, path: formatPath(origin.path), expected, found };
    });
  }
}

/** Ties path issues of a single file to it. */
export function fileIssues(file: string, issues: PathIssue[]): Issue[] {
  return issues.map(({ path, expected, found }) => ({ file, path: formatPath(path), expected, found }));
}
