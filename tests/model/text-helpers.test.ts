import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalize } from "../../src/model/capitalize";
import { COLLECTIONS, COLLECTION_NAMES, entityLabel, entityLabelWithArticle } from "../../src/model/entities";
import { slug } from "../../src/model/slug";

describe("slug", () => {
  it("keeps a-z and 0-9, one dash between runs, none at either end, even after the cut", () => {
    expect(slug("Café & Bar", 40)).toBe("cafe-bar");
    expect(slug("  --Hello, World!-- ", 40)).toBe("hello-world");
    expect(slug("日本", 40)).toBe("");
    expect(slug("abc def", 4)).toBe("abc");
    expect(slug("Été à Paris", 40)).toBe("ete-a-paris");
    expect(slug("Zoë Åström", 40)).toBe("zoe-astrom");
  });

  it("always gives a dash-free-edged id part no longer than maxLength", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (name, max) => {
        const part = slug(name, max);
        expect(part.length).toBeLessThanOrEqual(max);
        expect(part).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe("capitalize", () => {
  it("upper-cases the first character only", () => {
    expect(capitalize("painPoint")).toBe("PainPoint");
    expect(capitalize("missing evidence")).toBe("Missing evidence");
    expect(capitalize("")).toBe("");
  });
});

describe("entity labels", () => {
  it("names every kind in lower-case words, with the right article", () => {
    expect(entityLabel("painPoint")).toBe("pain point");
    expect(entityLabelWithArticle("painPoint")).toBe("a pain point");
    expect(entityLabelWithArticle("opportunity")).toBe("an opportunity");
    expect(entityLabelWithArticle("evidence")).toBe("an evidence");
    for (const name of COLLECTION_NAMES) {
      const label = entityLabel(COLLECTIONS[name].entity);
      expect(label).toMatch(/^[a-z]+(?: [a-z]+)*$/);
      expect(entityLabelWithArticle(COLLECTIONS[name].entity)).toMatch(new RegExp(`^an? ${label}$`));
    }
  });
});
