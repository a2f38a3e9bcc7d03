// The user-editable settings of one environment (environments/<name>.yaml), with their documented defaults.
// Every field is validated: an unknown key, a wrong type, an invalid host or quantity is an error
// that names the file, the field and the fix (see load-settings.ts).
import { z } from "zod";
import { GITOPS } from "../config/gitops.ts";
import { PLATFORMS } from "../config/platforms.ts";
import {
  canonicalBytes,
  canonicalCpu,
  exactBytes,
  exactMillicores,
  isBinaryQuantity,
  isQuantity,
  parseQuantity,
} from "../lib/quantity.ts";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$/;
const GIT_REVISION = /^[A-Za-z0-9._/-]{1,255}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** Five-field cron, as CronJobs and the operators' backup schedules take it. */
const CRON = /^(\S+\s+){4}\S+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+(:[0-9]+)?\/?$/;
const CKAN_USER_NAME = /^[a-z0-9_-]{2,100}$/;

/** Each field's fix, shown under its error. Keys are dotted paths; `*` matches one segment. */
export const FIXES: Record<string, string> = {
  namespace: "use your project's name, as `oc project -q` prints it (the sandbox's is `<user>-dev`)",
  host: "use a lowercase DNS name under your cluster's apps domain, e.g. ckan-<namespace>.apps.<cluster-domain>; `npm run settings:from-oc` fills it in",
  platform: "use developer-sandbox or openshift (see tools/manifests/src/config/platforms.ts)",
  "postgres.provider":
    "use statefulset (any platform), or on platform openshift crunchy (Crunchy PGO v5) or cnpg (CloudNativePG)",
  "postgres.backups.full": "use a five-field cron schedule such as `0 1 * * 0`",
  "postgres.backups.incremental": "use a five-field cron schedule such as `0 1 * * 1-6`",
  "postgres.backups.retention": "use a whole number from 1 to 365",
  "solr.provider": "use statefulset (any platform), or on platform openshift solrcloud (the Solr Operator)",
  "ckan.replicas":
    "use 1 with ReadWriteOnce uploads; more replicas need `storage.uploadsAccessMode: ReadWriteMany`",
  "storage.uploadsAccessMode":
    "use ReadWriteMany (a shared file storage class) when the web has several replicas",
  "storage.storageClass":
    "use a StorageClass name from `oc get storageclass`, or remove the field for the default",
  "proxy.*": "use a URL such as http://proxy.example.gc.ca:8080",
  "networkPolicies.operatorNamespace":
    "use the namespace of the operators' controllers (`oc get csv -A | grep -i postgres`)",
  "trustedCaBundle.configMap": "use the name of a ConfigMap in the namespace holding the PEM bundle",
  "ckan.siteId": "use lowercase letters, digits and '-': web and worker share it to find the job queue",
  "ckan.sysadmin.name": "use 2-100 lowercase letters, digits, '_' or '-'",
  "ckan.sysadmin.email": "use a real address: CKAN sends password resets there",
  "theme.siteTitle.*": "write the portal's name in that language, e.g. Open data portal",
  "theme.introduction.*":
    "write one or two sentences (Markdown) that say what the portal offers, in that language",
  "theme.featured": "list at most 6 featured links",
  "theme.featured.*.href.*": "use a path on the portal (/fr/group/ for French) or an absolute https:// URL",
  "theme.featured.*.*.*": "write the text in that language",
  "theme.departmentName.*": "write the department's name as it appears on canada.ca, in that language",
  "theme.contextualLinks": "list at most 3 links: the GC Design System footer shows no more",
  "theme.contextualLinks.*.label.*": "write the link's text in that language",
  "theme.contextualLinks.*.href.*": "use an absolute https:// URL, the page in that language",
  "sizes.*.cpu": "use cores such as 0.5, 1 or 2, or millicores such as 250m",
  "sizes.*.memory": "use a byte quantity with its unit, such as 512Mi, 1Gi or 1G",
  "sizes.*.memoryLimit": "use a byte quantity with its unit, such as 1Gi, not smaller than `memory`",
  "sizes.*.storage": "use a byte quantity with its unit, such as 5Gi or 10G",
  "postgres.backups.storage": "use a byte quantity with its unit, such as 20Gi",
  "gitops.argocdNamespace":
    "use the namespace your Argo CD instance runs in (OpenShift GitOps' default is openshift-gitops)",
  "gitops.targetRevision": "use the branch, tag or commit Argo CD should deploy, e.g. main",
  "harvest.schedule":
    'use a five-field cron expression such as "*/15 * * * *" (minute hour day month weekday, UTC)',
};

