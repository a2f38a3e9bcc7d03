// Layer 3 of the validation gate: the Dockerfile rules (on dockerfile-ast), actionlint, shellcheck and
// kube-linter, each on the repository itself and on small broken inputs in temporary directories.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Finding } from "../src/gate/finding.ts";
import { ACTIONLINT_VERSION, actionlintFindings, workflowFiles } from "../src/gate/linters/actionlint.ts";
import { dockerfileFindings, dockerfiles } from "../src/gate/linters/dockerfile.ts";
import { KUBE_LINTER_VERSION, kubeLinterFindings } from "../src/gate/linters/kube-linter.ts";
import { shellScripts } from "../src/gate/linters/repository-files.ts";
import { batches, shellcheckFindings } from "../src/gate/linters/shellcheck.ts";
import { REPO } from "./helpers.ts";

const TOOLS = path.join(REPO, ".tools/bin");

const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory holding the given files (and nothing on its own PATH). */
function scratch(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "gate-linters-"));
  scratchDirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const brief = (findings: readonly Finding[]) => findings.map((f) => [f.rule, f.object, f.path]);

describe("Dockerfile rules", () => {
  const VERSIONS =
    "# renovate: datasource=docker depName=docker.io/library/python\nBASE_IMAGE=docker.io/library/python:3.11.14-slim-bookworm\n";
  const GOOD = [
    "ARG BASE_IMAGE",
    "FROM ${BASE_IMAGE}",
    "RUN mkdir -p /srv/data \\",
    " && chgrp -R 0 /srv/data \\",
    " && chmod -R g=u /srv/data",
    "USER 1001",
    "",
  ].join("\n");

  async function lint(dockerfile: string, versions = VERSIONS): Promise<(string | undefined)[][]> {
    const root = scratch({ "images/demo/Dockerfile": dockerfile, "images/demo/versions.env": versions });
    // An edited FROM may leave BASE_IMAGE unused: the build-args rule's own tests are below.
    return brief((await dockerfileFindings(root)).filter((f) => f.rule !== "dockerfile/build-args"));
  }

  it("should find the repository's three Dockerfiles", async () => {
    expect(await dockerfiles(REPO)).toEqual([
      "images/ckan/Dockerfile",
      "images/postgres/Dockerfile",
      "images/solr/Dockerfile",
    ]);
  });

  it("should pass the repository's Dockerfiles", async () => {
    expect(await dockerfileFindings(REPO)).toEqual([]);
  });

  it("should pass a compliant Dockerfile", async () => {
    expect(await lint(GOOD)).toEqual([]);
  });

  it("should forbid FROM python:latest", async () => {
    expect(await lint(GOOD.replace("FROM ${BASE_IMAGE}", "FROM python:latest"))).toEqual([
      ["dockerfile/no-latest", "images/demo/Dockerfile", "2:6"],
    ]);
  });

  it("should forbid latest coming from versions.env, naming the resolved value", async () => {
    const root = scratch({
      "images/demo/Dockerfile": GOOD,
      "images/demo/versions.env": "BASE_IMAGE=python:latest\n",
    });
    const [finding, ...rest] = await dockerfileFindings(root);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "dockerfile/no-latest",
      severity: "error",
      overlay: "",
      path: "2:6",
    });
    expect(finding!.message).toBe("FROM ${BASE_IMAGE} (= python:latest) uses the tag latest");
  });

  it("should require a tag on FROM python", async () => {
    expect(await lint(GOOD.replace("FROM ${BASE_IMAGE}", "FROM python"))).toEqual([
      ["dockerfile/pinned-base-image", "images/demo/Dockerfile", "2:6"],
    ]);
  });

  it("should require the base image's build arg in versions.env", async () => {
    const [finding, ...rest] = await dockerfileFindings(
      scratch({ "images/demo/Dockerfile": GOOD, "images/demo/versions.env": "" }),
    );
    expect(rest).toEqual([]);
    expect(finding!.rule).toBe("dockerfile/pinned-base-image");
    expect(finding!.message).toBe(
      "FROM ${BASE_IMAGE}: build arg BASE_IMAGE has no value in images/demo/versions.env nor a default",
    );
    expect(finding!.fix).toBe(
      "add BASE_IMAGE=<registry>/<image>:<tag> to images/demo/versions.env (with its renovate: comment)",
    );
  });

  it("should accept a digest, and earlier stages and scratch as bases", async () => {
    const dockerfile = [
      "FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS builder",
      "FROM scratch AS empty",
      "FROM builder",
      "COPY --from=builder /a /b",
      GOOD.split("\n").slice(2).join("\n"),
    ].join("\n");
    expect(await lint(dockerfile)).toEqual([]);
  });

  it("should forbid COPY --from an image tagged latest", async () => {
    expect(
      await lint(GOOD.replace("USER 1001", "COPY --from=busybox:latest /bin/sh /bin/sh\nUSER 1001")),
    ).toEqual([["dockerfile/no-latest", "images/demo/Dockerfile", "6:13"]]);
  });

  it("should forbid ADD from a URL, in shell and exec form", async () => {
    const add =
      'ADD https://example.com/tool.tgz /opt/\nADD ["https://example.com/b.tgz", "/opt/"]\nADD local.tgz /opt/\n';
    expect(await lint(GOOD.replace("USER 1001", `${add}USER 1001`))).toEqual([
      ["dockerfile/no-add-url", "images/demo/Dockerfile", "6:1"],
      ["dockerfile/no-add-url", "images/demo/Dockerfile", "7:1"],
    ]);
  });

  it("should require a USER in the final stage", async () => {
    expect(await lint(GOOD.replace("USER 1001\n", ""))).toEqual([
      ["dockerfile/non-root-user", "images/demo/Dockerfile", "2:1"],
    ]);
  });

  it("should judge only the last stage's USER", async () => {
    const dockerfile = `ARG BASE_IMAGE\nFROM python:3.11 AS builder\nUSER 1001\n${GOOD.replace("ARG BASE_IMAGE\n", "").replace("USER 1001\n", "")}`;
    expect(await lint(dockerfile)).toEqual([["dockerfile/non-root-user", "images/demo/Dockerfile", "4:1"]]);
  });

  it("should require a FROM's build arg to be declared before the first FROM", async () => {
    const dockerfile = `FROM python:3.11 AS builder\n${GOOD}`;
    expect(await lint(dockerfile)).toEqual([
      ["dockerfile/pinned-base-image", "images/demo/Dockerfile", "3:6"],
    ]);
  });

  it("should forbid a final USER root or 0", async () => {
    expect(await lint(GOOD.replace("USER 1001", "USER root"))).toEqual([
      ["dockerfile/non-root-user", "images/demo/Dockerfile", "6:1"],
    ]);
    expect(await lint(GOOD.replace("USER 1001", "USER 1001\nUSER 0:0"))).toEqual([
      ["dockerfile/non-root-user", "images/demo/Dockerfile", "7:1"],
    ]);
  });

  it("should require a numeric USER", async () => {
    const root = scratch({
      "images/demo/Dockerfile": GOOD.replace("USER 1001", "USER ckan"),
      "images/demo/versions.env": VERSIONS,
    });
    const findings = await dockerfileFindings(root);
    expect(brief(findings)).toEqual([["dockerfile/non-root-user", "images/demo/Dockerfile", "6:1"]]);
    expect(findings[0]!.message).toBe("the final USER ckan is not numeric");
  });

  it("should accept USER 1001:0 and root steps before it", async () => {
    expect(
      await lint(GOOD.replace("RUN mkdir", "USER 0\nRUN mkdir").replace("USER 1001", "USER 1001:0")),
    ).toEqual([]);
  });

  it("should require chgrp -R 0 in a final stage that runs as non-root", async () => {
    const root = scratch({
      "images/demo/Dockerfile": GOOD.replace(" && chgrp -R 0 /srv/data \\\n", ""),
      "images/demo/versions.env": VERSIONS,
    });
    const findings = await dockerfileFindings(root);
    expect(brief(findings)).toEqual([["dockerfile/group-zero", "images/demo/Dockerfile", "5:1"]]);
    expect(findings[0]!.message).toBe("the final stage runs as 1001 but no RUN has chgrp -R 0 <dirs>");
    expect(await lint(GOOD.replace("chgrp -R 0", "chgrp 0"))).toEqual([
      ["dockerfile/group-zero", "images/demo/Dockerfile", "6:1"],
    ]);
    expect(await lint(GOOD.replace("chgrp -R 0", "chown -R 1001:0"))).toEqual([]);
  });

  it("should require group-writable modes next to chgrp", async () => {
    const findings = await lint(GOOD.replace("chmod -R g=u", "chmod -R 0755"));
    expect(findings).toEqual([["dockerfile/group-zero", "images/demo/Dockerfile", "6:1"]]);
    expect(await lint(GOOD.replace("chmod -R g=u", "chmod -R g+rwX"))).toEqual([]);
    expect(await lint(GOOD.replace("chmod -R g=u", "chmod -R 775"))).toEqual([]);
  });

  it("should flag a created directory that chgrp and chmod do not cover", async () => {
    const root = scratch({
      "images/demo/Dockerfile": GOOD.replace(
        "mkdir -p /srv/data",
        "mkdir -p /srv/data /var/cache/demo /tmp/build",
      ),
      "images/demo/versions.env": VERSIONS,
    });
    const findings = await dockerfileFindings(root);
    expect(brief(findings)).toEqual([["dockerfile/group-zero", "images/demo/Dockerfile", "3:1"]]);
    expect(findings[0]!.message).toBe(
      "mkdir /var/cache/demo: no chgrp -R 0 and chmod g=u cover the directory it creates",
    );
  });
});

