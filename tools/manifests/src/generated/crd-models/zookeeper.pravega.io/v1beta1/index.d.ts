export * from "./ZookeeperCluster.js";
