// The Government of Canada theme (images/ckan/extensions/ckanext-gcds) on the running stack: the
// extension's pytest suite with CKAN's pytest plugin on the stack's PostgreSQL, Solr and Redis, then
// Debian's Chromium driven by Playwright through the pages a visitor sees, in English and French, with
// axe-core checking each page and a screenshot of each saved under .e2e-artifacts/theme/.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { BBOX_AROUND_OTTAWA, BBOX_EUROPE, OTTAWA } from "./extents.ts";
import type { HostStack } from "./host-stack.ts";
import { containerOf } from "./rendered.ts";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../../..");
const EXTENSION = path.join(REPO, "images/ckan/extensions/ckanext-gcds");
export const ARTIFACTS = path.join(REPO, ".e2e-artifacts/theme");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TEST_DATABASE = "ckan_gcds_test";
const ORGANIZATION = "gcds-environment";
/** The WCAG 2.1 AA rules: the GC Design System's target. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A database of their own for the pytest fixtures, which drop every table; the stack's is untouched. */
async function testDatabaseUrl(context: HostStack): Promise<string> {
  const postgres = containerOf(context.stack, "postgres").env;
  const ckanUrl = new URL(containerOf(context.stack, "ckan").env.CKAN_SQLALCHEMY_URL!);
  const admin = {
    ...process.env,
    PGHOST: ckanUrl.hostname,
    PGPORT: ckanUrl.port || "5432",
    PGUSER: postgres.POSTGRES_USER ?? "postgres",
    PGPASSWORD: postgres.POSTGRES_PASSWORD ?? "",
    PGDATABASE: "postgres",
  };
  const user = decodeURIComponent(ckanUrl.username);
  for (const sql of [
    `DROP DATABASE IF EXISTS ${TEST_DATABASE}`,
    `CREATE DATABASE ${TEST_DATABASE} OWNER "${user}" ENCODING 'UTF8'`,
  ])
    await run("psql", ["-X", "-v", "ON_ERROR_STOP=1", "-qc", sql], { env: admin });
  ckanUrl.pathname = `/${TEST_DATABASE}`;
  return ckanUrl.toString();
}

async function runPytest(context: HostStack): Promise<string> {
  const python = path.join(context.host.venv, "bin/python");
  await run(
    python,
    ["-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", "test-requirements.txt"],
    {
      cwd: EXTENSION,
    },
  );
  const web = containerOf(context.stack, "ckan").env;
  const redis = new URL(web.CKAN_REDIS_URL!);
  redis.pathname = "/1"; // a Redis database apart from the stack's queues
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    CKAN_SQLALCHEMY_URL: await testDatabaseUrl(context),
    CKAN_SOLR_URL: web.CKAN_SOLR_URL!,
    CKAN_REDIS_URL: redis.toString(),
    CKAN_STORAGE_PATH: path.join(context.host.paths.scratch, "pytest-storage"),
  };
  // The whole output goes to the logs kept on failure; the error shows the short tracebacks' end.
  const log = path.join(context.host.paths.scratch, "logs", "pytest.log");
  const args = ["-m", "pytest", "-p", "no:cacheprovider", "--tb=short", "-rfE"];
  args.push(`--ckan-ini=${path.join(EXTENSION, "test.ini")}`, "--pyargs", "ckanext.gcds.tests");
  const options = { cwd: context.host.paths.scratch, env, maxBuffer: 16 * 2 ** 20 };
  try {
    const { stdout } = await run(python, args, options);
    await writeFile(log, stdout);
    return stdout.trim().split("\n").at(-1) ?? "";
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    await writeFile(log, `${stdout}\n${stderr}`);
    throw new Error(
      `the ckanext-gcds pytest suite failed (all of it in pytest.log):\n${stdout.split("\n").slice(-80).join("\n")}`,
      {
        cause: error,
      },
    );
  }
}

interface BilingualDataset {
  readonly name: string;
  readonly resourceId: string;
  readonly title: { readonly en: string; readonly fr: string };
}