describe("build args against versions.env", () => {
  const CKAN = ["Dockerfile", "versions.env", "scripts/ckan-install"].map((file) => `images/ckan/${file}`);
  const real = Object.fromEntries(CKAN.map((file) => [file, readFileSync(path.join(REPO, file), "utf8")]));

  /** The findings of a copy of the ckan image with one file edited. */
  async function lintCkan(file?: string, edit: (text: string) => string = (text) => text) {
    const files = { ...real };
    if (file) {
      const edited = edit(files[file]!);
      expect(edited, `the edit of ${file} changed nothing`).not.toBe(files[file]);
      files[file] = edited;
    }
    return dockerfileFindings(scratch(files));
  }
  const rules = (findings: readonly Finding[]) => findings.map((f) => [f.rule, f.object, f.message]);

  it("should pass the repository's images: every key an ARG, every ARG a key, every pin used", async () => {
    expect(await lintCkan()).toEqual([]);
  });

  it("should refuse a key of versions.env with no ARG", async () => {
    const findings = await lintCkan("images/ckan/versions.env", (t) => `${t}CKANEXT_NEW_VERSION=1.0.0\n`);
    expect(brief(findings)).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/versions.env",
        `${real["images/ckan/versions.env"]!.split("\n").length}:1`,
      ],
    ]);
    expect(findings[0]!.message).toBe("CKANEXT_NEW_VERSION has no ARG in images/ckan/Dockerfile");
  });

  it("should refuse an ARG with no key", async () => {
    const findings = await lintCkan("images/ckan/Dockerfile", (t) =>
      t.replace("ARG GUNICORN_VERSION\n", "ARG GUNICORN_VERSION\nARG CKANEXT_OTHER_VERSION\n"),
    );
    expect(rules(findings)).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/Dockerfile",
        "ARG CKANEXT_OTHER_VERSION has no pin in images/ckan/versions.env",
      ],
    ]);
  });

  it("should refuse a pin whose ARG is gone", async () => {
    expect(
      rules(await lintCkan("images/ckan/Dockerfile", (t) => t.replace("ARG CKANEXT_DCAT_VERSION\n", ""))),
    ).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/versions.env",
        "CKANEXT_DCAT_VERSION has no ARG in images/ckan/Dockerfile",
      ],
      [
        "dockerfile/build-args",
        "images/ckan/Dockerfile",
        "the stage that runs ckan-install does not declare ARG CKANEXT_DCAT_VERSION",
      ],
    ]);
  });

  it("should refuse a pin that ckan-install does not install and nothing else uses", async () => {
    expect(
      rules(
        await lintCkan("images/ckan/scripts/ckan-install", (t) =>
          t.replace(" CKANEXT_GEOVIEW_VERSION)", ")"),
        ),
      ),
    ).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/versions.env",
        "CKANEXT_GEOVIEW_VERSION is declared but nothing uses it: no instruction of images/ckan/Dockerfile names it and no install script it runs installs it",
      ],
    ]);
  });

  it("should refuse a ckan-install pin that versions.env does not have", async () => {
    expect(
      rules(
        await lintCkan("images/ckan/scripts/ckan-install", (t) =>
          t.replace("pins=(CKAN_VERSION ", "pins=(CKAN_VERSION CKANEXT_FOO_VERSION "),
        ),
      ),
    ).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/scripts/ckan-install",
        "pins CKANEXT_FOO_VERSION, which images/ckan/versions.env does not have",
      ],
    ]);
  });

  it("should refuse an install pin declared in another stage than the one that runs ckan-install", async () => {
    expect(
      rules(
        await lintCkan("images/ckan/Dockerfile", (t) =>
          t
            .replace("ARG GUNICORN_VERSION\n", "")
            .replace("ARG CKAN_PLUGINS\n", "ARG CKAN_PLUGINS\nARG GUNICORN_VERSION\n"),
        ),
      ),
    ).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/Dockerfile",
        "the stage that runs ckan-install does not declare ARG GUNICORN_VERSION",
      ],
    ]);
  });

  it("should refuse a versions.env line the one parser cannot read", async () => {
    const findings = await lintCkan("images/ckan/versions.env", (t) => `${t}export FOO=1\n`);
    expect(rules(findings)).toEqual([
      [
        "dockerfile/build-args",
        "images/ckan/versions.env",
        `images/ckan/versions.env:${real["images/ckan/versions.env"]!.split("\n").length}: expected KEY=value, got "export FOO=1"`,
      ],
    ]);
  });
});

