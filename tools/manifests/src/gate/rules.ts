// The validation gate's rules, once: each rule's id, layer, what it checks and why, and its fix. A
// finding's `rule` is a RuleId, so an id this registry does not hold is a type error; the rules whose
// ids another tool makes (shellcheck's codes, actionlint's and kube-linter's checks, the API server's
// reasons) are families, and their ids are made only by externalRule(). docs/gate-rules.md is generated
// from here (`npm run docs`).

/** The gate's layers, in the order docs/gate-rules.md lists them, with what each stands for. */
export const LAYERS = {
  schema: {
    title: "Strict schemas",
    about:
      "every object is validated against its schema: core kinds against the Kubernetes 1.36 OpenAPI (`tools/manifests/openapi/`) with kubernetes-models, custom resources (Route, Argo CD, Sealed Secrets, External Secrets, Crunchy PGO, CloudNativePG, Solr Operator, ZooKeeper) against models generated from their vendored CRDs (`tools/manifests/crds/SOURCES.md`). A field the schema does not declare (a typo such as `readinesProbe` in a patch) is an error, with the closest known name as the fix, except below `x-kubernetes-preserve-unknown-fields`",
  },
  "pod-security-restricted": {
    title: 'Pod Security "restricted"',
    about: "what `restricted` requires of every container; admission rejects the pod otherwise",
  },
  "pod-security-baseline": {
    title: 'Pod Security "baseline"',
    about: "what baseline (and so restricted) forbids",
  },
  openshift: {
    title: "OpenShift `restricted-v2`",
    about:
      "the SCC assigns `runAsUser`, `runAsGroup` and `fsGroup` from the namespace's range and rejects pinned values",
  },
  references: {
    title: "References",
    about:
      "every ConfigMap, Secret, claim, ServiceAccount, Service and port a pod, Service or Route names exists in the overlay, or is a Secret of the secrets catalog (provided outside git by `tools/secrets`)",
  },
  secrets: {
    title: "Secrets",
    about:
      "a rendered Secret with values would be committed; reference it, or use a SealedSecret or ExternalSecret",
  },
  images: {
    title: "Images",
    about: "only the platform's registries (`config/platforms.ts`), and never an untagged or `latest` image",
  },
  quota: {
    title: "Quota",
    about:
      "replicas, rollout surge and Job pods against the platform's quota (ephemeral storage included where it has one), reported against `environments/<env>.yaml` and its `sizes.*` fields; an excess of a variant the settings do not select is a warning",
  },
  argocd: {
    title: "Argo CD",
    about:
      "every claim carries `Prune=false` and syncs in its pod's wave (argo-cd#12840); `manifests/argocd/<env>/` (also schema-checked) names an existing project, syncs its own overlay into the overlay's namespace, and its project allows every kind the overlay renders",
  },
  workloads: {
    title: "Workloads",
    about:
      "probes, requests and limits, ephemeral storage and governing Services: what keeps a pod scheduled, in rotation and alive",
  },
  labels: {
    title: "Labels",
    about: "the six `app.kubernetes.io/*` labels on every object, name and instance on pod templates",
  },
  suppressions: {
    title: "Suppressions",
    about:
      'a rule is suppressed for one object by the annotation `ckan-openshift.io/gate-ignore: "<rule>: <why>"`, which the gate prints with every run',
  },
  dockerfiles: {
    title: "Dockerfiles",
    about:
      "every `images/*/Dockerfile`, with its build args from the image's `versions.env`: reproducible, and runnable under restricted-v2 (an arbitrary UID with GID 0)",
  },
  linters: {
    title: "Linters",
    about:
      "the ecosystem's linters over the repository's files (shellcheck, actionlint) and, where it is installed, kube-linter over the rendered overlays; a missing or failing linter is a finding, never a silent skip",
  },
  server: {
    title: "API server (`npm run validate -- --server`)",
    about:
      "every rendered object sent to a real API server as a server-side apply with dryRun=All and strict field validation: its schemas, CRD and CEL rules and admission decide; nothing is stored",
  },
} as const satisfies Record<string, { title: string; about: string }>;

