// Promotion: records a pushed image's tag and digest for one environment, in its pins file
// (manifests/overlays/<env>/images/kustomization.yaml, see tools/manifests/src/settings/image-pins.ts).
// The result is byte for byte what `kustomize edit set image <name>=<repository>:<tag>@<digest>` writes
// (entries sorted by name, keys sorted, the leading comment kept), so a pin, a kustomize edit and a
// Renovate update produce the same few-line diff, and pinning twice changes nothing.
import { stringify } from "yaml";
import type { ImageName } from "@ckan-openshift/manifests/stack";
import {
  COMPONENT_API_VERSION,
  type ImagePin,
  imagePinsPath,
  loadImagePins,
  loadSettings,
  PIN_FIXES,
  pinFieldProblems,
} from "@ckan-openshift/manifests/settings";
import { IMAGES } from "./images.ts";

export class PinError extends Error {}

export interface PinRequest {
  readonly tag: string;
  readonly digest: string;
  /** Registry and organisation; the environment's current one when absent. */
  readonly registry?: string;
}

export interface PinPlan {
  readonly file: string;
  /** `<repository>:<tag>@<digest>` */
  readonly reference: string;
  /** The pins file's new text. */
  readonly text: string;
  readonly changed: boolean;
}

const OPTION_OF = { newName: "--registry", newTag: "--tag", digest: "--digest" } as const;

/** The file's text as kustomize writes it: leading comment, apiVersion, kind, images sorted by name. */
export function formatPins(leadingComment: string, pins: readonly ImagePin[]): string {
  const images = [...pins]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((pin) => Object.fromEntries(Object.entries(pin).sort(([a], [b]) => (a < b ? -1 : 1))));
  const body = stringify(
    { apiVersion: COMPONENT_API_VERSION, kind: "Component", images },
    { version: "1.1", lineWidth: 0, indentSeq: false },
  );
  return leadingComment + body;
}

/** The comment lines at the top of the file, which kustomize edit keeps. */
function leadingComment(text: string): string {
  const lines = text.split("\n");
  const end = lines.findIndex((line) => !line.startsWith("#"));
  return lines
    .slice(0, end === -1 ? lines.length : end)
    .map((line) => `${line}\n`)
    .join("");
}

/**
 * The pins file with the image pinned, validated field by field; nothing is written here. `images pin`
 * renders the whole workspace with this text and writes it only if that passes (cli.ts).
 */
export async function planPin(
  workspaceRoot: string,
  environment: string,
  image: ImageName,
  request: PinRequest,
): Promise<PinPlan> {
  await loadSettings(workspaceRoot, environment); // an unknown environment is named as such
  const file = imagePinsPath(environment);
  const { text, pins } = await loadImagePins(workspaceRoot, environment);
  const name = IMAGES[image].repository;
  const current = pins.find((pin) => pin.name === name)!;
  const pin: ImagePin = {
    name,
    newName: request.registry === undefined ? current.newName : `${request.registry}/${name}`,
    newTag: request.tag,
    digest: request.digest,
  };
  const problems = pinFieldProblems(pin);
  if (problems.length > 0) {
    throw new PinError(
      problems
        .map(
          ({ key, message }) =>
            `${file}: images[name=${name}].${key} (${OPTION_OF[key]}) ${message}\n    fix: ${PIN_FIXES[key]}`,
        )
        .join("\n"),
    );
  }
  const updated = formatPins(
    leadingComment(text),
    pins.map((other) => (other.name === name ? pin : other)),
  );
  return {
    file,
    reference: `${pin.newName}:${pin.newTag}@${pin.digest}`,
    text: updated,
    changed: updated !== text,
  };
}
