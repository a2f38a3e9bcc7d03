import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  appendFileSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StackContext } from "../src/components/component.ts";
import {
  SOLR_CLOUD_LAYOUT,
  SOLR_JOB_DEADLINE_SECONDS,
  solrCloud,
  solrCloudImage,
} from "../src/components/solr-cloud.ts";
import { readVersions } from "../src/config/versions.ts";
import { podSecurityFindings } from "../src/gate/pod-security.ts";
import { projectFindings } from "../src/gate/project-rules.ts";
import { KEEP_DATA, SYNC_HOOK, SYNC_WAVES } from "../src/lib/argocd.ts";
import { REPO, sandboxContext } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function contextWith(solr: Partial<StackContext["settings"]["solr"]>): StackContext {
  const context = sandboxContext();
  return {
    ...context,
    settings: { ...context.settings, solr: { ...context.settings.solr, provider: "solrcloud", ...solr } },
  };
}

/** The gate's image rules over one object (its other project rules need a whole overlay). */
const imageFindings = (object: Json) =>
  projectFindings([object], "test", "openshift").filter((finding) => finding.rule.startsWith("images/"));

const objectOf = (context: StackContext, kind: string): Json =>
  solrCloud(context)
    .objects.find((object) => object.kind === kind)
    ?.toJSON();