describe("actionlint", () => {
  const GOOD_WORKFLOW = [
    "name: ci",
    "on: push",
    "jobs:",
    "  test:",
    "    runs-on: ubuntu-24.04",
    "    strategy:",
    "      matrix:",
    "        node: [22, 24]",
    "    steps:",
    "      - uses: actions/checkout@v4",
    '      - run: echo "node ${{ matrix.node }}"',
    "",
  ].join("\n");

  it("should pass the repository's workflows", async () => {
    expect(await workflowFiles(REPO)).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/e2e-kind.yml",
      ".github/workflows/images.yml",
    ]);
    expect(await actionlintFindings(REPO, { toolsDir: TOOLS })).toEqual([]);
  });

  it("should pass a good workflow", async () => {
    const root = scratch({ ".github/workflows/ci.yml": GOOD_WORKFLOW });
    expect(await actionlintFindings(root, { toolsDir: TOOLS })).toEqual([]);
  });

  it("should report an undefined matrix property", async () => {
    const root = scratch({ ".github/workflows/ci.yml": GOOD_WORKFLOW.replace("matrix.node", "matrix.foo") });
    const findings = await actionlintFindings(root, { toolsDir: TOOLS });
    expect(brief(findings)).toEqual([["actionlint/expression", ".github/workflows/ci.yml", "11:29"]]);
    expect(findings[0]!.message).toContain('property "foo" is not defined');
  });

  it("should report an unknown key, in .yaml files too", async () => {
    const root = scratch({
      ".github/workflows/release.yaml": GOOD_WORKFLOW.replace("    strategy:", "    strateg:"),
    });
    expect(brief(await actionlintFindings(root, { toolsDir: TOOLS }))).toContainEqual([
      "actionlint/syntax-check",
      ".github/workflows/release.yaml",
      "6:5",
    ]);
  });

  it("should give the install command when actionlint is missing", async () => {
    const root = scratch({ ".github/workflows/ci.yml": GOOD_WORKFLOW });
    const findings = await actionlintFindings(root, { toolsDir: scratch(), searchPath: "" });
    expect(brief(findings)).toEqual([["actionlint/missing", ".github/workflows", ""]]);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.fix).toBe(
      `GOBIN="${path.join(root, ".tools/bin")}" go install github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}  (tools/workspace-setup/setup.sh render does this)`,
    );
  });

  it("should pin the version that setup.sh installs", () => {
    const setup = readFileSync(path.join(REPO, "tools/workspace-setup/setup.sh"), "utf8");
    expect(/^ACTIONLINT_VERSION=(\S+)$/m.exec(setup)?.[1]).toBe(ACTIONLINT_VERSION);
    expect(
      execFileSync(path.join(TOOLS, "actionlint"), ["-version"], { encoding: "utf8" }).split("\n")[0],
    ).toBe(ACTIONLINT_VERSION);
  });
});

