#!/usr/bin/env node
// npm run ckan-config:catalogue [-- --check]: the config declarations of CKAN core and of every plugin
// the ckan image installs, read from a venv built by the image's own install script at its pins
// (tools/e2e/catalogue/ckan-config-declarations.py), written to
// tools/manifests/src/config/ckan-config-catalogue.json, which the settings' `ckan.config` and
// `ckan.plugins` are checked against. `--check` (run by `npm run e2e`) fails when the committed file differs
// from a fresh one: a pin bump that changes a declaration cannot leave the catalogue behind.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { ckanPins, ckanVirtualEnvironment, installExtensions } from "./services.ts";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../../..");
export const CATALOGUE = "tools/manifests/src/config/ckan-config-catalogue.json";
const SCRIPT = "tools/e2e/catalogue/ckan-config-declarations.py";

/** The catalogue's text, from the venv of the ckan image's pins (built and cached as the e2e builds it). */
export async function freshCatalogue(log: (line: string) => void = console.error): Promise<string> {
  const pins = ckanPins(REPO);
  const venv = await ckanVirtualEnvironment(REPO, pins, log);
  await installExtensions(REPO, venv);
  const { stdout } = await run(path.join(venv, "bin/python"), [path.join(REPO, SCRIPT)], {
    cwd: venv,
    maxBuffer: 64 * 2 ** 20,
  });
  const declared = JSON.parse(stdout) as Record<string, unknown>;
  const catalogue = {
    source:
      `generated from CKAN ${pins.CKAN_VERSION} and the extensions images/ckan/scripts/ckan-install installs at the pins of ` +
      `images/ckan/versions.env, by ${SCRIPT} (the API of \`ckan config describe --core <plugin> -f json\`); do not edit`,
    command: "npm run ckan-config:catalogue",
    ...declared,
  };
  return `${JSON.stringify(catalogue, null, 1)}\n`;
}

/** Fails, naming the command that fixes it, when the committed catalogue is not what CKAN declares. */
export async function checkCatalogue(log?: (line: string) => void): Promise<void> {
  const fresh = await freshCatalogue(log);
  const committed = await readFile(path.join(REPO, CATALOGUE), "utf8").catch(() => "");
  if (committed !== fresh)
    throw new Error(
      `${CATALOGUE} differs from the declarations of the CKAN the ckan image installs; run \`npm run ckan-config:catalogue\` and commit it`,
    );
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  if (values.check) {
    await checkCatalogue().then(
      () => console.log(`${CATALOGUE}: up to date`),
      (error: unknown) => {
        console.error(`✗ ${(error as Error).message}`);
        process.exitCode = 1;
      },
    );
  } else {
    await writeFile(path.join(REPO, CATALOGUE), await freshCatalogue());
    console.log(`wrote ${CATALOGUE}`);
  }
}
