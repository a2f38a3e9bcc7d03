// The gov-dev overlay: operators for the stateful apps, scale-out and network policies, and every
// variant a user can switch to (each combination of options), each rendered by the real kustomize and gated.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOverlay } from "../src/gate/validate.ts";
import { OPTIONS, withProviders } from "../src/options.ts";
import { quotaUsage } from "../src/quota/usage.ts";
import { PLATFORMS } from "../src/config/platforms.ts";
import { parseSettings } from "../src/settings/load-settings.ts";
import { SettingsError } from "../src/settings/load-settings.ts";
import { buildStack } from "../src/build-stack.ts";
import { buildVariant, overlayVariants } from "../src/gate/variants.ts";
import { byIdentity, govDevContext, govDevText, kustomize, REPO } from "./helpers.ts";

const OVERLAY = path.join(REPO, "manifests/overlays/gov-dev");
const context = govDevContext();
const rendered = kustomize(OVERLAY);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered YAML
const find = (kind: string, name: string): any =>
  rendered.find((o) => o.kind === kind && o.metadata.name === name);
const names = (kind: string) =>
  rendered
    .filter((o) => o.kind === kind)
    .map((o) => o.metadata.name)
    .sort();

describe("the rendered gov-dev overlay", () => {
  it("should run PostgreSQL by Crunchy PGO, as its settings choose, and nothing of the StatefulSet", () => {
    expect(names("PostgresCluster")).toEqual(["postgres"]);
    expect(find("StatefulSet", "postgres")).toBeUndefined();
    expect(find("PersistentVolumeClaim", "pg-data")).toBeUndefined();
    expect(find("ConfigMap", "postgres-config")).toBeUndefined();
  });

  it("should autoscale 2-4 web pods on shared uploads, leaving the replica count to the autoscaler", () => {
    expect(find("HorizontalPodAutoscaler", "ckan").spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(find("Deployment", "ckan").spec.replicas).toBeUndefined();
    expect(find("Deployment", "ckan").spec.strategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    expect(find("PersistentVolumeClaim", "ckan-storage").spec).toMatchObject({
      accessModes: ["ReadWriteMany"],
      storageClassName: "ocs-storagecluster-cephfs",
    });
    const workerVolumes = find("Deployment", "ckan-worker").spec.template.spec.volumes;
    expect(workerVolumes.find((v: { name: string }) => v.name === "storage")).toEqual({
      name: "storage",
      persistentVolumeClaim: { claimName: "ckan-storage" },
    });
  });

  it("should keep a web and a worker pod through node drains", () => {
    expect(names("PodDisruptionBudget")).toEqual(["ckan", "ckan-worker"]);
    expect(find("PodDisruptionBudget", "ckan-worker").spec).toEqual({
      minAvailable: 1,
      selector: {
        matchLabels: { "app.kubernetes.io/name": "ckan-worker", "app.kubernetes.io/instance": "ckan" },
      },
    });
  });

  it("should deny all traffic, then allow only the stack's own", () => {
    expect(names("NetworkPolicy")).toEqual([
      "allow-ckan-egress-to-postgres",
      "allow-ckan-egress-to-redis-and-web",
      "allow-ckan-egress-to-solr",
      "allow-ckan-to-postgres",
      "allow-ckan-to-redis",
      "allow-ckan-to-solr",
      "allow-dns",
      "allow-harvest-to-sources",
      "allow-postgres-cluster",
      "allow-router-to-ckan",
      "allow-worker-downloads",
      "allow-worker-to-ckan",
      "default-deny",
    ]);
    expect(find("NetworkPolicy", "default-deny").spec).toEqual({
      podSelector: {},
      policyTypes: ["Ingress", "Egress"],
    });
    expect(find("NetworkPolicy", "allow-ckan-to-postgres").spec.podSelector).toEqual({
      matchLabels: { "postgres-operator.crunchydata.com/cluster": "postgres" },
    });
    expect(find("NetworkPolicy", "allow-worker-downloads").spec.egress).toEqual([
      {
        to: [{ ipBlock: { cidr: "0.0.0.0/0" } }],
        ports: [80, 443].map((port) => ({ protocol: "TCP", port })),
      },
    ]);
    expect(find("NetworkPolicy", "allow-harvest-to-sources").spec.egress).toEqual(
      find("NetworkPolicy", "allow-worker-downloads").spec.egress,
    );
  });

  it("should trust the cluster's CA bundle, which OpenShift injects into an empty labelled ConfigMap", () => {
    const bundle = find("ConfigMap", "trusted-ca-bundle");
    expect(bundle.metadata.labels["config.openshift.io/inject-trusted-cabundle"]).toBe("true");
    expect(bundle.data).toBeUndefined();
    expect(find("ConfigMap", "ckan-config").data).toMatchObject({
      REQUESTS_CA_BUNDLE: "/etc/ckan/trusted-ca/ca-bundle.crt",
      SSL_CERT_FILE: "/etc/ckan/trusted-ca/ca-bundle.crt",
    });
    for (const name of ["ckan", "ckan-worker"]) {
      const [container] = find("Deployment", name).spec.template.spec.containers;
      expect(container.volumeMounts).toContainEqual({
        name: "trusted-ca",
        mountPath: "/etc/ckan/trusted-ca",
        readOnly: true,
      });
    }
  });

  it("should count the operators' pods and claims against the quota", () => {
    const usage = quotaUsage(rendered, PLATFORMS.openshift.quota);
    expect(usage.workloads.map((w) => `${w.object} ${w.replicas}`)).toEqual(
      expect.arrayContaining([
        "PostgresCluster/postgres instance1 2",
        "PostgresCluster/postgres pgbouncer 2",
      ]),
    );
    expect(usage.claims.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "postgres-instance1-pgdata-0",
        "postgres-instance1-pgdata-1",
        "postgres-repo1",
      ]),
    );
  });
});

