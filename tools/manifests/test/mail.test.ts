// ckan.mail: the settings, the ConfigMap's CKAN_SMTP_* variables, the Secret ckan-mail and which pods
// load it. That CKAN really sends through them is the host end-to-end tier's (tools/e2e/src/mail.ts).
import { describe, expect, it } from "vitest";
import type { IContainer } from "kubernetes-models/v1";
import { COMPONENTS } from "../src/build-stack.ts";
import type { StackContext } from "../src/components/component.ts";
import { ckanConfigData, mailConfigData } from "../src/components/config.ts";
import { secretsNeededBy } from "../src/secrets-catalog.ts";
import { parseSettings, SettingsError } from "../src/settings/load-settings.ts";
import { sandboxContext, sandboxText } from "./helpers.ts";

const FILE = "environments/sandbox.yaml";

/** The sandbox's committed settings with `ckan.mail` set to these fields (YAML flow mapping). */
function withMail(fields: string): StackContext {
  const text = sandboxText().replace(
    "webTimeoutSeconds: 60\n",
    `webTimeoutSeconds: 60\n  mail: { ${fields} }\n`,
  );
  return { ...sandboxContext(), settings: parseSettings(text, FILE) };
}

/** Every container of every component's Deployments, Jobs and CronJobs, by workload name. */
function containers(context: StackContext): Map<string, IContainer> {
  const found = new Map<string, IContainer>();
  for (const component of COMPONENTS.map((build) => build(context))) {
    for (const object of component.objects) {
      const json = object.toJSON() as {
        metadata: { name: string };
        spec?: {
          template?: { spec: { containers: IContainer[] } };
          jobTemplate?: { spec: { template: { spec: { containers: IContainer[] } } } };
        };
      };
      const pod = json.spec?.template?.spec ?? json.spec?.jobTemplate?.spec.template.spec;
      for (const container of pod?.containers ?? []) found.set(json.metadata.name, container);
    }
  }
  return found;
}

const loadsMailSecret = (container: IContainer) =>
  (container.envFrom ?? []).some((from) => from.secretRef?.name === "ckan-mail");

describe("ckan.mail", () => {
  it("should default to port 587 with STARTTLS", () => {
    const { mail } = withMail("server: smtp.example.gc.ca, from: portal@example.gc.ca").settings.ckan;
    expect(mail).toEqual({
      server: "smtp.example.gc.ca",
      port: 587,
      tls: "starttls",
      from: "portal@example.gc.ca",
    });
  });

  it("should hand CKAN its own SMTP variables, host and port in smtp.server", () => {
    const { mail } = withMail(
      "server: smtp.example.gc.ca, port: 25, tls: starttls, from: portal@example.gc.ca, user: portal",
    ).settings.ckan;
    expect(mailConfigData(mail)).toEqual({
      CKAN_SMTP_SERVER: "smtp.example.gc.ca:25",
      CKAN_SMTP_STARTTLS: "true",
      CKAN_SMTP_MAIL_FROM: "portal@example.gc.ca",
      CKAN_SMTP_USER: "portal",
    });
  });

  it("should leave smtp.starttls and smtp.user unset for a clear-text relay without a login", () => {
    const { mail } = withMail("server: relay, tls: none, from: portal@example.gc.ca").settings.ckan;
    expect(mailConfigData(mail)).toEqual({
      CKAN_SMTP_SERVER: "relay:587",
      CKAN_SMTP_MAIL_FROM: "portal@example.gc.ca",
    });
  });

  it("should set no SMTP variable when mail is left out, as the committed environments do", () => {
    expect(mailConfigData(undefined)).toEqual({});
    expect(Object.keys(ckanConfigData(sandboxContext())).filter((key) => key.includes("SMTP"))).toEqual([]);
  });

  it("should keep the password out of the ConfigMap", () => {
    const context = withMail("server: smtp.example.gc.ca, from: portal@example.gc.ca, user: portal");
    expect(Object.keys(ckanConfigData(context)).filter((key) => key.includes("PASSWORD"))).toEqual([]);
  });

  it("should load the Secret ckan-mail into every CKAN pod, and only when mail has a login", () => {
    const withLogin = containers(withMail("server: smtp.example.gc.ca, from: a@example.gc.ca, user: portal"));
    expect(
      [...withLogin]
        .filter(([, c]) => loadsMailSecret(c))
        .map(([name]) => name)
        .sort(),
    ).toEqual([
      "ckan",
      "ckan-bootstrap",
      "ckan-harvest-fetch",
      "ckan-harvest-gather",
      "ckan-harvest-run",
      "ckan-worker",
    ]);
    const withoutLogin = containers(withMail("server: smtp.example.gc.ca, from: a@example.gc.ca"));
    expect([...withoutLogin.values()].filter(loadsMailSecret)).toEqual([]);
  });

  it("should need the Secret ckan-mail only when mail has a login", () => {
    expect(
      secretsNeededBy(withMail("server: s.example.gc.ca, from: a@example.gc.ca, user: u").settings),
    ).toContain("mail");
    expect(
      secretsNeededBy(withMail("server: s.example.gc.ca, from: a@example.gc.ca").settings),
    ).not.toContain("mail");
    expect(secretsNeededBy(sandboxContext().settings)).not.toContain("mail");
  });

  it("should refuse a password in the settings, saying where it belongs, without repeating it", () => {
    const text = sandboxText().replace(
      "webTimeoutSeconds: 60\n",
      "webTimeoutSeconds: 60\n  mail:\n    server: smtp.example.gc.ca\n    from: a@example.gc.ca\n    smtpPassword: hunter2\n",
    );
    let problems: readonly unknown[] = [];
    try {
      parseSettings(text, FILE);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems = error.problems;
    }
    const line = text.split("\n").findIndex((l) => l.includes("smtpPassword")) + 1;
    expect(problems).toEqual([
      {
        file: FILE,
        line,
        column: 5,
        field: "ckan.mail.smtpPassword",
        message:
          'unknown key "smtpPassword": a secret is never a setting (settings are committed to git and rendered into ConfigMaps)',
        fix: "remove it: the SMTP password lives in the Secret `ckan-mail` (key `CKAN_SMTP_PASSWORD`), which `npm run secrets -- <env>` creates from the variable CKAN_SMTP_PASSWORD in its environment (tools/secrets/README.md)",
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain("hunter2");
  });
});
