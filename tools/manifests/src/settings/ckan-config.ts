// `ckan.config` (any other CKAN setting) and `ckan.plugins` (add or remove plugins of the image's list),
// checked against what CKAN and the image's extensions declare: the catalogue
// tools/manifests/src/config/ckan-config-catalogue.json, generated from the image's pins by
// `npm run ckan-config:catalogue` (tools/e2e), which `npm run e2e` checks for drift.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseVersionsFile } from "../config/versions.ts";

export type ConfigValue = string | number | boolean | readonly string[];

export interface DeclaredOption {
  readonly key: string;
  /** `core` or the plugin that declares it. */
  readonly plugin: string;
  readonly type: "bool" | "int" | "list" | "string";
  readonly pattern?: boolean;
  readonly default?: unknown;
  readonly validators?: string;
  readonly flags?: readonly string[];
  readonly description?: string;
}

export interface InstalledPlugin {
  readonly distribution: string | null;
  /** The module of its `ckan.plugins` entry point, e.g. ckanext.spatial.plugin. */
  readonly module: string;
  /** Whether it declares any config option (IConfigDeclaration). */
  readonly declares: boolean;
}

export interface Catalogue {
  readonly plugins: Readonly<Record<string, InstalledPlugin>>;
  readonly options: readonly DeclaredOption[];
}

const ROOT = path.resolve(import.meta.dirname, "../../../..");
export const CATALOGUE_FILE = "tools/manifests/src/config/ckan-config-catalogue.json";

let loaded: Catalogue | undefined;
export function catalogue(): Catalogue {
  loaded ??= JSON.parse(readFileSync(path.join(ROOT, CATALOGUE_FILE), "utf8")) as Catalogue;
  return loaded;
}

let defaults: readonly string[] | undefined;
/** The image's plugin list, CKAN_PLUGINS of images/ckan/versions.env. */
export function imagePlugins(): readonly string[] {
  if (!defaults) {
    const file = "images/ckan/versions.env";
    const plugins = parseVersionsFile(readFileSync(path.join(ROOT, file), "utf8"), file).CKAN_PLUGINS;
    defaults = plugins ? plugins.split(/\s+/) : [];
  }
  return defaults;
}

/** One problem with `ckan.config` or `ckan.plugins`: the path under the settings, the message, the fix. */
export interface ConfigProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly fix: string;
}

// ---- plugins ---------------------------------------------------------------------------------------

/**
 * What must hold of the plugin list, each rule with its reason. CKAN calls IConfigurer.update_config
 * last plugin first, and the first plugin's template wins.
 */
const LAST = { plugin: "envvars", why: "it applies the CKAN__ variables over every other plugin's config" };
const ORDER: readonly { readonly first: string; readonly then: string; readonly why: string }[] = [
  {
    first: "scheming_datasets",
    then: "gcds",
    why: "gcds sets the portal's dataset schema before scheming reads it (update_config runs last plugin first)",
  },
  { first: "scheming_datasets", then: "dcat", why: "dcat's profiles read the scheming schema" },
  {
    first: "spatial_metadata",
    then: "spatial_query",
    why: "spatial_query relies on spatial_metadata's extent",
  },
  { first: "datastore", then: "xloader", why: "XLoader loads into the DataStore" },
];
const EXCLUDES: readonly { readonly a: string; readonly b: string; readonly why: string }[] = [
  {
    a: "sdi_csw_harvester",
    b: "csw_harvester",
    why: "sdi_csw_harvester is csw_harvester with its XML declaration bug fixed and registers the same source type `csw`",
  },
  { a: "xloader", b: "datapusher", why: "XLoader replaces DataPusher: both would load every upload" },
];
const HARVESTERS = ["ckan_harvester", "csw_harvester", "sdi_csw_harvester", "waf_harvester", "doc_harvester"];
const NEEDS: readonly { readonly plugin: string; readonly needs: string; readonly why: string }[] = [
  { plugin: "xloader", needs: "datastore", why: "XLoader loads into the DataStore" },
  { plugin: "datatables_view", needs: "datastore", why: "it shows DataStore tables" },
  { plugin: "gcds", needs: "scheming_datasets", why: "the theme's dataset schema is a scheming schema" },
  { plugin: "sdi", needs: "scheming_datasets", why: "its extent validator belongs to the scheming schema" },
  { plugin: "sdi_harvest", needs: "harvest", why: "it maps harvested records" },
  { plugin: "spatial_query", needs: "spatial_metadata", why: "it searches spatial_metadata's extents" },
  ...HARVESTERS.map((plugin) => ({
    plugin,
    needs: "harvest",
    why: "a harvester runs inside ckanext-harvest",
  })),
];
/** Plugins the rendered stack itself relies on, with the part that does. */
const STACK_NEEDS: Readonly<Record<string, string>> = {
  envvars: "every setting of the ckan-config ConfigMap reaches CKAN through it",
  datastore: "the bootstrap Job sets the DataStore's permissions (`ckan datastore set-permissions`)",
  harvest: "the harvest component runs `ckan harvester` (ckan-harvest-* Deployments and CronJob)",
};

