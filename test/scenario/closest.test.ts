/**
 * Tests of sim/scenario/closest.ts: Levenshtein distances on textbook pairs, and the rules that
 * decide which known words a did-you-mean offers (distance limit, prefix, ties, count).
 */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../sim/scenario/closest.js';

describe('editDistance(a, b)', () => {
  it('editDistance() counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('abc', 'axc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest(word, known, count)', () => {
  it('closest() ignores case and returns [] when nothing is close', () => {
    expect(closest('BASELIN', ['no-exclusivity', 'Baseline'])).toEqual(['Baseline']);
    expect(closest('zzz', ['baseline'])).toEqual([]);
  });

  it('closest() accepts up to max(2, a third of the length) edits, not one more', () => {
    expect(closest('abcdef', ['abcdxy'])).toEqual(['abcdxy']);
    expect(closest('abcdef', ['abcxyz'])).toEqual([]);
    expect(closest('abcdefghi', ['abcdefxyz'])).toEqual(['abcdefxyz']);
    expect(closest('abcdefghi', ['abcdewxyz'])).toEqual([]);
  });

  it('closest() offers a known word that starts with the typed one of 4+ letters', () => {
    expect(closest('sens', ['sensitivity'])).toEqual(['sensitivity']);
    expect(closest('sen', ['sensitivity'])).toEqual([]);
  });

  it('closest() lists the closest first, ties in given order, at most one edit further, up to count', () => {
    expect(closest('cat', ['dog', 'cart', 'cut'], 3)).toEqual(['cart', 'cut']);
    expect(closest('abcdefghi', ['abcdefgxy', 'abcdefghi', 'abcdefgxi'], 3)).toEqual(['abcdefghi', 'abcdefgxi']);
    expect(closest('abcdefghi', ['abcdefgxi', 'abcdefghi'], 3)).toEqual(['abcdefghi', 'abcdefgxi']);
    expect(closest('cat', ['cart', 'cut'])).toEqual(['cart']);
  });
});

describe('closest(word, known) on long words', () => {
  it('closest() compares only the first 200 characters of the word and of each known one', () => {
    const known = `b${'a'.repeat(199)}${'y'.repeat(300)}`;
    expect(closest(`${'a'.repeat(200)}${'x'.repeat(300)}`, [known])).toEqual([known]);
  });
});

describe('didYouMean(word, known, count, quote)', () => {
  it('didYouMean() phrases one or two suggestions, or gives nothing', () => {
    expect(didYouMean('baselin', ['baseline'])).toBe(' (did you mean "baseline"?)');
    expect(didYouMean('cat', ['cart', 'cut'], 2)).toBe(' (did you mean "cart" or "cut"?)');
    expect(didYouMean('cat', ['cart'], 1, (text) => `--${text}`)).toBe(' (did you mean --cart?)');
    expect(didYouMean('zzz', ['baseline'])).toBe('');
  });
});
