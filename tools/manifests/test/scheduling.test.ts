// scheduling: a workload's entry over `default`, field by field, on every pod spec and on the operators'
// CRs where their CRDs have a place for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildStack } from "../src/build-stack.ts";
import { schedulingOf } from "../src/components/scheduling.ts";
import { withProviders } from "../src/options.ts";
import { parseSettings } from "../src/settings/load-settings.ts";
import { environmentContext, REPO } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const FILE = "environments/gov-dev.yaml";
const TOLERATION = { key: "dedicated", operator: "Equal", value: "ckan", effect: "NoSchedule" };
const ZONES = { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "ScheduleAnyway" };
const SCHEDULING = `scheduling:
  default:
    nodeSelector: { node-role.kubernetes.io/app: "" }
    tolerations: [${JSON.stringify(TOLERATION)}]
  postgres:
    nodeSelector: { node-role.kubernetes.io/db: "" }
    priorityClassName: ckan-data
  ckanWorker:
    topologySpreadConstraints: [${JSON.stringify(ZONES)}]
  zookeeper:
    nodeSelector: { zk: "yes" }
`;
const govDev = (extra = SCHEDULING) => `${readFileSync(path.join(REPO, FILE), "utf8")}${extra}`;
const settingsOf = (text: string) => parseSettings(text, FILE);
const stack = (text: string, providers?: Parameters<typeof withProviders>[1]) => {
  const settings = providers ? withProviders(settingsOf(text), providers) : settingsOf(text);
  return buildStack({ ...environmentContext("gov-dev"), settings })
    .flatMap((c) => c.objects)
    .map((o) => o.toJSON() as Json);
};
const find = (objects: Json[], kind: string, name?: string) =>
  objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name))!;

describe("scheduling", () => {
  it("should take each field from the workload's entry, else from default, as a whole", () => {
    const settings = settingsOf(govDev());
    expect(schedulingOf(settings, "postgres")).toEqual({
      nodeSelector: { "node-role.kubernetes.io/db": "" },
      tolerations: [TOLERATION],
      priorityClassName: "ckan-data",
    });
    expect(schedulingOf(settings, "redis")).toEqual({
      nodeSelector: { "node-role.kubernetes.io/app": "" },
      tolerations: [TOLERATION],
    });
  });

  it("should set the fields on every pod spec, and replace the generator's spread where set", () => {
    const objects = stack(govDev());
    const pod = (kind: string, name: string) => find(objects, kind, name).spec.template.spec;
    expect(pod("Deployment", "redis").nodeSelector).toEqual({ "node-role.kubernetes.io/app": "" });
    expect(pod("Job", "ckan-bootstrap").tolerations).toEqual([TOLERATION]);
    expect(
      find(objects, "CronJob", "ckan-harvest-run").spec.jobTemplate.spec.template.spec.tolerations,
    ).toEqual([TOLERATION]);
    for (const worker of ["ckan-worker", "ckan-worker-bulk"])
      expect(pod("Deployment", worker).topologySpreadConstraints).toEqual([ZONES]);
    // The web keeps the generator's spread: its entry sets none.
    expect(pod("Deployment", "ckan").topologySpreadConstraints).toHaveLength(2);
  });

  it("should put postgres' and the pooler's into Crunchy's PostgresCluster, nodeSelector as node affinity", () => {
    const cluster = find(stack(govDev(), { postgres: "crunchy", solr: "statefulset" }), "PostgresCluster");
    const [instance] = cluster.spec.instances;
    expect(instance.priorityClassName).toBe("ckan-data");
    expect(instance.tolerations).toEqual([TOLERATION]);
    expect(instance.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual({
      nodeSelectorTerms: [
        { matchExpressions: [{ key: "node-role.kubernetes.io/db", operator: "In", values: [""] }] },
      ],
    });
    expect(
      cluster.spec.proxy.pgBouncer.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
        .nodeSelectorTerms[0].matchExpressions,
    ).toEqual([{ key: "node-role.kubernetes.io/app", operator: "In", values: [""] }]);
  });

  it("should put them into CloudNativePG's Cluster and Pooler and the SolrCloud's pods and ZooKeeper", () => {
    const objects = stack(govDev(), { postgres: "cnpg", solr: "solrcloud" });
    const cluster = find(objects, "Cluster").spec;
    expect([cluster.affinity.nodeSelector, cluster.affinity.tolerations, cluster.priorityClassName]).toEqual([
      { "node-role.kubernetes.io/db": "" },
      [TOLERATION],
      "ckan-data",
    ]);
    expect(cluster.affinity.enablePodAntiAffinity).toBe(true);
    expect(find(objects, "Pooler").spec.template.spec.nodeSelector).toEqual({
      "node-role.kubernetes.io/app": "",
    });
    const solr = find(objects, "SolrCloud").spec;
    expect(solr.customSolrKubeOptions.podOptions.tolerations).toEqual([TOLERATION]);
    expect(solr.zookeeperRef.provided.zookeeperPodPolicy.nodeSelector).toEqual({ zk: "yes" });
    expect(find(objects, "Job", "solr-ensure-collection").spec.template.spec.tolerations).toEqual([
      TOLERATION,
    ]);
  });

  it("should leave every pod spec as it was without scheduling", () => {
    const objects = stack(govDev(""));
    expect(find(objects, "Deployment", "redis").spec.template.spec.nodeSelector).toBeUndefined();
    expect(
      find(objects, "Deployment", "ckan-worker").spec.template.spec.topologySpreadConstraints,
    ).toHaveLength(2);
  });

  it("should refuse an unknown workload, a bad toleration operator, a bad affinity and a ZooKeeper priority", () => {
    const problem = (extra: string) => () => settingsOf(govDev(`scheduling:\n${extra}`));
    expect(problem("  ckanWeb: { nodeSelector: { a: b } }\n")).toThrow(
      /scheduling\.ckanWeb: unknown key "ckanWeb"[\s\S]*keys allowed here: default, ckan, ckanWorker/,
    );
    expect(problem("  default: { tolerations: [{ key: a, operator: Equals }] }\n")).toThrow(
      /scheduling\.default\.tolerations\.0\.operator: must be one of Equal, Exists, Gt, Lt[\s\S]*oc explain pod\.spec\.tolerations/,
    );
    expect(
      problem(
        "  solr: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {} } } }\n",
      ),
    ).toThrow(
      /scheduling\.solr\.affinity\.nodeAffinity\.requiredDuringSchedulingIgnoredDuringExecution: must have required property nodeSelectorTerms/,
    );
    expect(problem("  redis: { topologySpreadConstraints: [{ maxSkew: 1 }] }\n")).toThrow(
      /scheduling\.redis\.topologySpreadConstraints\.0: must have required property topologyKey/,
    );
    expect(problem("  zookeeper: { priorityClassName: high }\n")).toThrow(
      /scheduling\.zookeeper\.priorityClassName: cannot be set/,
    );
  });
});