export interface PluginChanges {
  readonly add: readonly string[];
  readonly remove: readonly string[];
}

/** The image's list with `remove` taken out and `add` appended before envvars (which stays last). */
export function enabledPlugins(base: readonly string[], changes: PluginChanges): string[] {
  const kept = base.filter((plugin) => !changes.remove.includes(plugin));
  const added = changes.add.filter((plugin) => !kept.includes(plugin));
  const last = kept.at(-1) === LAST.plugin ? [LAST.plugin] : [];
  return [...kept.slice(0, kept.length - last.length), ...added, ...last];
}

export function pluginProblems(base: readonly string[], changes: PluginChanges): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const installed = Object.keys(catalogue().plugins);
  const check = (list: "add" | "remove", known: readonly string[], where: string) =>
    changes[list].forEach((plugin, index) => {
      if (known.includes(plugin)) return;
      const near = nearest(plugin, known);
      problems.push({
        path: ["ckan", "plugins", list, index],
        message: `${plugin} is not ${where}${near ? ` (did you mean ${near}?)` : ""}`,
        fix:
          list === "add"
            ? `use a plugin the ckan image installs (${CATALOGUE_FILE} lists them); a new extension goes into images/ckan first`
            : `remove only a plugin of the image's list: ${base.join(" ")}`,
      });
    });
  check("add", installed, "a plugin the ckan image installs");
  check("remove", base, "in the image's plugin list (CKAN_PLUGINS of images/ckan/versions.env)");
  if (problems.length > 0) return problems;

  const enabled = enabledPlugins(base, changes);
  const at = (plugin: string): ConfigProblem["path"] => {
    const added = changes.add.indexOf(plugin);
    if (added >= 0) return ["ckan", "plugins", "add", added];
    const removed = changes.remove.indexOf(plugin);
    return removed >= 0 ? ["ckan", "plugins", "remove", removed] : ["ckan", "plugins"];
  };
  for (const [plugin, why] of Object.entries(STACK_NEEDS))
    if (!enabled.includes(plugin))
      problems.push({
        path: at(plugin),
        message: `${plugin} cannot be removed: ${why}`,
        fix: `keep ${plugin}: take it out of ckan.plugins.remove`,
      });
  for (const { plugin, needs, why } of NEEDS)
    if (enabled.includes(plugin) && !enabled.includes(needs))
      problems.push({
        path: changes.remove.includes(needs) ? at(needs) : at(plugin),
        message: `${plugin} needs ${needs} (${why})`,
        fix: `keep ${needs}, or remove ${plugin} too`,
      });
  for (const { a, b, why } of EXCLUDES)
    if (enabled.includes(a) && enabled.includes(b))
      problems.push({
        path: changes.add.includes(b) ? at(b) : at(a),
        message: `${a} and ${b} cannot both be enabled: ${why}`,
        fix: `enable one of them: remove ${changes.add.includes(b) ? b : a}`,
      });
  for (const { first, then, why } of ORDER) {
    const i = enabled.indexOf(first);
    const j = enabled.indexOf(then);
    if (i >= 0 && j >= 0 && i > j)
      problems.push({
        path: at(first),
        message: `${first} must come before ${then}: ${why}`,
        fix: `keep ${then} in the image's list after ${first} (images/ckan/versions.env CKAN_PLUGINS)`,
      });
  }
  return problems;
}

