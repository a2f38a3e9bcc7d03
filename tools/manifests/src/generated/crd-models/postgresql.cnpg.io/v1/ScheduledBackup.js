import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/PostgresqlCnpgIoV1ScheduledBackup.js";
/**
 * ScheduledBackup is the Schema for the scheduledbackups API
 */
export class ScheduledBackup extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "postgresql.cnpg.io/v1";
    static kind = "ScheduledBackup";
    static is = createTypeMetaGuard(ScheduledBackup);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: ScheduledBackup.apiVersion,
            kind: ScheduledBackup.kind,
            ...data
        });
    }
}
setValidateFunc(ScheduledBackup, validate);
