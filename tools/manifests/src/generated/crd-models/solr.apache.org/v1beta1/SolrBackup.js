import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/SolrApacheOrgV1beta1SolrBackup.js";
/**
 * SolrBackup is the Schema for the solrbackups API
 */
export class SolrBackup extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "solr.apache.org/v1beta1";
    static kind = "SolrBackup";
    static is = createTypeMetaGuard(SolrBackup);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: SolrBackup.apiVersion,
            kind: SolrBackup.kind,
            ...data
        });
    }
}
setValidateFunc(SolrBackup, validate);
