/**
 * One colour per cloud and per lab, the same in every chart: the library's entities get fixed
 * colours (their brands, adjusted to be told apart), others take the next free Tableau colour.
 */
import { schemeTableau10 } from 'd3-scale-chromatic';

const FIXED: Record<string, string> = {
  aws: '#f29111', azure: '#1f77d0', gcp: '#2ca25f', oracle: '#c74634', coreweave: '#7b5ea7', other: '#9a9a9a',
  openai: '#10a37f', anthropic: '#cc785c', deepmind: '#4a6ee0', xai: '#333333', meta: '#0aa5d9', mistral: '#f5b700',
};

/**
 * A colour function over entity ids: fixed colours for known ids, Tableau colours in order of
 * first request for the others (stable for the life of the function).
 * @example const colour = entityColours(); colour('aws') // "#f29111"
 */
export function entityColours(): (id: string) => string {
  const assigned = new Map<string, string>();
  let next = 0;
  return (id) => {
    const fixed = FIXED[id];
    if (fixed) return fixed;
    let colour = assigned.get(id);
    if (!colour) {
      colour = schemeTableau10[next++ % schemeTableau10.length];
      assigned.set(id, colour);
    }
    return colour;
  };
}

/** Opacity of a contract bar by exclusivity scope: the stronger the tie, the darker. */
export const SCOPE_OPACITY: Record<string, number> = { none: 0.25, rofr: 0.45, inference: 0.7, full: 1 };

/** Shared colour function of the page. */
export const colourOf = entityColours();
