// The server's JSON API. Errors come back as problem+json ({title, detail, status}); they become an Error whose
// message is the problem's own words, so the page can show them as they are.

export async function getJson(path, options = {}) {
  return request(path, { method: 'GET', ...options });
}

export async function postJson(path, body, options = {}) {
  return request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...options,
  });
}

async function request(path, { onProgress, ...init }) {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  if (!response.ok) throw new ApiError(response.status, await problemText(response));
  if (!onProgress || !response.body) return response.json();
  return JSON.parse(await readWithProgress(response, onProgress));
}

/** The body as text, telling onProgress(received, total) of every chunk; total is null when the length is unknown. */
async function readWithProgress(response, onProgress) {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return [problem.title, problem.detail].filter(Boolean).join(': ') || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const api = {
  scenarios: () => getJson('api/scenarios'),
  scenario: (id) => getJson(`api/scenarios/${encodeURIComponent(id)}`),
  run: (id, seed, onProgress) => getJson(`api/scenarios/${encodeURIComponent(id)}/runs/${encodeURIComponent(seed)}`, { onProgress }),
  variants: (id) => getJson(`api/scenarios/${encodeURIComponent(id)}/variants`),
  whatIf: (id, variant, runs) => postJson(`api/scenarios/${encodeURIComponent(id)}/whatif`, { variant, runs }),
};
