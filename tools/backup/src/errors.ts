// An expected failure: what went wrong and how to fix it. The CLI prints both and exits 1. Messages
// never contain a secret value.
export class BackupError extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = "BackupError";
    this.fix = fix;
  }
}
