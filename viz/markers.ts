/**
 * Events of a run as markers on the narrative chart: a short label ("OpenAI leaves Azure"), the
 * event's own note as detail, the colour of the cloud it concerns, and a priority so that
 * defections and entries win the room for labels over routine deals. Each scenario event kind's
 * label and priority are in its module (`sim/events/`); the market's defections are marked too.
 */
import { DEFECTION_KINDS } from '../sim/defection.js';
import { eventKind } from '../sim/events/index.js';
import { plainLabel, type MarkerStyle } from '../sim/events/kind.js';
import type { EventRecord } from '../sim/recording.js';
import type { Marker } from './charts/stacked-area.js';

const MARKET_DEFECTION: MarkerStyle = { label: eventKind('defect').marker!.label, priority: 4 };

/** The marker style of a logged kind: a scenario kind's (null: not marked), the market defection's, or undefined. */
function styleOf(kind: string): MarkerStyle | null | undefined {
  return kind === DEFECTION_KINDS.endogenous ? MARKET_DEFECTION : eventKind(kind)?.marker;
}

/** A short label for `event`, with display names from `names`. */
export function eventLabel(event: EventRecord, names: ReadonlyMap<string, string>): string {
  const label = styleOf(event.kind)?.label ?? plainLabel(event.kind);
  return label(names.get(event.cloud) ?? event.cloud, names.get(event.lab) ?? event.lab);
}

/** Markers for the scenario's events and the model's defections; set_param tweaks are left out. */
export function eventMarkers(events: EventRecord[], names: ReadonlyMap<string, string>, colour: (id: string) => string): Marker[] {
  return events.flatMap((e) => {
    const style = e.origin === 'scenario' || e.kind === DEFECTION_KINDS.endogenous ? styleOf(e.kind) : null;
    return style ? [{ date: e.date, label: eventLabel(e, names), detail: e.detail, colour: e.cloud ? colour(e.cloud) : '#555', priority: style.priority }] : [];
  });
}
