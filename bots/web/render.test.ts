import { describe, expect, it } from "vitest";
import { reply } from "../../conversation/reply.js";
import { createTranslator } from "../../i18n/translator.js";
import { renderReply } from "./render.js";

const rendering = { translator: createTranslator(), dispatcher: { commands: [] } } as unknown as Parameters<
  typeof renderReply
>[0];

describe("rendering a reply for the playground", () => {
  it("shows a picture honjok drew as an image from a data: URL", () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const rendered = renderReply(
      rendering,
      "ko",
      reply("streak-no-goal", {}, { picture: { png, name: "streak.png" } }),
    );
    expect(rendered.image).toEqual({ url: `data:image/png;base64,${Buffer.from(png).toString("base64")}` });
    expect(renderReply(rendering, "ko", reply("streak-no-goal")).image).toBeUndefined();
  });
});
