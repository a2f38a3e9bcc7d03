// The one-screen summary per environment: workloads, images, pods, requests and limits against the
// quota, volumes. Printed by `npm run render` and `npm run check`.
import { PLATFORMS, type PlatformQuota, type QuotaScope } from "./config/platforms.ts";
import { formatBytes, formatMillicores } from "./lib/quantity.ts";
import { formatFindings } from "./gate/format.ts";
import type { EphemeralStorageUsage } from "./quota/usage.ts";
import type { EnvironmentReport } from "./render.ts";

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(
    (row) =>
      "  " +
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
  );
}

const mark = (used: number, allowed: number) => (used <= allowed ? "✓" : "✗ OVER");

function scopeLine(label: string, used: QuotaScope, allowed: QuotaScope): string {
  const cell = (name: string, u: number, a: number, format: (n: number) => string) =>
    `${name} ${format(u)}/${format(a)} ${mark(u, a)}`;
  return [
    `  ${label}:`,
    cell("cpu req", used.requestsCpuMillicores, allowed.requestsCpuMillicores, formatMillicores),
    cell("mem req", used.requestsMemoryBytes, allowed.requestsMemoryBytes, formatBytes),
    cell("cpu lim", used.limitsCpuMillicores, allowed.limitsCpuMillicores, formatMillicores),
    cell("mem lim", used.limitsMemoryBytes, allowed.limitsMemoryBytes, formatBytes),
  ].join("  ");
}

export function formatReport(report: EnvironmentReport): string {
  const { environment, objects, usage } = report;
  const platform = PLATFORMS[environment.settings.platform];
  const quota: PlatformQuota = platform.quota;
  const components = [
    ...new Set(
      objects.map(
        (o) => ((o.metadata as { labels?: Record<string, string> })?.labels ?? {})["app.kubernetes.io/name"],
      ),
    ),
  ].filter(Boolean);
  const lines = [
    `${environment.name}: namespace ${environment.settings.namespace}, https://${environment.settings.host} (${platform.title})`,
    `  components: ${components.join(", ")}  (${objects.length} objects)`,
    "",
    ...table([
      ["WORKLOAD", "PODS", "CPU REQ", "MEM REQ", "MEM LIM", "IMAGE"],
      ...usage.workloads.map((w) => [
        w.object,
        w.surge > 0 ? `${w.replicas}+${w.surge}` : String(w.replicas),
        formatMillicores(w.requestsCpuMillicores),
        formatBytes(w.requestsMemoryBytes),
        formatBytes(w.limitsMemoryBytes),
        w.images.join(", "),
      ]),
    ]),
    "",
    "  quota (pods+surge counted; CPU limits from the LimitRange default where unset):",
    scopeLine("long-running", usage.notTerminating, quota.notTerminating),
    scopeLine("jobs        ", usage.terminating, quota.terminating),
    `  storage: ${usage.persistentVolumeClaims}/${quota.persistentVolumeClaims} claims ${mark(usage.persistentVolumeClaims, quota.persistentVolumeClaims)}  ` +
      `${formatBytes(usage.requestsStorageBytes)}/${formatBytes(quota.requestsStorageBytes)} ${mark(usage.requestsStorageBytes, quota.requestsStorageBytes)}  (` +
      usage.claims.map((claim) => `${claim.name} ${claim.storage}`).join(", ") +
      ")",
    ephemeralLine(usage.ephemeralStorage, quota),
  ];
  const errors = report.findings.filter((finding) => finding.severity === "error");
  const warnings = report.findings.filter((finding) => finding.severity !== "error");
  const indented = (findings: typeof report.findings) =>
    formatFindings(findings)
      .split("\n")
      .map((line) => `  ${line}`);
  if (errors.length > 0) {
    lines.push("", `  ✗ ${errors.length} finding(s) of the validation gate:`, ...indented(errors));
  } else {
    lines.push(
      `  gate: ✓ strict schemas, Pod Security restricted, restricted-v2 and project rules${report.suppressions.length ? ` (${report.suppressions.length} suppressed with reasons)` : ""}`,
    );
  }
  if (warnings.length > 0) {
    lines.push(
      "",
      `  ! ${warnings.length} warning(s) about variants ${environment.name} does not select (nothing fails; switching to one needs it fixed first):`,
      ...indented(warnings),
    );
  }
  return lines.join("\n");
}

