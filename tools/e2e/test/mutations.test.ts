// The end-to-end run must fail, pointing at the setting, when a rendered setting that matters is wrong.
// Each case boots the whole stack (about two minutes): run with `npm run e2e:mutations`, not `npm test`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const main = path.resolve(import.meta.dirname, "../src/main.ts");

/** Each argument is a `--set` assignment, or a flag of main.ts (`--mail-only`). */
function e2e(...settings: string[]) {
  const args = settings.flatMap((s) => (s.startsWith("--") ? [s] : ["--set", s]));
  const result = spawnSync(process.execPath, [main, ...args], {
    encoding: "utf8",
    timeout: 15 * 60 * 1000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe("a wrong rendered setting", () => {
  it("should fail the XLoader load and name CKANEXT__XLOADER__SITE_URL when it points at the public host", () => {
    const { status, stderr } = e2e(
      "ckan-config.CKANEXT__XLOADER__SITE_URL=https://ckan.apps.example.invalid",
    );
    expect(status).toBe(1);
    expect(stderr).toContain("XLoader did not load resource");
    expect(stderr).toContain(
      "calls back through CKANEXT__XLOADER__SITE_URL=https://ckan.apps.example.invalid (from ConfigMap ckan-config)",
    );
  });

  it("should fail the bootstrap Job and name CKAN_DATASTORE_READ_URL when it says localhost", () => {
    const { status, stderr } = e2e(
      "ckan-secrets.CKAN_DATASTORE_READ_URL=postgresql://datastore_ro:wrong@localhost:5432/datastore",
      // The bootstrap Job waits 5 minutes for its databases by default.
      "ckan-config.CKAN_BOOTSTRAP_WAIT_SECONDS=15",
    );
    expect(status).toBe(1);
    expect(stderr).toContain("Job/ckan-bootstrap exited with 1");
    expect(stderr).toContain("CKAN_DATASTORE_READ_URL");
    expect(stderr).not.toContain("wrong@");
  });

  it("should fail the ckan.config check and name the variable when a ckan.config value does not reach CKAN", () => {
    const { status, stderr } = e2e("--config-only", "ckan-config.CKAN__AUTH__PUBLIC_USER_DETAILS=true");
    expect(status).toBe(1);
    expect(stderr).toContain(
      "ckan.config ckan.auth.public_user_details false: an anonymous user_list was not refused (403); the web's CKAN__AUTH__PUBLIC_USER_DETAILS=true (from ConfigMap ckan-config)",
    );
  });

  it("should fail the reset mail and show the relay refusing the login when the password is not the relay's", () => {
    const { status, stderr } = e2e("--mail-only", "ckan-mail.CKAN_SMTP_PASSWORD=not-the-relays");
    expect(status).toBe(1);
    expect(stderr).toContain("the reset mail for mail-en@example.org at the SMTP server");
    expect(stderr).toContain("CKAN_SMTP_USER=ckan-portal (from ConfigMap ckan-config)");
    expect(stderr).toContain("AUTH PLAIN as 'ckan-portal': refused");
    expect(stderr).not.toContain("not-the-relays");
  });
});
