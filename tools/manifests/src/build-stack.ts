// The whole stack, one module per component, in the order the base kustomization lists them.
import { bootstrapComponent } from "./components/bootstrap.ts";
import { ckanWorkerComponent } from "./components/ckan-worker.ts";
import { ckanComponent } from "./components/ckan.ts";
import type { Component, KubernetesObject, StackContext } from "./components/component.ts";
import { configComponent } from "./components/config.ts";
import { networkComponent } from "./components/network.ts";
import { applyImageSettings } from "./components/image-settings.ts";
import { applyScheduling } from "./components/scheduling.ts";
import { harvestComponent } from "./components/harvest.ts";
import { postgresComponent } from "./components/postgres.ts";
import { redisComponent } from "./components/redis.ts";
import { solrComponent } from "./components/solr.ts";

export const COMPONENTS: readonly ((context: StackContext) => Component)[] = [
  configComponent,
  postgresComponent,
  solrComponent,
  redisComponent,
  bootstrapComponent,
  ckanComponent,
  ckanWorkerComponent,
  networkComponent,
  harvestComponent,
];

/** Builds every component, the environment's image settings applied (components/image-settings.ts). */
export function buildComponents(context: StackContext): Component[] {
  const components = COMPONENTS.map((build) => build(context));
  const objects = components.flatMap((component) => component.objects);
  applyImageSettings(objects, context.settings);
  applyScheduling(objects, context.settings);
  return components;
}

/** Builds and validates every component; a schema error names the object and the field. */
export function buildStack(context: StackContext): Component[] {
  const components = buildComponents(context);
  for (const component of components) {
    for (const object of component.objects) validateGenerated(object, component.name);
  }
  return components;
}

/** Throws, naming the object and the field, when a generated object does not match its schema. */
export function validateGenerated(object: KubernetesObject, group: string): void {
  try {
    object.validate();
  } catch (error) {
    const name = `${object.kind}/${object.metadata?.name ?? "?"}`;
    throw new Error(`generator bug: ${group} ${name} is not valid: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
