/**
 * A chart's SVG as a standalone file that looks the same in a slide editor: component styles
 * live in shadow DOM and do not travel with the markup, so the computed styles of every element
 * are written onto a clone as attributes, the SVG namespace is set, and text uses a system font
 * stack (no web font to fetch).
 */
import { FONT_FAMILY } from '../components/charts/layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Properties that decide how SVG draws, each with its initial value: a property is written only
 * where it differs from that value, which keeps files small.
 */
const DRAWN_PROPERTIES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  visibility: 'visible',
  display: 'inline',
};

export interface SerializedSvg {
  /** The file's text, with an XML declaration. */
  text: string;
  /** Size in CSS pixels (from the viewBox or the rendered box). */
  width: number;
  height: number;
}

/** Serializes a rendered SVG element with its computed styles inlined. */
export function serializeSvg(source: SVGSVGElement): SerializedSvg {
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  removeComments(clone);
  const box = source.viewBox?.baseVal;
  const rendered = source.getBoundingClientRect();
  const width = Math.round(box && box.width > 0 ? box.width : rendered.width);
  const height = Math.round(box && box.height > 0 ? box.height : rendered.height);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', FONT_FAMILY);
  // Page-only attributes: part names and focus order mean nothing in a file.
  for (const name of ['part', 'tabindex']) clone.removeAttribute(name);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height };
}

/** Walks the rendered tree and its clone in step, writing each element's drawn styles on the clone. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const styles: string[] = [];
  for (const [property, initial] of Object.entries(DRAWN_PROPERTIES)) {
    const value = computed.getPropertyValue(property);
    if (value && value !== initial) styles.push(`${property}:${value}`);
  }
  // Keep presentation attributes (they are the charts' own), but let computed styles win where CSS set them.
  const own = clone.getAttribute('style');
  if (styles.length > 0) clone.setAttribute('style', own ? `${styles.join(';')};${own}` : styles.join(';'));
  clone.removeAttribute('class');
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length && i < cloneChildren.length; i++) inlineStyles(sourceChildren[i]!, cloneChildren[i]!);
}

function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
