import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1Cluster.js";
/**
 * Cluster defines the API schema for a highly available PostgreSQL database cluster
 * managed by CloudNativePG.
 */
export class Cluster extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "postgresql.cnpg.io/v1";
    static kind = "Cluster";
    static is = createTypeMetaGuard(Cluster);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Cluster.apiVersion,
            kind: Cluster.kind,
            ...data
        });
    }
}
setValidateFunc(Cluster, validate);
