import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/PostgresOperatorCrunchydataComV1beta1PostgresCluster.js";
/**
 * PostgresCluster is the Schema for the postgresclusters API
 */
export class PostgresCluster extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "postgres-operator.crunchydata.com/v1beta1";
    static kind = "PostgresCluster";
    static is = createTypeMetaGuard(PostgresCluster);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: PostgresCluster.apiVersion,
            kind: PostgresCluster.kind,
            ...data
        });
    }
}
setValidateFunc(PostgresCluster, validate);
