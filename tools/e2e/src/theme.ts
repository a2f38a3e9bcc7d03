// The Government of Canada theme (images/ckan/extensions/ckanext-gcds) on the running stack: the
// extension's pytest suite with CKAN's pytest plugin on the stack's PostgreSQL, Solr and Redis, then
// Debian's Chromium driven by Playwright through every page of the theme, in English and French: axe-core
// on each, no CKAN placeholder text, no horizontal scrolling at 320 px or in print, screenshots at 1280
// and 320 px under .e2e-artifacts/theme/; the forms as an editor uses them (theme-form.ts); Lighthouse's
// accessibility and best-practices scores (theme-lighthouse.ts).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { BBOX_AROUND_OTTAWA, BBOX_EUROPE, OTTAWA } from "./extents.ts";
import type { HostStack } from "./host-stack.ts";
import { containerOf } from "./rendered.ts";
import {
  check,
  createThroughForm,
  editInFrench,
  FORM_DATASET,
  logIn,
  prefix,
  searchWithFacets,
  type Language,
} from "./theme-form.ts";
import { localhostOrigin } from "./localhost-origin.ts";
import { lighthouseScores, MIN_SCORE, type LighthouseScore } from "./theme-lighthouse.ts";

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, "../../..");
const EXTENSION = path.join(REPO, "images/ckan/extensions/ckanext-gcds");
export const ARTIFACTS = path.join(REPO, ".e2e-artifacts/theme");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TEST_DATABASE = "ckan_gcds_test";
const ORGANIZATION = "gcds-environment";
const GROUP = "gcds-climate";
/** The WCAG 2.1 AA rules: the GC Design System's target. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

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
  await api.action("group_create", { name: GROUP, title: "Climate" });
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
    groups: [{ name: GROUP }],
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

interface PageCheck {
  readonly name: string;
  readonly path: string;
  /** Text the page must show in each language. */
  readonly shows: Record<Language, string>;
}

/**
 * Every request the page makes must go to CKAN itself, nothing to a CDN: the origin the page was loaded
 * from, or CKAN's public site URL (the Route), where it redirects after a form.
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

/** CKAN's stock texts and images, which no page of the theme may show. */
const PLACEHOLDERS = [
  "Welcome to CKAN",
  "This is a nice introductory paragraph",
  "placeholder-420x220",
  "420 x 220",
  "This is a featured section",
  "Social",
  "Twitter",
  "Facebook",
  'data-bs-toggle="dropdown"',
  "ckan.ico",
  "<title>CKAN",
  " - CKAN</title>",
];

async function placeholdersOn(page: Page): Promise<string[]> {
  const html = await page.content();
  const text = await page
    .locator("#content")
    .innerText()
    .catch(() => "");
  return PLACEHOLDERS.filter((placeholder) => html.includes(placeholder) || text.includes(placeholder));
}

/** Pixels the page scrolls sideways at 320 px wide, on screen and in print. */
async function horizontalOverflow(page: Page): Promise<{ screen: number; print: number }> {
  const overflow = () =>
    page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    ) as Promise<number>;
  await page.setViewportSize({ width: 320, height: 900 });
  const screen = await overflow();
  await page.emulateMedia({ media: "print" });
  const print = await overflow();
  await page.emulateMedia({ media: "screen" });
  return { screen, print };
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

/**
 * Loads a page, waits for the GC Design System components, checks its language and content, axe, CKAN's
 * placeholders and sideways scrolling at 320 px (screen and print), and takes its screenshots.
 */
