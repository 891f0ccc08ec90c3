/**
 * Building DOM nodes without HTML strings: every text goes in through textContent, so names and
 * descriptions from uploaded scenarios are always shown as text.
 */

/** A new element with attributes and text or children. @example element('a', { href: url }, 'source') */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The element with `id`, typed; throws if the page lacks it (a bug, not user input). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

/** A link only for http(s) URLs; anything else is shown as plain text. */
export function safeLink(url: string): Node {
  return /^https?:\/\//i.test(url) ? element('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : document.createTextNode(url);
}