export type Layer = keyof typeof LAYERS;

export interface Rule {
  readonly layer: Layer;
  /** What the rule checks, and why it matters. */
  readonly checks: string;
  /** How to fix a finding. Where the gate says more (the field, the closest name), its finding does. */
  readonly fix: string;
}

const REGENERATE = "run `npm run render` (manifests/argocd is generated from the environment's settings)";
const PINNED_ID_FIX = "make the image group-0 writable where it writes (chgrp -R 0, chmod -R g=u)";

/** The rules the gate itself checks. */
export const RULES = {
  "schema/invalid": {
    layer: "schema",
    checks:
      "the object matches its schema (types, enums, required fields): the API server rejects one that does not, and none of it is applied",
    fix: "correct the value the message names",
  },
  "schema/unknown-field": {
    layer: "schema",
    checks:
      "no field the schema does not declare: the API server drops or rejects it, so a typo silently loses the setting",
    fix: "correct the name (the finding names the closest known field) or remove it",
  },
  "schema/unknown-kind": {
    layer: "schema",
    checks:
      "the object is of a kind the gate has a schema for: nothing else is checked without one, and the cluster refuses a kind it does not serve",
    fix: "add the kind's schema (src/gate/schema/catalog.ts), as the finding says",
  },
  "pss/allow-privilege-escalation": {
    layer: "pod-security-restricted",
    checks: "every container sets `allowPrivilegeEscalation: false` (setuid binaries could gain privileges)",
    fix: "set allowPrivilegeEscalation: false (lib/security.ts does)",
  },
  "pss/capabilities-drop": {
    layer: "pod-security-restricted",
    checks: "every container drops ALL capabilities",
    fix: "set capabilities: { drop: [ALL] }",
  },
  "pss/capabilities-add": {
    layer: "pod-security-restricted",
    checks: "no container adds a capability other than NET_BIND_SERVICE",
    fix: "remove the capability",
  },
  "pss/run-as-non-root": {
    layer: "pod-security-restricted",
    checks: "`runAsNonRoot: true` on the pod or every container, so a root image cannot start",
    fix: "set runAsNonRoot: true on the pod",
  },
  "pss/run-as-root": {
    layer: "pod-security-restricted",
    checks: "no `runAsUser: 0`: a root container can take over the node if it escapes",
    fix: `remove runAsUser; ${PINNED_ID_FIX}`,
  },
  "pss/seccomp": {
    layer: "pod-security-restricted",
    checks: "the seccomp profile is RuntimeDefault or Localhost, on the pod or every container",
    fix: "set seccompProfile: { type: RuntimeDefault } on the pod",
  },
  "pss/privileged": {
    layer: "pod-security-baseline",
    checks: "no privileged container: it is root on the node",
    fix: "remove privileged",
  },
  "pss/host-namespaces": {
    layer: "pod-security-baseline",
    checks: "no hostNetwork, hostPID or hostIPC: sharing the node's namespaces escapes the pod",
    fix: "remove hostNetwork, hostPID and hostIPC",
  },
  "pss/host-ports": {
    layer: "pod-security-baseline",
    checks: "no hostPort: it binds the node's port",
    fix: "remove hostPort; expose the port through a Service",
  },
  "pss/volume-types": {
    layer: "pod-security-baseline",
    checks: "only the volume types restricted allows (no hostPath, which exposes the node's files)",
    fix: "use a persistentVolumeClaim, emptyDir, configMap or secret volume",
  },
  "pss/sysctls": {
    layer: "pod-security-baseline",
    checks: "only the safe sysctls: the others change the node's kernel for every pod",
    fix: "remove the sysctl",
  },
  "pss/selinux": {
    layer: "pod-security-baseline",
    checks: "no custom SELinux user, role or type",
    fix: "remove seLinuxOptions",
  },
  "pss/apparmor": {
    layer: "pod-security-baseline",
    checks: "the AppArmor profile, if any, is RuntimeDefault or Localhost",
    fix: "remove appArmorProfile or use RuntimeDefault",
  },
  "pss/proc-mount": {
    layer: "pod-security-baseline",
    checks: "the default procMount",
    fix: "remove procMount",
  },
  "pss/host-process": {
    layer: "pod-security-baseline",
    checks: "no Windows hostProcess",
    fix: "remove hostProcess",
  },
  "pss/probe-host": {
    layer: "pod-security-baseline",
    checks: "probes check their own pod: no `host` (Kubernetes 1.34+)",
    fix: "remove host",
  },
  "openshift/pinned-id": {
    layer: "openshift",
    checks:
      "no pinned runAsUser, runAsGroup or fsGroup: restricted-v2 assigns them from the namespace's range",
    fix: `remove the pinned field; ${PINNED_ID_FIX}`,
  },
  "refs/missing": {
    layer: "references",
    checks:
      "every ConfigMap, Secret, claim, ServiceAccount and Service named exists: the pod stays in CreateContainerConfigError or Pending, the router answers 503",
    fix: "add the object to the overlay or correct the name (a Secret: tools/secrets and secrets-catalog.ts)",
  },
  "refs/service-port": {
    layer: "references",
    checks: "a Service's targetPort is a container's port, a Route's targetPort a port of its Service",
    fix: "point targetPort at a named container port",
  },
  "refs/service-selector": {
    layer: "references",
    checks: "a Service's selector matches a pod template: without endpoints every connection fails",
    fix: "match the selector to the workload's app.kubernetes.io/name and instance labels",
  },
  "secrets/no-values": {
    layer: "secrets",
    checks: "no rendered Secret holds values: everything rendered is committed to git",
    fix: "reference the Secret by name (tools/secrets creates it), or render a SealedSecret or ExternalSecret",
  },
  "images/registry": {
    layer: "images",
    checks: "every image comes from a registry the platform pulls from (`config/platforms.ts`)",
    fix: "pin the image from an allowed registry in manifests/overlays/<env>/images/kustomization.yaml (npm run images -- pin), or mirror it",
  },
  "images/pinned": {
    layer: "images",
    checks: "no untagged or `latest` image: Argo CD cannot tell when it changes, and rollbacks break",
    fix: "pin a tag and digest in manifests/overlays/<env>/images/kustomization.yaml (npm run images -- pin)",
  },
  "quota/exceeded": {
    layer: "quota",
    checks:
      "the overlay fits its platform's quota, rollout surge and Job pods included: pods over it are refused, a rollout's surge pod stalls",
    fix: "lower the `sizes.*` fields the finding names, largest first, or run fewer pods",
  },
  "argocd/pvc-prune": {
    layer: "argocd",
    checks:
      "every claim carries `Prune=false`: a rename or removal in git would delete the volume and its data",
    fix: "build the claim with lib/workload.ts persistentVolumeClaim()",
  },
  "argocd/pvc-wave": {
    layer: "argocd",
    checks:
      "a claim syncs in the wave of the pod that mounts it: with a WaitForFirstConsumer storage class an earlier wave never ends (argo-cd#12840)",
    fix: "build the claim with lib/workload.ts persistentVolumeClaim() and pass its consumer's wave",
  },
  "argocd/project": {
    layer: "argocd",
    checks:
      "the Application's AppProject is beside it: Argo CD refuses an Application whose project does not exist",
    fix: REGENERATE,
  },
  "argocd/source": {
    layer: "argocd",
    checks: "the Application syncs its own overlay, not another environment's",
    fix: REGENERATE,
  },
  "argocd/destination": {
    layer: "argocd",
    checks: "the Application deploys into the overlay's namespace",
    fix: REGENERATE,
  },
  "argocd/whitelist": {
    layer: "argocd",
    checks:
      "the AppProject allows every kind the overlay renders: Argo CD refuses to sync one it does not permit",
    fix: REGENERATE,
  },
  "workload/probes": {
    layer: "workloads",
    checks:
      "readiness and liveness probes on every Deployment and StatefulSet container: traffic would reach a pod before it answers, a hung process is never restarted",
    fix: "add the probe (lib/probes.ts)",
  },
  "workload/probe-roles": {
    layer: "workloads",
    checks:
      "liveness has a handler of its own, or four times readiness's failure window: a slow pod is taken out of rotation, not killed",
    fix: "give liveness its own handler or a longer failure window: lib/probes.ts probes()",
  },
  "workload/requests": {
    layer: "workloads",
    checks:
      "CPU and memory requests on every container: the LimitRange's defaults are too small for CKAN and Solr",
    fix: "set sizes.<workload> in the environment's settings",
  },
  "workload/memory-limit": {
    layer: "workloads",
    checks: "a memory limit on every container: a leak grows until the node evicts other pods",
    fix: "set sizes.<workload>.memoryLimit",
  },
  "workload/ephemeral-storage": {
    layer: "workloads",
    checks:
      "ephemeral-storage requests and limits on every container, no smaller than its pod's emptyDirs, each of which has a sizeLimit",
    fix: "build the pod with lib/workload.ts podTemplate() and its emptyDirs with lib/ephemeral-storage.ts scratchVolume()",
  },
  "workload/statefulset-service": {
    layer: "workloads",
    checks:
      "each StatefulSet's serviceName is a headless Service: its pods get their stable DNS names only from one",
    fix: "name a headless Service (clusterIP: None) selecting the pods: lib/workload.ts headlessService(); clients keep the normal Service",
  },
  "labels/app-kubernetes-io": {
    layer: "labels",
    checks:
      "five `app.kubernetes.io/*` labels on every object (`version` on workloads and their pods only), name and instance on pod templates: tools, Services and NetworkPolicies select by them",
    fix: "build the object's metadata and pod template with lib/labels.ts and lib/workload.ts",
  },
  "labels/version": {
    layer: "labels",
    checks:
      "a workload's `app.kubernetes.io/version` is the version part of the tag its pods run: the label must say what runs, and change in the same diff as the pin",
    fix: "run `npm run render` after changing a pin by hand: the overlay's versions/ Component follows the pins",
  },
  "gate/ignore-without-reason": {
    layer: "suppressions",
    checks: "every suppression says why: one nobody can judge is a hidden defect",
    fix: 'write "<rule>: <why it is safe here>"',
  },
  "dockerfile/pinned-base-image": {
    layer: "dockerfiles",
    checks:
      "every FROM and COPY --from names a tagged or digested image, through build args declared before the first FROM and set in versions.env",
    fix: "pin the base image as a build arg in the image's versions.env",
  },
  "dockerfile/build-args": {
    layer: "dockerfiles",
    checks:
      "every key of the image's versions.env is an ARG of the Dockerfile (or a pin ckan-install installs), and every ARG has its key: a pin that reaches no build is a lie",
    fix: "add the ARG (or the key in versions.env), or remove the unused one",
  },
  "dockerfile/no-latest": {
    layer: "dockerfiles",
    checks: "no base image on the tag latest: the same Dockerfile would build a different image tomorrow",
    fix: "pin a version tag in the image's versions.env, and let Renovate propose updates",
  },
  "dockerfile/no-add-url": {
    layer: "dockerfiles",
    checks: "no ADD from a URL: it fetches whatever the server returns that day, unverified",
    fix: "vendor the file and COPY it, or download it in a RUN with a pinned version and a checksum",
  },
  "dockerfile/non-root-user": {
    layer: "dockerfiles",
    checks: "the final stage ends with a numeric, non-root USER, which runAsNonRoot can verify",
    fix: "end the final stage with USER 1001 (numeric, not 0)",
  },
  "dockerfile/group-zero": {
    layer: "dockerfiles",
    checks:
      "every directory the final stage creates belongs to group 0 and is group-writable: OpenShift runs the image with an arbitrary UID and GID 0",
    fix: "in a RUN before USER: chgrp -R 0 <directories> && chmod -R g=u <directories>",
  },
  "shellcheck/missing": {
    layer: "linters",
    checks: "shellcheck is installed, so the shell scripts are checked",
    fix: "apt-get install -y shellcheck (tools/workspace-setup/setup.sh test does this)",
  },
  "shellcheck/failed": {
    layer: "linters",
    checks: "shellcheck ran: a linter that crashes checks nothing",
    fix: "run shellcheck by hand and fix what it reports (or the installation)",
  },
  "actionlint/missing": {
    layer: "linters",
    checks: "actionlint is installed, so the workflows are checked before GitHub runs them",
    fix: "tools/workspace-setup/setup.sh render installs it into .tools/bin",
  },
  "actionlint/failed": {
    layer: "linters",
    checks: "actionlint ran: a linter that crashes checks nothing",
    fix: "run actionlint by hand and fix what it reports (or the installation)",
  },
  "kube-linter/unavailable": {
    layer: "linters",
    checks: "kube-linter is installed; a warning, as no registry this project reaches serves it",
    fix: "install kube-linter where the Go module proxy serves it, or put a release binary on PATH",
  },
  "kube-linter/failed": {
    layer: "linters",
    checks: "kube-linter ran: a linter that crashes checks nothing",
    fix: "run kube-linter by hand and fix what it reports (or the installation)",
  },
  "server/namespace-missing": {
    layer: "server",
    checks: "the overlay's namespace exists on the server, or nothing of it can be checked",
    fix: "create the namespace first, or point KUBECONFIG/--context at the cluster that has it",
  },
  "server/unknown-kind": {
    layer: "server",
    checks: "the server serves every kind the overlay renders",
    fix: "install the CRD or operator that provides it (npm run doctor lists what the overlay needs)",
  },
  "server/warning": {
    layer: "server",
    checks: "the server's warnings: an error when Pod Security says it would refuse the pods, else a warning",
    fix: "the server accepts it today but says it will not, or that its pods will be refused: fix what it names",
  },
} as const satisfies Record<string, Rule>;

