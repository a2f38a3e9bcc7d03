import { describe, expect, it } from "vitest";
import { userProblem } from "../src/image-contract.ts";

describe("userProblem", () => {
  it.each(["1001", "8983", "1001:0", "999:999"])("accepts the numeric non-root USER %s", (user) => {
    expect(userProblem(user)).toBeUndefined();
  });
  it.each([
    ["", "declares no USER, so it runs as root"],
    ["0", "declares USER 0 (root)"],
    ["0:0", "declares USER 0:0 (root)"],
    ["root", "declares USER root, a name the kubelet cannot check against runAsNonRoot"],
    ["ckan:0", "declares USER ckan:0, a name the kubelet cannot check against runAsNonRoot"],
  ])("refuses USER %j", (user, problem) => {
    expect(userProblem(user)).toBe(problem);
  });
});
