// The JSON API of `storyline serve` (docs/openapi.yaml). Same origin only: the page makes no other
// network requests.

/** An API answer other than 2xx: carries the HTTP status and the server's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? '?' + s : '';
}

async function answer(response) {
  let body = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    body = await response.json();
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : response.status + ' ' + response.statusText;
    throw new ApiError(response.status, message);
  }
  return body;
}

/** GET a JSON resource. */
export async function get(path, params) {
  const response = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
  return answer(response);
}

/** A path segment for an id (ids are letters, digits and . _ : - but encode anyway). */
export function id(value) {
  return encodeURIComponent(value);
}

/** POST a body (JSON value or FormData); the bearer token is sent when given. */
export async function post(path, body, token) {
  const headers = { Accept: 'application/json' };
  let payload = body;
  if (!(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(path, { method: 'POST', headers, body: payload });
  return answer(response);
}
