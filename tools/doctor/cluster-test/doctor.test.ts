// The doctor against a real API server: the cluster tier's (npm run e2e:cluster runs this suite while its
// cluster is up, with KUBECONFIG set). Each case breaks one thing in a namespace of its own and expects
// exactly that check to fail, with its fix; the healthy namespace must pass.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLATFORMS, type PlatformName } from "@ckan-openshift/manifests/stack";
import { stringify } from "yaml";
import { apply, platformLimits, project as openshiftProject } from "@ckan-openshift/cluster";

const REPO = path.resolve(import.meta.dirname, "../../..");
const DOCTOR = path.join(REPO, "tools/doctor/src/cli.ts");
const kubeconfig = process.env.KUBECONFIG;
if (!kubeconfig)
  throw new Error(
    "KUBECONFIG must name the cluster tier's cluster: run this suite through npm run e2e:cluster",
  );

const SANDBOX = "doctor-sandbox";
const GOV_DEV = "doctor-gov-dev";
let workspace: string;

function kubectl(args: string[], input?: string): string {
  const result = spawnSync("kubectl", args, {
    input,
    encoding: "utf8",
    env: process.env,
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`kubectl ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}
const applyYaml = (objects: object[]) =>
  kubectl(["apply", "--server-side", "-f", "-"], objects.map((o) => stringify(o)).join("---\n"));

interface Result {
  check: string;
  outcome: "ok" | "fail" | "skipped";
  message: string;
  fix?: string;
}
function doctor(environment: string): { status: number | null; results: Result[] } {
  const run = spawnSync(process.execPath, [DOCTOR, environment, "--json", "--workspace", workspace], {
    encoding: "utf8",
    env: process.env,
  });
  if (!run.stdout.startsWith("{"))
    throw new Error(`the doctor printed no report (exit ${run.status}): ${run.stderr}`);
  return { status: run.status, results: (JSON.parse(run.stdout) as { results: Result[] }).results };
}
const failures = (results: Result[]) => results.filter((r) => r.outcome === "fail").map((r) => r.check);

/** A namespace as the cluster tier makes one, labelled for Argo CD. */
async function project(name: string, platform: PlatformName) {
  await apply([openshiftProject(name)]);
  await apply(platformLimits(name, PLATFORMS[platform]));
  kubectl(["label", "--overwrite", "namespace", name, "argocd.argoproj.io/managed-by=openshift-gitops"]);
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "doctor-cluster-"));
  for (const entry of [
    "environments",
    "manifests",
    ...["ckan", "solr", "postgres"].map((i) => `images/${i}/versions.env`),
  ])
    cpSync(path.join(REPO, entry), path.join(workspace, entry), { recursive: true });
  for (const [environment, namespace] of [
    ["sandbox", SANDBOX],
    ["gov-dev", GOV_DEV],
  ] as const) {
    const file = path.join(workspace, "environments", `${environment}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^namespace: .*$/m, `namespace: ${namespace}`));
  }
  const render = spawnSync(
    process.execPath,
    [path.join(REPO, "tools/manifests/src/cli.ts"), "render", "--workspace", workspace],
    { encoding: "utf8" },
  );
  if (render.status !== 0) throw new Error(`render failed: ${render.stdout}${render.stderr}`);

  applyYaml([
    { apiVersion: "v1", kind: "Namespace", metadata: { name: "openshift-gitops" } },
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: {
        name: "doctor-default",
        annotations: { "storageclass.kubernetes.io/is-default-class": "true" },
      },
      provisioner: "kubernetes.io/no-provisioner",
      volumeBindingMode: "WaitForFirstConsumer",
    },
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "ocs-storagecluster-cephfs" },
      provisioner: "openshift-storage.cephfs.csi.ceph.com",
    },
  ]);
  await project(SANDBOX, "developer-sandbox");
  await project(GOV_DEV, "openshift");
  for (const environment of ["sandbox", "gov-dev"]) {
    const secrets = spawnSync(
      process.execPath,
      [path.join(REPO, "tools/secrets/src/cli.ts"), environment, "--workspace", workspace],
      { encoding: "utf8", env: process.env },
    );
    if (secrets.status !== 0) throw new Error(`secrets failed: ${secrets.stdout}${secrets.stderr}`);
  }
}, 120_000);

