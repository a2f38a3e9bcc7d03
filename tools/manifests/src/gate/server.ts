// The server layer of the gate (`npm run validate -- --server`): every rendered object is sent to a real
// API server as a server-side apply with dryRun=All and strict field validation. The server's own
// schemas, CRD validation and CEL rules, and its admission chain (Pod Security, quota, policies) decide;
// nothing is stored. Each refusal or warning becomes a finding on that object.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import path from "node:path";
import { parse } from "yaml";
import type { Finding, RenderedObject } from "./finding.ts";
import { objectName } from "./finding.ts";

interface Kubeconfig {
  "current-context"?: string;
  contexts?: { name: string; context: { cluster: string; user: string } }[];
  clusters?: {
    name: string;
    cluster: { server: string; "certificate-authority"?: string; "certificate-authority-data"?: string };
  }[];
  users?: {
    name: string;
    user: {
      token?: string;
      tokenFile?: string;
      "client-certificate"?: string;
      "client-certificate-data"?: string;
      "client-key"?: string;
      "client-key-data"?: string;
    };
  }[];
}

/** How to reach the API server: its URL and TLS/credential options, from a kubeconfig. */
export interface Connection {
  readonly server: string;
  readonly ca?: Buffer;
  readonly cert?: Buffer;
  readonly key?: Buffer;
  readonly token?: string;
}

export class ServerError extends Error {}

/** The kubeconfig's context (default: its current one), as KUBECONFIG or ~/.kube/config names it. */
export function connectionFrom(kubeconfigPath: string, context?: string): Connection {
  let config: Kubeconfig;
  try {
    config = parse(readFileSync(kubeconfigPath, "utf8")) as Kubeconfig;
  } catch (error) {
    throw new ServerError(
      `${kubeconfigPath}: cannot read the kubeconfig (${(error as Error).message}); fix: log in with oc login, or set KUBECONFIG`,
    );
  }
  const base = path.dirname(kubeconfigPath);
  const name = context ?? config["current-context"];
  const chosen = config.contexts?.find((entry) => entry.name === name)?.context;
  if (!chosen)
    throw new ServerError(
      `${kubeconfigPath}: no context "${name ?? ""}"; fix: pass --context with one of ${config.contexts?.map((c) => c.name).join(", ") || "(none)"}`,
    );
  const cluster = config.clusters?.find((entry) => entry.name === chosen.cluster)?.cluster;
  const user = config.users?.find((entry) => entry.name === chosen.user)?.user ?? {};
  if (!cluster) throw new ServerError(`${kubeconfigPath}: context "${name}" names no cluster`);
  const file = (value?: string) => (value ? readFileSync(path.resolve(base, value)) : undefined);
  const data = (value?: string) => (value ? Buffer.from(value, "base64") : undefined);
  return {
    server: cluster.server.replace(/\/$/, ""),
    ca: data(cluster["certificate-authority-data"]) ?? file(cluster["certificate-authority"]),
    cert: data(user["client-certificate-data"]) ?? file(user["client-certificate"]),
    key: data(user["client-key-data"]) ?? file(user["client-key"]),
    token: user.token ?? file(user.tokenFile)?.toString("utf8").trim(),
  };
}

interface Response {
  readonly status: number;
  readonly body: string;
  readonly warnings: string[];
}

