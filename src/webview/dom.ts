// A tiny element builder. Strings always become text nodes: model output, case ids and report
// fields are untrusted, so nothing here ever parses HTML (no innerHTML anywhere in the webview).
export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  /** attributes, set with setAttribute (never `on*` handlers or `style`: the CSP forbids inline ones) */
  attrs?: Record<string, string | number | boolean | undefined>;
  dataset?: Record<string, string>;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: ElementProps, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, props?: ElementProps, ...children: Child[]): HTMLElement;
export function el(tag: string, props: ElementProps = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) node.dataset[key] = value;
  if (props.text !== undefined) node.textContent = props.text;
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A codicon (the font is linked by the panel's HTML). */
export function icon(name: string, label?: string): HTMLElement {
  return el('span', { className: `codicon codicon-${name}`, attrs: label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' } });
}
