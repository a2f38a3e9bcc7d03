// Every command's bad inputs, in one table (docs/cli.md): each row breaks a throw-away copy of the
// workspace (or the command line), runs the real CLI, and checks the exit code (2: the command line is
// wrong, 1: the input cannot be acted on), that the message names the file (or option), the field and
// the fix, and that nothing in the copy changed. Only oc and the container engines are stand-ins.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { copyWorkspace, runCli, standIns, treeHash, type Cli, type WorkspaceCopy } from "./cli-support.ts";

interface BadInput {
  readonly what: string;
  readonly cli: Cli;
  readonly args: readonly string[];
  /** Breaks the copy before the run. */
  readonly setup?: (copy: WorkspaceCopy) => void;
  /** Stand-ins for oc or a container engine; with them, PATH holds nothing else. */
  readonly tools?: Readonly<Record<string, string>>;
  readonly exit: 1 | 2;
  /** The file the message names (for a usage error, none: the option is the field). */
  readonly file?: string;
  readonly field: string;
  /** Words of the fix (for a usage error, of the usage line it prints). */
  readonly fix: string;
  /** A further check of the output. */
  readonly also?: (output: string, copy: WorkspaceCopy) => void;
  /** false for a line without a command: --workspace, added after the row's arguments, would be taken for one. */
  readonly workspace?: false;
}

const SANDBOX = "environments/sandbox.yaml";
const GOV_DEV = "environments/gov-dev.yaml";
const SANDBOX_PINS = "manifests/overlays/sandbox/images/kustomization.yaml";
const DIGEST = `sha256:${"ab".repeat(32)}`;
const PIN = ["pin", "ckan", "--tag", "2.11.6-1a2b3c4", "--digest", DIGEST];
const BUILD = [
  "--revision",
  "0".repeat(40),
  "--created",
  "2026-01-01T00:00:00Z",
  "--source",
  "https://x.example/r",
];

/** The setups the rows share. */
const replace =
  (file: string, from: string | RegExp, to: string) =>
  ({ file: at }: WorkspaceCopy) => {
    const text = readFileSync(at(file), "utf8");
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`the row's edit of ${file} changed nothing: ${from}`);
    writeFileSync(at(file), changed);
  };
const remove = (file: string) => (copy: WorkspaceCopy) => rmSync(copy.file(file), { recursive: true });
const rename = (from: string, to: string) => (copy: WorkspaceCopy) =>
  renameSync(copy.file(from), copy.file(to));
const write = (file: string, text: string) => (copy: WorkspaceCopy) => {
  mkdirSync(path.dirname(copy.file(file)), { recursive: true });
  writeFileSync(copy.file(file), text);
};
const copy = (from: string, to: string) => (workspace: WorkspaceCopy) =>
  cpSync(workspace.file(from), workspace.file(to), { recursive: true });

/** Adds `ckan.mail` with these fields (YAML flow mapping) to the sandbox's settings. */
const withMail = (fields: string) =>
  replace(SANDBOX, "webTimeoutSeconds: 60\n", `webTimeoutSeconds: 60\n  mail: { ${fields} }\n`);
const MAIL = "server: smtp.example.gc.ca, from: portal@example.gc.ca";

const LOGGED_OUT = 'echo "error: You must be logged in to the server (Unauthorized)" >&2; exit 1';
const ocAnswering = (project: string, console: string) =>
  `case "$1" in project) echo ${project} ;; whoami) echo ${console} ;; esac`;
const FAILING_PODMAN = `case "$1" in info) echo linux ;; *) echo "Error: creating build container: short-name resolution enforced" >&2; exit 125 ;; esac`;
// An oc whose failed apply prints back what it read, one data line in its error: the leak redact.ts stops.
const ECHOING_OC = `case " $* " in
  *" get "*) echo 'Error from server (NotFound): secrets "x" not found' >&2; exit 1 ;;
  *" apply "*) cat > "$PWD.stdin"; cat "$PWD.stdin" >&2
    echo "error: error parsing STDIN: $(grep -m1 -E '^  [A-Z][A-Z0-9_]*: ' "$PWD.stdin")" >&2; exit 1 ;;
esac`;

/** What the echoing oc received, in every form a value could leak in: none may be in the output. */
function expectNoSecretValue(output: string, copy: WorkspaceCopy): void {
  const applied = readFileSync(`${copy.root}.stdin`, "utf8");
  const encoded = parseAllDocuments(applied).flatMap((doc) =>
    Object.values((doc.toJS() as { data: Record<string, string> }).data),
  );
  expect(encoded.length).toBeGreaterThan(10);
  for (const value of encoded) {
    expect(output).not.toContain(value);
    expect(output).not.toContain(Buffer.from(value, "base64").toString("utf8"));
  }
  expect(output).toContain("<redacted>");
}

