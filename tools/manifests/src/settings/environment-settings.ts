// The user-editable settings of one environment (environments/<name>.yaml), with their documented defaults.
// Every field is validated: an unknown key, a wrong type, an invalid host or quantity is an error
// that names the file, the field and the fix (see load-settings.ts).
import { z } from "zod";
import { BYTES_PATTERN, CPU_PATTERN, parseQuantity } from "../lib/quantity.ts";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const CKAN_USER_NAME = /^[a-z0-9_-]{2,100}$/;

/** Each field's fix, shown under its error. Keys are dotted paths; `*` matches one segment. */
export const FIXES: Record<string, string> = {
  namespace: "use your project's name, as `oc project -q` prints it (the sandbox's is `<user>-dev`)",
  host: "use a lowercase DNS name under your cluster's apps domain, e.g. ckan-<namespace>.apps.<cluster-domain>; `npm run settings:from-oc` fills it in",
  platform: "use developer-sandbox (the only platform profile so far)",
  "ckan.siteId": "use lowercase letters, digits and '-': web and worker share it to find the job queue",
  "ckan.sysadmin.name": "use 2-100 lowercase letters, digits, '_' or '-'",
  "ckan.sysadmin.email": "use a real address: CKAN sends password resets there",
  "sizes.*.cpu": "use millicores such as 250m, or cores such as 0.5",
  "sizes.*.memory": "use a byte quantity such as 512Mi or 1Gi",
  "sizes.*.memoryLimit": "use a byte quantity such as 1Gi, not smaller than `memory`",
  "sizes.*.storage": "use a byte quantity such as 5Gi",
};

const cpu = z.string().regex(CPU_PATTERN, "must be a CPU quantity");
const bytes = z.string().regex(BYTES_PATTERN, "must be a byte quantity");

const workloadShape = {
  /** CPU request. No CPU limit is set: throttling a web server hurts more than sharing a node. */
  cpu,
  /** Memory request. */
  memory: bytes,
  /** Memory limit: the container is OOM-killed above it. */
  memoryLimit: bytes,
};
const limitNotBelowRequest = (size: { memory: string; memoryLimit: string }) =>
  !BYTES_PATTERN.test(size.memory) ||
  !BYTES_PATTERN.test(size.memoryLimit) ||
  parseQuantity(size.memoryLimit) >= parseQuantity(size.memory);
const limitMessage = { path: ["memoryLimit"], message: "must not be smaller than memory" };

const workloadSize = z.strictObject(workloadShape).refine(limitNotBelowRequest, limitMessage);
const statefulSize = z
  .strictObject({
    ...workloadShape,
    /** Size of the component's PersistentVolumeClaim. */
    storage: bytes,
  })
  .refine(limitNotBelowRequest, limitMessage);

export const environmentSettingsSchema = z.strictObject({
  /** The OpenShift project (namespace) the overlay deploys into. */
  namespace: z.string().max(63, "must be at most 63 characters").regex(DNS_LABEL, "must be a DNS label"),
  /** The public host name of the CKAN Route; CKAN's site URL is https://<host>. */
  host: z.string().regex(HOSTNAME, "must be a lowercase DNS name with at least two labels"),
  /** Which platform's quota the environment must fit (see config/platforms.ts). */
  platform: z.enum(["developer-sandbox"]),
  ckan: z
    .strictObject({
      /** `ckan.site_id`: the Solr index key and the Redis queue prefix. @default "default" */
      siteId: z.string().regex(DNS_LABEL, "must be a DNS label").default("default"),
      sysadmin: z
        .strictObject({
          /** @default "ckan_admin" */
          name: z.string().regex(CKAN_USER_NAME, "must be a CKAN user name").default("ckan_admin"),
          /** @default "ckan-admin@example.com" (change it) */
          email: z.string().regex(EMAIL, "must be an email address").default("ckan-admin@example.com"),
        })
        .prefault({}),
      /** `ckan.max_resource_size` in MB. @default 100 */
      maxUploadSizeMb: z.number().int().min(1).max(10240).default(100),
      /** gunicorn worker processes per web pod. @default 2 (fits the sandbox CPU quota) */
      webWorkers: z.number().int().min(1).max(16).default(2),
      /** Seconds before gunicorn kills a stuck request. @default 60 */
      webTimeoutSeconds: z.number().int().min(10).max(600).default(60),
    })
    .prefault({}),
  /** Requests, limits and storage per workload. */
  sizes: z.strictObject({
    ckan: statefulSize,
    ckanWorker: workloadSize,
    bootstrap: workloadSize,
    postgres: statefulSize,
    solr: statefulSize,
    redis: workloadSize,
  }),
});

export type EnvironmentSettings = z.output<typeof environmentSettingsSchema>;
export type WorkloadSize = z.output<typeof workloadSize>;
export type StatefulSize = z.output<typeof statefulSize>;
