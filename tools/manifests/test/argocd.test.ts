// Argo CD delivery: the sync waves of the rendered overlay, and the AppProject and Application that sync it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { GITOPS } from "../src/config/gitops.ts";
import { readImageSettings } from "../src/config/versions.ts";
import { buildTree } from "../src/emit/tree.ts";
import { loadEnvironments } from "../src/render.ts";
import { application, appProject } from "../src/delivery/argocd-apps.ts";
import { argocdFindings } from "../src/gate/argocd-findings.ts";
import { buildStack } from "../src/build-stack.ts";
import { kustomize, REPO, sandboxContext } from "./helpers.ts";

const context = sandboxContext();
const rendered = kustomize(path.join(REPO, "manifests/overlays/sandbox"));
const argocd = kustomize(path.join(REPO, "manifests/argocd/sandbox"));
const project = argocd.find((o) => o.kind === "AppProject")!;
const app = argocd.find((o) => o.kind === "Application")!;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered YAML
const wave = (object: Record<string, any>) =>
  Number(object.metadata.annotations?.["argocd.argoproj.io/sync-wave"] ?? 0);

describe("sync waves of the rendered sandbox overlay", () => {
  it("should order config, databases, bootstrap, web and worker, Route", () => {
    const byWave = new Map<number, string[]>();
    for (const object of rendered) {
      byWave.set(wave(object), [
        ...(byWave.get(wave(object)) ?? []),
        `${object.kind}/${object.metadata.name}`,
      ]);
    }
    expect([...byWave.entries()].sort(([a], [b]) => a - b).map(([n, names]) => [n, names.sort()])).toEqual([
      [
        -3,
        [
          "ConfigMap/ckan-config",
          "ConfigMap/postgres-config",
          "Service/ckan",
          "Service/postgres",
          "Service/postgres-headless",
          "Service/redis",
          "Service/solr",
          "Service/solr-headless",
        ],
      ],
      [
        -2,
        [
          "Deployment/redis",
          "PersistentVolumeClaim/pg-data",
          "PersistentVolumeClaim/solr-data",
          "StatefulSet/postgres",
          "StatefulSet/solr",
        ],
      ],
      [-1, ["Job/ckan-bootstrap"]],
      [
        0,
        [
          "CronJob/ckan-harvest-run",
          "Deployment/ckan",
          "Deployment/ckan-harvest-fetch",
          "Deployment/ckan-harvest-gather",
          "Deployment/ckan-worker",
          "PersistentVolumeClaim/ckan-storage",
        ],
      ],
      [1, ["Route/ckan"]],
    ]);
  });

  it("should protect every claim from prune and from deletion with the application", () => {
    const claims = rendered.filter((o) => o.kind === "PersistentVolumeClaim");
    expect(claims.map((claim) => claim.metadata.annotations["argocd.argoproj.io/sync-options"])).toEqual(
      claims.map(() => "Prune=false,Delete=false"),
    );
  });
});

describe("the sandbox AppProject", () => {
  it("should allow only this repository and the environment's namespace, in this cluster", () => {
    expect(project.metadata).toMatchObject({ name: "ckan-sandbox", namespace: "openshift-gitops" });
    expect(project.spec.sourceRepos).toEqual([GITOPS.repositoryUrl]);
    expect(project.spec.destinations).toEqual([
      { server: "https://kubernetes.default.svc", namespace: "ckan-dev" },
    ]);
  });

  it("should allow no cluster-scoped kind, and exactly the namespaced kinds the overlay renders", () => {
    expect(project.spec.clusterResourceWhitelist).toEqual([]);
    const renderedKinds = new Set(
      rendered.map((o) => `${o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : ""}/${o.kind}`),
    );
    expect(
      project.spec.namespaceResourceWhitelist.map(
        (k: { group: string; kind: string }) => `${k.group}/${k.kind}`,
      ),
    ).toEqual([...renderedKinds].sort());
    // Secrets are created outside git (tools/secrets): Argo CD must not be able to manage them.
    expect(renderedKinds.has("/Secret")).toBe(false);
  });
});

describe("the sandbox Application", () => {
  it("should sync the sandbox overlay of this repository into its namespace, under its own project", () => {
    expect(app.metadata).toMatchObject({ name: "ckan-sandbox", namespace: "openshift-gitops" });
    expect(app.spec.project).toBe(project.metadata.name);
    expect(app.spec.source).toEqual({
      repoURL: GITOPS.repositoryUrl,
      targetRevision: "main",
      path: "manifests/overlays/sandbox",
    });
    expect(existsSync(path.join(REPO, app.spec.source.path, "kustomization.yaml"))).toBe(true);
    expect(app.spec.destination).toEqual({
      server: "https://kubernetes.default.svc",
      namespace: context.settings.namespace,
    });
    expect(new Set(rendered.map((o) => o.metadata.namespace))).toEqual(
      new Set([app.spec.destination.namespace]),
    );
  });

  it("should prune and self-heal, prune last and respect ignored differences", () => {
    expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app.spec.syncPolicy.syncOptions).toEqual(["PruneLast=true", "RespectIgnoreDifferences=true"]);
    expect(app.spec.syncPolicy.syncOptions).not.toContain("CreateNamespace=true");
  });

  it("should need no ignoreDifferences, because the Route's host is always rendered", () => {
    expect(app.spec.ignoreDifferences).toBeUndefined();
    expect(rendered.find((o) => o.kind === "Route")!.spec.host).toBe(context.settings.host);
  });

  it("should follow the Argo CD namespace and revision an environment's settings choose", () => {
    const settings = {
      ...context.settings,
      gitops: { argocdNamespace: "team-gitops", targetRevision: "release-1" },
    };
    const built = application({ name: "gov-dev", settings });
    expect(built.metadata).toMatchObject({ name: "ckan-gov-dev", namespace: "team-gitops" });
    expect(built.spec.source).toMatchObject({
      targetRevision: "release-1",
      path: "manifests/overlays/gov-dev",
    });
    expect(appProject({ name: "gov-dev", settings }, []).metadata.namespace).toBe("team-gitops");
  });

  it("should refuse a broken Application: a wrong type in syncPolicy", () => {
    const broken = application({ name: "sandbox", settings: context.settings });
    (broken.spec.syncPolicy!.automated as Record<string, unknown>).prune = "yes";
    expect(() => broken.validate()).toThrow(/prune/);
  });

  it("should be the committed file, byte for byte generated from the stack", () => {
    const committed = parse(
      readFileSync(path.join(REPO, "manifests/argocd/sandbox/ckan-sandbox-appproject.yaml"), "utf8"),
    );
    const objects = buildStack(context).flatMap((component) => component.objects);
    expect(committed).toEqual(appProject({ name: "sandbox", settings: context.settings }, objects).toJSON());
  });
});

