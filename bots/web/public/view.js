// Small DOM builders for the chat. Every text goes in through textContent, never as HTML, so
// whatever a persona or a reply contains is shown, not run.

/** Fills every element marked with a catalog key: its text, placeholder or accessible name. */
export function applyStrings(root, strings) {
  for (const node of root.querySelectorAll("[data-i18n]"))
    node.textContent = strings[node.dataset.i18n] ?? "";
  for (const node of root.querySelectorAll("[data-i18n-placeholder]"))
    node.placeholder = strings[node.dataset.i18nPlaceholder] ?? "";
  for (const node of root.querySelectorAll("[data-i18n-label]"))
    node.setAttribute("aria-label", strings[node.dataset.i18nLabel] ?? "");
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The first letter of a name, for its round avatar. */
export function initialOf(name) {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}

export function showPersonaList(list, personas, onPick) {
  list.replaceChildren(
    ...personas.map((persona) => {
      const item = element("li");
      const button = element("button", "persona");
      button.type = "button";
      button.append(
        element("span", "avatar", initialOf(persona.displayName)),
        element("span", "persona-label", persona.displayName),
        element("span", "badge", persona.language.toUpperCase()),
      );
      button.addEventListener("click", () => onPick(persona));
      item.append(button);
      return item;
    }),
  );
}

function message(className, ...children) {
  const item = element("li", `message ${className}`);
  item.append(...children);
  return item;
}

/** Puts a message at the end of the chat, or right after `after` so replies stay under their question. */
export function show(log, item, after) {
  if (after?.isConnected) after.after(item);
  else log.append(item);
  log.scrollTop = log.scrollHeight;
  return item;
}

/** Removes everything but the hint, for a fresh conversation. */
export function clearLog(log) {
  log.replaceChildren(...log.querySelectorAll(".hint"));
}

function picture(url) {
  const image = element("img", "picture");
  image.src = url;
  image.alt = "";
  return image;
}

/** What the person sent, with the picture if it was a photo. */
export function mineMessage(text, pictureUrl) {
  const bubble = element("div", "bubble", text);
  if (pictureUrl) bubble.append(picture(pictureUrl));
  return message("mine", bubble);
}

function buttonRows(rows, onButton) {
  const box = element("div", "buttons");
  for (const row of rows) {
    const line = element("div", "button-row");
    for (const button of row) {
      const node = element("button", "reply-button", button.label);
      node.type = "button";
      node.addEventListener("click", () => onButton(button));
      line.append(node);
    }
    box.append(line);
  }
  return box;
}

/** A message's bubble with its rows of buttons, if it has any, under it. */
function withButtons(className, bubble, rows, onButton) {
  return rows.length > 0
    ? message(className, bubble, buttonRows(rows, onButton))
    : message(className, bubble);
}

function placeLine(place, label) {
  const where = [place.label, `${place.lat.toFixed(4)}, ${place.lng.toFixed(4)}`].filter(Boolean).join(" · ");
  return element("div", "place", `${label} ${where}`);
}

/** A link the reply carries, opened in a new tab without telling the page it came from. */
function linkButton(link) {
  const anchor = element("a", "reply-button room-link", link.label);
  anchor.href = link.url;
  anchor.target = "_blank";
  anchor.rel = "noopener noreferrer";
  return anchor;
}

/** One rendered reply: its text, a place or picture if any, a link, and its buttons under it. */
export function replyMessage(reply, { placeLabel, onButton }) {
  const bubble = element("div", "bubble", reply.text);
  if (reply.place) bubble.append(placeLine(reply.place, placeLabel));
  if (reply.image) bubble.append(picture(reply.image.url));
  if (reply.link) bubble.append(linkButton(reply.link));
  return withButtons("bot", bubble, reply.buttons, onButton);
}

/** A notification the worker delivered: a heading, its text, and its buttons, pressed like a reply's. */
export function noticeMessage(notification, { heading, onButton }) {
  const bubble = element("div", "bubble");
  bubble.append(element("div", "notice-heading", heading), element("div", "notice-text", notification.text));
  return withButtons("notice", bubble, notification.buttons, onButton);
}

export function errorMessage(text) {
  return message("error", element("div", "bubble", text));
}

export function waitingMessage(label) {
  const bubble = element("div", "bubble waiting");
  bubble.setAttribute("aria-label", label);
  bubble.append(element("span", "dot"), element("span", "dot"), element("span", "dot"));
  return message("bot", bubble);
}
