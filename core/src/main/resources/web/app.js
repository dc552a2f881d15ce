// The Storyline page: timeline, actor network, details with sources, contradictions, search and
// upload, over the JSON API of `storyline serve`. Data is only ever inserted as text (see dom.js).

import * as api from './api.js';
import { button, el, highlighted, replace, svg } from './dom.js';
import {
  CATEGORIES, STATUS_STYLES, describeDate, describePublished, plural, precision, truncate, verb,
} from './format.js';
import { Network } from './network.js';
import { glyph, precisionGlyph, Timeline } from './timeline.js';

const $ = (id) => document.getElementById(id);

const state = {
  version: null,
  allEvents: [],
  events: [],
  eventsById: new Map(),
  articles: [],
  articlesById: new Map(),
  entityNames: new Map(),
  filters: {},
  view: null,
  refreshing: null,
  refreshAgain: false,
};

const articleCache = new Map();

let timeline;
let network;

// ---------------------------------------------------------------- loading

async function refresh() {
  if (state.refreshing) {
    state.refreshAgain = true;
    return state.refreshing;
  }
  state.refreshing = (async () => {
    try {
      const [status, all, articles, graph, contradictions, entities] = await Promise.all([
        api.get('/api/status'),
        api.get('/api/timeline'),
        loadArticles(),
        api.get('/api/network'),
        api.get('/api/contradictions'),
        api.get('/api/entities', { minMentions: 1 }),
      ]);
      articleCache.clear();
      showStatus(status);
      state.allEvents = all.events;
      state.eventsById = new Map(all.events.map(e => [e.id, e]));
      state.articles = articles;
      state.articlesById = new Map(articles.map(a => [a.id, a]));
      state.entityNames = new Map(entities.items.map(e => [e.id, e.name]));
      for (const node of graph.nodes) state.entityNames.set(node.id, node.name);
      fillFilterOptions(entities.items, all.events);
      network.setData(graph);
      await applyFilters(true);
      renderContradictions($('contradictions'), contradictions.items);
      if (state.view === null) showOverview();
      document.body.dataset.ready = String(status.version);
    } catch (error) {
      showError($('filter-message'), error);
    }
  })();
  try {
    await state.refreshing;
  } finally {
    state.refreshing = null;
  }
  if (state.refreshAgain) {
    state.refreshAgain = false;
    await refresh();
  }
}

