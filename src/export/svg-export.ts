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

/** Height of the band that carries the heading of an exported chart, in CSS pixels. */
const HEADING_BAND = 34;

export interface SerializeOptions {
  /** A heading drawn above the drawing (a chart's name lives in the page's HTML, not in its SVG). */
  heading?: string;
}

/** Serializes a rendered SVG element with its computed styles inlined. */
export function serializeSvg(source: SVGSVGElement, options: SerializeOptions = {}): SerializedSvg {
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  removeComments(clone);
  const box = source.viewBox?.baseVal;
  const rendered = source.getBoundingClientRect();
  const width = Math.round(box && box.width > 0 ? box.width : rendered.width);
  let height = Math.round(box && box.height > 0 ? box.height : rendered.height);
  if (options.heading) {
    addHeading(clone, options.heading, width);
    height += HEADING_BAND;
    clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
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

/** Moves the drawing down and writes `heading` in the band above it, on white. */
function addHeading(svg: SVGSVGElement, heading: string, width: number): void {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(0 ${HEADING_BAND})`);
  for (const child of [...svg.childNodes]) {
    if (child instanceof Element && (child.localName === 'title' || child.localName === 'desc')) continue;
    group.append(child);
  }
  const band = document.createElementNS(SVG_NS, 'rect');
  band.setAttribute('width', String(width));
  band.setAttribute('height', String(HEADING_BAND));
  band.setAttribute('fill', '#ffffff');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '4');
  text.setAttribute('y', '23');
  text.setAttribute('font-size', '18');
  text.setAttribute('font-weight', '600');
  text.setAttribute('fill', '#222222');
  text.textContent = heading;
  svg.append(band, text, group);
}

function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
