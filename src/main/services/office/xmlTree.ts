import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ReadBudget } from './limits';
import { UnsafeXmlError } from './odt';

/** An XML element: its local name (the prefix dropped), attributes by qualified name, children and text in order. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: (XmlNode | string)[];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Reads a part of a presentation into a tree with the same strict, streaming parser as OpenDocument
 * text: a DOCTYPE (where entity tricks live) is refused, no entity but XML's five is expanded.
 * Every element, attribute and text run is counted against the file's budget as it is parsed, so
 * a crafted part stops before its tree fills memory (limits.ts).
 */
export function xmlTree(xml: string, budget: ReadBudget): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, children: [] };
  const stack: XmlNode[] = [root];
  parser.on('doctype', () => {
    throw new UnsafeXmlError('DOCTYPE');
  });
  // Counted one by one as saxes reads them: a tag of a million attributes stops at the cap.
  parser.on('attribute', () => budget.addNodes(1));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    budget.addNodes(1);
    const node: XmlNode = { name: localName(tag.name), attributes: tag.attributes, children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text: string) => {
    budget.addNodes(1);
    stack[stack.length - 1]!.children.push(text);
  });
  parser.write(xml).close();
  return root;
}

const elementsOf = (node: XmlNode): XmlNode[] => node.children.filter((child): child is XmlNode => typeof child !== 'string');

/** The element children of a node with the given local name. */
export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => elementsOf(node).filter((child) => child.name === name);

const pushElement = (stack: XmlNode[], child: XmlNode | string): void => {
  if (typeof child !== 'string') stack.push(child);
};

/** Every element below a node (depth first, in document order) with the given local name (or one of them), not looking inside matches. */
export function descendants(node: XmlNode, name: string | Set<string>, skip: (node: XmlNode) => boolean = () => false): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: XmlNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) pushElement(stack, node.children[i]!);
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (skip(current)) continue;
    if (typeof name === 'string' ? current.name === name : name.has(current.name)) found.push(current);
    // One by one: spreading a node of 130,000 children into push() overflows the call stack.
    else for (let i = current.children.length - 1; i >= 0; i--) pushElement(stack, current.children[i]!);
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
