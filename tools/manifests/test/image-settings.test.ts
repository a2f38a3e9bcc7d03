// images.mirror and images.pullSecrets: the rewrite rule, every image and pod spec the generator writes,
// the operators' CRs, and the overlay's mirror Component for the pinned images.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStack } from "../src/build-stack.ts";
import { withProviders } from "../src/options.ts";
import { mirrorImage } from "../src/lib/image-reference.ts";
import { parseSettings } from "../src/settings/load-settings.ts";
import { kustomizeBuild } from "../src/kustomize.ts";
import { copyWorkspace, editFile, environmentContext, REPO, runCli, sandboxText } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const FILE = "environments/sandbox.yaml";
const MIRROR = "quay.io/gc-mirror";
const DIGEST = `sha256:${"ab".repeat(32)}`;
const IMAGES = `images:\n  mirror: ${MIRROR}\n  pullSecrets: [mirror-pull, other-pull]\n`;

describe("mirrorImage", () => {
  it.each([
    ["docker.io/library/postgres:16", `${MIRROR}/library/postgres:16`],
    ["postgres:16", `${MIRROR}/library/postgres:16`],
    ["docker.io/redis:8", `${MIRROR}/library/redis:8`],
    ["bitnami/redis:8", `${MIRROR}/bitnami/redis:8`],
    [`quay.io/ckan-openshift/ckan:2.11.6-0@${DIGEST}`, `${MIRROR}/ckan-openshift/ckan:2.11.6-0@${DIGEST}`],
    [
      "ghcr.io/cloudnative-pg/postgresql:16.11-standard-trixie",
      `${MIRROR}/cloudnative-pg/postgresql:16.11-standard-trixie`,
    ],
    ["localhost:5000/x/y:1", `${MIRROR}/x/y:1`],
    ["quay.io/ckan-openshift/ckan-solr", `${MIRROR}/ckan-openshift/ckan-solr`],
    [`${MIRROR}/library/redis:8`, `${MIRROR}/library/redis:8`],
  ])("%s → %s", (reference, mirrored) => {
    expect(mirrorImage(reference, MIRROR)).toBe(mirrored);
  });
});

const stackWith = (text: string, providers?: Parameters<typeof withProviders>[1]) => {
  const context = environmentContext("gov-dev");
  const parsed = parseSettings(text, "environments/gov-dev.yaml");
  const settings = providers ? withProviders(parsed, providers) : parsed;
  return buildStack({ ...context, settings })
    .flatMap((c) => c.objects)
    .map((o) => o.toJSON() as Json);
};
const podSpecs = (objects: Json[]) =>
  objects.flatMap((o) => {
    const spec = o.kind === "CronJob" ? o.spec.jobTemplate.spec.template.spec : o.spec?.template?.spec;
    return spec && ["Deployment", "StatefulSet", "Job", "CronJob"].includes(o.kind)
      ? [[o, spec] as const]
      : [];
  });

describe("images settings", () => {
  const govDev = () => `${readFileSync(path.join(REPO, "environments/gov-dev.yaml"), "utf8")}${IMAGES}`;

  it("should write every full image reference through the mirror, and leave the pinned short names to the overlay", () => {
    const objects = stackWith(govDev());
    const images = podSpecs(objects).flatMap(([, spec]) =>
      spec.containers.map((c: Json) => c.image as string),
    );
    expect([...new Set(images)].sort()).toEqual([
      "ckan",
      "ckan-solr",
      `${MIRROR}/library/redis:8.2.2-alpine`,
    ]);
  });

  it("should set the pull Secrets on every pod spec", () => {
    for (const [object, spec] of podSpecs(stackWith(govDev())))
      expect([object.metadata.name, spec.imagePullSecrets]).toEqual([
        object.metadata.name,
        [{ name: "mirror-pull" }, { name: "other-pull" }],
      ]);
  });

  it("should mirror the operators' images and give their CRs the pull Secrets", () => {
    const cnpg = stackWith(govDev(), { postgres: "cnpg", solr: "solrcloud" });
    const cluster = cnpg.find((o) => o.kind === "Cluster")!;
    expect(cluster.spec.imageName).toMatch(new RegExp(`^${MIRROR}/cloudnative-pg/postgresql:16\\.`));
    expect(cluster.spec.imagePullSecrets).toEqual([{ name: "mirror-pull" }, { name: "other-pull" }]);
    const solr = cnpg.find((o) => o.kind === "SolrCloud")!;
    expect(solr.spec.solrImage.repository).toBe(`${MIRROR}/ckan-openshift/ckan-solr`);
    expect(solr.spec.customSolrKubeOptions.podOptions.imagePullSecrets).toEqual([
      { name: "mirror-pull" },
      { name: "other-pull" },
    ]);
    expect(solr.spec.zookeeperRef.provided.zookeeperPodPolicy.imagePullSecrets).toHaveLength(2);
    const pooler = cnpg.find((o) => o.kind === "Pooler")!;
    expect(pooler.spec.template.spec.imagePullSecrets).toHaveLength(2);
    const crunchy = stackWith(govDev(), { postgres: "crunchy", solr: "statefulset" });
    expect(crunchy.find((o) => o.kind === "PostgresCluster")!.spec.imagePullSecrets).toHaveLength(2);
  });

  it("should change nothing without images settings", () => {
    const objects = stackWith(govDev().replace(IMAGES, ""));
    expect(podSpecs(objects).filter(([, spec]) => spec.imagePullSecrets !== undefined)).toEqual([]);
  });

  it("should refuse a malformed mirror and one the platform does not pull from, naming the fix", () => {
    const text = (mirror: string) => `${sandboxText()}images:\n  mirror: ${mirror}\n`;
    expect(() => parseSettings(text("https://quay.io/mirror"), FILE)).toThrow(
      /images\.mirror: must be a registry host and a path/,
    );
    expect(() => parseSettings(text("quay.io"), FILE)).toThrow(
      /images\.mirror: must be a registry host and a path/,
    );
    expect(() => parseSettings(text("registry.example.gc.ca/mirror"), FILE)).toThrow(
      /images\.mirror: is on registry\.example\.gc\.ca, which platform developer-sandbox does not pull from .*allowedRegistries in tools\/manifests\/src\/config\/platforms\.ts/,
    );
    expect(() => parseSettings(`${sandboxText()}images:\n  pullSecrets: [Quay_Pull]\n`, FILE)).toThrow(
      /images\.pullSecrets\.0: must be a Secret name/,
    );
  });
});

describe("the overlay's mirror Component", () => {
  it("should pull the pinned images through the mirror, tags kept, after kustomize build", async () => {
    const { root, cleanup } = copyWorkspace();
    try {
      editFile(root, "environments/sandbox.yaml", (text) => `${text}${IMAGES}`);
      const result = runCli(["render"], root);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const objects = (await kustomizeBuild(path.join(root, "manifests/overlays/sandbox"))) as Json[];
      const images = podSpecs(objects).flatMap(([, spec]) =>
        spec.containers.map((c: Json) => c.image as string),
      );
      expect([...new Set(images)].sort()).toEqual([
        `${MIRROR}/ckan-openshift/ckan-postgres:16.11-0`,
        `${MIRROR}/ckan-openshift/ckan-solr:2.11-solr9.8-0`,
        `${MIRROR}/ckan-openshift/ckan:2.11.6-0`,
        `${MIRROR}/library/redis:8.2.2-alpine`,
      ]);
    } finally {
      cleanup();
    }
  });
});
