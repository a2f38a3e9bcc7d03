// Public API (@ckan-openshift/manifests/kube-api): a minimal Kubernetes API client, resource quantities,
// and the quota a rendered overlay uses.
export {
  call,
  connectionFrom,
  Discovery,
  KubeApiError,
  type Connection,
  type Response,
} from "../lib/kube-api.ts";
export { formatBytes, formatMillicores, parseQuantity, toMillicores } from "../lib/quantity.ts";
export { quotaUsage } from "../quota/usage.ts";
