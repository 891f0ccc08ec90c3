/**
 * viz/library.ts (the scenario files bundled into the viewer): library names are the top-level
 * scenarios only; `extends` paths resolve the top-level files by name and the layers of
 * scenarios/calibration/ by their path, as the loader joins them.
 */
import { describe, expect, it } from 'vitest';
import { LIBRARY_NAMES, readLibraryFile } from '../viz/library.js';

describe('viz/library.ts', () => {
  it('LIBRARY_NAMES lists baseline first and no calibration layer', () => {
    expect(LIBRARY_NAMES[0]).toBe('baseline');
    expect(LIBRARY_NAMES.some((name) => name.includes('/') || name === 'fitted')).toBe(false);
  });
  it('readLibraryFile() finds baseline.yaml however the chain names it, and calibration/fitted.yaml by its path', () => {
    for (const path of ['baseline.yaml', './baseline.yaml', 'scenarios/baseline.yaml']) expect(readLibraryFile(path)).toMatch(/^name: baseline$/m);
    for (const path of ['calibration/fitted.yaml', 'scenarios/calibration/fitted.yaml']) expect(readLibraryFile(path)).toMatch(/^params:$/m);
    expect(readLibraryFile('fitted.yaml')).toBeUndefined();
  });
});
