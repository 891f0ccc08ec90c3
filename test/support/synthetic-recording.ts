/**
 * A recording with the series a real run of `scenario` to `end` has (the recorder's metric names
 * for each cloud, lab and the population), every value `value` (the exclusivity level: `exclusivity`, full by default), and one market
 * contract of each lab with the first cloud: for checking that a metric reads existing series and
 * months without running the model.
 */
import { monthRange } from '../../sim/dates.js';
import type { Recording } from '../../sim/recording.js';
import { CLOUD_METRICS, LAB_METRICS, POPULATION_METRICS } from '../../sim/recorder.js';
import type { Scenario } from '../../sim/scenario/types.js';

export function syntheticRecording(scenario: Scenario, end: string, value = 0.5, exclusivity = 3): Recording {
  const dates = monthRange(scenario.start, end);
  const series = (entity: string, metrics: readonly (readonly [string, ...unknown[]])[]) =>
    metrics.map(([metric]) => ({ entity, metric, values: new Float64Array(dates.length).fill(metric === 'exclusivity' ? exclusivity : value) }));
  return {
    key: { scenario: scenario.name, run: 0, seed: 1 },
    dates,
    series: [
      ...scenario.clouds.flatMap((cloud) => series(cloud.id, CLOUD_METRICS)),
      ...scenario.labs.flatMap((lab) => series(lab.id, LAB_METRICS)),
      ...series('population', POPULATION_METRICS),
    ],
    contracts: scenario.labs.map((lab, i) => ({
      id: i + 1, cloud: scenario.clouds[0].id, lab: lab.id, start: scenario.start, end: null, months: 12, compute: 1, price: value,
      investment: 0, exclusivity: 'none', exitPenalty: 0, public: false, origin: 'market', status: 'active', endReason: '',
    })),
    events: [],
  };
}
