// Non-secret settings, as ConfigMaps loaded with envFrom. Secrets are only referenced (secrets-catalog.ts).
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { CKAN_IMAGE, NAMES, POSTGRES_LAYOUT, SERVICES, SOLR_LAYOUT } from "../config/stack.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import type { Component, StackContext } from "./component.ts";

/**
 * The environment of every CKAN pod (web, worker, bootstrap). Names follow CKAN's own variables
 * (CONFIG_FROM_ENV_VARS) or ckanext-envvars' CKAN__/CKANEXT__ convention; the ckan image's scripts
 * read the rest.
 */
export function ckanConfigData({ settings, versions }: StackContext): Record<string, string> {
  const { ckan } = settings;
  return {
    CKAN_SITE_URL: `https://${settings.host}`,
    CKAN_SITE_ID: ckan.siteId,
    CKAN_SOLR_URL: `http://${SERVICES.solr.name}:${SERVICES.solr.port}/solr/${SOLR_LAYOUT.core}`,
    CKAN__PLUGINS: versions.ckanPlugins.join(" "),
    // The worker fetches uploads and calls back through this URL: the internal Service, never the Route.
    CKANEXT__XLOADER__SITE_URL: `http://${SERVICES.ckan.name}:${SERVICES.ckan.port}`,
    // The Route only serves https (http redirects), so the session cookie never needs to travel in clear.
    CKAN___SESSION_COOKIE_SECURE: "true",
    CKAN_STORAGE_PATH: CKAN_IMAGE.storagePath,
    CKAN_MAX_UPLOAD_SIZE_MB: String(ckan.maxUploadSizeMb),
    CKAN_SYSADMIN_NAME: ckan.sysadmin.name,
    CKAN_SYSADMIN_EMAIL: ckan.sysadmin.email,
    CKAN_WEB_WORKERS: String(ckan.webWorkers),
    CKAN_WEB_TIMEOUT: String(ckan.webTimeoutSeconds),
    TZ: "UTC",
  };
}

/** Database and role names for the postgres image's init scripts. */
export function postgresConfigData(): Record<string, string> {
  return {
    CKAN_DB_USER: POSTGRES_LAYOUT.ckanUser,
    CKAN_DB: POSTGRES_LAYOUT.ckanDatabase,
    DATASTORE_DB: POSTGRES_LAYOUT.datastoreDatabase,
    DATASTORE_READONLY_USER: POSTGRES_LAYOUT.datastoreReadonlyUser,
    XLOADER_DB: POSTGRES_LAYOUT.xloaderDatabase,
    PGDATA: POSTGRES_LAYOUT.pgdata,
  };
}

export function configComponent(context: StackContext): Component {
  const identity = { component: "config", version: context.versions.ckan };
  return {
    name: "config",
    description: "ConfigMaps with every non-secret setting",
    objects: [
      new ConfigMap({
        metadata: {
          name: NAMES.ckanConfig,
          labels: labels({ ...identity, name: "ckan" }),
          annotations: syncWave(SYNC_WAVES.foundation),
        },
        data: ckanConfigData(context),
      }),
      new ConfigMap({
        metadata: {
          name: NAMES.postgresConfig,
          labels: labels({ ...identity, name: "postgres", version: context.versions.postgres }),
          annotations: syncWave(SYNC_WAVES.foundation),
        },
        data: postgresConfigData(),
      }),
    ],
  };
}
