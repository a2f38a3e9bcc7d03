import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/ExternalSecretsIoV1SecretStore.js";
/**
 * SecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 */
export class SecretStore extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "external-secrets.io/v1";
    static kind = "SecretStore";
    static is = createTypeMetaGuard(SecretStore);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: SecretStore.apiVersion,
            kind: SecretStore.kind,
            ...data
        });
    }
}
setValidateFunc(SecretStore, validate);
