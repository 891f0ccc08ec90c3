/**
 * Generated blocks inside a hand-written Markdown file: the text between `<!-- KIND:NAME -->` and
 * `<!-- /KIND:NAME -->` belongs to a script, everything else to its authors. Pure string code.
 */

/** The opening and closing markers of block `kind`:`name`. */
export function blockMarkers(kind: string, name: string): [string, string] {
  return [`<!-- ${kind}:${name} -->`, `<!-- /${kind}:${name} -->`];
}

/**
 * The body of block `kind`:`name` in `doc` (between its markers, trimmed), or null without one.
 * @example readBlock('a\n<!-- headline:x -->\nhi\n<!-- /headline:x -->\n', 'headline', 'x') // "hi"
 */
export function readBlock(doc: string, kind: string, name: string): string | null {
  const [open, close] = blockMarkers(kind, name);
  const start = doc.indexOf(open);
  // Stryker disable next-line ArithmeticOperator: equivalent, a closing marker (one character longer) that begins after start - open.length would overlap the opening one
  const end = doc.indexOf(close, start + open.length);
  if (start < 0 || end < 0) return null;
  return doc.slice(start + open.length, end).trim();
}

/**
 * `doc` with the body of block `kind`:`name` replaced by `body`; throws when the markers are
 * missing, repeated or out of order, so a script never writes into the wrong place.
 * @example replaceBlock(doc, 'headline', 'baseline', table)
 */
export function replaceBlock(doc: string, kind: string, name: string, body: string): string {
  const [open, close] = blockMarkers(kind, name);
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < 0) throw new Error(`no block ${open} ... ${close} in the document`);
  if (doc.indexOf(open, start + 1) >= 0 || doc.indexOf(close, end + 1) >= 0) throw new Error(`block ${open} appears more than once`);
  if (end < start) throw new Error(`block ${open}: the closing marker comes first`);
  return `${doc.slice(0, start)}${open}\n${body.trim()}\n${doc.slice(end)}`;
}
