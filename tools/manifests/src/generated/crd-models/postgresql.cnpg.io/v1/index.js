export * from "./Cluster.js";
export * from "./Database.js";
export * from "./Pooler.js";
export * from "./ScheduledBackup.js";
