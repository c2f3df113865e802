type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes and children; text is always text (never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** A description list of label/value pairs, leaving out pairs without a value. */
export function facts(pairs: Array<[string, Child | Child[]]>): HTMLDListElement {
  const list = h('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined && v !== false && v !== '');
    if (values.length === 0) continue;
    list.append(h('div', {}, h('dt', {}, label), h('dd', {}, ...values)));
  }
  return list;
}
