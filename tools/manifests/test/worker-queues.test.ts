// ckan.workerQueues: one worker Deployment per queue, XLoader's queue setting, the NetworkPolicies that
// select every worker, and the quota that counts them and names the queue's size.
import { describe, expect, it } from "vitest";
import { ckanWorkerComponent } from "../src/components/ckan-worker.ts";
import { ckanConfigData } from "../src/components/config.ts";
import { networkComponent } from "../src/components/network.ts";
import { PLATFORMS } from "../src/config/platforms.ts";
import { quotaExcesses, quotaUsage } from "../src/quota/usage.ts";
import { parseSettings } from "../src/settings/load-settings.ts";
import { environmentContext, sandboxText } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const FILE = "environments/sandbox.yaml";
const BULK = `  workerQueues:
    - name: bulk
      replicas: 2
      size: { cpu: 300m, memory: 1Gi, memoryLimit: 2Gi }
      xloader: true
    - name: reports
      size: { cpu: 100m, memory: 256Mi, memoryLimit: 512Mi }
`;
const withQueues = (queues: string, extra = "") =>
  sandboxText().replace("  webTimeoutSeconds: 60\n", `  webTimeoutSeconds: 60\n${queues}`) + extra;
const contextWith = (text: string) => ({
  ...environmentContext("sandbox"),
  settings: parseSettings(text, FILE),
});
const objects = (text: string) =>
  ckanWorkerComponent(contextWith(text)).objects.map((o) => o.toJSON() as Json);

describe("ckan.workerQueues", () => {
  it("should render one Deployment per queue, each on its queue with its replicas and size", () => {
    const deployments = objects(withQueues(BULK)).filter((o) => o.kind === "Deployment");
    expect(
      deployments.map((d) => {
        const [container] = d.spec.template.spec.containers;
        return [d.metadata.name, d.spec.replicas, container.args, container.resources.requests.cpu];
      }),
    ).toEqual([
      ["ckan-worker", 1, ["default"], "250m"],
      ["ckan-worker-bulk", 2, ["bulk"], "300m"],
      ["ckan-worker-reports", 1, ["reports"], "100m"],
    ]);
    expect(deployments[1]!.spec.selector.matchLabels).toEqual({
      "app.kubernetes.io/name": "ckan-worker-bulk",
      "app.kubernetes.io/instance": "ckan",
    });
  });

  it("should give a queue of several pods its own PodDisruptionBudget", () => {
    const budgets = objects(withQueues(BULK)).filter((o) => o.kind === "PodDisruptionBudget");
    expect(budgets.map((b) => b.metadata.name)).toEqual(["ckan-worker-bulk"]);
  });

  it("should set XLoader's queues only when a queue takes its loads", () => {
    expect(ckanConfigData(contextWith(withQueues(BULK))).CKANEXT__XLOADER__QUEUE_NAMES).toBe("bulk");
    expect(ckanConfigData(environmentContext("sandbox"))).not.toHaveProperty("CKANEXT__XLOADER__QUEUE_NAMES");
  });

  it("should let every worker reach the web and download, and no other pod", () => {
    const text = withQueues(BULK, "networkPolicies:\n  enabled: true\n");
    const policies = networkComponent(contextWith(text)).objects.map((o) => o.toJSON() as Json);
    const downloads = policies.find((p) => p.metadata.name === "allow-worker-downloads")!;
    expect(downloads.spec.podSelector).toEqual({
      matchLabels: { "app.kubernetes.io/instance": "ckan" },
      matchExpressions: [
        {
          key: "app.kubernetes.io/name",
          operator: "In",
          values: ["ckan-worker", "ckan-worker-bulk", "ckan-worker-reports"],
        },
      ],
    });
    const toWeb = policies.find((p) => p.metadata.name === "allow-worker-to-ckan")!;
    expect(toWeb.spec.ingress[0].from).toEqual([{ podSelector: downloads.spec.podSelector }]);
  });

  it("should count each queue's pods in the quota and name its size in an excess", () => {
    const text = withQueues(
      "  workerQueues:\n    - name: bulk\n      size: { cpu: 2, memory: 1Gi, memoryLimit: 2Gi }\n",
    );
    const quota = PLATFORMS["developer-sandbox"].quota;
    const worker = objects(text).find((o) => o.metadata.name === "ckan-worker-bulk")!;
    const usage = quotaUsage([worker], quota);
    expect(usage.workloads.map((w) => [w.object, w.sizes, w.replicas + w.surge])).toEqual([
      ["Deployment/ckan-worker-bulk", "ckan.workerQueues[bulk].size", 2],
    ]);
    const cpu = quotaExcesses(usage, quota).find(
      (e) => e.resource === "notTerminating.requestsCpuMillicores",
    )!;
    expect(cpu.parts.map((p) => [p.field, p.each, p.count])).toEqual([
      ["ckan.workerQueues[bulk].size.cpu", 2000, 2],
    ]);
  });

  it("should refuse a queue named default, a repeated name and one too long for its Deployment", () => {
    const queue = (name: string) =>
      `    - name: ${name}\n      size: { cpu: 100m, memory: 256Mi, memoryLimit: 512Mi }\n`;
    expect(() => parseSettings(withQueues(`  workerQueues:\n${queue("default")}`), FILE)).toThrow(
      /ckan\.workerQueues\.0\.name: is the default queue/,
    );
    expect(() =>
      parseSettings(withQueues(`  workerQueues:\n${queue("bulk")}${queue("bulk")}`), FILE),
    ).toThrow(/ckan\.workerQueues\.1\.name: repeats the queue bulk/);
    expect(() => parseSettings(withQueues(`  workerQueues:\n${queue("q".repeat(52))}`), FILE)).toThrow(
      /ckan\.workerQueues\.0\.name: must be at most 51 characters/,
    );
    expect(() => parseSettings(withQueues(`  workerQueues:\n    - name: bulk\n`), FILE)).toThrow(
      /ckan\.workerQueues\.0\.size/,
    );
  });
});
