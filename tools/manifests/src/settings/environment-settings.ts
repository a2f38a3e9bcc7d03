// The user-editable settings of one environment (environments/<name>.yaml). Each field holds its meaning
// and fix in `.meta()` and its default in `.default()`: the one source of the errors' fixes and of
// docs/settings.md (settings-reference.ts).
// Every field is validated: an unknown key, a wrong type, an invalid host or quantity is an error
// that names the file, the field and the fix (see load-settings.ts).
import type { IAffinity, IToleration, ITopologySpreadConstraint } from "kubernetes-models/v1";
import { Affinity } from "kubernetes-models/v1/Affinity";
import { Toleration } from "kubernetes-models/v1/Toleration";
import { TopologySpreadConstraint } from "kubernetes-models/v1/TopologySpreadConstraint";
import { z } from "zod";
import { GITOPS } from "../config/gitops.ts";
import { PLATFORMS } from "../config/platforms.ts";
import { ckanConfigProblems, type ConfigValue } from "./ckan-config.ts";
import { IMAGE_MIRROR } from "../lib/image-reference.ts";
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
/** A Secret's name: a DNS subdomain. */
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HTTP_URL = /^https?:\/\/[^\s/]+(:[0-9]+)?\/?$/;
const CKAN_USER_NAME = /^[a-z0-9_-]{2,100}$/;
const HOSTNAME_OR_IP =
  /^((?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*|(\d{1,3}\.){3}\d{1,3})$/;
const SOLR_PATH = /^\/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-]$/;

/**
 * What each field means, its fix and, where the schema cannot say it, its default in words: zod metadata
 * (`.meta()`, zod's global registry), so the error messages (load-settings.ts) and the reference
 * docs/settings.md (settings-reference.ts) read the same text. A `fix` applies to the field and to what is
 * inside it, unless something inside has a fix of its own.
 */
declare module "zod" {
  interface GlobalMeta {
    /** How to correct an invalid value, shown under its error. */
    fix?: string;
    /** The value's kind where JSON Schema's type cannot say it (a Kubernetes quantity). */
    kind?: string;
    /** What leaving an optional field out means, where it has no default value. */
    absent?: string;
    /**
     * The fix for a secret-looking key (password, token) put into this mapping: where that secret lives
     * instead. Settings are committed and rendered into ConfigMaps, so no secret is ever a setting.
     */
    secretKeyFix?: string;
  }
}

/**
 * A CPU amount in any form Kubernetes accepts (0.5, "500m", 1, "1.5"), written as Kubernetes writes it
 * ("500m", "1", "1500m").
 */
const cpu = z
  .unknown()
  .transform((value, context) => {
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
  })
  .meta({ kind: "CPU quantity (0.5, 500m, 1)" });

/** Below this, a byte quantity is a unit left out: 512 is 512 bytes, not 512Mi. */
const SMALLEST_BYTES = 2 ** 20;

/**
 * A memory or storage amount in any form Kubernetes accepts ("512Mi", "1Gi", "1G", 1e9, "1.5Gi"), written
 * as Kubernetes writes it ("1536Mi" for 1.5Gi).
 */
const bytes = z
  .unknown()
  .transform((value, context) => {
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
  })
  .meta({ kind: "byte quantity (512Mi, 1Gi, 1G)" });

const workloadShape = {
  cpu: cpu.meta({
    description: "CPU request. No CPU limit is set: throttling a web server hurts more than sharing a node",
    fix: "use cores such as 0.5, 1 or 2, or millicores such as 250m",
  }),
  memory: bytes.meta({
    description: "memory request",
    fix: "use a byte quantity with its unit, such as 512Mi, 1Gi or 1G",
  }),
  memoryLimit: bytes.meta({
    description: "memory limit (not smaller than `memory`): the container is OOM-killed above it",
    fix: "use a byte quantity with its unit, such as 1Gi, not smaller than `memory`",
  }),
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
    storage: bytes.meta({
      description: "size of the component's PersistentVolumeClaim",
      fix: "use a byte quantity with its unit, such as 5Gi or 10G",
    }),
  })
  .refine(limitNotBelowRequest, limitMessage);

const cron = z.string().regex(CRON, "must be a five-field cron schedule");

/**
 * Where an external service is (`<service>.provider: external`): its address and TLS, never a credential.
 * A password-like key there is refused by the settings' own rule for secrets (load-settings.ts), with the
 * block's `secretKeyFix` naming the Secret that holds it.
 */
const externalHost = z
  .string()
  .regex(HOSTNAME_OR_IP, "must be a host name or an IPv4 address, without scheme, port or credentials")
  .meta({
    description: "the service's host name (or IPv4 address) as CKAN's pods reach it",
    fix: "write the bare host, e.g. db.example.gc.ca: no scheme, no port (see `port`), no user or password",
  });
const externalPort = (fallback: number) =>
  z
    .number()
    .int()
    .min(1)
    .max(65535)
    .meta({ description: "the service's TCP port", fix: "use a port number from 1 to 65535" })
    .default(fallback);
