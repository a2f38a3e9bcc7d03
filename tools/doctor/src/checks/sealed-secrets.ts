// For an overlay that commits SealedSecrets: the controller can decrypt them. Its own verdict is on each
// SealedSecret in the cluster once synced (condition Synced); before the first sync the check says so.
import { fail, forbidden, ok, read, skipped, type Check, type Obj, type Result } from "../check.ts";

export const sealedSecretCheck: Check = async (context) => {
  const sealed = context.objects.filter((o) => o.kind === "SealedSecret");
  if (sealed.length === 0) return [ok("sealed-secrets", "the overlay commits no SealedSecret")];
  if (!context.discovery.collection({ apiVersion: "bitnami.com/v1alpha1", kind: "SealedSecret" }))
    return [
      fail(
        "sealed-secrets",
        "the cluster serves no SealedSecret: no sealed-secrets controller",
        "install the sealed-secrets controller (its Helm chart or OperatorHub)",
      ),
    ];
  const namespace = context.settings.namespace;
  const results: Result[] = [];
  for (const object of sealed) {
    const name = String(object.metadata.name);
    const check = `sealed-secret/${name}`;
    const found = await read<Obj>(
      context,
      `/apis/bitnami.com/v1alpha1/namespaces/${namespace}/sealedsecrets/${name}`,
    );
    if (found.status === 403) results.push(forbidden(check, "get", "sealedsecrets", namespace));
    else if (found.status === 404)
      results.push(
        skipped(
          check,
          "not synced yet: the controller has not seen it",
          "sync the environment in Argo CD, then run the doctor again",
        ),
      );
    else {
      const synced = (found.body?.status?.conditions ?? []).find((c: Obj) => c.type === "Synced");
      if (synced?.status === "True") results.push(ok(check, "the controller decrypted it"));
      else if (synced)
        results.push(
          fail(
            check,
            `the controller cannot decrypt it: ${synced.message ?? synced.reason}`,
            `fetch the controller's current certificate (kubeseal --fetch-cert > controller.pem) and run npm run secrets -- seal --env ${context.environment} --cert controller.pem`,
          ),
        );
      else
        results.push(
          skipped(check, "the controller has not reported on it yet", "run the doctor again in a minute"),
        );
    }
  }
  return results;
};
