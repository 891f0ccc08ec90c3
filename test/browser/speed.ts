/**
 * The viewer's speed, measured in headless Chromium (a benchmark, not a test; `npm run
 * bench:viewer`): page load to the first drawn months and to the whole default run drawn, slider
 * release to the first redrawn frame and to the run drawn, and the longest main-thread task
 * (long-task entries) while runs stream. Prints medians over a few repetitions.
 */
import { median } from 'd3-array';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { runScenario } from '../../sim/run.js';
import { openPage } from './chromium.js';
import { currentJob, ROOT, startSite, waitDrawn } from './viewer-site.js';

type Timings = { firstFrame: number; run0Drawn: number; drawn: number; workerMillis: number };
const REPEATS = Number(process.env.REPEATS ?? 5);

const site = await startSite();
try {
  const { page, errors } = await openPage(site.browser);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const timings = () => page.evaluate(() => ({ ...(window as unknown as { __stormoff: { timings: Timings } }).__stormoff.timings }));
  const loads: Timings[] = [];
  for (let i = 0; i < 2; i++) {
    await page.goto(site.url);
    await waitDrawn(page, -Infinity, 120_000);
    loads.push(await timings());
  }
  const agents = await page.locator('#agents').inputValue();
  const runs = await page.locator('#runs').inputValue();
  const slides: Timings[] = [];
  const longest: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    const before = await currentJob(page);
    await page.$eval('input[data-path="params.alpha"]', (input: HTMLInputElement, value) => {
      input.value = String(value);
      input.dispatchEvent(new Event('change'));
    }, 1.4 + 0.1 * i);
    await waitDrawn(page, before, 120_000);
    slides.push(await timings());
    longest.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)));
  }
  const ms = (values: number[]) => `${Math.round(median(values)!)} ms (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))})`;
  const scenario = loadScenarioFile(`${ROOT}scenarios/baseline.yaml`, [`population.agents=${agents}`]);
  runScenario(scenario, { run: 0 });
  const nodeRun = Array.from({ length: 3 }, (_, run) => {
    const started = performance.now();
    runScenario(scenario, { run });
    return performance.now() - started;
  });
  console.log(`default view: ${agents} agents, ${runs} runs; ${REPEATS} slider releases`);
  console.log(`reference, same machine now: one baseline run in Node ${ms(nodeRun)}`);
  console.log(`page load -> first months drawn:        ${ms(loads.map((t) => t.firstFrame))} (second load)`);
  console.log(`slider release -> first redrawn frame:  ${ms(slides.map((t) => t.firstFrame))}`);
  console.log(`slider release -> whole run 0 drawn:    ${ms(slides.map((t) => t.run0Drawn))}`);
  console.log(`slider release -> all ${runs} runs drawn:     ${ms(slides.map((t) => t.drawn))}`);
  console.log(`worker time for the ${runs} runs:           ${ms(slides.map((t) => t.workerMillis))}`);
  console.log(`longest main-thread task during a run:  ${ms(longest)}`);
  const drawTimes = await page.evaluate(() => (window as unknown as { __stormoff: { drawTimes: Record<string, number> } }).__stormoff.drawTimes);
  console.log(`longest draw per chart: ${Object.entries(drawTimes).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}`);
  if (errors.length) console.log('console errors:', errors);
} finally {
  await site.close();
}
