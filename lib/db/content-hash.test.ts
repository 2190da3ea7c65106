import { describe, expect, it } from "vitest";
import { contentHash } from "./save-article";

describe("contentHash", () => {
  const text = "Six soldiers were killed on Friday near Sukhnah, the Observatory said.";

  it.each(["200B", "200C", "200D", "FEFF", "2060", "00AD", "200E", "202E"])("ignores the format character U+%s", (hex) => {
    const mark = String.fromCodePoint(Number.parseInt(hex, 16));
    expect(contentHash(text.replace("Sukhnah", `Sukh${mark}nah`))).toBe(contentHash(text));
    expect(contentHash(`${mark}${text}`)).toBe(contentHash(text));
  });

  it("takes composed and decomposed accents, and any run of white space, as the same", () => {
    const accented = "Deux soldats ont été tués près de Soukhna.";
    expect(contentHash(accented.normalize("NFD"))).toBe(contentHash(accented));
    expect(contentHash(`  ${text.replaceAll(" ", "\n\t ")} `)).toBe(contentHash(text));
  });

  it("still tells different texts apart", () => {
    expect(contentHash(text.replace("Six", "Seven"))).not.toBe(contentHash(text));
  });
});
