// Validates rendered objects (kustomize's output, not the generator's) with kubernetes-models' schemas.
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { Job } from "kubernetes-models/batch/v1/Job";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import { Route } from "./generated/crd-models/route.openshift.io/v1/Route.js";

interface ModelClass {
  readonly apiVersion: string;
  readonly kind: string;
  new (data: never): { validate(): void };
}

const MODELS: readonly ModelClass[] = [Deployment, StatefulSet, Job, ConfigMap, PersistentVolumeClaim, Service, Route];

export interface ObjectProblem {
  /** `Kind/name`. */
  readonly object: string;
  readonly message: string;
}

export function objectId(object: Record<string, unknown>): string {
  const metadata = (object.metadata ?? {}) as { name?: string };
  return `${String(object.kind)}/${metadata.name ?? "?"}`;
}

/** One problem per invalid field (the first validator message for each path) or unknown kind. */
export function validateObjects(objects: readonly Record<string, unknown>[]): ObjectProblem[] {
  const problems: ObjectProblem[] = [];
  for (const object of objects) {
    const model = MODELS.find((m) => m.apiVersion === object.apiVersion && m.kind === object.kind);
    if (!model) {
      problems.push({
        object: objectId(object),
        message: `no schema for ${String(object.apiVersion)} ${String(object.kind)}: add its model to validate-objects.ts`,
      });
      continue;
    }
    try {
      new model(object as never).validate();
    } catch (error) {
      const errors = (error as { errors?: { instancePath: string; message?: string }[] }).errors ?? [];
      const seen = new Set<string>();
      for (const { instancePath, message } of errors) {
        if (seen.has(instancePath)) continue;
        seen.add(instancePath);
        problems.push({ object: objectId(object), message: `${instancePath || "/"} ${message ?? "is invalid"}` });
      }
      if (errors.length === 0) problems.push({ object: objectId(object), message: (error as Error).message });
    }
  }
  return problems;
}
