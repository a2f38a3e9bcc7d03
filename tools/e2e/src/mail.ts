// Mail (ckan.mail), end to end: the sandbox's settings gain a `ckan.mail` block pointing at a real SMTP
// server (aiosmtpd from PyPI, tools/e2e/smtp) that requires AUTH. The password is provided to the secrets
// tool as an operator would (CKAN_SMTP_PASSWORD in its environment), reaches the Secret ckan-mail, and
// the web pod only through the rendered Secret reference. Then a user asks for a password reset through
// CKAN's form, in English and in French, and the message must arrive: to the user, from the configured
// sender, through the authenticated login, with the site's https URL and a reset link in the language of
// the request.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "yaml";
import { cookiesOf } from "./api.ts";
import { check } from "./api-journey.ts";
import type { HostStack } from "./host-stack.ts";
import { addressOf } from "./hosts.ts";
import { waitFor } from "./processes.ts";
import { containerOf, setting } from "./rendered.ts";
import { requirementsVirtualEnvironment } from "./services.ts";

const HERE = path.resolve(import.meta.dirname, "../smtp");

/** The relay the test's settings name: `smtp` is mapped to its own loopback address (hosts.ts). */
export const TEST_MAIL = {
  server: "smtp",
  port: 2525,
  // The test's relay has no certificate; STARTTLS is not exercised here (see docs/testing.md).
  tls: "none",
  from: "open-data-noreply@example.gc.ca",
  user: "ckan-portal",
} as const;

/** The password the operator provides: random per run, handed to the secrets tool through its environment. */
export function provideMailPassword(): string {
  const password = randomBytes(18).toString("base64url");
  process.env.CKAN_SMTP_PASSWORD = password;
  return password;
}

/** The sandbox's settings with `ckan.mail` set to the test's relay (the settings edit for BootOptions). */
export function withTestMail(text: string): string {
  const doc = parseDocument(text);
  doc.setIn(["ckan", "mail"], doc.createNode({ ...TEST_MAIL }));
  return doc.toString();
}

interface Received {
  readonly login: string | null;
  readonly mailFrom: string;
  readonly rcptTos: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** Starts aiosmtpd where the rendered CKAN_SMTP_SERVER points; returns a reader of what it accepted. */
async function startSmtp(stack: HostStack, password: string): Promise<() => Promise<Received[]>> {
  const web = containerOf(stack.stack, "ckan");
  const [host, port] = (web.env.CKAN_SMTP_SERVER ?? "").split(":");
  check(
    host === TEST_MAIL.server && port === String(TEST_MAIL.port),
    `the rendered web pod does not point at the test's relay: ${setting(web, "CKAN_SMTP_SERVER")}`,
  );
  const venv = await requirementsVirtualEnvironment("smtp", path.join(HERE, "requirements.txt"), (line) =>
    console.log(`  ${line}`),
  );
  const spool = path.join(stack.paths.scratch, "smtp-spool");
  await mkdir(spool, { recursive: true });
  const address = addressOf("smtp");
  stack.supervisor.start(
    "smtp",
    path.join(venv, "bin/python"),
    [path.join(HERE, "serve.py"), address, port!, spool],
    {
      env: { PATH: process.env.PATH ?? "", SMTP_USER: TEST_MAIL.user, SMTP_PASSWORD: password },
    },
  );
  await waitFor("the SMTP server to listen", 30, async () => {
    if (!stack.supervisor.isRunning("smtp"))
      throw new Error(`aiosmtpd exited:\n${stack.supervisor.tail("smtp")}`);
    return stack.supervisor.tail("smtp").includes("AUTH required") ? true : undefined;
  });
  return async () => {
    if (!existsSync(spool)) return [];
    const files = (await readdir(spool)).filter((file) => file.endsWith(".json"));
    files.sort((a, b) => parseInt(a) - parseInt(b));
    return Promise.all(
      files.map(async (file) => JSON.parse(await readFile(path.join(spool, file), "utf8")) as Received),
    );
  };
}

/** Asks for a password reset through CKAN's form (`/user/reset`, `/fr/user/reset`), as a browser does. */
async function requestReset(stack: HostStack, prefix: "" | "/fr", user: string): Promise<void> {
  const page = await stack.api.get(`${prefix}/user/reset`);
  const html = await page.text();
  const csrf = /name="_csrf_token"[^>]*value="([^"]+)"/.exec(html)?.[1];
  check(csrf !== undefined, `${prefix}/user/reset: HTTP ${page.status}, no _csrf_token field in the form`);
  const response = await fetch(`${stack.api.baseUrl}${prefix}/user/reset`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(page) },
    body: new URLSearchParams({ user, _csrf_token: csrf }),
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  check(response.status === 302, `POST ${prefix}/user/reset: HTTP ${response.status}, expected a redirect`);
}

