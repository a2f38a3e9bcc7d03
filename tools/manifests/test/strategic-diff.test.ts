import { describe, expect, it } from "vitest";
import {
  applyObjectSetDiff,
  applyStrategic,
  isBuiltIn,
  jsonPatchDiff,
  objectPatch,
  objectSetDiff,
  sameObjectSet,
  strategicDiff,
  type JsonObject,
} from "../src/lib/strategic-diff.ts";

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

describe("applying a diff", () => {
  it("should merge maps, delete nulls and merge keyed lists as kustomize does", () => {
    const base: JsonObject = { a: 1, b: 2, volumes: [{ name: "a", x: 1 }, { name: "b" }] };
    expect(
      applyStrategic(base, {
        b: null,
        volumes: [
          { name: "a", y: 2 },
          { name: "b", $patch: "delete" },
        ],
      }),
    ).toEqual({ a: 1, volumes: [{ name: "a", x: 1, y: 2 }] });
  });

  it.each<[JsonObject, JsonObject]>([
    // a nested map and a keyed list
    [
      { a: { b: 1 }, env: [{ name: "A", value: "1" }] },
      { a: { c: 2 }, env: [{ name: "B", value: "2" }] },
    ],
    // a list without a merge key, replaced whole
    [{ args: ["a", "b"] }, { args: ["b"] }],
  ])("should give back the target when applied to the base (%j)", (base, target) => {
    expect(applyStrategic(base, strategicDiff(base, target)!)).toEqual(target);
  });

  it("should write JSON6902 operations field by field, escaping keys, lists replaced whole", () => {
    expect(
      jsonPatchDiff(
        { metadata: { annotations: { "a/b": "1" } }, spec: { x: 1, y: [1] } },
        { metadata: { annotations: {} }, spec: { y: [2], z: 3 } },
      ),
    ).toEqual([
      { op: "remove", path: "/metadata/annotations/a~1b" },
      { op: "remove", path: "/spec/x" },
      { op: "replace", path: "/spec/y", value: [2] },
      { op: "add", path: "/spec/z", value: 3 },
    ]);
  });

  it("should address a change inside a list of the same named items by index, and replace a list that is not", () => {
    const instances = (replicas: number, cpu: string) => [
      { name: "instance1", replicas, resources: { requests: { cpu } } },
    ];
    expect(
      jsonPatchDiff(
        { spec: { instances: instances(1, "250m") } },
        { spec: { instances: instances(2, "500m") } },
      ),
    ).toEqual([
      { op: "replace", path: "/spec/instances/0/replicas", value: 2 },
      { op: "replace", path: "/spec/instances/0/resources/requests/cpu", value: "500m" },
    ]);
    expect(
      jsonPatchDiff({ spec: { instances: [{ name: "a" }] } }, { spec: { instances: [{ name: "b" }] } }),
    ).toEqual([{ op: "replace", path: "/spec/instances", value: [{ name: "b" }] }]);
    expect(
      jsonPatchDiff(
        { spec: { repos: [{ name: "a" }] } },
        { spec: { repos: [{ name: "a" }, { name: "b" }] } },
      ),
    ).toEqual([{ op: "replace", path: "/spec/repos", value: [{ name: "a" }, { name: "b" }] }]);
  });

  it.each([
    ["v1", true],
    ["apps/v1", true],
    ["networking.k8s.io/v1", true],
    ["route.openshift.io/v1", false],
    ["postgres-operator.crunchydata.com/v1beta1", false],
  ])("should tell a built-in API version (%s) from a custom resource's", (apiVersion, builtIn) => {
    expect(isBuiltIn({ apiVersion, kind: "X", metadata: { name: "x" } })).toBe(builtIn);
  });

  it("should patch a custom resource's changed list with JSON6902, and its maps with a strategic merge", () => {
    const cluster = (replicas: number, host = "a"): JsonObject => ({
      apiVersion: "example.com/v1",
      kind: "Cluster",
      metadata: { name: "c" },
      spec: { host, instances: [{ name: "i", replicas }] },
    });
    const listChange = objectSetDiff([cluster(1)], [cluster(2)]);
    expect(listChange.changed).toEqual([]);
    expect(listChange.jsonPatches).toEqual([
      {
        target: { group: "example.com", version: "v1", kind: "Cluster", name: "c" },
        operations: [{ op: "replace", path: "/spec/instances/0/replicas", value: 2 }],
      },
    ]);
    expect(objectSetDiff([cluster(1)], [cluster(1, "b")]).changed).toEqual([
      { apiVersion: "example.com/v1", kind: "Cluster", metadata: { name: "c" }, spec: { host: "b" } },
    ]);
  });

  it("should reproduce the target set: changed, custom, added and removed objects", () => {
    const config = (data: Record<string, string>, name = "c"): JsonObject => ({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name },
      data,
    });
    const custom = (size: number): JsonObject => ({
      apiVersion: "example.com/v1",
      kind: "Cluster",
      metadata: { name: "c" },
      spec: { sizes: [size] },
    });
    const from = [config({ A: "1" }), config({}, "gone"), custom(1)];
    const to = [config({ A: "2" }), custom(2), config({}, "new")];
    expect(sameObjectSet(applyObjectSetDiff(from, objectSetDiff(from, to)), to)).toBe(true);
    expect(sameObjectSet(from, to)).toBe(false);
  });
});
