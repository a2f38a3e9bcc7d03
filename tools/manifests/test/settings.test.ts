import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettings } from "../src/settings/load-settings.ts";
import { appsDomainFromConsoleUrl } from "../src/settings/settings-from-oc.ts";
import * as prettier from "prettier";
import { CLI, copyWorkspace, editFile, REPO, runCli, sandboxText, settingsProblems } from "./helpers.ts";

const FILE = "environments/sandbox.yaml";

function problemsOf(text: string) {
  const problems = settingsProblems(text);
  if (problems.length === 0) throw new Error("expected the settings to be rejected");
  return problems;
}

describe("environment settings", () => {
  it("should accept the committed sandbox settings and apply documented defaults", () => {
    const settings = parseSettings(sandboxText().replace(/\n {2}webTimeoutSeconds: 60/, ""), FILE);
    expect(settings.namespace).toBe("ckan-dev");
    expect(settings.ckan.webTimeoutSeconds).toBe(60);
  });

  it.each([
    // [as written in the file, as rendered (Kubernetes' canonical form)]
    ["cpu: 0.5", "500m"],
    ["cpu: 500m", "500m"],
    ["cpu: 1", "1"],
    ['cpu: "1.5"', "1500m"],
    ["cpu: 2000m", "2"],
    ["cpu: 5e-1", "500m"],
    ["memory: 1Gi", "1Gi"],
    ["memory: 512Mi", "512Mi"],
    ["memory: 0.75Gi", "768Mi"],
    ["memory: 1e9", "1G"],
    ["memory: 1G", "1G"],
    ["memory: 1000000000", "1G"],
    ["memory: 768M", "768M"],
  ])("should accept %s as Kubernetes does, rendering %s", (written, rendered) => {
    const [key] = written.split(":");
    const text = sandboxText().replace(
      /^( {2}ckanWorker: \{ )cpu: 250m, memory: 512Mi/m,
      key === "cpu" ? `$1${written}, memory: 512Mi` : `$1cpu: 250m, ${written}`,
    );
    const size = parseSettings(text, FILE).sizes.ckanWorker;
    expect(key === "cpu" ? size.cpu : size.memory).toBe(rendered);
  });

  it("should default the harvest schedule and sizes for an environment that sets none", () => {
    const text = sandboxText()
      .replace(/\nharvest:\n {2}schedule: .*\n/, "\n")
      .replace(/\n {2}harvest(Gather|Fetch|Run): .*/g, "");
    const settings = parseSettings(text, FILE);
    expect(settings.harvest.schedule).toBe("*/15 * * * *");
    expect(settings.sizes.harvestRun).toEqual({ cpu: "100m", memory: "384Mi", memoryLimit: "768Mi" });
  });

  it.each([
    // [what is wrong, the edit, field, message]
    [
      "an unknown key (a typo)",
      (t: string) => t.replace("siteId:", "siteID:"),
      "ckan.siteID",
      'unknown key "siteID"',
    ],
    [
      "an invalid namespace",
      (t: string) => t.replace("namespace: ckan-dev", "namespace: Ckan_Dev"),
      "namespace",
      'must be a DNS label (got "Ckan_Dev")',
    ],
    [
      "an invalid host",
      (t: string) => t.replace(/^host: .*$/m, "host: https://ckan.example.com/"),
      "host",
      'must be a lowercase DNS name with at least two labels (got "https://ckan.example.com/")',
    ],
    [
      "a malformed quantity",
      (t: string) => t.replace("cpu: 500m, memory: 768Mi", "cpu: lots, memory: 768Mi"),
      "sizes.ckan.cpu",
      'must be a CPU quantity (got "lots")',
    ],
    [
      "a memory size without its unit",
      (t: string) => t.replace("cpu: 500m, memory: 768Mi", "cpu: 500m, memory: 768"),
      "sizes.ckan.memory",
      "is 768 bytes: a number without a unit counts bytes (got 768)",
    ],
    [
      "a CPU amount finer than a millicore",
      (t: string) => t.replace("cpu: 500m, memory: 768Mi", "cpu: 0.0005, memory: 768Mi"),
      "sizes.ckan.cpu",
      "must be at least 1m, in whole millicores (the API server refuses finer CPU amounts) (got 0.0005)",
    ],
    [
      "a limit below the request",
      (t: string) => t.replace("memoryLimit: 256Mi", "memoryLimit: 32Mi"),
      "sizes.redis.memoryLimit",
      'must not be smaller than memory (got "32Mi")',
    ],
    [
      "a wrong type",
      (t: string) => t.replace("webWorkers: 2", 'webWorkers: "two"'),
      "ckan.webWorkers",
      'Invalid input: expected number, received string (got "two")',
    ],
    [
      "a theme link that is not https",
      (t: string) => t.replace('en: "https://open.canada.ca/en"', 'en: "http://open.canada.ca/en"'),
      "theme.contextualLinks.0.href.en",
      'must be an absolute https:// URL (got "http://open.canada.ca/en")',
    ],
    [
      "a featured link that is neither a path nor https",
      (t: string) =>
        t.replace(
          "\ntheme:\n",
          '\ntheme:\n  featured:\n    - title: { en: A, fr: B }\n      description: { en: C, fr: D }\n      href: { en: "http://x.ca", fr: /fr/ }\n',
        ),
      "theme.featured.0.href.en",
      'must be a path on the portal or an https:// URL (got "http://x.ca")',
    ],
    [
      "a department name missing its French",
      (t: string) => t.replace(/\n {4}fr: Secrétariat[^\n]*/, ""),
      "theme.departmentName.fr",
      "is required (expected string, received undefined)",
    ],
    [
      "a malformed harvest schedule",
      (t: string) => t.replace('schedule: "*/15 * * * *"', 'schedule: "every 15 minutes"'),
      "harvest.schedule",
      'must be a five-field cron schedule (got "every 15 minutes")',
    ],
    [
      "an operator provider on a platform without operators",
      (t: string) => `${t}\nsolr:\n  provider: solrcloud\n`,
      "solr.provider",
      'solrcloud needs an operator, and platform developer-sandbox runs none: its users cannot install operators (got "solrcloud")',
    ],
    [
      "a missing field",
      (t: string) => t.replace(/^platform: .*\n/m, ""),
      "platform",
      'is required (Invalid option: expected one of "developer-sandbox"|"openshift")',
    ],
  ])("should reject %s, naming the field and a fix", (_what, edit, field, message) => {
    const [problem, ...others] = problemsOf(edit(sandboxText()));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ field, message });
    expect(problem!.fix).not.toBe("");
  });

  it("should send an old images: block to the environment's image pins", () => {
    const [problem] = problemsOf(sandboxText() + "images:\n  registry: quay.io/my-org\n");
    expect(problem).toMatchObject({ field: "images.registry", message: 'unknown key "registry"' });
    expect(problem!.fix).toContain(
      "images holds only mirror, pullSecrets; image pins live in manifests/overlays/sandbox/images/kustomization.yaml",
    );
  });

  it("should point at the line of the offending key", () => {
    const text = sandboxText().replace("siteId:", "siteID:");
    const line = text.split("\n").findIndex((l) => l.includes("siteID:")) + 1;
    expect(problemsOf(text)[0]!.line).toBe(line);
  });

  it("should list the allowed keys when a key is unknown", () => {
    const [problem] = problemsOf(sandboxText().replace("siteId:", "siteID:"));
    expect(problem!.fix).toBe(
      "remove it or correct its spelling; keys allowed here: siteId, sysadmin, maxUploadSizeMb, webWorkers, webTimeoutSeconds, workerReplicas, workerQueues, replicas, autoscaling, config, plugins, mail",
    );
  });

  it("should report invalid YAML as such", () => {
    const [problem] = problemsOf("namespace: [ckan-dev\n");
    expect(problem!.message).toMatch(/^not valid YAML: /);
  });

  it("should derive the apps domain from the console URL", () => {
    expect(
      appsDomainFromConsoleUrl(
        "https://console-openshift-console.apps.sandbox-m2.ll9k.p1.openshiftapps.com\n",
      ),
    ).toBe("apps.sandbox-m2.ll9k.p1.openshiftapps.com");
    expect(() => appsDomainFromConsoleUrl("https://example.com")).toThrow(
      expect.objectContaining({
        fix: expect.stringContaining("set host in the environment's settings by hand"),
      }),
    );
  });
});

