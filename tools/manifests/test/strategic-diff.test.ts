import { describe, expect, it } from "vitest";
import { objectPatch, strategicDiff } from "../src/lib/strategic-diff.ts";

describe("strategic diff", () => {
  it("should be empty for equal objects", () => {
    expect(strategicDiff({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toBeUndefined();
  });

  it("should keep only changed fields and null out removed ones", () => {
    expect(strategicDiff({ a: 1, b: 2, c: 3 }, { a: 1, b: 5 })).toEqual({ b: 5, c: null });
  });

  it("should merge named lists by their merge key", () => {
    const base = {
      containers: [
        {
          name: "a",
          image: "x",
          env: [
            { name: "A", value: "1" },
            { name: "B", value: "2" },
          ],
        },
      ],
    };
    const target = {
      containers: [
        {
          name: "a",
          image: "x",
          env: [
            { name: "A", value: "1" },
            { name: "B", value: "3" },
          ],
        },
      ],
    };
    expect(strategicDiff(base, target)).toEqual({
      containers: [{ name: "a", env: [{ name: "B", value: "3" }] }],
    });
  });

  it("should delete list items that the target drops", () => {
    expect(strategicDiff({ volumes: [{ name: "a" }, { name: "b" }] }, { volumes: [{ name: "a" }] })).toEqual({
      volumes: [{ name: "b", $patch: "delete" }],
    });
  });

  it("should replace lists without a merge key whole", () => {
    expect(strategicDiff({ args: ["--a", "1"] }, { args: ["--a", "2"] })).toEqual({ args: ["--a", "2"] });
  });

  it("should name the object it patches", () => {
    const base = {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "c", labels: { x: "1" } },
      data: { A: "1" },
    };
    expect(objectPatch(base, { ...base, data: { A: "2" } })).toEqual({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "c" },
      data: { A: "2" },
    });
    expect(objectPatch(base, base)).toBeUndefined();
  });
});
