/**
 * What an event kind module carries: its defaults, its semantic check, its behaviour and the few
 * facts the rest of the code asks about it (backtest, outputs, viewer). Each kind of DESIGN §5 is
 * one file of `sim/events/` exporting one `EventKind`, registered in `index.ts`.
 */
import type { Path, PathIssue } from '../scenario/errors.js';
import type { Params, Scenario } from '../scenario/types.js';
import type { World } from '../world.js';

/** What a kind's `check` may read: the resolved scenario, and the path of a field of this event. */
export interface CheckContext {
  scenario: Scenario;
  /** `at('cloud')` -> `['events', 3, 'cloud']`, the field's path in the file. */
  at: (key: string) => Path;
}

/** Where a kind's events stand on the viewer's narrative chart. */
export interface MarkerStyle {
  /** Short label from the display names of the event's cloud and lab ('' when it has none). */
  label: (cloud: string, lab: string) => string;
  /** Who wins the room for labels when markers crowd (higher first). */
  priority: number;
}

/** One scenario event kind, `E` its event type. */
export interface EventKind<E extends { kind: string }> {
  kind: E['kind'];
  /** One line: what the event does (the schema's description of the kind says the same). */
  summary: string;
  /** Values of the optional fields a file may omit (some follow the scenario's parameters). */
  defaults(params: Params): Partial<E>;
  /**
   * What the schema cannot say about one event, as issues at paths of the file. Ids of `cloud`
   * and `lab` fields and the date are checked for every kind before it.
   */
  check(event: E, context: CheckContext): PathIssue[];
  /** Checks across the scenario's events (after every event's own), for a kind that needs them. */
  checkScenario?(scenario: Scenario): PathIssue[];
  /** Applies the event to the world at the start of its month (mutates `world`), and logs it. */
  apply(world: World, event: E): void;
  /** Scripted history of a relationship: `backtest --endogenous` drops it so the market forms it itself. */
  scripted: boolean;
  /** What `events.value` holds for this kind (the output dictionary). */
  value: { unit: string; description: string };
  /** How the viewer marks it on the narrative chart; null to leave it out. */
  marker: MarkerStyle | null;
}

/** The event type of a kind module: `EventOf<typeof deal>` is `DealEvent`. */
export type EventOf<T> = T extends EventKind<infer E> ? E : never;

/** A check with nothing to say beyond the common ones. */
export const noIssues = (): PathIssue[] => [];

/** No optional fields to fill. */
export const noDefaults = () => ({});

/**
 * The plain marker label: the kind in words and the party it concerns.
 * @example plainLabel('capacity_shock')('Azure', '') // "capacity shock Azure"
 */
export function plainLabel(kind: string): MarkerStyle['label'] {
  return (cloud, lab) => [kind.replace(/_/g, ' '), lab || cloud].filter(Boolean).join(' ');
}