const externalFix = (service: string, secret: string) =>
  `give it (host, port, TLS) only with ${service}.provider external; credentials never go here but in the Secret \`${secret}\` (tools/manifests/src/secrets-catalog.ts lists its keys)`;

/**
 * A Kubernetes core/v1 shape (Toleration, Affinity, TopologySpreadConstraint) checked by kubernetes-models'
 * own validator, the one the generated objects pass: each error at its field inside the value.
 */
function kubernetesShape<T>(model: new (data?: T) => { validate(): void }, kind: string) {
  return z
    .unknown()
    .superRefine((value, context) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        context.addIssue({ code: "custom", message: `must be a mapping (a Kubernetes ${kind})` });
        return;
      }
      try {
        new model(value as T).validate();
      } catch (error) {
        const errors = (error as { errors?: KubernetesSchemaError[] }).errors ?? [];
        for (const problem of errors.length > 0 ? errors : [{ instancePath: "", message: String(error) }])
          context.addIssue({
            code: "custom",
            path: problem.instancePath.split("/").filter(Boolean),
            message: problem.params?.allowedValues
              ? `must be one of ${problem.params.allowedValues.join(", ")}`
              : (problem.message ?? "is not valid"),
          });
      }
    })
    .transform((value) => value as T)
    .meta({ kind: `Kubernetes ${kind} (core/v1)` });
}
interface KubernetesSchemaError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: { readonly allowedValues?: readonly string[] };
}

/** Where one workload's pods may run; each field replaces `default`'s, and the generator's own. */
const schedulingEntry = z
  .strictObject({
    nodeSelector: z
      .record(z.string(), z.string())
      .meta({
        description: "node labels every pod needs (`nodeSelector`)",
        fix: 'map node label names to values, e.g. { node-role.kubernetes.io/app: "" }',
      })
      .optional(),
    tolerations: z
      .array(kubernetesShape<IToleration>(Toleration, "Toleration"))
      .meta({
        description: "taints the pods tolerate (`tolerations`)",
        fix: "write each as in a pod spec: key, operator (Equal or Exists), value, effect (`oc explain pod.spec.tolerations`)",
      })
      .optional(),
    affinity: kubernetesShape<IAffinity>(Affinity, "Affinity")
      .meta({
        description: "node and pod (anti-)affinity (`affinity`)",
        fix: "write it as in a pod spec (`oc explain pod.spec.affinity`)",
      })
      .optional(),
    topologySpreadConstraints: z
      .array(kubernetesShape<ITopologySpreadConstraint>(TopologySpreadConstraint, "TopologySpreadConstraint"))
      .meta({
        description:
          "how the pods spread over nodes or zones (`topologySpreadConstraints`); replaces the generator's spread of several replicas",
        fix: "write each as in a pod spec: maxSkew, topologyKey, whenUnsatisfiable (`oc explain pod.spec.topologySpreadConstraints`)",
      })
      .optional(),
    priorityClassName: z
      .string()
      .regex(DNS_SUBDOMAIN, "must be a PriorityClass name")
      .meta({
        description: "the pods' PriorityClass (`priorityClassName`)",
        fix: "use a PriorityClass from `oc get priorityclass`",
      })
      .optional(),
  })
  .meta({
    fix: "use nodeSelector, tolerations, affinity, topologySpreadConstraints or priorityClassName, as in a pod spec",
  });

/** The workloads `scheduling` and `sizes` name, and what each covers. */
export const SCHEDULED_WORKLOADS = {
  ckan: "the web pods",
  ckanWorker: "every worker Deployment (`ckan-worker` and those of `ckan.workerQueues`)",
  bootstrap: "the `ckan-bootstrap` Job",
  postgres: "the PostgreSQL StatefulSet, or the operator's instances (PostgresCluster, Cluster)",
  solr: "the Solr StatefulSet, or the SolrCloud's nodes and its collection Job",
  redis: "the Redis pod",
  pooler: "the operator's PgBouncer pods",
  zookeeper: "the SolrCloud's ZooKeeper pods",
  harvestGather: "the harvest gather consumer",
  harvestFetch: "the harvest fetch consumer",
  harvestRun: "the harvest run CronJob's pods",
} as const;
export type ScheduledWorkload = keyof typeof SCHEDULED_WORKLOADS;

/** `ckan-worker-` + the queue's name must stay a Kubernetes name of at most 63 characters. */
const QUEUE_NAME_MAX = 63 - "ckan-worker-".length;
const workerQueue = z
  .strictObject({
    name: z
      .string()
      .max(QUEUE_NAME_MAX, `must be at most ${QUEUE_NAME_MAX} characters`)
      .regex(DNS_LABEL, "must be a DNS label")
      .refine((name) => name !== "default", {
        message: "is the default queue, which ckan-worker always serves",
      })
      .meta({
        description:
          "the RQ queue's name (`ckan jobs worker <name>`); the Deployment is `ckan-worker-<name>`",
        fix: `use a name of its own (lowercase letters, digits and '-', at most ${QUEUE_NAME_MAX}) other than default, which ckan-worker serves`,
      }),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(10)
      .meta({ description: "worker pods serving this queue" })
      .default(1),
    size: workloadSize.meta({ description: "each of this queue's worker pods" }),
    xloader: z
      .boolean()
      .meta({
        description:
          "XLoader enqueues its loads here (`ckanext.xloader.queue_names`; with several such queues, a dataset's loads all go to the same one); its retries still go to `default`",
      })
      .default(false),
  })
  .meta({ description: "one job queue and the worker Deployment that serves it" });

