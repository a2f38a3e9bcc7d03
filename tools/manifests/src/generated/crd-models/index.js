export * as routeOpenshiftIo from "./route.openshift.io/index.js";
