// A zoomable SVG timeline of dated events, with a track of article publication dates. Hand-written
// (no library): a linear day scale, greedy lane packing, adaptive calendar ticks.

import { svg, replace } from './dom.js';
import {
  category, dayNumber, dateOf, describeDate, describePublished, MONTHS, precision, statusStyle, truncate,
} from './format.js';

const AXIS_H = 30;
const PUB_H = 38;
const LANE_H = 30;
const PAD_X = 14;
const LABEL_MAX = 46;
const CHAR_W = 6.4;
const MIN_SPAN_DAYS = 4;
const MAX_SPAN_DAYS = 365 * 200;

/** Calendar tick units, finest first; `min` is the least pixel distance between two ticks. */
const UNITS = [
  { name: 'day', approx: 1, step: (d) => addDays(d, 1), floor: (d) => d },
  { name: 'week', approx: 7, step: (d) => addDays(d, 7), floor: (d) => d - ((dateOf(d).getUTCDay() + 6) % 7) },
  { name: 'month', approx: 30.4, step: (d) => addMonths(d, 1), floor: (d) => monthStart(d) },
  { name: 'quarter', approx: 91.3, step: (d) => addMonths(d, 3), floor: (d) => quarterStart(d) },
  { name: 'year', approx: 365.25, step: (d) => addMonths(d, 12), floor: (d) => yearStart(d, 1) },
  { name: '5 years', approx: 1826, step: (d) => addMonths(d, 60), floor: (d) => yearStart(d, 5) },
  { name: 'decade', approx: 3652, step: (d) => addMonths(d, 120), floor: (d) => yearStart(d, 10) },
  { name: '50 years', approx: 18262, step: (d) => addMonths(d, 600), floor: (d) => yearStart(d, 50) },
];

function addDays(d, n) { return d + n; }
function toDay(date) { return Math.round(date.getTime() / 86400000); }
function addMonths(d, n) {
  const x = dateOf(d);
  return toDay(new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + n, 1)));
}
function monthStart(d) { const x = dateOf(d); return toDay(new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), 1))); }
function quarterStart(d) {
  const x = dateOf(d);
  return toDay(new Date(Date.UTC(x.getUTCFullYear(), Math.floor(x.getUTCMonth() / 3) * 3, 1)));
}
function yearStart(d, every) {
  const y = dateOf(d).getUTCFullYear();
  return toDay(new Date(Date.UTC(Math.floor(y / every) * every, 0, 1)));
}

function tickLabel(day, unit, first) {
  const x = dateOf(day);
  const month = MONTHS[x.getUTCMonth()];
  const year = x.getUTCFullYear();
  if (unit === 'day' || unit === 'week') {
    return x.getUTCDate() + ' ' + month + (first || (x.getUTCMonth() === 0 && x.getUTCDate() <= 7) ? ' ' + year : '');
  }
  if (unit === 'month') return first || x.getUTCMonth() === 0 ? month + ' ' + year : month;
  if (unit === 'quarter') return 'Q' + (Math.floor(x.getUTCMonth() / 3) + 1) + ' ' + year;
  return String(year);
}

/** The timeline widget; `onSelectEvent(id)` and `onSelectArticle(id)` are called on activation. */
export class Timeline {
  constructor(container, { onSelectEvent, onSelectArticle }) {
    this.container = container;
    this.onSelectEvent = onSelectEvent;
    this.onSelectArticle = onSelectArticle;
    this.events = [];
    this.articles = [];
    this.domain = null;
    this.selected = null;
    this.drag = null;
    this.suppressClick = false;
    this.svg = svg('svg', {
      class: 'timeline-svg', role: 'group', tabindex: '0',
      'aria-label': 'Timeline of dated events. Plus and minus zoom, arrow keys pan.',
    });
    container.replaceChildren(this.svg);
    this.bindInteraction();
    new ResizeObserver(() => this.render()).observe(container);
  }

  /** Shows these events (EventSummary) and article publication dates (ArticleSummary). */
  setData(events, articles, keepZoom) {
    this.events = events.filter(e => precision(e.date) !== 'undated' && precision(e.date) !== 'relative');
    this.articles = articles.filter(a => a.published && (a.published.earliest || a.published.latest));
    if (!keepZoom || !this.domain) this.fit();
    this.render();
  }

  /** Marks an event as selected (or none). */
  select(id) {
    this.selected = id;
    for (const g of this.svg.querySelectorAll('.tl-event')) {
      g.classList.toggle('selected', g.dataset.id === id);
    }
  }

