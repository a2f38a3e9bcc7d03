// Layers 2 and 4 of the validation gate: each rule named by a small break of the real sandbox overlay,
// and the overlay as committed passing.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RenderedObject } from "../src/gate/finding.ts";
import { checkOverlay } from "../src/gate/validate.ts";
import { kustomize, REPO } from "./helpers.ts";

const sandbox = kustomize(path.join(REPO, "manifests/overlays/sandbox"));

function find(objects: RenderedObject[], kind: string, name: string): RenderedObject {
  return objects.find((o) => o.kind === kind && o.metadata.name === name)!;
}
const web = (objects: RenderedObject[]) => find(objects, "Deployment", "ckan").spec.template.spec;
const webContainer = (objects: RenderedObject[]) => web(objects).containers[0];

async function findingsAfter(mutate: (objects: RenderedObject[]) => void) {
  const objects = structuredClone(sandbox);
  mutate(objects);
  return (await checkOverlay(objects, "sandbox", "developer-sandbox")).findings;
}

describe("the validation gate's object layers", () => {
  it("should pass the committed sandbox overlay", async () => {
    expect(await findingsAfter(() => undefined)).toEqual([]);
  });

  it.each<[string, string, string, (objects: RenderedObject[]) => void]>([
    // [rule, object, path, the break]
    [
      "pss/allow-privilege-escalation",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.allowPrivilegeEscalation",
      (o) => delete webContainer(o).securityContext.allowPrivilegeEscalation,
    ],
    [
      "pss/privileged",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.privileged",
      (o) => (webContainer(o).securityContext.privileged = true),
    ],
    [
      "pss/capabilities-drop",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.capabilities.drop",
      (o) => (webContainer(o).securityContext.capabilities = { drop: ["NET_RAW"] }),
    ],
    [
      "pss/capabilities-add",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.capabilities.add",
      (o) => (webContainer(o).securityContext.capabilities.add = ["SYS_ADMIN"]),
    ],
    [
      "pss/run-as-non-root",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.runAsNonRoot",
      (o) => {
        delete webContainer(o).securityContext.runAsNonRoot;
        delete web(o).securityContext.runAsNonRoot;
      },
    ],
    [
      "pss/run-as-root",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.runAsUser",
      (o) => (webContainer(o).securityContext.runAsUser = 0),
    ],
    [
      "openshift/pinned-id",
      "Deployment/ckan",
      "spec.template.spec.securityContext.fsGroup",
      (o) => (web(o).securityContext.fsGroup = 92),
    ],
    [
      "openshift/pinned-id",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.runAsUser",
      (o) => (webContainer(o).securityContext.runAsUser = 503),
    ],
    [
      "pss/seccomp",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.seccompProfile.type",
      (o) => {
        delete webContainer(o).securityContext.seccompProfile;
        delete web(o).securityContext.seccompProfile;
      },
    ],
    [
      "pss/host-namespaces",
      "Deployment/ckan",
      "spec.template.spec.hostNetwork",
      (o) => (web(o).hostNetwork = true),
    ],
    [
      "pss/volume-types",
      "Deployment/ckan",
      "spec.template.spec.volumes[name=host].hostPath",
      (o) => web(o).volumes.push({ name: "host", hostPath: { path: "/var/run" } }),
    ],
    [
      "pss/host-ports",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].ports[http].hostPort",
      (o) => (webContainer(o).ports[0].hostPort = 80),
    ],
    [
      "pss/sysctls",
      "Deployment/ckan",
      "spec.template.spec.securityContext.sysctls[0]",
      (o) => (web(o).securityContext.sysctls = [{ name: "kernel.msgmax", value: "1" }]),
    ],
    [
      "pss/probe-host",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].readinessProbe",
      (o) => (webContainer(o).readinessProbe.httpGet.host = "example.com"),
    ],
    [
      "pss/selinux",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].securityContext.seLinuxOptions",
      (o) => (webContainer(o).securityContext.seLinuxOptions = { type: "spc_t" }),
    ],
    [
      "refs/missing",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].envFrom[0]",
      (o) => (webContainer(o).envFrom[0].configMapRef.name = "ckan-confg"),
    ],
    [
      "refs/missing",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].envFrom[1]",
      (o) => (webContainer(o).envFrom[1].secretRef.name = "ckan-secret"),
    ],
    [
      "refs/missing",
      "Deployment/ckan",
      "spec.template.spec.volumes[name=storage]",
      (o) =>
        (web(o).volumes.find((v: RenderedObject) => v.name === "storage").persistentVolumeClaim.claimName =
          "ckan-data"),
    ],
    [
      "refs/missing",
      "Deployment/ckan",
      "spec.template.spec.serviceAccountName",
      (o) => (web(o).serviceAccountName = "ckan"),
    ],
    [
      "refs/service-port",
      "Service/ckan",
      "spec.ports[http].targetPort",
      (o) => (find(o, "Service", "ckan").spec.ports[0].targetPort = "web"),
    ],
    [
      "refs/service-selector",
      "Service/solr",
      "spec.selector",
      (o) => (find(o, "Service", "solr").spec.selector["app.kubernetes.io/name"] = "solr-cloud"),
    ],
    [
      "refs/missing",
      "Route/ckan",
      "spec.to.name",
      (o) => (find(o, "Route", "ckan").spec.to.name = "ckan-web"),
    ],
    [
      "secrets/no-values",
      "Secret/leak",
      "data",
      (o) =>
        o.push({
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "leak", labels: find(o, "Route", "ckan").metadata.labels },
          data: { A: "c2VjcmV0" },
        }),
    ],
    [
      "images/registry",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].image",
      (o) => (webContainer(o).image = "ghcr.io/someone/ckan:2.11"),
    ],
    [
      "images/pinned",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].image",
      (o) => (webContainer(o).image = "quay.io/someone/ckan:latest"),
    ],
    [
      "images/pinned",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].image",
      (o) => (webContainer(o).image = "quay.io/someone/ckan"),
    ],
    [
      "argocd/pvc-prune",
      "PersistentVolumeClaim/pg-data",
      "metadata.annotations",
      (o) =>
        delete find(o, "PersistentVolumeClaim", "pg-data").metadata.annotations[
          "argocd.argoproj.io/sync-options"
        ],
    ],
    [
      "argocd/pvc-wave",
      "PersistentVolumeClaim/solr-data",
      'metadata.annotations["argocd.argoproj.io/sync-wave"]',
      (o) =>
        (find(o, "PersistentVolumeClaim", "solr-data").metadata.annotations["argocd.argoproj.io/sync-wave"] =
          "-3"),
    ],
    [
      "workload/probes",
      "StatefulSet/solr",
      "spec.template.spec.containers[name=solr].livenessProbe",
      (o) => delete find(o, "StatefulSet", "solr").spec.template.spec.containers[0].livenessProbe,
    ],
    [
      "workload/probe-roles",
      "Deployment/ckan",
      "spec.template.spec.containers[name=ckan].livenessProbe",
      // As it was: status_show for both, liveness giving up after 3 × 30 s.
      (o) => (webContainer(o).livenessProbe.failureThreshold = 3),
    ],
    [
      "workload/probe-roles",
      "StatefulSet/solr",
      "spec.template.spec.containers[name=solr].livenessProbe",
      (o) =>
        (find(o, "StatefulSet", "solr").spec.template.spec.containers[0].livenessProbe.periodSeconds = 5),
    ],
    [
      "workload/statefulset-service",
      "StatefulSet/postgres",
      "spec.serviceName",
      (o) => (find(o, "StatefulSet", "postgres").spec.serviceName = "postgres"),
    ],
    [
      "workload/ephemeral-storage",
      "Deployment/ckan-worker",
      "spec.template.spec.containers[name=worker].resources.limits.ephemeral-storage",
      (o) =>
        delete find(o, "Deployment", "ckan-worker").spec.template.spec.containers[0].resources.limits[
          "ephemeral-storage"
        ],
    ],
    [
      "workload/ephemeral-storage",
      "Deployment/redis",
      "spec.template.spec.volumes[name=data].emptyDir.sizeLimit",
      (o) => delete find(o, "Deployment", "redis").spec.template.spec.volumes[0].emptyDir.sizeLimit,
    ],
    [
      "workload/ephemeral-storage",
      "CronJob/ckan-harvest-run",
      "spec.jobTemplate.spec.template.spec.containers",
      (o) =>
        (find(
          o,
          "CronJob",
          "ckan-harvest-run",
        ).spec.jobTemplate.spec.template.spec.volumes[1].emptyDir.sizeLimit = "10Gi"),
    ],
    [
      "workload/requests",
      "Deployment/redis",
      "spec.template.spec.containers[name=redis].resources.requests.cpu",
      (o) => delete find(o, "Deployment", "redis").spec.template.spec.containers[0].resources.requests.cpu,
    ],
    [
      "workload/memory-limit",
      "Deployment/ckan-worker",
      "spec.template.spec.containers[name=worker].resources.limits.memory",
      (o) => delete find(o, "Deployment", "ckan-worker").spec.template.spec.containers[0].resources.limits,
    ],
    [
      "labels/app-kubernetes-io",
      "ConfigMap/ckan-config",
      "metadata.labels",
      (o) => delete find(o, "ConfigMap", "ckan-config").metadata.labels["app.kubernetes.io/part-of"],
    ],
    [
      "labels/app-kubernetes-io",
      "Deployment/ckan-worker",
      "spec.template.metadata.labels",
      (o) =>
        delete find(o, "Deployment", "ckan-worker").spec.template.metadata.labels[
          "app.kubernetes.io/version"
        ],
    ],
    [
      "labels/version",
      "Deployment/ckan",
      'metadata.labels["app.kubernetes.io/version"]',
      // The label says 2.11.6 (the pin's), the pods run another pinned tag.
      (o) => (webContainer(o).image = "quay.io/ckan-openshift/ckan:2.12.0-1a2b3c4"),
    ],
    [
      "labels/version",
      "CronJob/ckan-harvest-run",
      'spec.jobTemplate.spec.template.metadata.labels["app.kubernetes.io/version"]',
      (o) =>
        (find(o, "CronJob", "ckan-harvest-run").spec.jobTemplate.spec.template.metadata.labels[
          "app.kubernetes.io/version"
        ] = "2.11.5"),
    ],
    [
      "quota/exceeded",
      "environments/sandbox.yaml",
      "sizes.ckan.cpu, sizes.ckanWorker.cpu, sizes.solr.cpu, sizes.postgres.cpu",
      (o) => (webContainer(o).resources.requests.cpu = "3"),
    ],
    [
      "gate/ignore-without-reason",
      "Deployment/ckan",
      'metadata.annotations["ckan-openshift.io/gate-ignore"]',
      (o) =>
        (find(o, "Deployment", "ckan").metadata.annotations["ckan-openshift.io/gate-ignore"] = "pss/seccomp"),
    ],
  ])("should report %s on %s at %s", async (rule, object, path, mutate) => {
    const findings = await findingsAfter(mutate);
    expect(findings.map((f) => [f.rule, f.object, f.path])).toContainEqual([rule, object, path]);
    for (const finding of findings) {
      expect(finding.why).not.toBe("");
      expect(finding.fix).not.toBe("");
    }
  });

  it("should accept images pinned by digest, with or without a tag, and still check their registry", async () => {
    const digest = `sha256:${"0123456789abcdef".repeat(4)}`;
    expect(
      await findingsAfter((o) => (webContainer(o).image = `quay.io/someone/ckan:2.11.6-1a2b3c4@${digest}`)),
    ).toEqual([]);
    expect(
      await findingsAfter(
        (o) => (webContainer(o).image = `image-registry.openshift-image-registry.svc:5000/ns/ckan@${digest}`),
      ),
    ).toEqual([]);
    const elsewhere = await findingsAfter((o) => (webContainer(o).image = `ghcr.io/someone/ckan@${digest}`));
    expect(elsewhere.map((f) => [f.rule, f.object])).toEqual([["images/registry", "Deployment/ckan"]]);
  });

  it("should honour a suppression that gives its reason, and only for that object and rule", async () => {
    const findings = await findingsAfter((o) => {
      webContainer(o).securityContext.privileged = true;
      find(o, "Deployment", "ckan").metadata.annotations["ckan-openshift.io/gate-ignore"] =
        "pss/privileged: a test of suppression";
      find(o, "Deployment", "ckan-worker").spec.template.spec.containers[0].securityContext.privileged = true;
    });
    expect(findings.map((f) => [f.rule, f.object])).toEqual([["pss/privileged", "Deployment/ckan-worker"]]);
  });
});