/**
 * A CPU amount in any form Kubernetes accepts (0.5, "500m", 1, "1.5"), written as Kubernetes writes it
 * ("500m", "1", "1500m").
 */
const cpu = z.unknown().transform((value, context) => {
  const millicores = isQuantity(value) ? exactMillicores(value) : undefined;
  if (millicores === undefined || millicores < 1) {
    context.addIssue({
      code: "custom",
      message: isQuantity(value)
        ? "must be at least 1m, in whole millicores (the API server refuses finer CPU amounts)"
        : "must be a CPU quantity",
    });
    return z.NEVER;
  }
  return canonicalCpu(millicores);
});

/** Below this, a byte quantity is a unit left out: 512 is 512 bytes, not 512Mi. */
const SMALLEST_BYTES = 2 ** 20;

/**
 * A memory or storage amount in any form Kubernetes accepts ("512Mi", "1Gi", "1G", 1e9, "1.5Gi"), written
 * as Kubernetes writes it ("1536Mi" for 1.5Gi).
 */
const bytes = z.unknown().transform((value, context) => {
  const amount = isQuantity(value) ? exactBytes(value) : undefined;
  if (amount === undefined || amount < SMALLEST_BYTES) {
    context.addIssue({
      code: "custom",
      message: !isQuantity(value)
        ? "must be a byte quantity"
        : amount === undefined
          ? "must be a whole number of bytes"
          : `is ${amount} bytes: a number without a unit counts bytes`,
    });
    return z.NEVER;
  }
  return canonicalBytes(amount, isBinaryQuantity(value as string | number));
});

const workloadShape = {
  /** CPU request. No CPU limit is set: throttling a web server hurts more than sharing a node. */
  cpu,
  /** Memory request. */
  memory: bytes,
  /** Memory limit: the container is OOM-killed above it. */
  memoryLimit: bytes,
};
const limitNotBelowRequest = (size: { memory: string; memoryLimit: string }) =>
  !isQuantity(size.memory) ||
  !isQuantity(size.memoryLimit) ||
  parseQuantity(size.memoryLimit) >= parseQuantity(size.memory);
const limitMessage = { path: ["memoryLimit"], message: "must not be smaller than memory" };

const workloadSize = z.strictObject(workloadShape).refine(limitNotBelowRequest, limitMessage);
/** A `ckan harvester` process: one CKAN with every plugin loaded, mostly waiting on Redis or HTTP. */
export const HARVEST_SIZE = { cpu: "100m", memory: "384Mi", memoryLimit: "768Mi" } as const;
export const HARVEST_SCHEDULE = "*/15 * * * *";
const statefulSize = z
  .strictObject({
    ...workloadShape,
    /** Size of the component's PersistentVolumeClaim. */
    storage: bytes,
  })
  .refine(limitNotBelowRequest, limitMessage);

const cron = z.string().regex(CRON, "must be a five-field cron schedule");

const postgresSettings = z
  .strictObject({
    /**
     * Who runs PostgreSQL: `statefulset` (the postgres image, one pod: the sandbox), `crunchy` (a Crunchy
     * PGO v5 PostgresCluster) or `cnpg` (a CloudNativePG Cluster). @default "statefulset"
     */
    provider: z.enum(["statefulset", "crunchy", "cnpg"]).default("statefulset"),
    /** PostgreSQL pods an operator runs: one primary, the rest streaming replicas. @default 2 */
    instances: z.number().int().min(1).max(5).default(2),
    /** Connection pooler pods (PgBouncer) an operator runs in front of the primary. @default 2 */
    poolerReplicas: z.number().int().min(1).max(5).default(2),
    /** Operators' scheduled backups. */
    backups: z
      .strictObject({
        /** Full backup schedule. @default "0 1 * * 0" (Sundays 01:00) */
        full: cron.default("0 1 * * 0"),
        /** Incremental (Crunchy) or base (CloudNativePG) backup schedule. @default "0 1 * * 1-6" */
        incremental: cron.default("0 1 * * 1-6"),
        /** Full backups kept (Crunchy) / days kept (CloudNativePG). @default 4 */
        retention: z.number().int().min(1).max(365).default(4),
        /** Size of the backup repository volume. @default "20Gi" */
        storage: bytes.default("20Gi"),
      })
      .prefault({}),
  })
  .prefault({});

