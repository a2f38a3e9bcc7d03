// What every component module returns: a named group of validated Kubernetes objects, emitted as
// manifests/base/<name>/<object>-<kind>.yaml with its own kustomization.yaml.
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import type { StackVersions } from "../config/versions.ts";
import type { ImagePin } from "../settings/image-pins.ts";

export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: { readonly name?: string; readonly annotations?: Record<string, string> };
  validate(): void;
  toJSON(): unknown;
}

export interface Component {
  /** Directory under manifests/base/. */
  readonly name: string;
  /** One line for the component's kustomization and the summary. */
  readonly description: string;
  readonly objects: readonly KubernetesObject[];
}

/** Everything a component module may read. */
export interface StackContext {
  readonly settings: EnvironmentSettings;
  readonly versions: StackVersions;
  /** The environment's image pins, for the custom resources Kustomize's `images` cannot rewrite (SolrCloud). */
  readonly imagePins?: readonly ImagePin[];
}
