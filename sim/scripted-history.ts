/**
 * Where a run's scripted history ends and its extrapolation begins: the December of the year of
 * the last scenario event (the baseline's sourced deals run to 2026-04, so history is 2016–2026
 * and 2027–2032 is the model on its own). Pure: reads a Recording.
 */
import type { Recording } from './recording.js';

/**
 * Number of months of scripted history: months up to and including December of the year of the
 * last event with origin `scenario`; 0 when the scenario has no events (all extrapolation).
 * @example historyMonths(baselineRecording) // 132: 2016-01..2026-12
 */
export function historyMonths(recording: Recording): number {
  let last = '';
  for (const event of recording.events) if (event.origin === 'scenario' && event.date > last) last = event.date;
  if (last === '') return 0;
  const end = `${last.slice(0, 4)}-12`;
  let months = 0;
  while (months < recording.dates.length && recording.dates[months] <= end) months++;
  return months;
}