describe("render with bad settings", () => {
  it("should exit non-zero, name file, field and fix, and leave manifests/ untouched", () => {
    const workspace = copyWorkspace();
    try {
      editFile(workspace.root, FILE, (t) => t.replace("namespace: ckan-dev", "namespace: Ckan_Dev"));
      const before = runCli(["check"], workspace.root);
      const result = runCli(["render"], workspace.root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${FILE}:`);
      expect(result.stderr).toContain('namespace: must be a DNS label (got "Ckan_Dev")');
      expect(result.stderr).toContain("fix: use your project's name");
      // The committed tree is exactly what it was: check still compares it with a good render.
      editFile(workspace.root, FILE, (t) => t.replace("namespace: Ckan_Dev", "namespace: ckan-dev"));
      expect(runCli(["check"], workspace.root).status).toBe(0);
      expect(before.status).toBe(1);
    } finally {
      workspace.cleanup();
    }
  });
});

describe("settings-from-oc", () => {
  // No cluster exists on a build machine: a stand-in `oc` answers the two questions the command asks.
  function withFakeOc(script: string, test: (env: NodeJS.ProcessEnv, root: string) => void) {
    const workspace = copyWorkspace();
    const bin = path.join(workspace.root, "bin");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "oc"), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    try {
      test({ ...process.env, PATH: `${bin}:${process.env.PATH}` }, workspace.root);
    } finally {
      workspace.cleanup();
    }
  }

  it("should fill namespace and host from the current project and the console URL, keeping comments", () => {
    withFakeOc(
      `case "$1" in project) echo jdoe-dev ;; whoami) echo https://console-openshift-console.apps.sandbox-m2.ll9k.p1.openshiftapps.com ;; esac`,
      (env, root) => {
        const result = spawnSync(process.execPath, [CLI, "settings-from-oc", "--workspace", root], {
          env,
          encoding: "utf8",
        });
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
        const text = readFileSync(path.join(root, FILE), "utf8");
        // Only the two values changed: comments, flow mappings and quotes stay as they were.
        expect(text).toBe(
          sandboxText()
            .replace(/^namespace: .*$/m, "namespace: jdoe-dev")
            .replace(/^host: .*$/m, "host: ckan-jdoe-dev.apps.sandbox-m2.ll9k.p1.openshiftapps.com"),
        );
      },
    );
  });

  it("should leave a file that passes the repository's Prettier check (npm run lint)", async () => {
    const written = await new Promise<string>((resolve) =>
      withFakeOc(
        `case "$1" in project) echo jdoe-dev ;; whoami) echo https://console-openshift-console.apps.sandbox-m2.ll9k.p1.openshiftapps.com ;; esac`,
        (env, root) => {
          spawnSync(process.execPath, [CLI, "settings-from-oc", "--workspace", root], { env });
          resolve(readFileSync(path.join(root, FILE), "utf8"));
        },
      ),
    );
    const options = await prettier.resolveConfig(path.join(REPO, FILE));
    expect(await prettier.check(written, { ...options, filepath: FILE })).toBe(true);
  });

  it("should tell the user to log in when oc has no session, and change nothing", () => {
    withFakeOc(
      `echo "error: You must be logged in to the server (Unauthorized)" >&2; exit 1`,
      (env, root) => {
        const before = readFileSync(path.join(root, FILE), "utf8");
        const result = spawnSync(process.execPath, [CLI, "settings-from-oc", "--workspace", root], {
          env,
          encoding: "utf8",
        });
        expect(result.status).toBe(1);
        expect(result.stderr).toContain("`oc project -q` failed: error: You must be logged in");
        expect(result.stderr).toContain(
          'fix: log in with the command from the web console\'s "Copy login command"',
        );
        expect(readFileSync(path.join(root, FILE), "utf8")).toBe(before);
      },
    );
  });
});