async function visit(page: Page, origin: string, check_: PageCheck, language: Language): Promise<string[]> {
  const url = `${origin}${prefix(language)}${check_.path}`;
  const response = await page.goto(url, { waitUntil: "networkidle" });
  check(response?.ok() === true, `${url}: HTTP ${response?.status()}`);
  check((await page.getAttribute("html", "lang")) === language, `${url}: <html lang> is not ${language}`);
  // The components hydrate in the browser: the header's shadow DOM holds the signature and toggle.
  await page.locator("gcds-header gcds-signature").first().waitFor({ timeout: 15_000 });
  await page.locator("gcds-footer").first().waitFor({ timeout: 15_000 });
  // Components take their texts (a card's title, a field's label) as attributes and draw them in their
  // shadow roots, which innerText does not read.
  const attributeTexts = await page
    .locator("[card-title], [label]")
    .evaluateAll((elements) =>
      elements
        .map((element) => element.getAttribute("card-title") ?? element.getAttribute("label"))
        .join("\n"),
    );
  const text = `${await page.locator("body").innerText()}\n${attributeTexts}`;
  check(
    text.includes(check_.shows[language]),
    `${url}: does not show "${check_.shows[language]}"; its main content:\n${(
      await page
        .locator("#content")
        .innerText()
        .catch(() => text)
    ).slice(0, 1500)}`,
  );
  const problems = (await seriousViolations(page)).map((violation) => `axe: ${violation}`);
  for (const placeholder of await placeholdersOn(page))
    problems.push(`shows CKAN's placeholder "${placeholder}"`);
  await page.screenshot({
    path: path.join(ARTIFACTS, `${check_.name}-${language}-1280.png`),
    fullPage: true,
  });
  const overflow = await horizontalOverflow(page);
  if (overflow.screen > 0) problems.push(`scrolls ${overflow.screen} px sideways at 320 px`);
  if (overflow.print > 0) problems.push(`scrolls ${overflow.print} px sideways in print at 320 px`);
  await page.screenshot({ path: path.join(ARTIFACTS, `${check_.name}-${language}-320.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems.map((problem) => `${check_.name} (${language}): ${problem}`);
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

/** The dataset's map zooms out and in from the keyboard (focus, then - and +). */
async function mapZoomsFromKeyboard(page: Page, origin: string, dataset: BilingualDataset) {
  await page.goto(`${origin}/dataset/${dataset.name}`, { waitUntil: "networkidle" });
  const map = page.locator("[data-gcds-map] svg");
  const viewBox = () => map.getAttribute("viewBox");
  const extent = await viewBox();
  const context = await page.locator('g[data-view="context"]').getAttribute("data-viewbox");
  await map.focus();
  await page.keyboard.press("-");
  check((await viewBox()) === context, `the map did not zoom out on "-": viewBox ${await viewBox()}`);
  await page.keyboard.press("+");
  check((await viewBox()) === extent, `the map did not zoom back in on "+": viewBox ${await viewBox()}`);
}

/** The search page's map extent (ckanext-spatial's ext_bbox) filters: a disjoint extent lists nothing. */
async function mapExtentFilters(page: Page, origin: string, dataset: BilingualDataset) {
  await page.goto(`${origin}/dataset/?ext_bbox=${BBOX_EUROPE}`, { waitUntil: "networkidle" });
  check(
    !(await page.locator("body").innerText()).includes(dataset.title.en),
    `the search page with ext_bbox=${BBOX_EUROPE} lists "${dataset.title.en}", whose extent is around Ottawa`,
  );
}

/** The pages a visitor sees, with text each must show. */
function visitorPages(dataset: BilingualDataset): PageCheck[] {
  return [
    { name: "home", path: "/", shows: { en: "Open data portal", fr: "Portail de données ouvertes" } },
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
    { name: "organizations", path: "/organization/", shows: { en: "Environment", fr: "Environment" } },
    { name: "organization", path: `/organization/${ORGANIZATION}`, shows: dataset.title },
    { name: "groups", path: "/group/", shows: { en: "Climate", fr: "Climate" } },
    {
      name: "about",
      path: "/about",
      shows: { en: "Find, use and share", fr: "Trouvez, utilisez et partagez" },
    },
    { name: "group", path: `/group/${GROUP}`, shows: dataset.title },
    {
      name: "login",
      path: "/user/login",
      shows: { en: "Username or Email", fr: "Nom d’utilisateur ou courriel" },
    },
  ];
}

/** The pages an editor sees (logged in as the sysadmin). */
function editorPages(dataset: BilingualDataset): PageCheck[] {
  return [
    {
      name: "register",
      path: "/user/register",
      shows: { en: "Register for an Account", fr: "Enregistrer un compte" },
    },
    { name: "dataset-form", path: "/dataset/new", shows: { en: "Title (English)", fr: "Titre (English)" } },
    { name: "dataset-edit-form", path: `/dataset/edit/${dataset.name}`, shows: dataset.title },
    {
      name: "resource-form",
      path: `/dataset/${dataset.name}/resource/new`,
      shows: { en: "Add resource", fr: "Ajouter une ressource" },
    },
  ];
}

async function browse(context: HostStack, dataset: BilingualDataset): Promise<string[]> {
  check(existsSync(CHROMIUM), `${CHROMIUM} not found: sudo apt-get install -y chromium (setup.sh host does)`);
  await rm(ARTIFACTS, { recursive: true, force: true }); // only this run's screenshots
  await mkdir(ARTIFACTS, { recursive: true });
  const origin = context.api.baseUrl;
  // The editor logs in on a localhost origin: the session cookie is Secure (localhost-origin.ts).
  const local = await localhostOrigin(origin);
  const visitor = visitorPages(dataset);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    // axe-core's Playwright binding needs a page of an explicit context.
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const siteUrl = new URL(containerOf(context.stack, "ckan").env.CKAN_SITE_URL!).origin;
    const foreign = watchOrigins(page, [origin, local.origin, siteUrl]);
    const problems: string[] = [];
    for (const check_ of visitor)
      for (const language of ["en", "fr"] as const)
        problems.push(...(await visit(page, origin, check_, language)));
    for (const check_ of visitor.slice(0, 5))
      for (const language of ["en", "fr"] as const) await toggle(page, origin, check_, language);
    for (const language of ["en", "fr"] as const) await search(page, origin, dataset, language);
    await mapExtentFilters(page, origin, dataset);
    await mapZoomsFromKeyboard(page, origin, dataset);

    const web = containerOf(context.stack, "ckan").env;
    await logIn(page, local.origin, web.CKAN_SYSADMIN_NAME!, web.CKAN_SYSADMIN_PASSWORD ?? "");
    for (const check_ of editorPages(dataset))
      for (const language of ["en", "fr"] as const)
        problems.push(...(await visit(page, local.origin, check_, language)));
    const created = await createThroughForm(page, local.origin, context.host.paths.scratch);
    const edited = await editInFrench(page, local.origin);
    for (const language of ["en", "fr"] as const) await searchWithFacets(page, local.origin, language);
    console.log(
      `  form: created ${FORM_DATASET.name} (server errors beside their fields: "${created.nameError}"; ` +
        `"${created.keywordError}"), uploaded a CSV resource, edited in French ("${edited.missing}"), found by facets`,
    );
    check(foreign.length === 0, `pages loaded from other origins: ${[...new Set(foreign)].join(", ")}`);
    return problems;
  } finally {
    await browser.close();
    await local.close();
  }
}

async function withLocalhostOrigin<T>(origin: string, use: (local: string) => Promise<T>): Promise<T> {
  const local = await localhostOrigin(origin);
  try {
    return await use(local.origin);
  } finally {
    await local.close();
  }
}

function reportLighthouse(scores: readonly LighthouseScore[]): string[] {
  const below: string[] = [];
  for (const { page, scores: score, failed } of scores) {
    console.log(
      `  Lighthouse ${page}: accessibility ${score.accessibility}, best practices ${score["best-practices"]}`,
    );
    if (score.accessibility < MIN_SCORE || score["best-practices"] < MIN_SCORE)
      below.push(`${page}: ${JSON.stringify(score)}; failed: ${failed.join("; ")}`);
  }
  return below;
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
  const problems = await phase(
    "Chromium (Playwright): every page in en and fr (axe, placeholders, 320 px, print); toggle; search; forms; facets",
    () => browse(context, dataset),
  );
  check(problems.length === 0, `the theme's pages have problems:\n  ${problems.join("\n  ")}`);
  console.log(
    `  axe-core: no serious or critical violation; no CKAN placeholder; no sideways scrolling at 320 px or in print; ` +
      `screenshots (1280 and 320 px) in ${path.relative(REPO, ARTIFACTS)}/`,
  );
  const paths = ["/", "/dataset/?q=air", `/dataset/${dataset.name}`].flatMap((page) => [page, `/fr${page}`]);
  const scores = await phase(
    `Lighthouse (accessibility, best practices ≥ ${MIN_SCORE}): home, search, dataset in en and fr`,
    () => withLocalhostOrigin(context.api.baseUrl, (local) => lighthouseScores(CHROMIUM, local, paths)),
  );
  const below = reportLighthouse(scores);
  check(below.length === 0, `Lighthouse scores below ${MIN_SCORE}:\n  ${below.join("\n  ")}`);
}