describe("every variant of the gov-dev overlay", async () => {
  const variants = await overlayVariants(OVERLAY, "gov-dev", "openshift");

  it("should offer each combination: PostgreSQL three ways, Solr two ways", () => {
    expect(variants.map((v) => v.name).sort()).toEqual([
      "gov-dev",
      "gov-dev[postgres-cnpg solr-solrcloud]",
      "gov-dev[postgres-cnpg]",
      "gov-dev[postgres-crunchy solr-solrcloud]",
      "gov-dev[solr-solrcloud]",
      "gov-dev[statefulsets]",
    ]);
  });

  it.each(variants.map((variant) => [variant.name, variant] as const))(
    "%s should be exactly the stack built with that choice, and pass the gate",
    async (_name, variant) => {
      const objects = await buildVariant(OVERLAY, variant);
      const chosen = variant.options;
      const settings = withProviders(context.settings, Object.assign({}, ...chosen.map((o) => o.providers)));
      const expected = buildStack({ ...context, settings })
        .flatMap((component) => component.objects)
        .map((object) => JSON.parse(JSON.stringify(object.toJSON())));
      expect(byIdentity(objects)).toEqual(byIdentity(expected));
      expect((await checkOverlay(objects, variant.name, "openshift")).findings).toEqual([]);
    },
  );
});

describe("the options (manifests/components/)", () => {
  const dir = path.join(REPO, "manifests/components");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".yaml"),
  );

  it("should offer every option, each with a Purpose/Usage README", () => {
    expect(readdirSync(dir).sort()).toEqual(OPTIONS.map((option) => option.name).sort());
    for (const option of OPTIONS)
      expect(readFileSync(path.join(dir, option.name, "README.md"), "utf8")).toMatch(/Purpose[^]*Usage/);
  });

  it("should carry no environment's values: namespace, host, image registry or its own sizes", () => {
    const leaks = files.filter((file) =>
      [context.settings.namespace, context.settings.host, "quay.io", "50Gi"].some((value) =>
        readFileSync(path.join(dir, file), "utf8").includes(value),
      ),
    );
    expect(leaks).toEqual([]);
  });
});

describe("gov-dev settings", () => {
  it("should refuse several web pods on a ReadWriteOnce volume, naming the field and the fix", () => {
    const text = govDevText().replace("uploadsAccessMode: ReadWriteMany", "uploadsAccessMode: ReadWriteOnce");
    const error = (() => {
      try {
        parseSettings(text, "environments/gov-dev.yaml");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SettingsError);
    const [problem] = (error as SettingsError).problems;
    expect(problem).toMatchObject({ file: "environments/gov-dev.yaml", field: "storage.uploadsAccessMode" });
    expect(problem!.message).toContain("must be ReadWriteMany when the web has more than one replica");
    expect(problem!.fix).toContain("ReadWriteMany");
  });
});
