/**
 * Stryker ignorer plugin for `npm run mutate:sample` (scripts/mutate-sample.mjs): within the
 * sampled ranges, ignores every syntax node whose subtree holds no sampled mutant, so Stryker does
 * not test the mutants nested in a sampled block or expression that were not drawn themselves.
 * The sample is read from reports/mutation-sample/sample.json (or $MUTATE_SAMPLE_FILE).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declareFactoryPlugin, declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** A file's path from `sim/` on, in the project or in a Stryker sandbox. */
export const engineRelative = (fileName) =>
  relative(process.cwd(), fileName).split('\\').join('/').replace(/^.*?(?=sim\/)/, '');

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** An ignorer that keeps only the nodes containing one of `sample`'s mutants (0-based lines). */
export function sampleIgnorer(sample) {
  const byFile = new Map();
  for (const s of sample) {
    const list = byFile.get(s.file) ?? [];
    list.push({ start: { line: s.line0, column: s.col0 }, end: { line: s.endLine0, column: s.endCol0 } });
    byFile.set(s.file, list);
  }
  return {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc) return undefined;
      const file = engineRelative(path.hub?.file?.opts?.filename ?? '');
      const ranges = byFile.get(file) ?? [];
      // Babel lines are 1-based, the sample's 0-based; columns are 0-based in both.
      const start = { line: loc.start.line - 1, column: loc.start.column };
      const end = { line: loc.end.line - 1, column: loc.end.column };
      const holdsSampled = ranges.some((r) => before(start, r.start) && before(r.end, end));
      return holdsSampled ? undefined : 'not in the mutation sample (npm run mutate:sample)';
    },
  };
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'mutate-sample', {
    shouldIgnore(path) {
      this.ignorer ??= sampleIgnorer(
        JSON.parse(readFileSync(process.env.MUTATE_SAMPLE_FILE ?? join(process.cwd(), 'reports', 'mutation-sample', 'sample.json'), 'utf8')).sample,
      );
      return this.ignorer.shouldIgnore(path);
    },
  }),
];

/**
 * Reporter for `npm run mutate:sample`: appends each tested mutant's result to
 * reports/mutation-sample/results.jsonl (or $MUTATE_STREAM_FILE) as it comes, so a run stopped early can still be read
 * (`--report --partial`; Stryker tests mutants in no random order, so a partial result is biased).
 */
function streamReporter() {
  const file = process.env.MUTATE_STREAM_FILE ?? join(process.cwd(), 'reports', 'mutation-sample', 'results.jsonl');
  writeFileSync(file, '');
  return {
    onMutantTested(result) {
      const { fileName, mutatorName, replacement, location, status, statusReason } = result;
      appendFileSync(file, `${JSON.stringify({ fileName: engineRelative(fileName), mutatorName, replacement, location, status, statusReason, static: result.static ?? false })}\n`);
    },
  };
}
streamReporter.inject = [];

strykerPlugins.push(declareFactoryPlugin(PluginKind.Reporter, 'mutate-sample-stream', streamReporter));
