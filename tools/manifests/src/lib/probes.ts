// Probe builders. HTTP probes target the named port and never set `host` (Pod Security from 1.34).
import type { IProbe } from "kubernetes-models/v1";

export interface ProbeSet {
  readonly startupProbe?: IProbe;
  readonly readinessProbe: IProbe;
  readonly livenessProbe: IProbe;
}

/**
 * Probes for an HTTP server that may start slowly: the startup probe allows `startupSeconds` before
 * liveness takes over, readiness checks every 10 s, liveness tolerates three slow answers.
 */
export function httpProbes(path: string, options: { startupSeconds: number; port?: string }): ProbeSet {
  const httpGet = { path, port: options.port ?? "http" };
  return {
    startupProbe: {
      httpGet,
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold: Math.ceil(options.startupSeconds / 10),
    },
    readinessProbe: { httpGet, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    livenessProbe: { httpGet, periodSeconds: 30, timeoutSeconds: 10, failureThreshold: 3 },
  };
}

/** Probes that run a command in the container; `startupSeconds` bounds the first success. */
export function execProbes(
  readiness: readonly string[],
  liveness: readonly string[],
  options: { startupSeconds: number },
): ProbeSet {
  return {
    startupProbe: {
      exec: { command: [...readiness] },
      periodSeconds: 5,
      timeoutSeconds: 5,
      failureThreshold: Math.ceil(options.startupSeconds / 5),
    },
    readinessProbe: {
      exec: { command: [...readiness] },
      periodSeconds: 10,
      timeoutSeconds: 5,
      failureThreshold: 3,
    },
    livenessProbe: {
      exec: { command: [...liveness] },
      periodSeconds: 30,
      timeoutSeconds: 10,
      failureThreshold: 3,
    },
  };
}