describe("shellcheck", () => {
  /** A temporary git repository with the given files (untracked files count, ignored ones do not). */
  function gitRepo(files: Record<string, string>): string {
    const root = scratch(files);
    execFileSync("git", ["init", "-q"], { cwd: root });
    return root;
  }

  const CLEAN = '#!/usr/bin/env bash\nset -euo pipefail\ncd "$(dirname "$0")"\n';

  it("should find scripts by shebang or directive, not by extension", () => {
    const root = gitRepo({
      "bin/start": CLEAN,
      "lib/common.sh": "# shellcheck shell=bash\nhelper() { :; }\n",
      "initdb/10-init.sh": "#!/bin/sh\ntrue\n",
      "notes.txt": "#!/usr/bin/env python3\n",
      "manifests/render.sh": CLEAN,
      "ignored.sh": CLEAN,
      ".gitignore": "ignored.sh\n",
    });
    expect(shellScripts(root)).toEqual(["bin/start", "initdb/10-init.sh", "lib/common.sh"]);
  });

  it("should find the repository's kinds of scripts", () => {
    const scripts = shellScripts(REPO);
    expect(scripts).toContain("images/ckan/scripts/ckan-bootstrap");
    expect(scripts).toContain("tools/workspace-setup/setup.sh");
    expect(scripts).toContain(".ci/run");
  });

  it("should pass the repository's scripts", async () => {
    expect(await shellcheckFindings(REPO)).toEqual([]);
  });

  it("should report a broken script with its code, line and column", async () => {
    const root = gitRepo({ "bin/start": CLEAN, "bin/broken": "#!/bin/sh\ncd /srv\necho $1\n" });
    const findings = await shellcheckFindings(root);
    expect(brief(findings)).toEqual([
      ["shellcheck/SC2164", "bin/broken", "2:1"],
      ["shellcheck/SC2086", "bin/broken", "3:6"],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "warning: Use 'cd ... || exit' or 'cd ... || return' in case cd fails.",
      "info: Double quote to prevent globbing and word splitting.",
    ]);
    expect(findings[1]!.fix).toBe("apply shellcheck's fix: shellcheck -x -f diff bin/broken | git apply");
  });

  it("should report broken scripts in different batches in the scripts' order", async () => {
    const root = gitRepo({
      "a/big": `#!/bin/sh\n${"true\n".repeat(50)}cd /srv\n`,
      "b/small": "#!/bin/sh\necho $1\n",
      "c/clean": CLEAN,
    });
    expect(batches(root, shellScripts(root), 2)).toEqual([["a/big"], ["b/small", "c/clean"]]);
    expect(brief(await shellcheckFindings(root))).toEqual([
      ["shellcheck/SC2164", "a/big", "52:1"],
      ["shellcheck/SC2086", "b/small", "2:6"],
    ]);
  });

  it("should give the install command when shellcheck is missing", async () => {
    const root = gitRepo({ "bin/start": CLEAN });
    const findings = await shellcheckFindings(root, { toolsDir: scratch(), searchPath: "" });
    expect(brief(findings)).toEqual([["shellcheck/missing", "1 shell scripts", ""]]);
    expect(findings[0]!.fix).toBe(
      "apt-get install -y shellcheck  (tools/workspace-setup/setup.sh test does this)",
    );
  });
});

