import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/ArgoprojIoV1alpha1Application.js";
/**
 * Application is a definition of Application resource.
 */
export class Application extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "operation";
    "spec";
    "status";
    static apiVersion = "argoproj.io/v1alpha1";
    static kind = "Application";
    static is = createTypeMetaGuard(Application);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Application.apiVersion,
            kind: Application.kind,
            ...data
        });
    }
}
setValidateFunc(Application, validate);
