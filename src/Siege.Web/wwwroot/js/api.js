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

async function request(path, init) {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  if (response.ok) return response.json();
  throw new ApiError(response.status, await problemText(response));
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
  run: (id, seed, signal) => getJson(`api/scenarios/${encodeURIComponent(id)}/runs/${encodeURIComponent(seed)}`, { signal }),
  variants: (id) => getJson(`api/scenarios/${encodeURIComponent(id)}/variants`),
  whatIf: (id, variant, runs) => postJson(`api/scenarios/${encodeURIComponent(id)}/whatif`, { variant, runs }),
};
