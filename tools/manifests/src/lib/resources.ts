// Container resources from the environment's sizes. CPU gets a request but no limit (throttling hurts
// latency more than sharing a node); memory gets both, so a leak is contained to its pod. Ephemeral
// storage, when given (the stack's own containers: lib/ephemeral-storage.ts), is requested and limited
// alike: it is what the container's emptyDirs and log can hold, not a guess.
import type { IResourceRequirements } from "kubernetes-models/v1";
import type { WorkloadSize } from "../settings/environment-settings.ts";

export function resources(size: WorkloadSize, ephemeralStorage?: string): IResourceRequirements {
  const requests: Record<string, string> = { cpu: size.cpu, memory: size.memory };
  const limits: Record<string, string> = { memory: size.memoryLimit };
  if (ephemeralStorage) requests["ephemeral-storage"] = limits["ephemeral-storage"] = ephemeralStorage;
  return { requests, limits };
}
