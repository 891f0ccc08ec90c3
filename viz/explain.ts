/**
 * "What am I looking at?": a few sentences per chart for a student meeting the model for the
 * first time. Plain text; the page renders it with textContent.
 */
export const EXPLAIN: Record<string, string> = {
  narrative:
    'Each colour is a cloud; the height of its band is its "narrative share": the share of AI builders who believe AI runs on that cloud by default. ' +
    'The bands always add up to 1. Triangles under the axis are the scenario\'s dated events (deals, defections, entries); hover one to read it. ' +
    'Watch for the moment one band starts to grow on its own: increasing returns mean the leader attracts more builders, which makes it lead more.',
  revenue:
    'AI revenue each cloud books per month, in billions of US dollars: what labs pay for contracted compute plus what builders spend on its AI services. ' +
    'A cloud can lose the narrative and still earn, or win it late; compare this chart with the one above.',
  compute:
    'Compute contracted by the selected lab (or all labs), stacked by the cloud that provides it, in thousands of H100-equivalent GPUs (kGPU) per month. ' +
    'A band that stops abruptly is a contract that ended, expired or was broken off.',
  contracts:
    'Every contract of the run, one row per lab–cloud pair. A bar runs from signing to its end; the darker it is, the stronger the exclusivity ' +
    '(none, right of first refusal, inference-only, full). A red cross is a defection: the lab walked out before the end and paid the exit penalty.',
  network:
    'The market at the month under the time scrubber: clouds on the left (bigger circle = more AI capacity), labs on the right (bigger = more traffic). ' +
    'A line is an active contract, thicker for more compute, darker for stronger exclusivity. Drag the scrubber or press play to see it change.',
  fan:
    'With several runs (different random seeds), the line is the median across runs and the shaded band holds 90% of them (5th to 95th percentile). ' +
    'A wide band means the outcome depends on chance; a narrow one that the scenario decides it.',
  difference:
    'Counterfactual minus baseline, month by month, with the same random numbers in both worlds (run i of each uses the same seed), so the gap is the effect of the change, not noise. ' +
    'The line is the mean difference over runs, the band its 95% confidence interval; where the band leaves zero, the effect is clearly there.',
  story:
    'Who hosts the lab in each world, and under which exclusivity scope, month by month; then the contracts signed in one world but not in the other.',
  headline:
    'Means over runs of the headline outcomes in each world, the difference (counterfactual minus baseline) and twice its standard error over the paired runs: ' +
    'a difference larger than ± 2 SE is unlikely to be chance.',
};
