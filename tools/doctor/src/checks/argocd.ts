// For an environment Argo CD delivers (manifests/argocd/<env>/): its instance's namespace exists and
// the target namespace carries the label that lets that instance manage it.
import { existsSync } from "node:fs";
import path from "node:path";
import { fail, forbidden, ok, read, type Check, type Obj } from "../check.ts";

const MANAGED_BY = "argocd.argoproj.io/managed-by";

export function argocdCheck(workspaceRoot: string): Check {
  return async (context) => {
    if (!existsSync(path.join(workspaceRoot, "manifests/argocd", context.environment)))
      return [
        ok(
          "argocd",
          `${context.environment} is not delivered by Argo CD (no manifests/argocd/${context.environment}/)`,
        ),
      ];
    const argocd = context.settings.gitops.argocdNamespace;
    const namespace = context.settings.namespace;
    const instance = await read<Obj>(context, `/api/v1/namespaces/${argocd}`);
    const target = await read<Obj>(context, `/api/v1/namespaces/${namespace}`);
    return [
      instance.status === 403
        ? forbidden("argocd/instance", "get", `namespace ${argocd}`)
        : instance.status === 404
          ? fail(
              "argocd/instance",
              `namespace ${argocd} does not exist: no Argo CD instance there`,
              `install OpenShift GitOps, or set gitops.argocdNamespace in environments/${context.environment}.yaml to your instance's namespace`,
            )
          : ok("argocd/instance", `namespace ${argocd} exists`),
      target.status === 403
        ? forbidden("argocd/managed-by", "get", `namespace ${namespace}`)
        : target.status === 404
          ? fail("argocd/managed-by", `namespace ${namespace} does not exist`, `oc new-project ${namespace}`)
          : target.body?.metadata?.labels?.[MANAGED_BY] === argocd
            ? ok("argocd/managed-by", `${namespace} is labelled ${MANAGED_BY}=${argocd}`)
            : fail(
                "argocd/managed-by",
                `${namespace} lacks the label ${MANAGED_BY}=${argocd}, so the instance may not deploy into it`,
                `oc label namespace ${namespace} ${MANAGED_BY}=${argocd}`,
              ),
    ];
  };
}
