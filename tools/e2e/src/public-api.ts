// Public API of @ckan-openshift/e2e (the package's only entry, "."): the CKAN API client and the data
// journey, for the cluster tier.
export { CkanApi } from "./api.ts";
export { check, csv, dataJourney, phase, seconds, upload, type XloaderStatus } from "./api-journey.ts";
export { waitFor } from "./processes.ts";
