// Container resources from the environment's sizes. CPU gets a request but no limit (throttling hurts
// latency more than sharing a node); memory gets both, so a leak is contained to its pod.
import type { IResourceRequirements } from "kubernetes-models/v1";
import type { WorkloadSize } from "../settings/environment-settings.ts";

export function resources(size: WorkloadSize): IResourceRequirements {
  return {
    requests: { cpu: size.cpu, memory: size.memory },
    limits: { memory: size.memoryLimit },
  };
}
