/**
 * Time controls: play / pause, step, speed and the scrubber. The month on show is the state's
 * `month` (null follows the computation); playing advances it `speed` months a second.
 */
import { byId } from './elements.js';

export interface PlayerHooks {
  /** The state's month (null: follow). */
  get(): number | null;
  set(month: number | null): void;
  /** The month currently drawn. */
  cursor(): number;
}

export interface Player {
  /** Brings the scrubber in line with the run on show. */
  sync(dates: readonly string[], done: number): void;
}

/** Wires #play, #step, #speed, #scrubber and #date. */
export function createPlayer(hooks: PlayerHooks): Player {
  const play = byId<HTMLButtonElement>('play');
  const stepButton = byId<HTMLButtonElement>('step');
  const speed = byId<HTMLSelectElement>('speed');
  const scrubber = byId<HTMLInputElement>('scrubber');
  let months = 0;
  let done = 0;
  let timer = 0;
  let last = 0;
  let carry = 0;

  const stop = () => {
    cancelAnimationFrame(timer);
    timer = 0;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const tick = (now: number) => {
    carry += ((now - last) / 1000) * Number(speed.value);
    last = now;
    const steps = Math.floor(carry);
    if (steps > 0) {
      carry -= steps;
      const next = hooks.cursor() + steps;
      if (next >= months - 1) {
        hooks.set(null);
        return stop();
      }
      hooks.set(Math.min(next, done - 1));
    }
    timer = requestAnimationFrame(tick);
  };
  play.onclick = () => {
    if (timer) return stop();
    if (hooks.get() === null || hooks.cursor() >= months - 1) hooks.set(0);
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    last = performance.now();
    carry = 0;
    timer = requestAnimationFrame(tick);
  };
  stepButton.onclick = () => {
    stop();
    const next = hooks.cursor() + 1;
    hooks.set(next >= months - 1 ? null : Math.min(next, done - 1));
  };
  scrubber.oninput = () => {
    stop();
    const month = Number(scrubber.value);
    hooks.set(month >= months - 1 ? null : month);
  };
  return {
    sync(dates, computed) {
      months = dates.length;
      done = computed;
      scrubber.max = String(Math.max(0, months - 1));
      scrubber.value = String(hooks.cursor());
      byId('date').textContent = dates[hooks.cursor()] ?? '';
    },
  };
}
