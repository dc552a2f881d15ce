// The actor network: entities that act in events, links aggregating events from source to target.
// Laid out by a small deterministic force simulation (same data, same picture), drawn as SVG.

import { svg, replace } from './dom.js';
import { category, plural, verb } from './format.js';

const HEIGHT = 470;
const ITERATIONS = 420;
/** The force layout is quadratic in nodes: larger graphs show their busiest actors. */
const MAX_NODES = 120;

/** {@return a number in [0, 1) from a string, stable across runs} */
function hash01(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

function radius(node) {
  return 6 + 2.2 * Math.sqrt(node.eventCount);
}

/**
 * Positions nodes in the unit square: repulsion between every pair, springs along links (stronger
 * for more events), a weak pull to the centre, and a cooling step size.
 */
export function layout(nodes, edges) {
  const n = nodes.length;
  const pos = new Map();
  const ordered = nodes.slice().sort((a, b) => b.eventCount - a.eventCount || a.id.localeCompare(b.id));
  ordered.forEach((node, i) => {
    // a sunflower spiral: the busiest actors start in the middle
    const r = 0.42 * Math.sqrt((i + 0.5) / Math.max(1, n));
    const angle = i * 2.39996 + hash01(node.id) * 0.3;
    pos.set(node.id, { x: 0.5 + r * Math.cos(angle), y: 0.5 + r * Math.sin(angle) });
  });
  if (n < 2) return pos;
  const k = Math.sqrt(1 / n) * 0.9;
  const points = ordered.map(node => pos.get(node.id));
  const index = new Map(ordered.map((node, i) => [node.id, i]));
  // busy actors push harder, so that the hubs of a story do not sit on top of each other
  const weight = ordered.map(node => 1 + Math.sqrt(node.eventCount) / 2.5);
  const links = edges
    .filter(e => index.has(e.source) && index.has(e.target) && e.source !== e.target)
    .map(e => ({ ia: index.get(e.source), ib: index.get(e.target), w: 1 + Math.log2(e.count) }));
  for (let step = 0; step < ITERATIONS; step++) {
    const temperature = 0.06 * (1 - step / ITERATIONS) + 0.002;
    const disp = points.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = points[i].x - points[j].x;
        let dy = points[i].y - points[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1e-9) {
          dx = 0.001 * (i - j);
          dy = 0.001;
          d2 = dx * dx + dy * dy;
        }
        const f = (k * k * weight[i] * weight[j]) / d2;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const link of links) {
      const { ia, ib } = link;
      const dx = points[ia].x - points[ib].x;
      const dy = points[ia].y - points[ib].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const f = (d / k) * 0.6 * link.w;
      disp[ia].x -= dx * f; disp[ia].y -= dy * f;
      disp[ib].x += dx * f; disp[ib].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (0.5 - points[i].x) * 0.25;
      disp[i].y += (0.5 - points[i].y) * 0.25;
      const len = Math.sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y) || 1e-9;
      const move = Math.min(len, temperature);
      points[i].x += (disp[i].x / len) * move;
      points[i].y += (disp[i].y / len) * move;
    }
  }
  return pos;
}

/** The network widget; `onSelectEntity(id)` and `onSelectLink(edge, names)` are called on activation. */
export class Network {
  constructor(container, { onSelectEntity, onSelectLink }) {
    this.container = container;
    this.onSelectEntity = onSelectEntity;
    this.onSelectLink = onSelectLink;
    this.nodes = [];
    this.edges = [];
    this.positions = new Map();
    this.hidden = 0;
    this.selected = null;
    this.svg = svg('svg', { class: 'network-svg', role: 'group', 'aria-label': 'Actor network' });
    container.replaceChildren(this.svg);
    new ResizeObserver(() => this.render()).observe(container);
  }

  /** Shows a Network answer of the API (the MAX_NODES busiest actors when there are more). */
  setData(network) {
    const busiest = network.nodes.slice()
      .sort((a, b) => b.eventCount - a.eventCount || b.mentionCount - a.mentionCount || a.id.localeCompare(b.id))
      .slice(0, MAX_NODES);
    const kept = new Set(busiest.map(n => n.id));
    this.hidden = network.nodes.length - busiest.length;
    this.nodes = busiest;
    this.edges = network.edges.filter(e => kept.has(e.source) && kept.has(e.target));
    this.positions = layout(this.nodes, this.edges);
    this.render();
  }

  /** Marks an entity as selected (or none). */
  select(id) {
    this.selected = id;
    for (const g of this.svg.querySelectorAll('.nw-node')) {
      g.classList.toggle('selected', g.dataset.id === id);
    }
    for (const g of this.svg.querySelectorAll('.nw-edge')) {
      g.classList.toggle('related', id !== null && (g.dataset.source === id || g.dataset.target === id));
    }
  }

  render() {
    const width = this.container.clientWidth;
    if (!width) return;
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', HEIGHT);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    if (this.nodes.length === 0) {
      replace(this.svg, svg('text', { x: 14, y: 34, class: 'tl-empty' }, 'No actors yet.'));
      return;
    }
    const xs = [...this.positions.values()].map(p => p.x);
    const ys = [...this.positions.values()].map(p => p.y);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const minY = Math.min(...ys);
    const maxY = Math.max(...ys);
    const padX = 90;
    const padY = 34;
    const sx = (width - 2 * padX) / Math.max(1e-6, maxX - minX);
    const sy = (HEIGHT - 2 * padY) / Math.max(1e-6, maxY - minY);
    const place = new Map();
    for (const node of this.nodes) {
      const p = this.positions.get(node.id);
      place.set(node.id, { x: padX + (p.x - minX) * sx, y: padY + (p.y - minY) * sy, r: radius(node), node });
    }
    const names = new Map(this.nodes.map(nd => [nd.id, nd.name]));
    const pairs = new Set(this.edges.map(e => e.source + '\u0000' + e.target));

