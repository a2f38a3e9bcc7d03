import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/BitnamiComV1alpha1SealedSecret.js";
/**
 * SealedSecret is the K8s representation of a "sealed Secret" - a
 * regular k8s Secret that has been sealed (encrypted) using the
 * controller's key.
 */
export class SealedSecret extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "bitnami.com/v1alpha1";
    static kind = "SealedSecret";
    static is = createTypeMetaGuard(SealedSecret);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: SealedSecret.apiVersion,
            kind: SealedSecret.kind,
            ...data
        });
    }
}
setValidateFunc(SealedSecret, validate);
