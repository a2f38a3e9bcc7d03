// An expected failure: what went wrong and how to fix it. The CLI prints both (docs/cli.md) and exits 1.
// Messages never contain a secret value.
export class SecretsError extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = "SecretsError";
    this.fix = fix;
  }
}
