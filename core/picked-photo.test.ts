import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photoProblem, UNREADABLE } from "./photo.js";
import { pickedPhotoFacts } from "./picked-photo.js";

// What a page says of the picture a person picked (the playground): the file's type and size, and
// the thumbnail it drew, whose pixels alone say whether the background shows through.

const thumbnail = async (alpha: number) => {
  const bytes = await sharp({
    create: { width: 8, height: 8, channels: 4, background: { r: 20, g: 160, b: 90, alpha } },
  })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
};

describe("the facts of a picture a page picked", () => {
  it("are the file's type and size, with opacity read from the thumbnail, whatever the page claims", async () => {
    const picked = { type: "image/jpeg", bytes: 2_400_000 };
    expect(await pickedPhotoFacts({ picked, drawn: await thumbnail(1) })).toEqual({
      ...picked,
      opaque: true,
    });
    expect(await pickedPhotoFacts({ picked, drawn: await thumbnail(0.4) })).toEqual({
      ...picked,
      opaque: false,
    });
  });

  it("are the thumbnail's own when the page said nothing of the file", async () => {
    const drawn = await thumbnail(1);
    const facts = await pickedPhotoFacts({ drawn });
    const bytes = Buffer.from(drawn.slice(drawn.indexOf(",") + 1), "base64").length;
    expect(facts).toEqual({ type: "image/png", bytes, opaque: true });
  });

  it("name a file the page could not draw by its type, so a HEIC is refused as a HEIC", async () => {
    const facts = await pickedPhotoFacts({ picked: { type: "image/heic", bytes: 3_000_000 } });
    expect(facts).toEqual({ type: "image/heic", bytes: 3_000_000 });
    expect(photoProblem(facts)).toMatchObject({ code: "photo-type", params: { type: "HEIC" } });
  });

  it("count a file that claimed a type every browser draws, yet was not drawn, as no picture", async () => {
    const facts = await pickedPhotoFacts({ picked: { type: "image/png", bytes: 5000 } });
    expect(facts).toEqual({ type: UNREADABLE, bytes: 5000 });
    expect(await pickedPhotoFacts({ picked: { type: "", bytes: 10 } })).toEqual({
      type: UNREADABLE,
      bytes: 10,
    });
  });
});
