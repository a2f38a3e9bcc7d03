// The settings the base is rendered with. The base is environment-neutral: its host cannot resolve
// (.invalid), its images are bare names that every overlay's image pins map to a registry (see
// settings/image-pins.ts), and its sizes are the documented defaults an overlay changes through patches.
// Every optional setting takes its schema default, so the base shows the documented defaults.
import { environmentSettingsSchema, type EnvironmentSettings } from "../settings/environment-settings.ts";

export const BASE_SETTINGS: EnvironmentSettings = environmentSettingsSchema.parse({
  namespace: "base",
  host: "ckan.example.invalid",
  platform: "developer-sandbox",
  sizes: {
    ckan: { cpu: "500m", memory: "768Mi", memoryLimit: "1536Mi", storage: "5Gi" },
    ckanWorker: { cpu: "250m", memory: "512Mi", memoryLimit: "1Gi" },
    bootstrap: { cpu: "250m", memory: "512Mi", memoryLimit: "1Gi" },
    postgres: { cpu: "250m", memory: "256Mi", memoryLimit: "1Gi", storage: "5Gi" },
    solr: { cpu: "500m", memory: "1Gi", memoryLimit: "1536Mi", storage: "5Gi" },
    redis: { cpu: "50m", memory: "64Mi", memoryLimit: "256Mi" },
  },
});
