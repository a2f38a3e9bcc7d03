// One source for each fact: the settings' meanings and fixes live in the schema's metadata, the gate's
// rules in gate/rules.ts; the error messages, the findings and the generated docs/settings.md and
// docs/gate-rules.md read them from there, and the committed documents may not drift.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { docsDrift, GENERATED_DOCS, writeDocs } from "../src/docs.ts";
import type { Finding } from "../src/gate/finding.ts";
import { podSecurityFindings } from "../src/gate/pod-security.ts";
import { projectFindings } from "../src/gate/project-rules.ts";
import { EXTERNAL_RULES, externalRule, LAYERS, RULES, type RuleId } from "../src/gate/rules.ts";
import { parseSettings, SettingsError } from "../src/settings/load-settings.ts";
import { fixOf, settingFields, settingsReference } from "../src/settings/settings-reference.ts";
import { REPO, sandboxText } from "./helpers.ts";

const GATE = path.join(REPO, "tools/manifests/src/gate");
const REGISTRY_FILES = new Set(["rules.ts", "rules-reference.ts"]);

/** The gate's sources (not the registry itself), relative to src/gate. */
function gateSources(): Map<string, string> {
  const files = readdirSync(GATE, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".ts") && !REGISTRY_FILES.has(file),
  );
  return new Map(files.map((file) => [file, readFileSync(path.join(GATE, file), "utf8")]));
}

