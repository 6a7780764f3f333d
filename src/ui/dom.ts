/**
 * Tiny DOM builders. Scenario text only ever reaches the page through textContent and attributes,
 * never innerHTML, so a scenario file cannot inject markup or script.
 */
export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Creates an element with text, attributes (null/false/undefined are left out) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of a node. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Only http(s) links from scenario files become clickable; anything else (javascript:, data:) is refused. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside source that opens in a new tab, or plain text if the URL is not http(s). */
export function externalLink(url: string | undefined, label: string): HTMLElement {
  const href = safeHref(url);
  if (!href) return el('span', { text: label });
  return el('a', { text: label, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}

/** A unique id for label/for pairs, stable within the page. */
let nextId = 0;
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Sets a delegation's colour on an element as a CSS custom property. */
export function seatColour(node: HTMLElement, colour: string | undefined): HTMLElement {
  if (colour) node.style.setProperty('--seat', colour);
  return node;
}
