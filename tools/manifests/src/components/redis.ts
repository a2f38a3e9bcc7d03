// Redis: CKAN's job queue and cache. No persistence in the sandbox: queued jobs are lost when the pod
// restarts (XLoader re-submits a resource when it is updated), and no volume is spent on it. With
// `redis.provider: external` nothing (CKAN's pods get the URL from external.ts).
import { NAMES, REDIS_IMAGE, SERVICES } from "../config/layout.ts";
import { SYNC_WAVES } from "../lib/argocd.ts";
import { parseQuantity } from "../lib/quantity.ts";
import { execHandler, probes } from "../lib/probes.ts";
import { scratchVolume } from "../lib/ephemeral-storage.ts";
import { containerPort, deployment, service } from "../lib/workload.ts";
import type { Component, StackContext } from "./component.ts";

const PORT = { name: "redis", port: SERVICES.redis.port } as const;

/**
 * redis-server's arguments; the password comes from the Secret through Kubernetes' $(VAR) expansion.
 * maxmemory stays below the container limit so Redis refuses writes (noeviction: never drops a queued
 * job) instead of being OOM-killed.
 */
export function redisArgs(memoryLimit: string): string[] {
  const maxmemory = Math.floor((parseQuantity(memoryLimit) * 3) / 4);
  return [
    "--port",
    String(PORT.port),
    "--requirepass",
    "$(REDIS_PASSWORD)",
    "--save",
    "",
    "--appendonly",
    "no",
    "--maxmemory",
    String(maxmemory),
    "--maxmemory-policy",
    "noeviction",
  ];
}

export function redisComponent(context: StackContext): Component {
  if (context.settings.redis.provider === "external")
    return { name: "redis", description: "Redis: outside the stack (redis.provider external)", objects: [] };
  const identity = { name: "redis", component: "cache", version: REDIS_IMAGE.tag.split("-")[0]! };
  // redis-cli reads the password from REDISCLI_AUTH. Ready: `ping` answers PONG (not LOADING or NOAUTH).
  // Alive: it answers anything at all; a hung server leaves redis-cli waiting until the probe times out.
  const ping = `redis-cli -p ${PORT.port} ping`;
  const ready = ["sh", "-c", `${ping} | grep -q PONG`];
  const answers = ["sh", "-c", `test -n "$(${ping} 2>/dev/null)"`];
  const redis = deployment({
    identity,
    wave: SYNC_WAVES.databases,
    // Two Redis pods side by side would split the queue between them.
    strategy: { type: "Recreate" },
    containers: [
      {
        name: "redis",
        image: `${REDIS_IMAGE.name}:${REDIS_IMAGE.tag}`,
        size: context.settings.sizes.redis,
        command: ["redis-server"],
        args: redisArgs(context.settings.sizes.redis.memoryLimit),
        ports: [containerPort(PORT)],
        env: [
          {
            name: "REDIS_PASSWORD",
            valueFrom: { secretKeyRef: { name: NAMES.redisSecret, key: "REDIS_PASSWORD" } },
          },
          {
            name: "REDISCLI_AUTH",
            valueFrom: { secretKeyRef: { name: NAMES.redisSecret, key: "REDIS_PASSWORD" } },
          },
        ],
        probes: probes({
          readiness: execHandler(ready),
          liveness: execHandler(answers),
          startupSeconds: 60,
          hungAfterSeconds: 90,
        }),
        volumeMounts: [{ name: "data", mountPath: "/data" }],
      },
    ],
    volumes: [scratchVolume("data", "64Mi")],
  });
  return {
    name: "redis",
    description: "Redis: Deployment and Service (no persistence)",
    objects: [redis, service(identity, PORT)],
  };
}
