// Public API of @ckan-openshift/e2e (the package's only entry, "."): the CKAN API client and the data
// journey, and the day-two drills' data set, fingerprint and report, for the cluster tier.
export { CkanApi } from "./api.ts";
export { check, csv, dataJourney, phase, seconds, upload, type XloaderStatus } from "./api-journey.ts";
export { waitFor } from "./processes.ts";
export {
  checkTokens,
  loadDrillData,
  type DrillStack,
  type DrillTokens,
  type VolumeFile,
} from "./drill-data.ts";
export { checkSame, differences, fingerprint, type Fingerprint } from "./drill-fingerprint.ts";
export { DrillReport } from "./drill-report.ts";
export { hostDrillStack } from "./drill-stack.ts";
export type { HostStack } from "./host-stack.ts";
export {
  IDLE_SECONDS,
  SPATIAL_UNCHANGED_RECORD,
  UPGRADE_BLOCKERS,
  type UpgradeBlocker,
} from "./upgrade-blockers.ts";
