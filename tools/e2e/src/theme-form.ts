// The theme's forms in a browser, as an editor uses them: log in, create a bilingual dataset through
// the dataset form (the components' own checks, then the server's errors beside their fields, in the
// page's language), upload a resource, edit the dataset in French, and find it with the search facets.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page, Request } from "playwright-core";

export type Language = "en" | "fr";
export const prefix = (language: Language) => (language === "fr" ? "/fr" : "");

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A GC Design System field by its name; Playwright's CSS locators reach into its shadow root. */
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`).first();
const inner = (page: Page, name: string, tag = "input") => page.locator(`[name="${name}"] ${tag}`).first();

/**
 * Submits the form (with the button of that value) and waits for the page the server answers with.
 * CKAN redirects after a form to its site URL, the Route's host, which does not resolve here: the
 * redirect's path is then followed on the page's own origin.
 */
async function submit(page: Page, value?: string) {
  const origin = new URL(page.url()).origin;
  const navigations: string[] = [];
  const track = (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      navigations.push(request.url());
  };
  page.on("request", track);
  try {
    const button = value ? `gcds-button[value="${value}"]` : 'gcds-button[type="submit"]';
    await Promise.all([page.waitForEvent("framenavigated"), page.locator(button).first().click()]);
    await page.waitForLoadState("networkidle");
  } finally {
    page.off("request", track);
  }
  const last = navigations.at(-1);
  if (last && !last.startsWith(`${origin}/`)) {
    const { pathname, search } = new URL(last);
    await page.goto(`${origin}${pathname}${search}`, { waitUntil: "networkidle" });
  }
}

/** Submits a form the components refuse to send, and waits for their error beside `name`. */
async function submitRefused(page: Page, name: string) {
  await page.locator('gcds-button[type="submit"]').first().click();
  for (let tries = 0; tries < 50 && !(await errorOf(page, name)); tries++) await page.waitForTimeout(100);
}

/** The error a GC Design System field shows (its error-message, set by the server or its own check). */
async function errorOf(page: Page, name: string): Promise<string> {
  return (
    (await field(page, name).evaluate((element) => (element as { errorMessage?: string }).errorMessage)) ?? ""
  );
}

export async function logIn(page: Page, origin: string, user: string, password: string) {
  await page.goto(`${origin}/user/login`, { waitUntil: "networkidle" });
  await inner(page, "login").fill(user);
  await inner(page, "password").fill(password);
  await submit(page);
  check(
    (await page.locator(`gcds-nav-link[href$="/user/${user}"]`).count()) === 1,
    `logging in as ${user} failed: ${page.url()}`,
  );
}

export interface FormDataset {
  readonly name: string;
  readonly title: Record<Language, string>;
  readonly keyword: Record<Language, string>;
}

export const FORM_DATASET: FormDataset = {
  name: "gcds-form-water-levels",
  title: { en: "Water levels of the Ottawa River", fr: "Niveaux d’eau de la rivière des Outaouais" },
  keyword: { en: "hydrometry", fr: "hydrométrie" },
};

/**
 * Creates FORM_DATASET through the form on the English pages: first empty (the components refuse it
 * before it is sent), then with a malformed URL name and keyword (the server's errors, beside their
 * fields), then right; then uploads a CSV file as its resource.
 */
export async function createThroughForm(page: Page, origin: string, scratch: string) {
  const dataset = FORM_DATASET;
  await page.goto(`${origin}/dataset/new`, { waitUntil: "networkidle" });
  await page.locator('gcds-input[name="title_translated-en"]').waitFor();

  await submitRefused(page, "title_translated-en");
  check(new URL(page.url()).pathname === "/dataset/new", `an empty dataset form was sent (${page.url()})`);
  for (const name of [
    "title_translated-en",
    "title_translated-fr",
    "notes_translated-en",
    "notes_translated-fr",
  ])
    check((await errorOf(page, name)) !== "", `the empty dataset form shows no error beside ${name}`);

  await inner(page, "title_translated-en").fill(dataset.title.en);
  check(
    (await field(page, "name").evaluate((element) => (element as { value?: string }).value)) ===
      "water-levels-of-the-ottawa-river",
    "the URL name does not follow the English title",
  );
  await inner(page, "title_translated-fr").fill(dataset.title.fr);
  await inner(page, "notes_translated-en", "textarea").fill("Daily water levels at Ottawa.");
  await inner(page, "notes_translated-fr", "textarea").fill("Niveaux d’eau quotidiens à Ottawa.");
  await inner(page, "keywords-en").fill(`${dataset.keyword.en}, water`);
  await inner(page, "keywords-fr").fill("eau; rivière");
  await inner(page, "name").fill("Water levels!");
  await submit(page);
  const nameError = await errorOf(page, "name");
  const keywordError = await errorOf(page, "keywords-fr");
  check(nameError !== "", "the server's error on a malformed URL name is not beside the URL field");
  check(keywordError !== "", "the server's error on a malformed French keyword is not beside that field");
  check(
    (await page.locator("gcds-error-summary").count()) === 1,
    "the dataset form's server errors have no error summary",
  );

  await inner(page, "name").fill(dataset.name);
  await inner(page, "keywords-fr").fill(`${dataset.keyword.fr}, eau`);
  await submit(page);
  const resourceStep = new URL(page.url()).pathname;
  check(resourceStep === `/dataset/${dataset.name}/resource/new`, `after the dataset form: ${page.url()}`);

  const csv = path.join(scratch, "water-levels.csv");
  await writeFile(csv, "station,level_m\n02KF005,58.21\n");
  await page.locator('gcds-file-uploader input[type="file"]').setInputFiles(csv);
  await inner(page, "name").fill("Daily levels");
  await submit(page, "go-metadata");
  check(
    new URL(page.url()).pathname === `/dataset/${dataset.name}`,
    `after the resource form: ${page.url()}`,
  );
  const text = await page.locator("body").innerText();
  check(
    text.includes(dataset.title.en) && text.includes("Daily levels"),
    "the new dataset's page lacks its title or resource",
  );
  return { nameError, keywordError };
}

/** Edits FORM_DATASET on the French pages: a French title removed is refused beside its field. */
export async function editInFrench(page: Page, origin: string) {
  const dataset = FORM_DATASET;
  await page.goto(`${origin}/fr/dataset/edit/${dataset.name}`, { waitUntil: "networkidle" });
  await page.locator('gcds-input[name="title_translated-fr"]').waitFor();
  await inner(page, "title_translated-fr").fill("");
  await submitRefused(page, "title_translated-fr");
  const missing = await errorOf(page, "title_translated-fr");
  check(missing !== "", "a French title removed on the edit form shows no error beside it");
  const edited = `${dataset.title.fr} (données quotidiennes)`;
  await inner(page, "title_translated-fr").fill(edited);
  await submit(page);
  check(new URL(page.url()).pathname === `/fr/dataset/${dataset.name}`, `after the edit form: ${page.url()}`);
  check(
    (await page.locator(`gcds-heading[tag="h1"]`).first().innerText()).includes(edited),
    "the edited French title is not the heading",
  );
  return { missing };
}

/** Follows a facet's link (a facet's values may be folded away in its gcds-details). */
async function followFacet(page: Page, origin: string, text: string) {
  const href = await page.locator(".gcds-facet a", { hasText: text }).first().getAttribute("href");
  check(href !== null, `no facet value "${text}" on ${page.url()}`);
  await page.goto(`${origin}${href}`, { waitUntil: "networkidle" });
}

/** The search's facets narrow the results: the keyword of the page's language, then the format. */
export async function searchWithFacets(page: Page, origin: string, language: Language) {
  const dataset = FORM_DATASET;
  await page.goto(`${origin}${prefix(language)}/dataset/`, { waitUntil: "networkidle" });
  await followFacet(page, origin, dataset.keyword[language]);
  check(page.url().includes(`vocab_keywords_${language}=`), `the keyword facet went to ${page.url()}`);
  await followFacet(page, origin, "CSV");
  const results = await page.locator(".gcds-result__title").allInnerTexts();
  check(
    results.length === 1 && results[0]!.includes(dataset.title[language].slice(0, 20)),
    `the keyword and format facets (${language}) list ${JSON.stringify(results)}`,
  );
  check(
    (await page.locator(".gcds-active-filters li").count()) === 2,
    "the active filters are not both shown",
  );
}
