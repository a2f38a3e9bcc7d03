import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/ZookeeperPravegaIoV1beta1ZookeeperCluster.js";
/**
 * ZookeeperCluster is the Schema for the zookeeperclusters API
 */
export class ZookeeperCluster extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "zookeeper.pravega.io/v1beta1";
    static kind = "ZookeeperCluster";
    static is = createTypeMetaGuard(ZookeeperCluster);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: ZookeeperCluster.apiVersion,
            kind: ZookeeperCluster.kind,
            ...data
        });
    }
}
setValidateFunc(ZookeeperCluster, validate);
