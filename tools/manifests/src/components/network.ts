// NetworkPolicies: deny everything, then allow exactly the stack's own traffic. Each rule names who talks
// to whom; the database and Solr pods are whatever their provider runs (provider-contract.ts), selected by labels.
// @see https://docs.openshift.com/container-platform/latest/networking/network_policy/about-network-policy.html
import type {
  INetworkPolicyPeer,
  INetworkPolicyPort,
  INetworkPolicySpec,
} from "kubernetes-models/networking.k8s.io/v1";
import type { ILabelSelector } from "@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { INSTANCE, NAMES, SERVICES } from "../config/layout.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import type { Component, StackContext } from "./component.ts";
import { workerNames } from "./worker-queues.ts";
import { postgresProvider } from "./postgres.ts";
import { externalRedisEndpoint } from "./external.ts";
import { type ExternalEndpoint, isExternal, type ProviderNetwork } from "./provider-contract.ts";
import { solrProvider } from "./solr.ts";

type Labels = Readonly<Record<string, string>>;

const byName = (name: string): Labels => ({
  "app.kubernetes.io/name": name,
  "app.kubernetes.io/instance": INSTANCE,
});
const WEB = byName(SERVICES.ckan.name);
const REDIS = byName(SERVICES.redis.name);
/** Every worker Deployment's pods: `ckan-worker`'s alone, or with those of `ckan.workerQueues`. */
function workerPods(workers: readonly string[]): ILabelSelector {
  if (workers.length === 1) return { matchLabels: byName(workers[0]!) };
  return {
    matchLabels: { "app.kubernetes.io/instance": INSTANCE },
    matchExpressions: [{ key: "app.kubernetes.io/name", operator: "In", values: [...workers] }],
  };
}
/** Every pod that runs CKAN: web, workers, the bootstrap Job and the harvest consumers and run. */
const ckanPods = (workers: readonly string[]): ILabelSelector => ({
  matchExpressions: [
    {
      key: "app.kubernetes.io/name",
      operator: "In",
      values: [
        SERVICES.ckan.name,
        ...workers,
        NAMES.bootstrapJob,
        NAMES.harvestGather,
        NAMES.harvestFetch,
        NAMES.harvestRun,
      ],
    },
  ],
});
/** The harvest consumers fetch from harvest sources outside the cluster (CSW, WAF, other CKANs). */
const HARVEST_CONSUMERS = {
  matchExpressions: [
    { key: "app.kubernetes.io/name", operator: "In", values: [NAMES.harvestGather, NAMES.harvestFetch] },
  ],
};

const tcp = (ports: readonly number[]): INetworkPolicyPort[] =>
  ports.map((port) => ({ protocol: "TCP", port }));
const pods = (matchLabels: Labels): INetworkPolicyPeer => ({
  podSelector: { matchLabels: { ...matchLabels } },
});
const namespace = (name: string): INetworkPolicyPeer => ({
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": name } },
});
/** The OpenShift router's namespaces: OVN-Kubernetes' policy group, and OpenShift SDN's older label. */
const ROUTER: INetworkPolicyPeer[] = [
  { namespaceSelector: { matchLabels: { "policy-group.network.openshift.io/ingress": "" } } },
  { namespaceSelector: { matchLabels: { "network.openshift.io/policy-group": "ingress" } } },
];
const ANYWHERE: INetworkPolicyPeer = { ipBlock: { cidr: "0.0.0.0/0" } };
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/;
/** The Kubernetes API (host network, so no selector reaches it): Patroni and CloudNativePG elect through it. */
const KUBERNETES_API_PORTS = [443, 6443];

