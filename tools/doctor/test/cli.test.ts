// The doctor's command line, without a cluster: usage errors exit 2, --help exits 0, a wrong
// environment fails before any cluster is contacted. Its checks run against a real API server in
// cluster-test/ (npm run e2e:cluster).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DOCTOR = path.resolve(import.meta.dirname, "../src/cli.ts");
const doctor = (...args: string[]) =>
  spawnSync(process.execPath, [DOCTOR, ...args], {
    encoding: "utf8",
    env: { ...process.env, KUBECONFIG: "/nonexistent" },
  });

describe("npm run doctor", () => {
  it("answers --help on stdout with exit 0", () => {
    const run = doctor("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run doctor -- <environment>/);
  });

  it.each([[[]], [["sandbox", "gov-dev"]], [["sandbox", "--bogus"]]])(
    "exits 2 with the usage for %j",
    (args) => {
      const run = doctor(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^✗ .+\nusage: npm run doctor/);
    },
  );

  it("names the settings file of an unknown environment, before contacting any cluster", () => {
    const run = doctor("nowhere");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("environments/nowhere.yaml");
  });

  it("says which kubeconfig it cannot read, and how to fix it", () => {
    const run = doctor("sandbox");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/nonexistent: cannot read the kubeconfig");
    expect(run.stderr).toContain("fix: log in with oc login, or set KUBECONFIG");
  });
});