async function loadArticles() {
  const items = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api.get('/api/articles', { offset, limit: 500 });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

async function article(id) {
  if (!articleCache.has(id)) {
    articleCache.set(id, api.get('/api/articles/' + api.id(id)).catch((error) => {
      articleCache.delete(id);
      throw error;
    }));
  }
  return articleCache.get(id);
}

function showStatus(status) {
  state.version = status.version;
  replace($('counts'), `${plural(status.articles, 'article')} · ${plural(status.events, 'event')} · ` +
    `${plural(status.entities, 'actor')} · ${plural(status.contradictions, 'contradiction')}`);
}

function showError(target, error) {
  replace(target, el('span', { class: 'error' }, error.message || String(error)));
}

// ---------------------------------------------------------------- timeline and filters

function fillFilterOptions(entities, events) {
  const list = $('actor-options');
  replace(list, entities.slice(0, 300).map(e => el('option', { value: e.name }, e.type)));
  const select = $('filter-type');
  const current = select.value;
  const plovers = [...new Set(events.map(e => e.plover))].sort();
  const frames = [...new Set(events.map(e => e.frame))].sort();
  replace(select,
    el('option', { value: '' }, 'any type'),
    el('optgroup', { label: 'PLOVER type' }, plovers.map(p => el('option', { value: p }, p + ' — ' + verb(p)))),
    el('optgroup', { label: 'What happened' }, frames.map(f => el('option', { value: f }, f.toLowerCase().replace(/_/g, ' ')))));
  select.value = current;
}

async function applyFilters(keepZoom) {
  const message = $('filter-message');
  try {
    const answer = await api.get('/api/timeline', state.filters);
    state.events = answer.events;
    const dated = answer.events.filter(e => e.dated).length;
    const active = Object.values(state.filters).some(v => v);
    replace(message, active
      ? `${plural(answer.total, 'event')} match` + (answer.actor ? ` (actor: ${answer.actor.name})` : '') + '.'
      : '');
    replace($('timeline-note'), `${plural(dated, 'dated event')} on the axis, ` +
      `${plural(answer.events.length - dated, 'more event')} without a calendar date below.`);
    timeline.setData(answer.events, state.articles, keepZoom);
    renderUndated(answer.events.filter(e => !e.dated));
  } catch (error) {
    if (error.status === 404) {
      replace(message, el('span', { class: 'error' }, 'No actor matches “' + (state.filters.actor || '') + '”.'));
    } else {
      showError(message, error);
    }
  }
}

/** How many events a list shows before a "show all" button (large stores). */
const LIST_LIMIT = 120;

function renderUndated(events) {
  const relative = events.filter(e => precision(e.date) === 'relative');
  const undated = events.filter(e => precision(e.date) === 'undated');
  const group = (title, note, items) => items.length === 0 ? null : el('div', { class: 'undated-group' },
    el('h3', null, title, ' ', el('span', { class: 'count' }, String(items.length))),
    el('p', { class: 'panel-note' }, note),
    limitedList(items));
  replace($('undated'),
    group('Relative dates', 'Dated only relative to an article whose own date is unknown (e.g. “this December”).', relative),
    group('Undated', 'No source sentence dates these.', undated));
}

/** A list of events, the first LIST_LIMIT shown, with a button for the rest. */
function limitedList(events) {
  const list = el('ul', { class: 'event-list' }, events.slice(0, LIST_LIMIT).map(eventItem));
  if (events.length <= LIST_LIMIT) return list;
  const more = button(`Show all ${events.length}`, () => {
    replace(list, events.map(eventItem));
    more.remove();
  }, { class: 'secondary small' });
  return el('div', null, list, more);
}

/** A list item for an event: status glyph, summary, date and status; activates the event. */
function eventItem(event) {
  const b = el('button', { type: 'button', class: 'event-item', 'data-id': event.id },
    glyph(event.status, event.plover),
    el('span', { class: 'event-summary' }, event.summary),
    el('span', { class: 'event-meta' }, describeDate(event.date), ' · ', statusText(event),
      ' · ', plural(event.citationCount, 'source sentence')));
  b.addEventListener('click', () => showEvent(event.id));
  return el('li', null, b);
}

function statusText(event) {
  return event.statusPath && event.statusPath.length > 1 ? event.statusPath.join(' → ') : event.status;
}

function renderLegend() {
  const hatch = svg('svg', { width: 0, height: 0, class: 'defs-only', 'aria-hidden': 'true' },
    svg('defs', null, svg('pattern', { id: 'legend-hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
      svg('rect', { width: 6, height: 6, class: 'hatch-bg' }),
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }))));
  const item = (g, label) => el('li', null, g, ' ', label);
  replace($('legend'), hatch,
    el('div', { class: 'legend-group' }, el('h3', null, 'Status'),
      el('ul', null, STATUS_STYLES.map(s => item(glyph(s.statuses[0], 'X'), s.label)))),
    el('div', { class: 'legend-group' }, el('h3', null, 'Type'),
      el('ul', null, CATEGORIES.map(c => item(glyph('occurred', c.types[0]), c.label)))),
    el('div', { class: 'legend-group' }, el('h3', null, 'Date precision'),
      el('ul', null,
        item(precisionGlyph('day'), 'a day'),
        item(precisionGlyph('unit'), 'a week, month or year'),
        item(precisionGlyph('window'), 'a window (e.g. inferred)'))),
    el('div', { class: 'legend-group' }, el('h3', null, 'Published'),
      el('ul', null,
        item(svg('svg', { class: 'glyph', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
          svg('path', { d: 'M3,4 L13,4 L8,12 Z', class: 'pub-exact' })), 'article date'),
        item(svg('svg', { class: 'glyph', viewBox: '0 0 34 16', width: 34, height: 16, 'aria-hidden': 'true' },
          svg('rect', { x: 1, y: 4, width: 32, height: 8, rx: 2, class: 'pub-window' }),
          svg('rect', { x: 1, y: 4, width: 32, height: 8, rx: 2, fill: 'url(#legend-hatch)', class: 'pub-hatch' })), 'inferred window'))));
  const nl = $('network-legend');
  replace(nl,
    el('div', { class: 'legend-group' }, el('h3', null, 'Actors'),
      el('ul', null,
        item(svg('svg', { class: 'glyph type-person', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, svg('circle', { cx: 8, cy: 8, r: 6, class: 'node-shape' })), 'person'),
        item(svg('svg', { class: 'glyph type-organization', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, svg('rect', { x: 2, y: 2, width: 12, height: 12, rx: 2, class: 'node-shape' })), 'organisation'),
        item(svg('svg', { class: 'glyph type-location', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, svg('path', { d: 'M8,1 L15,8 L8,15 L1,8 Z', class: 'node-shape' })), 'country, government, place'))),
    el('div', { class: 'legend-group' }, el('h3', null, 'Links (source → target)'),
      el('ul', null, CATEGORIES.map(c => item(svg('svg', { class: `glyph cat-${c.key}`, viewBox: '0 0 34 16', width: 34, height: 16, 'aria-hidden': 'true' },
        svg('line', { x1: 2, y1: 8, x2: 32, y2: 8, class: 'edge-line' })), c.label)))));
}

// ---------------------------------------------------------------- detail panel

function detail(title, ...content) {
  const panel = showInPanel(title, content);
  panel.querySelector('#detail-heading').focus({ preventScroll: true });
  if (panel.getBoundingClientRect().top > window.innerHeight || panel.getBoundingClientRect().bottom < 0) {
    panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
  return panel;
}

function showInPanel(title, content) {
  const panel = $('detail');
  replace(panel, el('h2', { id: 'detail-heading', tabindex: '-1' }, title), ...content);
  panel.scrollTop = 0;
  return panel;
}

/** What the panel shows before anything is selected: the stored articles. */
function showOverview() {
  const items = state.articles.map((a) => {
    const b = el('button', { type: 'button', class: 'hit' },
      el('span', { class: 'hit-title' }, a.title || a.label),
      el('span', { class: 'event-meta' }, a.label, ' · published ', describePublished(a.published),
        a.duplicateOf ? ' · repeats ' + ((state.articlesById.get(a.duplicateOf) || {}).label || a.duplicateOf) : ''));
    b.addEventListener('click', () => showArticle(a.id, { back: () => { state.view = null; showOverview(); } }));
    return el('li', null, b);
  });
  showInPanel('Articles', [
    el('p', { class: 'empty' }, 'Select an event on the timeline, an actor in the network or search: the sources show here.'),
    el('h3', null, 'Stored ', el('span', { class: 'count' }, String(items.length))),
    el('ul', { class: 'hits' }, items),
  ]);
}

function loading(title) {
  detail(title, el('p', { class: 'empty' }, 'Loading…'));
}

function entityButton(ref) {
  const name = ref.name || state.entityNames.get(ref.id) || ref.id;
  return button(name, () => showEntity(ref.id), { class: 'chip entity', title: ref.id });
}

async function showEvent(id) {
  state.view = { kind: 'event', id };
  timeline.select(id);
  network.select(null);
  markSelectedInLists(id);
  loading('Event');
  let event;
  try {
    event = await api.get('/api/events/' + api.id(id));
  } catch (error) {
    detail('Event', el('p', { class: 'error' }, error.message));
    return;
  }
  if (state.view.id !== id) return;
  const who = el('p', { class: 'who' },
    event.sources.length ? event.sources.map(entityButton) : el('span', { class: 'muted' }, 'someone'),
    el('span', { class: 'arrow', 'aria-label': 'acting on' }, ' → '),
    event.targets.length ? event.targets.map(entityButton) : el('span', { class: 'muted' }, '—'));
  const facts = el('dl', { class: 'facts' },
    el('dt', null, 'When'), el('dd', null, describeDate(event.date), ' ', el('span', { class: 'precision prec-' + precision(event.date) }, precision(event.date))),
    el('dt', null, 'Status'), el('dd', null, glyph(event.status, event.plover), ' ', el('strong', null, event.status),
      event.statusPath.length > 1 ? el('span', { class: 'muted' }, ' (' + event.statusPath.join(' → ') + ')') : null),
    el('dt', null, 'Type'), el('dd', null, event.plover + (event.mode ? '/' + event.mode : ''), ' · CAMEO ', event.cameo, ' · ', event.frame.toLowerCase()),
    event.location ? [el('dt', null, 'Where'), el('dd', null, event.location)] : null,
    event.quantities.length ? [el('dt', null, 'Numbers'), el('dd', null, event.quantities.map(q => q.text).join(', '))] : null);

  const history = el('ol', { class: 'history' }, event.statusHistory.map(change => el('li', null,
    el('span', { class: 'status-badge status-' + change.status }, change.status),
    el('span', { class: 'muted' }, change.asOf ? ' as of ' + change.asOf : ' (source undated)'),
    ' — ', sourceLabel(change.citation),
    el('q', { class: 'sentence' }, change.citation.text))));

  const sources = el('div', { class: 'sources' });
  const byArticle = groupBy(event.citations, c => c.article);
  const contradictions = el('div');
  renderContradictionCards(contradictions, event.contradictions, false);

  detail(event.summary,
    facts, who,
    el('h3', null, 'Status history'), history,
    el('h3', null, 'Sources ', el('span', { class: 'count' }, `${plural(event.citations.length, 'sentence')} in ${plural(byArticle.size, 'article')}`)),
    sources,
    event.contradictions.length ? [el('h3', null, 'Contradictions'), contradictions] : null);

  for (const [articleId, citations] of byArticle) {
    const box = el('section', { class: 'source' }, el('h4', null, citations[0].title || citations[0].label,
      ' ', el('span', { class: 'muted' }, citations[0].label)));
    sources.appendChild(box);
    const ranges = citations.map(c => ({ start: c.start, end: c.end, cls: 'cite' }));
    box.appendChild(button('Read the whole article', () => showArticle(articleId, {
      ranges, back: () => showEvent(id), note: 'The sentences reporting “' + event.summary + '” are highlighted.',
    }), { class: 'link' }));
    try {
      const a = await article(articleId);
      for (const c of citations) box.appendChild(excerpt(a, c, [{ start: c.start, end: c.end, cls: 'cite' }]));
    } catch (error) {
      for (const c of citations) box.appendChild(el('blockquote', { class: 'excerpt' }, el('mark', { class: 'cite' }, c.text)));
    }
  }
}

function sourceLabel(citation) {
  return button(`${citation.label} · sentence ${citation.sentence + 1}`, () => showArticle(citation.article, {
    ranges: [{ start: citation.start, end: citation.end, cls: 'cite' }],
  }), { class: 'link source-label', title: citation.title });
}

/** The cited sentence in context (its neighbours), the cited span marked. */
function excerpt(a, citation, ranges) {
  const sentences = a.sentences;
  let i = sentences.findIndex(s => s.start <= citation.start && citation.start < s.end);
  if (i < 0) i = Math.min(sentences.length - 1, Math.max(0, citation.sentence));
  const from = i > 0 ? sentences[i - 1].start : (sentences[i] ? sentences[i].start : citation.start);
  const endSentence = sentences[Math.min(sentences.length - 1, i + 1)];
  const to = Math.max(citation.end, endSentence ? endSentence.end : citation.end);
  const start = Math.min(from, citation.start);
  const text = a.text.slice(start, to);
  const shifted = ranges.map(r => ({ start: r.start - start, end: r.end - start, cls: r.cls }));
  return el('blockquote', { class: 'excerpt', 'data-sentence': String(citation.sentence) },
    start > 0 ? '… ' : null, highlighted(text, shifted), to < a.text.length ? ' …' : null);
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

async function showEntity(id) {
  state.view = { kind: 'entity', id };
  network.select(id);
  timeline.select(null);
  loading('Actor');
  let entity;
  try {
    entity = await api.get('/api/entities/' + api.id(id));
  } catch (error) {
    detail('Actor', el('p', { class: 'error' }, error.message));
    return;
  }
  if (state.view.id !== id) return;
  const evidence = new Map(entity.roleEvidence.map(r => [r.title, r.citations]));
  const roles = entity.roles.length === 0 ? el('p', { class: 'muted' }, 'No roles stated.') : el('table', { class: 'roles' },
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Role (as stated)'), el('th', { scope: 'col' }, 'First stated'),
      el('th', { scope: 'col' }, 'Last stated'), el('th', { scope: 'col' }, 'Evidence'))),
    el('tbody', null, entity.roles.map(r => el('tr', null,
      el('td', null, r.title),
      el('td', null, r.firstStated || '—'),
      el('td', null, r.lastStated || '—'),
      el('td', null, (evidence.get(r.title) || []).map(c => sourceLabel(c)))))));
  detail(entity.name,
    el('p', { class: 'muted' }, entity.type, entity.actorCode ? ' · actor code ' + entity.actorCode : '',
      ' · ', plural(entity.mentionCount, 'mention'), ' · ', entity.id),
    entity.aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also written: '),
      entity.aliases.map(a => el('span', { class: 'chip' }, a))) : null,
    button('Show only this actor on the timeline', () => {
      $('filter-actor').value = entity.name;
      state.filters = Object.assign({}, state.filters, { actor: entity.name });
      applyFilters(false);
      $('timeline-section').scrollIntoView({ behavior: 'smooth' });
    }, { class: 'secondary small' }),
    el('h3', null, 'Roles in time'), roles,
    el('h3', null, 'Events ', el('span', { class: 'count' }, String(entity.events.length))),
    limitedList(entity.events),
    entity.quotes.length ? [el('h3', null, 'Quotes ', el('span', { class: 'count' }, String(entity.quotes.length))),
      el('ul', { class: 'quotes' }, entity.quotes.map(q => el('li', null, el('q', null, q.text), ' ',
        button(q.label, () => showArticle(q.article, { ranges: [{ start: q.start, end: q.end, cls: 'cite' }] }), { class: 'link', title: q.title }))))] : null);
}

function showLink(edge, names) {
  state.view = { kind: 'link', id: edge.source + '>' + edge.target };
  network.select(null);
  const events = edge.events.map(id => state.eventsById.get(id)).filter(Boolean);
  detail(`${names.get(edge.source)} → ${names.get(edge.target)}`,
    el('p', null, edge.types.map(t => verb(t.plover) + (t.count > 1 ? ' (' + t.count + ')' : '')).join(', ')),
    el('p', { class: 'who' }, entityButton({ id: edge.source, name: names.get(edge.source) }), ' → ',
      entityButton({ id: edge.target, name: names.get(edge.target) })),
    el('h3', null, 'Events ', el('span', { class: 'count' }, String(events.length))),
    el('ul', { class: 'event-list' }, events.map(eventItem)));
}

async function showArticle(id, options) {
  const opts = options || {};
  state.view = { kind: 'article', id };
  loading('Article');
  let a;
  try {
    a = await article(id);
  } catch (error) {
    detail('Article', el('p', { class: 'error' }, error.message));
    return;
  }
  const layer = el('select', { id: 'article-layer' },
    el('option', { value: '' }, 'nothing else'),
    el('option', { value: 'mentions' }, 'people, organisations, places'),
    el('option', { value: 'times' }, 'time expressions'),
    el('option', { value: 'quotes' }, 'quotes'),
    el('option', { value: 'events' }, 'event words'));
  const body = el('div', { class: 'article-text', id: 'article-text' });
  const draw = () => {
    const extra = (layerRanges[layer.value] || (() => []))(a);
    replace(body, highlighted(a.text, (opts.ranges || []).concat(extra)));
  };
  layer.addEventListener('change', draw);
  draw();
  detail(a.title || a.label,
    opts.back ? button('← Back', opts.back, { class: 'secondary small' }) : null,
    el('p', { class: 'muted' }, a.label, ' · ', a.source, ' · published ', describePublished(a.published),
      a.byline ? ' · by ' + a.byline : ''),
    a.url ? el('p', { class: 'muted url' }, a.url) : null,
    a.duplicateOf ? el('p', { class: 'note' }, 'Repeats article ', (state.articlesById.get(a.duplicateOf) || {}).label || a.duplicateOf, '.') : null,
    opts.note ? el('p', { class: 'note' }, opts.note) : null,
    el('div', { class: 'field inline' }, el('label', { for: 'article-layer' }, 'Also mark'), layer),
    body);
  const first = body.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'center' });
}

const layerRanges = {
  mentions: (a) => a.mentions.map(m => ({ start: m.start, end: m.end, cls: 'layer-mention' })),
  times: (a) => a.times.map(t => ({ start: t.start, end: t.end, cls: 'layer-time' })),
  quotes: (a) => a.quotes.map(q => ({ start: q.start, end: q.end, cls: 'layer-quote' })),
  events: (a) => a.events.map(e => ({ start: e.start, end: e.end, cls: 'layer-event' })),
};

function markSelectedInLists(id) {
  for (const b of document.querySelectorAll('.event-item')) {
    b.classList.toggle('selected', b.dataset.id === id);
  }
}

// ---------------------------------------------------------------- contradictions

function renderContradictions(container, items) {
  if (items.length === 0) {
    replace(container, el('p', { class: 'empty' }, 'No contradictions found.'));
    return;
  }
  renderContradictionCards(container, items, true);
}

function renderContradictionCards(container, items, withSubject) {
  replace(container, items.map((c) => {
    const subject = c.event && state.eventsById.get(c.event)
      ? button(state.eventsById.get(c.event).summary, () => showEvent(c.event), { class: 'link' })
      : (state.entityNames.has(c.subject) ? button(state.entityNames.get(c.subject), () => showEntity(c.subject), { class: 'link' }) : c.subject);
    const claims = el('div', { class: 'claims' });
    const card = el('article', { class: 'contradiction' },
      el('header', null, el('span', { class: 'kind' }, c.kind.replace(/-/g, ' ')), withSubject ? [' ', subject] : null),
      claims);
    for (const claim of c.claims) {
      const box = el('div', { class: 'claim' },
        el('p', { class: 'claim-value' }, claim.value),
        el('p', { class: 'claim-source' }, sourceLabel(claim.citation)));
      const quote = el('blockquote', { class: 'excerpt' }, el('mark', { class: 'cite' }, claim.citation.text));
      box.appendChild(quote);
      claims.appendChild(box);
      article(claim.citation.article).then((a) => {
        quote.replaceWith(sentenceWithSpan(a, claim.citation, claim.value));
      }, () => {});
    }
    return card;
  }));
}

/**
 * The sentence holding the citation, with the cited span marked, and the words of the claimed value
 * marked more strongly when the sentence contains them (e.g. "three days hence").
 */
function sentenceWithSpan(a, citation, value) {
  const s = a.sentences.find(x => x.start <= citation.start && citation.start < x.end) || a.sentences[citation.sentence];
  const start = s ? Math.min(s.start, citation.start) : citation.start;
  const end = s ? Math.max(s.end, citation.end) : citation.end;
  const text = a.text.slice(start, end);
  const ranges = [{ start: citation.start - start, end: citation.end - start, cls: 'cite' }];
  const phrase = claimedWords(value || '', text);
  if (phrase) ranges.push({ start: phrase.start, end: phrase.end, cls: 'hl' });
  return el('blockquote', { class: 'excerpt' }, highlighted(text, ranges));
}

/** Where the claimed value's own words (a quoted phrase, or the value up to its qualifications) occur in the text. */
function claimedWords(value, text) {
  const quoted = /^["“]([^"”]{2,})["”]/.exec(value);
  const candidates = quoted ? [quoted[1]] : [value.split(/ \(|, | from | stated /)[0]];
  const lower = text.toLowerCase();
  for (const c of candidates) {
    const at = c.length >= 3 ? lower.indexOf(c.toLowerCase()) : -1;
    if (at >= 0) return { start: at, end: at + c.length };
  }
  return null;
}

// ---------------------------------------------------------------- search

async function search(q) {
  state.view = { kind: 'search', id: q };
  loading('Search');
  let result;
  try {
    result = await api.get('/api/search', { q, limit: 20 });
  } catch (error) {
    detail('Search', el('p', { class: 'error' }, error.message));
    return;
  }
  const events = result.events.map(hit => {
    const b = el('button', { type: 'button', class: 'hit' },
      el('span', { class: 'hit-title' }, glyph(hit.status, ''), ' ', highlighted(hit.summary, hit.summaryHighlights.map(h => ({ start: h.start, end: h.end, cls: 'hl' })))),
      el('span', { class: 'event-meta' }, describeDate(hit.date), ' · ', hit.status),
      hit.snippet ? el('span', { class: 'snippet' }, highlighted(hit.snippet.text, hit.snippet.highlights.map(h => ({ start: h.start, end: h.end, cls: 'hl' })))) : null);
    b.addEventListener('click', () => showEvent(hit.id));
    return el('li', null, b);
  });
  const articles = result.articles.map(hit => {
    const s = hit.snippet;
    const b = el('button', { type: 'button', class: 'hit' },
      el('span', { class: 'hit-title' }, highlighted(hit.title || hit.label, hit.titleHighlights.map(h => ({ start: h.start, end: h.end, cls: 'hl' })))),
      el('span', { class: 'event-meta' }, hit.label),
      el('span', { class: 'snippet' }, s.start > 0 ? '… ' : null, highlighted(s.text, s.highlights.map(h => ({ start: h.start, end: h.end, cls: 'hl' }))), ' …'));
    b.addEventListener('click', () => showArticle(hit.id, {
      ranges: s.highlights.map(h => ({ start: s.start + h.start, end: s.start + h.end, cls: 'hl' })),
      back: () => search(q),
    }));
    return el('li', null, b);
  });
  detail('Search: ' + result.query,
    result.events.length + result.articles.length === 0 ? el('p', { class: 'empty' }, 'Nothing found for ', result.terms.join(' '), '.') : null,
    events.length ? [el('h3', null, 'Events ', el('span', { class: 'count' }, String(events.length))), el('ul', { class: 'hits' }, events)] : null,
    articles.length ? [el('h3', null, 'Articles ', el('span', { class: 'count' }, String(articles.length))), el('ul', { class: 'hits' }, articles)] : null);
}

// ---------------------------------------------------------------- adding articles

async function submitArticles(form) {
  const result = $('add-result');
  const submit = $('add-submit');
  const mode = form.elements.mode.value;
  const token = form.elements.token.value.trim();
  let body;
  if (mode === 'paste') {
    const text = form.elements.text.value;
    if (!text.trim()) {
      replace(result, el('p', { class: 'error' }, 'Paste the article text first.'));
      form.elements.text.focus();
      return;
    }
    body = { text };
    if (form.elements.title.value.trim()) body.title = form.elements.title.value.trim();
    if (form.elements.published.value.trim()) body.published = form.elements.published.value.trim();
  } else {
    const files = form.elements.files.files;
    if (!files.length) {
      replace(result, el('p', { class: 'error' }, 'Choose one or more files first.'));
      form.elements.files.focus();
      return;
    }
    body = new FormData();
    for (const file of files) body.append('file', file, file.name);
  }
  submit.disabled = true;
  replace(result, el('p', { class: 'pending' }, 'Analysing… (the whole pipeline runs on each article)'));
  try {
    const answer = await api.post('/api/articles', body, token);
    renderUploadResult(result, answer);
    if (answer.stored.length || answer.duplicates.length) {
      form.elements.text.value = '';
      form.elements.title.value = '';
      form.elements.published.value = '';
      form.elements.files.value = '';
    }
    if (answer.status && answer.status.version !== state.version) await refresh();
  } catch (error) {
    const hint = error.status === 401 ? ' Enter the access token below.' : '';
    replace(result, el('p', { class: 'error' }, 'Not added: ', error.message, hint));
    if (error.status === 401) form.querySelector('details.token').open = true;
  } finally {
    submit.disabled = false;
  }
}

function renderUploadResult(container, answer) {
  const rows = [];
  for (const s of answer.stored) {
    rows.push(el('li', { class: 'outcome stored' }, el('span', { class: 'badge' }, 'stored'), ' ',
      button(s.title || s.id, () => showArticle(s.id), { class: 'link' }), el('span', { class: 'muted' }, ' ' + s.source)));
  }
  for (const d of answer.duplicates) {
    const of = d.of ? (state.articlesById.get(d.of) || {}).label || d.of : null;
    const why = d.kind === 'already-stored' ? 'already stored; nothing changed'
      : (d.kind === 'exact' ? 'stored, an exact copy of ' + of : 'stored, a near copy of ' + of +
        (d.similarity !== null ? ' (similarity ' + d.similarity.toFixed(2) + ')' : ''));
    rows.push(el('li', { class: 'outcome duplicate' }, el('span', { class: 'badge' }, 'duplicate'), ' ',
      d.title || d.id, el('span', { class: 'muted' }, ' — ' + why)));
  }
  for (const s of answer.skipped) {
    rows.push(el('li', { class: 'outcome skipped' }, el('span', { class: 'badge' }, 'skipped'), ' ',
      s.item, el('span', { class: 'muted' }, ' — ' + s.reason + ' (' + s.code + ')')));
  }
  for (const w of answer.warnings) {
    rows.push(el('li', { class: 'outcome warning' }, el('span', { class: 'badge' }, 'note'), ' ',
      w.item, el('span', { class: 'muted' }, ' — ' + w.message + ' (' + w.code + ')')));
  }
  replace(container, rows.length ? el('ul', { class: 'outcomes' }, rows) : el('p', { class: 'muted' }, 'Nothing was added.'));
}

// ---------------------------------------------------------------- live updates

function listenForUpdates() {
  const live = $('live');
  let polling = null;
  const onStatus = (status) => {
    live.classList.add('connected');
    if (state.version !== null && status.version !== state.version) {
      refresh().then(() => flash(live));
    }
  };
  const poll = () => {
    if (polling) return;
    polling = setInterval(() => api.get('/api/status').then(onStatus, () => live.classList.remove('connected')), 10000);
  };
  if (!window.EventSource) {
    poll();
    return;
  }
  const source = new EventSource('/api/updates');
  source.addEventListener('update', (e) => {
    try {
      onStatus(JSON.parse(e.data));
    } catch (error) {
      // a malformed message: the next one or the poll will catch up
    }
  });
  source.addEventListener('error', () => {
    live.classList.remove('connected');
    if (source.readyState === EventSource.CLOSED) poll();
  });
}

function flash(node) {
  node.classList.remove('flash');
  void node.getBoundingClientRect();
  node.classList.add('flash');
}

// ---------------------------------------------------------------- wiring

function init() {
  timeline = new Timeline($('timeline'), { onSelectEvent: showEvent, onSelectArticle: (id) => showArticle(id) });
  network = new Network($('network'), { onSelectEntity: showEntity, onSelectLink: showLink });
  renderLegend();

  $('zoom-in').addEventListener('click', () => timeline.zoom(0.6));
  $('zoom-out').addEventListener('click', () => timeline.zoom(1 / 0.6));
  $('zoom-fit').addEventListener('click', () => { timeline.fit(); timeline.render(); });

  const filters = $('filters');
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    state.filters = {
      actor: filters.elements.actor.value.trim(),
      type: filters.elements.type.value,
      status: filters.elements.status.value,
    };
    applyFilters(false);
  });
  filters.addEventListener('reset', () => {
    state.filters = {};
    setTimeout(() => applyFilters(false), 0);
  });
  for (const name of ['type', 'status']) {
    filters.elements[name].addEventListener('change', () => filters.requestSubmit());
  }

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('search-input').value.trim();
    if (q) search(q);
  });

  const add = $('add-form');
  add.addEventListener('submit', (e) => {
    e.preventDefault();
    submitArticles(add);
  });
  for (const radio of add.elements.mode) {
    radio.addEventListener('change', () => {
      const paste = add.elements.mode.value === 'paste';
      $('paste-fields').hidden = !paste;
      $('file-fields').hidden = paste;
    });
  }

  refresh().then(listenForUpdates);
}

init();