// ---- config ----------------------------------------------------------------------------------------

/** Keys the generator sets itself, each with the typed setting (or reason) that controls it. */
export const OWNED_KEYS: Readonly<Record<string, string>> = {
  "ckan.site_url": "set `host`: the site URL is https://<host>",
  "ckan.plugins": "use `ckan.plugins.add` and `ckan.plugins.remove`",
  "ckan.site_id": "set `ckan.siteId`",
  solr_url: "set `solr` (the Solr provider and its Service); the URL follows from it",
  "ckan.storage_path":
    "it is the uploads volume's mount, fixed by the ckan image; size it with `sizes.ckan.storage`",
  "ckan.max_resource_size": "set `ckan.maxUploadSizeMb`",
  "ckanext.xloader.site_url":
    "it is fixed to the internal Service http://ckan:5000 so XLoader never goes through the Route",
  SESSION_COOKIE_SECURE: "it is fixed to true: the Route serves only https",
  "ckanext.spatial.search_backend": "it is fixed to solr-bbox, which the solr image's schema supports",
  "ckan.harvest.mq.type": "it is fixed to redis, the stack's queue",
  "smtp.server": "set `ckan.mail.server` and `ckan.mail.port`",
  "smtp.starttls": "set `ckan.mail.tls`",
  "smtp.user": "set `ckan.mail.user`",
  "smtp.mail_from": "set `ckan.mail.from`",
};
const OWNED_PREFIXES: Readonly<Record<string, string>> = {
  "ckanext.gcds.": "set `theme` (siteTitle, introduction, featured, departmentName, contextualLinks)",
};

/** Keys whose values are secrets, with where each comes from instead. */
const SECRET_FIXES: Readonly<Record<string, string>> = {
  "sqlalchemy.url": "CKAN_SQLALCHEMY_URL of the Secret ckan-secrets",
  "ckan.datastore.write_url": "CKAN_DATASTORE_WRITE_URL of the Secret ckan-secrets",
  "ckan.datastore.read_url": "CKAN_DATASTORE_READ_URL of the Secret ckan-secrets",
  "ckan.redis.url": "CKAN_REDIS_URL of the Secret ckan-secrets",
  "ckanext.xloader.jobs_db.uri": "CKANEXT__XLOADER__JOBS_DB__URI of the Secret ckan-secrets",
  SECRET_KEY: "CKAN___SECRET_KEY of the Secret ckan-secrets",
  "beaker.session.secret":
    "CKAN___SECRET_KEY of the Secret ckan-secrets (SECRET_KEY replaces it in CKAN 2.11)",
  WTF_CSRF_SECRET_KEY: "CKAN___WTF_CSRF_SECRET_KEY of the Secret ckan-secrets",
  "api_token.jwt.encode.secret": "CKAN___API_TOKEN__JWT__ENCODE__SECRET of the Secret ckan-secrets",
  "api_token.jwt.decode.secret": "CKAN___API_TOKEN__JWT__DECODE__SECRET of the Secret ckan-secrets",
  "smtp.password":
    "CKAN_SMTP_PASSWORD of the Secret ckan-mail (set `ckan.mail.user`; docs/environments.md, Mail)",
};
/** A key named for a secret: ends in secret, password, token or key (a public key, such as reCAPTCHA's site key, is not one). */
const SECRET_NAME = /(secret|password|passwd|(?<!public_?)key|token)$/i;

export function isSecretKey(key: string): boolean {
  return key in SECRET_FIXES || key.startsWith("sqlalchemy.") || SECRET_NAME.test(key);
}

/**
 * The environment variable ckanext-envvars turns back into `key` (its plugin.py): a name starting with
 * CKAN is lower-cased with each `__` a dot; a leading CKAN___ is stripped first, and what remains is kept
 * as is when it is a declared option (upper-case keys such as SESSION_COOKIE_SECURE).
 */
