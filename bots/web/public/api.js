// Calls to the playground API. Answers are JSON; a failure carries an error code and, for
// malformed requests, a message the server already localized.

let pageLanguage = "ko";

/** The server writes its own messages in the page's language, told by Accept-Language. */
export function setApiLanguage(language) {
  pageLanguage = language;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ?? "unexpected");
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, body) {
  const response = await fetch(`/playground/api${path}`, {
    method,
    headers: {
      Accept: "application/json",
      "Accept-Language": pageLanguage,
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

const personaPath = (personaId) => `/personas/${encodeURIComponent(personaId)}`;

export const api = {
  strings: (language) => call("GET", `/strings?lang=${encodeURIComponent(language)}`),
  personas: () => call("GET", "/personas"),
  createPersona: (persona) => call("POST", "/personas", persona),
  send: (personaId, input) => call("POST", `${personaPath(personaId)}/messages`, { input }),
  inbox: (personaId, after) =>
    call("GET", `${personaPath(personaId)}/inbox${after ? `?after=${encodeURIComponent(after)}` : ""}`),
};
