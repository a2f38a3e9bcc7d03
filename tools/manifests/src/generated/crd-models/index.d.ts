export * as argoprojIo from "./argoproj.io/index.js";
export * as bitnamiCom from "./bitnami.com/index.js";
export * as externalSecretsIo from "./external-secrets.io/index.js";
export * as postgresOperatorCrunchydataCom from "./postgres-operator.crunchydata.com/index.js";
export * as postgresqlCnpgIo from "./postgresql.cnpg.io/index.js";
export * as routeOpenshiftIo from "./route.openshift.io/index.js";
export * as solrApacheOrg from "./solr.apache.org/index.js";
export * as zookeeperPravegaIo from "./zookeeper.pravega.io/index.js";
