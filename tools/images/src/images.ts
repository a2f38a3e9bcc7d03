// What goes into building one image project (images/<name>): its build arguments (every pin of its
// versions.env), its OCI labels and its tag, all derived from the git revision being built, so the same
// revision always yields the same command lines.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { mirrorImage } from "@ckan-openshift/manifests/settings";
import { BASE_IMAGES, IMAGE_SOURCE_ARG, readVersions, type ImageName } from "@ckan-openshift/manifests/stack";

/** Each image project: its repository (also the base's kustomize image name) and its version pin. */
export const IMAGES: Record<ImageName, { readonly repository: string; readonly versionKey: string }> = {
  ckan: { repository: BASE_IMAGES.ckan, versionKey: "CKAN_VERSION" },
  solr: { repository: BASE_IMAGES.solr, versionKey: "SOLR_VERSION" },
  postgres: { repository: BASE_IMAGES.postgres, versionKey: "POSTGRES_VERSION" },
};

export const IMAGE_NAMES = Object.keys(IMAGES) as ImageName[];

/** Where CI pushes unless told otherwise; must be one of the platform's allowed registries. */
export const DEFAULT_REGISTRY = "quay.io/ckan-openshift";

/** OpenShift runs on amd64 nodes; building for it explicitly keeps a laptop's arm64 build deployable. */
export const PLATFORM = "linux/amd64";

/**
 * Scripts shared by several images live in images/shared/. An image opts in by adding the named input
 * `imageSharedScripts` (nx.json) to its image-build target's inputs, so that `nx affected` selects it when
 * they change; it then gets the folder as the named build context `shared` (`COPY --from=shared …`).
 */
export const SHARED_SCRIPTS = {
  context: "shared",
  path: "images/shared",
  input: "imageSharedScripts",
} as const;

function usesSharedScripts(workspaceRoot: string, context: string): boolean {
  const file = path.join(workspaceRoot, context, "project.json");
  if (!existsSync(file)) return false;
  const project = JSON.parse(readFileSync(file, "utf8")) as {
    targets?: Record<string, { inputs?: unknown[] }>;
  };
  return project.targets?.["image-build"]?.inputs?.includes(SHARED_SCRIPTS.input) ?? false;
}

export function isImageName(name: string): name is ImageName {
  return Object.hasOwn(IMAGES, name);
}

/** The git revision an image is built from. */
export interface Revision {
  /** The full commit id. */
  readonly commit: string;
  /** The commit time, RFC 3339 UTC: the image's creation time, so rebuilding a revision changes nothing. */
  readonly created: string;
  /** The repository's URL, for org.opencontainers.image.source. */
  readonly source: string;
  /** The image's own inputs have uncommitted changes: its tag says so, and it must not be pushed. */
  readonly dirty?: boolean;
}

export interface ImagePlan {
  readonly image: ImageName;
  /** Build context and Dockerfile, relative to the workspace root (commands run there). */
  readonly context: string;
  readonly dockerfile: string;
  /** `<registry>/<organisation>` */
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
  /** `<registry>/<repository>:<tag>` */
  readonly reference: string;
  readonly buildArgs: readonly (readonly [string, string])[];
  /** Named build contexts besides the image's folder: [name, path]. */
  readonly buildContexts: readonly (readonly [string, string])[];
  readonly labels: readonly (readonly [string, string])[];
}

export const COMMIT = /^[0-9a-f]{40}$/;

/** `<version>-<short commit>`, e.g. 2.11.6-1a2b3c4: readable, unique per revision, never `latest`. */
export function imageTag(version: string, revision: Revision): string {
  return `${version}-${revision.commit.slice(0, 7)}${revision.dirty ? "-dirty" : ""}`;
}

export function planImage(
  workspaceRoot: string,
  image: ImageName,
  registry: string,
  revision: Revision,
  /** Pins that replace versions.env's (a candidate release line such as images/ckan/versions.next.env). */
  overrides: Readonly<Record<string, string>> = {},
  /** A registry mirror the base images (`*_IMAGE` pins) are pulled through, as the manifests' images.mirror. */
  mirror?: string,
): ImagePlan {
  const context = path.posix.join("images", image);
  const dockerfile = path.posix.join(context, "Dockerfile");
  if (!existsSync(path.join(workspaceRoot, dockerfile))) throw new Error(`${dockerfile} is missing`);
  const versions = { ...readVersions(workspaceRoot, image), ...overrides };
  const { repository, versionKey } = IMAGES[image];
  const version = versions[versionKey];
  if (!version)
    throw new Error(
      `${context}/versions.env: ${versionKey} is missing; add ${versionKey}=<version> (the image's tag starts with it)`,
    );
  const tag = imageTag(version, revision);
  return {
    image,
    context,
    dockerfile,
    registry,
    repository: `${registry}/${repository}`,
    tag,
    reference: `${registry}/${repository}:${tag}`,
    // Every pin, in the file's order; IMAGE_SOURCE feeds the Dockerfiles' own source label.
    buildArgs: [
      ...Object.entries(versions).map(([key, value]): [string, string] => [
        key,
        mirror !== undefined && key.endsWith("_IMAGE") ? mirrorImage(value, mirror) : value,
      ]),
      [IMAGE_SOURCE_ARG, revision.source],
    ],
    buildContexts: usesSharedScripts(workspaceRoot, context)
      ? [[SHARED_SCRIPTS.context, SHARED_SCRIPTS.path]]
      : [],
    labels: [
      ["org.opencontainers.image.source", revision.source],
      ["org.opencontainers.image.revision", revision.commit],
      ["org.opencontainers.image.version", version],
      ["org.opencontainers.image.created", revision.created],
    ],
  };
}
