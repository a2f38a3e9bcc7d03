export * from "./SolrBackup.js";
export * from "./SolrCloud.js";