  /** Zooms so that every dated event and publication date is visible. */
  fit() {
    const days = [];
    for (const e of this.events) {
      days.push(dayNumber(e.date.earliest), dayNumber(e.date.latest) + 1);
    }
    for (const a of this.articles) {
      if (a.published.earliest) days.push(dayNumber(a.published.earliest));
      if (a.published.latest) days.push(dayNumber(a.published.latest) + 1);
    }
    if (days.length === 0) {
      this.domain = null;
      return;
    }
    let lo = Math.min(...days);
    let hi = Math.max(...days);
    if (hi - lo < 30) {
      const mid = (lo + hi) / 2;
      lo = mid - 15;
      hi = mid + 15;
    }
    const pad = (hi - lo) * 0.04;
    // room on the right for the labels of the last events: a share of the width in pixels
    const reserve = Math.min(140, this.plotWidth() * 0.15);
    const span = (hi - lo + 2 * pad) * this.plotWidth() / (this.plotWidth() - reserve);
    this.domain = [lo - pad, lo - pad + span];
  }

  /** Zooms by a factor (< 1 zooms in) around a day (default: the middle). */
  zoom(factor, aroundDay) {
    if (!this.domain) return;
    const [d0, d1] = this.domain;
    const center = aroundDay === undefined ? (d0 + d1) / 2 : aroundDay;
    let span = (d1 - d0) * factor;
    span = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span));
    const ratio = (center - d0) / (d1 - d0);
    this.domain = [center - ratio * span, center + (1 - ratio) * span];
    this.render();
  }

  /** Pans by a fraction of the visible span (negative: to the past). */
  pan(fraction) {
    if (!this.domain) return;
    const shift = (this.domain[1] - this.domain[0]) * fraction;
    this.domain = [this.domain[0] + shift, this.domain[1] + shift];
    this.render();
  }

  plotWidth() {
    return Math.max(200, this.container.clientWidth - 2 * PAD_X);
  }

  x(day) {
    const [d0, d1] = this.domain;
    return PAD_X + ((day - d0) / (d1 - d0)) * this.plotWidth();
  }

  dayAt(px) {
    const [d0, d1] = this.domain;
    return d0 + ((px - PAD_X) / this.plotWidth()) * (d1 - d0);
  }

  bindInteraction() {
    this.svg.addEventListener('wheel', (e) => {
      if (!this.domain) return;
      e.preventDefault();
      const rect = this.svg.getBoundingClientRect();
      this.zoom(Math.exp(e.deltaY * 0.0015), this.dayAt(e.clientX - rect.left));
    }, { passive: false });
    this.svg.addEventListener('pointerdown', (e) => {
      if (!this.domain || e.button !== 0) return;
      this.drag = { x: e.clientX, domain: this.domain.slice(), moved: false };
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!this.drag) return;
      const dx = e.clientX - this.drag.x;
      if (Math.abs(dx) > 3 && !this.drag.moved) {
        this.drag.moved = true;
        this.svg.setPointerCapture(e.pointerId);
        this.svg.classList.add('dragging');
      }
      if (this.drag.moved) {
        const [d0, d1] = this.drag.domain;
        const shift = (dx / this.plotWidth()) * (d1 - d0);
        this.domain = [d0 - shift, d1 - shift];
        this.render();
      }
    });
    const end = (e) => {
      if (this.drag && this.drag.moved) {
        this.suppressClick = true;
        setTimeout(() => { this.suppressClick = false; }, 0);
        if (this.svg.hasPointerCapture(e.pointerId)) this.svg.releasePointerCapture(e.pointerId);
      }
      this.drag = null;
      this.svg.classList.remove('dragging');
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
    this.svg.addEventListener('keydown', (e) => {
      if (e.target !== this.svg) return;
      const actions = {
        '+': () => this.zoom(0.7), '=': () => this.zoom(0.7), '-': () => this.zoom(1 / 0.7),
        ArrowLeft: () => this.pan(-0.2), ArrowRight: () => this.pan(0.2), '0': () => { this.fit(); this.render(); },
      };
      if (actions[e.key]) {
        e.preventDefault();
        actions[e.key]();
      }
    });
  }

  activate(handler, id) {
    return (e) => {
      if (this.suppressClick) return;
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      handler(id);
    };
  }

  render() {
    const width = this.container.clientWidth;
    if (!width) return;
    if (!this.domain) {
      this.svg.setAttribute('width', width);
      this.svg.setAttribute('height', 60);
      replace(this.svg, svg('text', { x: PAD_X, y: 34, class: 'tl-empty' },
        this.events.length === 0 ? 'No dated events to show.' : ''));
      return;
    }
    const items = this.layoutEvents();
    const lanes = items.reduce((n, it) => Math.max(n, it.lane + 1), 0);
    const top = AXIS_H + PUB_H;
    const height = top + Math.max(1, lanes) * LANE_H + 12;
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

    const defs = svg('defs', null,
      svg('clipPath', { id: 'tl-clip' }, svg('rect', { x: PAD_X - 8, y: 0, width: this.plotWidth() + 16, height })),
      svg('pattern', { id: 'tl-hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
        svg('rect', { width: 6, height: 6, class: 'hatch-bg' }),
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' })));
    const grid = svg('g', { class: 'tl-grid', 'aria-hidden': 'true' });
    const axis = svg('g', { class: 'tl-axis', 'aria-hidden': 'true' });
    this.drawTicks(grid, axis, height);
    const pubs = this.drawPublications();
    const events = svg('g', { class: 'tl-events', 'clip-path': 'url(#tl-clip)' });
    for (const it of items) events.appendChild(this.drawEvent(it, top));
    replace(this.svg, defs, grid, axis, pubs, events);
  }

  drawTicks(grid, axis, height) {
    const [d0, d1] = this.domain;
    const ppd = this.plotWidth() / (d1 - d0);
    const unit = UNITS.find(u => u.approx * ppd >= (u.name === 'day' || u.name === 'week' ? 58 : 52)) || UNITS[UNITS.length - 1];
    let day = unit.floor(Math.floor(d0));
    let first = true;
    for (let guard = 0; day <= d1 && guard < 400; guard++, day = unit.step(day)) {
      if (day < d0) continue;
      const px = this.x(day);
      grid.appendChild(svg('line', { x1: px, x2: px, y1: AXIS_H - 6, y2: height, class: 'tl-gridline' }));
      axis.appendChild(svg('text', { x: px + 4, y: AXIS_H - 12, class: 'tl-tick' }, tickLabel(day, unit.name, first)));
      first = false;
    }
    axis.appendChild(svg('line', { x1: PAD_X, x2: PAD_X + this.plotWidth(), y1: AXIS_H - 6, y2: AXIS_H - 6, class: 'tl-axisline' }));
  }

  drawPublications() {
    const g = svg('g', { class: 'tl-pubs', 'clip-path': 'url(#tl-clip)' });
    const y = AXIS_H + 6;
    const [d0, d1] = this.domain;
    g.appendChild(svg('text', { x: PAD_X, y: y + 21, class: 'tl-track-label' }, '▲ articles published · events ▼'));
    for (const a of this.articles) {
      const p = a.published;
      const label = (a.title || a.label) + ': published ' + describePublished(p);
      let mark;
      if (p.date) {
        const px = this.x(dayNumber(p.date) + 0.5);
        mark = svg('path', { d: `M${px - 5},${y} L${px + 5},${y} L${px},${y + 8} Z`, class: 'pub-exact' });
      } else {
        const from = p.earliest ? this.x(dayNumber(p.earliest)) : this.x(d0) - 10;
        const to = p.latest ? this.x(dayNumber(p.latest) + 1) : this.x(d1) + 10;
        mark = svg('g', null,
          svg('rect', { x: from, y: y, width: Math.max(4, to - from), height: 8, rx: 2, class: 'pub-window' }),
          svg('rect', { x: from, y: y, width: Math.max(4, to - from), height: 8, rx: 2, fill: 'url(#tl-hatch)', class: 'pub-hatch' }));
      }
      const item = svg('g', { class: 'tl-pub', tabindex: '0', role: 'button', 'aria-label': label }, svg('title', null, label), mark);
      item.addEventListener('click', this.activate(this.onSelectArticle, a.id));
      item.addEventListener('keydown', this.activate(this.onSelectArticle, a.id));
      g.appendChild(item);
    }
    return g;
  }

  layoutEvents() {
    const items = this.events.map((e) => {
      const p = precision(e.date);
      const start = dayNumber(e.date.earliest);
      const end = dayNumber(e.date.latest) + 1;
      let x0 = this.x(start);
      let x1 = this.x(end);
      const point = p === 'day' || x1 - x0 < 10;
      if (point) {
        const mid = (x0 + x1) / 2;
        x0 = mid - 7;
        x1 = mid + 7;
      }
      const label = truncate(e.summary, LABEL_MAX);
      const labelWidth = label.length * CHAR_W;
      // a label that would run off the right edge goes to the left of its mark when there is room
      const flip = x1 + 6 + labelWidth > PAD_X + this.plotWidth() && x0 - 6 - labelWidth >= PAD_X;
      const left = flip ? x0 - 6 - labelWidth : x0;
      const right = flip ? x1 : x1 + 6 + labelWidth;
      return { event: e, precision: p, point, x0, x1, label, flip, left, right };
    }).sort((a, b) => a.left - b.left || a.x0 - b.x0);
    const laneEnds = [];
    for (const it of items) {
      let lane = laneEnds.findIndex(endX => endX + 8 <= it.left);
      if (lane < 0) {
        lane = laneEnds.length;
        laneEnds.push(0);
      }
      laneEnds[lane] = it.right;
      it.lane = lane;
    }
    return items;
  }

  drawEvent(it, top) {
    const e = it.event;
    const style = statusStyle(e.status);
    const cy = top + it.lane * LANE_H + LANE_H / 2;
    const cls = `tl-event status-${style} cat-${category(e.plover)} prec-${it.precision}` + (e.id === this.selected ? ' selected' : '');
    const description = `${e.summary}. ${describeDate(e.date)}. Status: ${e.status}` +
      (e.statusPath.length > 1 ? ' (' + e.statusPath.join(' → ') + ')' : '') + `. ${e.citationCount} source sentence(s).`;
    const g = svg('g', { class: cls, 'data-id': e.id, tabindex: '0', role: 'button', 'aria-label': description },
      svg('title', null, description));
    if (it.point) {
      g.appendChild(svg('circle', { cx: (it.x0 + it.x1) / 2, cy, r: 6.5, class: 'mark' }));
    } else {
      g.appendChild(svg('rect', { x: it.x0, y: cy - 6, width: it.x1 - it.x0, height: 12, rx: 3, class: 'mark' }));
      if (it.precision === 'window') {
        g.appendChild(svg('rect', { x: it.x0, y: cy - 6, width: it.x1 - it.x0, height: 12, rx: 3, fill: 'url(#tl-hatch)', class: 'mark-hatch' }));
      }
    }
    if (style === 'struck') {
      g.appendChild(svg('line', { x1: it.x0 - 3, x2: it.x1 + 3, y1: cy + 7, y2: cy - 7, class: 'strike' }));
    }
    g.appendChild(it.flip
      ? svg('text', { x: it.x0 - 6, y: cy + 4, class: 'tl-label', 'text-anchor': 'end' }, it.label)
      : svg('text', { x: it.x1 + 6, y: cy + 4, class: 'tl-label' }, it.label));
    g.addEventListener('click', this.activate(this.onSelectEvent, e.id));
    g.addEventListener('keydown', this.activate(this.onSelectEvent, e.id));
    return g;
  }
}

/** A small inline SVG glyph of an event's status style and type colour, for lists and the legend. */
export function glyph(status, plover, title) {
  const style = statusStyle(status);
  const g = svg('svg', { class: `glyph status-${style} cat-${category(plover)}`, viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': title ? null : 'true', role: title ? 'img' : null, 'aria-label': title || null },
    svg('circle', { cx: 8, cy: 8, r: 5.5, class: 'mark' }));
  if (style === 'struck') g.appendChild(svg('line', { x1: 2, y1: 14, x2: 14, y2: 2, class: 'strike' }));
  return g;
}

/** A small glyph for a date precision, for the legend. */
export function precisionGlyph(kind) {
  const wide = kind !== 'day';
  const s = svg('svg', { class: 'glyph cat-other status-solid', viewBox: wide ? '0 0 34 16' : '0 0 16 16', width: wide ? 34 : 16, height: 16, 'aria-hidden': 'true' });
  if (kind === 'day') s.appendChild(svg('circle', { cx: 8, cy: 8, r: 5.5, class: 'mark' }));
  if (kind === 'unit') s.appendChild(svg('rect', { x: 1, y: 3, width: 32, height: 10, rx: 3, class: 'mark' }));
  if (kind === 'window') {
    s.appendChild(svg('rect', { x: 1, y: 3, width: 32, height: 10, rx: 3, class: 'mark' }));
    s.appendChild(svg('rect', { x: 1, y: 3, width: 32, height: 10, rx: 3, fill: 'url(#legend-hatch)', class: 'mark-hatch' }));
  }
  return s;
}

