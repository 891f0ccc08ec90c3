/**
 * The scenario library, bundled into the page at build time (scenarios/*.yaml as text, and the
 * layers they extend in scenarios/calibration/), keyed by path inside scenarios/;
 * `extends: ./baseline.yaml` in a library or uploaded file resolves against it.
 */
const files = import.meta.glob(['../scenarios/*.yaml', '../scenarios/calibration/*.yaml'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Path inside scenarios/ (`baseline.yaml`, `calibration/fitted.yaml`) -> YAML text. */
export const LIBRARY: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, text]) => [path.slice(path.indexOf('/scenarios/') + '/scenarios/'.length), text]),
);

/** Library scenario names (file names without `.yaml`), baseline first, then alphabetical. */
export const LIBRARY_NAMES: readonly string[] = [...LIBRARY.keys()]
  .filter((file) => !file.includes('/'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort((a, b) => (a === 'baseline' ? -1 : b === 'baseline' ? 1 : a.localeCompare(b)));

/**
 * The library's file at `path` as an `extends` chain names it (`baseline.yaml`, `./baseline.yaml`,
 * `scenarios/baseline.yaml`, `calibration/fitted.yaml`), or undefined.
 */
export function readLibraryFile(path: string): string | undefined {
  const inside = path.replace(/^(.*\/)?scenarios\//, '').replace(/^(\.\/)+/, '');
  return LIBRARY.get(inside) ?? LIBRARY.get(path.slice(path.lastIndexOf('/') + 1));
}

/** The library scenario that a flagship counterfactual compares against. */
export const FLAGSHIP = { baseline: 'baseline', counterfactual: 'openai-to-aws-2018' } as const;
