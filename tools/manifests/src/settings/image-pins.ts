// Each environment's image pins: manifests/overlays/<env>/images/kustomization.yaml, a Kustomize Component
// that holds only an `images:` block. It is the one file under manifests/ that render does not write:
// `npm run images -- pin`, `kustomize edit set image` and Renovate's kustomize manager edit it, and render
// validates it and copies it into the tree byte for byte. So promoting an image is a few-line change to one
// file, and re-rendering never undoes it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { BASE_IMAGES } from "../config/layout.ts";
import { registryOf } from "../lib/image-reference.ts";
import { IMAGE_PINS_DIR, imagePinsPath } from "../environments/environment-files.ts";
import { SettingsError, sortProblems, type SettingsProblem } from "./load-settings.ts";

/** The OCI distribution spec's tag grammar. */
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const IMAGE_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** `registry[:port]/path/name`: a registry host and at least one path component, lowercase. */
export const IMAGE_REPOSITORY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;

// The pins' folder and path are defined with the other per-environment paths; kept exported here.
export { IMAGE_PINS_DIR, imagePinsPath };

/** A Kubernetes label value: at most 63 characters, alphanumeric at both ends, `-`, `_` and `.` inside. */
const LABEL_VALUE = /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;

/**
 * The version part of an image tag: `2.11.6` of `2.11.6-1a2b3c4`. `npm run images -- push` tags
 * `<version>-<commit>` (tools/images imageTag; `…-dirty` for uncommitted inputs), so the part after the last
 * `-` is dropped when it is hexadecimal (a commit), with a `-dirty` after it; a tag without one is a
 * version itself. Each overlay's app.kubernetes.io/version labels come from this, never from versions.env.
 */
export function tagVersion(tag: string): string {
  const version = tag.replace(/-[0-9a-f]{1,40}(?:-dirty)?$/, "");
  return version === "" ? tag : version;
}
export const COMPONENT_API_VERSION = "kustomize.config.k8s.io/v1alpha1";

/** One entry of the `images:` block: kustomize's image transformer fields that a pin uses. */
export interface ImagePin {
  /** The image name in the base (ckan, ckan-solr, ckan-postgres). */
  readonly name: string;
  readonly newName: string;
  readonly newTag: string;
  readonly digest?: string;
}

export const PIN_FIXES = {
  newName: "use <registry>/<organisation>/<image>, without a tag, e.g. quay.io/my-org/ckan",
  newTag:
    "use the tag `npm run images -- push` reported (never `latest`), e.g. 2.11.6-1a2b3c4: <version>-<commit>, the version a valid label value (app.kubernetes.io/version)",
  digest: "use the `sha256:` digest `npm run images -- push` reported (sha256: and 64 lowercase hex digits)",
} as const;

/** The problems of one pin's fields, without position: shared with `npm run images -- pin`. */
export function pinFieldProblems(
  pin: Partial<Record<keyof ImagePin, unknown>>,
): { key: keyof typeof PIN_FIXES; message: string }[] {
  const problems: { key: keyof typeof PIN_FIXES; message: string }[] = [];
  const check = (
    key: keyof typeof PIN_FIXES,
    valid: (value: string) => boolean,
    what: string,
    required: boolean,
  ) => {
    const value = pin[key];
    if (value === undefined) {
      if (required) problems.push({ key, message: `is required (${what})` });
    } else if (typeof value !== "string" || !valid(value)) {
      problems.push({ key, message: `must be ${what} (got ${JSON.stringify(value)})` });
    }
  };
  check("newName", (value) => IMAGE_REPOSITORY.test(value), "an image repository with its registry", true);
  check(
    "newTag",
    (value) => IMAGE_TAG.test(value) && value !== "latest",
    "a valid image tag other than `latest`",
    true,
  );
  check("digest", (value) => IMAGE_DIGEST.test(value), "a sha256 digest", false);
  const tag = pin.newTag;
  if (
    typeof tag === "string" &&
    !problems.some((p) => p.key === "newTag") &&
    !LABEL_VALUE.test(tagVersion(tag))
  )
    problems.push({
      key: "newTag",
      message: `has the version part "${tagVersion(tag)}", which is not a valid label value for app.kubernetes.io/version (got ${JSON.stringify(tag)})`,
    });
  return problems;
}

const EXPECTED_NAMES: readonly string[] = Object.values(BASE_IMAGES);
const TOP_LEVEL = ["apiVersion", "kind", "images"];
const PIN_KEYS = ["name", "newName", "newTag", "digest"];

/** The registries the environment's platform pulls from: each pin must use one of them. */
export interface PinPlatform {
  readonly name: string;
  readonly allowedRegistries: readonly string[];
}

/**
 * Parses and validates a pins file's text; `file` is used in messages only. With `platform`, each pin's
 * registry must be one it pulls from. Throws a SettingsError.
 */
