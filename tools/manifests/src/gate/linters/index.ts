// Layer 3 of the validation gate: the ecosystem's linters over the repository's files (Dockerfiles,
// workflows, shell scripts) and, where it is installed, kube-linter over the rendered overlays.
import type { RepositoryLayer } from "../finding.ts";
import { actionlintFindings } from "./actionlint.ts";
import { dockerfileFindings } from "./dockerfile.ts";
import { kubeLinterFindings } from "./kube-linter.ts";
import { shellcheckFindings } from "./shellcheck.ts";

export { actionlintFindings, dockerfileFindings, kubeLinterFindings, shellcheckFindings };

/** The linters as repository layers, for validate.ts's REPOSITORY_LAYERS. */
export const LINTER_LAYERS: readonly RepositoryLayer[] = [
  dockerfileFindings,
  (repoRoot) => actionlintFindings(repoRoot),
  (repoRoot) => shellcheckFindings(repoRoot),
  (repoRoot, manifestsDir) => kubeLinterFindings(repoRoot, { manifestsDir }),
];
