// An expected failure of the secrets tool: what went wrong and how to fix it, printed as every command
// prints a failure (docs/cli.md), exit 1. Messages never contain a secret value.
import { Failure } from "@ckan-openshift/manifests/command-line";

export class SecretsError extends Failure {
  override readonly fix: string;
  constructor(message: string, fix: string) {
    super(message, fix);
    this.name = "SecretsError";
    this.fix = fix;
  }
}
