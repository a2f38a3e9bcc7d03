import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1Database.js";
/**
 * Database is the Schema for the databases API
 */
export class Database extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "postgresql.cnpg.io/v1";
    static kind = "Database";
    static is = createTypeMetaGuard(Database);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Database.apiVersion,
            kind: Database.kind,
            ...data
        });
    }
}
setValidateFunc(Database, validate);
