import { ApiError, api, setApiLanguage } from "./api.js";
import { photoDataUrl } from "./photo.js";
import { createTranscript } from "./transcript.js";
import { readTypedInput } from "./typed-input.js";
import {
  applyStrings,
  clearLog,
  errorMessage,
  initialOf,
  mineMessage,
  noticeMessage,
  replyMessage,
  show,
  showPersonaList,
  waitingMessage,
} from "./view.js";

// The playground page: pick or make a persona, then chat with the same commands and buttons as
// on the messengers. The server does all the work; this file only wires the page to its API.

const INBOX_POLL_MS = 4000;
const LANGUAGE_KEY = "honjok.playground.language";
const PERSONA_KEY = "honjok.playground.persona";

const byId = (id) => document.getElementById(id);
const log = byId("log");
const messageBox = byId("message");
const photoFile = byId("photo-file");
const transcript = createTranscript();

const state = {
  language: "ko",
  strings: {},
  persona: undefined,
  /** The question the bot asked last, which decides the input hint and the location button. */
  prompt: undefined,
  /** Bumped on every persona switch, so late answers for the previous persona are dropped. */
  session: 0,
  inboxAfter: undefined,
  shownNotifications: new Set(),
  pollTimer: undefined,
  /** Inputs are sent one after another, so replies arrive in the order they were typed. */
  queue: Promise.resolve(),
};

const t = (key) => state.strings[key] ?? "";

function errorText(error) {
  if (!(error instanceof ApiError)) return t("error-unexpected");
  return error.body?.message || t(`error-${error.body?.error}`) || t("error-unexpected");
}

async function setLanguage(language) {
  const { strings } = await api.strings(language);
  state.language = language;
  state.strings = strings;
  localStorage.setItem(LANGUAGE_KEY, language);
  setApiLanguage(language);
  document.documentElement.lang = language;
  document.title = t("playground-title");
  applyStrings(document.body, strings);
  for (const button of document.querySelectorAll("[data-lang]"))
    button.setAttribute("aria-pressed", String(button.dataset.lang === language));
  byId("persona-form").elements.language.value = language;
  updateComposer();
}

function updateComposer() {
  const asksPlace = state.prompt?.kind === "place";
  byId("use-location").hidden = !asksPlace;
  byId("attach-photo").hidden = state.prompt?.kind !== "photos";
  messageBox.placeholder = asksPlace
    ? t("playground-input-place-placeholder")
    : state.prompt?.fields[0]?.label || t("playground-input-placeholder");
}

async function showPicker(known) {
  state.persona = undefined;
  state.session += 1;
  localStorage.removeItem(PERSONA_KEY);
  byId("chat").hidden = true;
  byId("picker").hidden = false;
  const personas = known ?? (await api.personas()).personas;
  showPersonaList(byId("persona-list"), personas, choosePersona);
  byId("persona-empty").hidden = personas.length > 0;
}

/** Opens the chat as `persona`: afresh, or as it stood before a reload (`saved`). */
function choosePersona(persona, saved) {
  state.persona = persona;
  state.session += 1;
  state.prompt = saved?.prompt;
  state.inboxAfter = saved?.inboxAfter;
  state.shownNotifications = new Set(saved?.shownNotifications);
  localStorage.setItem(PERSONA_KEY, persona.id);
  clearLog(log);
  if (!saved) transcript.forget();
  for (const entry of saved?.entries ?? []) showEntry(entry);
  byId("persona-name").textContent = persona.displayName;
  byId("persona-avatar").textContent = initialOf(persona.displayName);
  byId("picker").hidden = true;
  byId("chat").hidden = false;
  updateComposer();
  messageBox.focus();
  pollInbox(state.session);
}

function messageOf(entry) {
  switch (entry.kind) {
    case "mine":
      return mineMessage(entry.text, entry.picture);
    case "bot":
      return replyMessage(entry.reply, { placeLabel: t("playground-place"), onButton: pressButton });
    case "notice":
      return noticeMessage(entry.notification, {
        heading: t("playground-notification"),
        onButton: pressButton,
      });
    default:
      return errorMessage(entry.text);
  }
}

/**
 * Shows a message (after `after`, if given) and keeps the chat as it now stands for a reload. A
 * room link is a key to the room: it is shown, never kept.
 */
function showEntry(entry, after) {
  const item = show(log, messageOf(entry), after);
  const { link: _shownOnly, ...kept } = entry.reply ?? {};
  transcript.note(item, entry.reply ? { ...entry, reply: kept } : entry);
  saveChat();
  return item;
}

function saveChat() {
  const { persona, prompt, inboxAfter, shownNotifications } = state;
  if (!persona) return;
  transcript.save(log, {
    personaId: persona.id,
    prompt,
    inboxAfter,
    shownNotifications: [...shownNotifications],
  });
}

function showOutcome(outcome, after) {
  state.prompt = undefined;
  let anchor = after;
  for (const reply of outcome.replies) {
    if (reply.prompt) state.prompt = reply.prompt;
    anchor = showEntry({ kind: "bot", reply }, anchor);
  }
  updateComposer();
}

/**
 * Shows what the person did at once (with the picture they sent, if any); the bot's replies come
 * in under it, even when the person has typed on meanwhile.
 */