describe("the gate's Argo CD layer", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const findingsAfter = (mutate: (objects: Record<string, any>[]) => void) => {
    const copy = structuredClone(argocd);
    mutate(copy);
    return argocdFindings(copy, rendered, "sandbox");
  };
  const appOf = (objects: typeof argocd) => objects.find((o) => o.kind === "Application")!;

  it("should pass the committed AppProject and Application", async () => {
    expect(await argocdFindings(argocd, rendered, "sandbox")).toEqual([]);
  });

  it("should refuse an unknown field in syncPolicy against the Argo CD CRD schema, suggesting the right one", async () => {
    const findings = await findingsAfter((o) => {
      const policy = appOf(o).spec.syncPolicy;
      policy.automatd = policy.automated;
      delete policy.automated;
    });
    expect(findings.map((f) => [f.rule, f.object, f.path])).toEqual([
      ["schema/unknown-field", "Application/ckan-sandbox", "spec.syncPolicy.automatd"],
    ]);
    expect(findings[0]!.fix).toMatch(/automated/);
  });

  it.each([
    [
      "argocd/destination",
      "Application/ckan-sandbox",
      "spec.destination.namespace",
      (o: typeof argocd) => (appOf(o).spec.destination.namespace = "other"),
    ],
    [
      "argocd/source",
      "Application/ckan-sandbox",
      "spec.source.path",
      (o: typeof argocd) => (appOf(o).spec.source.path = "manifests/overlays/gov-dev"),
    ],
    [
      "argocd/project",
      "Application/ckan-sandbox",
      "spec.project",
      (o: typeof argocd) => (appOf(o).spec.project = "default"),
    ],
    [
      "argocd/whitelist",
      "AppProject/ckan-sandbox",
      "spec.namespaceResourceWhitelist",
      (o: typeof argocd) =>
        (o.find((x) => x.kind === "AppProject")!.spec.namespaceResourceWhitelist = [
          { group: "apps", kind: "Deployment" },
        ]),
    ],
  ])("should report %s on %s at %s", async (rule, object, path, mutate) => {
    const findings = await findingsAfter(mutate);
    expect(findings.map((f) => [f.rule, f.object, f.path])).toEqual([[rule, object, path]]);
  });
});

describe("the gov-dev Application", () => {
  const govDev = kustomize(path.join(REPO, "manifests/argocd/gov-dev"));
  const overlay = kustomize(path.join(REPO, "manifests/overlays/gov-dev"));
  const govApp = govDev.find((o) => o.kind === "Application")!;

  it("should ignore only the data OpenShift injects into the trusted CA bundle ConfigMap", () => {
    const injected = overlay.filter(
      (o) =>
        o.kind === "ConfigMap" &&
        o.metadata.labels?.["config.openshift.io/inject-trusted-cabundle"] === "true",
    );
    expect(injected.map((o) => o.metadata.name)).toEqual(["trusted-ca-bundle"]);
    expect(govApp.spec.ignoreDifferences).toEqual([
      { group: "", kind: "ConfigMap", name: "trusted-ca-bundle", jsonPointers: ["/data"] },
    ]);
  });

  it("should pass the gate's Argo CD layer against its overlay", async () => {
    expect(await argocdFindings(govDev, overlay, "gov-dev")).toEqual([]);
  });
});

describe("an environment with SealedSecrets", () => {
  it("should let its AppProject apply them", async () => {
    const [sandboxEnvironment] = (await loadEnvironments(REPO)).filter((e) => e.name === "sandbox");
    const sealedSecret =
      "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: ckan-secrets\n";
    const tree = buildTree(
      [
        {
          ...sandboxEnvironment!,
          sealedSecrets: new Map([["ckan-secrets-sealedsecret.yaml", sealedSecret]]),
        },
      ],
      readImageSettings(REPO),
    );
    const whitelist = parse(tree.get("argocd/sandbox/ckan-sandbox-appproject.yaml")!).spec
      .namespaceResourceWhitelist;
    expect(whitelist).toContainEqual({ group: "bitnami.com", kind: "SealedSecret" });
    expect(whitelist).not.toContainEqual({ group: "", kind: "Secret" });
  });
});
