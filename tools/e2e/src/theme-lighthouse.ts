// Lighthouse's accessibility and best-practices scores of the theme's main pages, in the same Debian
// Chromium the theme tests drive (Playwright's launch with their flags, plus a DevTools port).
//
// On the cluster the portal is served over https by the Route. Here CKAN answers in plain http on the
// Service's address, and Lighthouse counts plain http against best practices except on a localhost
// origin (127.0.0.1), which browsers treat as secure: a loopback forwarder on an ephemeral port of
// 127.0.0.1 (never a Service's port) gives it that origin.
import { createServer, connect, type AddressInfo, type Server } from "node:net";
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

async function forwarder(target: URL): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 80), target.hostname);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Lighthouse on each path (e.g. "/", "/fr/dataset/"), one after the other. */
export async function lighthouseScores(
  chromiumPath: string,
  origin: string,
  paths: readonly string[],
): Promise<LighthouseScore[]> {
  const proxy = await forwarder(new URL(origin));
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", `--remote-debugging-port=${port}`],
  });
  const local = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
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
    proxy.close();
  }
}