export function envName(key: string): string {
  if (key.startsWith("ckan")) return key.toUpperCase().replaceAll(".", "__");
  return `CKAN___${key === key.toUpperCase() ? key : key.toUpperCase().replaceAll(".", "__")}`;
}

/** ckanext-envvars' reading of an environment variable's name, given CKAN's declared keys. */
export function envvarsKey(name: string, declared: ReadonlySet<string>): string {
  const key = name.startsWith("CKAN___") ? name.slice(7) : name;
  return declared.has(key) ? key : key.toLowerCase().replaceAll("__", ".");
}

/** What the enabled plugins (and core) declare, the patterns (`sqlalchemy.<OPTION>`) as regexes. */
function declarations(enabled: readonly string[]) {
  const { options } = catalogue();
  const active = options.filter((option) => option.plugin === "core" || enabled.includes(option.plugin));
  return {
    all: options,
    active,
    find: (key: string, list: readonly DeclaredOption[]) =>
      list.find((option) =>
        option.pattern
          ? new RegExp(`^${option.key.replace(/\./g, "\\.").replace(/<[A-Z_]+>/g, "[^.]+")}$`).test(key)
          : option.key === key,
      ),
  };
}

/** The prefixes of an enabled plugin that declares nothing: ckanext.<package>. and <package>. */
function undeclaredPrefixes(enabled: readonly string[]): Map<string, string> {
  const prefixes = new Map<string, string>();
  for (const plugin of enabled) {
    const installed = catalogue().plugins[plugin];
    if (!installed || installed.declares) continue;
    const name = installed.module.split(".")[1];
    if (!name) continue;
    prefixes.set(`ckanext.${name}.`, plugin);
    prefixes.set(`${name}.`, plugin);
  }
  return prefixes;
}

const TRUE = ["true", "yes", "on", "1"];
const FALSE = ["false", "no", "off", "0"];

