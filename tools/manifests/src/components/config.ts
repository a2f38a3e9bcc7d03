// Non-secret settings, as ConfigMaps loaded with envFrom. Secrets are only referenced (secrets-catalog.ts).
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { CA_BUNDLE_DIR, CA_BUNDLE_FILE, CKAN_IMAGE, NAMES, SERVICES } from "../config/layout.ts";
import { syncWave, SYNC_WAVES } from "../lib/argocd.ts";
import { labels } from "../lib/labels.ts";
import type { EnvironmentSettings, MailSettings, ThemeSettings } from "../settings/environment-settings.ts";
import { xloaderQueueNames } from "./worker-queues.ts";
import type { Component, StackContext } from "./component.ts";
import { solrProvider } from "./solr.ts";
import { ckanConfigEnv, enabledPlugins } from "../settings/ckan-config.ts";

/**
 * The Government of Canada theme's settings (ckanext-gcds), one variable per language, read by
 * ckanext-envvars as ckanext.gcds.<name>_<language>. The links are the JSON object gcds-footer takes;
 * the featured links a JSON list. Home page settings left out are left to the extension's defaults.
 */
export function themeConfigData(theme: ThemeSettings): Record<string, string> {
  const data: Record<string, string> = {};
  for (const language of ["en", "fr"] as const) {
    const suffix = language.toUpperCase();
    if (theme.siteTitle) data[`CKANEXT__GCDS__SITE_TITLE_${suffix}`] = theme.siteTitle[language];
    if (theme.introduction) data[`CKANEXT__GCDS__INTRODUCTION_${suffix}`] = theme.introduction[language];
    if (theme.featured)
      data[`CKANEXT__GCDS__FEATURED_${suffix}`] = JSON.stringify(
        theme.featured.map((item) => ({
          title: item.title[language],
          description: item.description[language],
          href: item.href[language],
        })),
      );
    data[`CKANEXT__GCDS__DEPARTMENT_NAME_${suffix}`] = theme.departmentName[language];
    data[`CKANEXT__GCDS__CONTEXTUAL_LINKS_${suffix}`] = JSON.stringify(
      Object.fromEntries(theme.contextualLinks.map((link) => [link.label[language], link.href[language]])),
    );
  }
  return data;
}

/** The queues XLoader enqueues its loads on (`ckan.workerQueues[].xloader`); none: its default. */
function xloaderQueueData(settings: EnvironmentSettings): Record<string, string> {
  const queues = xloaderQueueNames(settings);
  return queues === undefined ? {} : { CKANEXT__XLOADER__QUEUE_NAMES: queues };
}

/**
 * CKAN's SMTP settings (`ckan.mail`), as CKAN core reads them from its own variables (CONFIG_FROM_ENV_VARS
 * in ckan/config/environment.py). `smtp.starttls` is left unset for `none`: unset is CKAN's off. The
 * password is `CKAN_SMTP_PASSWORD` in the Secret ckan-mail (secrets-catalog.ts), never here.
 */
export function mailConfigData(mail: MailSettings | undefined): Record<string, string> {
  if (!mail) return {};
  return {
    CKAN_SMTP_SERVER: `${mail.server}:${mail.port}`,
    ...(mail.tls === "starttls" ? { CKAN_SMTP_STARTTLS: "true" } : {}),
    CKAN_SMTP_MAIL_FROM: mail.from,
    ...(mail.user ? { CKAN_SMTP_USER: mail.user } : {}),
  };
}

/**
 * The environment of every CKAN pod (web, worker, bootstrap). Names follow CKAN's own variables
 * (CONFIG_FROM_ENV_VARS) or ckanext-envvars' CKAN__/CKANEXT__ convention; the ckan image's scripts
 * read the rest.
 */
