import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1Pooler.js";
/**
 * Pooler is the Schema for the poolers API
 */
export class Pooler extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "postgresql.cnpg.io/v1";
    static kind = "Pooler";
    static is = createTypeMetaGuard(Pooler);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Pooler.apiVersion,
            kind: Pooler.kind,
            ...data
        });
    }
}
setValidateFunc(Pooler, validate);
