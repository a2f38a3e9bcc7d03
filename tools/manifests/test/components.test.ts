import { describe, expect, it } from "vitest";
import type { IContainer, IPodSpec, IProbe } from "kubernetes-models/v1";
import { bootstrapComponent } from "../src/components/bootstrap.ts";
import { ckanWorkerComponent } from "../src/components/ckan-worker.ts";
import { ckanComponent } from "../src/components/ckan.ts";
import { ckanConfigData, configComponent, themeConfigData } from "../src/components/config.ts";
import { harvestComponent } from "../src/components/harvest.ts";
import { postgresComponent, postgresConfigData } from "../src/components/postgres.ts";
import { redisArgs, redisComponent } from "../src/components/redis.ts";
import { solrComponent, solrHeap } from "../src/components/solr.ts";
import type { Component } from "../src/components/component.ts";
import { CONTAINER_LOG_BYTES } from "../src/lib/ephemeral-storage.ts";
import { failureWindowSeconds, SAME_HANDLER_LIVENESS_FACTOR } from "../src/lib/probes.ts";
import { parseQuantity } from "../src/lib/quantity.ts";
import { COMPONENTS } from "../src/build-stack.ts";
import { sandboxContext } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const context = sandboxContext();
const json = (component: Component, kind: string): Json =>
  component.objects.find((object) => object.kind === kind)?.toJSON();
const podOf = (component: Component): IPodSpec =>
  (component.objects.find((o) => ["Deployment", "StatefulSet", "Job"].includes(o.kind))!.toJSON() as Json)
    .spec.template.spec;

describe.each(COMPONENTS.map((build) => [build(context).name, build(context)] as const))(
  "component %s",
  (_name, component) => {
    it("should produce only objects that pass their schema", () => {
      for (const object of component.objects) expect(() => object.validate()).not.toThrow();
    });

    it("should label every object with the app.kubernetes.io set, the version only what runs", () => {
      for (const object of component.objects) {
        const running = ["Deployment", "StatefulSet", "Job", "CronJob"].includes(object.kind);
        expect(Object.keys((object.toJSON() as Json).metadata.labels).sort()).toEqual([
          "app.kubernetes.io/component",
          "app.kubernetes.io/instance",
          "app.kubernetes.io/managed-by",
          "app.kubernetes.io/name",
          "app.kubernetes.io/part-of",
          ...(running ? ["app.kubernetes.io/version"] : []),
        ]);
      }
    });

    it("should never set a namespace (overlays do)", () => {
      for (const object of component.objects)
        expect((object.toJSON() as Json).metadata.namespace).toBeUndefined();
    });
  },
);

const workloads = COMPONENTS.map((build) => build(context)).filter(
  (c) => !["config", "network"].includes(c.name),
);

describe.each(workloads.map((c) => [c.name, c] as const))("pod of %s", (_name, component) => {
  const pod = podOf(component);
  const containers: IContainer[] = [...(pod.initContainers ?? []), ...pod.containers];

  it("should pass restricted-v2 and Pod Security restricted without pinning a UID, GID or fsGroup", () => {
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    for (const container of containers) {
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        capabilities: { drop: ["ALL"] },
        runAsNonRoot: true,
      });
      expect(container.securityContext).not.toHaveProperty("runAsUser");
      expect(container.securityContext).not.toHaveProperty("runAsGroup");
    }
    expect(JSON.stringify(pod)).not.toMatch(
      /"(runAsUser|runAsGroup|fsGroup|privileged|hostPath|hostNetwork)"/,
    );
  });

  it("should request CPU, memory and ephemeral storage, and limit memory and ephemeral storage, in every container", () => {
    for (const container of containers) {
      expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual([
        "cpu",
        "ephemeral-storage",
        "memory",
      ]);
      expect(container.resources?.limits?.memory).toBeTruthy();
      expect(container.resources?.limits?.["ephemeral-storage"]).toBe(
        container.resources?.requests?.["ephemeral-storage"],
      );
    }
  });

  it("should size each container's ephemeral storage from its emptyDirs and its log, every emptyDir capped", () => {
    for (const container of containers) {
      const mounted = new Set((container.volumeMounts ?? []).map((mount) => mount.name));
      const scratch = (pod.volumes ?? []).filter((volume) => volume.emptyDir && mounted.has(volume.name));
      for (const volume of scratch) expect(volume.emptyDir!.sizeLimit).toBeTruthy();
      const sizeLimits = scratch.reduce(
        (sum, volume) => sum + parseQuantity(String(volume.emptyDir!.sizeLimit)),
        0,
      );
      const limit = parseQuantity(String(container.resources!.limits!["ephemeral-storage"]));
      expect(limit).toBeGreaterThanOrEqual(sizeLimits + CONTAINER_LOG_BYTES);
      // Nothing beyond the log and, for a writable root filesystem, what it writes there.
      expect(limit - sizeLimits - CONTAINER_LOG_BYTES).toBeLessThanOrEqual(256 * 2 ** 20);
    }
  });

  it("should give liveness a handler of its own, or wait far longer than readiness on the same one", () => {
    for (const container of pod.containers) {
      const { readinessProbe: readiness, livenessProbe: liveness } = container;
      if (!readiness || !liveness) continue;
      const handler = (probe: IProbe) => JSON.stringify([probe.httpGet, probe.exec]);
      const factor = handler(readiness) === handler(liveness) ? SAME_HANDLER_LIVENESS_FACTOR : 1;
      expect(failureWindowSeconds(liveness)).toBeGreaterThanOrEqual(factor * failureWindowSeconds(readiness));
    }
  });

  it("should give every long-running container readiness and liveness probes", () => {
    // The bootstrap Job runs to completion: a probe would only restart a migration halfway.
    const longRunning = pod.restartPolicy === "Never" ? [] : pod.containers;
    expect(longRunning.length > 0 || component.name === "bootstrap").toBe(true);
    for (const container of longRunning) {
      expect(container.readinessProbe).toBeTruthy();
      expect(container.livenessProbe).toBeTruthy();
    }
  });
});