const solrSettings = z
  .strictObject({
    /** `statefulset` (one Solr pod, core `ckan`) or `solrcloud` (a SolrCloud of the Solr Operator). @default "statefulset" */
    provider: z.enum(["statefulset", "solrcloud"]).default("statefulset"),
    /** Solr nodes of a SolrCloud (the collection gets one replica per node). @default 2 */
    replicas: z.number().int().min(1).max(9).default(2),
    /** ZooKeeper nodes the Solr Operator runs for a SolrCloud (odd, for a quorum). @default 3 */
    zookeeperReplicas: z.union([z.literal(1), z.literal(3), z.literal(5)]).default(3),
  })
  .prefault({});

/** The same text in both official languages. */
const bilingual = (check: z.ZodString) => z.strictObject({ en: check, fr: check });
const nonEmptyText = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const httpsUrl = z.string().regex(/^https:\/\/[^\s"]+$/, "must be an absolute https:// URL");
const link = z.string().regex(/^(https:\/\/|\/)[^\s"]*$/, "must be a path on the portal or an https:// URL");

/**
 * The Government of Canada theme (ckanext-gcds): the portal's name, home page and footer. The home
 * page's settings are optional: left out, the extension's defaults (its config_declaration.yaml) apply.
 */
const themeSettings = z.strictObject({
  /** The portal's name (page titles, menu, breadcrumbs, home page heading). @default the extension's */
  siteTitle: bilingual(nonEmptyText).optional(),
  /** The home page's introduction, Markdown. @default the extension's */
  introduction: bilingual(
    z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters"),
  ).optional(),
  /** The home page's featured links (at most 6). @default the extension's (organizations, groups, licence) */
  featured: z
    .array(
      z.strictObject({
        title: bilingual(nonEmptyText),
        description: bilingual(nonEmptyText),
        href: bilingual(link),
      }),
    )
    .max(6, "must list at most 6 links")
    .optional(),
  /** The footer's heading above the contextual links. @default Government of Canada */
  departmentName: bilingual(nonEmptyText).default({
    en: "Government of Canada",
    fr: "Gouvernement du Canada",
  }),
  /** The footer's contextual links (at most 3), each in both languages. @default [] */
  contextualLinks: z
    .array(z.strictObject({ label: bilingual(nonEmptyText), href: bilingual(httpsUrl) }))
    .max(3, "must list at most 3 links")
    .default([]),
});

export const environmentSettingsSchema = z
  .strictObject({
    /** The OpenShift project (namespace) the overlay deploys into. */
    namespace: z.string().max(63, "must be at most 63 characters").regex(DNS_LABEL, "must be a DNS label"),
    /** The public host name of the CKAN Route; CKAN's site URL is https://<host>. */
    host: z.string().regex(HOSTNAME, "must be a lowercase DNS name with at least two labels"),
    /** Which platform's quota the environment must fit (see config/platforms.ts). */
    platform: z.enum(["developer-sandbox", "openshift"]),
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
        /** Background worker pods (XLoader loads run in parallel, one per pod). @default 1 */
        workerReplicas: z.number().int().min(1).max(10).default(1),
        /** Web pods when not autoscaled. @default 1 */
        replicas: z.number().int().min(1).max(20).default(1),
        /** A HorizontalPodAutoscaler for the web on CPU use; replaces `replicas`. @default none */
        autoscaling: z
          .strictObject({
            minReplicas: z.number().int().min(1).max(20),
            maxReplicas: z.number().int().min(1).max(50),
            /** Average CPU use, in percent of the request, above which pods are added. @default 70 */
            cpuUtilization: z.number().int().min(10).max(100).default(70),
          })
          .refine((a) => a.maxReplicas >= a.minReplicas, {
            path: ["maxReplicas"],
            message: "must not be smaller than minReplicas",
          })
          .optional(),
      })
      .prefault({}),
    postgres: postgresSettings,
    solr: solrSettings,
    storage: z
      .strictObject({
        /**
         * Access mode of the uploads volume `ckan-storage`. ReadWriteMany lets several web pods and the worker
         * share it (needs a file storage class). @default "ReadWriteOnce"
         */
        uploadsAccessMode: z.enum(["ReadWriteOnce", "ReadWriteMany"]).default("ReadWriteOnce"),
        /** StorageClass of the uploads volume. @default the cluster's default class */
        storageClass: z.string().regex(DNS_LABEL, "must be a StorageClass name").optional(),
      })
      .prefault({}),
    /** Default-deny NetworkPolicies with explicit allows for the stack's own traffic. @default disabled */
    networkPolicies: z
      .strictObject({
        enabled: z.boolean().default(false),
        /** Where the operators' controllers run (OLM's all-namespaces install). @default "openshift-operators" */
        operatorNamespace: z
          .string()
          .regex(DNS_LABEL, "must be a namespace name")
          .default("openshift-operators"),
        /** Ports the worker may reach anywhere, for XLoader's downloads (and the proxy's port). @default [80, 443] */
        workerEgressPorts: z.array(z.number().int().min(1).max(65535)).default([80, 443]),
      })
      .prefault({}),
    /** The corporate HTTP(S) proxy for web, worker and bootstrap (XLoader downloads, harvesting). @default none */
    proxy: z
      .strictObject({
        httpProxy: z.string().regex(HTTP_URL, "must be an http(s) URL").optional(),
        httpsProxy: z.string().regex(HTTP_URL, "must be an http(s) URL").optional(),
        /** Hosts reached directly; the stack's Services and the cluster's domains are always added. */
        noProxy: z
          .array(z.string().regex(/^[A-Za-z0-9.*:/-]+$/, "must be a host, domain or CIDR"))
          .default([]),
      })
      .optional(),
    /**
     * A ConfigMap holding extra CA certificates (PEM) that web, worker and bootstrap trust, e.g. one that
     * OpenShift fills with the cluster's trusted bundle (label config.openshift.io/inject-trusted-cabundle). @default none
     */
    trustedCaBundle: z
      .strictObject({
        configMap: z.string().regex(DNS_LABEL, "must be a ConfigMap name"),
        /** @default "ca-bundle.crt" (the key OpenShift's injection writes) */
        key: z.string().default("ca-bundle.crt"),
        /** Create the ConfigMap empty with OpenShift's injection label, so the cluster fills it. @default true */
        injectOpenShiftTrustedBundle: z.boolean().default(true),
      })
      .optional(),
    theme: themeSettings.prefault({}),
    /** ckanext-harvest (SDI): when the CronJob runs `ckan harvester run`. */
    harvest: z
      .strictObject({
        /** Starts due harvest jobs and marks finished ones. @default "*\/15 * * * *" */
        schedule: cron.default(HARVEST_SCHEDULE),
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
      /** Each PgBouncer pod of an operator's pooler. */
      pooler: workloadSize.default({ cpu: "100m", memory: "64Mi", memoryLimit: "256Mi" }),
      /** Each ZooKeeper node of a SolrCloud. */
      zookeeper: statefulSize.default({ cpu: "100m", memory: "256Mi", memoryLimit: "512Mi", storage: "2Gi" }),
      /** The harvest consumers and run (SDI); small, so that they fit the sandbox quota. */
      harvestGather: workloadSize.default(HARVEST_SIZE),
      harvestFetch: workloadSize.default(HARVEST_SIZE),
      harvestRun: workloadSize.default(HARVEST_SIZE),
    }),
    /** How Argo CD delivers this environment (manifests/argocd/<env>/); see config/gitops.ts. */
    gitops: z
      .strictObject({
        /** The namespace of the Argo CD instance that syncs this environment. @default "openshift-gitops" */
        argocdNamespace: z
          .string()
          .max(63, "must be at most 63 characters")
          .regex(DNS_LABEL, "must be a DNS label")
          .default(GITOPS.defaultArgocdNamespace),
        /** The branch, tag or commit Argo CD deploys. @default "main" */
        targetRevision: z
          .string()
          .regex(GIT_REVISION, "must be a branch, tag or commit")
          .default(GITOPS.defaultTargetRevision),
      })
      .prefault({}),
  })
  .superRefine((settings, context) => {
    const scaled = settings.ckan.replicas > 1 || settings.ckan.autoscaling !== undefined;
    if (scaled && settings.storage.uploadsAccessMode !== "ReadWriteMany") {
      context.addIssue({
        code: "custom",
        path: ["storage", "uploadsAccessMode"],
        message:
          "must be ReadWriteMany when the web has more than one replica (ckan.replicas or ckan.autoscaling): every pod and the worker share the uploads",
      });
    }
    if (!PLATFORMS[settings.platform].operators) {
      for (const store of ["postgres", "solr"] as const) {
        if (settings[store].provider === "statefulset") continue;
        context.addIssue({
          code: "custom",
          path: [store, "provider"],
          message: `${settings[store].provider} needs an operator, and platform ${settings.platform} runs none: its users cannot install operators`,
        });
      }
    }
  });

export type EnvironmentSettings = z.output<typeof environmentSettingsSchema>;
export type WorkloadSize = z.output<typeof workloadSize>;
export type StatefulSize = z.output<typeof statefulSize>;
export type ThemeSettings = z.output<typeof themeSettings>;