describe("the settings' metadata", () => {
  it("describes every field of the schema", () => {
    const fields = settingFields();
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((field) => !field.node.description).map((field) => field.path)).toEqual([]);
  });

  it("gives a field's fix, or the nearest enclosing field's, as errors name them", () => {
    expect(fixOf("theme.contextualLinks.0.href.en")).toBe(
      "use an absolute https:// URL, the page in that language",
    );
    expect(fixOf("theme.featured.2.title.fr")).toBe("write the text in that language");
    expect(fixOf("sizes.harvestRun.memoryLimit")).toBe(
      "use a byte quantity with its unit, such as 1Gi, not smaller than `memory`",
    );
    expect(fixOf("postgres.backups.storage")).toBe("use a byte quantity with its unit, such as 20Gi");
    expect(fixOf("ckan.webWorkers")).toBeUndefined();
    expect(fixOf("no.such.field")).toBeUndefined();
  });

  it("is where an invalid file's fix comes from", () => {
    const text = sandboxText().replace(/^host: .*$/m, "host: Not A Host");
    const error = (() => {
      try {
        parseSettings(text, "environments/sandbox.yaml");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems.map(({ field, fix }) => ({ field, fix }))).toEqual([
      { field: "host", fix: fixOf("host") },
    ]);
  });

  it("lists each field in docs/settings.md with its type, default, allowed values and meaning", () => {
    const lines = settingsReference().split("\n");
    expect(lines).toContain(
      "| `ckan.webWorkers` | integer | `2` | 1 to 16 | gunicorn worker processes per web pod (the default fits the sandbox CPU quota) |",
    );
    expect(lines).toContain(
      "| `postgres.backups.storage` | byte quantity (512Mi, 1Gi, 1G) | `20Gi` |  | size of the backup repository volume. Fix: use a byte quantity with its unit, such as 20Gi. |",
    );
    expect(lines.filter((line) => line.startsWith("| `sizes.pooler` |"))).toEqual([
      '| `sizes.pooler` | mapping | `{"cpu":"100m","memory":"64Mi","memoryLimit":"256Mi"}` |  | each PgBouncer pod of an operator\'s pooler |',
    ]);
  });
});

describe("the gate's rule registry", () => {
  it("holds every rule id the gate's findings use, and each of its rules is used", () => {
    const families = new Set(Object.keys(RULES).map((id) => id.split("/")[0]!));
    const literal = new RegExp(`"((?:${[...families].join("|")})/[A-Za-z0-9-]+)"`, "g");
    const used = new Set(
      [...gateSources().values()].flatMap((text) => [...text.matchAll(literal)].map((m) => m[1]!)),
    );
    expect([...used].filter((id) => !(id in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((id) => !used.has(id))).toEqual([]);
  });

  it("marks the families other tools name, and each is made through externalRule()", () => {
    const text = [...gateSources().values()].join("\n");
    expect(
      Object.keys(EXTERNAL_RULES).filter((family) => !text.includes(`externalRule("${family}"`)),
    ).toEqual([]);
    expect(externalRule("shellcheck", "SC2086")).toBe("shellcheck/SC2086");
  });

  it("refuses, as a type error, a rule id it does not hold", () => {
    // @ts-expect-error an id the registry does not hold
    const unknown: RuleId = "pss/no-such-rule";
    // @ts-expect-error another tool's id is made by externalRule(), not written by hand
    const handWritten: Finding["rule"] = "shellcheck/SC2086";
    const known: RuleId = "pss/seccomp";
    expect([unknown, handWritten, known]).toHaveLength(3);
  });

  it("gives every rule a layer, a check and a fix, and every layer a rule", () => {
    const rules = [...Object.values(RULES), ...Object.values(EXTERNAL_RULES)];
    expect(rules.filter((rule) => !rule.checks || !rule.fix)).toEqual([]);
    expect(Object.keys(LAYERS).filter((layer) => !rules.some((rule) => rule.layer === layer))).toEqual([]);
  });

  it("is where a finding's fix comes from when the fix is the rule's", () => {
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p" },
      spec: { containers: [{ name: "c", image: "x", securityContext: { privileged: true } }] },
    };
    const finding = podSecurityFindings([pod], "sandbox").find((f) => f.rule === "pss/privileged");
    expect(finding?.fix).toBe(RULES["pss/privileged"].fix);
    const secret = { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { a: "eA==" } };
    const values = projectFindings([secret], "sandbox", "developer-sandbox").find(
      (f) => f.rule === "secrets/no-values",
    );
    expect(values?.fix).toBe(RULES["secrets/no-values"].fix);
  });
});

describe("the generated references", () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  /** A workspace holding only a copy of the committed docs/. */
  const docsCopy = () => {
    scratch = mkdtempSync(path.join(tmpdir(), "registries-"));
    cpSync(path.join(REPO, "docs"), path.join(scratch, "docs"), { recursive: true });
    return scratch;
  };

  it("are committed as their sources generate them (npm run docs)", async () => {
    expect(Object.keys(GENERATED_DOCS)).toEqual(["docs/settings.md", "docs/gate-rules.md"]);
    expect(await docsDrift(REPO)).toEqual([]);
  });

  it("drift when a committed one is edited or missing, and npm run docs restores them", async () => {
    const root = docsCopy();
    const settings = path.join(root, "docs/settings.md");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(
        "| `ckan.webWorkers` | integer | `2` |",
        "| `ckan.webWorkers` | integer | `3` |",
      ),
    );
    rmSync(path.join(root, "docs/gate-rules.md"));
    expect(await docsDrift(root)).toEqual(["docs/settings.md", "docs/gate-rules.md"]);
    expect(await writeDocs(root)).toEqual(["docs/settings.md", "docs/gate-rules.md"]);
    expect(await docsDrift(root)).toEqual([]);
    expect(await writeDocs(root)).toEqual([]);
    expect(readdirSync(path.join(root, "docs")).filter((file) => file.endsWith(".tmp"))).toEqual([]);
  });

  it("list every rule of the registry in docs/gate-rules.md", () => {
    const text = readFileSync(path.join(REPO, "docs/gate-rules.md"), "utf8");
    expect(Object.keys(RULES).filter((id) => !text.includes(`| \`${id}\` |`))).toEqual([]);
    expect(text).toContain(
      `| \`pss/privileged\` | ${RULES["pss/privileged"].checks} | ${RULES["pss/privileged"].fix} |`,
    );
  });
});
