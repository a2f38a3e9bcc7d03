import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../src/config/platforms.ts";
import { quotaExcesses, quotaUsage } from "../src/quota/usage.ts";
import { buildStack } from "../src/build-stack.ts";
import { sandboxContext } from "./helpers.ts";

const quota = PLATFORMS["developer-sandbox"].quota;
const deployment = (name: string, cpu: string, strategy: object, extra: object = {}) => ({
  kind: "Deployment",
  metadata: { name },
  spec: {
    replicas: 2,
    strategy,
    template: {
      spec: { containers: [{ image: "i", resources: { requests: { cpu, memory: "1Gi" } } }], ...extra },
    },
  },
});

describe("quota usage", () => {
  it("should count a rolling update's surge pods and none for Recreate", () => {
    const usage = quotaUsage(
      [
        deployment("rolling", "100m", { type: "RollingUpdate", rollingUpdate: { maxSurge: 1 } }),
        deployment("percent", "100m", {}), // default maxSurge 25% of 2 replicas rounds up to 1
        deployment("recreate", "100m", { type: "Recreate" }),
      ],
      quota,
    );
    expect(usage.workloads.map((w) => [w.object, w.replicas, w.surge])).toEqual([
      ["Deployment/rolling", 2, 1],
      ["Deployment/percent", 2, 1],
      ["Deployment/recreate", 2, 0],
    ]);
    expect(usage.notTerminating.requestsCpuMillicores).toBe(300 + 300 + 200);
  });

  it("should fill unset CPU and memory limits with the LimitRange defaults", () => {
    const usage = quotaUsage([deployment("d", "100m", { type: "Recreate" })], quota);
    expect(usage.notTerminating.limitsCpuMillicores).toBe(2 * quota.defaultLimit.cpuMillicores);
    expect(usage.notTerminating.limitsMemoryBytes).toBe(2 * quota.defaultLimit.memoryBytes);
  });

  it("should count pods with a deadline in the Terminating scope", () => {
    const job = {
      kind: "Job",
      metadata: { name: "j" },
      spec: {
        template: {
          spec: {
            activeDeadlineSeconds: 60,
            containers: [{ image: "i", resources: { requests: { cpu: "1" } } }],
          },
        },
      },
    };
    const usage = quotaUsage([job], quota);
    expect(usage.terminating.requestsCpuMillicores).toBe(1000);
    expect(usage.notTerminating.requestsCpuMillicores).toBe(0);
  });

  it("should count a CronJob as the one Job it runs at a time, in the Terminating scope", () => {
    const cronJob = {
      kind: "CronJob",
      metadata: { name: "c" },
      spec: {
        concurrencyPolicy: "Forbid",
        jobTemplate: {
          spec: {
            template: {
              spec: {
                activeDeadlineSeconds: 60,
                containers: [{ image: "i", resources: { requests: { cpu: "250m" } } }],
              },
            },
          },
        },
      },
    };
    const usage = quotaUsage([cronJob], quota);
    expect(usage.workloads.map((w) => [w.object, w.replicas, w.surge, w.scope])).toEqual([
      ["CronJob/c", 1, 0, "terminating"],
    ]);
    expect(usage.terminating.requestsCpuMillicores).toBe(250);
  });

  it("should report each quota line that is exceeded, with what adds up to it", () => {
    const over = deployment("big", `${quota.notTerminating.requestsCpuMillicores}m`, { type: "Recreate" });
    expect(quotaExcesses(quotaUsage([over], quota), quota)).toEqual([
      {
        resource: "notTerminating.requestsCpuMillicores",
        label: "CPU requests of long-running pods",
        unit: "millicores",
        used: 2 * quota.notTerminating.requestsCpuMillicores,
        allowed: quota.notTerminating.requestsCpuMillicores,
        parts: [
          { what: "Deployment/big", per: "pod", each: quota.notTerminating.requestsCpuMillicores, count: 2 },
        ],
      },
    ]);
  });

  it("should fit the committed sandbox, surge and bootstrap Job included, in the sandbox quota", () => {
    const objects = buildStack(sandboxContext()).flatMap((c) =>
      c.objects.map((o) => JSON.parse(JSON.stringify(o))),
    );
    const usage = quotaUsage(objects, quota);
    expect(usage.workloads.some((w) => w.surge > 0)).toBe(true);
    expect(usage.workloads.map((w) => w.object)).toContain("Job/ckan-bootstrap");
    expect(quotaExcesses(usage, quota)).toEqual([]);
  });
});