const postgresSettings = z
  .strictObject({
    provider: z
      .enum(["statefulset", "crunchy", "cnpg", "external"])
      .meta({
        description:
          "who runs PostgreSQL: `statefulset` (the postgres image, one pod: the sandbox), `crunchy` (a Crunchy PGO v5 PostgresCluster), `cnpg` (a CloudNativePG Cluster), the operators only on platform `openshift`; or `external` (a database outside the stack, at `postgres.external`)",
        fix: "use statefulset (any platform), external (any platform, with postgres.external), or on platform openshift crunchy (Crunchy PGO v5) or cnpg (CloudNativePG)",
      })
      .default("statefulset"),
    external: z
      .strictObject({
        host: externalHost,
        port: externalPort(5432),
        sslMode: z
          .enum(["disable", "require", "verify-ca", "verify-full"])
          .meta({
            description:
              "libpq's `sslmode` for every database URL; `verify-ca`/`verify-full` check the server against `trustedCaBundle`",
            fix: "use verify-full (TLS, certificate and host name checked) or verify-ca, both with trustedCaBundle naming the ConfigMap that holds the server's CA; or require (TLS, unchecked) or disable",
          })
          .default("verify-full"),
      })
      .meta({
        description:
          "where the PostgreSQL of `provider: external` is: it must hold the databases `ckan`, `datastore` and `ckan_xloader` owned by the role `ckan`, and a login role `datastore_ro` (docs/environments.md, External services)",
        fix: externalFix("postgres", "postgres-external"),
        secretKeyFix: externalFix("postgres", "postgres-external"),
        absent: "none: required with `provider: external`, refused otherwise",
      })
      .optional(),
    instances: z
      .number()
      .int()
      .min(1)
      .max(5)
      .meta({ description: "PostgreSQL pods an operator runs: one primary, the rest streaming replicas" })
      .default(2),
    poolerReplicas: z
      .number()
      .int()
      .min(1)
      .max(5)
      .meta({ description: "connection pooler pods (PgBouncer) an operator runs in front of the primary" })
      .default(2),
    backups: z
      .strictObject({
        full: cron
          .meta({
            description: "full backup schedule (cron, UTC; the default is Sundays 01:00)",
            fix: "use a five-field cron schedule such as `0 1 * * 0`",
          })
          .default("0 1 * * 0"),
        incremental: cron
          .meta({
            description: "incremental (Crunchy) or base (CloudNativePG) backup schedule (cron, UTC)",
            fix: "use a five-field cron schedule such as `0 1 * * 1-6`",
          })
          .default("0 1 * * 1-6"),
        retention: z
          .number()
          .int()
          .min(1)
          .max(365)
          .meta({
            description: "full backups kept (Crunchy) / days kept (CloudNativePG)",
            fix: "use a whole number from 1 to 365",
          })
          .default(4),
        storage: bytes
          .meta({
            description: "size of the backup repository volume",
            fix: "use a byte quantity with its unit, such as 20Gi",
          })
          .default("20Gi"),
      })
      .meta({ description: "the operators' scheduled backups" })
      .prefault({}),
  })
  .meta({ description: "the PostgreSQL that holds CKAN's, the DataStore's and XLoader's databases" })
  .prefault({});

const solrSettings = z
  .strictObject({
    provider: z
      .enum(["statefulset", "solrcloud", "external"])
      .meta({
        description:
          "`statefulset` (one Solr pod, core `ckan`), on platform `openshift` `solrcloud` (a SolrCloud of the Solr Operator), or `external` (a Solr outside the stack, at `solr.external`)",
        fix: "use statefulset (any platform), external (any platform, with solr.external), or on platform openshift solrcloud (the Solr Operator)",
      })
      .default("statefulset"),
    external: z
      .strictObject({
        host: externalHost,
        port: externalPort(8983),
        tls: z
          .boolean()
          .meta({
            description: "`https`, the server checked against `trustedCaBundle` (else the system CAs)",
          })
          .default(true),
        path: z
          .string()
          .regex(SOLR_PATH, "must be an absolute path without a trailing slash")
          .meta({
            description:
              "the path of the core or collection CKAN searches (with CKAN's schema; the stack creates none)",
            fix: "write the path after host:port, e.g. /solr/ckan",
          })
          .default("/solr/ckan"),
        basicAuth: z
          .boolean()
          .meta({
            description:
              "send HTTP basic authentication, its user and password from the Secret `solr-external`",
          })
          .default(true),
      })
      .meta({
        description:
          "where the Solr of `provider: external` is: the core or collection must exist with CKAN's schema (docs/environments.md, External services)",
        fix: externalFix("solr", "solr-external"),
        secretKeyFix: externalFix("solr", "solr-external"),
        absent: "none: required with `provider: external`, refused otherwise",
      })
      .optional(),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(9)
      .meta({ description: "Solr nodes of a SolrCloud (the collection gets one replica per node)" })
      .default(2),
    zookeeperReplicas: z
      .union([z.literal(1), z.literal(3), z.literal(5)])
      .meta({ description: "ZooKeeper nodes the Solr Operator runs for a SolrCloud (odd, for a quorum)" })
      .default(3),
  })
  .meta({ description: "the Solr that indexes CKAN's datasets" })
  .prefault({});

