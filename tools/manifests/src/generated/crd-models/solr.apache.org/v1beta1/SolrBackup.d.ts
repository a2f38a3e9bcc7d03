import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
/**
 * SolrBackup is the Schema for the solrbackups API
 */
export interface ISolrBackup {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     */
    "apiVersion": "solr.apache.org/v1beta1";
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     */
    "kind": "SolrBackup";
    "metadata"?: IObjectMeta;
    /**
     * SolrBackupSpec defines the desired state of SolrBackup
     */
    "spec"?: {
        /**
         * The list of collections to backup.
         */
        "collections"?: Array<string>;
        /**
         * The location to store the backup in the specified backup repository.
         */
        "location"?: string;
        /**
         * Set this backup to be taken recurrently, with options for scheduling and storage.
         *
         * NOTE: This is only supported for Solr Clouds version 8.9+, as it uses the incremental backup API.
         */
        "recurrence"?: {
            /**
             * Disable the recurring backups. Note this will not affect any currently-running backup.
             */
            "disabled"?: boolean;
            /**
             * Define the number of backup points to save for this backup at any given time.
             * The oldest backups will be deleted if too many exist when a backup is taken.
             * If not provided, this defaults to 5.
             */
            "maxSaved"?: number;
            /**
             * Perform a backup on the given schedule, in CRON format.
             *
             * Multiple CRON syntaxes are supported
             *   - Standard CRON (e.g. "CRON_TZ=Asia/Seoul 0 6 \* \* ?")
             *   - Predefined Schedules (e.g. "@yearly", "@weekly", "@daily", etc.)
             *   - Intervals (e.g. "@every 10h30m")
             *
             * For more information please check this reference:
             * https://pkg.go.dev/github.com/robfig/cron/v3?utm_source=godoc#hdr-CRON_Expression_Format
             */
            "schedule": string;
        };
        /**
         * The name of the repository to use for the backup.  Defaults to "legacy_local_repository" if not specified (the
         * auto-configured repository for legacy singleton volumes).
         */
        "repositoryName"?: string;
        /**
         * A reference to the SolrCloud to create a backup for
         */
        "solrCloud": string;
    };
    /**
     * SolrBackupStatus defines the observed state of SolrBackup
     */
    "status"?: {
        /**
         * The status of each collection's backup progress
         */
        "collectionBackupStatuses"?: Array<{
            /**
             * The status of the asynchronous backup call to solr
             */
            "asyncBackupStatus"?: string;
            /**
             * BackupName of this collection's backup in Solr
             */
            "backupName"?: string;
            /**
             * Solr Collection name
             */
            "collection": string;
            /**
             * Time that the collection backup finished at
             */
            "finishTimestamp"?: string;
            /**
             * Whether the backup has finished
             */
            "finished"?: boolean;
            /**
             * Whether the collection is being backed up
             */
            "inProgress"?: boolean;
            /**
             * Time that the collection backup started at
             */
            "startTimestamp"?: string;
            /**
             * Whether the backup was successful
             */
            "successful"?: boolean;
        }>;
        /**
         * The time that this backup was finished
         */
        "finishTimestamp"?: string;
        /**
         * Whether the backup has finished
         */
        "finished"?: boolean;
        /**
         * The status history of recurring backups
         */
        "history"?: Array<{
            /**
             * The status of each collection's backup progress
             */
            "collectionBackupStatuses"?: Array<{
                /**
                 * The status of the asynchronous backup call to solr
                 */
                "asyncBackupStatus"?: string;
                /**
                 * BackupName of this collection's backup in Solr
                 */
                "backupName"?: string;
                /**
                 * Solr Collection name
                 */
                "collection": string;
                /**
                 * Time that the collection backup finished at
                 */
                "finishTimestamp"?: string;
                /**
                 * Whether the backup has finished
                 */
                "finished"?: boolean;
                /**
                 * Whether the collection is being backed up
                 */
                "inProgress"?: boolean;
                /**
                 * Time that the collection backup started at
                 */
                "startTimestamp"?: string;
                /**
                 * Whether the backup was successful
                 */
                "successful"?: boolean;
            }>;
            /**
             * The time that this backup was finished
             */
            "finishTimestamp"?: string;
            /**
             * Whether the backup has finished
             */
            "finished"?: boolean;
            /**
             * Version of the Solr being backed up
             */
            "solrVersion"?: string;
            /**
             * The time that this backup was initiated
             */
            "startTimestamp"?: string;
            /**
             * Whether the backup was successful
             */
            "successful"?: boolean;
        }>;
        /**
         * The scheduled time for the next backup to occur
         */
        "nextScheduledTime"?: string;
        /**
         * Version of the Solr being backed up
         */
        "solrVersion"?: string;
        /**
         * The time that this backup was initiated
         */
        "startTimestamp"?: string;
        /**
         * Whether the backup was successful
         */
        "successful"?: boolean;
    };
}
/**
 * SolrBackup is the Schema for the solrbackups API
 */
export declare class SolrBackup extends Model<ISolrBackup> implements ISolrBackup {
    "apiVersion": ISolrBackup["apiVersion"];
    "kind": ISolrBackup["kind"];
    "metadata"?: ISolrBackup["metadata"];
    "spec"?: ISolrBackup["spec"];
    "status"?: ISolrBackup["status"];
    static apiVersion: ISolrBackup["apiVersion"];
    static kind: ISolrBackup["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<ISolrBackup>;
    constructor(data?: ModelData<ISolrBackup>);
}