function call(
  connection: Connection,
  method: string,
  url: string,
  body?: string,
  type?: string,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${connection.server}${url}`,
      {
        method,
        ca: connection.ca,
        cert: connection.cert,
        key: connection.key,
        headers: {
          Accept: "application/json",
          ...(connection.token ? { Authorization: `Bearer ${connection.token}` } : {}),
          ...(type ? { "Content-Type": type } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const header = res.headers.warning;
          const warnings = (Array.isArray(header) ? header : header ? [header] : []).map((w) =>
            w.replace(/^\d{3} \S+ "?/, "").replace(/"$/, ""),
          );
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), warnings });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${connection.server} in 30 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

/** Kind → REST path of its collection, from the server's discovery documents. */
export class Discovery {
  private readonly resources = new Map<string, { path: string; namespaced: boolean }>();
  private readonly connection: Connection;
  private constructor(connection: Connection) {
    this.connection = connection;
  }

  static async of(connection: Connection): Promise<Discovery> {
    const discovery = new Discovery(connection);
    const groups = JSON.parse((await discovery.get("/apis")).body) as {
      groups: { versions: { groupVersion: string }[] }[];
    };
    const groupVersions = [
      "v1",
      ...groups.groups.flatMap((group) => group.versions.map((v) => v.groupVersion)),
    ];
    await Promise.all(
      groupVersions.map(async (groupVersion) => {
        const prefix = groupVersion === "v1" ? "/api/v1" : `/apis/${groupVersion}`;
        const list = JSON.parse((await discovery.get(prefix)).body) as { resources: ApiResource[] };
        for (const resource of list.resources.filter((r) => !r.name.includes("/")))
          discovery.resources.set(`${groupVersion}/${resource.kind}`, {
            path: `${prefix}/${resource.name}`,
            namespaced: resource.namespaced,
          });
      }),
    );
    return discovery;
  }

  async get(url: string): Promise<Response> {
    const response = await call(this.connection, "GET", url);
    if (response.status !== 200)
      throw new ServerError(
        `GET ${this.connection.server}${url}: HTTP ${response.status}: ${response.body.slice(0, 200)}`,
      );
    return response;
  }

  collection(object: RenderedObject): { path: string; namespaced: boolean } | undefined {
    return this.resources.get(`${String(object.apiVersion)}/${String(object.kind)}`);
  }
}

const WHY =
  "the API server is what OpenShift runs: its schemas, CRD rules and admission refuse this object at sync time";

/** Server-side dry-run apply of each object; `namespace` for objects the overlay left without one. */
export async function serverFindings(
  connection: Connection,
  discovery: Discovery,
  objects: readonly RenderedObject[],
  overlay: string,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const finding = (
    object: RenderedObject,
    rule: string,
    message: string,
    fix: string,
    severity: Finding["severity"] = "error",
  ) =>
    findings.push({ rule, severity, overlay, object: objectName(object), path: "", message, why: WHY, fix });
  const namespaces = [...new Set(objects.map((object) => object.metadata?.namespace as string | undefined))];
  for (const namespace of namespaces.filter((name): name is string => Boolean(name))) {
    const found = await call(connection, "GET", `/api/v1/namespaces/${encodeURIComponent(namespace)}`);
    if (found.status === 404) {
      finding(
        { kind: "Namespace", metadata: { name: namespace } },
        "server/namespace-missing",
        `namespace ${namespace} does not exist on ${connection.server}: nothing of ${overlay} was checked`,
        `create it first (oc new-project ${namespace}), or point KUBECONFIG/--context at the cluster that has it`,
      );
      return findings;
    }
  }
  await Promise.all(
    objects.map(async (object) => {
      const collection = discovery.collection(object);
      if (!collection) {
        finding(
          object,
          "server/unknown-kind",
          `the server serves no ${String(object.apiVersion)} ${String(object.kind)}`,
          "install the CRD or operator that provides it (npm run doctor lists what the overlay needs)",
        );
        return;
      }
      const namespace = object.metadata?.namespace as string | undefined;
      const base = collection.namespaced
        ? collection.path.replace(/\/([^/]+)$/, `/namespaces/${namespace ?? "default"}/$1`)
        : collection.path;
      const url = `${base}/${encodeURIComponent(String(object.metadata?.name))}?dryRun=All&fieldManager=ckan-validate&fieldValidation=Strict&force=true`;
      const response = await call(
        connection,
        "PATCH",
        url,
        JSON.stringify(object),
        "application/apply-patch+yaml",
      );
      if (response.status >= 300) {
        const status = (() => {
          try {
            return JSON.parse(response.body) as { reason?: string; message?: string };
          } catch {
            return { message: response.body.slice(0, 300) };
          }
        })();
        finding(
          object,
          `server/${(status.reason ?? "refused").toLowerCase()}`,
          status.message ?? `HTTP ${response.status}`,
          "change the setting or manifest the message names, then npm run render",
        );
      }
      for (const warning of response.warnings)
        finding(
          object,
          "server/warning",
          warning,
          "the server accepts it today but says it will not, or that its pods will be refused: fix what it names",
          /PodSecurity/.test(warning) ? "error" : "warning",
        );
    }),
  );
  return findings;
}
