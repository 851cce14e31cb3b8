import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnsafeXmlError } from './odt';

/** An XML element: its local name (the prefix dropped), attributes by qualified name, children and text in order. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: (XmlNode | string)[];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

// A slide holds a few hundred elements, and the content.xml of a 500-slide OpenDocument deck about
// a hundred thousand; a million in one part is a crafted file, whose tree would fill memory.
export const MAX_XML_ELEMENTS = 1_000_000;

/** Thrown when a part holds more elements than any presentation does. */
export class TooManyElementsError extends Error {}

/**
 * Reads a part of a presentation into a tree with the same strict, streaming parser as OpenDocument
 * text: a DOCTYPE (where entity tricks live) is refused, no entity but XML's five is expanded.
 * Parts are small (a slide is a few KB); their total is capped where the zip is unpacked, the
 * elements of one part at MAX_XML_ELEMENTS.
 */
export function xmlTree(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, children: [] };
  const stack: XmlNode[] = [root];
  let elements = 0;
  parser.on('doctype', () => {
    throw new UnsafeXmlError('DOCTYPE');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++elements > MAX_XML_ELEMENTS) throw new TooManyElementsError(String(elements));
    const node: XmlNode = { name: localName(tag.name), attributes: tag.attributes, children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text: string) => {
    stack[stack.length - 1]!.children.push(text);
  });
  parser.write(xml).close();
  return root;
}

const elementsOf = (node: XmlNode): XmlNode[] => node.children.filter((child): child is XmlNode => typeof child !== 'string');

/** The element children of a node with the given local name. */
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => elementsOf(node).filter((child) => child.name === name);

/** Every element below a node (depth first, in document order) with the given local name (or one of them), not looking inside matches. */
export function descendants(node: XmlNode, name: string | Set<string>, skip: (node: XmlNode) => boolean = () => false): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: XmlNode[] = elementsOf(node).reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (skip(current)) continue;
    if (typeof name === 'string' ? current.name === name : name.has(current.name)) found.push(current);
    else stack.push(...elementsOf(current).reverse());
  }
  return found;
}

/** The first element below a node with the given local name, or undefined. */
export const firstNamed = (node: XmlNode, name: string): XmlNode | undefined => descendants(node, name)[0];

/**
 * The text of a paragraph: text runs joined, line breaks, tabs and spaces (`text:s`, `a:br`) as one
 * space. With `textIn`, only text inside elements of that name counts (DrawingML's `a:t`), so the
 * whitespace of pretty-printed XML between elements is never read.
 */
export function paragraphText(node: XmlNode, breaks: Set<string>, textIn?: string): string {
  let text = '';
  const stack: (XmlNode | string)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current === 'string') {
      text += current;
      continue;
    }
    if (breaks.has(current.name)) text += ' ';
    const keepText = textIn === undefined || current.name === textIn;
    for (let i = current.children.length - 1; i >= 0; i--) {
      const child = current.children[i]!;
      if (keepText || typeof child !== 'string') stack.push(child);
    }
  }
  return text;
}