describe("ckan (web)", () => {
  const ckan = ckanComponent(context);
  it("should recreate rather than roll, so one ReadWriteOnce volume cannot deadlock the rollout", () => {
    expect(json(ckan, "Deployment").spec.strategy).toEqual({ type: "Recreate" });
    expect(json(ckan, "PersistentVolumeClaim").spec.accessModes).toEqual(["ReadWriteOnce"]);
  });

  it("should mount the ckan-storage claim at /var/lib/ckan", () => {
    const pod = podOf(ckan);
    expect(pod.volumes).toContainEqual({
      name: "storage",
      persistentVolumeClaim: { claimName: "ckan-storage" },
    });
    expect(pod.containers[0]!.volumeMounts).toContainEqual({ name: "storage", mountPath: "/var/lib/ckan" });
  });

  it("should restart the web only after twice gunicorn's request timeout without an answer", () => {
    const { livenessProbe, readinessProbe } = podOf(ckan).containers[0]!;
    expect(failureWindowSeconds(readinessProbe!)).toBe(30);
    expect(failureWindowSeconds(livenessProbe!)).toBeGreaterThanOrEqual(
      2 * context.settings.ckan.webTimeoutSeconds,
    );
    const slow = ckanComponent({
      ...context,
      settings: { ...context.settings, ckan: { ...context.settings.ckan, webTimeoutSeconds: 600 } },
    });
    expect(failureWindowSeconds(podOf(slow).containers[0]!.livenessProbe!)).toBe(1200);
  });

  it("should give /tmp room for one upload per gunicorn worker", () => {
    const volume = (component: Component) => podOf(component).volumes!.find((v) => v.name === "tmp")!;
    const { ckan: web } = context.settings;
    expect(parseQuantity(String(volume(ckan).emptyDir!.sizeLimit))).toBe(
      (web.webWorkers * web.maxUploadSizeMb + 64) * 2 ** 20,
    );
  });

  it("should probe status_show, with a startup probe for slow first starts", () => {
    const [container] = podOf(ckan).containers;
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"] as const) {
      expect(container![probe]!.httpGet).toEqual({ path: "/api/3/action/status_show", port: "http" });
    }
  });

  it("should expose the host over edge TLS and redirect http to https", () => {
    expect(json(ckan, "Route").spec).toEqual({
      host: context.settings.host,
      to: { kind: "Service", name: "ckan", weight: 100 },
      port: { targetPort: "http" },
      tls: { termination: "edge", insecureEdgeTerminationPolicy: "Redirect" },
      wildcardPolicy: "None",
    });
  });
});

describe("ckan-worker", () => {
  const worker = ckanWorkerComponent(context);
  const web = ckanComponent(context);
  it("should run the web's image with the web's ConfigMap and Secret", () => {
    const [workerContainer] = podOf(worker).containers;
    const [webContainer] = podOf(web).containers;
    expect(workerContainer!.image).toBe(webContainer!.image);
    expect(workerContainer!.envFrom).toEqual(webContainer!.envFrom);
    expect(workerContainer!.command).toEqual(["/srv/app/bin/ckan-start-worker"]);
    expect(workerContainer!.args).toEqual(["default"]);
  });

  it("should probe the worker through its own probe command, not HTTP", () => {
    const [container] = podOf(worker).containers;
    expect(container!.livenessProbe!.exec!.command).toEqual(["/srv/app/bin/ckan-worker-probe"]);
    expect(container!.ports).toBeUndefined();
  });
});

