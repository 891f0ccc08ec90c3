/**
 * Events of a run as markers on the narrative chart: a short label ("OpenAI leaves Azure"), the
 * event's own note as detail, the colour of the cloud it concerns, and a priority so that
 * defections and entries win the room for labels over routine deals.
 */
import type { EventRecord } from '../sim/recording.js';
import type { Marker } from './charts/stacked-area.js';

const PRIORITY: Record<string, number> = { defect: 5, market_defect: 4, enter: 3, exit: 3, policy: 3, deal: 2, forbid: 2, announce: 1 };

/** A short label for `event`, with display names from `names`. */
export function eventLabel(event: EventRecord, names: ReadonlyMap<string, string>): string {
  const cloud = names.get(event.cloud) ?? event.cloud;
  const lab = names.get(event.lab) ?? event.lab;
  switch (event.kind) {
    case 'deal': return `${lab}–${cloud} deal`;
    case 'defect': case 'market_defect': return `${lab} leaves ${cloud}`;
    case 'enter': return `${lab || cloud} enters`;
    case 'exit': return `${lab || cloud} exits`;
    case 'invest': return `${cloud} invests in ${lab}`;
    case 'forbid': return `${cloud}–${lab} barred`;
    default: return [event.kind.replace(/_/g, ' '), lab || cloud].filter(Boolean).join(' ');
  }
}

/** Markers for the scenario's events and the model's defections; set_param tweaks are left out. */
export function eventMarkers(events: EventRecord[], names: ReadonlyMap<string, string>, colour: (id: string) => string): Marker[] {
  return events
    .filter((e) => (e.origin === 'scenario' && e.kind !== 'set_param') || e.kind === 'market_defect')
    .map((e) => ({
      date: e.date,
      label: eventLabel(e, names),
      detail: e.detail,
      colour: e.cloud ? colour(e.cloud) : '#555',
      priority: PRIORITY[e.kind] ?? 0,
    }));
}
