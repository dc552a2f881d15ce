// DOM helpers. Every piece of data reaches the page as a text node: nothing here parses HTML,
// so an article holding "<script>" or "\"><img onerror=…>" is shown as the characters it is.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    // event handlers are attached with addEventListener only; an "on…" attribute would be inline script
    if (/^on/i.test(name)) throw new Error('refusing inline handler attribute ' + name);
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  return append(node, children);
}

/** An SVG element with attributes and children (strings become text nodes). */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return append(node, children);
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * The text with ranges marked: a fragment of text nodes and <mark> elements. Each range is
 * {start, end, cls} (half-open offsets into the text; cls defaults to "hl"); ranges may overlap: the
 * text is cut at every boundary and each piece carries the classes of all ranges covering it.
 * Offsets are clamped, so bad ranges never throw.
 */
export function highlighted(text, ranges) {
  const fragment = document.createDocumentFragment();
  const clean = (ranges || [])
    .map(r => ({ start: clamp(r.start, text.length), end: clamp(r.end, text.length), cls: r.cls || 'hl' }))
    .filter(r => r.end > r.start);
  const cuts = new Set([0, text.length]);
  for (const r of clean) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let pending = null;
  const flush = () => {
    if (!pending) return;
    fragment.appendChild(pending.cls
      ? el('mark', { class: pending.cls }, text.slice(pending.start, pending.end))
      : document.createTextNode(text.slice(pending.start, pending.end)));
    pending = null;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const classes = [...new Set(clean.filter(r => r.start <= start && r.end >= end).map(r => r.cls))].sort().join(' ');
    if (pending && pending.cls === classes) {
      pending.end = end;
    } else {
      flush();
      pending = { start, end, cls: classes };
    }
  }
  flush();
  return fragment;
}

function clamp(value, length) {
  return Math.max(0, Math.min(length, Number.isFinite(value) ? value : 0));
}

/** A button that runs an action. */
export function button(label, action, attrs) {
  const node = el('button', Object.assign({ type: 'button' }, attrs), label);
  node.addEventListener('click', action);
  return node;
}
