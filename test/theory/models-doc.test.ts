/**
 * docs/validation.md's "Models and parameters" section states what `stormoff theory --help` lists
 * from THEORY_MODELS (sim/theory/models.ts): each model's name, summary and default runs, and each
 * parameter's flag (`X` a number, `SPEC` a text), meaning and default. Deterministic (no runs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEORY_MODELS } from '../../sim/theory/models.js';
import { markdownTable } from '../../sim/theory/report.js';

const doc = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');

/** The section as the doc must state it, built from the models' own table. */
function modelsSection(): string {
  const models = markdownTable([
    ['model', 'what it compares', 'runs by default'],
    ...THEORY_MODELS.map((m) => [`\`${m.name}\``, m.summary, m.runs === 0 ? 'none (solved)' : String(m.runs)]),
  ]);
  const params = markdownTable([
    ['model', 'flag', 'meaning', 'default'],
    ...THEORY_MODELS.flatMap((m) => m.params.map((p) => [`\`${m.name}\``, `\`--${p.name} ${p.text ? 'SPEC' : 'X'}\``, p.description, String(p.default)])),
  ]);
  return `${models}\n\n${params}\n`;
}

describe('docs/validation.md models and parameters', () => {
  it('docs/validation.md states every theory model\'s summary and default runs, and every parameter\'s flag, meaning and default', () => {
    expect(doc).toContain(modelsSection());
  });

  it('THEORY_MODELS lists rubinstein, nash, arthur, polya, urn, bass and logit with their flags, only urn\'s --f a text', () => {
    expect(THEORY_MODELS.map((m) => `${m.name}: ${m.params.map((p) => p.name).join(' ')}`)).toEqual([
      'rubinstein: delta1 delta2 horizon outside2',
      'nash: surplus d1 d2 alpha w1 w2',
      'arthur: aR bR r aS bS s adopters',
      'polya: a b draws',
      'urn: f draws',
      'bass: p q agents dt',
      'logit: k u m0 agents periods',
    ]);
    expect(THEORY_MODELS.flatMap((m) => m.params.filter((p) => p.text).map((p) => `${m.name} ${p.name}`))).toEqual(['urn f']);
  });
});
