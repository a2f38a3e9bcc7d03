// What every component module returns: a named group of validated Kubernetes objects, emitted as
// manifests/base/<name>/<object>-<kind>.yaml with its own kustomization.yaml.
import type { EnvironmentSettings } from "../settings/environment-settings.ts";
import { BASE_IMAGES } from "../config/layout.ts";
import type { ImageName, ImageSettings } from "../config/versions.ts";
import { tagVersion, type ImagePin } from "../settings/image-pins.ts";

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
  readonly imageSettings: ImageSettings;
  /**
   * The environment's image pins: the versions its workloads run (pinnedVersion), and the images of the
   * custom resources Kustomize's `images` cannot rewrite (SolrCloud). None in the base.
   */
  readonly imagePins?: readonly ImagePin[];
}

/**
 * The version of a project image the environment runs: its pin's tag without the commit (tagVersion).
 * Undefined in the base: versions are the overlays' (emit/version-labels.ts), never versions.env's.
 */
export function pinnedVersion(context: StackContext, image: ImageName): string | undefined {
  const pin = context.imagePins?.find((candidate) => candidate.name === BASE_IMAGES[image]);
  return pin && tagVersion(pin.newTag);
}
