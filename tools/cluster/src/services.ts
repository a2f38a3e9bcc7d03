// Every Service must answer on every port it declares, through kube-proxy, from inside the node's
// network namespace: a Service whose targetPort no container listens on fails here, by name.
import { $ } from "zx";
import { getJson } from "./kube.ts";
import { cluster } from "./paths.ts";

interface Service {
  metadata: { name: string };
  spec: {
    clusterIP: string;
    selector?: Record<string, string>;
    ports: { name?: string; port: number; targetPort?: number | string }[];
  };
}
interface Pod {
  metadata: { name: string; labels?: Record<string, string> };
  spec: { containers: { name: string; ports?: { name?: string; containerPort: number }[] }[] };
}

async function connects(address: string, port: number): Promise<boolean> {
  const result = await $({
    quiet: true,
    nothrow: true,
    timeout: 8000,
  })`nsenter --net=/run/netns/${cluster.netns} -- timeout 5 bash -c ${`exec 3<>/dev/tcp/${address}/${port}`}`;
  return result.exitCode === 0;
}

/** Checks each Service port; returns the `ckan` Service's address:port. */
export async function checkServices(namespace: string): Promise<string> {
  const [services, pods] = await Promise.all([
    getJson<{ items: Service[] }>(["services", "-n", namespace]),
    getJson<{ items: Pod[] }>(["pods", "-n", namespace]),
  ]);
  const problems: string[] = [];
  for (const service of services.items) {
    if (service.spec.clusterIP === "None") continue;
    for (const port of service.spec.ports) {
      if (await connects(service.spec.clusterIP, port.port)) continue;
      const selected = pods.items.filter((pod) =>
        Object.entries(service.spec.selector ?? {}).every(
          ([key, value]) => pod.metadata.labels?.[key] === value,
        ),
      );
      const listening = selected
        .flatMap((pod) =>
          pod.spec.containers.flatMap((c) =>
            (c.ports ?? []).map((p) => `${c.name}:${p.name ?? "?"}/${p.containerPort}`),
          ),
        )
        .join(", ");
      problems.push(
        `Service ${service.metadata.name} port ${port.port} (targetPort ${port.targetPort ?? port.port}) does not answer; ` +
          `its ${selected.length} pod(s) declare ${listening || "no ports"}: fix the Service's targetPort or the container's port`,
      );
    }
  }
  if (problems.length > 0) throw new Error(problems.join("\n  "));
  const web = services.items.find((service) => service.metadata.name === "ckan");
  if (!web) throw new Error(`Service ckan: not found in namespace ${namespace}`);
  return `${web.spec.clusterIP}:${web.spec.ports[0]!.port}`;
}
