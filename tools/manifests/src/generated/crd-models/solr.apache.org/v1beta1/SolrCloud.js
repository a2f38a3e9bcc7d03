import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/SolrApacheOrgV1beta1SolrCloud.js";
/**
 * SolrCloud is the Schema for the solrclouds API
 */
export class SolrCloud extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "solr.apache.org/v1beta1";
    static kind = "SolrCloud";
    static is = createTypeMetaGuard(SolrCloud);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: SolrCloud.apiVersion,
            kind: SolrCloud.kind,
            ...data
        });
    }
}
setValidateFunc(SolrCloud, validate);