// One row per line: the table reads best unwrapped.
// prettier-ignore
const BAD_INPUTS: readonly BadInput[] = [
  // render: the command line
  { what: "an unknown option", cli: "manifests", args: ["render", "--bogus"], exit: 2, field: "'--bogus'", fix: "usage: npm run render" },
  { what: "an argument render does not take", cli: "manifests", args: ["render", "sandbox"], exit: 2, field: '"sandbox"', fix: "takes no arguments" },
  { what: "an option of another command", cli: "manifests", args: ["render", "--environment", "sandbox"], exit: 2, field: "'--environment'", fix: "usage: npm run render" },
  { what: "an unknown command", cli: "manifests", args: ["rendr"], exit: 2, field: '"rendr"', fix: "use one of render, check, validate, settings-from-oc, env, docs" },
  // render: environments deleted, renamed, misnamed or doubled
  { what: "a deleted settings file", cli: "manifests", args: ["render"], setup: remove(SANDBOX), exit: 1, file: "manifests/overlays/sandbox and manifests/argocd/sandbox", field: `${SANDBOX} is missing`, fix: "`npm run env -- remove sandbox`" },
  { what: "a renamed settings file", cli: "manifests", args: ["render"], setup: rename(SANDBOX, "environments/dev.yaml"), exit: 1, file: "manifests/overlays/sandbox and manifests/argocd/sandbox", field: "manifests/overlays/dev/images/kustomization.yaml", fix: `restore it (git checkout -- ${SANDBOX})` },
  { what: "an environment name Kubernetes refuses", cli: "manifests", args: ["render"], setup: rename(SANDBOX, "environments/Sandbox2.yaml"), exit: 1, file: "environments/Sandbox2.yaml", field: "(file name)", fix: "git mv environments/Sandbox2.yaml environments/sandbox2.yaml" },
  { what: "a settings file render would skip", cli: "manifests", args: ["render"], setup: copy(GOV_DEV, "environments/staging.yml"), exit: 1, file: "environments/staging.yml", field: "is not read", fix: "git mv environments/staging.yml environments/staging.yaml" },
  { what: "two environments on one namespace and host", cli: "manifests", args: ["render"], setup: (c) => { copy(SANDBOX, "environments/sandbox2.yaml")(c); copy("manifests/overlays/sandbox/images", "manifests/overlays/sandbox2/images")(c); }, exit: 1, file: "environments/sandbox2.yaml", field: "namespace", fix: "give each environment its own namespace and host" },
  // render: settings
  { what: "a namespace that is no DNS label", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "namespace: ckan-dev", "namespace: Ckan_Dev"), exit: 1, file: `${SANDBOX}:7:12`, field: "namespace: must be a DNS label", fix: "oc project -q" },
  { what: "a URL for a host", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /^host: .*$/m, "host: https://ckan.example.com/"), exit: 1, file: SANDBOX, field: "host:", fix: "npm run settings:from-oc" },
  { what: "a misspelt key", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "siteId:", "siteID:"), exit: 1, file: SANDBOX, field: 'ckan.siteID: unknown key "siteID"', fix: "keys allowed here: siteId" },
  { what: "broken YAML", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "namespace: ckan-dev", "namespace: [ckan-dev"), exit: 1, file: SANDBOX, field: "not valid YAML", fix: "correct the YAML syntax" },
  { what: "a CPU amount that is no quantity", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "cpu: 500m, memory: 768Mi", "cpu: lots, memory: 768Mi"), exit: 1, file: SANDBOX, field: "sizes.ckan.cpu: must be a CPU quantity", fix: "cores such as 0.5" },
  { what: "a CPU amount finer than a millicore", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "cpu: 500m, memory: 768Mi", "cpu: 0.0001, memory: 768Mi"), exit: 1, file: SANDBOX, field: "sizes.ckan.cpu: must be at least 1m", fix: "millicores such as 250m" },
  { what: "a memory size without its unit", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "cpu: 500m, memory: 768Mi", "cpu: 500m, memory: 768"), exit: 1, file: SANDBOX, field: "sizes.ckan.memory: is 768 bytes", fix: "with its unit, such as 512Mi" },
  { what: "a memory limit below the request", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "memoryLimit: 256Mi", "memoryLimit: 32Mi"), exit: 1, file: SANDBOX, field: "sizes.redis.memoryLimit: must not be smaller than memory", fix: "not smaller than `memory`" },
  { what: "an operator on a platform without operators", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "solr:\n  provider: solrcloud\n"), exit: 1, file: SANDBOX, field: "solr.provider: solrcloud needs an operator", fix: "use statefulset" },
  { what: "an external database without its address", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "postgres:\n  provider: external\n"), exit: 1, file: SANDBOX, field: "postgres.external: is required (with postgres.provider external", fix: "give it (host, port, TLS) only with postgres.provider external" },
  { what: "an external Redis without its host", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "redis:\n  provider: external\n  external: { port: 6380 }\n"), exit: 1, file: SANDBOX, field: "redis.external.host: is required", fix: "write the bare host" },
  { what: "an external port out of range", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "solr:\n  provider: external\n  external: { host: solr.example.gc.ca, port: 70000 }\n"), exit: 1, file: SANDBOX, field: "solr.external.port", fix: "port number from 1 to 65535" },
  { what: "a password in the settings", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "postgres:\n  provider: external\n  external: { host: db.example.gc.ca, sslMode: require, password: hunter2-in-git }\n"), exit: 1, file: SANDBOX, field: 'postgres.external.password: unknown key "password": a secret is never a setting', fix: "in the Secret `postgres-external`", also: (output) => expect(output).not.toContain("hunter2-in-git") },
  { what: "an external address for an in-cluster service", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "solr:\n  external: { host: solr.example.gc.ca }\n"), exit: 1, file: SANDBOX, field: "solr.external: is only read with solr.provider external", fix: "only with solr.provider external" },
  { what: "a verified TLS database without a CA", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "postgres:\n  provider: external\n  external: { host: db.example.gc.ca, sslMode: verify-full }\n"), exit: 1, file: SANDBOX, field: "postgres.external.sslMode: verify-full checks the server against trustedCaBundle", fix: "with trustedCaBundle naming the ConfigMap" },
  { what: "two web pods on a ReadWriteOnce volume", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  replicas: 2"), exit: 1, file: SANDBOX, field: "storage.uploadsAccessMode", fix: "ReadWriteMany" },
  { what: "no platform", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /^platform: .*\n/m, ""), exit: 1, file: SANDBOX, field: "platform: is required", fix: "developer-sandbox or openshift" },
  { what: "a theme link over http", cli: "manifests", args: ["render"], setup: replace(SANDBOX, '"https://open.canada.ca/en"', '"http://open.canada.ca/en"'), exit: 1, file: SANDBOX, field: "theme.contextualLinks.0.href.en", fix: "absolute https:// URL" },
  { what: "a harvest schedule that is no cron", cli: "manifests", args: ["render"], setup: replace(SANDBOX, '"*/15 * * * *"', '"every 15 minutes"'), exit: 1, file: SANDBOX, field: "harvest.schedule", fix: "five-field cron" },
  { what: "a mail port that is no number", cli: "manifests", args: ["render"], setup: withMail(`${MAIL}, port: "587/tcp"`), exit: 1, file: SANDBOX, field: "ckan.mail.port", fix: "whole number from 1 to 65535" },
  { what: "a mail server given as a URL", cli: "manifests", args: ["render"], setup: withMail("server: smtp://smtp.example.gc.ca, from: portal@example.gc.ca"), exit: 1, file: SANDBOX, field: "ckan.mail.server: must be a lowercase host name", fix: "without a scheme or port" },
  { what: "mail without a sender", cli: "manifests", args: ["render"], setup: withMail("server: smtp.example.gc.ca"), exit: 1, file: SANDBOX, field: "ckan.mail.from: is required", fix: "an address the relay lets the portal send from" },
  { what: "an unknown mail key", cli: "manifests", args: ["render"], setup: withMail(`${MAIL}, host: smtp.example.gc.ca`), exit: 1, file: SANDBOX, field: 'ckan.mail.host: unknown key "host"', fix: "keys allowed here: server, port, tls, from, user" },
  { what: "an SMTP password in the settings", cli: "manifests", args: ["render"], setup: withMail(`${MAIL}, user: portal, password: hunter2`), exit: 1, file: SANDBOX, field: 'ckan.mail.password: unknown key "password": a secret is never a setting', fix: "`npm run secrets -- <env>` creates from the variable CKAN_SMTP_PASSWORD", also: (output) => expect(output).not.toContain("hunter2") },
  { what: "a token anywhere in the settings", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "siteId: default", "siteId: default\n  apiToken: abc"), exit: 1, file: SANDBOX, field: 'ckan.apiToken: unknown key "apiToken": a secret is never a setting', fix: "secrets live only in the Secrets" },
  { what: "a mail TLS mode CKAN does not have", cli: "manifests", args: ["render"], setup: withMail(`${MAIL}, tls: ssl`), exit: 1, file: SANDBOX, field: "ckan.mail.tls", fix: "CKAN 2.11 has no implicit TLS (SMTPS, port 465)" },
  { what: "a git revision with a space", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, 'gitops:\n  targetRevision: "main branch"\n'), exit: 1, file: SANDBOX, field: "gitops.targetRevision", fix: "branch, tag or commit" },
  { what: "a backup count of zero", cli: "manifests", args: ["render"], setup: replace(GOV_DEV, "retention: 4", "retention: 0"), exit: 1, file: GOV_DEV, field: "postgres.backups.retention", fix: "whole number from 1 to 365" },
  // render: ckan.config and ckan.plugins, against the catalogue of CKAN's declarations
  { what: "an undeclared CKAN setting", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  config:\n    ckan.dataset_per_page: 50"), exit: 1, file: `${SANDBOX}:20:5`, field: "ckan.config.ckan.dataset_per_page: unknown key: neither CKAN nor an enabled plugin declares it (did you mean ckan.datasets_per_page?)", fix: "ckan-config-catalogue.json" },
  { what: "a CKAN setting of the wrong type", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  config:\n    ckan.datasets_per_page: many"), exit: 1, file: `${SANDBOX}:20`, field: 'ckan.config.ckan.datasets_per_page: is declared int by CKAN (convert_int, default 20), got "many"', fix: "use a whole number" },
  { what: "a secret among the CKAN settings", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  config:\n    smtp.password: hunter2"), exit: 1, file: `${SANDBOX}:20`, field: "ckan.config.smtp.password: is a secret", fix: "the Secret ckan-mail", also: (output) => expect(output).not.toContain("hunter2") },
  { what: "a CKAN setting a typed setting owns", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  config:\n    ckan.max_resource_size: 500"), exit: 1, file: `${SANDBOX}:20`, field: "ckan.config.ckan.max_resource_size: is set by the generator", fix: "set `ckan.maxUploadSizeMb`" },
  { what: "a plugin the image does not install", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  plugins: { add: [stat] }"), exit: 1, file: `${SANDBOX}:19`, field: "ckan.plugins.add.0: stat is not a plugin the ckan image installs (did you mean stats?)", fix: "ckan-config-catalogue.json lists them" },
  { what: "two plugins that exclude each other", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  plugins: { add: [csw_harvester] }"), exit: 1, file: `${SANDBOX}:19`, field: "ckan.plugins.add.0: sdi_csw_harvester and csw_harvester cannot both be enabled", fix: "remove csw_harvester" },
  { what: "a plugin removed that another needs", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "webTimeoutSeconds: 60", "webTimeoutSeconds: 60\n  plugins: { remove: [datastore] }"), exit: 1, file: `${SANDBOX}:19`, field: "ckan.plugins.remove.0: datastore cannot be removed", fix: "keep datastore" },
  // render: worker queues, the registry mirror, scheduling
  { what: "two job queues of one name", cli: "manifests", args: ["render"], setup: replace(GOV_DEV, "      xloader: true\n", "      xloader: true\n    - name: bulk\n      size: { cpu: 100m, memory: 256Mi, memoryLimit: 512Mi }\n"), exit: 1, file: GOV_DEV, field: "ckan.workerQueues.1.name: repeats the queue bulk", fix: "a name of its own" },
  { what: "a job queue named like the default", cli: "manifests", args: ["render"], setup: replace(GOV_DEV, "    - name: bulk\n", "    - name: default\n"), exit: 1, file: GOV_DEV, field: "ckan.workerQueues.0.name: is the default queue", fix: "other than default, which ckan-worker serves" },
  { what: "a registry mirror with a scheme", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "images:\n  mirror: https://quay.io/mirror\n"), exit: 1, file: SANDBOX, field: "images.mirror: must be a registry host and a path", fix: "<registry host>[:port]/<path>" },
  { what: "a registry mirror the platform does not pull from", cli: "manifests", args: ["render"], setup: replace(SANDBOX, /$/, "images:\n  mirror: registry.example.gc.ca/mirror\n"), exit: 1, file: SANDBOX, field: "images.mirror: is on registry.example.gc.ca, which platform developer-sandbox does not pull from", fix: "allowedRegistries (tools/manifests/src/config/platforms.ts)" },
  { what: "an unknown workload under scheduling", cli: "manifests", args: ["render"], setup: replace(GOV_DEV, /$/, "scheduling:\n  web:\n    nodeSelector: { a: b }\n"), exit: 1, file: GOV_DEV, field: 'scheduling.web: unknown key "web"', fix: "keys allowed here: default, ckan, ckanWorker" },
  { what: "a toleration operator Kubernetes does not have", cli: "manifests", args: ["render"], setup: replace(GOV_DEV, /$/, "scheduling:\n  default:\n    tolerations: [{ key: dedicated, operator: Equals, value: ckan }]\n"), exit: 1, file: GOV_DEV, field: "scheduling.default.tolerations.0.operator: must be one of Equal, Exists, Gt, Lt", fix: "oc explain pod.spec.tolerations" },
  // render: the quota, for the variant the environment selects (slower: kustomize runs)
  { what: "CPU requests over the sandbox's quota", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "solr: { cpu: 500m", "solr: { cpu: 2.5"), exit: 1, file: SANDBOX, field: "sizes.solr.cpu", fix: `lower these in ${SANDBOX}, largest first: sizes.solr.cpu (2500m × 1 pod)` },
  { what: "a job queue's CPU over the sandbox's quota", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "  webTimeoutSeconds: 60\n", "  webTimeoutSeconds: 60\n  workerQueues:\n    - name: bulk\n      size: { cpu: 2, memory: 512Mi, memoryLimit: 1Gi }\n"), exit: 1, file: SANDBOX, field: "ckan.workerQueues[bulk].size.cpu", fix: `lower these in ${SANDBOX}, largest first: ckan.workerQueues[bulk].size.cpu (2000m × 2 pods)` },
  { what: "claims over the sandbox's storage quota", cli: "manifests", args: ["render"], setup: replace(SANDBOX, "memoryLimit: 1536Mi, storage: 5Gi }\n  ckanWorker", "memoryLimit: 1536Mi, storage: 75Gi }\n  ckanWorker"), exit: 1, file: SANDBOX, field: "storage requests of all claims: 85Gi in all", fix: "sizes.ckan.storage (75Gi)" },
  // render: image pins
  { what: "deleted image pins", cli: "manifests", args: ["render"], setup: remove("manifests/overlays/gov-dev/images/kustomization.yaml"), exit: 1, file: "manifests/overlays/gov-dev/images/kustomization.yaml", field: "image pins are missing", fix: "npm run images -- pin" },
  { what: "a pinned registry the platform does not pull from", cli: "manifests", args: ["render"], setup: replace(SANDBOX_PINS, "newName: quay.io/ckan-openshift/ckan\n", "newName: ghcr.io/my-org/ckan\n"), exit: 1, file: SANDBOX_PINS, field: "images[name=ckan].newName", fix: "allowedRegistries in tools/manifests/src/config/platforms.ts" },
  { what: "a pin on latest", cli: "manifests", args: ["render"], setup: replace(SANDBOX_PINS, "newTag: 16.11-0", "newTag: latest"), exit: 1, file: SANDBOX_PINS, field: "images[name=ckan-postgres].newTag", fix: "never `latest`" },
  // check and validate
  { what: "check with an unknown option", cli: "manifests", args: ["check", "--fix"], exit: 2, field: "'--fix'", fix: "usage: npm run check" },
  { what: "check with a deleted settings file", cli: "manifests", args: ["check"], setup: remove(SANDBOX), exit: 1, file: "manifests/overlays/sandbox", field: `${SANDBOX} is missing`, fix: "npm run env -- remove sandbox" },
  { what: "check with invalid settings", cli: "manifests", args: ["check"], setup: replace(SANDBOX, "webWorkers: 2", 'webWorkers: "two"'), exit: 1, file: SANDBOX, field: "ckan.webWorkers", fix: "see the settings reference" },
  { what: "check with a hand-edited generated reference", cli: "manifests", args: ["check"], setup: replace("docs/settings.md", "| `ckan.webWorkers` | integer | `2` |", "| `ckan.webWorkers` | integer | `3` |"), exit: 1, file: "docs/settings.md", field: "differ from their sources", fix: "run `npm run docs`" },
  { what: "validate with an unknown option", cli: "manifests", args: ["validate", "--strict"], exit: 2, field: "'--strict'", fix: "usage: npm run validate" },
  { what: "validate of a folder that holds no manifests", cli: "manifests", args: ["validate", "--manifests", "environments"], exit: 1, file: "environments holds no manifests/ tree", field: "no overlays/ folder", fix: "pass --manifests a copy of manifests/" },
  { what: "validate with a deleted settings file", cli: "manifests", args: ["validate"], setup: remove(SANDBOX), exit: 1, file: "manifests/overlays/sandbox", field: `${SANDBOX} is missing`, fix: "npm run env -- remove sandbox" },
  // settings:from-oc
  { what: "settings-from-oc with an unknown option", cli: "manifests", args: ["settings-from-oc", "--env", "sandbox"], exit: 2, field: "'--env'", fix: "usage: npm run settings:from-oc" },
  { what: "settings-from-oc for a name Kubernetes refuses", cli: "manifests", args: ["settings-from-oc", "--environment", "My_Env"], exit: 2, field: '"My_Env"', fix: "lowercase letters, digits and '-'" },
  { what: "settings-from-oc for an unknown environment", cli: "manifests", args: ["settings-from-oc", "--environment", "prod"], tools: { oc: ocAnswering("jdoe-dev", "https://console-openshift-console.apps.x.example.com") }, exit: 1, file: "environments/prod.yaml", field: "no environment named prod", fix: "use one of gov-dev, sandbox" },
  { what: "settings-from-oc without oc", cli: "manifests", args: ["settings-from-oc"], tools: {}, exit: 1, file: "oc", field: "oc is not installed", fix: "Command line tools" },
  { what: "settings-from-oc logged out", cli: "manifests", args: ["settings-from-oc"], tools: { oc: LOGGED_OUT }, exit: 1, file: "`oc project -q`", field: "must be logged in", fix: "Copy login command" },
  { what: "settings-from-oc off OpenShift's console", cli: "manifests", args: ["settings-from-oc"], tools: { oc: ocAnswering("jdoe-dev", "https://example.com") }, exit: 1, file: "https://example.com", field: "cannot derive the apps domain", fix: "set host in the environment's settings by hand" },
  { what: "settings-from-oc given a project name render refuses", cli: "manifests", args: ["settings-from-oc"], tools: { oc: ocAnswering("Bad_NS", "https://console-openshift-console.apps.x.example.com") }, exit: 1, file: SANDBOX, field: 'namespace: must be a DNS label (got "Bad_NS")', fix: "oc project -q" },
  { what: "settings-from-oc on invalid settings", cli: "manifests", args: ["settings-from-oc"], setup: replace(SANDBOX, "siteId:", "siteID:"), tools: { oc: LOGGED_OUT }, exit: 1, file: SANDBOX, field: "ckan.siteID", fix: "keys allowed here" },
  // env
  { what: "env without a subcommand", cli: "manifests", args: ["env"], workspace: false, exit: 2, field: "the command is missing", fix: "use one of remove" },
  { what: "env with an unknown subcommand", cli: "manifests", args: ["env", "delete", "sandbox"], exit: 2, field: '"delete"', fix: "usage: npm run env -- remove <name> [--yes]" },
  { what: "env remove without a name", cli: "manifests", args: ["env", "remove"], exit: 2, field: "missing <name>", fix: "usage: npm run env -- remove" },
  { what: "env remove of two environments", cli: "manifests", args: ["env", "remove", "sandbox", "gov-dev"], exit: 2, field: '"gov-dev"', fix: "it takes one <name>" },
  { what: "env remove of a name Kubernetes refuses", cli: "manifests", args: ["env", "remove", "../sandbox"], exit: 2, field: '"../sandbox"', fix: "lowercase letters, digits and '-'" },
  { what: "env remove of an unknown environment", cli: "manifests", args: ["env", "remove", "prod"], exit: 1, file: "environments/prod.yaml", field: "no environment named prod", fix: "use one of gov-dev, sandbox" },
  { what: "env remove without --yes", cli: "manifests", args: ["env", "remove", "sandbox"], exit: 1, file: SANDBOX_PINS, field: "manifests/argocd/sandbox", fix: "run again with --yes" },
  { what: "env remove with an unknown option", cli: "manifests", args: ["env", "remove", "sandbox", "--force"], exit: 2, field: "'--force'", fix: "usage: npm run env -- remove" },
  // bench
  { what: "bench with an unknown option", cli: "bench", args: ["--cold"], exit: 2, field: "'--cold'", fix: "usage: npm run bench" },
  { what: "bench with zero runs", cli: "bench", args: ["--runs", "0"], exit: 2, field: '--runs: "0"', fix: "1 or more" },
  { what: "bench with an argument", cli: "bench", args: ["render"], exit: 2, field: '"render"', fix: "takes no arguments" },
  // images
  { what: "images without a command", cli: "images", args: [], workspace: false, exit: 2, field: "the command is missing", fix: "use one of build, push, pin" },
  { what: "images with an unknown command", cli: "images", args: ["deploy"], exit: 2, field: '"deploy"', fix: "use one of build, push, pin" },
  { what: "an image that does not exist", cli: "images", args: ["build", "redis"], exit: 2, field: '"redis"', fix: "use one of ckan, solr, postgres" },
  { what: "an engine that does not exist", cli: "images", args: ["build", "--engine", "kaniko", ...BUILD], exit: 2, field: '--engine: "kaniko"', fix: "podman, docker, buildah" },
  { what: "a build mirror with a scheme", cli: "images", args: ["build", "--engine", "podman", "--dry-run", "--mirror", "https://quay.io/mirror", ...BUILD], exit: 2, field: '--mirror: "https://quay.io/mirror"', fix: "usage: npm run images -- build" },
  { what: "an option build does not take", cli: "images", args: ["build", "--tag", "x"], exit: 2, field: "'--tag'", fix: "usage: npm run images -- build" },
  { what: "pin of two images", cli: "images", args: ["pin", "ckan", "solr", "--tag", "1", "--digest", DIGEST], exit: 2, field: '"solr"', fix: "it takes one <image>" },
  { what: "pin without a digest", cli: "images", args: ["pin", "ckan", "--tag", "2.11.6-1a2b3c4"], exit: 2, field: "pin needs --tag and --digest", fix: "usage: npm run images -- pin" },
  { what: "pin on latest", cli: "images", args: ["pin", "ckan", "--tag", "latest", "--digest", DIGEST], exit: 1, file: SANDBOX_PINS, field: "images[name=ckan].newTag (--tag)", fix: "never `latest`" },
  { what: "pin of a short digest", cli: "images", args: ["pin", "ckan", "--tag", "2.11.6-1a2b3c4", "--digest", "sha256:abc"], exit: 1, file: SANDBOX_PINS, field: "images[name=ckan].digest (--digest)", fix: "64 lowercase hex digits" },
  { what: "pin with a tag in the registry", cli: "images", args: [...PIN, "--registry", "quay.io/org:1"], exit: 1, file: SANDBOX_PINS, field: "images[name=ckan].newName (--registry)", fix: "<registry>/<organisation>/<image>" },
  { what: "pin from a registry the platform does not pull from", cli: "images", args: [...PIN, "--registry", "ghcr.io/my-org"], exit: 1, file: SANDBOX_PINS, field: "images[name=ckan].newName: ghcr.io/my-org/ckan is on ghcr.io", fix: "use a registry it pulls from (quay.io" },
  { what: "pin for an unknown environment", cli: "images", args: [...PIN, "--environment", "prod"], exit: 1, file: "environments/prod.yaml", field: "no environment named prod", fix: "use one of gov-dev, sandbox" },
  { what: "pin while another environment's settings are invalid", cli: "images", args: PIN, setup: replace(GOV_DEV, "webWorkers: 3", "webWorkers: 0"), exit: 1, file: GOV_DEV, field: "ckan.webWorkers", fix: "see the settings reference" },
  { what: "build with an engine that fails", cli: "images", args: ["build", "postgres", "--engine", "podman", ...BUILD], tools: { podman: FAILING_PODMAN }, exit: 1, file: "images/postgres/Dockerfile", field: "podman failed to build quay.io/ckan-openshift/ckan-postgres:16.11-0000000 (exit code 125)", fix: "`podman login <registry>`" },
  { what: "push with an engine that fails", cli: "images", args: ["push", "postgres", "--engine", "podman", ...BUILD], tools: { podman: FAILING_PODMAN }, exit: 1, file: "quay.io/ckan-openshift/ckan-postgres", field: "podman failed to push", fix: "log in with write access" },
  { what: "build with an engine that is not installed", cli: "images", args: ["build", "--engine", "buildah", ...BUILD], tools: {}, exit: 1, file: "--engine buildah", field: "buildah is not installed", fix: "choose another of podman, docker, buildah" },
  { what: "build with no working engine", cli: "images", args: ["build", ...BUILD], tools: {}, exit: 1, file: "podman", field: "no working container engine", fix: "install podman (or buildah)" },
  { what: "a revision that is not a commit", cli: "images", args: ["build", "--engine", "podman", "--dry-run", "--revision", "abc123", "--source", "x"], exit: 1, file: "--revision", field: '"abc123" is not a full commit id', fix: "40 hex digits" },
  { what: "a creation time that is no date", cli: "images", args: ["build", "--engine", "podman", "--dry-run", "--revision", "0".repeat(40), "--created", "yesterday", "--source", "x"], exit: 1, file: "--created", field: '"yesterday" is not a date', fix: "RFC 3339" },
  // secrets
  { what: "secrets for an external database whose passwords nobody gave", cli: "secrets", args: ["sandbox", "--dry-run"], setup: replace(SANDBOX, /$/, "postgres:\n  provider: external\n  external: { host: db.example.gc.ca, sslMode: require }\n"), exit: 1, field: "postgres-external lacks CKAN_DB_PASSWORD", fix: ".secrets/<environment>/postgres-external.env" },
  { what: "secrets without an environment", cli: "secrets", args: ["--dry-run"], exit: 2, field: "missing <environment>", fix: "usage: npm run secrets" },
  { what: "secrets for two environments", cli: "secrets", args: ["sandbox", "gov-dev"], exit: 2, field: '"gov-dev"', fix: "it takes one <environment>" },
  { what: "secrets for a name Kubernetes refuses", cli: "secrets", args: ["Sandbox", "--dry-run"], exit: 2, field: '"Sandbox"', fix: "lowercase letters" },
  { what: "secrets with an unknown option", cli: "secrets", args: ["sandbox", "--force"], exit: 2, field: "'--force'", fix: "usage: npm run secrets" },
  { what: "secrets --context on a dry run", cli: "secrets", args: ["sandbox", "--dry-run", "--context", "x"], exit: 2, field: "--context needs the cluster", fix: "usage: npm run secrets" },
  { what: "secrets for an unknown environment", cli: "secrets", args: ["prod", "--dry-run"], exit: 1, file: "environments/prod.yaml", field: "no environment named prod", fix: "use one of gov-dev, sandbox" },
  { what: "secrets on invalid settings", cli: "secrets", args: ["sandbox", "--dry-run"], setup: replace(SANDBOX, "namespace: ckan-dev", "namespace: Ckan_Dev"), exit: 1, file: `${SANDBOX}:7:12`, field: "namespace", fix: "oc project -q" },
  { what: "secrets over a malformed kept file", cli: "secrets", args: ["sandbox", "--dry-run"], setup: write(".secrets/sandbox/redis-secrets.env", "REDIS_PASSWORD\n"), exit: 1, file: ".secrets/sandbox/redis-secrets.env:1", field: "is not a KEY=value line", fix: "correct that line" },
  { what: "secrets for a mail login without its password", cli: "secrets", args: ["sandbox", "--dry-run"], setup: withMail(`${MAIL}, user: portal`), exit: 1, field: "ckan-mail CKAN_SMTP_PASSWORD is provided by you, not generated, and CKAN_SMTP_PASSWORD is not set", fix: "read -rs CKAN_SMTP_PASSWORD" },
  { what: "secrets without oc or kubectl", cli: "secrets", args: ["sandbox"], tools: {}, exit: 1, file: "PATH", field: "neither oc nor kubectl", fix: "or use --dry-run" },
  { what: "secrets logged out", cli: "secrets", args: ["sandbox"], tools: { oc: LOGGED_OUT }, exit: 1, file: "oc get secret", field: "must be logged in", fix: "log in with `oc login`" },
  { what: "secrets when oc echoes the Secrets it refuses", cli: "secrets", args: ["sandbox"], tools: { oc: ECHOING_OC }, exit: 1, file: "oc apply of postgres-secrets, redis-secrets, ckan-secrets", field: "error parsing STDIN", fix: "auth can-i create secrets", also: expectNoSecretValue },
  // backup and restore
  { what: "backup without an environment", cli: "backup", args: ["backup"], exit: 2, field: "missing <environment>", fix: "usage: npm run backup" },
  { what: "backup with an unknown command", cli: "backup", args: ["copy", "sandbox"], exit: 2, field: 'unknown command "copy"', fix: "usage: npm run backup" },
  { what: "backup with a restore option", cli: "backup", args: ["backup", "sandbox", "--secrets-only"], exit: 2, field: "'--secrets-only'", fix: "usage: npm run backup" },
  { what: "backup for a name Kubernetes refuses", cli: "backup", args: ["backup", "Sandbox"], exit: 2, field: '"Sandbox"', fix: "lowercase letters" },
  { what: "backup for an unknown environment", cli: "backup", args: ["backup", "prod"], exit: 1, file: "environments/prod.yaml", field: "no environment named prod", fix: "use one of gov-dev, sandbox" },
  { what: "backup without oc or kubectl", cli: "backup", args: ["backup", "sandbox"], tools: {}, exit: 1, file: "PATH", field: "neither oc nor kubectl", fix: "install `oc`" },
  { what: "restore without the backup directory", cli: "backup", args: ["restore", "sandbox"], exit: 2, field: "missing <environment> and <backup-dir>", fix: "usage: npm run backup" },
  { what: "restore with two exclusive options", cli: "backup", args: ["restore", "sandbox", "dir", "--secrets-only", "--keep-secrets"], exit: 2, field: "exclude each other", fix: "usage: npm run backup" },
  { what: "seal without --env", cli: "secrets", args: ["seal", "--cert", "x.pem"], exit: 2, field: "--env is missing", fix: "usage: npm run secrets -- seal" },
  { what: "seal without --cert", cli: "secrets", args: ["seal", "--env", "sandbox"], exit: 2, field: "--cert is missing", fix: "usage: npm run secrets -- seal" },
  { what: "seal with an unknown option", cli: "secrets", args: ["seal", "--env", "sandbox", "--cert", "x.pem", "--force"], exit: 2, field: "'--force'", fix: "usage: npm run secrets -- seal" },
  { what: "seal with a certificate that is not there", cli: "secrets", args: ["seal", "--env", "sandbox", "--cert", "missing.pem"], exit: 1, file: "missing.pem", field: "cannot read the certificate", fix: "kubeseal --fetch-cert" },
  { what: "seal with a file that is no certificate", cli: "secrets", args: ["seal", "--env", "sandbox", "--cert", "notes.txt"], setup: write("notes.txt", "not a certificate\n"), exit: 1, file: "notes.txt", field: "certificate", fix: "kubeseal --fetch-cert" },
];

describe("bad input: exit code, file, field and fix, nothing written", () => {
  it("should hold at least 60 cases, each one of its own", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_INPUTS.map((row) => row.what)).size).toBe(BAD_INPUTS.length);
  });

  it.concurrent.for(BAD_INPUTS.map((row) => [row.what, row] as const))("%s", async ([, row], { expect }) => {
    const workspace = copyWorkspace();
    const tools = row.tools && standIns(row.tools);
    try {
      row.setup?.(workspace);
      const before = treeHash(workspace.root);
      const result = await runCli(row.cli, row.args, {
        ...(row.workspace === false ? { cwd: workspace.root } : { workspace: workspace.root }),
        ...(tools ? { path: tools.path } : {}),
      });
      const output = `${result.stdout}${result.stderr}`;
      expect({ status: result.status, output }).toMatchObject({ status: row.exit });
      for (const named of [row.file, row.field, row.fix].filter(Boolean)) expect(output).toContain(named);
      expect(row.exit === 2 ? result.stderr : output).toMatch(row.exit === 2 ? /usage: / : /fix: /);
      expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
      row.also?.(output, workspace);
      expect(treeHash(workspace.root)).toBe(before); // nothing written
    } finally {
      workspace.cleanup();
      tools?.cleanup();
    }
  });
});
