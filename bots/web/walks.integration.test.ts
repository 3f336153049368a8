import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Input } from "../../conversation/input.js";
import { allCommands } from "../../conversation/registry.js";
import type { Reply } from "../../conversation/reply.js";
import {
  buttonsOf,
  inputFor,
  screenOf,
  type WalkStep,
  walk,
  walkSettings,
} from "../../conversation/test-walks.js";
import type { WebOutcome } from "./render.js";
import { startTestPlayground, type TestPlayground } from "./test-server.js";

// Walks through the playground's JSON API, as its page (or anyone who can reach it) calls it:
// every answer is 200 with replies, or a 4xx with a reason; never a 500 or the generic error.

let playground: TestPlayground;

beforeAll(async () => {
  playground = await startTestPlayground();
});

afterAll(async () => {
  await playground?.stop();
});

/** The page's way of sending each input; a form and a contact are not the playground's. */
function webInput(input: Input): unknown {
  switch (input.kind) {
    case "command":
      return { kind: "command", name: input.name, ...(input.text ? { text: input.text } : {}) };
    case "text":
      return { kind: "text", text: input.text };
    case "button":
      return { kind: "button", data: input.data };
    case "place":
      return { kind: "place", lat: input.place.lat, lng: input.place.lng };
    case "photo":
      return { kind: "photo", photo: { platform: "web", ref: "data:image/png;base64,iVBORw0KGgo=" } };
    default:
      return undefined;
  }
}

async function call(path: string, body: unknown, cookie?: string) {
  const response = await fetch(`${playground.baseUrl}/playground/api${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

async function runWalk(steps: WalkStep[]): Promise<void> {
  const created = await call("/personas", { name: "걷는 사람", language: "ko" });
  const cookie = created.response.headers.getSetCookie()[0]?.split(";")[0];
  const id = String(created.body.id);
  const generic = (["ko", "en"] as const).map((language) =>
    playground.ctx.translator.translate(language, "error-unexpected"),
  );
  let screen: Reply[] = [];
  const seen: string[] = [];
  for (const step of steps) {
    const input = inputFor(step, allCommands, { now: screen, seen }, id);
    const body = input && webInput(input);
    if (!body) continue;
    const { response, body: answer } = await call(`/personas/${id}/messages`, { input: body }, cookie);
    // A request the API refuses says why (request-errors.ts); it is never a failure of ours.
    expect(response.status, JSON.stringify(answer).slice(0, 300)).toBeLessThan(500);
    if (response.status !== 200) {
      expect(answer.message).toEqual(expect.any(String));
      continue;
    }
    const outcome = answer as unknown as WebOutcome;
    for (const reply of outcome.replies) expect(generic).not.toContain(reply.text);
    seen.push(...buttonsOf(screen));
    screen = screenOf(
      outcome.replies.map((reply) => reply.buttons.map((row) => row.map((button) => button.data))),
    );
  }
}

describe("the playground's API, walked", () => {
  it(
    "answers every input with replies or a reason, never a failure",
    async () => {
      await fc.assert(
        fc.asyncProperty(walk(10), (steps) => runWalk(steps)),
        { seed: walkSettings.seed, numRuns: 120 * walkSettings.scale },
      );
    },
    120_000 * walkSettings.scale,
  );
});