function send(input, shownAs, picture) {
  if (!state.persona) return;
  const { persona, session } = state;
  const mine = showEntry({ kind: "mine", text: shownAs, picture });
  state.queue = state.queue.then(async () => {
    const waiting = show(log, waitingMessage(t("playground-sending")), mine);
    try {
      const outcome = await api.send(persona.id, input);
      if (session === state.session) showOutcome(outcome, mine);
    } catch (error) {
      if (session === state.session) showEntry({ kind: "error", text: errorText(error) }, mine);
    } finally {
      waiting.remove();
    }
  });
}

function pressButton(button) {
  send({ kind: "button", data: button.data }, button.label);
}

function sendTyped(event) {
  event.preventDefault();
  const line = messageBox.value.trim();
  if (!line) return;
  messageBox.value = "";
  send(readTypedInput(line), line);
}

/** Why the browser gave no position (GeolocationPositionError's codes), each with what to do instead. */
const locationFailures = {
  1: "playground-location-denied",
  2: "playground-location-failed",
  3: "playground-location-timeout",
};

/**
 * The browser's position goes out exact, as a location shared in Telegram does: the server
 * rounds it before it keeps or shows it, and the chat shows only that a location was sent.
 */
function sendLocation() {
  if (!window.isSecureContext || !("geolocation" in navigator)) {
    showEntry({ kind: "error", text: t("playground-location-unavailable") });
    return;
  }
  const { session } = state;
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => {
      // Finding a position can take seconds: a persona switched to meanwhile did not send it.
      if (session !== state.session) return;
      send({ kind: "place", lat: coords.latitude, lng: coords.longitude }, t("playground-location-sent"));
    },
    (failure) => {
      if (session !== state.session) return;
      showEntry({ kind: "error", text: t(locationFailures[failure.code] ?? "playground-location-failed") });
    },
    { timeout: 10_000, maximumAge: 60_000 },
  );
}

/** A picked picture goes out as a photo, as if sent in a messenger. */
async function sendPhoto() {
  const [file] = photoFile.files;
  // Cleared at once, so picking the same file again is still a change.
  photoFile.value = "";
  if (!file) return;
  const { session } = state;
  const ref = await photoDataUrl(file);
  // Shrinking takes a moment: a persona switched to meanwhile did not send this photo.
  if (session !== state.session) return;
  // The picked file's own type and size go along: the server judges them (and the thumbnail's
  // background) as it judges a messenger's photo, and says why one cannot be used.
  const facts = { type: file.type, bytes: file.size };
  if (!ref) {
    send({ kind: "photo", facts }, t("playground-photo-sent"));
    return;
  }
  send({ kind: "photo", photo: { platform: "web", ref }, facts }, t("playground-photo-sent"), ref);
}

/** Notifications the worker delivered to this persona appear in the chat like pushed messages. */
async function pollInbox(session) {
  clearTimeout(state.pollTimer);
  if (session !== state.session) return;
  try {
    if (!document.hidden) {
      const { notifications } = await api.inbox(state.persona.id, state.inboxAfter);
      if (session !== state.session) return;
      for (const notification of notifications) {
        state.inboxAfter = notification.sentAt;
        if (state.shownNotifications.has(notification.id)) continue;
        state.shownNotifications.add(notification.id);
        showEntry({ kind: "notice", notification });
      }
    }
  } catch {
    // A missed poll is caught up by the next one: the inbox is read from `inboxAfter` onwards.
  } finally {
    if (session === state.session) state.pollTimer = setTimeout(() => pollInbox(session), INBOX_POLL_MS);
  }
}

async function createPersona(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const problem = byId("persona-error");
  problem.hidden = true;
  try {
    const persona = await api.createPersona({
      name: form.elements.name.value.trim(),
      language: form.elements.language.value,
      verified: !form.elements.unverified.checked,
    });
    form.elements.name.value = "";
    form.elements.unverified.checked = false;
    choosePersona(persona);
  } catch (error) {
    problem.textContent = errorText(error);
    problem.hidden = false;
  }
}

function wire() {
  for (const button of document.querySelectorAll("[data-lang]"))
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  byId("persona-form").addEventListener("submit", createPersona);
  byId("persona-change").addEventListener("click", () => showPicker());
  byId("composer").addEventListener("submit", sendTyped);
  byId("use-location").addEventListener("click", sendLocation);
  photoFile.addEventListener("change", sendPhoto);
  messageBox.addEventListener("keydown", (event) => {
    // Enter sends and Shift+Enter starts a new line; Enter that ends a Korean IME syllable does neither.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) sendTyped(event);
  });
}

async function start() {
  wire();
  await setLanguage(localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "ko");
  document.querySelector(".app").dataset.ready = "true";
  const { personas } = await api.personas();
  const saved = personas.find((persona) => persona.id === localStorage.getItem(PERSONA_KEY));
  if (saved) choosePersona(saved, transcript.load(saved.id));
  else await showPicker(personas);
}

start().catch(() => {
  document.querySelector(".app").dataset.ready = "failed";
  const fatal = byId("fatal");
  fatal.textContent = `⚠️ ${t("error-unexpected")}`;
  fatal.hidden = false;
});
