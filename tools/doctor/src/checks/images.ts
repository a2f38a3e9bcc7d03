// Every image the overlay pins comes from a registry the platform allows and, where the cluster is
// OpenShift, resolves from the cluster's point of view: an ImageStreamImport dry run makes the cluster
// fetch the image's metadata with its own network, mirrors and pull secrets, and stores nothing.
import { PLATFORMS } from "@ckan-openshift/manifests/stack";
import { call } from "@ckan-openshift/manifests/kube-api";
import { fail, ok, skipped, type Check, type Obj, type Result } from "../check.ts";

function imagesOf(objects: readonly Obj[]): string[] {
  const images = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if ((key === "containers" || key === "initContainers") && Array.isArray(inner))
          for (const container of inner as Obj[])
            if (typeof container.image === "string") images.add(container.image);
        visit(inner);
      }
  };
  visit(objects);
  return [...images].sort();
}

export const imageCheck: Check = async (context) => {
  const platform = PLATFORMS[context.settings.platform];
  const namespace = context.settings.namespace;
  const openshift = context.discovery.collection({
    apiVersion: "image.openshift.io/v1",
    kind: "ImageStreamImport",
  });
  const results: Result[] = [];
  for (const image of imagesOf(context.objects)) {
    const check = `image/${image.split("@")[0]}`;
    const registry = image.split("/")[0]!;
    if (!(platform.allowedRegistries as readonly string[]).includes(registry)) {
      results.push(
        fail(
          check,
          `registry ${registry} is not one platform ${context.settings.platform} pulls from`,
          `push the image to one of ${platform.allowedRegistries.join(", ")} and pin it there (npm run images -- pin)`,
        ),
      );
      continue;
    }
    if (!openshift) {
      results.push(
        skipped(
          check,
          "the cluster is not OpenShift: no ImageStreamImport to ask it whether it can pull",
          "pull it from a node: oc debug node/<node> -- chroot /host crictl pull " + image,
        ),
      );
      continue;
    }
    const request = {
      apiVersion: "image.openshift.io/v1",
      kind: "ImageStreamImport",
      metadata: { name: "ckan-doctor", namespace },
      spec: { import: false, images: [{ from: { kind: "DockerImage", name: image } }] },
    };
    const response = await call(
      context.connection,
      "POST",
      `/apis/image.openshift.io/v1/namespaces/${namespace}/imagestreamimports?dryRun=All`,
      JSON.stringify(request),
      "application/json",
    );
    const status =
      response.status < 300 ? (JSON.parse(response.body) as Obj).status?.images?.[0]?.status : undefined;
    if (response.status === 403)
      results.push(
        skipped(
          check,
          "your user may not create imagestreamimports",
          `oc auth can-i create imagestreamimports -n ${namespace}`,
        ),
      );
    else if (status?.status === "Success" || (response.status < 300 && !status?.status))
      results.push(ok(check, "the cluster resolves it"));
    else
      results.push(
        fail(
          check,
          `the cluster cannot pull it: ${status?.message ?? response.body.slice(0, 200)}`,
          "check the tag and digest (npm run images -- pin), the registry's visibility, and the namespace's pull secret",
        ),
      );
  }
  return results;
};
