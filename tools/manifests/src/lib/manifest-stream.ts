// Reads a stream of manifests (kustomize's output, a file of objects) as the cluster will: YAML 1.1, the
// dialect kubectl and Argo CD decode (`on`, `yes` and `0777` are a boolean and a number there, not strings).
// js-yaml, not `yaml`: these streams are machine-written and only their values matter, and js-yaml reads
// them about four times faster, which is most of what the gate spends on each kustomize build. `yaml` stays
// the parser of the files people edit, for its line and column positions.
import { loadAll, YAML11_SCHEMA } from "js-yaml";

/** The documents of a YAML stream, each as plain data; empty documents are kept (as null). */
export function parseManifests(text: string): unknown[] {
  return loadAll(text, { schema: YAML11_SCHEMA }).map((document) => document ?? null);
}
