// Fills an environment's namespace and host from a logged-in `oc`: the current project, and the apps
// domain read off the web console's URL (console-openshift-console.<apps domain>), which a Developer
// Sandbox user can see although the cluster's ingress config is not readable to them.
import { execFile } from "node:child_process";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { parseSettings } from "./load-settings.ts";

const run = promisify(execFile);

export function appsDomainFromConsoleUrl(consoleUrl: string): string {
  const host = new URL(consoleUrl.trim()).hostname;
  const prefix = "console-openshift-console.";
  if (!host.startsWith(prefix)) {
    throw new Error(
      `cannot derive the apps domain from the console URL ${consoleUrl.trim()}; set host by hand`,
    );
  }
  return host.slice(prefix.length);
}

export async function settingsFromOc(workspaceRoot: string, environment: string): Promise<number> {
  const oc = async (...args: string[]) => {
    try {
      return (await run("oc", args, { timeout: 30_000 })).stdout.trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        code === "ENOENT"
          ? "oc is not installed: download it from your cluster's web console (? → Command line tools)"
          : `oc ${args.join(" ")} failed; log in first with the command from the console's "Copy login command"`,
        { cause: error },
      );
    }
  };
  const namespace = await oc("project", "-q");
  const host = `ckan-${namespace}.${appsDomainFromConsoleUrl(await oc("whoami", "--show-console"))}`;

  const file = path.join(workspaceRoot, "environments", `${environment}.yaml`);
  const doc = parseDocument(await readFile(file, "utf8"));
  doc.set("namespace", namespace);
  doc.set("host", host);
  const text = doc.toString({ lineWidth: 0 });
  parseSettings(text, path.relative(workspaceRoot, file)); // never write a file render would reject
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
  console.log(`✓ ${path.relative(workspaceRoot, file)}: namespace ${namespace}, host ${host}`);
  return 0;
}
