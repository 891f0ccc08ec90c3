/**
 * Reading a dropped or picked results folder: the text of the files `stormoff run` writes, by
 * file name; other files are ignored, oversized ones refused.
 */
const WANTED = ['timeseries.csv', 'contracts.csv', 'events.csv', 'summary.csv', 'meta.json'];

/** Largest file read, bytes (a 100-run timeseries is well under this). */
const MAX_BYTES = 400_000_000;

/** The wanted files of `files` as text, by base name. */
export async function readFolder(files: FileList): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of Array.from(files)) {
    if (!WANTED.includes(file.name)) continue;
    if (file.size > MAX_BYTES) throw new Error(`${file.name} is too big to open in the browser (${Math.round(file.size / 1e6)} MB)`);
    result[file.name] = await file.text();
  }
  if (!result['timeseries.csv']) throw new Error('No timeseries.csv among the files: drop or pick the folder that stormoff run wrote.');
  return result;
}