async function createBilingualDataset(context: HostStack): Promise<BilingualDataset> {
  const api = context.api.withToken(await context.sysadminToken());
  const title = { en: "Air quality readings", fr: "Mesures de la qualité de l’air" };
  const name = "gcds-air-quality";
  await api.action("organization_create", { name: ORGANIZATION, title: "Environment" });
  await api.action("package_create", {
    name,
    owner_org: ORGANIZATION,
    title_translated: title,
    notes_translated: {
      en: "Hourly readings of fine particles.",
      fr: "Mesures horaires des particules fines.",
    },
    keywords: { en: ["air", "environment"], fr: ["air", "environnement"] },
    license_id: "OGL-Canada-2.0",
    // The SDI fields of the same schema, so the pages below show them too.
    spatial: JSON.stringify(OTTAWA),
    reference_system: "EPSG:4326",
    temporal_start: "2024-01-01",
    temporal_end: "2024-12-31",
    contact_name: "Air Quality Team",
    contact_email: "air-quality@example.gc.ca",
  });
  const resource = await api.action<{ id: string }>("resource_create", {
    package_id: name,
    name: "Station readings",
    url: "https://example.gc.ca/air-quality.html",
    format: "HTML",
  });
  // What an API client reads back: the English texts in the core fields, both languages beside them.
  const shown = await api.action<{ title: string; notes: string; title_translated: unknown }>(
    "package_show",
    {
      id: name,
    },
  );
  check(
    shown.title === title.en && JSON.stringify(shown.title_translated) === JSON.stringify(title),
    `package_show returns title ${JSON.stringify(shown.title)}, title_translated ${JSON.stringify(shown.title_translated)}`,
  );
  const found = await api.action<{ results: { title: string }[] }>("package_search", { q: `name:${name}` });
  check(found.results[0]?.title === title.en, `package_search returns ${JSON.stringify(found.results[0])}`);
  return { name, resourceId: resource.id, title };
}

type Language = "en" | "fr";
const prefix = (language: Language) => (language === "fr" ? "/fr" : "");

interface PageCheck {
  readonly name: string;
  readonly path: string;
  /** Text the page must show in each language. */
  readonly shows: Record<Language, string>;
}

/**
 * Every request the page makes must go to CKAN itself, nothing to a CDN. CKAN's own scripts also call
 * its public site URL (the Route; body data-site-root, e.g. /api/i18n/<lang>): that is CKAN too.
 */
function watchOrigins(page: Page, origins: readonly string[]): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!origins.some((origin) => url.startsWith(`${origin}/`)) && !url.startsWith("data:"))
      foreign.push(url);
  });
  return foreign;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

/** Loads a page, waits for the GC Design System components, checks language, content and axe. */
async function visit(page: Page, origin: string, check_: PageCheck, language: Language): Promise<string[]> {
  const url = `${origin}${prefix(language)}${check_.path}`;
  const response = await page.goto(url, { waitUntil: "networkidle" });
  check(response?.ok() === true, `${url}: HTTP ${response?.status()}`);
  check((await page.getAttribute("html", "lang")) === language, `${url}: <html lang> is not ${language}`);
  // The components hydrate in the browser: the header's shadow DOM holds the signature and toggle.
  await page.locator("gcds-header gcds-signature").first().waitFor({ timeout: 15_000 });
  await page.locator("gcds-footer").first().waitFor({ timeout: 15_000 });
  const text = await page.locator("body").innerText();
  check(
    text.includes(check_.shows[language]),
    `${url}: does not show "${check_.shows[language]}"; its main content:\n${(
      await page
        .locator("#content")
        .innerText()
        .catch(() => text)
    ).slice(0, 1500)}`,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, `${check_.name}-${language}.png`), fullPage: true });
  return (await seriousViolations(page)).map((violation) => `${check_.name} (${language}): ${violation}`);
}

/** The header's language toggle leads to the same page in the other language. */
async function toggle(page: Page, origin: string, check_: PageCheck, from: Language) {
  const to: Language = from === "en" ? "fr" : "en";
  await page.goto(`${origin}${prefix(from)}${check_.path}`, { waitUntil: "networkidle" });
  await page.locator("gcds-lang-toggle a").click();
  await page.waitForLoadState("networkidle");
  const landed = new URL(page.url());
  check(
    `${landed.pathname}${landed.search}` === `${prefix(to)}${check_.path}`,
    `the ${from} toggle on ${check_.path} led to ${landed.pathname}${landed.search}, not ${prefix(to)}${check_.path}`,
  );
  check((await page.getAttribute("html", "lang")) === to, `after the toggle the page is not in ${to}`);
}

