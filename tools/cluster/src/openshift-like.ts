// What an OpenShift project gives a namespace that plain Kubernetes does not, rebuilt with Kubernetes'
// own admission so that the rendered manifests meet it as they would meet OpenShift:
// - restricted-v2's user: every pod runs as the first UID of the namespace's
//   `openshift.io/sa.scc.uid-range` with GID 0, and that UID as fsGroup (a MutatingAdmissionPolicy,
//   GA in Kubernetes 1.36); a pod that pins a UID or fsGroup outside the range is refused
//   (a ValidatingAdmissionPolicy), as restricted-v2 refuses it;
// - Pod Security "restricted", enforced (the label OpenShift's label syncer sets);
// - the platform's ResourceQuota and LimitRange (tools/manifests/src/config/platforms.ts);
// - volumes: no provisioner runs here, so each claim gets a local PersistentVolume bound to it.
import { randomInt } from "node:crypto";
import type { Platform } from "@ckan-openshift/manifests/stack";
import { MutatingAdmissionPolicy } from "kubernetes-models/admissionregistration.k8s.io/v1/MutatingAdmissionPolicy";
import { MutatingAdmissionPolicyBinding } from "kubernetes-models/admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding";
import { ValidatingAdmissionPolicy } from "kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy";
import { ValidatingAdmissionPolicyBinding } from "kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding";
import { LimitRange } from "kubernetes-models/v1/LimitRange";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { PersistentVolume } from "kubernetes-models/v1/PersistentVolume";
import { ResourceQuota } from "kubernetes-models/v1/ResourceQuota";

/** The label that puts a namespace under the restricted-v2 stand-in. */
export const SCC_LABEL = "ckan-cluster-tier/scc";
const UID_RANGE = "openshift.io/sa.scc.uid-range";
const RANGE_SIZE = 10_000;