    const defs = svg('defs', null);
    for (const cat of ['consult', 'cooperate', 'request', 'pressure', 'violence', 'other']) {
      defs.appendChild(svg('marker', {
        id: 'arrow-' + cat, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse', class: 'cat-' + cat,
      }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' })));
    }
    const edgeLayer = svg('g', { class: 'nw-edges' });
    for (const edge of this.edges) {
      const a = place.get(edge.source);
      const b = place.get(edge.target);
      if (!a || !b || a === b) continue;
      edgeLayer.appendChild(this.drawEdge(edge, a, b, pairs.has(edge.target + '\u0000' + edge.source), names));
    }
    const nodeLayer = svg('g', { class: 'nw-nodes' });
    const ordered = [...place.values()].sort((p, q) => p.node.eventCount - q.node.eventCount);
    for (const p of ordered) nodeLayer.appendChild(this.drawNode(p, width));
    const note = this.hidden > 0
      ? svg('text', { x: width - 10, y: HEIGHT - 10, class: 'tl-empty', 'text-anchor': 'end' },
        `the ${this.nodes.length} busiest actors; ${this.hidden} more not shown`)
      : null;
    replace(this.svg, defs, edgeLayer, nodeLayer, note);
    this.select(this.selected);
  }

  drawEdge(edge, a, b, bothWays, names) {
    const main = edge.types.slice().sort((p, q) => q.count - p.count)[0];
    const cat = category(main ? main.plover : '');
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    // links in both directions bend apart so that both stay visible
    const bend = bothWays ? 0.18 * d : 0;
    const mx = (a.x + b.x) / 2 - (dy / d) * bend;
    const my = (a.y + b.y) / 2 + (dx / d) * bend;
    const start = towards(a, mx, my, a.r + 2);
    const end = towards(b, mx, my, b.r + 4);
    const path = `M${start.x},${start.y} Q${mx},${my} ${end.x},${end.y}`;
    const what = edge.types.map(t => verb(t.plover) + (t.count > 1 ? ' ×' + t.count : '')).join(', ');
    const label = `${names.get(edge.source)} → ${names.get(edge.target)}: ${what} (${plural(edge.count, 'event')})`;
    const g = svg('g', {
      class: `nw-edge cat-${cat}`, 'data-source': edge.source, 'data-target': edge.target,
      tabindex: '0', role: 'button', 'aria-label': label,
    },
    svg('title', null, label),
    svg('path', { d: path, class: 'edge-hit' }),
    svg('path', { d: path, class: 'edge-line', 'stroke-width': 1.4 + Math.log2(edge.count) * 1.3, 'marker-end': `url(#arrow-${cat})` }));
    const go = (e) => {
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      this.onSelectLink(edge, names);
    };
    g.addEventListener('click', go);
    g.addEventListener('keydown', go);
    return g;
  }

  drawNode(p, width) {
    const node = p.node;
    const label = `${node.name} (${node.type}): ${plural(node.eventCount, 'event')}, ${plural(node.mentionCount, 'mention')}`;
    const g = svg('g', {
      class: `nw-node type-${node.type}`, 'data-id': node.id, tabindex: '0', role: 'button', 'aria-label': label,
    }, svg('title', null, label));
    if (node.type === 'person') {
      g.appendChild(svg('circle', { cx: p.x, cy: p.y, r: p.r, class: 'node-shape' }));
    } else if (node.type === 'organization') {
      g.appendChild(svg('rect', { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r, rx: 3, class: 'node-shape' }));
    } else {
      const r = p.r * 1.2;
      g.appendChild(svg('path', { d: `M${p.x},${p.y - r} L${p.x + r},${p.y} L${p.x},${p.y + r} L${p.x - r},${p.y} Z`, class: 'node-shape' }));
    }
    const right = p.x < width - 110;
    g.appendChild(svg('text', {
      x: right ? p.x + p.r + 5 : p.x - p.r - 5, y: p.y + 4, class: 'node-label', 'text-anchor': right ? 'start' : 'end',
    }, node.name));
    const go = (e) => {
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      this.onSelectEntity(node.id);
    };
    g.addEventListener('click', go);
    g.addEventListener('keydown', go);
    g.addEventListener('mouseenter', () => markNeighbours(this.svg, node.id, true));
    g.addEventListener('mouseleave', () => markNeighbours(this.svg, node.id, false));
    return g;
  }
}

function towards(p, x, y, distance) {
  const dx = x - p.x;
  const dy = y - p.y;
  const d = Math.sqrt(dx * dx + dy * dy) || 1;
  return { x: p.x + (dx / d) * distance, y: p.y + (dy / d) * distance };
}

function markNeighbours(root, id, on) {
  for (const g of root.querySelectorAll('.nw-edge')) {
    const hit = g.dataset.source === id || g.dataset.target === id;
    g.classList.toggle('lit', on && hit);
  }
}
