// The ckan image's entry points refuse to start on a missing or placeholder setting, naming the
// variable and never its value. These checks run before CKAN is imported, so no venv is needed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECRETS } from "@ckan-openshift/manifests/secrets";

const scripts = path.resolve(import.meta.dirname, "../scripts");
const SECRET_VALUE = "s3cr3t-value-that-must-never-be-printed";

/** Every variable the manifests give a CKAN pod, with harmless values. */
function completeEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    CKAN_SITE_URL: "https://ckan.example.com",
    CKAN_SITE_ID: "default",
    CKAN_SOLR_URL: "http://solr:8983/solr/ckan",
    CKANEXT__XLOADER__SITE_URL: "http://ckan:5000",
    CKAN_SYSADMIN_NAME: "ckan_admin",
    CKAN_SYSADMIN_EMAIL: "ckan-admin@example.com",
  };
  for (const key of Object.keys(SECRETS.ckan.keys)) environment[key] = SECRET_VALUE;
  return environment;
}

function run(command: string, environment: Record<string, string>) {
  const [script, ...args] = command.split(" ");
  const result = spawnSync(path.join(scripts, script!), args, {
    env: environment,
    encoding: "utf8",
    timeout: 10_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each([
  "ckan-start-web",
  "ckan-start-worker",
  "ckan-bootstrap",
  "ckan-harvester gather-consumer",
  "ckan-harvester run",
])("%s", (script) => {
  it("should refuse to start without the Redis URL, naming it", () => {
    const environment = completeEnvironment();
    delete environment.CKAN_REDIS_URL;
    const { status, output } = run(script, environment);
    expect(status).toBe(1);
    expect(output).toContain("required variable CKAN_REDIS_URL (missing)");
    expect(output).not.toContain(SECRET_VALUE);
  });

  it("should refuse a placeholder secret without printing it", () => {
    const environment = { ...completeEnvironment(), CKAN___SECRET_KEY: "CHANGE_ME-please" };
    const { status, output } = run(script, environment);
    expect(status).toBe(1);
    expect(output).toContain("required variable CKAN___SECRET_KEY (still a placeholder)");
    expect(output).not.toContain("CHANGE_ME-please");
    expect(output).not.toContain(SECRET_VALUE);
  });
});

describe("ckan-harvester", () => {
  it("should refuse to run without a subcommand, showing its usage", () => {
    const { status, output } = run("ckan-harvester", completeEnvironment());
    expect(status).toBe(1);
    expect(output).toContain("usage: ckan-harvester gather-consumer|fetch-consumer|run|");
  });
});
