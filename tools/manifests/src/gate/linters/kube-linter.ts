// Layer 3, rendered objects: kube-linter (stackrox) over each overlay as kustomize renders it, with the
// checks of tools/manifests/kube-linter.yaml. kube-linter cannot be installed from the registries this
// project reaches (the Go module proxy refuses golang.stackrox.io/kube-linter and
// github.com/stackrox/kube-linter; it is on neither npm nor PyPI nor Debian), so it runs only where a
// kube-linter binary exists (.tools/bin or PATH, e.g. in GitHub Actions); elsewhere the gate says so in a
// warning instead of pretending. The gate's own layers re-implement its key checks meanwhile.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { kustomizeBuild } from "../../kustomize.ts";
import { committedBuildInputs } from "../variants.ts";
import type { Finding } from "../finding.ts";
import { externalRule } from "../rules.ts";
import { findTool, runTool, toolFailedFinding, type ToolOptions } from "./tools.ts";

export const KUBE_LINTER_VERSION = "v0.7.6";
export const KUBE_LINTER_CONFIG = "tools/manifests/kube-linter.yaml";

export function kubeLinterInstallCommand(repoRoot: string): string {
  return `GOBIN="${path.join(repoRoot, ".tools", "bin")}" go install golang.stackrox.io/kube-linter/cmd/kube-linter@${KUBE_LINTER_VERSION}`;
}

export interface KubeLinterOptions extends ToolOptions {
  /** The manifests/ tree whose overlays are linted. @default <repoRoot>/manifests */
  readonly manifestsDir?: string;
  /** @default <repoRoot>/tools/manifests/kube-linter.yaml */
  readonly config?: string;
}

/** One entry of kube-linter's `--format json` Reports (diagnostic.WithContext). */
interface KubeLinterReport {
  readonly Check: string;
  readonly Remediation?: string;
  readonly Diagnostic?: { readonly Message?: string };
  readonly Object?: {
    readonly K8sObject?: {
      readonly Name?: string;
      readonly GroupVersionKind?: { readonly Kind?: string };
      readonly kind?: string;
      readonly metadata?: { readonly name?: string };
    };
  };
}

function toFinding(report: KubeLinterReport, overlay: string): Finding {
  const k8s = report.Object?.K8sObject;
  const kind = k8s?.GroupVersionKind?.Kind ?? k8s?.kind ?? "?";
  const name = k8s?.Name ?? k8s?.metadata?.name ?? "?";
  return {
    rule: externalRule("kube-linter", report.Check),
    severity: "error",
    overlay,
    object: `${kind}/${name}`,
    path: "",
    message: report.Diagnostic?.Message ?? report.Check,
    why: `kube-linter's ${report.Check} check (https://docs.kubelinter.io/#/generated/checks?id=${report.Check})`,
    fix: `${report.Remediation ?? "see the check's documentation"} If this object is a justified exception, annotate it ignore-check.kube-linter.io/${report.Check}: "<why>"`,
  };
}

async function overlaysOf(manifestsDir: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(manifestsDir, "overlays"), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

export async function kubeLinterFindings(
  repoRoot: string,
  options: KubeLinterOptions = {},
): Promise<Finding[]> {
  const kubeLinter = await findTool("kube-linter", repoRoot, options);
  if (!kubeLinter) {
    return [
      {
        rule: "kube-linter/unavailable",
        severity: "warning",
        overlay: "",
        object: KUBE_LINTER_CONFIG,
        path: "",
        message:
          "kube-linter is not installed (neither in .tools/bin nor on PATH): its checks did not run. It cannot be installed from the registries this machine reaches (the Go module proxy refuses golang.stackrox.io/kube-linter; it is on neither npm, PyPI nor Debian)",
        why: "kube-linter's checks (probes, service accounts, read-only roots, …) complement the gate's own; without it only the gate's layers ran",
        fix: `where the Go module proxy serves it: ${kubeLinterInstallCommand(repoRoot)} (or put a release binary of kube-linter ${KUBE_LINTER_VERSION} on PATH)`,
      },
    ];
  }
  const manifestsDir = options.manifestsDir ?? path.join(repoRoot, "manifests");
  const config = options.config ?? path.join(repoRoot, KUBE_LINTER_CONFIG);
  const scratch = await mkdtemp(path.join(tmpdir(), "kube-linter-"));
  try {
    const perOverlay = await Promise.all(
      (await overlaysOf(manifestsDir)).map(async (overlay) => {
        const overlayDir = path.join(manifestsDir, "overlays", overlay);
        const objects = await kustomizeBuild(overlayDir, committedBuildInputs(overlayDir));
        const file = path.join(scratch, `${overlay}.yaml`);
        await writeFile(file, objects.map((object) => stringify(object)).join("---\n"));
        const result = await runTool(
          kubeLinter,
          ["lint", "--format", "json", "--config", config, file],
          repoRoot,
        );
        let reports: KubeLinterReport[];
        try {
          reports = (JSON.parse(result.stdout) as { Reports?: KubeLinterReport[] | null }).Reports ?? [];
        } catch {
          return [toolFailedFinding("kube-linter", `overlay ${overlay}`, result, "output is not JSON")];
        }
        if (result.status !== 0 && reports.length === 0)
          return [toolFailedFinding("kube-linter", `overlay ${overlay}`, result)];
        return reports.map((report) => toFinding(report, overlay));
      }),
    );
    return perOverlay.flat();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
