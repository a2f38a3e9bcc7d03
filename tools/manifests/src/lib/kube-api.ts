// A small client of the Kubernetes API from a kubeconfig (token, token file or client certificate),
// for the gate's server layer and the doctor: discovery, GETs and dry-run applies, nothing else.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import path from "node:path";
import { parse } from "yaml";
import type { RenderedObject } from "../gate/finding.ts";

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

export class KubeApiError extends Error {}

/** The kubeconfig's context (default: its current one), as KUBECONFIG or ~/.kube/config names it. */
export function connectionFrom(kubeconfigPath: string, context?: string): Connection {
  let config: Kubeconfig;
  try {
    config = parse(readFileSync(kubeconfigPath, "utf8")) as Kubeconfig;
  } catch (error) {
    throw new KubeApiError(
      `${kubeconfigPath}: cannot read the kubeconfig (${(error as Error).message}); fix: log in with oc login, or set KUBECONFIG`,
    );
  }
  const base = path.dirname(kubeconfigPath);
  const name = context ?? config["current-context"];
  const chosen = config.contexts?.find((entry) => entry.name === name)?.context;
  if (!chosen)
    throw new KubeApiError(
      `${kubeconfigPath}: no context "${name ?? ""}"; fix: pass --context with one of ${config.contexts?.map((c) => c.name).join(", ") || "(none)"}`,
    );
  const cluster = config.clusters?.find((entry) => entry.name === chosen.cluster)?.cluster;
  const user = config.users?.find((entry) => entry.name === chosen.user)?.user ?? {};
  if (!cluster) throw new KubeApiError(`${kubeconfigPath}: context "${name}" names no cluster`);
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

export interface Response {
  readonly status: number;
  readonly body: string;
  readonly warnings: string[];
}

export function call(
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
      throw new KubeApiError(
        `GET ${this.connection.server}${url}: HTTP ${response.status}: ${response.body.slice(0, 200)}`,
      );
    return response;
  }

  collection(object: RenderedObject): { path: string; namespaced: boolean } | undefined {
    return this.resources.get(`${String(object.apiVersion)}/${String(object.kind)}`);
  }
}