/** The header's search box finds the dataset, in the page's language. */
async function search(page: Page, origin: string, dataset: BilingualDataset, language: Language) {
  await page.goto(`${origin}${prefix(language)}/`, { waitUntil: "networkidle" });
  await page.locator("gcds-search input").fill("air");
  await page.locator("gcds-search input").press("Enter");
  await page.waitForLoadState("networkidle");
  const landed = new URL(page.url());
  check(landed.pathname === `${prefix(language)}/dataset/`, `the header search went to ${landed.pathname}`);
  check(
    (await page.locator("body").innerText()).includes(dataset.title[language]),
    `the header search (${language}) does not list "${dataset.title[language]}"`,
  );
}

/** The search page's map extent (ckanext-spatial's ext_bbox) filters: a disjoint extent lists nothing. */
async function mapExtentFilters(page: Page, origin: string, dataset: BilingualDataset) {
  await page.goto(`${origin}/dataset/?ext_bbox=${BBOX_EUROPE}`, { waitUntil: "networkidle" });
  check(
    !(await page.locator("body").innerText()).includes(dataset.title.en),
    `the search page with ext_bbox=${BBOX_EUROPE} lists "${dataset.title.en}", whose extent is around Ottawa`,
  );
}

async function browse(context: HostStack, dataset: BilingualDataset): Promise<string[]> {
  check(existsSync(CHROMIUM), `${CHROMIUM} not found: sudo apt-get install -y chromium (setup.sh host does)`);
  await mkdir(ARTIFACTS, { recursive: true });
  const origin = context.api.baseUrl;
  const pages: PageCheck[] = [
    { name: "home", path: "/", shows: { en: "Datasets", fr: "Jeux de données" } },
    { name: "search", path: "/dataset/?q=air", shows: dataset.title },
    {
      name: "map-extent-search",
      path: `/dataset/?ext_bbox=${BBOX_AROUND_OTTAWA}`,
      shows: dataset.title,
    },
    { name: "dataset", path: `/dataset/${dataset.name}`, shows: dataset.title },
    {
      name: "resource",
      path: `/dataset/${dataset.name}/resource/${dataset.resourceId}`,
      shows: dataset.title,
    },
    { name: "organization", path: `/organization/${ORGANIZATION}`, shows: dataset.title },
    { name: "login", path: "/user/login", shows: { en: "Log in", fr: "Connexion" } },
  ];
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    // axe-core's Playwright binding needs a page of an explicit context.
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const siteUrl = new URL(containerOf(context.stack, "ckan").env.CKAN_SITE_URL!).origin;
    const foreign = watchOrigins(page, [origin, siteUrl]);
    const violations: string[] = [];
    for (const check_ of pages)
      for (const language of ["en", "fr"] as const)
        violations.push(...(await visit(page, origin, check_, language)));
    for (const check_ of pages.slice(0, 5))
      for (const language of ["en", "fr"] as const) await toggle(page, origin, check_, language);
    for (const language of ["en", "fr"] as const) await search(page, origin, dataset, language);
    await mapExtentFilters(page, origin, dataset);
    check(foreign.length === 0, `pages loaded from other origins: ${[...new Set(foreign)].join(", ")}`);
    return violations;
  } finally {
    await browser.close();
  }
}

export async function runThemeTests(context: HostStack): Promise<void> {
  const { phase } = context;
  const summary = await phase("ckanext-gcds pytest suite (CKAN's pytest plugin, the stack's services)", () =>
    runPytest(context),
  );
  console.log(`  ${summary}`);
  const dataset = await phase("a bilingual dataset (title, description, keywords) through the API", () =>
    createBilingualDataset(context),
  );
  const violations = await phase(
    "Chromium (Playwright): home, search, map-extent search, dataset, resource, organisation, login in en and fr; toggle; search; axe",
    () => browse(context, dataset),
  );
  check(
    violations.length === 0,
    `axe-core found serious or critical WCAG 2.1 AA violations:\n  ${violations.join("\n  ")}`,
  );
  console.log(
    `  axe-core: no serious or critical violation; screenshots in ${path.relative(REPO, ARTIFACTS)}/`,
  );
}