/** Where the SMTP password lives; the fix for a password put into `ckan.mail`. */
export const MAIL_PASSWORD_FIX =
  "remove it: the SMTP password lives in the Secret `ckan-mail` (key `CKAN_SMTP_PASSWORD`), which `npm run secrets -- <env>` creates from the variable CKAN_SMTP_PASSWORD in its environment (tools/secrets/README.md)";

/**
 * Outgoing mail (password resets, invitations): CKAN 2.11's `smtp.*` options through its own
 * CKAN_SMTP_* variables. CKAN's mailer (ckan/lib/mailer.py) only speaks plain SMTP, optionally upgraded
 * with STARTTLS: it has no implicit TLS (SMTPS, port 465).
 */
const mailSettings = z
  .strictObject({
    server: z.string().regex(HOSTNAME_OR_IP, "must be a lowercase host name or an IPv4 address").meta({
      description: "the SMTP relay's host name (`smtp.server`, with `port`)",
      fix: "use the relay's host name, such as smtp.example.gc.ca, without a scheme or port (port goes in `port`)",
    }),
    port: z
      .number()
      .int()
      .min(1)
      .max(65535)
      .meta({
        description: "the SMTP relay's port: 587 (submission, STARTTLS) or 25 (relay)",
        fix: "use a whole number from 1 to 65535, usually 587 with STARTTLS or 25",
      })
      .default(587),
    tls: z
      .enum(["starttls", "none"])
      .meta({
        description:
          "`starttls` (`smtp.starttls`: upgrade the connection and verify the relay's certificate against the system's CAs and `trustedCaBundle`; fails if the relay offers no STARTTLS) or `none` (clear text, for a relay inside the cluster's network only)",
        fix: "use starttls, or none for a relay on the cluster's network; CKAN 2.11 has no implicit TLS (SMTPS, port 465): use the relay's STARTTLS port, usually 587",
      })
      .default("starttls"),
    from: z.string().regex(EMAIL, "must be an email address").meta({
      description: "`smtp.mail_from`: the sender address of every mail CKAN sends",
      fix: "use an address the relay lets the portal send from, such as open-data-noreply@example.gc.ca",
    }),
    user: z
      .string()
      .regex(/^\S{1,256}$/, "must be a user name without spaces")
      .meta({
        description:
          "`smtp.user`: the relay's login; its password is `CKAN_SMTP_PASSWORD` in the Secret `ckan-mail` (`npm run secrets`)",
        fix: "use the relay account's user name; its password goes into the Secret, never here",
        absent: "none: the relay accepts the portal without a login",
      })
      .optional(),
  })
  .meta({
    description:
      "outgoing mail through an SMTP relay (password resets, invitations); a `user` needs the Secret `ckan-mail`",
    absent: "none: CKAN sends no mail (a password reset request fails with CKAN's error message)",
    secretKeyFix: MAIL_PASSWORD_FIX,
  });

const redisSettings = z
  .strictObject({
    provider: z
      .enum(["deployment", "external"])
      .meta({
        description:
          "who runs Redis: `deployment` (the Redis image, one pod without persistence) or `external` (a Redis outside the stack, at `redis.external`)",
        fix: "use deployment, or external with redis.external",
      })
      .default("deployment"),
    external: z
      .strictObject({
        host: externalHost,
        port: externalPort(6379),
        tls: z
          .boolean()
          .meta({
            description: "`rediss://`, the server checked against `trustedCaBundle` (else the system CAs)",
          })
          .default(true),
        database: z
          .number()
          .int()
          .min(0)
          .max(15)
          .meta({ description: "the Redis database number CKAN's queue and cache use" })
          .default(1),
      })
      .meta({
        description:
          "where the Redis of `provider: external` is; its password is in the Secret `redis-external` (docs/environments.md, External services)",
        fix: externalFix("redis", "redis-external"),
        secretKeyFix: externalFix("redis", "redis-external"),
        absent: "none: required with `provider: external`, refused otherwise",
      })
      .optional(),
  })
  .meta({ description: "the Redis that holds CKAN's job queue and cache" })
  .prefault({});

/** The same text in both official languages. */
const bilingual = (check: z.ZodString) =>
  z.strictObject({
    en: check.meta({ description: "in English" }),
    fr: check.meta({ description: "in French" }),
  });
