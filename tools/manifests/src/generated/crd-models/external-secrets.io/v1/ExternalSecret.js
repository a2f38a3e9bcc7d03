import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/ExternalSecretsIoV1ExternalSecret.js";
/**
 * ExternalSecret is the Schema for the external-secrets API.
 * It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.
 */
export class ExternalSecret extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "external-secrets.io/v1";
    static kind = "ExternalSecret";
    static is = createTypeMetaGuard(ExternalSecret);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: ExternalSecret.apiVersion,
            kind: ExternalSecret.kind,
            ...data
        });
    }
}
setValidateFunc(ExternalSecret, validate);