/** The value as the ConfigMap carries it, or the reason it does not fit the declared type. */
function typed(option: DeclaredOption, value: ConfigValue): { text: string } | { problem: string } {
  const details = [
    ...(option.validators ? [option.validators] : []),
    ...(option.default !== undefined ? [`default ${JSON.stringify(option.default)}`] : []),
  ];
  const declared = `declared ${option.type} by ${option.plugin === "core" ? "CKAN" : option.plugin}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
  if (option.type === "bool") {
    if (typeof value === "boolean") return { text: String(value) };
    if (typeof value === "string" && [...TRUE, ...FALSE].includes(value.toLowerCase()))
      return { text: TRUE.includes(value.toLowerCase()) ? "true" : "false" };
    return { problem: `is ${declared}, got ${JSON.stringify(value)}` };
  }
  if (option.type === "int") {
    if (typeof value === "number" && Number.isInteger(value)) return { text: String(value) };
    if (typeof value === "string" && /^-?\d+$/.test(value)) return { text: value };
    return { problem: `is ${declared}, got ${JSON.stringify(value)}` };
  }
  if (option.type === "list") {
    if (Array.isArray(value)) return { text: value.join(" ") };
    if (typeof value === "string") return { text: value };
    return { problem: `is ${declared} (a list of words), got ${JSON.stringify(value)}` };
  }
  if (Array.isArray(value)) return { problem: `is ${declared}, got a list` };
  const text = String(value);
  const choices = /one_of\(\[([^\]]*)\]\)/.exec(option.validators ?? "")?.[1];
  if (choices) {
    const allowed = choices.split(",").map((choice) => choice.trim().replace(/^"|"$/g, ""));
    if (!allowed.includes(text))
      return { problem: `is ${declared}: one of ${allowed.join(", ")}; got ${text}` };
  }
  if (option.validators?.includes("not_empty") && text.trim() === "")
    return { problem: `is ${declared}: must not be empty` };
  return { text };
}

export interface CkanSettingsInput {
  readonly config: Readonly<Record<string, ConfigValue>>;
  readonly plugins: PluginChanges;
}

/** Every problem with `ckan.config` and `ckan.plugins`; none means configEnv renders them. */
export function ckanConfigProblems(ckan: CkanSettingsInput, base = imagePlugins()): ConfigProblem[] {
  const problems = pluginProblems(base, ckan.plugins);
  const enabled = enabledPlugins(base, ckan.plugins);
  const { all, active, find } = declarations(enabled);
  const prefixes = undeclaredPrefixes(enabled);
  const declaredKeys = new Set(
    active.filter((option) => !option.flags?.includes("internal")).map((option) => option.key),
  );
  for (const [key, value] of Object.entries(ckan.config)) {
    const at = ["ckan", "config", key];
    const problem = (message: string, fix: string) => problems.push({ path: at, message, fix });
    if (isSecretKey(key)) {
      problem(
        "is a secret: it is never written to settings or ConfigMaps",
        `remove it; its value comes from ${SECRET_FIXES[key] ?? `the Secret ckan-secrets: declare ${envName(key)} (the variable ckanext-envvars reads as ${key}) in tools/manifests/src/secrets-catalog.ts and create it with \`npm run secrets -- <env>\``}`,
      );
      continue;
    }
    const scalar = (item: unknown) => ["string", "number", "boolean"].includes(typeof item);
    if (!scalar(value) && !(Array.isArray(value) && value.every((item) => typeof item === "string"))) {
      problem(
        "must be a string, a number, a boolean or a list of strings",
        "write the value as CKAN's ini takes it: one scalar, or a list of words",
      );
      continue;
    }
    const owned =
      OWNED_KEYS[key] ?? Object.entries(OWNED_PREFIXES).find(([prefix]) => key.startsWith(prefix))?.[1];
    if (owned) {
      problem("is set by the generator from a typed setting", `remove it; ${owned}`);
      continue;
    }
    const option = find(key, active);
    if (!option) {
      const plugin = [...prefixes].find(([prefix]) => key.startsWith(prefix))?.[1];
      if (plugin) continue; // a plugin that declares nothing: its keys pass as text

      const elsewhere = find(key, all);
      if (elsewhere) {
        problem(
          `is declared by the plugin ${elsewhere.plugin}, which is not enabled`,
          `add ${elsewhere.plugin} with ckan.plugins.add, or remove the key`,
        );
        continue;
      }
      const near = nearest(key, [...active.filter((o) => !o.pattern).map((o) => o.key)]);
      problem(
        `unknown key: neither CKAN nor an enabled plugin declares it${near ? ` (did you mean ${near}?)` : ""}`,
        `use a key that CKAN or an enabled plugin declares (${CATALOGUE_FILE} lists them)`,
      );
      continue;
    }
    if (option.flags?.includes("internal") || option.flags?.includes("ignored")) {
      problem(
        `is ${option.flags.includes("internal") ? "internal to CKAN" : "ignored by CKAN"}: setting it has no supported effect`,
        "remove it",
      );
      continue;
    }
    const result = typed(option, value);
    if ("problem" in result) {
      problem(
        result.problem,
        option.type === "bool"
          ? "use true or false"
          : option.type === "int"
            ? "use a whole number"
            : "use a value of the declared type",
      );
      continue;
    }
    const name = envName(key);
    if (envvarsKey(name, declaredKeys) !== key)
      problem(
        `cannot reach CKAN through ckanext-envvars: ${name} reads back as ${envvarsKey(name, declaredKeys)}`,
        "set it in the image's ini instead (images/ckan/scripts/ckan-build-config)",
      );
  }
  return problems;
}

/** The ConfigMap entries for `ckan.config`: each key as ckanext-envvars reads it, values as text. */
export function ckanConfigEnv(
  config: Readonly<Record<string, ConfigValue>>,
  plugins: PluginChanges,
  base = imagePlugins(),
): Record<string, string> {
  const enabled = enabledPlugins(base, plugins);
  const { active, find } = declarations(enabled);
  const data: Record<string, string> = {};
  for (const key of Object.keys(config).sort()) {
    const value = config[key]!;
    const option = find(key, active);
    const result = option
      ? typed(option, value)
      : { text: Array.isArray(value) ? value.join(" ") : String(value) };
    if ("problem" in result) throw new Error(`ckan.config.${key}: ${result.problem}`);
    data[envName(key)] = result.text;
  }
  return data;
}

/** The closest candidate by edit distance, when it is close enough to be a misspelling. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}
