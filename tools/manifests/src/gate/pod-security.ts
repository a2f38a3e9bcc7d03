// Layer 2: every pod template passes Pod Security "restricted" (which includes "baseline") and
// OpenShift's restricted-v2 SCC, as admission would check them. Rules follow
// kubernetes/pod-security-admission policy/check_*.go and the restricted-v2 SCC (see README.md). The pods
// operators make from custom resources (SolrCloud, ZooKeeper) are checked as far as the resource sets them.
import type { Finding, RenderedObject } from "./finding.ts";
import { objectName } from "./finding.ts";
import { containersOf, podsOf, type ContainerAt, type PodView } from "./pods.ts";
import { RULES, type RuleId } from "./rules.ts";

type Emit = (rule: RuleId, path: string, message: string, why: string, fix: string) => void;

const ALLOWED_VOLUMES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret",
  "image",
];
const SAFE_SYSCTLS = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
];
const SELINUX_TYPES = ["", "container_t", "container_init_t", "container_kvm_t"];
const ADMISSION = "admission rejects the pod, so the workload never starts";

function checkPodLevel(spec: RenderedObject, path: string, emit: Emit): void {
  for (const field of ["hostNetwork", "hostPID", "hostIPC"]) {
    if (spec[field] === true) {
      emit(
        "pss/host-namespaces",
        `${path}.${field}`,
        `${field} is true`,
        `sharing the node's namespaces escapes the pod: ${ADMISSION}`,
        `remove ${field}`,
      );
    }
  }
  for (const [index, volume] of ((spec.volumes as RenderedObject[]) ?? []).entries()) {
    const type = Object.keys(volume).find((key) => key !== "name");
    if (type && !ALLOWED_VOLUMES.includes(type)) {
      emit(
        "pss/volume-types",
        `${path}.volumes[name=${volume.name ?? index}].${type}`,
        `volume type ${type} is not allowed`,
        `restricted allows only ${ALLOWED_VOLUMES.join(", ")}; ${type === "hostPath" ? "hostPath exposes the node's files" : ADMISSION}`,
        RULES["pss/volume-types"].fix,
      );
    }
  }
  const context = spec.securityContext ?? {};
  for (const [index, sysctl] of ((context.sysctls as RenderedObject[]) ?? []).entries()) {
    if (!SAFE_SYSCTLS.includes(sysctl.name)) {
      emit(
        "pss/sysctls",
        `${path}.securityContext.sysctls[${index}]`,
        `unsafe sysctl ${sysctl.name}`,
        `it changes the node's kernel for every pod: ${ADMISSION}`,
        RULES["pss/sysctls"].fix,
      );
    }
  }
  if (context.windowsOptions?.hostProcess === true) {
    emit(
      "pss/host-process",
      `${path}.securityContext.windowsOptions.hostProcess`,
      "hostProcess is true",
      ADMISSION,
      RULES["pss/host-process"].fix,
    );
  }
  checkPinnedIds(context, `${path}.securityContext`, emit, ["runAsUser", "runAsGroup", "fsGroup"]);
}

/** restricted-v2 assigns the UID, GID and fsGroup from the namespace's range (MustRunAsRange). */
function checkPinnedIds(context: RenderedObject, path: string, emit: Emit, fields: string[]): void {
  for (const field of fields) {
    if (context[field] === undefined) continue;
    emit(
      context[field] === 0 && field === "runAsUser" ? "pss/run-as-root" : "openshift/pinned-id",
      `${path}.${field}`,
      `${field} is pinned to ${context[field]}`,
      field === "runAsUser" && context[field] === 0
        ? `a root container can take over the node if it escapes: ${ADMISSION}`
        : "OpenShift's restricted-v2 SCC assigns IDs from the namespace's range and rejects any other value",
      `remove ${field}; make the image group-0 writable where it writes (chgrp -R 0, chmod -R g=u)`,
    );
  }
}

/** runAsNonRoot and the seccomp profile, which the container may inherit from the pod. */
function checkNonRootAndSeccomp(
  context: RenderedObject,
  podContext: RenderedObject,
  here: string,
  emit: Emit,
): void {
  if (context.runAsNonRoot !== true && podContext.runAsNonRoot !== true) {
    emit(
      "pss/run-as-non-root",
      `${here}.runAsNonRoot`,
      "runAsNonRoot is not true here or on the pod",
      `restricted requires it so a root image cannot start: ${ADMISSION}`,
      RULES["pss/run-as-non-root"].fix,
    );
  }
  const seccomp = context.seccompProfile?.type ?? podContext.seccompProfile?.type;
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") {
    emit(
      "pss/seccomp",
      `${here}.seccompProfile.type`,
      `seccomp profile is ${seccomp ?? "unset"}`,
      `restricted requires RuntimeDefault or Localhost: ${ADMISSION}`,
      RULES["pss/seccomp"].fix,
    );
  }
}

