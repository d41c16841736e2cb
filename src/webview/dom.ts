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
    const text = attributeText(name, value);
    if (text !== null) node.setAttribute(name, text);
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) node.dataset[key] = value;
  if (props.text !== undefined) node.textContent = props.text;
  append(node, ...children);
  return node;
}

/**
 * The text an attribute is written with, or null to leave it out. ARIA states are tokens: a screen
 * reader reads `aria-selected=""` as no value at all, so `true`/`false` become "true"/"false". Other
 * booleans are HTML's boolean attributes (`hidden`, `selected`): present when true, absent when false.
 */
export function attributeText(name: string, value: string | number | boolean | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return name.startsWith('aria-') ? String(value) : value ? '' : null;
  return String(value);
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text for screen readers only (class `sr-only` in media/results.css): what the eye gets from an icon or a colour. */
export function srOnly(text: string): HTMLElement {
  return el('span', { className: 'sr-only', text });
}

/** A codicon (the font is linked by the panel's HTML). */
export function icon(name: string, label?: string): HTMLElement {
  return el('span', { className: `codicon codicon-${name}`, attrs: label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' } });
}
