// The GitOps store: one SealedSecret per Secret in manifests/overlays/<environment>/sealed-secrets/, plus
// the kustomization.yaml that lists them. These files are committed; they hold only ciphertext that the
// sealed-secrets controller of one cluster can unseal, and only into the Secret they were sealed for.
import path from "node:path";
import { sealedSecretsPath } from "@ckan-openshift/manifests/settings";
import YAML from "yaml";
import { yamlDocuments } from "@ckan-openshift/manifests/kustomize";
import { labels as stackLabels } from "@ckan-openshift/manifests/stack";
import { SealedSecret, type SecretName } from "@ckan-openshift/manifests/secrets";
import { readIfPresent, writeFilesAtomically } from "./atomic-files.ts";
import { SecretsError } from "./errors.ts";

/** Encrypted values of the SealedSecrets already committed, by catalog id; an absent id means no file. */
export type ExistingSealed = Readonly<Partial<Record<SecretName, Readonly<Record<string, string>>>>>;

/** The scope annotations of sealedsecret_expansion.go; present means not strict, which this tool never writes. */
const SCOPE_ANNOTATIONS = [
  "sealedsecrets.bitnami.com/namespace-wide",
  "sealedsecrets.bitnami.com/cluster-wide",
];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function sealedSecretsDirectory(workspaceRoot: string, environment: string): string {
  return path.join(workspaceRoot, sealedSecretsPath(environment));
}

export function sealedFileName(secretName: string): string {
  return `${secretName}.yaml`;
}

/**
 * The strict-scope SealedSecret (no scope annotation) of Secret `name`, validated against its CRD, with the
 * stack's labels like every object in git. No app.kubernetes.io/version: a Secret runs no software, and a
 * version from images/ckan/versions.env would say nothing about what the environment runs.
 */
export function sealedSecret(
  name: string,
  namespace: string,
  encryptedData: Readonly<Record<string, string>>,
): SealedSecret {
  const labels = () => stackLabels({ name, component: "secret" });
  const sealed = new SealedSecret({
    metadata: { name, namespace, labels: labels() },
    spec: {
      encryptedData: Object.fromEntries(
        Object.keys(encryptedData)
          .sort()
          .map((key) => [key, encryptedData[key]!]),
      ),
      // kubeseal copies the Secret's metadata into the template; the controller creates the Secret from it.
      template: { metadata: { name, namespace, labels: labels() }, type: "Opaque" },
    },
  });
  sealed.validate();
  return sealed;
}

const HEADER =
  "# Written by `npm run secrets -- seal` (tools/secrets): ciphertext only, for the cluster whose sealed-secrets\n" +
  "# controller certificate it was sealed with. Do not edit; run the command again to add or rotate values.\n";

/** The file text of one SealedSecret. */
export function sealedSecretYaml(sealed: SealedSecret): string {
  return HEADER + yamlDocuments([sealed]);
}

/** The kustomization.yaml listing the SealedSecret files, for the overlay to reference as a resource. */
export function sealedKustomizationYaml(secretNames: readonly string[]): string {
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...secretNames].sort().map(sealedFileName),
  };
  return HEADER + yamlDocuments([kustomization]);
}

/**
 * Reads the SealedSecrets already in `directory`. Each must be the strict-scope SealedSecret of that name
 * in `namespace`: ciphertext sealed for another namespace or name cannot be unsealed into this one.
 */
export async function readSealedSecrets(
  directory: string,
  namespace: string,
  secrets: readonly { readonly id: SecretName; readonly name: string }[],
): Promise<ExistingSealed> {
  const existing: Partial<Record<SecretName, Record<string, string>>> = {};
  for (const { id, name } of secrets) {
    const file = path.join(directory, sealedFileName(name));
    const text = await readIfPresent(file);
    if (text === undefined) continue;
    existing[id] = encryptedDataOf(text, file, name, namespace);
  }
  return existing;
}

function encryptedDataOf(
  text: string,
  file: string,
  name: string,
  namespace: string,
): Record<string, string> {
  const reseal = `restore it with \`git checkout -- ${file}\`, or delete it to seal that Secret anew`;
  let document: unknown;
  try {
    document = YAML.parse(text);
  } catch (error) {
    throw new SecretsError(`${file} is not YAML: ${(error as Error).message.split("\n")[0]}`, reseal);
  }
  const object = record(document);
  const metadata = record(object?.["metadata"]);
  const spec = record(object?.["spec"]);
  const encryptedData = record(spec?.["encryptedData"]);
  if (!SealedSecret.is(object) || !encryptedData) {
    throw new SecretsError(
      `${file} is not a bitnami.com/v1alpha1 SealedSecret with spec.encryptedData`,
      reseal,
    );
  }
  if (!metadata || metadata["name"] !== name || metadata["namespace"] !== namespace) {
    throw new SecretsError(
      `${file} is sealed for ${String(metadata?.["namespace"])}/${String(metadata?.["name"])}, not ${namespace}/${name}: strict-scope values unseal only into the Secret they were sealed for`,
      "run with --rotate to seal every value for this environment's namespace",
    );
  }
  const annotations = record(metadata["annotations"]) ?? {};
  const scoped = SCOPE_ANNOTATIONS.find((annotation) => annotations[annotation] === "true");
  if (scoped) {
    throw new SecretsError(
      `${file} has ${scoped}: "true"; this tool seals with the strict scope only`,
      reseal,
    );
  }
  for (const [key, value] of Object.entries(encryptedData)) {
    if (typeof value !== "string" || !BASE64.test(value)) {
      throw new SecretsError(`${file}: spec.encryptedData.${key} is not base64 ciphertext`, reseal);
    }
  }
  return encryptedData as Record<string, string>;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Writes the changed SealedSecrets and the kustomization.yaml, all or nothing; returns the paths written. */
export async function writeSealedSecrets(
  directory: string,
  changed: readonly { readonly name: string; readonly sealed: SealedSecret }[],
  allSecretNames: readonly string[],
): Promise<string[]> {
  const files = [
    ...changed.map(({ name, sealed }) => ({ name: sealedFileName(name), text: sealedSecretYaml(sealed) })),
    { name: "kustomization.yaml", text: sealedKustomizationYaml(allSecretNames) },
  ];
  return writeFilesAtomically(directory, files, { file: 0o644, directory: 0o755 });
}