export async function runMailTests(stack: HostStack, password: string): Promise<void> {
  const { phase } = stack;
  const web = containerOf(stack.stack, "ckan");
  const siteUrl = web.env.CKAN_SITE_URL!;
  const from = web.env.CKAN_SMTP_MAIL_FROM!;
  check(
    web.envSource.CKAN_SMTP_PASSWORD === "Secret ckan-mail",
    `the web pod's CKAN_SMTP_PASSWORD must come from the Secret ckan-mail, not ${web.envSource.CKAN_SMTP_PASSWORD ?? "nowhere"}`,
  );
  const received = await phase(`a real SMTP server (aiosmtpd) requiring AUTH as ${TEST_MAIL.user}`, () =>
    startSmtp(stack, password),
  );
  const api = stack.api.withToken(await stack.sysadminToken());
  const users = {
    "": { name: "mail-en", email: "mail-en@example.org" },
    "/fr": { name: "mail-fr", email: "mail-fr@example.org" },
  } as const;
  for (const user of Object.values(users))
    await api.action("user_create", { ...user, password: `${user.name}-passphrase-1234` });

  for (const prefix of ["", "/fr"] as const) {
    const user = users[prefix];
    const language = prefix ? "French" : "English";
    await phase(
      `password reset in ${language} (${prefix}/user/reset): the mail reaches aiosmtpd`,
      async () => {
        const before = (await received()).length;
        await requestReset(stack, prefix, user.email);
        // CKAN sends while it answers the form, so the message is there (or never comes) by now.
        const mail = await waitFor(`the reset mail for ${user.email} at the SMTP server`, 15, async () => {
          const all = await received();
          return all.length > before ? all[before] : undefined;
        }).catch((error: Error) => {
          throw new Error(
            `${error.message}\n  CKAN sends through ${setting(web, "CKAN_SMTP_SERVER")} as ${setting(web, "CKAN_SMTP_USER")}\n` +
              `  smtp log:\n${stack.supervisor.tail("smtp", 10)}\n  web log:\n${stack.supervisor.tail("web", 15)}`,
            { cause: error },
          );
        });
        const user_ = await api.action<{ id: string }>("user_show", { id: user.name });
        const link = `${siteUrl}${prefix}/user/reset/${user_.id}?key=`;
        const expected = {
          login: TEST_MAIL.user,
          mailFrom: from,
          rcptTos: [user.email],
          from: `${from}`,
          to: user.email,
        };
        const actual = {
          login: mail.login,
          mailFrom: mail.mailFrom,
          rcptTos: mail.rcptTos,
          from: /<([^>]+)>/.exec(mail.from)?.[1] ?? mail.from,
          to: /<([^>]+)>/.exec(mail.to)?.[1] ?? mail.to,
        };
        check(
          JSON.stringify(actual) === JSON.stringify(expected),
          `the reset mail's envelope and headers: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
        );
        check(
          mail.body.includes(`(${siteUrl})`) && mail.body.includes(link),
          `the reset mail must name the site ${siteUrl} and link to ${link}<key>; its body:\n${mail.body}`,
        );
        // CKAN 2.11's French catalogue leaves its reset mail untranslated; the theme's own templates
        // (ckanext-gcds templates/emails/) write it in the page's language, with the portal's name in it.
        const portal = web.env[`CKANEXT__GCDS__SITE_TITLE_${prefix ? "FR" : "EN"}`];
        const text = prefix
          ? {
              subject: `Réinitialisez votre mot de passe - ${portal}`,
              lines: [
                `Bonjour ${user.name},`,
                `Vous avez demandé la réinitialisation de votre mot de passe sur ${portal}.`,
              ],
            }
          : {
              subject: `Reset your password - ${portal}`,
              lines: [`Dear ${user.name},`, `You have requested your password on ${portal} to be reset.`],
            };
        check(
          mail.subject === text.subject && text.lines.every((line) => mail.body.includes(line)),
          `the reset mail is not the ${language} one: expected subject ${JSON.stringify(text.subject)} and ${JSON.stringify(text.lines)}; got subject ${JSON.stringify(mail.subject)}, body:\n${mail.body}`,
        );
      },
    );
  }
}