export function networkComponent(context: StackContext): Component {
  const settings = context.settings.networkPolicies;
  const workers = workerNames(context.settings);
  const WORKER = workerPods(workers);
  const CKAN_PODS = ckanPods(workers);
  if (!settings.enabled) return { name: "network", description: "NetworkPolicies (disabled)", objects: [] };
  const identity = { name: "network", component: "network-policy" };
  const policy = (name: string, spec: INetworkPolicySpec) =>
    new NetworkPolicy({
      metadata: { name, labels: labels(identity), annotations: syncWave(SYNC_WAVES.configuration) },
      spec,
    });

  /**
   * A service outside the stack: CKAN's pods may connect out to its port, at its address when that is an
   * IPv4 address, anywhere when it is a host name (a NetworkPolicy cannot name a host; an egress firewall
   * or the cluster's EgressFirewall can, and is the platform's).
   */
  const externalPolicy = (name: string, endpoint: ExternalEndpoint) =>
    policy(`allow-ckan-egress-to-external-${name}`, {
      podSelector: CKAN_PODS,
      policyTypes: ["Egress"],
      egress: [
        {
          to: [IPV4.test(endpoint.host) ? { ipBlock: { cidr: `${endpoint.host}/32` } } : ANYWHERE],
          ports: tcp([endpoint.port]),
        },
      ],
    });

  // One ingress and one egress policy per provider, so switching one provider (a Kustomize Component)
  // never rewrites a policy another provider's component also changes.
  const providerPolicies = (name: string, network: ProviderNetwork | ExternalEndpoint) =>
    isExternal(network) ? [externalPolicy(name, network)] : inClusterPolicies(name, network);
  const inClusterPolicies = (name: string, network: ProviderNetwork) => [
    policy(`allow-ckan-to-${name}`, {
      podSelector: { matchLabels: { ...network.podLabels } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ podSelector: CKAN_PODS }], ports: tcp(network.clientPorts) }],
    }),
    policy(`allow-ckan-egress-to-${name}`, {
      podSelector: CKAN_PODS,
      policyTypes: ["Egress"],
      egress: [{ to: [pods(network.podLabels)], ports: tcp(network.clientPorts) }],
    }),
    ...(network.peerPorts.length > 0 || network.operatorPorts.length > 0
      ? [
          policy(`allow-${name}-cluster`, {
            podSelector: { matchLabels: { ...network.podLabels } },
            policyTypes: ["Ingress", "Egress"],
            ingress: [
              ...(network.peerPorts.length > 0
                ? [{ from: [pods(network.podLabels)], ports: tcp(network.peerPorts) }]
                : []),
              ...(network.operatorPorts.length > 0
                ? [{ from: [namespace(settings.operatorNamespace)], ports: tcp(network.operatorPorts) }]
                : []),
            ],
            egress: [
              ...(network.peerPorts.length > 0
                ? [{ to: [pods(network.podLabels)], ports: tcp(network.peerPorts) }]
                : []),
              { to: [ANYWHERE], ports: tcp(KUBERNETES_API_PORTS) },
            ],
          }),
        ]
      : []),
  ];

  const postgres = postgresProvider(context).network;
  const solr = solrProvider(context).network;
  const redis = externalRedisEndpoint(context.settings);
  const workerPorts = context.settings.proxy
    ? [...new Set([...settings.workerEgressPorts, ...proxyPorts(context.settings.proxy)])]
    : settings.workerEgressPorts;

  return {
    name: "network",
    description: "NetworkPolicies: default deny, then the stack's own traffic",
    objects: [
      policy("default-deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] }),
      policy("allow-dns", {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
          {
            to: [namespace("openshift-dns")],
            ports: [53, 5353].flatMap((port) => [
              { protocol: "UDP", port },
              { protocol: "TCP", port },
            ]),
          },
        ],
      }),
      policy("allow-router-to-ckan", {
        podSelector: { matchLabels: { ...WEB } },
        policyTypes: ["Ingress"],
        ingress: [{ from: ROUTER, ports: tcp([SERVICES.ckan.port]) }],
      }),
      // XLoader in the worker calls the web back (CKANEXT__XLOADER__SITE_URL) to read and update resources.
      policy("allow-worker-to-ckan", {
        podSelector: { matchLabels: { ...WEB } },
        policyTypes: ["Ingress"],
        ingress: [{ from: [{ podSelector: WORKER }], ports: tcp([SERVICES.ckan.port]) }],
      }),
      ...(redis
        ? [
            policy("allow-ckan-egress-to-web", {
              podSelector: CKAN_PODS,
              policyTypes: ["Egress"],
              egress: [{ to: [pods(WEB)], ports: tcp([SERVICES.ckan.port]) }],
            }),
            externalPolicy("redis", redis),
          ]
        : [
            policy("allow-ckan-egress-to-redis-and-web", {
              podSelector: CKAN_PODS,
              policyTypes: ["Egress"],
              egress: [
                { to: [pods(REDIS)], ports: tcp([SERVICES.redis.port]) },
                { to: [pods(WEB)], ports: tcp([SERVICES.ckan.port]) },
              ],
            }),
          ]),
      policy("allow-worker-downloads", {
        podSelector: WORKER,
        policyTypes: ["Egress"],
        egress: [{ to: [ANYWHERE], ports: tcp(workerPorts) }],
      }),
      policy("allow-harvest-to-sources", {
        podSelector: HARVEST_CONSUMERS,
        policyTypes: ["Egress"],
        egress: [{ to: [ANYWHERE], ports: tcp(workerPorts) }],
      }),
      ...(redis
        ? []
        : [
            policy("allow-ckan-to-redis", {
              podSelector: { matchLabels: { ...REDIS } },
              policyTypes: ["Ingress"],
              ingress: [{ from: [{ podSelector: CKAN_PODS }], ports: tcp([SERVICES.redis.port]) }],
            }),
          ]),
      ...providerPolicies("postgres", postgres),
      ...providerPolicies("solr", solr),
    ],
  };
}

function proxyPorts(proxy: { httpProxy?: string; httpsProxy?: string }): number[] {
  return [proxy.httpProxy, proxy.httpsProxy]
    .filter((url): url is string => url !== undefined)
    .map((url) => {
      const parsed = new URL(url);
      return Number(parsed.port || (parsed.protocol === "https:" ? 443 : 80));
    });
}
