// The kind CI overlay: OpenShift's random UID and GID 0 on every pod, Pod Security `restricted`, no Route,
// the CI images; built with the real kustomize over the committed sandbox overlay.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { kustomizeBuild } from "@ckan-openshift/manifests/kustomize";
import { kindOverlayFiles, SANDBOX_OVERLAY } from "../src/kind-overlay.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const out = mkdtempSync(path.join(tmpdir(), "kind-overlay-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const sandbox = (await kustomizeBuild(SANDBOX_OVERLAY)) as Obj[];
const files = kindOverlayFiles(sandbox, out, {
  uid: 1_000_680_000,
  images: new Map([["ckan", "localhost/ckan-e2e/ckan:ci-1"]]),
});
for (const [file, content] of files) writeFileSync(path.join(out, file), content);
const built = (await kustomizeBuild(out)) as Obj[];
const POD_KINDS = ["Deployment", "StatefulSet", "Job", "CronJob"];
const podSpec = (o: Obj): Obj =>
  o.kind === "CronJob" ? o.spec.jobTemplate.spec.template.spec : o.spec.template.spec;
const pods = built.filter((o) => POD_KINDS.includes(o.kind));

describe("the kind CI overlay", () => {
  it("should run every pod as the chosen UID, GID 0 and that UID as fsGroup, keeping the rest of the context", () => {
    expect(pods.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      "CronJob/ckan-harvest-run",
      "Deployment/ckan",
      "Deployment/ckan-harvest-fetch",
      "Deployment/ckan-harvest-gather",
      "Deployment/ckan-worker",
      "Deployment/redis",
      "Job/ckan-bootstrap",
      "StatefulSet/postgres",
      "StatefulSet/solr",
    ]);
    for (const pod of pods) {
      expect(podSpec(pod).securityContext).toEqual({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
        runAsUser: 1_000_680_000,
        runAsGroup: 0,
        fsGroup: 1_000_680_000,
      });
    }
  });

  it("should request 100m CPU per container, keeping the memory requests and limits", () => {
    const containers = (objects: Obj[]) =>
      objects
        .filter((o) => POD_KINDS.includes(o.kind))
        .flatMap((o) => [...(podSpec(o).initContainers ?? []), ...podSpec(o).containers]);
    const before = containers(sandbox);
    const after = containers(built);
    expect(after.map((c) => c.resources.requests.cpu)).toEqual(before.map(() => "100m"));
    expect(after.map((c) => [c.resources.requests.memory, c.resources.limits])).toEqual(
      before.map((c) => [c.resources.requests.memory, c.resources.limits]),
    );
  });

  it("should leave out the Route and change nothing else's kind or name", () => {
    const names = (objects: Obj[]) => objects.map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(names(built)).toEqual(names(sandbox).filter((name) => name !== "Route/ckan"));
  });

  it("should label the namespace for Pod Security restricted enforcement", () => {
    const namespace = parse(files.get("namespace.yaml")!);
    expect(namespace.metadata.name).toBe(sandbox[0]!.metadata.namespace);
    expect(namespace.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    expect(namespace.metadata.labels["pod-security.kubernetes.io/enforce-version"]).toBe("latest");
  });

  it("should run the CI image where the overlay runs the project's, and leave the other images alone", () => {
    const images = new Set(pods.flatMap((o) => podSpec(o).containers.map((c: Obj) => c.image)));
    expect([...images].filter((image) => image.includes("/ckan:"))).toEqual(["localhost/ckan-e2e/ckan:ci-1"]);
    expect(images.has("docker.io/library/redis:8.2.2-alpine")).toBe(true);
  });

  it("should refuse a UID OpenShift would never assign, and an image no container runs", () => {
    expect(() => kindOverlayFiles(sandbox, out, { uid: 1000, images: new Map() })).toThrow(
      /--uid 1000: use an integer in/,
    );
    expect(() =>
      kindOverlayFiles(sandbox, out, { uid: 1_000_680_000, images: new Map([["ckna", "x:1"]]) }),
    ).toThrow(/no container runs an image named ckna/);
  });
});
