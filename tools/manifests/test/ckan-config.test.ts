// ckan.config and ckan.plugins: checked against the catalogue of CKAN's declarations (generated from the
// image's pins), rendered as the ckanext-envvars variables that read back as the same keys.
import { describe, expect, it } from "vitest";
import {
  catalogue,
  ckanConfigEnv,
  ckanConfigProblems,
  enabledPlugins,
  envName,
  envvarsKey,
  imagePlugins,
  nearest,
} from "../src/settings/ckan-config.ts";
import { sandboxText, settingsProblems } from "./helpers.ts";

const NONE = { add: [], remove: [] };

function problems(extra: string) {
  return settingsProblems(
    sandboxText().replace("  webTimeoutSeconds: 60\n", `  webTimeoutSeconds: 60\n${extra}`),
  );
}
/** The line of `extra`'s first line in the edited sandbox file. */
const firstLine = sandboxText().split("\n").indexOf("  webTimeoutSeconds: 60") + 2;

describe("ckan.config", () => {
  it("should render declared keys as ckanext-envvars variables with their declared types", () => {
    const config = {
      "ckan.datasets_per_page": 50,
      "ckan.auth.public_user_details": "no",
      "ckan.locale_default": "fr",
      "smtp.reply_to": "open-data@example.com",
      "ckan.locales_offered": ["en", "fr"],
    };
    expect(ckanConfigProblems({ config, plugins: NONE })).toEqual([]);
    expect(ckanConfigEnv(config, NONE)).toEqual({
      CKAN__AUTH__PUBLIC_USER_DETAILS: "false",
      CKAN__DATASETS_PER_PAGE: "50",
      CKAN__LOCALES_OFFERED: "en fr",
      CKAN__LOCALE_DEFAULT: "fr",
      CKAN___SMTP__REPLY_TO: "open-data@example.com",
    });
  });

  it("should name every declared key a variable that ckanext-envvars reads back as that key", () => {
    const declared = catalogue().options.filter((o) => !o.pattern && !o.flags?.includes("internal"));
    const keys = new Set(declared.map((o) => o.key));
    const lost = declared.filter((o) => envvarsKey(envName(o.key), keys) !== o.key).map((o) => o.key);
    expect(lost).toEqual([]);
    expect(envName("ckanext.dcat.rdf.profiles")).toBe("CKANEXT__DCAT__RDF__PROFILES");
    expect(envName("PERMANENT_SESSION_LIFETIME")).toBe("CKAN___PERMANENT_SESSION_LIFETIME");
    expect(envvarsKey("CKAN___PERMANENT_SESSION_LIFETIME", keys)).toBe("PERMANENT_SESSION_LIFETIME");
  });

  it("should report an unknown key at its line with the nearest declared key", () => {
    expect(problems("  config:\n    ckan.dataset_per_page: 50\n")).toEqual([
      {
        field: "ckan.config.ckan.dataset_per_page",
        line: firstLine + 1,
        message:
          "unknown key: neither CKAN nor an enabled plugin declares it (did you mean ckan.datasets_per_page?)",
        fix: "use a key that CKAN or an enabled plugin declares (tools/manifests/src/config/ckan-config-catalogue.json lists them)",
      },
    ]);
  });

  it.each([
    [
      "ckan.datasets_per_page: many",
      'is declared int by CKAN (convert_int, default 20), got "many"',
      "use a whole number",
    ],
    [
      "ckan.auth.create_user_via_web: maybe",
      'is declared bool by CKAN (boolean_validator, default false), got "maybe"',
      "use true or false",
    ],
    [
      "ckan.auth.create_user_via_web: [a]",
      'is declared bool by CKAN (boolean_validator, default false), got ["a"]',
      "use true or false",
    ],
  ])("should refuse %s with the declared type", (line, message, fix) => {
    const [problem] = problems(`  config:\n    ${line}\n`);
    expect(problem).toMatchObject({ line: firstLine + 1, message, fix });
  });

  it("should refuse a mapping as a value without echoing it", () => {
    expect(problems("  config:\n    ckan.locale_default: { value: x }\n")).toEqual([
      {
        field: "ckan.config.ckan.locale_default",
        line: firstLine + 1,
        message: "must be a string, a number, a boolean or a list of strings",
        fix: "write the value as CKAN's ini takes it: one scalar, or a list of words",
      },
    ]);
  });

  it.each([
    ["beaker.session.secret", "CKAN___SECRET_KEY of the Secret ckan-secrets"],
    ["sqlalchemy.url", "CKAN_SQLALCHEMY_URL of the Secret ckan-secrets"],
    ["sqlalchemy.pool_size", "declare CKAN___SQLALCHEMY__POOL_SIZE"],
    ["api_token.jwt.encode.secret", "CKAN___API_TOKEN__JWT__ENCODE__SECRET"],
    ["ckan.datastore.write_url", "CKAN_DATASTORE_WRITE_URL"],
    ["smtp.password", "CKAN_SMTP_PASSWORD of the Secret ckan-mail"],
    ["ckan.recaptcha.privatekey", "declare CKAN__RECAPTCHA__PRIVATEKEY"],
  ])("should refuse the secret %s, saying where its value comes from", (key, where) => {
    const [problem] = problems(`  config:\n    ${key}: x\n`);
    expect(problem?.message).toBe("is a secret: it is never written to settings or ConfigMaps");
    expect(problem?.fix).toContain(where);
  });

  it("should take reCAPTCHA's public site key as a setting, not a secret", () => {
    expect(
      ckanConfigProblems({ config: { "ckan.recaptcha.publickey": "6Lc-site-key" }, plugins: NONE }),
    ).toEqual([]);
  });

  it.each([
    ["ckan.site_url", "set `host`"],
    ["ckan.max_resource_size", "set `ckan.maxUploadSizeMb`"],
    ["solr_url", "set `solr`"],
    ["ckan.plugins", "ckan.plugins.add"],
    ["ckanext.gcds.site_title_en", "set `theme`"],
    ["smtp.server", "set `ckan.mail.server`"],
  ])("should refuse %s, which the generator owns, naming the typed setting", (key, fix) => {
    const [problem] = problems(`  config:\n    ${key}: x\n`);
    expect(problem?.message).toBe("is set by the generator from a typed setting");
    expect(problem?.fix).toContain(fix);
  });

  it("should refuse a key of a plugin that is not enabled, and accept it once added", () => {
    expect(ckanConfigProblems({ config: { "ckan.datapusher.url": "http://x" }, plugins: NONE })).toEqual([
      {
        path: ["ckan", "config", "ckan.datapusher.url"],
        message: "is declared by the plugin datapusher, which is not enabled",
        fix: "add datapusher with ckan.plugins.add, or remove the key",
      },
    ]);
    expect(
      ckanConfigProblems({ config: { "ckanext.xloader.max_content_length": 1000 }, plugins: NONE }),
    ).toEqual([]);
    expect(
      ckanConfigProblems({
        config: { "ckanext.xloader.max_content_length": 1000 },
        plugins: { add: [], remove: ["xloader"] },
      }).map((p) => p.message),
    ).toEqual(["is declared by the plugin xloader, which is not enabled"]);
  });

  it("should pass a key under the prefix of an enabled plugin that declares nothing as a string", () => {
    expect(catalogue().plugins.scheming_datasets?.declares).toBe(false);
    const config = { "scheming.dataset_fallback": "false", "ckanext.spatial.common_map.type": "custom" };
    expect(ckanConfigProblems({ config, plugins: NONE })).toEqual([]);
    expect(ckanConfigEnv(config, NONE)).toEqual({
      CKANEXT__SPATIAL__COMMON_MAP__TYPE: "custom",
      CKAN___SCHEMING__DATASET_FALLBACK: "false",
    });
  });
});

