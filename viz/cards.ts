/**
 * Chart cards: a figure per chart with its SVG, a "What am I looking at?" note and SVG / PNG
 * download buttons. Created once, in page order, inside a container.
 */
import { select } from 'd3-selection';
import type { Svg } from './charts/frame.js';
import { element } from './elements.js';
import { EXPLAIN } from './explain.js';
import { download, pngBlob, svgText } from './export.js';

export interface Card {
  figure: HTMLElement;
  svg: Svg;
  /** Width available to the chart, px. */
  width(): number;
}

const cards = new Map<string, Card>();

/** The card `id` (created in `container` on first use); `file` names its downloads. */
export function card(id: string, container: HTMLElement, file: () => string): Card {
  const existing = cards.get(id);
  if (existing) return existing;
  const svgNode = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svgNode.setAttribute('class', 'chart');
  const svgButton = element('button', { type: 'button', class: 'small', 'data-export': 'svg' }, 'SVG');
  const pngButton = element('button', { type: 'button', class: 'small', 'data-export': 'png' }, 'PNG');
  svgButton.title = 'Download this chart as SVG';
  pngButton.title = 'Download this chart as PNG';
  svgButton.onclick = () => download(`${file()}-${id}.svg`, svgText(svgNode), 'image/svg+xml');
  pngButton.onclick = () => void pngBlob(svgNode).then((blob) => download(`${file()}-${id}.png`, blob));
  const explain = element('details', { class: 'explain' }, element('summary', {}, 'What am I looking at?'), element('p', {}, EXPLAIN[id] ?? ''));
  const figure = element('figure', { class: 'card', id: `card-${id}`, 'data-chart': id }, element('div', { class: 'card-tools' }, explain, svgButton, pngButton));
  figure.append(svgNode);
  container.append(figure);
  let width = 0;
  new ResizeObserver(([entry]) => (width = entry.contentRect.width)).observe(figure);
  const made: Card = { figure, svg: select(svgNode) as unknown as Svg, width: () => Math.max(280, Math.floor(width || figure.clientWidth) - 2) };
  cards.set(id, made);
  return made;
}

/** Shows or hides the card `id` if it exists. */
export function showCard(id: string, visible: boolean): void {
  const existing = cards.get(id);
  if (existing) existing.figure.hidden = !visible;
}
