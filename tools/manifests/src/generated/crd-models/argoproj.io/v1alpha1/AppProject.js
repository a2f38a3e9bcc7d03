import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/ArgoprojIoV1alpha1AppProject.js";
/**
 * AppProject provides a logical grouping of applications, providing controls for:
 * \* where the apps may deploy to (cluster whitelist)
 * \* what may be deployed (repository whitelist, resource whitelist/blacklist)
 * \* who can access these applications (roles, OIDC group claims bindings)
 * \* and what they can do (RBAC policies)
 * \* automation access to these roles (JWT tokens)
 */
export class AppProject extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "argoproj.io/v1alpha1";
    static kind = "AppProject";
    static is = createTypeMetaGuard(AppProject);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: AppProject.apiVersion,
            kind: AppProject.kind,
            ...data
        });
    }
}
setValidateFunc(AppProject, validate);