const nonEmptyText = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const httpsUrl = z.string().regex(/^https:\/\/[^\s"]+$/, "must be an absolute https:// URL");
const link = z.string().regex(/^(https:\/\/|\/)[^\s"]*$/, "must be a path on the portal or an https:// URL");
const EXTENSION_DEFAULT = "the extension's (its config_declaration.yaml)";

/**
 * The Government of Canada theme (ckanext-gcds): the portal's name, home page and footer. The home
 * page's settings are optional: left out, the extension's defaults (its config_declaration.yaml) apply.
 */
const themeSettings = z
  .strictObject({
    siteTitle: bilingual(nonEmptyText)
      .meta({
        description: "the portal's name: page titles, menu, breadcrumbs, home page heading",
        fix: "write the portal's name in that language, e.g. Open data portal",
        absent: "the extension's (Open data portal / Portail de données ouvertes)",
      })
      .optional(),
    introduction: bilingual(
      z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters"),
    )
      .meta({
        description: "the home page's introduction (Markdown), also the About page",
        fix: "write one or two sentences (Markdown) that say what the portal offers, in that language",
        absent: EXTENSION_DEFAULT,
      })
      .optional(),
    featured: z
      .array(
        z
          .strictObject({
            title: bilingual(nonEmptyText).meta({
              description: "the link's title",
              fix: "write the text in that language",
            }),
            description: bilingual(nonEmptyText).meta({
              description: "the sentence under the title",
              fix: "write the text in that language",
            }),
            href: bilingual(link).meta({
              description: "where the link goes: a path on the portal or an https:// URL",
              fix: "use a path on the portal (/fr/group/ for French) or an absolute https:// URL",
            }),
          })
          .meta({ description: "one featured link" }),
      )
      .max(6, "must list at most 6 links")
      .meta({
        description: "the home page's featured links (at most 6)",
        fix: "list at most 6 featured links",
        absent: "the extension's (organizations, groups, the licence)",
      })
      .optional(),
    departmentName: bilingual(nonEmptyText)
      .meta({
        description: "the footer's heading above the contextual links",
        fix: "write the department's name as it appears on canada.ca, in that language",
      })
      .default({
        en: "Government of Canada",
        fr: "Gouvernement du Canada",
      }),
    contextualLinks: z
      .array(
        z
          .strictObject({
            label: bilingual(nonEmptyText).meta({
              description: "the link's text",
              fix: "write the link's text in that language",
            }),
            href: bilingual(httpsUrl).meta({
              description: "the page the link opens, in each language",
              fix: "use an absolute https:// URL, the page in that language",
            }),
          })
          .meta({ description: "one contextual link" }),
      )
      .max(3, "must list at most 3 links")
      .meta({
        description: "the footer's contextual links (at most 3), each in both languages",
        fix: "list at most 3 links: the GC Design System footer shows no more",
      })
      .default([]),
  })
  .meta({
    description:
      "the Government of Canada theme (ckanext-gcds): the portal's name, home page and footer; the home page's settings left out, the extension's defaults apply",
  });

export const environmentSettingsSchema = z
  .strictObject({
    namespace: z
      .string()
      .max(63, "must be at most 63 characters")
      .regex(DNS_LABEL, "must be a DNS label")
      .meta({
        description: "the OpenShift project (namespace) the overlay deploys into",
        fix: "use your project's name, as `oc project -q` prints it (the sandbox's is `<user>-dev`)",
      }),
    host: z.string().regex(HOSTNAME, "must be a lowercase DNS name with at least two labels").meta({
      description: "the public host name of the CKAN Route; CKAN's site URL is `https://<host>`",
      fix: "use a lowercase DNS name under your cluster's apps domain, e.g. ckan-<namespace>.apps.<cluster-domain>; `npm run settings:from-oc` fills it in",
    }),
    platform: z.enum(["developer-sandbox", "openshift"]).meta({
      description:
        "which platform's quota the environment must fit, and whether it runs operators (tools/manifests/src/config/platforms.ts)",
      fix: "use developer-sandbox or openshift (see tools/manifests/src/config/platforms.ts)",
    }),
    ckan: z
      .strictObject({
        siteId: z
          .string()
          .regex(DNS_LABEL, "must be a DNS label")
          .meta({
            description: "`ckan.site_id`: the Solr index key and the Redis queue prefix",
            fix: "use lowercase letters, digits and '-': web and worker share it to find the job queue",
          })
          .default("default"),
        sysadmin: z
          .strictObject({
            name: z
              .string()
              .regex(CKAN_USER_NAME, "must be a CKAN user name")
              .meta({
                description: "the sysadmin's user name",
                fix: "use 2-100 lowercase letters, digits, '_' or '-'",
              })
              .default("ckan_admin"),
            email: z
              .string()
              .regex(EMAIL, "must be an email address")
              .meta({
                description: "the sysadmin's email address (change the default)",
                fix: "use a real address: CKAN sends password resets there",
              })
              .default("ckan-admin@example.com"),
          })
          .meta({ description: "the sysadmin the bootstrap Job creates" })
          .prefault({}),
        maxUploadSizeMb: z
          .number()
          .int()
          .min(1)
          .max(10240)
          .meta({ description: "`ckan.max_resource_size`: the largest upload, in MB" })
          .default(100),
        webWorkers: z
          .number()
          .int()
          .min(1)
          .max(16)
          .meta({
            description: "gunicorn worker processes per web pod (the default fits the sandbox CPU quota)",
          })
          .default(2),
        webTimeoutSeconds: z
          .number()
          .int()
          .min(10)
          .max(600)
          .meta({ description: "seconds before gunicorn kills a stuck request" })
          .default(60),
        workerReplicas: z
          .number()
          .int()
          .min(1)
          .max(10)
          .meta({ description: "background worker pods (XLoader loads run in parallel, one per pod)" })
          .default(1),
        workerQueues: z
          .array(workerQueue)
          .superRefine((queues, context) => {
            const seen = new Set<string>();
            queues.forEach((queue, index) => {
              if (seen.has(queue.name))
                context.addIssue({
                  code: "custom",
                  path: [index, "name"],
                  message: `repeats the queue ${queue.name}: each queue has one worker Deployment`,
                });
              seen.add(queue.name);
            });
          })
          .meta({
            description:
              "more job queues, each served by its own worker Deployment `ckan-worker-<name>` (`ckan jobs worker <name>`) with its own replicas and size; `ckan-worker` keeps serving the `default` queue",
            fix: "give each queue a unique name other than default",
          })
          .default([]),
        replicas: z
          .number()
          .int()
          .min(1)
          .max(20)
          .meta({
            description: "web pods when not autoscaled; more than one needs ReadWriteMany uploads",
            fix: "use 1 with ReadWriteOnce uploads; more replicas need `storage.uploadsAccessMode: ReadWriteMany`",
          })
          .default(1),
        autoscaling: z
          .strictObject({
            minReplicas: z.number().int().min(1).max(20).meta({ description: "fewest web pods" }),
            maxReplicas: z
              .number()
              .int()
              .min(1)
              .max(50)
              .meta({ description: "most web pods (not fewer than minReplicas)" }),
            cpuUtilization: z
              .number()
              .int()
              .min(10)
              .max(100)
              .meta({ description: "average CPU use, in percent of the request, above which pods are added" })
              .default(70),
          })
          .refine((a) => a.maxReplicas >= a.minReplicas, {
            path: ["maxReplicas"],
            message: "must not be smaller than minReplicas",
          })
          .meta({
            description:
              "a HorizontalPodAutoscaler for the web on CPU use; replaces `replicas` and needs ReadWriteMany uploads",
            absent: "none: `replicas` web pods",
          })
          .optional(),
        config: z
          // Values are checked in ckan-config.ts, which never echoes one (the key may name a secret).
          .record(z.string(), z.custom<ConfigValue>())
          .meta({
            description:
              "any other CKAN setting, `key: value` as in CKAN's ini (e.g. `ckan.datasets_per_page: 50`), checked against what CKAN and the enabled plugins declare (tools/manifests/src/config/ckan-config-catalogue.json) and passed through ckanext-envvars; secrets and the keys the typed settings own are refused",
            fix: "use a key CKAN or an enabled plugin declares, with a value of its declared type",
          })
          .default({}),
        plugins: z
          .strictObject({
            add: z
              .array(z.string())
              .meta({
                description:
                  "plugins the ckan image installs, enabled after the image's list (before envvars)",
              })
              .default([]),
            remove: z
              .array(z.string())
              .meta({
                description:
                  "plugins of the image's list (CKAN_PLUGINS of images/ckan/versions.env) to disable",
              })
              .default([]),
          })
          .meta({
            description:
              "changes to the image's plugin list; the order rules of images/ckan/versions.env and each plugin's needs are checked",
            fix: "add a plugin the image installs, remove one of its list; keep what another plugin needs",
          })
          .prefault({}),
        mail: mailSettings.optional(),
      })
      .superRefine((ckan, context) => {
        for (const problem of ckanConfigProblems(ckan))
          context.addIssue({
            code: "custom",
            path: problem.path.slice(1),
            message: problem.message,
            params: { fix: problem.fix },
          });
      })
      .meta({ description: "CKAN's web and worker" })
      .prefault({}),
    postgres: postgresSettings,
    solr: solrSettings,
    redis: redisSettings,
    storage: z
      .strictObject({
        uploadsAccessMode: z
          .enum(["ReadWriteOnce", "ReadWriteMany"])
          .meta({
            description:
              "access mode of the uploads volume `ckan-storage`; ReadWriteMany lets several web pods and the worker share it (needs a file storage class)",
            fix: "use ReadWriteMany (a shared file storage class) when the web has several replicas",
          })
          .default("ReadWriteOnce"),
        storageClass: z
          .string()
          .regex(DNS_LABEL, "must be a StorageClass name")
          .meta({
            description: "StorageClass of the uploads volume `ckan-storage`",
            fix: "use a StorageClass name from `oc get storageclass`, or remove the field for the default",
            absent: "the cluster's default class",
          })
          .optional(),
      })
      .meta({ description: "the uploads volume" })
      .prefault({}),
    networkPolicies: z
      .strictObject({
        enabled: z
          .boolean()
          .meta({ description: "render the NetworkPolicies (default deny, then the stack's own traffic)" })
          .default(false),
        operatorNamespace: z
          .string()
          .regex(DNS_LABEL, "must be a namespace name")
          .meta({
            description: "where the operators' controllers run (OLM's all-namespaces install)",
            fix: "use the namespace of the operators' controllers (`oc get csv -A | grep -i postgres`)",
          })
          .default("openshift-operators"),
        workerEgressPorts: z
          .array(z.number().int().min(1).max(65535))
          .meta({
            description:
              "ports the worker may reach anywhere, for XLoader's downloads (and the proxy's port)",
          })
          .default([80, 443]),
      })
      .meta({ description: "default-deny NetworkPolicies with explicit allows for the stack's own traffic" })
      .prefault({}),
    proxy: z
      .strictObject({
        httpProxy: z
          .string()
          .regex(HTTP_URL, "must be an http(s) URL")
          .meta({
            description: "`HTTP_PROXY` of web, worker and bootstrap",
            fix: "use a URL such as http://proxy.example.gc.ca:8080",
            absent: "none",
          })
          .optional(),
        httpsProxy: z
          .string()
          .regex(HTTP_URL, "must be an http(s) URL")
          .meta({
            description: "`HTTPS_PROXY` of web, worker and bootstrap",
            fix: "use a URL such as http://proxy.example.gc.ca:8080",
            absent: "none",
          })
          .optional(),
        noProxy: z
          .array(z.string().regex(/^[A-Za-z0-9.*:/-]+$/, "must be a host, domain or CIDR"))
          .meta({
            description:
              "hosts reached directly (`NO_PROXY`); the stack's Services and the cluster's domains are always added",
            fix: "list host names, domains (.example.gc.ca) or CIDRs (10.0.0.0/8)",
          })
          .default([]),
      })
      .meta({
        description:
          "the corporate HTTP(S) proxy for web, worker and bootstrap (XLoader downloads, harvesting)",
        absent: "none: direct connections",
      })
      .optional(),
    trustedCaBundle: z
      .strictObject({
        configMap: z.string().regex(DNS_LABEL, "must be a ConfigMap name").meta({
          description: "the ConfigMap holding the PEM bundle",
          fix: "use the name of a ConfigMap in the namespace holding the PEM bundle",
        }),
        key: z
          .string()
          .meta({
            description:
              "the ConfigMap's key holding the bundle (the default is the one OpenShift's injection writes)",
          })
          .default("ca-bundle.crt"),
        injectOpenShiftTrustedBundle: z
          .boolean()
          .meta({
            description:
              "render the ConfigMap empty with OpenShift's injection label (config.openshift.io/inject-trusted-cabundle), so the cluster fills it",
          })
          .default(true),
      })
      .meta({
        description:
          "extra CA certificates (PEM) in a ConfigMap that web, worker and bootstrap trust, e.g. one OpenShift fills with the cluster's trusted bundle",
        absent: "none",
      })
      .optional(),
    scheduling: z
      .strictObject({
        default: schedulingEntry
          .meta({
            description: "applied to every workload, field by field, unless the workload sets that field",
          })
          .optional(),
        ...(Object.fromEntries(
          Object.entries(SCHEDULED_WORKLOADS).map(([workload, what]) => [
            workload,
            schedulingEntry.meta({ description: what }).optional(),
          ]),
        ) as Record<ScheduledWorkload, z.ZodOptional<typeof schedulingEntry>>),
      })
      .meta({
        description:
          "where the pods run: per workload (the names `sizes` uses) and a `default`; a field a workload sets replaces the default's as a whole (a nodeSelector or a list is not merged), and replaces what the generator sets itself (the spread of several replicas)",
        fix: "use default or a workload of sizes: ckan, ckanWorker, bootstrap, postgres, solr, redis, pooler, zookeeper, harvestGather, harvestFetch, harvestRun",
      })
      .prefault({}),
    images: z
      .strictObject({
        mirror: z
          .string()
          .regex(
            IMAGE_MIRROR,
            "must be a registry host and a path, such as registry.example.gc.ca/mirror, without a scheme, tag or trailing /",
          )
          .meta({
            description:
              "pull every image the manifests name through this registry path: the source registry is replaced and the rest kept (`docker.io/library/postgres:16` → `<mirror>/library/postgres:16`, `quay.io/org/ckan:1@sha256:…` → `<mirror>/org/ckan:1@sha256:…`); the image pins stay the source of tags and digests",
            fix: "use <registry host>[:port]/<path> such as registry.example.gc.ca/mirror; its host must be one of the platform's allowedRegistries (tools/manifests/src/config/platforms.ts)",
            absent: "none: each image from its own registry",
          })
          .optional(),
        pullSecrets: z
          .array(z.string().regex(DNS_SUBDOMAIN, "must be a Secret name"))
          .meta({
            description:
              "Secrets (type kubernetes.io/dockerconfigjson) every pod pulls its images with: set as `imagePullSecrets` on each pod spec and on the operators' PostgresCluster, Cluster and SolrCloud",
            fix: "list the names of docker-registry Secrets in the namespace (`oc create secret docker-registry <name> …`)",
          })
          .default([]),
      })
      .meta({ description: "where the images are pulled from, and with which credentials" })
      .prefault({}),
    theme: themeSettings.prefault({}),
    harvest: z
      .strictObject({
        schedule: cron
          .meta({
            description:
              "when the `ckan-harvest-run` CronJob runs `ckan harvester run` (cron, UTC): it starts due harvest jobs and marks finished ones",
            fix: 'use a five-field cron expression such as "*/15 * * * *" (minute hour day month weekday, UTC)',
          })
          .default(HARVEST_SCHEDULE),
      })
      .meta({ description: "ckanext-harvest (SDI)" })
      .prefault({}),
    sizes: z
      .strictObject({
        ckan: statefulSize.meta({ description: "each web pod, and the uploads volume `ckan-storage`" }),
        ckanWorker: workloadSize.meta({ description: "each background worker pod" }),
        bootstrap: workloadSize.meta({ description: "the `ckan-bootstrap` Job" }),
        postgres: statefulSize.meta({
          description: "the PostgreSQL StatefulSet and its volume `pg-data`, or each operator-run instance",
        }),
        solr: statefulSize.meta({
          description: "the Solr StatefulSet and its volume `solr-data`, or each SolrCloud node",
        }),
        redis: workloadSize.meta({ description: "the Redis pod" }),
        pooler: workloadSize
          .meta({ description: "each PgBouncer pod of an operator's pooler" })
          .default({ cpu: "100m", memory: "64Mi", memoryLimit: "256Mi" }),
        zookeeper: statefulSize
          .meta({ description: "each ZooKeeper node of a SolrCloud" })
          .default({ cpu: "100m", memory: "256Mi", memoryLimit: "512Mi", storage: "2Gi" }),
        harvestGather: workloadSize
          .meta({
            description: "the harvest gather consumer (SDI); small, so that it fits the sandbox quota",
          })
          .default(HARVEST_SIZE),
        harvestFetch: workloadSize
          .meta({ description: "the harvest fetch consumer (SDI); small, so that it fits the sandbox quota" })
          .default(HARVEST_SIZE),
        harvestRun: workloadSize
          .meta({
            description: "the harvest run CronJob's pod (SDI); small, so that it fits the sandbox quota",
          })
          .default(HARVEST_SIZE),
      })
      .meta({ description: "requests, limits and storage per workload" }),
    gitops: z
      .strictObject({
        argocdNamespace: z
          .string()
          .max(63, "must be at most 63 characters")
          .regex(DNS_LABEL, "must be a DNS label")
          .meta({
            description:
              "the namespace of the Argo CD instance that syncs this environment (its AppProject and Application go there)",
            fix: "use the namespace your Argo CD instance runs in (OpenShift GitOps' default is openshift-gitops)",
          })
          .default(GITOPS.defaultArgocdNamespace),
        targetRevision: z
          .string()
          .regex(GIT_REVISION, "must be a branch, tag or commit")
          .meta({
            description: "the branch, tag or commit Argo CD deploys",
            fix: "use the branch, tag or commit Argo CD should deploy, e.g. main",
          })
          .default(GITOPS.defaultTargetRevision),
      })
      .meta({
        description: "how Argo CD delivers this environment (manifests/argocd/<env>/; see config/gitops.ts)",
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
    for (const service of ["postgres", "solr", "redis"] as const) {
      const { provider, external } = settings[service];
      if ((provider === "external") === (external !== undefined)) continue;
      context.addIssue({
        code: "custom",
        path: [service, "external"],
        message:
          provider === "external"
            ? `with ${service}.provider external: where the ${service} service is (host, port, TLS)`
            : `is only read with ${service}.provider external (it is ${provider}): remove it, or set the provider to external`,
      });
    }
    if (settings.postgres.external?.sslMode.startsWith("verify-") && settings.trustedCaBundle === undefined)
      context.addIssue({
        code: "custom",
        path: ["postgres", "external", "sslMode"],
        message: `${settings.postgres.external.sslMode} checks the server against trustedCaBundle, which is not set`,
      });
    if (settings.scheduling.zookeeper?.priorityClassName !== undefined)
      context.addIssue({
        code: "custom",
        path: ["scheduling", "zookeeper", "priorityClassName"],
        message:
          "cannot be set: the Solr Operator's ZooKeeper pod policy has no priorityClassName (a default one does not reach ZooKeeper either)",
      });
    const mirror = settings.images.mirror;
    const allowed: readonly string[] = PLATFORMS[settings.platform].allowedRegistries;
    if (mirror !== undefined && !allowed.includes(mirror.split("/")[0]!)) {
      context.addIssue({
        code: "custom",
        path: ["images", "mirror"],
        message: `is on ${mirror.split("/")[0]}, which platform ${settings.platform} does not pull from (it pulls from ${allowed.join(", ")}): add it to allowedRegistries in tools/manifests/src/config/platforms.ts, or use a mirror on one of those`,
      });
    }
    if (!PLATFORMS[settings.platform].operators) {
      for (const store of ["postgres", "solr"] as const) {
        if (settings[store].provider === "statefulset" || settings[store].provider === "external") continue;
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
export type WorkerQueue = z.output<typeof workerQueue>;
export type SchedulingEntry = z.output<typeof schedulingEntry>;
export type StatefulSize = z.output<typeof statefulSize>;
export type ThemeSettings = z.output<typeof themeSettings>;
export type MailSettings = z.output<typeof mailSettings>;