function ephemeralLine(usage: EphemeralStorageUsage, quota: PlatformQuota): string {
  const limit = quota.ephemeralStorage;
  const cell = (name: string, used: number, allowed: number | undefined) =>
    allowed === undefined
      ? `${name} ${formatBytes(used)}`
      : `${name} ${formatBytes(used)}/${formatBytes(allowed)} ${mark(used, allowed)}`;
  return (
    "  ephemeral storage: " +
    cell("requests", usage.requestsBytes, limit?.requestsBytes) +
    "  " +
    cell("limits", usage.limitsBytes, limit?.limitsBytes) +
    (limit ? "" : "  (the platform's quota sets none)")
  );
}

function gateVerdict(report: EnvironmentReport): string {
  const errors = report.findings.filter((finding) => finding.severity === "error").length;
  const warnings = report.findings.length - errors;
  if (errors > 0) return `✗ ${errors} finding(s)`;
  // Render gates the selected variant; `npm run validate` gates the others too.
  const variants =
    report.unselectedVariants.length > 0
      ? `1 of ${1 + report.unselectedVariants.length} variants`
      : "1 variant(s)";
  return `✓ (${variants}${warnings > 0 ? `, ${warnings} warning(s)` : ""})`;
}

/** The environments side by side: what differs between them at a glance. */
export function formatComparison(reports: readonly EnvironmentReport[]): string {
  const column = (report: EnvironmentReport) => {
    const { settings } = report.environment;
    const quota = PLATFORMS[settings.platform].quota;
    const pods = (name: string) => report.usage.workloads.find((w) => w.object === name);
    const web = settings.ckan.autoscaling
      ? `${settings.ckan.autoscaling.minReplicas}-${settings.ckan.autoscaling.maxReplicas} (autoscaled)`
      : String(pods("Deployment/ckan")?.replicas ?? 0);
    const policies = report.objects.filter((o) => o.kind === "NetworkPolicy").length;
    return [
      report.environment.name,
      PLATFORMS[settings.platform].title,
      settings.namespace,
      settings.postgres.provider === "statefulset"
        ? "StatefulSet"
        : settings.postgres.provider === "external"
          ? `external (${settings.postgres.external?.host})`
          : `${settings.postgres.provider} (${settings.postgres.instances} instances)`,
      settings.solr.provider === "statefulset"
        ? "StatefulSet"
        : settings.solr.provider === "external"
          ? `external (${settings.solr.external?.host})`
          : `SolrCloud (${settings.solr.replicas} nodes)`,
      web,
      String(pods(`Deployment/${"ckan-worker"}`)?.replicas ?? 0),
      `${settings.storage.uploadsAccessMode}`,
      `${formatMillicores(report.usage.notTerminating.requestsCpuMillicores)}/${formatMillicores(quota.notTerminating.requestsCpuMillicores)} ${mark(report.usage.notTerminating.requestsCpuMillicores, quota.notTerminating.requestsCpuMillicores)}`,
      `${formatBytes(report.usage.requestsStorageBytes)}/${formatBytes(quota.requestsStorageBytes)} ${mark(report.usage.requestsStorageBytes, quota.requestsStorageBytes)}`,
      policies > 0 ? `${policies} (default deny)` : "none",
      settings.proxy
        ? "proxy" + (settings.trustedCaBundle ? " + CA bundle" : "")
        : settings.trustedCaBundle
          ? "CA bundle"
          : "direct",
      gateVerdict(report),
    ];
  };
  const labels = [
    "",
    "platform",
    "namespace",
    "postgres",
    "solr",
    "web pods",
    "worker pods",
    "uploads",
    "cpu requests",
    "storage",
    "network policies",
    "outbound",
    "gate",
  ];
  const columns = reports.map(column);
  return table(labels.map((label, row) => [label, ...columns.map((c) => c[row]!)])).join("\n");
}