describe("harvest", () => {
  const harvest = harvestComponent(context);
  const deployments = harvest.objects.filter((o) => o.kind === "Deployment").map((o) => o.toJSON() as Json);
  const cronJob = json(harvest, "CronJob");
  const [webContainer] = podOf(ckanComponent(context)).containers;

  it("should run one gather and one fetch consumer on the web's image, ConfigMap and Secret", () => {
    expect(deployments.map((d) => [d.metadata.name, d.spec.template.spec.containers[0].args])).toEqual([
      ["ckan-harvest-gather", ["gather-consumer"]],
      ["ckan-harvest-fetch", ["fetch-consumer"]],
    ]);
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      expect(container.command).toEqual(["/srv/app/bin/ckan-harvester"]);
      expect(container.image).toBe(webContainer!.image);
      expect(container.envFrom).toEqual(webContainer!.envFrom);
    }
  });

  it("should probe each consumer's own Redis connection, not a port", () => {
    for (const [deployment, queue] of deployments.map((d, i) => [d, ["gather", "fetch"][i]] as const)) {
      const [container] = deployment.spec.template.spec.containers;
      for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        expect(container[probe].exec.command).toEqual(["/srv/app/bin/ckan-harvester-probe", queue]);
      }
      expect(container.ports).toBeUndefined();
    }
  });

  it("should run `harvester run` on the settings' schedule, one at a time, with bounded history", () => {
    expect(cronJob.metadata.name).toBe("ckan-harvest-run");
    expect(cronJob.spec).toMatchObject({
      schedule: context.settings.harvest.schedule,
      concurrencyPolicy: "Forbid",
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
    });
    const pod = cronJob.spec.jobTemplate.spec.template.spec;
    expect(pod.containers[0].command).toEqual(["/srv/app/bin/ckan-harvester"]);
    expect(pod.containers[0].args).toEqual(["run"]);
    expect(pod.restartPolicy).toBe("Never");
    expect(pod.activeDeadlineSeconds).toBeGreaterThan(0);
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
  });

  it("should follow a changed schedule and sizes", () => {
    const changed = harvestComponent({
      ...context,
      settings: {
        ...context.settings,
        harvest: { schedule: "0 3 * * *" },
        sizes: {
          ...context.settings.sizes,
          harvestFetch: { cpu: "200m", memory: "512Mi", memoryLimit: "1Gi" },
        },
      },
    });
    expect(json(changed, "CronJob").spec.schedule).toBe("0 3 * * *");
    const fetchDeployment = changed.objects
      .find((o) => o.metadata?.name === "ckan-harvest-fetch")!
      .toJSON() as Json;
    expect(fetchDeployment.spec.template.spec.containers[0].resources).toMatchObject({
      requests: { cpu: "200m", memory: "512Mi" },
      limits: { memory: "1Gi" },
    });
  });
});

describe("bootstrap", () => {
  const job = json(bootstrapComponent(context), "Job");
  it("should be a fixed-name Argo CD Sync hook between the databases and the web", () => {
    expect(job.metadata.name).toBe("ckan-bootstrap");
    expect(job.metadata.annotations).toMatchObject({
      "argocd.argoproj.io/sync-wave": "-1",
      "argocd.argoproj.io/hook": "Sync",
      "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
    });
    expect(
      json(postgresComponent(context), "StatefulSet").metadata.annotations["argocd.argoproj.io/sync-wave"],
    ).toBe("-2");
    expect(
      json(ckanComponent(context), "Deployment").metadata.annotations["argocd.argoproj.io/sync-wave"],
    ).toBe("0");
  });

  it("should tell kube-linter why a run-to-completion pod has no probes", () => {
    expect(job.metadata.annotations["ignore-check.kube-linter.io/no-liveness-probe"]).toMatch(
      /run-to-completion/,
    );
    expect(job.metadata.annotations["ignore-check.kube-linter.io/no-readiness-probe"]).toMatch(
      /run-to-completion/,
    );
  });

  it("should run the bootstrap script once, never restarting in place", () => {
    expect(job.spec.template.spec.restartPolicy).toBe("Never");
    expect(job.spec.template.spec.containers[0].command).toEqual(["/srv/app/bin/ckan-bootstrap"]);
    expect(job.spec.template.spec.activeDeadlineSeconds).toBeGreaterThan(0);
  });
});

