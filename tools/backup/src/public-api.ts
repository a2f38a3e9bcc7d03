// Public API of @ckan-openshift/backup (the package's only entry, "."): take and restore a backup, for the
// end-to-end drills.
export { MANIFEST, type Manifest } from "./archive.ts";
export { backupName, takeBackup } from "./backup.ts";
export { timedSteps } from "./progress.ts";
export { restoreBackup, restoreSecrets } from "./restore.ts";
export { DATABASE_OWNER, DATABASES } from "./targets.ts";
export type { ExecIo, PodRole, Transport } from "./transport.ts";
