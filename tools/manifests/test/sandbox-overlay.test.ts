// The contract for Argo CD and for people: what `kubectl kustomize manifests/overlays/sandbox` renders.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imagePinsPath, parseImagePins } from "../src/settings/image-pins.ts";
import { buildStack } from "../src/build-stack.ts";
import { byIdentity, kustomize, REPO, sandboxContext } from "./helpers.ts";

const context = sandboxContext();
const pins = parseImagePins(
  readFileSync(path.join(REPO, imagePinsPath("sandbox")), "utf8"),
  imagePinsPath("sandbox"),
);
const rendered = kustomize(path.join(REPO, "manifests/overlays/sandbox"));
const find = (kind: string, name: string) =>
  rendered.find((o) => o.kind === kind && o.metadata.name === name);
const podOf = (kind: string, name: string) => find(kind, name)!.spec.template.spec;

describe("the rendered sandbox overlay", () => {
  it("should hold every component of roadmap steps 1-4 and the SDI's harvest (step 6)", () => {
    expect(rendered.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      "ConfigMap/ckan-config",
      "ConfigMap/postgres-config",
      "CronJob/ckan-harvest-run",
      "Deployment/ckan",
      "Deployment/ckan-harvest-fetch",
      "Deployment/ckan-harvest-gather",
      "Deployment/ckan-worker",
      "Deployment/redis",
      "Job/ckan-bootstrap",
      "PersistentVolumeClaim/ckan-storage",
      "PersistentVolumeClaim/pg-data",
      "PersistentVolumeClaim/solr-data",
      "Route/ckan",
      "Service/ckan",
      "Service/postgres",
      "Service/postgres-headless",
      "Service/redis",
      "Service/solr",
      "Service/solr-headless",
      "StatefulSet/postgres",
      "StatefulSet/solr",
    ]);
  });

  it("should put everything in the settings' namespace", () => {
    expect(new Set(rendered.map((o) => o.metadata.namespace))).toEqual(new Set([context.settings.namespace]));
  });

  it("should be exactly what the generator builds from the sandbox settings", () => {
    // The overlay's patches, applied by the real kustomize, must reproduce the environment's objects.
    const expected = buildStack(context)
      .flatMap((component) => component.objects)
      .map((object) => JSON.parse(JSON.stringify(object.toJSON())));
    expect(byIdentity(rendered)).toEqual(byIdentity(expected));
  });

  it("should run the worker and the bootstrap Job on the web's image, as the environment's pins say", () => {
    const web = podOf("Deployment", "ckan").containers[0];
    const pin = pins.find((p) => p.name === "ckan")!;
    expect(web.image).toBe(`${pin.newName}:${pin.newTag}${pin.digest ? `@${pin.digest}` : ""}`);
    expect(podOf("Deployment", "ckan-worker").containers[0].image).toBe(web.image);
    expect(podOf("Job", "ckan-bootstrap").containers[0].image).toBe(web.image);
  });

  it("should give web, worker and bootstrap the same environment from the same ConfigMap and Secret", () => {
    const envFrom = (kind: string, name: string) => podOf(kind, name).containers[0].envFrom;
    const expected = [{ configMapRef: { name: "ckan-config" } }, { secretRef: { name: "ckan-secrets" } }];
    expect(envFrom("Deployment", "ckan")).toEqual(expected);
    expect(envFrom("Deployment", "ckan-worker")).toEqual(expected);
    expect(envFrom("Job", "ckan-bootstrap")).toEqual(expected);
    const annotation = (kind: string, name: string) =>
      find(kind, name)!.spec.template.metadata.annotations["ckan-openshift.io/config-checksum"];
    expect(annotation("Deployment", "ckan-worker")).toBe(annotation("Deployment", "ckan"));
  });

  it("should set the site URL to the Route's host over https", () => {
    const route = find("Route", "ckan")!;
    expect(route.spec.host).toBe(context.settings.host);
    expect(route.spec.tls).toEqual({ termination: "edge", insecureEdgeTerminationPolicy: "Redirect" });
    expect(find("ConfigMap", "ckan-config")!.data.CKAN_SITE_URL).toBe(`https://${route.spec.host}`);
  });

  it("should reference Secrets by name only, never carry one", () => {
    expect(rendered.filter((o) => o.kind === "Secret")).toEqual([]);
  });

  it("should point every Service at a port its pods declare", () => {
    for (const service of rendered.filter((o) => o.kind === "Service")) {
      const workload = rendered.find(
        (o) =>
          o.spec?.template &&
          o.metadata.labels["app.kubernetes.io/name"] === service.spec.selector["app.kubernetes.io/name"],
      )!;
      const ports = workload.spec.template.spec.containers.flatMap(
        (c: { ports?: { name: string }[] }) => c.ports ?? [],
      );
      expect(ports.map((p: { name: string }) => p.name)).toContain(service.spec.ports[0].targetPort);
    }
  });
});