function checkContainer(at: ContainerAt, pod: RenderedObject, emit: Emit): void {
  const context = at.container.securityContext ?? {};
  const podContext = pod.securityContext ?? {};
  const here = `${at.path}.securityContext`;
  if (context.privileged === true) {
    emit(
      "pss/privileged",
      `${here}.privileged`,
      "privileged is true",
      `a privileged container is root on the node: ${ADMISSION}`,
      RULES["pss/privileged"].fix,
    );
  }
  if (context.allowPrivilegeEscalation !== false) {
    emit(
      "pss/allow-privilege-escalation",
      `${here}.allowPrivilegeEscalation`,
      `allowPrivilegeEscalation is ${context.allowPrivilegeEscalation ?? "unset"}`,
      `restricted requires it explicitly false (setuid binaries could gain privileges): ${ADMISSION}`,
      RULES["pss/allow-privilege-escalation"].fix,
    );
  }
  const drop: string[] = context.capabilities?.drop ?? [];
  if (!drop.includes("ALL")) {
    emit(
      "pss/capabilities-drop",
      `${here}.capabilities.drop`,
      `capabilities.drop is ${JSON.stringify(drop)}`,
      `restricted requires dropping ALL: ${ADMISSION}`,
      RULES["pss/capabilities-drop"].fix,
    );
  }
  for (const capability of (context.capabilities?.add as string[] | undefined) ?? []) {
    if (capability !== "NET_BIND_SERVICE") {
      emit(
        "pss/capabilities-add",
        `${here}.capabilities.add`,
        `adds ${capability}`,
        `only NET_BIND_SERVICE may be added: ${ADMISSION}`,
        `remove ${capability}`,
      );
    }
  }
  checkNonRootAndSeccomp(context, podContext, here, emit);
  const apparmor = context.appArmorProfile?.type;
  if (apparmor !== undefined && apparmor !== "RuntimeDefault" && apparmor !== "Localhost") {
    emit(
      "pss/apparmor",
      `${here}.appArmorProfile.type`,
      `AppArmor profile is ${apparmor}`,
      ADMISSION,
      RULES["pss/apparmor"].fix,
    );
  }
  const selinux = context.seLinuxOptions ?? {};
  if (!SELINUX_TYPES.includes(selinux.type ?? "") || selinux.user || selinux.role) {
    emit(
      "pss/selinux",
      `${here}.seLinuxOptions`,
      `custom SELinux options ${JSON.stringify(selinux)}`,
      ADMISSION,
      RULES["pss/selinux"].fix,
    );
  }
  if (context.procMount !== undefined && context.procMount !== "Default") {
    emit(
      "pss/proc-mount",
      `${here}.procMount`,
      `procMount is ${context.procMount}`,
      ADMISSION,
      RULES["pss/proc-mount"].fix,
    );
  }
  checkPinnedIds(context, here, emit, ["runAsUser", "runAsGroup"]);
  for (const [index, port] of ((at.container.ports as RenderedObject[]) ?? []).entries()) {
    if (port.hostPort) {
      emit(
        "pss/host-ports",
        `${at.path}.ports[${port.name ?? index}].hostPort`,
        `hostPort ${port.hostPort}`,
        `it binds the node's port: ${ADMISSION}`,
        RULES["pss/host-ports"].fix,
      );
    }
  }
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    const handler = at.container[probe];
    const host = handler?.httpGet?.host ?? handler?.tcpSocket?.host;
    if (host) {
      emit(
        "pss/probe-host",
        `${at.path}.${probe}`,
        `the probe targets host ${host}`,
        `a probe may only check its own pod (Kubernetes 1.34+): ${ADMISSION}`,
        RULES["pss/probe-host"].fix,
      );
    }
  }
}

/**
 * For an operator's pod whose containers the resource cannot configure: restricted-v2 sets their
 * allowPrivilegeEscalation and capabilities at admission, but runAsNonRoot and the seccomp profile must
 * come from the pod.
 */
function checkUnsetContainers(pod: PodView, emit: Emit): void {
  checkNonRootAndSeccomp({}, pod.spec.securityContext ?? {}, `${pod.path}.securityContext`, emit);
}

export function podSecurityFindings(objects: readonly RenderedObject[], overlay: string): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects) {
    for (const pod of podsOf(object)) {
      const emit: Emit = (rule, path, message, why, fix) =>
        findings.push({
          rule,
          severity: "error",
          overlay,
          object: objectName(object),
          path: pod.fieldPath(path),
          message,
          why,
          fix,
        });
      checkPodLevel(pod.spec, pod.path, emit);
      if (pod.containersUnset) checkUnsetContainers(pod, emit);
      else for (const at of containersOf(pod)) checkContainer(at, pod.spec, emit);
    }
  }
  return findings;
}
