// The panel's own small components over @vscode/webview-ui-toolkit. Every toolkit element the panel
// uses is created here and nowhere else, so the toolkit (unmaintained since 2025-01-01) can be
// replaced in this one file. Only the components used are registered, to keep dist/webview.js small.
import {
  provideVSCodeDesignSystem,
  vsCodeBadge,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeProgressRing,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import { el, icon, type Child } from '../dom';

let registered = false;
/** Defines the custom elements; call once before building any component. */
export function registerComponents(): void {
  if (registered) return;
  registered = true;
  provideVSCodeDesignSystem().register(
    vsCodeBadge(),
    vsCodeButton(),
    vsCodeCheckbox(),
    vsCodeDivider(),
    vsCodeDropdown(),
    vsCodeOption(),
    vsCodeProgressRing(),
    vsCodeTextField(),
  );
}

export interface ButtonOptions {
  label: string;
  icon?: string;
  /** icon buttons show only the icon; `label` becomes their accessible name and tooltip */
  appearance?: 'primary' | 'secondary' | 'icon';
  onClick: () => void;
  dataset?: Record<string, string>;
}

export function button(o: ButtonOptions): HTMLElement {
  const iconOnly = o.appearance === 'icon';
  const b = el(
    'vscode-button',
    { attrs: { appearance: o.appearance ?? 'secondary', 'aria-label': o.label, title: iconOnly ? o.label : undefined }, ...(o.dataset ? { dataset: o.dataset } : {}) },
    o.icon ? iconOnly ? icon(o.icon) : el('span', { attrs: { slot: 'start' } }, icon(o.icon)) : null,
    iconOnly ? null : o.label,
  );
  b.addEventListener('click', o.onClick);
  return b;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function dropdown<T extends string>(label: string, choices: readonly Choice<T>[], value: T, onChange: (value: T) => void): HTMLElement {
  const d = el('vscode-dropdown', { attrs: { 'aria-label': label, title: label } });
  for (const c of choices) d.append(el('vscode-option', { attrs: { value: c.value, selected: c.value === value } }, c.label));
  // The toolkit's dropdown also fires `change` when it loses focus with its value unchanged: only a new
  // value is a change (else the panel re-filters and says the count again as the user tabs past).
  let current: string = value;
  d.addEventListener('change', () => {
    const picked = (d as HTMLElement & { value: string }).value;
    const match = choices.find((c) => c.value === picked);
    if (!match || picked === current) return;
    current = picked;
    onChange(match.value);
  });
  return d;
}

export function textField(label: string, value: string, placeholder: string, onInput: (value: string) => void): HTMLElement {
  // The toolkit names its field from its text content when it is connected ("Text field" when there is
  // none), overwriting any aria-label given before. So the label is that content, a real <label> for the
  // inner input, hidden from the eye by `vscode-text-field::part(label)` in media/results.css.
  const f = el('vscode-text-field', { attrs: { placeholder, value } }, el('span', { attrs: { slot: 'start' } }, icon('search')), label);
  f.addEventListener('input', () => onInput((f as HTMLElement & { value: string }).value));
  return f;
}

export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const c = el('vscode-checkbox', { attrs: { checked } }, label);
  c.addEventListener('change', () => onChange((c as HTMLElement & { checked: boolean }).checked));
  return c;
}

export function badge(text: string, className?: string): HTMLElement {
  return el('vscode-badge', className ? { className } : {}, text);
}

export function progressRing(label: string): HTMLElement {
  return el('vscode-progress-ring', { attrs: { 'aria-label': label } });
}

export function divider(): HTMLElement {
  return el('vscode-divider', { attrs: { role: 'separator' } });
}

/** A clickable text link that asks the host to do something (never a real href: the CSP has no navigation). */
export function actionLink(label: string, iconName: string, onClick: () => void): HTMLElement {
  const a = el('a', { className: 'action-link', attrs: { href: '#', role: 'button' } }, icon(iconName), ' ', label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  return a;
}

export type { Child };
