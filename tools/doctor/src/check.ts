// One line of the doctor's report: a check, its outcome and, for a failure, the fix.
import { call, type Connection, type Discovery, type Response } from "@ckan-openshift/manifests/kube-api";
import type { EnvironmentSettings } from "@ckan-openshift/manifests/settings";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered YAML
export type Obj = Record<string, any>;

export type Outcome = "ok" | "fail" | "skipped";

export interface Result {
  /** `namespace`, `quota/compute-deploy`, `secret/ckan-secrets` … */
  readonly check: string;
  readonly outcome: Outcome;
  readonly message: string;
  /** What to do: for a failure, the fix; for a skipped check, how to let it run. */
  readonly fix?: string;
}

export interface DoctorContext {
  readonly environment: string;
  readonly settings: EnvironmentSettings;
  /** The committed overlay, as kustomize builds it. */
  readonly objects: readonly Obj[];
  readonly connection: Connection;
  readonly discovery: Discovery;
}

export type Check = (context: DoctorContext) => Promise<Result[]>;

export const ok = (check: string, message: string): Result => ({ check, outcome: "ok", message });
export const fail = (check: string, message: string, fix: string): Result => ({
  check,
  outcome: "fail",
  message,
  fix,
});
export const skipped = (check: string, message: string, fix: string): Result => ({
  check,
  outcome: "skipped",
  message,
  fix,
});

/** A GET as the user; `undefined` with the status when the answer is 403 or 404. */
export async function read<T>(context: DoctorContext, url: string): Promise<{ status: number; body?: T }> {
  const response: Response = await call(context.connection, "GET", url);
  if (response.status === 200) return { status: 200, body: JSON.parse(response.body) as T };
  if (response.status === 403 || response.status === 404) return { status: response.status };
  throw new Error(`GET ${url}: HTTP ${response.status}: ${response.body.slice(0, 200)}`);
}

/** "your user may not …" as a skipped result, with the `oc auth can-i` line that tells. */
export function forbidden(check: string, verb: string, resource: string, namespace?: string): Result {
  return skipped(
    check,
    `your user may not ${verb} ${resource}${namespace ? ` in ${namespace}` : ""}`,
    `ask for read access, or check with: oc auth can-i ${verb} ${resource}${namespace ? ` -n ${namespace}` : ""}`,
  );
}