describe("solrCloud provider", () => {
  const context = contextWith({ replicas: 3, zookeeperReplicas: 5 });
  const provider = solrCloud(context);
  const cloud = objectOf(context, "SolrCloud");
  const job = objectOf(context, "Job");

  it("should produce a SolrCloud and a Job that pass their schemas", () => {
    expect(provider.objects.map((object) => `${object.kind}/${object.metadata?.name}`)).toEqual([
      "SolrCloud/ckan",
      "Job/solr-ensure-collection",
    ]);
    for (const object of provider.objects) expect(() => object.validate()).not.toThrow();
  });

  it("should size the cloud and its ZooKeeper from the settings", () => {
    const { sizes } = context.settings;
    expect(cloud.spec.replicas).toBe(3);
    expect(cloud.spec.zookeeperRef.provided.replicas).toBe(5);
    expect(cloud.spec.dataStorage.persistent).toEqual({
      reclaimPolicy: "Retain",
      pvcTemplate: {
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: sizes.solr.storage } } },
      },
    });
    expect(cloud.spec.zookeeperRef.provided.persistence).toEqual({
      reclaimPolicy: "Retain",
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: sizes.zookeeper.storage } } },
    });
    expect(cloud.spec.customSolrKubeOptions.podOptions.resources.limits.memory).toBe(sizes.solr.memoryLimit);
    expect(cloud.spec.zookeeperRef.provided.zookeeperPodPolicy.resources.limits.memory).toBe(
      sizes.zookeeper.memoryLimit,
    );
  });

  it("should give the JVM half the memory limit", () => {
    // The sandbox's Solr limit is 1536Mi.
    expect(context.settings.sizes.solr.memoryLimit).toBe("1536Mi");
    expect(cloud.spec.solrJavaMem).toBe("-Xms768m -Xmx768m");
  });

  it("should take the image's repository, tag and digest from the environment's pin, as kustomize's images do", () => {
    const pin = context.imagePins!.find((candidate) => candidate.name === "ckan-solr")!;
    expect(cloud.spec.solrImage).toEqual({ repository: pin.newName, tag: pin.newTag });
    const digest = `sha256:${"a".repeat(64)}`;
    expect(solrCloudImage([{ ...pin, newTag: "v1", digest }])).toEqual({
      repository: pin.newName,
      tag: `v1@${digest}`,
    });
  });

  it("should never pin a UID, GID or fsGroup anywhere in the SolrCloud", () => {
    const text = JSON.stringify(cloud);
    for (const field of ["runAsUser", "runAsGroup", "fsGroup"]) expect(text).not.toContain(`"${field}"`);
    expect(cloud.spec.customSolrKubeOptions.podOptions.podSecurityContext).toEqual({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(cloud.spec.zookeeperRef.provided.zookeeperPodPolicy.securityContext).toEqual({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(cloud.spec.customSolrKubeOptions.podOptions.containerSecurityContext).toEqual({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      readOnlyRootFilesystem: false,
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
  });

  it("should keep the SolrCloud through renames and deletions in git, in the databases wave", () => {
    expect(cloud.metadata.annotations).toEqual({
      "argocd.argoproj.io/sync-wave": String(SYNC_WAVES.databases),
      ...KEEP_DATA,
    });
  });

  it("should spread the Solr nodes across Kubernetes nodes", () => {
    expect(cloud.spec.customSolrKubeOptions.podOptions.topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" },
    ]);
  });

  it("should put the provider's pod labels on Solr, ZooKeeper and the Job's pods", () => {
    const { podLabels } = provider.network;
    expect(podLabels).toEqual({
      "app.kubernetes.io/instance": "ckan",
      "app.kubernetes.io/component": "search",
    });
    for (const podMetadataLabels of [
      cloud.spec.customSolrKubeOptions.podOptions.labels,
      cloud.spec.zookeeperRef.provided.zookeeperPodPolicy.labels,
      job.spec.template.metadata.labels,
    ]) {
      expect(podMetadataLabels).toMatchObject(podLabels);
    }
  });

  it("should let CKAN reach the collection through the operator's common Service on port 80", () => {
    expect(cloud.spec.solrAddressability).toEqual({ podPort: 8983, commonServicePort: 80 });
    expect(provider.solrUrl).toBe("http://ckan-solrcloud-common/solr/ckan");
    expect(provider.network.clientPorts).toEqual([8983]);
    expect(provider.network.peerPorts).toEqual([8983, 2181, 2888, 3888]);
    expect(provider.network.operatorPorts).toEqual([8983, 2181]);
  });

  it("should run the Job as a Sync hook in the databases wave, bounded in time and retries", () => {
    expect(job.metadata.annotations).toMatchObject({
      "argocd.argoproj.io/sync-wave": String(SYNC_WAVES.databases),
      ...SYNC_HOOK,
    });
    expect(job.spec.backoffLimit).toBe(3);
    expect(job.spec.template.spec.activeDeadlineSeconds).toBe(SOLR_JOB_DEADLINE_SECONDS);
    expect(job.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("should run the image's script against the common Service with the cloud's replica count", () => {
    const [container] = job.spec.template.spec.containers;
    expect(container.image).toBe("ckan-solr");
    expect(container.command).toEqual(["/usr/local/bin/solr-ensure-collection"]);
    expect(Object.fromEntries(container.env.map((entry: Json) => [entry.name, entry.value]))).toEqual({
      SOLR_URL: "http://ckan-solrcloud-common/solr",
      SOLR_COLLECTION: "ckan",
      SOLR_CONFIGSET_DIR: "/opt/solr/server/solr/configsets/ckan/conf",
      SOLR_REPLICATION_FACTOR: "3",
      SOLR_WAIT_SECONDS: "600",
    });
    expect(container.resources).toEqual({
      requests: { cpu: "50m", memory: "32Mi", "ephemeral-storage": "66Mi" },
      limits: { memory: "64Mi", "ephemeral-storage": "66Mi" },
    });
  });

  it("should give the Job a pod that passes Pod Security restricted and restricted-v2", () => {
    expect(podSecurityFindings([job], "test")).toEqual([]);
    expect(job.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it("should let the gate catch a Job pod that pins a UID (the check runs on it)", () => {
    const pinned = structuredClone(job);
    pinned.spec.template.spec.securityContext.runAsUser = 8983;
    expect(podSecurityFindings([pinned], "test").map((finding) => finding.path)).toEqual([
      "spec.template.spec.securityContext.runAsUser",
    ]);
  });

  it("should give the Solr and ZooKeeper pods security contexts the gate passes", () => {
    expect(podSecurityFindings([cloud], "test")).toEqual([]);
    expect(imageFindings(cloud)).toEqual([]);
  });

  it.each<[string, string, (cloud: Json) => void]>([
    // [rule, the field it names, the break]
    [
      "openshift/pinned-id",
      "spec.customSolrKubeOptions.podOptions.podSecurityContext.fsGroup",
      (c) => (c.spec.customSolrKubeOptions.podOptions.podSecurityContext.fsGroup = 8983),
    ],
    [
      "pss/allow-privilege-escalation",
      "spec.customSolrKubeOptions.podOptions.containerSecurityContext.allowPrivilegeEscalation",
      (c) => delete c.spec.customSolrKubeOptions.podOptions.containerSecurityContext.allowPrivilegeEscalation,
    ],
    [
      "pss/volume-types",
      "spec.customSolrKubeOptions.podOptions.volumes[name=node-logs].hostPath",
      (c) =>
        (c.spec.customSolrKubeOptions.podOptions.volumes = [
          { name: "node-logs", source: { hostPath: { path: "/var/log" } }, defaultContainerMount: {} },
        ]),
    ],
    [
      "pss/run-as-non-root",
      "spec.zookeeperRef.provided.zookeeperPodPolicy.securityContext.runAsNonRoot",
      (c) => delete c.spec.zookeeperRef.provided.zookeeperPodPolicy.securityContext,
    ],
    [
      "openshift/pinned-id",
      "spec.zookeeperRef.provided.zookeeperPodPolicy.securityContext.runAsUser",
      (c) => (c.spec.zookeeperRef.provided.zookeeperPodPolicy.securityContext.runAsUser = 1000),
    ],
  ])("should let the gate name %s at %s in the operator's pods", (rule, field, breakIt) => {
    const broken = structuredClone(cloud);
    breakIt(broken);
    expect(
      podSecurityFindings([broken], "test").map((finding) => [finding.rule, finding.path]),
    ).toContainEqual([rule, field]);
  });

  it("should check the Solr and ZooKeeper images against the platform's registries", () => {
    const foreign = structuredClone(cloud);
    foreign.spec.solrImage = { repository: "registry.example.com/solr", tag: "9.8" };
    foreign.spec.zookeeperRef.provided.image = {
      repository: "registry.example.com/zookeeper",
      tag: "latest",
    };
    expect(imageFindings(foreign).map((finding) => [finding.rule, finding.path])).toEqual([
      ["images/registry", "spec.solrImage"],
      ["images/registry", "spec.zookeeperRef.provided.image"],
      ["images/pinned", "spec.zookeeperRef.provided.image"],
    ]);
  });

  it("should copy the script into the image where the Job runs it, and let it into the build context", () => {
    const dockerfile = readFileSync(path.join(REPO, "images/solr/Dockerfile"), "utf8");
    expect(dockerfile).toContain(`COPY scripts/solr-ensure-collection ${SOLR_CLOUD_LAYOUT.jobCommand[0]}\n`);
    expect(readFileSync(path.join(REPO, "images/solr/.dockerignore"), "utf8")).toContain("\n!scripts/\n");
  });
});

// --- the script against a real SolrCloud ----------------------------------------------------------------

const SCRIPT = path.join(REPO, "images/solr/scripts/solr-ensure-collection");
const E2E_SOLR = path.join(REPO, "tools/e2e/solr");
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "ckan-openshift-e2e");

/**
 * A SolrCloud node with Solr's embedded ZooKeeper (what `bin/solr start -c` runs, zkRun), from the jars
 * tools/e2e/solr builds. JettySolrRunner listens on 127.0.0.1; ZooKeeper on the Solr port + 1000.
 */
const CLOUD_LAUNCHER = `
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

public class CloudSolr {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    System.setProperty("hostPort", args[1]);
    System.setProperty("zkRun", "");
    JettyConfig config =
        JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).withPortRetryTime(0).build();
    JettySolrRunner solr = new JettySolrRunner(args[0], config);
    solr.start();
    System.out.println("SOLR READY http://127.0.0.1:" + solr.getLocalPort() + "/solr");
    System.out.flush();
    Thread.currentThread().join();
  }
}
`;
const CLOUD_SOLR_XML = `<?xml version="1.0" encoding="UTF-8" ?>
<solr>
  <solrcloud>
    <str name="host">127.0.0.1</str>
    <int name="hostPort">\${hostPort:8983}</int>
    <str name="hostContext">solr</str>
    <bool name="genericCoreNodeNames">true</bool>
    <int name="zkClientTimeout">30000</int>
  </solrcloud>
</solr>
`;
const ZOO_CFG =
  "tickTime=2000\ninitLimit=10\nsyncLimit=5\nadmin.enableServer=false\nclientPortAddress=127.0.0.1\n";

/** CKAN's schema.xml of the pinned CKAN, from its wheel on PyPI (cached beside the e2e Solr). */
function ckanSchema(): string {
  const version = readVersions(REPO, "ckan").CKAN_VERSION!;
  const cached = path.join(CACHE, `ckan-${version}-schema.xml`);
  if (existsSync(cached)) return cached;
  mkdirSync(CACHE, { recursive: true });
  const wheels = mkdtempSync(path.join(tmpdir(), "ckan-wheel-"));
  try {
    const pip = spawnSync(
      "python3",
      ["-m", "pip", "download", `ckan==${version}`, "--no-deps", "--only-binary=:all:", "-q", "-d", wheels],
      { encoding: "utf8" },
    );
    if (pip.status !== 0) throw new Error(`pip download ckan==${version} failed:\n${pip.stderr}`);
    const wheel = path.join(wheels, `ckan-${version}-py3-none-any.whl`);
    const unzip = spawnSync("unzip", ["-p", wheel, "ckan/config/solr/schema.xml"], { encoding: "utf8" });
    if (unzip.status !== 0 || !unzip.stdout.includes('<schema name="ckan'))
      throw new Error(`no CKAN schema in ${wheel}: ${unzip.stderr}`);
    writeFileSync(`${cached}.new`, unzip.stdout);
    renameSync(`${cached}.new`, cached);
    return cached;
  } finally {
    rmSync(wheels, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A port for Solr whose + 1000 (the embedded ZooKeeper's) is free too. */
async function freeCloudPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port + 1000 > 65535) continue;
    const zookeeper = createServer();
    const free = await new Promise<boolean>((resolve) => {
      zookeeper.once("error", () => resolve(false));
      zookeeper.listen(port + 1000, "127.0.0.1", () => zookeeper.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/**
 * Starts a Solr process and resolves with its URL once it prints "SOLR READY <url>". Its log goes straight
 * to a file: a pipe nobody reads while spawnSync blocks would fill and stall Solr.
 */
function startSolr(
  command: string,
  args: string[],
  log: string,
): Promise<{ process: ChildProcess; url: string }> {
  const logFd = openSync(log, "a");
  const child = spawn(command, args, { stdio: ["ignore", "pipe", logFd], detached: true });
  closeSync(logFd);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /SOLR READY (\S+)/.exec(output);
      if (ready) resolve({ process: child, url: ready[1]! });
    });
    child.once("exit", (code) =>
      reject(new Error(`${command} exited with ${code} before it was ready; log: ${log}`)),
    );
  });
}

/** SIGTERM to the process group, then up to 20 s for it to exit (before its home is removed). */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
}

interface Run {
  status: number | null;
  stderr: string;
}

function ensureCollection(env: Record<string, string>): Run {
  const result = spawnSync(SCRIPT, [], {
    encoding: "utf8",
    env: { ...process.env, SOLR_WAIT_SECONDS: "30", ...env },
    timeout: 120_000,
  });
  return { status: result.status, stderr: result.stderr };
}

async function solrJson(url: string): Promise<Json> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}

describe("solr-ensure-collection against a real SolrCloud", () => {
  let scratch: string;
  let configset: string;
  let standalone: { process: ChildProcess; url: string } | undefined;
  let cloud: { process: ChildProcess; url: string } | undefined;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "solr-cloud-test-"));
    const schema = ckanSchema();
    // The image's configset: Solr's _default settings (as tools/e2e/solr restates them) with CKAN's schema.
    configset = path.join(scratch, "configset/conf");
    mkdirSync(configset, { recursive: true });
    for (const file of ["solrconfig.xml", "protwords.txt", "synonyms.txt"])
      cpSync(path.join(E2E_SOLR, "configset", file), path.join(configset, file));
    cpSync(schema, path.join(configset, "managed-schema"));

    // run-solr builds the jars (once, cached) and serves a standalone Solr: the script must refuse it.
    standalone = await startSolr(
      path.join(E2E_SOLR, "run-solr"),
      [
        "--host",
        "127.0.0.1",
        "--port",
        String(await freePort()),
        "--home",
        path.join(scratch, "standalone"),
        "--schema",
        schema,
      ],
      path.join(scratch, "standalone.log"),
    );
    const version = /<solr.version>(.*)<\/solr.version>/.exec(
      readFileSync(path.join(E2E_SOLR, "pom.xml"), "utf8"),
    )![1]!;
    const app = path.join(CACHE, `solr-${version}`, "app");
    const home = path.join(scratch, "cloud");
    mkdirSync(home);
    writeFileSync(path.join(home, "solr.xml"), CLOUD_SOLR_XML);
    writeFileSync(path.join(home, "zoo.cfg"), ZOO_CFG);
    writeFileSync(path.join(scratch, "CloudSolr.java"), CLOUD_LAUNCHER);
    cloud = await startSolr(
      "java",
      [
        "-Xmx512m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        `-Dsolr.log.dir=${home}`,
        "-cp",
        `${app}/ckan-e2e-solr.jar:${app}/lib/*`,
        path.join(scratch, "CloudSolr.java"),
        home,
        String(await freeCloudPort()),
      ],
      path.join(scratch, "cloud.log"),
    );
  }, 300_000);

  afterAll(async () => {
    await Promise.all([stop(standalone?.process), stop(cloud?.process)]);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }, 30_000);

  const clusterStatus = async (): Promise<Json> =>
    solrJson(`${cloud!.url}/admin/collections?action=CLUSTERSTATUS&collection=ckan&wt=json`);

  it("should refuse a standalone Solr with a clear message", () => {
    const run = ensureCollection({
      SOLR_URL: standalone!.url,
      SOLR_CONFIGSET_DIR: configset,
      SOLR_WAIT_SECONDS: "1",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${standalone!.url} answers but is not in SolrCloud mode ("std")`);
  });

  it("should upload the configset and create the collection CKAN searches", async () => {
    const run = ensureCollection({ SOLR_URL: cloud!.url, SOLR_CONFIGSET_DIR: configset });
    expect(run.stderr).toMatch(
      /creating collection ckan \(1 shard, 1 replica\(s\)\) on configset ckan-[0-9a-f]{12}\n/,
    );
    expect(run.status).toBe(0);
    const collection = (await clusterStatus()).cluster.collections.ckan;
    expect(collection.configName).toMatch(/^ckan-[0-9a-f]{12}$/);
    expect(collection.replicationFactor).toBe(1);
    expect((await solrJson(`${cloud!.url}/ckan/schema/name?wt=json`)).name).toMatch(/^ckan-2\.\d+$/);
    expect((await solrJson(`${cloud!.url}/ckan/admin/ping?wt=json`)).status).toBe("OK");
  });

  it("should change nothing when run again", async () => {
    const before = await clusterStatus();
    const configsets = await solrJson(`${cloud!.url}/admin/configs?action=LIST&wt=json`);
    const run = ensureCollection({ SOLR_URL: cloud!.url, SOLR_CONFIGSET_DIR: configset });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("nothing to do");
    expect(run.stderr).not.toContain("uploading");
    const after = await clusterStatus();
    expect(after.cluster.collections.ckan.znodeVersion).toBe(before.cluster.collections.ckan.znodeVersion);
    expect(await solrJson(`${cloud!.url}/admin/configs?action=LIST&wt=json`)).toEqual({
      ...configsets,
      responseHeader: expect.anything(),
    });
  });

  it("should move the collection to a changed configset and reload it", async () => {
    const old = (await clusterStatus()).cluster.collections.ckan.configName;
    appendFileSync(path.join(configset, "synonyms.txt"), "\nsofa,couch\n");
    const run = ensureCollection({ SOLR_URL: cloud!.url, SOLR_CONFIGSET_DIR: configset });
    expect(run.status).toBe(0);
    const moved = (await clusterStatus()).cluster.collections.ckan.configName;
    expect(moved).not.toBe(old);
    expect(run.stderr).toContain(`moving collection ckan from configset ${old} to ${moved} and reloading it`);
  });

  it("should fail with the reason when the cloud has fewer live nodes than replicas", () => {
    const run = ensureCollection({
      SOLR_URL: cloud!.url,
      SOLR_CONFIGSET_DIR: configset,
      SOLR_REPLICATION_FACTOR: "2",
      SOLR_WAIT_SECONDS: "1",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `error: no SolrCloud with 2 live node(s) at ${cloud!.url} after 1s (live nodes: 1)`,
    );
  });

  it("should fail with Solr's message when the collection cannot be created", () => {
    const broken = path.join(scratch, "broken/conf");
    cpSync(configset, broken, { recursive: true });
    writeFileSync(path.join(broken, "managed-schema"), '<schema name="broken"');
    const run = ensureCollection({
      SOLR_URL: cloud!.url,
      SOLR_CONFIGSET_DIR: broken,
      SOLR_COLLECTION: "broken",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error: creating collection broken failed:");
    expect(run.stderr).toContain("Underlying core creation failed while creating collection: broken");
  });

  it("should refuse a configset directory without solrconfig.xml before it calls Solr", () => {
    const run = ensureCollection({ SOLR_URL: cloud!.url, SOLR_CONFIGSET_DIR: path.join(scratch, "missing") });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `solr-ensure-collection: error: no solrconfig.xml in SOLR_CONFIGSET_DIR (${path.join(scratch, "missing")})\n`,
    );
  });
});
