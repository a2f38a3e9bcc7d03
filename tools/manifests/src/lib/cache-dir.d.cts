/** The cache's folder, or undefined when CKAN_GATE_CACHE=off. */
export function cacheDir(): string | undefined;