const podsOnCreate = {
  namespaceSelector: { matchLabels: { [SCC_LABEL]: "restricted-v2" } },
  resourceRules: [
    { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE" as const], resources: ["pods"] },
  ],
};
const rangeStart = `int(namespaceObject.metadata.annotations['${UID_RANGE}'].split('/')[0])`;
const rangeSize = `int(namespaceObject.metadata.annotations['${UID_RANGE}'].split('/')[1])`;

/** The cluster-wide policies; applied once per cluster. */
export function sccPolicies() {
  const assign = new MutatingAdmissionPolicy({
    metadata: { name: "restricted-v2-assign-uid" },
    spec: {
      failurePolicy: "Fail",
      reinvocationPolicy: "Never",
      matchConstraints: podsOnCreate,
      matchConditions: [
        {
          name: "no-uid-pinned",
          expression: "!has(object.spec.securityContext) || !has(object.spec.securityContext.runAsUser)",
        },
      ],
      variables: [{ name: "uid", expression: rangeStart }],
      mutations: [
        {
          patchType: "ApplyConfiguration",
          applyConfiguration: {
            expression:
              "Object{spec: Object.spec{securityContext: Object.spec.securityContext{" +
              "runAsUser: variables.uid, fsGroup: variables.uid}}}",
          },
        },
      ],
    },
  });
  const refuse = new ValidatingAdmissionPolicy({
    metadata: { name: "restricted-v2-uid-range" },
    spec: {
      failurePolicy: "Fail",
      matchConstraints: podsOnCreate,
      variables: [
        { name: "start", expression: rangeStart },
        { name: "end", expression: `${rangeStart} + ${rangeSize}` },
        {
          name: "ids",
          expression:
            "(has(object.spec.securityContext) && has(object.spec.securityContext.runAsUser) ? [object.spec.securityContext.runAsUser] : []) + " +
            "(has(object.spec.securityContext) && has(object.spec.securityContext.fsGroup) ? [object.spec.securityContext.fsGroup] : []) + " +
            "(object.spec.containers + (has(object.spec.initContainers) ? object.spec.initContainers : []))" +
            ".filter(c, has(c.securityContext) && has(c.securityContext.runAsUser)).map(c, c.securityContext.runAsUser)",
        },
      ],
      validations: [
        {
          expression: "variables.ids.all(id, id >= variables.start && id < variables.end)",
          messageExpression:
            `'runAsUser/fsGroup ' + variables.ids.map(id, string(id)).join(', ') + ' outside the namespace range ' + ` +
            `namespaceObject.metadata.annotations['${UID_RANGE}'] + ': OpenShift restricted-v2 refuses it; do not pin runAsUser or fsGroup'`,
          reason: "Forbidden",
        },
      ],
    },
  });
  return [
    assign,
    new MutatingAdmissionPolicyBinding({
      metadata: { name: "restricted-v2-assign-uid" },
      spec: { policyName: "restricted-v2-assign-uid" },
    }),
    refuse,
    new ValidatingAdmissionPolicyBinding({
      metadata: { name: "restricted-v2-uid-range" },
      spec: { policyName: "restricted-v2-uid-range", validationActions: ["Deny"] },
    }),
  ];
}

/** A project as OpenShift makes it: a random UID range and Pod Security "restricted" enforced. */
export function project(name: string) {
  // OpenShift hands out ranges of 10 000 from 1 000 000 000 upward.
  const start = 1_000_000_000 + randomInt(0, 100_000) * RANGE_SIZE;
  return new Namespace({
    metadata: {
      name,
      labels: {
        [SCC_LABEL]: "restricted-v2",
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/warn": "restricted",
      },
      annotations: {
        [UID_RANGE]: `${start}/${RANGE_SIZE}`,
        "openshift.io/sa.scc.supplemental-groups": `${start}/${RANGE_SIZE}`,
      },
    },
  });
}

const millicores = (value: number) => `${value}m`;
const bytes = (value: number) => String(value);

/** The platform's quota (by scope, as the Developer Sandbox splits it) and its LimitRange defaults. */
export function platformLimits(namespace: string, platform: Platform) {
  const { quota } = platform;
  const compute = (name: string, scope: "NotTerminating" | "Terminating", limits: typeof quota.terminating) =>
    new ResourceQuota({
      metadata: { name, namespace },
      spec: {
        scopes: [scope],
        hard: {
          "requests.cpu": millicores(limits.requestsCpuMillicores),
          "requests.memory": bytes(limits.requestsMemoryBytes),
          "limits.cpu": millicores(limits.limitsCpuMillicores),
          "limits.memory": bytes(limits.limitsMemoryBytes),
        },
      },
    });
  return [
    compute("compute-deploy", "NotTerminating", quota.notTerminating),
    compute("compute-timebound", "Terminating", quota.terminating),
    new ResourceQuota({
      metadata: { name: "storage", namespace },
      spec: {
        hard: {
          persistentvolumeclaims: String(quota.persistentVolumeClaims),
          "requests.storage": bytes(quota.requestsStorageBytes),
        },
      },
    }),
    new LimitRange({
      metadata: { name: "resource-limits", namespace },
      spec: {
        limits: [
          {
            type: "Container",
            default: {
              cpu: millicores(quota.defaultLimit.cpuMillicores),
              memory: bytes(quota.defaultLimit.memoryBytes),
            },
          },
        ],
      },
    }),
  ];
}

type AccessMode = "ReadWriteOnce" | "ReadWriteMany" | "ReadOnlyMany" | "ReadWriteOncePod";

export interface Claim {
  readonly name: string;
  readonly storage: string;
  readonly accessModes: AccessMode[];
}

/** A local volume in `directory`, bound in advance to one claim (local volumes honour fsGroup). */
export function volumeFor(namespace: string, claim: Claim, directory: string, node: string) {
  return new PersistentVolume({
    metadata: { name: `${namespace}-${claim.name}`, labels: { [SCC_LABEL]: "volume" } },
    spec: {
      capacity: { storage: claim.storage },
      accessModes: claim.accessModes,
      persistentVolumeReclaimPolicy: "Retain",
      claimRef: { namespace, name: claim.name },
      local: { path: directory },
      nodeAffinity: {
        required: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [node] }] },
          ],
        },
      },
    },
  });
}
