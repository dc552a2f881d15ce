// How statuses, event types and dates look on the page: one place, so the timeline, the lists and
// the legend agree.

const DAY_MS = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/**
 * Status → drawing style. Happened: filled; expected: outlined; only talked about: dashed outline;
 * did not or will not happen: struck through; hypothetical: dotted outline.
 */
export const STATUS_STYLES = [
  { style: 'solid', label: 'occurred / ongoing', statuses: ['occurred', 'ongoing'] },
  { style: 'outlined', label: 'planned / agreed', statuses: ['planned', 'agreed'] },
  { style: 'dashed', label: 'proposed / requested', statuses: ['proposed', 'requested'] },
  { style: 'struck', label: 'refused / denied / cancelled', statuses: ['refused', 'denied', 'cancelled'] },
  { style: 'dotted', label: 'hypothetical', statuses: ['hypothetical'] },
];

/** {@return the drawing style of a status} */
export function statusStyle(status) {
  for (const s of STATUS_STYLES) {
    if (s.statuses.includes(status)) return s.style;
  }
  return 'dotted';
}

/** PLOVER event types grouped into a few colours. */
export const CATEGORIES = [
  { key: 'consult', label: 'meetings & calls', types: ['CONSULT'] },
  { key: 'cooperate', label: 'agreements & support', types: ['AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'] },
  { key: 'request', label: 'requests & demands', types: ['REQUEST', 'DEMAND'] },
  { key: 'pressure', label: 'accusations, threats, sanctions', types: ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE'] },
  { key: 'violence', label: 'attacks & fighting', types: ['ASSAULT', 'FIGHT'] },
];

/** {@return the colour category key of a PLOVER type} */
export function category(plover) {
  for (const c of CATEGORIES) {
    if (c.types.includes(plover)) return c.key;
  }
  return 'other';
}

const VERBS = {
  AGREE: 'agreed with / proposed to', CONSULT: 'met or called', SUPPORT: 'supported',
  CONCEDE: 'conceded to', COOPERATE: 'cooperated with', AID: 'aided', RETREAT: 'backed down to',
  REQUEST: 'asked', DEMAND: 'demanded of', ACCUSE: 'accused', REJECT: 'rejected', THREATEN: 'threatened',
  PROTEST: 'protested against', SANCTION: 'sanctioned', MOBILIZE: 'mobilised against',
  COERCE: 'coerced', ASSAULT: 'attacked', FIGHT: 'fought',
};

/** {@return a verb phrase for a PLOVER type, for network links} */
export function verb(plover) {
  return VERBS[plover] || plover.toLowerCase();
}

/** {@return days since 1970-01-01 for an ISO date string, or null} */
export function dayNumber(iso) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS);
}

/** {@return a UTC Date for a day number} */
export function dateOf(day) {
  return new Date(day * DAY_MS);
}

/** {@return "18 Aug 2025" for an ISO date or a day number} */
export function formatDay(value) {
  const d = typeof value === 'number' ? dateOf(value) : dateOf(dayNumber(value));
  return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
}

/** {@return "Aug 2025" for a day number} */
export function formatMonth(day) {
  const d = dateOf(day);
  return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
}

export { MONTHS };

/**
 * How precisely an event is dated: 'day', 'week', 'month', 'quarter', 'year' (a calendar unit),
 * 'window' (a range that is not one unit, e.g. inferred from an article's date window),
 * 'relative' (a relative date in an undated article: the year or more is unknown) or 'undated'.
 */
export function precision(date) {
  if (!date) return 'undated';
  if (!date.earliest || !date.latest) return 'relative';
  const span = dayNumber(date.latest) - dayNumber(date.earliest) + 1;
  const g = date.granularity;
  if (g === 'day') return span === 1 ? 'day' : 'window';
  if (g === 'week') return span === 7 ? 'week' : 'window';
  if (g === 'month') return span >= 28 && span <= 31 ? 'month' : 'window';
  if (g === 'quarter') return span >= 89 && span <= 92 ? 'quarter' : 'window';
  if (g === 'year') return span >= 365 && span <= 366 ? 'year' : 'window';
  return span === 1 ? 'day' : 'window';
}

/** {@return a readable date with its precision, e.g. "Aug 2025 (month)" or "December, year unknown"} */
export function describeDate(date) {
  const p = precision(date);
  if (p === 'undated') return 'undated';
  if (p === 'relative') return describeRelative(date);
  if (p === 'day') return formatDay(date.earliest);
  if (p === 'month') return formatMonth(dayNumber(date.earliest)) + ' (month)';
  if (p === 'year') return date.earliest.slice(0, 4) + ' (year)';
  if (p === 'week') return 'week of ' + formatDay(date.earliest);
  if (p === 'quarter') return date.value + ' (quarter)';
  return formatDay(date.earliest) + ' – ' + formatDay(date.latest) + ' (window)';
}

function describeRelative(date) {
  const v = date.value || '';
  let m = /^XXXX-(\d{2})$/.exec(v);
  if (m) return MONTH_NAMES[+m[1] - 1] + ', year unknown';
  m = /^XXXX-(\d{2})-(\d{2})$/.exec(v);
  if (m) return +m[2] + ' ' + MONTH_NAMES[+m[1] - 1] + ', year unknown';
  const unit = date.granularity ? 'a ' + date.granularity : 'a date';
  return unit + ', date unknown (' + v + ')';
}

/** {@return a short label for a publication date: "18 Aug 2025", "inferred 2025-08-21 … 2025-09-20", "undated"} */
export function describePublished(published) {
  if (!published || published.basis === 'unknown') return 'undated';
  if (published.date) return formatDay(published.date) + ' (' + published.basis + ')';
  const from = published.earliest ? formatDay(published.earliest) : '…';
  const to = published.latest ? formatDay(published.latest) : '…';
  return 'between ' + from + ' and ' + to + ' (inferred)';
}

/** {@return the text cut to a length, with an ellipsis} */
export function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

/** {@return "1 event" / "3 events"} */
export function plural(n, word, many) {
  return n + ' ' + (n === 1 ? word : many || word + 's');
}