afterAll(() => {
  spawnSync("kubectl", ["delete", "namespace", SANDBOX, GOV_DEV, "openshift-gitops", "--timeout=120s"], {
    env: process.env,
  });
  spawnSync("kubectl", ["delete", "storageclass", "doctor-default", "ocs-storagecluster-cephfs"], {
    env: process.env,
  });
  rmSync(workspace, { recursive: true, force: true });
});

describe("npm run doctor against a real API server", () => {
  it.each(["sandbox", "gov-dev"])(
    "passes %s's namespace, which has everything, skipping only what plain Kubernetes cannot tell",
    (environment) => {
      const { status, results } = doctor(environment);
      expect(failures(results)).toEqual([]);
      expect(status).toBe(0);
      const skippedChecks = results.filter((r) => r.outcome === "skipped").map((r) => r.check);
      expect(skippedChecks.every((check) => check.startsWith("image/"))).toBe(true);
    },
  );

  it("fails the quota whose hard limit is below what the stack needs, naming the resource", () => {
    kubectl([
      "patch",
      "resourcequota",
      "compute-deploy",
      "-n",
      SANDBOX,
      "--type=merge",
      "-p",
      '{"spec":{"hard":{"requests.cpu":"1"}}}',
    ]);
    try {
      const { status, results } = doctor("sandbox");
      expect(status).toBe(1);
      expect(failures(results)).toEqual(["quota/compute-deploy"]);
      expect(results.find((r) => r.check === "quota/compute-deploy")!.message).toMatch(
        /^requests\.cpu: the stack needs .+, the quota allows 1/,
      );
    } finally {
      kubectl([
        "patch",
        "resourcequota",
        "compute-deploy",
        "-n",
        SANDBOX,
        "--type=merge",
        "-p",
        '{"spec":{"hard":{"requests.cpu":"3000m"}}}',
      ]);
    }
  });

  it("fails a LimitRange whose defaults are not the ones render assumes", () => {
    kubectl([
      "patch",
      "limitrange",
      "resource-limits",
      "-n",
      SANDBOX,
      "--type=json",
      "-p",
      '[{"op":"replace","path":"/spec/limits/0/default/cpu","value":"2"}]',
    ]);
    try {
      expect(failures(doctor("sandbox").results)).toEqual(["limitrange/resource-limits"]);
    } finally {
      kubectl([
        "patch",
        "limitrange",
        "resource-limits",
        "-n",
        SANDBOX,
        "--type=json",
        "-p",
        '[{"op":"replace","path":"/spec/limits/0/default/cpu","value":"1"}]',
      ]);
    }
  });

  it("fails a kind the overlay needs when its CRD is gone, naming the operator", () => {
    const crd = "postgresclusters.postgres-operator.crunchydata.com";
    const saved = kubectl(["get", "crd", crd, "-o", "yaml"]);
    kubectl(["delete", "crd", crd]);
    try {
      const { results } = doctor("gov-dev");
      expect(failures(results)).toEqual(["kind/PostgresCluster"]);
      expect(results.find((r) => r.check === "kind/PostgresCluster")!.fix).toMatch(/Crunchy Postgres/);
    } finally {
      kubectl(["create", "-f", "-"], saved.replace(/^\s+(resourceVersion|uid|creationTimestamp):.*$/gm, ""));
    }
  });

  it("fails a ReadWriteMany claim on a single-node StorageClass, and a claim with no StorageClass", () => {
    kubectl([
      "patch",
      "storageclass",
      "doctor-default",
      "--type=merge",
      "-p",
      '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}}',
    ]);
    const cephfs = kubectl(["get", "storageclass", "ocs-storagecluster-cephfs", "-o", "yaml"]);
    kubectl(["delete", "storageclass", "ocs-storagecluster-cephfs"]);
    applyYaml([
      {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name: "ocs-storagecluster-cephfs" },
        provisioner: "openshift-storage.rbd.csi.ceph.com",
      },
    ]);
    try {
      expect(failures(doctor("sandbox").results)).toEqual([
        "storage/ckan-storage",
        "storage/pg-data",
        "storage/solr-data",
      ]);
      const rwx = doctor("gov-dev").results.filter((r) => r.outcome === "fail");
      expect(rwx.map((r) => r.message)).toContainEqual(
        expect.stringMatching(
          /^ReadWriteMany on ocs-storagecluster-cephfs \(openshift-storage\.rbd\.csi\.ceph\.com\)/,
        ),
      );
    } finally {
      kubectl([
        "patch",
        "storageclass",
        "doctor-default",
        "--type=merge",
        "-p",
        '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}',
      ]);
      kubectl(["delete", "storageclass", "ocs-storagecluster-cephfs"]);
      kubectl(["create", "-f", "-"], cephfs.replace(/^\s+(resourceVersion|uid|creationTimestamp):.*$/gm, ""));
    }
  });

  it("fails a Secret that lacks a key, naming the key and never printing a value", () => {
    const saved = kubectl(["get", "secret", "redis-secrets", "-n", SANDBOX, "-o", "json"]);
    kubectl([
      "patch",
      "secret",
      "redis-secrets",
      "-n",
      SANDBOX,
      "--type=json",
      "-p",
      '[{"op":"remove","path":"/data/REDIS_PASSWORD"}]',
    ]);
    const { results } = doctor("sandbox");
    expect(failures(results)).toEqual(["secret/redis-secrets"]);
    expect(results.find((r) => r.check === "secret/redis-secrets")!.message).toBe(
      "missing key(s) REDIS_PASSWORD",
    );
    const secretValues = Object.values(
      JSON.parse(kubectl(["get", "secret", "-n", SANDBOX, "-o", "json"])).items.flatMap(
        (s: { data?: Record<string, string> }) => Object.values(s.data ?? {}),
      ),
    );
    const printed = spawnSync(process.execPath, [DOCTOR, "sandbox", "--workspace", workspace], {
      encoding: "utf8",
      env: process.env,
    });
    for (const value of secretValues as string[]) {
      expect(printed.stdout).not.toContain(value);
      expect(printed.stdout).not.toContain(Buffer.from(value, "base64").toString());
    }
    const secret = JSON.parse(saved) as { metadata: Record<string, unknown> };
    delete secret.metadata.resourceVersion;
    kubectl(["replace", "-f", "-"], JSON.stringify(secret));
    expect(failures(doctor("sandbox").results)).toEqual([]);
  });

  it("fails a namespace Argo CD may not manage, and one that does not exist", () => {
    kubectl(["label", "namespace", GOV_DEV, "argocd.argoproj.io/managed-by-"]);
    try {
      const { results } = doctor("gov-dev");
      expect(failures(results)).toEqual(["argocd/managed-by"]);
      expect(results.find((r) => r.check === "argocd/managed-by")!.fix).toBe(
        `oc label namespace ${GOV_DEV} argocd.argoproj.io/managed-by=openshift-gitops`,
      );
    } finally {
      kubectl(["label", "namespace", GOV_DEV, "argocd.argoproj.io/managed-by=openshift-gitops"]);
    }
    const file = path.join(workspace, "environments/sandbox.yaml");
    const settings = readFileSync(file, "utf8");
    writeFileSync(file, settings.replace(`namespace: ${SANDBOX}`, "namespace: doctor-nowhere"));
    try {
      expect(failures(doctor("sandbox").results)).toContain("namespace");
    } finally {
      writeFileSync(file, settings);
    }
  });

  it("fails an image pinned to a registry the platform does not pull from", () => {
    const pins = path.join(workspace, "manifests/overlays/sandbox/images/kustomization.yaml");
    const committed = readFileSync(pins, "utf8");
    writeFileSync(pins, committed.replace(/newName: quay\.io\//, "newName: registry.example.com/"));
    try {
      const failed = doctor("sandbox").results.filter((r) => r.outcome === "fail");
      expect(failed.map((r) => r.check)).toEqual([
        expect.stringMatching(/^image\/registry\.example\.com\/ckan-openshift\/ckan[:@]/),
      ]);
      expect(failed[0]!.message).toBe(
        "registry registry.example.com is not one platform developer-sandbox pulls from",
      );
    } finally {
      writeFileSync(pins, committed);
    }
  });
});
