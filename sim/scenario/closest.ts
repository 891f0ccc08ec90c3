/**
 * Did-you-mean: the known words closest to a misspelt one by edit distance (Levenshtein), for
 * messages about unknown keys, commands, flags, scenario names and event ids.
 */

/** Edit distance between `a` and `b`: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Up to `count` of `known` close to `word` (case-insensitive; within a third of its length, at
 * least 2 edits, or starting with a word of 4+ letters), closest first and no more than one edit
 * further than the closest; [] when none is close.
 * @example closest('baselin', ['baseline', 'no-exclusivity']) // ['baseline']
 */
export function closest(word: string, known: readonly string[], count = 1): string[] {
  const lower = word.toLowerCase().slice(0, 200);
  const limit = Math.max(2, Math.floor(lower.length / 3));
  return known
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase().slice(0, 200)) }))
    .filter(({ candidate, distance }) => distance <= limit || (lower.length >= 4 && candidate.toLowerCase().startsWith(lower)))
    .sort((a, b) => a.distance - b.distance)
    .filter(({ distance }, _, sorted) => distance <= sorted[0].distance + 1)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** ` (did you mean "x"?)` or ` (did you mean "x" or "y"?)`, or '' when nothing is close. */
export function didYouMean(word: string, known: readonly string[], count = 1, quote = (text: string) => JSON.stringify(text)): string {
  const close = closest(word, known, count);
  return close.length ? ` (did you mean ${close.map((text) => quote(text)).join(' or ')}?)` : '';
}
