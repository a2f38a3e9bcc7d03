// ckan.config and ckan.plugins on the real stack: the sandbox settings with a few of them, rendered by the
// real render in the stack's scratch workspace (host-stack.ts BootOptions.settings), and their effect seen
// through CKAN's API, so a key that did not reach CKAN (a wrong ckanext-envvars name, a ConfigMap entry
// the pods do not load) fails here by name.
import { NAMES } from "@ckan-openshift/manifests/stack";
import { CkanApi, CkanError } from "./api.ts";
import type { HostStack } from "./host-stack.ts";
import { containerOf, setting } from "./rendered.ts";

export const SITE_DESCRIPTION = "Set through ckan.config";

/** The settings the proof adds to environments/sandbox.yaml's `ckan:` mapping. */
export function withConfigProof(text: string): string {
  const anchor = /^ckan:\n/m;
  if (!anchor.test(text))
    throw new Error("environments/sandbox.yaml has no `ckan:` mapping to add the proof to");
  return text.replace(
    anchor,
    [
      "ckan:",
      "  config:",
      "    ckan.auth.public_user_details: false",
      `    ckan.site_description: ${SITE_DESCRIPTION}`,
      "  plugins: { add: [stats], remove: [text_view] }",
      "",
    ].join("\n"),
  );
}

interface Status {
  readonly site_description: string;
  readonly extensions: readonly string[];
}

export async function runConfigChecks(stack: HostStack): Promise<void> {
  const web = containerOf(stack.stack, "ckan");
  for (const name of [NAMES.worker, NAMES.bootstrapJob]) {
    const { env } = containerOf(stack.stack, name);
    for (const variable of ["CKAN__SITE_DESCRIPTION", "CKAN__AUTH__PUBLIC_USER_DETAILS", "CKAN__PLUGINS"])
      if (env[variable] !== web.env[variable])
        throw new Error(
          `${name}: ${variable} is ${JSON.stringify(env[variable])}, not the web's ${JSON.stringify(web.env[variable])}`,
        );
  }
  await stack.phase("ckan.config and ckan.plugins reach CKAN through the rendered ConfigMap", async () => {
    const status = await stack.api.action<Status>("status_show");
    if (status.site_description !== SITE_DESCRIPTION)
      throw new Error(
        `ckan.config ckan.site_description: status_show says ${JSON.stringify(status.site_description)}, not ${JSON.stringify(SITE_DESCRIPTION)}; the web's ${setting(web, "CKAN__SITE_DESCRIPTION")}`,
      );
    const plugins = setting(web, "CKAN__PLUGINS");
    if (!status.extensions.includes("stats"))
      throw new Error(
        `ckan.plugins.add stats: status_show's extensions lack it (${status.extensions.join(" ")}); ${plugins}`,
      );
    if (status.extensions.includes("text_view"))
      throw new Error(`ckan.plugins.remove text_view: status_show's extensions still list it; ${plugins}`);
    // ckan.auth.public_user_details: false, a boolean declared by CKAN: anonymous user_list is refused.
    const refused = await new CkanApi(stack.api.baseUrl).action("user_list").then(
      () => false,
      (error: unknown) => error instanceof CkanError && error.status === 403,
    );
    if (!refused)
      throw new Error(
        `ckan.config ckan.auth.public_user_details false: an anonymous user_list was not refused (403); the web's ${setting(web, "CKAN__AUTH__PUBLIC_USER_DETAILS")}`,
      );
    const sysadmin = stack.api.withToken(await stack.sysadminToken());
    await sysadmin.action("user_list");
  });
}
