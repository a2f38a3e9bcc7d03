// The Solr JVM's heap, shared by both Solr providers (the StatefulSet in solr.ts, the operator's SolrCloud).
import { parseQuantity } from "../lib/quantity.ts";

/** Half the memory limit for the JVM heap; the rest is page cache for the index and off-heap memory. */
export function solrHeap(memoryLimit: string): string {
  return `${Math.floor(parseQuantity(memoryLimit) / 2 / 2 ** 20)}m`;
}