describe("kube-linter", () => {
  it("should warn, with the install command, when kube-linter is not installed", async () => {
    const findings = await kubeLinterFindings(REPO, { toolsDir: scratch(), searchPath: "" });
    expect(brief(findings)).toEqual([["kube-linter/unavailable", "tools/manifests/kube-linter.yaml", ""]]);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.fix).toBe(
      `where the Go module proxy serves it: GOBIN="${TOOLS}" go install golang.stackrox.io/kube-linter/cmd/kube-linter@${KUBE_LINTER_VERSION} (or put a release binary of kube-linter ${KUBE_LINTER_VERSION} on PATH)`,
    );
  });

  it("should run kube-linter on each rendered overlay and map its reports (stand-in binary)", async () => {
    // A stand-in for kube-linter: records its arguments and input, answers in kube-linter's JSON shape.
    const tools = scratch();
    const record = path.join(tools, "record");
    const report = {
      Reports: [
        {
          Diagnostic: { Message: 'container "web" does not have a read-only root file system' },
          Check: "no-read-only-root-fs",
          Remediation: "Set readOnlyRootFilesystem to true in the container securityContext.",
          Object: {
            Metadata: { FilePath: "demo.yaml" },
            K8sObject: {
              Namespace: "demo",
              Name: "web",
              GroupVersionKind: { Group: "apps", Version: "v1", Kind: "Deployment" },
            },
          },
        },
      ],
    };
    writeFileSync(
      path.join(tools, "kube-linter"),
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\ncat "$6" >> '${record}'\ncat <<'EOF'\n${JSON.stringify(report)}\nEOF\nexit 1\n`,
    );
    chmodSync(path.join(tools, "kube-linter"), 0o755);
    const manifests = scratch({
      "overlays/demo/kustomization.yaml": "resources: [config.yaml]\nnamespace: demo\n",
      "overlays/demo/config.yaml":
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n",
    });

    const findings = await kubeLinterFindings(REPO, {
      toolsDir: tools,
      searchPath: "",
      manifestsDir: manifests,
    });

    expect(findings.map((f) => [f.rule, f.overlay, f.object, f.severity])).toEqual([
      ["kube-linter/no-read-only-root-fs", "demo", "Deployment/web", "error"],
    ]);
    expect(findings[0]!.fix).toBe(
      'Set readOnlyRootFilesystem to true in the container securityContext. If this object is a justified exception, annotate it ignore-check.kube-linter.io/no-read-only-root-fs: "<why>"',
    );
    const [lint, format, json, config, configFile, input, ...rendered] = readFileSync(record, "utf8").split(
      "\n",
    );
    expect([lint, format, json, config, configFile]).toEqual([
      "lint",
      "--format",
      "json",
      "--config",
      path.join(REPO, "tools/manifests/kube-linter.yaml"),
    ]);
    expect(path.basename(input!)).toBe("demo.yaml");
    expect(parse(rendered.join("\n"))).toEqual({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "settings", namespace: "demo" },
      data: { a: "b" },
    });
  });

  it("should enable the opt-in checks and give every exclusion a reason", () => {
    const text = readFileSync(path.join(REPO, "tools/manifests/kube-linter.yaml"), "utf8");
    const config = parse(text) as {
      checks: { include: string[]; exclude: string[] };
      customChecks: { name: string; template: string }[];
    };
    expect(config.checks.include).toEqual(
      expect.arrayContaining(["no-liveness-probe", "no-readiness-probe", "cpu-requests"]),
    );
    // Not yet: no NetworkPolicies exist, and no pod calls the API (no ServiceAccount to separate).
    expect(config.checks.include).not.toContain("non-isolated-pod");
    expect(config.checks.include).not.toContain("default-service-account");
    expect(config.checks.exclude).toEqual(["job-ttl-seconds-after-finished", "unset-cpu-requirements"]);
    // Each exclusion is preceded by its reason, in a comment.
    for (const check of config.checks.exclude)
      expect(text).toMatch(new RegExp(`#[^\\n]*\\n\\s*- ${check}\\n`));
    expect(config.customChecks.map((c) => [c.name, c.template])).toEqual([
      ["cpu-requests", "cpu-requirements"],
    ]);
  });
});
