import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translator.js";
import { MAX_PHOTO_BYTES, photoProblem, UNREADABLE } from "./photo.js";
import { inspectPhoto } from "./photo-inspect.js";

const picture = (alpha: number, format: "png" | "webp" | "jpeg" = "png") =>
  sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 200, g: 80, b: 40, alpha } } })
    .toFormat(format)
    .toBuffer();

describe("whether a picture can be used as a photo", () => {
  it("takes an opaque JPEG, PNG or WebP within 10MB", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"]) {
      expect(photoProblem({ type, bytes: MAX_PHOTO_BYTES, opaque: true })).toBeUndefined();
    }
  });

  it("refuses an iPhone's HEIC, a PDF and a Word file by their names, saying which types it takes", () => {
    const translator = createTranslator();
    const heic = photoProblem({ type: "image/heic", bytes: 1000 });
    expect(heic).toMatchObject({ code: "photo-type", params: { type: "HEIC" } });
    expect(photoProblem({ type: "application/pdf", bytes: 1000 })?.params).toEqual({ type: "PDF" });
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    expect(photoProblem({ type: docx, bytes: 1000 })?.params).toEqual({ type: "DOCX" });
    expect(translator.translate("ko", "error-photo-type", heic?.params)).toMatch(
      /^HEIC 파일은 사진으로 올릴 수 없어요\. JPEG, PNG, WebP/,
    );
    expect(translator.translate("en", "error-photo-type", heic?.params)).toMatch(
      /^This HEIC file can't be used as a photo\. Please send a JPEG, PNG or WebP/,
    );
  });

  it("calls a file of a type with no known name, or of none, “this file” rather than make one up", () => {
    const translator = createTranslator();
    for (const type of ["application/x-honjok-unheard-of", "application/octet-stream", ""]) {
      const problem = photoProblem({ type, bytes: 1000 });
      expect(problem, type).toMatchObject({ code: "photo-type-unnamed", params: {} });
    }
    expect(translator.translate("ko", "error-photo-type-unnamed")).toMatch(
      /^이 파일은 사진으로 올릴 수 없어요\. JPEG/,
    );
    expect(translator.translate("en", "error-photo-type-unnamed")).toMatch(
      /^This file can't be used as a photo\. Please/,
    );
  });

  it("refuses 23.4MB naming the size sent and the 10MB limit", () => {
    const problem = photoProblem({ type: "image/jpeg", bytes: Math.round(23.4 * 1024 * 1024) });
    expect(problem).toMatchObject({ code: "photo-too-large", params: { size: "23.4MB", max: "10MB" } });
  });

  it("rounds a size up, so one just over the limit never reads as within it", () => {
    const sizeOf = (bytes: number) => photoProblem({ type: "image/png", bytes })?.params.size;
    expect(sizeOf(Math.round(10.05 * 1024 * 1024))).toBe("10.1MB");
    expect(sizeOf(MAX_PHOTO_BYTES + 1)).toBe("10.1MB");
    expect(sizeOf(Math.round(10.15 * 1024 * 1024))).toBe("10.2MB");
    expect(sizeOf(11 * 1024 * 1024)).toBe("11MB");
  });

  it("refuses a transparent background, and bytes that are no picture at all", () => {
    expect(photoProblem({ type: "image/png", bytes: 1000, opaque: false })?.code).toBe("photo-transparent");
    expect(photoProblem({ type: UNREADABLE, bytes: 1000 })?.code).toBe("photo-unreadable");
  });
});

describe("the facts read from a picture's bytes", () => {
  it("tell a PNG with see-through pixels from one whose alpha channel is all opaque", async () => {
    expect(await inspectPhoto(await picture(0.5), "image/png")).toMatchObject({
      type: "image/png",
      opaque: false,
    });
    expect(await inspectPhoto(await picture(1), "image/png")).toMatchObject({
      type: "image/png",
      opaque: true,
    });
  });

  it("go by what the bytes are, not what the file claimed: a WebP sent as image/png is a WebP", async () => {
    expect(await inspectPhoto(await picture(1, "webp"), "image/png")).toMatchObject({ type: "image/webp" });
  });

  it("call bytes that claim to be a picture but decode as none unreadable", async () => {
    const facts = await inspectPhoto(Buffer.from("not a picture"), "image/jpeg");
    expect(facts).toEqual({ type: UNREADABLE, bytes: 13 });
  });
});
