// Which pods a wait reads its causes from: a workload's own, never a sibling's whose name it prefixes.
import { describe, expect, it } from "vitest";
import { ownedBy } from "../src/workloads.ts";

describe("ownedBy", () => {
  it.each([
    ["Deployment", "ckan", "ckan-77fb4669c5", true],
    ["Deployment", "ckan", "ckan-worker-5d9c8b7f6d", false],
    ["Deployment", "ckan", "ckan-harvest-fetch-77fb4669c5", false],
    ["Deployment", "ckan-worker", "ckan-worker-5d9c8b7f6d", true],
    ["StatefulSet", "postgres", "postgres", true],
    ["StatefulSet", "postgres", "postgres-0", false],
    ["Job", "ckan-bootstrap", "ckan-bootstrap", true],
    ["Job", "ckan-bootstrap", "ckan-bootstrap-x7k2p", false],
  ] as const)("%s %s owns a pod of %s: %s", (kind, name, owner, expected) => {
    expect(ownedBy(kind, name, owner)).toBe(expected);
  });
});
