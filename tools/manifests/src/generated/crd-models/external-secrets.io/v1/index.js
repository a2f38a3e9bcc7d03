export * from "./ExternalSecret.js";
export * from "./SecretStore.js";