describe("ckan.plugins", () => {
  const base = imagePlugins();

  it("should add before envvars and remove from the image's list", () => {
    const enabled = enabledPlugins(base, { add: ["stats"], remove: ["shp_view"] });
    expect(enabled.slice(-2)).toEqual(["stats", "envvars"]);
    expect(enabled).not.toContain("shp_view");
    expect(enabled).toHaveLength(base.length);
  });

  it.each([
    [{ add: ["stat"], remove: [] }, "stat is not a plugin the ckan image installs (did you mean stats?)"],
    [
      { add: [], remove: ["geoview"] },
      "geoview is not in the image's plugin list (CKAN_PLUGINS of images/ckan/versions.env) (did you mean geo_view?)",
    ],
    [
      { add: [], remove: ["envvars"] },
      "envvars cannot be removed: every setting of the ckan-config ConfigMap reaches CKAN through it",
    ],
    [
      { add: [], remove: ["datastore"] },
      "datastore cannot be removed: the bootstrap Job sets the DataStore's permissions (`ckan datastore set-permissions`)",
    ],
    [
      { add: ["csw_harvester"], remove: [] },
      "sdi_csw_harvester and csw_harvester cannot both be enabled: sdi_csw_harvester is csw_harvester with its XML declaration bug fixed and registers the same source type `csw`",
    ],
    [
      { add: ["datapusher"], remove: [] },
      "xloader and datapusher cannot both be enabled: XLoader replaces DataPusher: both would load every upload",
    ],
    [
      { add: [], remove: ["scheming_datasets"] },
      "gcds needs scheming_datasets (the theme's dataset schema is a scheming schema)",
    ],
    [
      { add: [], remove: ["spatial_metadata"] },
      "spatial_query needs spatial_metadata (it searches spatial_metadata's extents)",
    ],
  ])("should refuse %j", (plugins, message) => {
    expect(ckanConfigProblems({ config: {}, plugins })[0]?.message).toBe(message);
  });

  it("should enforce the order rules on the image's list", () => {
    const swapped = base.map((p) =>
      p === "gcds" ? "scheming_datasets" : p === "scheming_datasets" ? "gcds" : p,
    );
    expect(ckanConfigProblems({ config: {}, plugins: NONE }, swapped).map((p) => p.message)).toEqual([
      "scheming_datasets must come before gcds: gcds sets the portal's dataset schema before scheming reads it (update_config runs last plugin first)",
    ]);
    expect(ckanConfigProblems({ config: {}, plugins: NONE }, base)).toEqual([]);
  });

  it("should report a plugin problem at its line in the settings", () => {
    expect(problems("  plugins:\n    add: [stats, csw_harvester]\n")).toMatchObject([
      { field: "ckan.plugins.add.1", line: firstLine + 1 },
    ]);
  });

  it("should name the closest candidate only when it is close", () => {
    expect(nearest("ckan.site_titel", ["ckan.site_title", "ckan.site_id"])).toBe("ckan.site_title");
    expect(nearest("something.else", ["ckan.site_title"])).toBeUndefined();
  });
});
