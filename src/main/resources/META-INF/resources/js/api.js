// Talks to the service's REST API and turns every failure into a sentence a person can act on.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function messageOf(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    if (Array.isArray(body.violations) && body.violations.length) {
      return body.violations.map(v => (v.field ? `${v.field}: ` : '') + v.message).join('; ');
    }
    return body.message || body.error || body.detail || body.title || text;
  } catch {
    return text || response.statusText;
  }
}

async function request(method, url, init) {
  let response;
  try {
    response = await fetch(url, { method, ...init });
  } catch (e) {
    throw new ApiError(0, 'The service cannot be reached. Is it running?');
  }
  if (!response.ok) {
    const message = await messageOf(response);
    throw new ApiError(response.status, message || `${response.status} ${response.statusText}`);
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

function call(method, url, body, headers = {}) {
  return request(method, url, {
    headers: body === undefined ? { Accept: 'application/json', ...headers }
      : { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const getJson = (url) => call('GET', url);
export const putJson = (url, body, headers) => call('PUT', url, body, headers);
export const postJson = (url, body, headers) => call('POST', url, body, headers);
export const deleteJson = (url) => call('DELETE', url);
/** A file's text as the request body (a roster CSV), answered with JSON. */
export const postText = (url, text, type) => request('POST', url,
  { headers: { Accept: 'application/json', 'Content-Type': type }, body: text });
