// Probe builders. The two probes answer different questions:
// - readiness, "can this pod serve now?": it fails fast (30 s) and only takes the pod out of its Service
//   or holds a rollout; it comes back at the first success.
// - liveness, "is the process hung?": it restarts the container, so it tolerates everything a slow but
//   working process does, and fires only after `hungAfterSeconds` without an answer.
// Where a cheaper handler shows only that the process answers (Solr's node info, any Redis reply,
// PostgreSQL's postmaster answering even while it recovers), liveness uses it; where the readiness
// handler is already that (CKAN's status_show, the queue consumers' own checks), liveness keeps it and
// waits much longer. HTTP probes target the named port and never set `host` (Pod Security from 1.34).
import type { IProbe } from "kubernetes-models/v1";

export interface ProbeSet {
  readonly startupProbe?: IProbe;
  readonly readinessProbe: IProbe;
  readonly livenessProbe: IProbe;
}

export type ProbeHandler = Pick<IProbe, "httpGet" | "exec">;

export const httpHandler = (path: string, port = "http"): ProbeHandler => ({ httpGet: { path, port } });
export const execHandler = (command: readonly string[]): ProbeHandler => ({
  exec: { command: [...command] },
});

const READINESS = { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 } as const;
const LIVENESS = { periodSeconds: 30, timeoutSeconds: 10 } as const;

/**
 * A liveness probe on the readiness handler must wait this many times readiness's failure window, so a
 * slow pod spends most of that time out of rotation and is restarted only if it stays unanswering.
 * The validation gate holds every container to it (workload/probe-roles).
 */
export const SAME_HANDLER_LIVENESS_FACTOR = 4;

/** How long a probe keeps failing before it acts: period × failure threshold. */
export const failureWindowSeconds = (probe: IProbe): number =>
  (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3);

export interface ProbeOptions {
  /** "Can serve now"; also the startup probe's handler (the first success ends startup). */
  readonly readiness: ProbeHandler;
  /** "Not hung"; the readiness handler when absent. */
  readonly liveness?: ProbeHandler;
  /** How long the first start may take before liveness takes over. */
  readonly startupSeconds: number;
  /** How long a working process may go without answering (the longest request, a GC pause). */
  readonly hungAfterSeconds: number;
}

export function probes(options: ProbeOptions): ProbeSet {
  const liveness = options.liveness ?? options.readiness;
  const sameHandler = liveness === options.readiness;
  const readinessWindow = READINESS.periodSeconds * READINESS.failureThreshold;
  const livenessWindow = Math.max(
    options.hungAfterSeconds,
    sameHandler ? SAME_HANDLER_LIVENESS_FACTOR * readinessWindow : readinessWindow,
  );
  return {
    startupProbe: {
      ...options.readiness,
      periodSeconds: READINESS.periodSeconds,
      timeoutSeconds: READINESS.timeoutSeconds,
      failureThreshold: Math.ceil(options.startupSeconds / READINESS.periodSeconds),
    },
    readinessProbe: { ...options.readiness, ...READINESS },
    livenessProbe: {
      ...liveness,
      ...LIVENESS,
      failureThreshold: Math.ceil(livenessWindow / LIVENESS.periodSeconds),
    },
  };
}