describe("config", () => {
  const data = ckanConfigData(context);
  it("should enable the DataStore and XLoader and not DataPusher, with envvars last", () => {
    const plugins = data.CKAN__PLUGINS!.split(" ");
    expect(plugins).toContain("datastore");
    expect(plugins.indexOf("xloader")).toBeGreaterThan(plugins.indexOf("datastore"));
    expect(plugins).not.toContain("datapusher");
    expect(plugins.at(-1)).toBe("envvars");
  });

  it("should add ckan.config's keys as ckanext-envvars variables and apply ckan.plugins", () => {
    const { settings } = context;
    const changed = ckanConfigData({
      ...context,
      settings: {
        ...settings,
        ckan: {
          ...settings.ckan,
          config: { "ckan.datasets_per_page": 50 },
          plugins: { add: ["stats"], remove: ["shp_view"] },
        },
      },
    });
    expect(changed.CKAN__DATASETS_PER_PAGE).toBe("50");
    expect(changed.CKAN__PLUGINS).toBe(
      data.CKAN__PLUGINS!.replace(" shp_view", "").replace(" envvars", " stats envvars"),
    );
    expect(Object.keys(changed).length).toBe(Object.keys(data).length + 1);
  });

  it("should use the https Route host as the site URL and the internal Service for XLoader", () => {
    expect(data.CKAN_SITE_URL).toBe(`https://${context.settings.host}`);
    expect(data.CKANEXT__XLOADER__SITE_URL).toBe("http://ckan:5000");
    expect(data.CKAN_SOLR_URL).toBe("http://solr:8983/solr/ckan");
  });

  it("should enable the SDI plugins before envvars, scheming and the harvesters after harvest", () => {
    const plugins = data.CKAN__PLUGINS!.split(" ");
    for (const plugin of [
      "harvest",
      "sdi_csw_harvester",
      "scheming_datasets",
      "gcds",
      "sdi",
      "spatial_metadata",
      "spatial_query",
      "dcat",
    ]) {
      expect(plugins.indexOf(plugin)).toBeGreaterThanOrEqual(0);
      expect(plugins.indexOf(plugin)).toBeLessThan(plugins.indexOf("envvars"));
    }
    expect(plugins.indexOf("sdi_csw_harvester")).toBeGreaterThan(plugins.indexOf("harvest"));
    expect(plugins.indexOf("spatial_query")).toBeGreaterThan(plugins.indexOf("spatial_metadata"));
    expect(data.CKANEXT__SPATIAL__SEARCH_BACKEND).toBe("solr-bbox");
    expect(data.CKAN__HARVEST__MQ__TYPE).toBe("redis");
  });

  it("should mark the session cookie Secure, since the Route serves only https", () => {
    expect(data.CKAN___SESSION_COOKIE_SECURE).toBe("true");
  });

  it("should hand the home page's settings to ckanext-envvars only when they are set", () => {
    const theme = {
      departmentName: { en: "Statistics Canada", fr: "Statistique Canada" },
      contextualLinks: [],
      siteTitle: { en: "Data portal", fr: "Portail de données" },
      featured: [
        {
          title: { en: "Census", fr: "Recensement" },
          description: { en: "Counts", fr: "Dénombrements" },
          href: { en: "/group/census", fr: "/fr/group/census" },
        },
      ],
    };
    expect(themeConfigData(theme)).toMatchObject({
      CKANEXT__GCDS__SITE_TITLE_EN: "Data portal",
      CKANEXT__GCDS__SITE_TITLE_FR: "Portail de données",
      CKANEXT__GCDS__FEATURED_FR:
        '[{"title":"Recensement","description":"Dénombrements","href":"/fr/group/census"}]',
    });
    expect(Object.keys(themeConfigData(theme)).filter((key) => key.includes("INTRODUCTION"))).toEqual([]);
  });

  it("should hand the theme's settings to ckanext-envvars, one variable per language", () => {
    const theme = {
      departmentName: { en: "Statistics Canada", fr: "Statistique Canada" },
      contextualLinks: [
        {
          label: { en: "Contact us", fr: "Contactez-nous" },
          href: { en: "https://x.ca/en", fr: "https://x.ca/fr" },
        },
      ],
    };
    expect(themeConfigData(theme)).toEqual({
      CKANEXT__GCDS__DEPARTMENT_NAME_EN: "Statistics Canada",
      CKANEXT__GCDS__DEPARTMENT_NAME_FR: "Statistique Canada",
      CKANEXT__GCDS__CONTEXTUAL_LINKS_EN: '{"Contact us":"https://x.ca/en"}',
      CKANEXT__GCDS__CONTEXTUAL_LINKS_FR: '{"Contactez-nous":"https://x.ca/fr"}',
    });
    expect(data.CKAN__PLUGINS!.split(" ").indexOf("gcds")).toBeGreaterThan(
      data.CKAN__PLUGINS!.split(" ").indexOf("scheming_datasets"),
    );
  });

  it("should keep every secret out of the ConfigMaps", () => {
    const all = JSON.stringify(configComponent(context).objects.map((o) => o.toJSON()));
    expect(all).not.toMatch(/PASSWORD|SECRET|postgresql:\/\/|redis:\/\//);
    expect(Object.keys(postgresConfigData())).not.toContain("POSTGRES_PASSWORD");
  });
});

describe("postgres, solr, redis", () => {
  it.each([
    ["postgres", postgresComponent, "pg-data", "/var/lib/postgresql/data"],
    ["solr", solrComponent, "solr-data", "/var/solr"],
  ] as const)("%s should keep its data on a claim Argo CD never prunes", (_name, build, claim, mountPath) => {
    const component = build(context);
    const pvc = json(component, "PersistentVolumeClaim");
    expect(pvc.metadata.name).toBe(claim);
    expect(pvc.metadata.annotations["argocd.argoproj.io/sync-options"]).toBe("Prune=false,Delete=false");
    const pod = podOf(component);
    const volume = pod.volumes!.find((v) => v.persistentVolumeClaim?.claimName === claim)!;
    expect(pod.containers[0]!.volumeMounts).toContainEqual({ name: volume.name, mountPath });
  });

  it("should record Solr's writable root as an exception kube-linter reads, with its reason", () => {
    const solr = json(solrComponent(context), "StatefulSet");
    expect(solr.metadata.annotations["ignore-check.kube-linter.io/no-read-only-root-fs"]).toMatch(
      /opt\/solr\/server/,
    );
    expect(solr.spec.template.metadata.annotations["ckan-openshift.io/security-exception"]).toMatch(
      /^solr: /,
    );
  });

  it.each([
    ["postgres", postgresComponent, "postgres"],
    ["solr", solrComponent, "http"],
  ] as const)(
    "%s should be governed by a headless Service, clients keeping the normal one",
    (name, build, port) => {
      const component = build(context);
      const set = json(component, "StatefulSet");
      const services = component.objects.filter((o) => o.kind === "Service").map((o) => o.toJSON() as Json);
      const governing = services.find((service) => service.metadata.name === set.spec.serviceName)!;
      expect(governing.spec).toMatchObject({ clusterIP: "None", selector: set.spec.selector.matchLabels });
      expect(governing.spec.ports).toEqual([expect.objectContaining({ targetPort: port })]);
      const client = services.find((service) => service.metadata.name === name)!;
      expect(client.spec.clusterIP).toBeUndefined();
    },
  );

  it.each([
    // [component, readiness command or path, liveness command or path]
    ["postgres", postgresComponent, /^pg_isready /, /pg_isready .*; \[ \$\? -le 1 \]$/],
    [
      "redis",
      redisComponent,
      /ping \| grep -q PONG$/,
      /^test -n "\$\(redis-cli -p 6379 ping 2>\/dev\/null\)"$/,
    ],
    ["solr", solrComponent, /^\/solr\/ckan\/admin\/ping$/, /^\/solr\/admin\/info\/system$/],
  ] as const)(
    "%s should be ready when it can serve and alive while it answers at all",
    (_name, build, readiness, liveness) => {
      const [container] = podOf(build(context)).containers;
      const handler = (probe: IProbe) =>
        probe.httpGet?.path ?? probe.exec!.command!.join(" ").replace(/^sh -c /, "");
      expect(handler(container!.readinessProbe!)).toMatch(readiness);
      expect(handler(container!.livenessProbe!)).toMatch(liveness);
    },
  );

  it("should size Solr's heap at half its memory limit", () => {
    expect(solrHeap("1536Mi")).toBe("768m");
  });

  it("should pin the official Redis image and require its password", () => {
    const [container] = podOf(redisComponent(context)).containers;
    expect(container!.image).toMatch(/^docker\.io\/library\/redis:\d+\.\d+\.\d+-alpine$/);
    expect(container!.args).toEqual(redisArgs(context.settings.sizes.redis.memoryLimit));
    expect(container!.args!.slice(2, 4)).toEqual(["--requirepass", "$(REDIS_PASSWORD)"]);
  });

  it("should cap Redis below its container limit", () => {
    const args = redisArgs("256Mi");
    expect(args[args.indexOf("--maxmemory") + 1]).toBe(String(192 * 2 ** 20));
  });
});
