export * from "./PostgresCluster.js";
