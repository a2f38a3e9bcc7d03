// A real CSW server for the harvest test: pycsw from PyPI (tools/e2e/pycsw/requirements.txt) in its own
// cached virtual environment, loaded with the ISO 19139 records in tools/e2e/fixtures/csw, served on
// its own loopback address as http://pycsw:8000/csw.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { addressOf } from "./hosts.ts";
import { waitFor, type Supervisor } from "./processes.ts";
import { requirementsVirtualEnvironment, type Paths } from "./services.ts";

const run = promisify(execFile);
const HERE = path.resolve(import.meta.dirname, "../pycsw");
export const PYCSW_PORT = 8000;
export const CSW_RECORDS = path.resolve(import.meta.dirname, "../fixtures/csw");

/** The service as CKAN's harvester reaches it. */
export const PYCSW_URL = `http://pycsw:${PYCSW_PORT}/csw`;

/** The venv for requirements.txt; reused while it is unchanged. */
export const pycswVirtualEnvironment = (log: (line: string) => void) =>
  requirementsVirtualEnvironment("pycsw", path.join(HERE, "requirements.txt"), log);

/** pycsw's ini: a read-only CSW with the ISO application profile over a SQLite repository. */
function configuration(home: string): string {
  const sections: Record<string, Record<string, string>> = {
    server: {
      home,
      url: PYCSW_URL,
      mimetype: "application/xml; charset=UTF-8",
      encoding: "UTF-8",
      language: "en-US",
      maxrecords: "10",
      loglevel: "WARNING",
      logfile: "",
      pretty_print: "true",
      domainquerytype: "list",
      domaincounts: "false",
      profiles: "apiso",
    },
    manager: { transactions: "false", allowed_ips: "127.0.0.1" },
    "metadata:main": {
      identification_title: "End-to-end CSW",
      identification_abstract: "ISO 19139 records for the harvest test",
      identification_keywords: "e2e",
      identification_keywords_type: "theme",
      identification_fees: "None",
      identification_accessconstraints: "None",
      provider_name: "ckan-openshift e2e",
      provider_url: `http://pycsw:${PYCSW_PORT}/`,
      contact_name: "e2e",
      contact_position: "e2e",
      contact_address: "e2e",
      contact_city: "Ottawa",
      contact_stateorprovince: "Ontario",
      contact_postalcode: "K1A 0A1",
      contact_country: "Canada",
      contact_phone: "+1-000-000-0000",
      contact_fax: "+1-000-000-0000",
      contact_email: "e2e@example.com",
      contact_url: `http://pycsw:${PYCSW_PORT}/`,
      contact_hours: "always",
      contact_instructions: "none",
      contact_role: "pointOfContact",
    },
    "metadata:inspire": { enabled: "false" },
    repository: { database: `sqlite:///${path.join(home, "records.db")}`, table: "records" },
  };
  return Object.entries(sections)
    .map(([name, values]) => [`[${name}]`, ...Object.entries(values).map(([k, v]) => `${k}=${v}`)].join("\n"))
    .join("\n\n")
    .concat("\n");
}

/** Creates the repository, loads the fixture records and serves them; resolves once GetCapabilities answers. */
export async function startPycsw(supervisor: Supervisor, paths: Paths, venv: string): Promise<void> {
  const home = path.join(paths.scratch, "pycsw");
  await mkdir(home, { recursive: true });
  const config = path.join(home, "pycsw.cfg");
  await writeFile(config, configuration(home));
  const admin = (args: string[]) =>
    run(path.join(venv, "bin/python"), [path.join(venv, "bin/pycsw-admin.py"), ...args, "-f", config]).catch(
      (error: { stderr?: string }) => {
        throw new Error(`pycsw-admin.py ${args.join(" ")} failed: ${error.stderr?.trim()}`, { cause: error });
      },
    );
  await admin(["-c", "setup_db"]);
  await admin(["-c", "load_records", "-p", CSW_RECORDS]);
  const address = addressOf("pycsw");
  supervisor.start(
    "pycsw",
    path.join(venv, "bin/python"),
    [path.join(HERE, "serve.py"), address, String(PYCSW_PORT)],
    {
      env: { PATH: process.env.PATH ?? "", PYCSW_CONFIG: config },
    },
  );
  await waitFor("pycsw to answer GetCapabilities", 60, async () => {
    if (!supervisor.isRunning("pycsw")) throw new Error(`pycsw exited:\n${supervisor.tail("pycsw")}`);
    const response = await fetch(`http://${address}:${PYCSW_PORT}/csw?service=CSW&request=GetCapabilities`);
    return response.ok ? true : undefined;
  });
}