export function parseImagePins(text: string, file: string, platform?: PinPlatform): ImagePin[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: SettingsProblem[] = [];
  const at = (node: unknown) => {
    const offset = (node as Node | undefined)?.range?.[0];
    const { line, col } = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (node: unknown, field: string, message: string, fix: string) =>
    problems.push({ file, ...at(node), field, message, fix });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line,
        column: col,
        field: "",
        message: `not valid YAML: ${error.message.split("\n")[0]}`,
        fix: "correct the YAML syntax at that position (indentation, quotes, duplicate keys)",
      });
    }
    throw new SettingsError(problems);
  }
  const root = doc.contents;
  if (!isMap(root)) {
    problem(
      root,
      "",
      "must be a Kustomize Component with an images: list",
      `restore it from git (\`git checkout -- ${file}\`)`,
    );
    throw new SettingsError(problems);
  }
  for (const pair of root.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!TOP_LEVEL.includes(key)) {
      problem(
        pair.key,
        key,
        `unknown key "${key}"`,
        "this file holds only image pins: remove it (other settings go in environments/<env>.yaml)",
      );
    }
  }
  if (doc.get("apiVersion") !== COMPONENT_API_VERSION || doc.get("kind") !== "Component") {
    problem(
      root,
      "kind",
      `must be apiVersion: ${COMPONENT_API_VERSION}, kind: Component`,
      "restore those two lines: the overlay includes this file as a Component",
    );
  }
  const images = doc.get("images", true);
  const pins: ImagePin[] = [];
  const seen = new Set<string>();
  if (!isSeq(images)) {
    problem(
      images ?? root,
      "images",
      "must be a list of image pins",
      `list one entry for each of ${EXPECTED_NAMES.join(", ")}`,
    );
  } else {
    images.items.forEach((item, index) => {
      if (!isMap(item)) {
        problem(
          item,
          `images[${index}]`,
          "must be a mapping with name, newName, newTag and digest",
          "write the entry as `kustomize edit set image` does",
        );
        return;
      }
      const values = item.toJSON() as Partial<Record<keyof ImagePin, unknown>>;
      const name = String(values.name);
      const field = EXPECTED_NAMES.includes(name) ? `images[name=${name}]` : `images[${index}]`;
      if (!EXPECTED_NAMES.includes(name)) {
        problem(
          item.get("name", true) ?? item,
          `${field}.name`,
          `must be one of the base's images ${EXPECTED_NAMES.join(", ")} (got ${JSON.stringify(values.name)})`,
          "correct the name: it selects the base's containers to change",
        );
      } else if (seen.has(name)) {
        problem(item, `${field}.name`, `is pinned twice`, "keep one entry per image");
      }
      seen.add(name);
      for (const pair of item.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!PIN_KEYS.includes(key))
          problem(
            pair.key,
            `${field}.${key}`,
            `unknown key "${key}"`,
            `remove it; keys allowed here: ${PIN_KEYS.join(", ")}`,
          );
      }
      const fieldProblems = pinFieldProblems(values);
      for (const { key, message } of fieldProblems) {
        problem(item.get(key, true) ?? item, `${field}.${key}`, message, PIN_FIXES[key]);
      }
      const registry = typeof values.newName === "string" ? registryOf(values.newName) : undefined;
      if (platform && registry && !fieldProblems.length && !platform.allowedRegistries.includes(registry)) {
        problem(
          item.get("newName", true),
          `${field}.newName`,
          `${String(values.newName)} is on ${registry}, which platform ${platform.name} does not pull from`,
          `use a registry it pulls from (${platform.allowedRegistries.join(", ")}), or, if the cluster can pull from ${registry}, add it to ${platform.name}'s allowedRegistries in tools/manifests/src/config/platforms.ts`,
        );
      }
      pins.push(values as ImagePin);
    });
    const missing = EXPECTED_NAMES.filter((name) => !seen.has(name));
    if (missing.length > 0) {
      problem(
        images,
        "images",
        `has no pin for ${missing.join(", ")}`,
        `add one with \`npm run images -- pin\` (see tools/images/README.md)`,
      );
    }
  }
  if (problems.length > 0) throw new SettingsError(sortProblems(problems));
  return pins;
}

/** Reads and validates one environment's pins file; the text is what render copies into the tree. */
export async function loadImagePins(
  workspaceRoot: string,
  environment: string,
  platform?: PinPlatform,
): Promise<{ text: string; pins: ImagePin[] }> {
  const file = imagePinsPath(environment);
  let text: string;
  try {
    text = await readFile(path.join(workspaceRoot, file), "utf8");
  } catch {
    throw new SettingsError([
      {
        file,
        field: "",
        message: "the environment's image pins are missing",
        fix: `copy manifests/overlays/sandbox/${IMAGE_PINS_DIR}/kustomization.yaml there, then pin each image with \`npm run images -- pin\``,
      },
    ]);
  }
  return { text, pins: parseImagePins(text, file, platform) };
}
