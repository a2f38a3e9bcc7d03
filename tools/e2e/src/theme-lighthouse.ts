// Lighthouse's accessibility and best-practices scores of the theme's main pages, in the same Debian
// Chromium the theme tests drive (Playwright's launch with their flags, plus a DevTools port), on a
// localhost origin (localhost-origin.ts): Lighthouse counts plain http against best practices elsewhere.
import { createServer, type AddressInfo } from "node:net";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";

export const MIN_SCORE = 95;
const CATEGORIES = ["accessibility", "best-practices"] as const;

export interface LighthouseScore {
  readonly page: string;
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  /** The audits that failed, for the report when a score is below MIN_SCORE. */
  readonly failed: string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Lighthouse on each path (e.g. "/", "/fr/dataset/") of a localhost origin, one after the other. */
export async function lighthouseScores(
  chromiumPath: string,
  local: string,
  paths: readonly string[],
): Promise<LighthouseScore[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", `--remote-debugging-port=${port}`],
  });
  try {
    const results: LighthouseScore[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${local}${path}`, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
      ) as LighthouseScore["scores"];
      const failed = CATEGORIES.flatMap((category) =>
        (categories[category]?.auditRefs ?? [])
          .filter(
            (ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1,
          )
          .map((ref) => `${ref.id}: ${audits[ref.id]?.title}`),
      );
      results.push({ page: path, scores, failed });
    }
    return results;
  } finally {
    await browser.close();
  }
}
