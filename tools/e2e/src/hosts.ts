// Service names resolve to local servers through /etc/hosts, so the rendered URLs are used unchanged.
// Each service gets its own loopback address, and nothing listens on localhost for their ports: in a
// pod, localhost is the pod itself, so a stray localhost URL must fail here too.
import { readFile, writeFile } from "node:fs/promises";

const HOSTS_FILE = "/etc/hosts";
const MARKER = "# ckan-openshift-e2e";

/** A fixed loopback address per service, outside 127.0.0.1. */
export const SERVICE_ADDRESSES: Readonly<Record<string, string>> = {
  postgres: "127.0.0.11",
  redis: "127.0.0.12",
  solr: "127.0.0.13",
  ckan: "127.0.0.14",
  // Not a Service of the stack: the CSW server the harvest test harvests from (pycsw.ts).
  pycsw: "127.0.0.15",
  // Not a Service either: the SMTP relay the mail test points ckan.mail at (mail.ts).
  smtp: "127.0.0.16",
};

/** Hosts the tests run beside the rendered stack. */
export const TEST_HOSTS = ["pycsw", "smtp"] as const;

export function addressOf(service: string): string {
  const address = SERVICE_ADDRESSES[service];
  if (!address) throw new Error(`no loopback address assigned to the Service ${service}: add it to hosts.ts`);
  return address;
}

function withoutOurLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.endsWith(MARKER))
    .join("\n");
}

/** Adds one line per Service; needs root (CI runs as root). */
export async function addHostEntries(services: Iterable<string>): Promise<void> {
  const lines = [...services].map((service) => `${addressOf(service)} ${service} ${MARKER}`);
  let text: string;
  try {
    text = withoutOurLines(await readFile(HOSTS_FILE, "utf8"));
    await writeFile(HOSTS_FILE, `${text.trimEnd()}\n${lines.join("\n")}\n`);
  } catch (error) {
    throw new Error(
      `cannot edit ${HOSTS_FILE} (${(error as Error).message}): the end-to-end test maps the Service names ` +
        "to loopback addresses there; run it as root (CI does) or in a throw-away VM",
      { cause: error },
    );
  }
}

export async function removeHostEntries(): Promise<void> {
  const text = await readFile(HOSTS_FILE, "utf8");
  const cleaned = withoutOurLines(text);
  if (cleaned !== text) await writeFile(HOSTS_FILE, cleaned.endsWith("\n") ? cleaned : `${cleaned}\n`);
}
