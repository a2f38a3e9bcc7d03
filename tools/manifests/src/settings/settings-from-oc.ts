// Fills an environment's namespace and host from a logged-in `oc`: the current project, and the apps
// domain read off the web console's URL (console-openshift-console.<apps domain>), which a Developer
// Sandbox user can see although the cluster's ingress config is not readable to them. Only the two values
// change in the file: comments, order, flow mappings and quoting stay as the author (and Prettier) left them.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { isMap, isScalar, parse, parseDocument } from "yaml";
import { settingsPath } from "../environments/environment-files.ts";
import { Failure } from "../lib/command-line.ts";
import { loadSettings, parseSettings } from "./load-settings.ts";

const run = promisify(execFile);

export function appsDomainFromConsoleUrl(consoleUrl: string): string {
  const url = consoleUrl.trim();
  const host = URL.canParse(url) ? new URL(url).hostname : "";
  const prefix = "console-openshift-console.";
  if (!host.startsWith(prefix)) {
    throw new Failure(
      `cannot derive the apps domain from the console URL "${url}" (\`oc whoami --show-console\`): it is not console-openshift-console.<apps domain>`,
      "set host in the environment's settings by hand: a DNS name under your cluster's apps domain",
    );
  }
  return host.slice(prefix.length);
}

async function oc(...args: string[]): Promise<string> {
  try {
    return (await run("oc", args, { timeout: 30_000 })).stdout.trim();
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === "ENOENT")
      throw new Failure(
        "oc is not installed (not on PATH)",
        "download it from your cluster's web console (? → Command line tools), then `oc login`",
      );
    const said = stderr?.trim().split("\n")[0];
    throw new Failure(
      `\`oc ${args.join(" ")}\` failed${said ? `: ${said}` : ""}`,
      'log in with the command from the web console\'s "Copy login command" (`oc login --token=… --server=…`)',
    );
  }
}

/** The text with one top-level scalar replaced in place (or appended when absent). */
function withTopLevelValue(text: string, key: string, value: string): string {
  const doc = parseDocument(text);
  const contents = doc.contents;
  const pair = isMap(contents)
    ? contents.items.find((item) => isScalar(item.key) && item.key.value === key)
    : undefined;
  // Quoted only when YAML would read it as something else (a namespace of digits is a number).
  const written = parse(value) === value ? value : JSON.stringify(value);
  if (pair && isScalar(pair.value) && pair.value.range) {
    const [start, end] = pair.value.range;
    return text.slice(0, start) + written + text.slice(end);
  }
  return `${text.replace(/\n*$/, "\n")}${key}: ${written}\n`;
}

export async function settingsFromOc(workspaceRoot: string, environment: string): Promise<number> {
  // The file must exist and be valid before asking the cluster anything.
  await loadSettings(workspaceRoot, environment);
  const namespace = await oc("project", "-q");
  const host = `ckan-${namespace}.${appsDomainFromConsoleUrl(await oc("whoami", "--show-console"))}`;

  const file = settingsPath(environment);
  const target = path.join(workspaceRoot, file);
  const original = await readFile(target, "utf8");
  const text = withTopLevelValue(withTopLevelValue(original, "namespace", namespace), "host", host);
  parseSettings(text, file); // never write a file render would reject
  if (text === original) {
    console.log(`= ${file} already has namespace ${namespace}, host ${host}`);
    return 0;
  }
  const temporary = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  console.log(`✓ ${file}: namespace ${namespace}, host ${host}`);
  return 0;
}