export function ckanConfigData(context: StackContext): Record<string, string> {
  const { settings, imageSettings } = context;
  const { ckan } = settings;
  const owned: Record<string, string> = {
    CKAN_SITE_URL: `https://${settings.host}`,
    CKAN_SITE_ID: ckan.siteId,
    CKAN_SOLR_URL: solrProvider(context).solrUrl,
    CKAN__PLUGINS: enabledPlugins(imageSettings.ckanPlugins, ckan.plugins).join(" "),
    // The worker fetches uploads and calls back through this URL: the internal Service, never the Route.
    CKANEXT__XLOADER__SITE_URL: `http://${SERVICES.ckan.name}:${SERVICES.ckan.port}`,
    ...xloaderQueueData(settings),
    // The Route only serves https (http redirects), so the session cookie never needs to travel in clear.
    CKAN___SESSION_COOKIE_SECURE: "true",
    CKAN_STORAGE_PATH: CKAN_IMAGE.storagePath,
    CKAN_MAX_UPLOAD_SIZE_MB: String(ckan.maxUploadSizeMb),
    CKAN_SYSADMIN_NAME: ckan.sysadmin.name,
    CKAN_SYSADMIN_EMAIL: ckan.sysadmin.email,
    CKAN_WEB_WORKERS: String(ckan.webWorkers),
    CKAN_WEB_TIMEOUT: String(ckan.webTimeoutSeconds),
    TZ: "UTC",
    ...corporateNetworkData(settings),
    ...mailConfigData(ckan.mail),
    ...themeConfigData(settings.theme),
    // SDI (ckanext-spatial, ckanext-harvest), through ckanext-envvars.
    CKANEXT__SPATIAL__SEARCH_BACKEND: "solr-bbox",
    CKAN__HARVEST__MQ__TYPE: "redis",
  };
  // `ckan.config`: any other CKAN setting, checked when the settings were read (ckan-config.ts).
  const extra = ckanConfigEnv(ckan.config, ckan.plugins, imageSettings.ckanPlugins);
  const taken = Object.keys(extra).filter((name) => name in owned);
  if (taken.length > 0) throw new Error(`ckan.config sets ${taken.join(", ")}, which the generator owns`);
  return { ...owned, ...extra };
}

export { CA_BUNDLE_DIR };

/**
 * Proxy and CA settings for the Python libraries CKAN and XLoader use (requests, urllib3, httpx), which
 * read both spellings of the proxy variables and trust only their own bundle unless told otherwise.
 */
function corporateNetworkData(settings: EnvironmentSettings): Record<string, string> {
  const { proxy, trustedCaBundle } = settings;
  const data: Record<string, string> = {};
  if (proxy) {
    const noProxy = [
      ...new Set([
        "localhost",
        "127.0.0.1",
        ...Object.values(SERVICES).map((service) => service.name),
        ".svc",
        ".cluster.local",
        ...proxy.noProxy,
      ]),
    ].join(",");
    for (const [name, value] of [
      ["HTTP_PROXY", proxy.httpProxy],
      ["HTTPS_PROXY", proxy.httpsProxy],
      ["NO_PROXY", noProxy],
    ] as const) {
      if (!value) continue;
      data[name] = value;
      data[name.toLowerCase()] = value;
    }
  }
  if (trustedCaBundle) {
    data.REQUESTS_CA_BUNDLE = CA_BUNDLE_FILE;
    data.SSL_CERT_FILE = CA_BUNDLE_FILE;
  }
  return data;
}

export function configComponent(context: StackContext): Component {
  const identity = { name: "ckan", component: "config" };
  const { trustedCaBundle } = context.settings;
  return {
    name: "config",
    description: "ConfigMaps with every non-secret setting",
    objects: [
      new ConfigMap({
        metadata: {
          name: NAMES.ckanConfig,
          labels: labels(identity),
          annotations: syncWave(SYNC_WAVES.configuration),
        },
        data: ckanConfigData(context),
      }),
      ...(trustedCaBundle?.injectOpenShiftTrustedBundle
        ? [
            // OpenShift's Cluster Network Operator fills `ca-bundle.crt` with the cluster's trusted CAs
            // (the proxy's included); Argo CD must ignore that data (see the Application's ignoreDifferences).
            new ConfigMap({
              metadata: {
                name: trustedCaBundle.configMap,
                labels: { ...labels(identity), "config.openshift.io/inject-trusted-cabundle": "true" },
                annotations: syncWave(SYNC_WAVES.configuration),
              },
            }),
          ]
        : []),
    ],
  };
}