/** Rules whose ids another tool makes: `<family>/<that tool's name for it>`. */
export const EXTERNAL_RULES = {
  shellcheck: {
    id: "shellcheck/SC<code>",
    layer: "linters",
    checks: "shellcheck's comments on every shell script of the repository, at any level",
    fix: "apply shellcheck's fix, or change the line as https://www.shellcheck.net/wiki/SC<code> shows",
  },
  actionlint: {
    id: "actionlint/<kind>",
    layer: "linters",
    checks: "actionlint's checks on .github/workflows/*.yml",
    fix: "correct the workflow as actionlint's checks.md explains",
  },
  "kube-linter": {
    id: "kube-linter/<check>",
    layer: "linters",
    checks: "kube-linter's checks (tools/manifests/kube-linter.yaml) on each overlay as kustomize renders it",
    fix: "kube-linter's remediation, or the annotation ignore-check.kube-linter.io/<check> with a reason",
  },
  server: {
    id: "server/<reason>",
    layer: "server",
    checks: "the server's refusal of the dry-run apply, named by its Status reason (invalid, forbidden, …)",
    fix: "change the setting or manifest the message names, then npm run render",
  },
} as const satisfies Record<string, Rule & { id: string }>;

export type ExternalFamily = keyof typeof EXTERNAL_RULES;

declare const external: unique symbol;
/** An id another tool made, branded so that only externalRule() makes one. */
export type ExternalRuleId = `${ExternalFamily}/${string}` & { readonly [external]: ExternalFamily };

export type GateRuleId = keyof typeof RULES;
/** The rule of a finding: one of RULES, or an id of an external family. */
export type RuleId = GateRuleId | ExternalRuleId;

/** The id of another tool's rule `name` in `family`, e.g. externalRule("shellcheck", "SC2086"). */
export function externalRule(family: ExternalFamily, name: string): ExternalRuleId {
  return `${family}/${name}` as ExternalRuleId;
}

/** The registry's fix for a rule (for the rules whose fix does not depend on the finding). */
export function fixOf(rule: GateRuleId): string {
  return RULES[rule].fix;
}
