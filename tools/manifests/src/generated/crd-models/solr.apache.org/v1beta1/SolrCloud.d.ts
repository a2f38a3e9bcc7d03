import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
/**
 * SolrCloud is the Schema for the solrclouds API
 */
export interface ISolrCloud {
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
    "kind": "SolrCloud";
    "metadata"?: IObjectMeta;
    /**
     * SolrCloudSpec defines the desired state of SolrCloud
     */
    "spec"?: {
        /**
         * List of paths in the Solr Docker image to load in the classpath.
         * Note: Solr Modules will be auto-loaded if specified in the "solrModules" property. There is no need to specify them here as well.
         */
        "additionalLibs"?: Array<string>;
        /**
         * Define how Solr nodes should be available.
         */
        "availability"?: {
            /**
             * Define PodDisruptionBudget(s) to ensure availability of Solr
             */
            "podDisruptionBudget"?: {
                /**
                 * What method should be used when creating PodDisruptionBudget(s)
                 */
                "enabled": boolean;
                /**
                 * What method should be used when creating PodDisruptionBudget(s)
                 */
                "method"?: "ClusterWide";
            };
        };
        /**
         * Allows specification of multiple different "repositories" for Solr to use when backing up data.
         */
        "backupRepositories"?: Array<{
            /**
             * A GCSRepository for Solr to use when backing up and restoring collections.
             */
            "gcs"?: {
                /**
                 * An already-created chroot within the bucket to store data in. Defaults to the root path "/" if not specified.
                 */
                "baseLocation"?: string;
                /**
                 * The name of the GCS bucket that all backup data will be stored in
                 */
                "bucket": string;
                /**
                 * The name & key of a Kubernetes secret holding a Google cloud service account key.  Must be set unless deployed in
                 * GKE and making use of Google's "Workplace Identity" feature.
                 */
                "gcsCredentialSecret"?: {
                    /**
                     * The key of the secret to select from.  Must be a valid secret key.
                     */
                    "key": string;
                    /**
                     * Name of the referent.
                     * This field is effectively required, but due to backwards compatibility is
                     * allowed to be empty. Instances of this type with an empty value here are
                     * almost certainly wrong.
                     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                     */
                    "name"?: string;
                    /**
                     * Specify whether the Secret or its key must be defined
                     */
                    "optional"?: boolean;
                };
            };
            /**
             * A name used to identify this local storage profile.  Values should follow RFC-1123.  (See here for more details:
             * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names)
             */
            "name": string;
            /**
             * An S3Repository for Solr to use when backing up and restoring collections.
             */
            "s3"?: {
                /**
                 * An already-created chroot within the bucket to store data in. Defaults to the root path "/" if not specified.
                 */
                "baseLocation"?: string;
                /**
                 * The name of the S3 bucket that all backup data will be stored in
                 */
                "bucket": string;
                /**
                 * Options for specifying S3Credentials. This is optional in case you want to mount this information yourself.
                 * However, if you do not include these credentials, and you do not load them yourself via a mount or EnvVars,
                 * you will likely see errors when taking s3 backups.
                 *
                 * If running in EKS, you can create an IAMServiceAccount that uses a role permissioned for this S3 bucket.
                 * Then use that serviceAccountName for your SolrCloud, and the credentials should be auto-populated.
                 */
                "credentials"?: {
                    /**
                     * The name & key of a Kubernetes secret holding an AWS Access Key ID
                     */
                    "accessKeyIdSecret"?: {
                        /**
                         * The key of the secret to select from.  Must be a valid secret key.
                         */
                        "key": string;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * Specify whether the Secret or its key must be defined
                         */
                        "optional"?: boolean;
                    };
                    /**
                     * The name & key of a Kubernetes secret holding an AWS credentials file
                     */
                    "credentialsFileSecret"?: {
                        /**
                         * The key of the secret to select from.  Must be a valid secret key.
                         */
                        "key": string;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * Specify whether the Secret or its key must be defined
                         */
                        "optional"?: boolean;
                    };
                    /**
                     * The name & key of a Kubernetes secret holding an AWS Secret Access Key
                     */
                    "secretAccessKeySecret"?: {
                        /**
                         * The key of the secret to select from.  Must be a valid secret key.
                         */
                        "key": string;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * Specify whether the Secret or its key must be defined
                         */
                        "optional"?: boolean;
                    };
                    /**
                     * The name & key of a Kubernetes secret holding an AWS Session Token
                     */
                    "sessionTokenSecret"?: {
                        /**
                         * The key of the secret to select from.  Must be a valid secret key.
                         */
                        "key": string;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * Specify whether the Secret or its key must be defined
                         */
                        "optional"?: boolean;
                    };
                };
                /**
                 * The full endpoint URL to use when connecting with S3 (or a supported S3 compatible interface)
                 */
                "endpoint"?: string;
                /**
                 * The full proxy URL to use when connecting with S3
                 */
                "proxyUrl"?: string;
                /**
                 * The S3 region to store the backup data in
                 */
                "region": string;
            };
            /**
             * Allows specification of a "repository" for Solr to use when backing up data "locally".
             */
            "volume"?: {
                /**
                 * Select a custom directory name to mount the backup/restore data in the given volume.
                 * If not specified, then the name of the solrcloud will be used by default.
                 */
                "directory"?: string;
                /**
                 * This is a volumeSource for a volume that will be mounted to all solrNodes to store backups and load restores.
                 * The data within the volume will be namespaced for this instance, so feel free to use the same volume for multiple clouds.
                 * Since the volume will be mounted to all solrNodes, it must be able to be written from multiple pods.
                 * If a PVC reference is given, the PVC must have `accessModes: - ReadWriteMany`.
                 * Other options are to use a NFS volume.
                 */
                "source": {
                    /**
                     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                     */
                    "awsElasticBlockStore"?: {
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "fsType"?: string;
                        /**
                         * partition is the partition in the volume that you want to mount.
                         * If omitted, the default is to mount by volume name.
                         * Examples: For volume /dev/sda1, you specify the partition as "1".
                         * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                         */
                        "partition"?: number;
                        /**
                         * readOnly value true will force the readOnly setting in VolumeMounts.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "volumeID": string;
                    };
                    /**
                     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
                     */
                    "azureDisk"?: {
                        /**
                         * cachingMode is the Host Caching mode: None, Read Only, Read Write.
                         */
                        "cachingMode"?: string;
                        /**
                         * diskName is the Name of the data disk in the blob storage
                         */
                        "diskName": string;
                        /**
                         * diskURI is the URI of data disk in the blob storage
                         */
                        "diskURI": string;
                        /**
                         * fsType is Filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
                         */
                        "kind"?: string;
                        /**
                         * readOnly Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
                     */
                    "azureFile"?: {
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretName is the  name of secret that contains Azure Storage Account Name and Key
                         */
                        "secretName": string;
                        /**
                         * shareName is the azure share Name
                         */
                        "shareName": string;
                    };
                    /**
                     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
                     */
                    "cephfs"?: {
                        /**
                         * monitors is Required: Monitors is a collection of Ceph monitors
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "monitors": Array<string>;
                        /**
                         * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
                         */
                        "path"?: string;
                        /**
                         * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "secretFile"?: string;
                        /**
                         * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * user is optional: User is the rados user name, default is admin
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "user"?: string;
                    };
                    /**
                     * cinder represents a cinder volume attached and mounted on kubelets host machine.
                     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                     */
                    "cinder"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is optional: points to a secret object containing parameters used to connect
                         * to OpenStack.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * volumeID used to identify the volume in cinder.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "volumeID": string;
                    };
                    /**
                     * configMap represents a configMap that should populate this volume
                     */
                    "configMap"?: {
                        /**
                         * defaultMode is optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * items if unspecified, each key-value pair in the Data field of the referenced
                         * ConfigMap will be projected into the volume as a file whose name is the
                         * key and content is the value. If specified, the listed keys will be
                         * projected into the specified paths, and unlisted keys will not be
                         * present. If a key is specified which is not present in the ConfigMap,
                         * the volume setup will error unless it is marked optional. Paths must be
                         * relative and may not contain the '..' path or start with '..'.
                         */
                        "items"?: Array<{
                            /**
                             * key is the key to project.
                             */
                            "key": string;
                            /**
                             * mode is Optional: mode bits used to set permissions on this file.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * path is the relative path of the file to map the key to.
                             * May not be an absolute path.
                             * May not contain the path element '..'.
                             * May not start with the string '..'.
                             */
                            "path": string;
                        }>;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * optional specify whether the ConfigMap or its keys must be defined
                         */
                        "optional"?: boolean;
                    };
                    /**
                     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
                     */
                    "csi"?: {
                        /**
                         * driver is the name of the CSI driver that handles this volume.
                         * Consult with your admin for the correct name as registered in the cluster.
                         */
                        "driver": string;
                        /**
                         * fsType to mount. Ex. "ext4", "xfs", "ntfs".
                         * If not provided, the empty value is passed to the associated CSI driver
                         * which will determine the default filesystem to apply.
                         */
                        "fsType"?: string;
                        /**
                         * nodePublishSecretRef is a reference to the secret object containing
                         * sensitive information to pass to the CSI driver to complete the CSI
                         * NodePublishVolume and NodeUnpublishVolume calls.
                         * This field is optional, and  may be empty if no secret is required. If the
                         * secret object contains more than one secret, all secret references are passed.
                         */
                        "nodePublishSecretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * readOnly specifies a read-only configuration for the volume.
                         * Defaults to false (read/write).
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeAttributes stores driver-specific properties that are passed to the CSI
                         * driver. Consult your driver's documentation for supported values.
                         */
                        "volumeAttributes"?: {
                            [key: string]: string;
                        };
                    };
                    /**
                     * downwardAPI represents downward API about the pod that should populate this volume
                     */
                    "downwardAPI"?: {
                        /**
                         * Optional: mode bits to use on created files by default. Must be a
                         * Optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * Items is a list of downward API volume file
                         */
                        "items"?: Array<{
                            /**
                             * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Optional: mode bits used to set permissions on this file, must be an octal value
                             * between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                             */
                            "path": string;
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                        }>;
                    };
                    /**
                     * emptyDir represents a temporary directory that shares a pod's lifetime.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                     */
                    "emptyDir"?: {
                        /**
                         * medium represents what type of storage medium should back this directory.
                         * The default is "" which means to use the node's default medium.
                         * Must be an empty string (default) or Memory.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "medium"?: string;
                        /**
                         * sizeLimit is the total amount of local storage required for this EmptyDir volume.
                         * The size limit is also applicable for memory medium.
                         * The maximum usage on memory medium EmptyDir would be the minimum value between
                         * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
                         * The default is nil which means that the limit is undefined.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "sizeLimit"?: number | string;
                    };
                    /**
                     * ephemeral represents a volume that is handled by a cluster storage driver.
                     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
                     * and deleted when the pod is removed.
                     *
                     * Use this if:
                     * a) the volume is only needed while the pod runs,
                     * b) features of normal volumes like restoring from snapshot or capacity
                     *    tracking are needed,
                     * c) the storage driver is specified through a storage class, and
                     * d) the storage driver supports dynamic volume provisioning through
                     *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
                     *    information on the connection between this volume type
                     *    and PersistentVolumeClaim).
                     *
                     * Use PersistentVolumeClaim or one of the vendor-specific
                     * APIs for volumes that persist for longer than the lifecycle
                     * of an individual pod.
                     *
                     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
                     * be used that way - see the documentation of the driver for
                     * more information.
                     *
                     * A pod can use both types of ephemeral volumes and
                     * persistent volumes at the same time.
                     */
                    "ephemeral"?: {
                        /**
                         * Will be used to create a stand-alone PVC to provision the volume.
                         * The pod in which this EphemeralVolumeSource is embedded will be the
                         * owner of the PVC, i.e. the PVC will be deleted together with the
                         * pod.  The name of the PVC will be `<pod name>-<volume name>` where
                         * `<volume name>` is the name from the `PodSpec.Volumes` array
                         * entry. Pod validation will reject the pod if the concatenated name
                         * is not valid for a PVC (for example, too long).
                         *
                         * An existing PVC with that name that is not owned by the pod
                         * will \*not\* be used for the pod to avoid using an unrelated
                         * volume by mistake. Starting the pod is then blocked until
                         * the unrelated PVC is removed. If such a pre-created PVC is
                         * meant to be used by the pod, the PVC has to updated with an
                         * owner reference to the pod once the pod exists. Normally
                         * this should not be necessary, but it may be useful when
                         * manually reconstructing a broken cluster.
                         *
                         * This field is read-only and no changes will be made by Kubernetes
                         * to the PVC after it has been created.
                         *
                         * Required, must not be nil.
                         */
                        "volumeClaimTemplate"?: {
                            /**
                             * May contain labels and annotations that will be copied into the PVC
                             * when creating it. No other fields are allowed and will be rejected during
                             * validation.
                             */
                            "metadata"?: {};
                            /**
                             * The specification for the PersistentVolumeClaim. The entire content is
                             * copied unchanged into the PVC that gets created from this
                             * template. The same fields as in a PersistentVolumeClaim
                             * are also valid here.
                             */
                            "spec": {
                                /**
                                 * accessModes contains the desired access modes the volume should have.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                                 */
                                "accessModes"?: Array<string>;
                                /**
                                 * dataSource field can be used to specify either:
                                 * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                                 * \* An existing PVC (PersistentVolumeClaim)
                                 * If the provisioner or an external controller can support the specified data source,
                                 * it will create a new volume based on the contents of the specified data source.
                                 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                                 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                                 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                                 */
                                "dataSource"?: {
                                    /**
                                     * APIGroup is the group for the resource being referenced.
                                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                                     * For any other third-party types, APIGroup is required.
                                     */
                                    "apiGroup"?: string;
                                    /**
                                     * Kind is the type of resource being referenced
                                     */
                                    "kind": string;
                                    /**
                                     * Name is the name of resource being referenced
                                     */
                                    "name": string;
                                };
                                /**
                                 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                                 * volume is desired. This may be any object from a non-empty API group (non
                                 * core object) or a PersistentVolumeClaim object.
                                 * When this field is specified, volume binding will only succeed if the type of
                                 * the specified object matches some installed volume populator or dynamic
                                 * provisioner.
                                 * This field will replace the functionality of the dataSource field and as such
                                 * if both fields are non-empty, they must have the same value. For backwards
                                 * compatibility, when namespace isn't specified in dataSourceRef,
                                 * both fields (dataSource and dataSourceRef) will be set to the same
                                 * value automatically if one of them is empty and the other is non-empty.
                                 * When namespace is specified in dataSourceRef,
                                 * dataSource isn't set to the same value and must be empty.
                                 * There are three important differences between dataSource and dataSourceRef:
                                 * \* While dataSource only allows two specific types of objects, dataSourceRef
                                 *   allows any non-core object, as well as PersistentVolumeClaim objects.
                                 * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                                 *   preserves all values, and generates an error if a disallowed value is
                                 *   specified.
                                 * \* While dataSource only allows local objects, dataSourceRef allows objects
                                 *   in any namespaces.
                                 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                                 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                 */
                                "dataSourceRef"?: {
                                    /**
                                     * APIGroup is the group for the resource being referenced.
                                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                                     * For any other third-party types, APIGroup is required.
                                     */
                                    "apiGroup"?: string;
                                    /**
                                     * Kind is the type of resource being referenced
                                     */
                                    "kind": string;
                                    /**
                                     * Name is the name of resource being referenced
                                     */
                                    "name": string;
                                    /**
                                     * Namespace is the namespace of resource being referenced
                                     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                                     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                     */
                                    "namespace"?: string;
                                };
                                /**
                                 * resources represents the minimum resources the volume should have.
                                 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
                                 * that are lower than previous value but must still be higher than capacity recorded in the
                                 * status field of the claim.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                                 */
                                "resources"?: {
                                    /**
                                     * Limits describes the maximum amount of compute resources allowed.
                                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                     */
                                    "limits"?: {
                                        [key: string]: number | string;
                                    };
                                    /**
                                     * Requests describes the minimum amount of compute resources required.
                                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                     */
                                    "requests"?: {
                                        [key: string]: number | string;
                                    };
                                };
                                /**
                                 * selector is a label query over volumes to consider for binding.
                                 */
                                "selector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * storageClassName is the name of the StorageClass required by the claim.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                                 */
                                "storageClassName"?: string;
                                /**
                                 * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                                 * If specified, the CSI driver will create or update the volume with the attributes defined
                                 * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                                 * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
                                 * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
                                 * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
                                 * will be set by the persistentvolume controller if it exists.
                                 * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                                 * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                                 * exists.
                                 * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                                 * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
                                 */
                                "volumeAttributesClassName"?: string;
                                /**
                                 * volumeMode defines what type of volume is required by the claim.
                                 * Value of Filesystem is implied when not included in claim spec.
                                 */
                                "volumeMode"?: string;
                                /**
                                 * volumeName is the binding reference to the PersistentVolume backing this claim.
                                 */
                                "volumeName"?: string;
                            };
                        };
                    };
                    /**
                     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
                     */
                    "fc"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * lun is Optional: FC target lun number
                         */
                        "lun"?: number;
                        /**
                         * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * targetWWNs is Optional: FC target worldwide names (WWNs)
                         */
                        "targetWWNs"?: Array<string>;
                        /**
                         * wwids Optional: FC volume world wide identifiers (wwids)
                         * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
                         */
                        "wwids"?: Array<string>;
                    };
                    /**
                     * flexVolume represents a generic volume resource that is
                     * provisioned/attached using an exec based plugin.
                     */
                    "flexVolume"?: {
                        /**
                         * driver is the name of the driver to use for this volume.
                         */
                        "driver": string;
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
                         */
                        "fsType"?: string;
                        /**
                         * options is Optional: this field holds extra command options if any.
                         */
                        "options"?: {
                            [key: string]: string;
                        };
                        /**
                         * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is Optional: secretRef is reference to the secret object containing
                         * sensitive information to pass to the plugin scripts. This may be
                         * empty if no secret object is specified. If the secret object
                         * contains more than one secret, all secrets are passed to the plugin
                         * scripts.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                    };
                    /**
                     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
                     */
                    "flocker"?: {
                        /**
                         * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
                         * should be considered as deprecated
                         */
                        "datasetName"?: string;
                        /**
                         * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
                         */
                        "datasetUUID"?: string;
                    };
                    /**
                     * gcePersistentDisk represents a GCE Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                     */
                    "gcePersistentDisk"?: {
                        /**
                         * fsType is filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "fsType"?: string;
                        /**
                         * partition is the partition in the volume that you want to mount.
                         * If omitted, the default is to mount by volume name.
                         * Examples: For volume /dev/sda1, you specify the partition as "1".
                         * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "partition"?: number;
                        /**
                         * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "pdName": string;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * gitRepo represents a git repository at a particular revision.
                     * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
                     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
                     * into the Pod's container.
                     */
                    "gitRepo"?: {
                        /**
                         * directory is the target directory name.
                         * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
                         * git repository.  Otherwise, if specified, the volume will contain the git repository in
                         * the subdirectory with the given name.
                         */
                        "directory"?: string;
                        /**
                         * repository is the URL
                         */
                        "repository": string;
                        /**
                         * revision is the commit hash for the specified revision.
                         */
                        "revision"?: string;
                    };
                    /**
                     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
                     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
                     */
                    "glusterfs"?: {
                        /**
                         * endpoints is the endpoint name that details Glusterfs topology.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "endpoints": string;
                        /**
                         * path is the Glusterfs volume path.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "path": string;
                        /**
                         * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
                         * Defaults to false.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * hostPath represents a pre-existing file or directory on the host
                     * machine that is directly exposed to the container. This is generally
                     * used for system agents or other privileged things that are allowed
                     * to see the host machine. Most containers will NOT need this.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                     */
                    "hostPath"?: {
                        /**
                         * path of the directory on the host.
                         * If the path is a symlink, it will follow the link to the real path.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                         */
                        "path": string;
                        /**
                         * type for HostPath Volume
                         * Defaults to ""
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                         */
                        "type"?: string;
                    };
                    /**
                     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
                     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
                     *
                     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                     *
                     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
                     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
                     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
                     * The OCI object gets mounted in a single directory (spec.containers[\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
                     * The volume will be mounted read-only (ro) and non-executable files (noexec).
                     * Sub path mounts for containers are not supported (spec.containers[\*].volumeMounts.subpath).
                     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
                     */
                    "image"?: {
                        /**
                         * Policy for pulling OCI objects. Possible values are:
                         * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                         * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                         * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                         * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                         */
                        "pullPolicy"?: string;
                        /**
                         * Required: Image or artifact reference to be used.
                         * Behaves in the same way as pod.spec.containers[\*].image.
                         * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
                         * More info: https://kubernetes.io/docs/concepts/containers/images
                         * This field is optional to allow higher level config management to default or override
                         * container images in workload controllers like Deployments and StatefulSets.
                         */
                        "reference"?: string;
                    };
                    /**
                     * iscsi represents an ISCSI Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://examples.k8s.io/volumes/iscsi/README.md
                     */
                    "iscsi"?: {
                        /**
                         * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
                         */
                        "chapAuthDiscovery"?: boolean;
                        /**
                         * chapAuthSession defines whether support iSCSI Session CHAP authentication
                         */
                        "chapAuthSession"?: boolean;
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
                         */
                        "fsType"?: string;
                        /**
                         * initiatorName is the custom iSCSI Initiator Name.
                         * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
                         * <target portal>:<volume name> will be created for the connection.
                         */
                        "initiatorName"?: string;
                        /**
                         * iqn is the target iSCSI Qualified Name.
                         */
                        "iqn": string;
                        /**
                         * iscsiInterface is the interface Name that uses an iSCSI transport.
                         * Defaults to 'default' (tcp).
                         */
                        "iscsiInterface"?: string;
                        /**
                         * lun represents iSCSI Target Lun number.
                         */
                        "lun": number;
                        /**
                         * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
                         * is other than default (typically TCP ports 860 and 3260).
                         */
                        "portals"?: Array<string>;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is the CHAP Secret for iSCSI target and initiator authentication
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
                         * is other than default (typically TCP ports 860 and 3260).
                         */
                        "targetPortal": string;
                    };
                    /**
                     * nfs represents an NFS mount on the host that shares a pod's lifetime
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                     */
                    "nfs"?: {
                        /**
                         * path that is exported by the NFS server.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "path": string;
                        /**
                         * readOnly here will force the NFS export to be mounted with read-only permissions.
                         * Defaults to false.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "readOnly"?: boolean;
                        /**
                         * server is the hostname or IP address of the NFS server.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "server": string;
                    };
                    /**
                     * persistentVolumeClaimVolumeSource represents a reference to a
                     * PersistentVolumeClaim in the same namespace.
                     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                     */
                    "persistentVolumeClaim"?: {
                        /**
                         * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                         */
                        "claimName": string;
                        /**
                         * readOnly Will force the ReadOnly setting in VolumeMounts.
                         * Default false.
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
                     */
                    "photonPersistentDisk"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * pdID is the ID that identifies Photon Controller persistent disk
                         */
                        "pdID": string;
                    };
                    /**
                     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
                     */
                    "portworxVolume"?: {
                        /**
                         * fSType represents the filesystem type to mount
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeID uniquely identifies a Portworx volume
                         */
                        "volumeID": string;
                    };
                    /**
                     * projected items for all in one resources secrets, configmaps, and downward API
                     */
                    "projected"?: {
                        /**
                         * defaultMode are the mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * sources is the list of volume projections. Each entry in this list
                         * handles one source.
                         */
                        "sources"?: Array<{
                            /**
                             * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
                             * of ClusterTrustBundle objects in an auto-updating file.
                             *
                             * Alpha, gated by the ClusterTrustBundleProjection feature gate.
                             *
                             * ClusterTrustBundle objects can either be selected by name, or by the
                             * combination of signer name and a label selector.
                             *
                             * Kubelet performs aggressive normalization of the PEM contents written
                             * into the pod filesystem.  Esoteric PEM features such as inter-block
                             * comments and block headers are stripped.  Certificates are deduplicated.
                             * The ordering of certificates within the file is arbitrary, and Kubelet
                             * may change the order over time.
                             */
                            "clusterTrustBundle"?: {
                                /**
                                 * Select all ClusterTrustBundles that match this label selector.  Only has
                                 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
                                 * interpreted as "match nothing".  If set but empty, interpreted as "match
                                 * everything".
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
                                 * with signerName and labelSelector.
                                 */
                                "name"?: string;
                                /**
                                 * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
                                 * aren't available.  If using name, then the named ClusterTrustBundle is
                                 * allowed not to exist.  If using signerName, then the combination of
                                 * signerName and labelSelector is allowed to match zero
                                 * ClusterTrustBundles.
                                 */
                                "optional"?: boolean;
                                /**
                                 * Relative path from the volume root to write the bundle.
                                 */
                                "path": string;
                                /**
                                 * Select all ClusterTrustBundles that match this signer name.
                                 * Mutually-exclusive with name.  The contents of all selected
                                 * ClusterTrustBundles will be unified and deduplicated.
                                 */
                                "signerName"?: string;
                            };
                            /**
                             * configMap information about the configMap data to project
                             */
                            "configMap"?: {
                                /**
                                 * items if unspecified, each key-value pair in the Data field of the referenced
                                 * ConfigMap will be projected into the volume as a file whose name is the
                                 * key and content is the value. If specified, the listed keys will be
                                 * projected into the specified paths, and unlisted keys will not be
                                 * present. If a key is specified which is not present in the ConfigMap,
                                 * the volume setup will error unless it is marked optional. Paths must be
                                 * relative and may not contain the '..' path or start with '..'.
                                 */
                                "items"?: Array<{
                                    /**
                                     * key is the key to project.
                                     */
                                    "key": string;
                                    /**
                                     * mode is Optional: mode bits used to set permissions on this file.
                                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * path is the relative path of the file to map the key to.
                                     * May not be an absolute path.
                                     * May not contain the path element '..'.
                                     * May not start with the string '..'.
                                     */
                                    "path": string;
                                }>;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * optional specify whether the ConfigMap or its keys must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * downwardAPI information about the downwardAPI data to project
                             */
                            "downwardAPI"?: {
                                /**
                                 * Items is a list of DownwardAPIVolume file
                                 */
                                "items"?: Array<{
                                    /**
                                     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                                     */
                                    "fieldRef"?: {
                                        /**
                                         * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                         */
                                        "apiVersion"?: string;
                                        /**
                                         * Path of the field to select in the specified API version.
                                         */
                                        "fieldPath": string;
                                    };
                                    /**
                                     * Optional: mode bits used to set permissions on this file, must be an octal value
                                     * between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                                     */
                                    "path": string;
                                    /**
                                     * Selects a resource of the container: only resources limits and requests
                                     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                                     */
                                    "resourceFieldRef"?: {
                                        /**
                                         * Container name: required for volumes, optional for env vars
                                         */
                                        "containerName"?: string;
                                        /**
                                         * Specifies the output format of the exposed resources, defaults to "1"
                                         */
                                        "divisor"?: number | string;
                                        /**
                                         * Required: resource to select
                                         */
                                        "resource": string;
                                    };
                                }>;
                            };
                            /**
                             * secret information about the secret data to project
                             */
                            "secret"?: {
                                /**
                                 * items if unspecified, each key-value pair in the Data field of the referenced
                                 * Secret will be projected into the volume as a file whose name is the
                                 * key and content is the value. If specified, the listed keys will be
                                 * projected into the specified paths, and unlisted keys will not be
                                 * present. If a key is specified which is not present in the Secret,
                                 * the volume setup will error unless it is marked optional. Paths must be
                                 * relative and may not contain the '..' path or start with '..'.
                                 */
                                "items"?: Array<{
                                    /**
                                     * key is the key to project.
                                     */
                                    "key": string;
                                    /**
                                     * mode is Optional: mode bits used to set permissions on this file.
                                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * path is the relative path of the file to map the key to.
                                     * May not be an absolute path.
                                     * May not contain the path element '..'.
                                     * May not start with the string '..'.
                                     */
                                    "path": string;
                                }>;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * optional field specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * serviceAccountToken is information about the serviceAccountToken data to project
                             */
                            "serviceAccountToken"?: {
                                /**
                                 * audience is the intended audience of the token. A recipient of a token
                                 * must identify itself with an identifier specified in the audience of the
                                 * token, and otherwise should reject the token. The audience defaults to the
                                 * identifier of the apiserver.
                                 */
                                "audience"?: string;
                                /**
                                 * expirationSeconds is the requested duration of validity of the service
                                 * account token. As the token approaches expiration, the kubelet volume
                                 * plugin will proactively rotate the service account token. The kubelet will
                                 * start trying to rotate the token if the token is older than 80 percent of
                                 * its time to live or if the token is older than 24 hours.Defaults to 1 hour
                                 * and must be at least 10 minutes.
                                 */
                                "expirationSeconds"?: number;
                                /**
                                 * path is the path relative to the mount point of the file to project the
                                 * token into.
                                 */
                                "path": string;
                            };
                        }>;
                    };
                    /**
                     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
                     */
                    "quobyte"?: {
                        /**
                         * group to map volume access to
                         * Default is no group
                         */
                        "group"?: string;
                        /**
                         * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * registry represents a single or multiple Quobyte Registry services
                         * specified as a string as host:port pair (multiple entries are separated with commas)
                         * which acts as the central registry for volumes
                         */
                        "registry": string;
                        /**
                         * tenant owning the given Quobyte volume in the Backend
                         * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
                         */
                        "tenant"?: string;
                        /**
                         * user to map volume access to
                         * Defaults to serivceaccount user
                         */
                        "user"?: string;
                        /**
                         * volume is a string that references an already created Quobyte volume by name.
                         */
                        "volume": string;
                    };
                    /**
                     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
                     * More info: https://examples.k8s.io/volumes/rbd/README.md
                     */
                    "rbd"?: {
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
                         */
                        "fsType"?: string;
                        /**
                         * image is the rados image name.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "image": string;
                        /**
                         * keyring is the path to key ring for RBDUser.
                         * Default is /etc/ceph/keyring.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "keyring"?: string;
                        /**
                         * monitors is a collection of Ceph monitors.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "monitors": Array<string>;
                        /**
                         * pool is the rados pool name.
                         * Default is rbd.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "pool"?: string;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is name of the authentication secret for RBDUser. If provided
                         * overrides keyring.
                         * Default is nil.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * user is the rados user name.
                         * Default is admin.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "user"?: string;
                    };
                    /**
                     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
                     */
                    "scaleIO"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs".
                         * Default is "xfs".
                         */
                        "fsType"?: string;
                        /**
                         * gateway is the host address of the ScaleIO API Gateway.
                         */
                        "gateway": string;
                        /**
                         * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
                         */
                        "protectionDomain"?: string;
                        /**
                         * readOnly Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef references to the secret for ScaleIO user and other
                         * sensitive information. If this is not provided, Login operation will fail.
                         */
                        "secretRef": {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * sslEnabled Flag enable/disable SSL communication with Gateway, default false
                         */
                        "sslEnabled"?: boolean;
                        /**
                         * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
                         * Default is ThinProvisioned.
                         */
                        "storageMode"?: string;
                        /**
                         * storagePool is the ScaleIO Storage Pool associated with the protection domain.
                         */
                        "storagePool"?: string;
                        /**
                         * system is the name of the storage system as configured in ScaleIO.
                         */
                        "system": string;
                        /**
                         * volumeName is the name of a volume already created in the ScaleIO system
                         * that is associated with this volume source.
                         */
                        "volumeName"?: string;
                    };
                    /**
                     * secret represents a secret that should populate this volume.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                     */
                    "secret"?: {
                        /**
                         * defaultMode is Optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values
                         * for mode bits. Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * items If unspecified, each key-value pair in the Data field of the referenced
                         * Secret will be projected into the volume as a file whose name is the
                         * key and content is the value. If specified, the listed keys will be
                         * projected into the specified paths, and unlisted keys will not be
                         * present. If a key is specified which is not present in the Secret,
                         * the volume setup will error unless it is marked optional. Paths must be
                         * relative and may not contain the '..' path or start with '..'.
                         */
                        "items"?: Array<{
                            /**
                             * key is the key to project.
                             */
                            "key": string;
                            /**
                             * mode is Optional: mode bits used to set permissions on this file.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * path is the relative path of the file to map the key to.
                             * May not be an absolute path.
                             * May not contain the path element '..'.
                             * May not start with the string '..'.
                             */
                            "path": string;
                        }>;
                        /**
                         * optional field specify whether the Secret or its keys must be defined
                         */
                        "optional"?: boolean;
                        /**
                         * secretName is the name of the secret in the pod's namespace to use.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                         */
                        "secretName"?: string;
                    };
                    /**
                     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
                     */
                    "storageos"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef specifies the secret to use for obtaining the StorageOS API
                         * credentials.  If not specified, default values will be attempted.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * volumeName is the human-readable name of the StorageOS volume.  Volume
                         * names are only unique within a namespace.
                         */
                        "volumeName"?: string;
                        /**
                         * volumeNamespace specifies the scope of the volume within StorageOS.  If no
                         * namespace is specified then the Pod's namespace will be used.  This allows the
                         * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
                         * Set VolumeName to any name to override the default behaviour.
                         * Set to "default" if you are not using namespaces within StorageOS.
                         * Namespaces that do not pre-exist within StorageOS will be created.
                         */
                        "volumeNamespace"?: string;
                    };
                    /**
                     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
                     */
                    "vsphereVolume"?: {
                        /**
                         * fsType is filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
                         */
                        "storagePolicyID"?: string;
                        /**
                         * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
                         */
                        "storagePolicyName"?: string;
                        /**
                         * volumePath is the path that identifies vSphere volume vmdk
                         */
                        "volumePath": string;
                    };
                };
            };
        }>;
        /**
         * ContainerImage defines the fields needed for a Docker repository image. The
         * format here matches the predominant format used in Helm charts.
         */
        "busyBoxImage"?: {
            "imagePullSecret"?: string;
            /**
             * PullPolicy describes a policy for if/when to pull a container image
             */
            "pullPolicy"?: string;
            "repository"?: string;
            "tag"?: string;
        };
        /**
         * Provide custom options for kubernetes objects created for the Solr Cloud.
         */
        "customSolrKubeOptions"?: {
            /**
             * CommonServiceOptions defines the custom options for the common solrCloud Service.
             */
            "commonServiceOptions"?: {
                /**
                 * Annotations to be added for the Service.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * Labels to be added for the Service.
                 */
                "labels"?: {
                    [key: string]: string;
                };
            };
            /**
             * ServiceOptions defines the custom options for the solrCloud ConfigMap.
             */
            "configMapOptions"?: {
                /**
                 * Annotations to be added for the ConfigMap.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * Labels to be added for the ConfigMap.
                 */
                "labels"?: {
                    [key: string]: string;
                };
                /**
                 * Name of a user provided ConfigMap in the same namespace containing a custom solr.xml
                 */
                "providedConfigMap"?: string;
            };
            /**
             * HeadlessServiceOptions defines the custom options for the headless solrCloud Service.
             */
            "headlessServiceOptions"?: {
                /**
                 * Annotations to be added for the Service.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * Labels to be added for the Service.
                 */
                "labels"?: {
                    [key: string]: string;
                };
            };
            /**
             * IngressOptions defines the custom options for the solrCloud Ingress.
             */
            "ingressOptions"?: {
                /**
                 * Annotations to be added for the Ingress.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * IngressClassName is the name of the IngressClass cluster resource. The
                 * associated IngressClass defines which controller will implement the resource.
                 */
                "ingressClassName"?: string;
                /**
                 * Labels to be added for the Ingress.
                 */
                "labels"?: {
                    [key: string]: string;
                };
            };
            /**
             * NodeServiceOptions defines the custom options for the individual solrCloud Node services, if they are created.
             * These services will only be created when exposing SolrNodes externally via an Ingress in the AddressabilityOptions.
             */
            "nodeServiceOptions"?: {
                /**
                 * Annotations to be added for the Service.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * Labels to be added for the Service.
                 */
                "labels"?: {
                    [key: string]: string;
                };
            };
            /**
             * SolrPodOptions defines the custom options for solrCloud pods.
             */
            "podOptions"?: {
                /**
                 * The scheduling constraints on pods.
                 */
                "affinity"?: {
                    /**
                     * Describes node affinity scheduling rules for the pod.
                     */
                    "nodeAffinity"?: {
                        /**
                         * The scheduler will prefer to schedule pods to nodes that satisfy
                         * the affinity expressions specified by this field, but it may choose
                         * a node that violates one or more of the expressions. The node that is
                         * most preferred is the one with the greatest sum of weights, i.e.
                         * for each node that meets all of the scheduling requirements (resource
                         * request, requiredDuringScheduling affinity expressions, etc.),
                         * compute a sum by iterating through the elements of this field and adding
                         * "weight" to the sum if the node matches the corresponding matchExpressions; the
                         * node(s) with the highest sum are the most preferred.
                         */
                        "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                            /**
                             * A node selector term, associated with the corresponding weight.
                             */
                            "preference": {
                                /**
                                 * A list of node selector requirements by node's labels.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * The label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * Represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                     */
                                    "operator": string;
                                    /**
                                     * An array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. If the operator is Gt or Lt, the values
                                     * array must have a single element, which will be interpreted as an integer.
                                     * This array is replaced during a strategic merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * A list of node selector requirements by node's fields.
                                 */
                                "matchFields"?: Array<{
                                    /**
                                     * The label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * Represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                     */
                                    "operator": string;
                                    /**
                                     * An array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. If the operator is Gt or Lt, the values
                                     * array must have a single element, which will be interpreted as an integer.
                                     * This array is replaced during a strategic merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                            };
                            /**
                             * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                             */
                            "weight": number;
                        }>;
                        /**
                         * If the affinity requirements specified by this field are not met at
                         * scheduling time, the pod will not be scheduled onto the node.
                         * If the affinity requirements specified by this field cease to be met
                         * at some point during pod execution (e.g. due to an update), the system
                         * may or may not try to eventually evict the pod from its node.
                         */
                        "requiredDuringSchedulingIgnoredDuringExecution"?: {
                            /**
                             * Required. A list of node selector terms. The terms are ORed.
                             */
                            "nodeSelectorTerms": Array<{
                                /**
                                 * A list of node selector requirements by node's labels.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * The label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * Represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                     */
                                    "operator": string;
                                    /**
                                     * An array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. If the operator is Gt or Lt, the values
                                     * array must have a single element, which will be interpreted as an integer.
                                     * This array is replaced during a strategic merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * A list of node selector requirements by node's fields.
                                 */
                                "matchFields"?: Array<{
                                    /**
                                     * The label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * Represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                     */
                                    "operator": string;
                                    /**
                                     * An array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. If the operator is Gt or Lt, the values
                                     * array must have a single element, which will be interpreted as an integer.
                                     * This array is replaced during a strategic merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                            }>;
                        };
                    };
                    /**
                     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                     */
                    "podAffinity"?: {
                        /**
                         * The scheduler will prefer to schedule pods to nodes that satisfy
                         * the affinity expressions specified by this field, but it may choose
                         * a node that violates one or more of the expressions. The node that is
                         * most preferred is the one with the greatest sum of weights, i.e.
                         * for each node that meets all of the scheduling requirements (resource
                         * request, requiredDuringScheduling affinity expressions, etc.),
                         * compute a sum by iterating through the elements of this field and adding
                         * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                         * node(s) with the highest sum are the most preferred.
                         */
                        "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                            /**
                             * Required. A pod affinity term, associated with the corresponding weight.
                             */
                            "podAffinityTerm": {
                                /**
                                 * A label query over a set of resources, in this case pods.
                                 * If it's null, this PodAffinityTerm matches with no Pods.
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * MatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "matchLabelKeys"?: Array<string>;
                                /**
                                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "mismatchLabelKeys"?: Array<string>;
                                /**
                                 * A label query over the set of namespaces that the term applies to.
                                 * The term is applied to the union of the namespaces selected by this field
                                 * and the ones listed in the namespaces field.
                                 * null selector and null or empty namespaces list means "this pod's namespace".
                                 * An empty selector ({}) matches all namespaces.
                                 */
                                "namespaceSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * namespaces specifies a static list of namespace names that the term applies to.
                                 * The term is applied to the union of the namespaces listed in this field
                                 * and the ones selected by namespaceSelector.
                                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                 */
                                "namespaces"?: Array<string>;
                                /**
                                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                 * whose value of the label with key topologyKey matches that of any node on which any of the
                                 * selected pods is running.
                                 * Empty topologyKey is not allowed.
                                 */
                                "topologyKey": string;
                            };
                            /**
                             * weight associated with matching the corresponding podAffinityTerm,
                             * in the range 1-100.
                             */
                            "weight": number;
                        }>;
                        /**
                         * If the affinity requirements specified by this field are not met at
                         * scheduling time, the pod will not be scheduled onto the node.
                         * If the affinity requirements specified by this field cease to be met
                         * at some point during pod execution (e.g. due to a pod label update), the
                         * system may or may not try to eventually evict the pod from its node.
                         * When there are multiple elements, the lists of nodes corresponding to each
                         * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                         */
                        "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                            /**
                             * A label query over a set of resources, in this case pods.
                             * If it's null, this PodAffinityTerm matches with no Pods.
                             */
                            "labelSelector"?: {
                                /**
                                 * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * key is the label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * operator represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                                     */
                                    "operator": string;
                                    /**
                                     * values is an array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. This array is replaced during a strategic
                                     * merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                 * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                 * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                 */
                                "matchLabels"?: {
                                    [key: string]: string;
                                };
                            };
                            /**
                             * MatchLabelKeys is a set of pod label keys to select which pods will
                             * be taken into consideration. The keys are used to lookup values from the
                             * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                             * to select the group of existing pods which pods will be taken into consideration
                             * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                             * pod labels will be ignored. The default value is empty.
                             * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                             * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                             * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                             */
                            "matchLabelKeys"?: Array<string>;
                            /**
                             * MismatchLabelKeys is a set of pod label keys to select which pods will
                             * be taken into consideration. The keys are used to lookup values from the
                             * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                             * to select the group of existing pods which pods will be taken into consideration
                             * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                             * pod labels will be ignored. The default value is empty.
                             * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                             * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                             * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                             */
                            "mismatchLabelKeys"?: Array<string>;
                            /**
                             * A label query over the set of namespaces that the term applies to.
                             * The term is applied to the union of the namespaces selected by this field
                             * and the ones listed in the namespaces field.
                             * null selector and null or empty namespaces list means "this pod's namespace".
                             * An empty selector ({}) matches all namespaces.
                             */
                            "namespaceSelector"?: {
                                /**
                                 * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * key is the label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * operator represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                                     */
                                    "operator": string;
                                    /**
                                     * values is an array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. This array is replaced during a strategic
                                     * merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                 * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                 * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                 */
                                "matchLabels"?: {
                                    [key: string]: string;
                                };
                            };
                            /**
                             * namespaces specifies a static list of namespace names that the term applies to.
                             * The term is applied to the union of the namespaces listed in this field
                             * and the ones selected by namespaceSelector.
                             * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                             */
                            "namespaces"?: Array<string>;
                            /**
                             * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                             * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                             * whose value of the label with key topologyKey matches that of any node on which any of the
                             * selected pods is running.
                             * Empty topologyKey is not allowed.
                             */
                            "topologyKey": string;
                        }>;
                    };
                    /**
                     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                     */
                    "podAntiAffinity"?: {
                        /**
                         * The scheduler will prefer to schedule pods to nodes that satisfy
                         * the anti-affinity expressions specified by this field, but it may choose
                         * a node that violates one or more of the expressions. The node that is
                         * most preferred is the one with the greatest sum of weights, i.e.
                         * for each node that meets all of the scheduling requirements (resource
                         * request, requiredDuringScheduling anti-affinity expressions, etc.),
                         * compute a sum by iterating through the elements of this field and adding
                         * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                         * node(s) with the highest sum are the most preferred.
                         */
                        "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                            /**
                             * Required. A pod affinity term, associated with the corresponding weight.
                             */
                            "podAffinityTerm": {
                                /**
                                 * A label query over a set of resources, in this case pods.
                                 * If it's null, this PodAffinityTerm matches with no Pods.
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * MatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "matchLabelKeys"?: Array<string>;
                                /**
                                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "mismatchLabelKeys"?: Array<string>;
                                /**
                                 * A label query over the set of namespaces that the term applies to.
                                 * The term is applied to the union of the namespaces selected by this field
                                 * and the ones listed in the namespaces field.
                                 * null selector and null or empty namespaces list means "this pod's namespace".
                                 * An empty selector ({}) matches all namespaces.
                                 */
                                "namespaceSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * namespaces specifies a static list of namespace names that the term applies to.
                                 * The term is applied to the union of the namespaces listed in this field
                                 * and the ones selected by namespaceSelector.
                                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                 */
                                "namespaces"?: Array<string>;
                                /**
                                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                 * whose value of the label with key topologyKey matches that of any node on which any of the
                                 * selected pods is running.
                                 * Empty topologyKey is not allowed.
                                 */
                                "topologyKey": string;
                            };
                            /**
                             * weight associated with matching the corresponding podAffinityTerm,
                             * in the range 1-100.
                             */
                            "weight": number;
                        }>;
                        /**
                         * If the anti-affinity requirements specified by this field are not met at
                         * scheduling time, the pod will not be scheduled onto the node.
                         * If the anti-affinity requirements specified by this field cease to be met
                         * at some point during pod execution (e.g. due to a pod label update), the
                         * system may or may not try to eventually evict the pod from its node.
                         * When there are multiple elements, the lists of nodes corresponding to each
                         * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                         */
                        "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                            /**
                             * A label query over a set of resources, in this case pods.
                             * If it's null, this PodAffinityTerm matches with no Pods.
                             */
                            "labelSelector"?: {
                                /**
                                 * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * key is the label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * operator represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                                     */
                                    "operator": string;
                                    /**
                                     * values is an array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. This array is replaced during a strategic
                                     * merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                 * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                 * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                 */
                                "matchLabels"?: {
                                    [key: string]: string;
                                };
                            };
                            /**
                             * MatchLabelKeys is a set of pod label keys to select which pods will
                             * be taken into consideration. The keys are used to lookup values from the
                             * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                             * to select the group of existing pods which pods will be taken into consideration
                             * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                             * pod labels will be ignored. The default value is empty.
                             * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                             * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                             * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                             */
                            "matchLabelKeys"?: Array<string>;
                            /**
                             * MismatchLabelKeys is a set of pod label keys to select which pods will
                             * be taken into consideration. The keys are used to lookup values from the
                             * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                             * to select the group of existing pods which pods will be taken into consideration
                             * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                             * pod labels will be ignored. The default value is empty.
                             * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                             * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                             * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                             */
                            "mismatchLabelKeys"?: Array<string>;
                            /**
                             * A label query over the set of namespaces that the term applies to.
                             * The term is applied to the union of the namespaces selected by this field
                             * and the ones listed in the namespaces field.
                             * null selector and null or empty namespaces list means "this pod's namespace".
                             * An empty selector ({}) matches all namespaces.
                             */
                            "namespaceSelector"?: {
                                /**
                                 * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                 */
                                "matchExpressions"?: Array<{
                                    /**
                                     * key is the label key that the selector applies to.
                                     */
                                    "key": string;
                                    /**
                                     * operator represents a key's relationship to a set of values.
                                     * Valid operators are In, NotIn, Exists and DoesNotExist.
                                     */
                                    "operator": string;
                                    /**
                                     * values is an array of string values. If the operator is In or NotIn,
                                     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                     * the values array must be empty. This array is replaced during a strategic
                                     * merge patch.
                                     */
                                    "values"?: Array<string>;
                                }>;
                                /**
                                 * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                 * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                 * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                 */
                                "matchLabels"?: {
                                    [key: string]: string;
                                };
                            };
                            /**
                             * namespaces specifies a static list of namespace names that the term applies to.
                             * The term is applied to the union of the namespaces listed in this field
                             * and the ones selected by namespaceSelector.
                             * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                             */
                            "namespaces"?: Array<string>;
                            /**
                             * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                             * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                             * whose value of the label with key topologyKey matches that of any node on which any of the
                             * selected pods is running.
                             * Empty topologyKey is not allowed.
                             */
                            "topologyKey": string;
                        }>;
                    };
                };
                /**
                 * Annotations to be added for pods.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * ContainerSecurityContext the container-level security context used by the pod's primary container
                 */
                "containerSecurityContext"?: {
                    /**
                     * AllowPrivilegeEscalation controls whether a process can gain more
                     * privileges than its parent process. This bool directly controls if
                     * the no_new_privs flag will be set on the container process.
                     * AllowPrivilegeEscalation is true always when the container is:
                     * 1) run as Privileged
                     * 2) has CAP_SYS_ADMIN
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "allowPrivilegeEscalation"?: boolean;
                    /**
                     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
                     * overrides the pod's appArmorProfile.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "appArmorProfile"?: {
                        /**
                         * localhostProfile indicates a profile loaded on the node that should be used.
                         * The profile must be preconfigured on the node to work.
                         * Must match the loaded name of the profile.
                         * Must be set if and only if type is "Localhost".
                         */
                        "localhostProfile"?: string;
                        /**
                         * type indicates which kind of AppArmor profile will be applied.
                         * Valid options are:
                         *   Localhost - a profile pre-loaded on the node.
                         *   RuntimeDefault - the container runtime's default profile.
                         *   Unconfined - no AppArmor enforcement.
                         */
                        "type": string;
                    };
                    /**
                     * The capabilities to add/drop when running containers.
                     * Defaults to the default set of capabilities granted by the container runtime.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "capabilities"?: {
                        /**
                         * Added capabilities
                         */
                        "add"?: Array<string>;
                        /**
                         * Removed capabilities
                         */
                        "drop"?: Array<string>;
                    };
                    /**
                     * Run container in privileged mode.
                     * Processes in privileged containers are essentially equivalent to root on the host.
                     * Defaults to false.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "privileged"?: boolean;
                    /**
                     * procMount denotes the type of proc mount to use for the containers.
                     * The default value is Default which uses the container runtime defaults for
                     * readonly paths and masked paths.
                     * This requires the ProcMountType feature flag to be enabled.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "procMount"?: string;
                    /**
                     * Whether this container has a read-only root filesystem.
                     * Default is false.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "readOnlyRootFilesystem"?: boolean;
                    /**
                     * The GID to run the entrypoint of the container process.
                     * Uses runtime default if unset.
                     * May also be set in PodSecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "runAsGroup"?: number;
                    /**
                     * Indicates that the container must run as a non-root user.
                     * If true, the Kubelet will validate the image at runtime to ensure that it
                     * does not run as UID 0 (root) and fail to start the container if it does.
                     * If unset or false, no such validation will be performed.
                     * May also be set in PodSecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence.
                     */
                    "runAsNonRoot"?: boolean;
                    /**
                     * The UID to run the entrypoint of the container process.
                     * Defaults to user specified in image metadata if unspecified.
                     * May also be set in PodSecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "runAsUser"?: number;
                    /**
                     * The SELinux context to be applied to the container.
                     * If unspecified, the container runtime will allocate a random SELinux context for each
                     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "seLinuxOptions"?: {
                        /**
                         * Level is SELinux level label that applies to the container.
                         */
                        "level"?: string;
                        /**
                         * Role is a SELinux role label that applies to the container.
                         */
                        "role"?: string;
                        /**
                         * Type is a SELinux type label that applies to the container.
                         */
                        "type"?: string;
                        /**
                         * User is a SELinux user label that applies to the container.
                         */
                        "user"?: string;
                    };
                    /**
                     * The seccomp options to use by this container. If seccomp options are
                     * provided at both the pod & container level, the container options
                     * override the pod options.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "seccompProfile"?: {
                        /**
                         * localhostProfile indicates a profile defined in a file on the node should be used.
                         * The profile must be preconfigured on the node to work.
                         * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                         * Must be set if type is "Localhost". Must NOT be set for any other type.
                         */
                        "localhostProfile"?: string;
                        /**
                         * type indicates which kind of seccomp profile will be applied.
                         * Valid options are:
                         *
                         * Localhost - a profile defined in a file on the node should be used.
                         * RuntimeDefault - the container runtime default profile should be used.
                         * Unconfined - no profile should be applied.
                         */
                        "type": string;
                    };
                    /**
                     * The Windows specific settings applied to all containers.
                     * If unspecified, the options from the PodSecurityContext will be used.
                     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                     * Note that this field cannot be set when spec.os.name is linux.
                     */
                    "windowsOptions"?: {
                        /**
                         * GMSACredentialSpec is where the GMSA admission webhook
                         * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                         * GMSA credential spec named by the GMSACredentialSpecName field.
                         */
                        "gmsaCredentialSpec"?: string;
                        /**
                         * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                         */
                        "gmsaCredentialSpecName"?: string;
                        /**
                         * HostProcess determines if a container should be run as a 'Host Process' container.
                         * All of a Pod's containers must have the same effective HostProcess value
                         * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                         * In addition, if HostProcess is true then HostNetwork must also be set to true.
                         */
                        "hostProcess"?: boolean;
                        /**
                         * The UserName in Windows to run the entrypoint of the container process.
                         * Defaults to the user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext. If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsUserName"?: string;
                    };
                };
                /**
                 * DefaultInitContainerResources are the resource requirements for the default init container(s) created by the Solr Operator, if any are created.
                 */
                "defaultInitContainerResources"?: {
                    /**
                     * Claims lists the names of resources, defined in spec.resourceClaims,
                     * that are used by this container.
                     *
                     * This is an alpha field and requires enabling the
                     * DynamicResourceAllocation feature gate.
                     *
                     * This field is immutable. It can only be set for containers.
                     */
                    "claims"?: Array<{
                        /**
                         * Name must match the name of one entry in pod.spec.resourceClaims of
                         * the Pod where this field is used. It makes that resource available
                         * inside a container.
                         */
                        "name": string;
                        /**
                         * Request is the name chosen for a request in the referenced claim.
                         * If empty, everything from the claim is made available, otherwise
                         * only the result of this request.
                         */
                        "request"?: string;
                    }>;
                    /**
                     * Limits describes the maximum amount of compute resources allowed.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "limits"?: {
                        [key: string]: number | string;
                    };
                    /**
                     * Requests describes the minimum amount of compute resources required.
                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "requests"?: {
                        [key: string]: number | string;
                    };
                };
                /**
                 * Additional environment variables to pass to the default container.
                 */
                "envVars"?: Array<{
                    /**
                     * Name of the environment variable. Must be a C_IDENTIFIER.
                     */
                    "name": string;
                    /**
                     * Variable references $(VAR_NAME) are expanded
                     * using the previously defined environment variables in the container and
                     * any service environment variables. If a variable cannot be resolved,
                     * the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                     * Escaped references will never be expanded, regardless of whether the variable
                     * exists or not.
                     * Defaults to "".
                     */
                    "value"?: string;
                    /**
                     * Source for the environment variable's value. Cannot be used if value is not empty.
                     */
                    "valueFrom"?: {
                        /**
                         * Selects a key of a ConfigMap.
                         */
                        "configMapKeyRef"?: {
                            /**
                             * The key to select.
                             */
                            "key": string;
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the ConfigMap or its key must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                         * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                         */
                        "fieldRef"?: {
                            /**
                             * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                             */
                            "apiVersion"?: string;
                            /**
                             * Path of the field to select in the specified API version.
                             */
                            "fieldPath": string;
                        };
                        /**
                         * Selects a resource of the container: only resources limits and requests
                         * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                         */
                        "resourceFieldRef"?: {
                            /**
                             * Container name: required for volumes, optional for env vars
                             */
                            "containerName"?: string;
                            /**
                             * Specifies the output format of the exposed resources, defaults to "1"
                             */
                            "divisor"?: number | string;
                            /**
                             * Required: resource to select
                             */
                            "resource": string;
                        };
                        /**
                         * Selects a key of a secret in the pod's namespace
                         */
                        "secretKeyRef"?: {
                            /**
                             * The key of the secret to select from.  Must be a valid secret key.
                             */
                            "key": string;
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the Secret or its key must be defined
                             */
                            "optional"?: boolean;
                        };
                    };
                }>;
                /**
                 * ImagePullSecrets to apply to the pod.
                 * These are for init/sidecarContainers in addition to the imagePullSecret defined for the
                 * solr image.
                 */
                "imagePullSecrets"?: Array<{
                    /**
                     * Name of the referent.
                     * This field is effectively required, but due to backwards compatibility is
                     * allowed to be empty. Instances of this type with an empty value here are
                     * almost certainly wrong.
                     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                     */
                    "name"?: string;
                }>;
                /**
                 * Additional init containers to run in the pod.
                 * These will run along with the init container that sets up the "solr.xml".
                 */
                "initContainers"?: Array<{
                    /**
                     * Arguments to the entrypoint.
                     * The container image's CMD is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "args"?: Array<string>;
                    /**
                     * Entrypoint array. Not executed within a shell.
                     * The container image's ENTRYPOINT is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "command"?: Array<string>;
                    /**
                     * List of environment variables to set in the container.
                     * Cannot be updated.
                     */
                    "env"?: Array<{
                        /**
                         * Name of the environment variable. Must be a C_IDENTIFIER.
                         */
                        "name": string;
                        /**
                         * Variable references $(VAR_NAME) are expanded
                         * using the previously defined environment variables in the container and
                         * any service environment variables. If a variable cannot be resolved,
                         * the reference in the input string will be unchanged. Double $$ are reduced
                         * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                         * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                         * Escaped references will never be expanded, regardless of whether the variable
                         * exists or not.
                         * Defaults to "".
                         */
                        "value"?: string;
                        /**
                         * Source for the environment variable's value. Cannot be used if value is not empty.
                         */
                        "valueFrom"?: {
                            /**
                             * Selects a key of a ConfigMap.
                             */
                            "configMapKeyRef"?: {
                                /**
                                 * The key to select.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the ConfigMap or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                             * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                            /**
                             * Selects a key of a secret in the pod's namespace
                             */
                            "secretKeyRef"?: {
                                /**
                                 * The key of the secret to select from.  Must be a valid secret key.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                        };
                    }>;
                    /**
                     * List of sources to populate environment variables in the container.
                     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
                     * will be reported as an event when the container is starting. When a key exists in multiple
                     * sources, the value associated with the last source will take precedence.
                     * Values defined by an Env with a duplicate key will take precedence.
                     * Cannot be updated.
                     */
                    "envFrom"?: Array<{
                        /**
                         * The ConfigMap to select from
                         */
                        "configMapRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the ConfigMap must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
                         */
                        "prefix"?: string;
                        /**
                         * The Secret to select from
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the Secret must be defined
                             */
                            "optional"?: boolean;
                        };
                    }>;
                    /**
                     * Container image name.
                     * More info: https://kubernetes.io/docs/concepts/containers/images
                     * This field is optional to allow higher level config management to default or override
                     * container images in workload controllers like Deployments and StatefulSets.
                     */
                    "image"?: string;
                    /**
                     * Image pull policy.
                     * One of Always, Never, IfNotPresent.
                     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
                     */
                    "imagePullPolicy"?: string;
                    /**
                     * Actions that the management system should take in response to container lifecycle events.
                     * Cannot be updated.
                     */
                    "lifecycle"?: {
                        /**
                         * PostStart is called immediately after a container is created. If the handler fails,
                         * the container is terminated and restarted according to its restart policy.
                         * Other management of the container blocks until the hook completes.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "postStart"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                        /**
                         * PreStop is called immediately before a container is terminated due to an
                         * API request or management event such as liveness/startup probe failure,
                         * preemption, resource contention, etc. The handler is not called if the
                         * container crashes or exits. The Pod's termination grace period countdown begins before the
                         * PreStop hook is executed. Regardless of the outcome of the handler, the
                         * container will eventually terminate within the Pod's termination grace
                         * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
                         * or until the termination grace period is reached.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "preStop"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                    };
                    /**
                     * Periodic probe of container liveness.
                     * Container will be restarted if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "livenessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Name of the container specified as a DNS_LABEL.
                     * Each container in a pod must have a unique name (DNS_LABEL).
                     * Cannot be updated.
                     */
                    "name": string;
                    /**
                     * List of ports to expose from the container. Not specifying a port here
                     * DOES NOT prevent that port from being exposed. Any port which is
                     * listening on the default "0.0.0.0" address inside a container will be
                     * accessible from the network.
                     * Modifying this array with strategic merge patch may corrupt the data.
                     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
                     * Cannot be updated.
                     */
                    "ports"?: Array<{
                        /**
                         * Number of port to expose on the pod's IP address.
                         * This must be a valid port number, 0 < x < 65536.
                         */
                        "containerPort": number;
                        /**
                         * What host IP to bind the external port to.
                         */
                        "hostIP"?: string;
                        /**
                         * Number of port to expose on the host.
                         * If specified, this must be a valid port number, 0 < x < 65536.
                         * If HostNetwork is specified, this must match ContainerPort.
                         * Most containers do not need this.
                         */
                        "hostPort"?: number;
                        /**
                         * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
                         * named port in a pod must have a unique name. Name for the port that can be
                         * referred to by services.
                         */
                        "name"?: string;
                        /**
                         * Protocol for port. Must be UDP, TCP, or SCTP.
                         * Defaults to "TCP".
                         */
                        "protocol"?: string;
                    }>;
                    /**
                     * Periodic probe of container service readiness.
                     * Container will be removed from service endpoints if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "readinessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Resources resize policy for the container.
                     */
                    "resizePolicy"?: Array<{
                        /**
                         * Name of the resource to which this resource resize policy applies.
                         * Supported values: cpu, memory.
                         */
                        "resourceName": string;
                        /**
                         * Restart policy to apply when specified resource is resized.
                         * If not specified, it defaults to NotRequired.
                         */
                        "restartPolicy": string;
                    }>;
                    /**
                     * Compute Resources required by this container.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "resources"?: {
                        /**
                         * Claims lists the names of resources, defined in spec.resourceClaims,
                         * that are used by this container.
                         *
                         * This is an alpha field and requires enabling the
                         * DynamicResourceAllocation feature gate.
                         *
                         * This field is immutable. It can only be set for containers.
                         */
                        "claims"?: Array<{
                            /**
                             * Name must match the name of one entry in pod.spec.resourceClaims of
                             * the Pod where this field is used. It makes that resource available
                             * inside a container.
                             */
                            "name": string;
                            /**
                             * Request is the name chosen for a request in the referenced claim.
                             * If empty, everything from the claim is made available, otherwise
                             * only the result of this request.
                             */
                            "request"?: string;
                        }>;
                        /**
                         * Limits describes the maximum amount of compute resources allowed.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "limits"?: {
                            [key: string]: number | string;
                        };
                        /**
                         * Requests describes the minimum amount of compute resources required.
                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "requests"?: {
                            [key: string]: number | string;
                        };
                    };
                    /**
                     * RestartPolicy defines the restart behavior of individual containers in a pod.
                     * This field may only be set for init containers, and the only allowed value is "Always".
                     * For non-init containers or when this field is not specified,
                     * the restart behavior is defined by the Pod's restart policy and the container type.
                     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
                     * this init container will be continually restarted on
                     * exit until all regular containers have terminated. Once all regular
                     * containers have completed, all init containers with restartPolicy "Always"
                     * will be shut down. This lifecycle differs from normal init containers and
                     * is often referred to as a "sidecar" container. Although this init
                     * container still starts in the init container sequence, it does not wait
                     * for the container to complete before proceeding to the next init
                     * container. Instead, the next init container starts immediately after this
                     * init container is started, or after any startupProbe has successfully
                     * completed.
                     */
                    "restartPolicy"?: string;
                    /**
                     * SecurityContext defines the security options the container should be run with.
                     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
                     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
                     */
                    "securityContext"?: {
                        /**
                         * AllowPrivilegeEscalation controls whether a process can gain more
                         * privileges than its parent process. This bool directly controls if
                         * the no_new_privs flag will be set on the container process.
                         * AllowPrivilegeEscalation is true always when the container is:
                         * 1) run as Privileged
                         * 2) has CAP_SYS_ADMIN
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "allowPrivilegeEscalation"?: boolean;
                        /**
                         * appArmorProfile is the AppArmor options to use by this container. If set, this profile
                         * overrides the pod's appArmorProfile.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "appArmorProfile"?: {
                            /**
                             * localhostProfile indicates a profile loaded on the node that should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must match the loaded name of the profile.
                             * Must be set if and only if type is "Localhost".
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of AppArmor profile will be applied.
                             * Valid options are:
                             *   Localhost - a profile pre-loaded on the node.
                             *   RuntimeDefault - the container runtime's default profile.
                             *   Unconfined - no AppArmor enforcement.
                             */
                            "type": string;
                        };
                        /**
                         * The capabilities to add/drop when running containers.
                         * Defaults to the default set of capabilities granted by the container runtime.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "capabilities"?: {
                            /**
                             * Added capabilities
                             */
                            "add"?: Array<string>;
                            /**
                             * Removed capabilities
                             */
                            "drop"?: Array<string>;
                        };
                        /**
                         * Run container in privileged mode.
                         * Processes in privileged containers are essentially equivalent to root on the host.
                         * Defaults to false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "privileged"?: boolean;
                        /**
                         * procMount denotes the type of proc mount to use for the containers.
                         * The default value is Default which uses the container runtime defaults for
                         * readonly paths and masked paths.
                         * This requires the ProcMountType feature flag to be enabled.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "procMount"?: string;
                        /**
                         * Whether this container has a read-only root filesystem.
                         * Default is false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "readOnlyRootFilesystem"?: boolean;
                        /**
                         * The GID to run the entrypoint of the container process.
                         * Uses runtime default if unset.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsGroup"?: number;
                        /**
                         * Indicates that the container must run as a non-root user.
                         * If true, the Kubelet will validate the image at runtime to ensure that it
                         * does not run as UID 0 (root) and fail to start the container if it does.
                         * If unset or false, no such validation will be performed.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsNonRoot"?: boolean;
                        /**
                         * The UID to run the entrypoint of the container process.
                         * Defaults to user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsUser"?: number;
                        /**
                         * The SELinux context to be applied to the container.
                         * If unspecified, the container runtime will allocate a random SELinux context for each
                         * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seLinuxOptions"?: {
                            /**
                             * Level is SELinux level label that applies to the container.
                             */
                            "level"?: string;
                            /**
                             * Role is a SELinux role label that applies to the container.
                             */
                            "role"?: string;
                            /**
                             * Type is a SELinux type label that applies to the container.
                             */
                            "type"?: string;
                            /**
                             * User is a SELinux user label that applies to the container.
                             */
                            "user"?: string;
                        };
                        /**
                         * The seccomp options to use by this container. If seccomp options are
                         * provided at both the pod & container level, the container options
                         * override the pod options.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seccompProfile"?: {
                            /**
                             * localhostProfile indicates a profile defined in a file on the node should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                             * Must be set if type is "Localhost". Must NOT be set for any other type.
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of seccomp profile will be applied.
                             * Valid options are:
                             *
                             * Localhost - a profile defined in a file on the node should be used.
                             * RuntimeDefault - the container runtime default profile should be used.
                             * Unconfined - no profile should be applied.
                             */
                            "type": string;
                        };
                        /**
                         * The Windows specific settings applied to all containers.
                         * If unspecified, the options from the PodSecurityContext will be used.
                         * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is linux.
                         */
                        "windowsOptions"?: {
                            /**
                             * GMSACredentialSpec is where the GMSA admission webhook
                             * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                             * GMSA credential spec named by the GMSACredentialSpecName field.
                             */
                            "gmsaCredentialSpec"?: string;
                            /**
                             * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                             */
                            "gmsaCredentialSpecName"?: string;
                            /**
                             * HostProcess determines if a container should be run as a 'Host Process' container.
                             * All of a Pod's containers must have the same effective HostProcess value
                             * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                             * In addition, if HostProcess is true then HostNetwork must also be set to true.
                             */
                            "hostProcess"?: boolean;
                            /**
                             * The UserName in Windows to run the entrypoint of the container process.
                             * Defaults to the user specified in image metadata if unspecified.
                             * May also be set in PodSecurityContext. If set in both SecurityContext and
                             * PodSecurityContext, the value specified in SecurityContext takes precedence.
                             */
                            "runAsUserName"?: string;
                        };
                    };
                    /**
                     * StartupProbe indicates that the Pod has successfully initialized.
                     * If specified, no other probes are executed until this completes successfully.
                     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
                     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
                     * when it might take a long time to load data or warm a cache, than during steady-state operation.
                     * This cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "startupProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Whether this container should allocate a buffer for stdin in the container runtime. If this
                     * is not set, reads from stdin in the container will always result in EOF.
                     * Default is false.
                     */
                    "stdin"?: boolean;
                    /**
                     * Whether the container runtime should close the stdin channel after it has been opened by
                     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
                     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
                     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
                     * at which time stdin is closed and remains closed until the container is restarted. If this
                     * flag is false, a container processes that reads from stdin will never receive an EOF.
                     * Default is false
                     */
                    "stdinOnce"?: boolean;
                    /**
                     * Optional: Path at which the file to which the container's termination message
                     * will be written is mounted into the container's filesystem.
                     * Message written is intended to be brief final status, such as an assertion failure message.
                     * Will be truncated by the node if greater than 4096 bytes. The total message length across
                     * all containers will be limited to 12kb.
                     * Defaults to /dev/termination-log.
                     * Cannot be updated.
                     */
                    "terminationMessagePath"?: string;
                    /**
                     * Indicate how the termination message should be populated. File will use the contents of
                     * terminationMessagePath to populate the container status message on both success and failure.
                     * FallbackToLogsOnError will use the last chunk of container log output if the termination
                     * message file is empty and the container exited with an error.
                     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
                     * Defaults to File.
                     * Cannot be updated.
                     */
                    "terminationMessagePolicy"?: string;
                    /**
                     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
                     * Default is false.
                     */
                    "tty"?: boolean;
                    /**
                     * volumeDevices is the list of block devices to be used by the container.
                     */
                    "volumeDevices"?: Array<{
                        /**
                         * devicePath is the path inside of the container that the device will be mapped to.
                         */
                        "devicePath": string;
                        /**
                         * name must match the name of a persistentVolumeClaim in the pod
                         */
                        "name": string;
                    }>;
                    /**
                     * Pod volumes to mount into the container's filesystem.
                     * Cannot be updated.
                     */
                    "volumeMounts"?: Array<{
                        /**
                         * Path within the container at which the volume should be mounted.  Must
                         * not contain ':'.
                         */
                        "mountPath": string;
                        /**
                         * mountPropagation determines how mounts are propagated from the host
                         * to container and the other way around.
                         * When not set, MountPropagationNone is used.
                         * This field is beta in 1.10.
                         * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                         * (which defaults to None).
                         */
                        "mountPropagation"?: string;
                        /**
                         * This must match the Name of a Volume.
                         */
                        "name": string;
                        /**
                         * Mounted read-only if true, read-write otherwise (false or unspecified).
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * RecursiveReadOnly specifies whether read-only mounts should be handled
                         * recursively.
                         *
                         * If ReadOnly is false, this field has no meaning and must be unspecified.
                         *
                         * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                         * recursively read-only.  If this field is set to IfPossible, the mount is made
                         * recursively read-only, if it is supported by the container runtime.  If this
                         * field is set to Enabled, the mount is made recursively read-only if it is
                         * supported by the container runtime, otherwise the pod will not be started and
                         * an error will be generated to indicate the reason.
                         *
                         * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                         * None (or be unspecified, which defaults to None).
                         *
                         * If this field is not specified, it is treated as an equivalent of Disabled.
                         */
                        "recursiveReadOnly"?: string;
                        /**
                         * Path within the volume from which the container's volume should be mounted.
                         * Defaults to "" (volume's root).
                         */
                        "subPath"?: string;
                        /**
                         * Expanded path within the volume from which the container's volume should be mounted.
                         * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                         * Defaults to "" (volume's root).
                         * SubPathExpr and SubPath are mutually exclusive.
                         */
                        "subPathExpr"?: string;
                    }>;
                    /**
                     * Container's working directory.
                     * If not specified, the container runtime's default will be used, which
                     * might be configured in the container image.
                     * Cannot be updated.
                     */
                    "workingDir"?: string;
                }>;
                /**
                 * Labels to be added for pods.
                 */
                "labels"?: {
                    [key: string]: string;
                };
                /**
                 * Lifecycle for the main container
                 */
                "lifecycle"?: {
                    /**
                     * PostStart is called immediately after a container is created. If the handler fails,
                     * the container is terminated and restarted according to its restart policy.
                     * Other management of the container blocks until the hook completes.
                     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                     */
                    "postStart"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Sleep represents the duration that the container should sleep before being terminated.
                         */
                        "sleep"?: {
                            /**
                             * Seconds is the number of seconds to sleep.
                             */
                            "seconds": number;
                        };
                        /**
                         * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                         * for the backward compatibility. There are no validation of this field and
                         * lifecycle hooks will fail in runtime when tcp handler is specified.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                    };
                    /**
                     * PreStop is called immediately before a container is terminated due to an
                     * API request or management event such as liveness/startup probe failure,
                     * preemption, resource contention, etc. The handler is not called if the
                     * container crashes or exits. The Pod's termination grace period countdown begins before the
                     * PreStop hook is executed. Regardless of the outcome of the handler, the
                     * container will eventually terminate within the Pod's termination grace
                     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
                     * or until the termination grace period is reached.
                     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                     */
                    "preStop"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Sleep represents the duration that the container should sleep before being terminated.
                         */
                        "sleep"?: {
                            /**
                             * Seconds is the number of seconds to sleep.
                             */
                            "seconds": number;
                        };
                        /**
                         * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                         * for the backward compatibility. There are no validation of this field and
                         * lifecycle hooks will fail in runtime when tcp handler is specified.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                    };
                };
                /**
                 * Liveness probe parameters
                 */
                "livenessProbe"?: {
                    /**
                     * Exec specifies the action to take.
                     */
                    "exec"?: {
                        /**
                         * Command is the command line to execute inside the container, the working directory for the
                         * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                         * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                         * a shell, you need to explicitly call out to that shell.
                         * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                         */
                        "command"?: Array<string>;
                    };
                    /**
                     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                     * Defaults to 3. Minimum value is 1.
                     */
                    "failureThreshold"?: number;
                    /**
                     * GRPC specifies an action involving a GRPC port.
                     */
                    "grpc"?: {
                        /**
                         * Port number of the gRPC service. Number must be in the range 1 to 65535.
                         */
                        "port": number;
                        /**
                         * Service is the name of the service to place in the gRPC HealthCheckRequest
                         * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                         *
                         * If this is not specified, the default behavior is defined by gRPC.
                         */
                        "service"?: string;
                    };
                    /**
                     * HTTPGet specifies the http request to perform.
                     */
                    "httpGet"?: {
                        /**
                         * Host name to connect to, defaults to the pod IP. You probably want to set
                         * "Host" in httpHeaders instead.
                         */
                        "host"?: string;
                        /**
                         * Custom headers to set in the request. HTTP allows repeated headers.
                         */
                        "httpHeaders"?: Array<{
                            /**
                             * The header field name.
                             * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                             */
                            "name": string;
                            /**
                             * The header field value
                             */
                            "value": string;
                        }>;
                        /**
                         * Path to access on the HTTP server.
                         */
                        "path"?: string;
                        /**
                         * Name or number of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                        /**
                         * Scheme to use for connecting to the host.
                         * Defaults to HTTP.
                         */
                        "scheme"?: string;
                    };
                    /**
                     * Number of seconds after the container has started before liveness probes are initiated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "initialDelaySeconds"?: number;
                    /**
                     * How often (in seconds) to perform the probe.
                     * Default to 10 seconds. Minimum value is 1.
                     */
                    "periodSeconds"?: number;
                    /**
                     * Minimum consecutive successes for the probe to be considered successful after having failed.
                     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                     */
                    "successThreshold"?: number;
                    /**
                     * TCPSocket specifies an action involving a TCP port.
                     */
                    "tcpSocket"?: {
                        /**
                         * Optional: Host name to connect to, defaults to the pod IP.
                         */
                        "host"?: string;
                        /**
                         * Number or name of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                    };
                    /**
                     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                     * The grace period is the duration in seconds after the processes running in the pod are sent
                     * a termination signal and the time when the processes are forcibly halted with a kill signal.
                     * Set this value longer than the expected cleanup time for your process.
                     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                     * value overrides the value provided by the pod spec.
                     * Value must be non-negative integer. The value zero indicates stop immediately via
                     * the kill signal (no opportunity to shut down).
                     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                     */
                    "terminationGracePeriodSeconds"?: number;
                    /**
                     * Number of seconds after which the probe times out.
                     * Defaults to 1 second. Minimum value is 1.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "timeoutSeconds"?: number;
                };
                /**
                 * Node Selector to be added for the StatefulSet.
                 */
                "nodeSelector"?: {
                    [key: string]: string;
                };
                /**
                 * PodSecurityContext is the security context for the pod.
                 */
                "podSecurityContext"?: {
                    /**
                     * appArmorProfile is the AppArmor options to use by the containers in this pod.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "appArmorProfile"?: {
                        /**
                         * localhostProfile indicates a profile loaded on the node that should be used.
                         * The profile must be preconfigured on the node to work.
                         * Must match the loaded name of the profile.
                         * Must be set if and only if type is "Localhost".
                         */
                        "localhostProfile"?: string;
                        /**
                         * type indicates which kind of AppArmor profile will be applied.
                         * Valid options are:
                         *   Localhost - a profile pre-loaded on the node.
                         *   RuntimeDefault - the container runtime's default profile.
                         *   Unconfined - no AppArmor enforcement.
                         */
                        "type": string;
                    };
                    /**
                     * A special supplemental group that applies to all containers in a pod.
                     * Some volume types allow the Kubelet to change the ownership of that volume
                     * to be owned by the pod:
                     *
                     * 1. The owning GID will be the FSGroup
                     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
                     * 3. The permission bits are OR'd with rw-rw----
                     *
                     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "fsGroup"?: number;
                    /**
                     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
                     * before being exposed inside Pod. This field will only apply to
                     * volume types which support fsGroup based ownership(and permissions).
                     * It will have no effect on ephemeral volume types such as: secret, configmaps
                     * and emptydir.
                     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "fsGroupChangePolicy"?: string;
                    /**
                     * The GID to run the entrypoint of the container process.
                     * Uses runtime default if unset.
                     * May also be set in SecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence
                     * for that container.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "runAsGroup"?: number;
                    /**
                     * Indicates that the container must run as a non-root user.
                     * If true, the Kubelet will validate the image at runtime to ensure that it
                     * does not run as UID 0 (root) and fail to start the container if it does.
                     * If unset or false, no such validation will be performed.
                     * May also be set in SecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence.
                     */
                    "runAsNonRoot"?: boolean;
                    /**
                     * The UID to run the entrypoint of the container process.
                     * Defaults to user specified in image metadata if unspecified.
                     * May also be set in SecurityContext.  If set in both SecurityContext and
                     * PodSecurityContext, the value specified in SecurityContext takes precedence
                     * for that container.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "runAsUser"?: number;
                    /**
                     * The SELinux context to be applied to all containers.
                     * If unspecified, the container runtime will allocate a random SELinux context for each
                     * container.  May also be set in SecurityContext.  If set in
                     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
                     * takes precedence for that container.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "seLinuxOptions"?: {
                        /**
                         * Level is SELinux level label that applies to the container.
                         */
                        "level"?: string;
                        /**
                         * Role is a SELinux role label that applies to the container.
                         */
                        "role"?: string;
                        /**
                         * Type is a SELinux type label that applies to the container.
                         */
                        "type"?: string;
                        /**
                         * User is a SELinux user label that applies to the container.
                         */
                        "user"?: string;
                    };
                    /**
                     * The seccomp options to use by the containers in this pod.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "seccompProfile"?: {
                        /**
                         * localhostProfile indicates a profile defined in a file on the node should be used.
                         * The profile must be preconfigured on the node to work.
                         * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                         * Must be set if type is "Localhost". Must NOT be set for any other type.
                         */
                        "localhostProfile"?: string;
                        /**
                         * type indicates which kind of seccomp profile will be applied.
                         * Valid options are:
                         *
                         * Localhost - a profile defined in a file on the node should be used.
                         * RuntimeDefault - the container runtime default profile should be used.
                         * Unconfined - no profile should be applied.
                         */
                        "type": string;
                    };
                    /**
                     * A list of groups applied to the first process run in each container, in
                     * addition to the container's primary GID and fsGroup (if specified).  If
                     * the SupplementalGroupsPolicy feature is enabled, the
                     * supplementalGroupsPolicy field determines whether these are in addition
                     * to or instead of any group memberships defined in the container image.
                     * If unspecified, no additional groups are added, though group memberships
                     * defined in the container image may still be used, depending on the
                     * supplementalGroupsPolicy field.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "supplementalGroups"?: Array<number>;
                    /**
                     * Defines how supplemental groups of the first container processes are calculated.
                     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
                     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
                     * and the container runtime must implement support for this feature.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "supplementalGroupsPolicy"?: string;
                    /**
                     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
                     * sysctls (by the container runtime) might fail to launch.
                     * Note that this field cannot be set when spec.os.name is windows.
                     */
                    "sysctls"?: Array<{
                        /**
                         * Name of a property to set
                         */
                        "name": string;
                        /**
                         * Value of a property to set
                         */
                        "value": string;
                    }>;
                    /**
                     * The Windows specific settings applied to all containers.
                     * If unspecified, the options within a container's SecurityContext will be used.
                     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                     * Note that this field cannot be set when spec.os.name is linux.
                     */
                    "windowsOptions"?: {
                        /**
                         * GMSACredentialSpec is where the GMSA admission webhook
                         * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                         * GMSA credential spec named by the GMSACredentialSpecName field.
                         */
                        "gmsaCredentialSpec"?: string;
                        /**
                         * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                         */
                        "gmsaCredentialSpecName"?: string;
                        /**
                         * HostProcess determines if a container should be run as a 'Host Process' container.
                         * All of a Pod's containers must have the same effective HostProcess value
                         * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                         * In addition, if HostProcess is true then HostNetwork must also be set to true.
                         */
                        "hostProcess"?: boolean;
                        /**
                         * The UserName in Windows to run the entrypoint of the container process.
                         * Defaults to the user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext. If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsUserName"?: string;
                    };
                };
                /**
                 * PriorityClassName for the pod
                 */
                "priorityClassName"?: string;
                /**
                 * Readiness probe parameters
                 */
                "readinessProbe"?: {
                    /**
                     * Exec specifies the action to take.
                     */
                    "exec"?: {
                        /**
                         * Command is the command line to execute inside the container, the working directory for the
                         * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                         * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                         * a shell, you need to explicitly call out to that shell.
                         * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                         */
                        "command"?: Array<string>;
                    };
                    /**
                     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                     * Defaults to 3. Minimum value is 1.
                     */
                    "failureThreshold"?: number;
                    /**
                     * GRPC specifies an action involving a GRPC port.
                     */
                    "grpc"?: {
                        /**
                         * Port number of the gRPC service. Number must be in the range 1 to 65535.
                         */
                        "port": number;
                        /**
                         * Service is the name of the service to place in the gRPC HealthCheckRequest
                         * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                         *
                         * If this is not specified, the default behavior is defined by gRPC.
                         */
                        "service"?: string;
                    };
                    /**
                     * HTTPGet specifies the http request to perform.
                     */
                    "httpGet"?: {
                        /**
                         * Host name to connect to, defaults to the pod IP. You probably want to set
                         * "Host" in httpHeaders instead.
                         */
                        "host"?: string;
                        /**
                         * Custom headers to set in the request. HTTP allows repeated headers.
                         */
                        "httpHeaders"?: Array<{
                            /**
                             * The header field name.
                             * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                             */
                            "name": string;
                            /**
                             * The header field value
                             */
                            "value": string;
                        }>;
                        /**
                         * Path to access on the HTTP server.
                         */
                        "path"?: string;
                        /**
                         * Name or number of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                        /**
                         * Scheme to use for connecting to the host.
                         * Defaults to HTTP.
                         */
                        "scheme"?: string;
                    };
                    /**
                     * Number of seconds after the container has started before liveness probes are initiated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "initialDelaySeconds"?: number;
                    /**
                     * How often (in seconds) to perform the probe.
                     * Default to 10 seconds. Minimum value is 1.
                     */
                    "periodSeconds"?: number;
                    /**
                     * Minimum consecutive successes for the probe to be considered successful after having failed.
                     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                     */
                    "successThreshold"?: number;
                    /**
                     * TCPSocket specifies an action involving a TCP port.
                     */
                    "tcpSocket"?: {
                        /**
                         * Optional: Host name to connect to, defaults to the pod IP.
                         */
                        "host"?: string;
                        /**
                         * Number or name of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                    };
                    /**
                     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                     * The grace period is the duration in seconds after the processes running in the pod are sent
                     * a termination signal and the time when the processes are forcibly halted with a kill signal.
                     * Set this value longer than the expected cleanup time for your process.
                     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                     * value overrides the value provided by the pod spec.
                     * Value must be non-negative integer. The value zero indicates stop immediately via
                     * the kill signal (no opportunity to shut down).
                     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                     */
                    "terminationGracePeriodSeconds"?: number;
                    /**
                     * Number of seconds after which the probe times out.
                     * Defaults to 1 second. Minimum value is 1.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "timeoutSeconds"?: number;
                };
                /**
                 * Resources is the resource requirements for the default container.
                 */
                "resources"?: {
                    /**
                     * Claims lists the names of resources, defined in spec.resourceClaims,
                     * that are used by this container.
                     *
                     * This is an alpha field and requires enabling the
                     * DynamicResourceAllocation feature gate.
                     *
                     * This field is immutable. It can only be set for containers.
                     */
                    "claims"?: Array<{
                        /**
                         * Name must match the name of one entry in pod.spec.resourceClaims of
                         * the Pod where this field is used. It makes that resource available
                         * inside a container.
                         */
                        "name": string;
                        /**
                         * Request is the name chosen for a request in the referenced claim.
                         * If empty, everything from the claim is made available, otherwise
                         * only the result of this request.
                         */
                        "request"?: string;
                    }>;
                    /**
                     * Limits describes the maximum amount of compute resources allowed.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "limits"?: {
                        [key: string]: number | string;
                    };
                    /**
                     * Requests describes the minimum amount of compute resources required.
                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "requests"?: {
                        [key: string]: number | string;
                    };
                };
                /**
                 * Optional Service Account to run the pod under.
                 */
                "serviceAccountName"?: string;
                /**
                 * Should process namespace sharing be enabled on created pods
                 */
                "shareProcessNamespace"?: boolean;
                /**
                 * Sidecar containers to run in the pod. These are in addition to the Solr Container
                 */
                "sidecarContainers"?: Array<{
                    /**
                     * Arguments to the entrypoint.
                     * The container image's CMD is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "args"?: Array<string>;
                    /**
                     * Entrypoint array. Not executed within a shell.
                     * The container image's ENTRYPOINT is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "command"?: Array<string>;
                    /**
                     * List of environment variables to set in the container.
                     * Cannot be updated.
                     */
                    "env"?: Array<{
                        /**
                         * Name of the environment variable. Must be a C_IDENTIFIER.
                         */
                        "name": string;
                        /**
                         * Variable references $(VAR_NAME) are expanded
                         * using the previously defined environment variables in the container and
                         * any service environment variables. If a variable cannot be resolved,
                         * the reference in the input string will be unchanged. Double $$ are reduced
                         * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                         * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                         * Escaped references will never be expanded, regardless of whether the variable
                         * exists or not.
                         * Defaults to "".
                         */
                        "value"?: string;
                        /**
                         * Source for the environment variable's value. Cannot be used if value is not empty.
                         */
                        "valueFrom"?: {
                            /**
                             * Selects a key of a ConfigMap.
                             */
                            "configMapKeyRef"?: {
                                /**
                                 * The key to select.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the ConfigMap or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                             * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                            /**
                             * Selects a key of a secret in the pod's namespace
                             */
                            "secretKeyRef"?: {
                                /**
                                 * The key of the secret to select from.  Must be a valid secret key.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                        };
                    }>;
                    /**
                     * List of sources to populate environment variables in the container.
                     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
                     * will be reported as an event when the container is starting. When a key exists in multiple
                     * sources, the value associated with the last source will take precedence.
                     * Values defined by an Env with a duplicate key will take precedence.
                     * Cannot be updated.
                     */
                    "envFrom"?: Array<{
                        /**
                         * The ConfigMap to select from
                         */
                        "configMapRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the ConfigMap must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
                         */
                        "prefix"?: string;
                        /**
                         * The Secret to select from
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the Secret must be defined
                             */
                            "optional"?: boolean;
                        };
                    }>;
                    /**
                     * Container image name.
                     * More info: https://kubernetes.io/docs/concepts/containers/images
                     * This field is optional to allow higher level config management to default or override
                     * container images in workload controllers like Deployments and StatefulSets.
                     */
                    "image"?: string;
                    /**
                     * Image pull policy.
                     * One of Always, Never, IfNotPresent.
                     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
                     */
                    "imagePullPolicy"?: string;
                    /**
                     * Actions that the management system should take in response to container lifecycle events.
                     * Cannot be updated.
                     */
                    "lifecycle"?: {
                        /**
                         * PostStart is called immediately after a container is created. If the handler fails,
                         * the container is terminated and restarted according to its restart policy.
                         * Other management of the container blocks until the hook completes.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "postStart"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                        /**
                         * PreStop is called immediately before a container is terminated due to an
                         * API request or management event such as liveness/startup probe failure,
                         * preemption, resource contention, etc. The handler is not called if the
                         * container crashes or exits. The Pod's termination grace period countdown begins before the
                         * PreStop hook is executed. Regardless of the outcome of the handler, the
                         * container will eventually terminate within the Pod's termination grace
                         * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
                         * or until the termination grace period is reached.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "preStop"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                    };
                    /**
                     * Periodic probe of container liveness.
                     * Container will be restarted if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "livenessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Name of the container specified as a DNS_LABEL.
                     * Each container in a pod must have a unique name (DNS_LABEL).
                     * Cannot be updated.
                     */
                    "name": string;
                    /**
                     * List of ports to expose from the container. Not specifying a port here
                     * DOES NOT prevent that port from being exposed. Any port which is
                     * listening on the default "0.0.0.0" address inside a container will be
                     * accessible from the network.
                     * Modifying this array with strategic merge patch may corrupt the data.
                     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
                     * Cannot be updated.
                     */
                    "ports"?: Array<{
                        /**
                         * Number of port to expose on the pod's IP address.
                         * This must be a valid port number, 0 < x < 65536.
                         */
                        "containerPort": number;
                        /**
                         * What host IP to bind the external port to.
                         */
                        "hostIP"?: string;
                        /**
                         * Number of port to expose on the host.
                         * If specified, this must be a valid port number, 0 < x < 65536.
                         * If HostNetwork is specified, this must match ContainerPort.
                         * Most containers do not need this.
                         */
                        "hostPort"?: number;
                        /**
                         * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
                         * named port in a pod must have a unique name. Name for the port that can be
                         * referred to by services.
                         */
                        "name"?: string;
                        /**
                         * Protocol for port. Must be UDP, TCP, or SCTP.
                         * Defaults to "TCP".
                         */
                        "protocol"?: string;
                    }>;
                    /**
                     * Periodic probe of container service readiness.
                     * Container will be removed from service endpoints if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "readinessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Resources resize policy for the container.
                     */
                    "resizePolicy"?: Array<{
                        /**
                         * Name of the resource to which this resource resize policy applies.
                         * Supported values: cpu, memory.
                         */
                        "resourceName": string;
                        /**
                         * Restart policy to apply when specified resource is resized.
                         * If not specified, it defaults to NotRequired.
                         */
                        "restartPolicy": string;
                    }>;
                    /**
                     * Compute Resources required by this container.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "resources"?: {
                        /**
                         * Claims lists the names of resources, defined in spec.resourceClaims,
                         * that are used by this container.
                         *
                         * This is an alpha field and requires enabling the
                         * DynamicResourceAllocation feature gate.
                         *
                         * This field is immutable. It can only be set for containers.
                         */
                        "claims"?: Array<{
                            /**
                             * Name must match the name of one entry in pod.spec.resourceClaims of
                             * the Pod where this field is used. It makes that resource available
                             * inside a container.
                             */
                            "name": string;
                            /**
                             * Request is the name chosen for a request in the referenced claim.
                             * If empty, everything from the claim is made available, otherwise
                             * only the result of this request.
                             */
                            "request"?: string;
                        }>;
                        /**
                         * Limits describes the maximum amount of compute resources allowed.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "limits"?: {
                            [key: string]: number | string;
                        };
                        /**
                         * Requests describes the minimum amount of compute resources required.
                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "requests"?: {
                            [key: string]: number | string;
                        };
                    };
                    /**
                     * RestartPolicy defines the restart behavior of individual containers in a pod.
                     * This field may only be set for init containers, and the only allowed value is "Always".
                     * For non-init containers or when this field is not specified,
                     * the restart behavior is defined by the Pod's restart policy and the container type.
                     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
                     * this init container will be continually restarted on
                     * exit until all regular containers have terminated. Once all regular
                     * containers have completed, all init containers with restartPolicy "Always"
                     * will be shut down. This lifecycle differs from normal init containers and
                     * is often referred to as a "sidecar" container. Although this init
                     * container still starts in the init container sequence, it does not wait
                     * for the container to complete before proceeding to the next init
                     * container. Instead, the next init container starts immediately after this
                     * init container is started, or after any startupProbe has successfully
                     * completed.
                     */
                    "restartPolicy"?: string;
                    /**
                     * SecurityContext defines the security options the container should be run with.
                     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
                     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
                     */
                    "securityContext"?: {
                        /**
                         * AllowPrivilegeEscalation controls whether a process can gain more
                         * privileges than its parent process. This bool directly controls if
                         * the no_new_privs flag will be set on the container process.
                         * AllowPrivilegeEscalation is true always when the container is:
                         * 1) run as Privileged
                         * 2) has CAP_SYS_ADMIN
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "allowPrivilegeEscalation"?: boolean;
                        /**
                         * appArmorProfile is the AppArmor options to use by this container. If set, this profile
                         * overrides the pod's appArmorProfile.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "appArmorProfile"?: {
                            /**
                             * localhostProfile indicates a profile loaded on the node that should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must match the loaded name of the profile.
                             * Must be set if and only if type is "Localhost".
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of AppArmor profile will be applied.
                             * Valid options are:
                             *   Localhost - a profile pre-loaded on the node.
                             *   RuntimeDefault - the container runtime's default profile.
                             *   Unconfined - no AppArmor enforcement.
                             */
                            "type": string;
                        };
                        /**
                         * The capabilities to add/drop when running containers.
                         * Defaults to the default set of capabilities granted by the container runtime.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "capabilities"?: {
                            /**
                             * Added capabilities
                             */
                            "add"?: Array<string>;
                            /**
                             * Removed capabilities
                             */
                            "drop"?: Array<string>;
                        };
                        /**
                         * Run container in privileged mode.
                         * Processes in privileged containers are essentially equivalent to root on the host.
                         * Defaults to false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "privileged"?: boolean;
                        /**
                         * procMount denotes the type of proc mount to use for the containers.
                         * The default value is Default which uses the container runtime defaults for
                         * readonly paths and masked paths.
                         * This requires the ProcMountType feature flag to be enabled.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "procMount"?: string;
                        /**
                         * Whether this container has a read-only root filesystem.
                         * Default is false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "readOnlyRootFilesystem"?: boolean;
                        /**
                         * The GID to run the entrypoint of the container process.
                         * Uses runtime default if unset.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsGroup"?: number;
                        /**
                         * Indicates that the container must run as a non-root user.
                         * If true, the Kubelet will validate the image at runtime to ensure that it
                         * does not run as UID 0 (root) and fail to start the container if it does.
                         * If unset or false, no such validation will be performed.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsNonRoot"?: boolean;
                        /**
                         * The UID to run the entrypoint of the container process.
                         * Defaults to user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsUser"?: number;
                        /**
                         * The SELinux context to be applied to the container.
                         * If unspecified, the container runtime will allocate a random SELinux context for each
                         * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seLinuxOptions"?: {
                            /**
                             * Level is SELinux level label that applies to the container.
                             */
                            "level"?: string;
                            /**
                             * Role is a SELinux role label that applies to the container.
                             */
                            "role"?: string;
                            /**
                             * Type is a SELinux type label that applies to the container.
                             */
                            "type"?: string;
                            /**
                             * User is a SELinux user label that applies to the container.
                             */
                            "user"?: string;
                        };
                        /**
                         * The seccomp options to use by this container. If seccomp options are
                         * provided at both the pod & container level, the container options
                         * override the pod options.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seccompProfile"?: {
                            /**
                             * localhostProfile indicates a profile defined in a file on the node should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                             * Must be set if type is "Localhost". Must NOT be set for any other type.
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of seccomp profile will be applied.
                             * Valid options are:
                             *
                             * Localhost - a profile defined in a file on the node should be used.
                             * RuntimeDefault - the container runtime default profile should be used.
                             * Unconfined - no profile should be applied.
                             */
                            "type": string;
                        };
                        /**
                         * The Windows specific settings applied to all containers.
                         * If unspecified, the options from the PodSecurityContext will be used.
                         * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is linux.
                         */
                        "windowsOptions"?: {
                            /**
                             * GMSACredentialSpec is where the GMSA admission webhook
                             * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                             * GMSA credential spec named by the GMSACredentialSpecName field.
                             */
                            "gmsaCredentialSpec"?: string;
                            /**
                             * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                             */
                            "gmsaCredentialSpecName"?: string;
                            /**
                             * HostProcess determines if a container should be run as a 'Host Process' container.
                             * All of a Pod's containers must have the same effective HostProcess value
                             * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                             * In addition, if HostProcess is true then HostNetwork must also be set to true.
                             */
                            "hostProcess"?: boolean;
                            /**
                             * The UserName in Windows to run the entrypoint of the container process.
                             * Defaults to the user specified in image metadata if unspecified.
                             * May also be set in PodSecurityContext. If set in both SecurityContext and
                             * PodSecurityContext, the value specified in SecurityContext takes precedence.
                             */
                            "runAsUserName"?: string;
                        };
                    };
                    /**
                     * StartupProbe indicates that the Pod has successfully initialized.
                     * If specified, no other probes are executed until this completes successfully.
                     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
                     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
                     * when it might take a long time to load data or warm a cache, than during steady-state operation.
                     * This cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "startupProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Whether this container should allocate a buffer for stdin in the container runtime. If this
                     * is not set, reads from stdin in the container will always result in EOF.
                     * Default is false.
                     */
                    "stdin"?: boolean;
                    /**
                     * Whether the container runtime should close the stdin channel after it has been opened by
                     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
                     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
                     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
                     * at which time stdin is closed and remains closed until the container is restarted. If this
                     * flag is false, a container processes that reads from stdin will never receive an EOF.
                     * Default is false
                     */
                    "stdinOnce"?: boolean;
                    /**
                     * Optional: Path at which the file to which the container's termination message
                     * will be written is mounted into the container's filesystem.
                     * Message written is intended to be brief final status, such as an assertion failure message.
                     * Will be truncated by the node if greater than 4096 bytes. The total message length across
                     * all containers will be limited to 12kb.
                     * Defaults to /dev/termination-log.
                     * Cannot be updated.
                     */
                    "terminationMessagePath"?: string;
                    /**
                     * Indicate how the termination message should be populated. File will use the contents of
                     * terminationMessagePath to populate the container status message on both success and failure.
                     * FallbackToLogsOnError will use the last chunk of container log output if the termination
                     * message file is empty and the container exited with an error.
                     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
                     * Defaults to File.
                     * Cannot be updated.
                     */
                    "terminationMessagePolicy"?: string;
                    /**
                     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
                     * Default is false.
                     */
                    "tty"?: boolean;
                    /**
                     * volumeDevices is the list of block devices to be used by the container.
                     */
                    "volumeDevices"?: Array<{
                        /**
                         * devicePath is the path inside of the container that the device will be mapped to.
                         */
                        "devicePath": string;
                        /**
                         * name must match the name of a persistentVolumeClaim in the pod
                         */
                        "name": string;
                    }>;
                    /**
                     * Pod volumes to mount into the container's filesystem.
                     * Cannot be updated.
                     */
                    "volumeMounts"?: Array<{
                        /**
                         * Path within the container at which the volume should be mounted.  Must
                         * not contain ':'.
                         */
                        "mountPath": string;
                        /**
                         * mountPropagation determines how mounts are propagated from the host
                         * to container and the other way around.
                         * When not set, MountPropagationNone is used.
                         * This field is beta in 1.10.
                         * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                         * (which defaults to None).
                         */
                        "mountPropagation"?: string;
                        /**
                         * This must match the Name of a Volume.
                         */
                        "name": string;
                        /**
                         * Mounted read-only if true, read-write otherwise (false or unspecified).
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * RecursiveReadOnly specifies whether read-only mounts should be handled
                         * recursively.
                         *
                         * If ReadOnly is false, this field has no meaning and must be unspecified.
                         *
                         * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                         * recursively read-only.  If this field is set to IfPossible, the mount is made
                         * recursively read-only, if it is supported by the container runtime.  If this
                         * field is set to Enabled, the mount is made recursively read-only if it is
                         * supported by the container runtime, otherwise the pod will not be started and
                         * an error will be generated to indicate the reason.
                         *
                         * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                         * None (or be unspecified, which defaults to None).
                         *
                         * If this field is not specified, it is treated as an equivalent of Disabled.
                         */
                        "recursiveReadOnly"?: string;
                        /**
                         * Path within the volume from which the container's volume should be mounted.
                         * Defaults to "" (volume's root).
                         */
                        "subPath"?: string;
                        /**
                         * Expanded path within the volume from which the container's volume should be mounted.
                         * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                         * Defaults to "" (volume's root).
                         * SubPathExpr and SubPath are mutually exclusive.
                         */
                        "subPathExpr"?: string;
                    }>;
                    /**
                     * Container's working directory.
                     * If not specified, the container runtime's default will be used, which
                     * might be configured in the container image.
                     * Cannot be updated.
                     */
                    "workingDir"?: string;
                }>;
                /**
                 * Startup probe parameters
                 */
                "startupProbe"?: {
                    /**
                     * Exec specifies the action to take.
                     */
                    "exec"?: {
                        /**
                         * Command is the command line to execute inside the container, the working directory for the
                         * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                         * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                         * a shell, you need to explicitly call out to that shell.
                         * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                         */
                        "command"?: Array<string>;
                    };
                    /**
                     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                     * Defaults to 3. Minimum value is 1.
                     */
                    "failureThreshold"?: number;
                    /**
                     * GRPC specifies an action involving a GRPC port.
                     */
                    "grpc"?: {
                        /**
                         * Port number of the gRPC service. Number must be in the range 1 to 65535.
                         */
                        "port": number;
                        /**
                         * Service is the name of the service to place in the gRPC HealthCheckRequest
                         * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                         *
                         * If this is not specified, the default behavior is defined by gRPC.
                         */
                        "service"?: string;
                    };
                    /**
                     * HTTPGet specifies the http request to perform.
                     */
                    "httpGet"?: {
                        /**
                         * Host name to connect to, defaults to the pod IP. You probably want to set
                         * "Host" in httpHeaders instead.
                         */
                        "host"?: string;
                        /**
                         * Custom headers to set in the request. HTTP allows repeated headers.
                         */
                        "httpHeaders"?: Array<{
                            /**
                             * The header field name.
                             * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                             */
                            "name": string;
                            /**
                             * The header field value
                             */
                            "value": string;
                        }>;
                        /**
                         * Path to access on the HTTP server.
                         */
                        "path"?: string;
                        /**
                         * Name or number of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                        /**
                         * Scheme to use for connecting to the host.
                         * Defaults to HTTP.
                         */
                        "scheme"?: string;
                    };
                    /**
                     * Number of seconds after the container has started before liveness probes are initiated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "initialDelaySeconds"?: number;
                    /**
                     * How often (in seconds) to perform the probe.
                     * Default to 10 seconds. Minimum value is 1.
                     */
                    "periodSeconds"?: number;
                    /**
                     * Minimum consecutive successes for the probe to be considered successful after having failed.
                     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                     */
                    "successThreshold"?: number;
                    /**
                     * TCPSocket specifies an action involving a TCP port.
                     */
                    "tcpSocket"?: {
                        /**
                         * Optional: Host name to connect to, defaults to the pod IP.
                         */
                        "host"?: string;
                        /**
                         * Number or name of the port to access on the container.
                         * Number must be in the range 1 to 65535.
                         * Name must be an IANA_SVC_NAME.
                         */
                        "port": number | string;
                    };
                    /**
                     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                     * The grace period is the duration in seconds after the processes running in the pod are sent
                     * a termination signal and the time when the processes are forcibly halted with a kill signal.
                     * Set this value longer than the expected cleanup time for your process.
                     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                     * value overrides the value provided by the pod spec.
                     * Value must be non-negative integer. The value zero indicates stop immediately via
                     * the kill signal (no opportunity to shut down).
                     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                     */
                    "terminationGracePeriodSeconds"?: number;
                    /**
                     * Number of seconds after which the probe times out.
                     * Defaults to 1 second. Minimum value is 1.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "timeoutSeconds"?: number;
                };
                /**
                 * Optional duration in seconds the pod needs to terminate gracefully.
                 */
                "terminationGracePeriodSeconds"?: number;
                /**
                 * Tolerations to be added for the StatefulSet.
                 */
                "tolerations"?: Array<{
                    /**
                     * Effect indicates the taint effect to match. Empty means match all taint effects.
                     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                     */
                    "effect"?: string;
                    /**
                     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                     */
                    "key"?: string;
                    /**
                     * Operator represents a key's relationship to the value.
                     * Valid operators are Exists and Equal. Defaults to Equal.
                     * Exists is equivalent to wildcard for value, so that a pod can
                     * tolerate all taints of a particular category.
                     */
                    "operator"?: string;
                    /**
                     * TolerationSeconds represents the period of time the toleration (which must be
                     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                     * it is not set, which means tolerate the taint forever (do not evict). Zero and
                     * negative values will be treated as 0 (evict immediately) by the system.
                     */
                    "tolerationSeconds"?: number;
                    /**
                     * Value is the taint value the toleration matches to.
                     * If the operator is Exists, the value should be empty, otherwise just a regular string.
                     */
                    "value"?: string;
                }>;
                /**
                 * Optional PodSpreadTopologyConstraints to use when scheduling pods.
                 * More information here: https://kubernetes.io/docs/concepts/workloads/pods/pod-topology-spread-constraints/
                 *
                 * Note: There is no need to provide a "labelSelector", as the operator will inject the labels for you if not provided.
                 */
                "topologySpreadConstraints"?: Array<{
                    /**
                     * LabelSelector is used to find matching pods.
                     * Pods that match this label selector are counted to determine the number of pods
                     * in their corresponding topology domain.
                     */
                    "labelSelector"?: {
                        /**
                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                         */
                        "matchExpressions"?: Array<{
                            /**
                             * key is the label key that the selector applies to.
                             */
                            "key": string;
                            /**
                             * operator represents a key's relationship to a set of values.
                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                             */
                            "operator": string;
                            /**
                             * values is an array of string values. If the operator is In or NotIn,
                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                             * the values array must be empty. This array is replaced during a strategic
                             * merge patch.
                             */
                            "values"?: Array<string>;
                        }>;
                        /**
                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                         */
                        "matchLabels"?: {
                            [key: string]: string;
                        };
                    };
                    /**
                     * MatchLabelKeys is a set of pod label keys to select the pods over which
                     * spreading will be calculated. The keys are used to lookup values from the
                     * incoming pod labels, those key-value labels are ANDed with labelSelector
                     * to select the group of existing pods over which spreading will be calculated
                     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
                     * MatchLabelKeys cannot be set when LabelSelector isn't set.
                     * Keys that don't exist in the incoming pod labels will
                     * be ignored. A null or empty list means only match against labelSelector.
                     *
                     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
                     */
                    "matchLabelKeys"?: Array<string>;
                    /**
                     * MaxSkew describes the degree to which pods may be unevenly distributed.
                     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
                     * between the number of matching pods in the target topology and the global minimum.
                     * The global minimum is the minimum number of matching pods in an eligible domain
                     * or zero if the number of eligible domains is less than MinDomains.
                     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                     * labelSelector spread as 2/2/1:
                     * In this case, the global minimum is 1.
                     * | zone1 | zone2 | zone3 |
                     * |  P P  |  P P  |   P   |
                     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
                     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
                     * violate MaxSkew(1).
                     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
                     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
                     * to topologies that satisfy it.
                     * It's a required field. Default value is 1 and 0 is not allowed.
                     */
                    "maxSkew": number;
                    /**
                     * MinDomains indicates a minimum number of eligible domains.
                     * When the number of eligible domains with matching topology keys is less than minDomains,
                     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
                     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
                     * this value has no effect on scheduling.
                     * As a result, when the number of eligible domains is less than minDomains,
                     * scheduler won't schedule more than maxSkew Pods to those domains.
                     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
                     * Valid values are integers greater than 0.
                     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
                     *
                     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
                     * labelSelector spread as 2/2/2:
                     * | zone1 | zone2 | zone3 |
                     * |  P P  |  P P  |  P P  |
                     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
                     * In this situation, new pod with the same labelSelector cannot be scheduled,
                     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
                     * it will violate MaxSkew.
                     */
                    "minDomains"?: number;
                    /**
                     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
                     * when calculating pod topology spread skew. Options are:
                     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
                     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
                     *
                     * If this value is nil, the behavior is equivalent to the Honor policy.
                     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
                     */
                    "nodeAffinityPolicy"?: string;
                    /**
                     * NodeTaintsPolicy indicates how we will treat node taints when calculating
                     * pod topology spread skew. Options are:
                     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
                     * has a toleration, are included.
                     * - Ignore: node taints are ignored. All nodes are included.
                     *
                     * If this value is nil, the behavior is equivalent to the Ignore policy.
                     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
                     */
                    "nodeTaintsPolicy"?: string;
                    /**
                     * TopologyKey is the key of node labels. Nodes that have a label with this key
                     * and identical values are considered to be in the same topology.
                     * We consider each <key, value> as a "bucket", and try to put balanced number
                     * of pods into each bucket.
                     * We define a domain as a particular instance of a topology.
                     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
                     * nodeAffinityPolicy and nodeTaintsPolicy.
                     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
                     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
                     * It's a required field.
                     */
                    "topologyKey": string;
                    /**
                     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
                     * the spread constraint.
                     * - DoNotSchedule (default) tells the scheduler not to schedule it.
                     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
                     *   but giving higher precedence to topologies that would help reduce the
                     *   skew.
                     * A constraint is considered "Unsatisfiable" for an incoming pod
                     * if and only if every possible node assignment for that pod would violate
                     * "MaxSkew" on some topology.
                     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                     * labelSelector spread as 3/1/1:
                     * | zone1 | zone2 | zone3 |
                     * | P P P |   P   |   P   |
                     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
                     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
                     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
                     * won't make it \*more\* imbalanced.
                     * It's a required field.
                     */
                    "whenUnsatisfiable": string;
                }>;
                /**
                 * Additional non-data volumes to load into the default container.
                 */
                "volumes"?: Array<{
                    /**
                     * DefaultContainerMount defines how to mount this volume into the default container.
                     * If this volume is to be used only with sidecar or non-default init containers,
                     * then this option is not necessary.
                     */
                    "defaultContainerMount"?: {
                        /**
                         * Path within the container at which the volume should be mounted.  Must
                         * not contain ':'.
                         */
                        "mountPath": string;
                        /**
                         * mountPropagation determines how mounts are propagated from the host
                         * to container and the other way around.
                         * When not set, MountPropagationNone is used.
                         * This field is beta in 1.10.
                         * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                         * (which defaults to None).
                         */
                        "mountPropagation"?: string;
                        /**
                         * This must match the Name of a Volume.
                         */
                        "name": string;
                        /**
                         * Mounted read-only if true, read-write otherwise (false or unspecified).
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * RecursiveReadOnly specifies whether read-only mounts should be handled
                         * recursively.
                         *
                         * If ReadOnly is false, this field has no meaning and must be unspecified.
                         *
                         * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                         * recursively read-only.  If this field is set to IfPossible, the mount is made
                         * recursively read-only, if it is supported by the container runtime.  If this
                         * field is set to Enabled, the mount is made recursively read-only if it is
                         * supported by the container runtime, otherwise the pod will not be started and
                         * an error will be generated to indicate the reason.
                         *
                         * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                         * None (or be unspecified, which defaults to None).
                         *
                         * If this field is not specified, it is treated as an equivalent of Disabled.
                         */
                        "recursiveReadOnly"?: string;
                        /**
                         * Path within the volume from which the container's volume should be mounted.
                         * Defaults to "" (volume's root).
                         */
                        "subPath"?: string;
                        /**
                         * Expanded path within the volume from which the container's volume should be mounted.
                         * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                         * Defaults to "" (volume's root).
                         * SubPathExpr and SubPath are mutually exclusive.
                         */
                        "subPathExpr"?: string;
                    };
                    /**
                     * Name of the volume
                     */
                    "name": string;
                    /**
                     * Source is the source of the Volume to be loaded into the solrCloud Pod
                     */
                    "source": {
                        /**
                         * awsElasticBlockStore represents an AWS Disk resource that is attached to a
                         * kubelet's host machine and then exposed to the pod.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "awsElasticBlockStore"?: {
                            /**
                             * fsType is the filesystem type of the volume that you want to mount.
                             * Tip: Ensure that the filesystem type is supported by the host operating system.
                             * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                             */
                            "fsType"?: string;
                            /**
                             * partition is the partition in the volume that you want to mount.
                             * If omitted, the default is to mount by volume name.
                             * Examples: For volume /dev/sda1, you specify the partition as "1".
                             * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                             */
                            "partition"?: number;
                            /**
                             * readOnly value true will force the readOnly setting in VolumeMounts.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                             */
                            "readOnly"?: boolean;
                            /**
                             * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                             */
                            "volumeID": string;
                        };
                        /**
                         * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
                         */
                        "azureDisk"?: {
                            /**
                             * cachingMode is the Host Caching mode: None, Read Only, Read Write.
                             */
                            "cachingMode"?: string;
                            /**
                             * diskName is the Name of the data disk in the blob storage
                             */
                            "diskName": string;
                            /**
                             * diskURI is the URI of data disk in the blob storage
                             */
                            "diskURI": string;
                            /**
                             * fsType is Filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
                             */
                            "kind"?: string;
                            /**
                             * readOnly Defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                        };
                        /**
                         * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
                         */
                        "azureFile"?: {
                            /**
                             * readOnly defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretName is the  name of secret that contains Azure Storage Account Name and Key
                             */
                            "secretName": string;
                            /**
                             * shareName is the azure share Name
                             */
                            "shareName": string;
                        };
                        /**
                         * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
                         */
                        "cephfs"?: {
                            /**
                             * monitors is Required: Monitors is a collection of Ceph monitors
                             * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                             */
                            "monitors": Array<string>;
                            /**
                             * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
                             */
                            "path"?: string;
                            /**
                             * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
                             * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                             */
                            "secretFile"?: string;
                            /**
                             * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
                             * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * user is optional: User is the rados user name, default is admin
                             * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                             */
                            "user"?: string;
                        };
                        /**
                         * cinder represents a cinder volume attached and mounted on kubelets host machine.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "cinder"?: {
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                             */
                            "fsType"?: string;
                            /**
                             * readOnly defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef is optional: points to a secret object containing parameters used to connect
                             * to OpenStack.
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * volumeID used to identify the volume in cinder.
                             * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                             */
                            "volumeID": string;
                        };
                        /**
                         * configMap represents a configMap that should populate this volume
                         */
                        "configMap"?: {
                            /**
                             * defaultMode is optional: mode bits used to set permissions on created files by default.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * Defaults to 0644.
                             * Directories within the path are not affected by this setting.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "defaultMode"?: number;
                            /**
                             * items if unspecified, each key-value pair in the Data field of the referenced
                             * ConfigMap will be projected into the volume as a file whose name is the
                             * key and content is the value. If specified, the listed keys will be
                             * projected into the specified paths, and unlisted keys will not be
                             * present. If a key is specified which is not present in the ConfigMap,
                             * the volume setup will error unless it is marked optional. Paths must be
                             * relative and may not contain the '..' path or start with '..'.
                             */
                            "items"?: Array<{
                                /**
                                 * key is the key to project.
                                 */
                                "key": string;
                                /**
                                 * mode is Optional: mode bits used to set permissions on this file.
                                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                 * If not specified, the volume defaultMode will be used.
                                 * This might be in conflict with other options that affect the file
                                 * mode, like fsGroup, and the result can be other mode bits set.
                                 */
                                "mode"?: number;
                                /**
                                 * path is the relative path of the file to map the key to.
                                 * May not be an absolute path.
                                 * May not contain the path element '..'.
                                 * May not start with the string '..'.
                                 */
                                "path": string;
                            }>;
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * optional specify whether the ConfigMap or its keys must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
                         */
                        "csi"?: {
                            /**
                             * driver is the name of the CSI driver that handles this volume.
                             * Consult with your admin for the correct name as registered in the cluster.
                             */
                            "driver": string;
                            /**
                             * fsType to mount. Ex. "ext4", "xfs", "ntfs".
                             * If not provided, the empty value is passed to the associated CSI driver
                             * which will determine the default filesystem to apply.
                             */
                            "fsType"?: string;
                            /**
                             * nodePublishSecretRef is a reference to the secret object containing
                             * sensitive information to pass to the CSI driver to complete the CSI
                             * NodePublishVolume and NodeUnpublishVolume calls.
                             * This field is optional, and  may be empty if no secret is required. If the
                             * secret object contains more than one secret, all secret references are passed.
                             */
                            "nodePublishSecretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * readOnly specifies a read-only configuration for the volume.
                             * Defaults to false (read/write).
                             */
                            "readOnly"?: boolean;
                            /**
                             * volumeAttributes stores driver-specific properties that are passed to the CSI
                             * driver. Consult your driver's documentation for supported values.
                             */
                            "volumeAttributes"?: {
                                [key: string]: string;
                            };
                        };
                        /**
                         * downwardAPI represents downward API about the pod that should populate this volume
                         */
                        "downwardAPI"?: {
                            /**
                             * Optional: mode bits to use on created files by default. Must be a
                             * Optional: mode bits used to set permissions on created files by default.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * Defaults to 0644.
                             * Directories within the path are not affected by this setting.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "defaultMode"?: number;
                            /**
                             * Items is a list of downward API volume file
                             */
                            "items"?: Array<{
                                /**
                                 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                                 */
                                "fieldRef"?: {
                                    /**
                                     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                     */
                                    "apiVersion"?: string;
                                    /**
                                     * Path of the field to select in the specified API version.
                                     */
                                    "fieldPath": string;
                                };
                                /**
                                 * Optional: mode bits used to set permissions on this file, must be an octal value
                                 * between 0000 and 0777 or a decimal value between 0 and 511.
                                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                 * If not specified, the volume defaultMode will be used.
                                 * This might be in conflict with other options that affect the file
                                 * mode, like fsGroup, and the result can be other mode bits set.
                                 */
                                "mode"?: number;
                                /**
                                 * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                                 */
                                "path": string;
                                /**
                                 * Selects a resource of the container: only resources limits and requests
                                 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                                 */
                                "resourceFieldRef"?: {
                                    /**
                                     * Container name: required for volumes, optional for env vars
                                     */
                                    "containerName"?: string;
                                    /**
                                     * Specifies the output format of the exposed resources, defaults to "1"
                                     */
                                    "divisor"?: number | string;
                                    /**
                                     * Required: resource to select
                                     */
                                    "resource": string;
                                };
                            }>;
                        };
                        /**
                         * emptyDir represents a temporary directory that shares a pod's lifetime.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "emptyDir"?: {
                            /**
                             * medium represents what type of storage medium should back this directory.
                             * The default is "" which means to use the node's default medium.
                             * Must be an empty string (default) or Memory.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                             */
                            "medium"?: string;
                            /**
                             * sizeLimit is the total amount of local storage required for this EmptyDir volume.
                             * The size limit is also applicable for memory medium.
                             * The maximum usage on memory medium EmptyDir would be the minimum value between
                             * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
                             * The default is nil which means that the limit is undefined.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                             */
                            "sizeLimit"?: number | string;
                        };
                        /**
                         * ephemeral represents a volume that is handled by a cluster storage driver.
                         * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
                         * and deleted when the pod is removed.
                         *
                         * Use this if:
                         * a) the volume is only needed while the pod runs,
                         * b) features of normal volumes like restoring from snapshot or capacity
                         *    tracking are needed,
                         * c) the storage driver is specified through a storage class, and
                         * d) the storage driver supports dynamic volume provisioning through
                         *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
                         *    information on the connection between this volume type
                         *    and PersistentVolumeClaim).
                         *
                         * Use PersistentVolumeClaim or one of the vendor-specific
                         * APIs for volumes that persist for longer than the lifecycle
                         * of an individual pod.
                         *
                         * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
                         * be used that way - see the documentation of the driver for
                         * more information.
                         *
                         * A pod can use both types of ephemeral volumes and
                         * persistent volumes at the same time.
                         */
                        "ephemeral"?: {
                            /**
                             * Will be used to create a stand-alone PVC to provision the volume.
                             * The pod in which this EphemeralVolumeSource is embedded will be the
                             * owner of the PVC, i.e. the PVC will be deleted together with the
                             * pod.  The name of the PVC will be `<pod name>-<volume name>` where
                             * `<volume name>` is the name from the `PodSpec.Volumes` array
                             * entry. Pod validation will reject the pod if the concatenated name
                             * is not valid for a PVC (for example, too long).
                             *
                             * An existing PVC with that name that is not owned by the pod
                             * will \*not\* be used for the pod to avoid using an unrelated
                             * volume by mistake. Starting the pod is then blocked until
                             * the unrelated PVC is removed. If such a pre-created PVC is
                             * meant to be used by the pod, the PVC has to updated with an
                             * owner reference to the pod once the pod exists. Normally
                             * this should not be necessary, but it may be useful when
                             * manually reconstructing a broken cluster.
                             *
                             * This field is read-only and no changes will be made by Kubernetes
                             * to the PVC after it has been created.
                             *
                             * Required, must not be nil.
                             */
                            "volumeClaimTemplate"?: {
                                /**
                                 * May contain labels and annotations that will be copied into the PVC
                                 * when creating it. No other fields are allowed and will be rejected during
                                 * validation.
                                 */
                                "metadata"?: {};
                                /**
                                 * The specification for the PersistentVolumeClaim. The entire content is
                                 * copied unchanged into the PVC that gets created from this
                                 * template. The same fields as in a PersistentVolumeClaim
                                 * are also valid here.
                                 */
                                "spec": {
                                    /**
                                     * accessModes contains the desired access modes the volume should have.
                                     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                                     */
                                    "accessModes"?: Array<string>;
                                    /**
                                     * dataSource field can be used to specify either:
                                     * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                                     * \* An existing PVC (PersistentVolumeClaim)
                                     * If the provisioner or an external controller can support the specified data source,
                                     * it will create a new volume based on the contents of the specified data source.
                                     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                                     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                                     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                                     */
                                    "dataSource"?: {
                                        /**
                                         * APIGroup is the group for the resource being referenced.
                                         * If APIGroup is not specified, the specified Kind must be in the core API group.
                                         * For any other third-party types, APIGroup is required.
                                         */
                                        "apiGroup"?: string;
                                        /**
                                         * Kind is the type of resource being referenced
                                         */
                                        "kind": string;
                                        /**
                                         * Name is the name of resource being referenced
                                         */
                                        "name": string;
                                    };
                                    /**
                                     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                                     * volume is desired. This may be any object from a non-empty API group (non
                                     * core object) or a PersistentVolumeClaim object.
                                     * When this field is specified, volume binding will only succeed if the type of
                                     * the specified object matches some installed volume populator or dynamic
                                     * provisioner.
                                     * This field will replace the functionality of the dataSource field and as such
                                     * if both fields are non-empty, they must have the same value. For backwards
                                     * compatibility, when namespace isn't specified in dataSourceRef,
                                     * both fields (dataSource and dataSourceRef) will be set to the same
                                     * value automatically if one of them is empty and the other is non-empty.
                                     * When namespace is specified in dataSourceRef,
                                     * dataSource isn't set to the same value and must be empty.
                                     * There are three important differences between dataSource and dataSourceRef:
                                     * \* While dataSource only allows two specific types of objects, dataSourceRef
                                     *   allows any non-core object, as well as PersistentVolumeClaim objects.
                                     * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                                     *   preserves all values, and generates an error if a disallowed value is
                                     *   specified.
                                     * \* While dataSource only allows local objects, dataSourceRef allows objects
                                     *   in any namespaces.
                                     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                                     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                     */
                                    "dataSourceRef"?: {
                                        /**
                                         * APIGroup is the group for the resource being referenced.
                                         * If APIGroup is not specified, the specified Kind must be in the core API group.
                                         * For any other third-party types, APIGroup is required.
                                         */
                                        "apiGroup"?: string;
                                        /**
                                         * Kind is the type of resource being referenced
                                         */
                                        "kind": string;
                                        /**
                                         * Name is the name of resource being referenced
                                         */
                                        "name": string;
                                        /**
                                         * Namespace is the namespace of resource being referenced
                                         * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                                         * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                         */
                                        "namespace"?: string;
                                    };
                                    /**
                                     * resources represents the minimum resources the volume should have.
                                     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
                                     * that are lower than previous value but must still be higher than capacity recorded in the
                                     * status field of the claim.
                                     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                                     */
                                    "resources"?: {
                                        /**
                                         * Limits describes the maximum amount of compute resources allowed.
                                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                         */
                                        "limits"?: {
                                            [key: string]: number | string;
                                        };
                                        /**
                                         * Requests describes the minimum amount of compute resources required.
                                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                         */
                                        "requests"?: {
                                            [key: string]: number | string;
                                        };
                                    };
                                    /**
                                     * selector is a label query over volumes to consider for binding.
                                     */
                                    "selector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * storageClassName is the name of the StorageClass required by the claim.
                                     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                                     */
                                    "storageClassName"?: string;
                                    /**
                                     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                                     * If specified, the CSI driver will create or update the volume with the attributes defined
                                     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                                     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
                                     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
                                     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
                                     * will be set by the persistentvolume controller if it exists.
                                     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                                     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                                     * exists.
                                     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                                     * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
                                     */
                                    "volumeAttributesClassName"?: string;
                                    /**
                                     * volumeMode defines what type of volume is required by the claim.
                                     * Value of Filesystem is implied when not included in claim spec.
                                     */
                                    "volumeMode"?: string;
                                    /**
                                     * volumeName is the binding reference to the PersistentVolume backing this claim.
                                     */
                                    "volumeName"?: string;
                                };
                            };
                        };
                        /**
                         * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
                         */
                        "fc"?: {
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * lun is Optional: FC target lun number
                             */
                            "lun"?: number;
                            /**
                             * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * targetWWNs is Optional: FC target worldwide names (WWNs)
                             */
                            "targetWWNs"?: Array<string>;
                            /**
                             * wwids Optional: FC volume world wide identifiers (wwids)
                             * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
                             */
                            "wwids"?: Array<string>;
                        };
                        /**
                         * flexVolume represents a generic volume resource that is
                         * provisioned/attached using an exec based plugin.
                         */
                        "flexVolume"?: {
                            /**
                             * driver is the name of the driver to use for this volume.
                             */
                            "driver": string;
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
                             */
                            "fsType"?: string;
                            /**
                             * options is Optional: this field holds extra command options if any.
                             */
                            "options"?: {
                                [key: string]: string;
                            };
                            /**
                             * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef is Optional: secretRef is reference to the secret object containing
                             * sensitive information to pass to the plugin scripts. This may be
                             * empty if no secret object is specified. If the secret object
                             * contains more than one secret, all secrets are passed to the plugin
                             * scripts.
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                        };
                        /**
                         * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
                         */
                        "flocker"?: {
                            /**
                             * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
                             * should be considered as deprecated
                             */
                            "datasetName"?: string;
                            /**
                             * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
                             */
                            "datasetUUID"?: string;
                        };
                        /**
                         * gcePersistentDisk represents a GCE Disk resource that is attached to a
                         * kubelet's host machine and then exposed to the pod.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "gcePersistentDisk"?: {
                            /**
                             * fsType is filesystem type of the volume that you want to mount.
                             * Tip: Ensure that the filesystem type is supported by the host operating system.
                             * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                             */
                            "fsType"?: string;
                            /**
                             * partition is the partition in the volume that you want to mount.
                             * If omitted, the default is to mount by volume name.
                             * Examples: For volume /dev/sda1, you specify the partition as "1".
                             * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                             */
                            "partition"?: number;
                            /**
                             * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                             */
                            "pdName": string;
                            /**
                             * readOnly here will force the ReadOnly setting in VolumeMounts.
                             * Defaults to false.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                             */
                            "readOnly"?: boolean;
                        };
                        /**
                         * gitRepo represents a git repository at a particular revision.
                         * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
                         * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
                         * into the Pod's container.
                         */
                        "gitRepo"?: {
                            /**
                             * directory is the target directory name.
                             * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
                             * git repository.  Otherwise, if specified, the volume will contain the git repository in
                             * the subdirectory with the given name.
                             */
                            "directory"?: string;
                            /**
                             * repository is the URL
                             */
                            "repository": string;
                            /**
                             * revision is the commit hash for the specified revision.
                             */
                            "revision"?: string;
                        };
                        /**
                         * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md
                         */
                        "glusterfs"?: {
                            /**
                             * endpoints is the endpoint name that details Glusterfs topology.
                             * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                             */
                            "endpoints": string;
                            /**
                             * path is the Glusterfs volume path.
                             * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                             */
                            "path": string;
                            /**
                             * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
                             * Defaults to false.
                             * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                             */
                            "readOnly"?: boolean;
                        };
                        /**
                         * hostPath represents a pre-existing file or directory on the host
                         * machine that is directly exposed to the container. This is generally
                         * used for system agents or other privileged things that are allowed
                         * to see the host machine. Most containers will NOT need this.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                         */
                        "hostPath"?: {
                            /**
                             * path of the directory on the host.
                             * If the path is a symlink, it will follow the link to the real path.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                             */
                            "path": string;
                            /**
                             * type for HostPath Volume
                             * Defaults to ""
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                             */
                            "type"?: string;
                        };
                        /**
                         * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
                         * The volume is resolved at pod startup depending on which PullPolicy value is provided:
                         *
                         * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                         * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                         * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                         *
                         * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
                         * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
                         * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
                         * The OCI object gets mounted in a single directory (spec.containers[\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
                         * The volume will be mounted read-only (ro) and non-executable files (noexec).
                         * Sub path mounts for containers are not supported (spec.containers[\*].volumeMounts.subpath).
                         * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
                         */
                        "image"?: {
                            /**
                             * Policy for pulling OCI objects. Possible values are:
                             * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                             * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                             * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                             * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                             */
                            "pullPolicy"?: string;
                            /**
                             * Required: Image or artifact reference to be used.
                             * Behaves in the same way as pod.spec.containers[\*].image.
                             * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
                             * More info: https://kubernetes.io/docs/concepts/containers/images
                             * This field is optional to allow higher level config management to default or override
                             * container images in workload controllers like Deployments and StatefulSets.
                             */
                            "reference"?: string;
                        };
                        /**
                         * iscsi represents an ISCSI Disk resource that is attached to a
                         * kubelet's host machine and then exposed to the pod.
                         * More info: https://examples.k8s.io/volumes/iscsi/README.md
                         */
                        "iscsi"?: {
                            /**
                             * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
                             */
                            "chapAuthDiscovery"?: boolean;
                            /**
                             * chapAuthSession defines whether support iSCSI Session CHAP authentication
                             */
                            "chapAuthSession"?: boolean;
                            /**
                             * fsType is the filesystem type of the volume that you want to mount.
                             * Tip: Ensure that the filesystem type is supported by the host operating system.
                             * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
                             */
                            "fsType"?: string;
                            /**
                             * initiatorName is the custom iSCSI Initiator Name.
                             * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
                             * <target portal>:<volume name> will be created for the connection.
                             */
                            "initiatorName"?: string;
                            /**
                             * iqn is the target iSCSI Qualified Name.
                             */
                            "iqn": string;
                            /**
                             * iscsiInterface is the interface Name that uses an iSCSI transport.
                             * Defaults to 'default' (tcp).
                             */
                            "iscsiInterface"?: string;
                            /**
                             * lun represents iSCSI Target Lun number.
                             */
                            "lun": number;
                            /**
                             * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
                             * is other than default (typically TCP ports 860 and 3260).
                             */
                            "portals"?: Array<string>;
                            /**
                             * readOnly here will force the ReadOnly setting in VolumeMounts.
                             * Defaults to false.
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef is the CHAP Secret for iSCSI target and initiator authentication
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
                             * is other than default (typically TCP ports 860 and 3260).
                             */
                            "targetPortal": string;
                        };
                        /**
                         * nfs represents an NFS mount on the host that shares a pod's lifetime
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "nfs"?: {
                            /**
                             * path that is exported by the NFS server.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                             */
                            "path": string;
                            /**
                             * readOnly here will force the NFS export to be mounted with read-only permissions.
                             * Defaults to false.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                             */
                            "readOnly"?: boolean;
                            /**
                             * server is the hostname or IP address of the NFS server.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                             */
                            "server": string;
                        };
                        /**
                         * persistentVolumeClaimVolumeSource represents a reference to a
                         * PersistentVolumeClaim in the same namespace.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                         */
                        "persistentVolumeClaim"?: {
                            /**
                             * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
                             * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                             */
                            "claimName": string;
                            /**
                             * readOnly Will force the ReadOnly setting in VolumeMounts.
                             * Default false.
                             */
                            "readOnly"?: boolean;
                        };
                        /**
                         * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
                         */
                        "photonPersistentDisk"?: {
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * pdID is the ID that identifies Photon Controller persistent disk
                             */
                            "pdID": string;
                        };
                        /**
                         * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
                         */
                        "portworxVolume"?: {
                            /**
                             * fSType represents the filesystem type to mount
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * readOnly defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * volumeID uniquely identifies a Portworx volume
                             */
                            "volumeID": string;
                        };
                        /**
                         * projected items for all in one resources secrets, configmaps, and downward API
                         */
                        "projected"?: {
                            /**
                             * defaultMode are the mode bits used to set permissions on created files by default.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * Directories within the path are not affected by this setting.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "defaultMode"?: number;
                            /**
                             * sources is the list of volume projections. Each entry in this list
                             * handles one source.
                             */
                            "sources"?: Array<{
                                /**
                                 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
                                 * of ClusterTrustBundle objects in an auto-updating file.
                                 *
                                 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
                                 *
                                 * ClusterTrustBundle objects can either be selected by name, or by the
                                 * combination of signer name and a label selector.
                                 *
                                 * Kubelet performs aggressive normalization of the PEM contents written
                                 * into the pod filesystem.  Esoteric PEM features such as inter-block
                                 * comments and block headers are stripped.  Certificates are deduplicated.
                                 * The ordering of certificates within the file is arbitrary, and Kubelet
                                 * may change the order over time.
                                 */
                                "clusterTrustBundle"?: {
                                    /**
                                     * Select all ClusterTrustBundles that match this label selector.  Only has
                                     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
                                     * interpreted as "match nothing".  If set but empty, interpreted as "match
                                     * everything".
                                     */
                                    "labelSelector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             *
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             *
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
                                     * with signerName and labelSelector.
                                     */
                                    "name"?: string;
                                    /**
                                     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
                                     * aren't available.  If using name, then the named ClusterTrustBundle is
                                     * allowed not to exist.  If using signerName, then the combination of
                                     * signerName and labelSelector is allowed to match zero
                                     * ClusterTrustBundles.
                                     */
                                    "optional"?: boolean;
                                    /**
                                     * Relative path from the volume root to write the bundle.
                                     */
                                    "path": string;
                                    /**
                                     * Select all ClusterTrustBundles that match this signer name.
                                     * Mutually-exclusive with name.  The contents of all selected
                                     * ClusterTrustBundles will be unified and deduplicated.
                                     */
                                    "signerName"?: string;
                                };
                                /**
                                 * configMap information about the configMap data to project
                                 */
                                "configMap"?: {
                                    /**
                                     * items if unspecified, each key-value pair in the Data field of the referenced
                                     * ConfigMap will be projected into the volume as a file whose name is the
                                     * key and content is the value. If specified, the listed keys will be
                                     * projected into the specified paths, and unlisted keys will not be
                                     * present. If a key is specified which is not present in the ConfigMap,
                                     * the volume setup will error unless it is marked optional. Paths must be
                                     * relative and may not contain the '..' path or start with '..'.
                                     */
                                    "items"?: Array<{
                                        /**
                                         * key is the key to project.
                                         */
                                        "key": string;
                                        /**
                                         * mode is Optional: mode bits used to set permissions on this file.
                                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                         * If not specified, the volume defaultMode will be used.
                                         * This might be in conflict with other options that affect the file
                                         * mode, like fsGroup, and the result can be other mode bits set.
                                         */
                                        "mode"?: number;
                                        /**
                                         * path is the relative path of the file to map the key to.
                                         * May not be an absolute path.
                                         * May not contain the path element '..'.
                                         * May not start with the string '..'.
                                         */
                                        "path": string;
                                    }>;
                                    /**
                                     * Name of the referent.
                                     * This field is effectively required, but due to backwards compatibility is
                                     * allowed to be empty. Instances of this type with an empty value here are
                                     * almost certainly wrong.
                                     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                     */
                                    "name"?: string;
                                    /**
                                     * optional specify whether the ConfigMap or its keys must be defined
                                     */
                                    "optional"?: boolean;
                                };
                                /**
                                 * downwardAPI information about the downwardAPI data to project
                                 */
                                "downwardAPI"?: {
                                    /**
                                     * Items is a list of DownwardAPIVolume file
                                     */
                                    "items"?: Array<{
                                        /**
                                         * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                                         */
                                        "fieldRef"?: {
                                            /**
                                             * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                             */
                                            "apiVersion"?: string;
                                            /**
                                             * Path of the field to select in the specified API version.
                                             */
                                            "fieldPath": string;
                                        };
                                        /**
                                         * Optional: mode bits used to set permissions on this file, must be an octal value
                                         * between 0000 and 0777 or a decimal value between 0 and 511.
                                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                         * If not specified, the volume defaultMode will be used.
                                         * This might be in conflict with other options that affect the file
                                         * mode, like fsGroup, and the result can be other mode bits set.
                                         */
                                        "mode"?: number;
                                        /**
                                         * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                                         */
                                        "path": string;
                                        /**
                                         * Selects a resource of the container: only resources limits and requests
                                         * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                                         */
                                        "resourceFieldRef"?: {
                                            /**
                                             * Container name: required for volumes, optional for env vars
                                             */
                                            "containerName"?: string;
                                            /**
                                             * Specifies the output format of the exposed resources, defaults to "1"
                                             */
                                            "divisor"?: number | string;
                                            /**
                                             * Required: resource to select
                                             */
                                            "resource": string;
                                        };
                                    }>;
                                };
                                /**
                                 * secret information about the secret data to project
                                 */
                                "secret"?: {
                                    /**
                                     * items if unspecified, each key-value pair in the Data field of the referenced
                                     * Secret will be projected into the volume as a file whose name is the
                                     * key and content is the value. If specified, the listed keys will be
                                     * projected into the specified paths, and unlisted keys will not be
                                     * present. If a key is specified which is not present in the Secret,
                                     * the volume setup will error unless it is marked optional. Paths must be
                                     * relative and may not contain the '..' path or start with '..'.
                                     */
                                    "items"?: Array<{
                                        /**
                                         * key is the key to project.
                                         */
                                        "key": string;
                                        /**
                                         * mode is Optional: mode bits used to set permissions on this file.
                                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                         * If not specified, the volume defaultMode will be used.
                                         * This might be in conflict with other options that affect the file
                                         * mode, like fsGroup, and the result can be other mode bits set.
                                         */
                                        "mode"?: number;
                                        /**
                                         * path is the relative path of the file to map the key to.
                                         * May not be an absolute path.
                                         * May not contain the path element '..'.
                                         * May not start with the string '..'.
                                         */
                                        "path": string;
                                    }>;
                                    /**
                                     * Name of the referent.
                                     * This field is effectively required, but due to backwards compatibility is
                                     * allowed to be empty. Instances of this type with an empty value here are
                                     * almost certainly wrong.
                                     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                     */
                                    "name"?: string;
                                    /**
                                     * optional field specify whether the Secret or its key must be defined
                                     */
                                    "optional"?: boolean;
                                };
                                /**
                                 * serviceAccountToken is information about the serviceAccountToken data to project
                                 */
                                "serviceAccountToken"?: {
                                    /**
                                     * audience is the intended audience of the token. A recipient of a token
                                     * must identify itself with an identifier specified in the audience of the
                                     * token, and otherwise should reject the token. The audience defaults to the
                                     * identifier of the apiserver.
                                     */
                                    "audience"?: string;
                                    /**
                                     * expirationSeconds is the requested duration of validity of the service
                                     * account token. As the token approaches expiration, the kubelet volume
                                     * plugin will proactively rotate the service account token. The kubelet will
                                     * start trying to rotate the token if the token is older than 80 percent of
                                     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
                                     * and must be at least 10 minutes.
                                     */
                                    "expirationSeconds"?: number;
                                    /**
                                     * path is the path relative to the mount point of the file to project the
                                     * token into.
                                     */
                                    "path": string;
                                };
                            }>;
                        };
                        /**
                         * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
                         */
                        "quobyte"?: {
                            /**
                             * group to map volume access to
                             * Default is no group
                             */
                            "group"?: string;
                            /**
                             * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
                             * Defaults to false.
                             */
                            "readOnly"?: boolean;
                            /**
                             * registry represents a single or multiple Quobyte Registry services
                             * specified as a string as host:port pair (multiple entries are separated with commas)
                             * which acts as the central registry for volumes
                             */
                            "registry": string;
                            /**
                             * tenant owning the given Quobyte volume in the Backend
                             * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
                             */
                            "tenant"?: string;
                            /**
                             * user to map volume access to
                             * Defaults to serivceaccount user
                             */
                            "user"?: string;
                            /**
                             * volume is a string that references an already created Quobyte volume by name.
                             */
                            "volume": string;
                        };
                        /**
                         * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md
                         */
                        "rbd"?: {
                            /**
                             * fsType is the filesystem type of the volume that you want to mount.
                             * Tip: Ensure that the filesystem type is supported by the host operating system.
                             * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
                             */
                            "fsType"?: string;
                            /**
                             * image is the rados image name.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "image": string;
                            /**
                             * keyring is the path to key ring for RBDUser.
                             * Default is /etc/ceph/keyring.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "keyring"?: string;
                            /**
                             * monitors is a collection of Ceph monitors.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "monitors": Array<string>;
                            /**
                             * pool is the rados pool name.
                             * Default is rbd.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "pool"?: string;
                            /**
                             * readOnly here will force the ReadOnly setting in VolumeMounts.
                             * Defaults to false.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef is name of the authentication secret for RBDUser. If provided
                             * overrides keyring.
                             * Default is nil.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * user is the rados user name.
                             * Default is admin.
                             * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                             */
                            "user"?: string;
                        };
                        /**
                         * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
                         */
                        "scaleIO"?: {
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs".
                             * Default is "xfs".
                             */
                            "fsType"?: string;
                            /**
                             * gateway is the host address of the ScaleIO API Gateway.
                             */
                            "gateway": string;
                            /**
                             * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
                             */
                            "protectionDomain"?: string;
                            /**
                             * readOnly Defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef references to the secret for ScaleIO user and other
                             * sensitive information. If this is not provided, Login operation will fail.
                             */
                            "secretRef": {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * sslEnabled Flag enable/disable SSL communication with Gateway, default false
                             */
                            "sslEnabled"?: boolean;
                            /**
                             * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
                             * Default is ThinProvisioned.
                             */
                            "storageMode"?: string;
                            /**
                             * storagePool is the ScaleIO Storage Pool associated with the protection domain.
                             */
                            "storagePool"?: string;
                            /**
                             * system is the name of the storage system as configured in ScaleIO.
                             */
                            "system": string;
                            /**
                             * volumeName is the name of a volume already created in the ScaleIO system
                             * that is associated with this volume source.
                             */
                            "volumeName"?: string;
                        };
                        /**
                         * secret represents a secret that should populate this volume.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                         */
                        "secret"?: {
                            /**
                             * defaultMode is Optional: mode bits used to set permissions on created files by default.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values
                             * for mode bits. Defaults to 0644.
                             * Directories within the path are not affected by this setting.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "defaultMode"?: number;
                            /**
                             * items If unspecified, each key-value pair in the Data field of the referenced
                             * Secret will be projected into the volume as a file whose name is the
                             * key and content is the value. If specified, the listed keys will be
                             * projected into the specified paths, and unlisted keys will not be
                             * present. If a key is specified which is not present in the Secret,
                             * the volume setup will error unless it is marked optional. Paths must be
                             * relative and may not contain the '..' path or start with '..'.
                             */
                            "items"?: Array<{
                                /**
                                 * key is the key to project.
                                 */
                                "key": string;
                                /**
                                 * mode is Optional: mode bits used to set permissions on this file.
                                 * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                 * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                 * If not specified, the volume defaultMode will be used.
                                 * This might be in conflict with other options that affect the file
                                 * mode, like fsGroup, and the result can be other mode bits set.
                                 */
                                "mode"?: number;
                                /**
                                 * path is the relative path of the file to map the key to.
                                 * May not be an absolute path.
                                 * May not contain the path element '..'.
                                 * May not start with the string '..'.
                                 */
                                "path": string;
                            }>;
                            /**
                             * optional field specify whether the Secret or its keys must be defined
                             */
                            "optional"?: boolean;
                            /**
                             * secretName is the name of the secret in the pod's namespace to use.
                             * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                             */
                            "secretName"?: string;
                        };
                        /**
                         * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
                         */
                        "storageos"?: {
                            /**
                             * fsType is the filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * readOnly defaults to false (read/write). ReadOnly here will force
                             * the ReadOnly setting in VolumeMounts.
                             */
                            "readOnly"?: boolean;
                            /**
                             * secretRef specifies the secret to use for obtaining the StorageOS API
                             * credentials.  If not specified, default values will be attempted.
                             */
                            "secretRef"?: {
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                            };
                            /**
                             * volumeName is the human-readable name of the StorageOS volume.  Volume
                             * names are only unique within a namespace.
                             */
                            "volumeName"?: string;
                            /**
                             * volumeNamespace specifies the scope of the volume within StorageOS.  If no
                             * namespace is specified then the Pod's namespace will be used.  This allows the
                             * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
                             * Set VolumeName to any name to override the default behaviour.
                             * Set to "default" if you are not using namespaces within StorageOS.
                             * Namespaces that do not pre-exist within StorageOS will be created.
                             */
                            "volumeNamespace"?: string;
                        };
                        /**
                         * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
                         */
                        "vsphereVolume"?: {
                            /**
                             * fsType is filesystem type to mount.
                             * Must be a filesystem type supported by the host operating system.
                             * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                             */
                            "fsType"?: string;
                            /**
                             * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
                             */
                            "storagePolicyID"?: string;
                            /**
                             * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
                             */
                            "storagePolicyName"?: string;
                            /**
                             * volumePath is the path that identifies vSphere volume vmdk
                             */
                            "volumePath": string;
                        };
                    };
                }>;
            };
            /**
             * StatefulSetOptions defines the custom options for the solrCloud StatefulSet.
             */
            "statefulSetOptions"?: {
                /**
                 * Annotations to be added for the StatefulSet.
                 */
                "annotations"?: {
                    [key: string]: string;
                };
                /**
                 * Labels to be added for the StatefulSet.
                 */
                "labels"?: {
                    [key: string]: string;
                };
                /**
                 * PodManagementPolicy defines the policy for creating pods under a stateful set.
                 * Override the default value of Parallel.
                 * This cannot be updated on an existing StatefulSet, the StatefulSet must be deleted and recreated for a change in this field to take effect.
                 */
                "podManagementPolicy"?: "OrderedReady" | "Parallel";
            };
        };
        /**
         * Customize how the cloud data is stored.
         * If neither "persistent" or "ephemeral" is provided, then ephemeral storage will be used by default.
         */
        "dataStorage"?: {
            /**
             * EphemeralStorage is the specification for how the ephemeral Solr data storage should be configured.
             *
             * This option cannot be used with the "persistent" option.
             * Ephemeral storage is used by default if neither "persistent" or "ephemeral" is provided.
             */
            "ephemeral"?: {
                /**
                 * EmptyDirVolumeSource is an optional config for the emptydir volume that will store Solr data.
                 */
                "emptyDir"?: {
                    /**
                     * medium represents what type of storage medium should back this directory.
                     * The default is "" which means to use the node's default medium.
                     * Must be an empty string (default) or Memory.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                     */
                    "medium"?: string;
                    /**
                     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
                     * The size limit is also applicable for memory medium.
                     * The maximum usage on memory medium EmptyDir would be the minimum value between
                     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
                     * The default is nil which means that the limit is undefined.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                     */
                    "sizeLimit"?: number | string;
                };
                /**
                 * HostPathVolumeSource is an optional config to specify a path on the host machine to store Solr data.
                 *
                 * If hostPath is omitted, then the default EmptyDir is used, otherwise hostPath takes precedence over EmptyDir.
                 */
                "hostPath"?: {
                    /**
                     * path of the directory on the host.
                     * If the path is a symlink, it will follow the link to the real path.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                     */
                    "path": string;
                    /**
                     * type for HostPath Volume
                     * Defaults to ""
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                     */
                    "type"?: string;
                };
            };
            /**
             * PersistentStorage is the specification for how the persistent Solr data storage should be configured.
             *
             * This option cannot be used with the "ephemeral" option.
             */
            "persistent"?: {
                /**
                 * PersistentVolumeClaimTemplate is the PVC object for the solr node to store its data.
                 * Within metadata, the Name, Labels and Annotations are able to be specified, but defaults will be provided if necessary.
                 * The entire Spec is customizable, however there will be defaults provided if necessary.
                 * This field is optional. If no PVC spec is provided, then a default will be provided.
                 */
                "pvcTemplate"?: {
                    /**
                     * May contain labels and annotations that will be copied into the PVC
                     * when creating it. No other fields are allowed and will be rejected during
                     * validation.
                     */
                    "metadata"?: {
                        /**
                         * Annotations is an unstructured key value map stored with a resource that may be
                         * set by external tools to store and retrieve arbitrary metadata. They are not
                         * queryable and should be preserved when modifying objects.
                         * More info: http://kubernetes.io/docs/user-guide/annotations
                         */
                        "annotations"?: {
                            [key: string]: string;
                        };
                        /**
                         * Map of string keys and values that can be used to organize and categorize
                         * (scope and select) objects. May match selectors of replication controllers
                         * and services.
                         * More info: http://kubernetes.io/docs/user-guide/labels
                         */
                        "labels"?: {
                            [key: string]: string;
                        };
                        /**
                         * Name must be unique within a namespace. Is required when creating resources, although
                         * some resources may allow a client to request the generation of an appropriate name
                         * automatically. Name is primarily intended for creation idempotence and configuration
                         * definition.
                         * Cannot be updated.
                         * More info: http://kubernetes.io/docs/user-guide/identifiers#names
                         */
                        "name"?: string;
                    };
                    /**
                     * The specification for the PersistentVolumeClaim. The entire content is
                     * copied unchanged into the PVC that gets created from this
                     * template. The same fields as in a PersistentVolumeClaim
                     * are also valid here.
                     */
                    "spec"?: {
                        /**
                         * accessModes contains the desired access modes the volume should have.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                         */
                        "accessModes"?: Array<string>;
                        /**
                         * dataSource field can be used to specify either:
                         * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                         * \* An existing PVC (PersistentVolumeClaim)
                         * If the provisioner or an external controller can support the specified data source,
                         * it will create a new volume based on the contents of the specified data source.
                         * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                         * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                         * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                         */
                        "dataSource"?: {
                            /**
                             * APIGroup is the group for the resource being referenced.
                             * If APIGroup is not specified, the specified Kind must be in the core API group.
                             * For any other third-party types, APIGroup is required.
                             */
                            "apiGroup"?: string;
                            /**
                             * Kind is the type of resource being referenced
                             */
                            "kind": string;
                            /**
                             * Name is the name of resource being referenced
                             */
                            "name": string;
                        };
                        /**
                         * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                         * volume is desired. This may be any object from a non-empty API group (non
                         * core object) or a PersistentVolumeClaim object.
                         * When this field is specified, volume binding will only succeed if the type of
                         * the specified object matches some installed volume populator or dynamic
                         * provisioner.
                         * This field will replace the functionality of the dataSource field and as such
                         * if both fields are non-empty, they must have the same value. For backwards
                         * compatibility, when namespace isn't specified in dataSourceRef,
                         * both fields (dataSource and dataSourceRef) will be set to the same
                         * value automatically if one of them is empty and the other is non-empty.
                         * When namespace is specified in dataSourceRef,
                         * dataSource isn't set to the same value and must be empty.
                         * There are three important differences between dataSource and dataSourceRef:
                         * \* While dataSource only allows two specific types of objects, dataSourceRef
                         *   allows any non-core object, as well as PersistentVolumeClaim objects.
                         * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                         *   preserves all values, and generates an error if a disallowed value is
                         *   specified.
                         * \* While dataSource only allows local objects, dataSourceRef allows objects
                         *   in any namespaces.
                         * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                         * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                         */
                        "dataSourceRef"?: {
                            /**
                             * APIGroup is the group for the resource being referenced.
                             * If APIGroup is not specified, the specified Kind must be in the core API group.
                             * For any other third-party types, APIGroup is required.
                             */
                            "apiGroup"?: string;
                            /**
                             * Kind is the type of resource being referenced
                             */
                            "kind": string;
                            /**
                             * Name is the name of resource being referenced
                             */
                            "name": string;
                            /**
                             * Namespace is the namespace of resource being referenced
                             * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                             * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                             */
                            "namespace"?: string;
                        };
                        /**
                         * resources represents the minimum resources the volume should have.
                         * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
                         * that are lower than previous value but must still be higher than capacity recorded in the
                         * status field of the claim.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                         */
                        "resources"?: {
                            /**
                             * Limits describes the maximum amount of compute resources allowed.
                             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                             */
                            "limits"?: {
                                [key: string]: number | string;
                            };
                            /**
                             * Requests describes the minimum amount of compute resources required.
                             * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                             * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                             */
                            "requests"?: {
                                [key: string]: number | string;
                            };
                        };
                        /**
                         * selector is a label query over volumes to consider for binding.
                         */
                        "selector"?: {
                            /**
                             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                             */
                            "matchExpressions"?: Array<{
                                /**
                                 * key is the label key that the selector applies to.
                                 */
                                "key": string;
                                /**
                                 * operator represents a key's relationship to a set of values.
                                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                                 */
                                "operator": string;
                                /**
                                 * values is an array of string values. If the operator is In or NotIn,
                                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                 * the values array must be empty. This array is replaced during a strategic
                                 * merge patch.
                                 */
                                "values"?: Array<string>;
                            }>;
                            /**
                             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                             * map is equivalent to an element of matchExpressions, whose key field is "key", the
                             * operator is "In", and the values array contains only "value". The requirements are ANDed.
                             */
                            "matchLabels"?: {
                                [key: string]: string;
                            };
                        };
                        /**
                         * storageClassName is the name of the StorageClass required by the claim.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                         */
                        "storageClassName"?: string;
                        /**
                         * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                         * If specified, the CSI driver will create or update the volume with the attributes defined
                         * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                         * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
                         * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
                         * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
                         * will be set by the persistentvolume controller if it exists.
                         * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                         * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                         * exists.
                         * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                         * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
                         */
                        "volumeAttributesClassName"?: string;
                        /**
                         * volumeMode defines what type of volume is required by the claim.
                         * Value of Filesystem is implied when not included in claim spec.
                         */
                        "volumeMode"?: string;
                        /**
                         * volumeName is the binding reference to the PersistentVolume backing this claim.
                         */
                        "volumeName"?: string;
                    };
                };
                /**
                 * VolumeReclaimPolicy determines how the Solr Cloud's PVCs will be treated after the cloud is deleted.
                 *   - Retain: This is the default Kubernetes policy, where PVCs created for StatefulSets are not deleted when the StatefulSet is deleted.
                 *   - Delete: The PVCs will be deleted by the Solr Operator after the SolrCloud object is deleted.
                 * The default value is Retain, so no data will be deleted unless explicitly configured.
                 */
                "reclaimPolicy"?: "Retain" | "Delete";
            };
        };
        /**
         * The number of solr nodes to run
         */
        "replicas"?: number;
        /**
         * Configure how Solr nodes should be scaled.
         */
        "scaling"?: {
            /**
             * PopulatePodsOnScaleUp determines whether Solr replicas should be moved to newly-created Pods that have been
             * created due to the SolrCloud scaling up.
             *
             * This feature is only available to users using Solr 9.3 or newer.
             * If this is set to "true" for a cloud that is running an unsupported version of Solr, the replicas will not be moved.
             */
            "populatePodsOnScaleUp"?: boolean;
            /**
             * VacatePodsOnScaleDown determines whether Solr replicas are moved off of a Pod before the Pod is
             * deleted due to the SolrCloud scaling down.
             */
            "vacatePodsOnScaleDown"?: boolean;
        };
        /**
         * Customize how Solr is addressed both internally and externally in Kubernetes.
         */
        "solrAddressability"?: {
            /**
             * CommonServicePort defines the port to have the common Solr service listen on.
             * Defaults to 80 (when not using TLS) or 443 (when using TLS)
             */
            "commonServicePort"?: number;
            /**
             * External defines the way in which this SolrCloud nodes should be made addressable externally, from outside the Kubernetes cluster.
             * If none is provided, the Solr Cloud will not be made addressable externally.
             */
            "external"?: {
                /**
                 * Provide additional domainNames that the Ingress or ExternalDNS should listen on.
                 * This option is ignored with the LoadBalancer method.
                 */
                "additionalDomainNames"?: Array<string>;
                /**
                 * Override the domainName provided as startup parameters to the operator, used by ingresses and externalDNS.
                 * The common and/or node services will be addressable by unique names under the given domain.
                 * e.g. given.domain.name.com -> default-example-solrcloud.given.domain.name.com
                 *
                 * For the LoadBalancer method, this field is optional and will only be used when useExternalAddress=true.
                 * If used with the LoadBalancer method, you will need DNS routing to the LoadBalancer IP address through the url template given above.
                 */
                "domainName": string;
                /**
                 * Do not expose the common Solr service externally. This affects a single service.
                 * Defaults to false.
                 */
                "hideCommon"?: boolean;
                /**
                 * Do not expose each of the Solr Node services externally.
                 * The number of services this affects could range from 1 (a headless service for ExternalDNS) to the number of Solr pods your cloud contains (individual node services for Ingress/LoadBalancer).
                 * Defaults to false.
                 */
                "hideNodes"?: boolean;
                /**
                 * IngressTLSTermination tells the SolrCloud Ingress to terminate TLS on incoming connections.
                 *
                 * This is option is only available when Method=Ingress, because ExternalDNS and LoadBalancer Services do not support TLS termination.
                 * This option is also unavailable when the SolrCloud has TLS enabled via `spec.solrTLS`, in this case the Ingress cannot terminate TLS before reaching Solr.
                 *
                 * When using this option, the UseExternalAddress option will be disabled, since Solr cannot be running in HTTP mode and making internal requests in HTTPS.
                 */
                "ingressTLSTermination"?: {
                    /**
                     * TLSSecret defines a TLS Secret to use for TLS termination of all exposed addresses for this SolrCloud in the Ingress.
                     */
                    "tlsSecret"?: string;
                    /**
                     * UseDefaultTLSSecret determines whether the ingress should use the default TLS secret provided by the Ingress implementation.
                     *
                     * For example, using nginx: https://kubernetes.github.io/ingress-nginx/user-guide/tls/#default-ssl-certificate
                     */
                    "useDefaultTLSSecret"?: boolean;
                };
                /**
                 * The way in which this SolrCloud's service(s) should be made addressable externally.
                 */
                "method": "Ingress" | "ExternalDNS";
                /**
                 * NodePortOverride defines the port to have all Solr node service(s) listen on and advertise itself as if advertising through an Ingress or LoadBalancer.
                 * This overrides the default usage of the podPort.
                 *
                 * This is option is only used when HideNodes=false, otherwise the the port each Solr Node will advertise itself with the podPort.
                 * This option is also unavailable with the ExternalDNS method.
                 *
                 * If using method=Ingress, your ingress controller is required to listen on this port.
                 * If your ingress controller is not listening on the podPort, then this option is required for solr to be addressable via an Ingress.
                 *
                 * Defaults to 80 (without TLS) or 443 (with TLS) if HideNodes=false and method=Ingress, otherwise this is optional.
                 */
                "nodePortOverride"?: number;
                /**
                 * Use the external address to advertise the SolrNode, defaults to false.
                 *
                 * If false, the external address will be available, however Solr (and clients using the CloudSolrClient in SolrJ) will only be aware of the internal URLs.
                 * If true, Solr will startup with the hostname of the external address.
                 *
                 * NOTE: This option cannot be true when hideNodes is set to true. So it will be auto-set to false if that is the case.
                 */
                "useExternalAddress"?: boolean;
            };
            /**
             * KubeDomain allows for the specification of an override of the default "cluster.local" Kubernetes cluster domain.
             * Only use this option if the Kubernetes cluster has been setup with a custom domain.
             */
            "kubeDomain"?: string;
            /**
             * PodPort defines the port to have the Solr Pod listen on.
             * Defaults to 8983
             */
            "podPort"?: number;
        };
        /**
         * Options to configure client TLS certificate for Solr pods
         */
        "solrClientTLS"?: {
            /**
             * TLS certificates contain host/ip "peer name" information that is validated by default.
             */
            "checkPeerName"?: boolean;
            /**
             * Determines the client authentication method, either None, Want, or Need;
             * this affects K8s ability to call liveness / readiness probes so use cautiously.
             * Only applies for server certificates, has no effect on client certificates
             */
            "clientAuth"?: "None" | "Want" | "Need";
            /**
             * Secret containing the key store password; this field is required unless mountedTLSDir is used, as most JVMs do not support pkcs12 keystores without a password
             */
            "keyStorePasswordSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Used to specify a path where the keystore, truststore, and password files for the TLS certificate are mounted by an external agent or CSI driver.
             * This option is typically used with `spec.updateStrategy.restartSchedule` to restart Solr pods before the mounted TLS cert expires.
             */
            "mountedTLSDir"?: {
                /**
                 * Override the name of the keystore file; no default, if you don't supply this setting, then the corresponding
                 * env vars and Java system properties will not be configured for the pod template
                 */
                "keystoreFile"?: string;
                /**
                 * Set the password of the keystore explicitly. Cannot be used with "keystorePasswordFile"
                 */
                "keystorePassword"?: string;
                /**
                 * Override the name of the keystore password file; defaults to keystore-password, if "keystorePassword" is not provided.
                 */
                "keystorePasswordFile"?: string;
                /**
                 * The path on the main Solr container where the TLS files are mounted by some external agent or CSI Driver
                 */
                "path": string;
                /**
                 * Override the name of the truststore file; no default, if you don't supply this setting, then the corresponding
                 * env vars and Java system properties will not be configured for the pod template
                 */
                "truststoreFile"?: string;
                /**
                 * Set the password of the truststore explicitly. If "keystorePassword" is provided, and "truststorePasswordFile" is not, this will be defaulted to "keystorePassword".
                 */
                "truststorePassword"?: string;
                /**
                 * Override the name of the truststore password file; defaults to the same value as the KeystorePasswordFile, if "truststorePassword" is not provided.
                 */
                "truststorePasswordFile"?: string;
            };
            /**
             * TLS Secret containing a pkcs12 keystore; required for Solr pods unless mountedTLSDir is used
             */
            "pkcs12Secret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Opt-in flag to restart Solr pods after TLS secret updates, such as if the cert is renewed; default is false.
             * This option only applies when using the `spec.solrTLS.pkcs12Secret` option; when using the `spec.solrTLS.mountedTLSDir` option,
             * you need to ensure pods get restarted before the certs expire, see `spec.updateStrategy.restartSchedule` for scheduling restarts.
             */
            "restartOnTLSSecretUpdate"?: boolean;
            /**
             * Secret containing the trust store password; if not provided the keyStorePassword will be used
             */
            "trustStorePasswordSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * TLS Secret containing a pkcs12 truststore; if not provided, then the keystore and password are used for the truststore
             * The specified key is used as the truststore file name when mounted into Solr pods
             */
            "trustStoreSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Verify client's hostname during SSL handshake
             * Only applies for server configuration
             */
            "verifyClientHostname"?: boolean;
        };
        /**
         * Set GC Tuning configuration through GC_TUNE environment variable
         */
        "solrGCTune"?: string;
        /**
         * ContainerImage defines the fields needed for a Docker repository image. The
         * format here matches the predominant format used in Helm charts.
         */
        "solrImage"?: {
            "imagePullSecret"?: string;
            /**
             * PullPolicy describes a policy for if/when to pull a container image
             */
            "pullPolicy"?: string;
            "repository"?: string;
            "tag"?: string;
        };
        "solrJavaMem"?: string;
        /**
         * Set the Solr Log level, defaults to INFO
         */
        "solrLogLevel"?: string;
        /**
         * List of Solr Modules to be loaded when starting Solr
         * Note: You do not need to specify a module if it is required by another property (e.g. backupRepositories[].gcs)
         */
        "solrModules"?: Array<string>;
        /**
         * You can add common system properties to the SOLR_OPTS environment variable
         * SolrOpts is the string interface for these optional settings
         */
        "solrOpts"?: string;
        /**
         * Options to enable Solr security
         */
        "solrSecurity"?: {
            /**
             * Indicates the authentication plugin type that is being used by Solr; for now only "Basic" is supported by the
             * Solr operator but support for other authentication plugins may be added in the future.
             */
            "authenticationType"?: "Basic";
            /**
             * Secret (kubernetes.io/basic-auth) containing credentials the operator should use for API requests to secure Solr pods.
             * If you provide this secret, then the operator assumes you've also configured your own security.json file and
             * uploaded it to Solr. If you change the password for this user using the Solr security API, then you \*must\* update
             * the secret with the new password or the operator will be  locked out of Solr and API requests will fail,
             * ultimately causing a CrashBackoffLoop for all pods if probe endpoints are secured (see 'probesRequireAuth' setting).
             *
             * If you don't supply this secret, then the operator creates a kubernetes.io/basic-auth secret containing the password
             * for the "k8s-oper" user. All API requests from the operator are made as the "k8s-oper" user, which is configured
             * with read-only access to a minimal set of endpoints. In addition, the operator bootstraps a default security.json
             * file and credentials for two additional users: admin and solr. The 'solr' user has basic read access to Solr
             * resources. Once the security.json is bootstrapped, the operator will not update it! You're expected to use the
             * 'admin' user to access the Security API to make further changes. It's strictly a bootstrapping operation.
             */
            "basicAuthSecret"?: string;
            /**
             * Configure a user-provided security.json from a secret to allow for advanced security config.
             * If not specified, the operator bootstraps a security.json with basic auth enabled.
             * This is a bootstrapping config only; once Solr is initialized, the security config should be managed by the security API.
             */
            "bootstrapSecurityJson"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Flag to indicate if the configured HTTP endpoint(s) used for the probes require authentication; defaults
             * to false. If you set to true, then probes will use a local command on the main container to hit the secured
             * endpoints with credentials sourced from an env var instead of HTTP directly.
             */
            "probesRequireAuth"?: boolean;
        };
        /**
         * Options to enable the server TLS certificate for Solr pods
         */
        "solrTLS"?: {
            /**
             * TLS certificates contain host/ip "peer name" information that is validated by default.
             */
            "checkPeerName"?: boolean;
            /**
             * Determines the client authentication method, either None, Want, or Need;
             * this affects K8s ability to call liveness / readiness probes so use cautiously.
             * Only applies for server certificates, has no effect on client certificates
             */
            "clientAuth"?: "None" | "Want" | "Need";
            /**
             * Secret containing the key store password; this field is required unless mountedTLSDir is used, as most JVMs do not support pkcs12 keystores without a password
             */
            "keyStorePasswordSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Used to specify a path where the keystore, truststore, and password files for the TLS certificate are mounted by an external agent or CSI driver.
             * This option is typically used with `spec.updateStrategy.restartSchedule` to restart Solr pods before the mounted TLS cert expires.
             */
            "mountedTLSDir"?: {
                /**
                 * Override the name of the keystore file; no default, if you don't supply this setting, then the corresponding
                 * env vars and Java system properties will not be configured for the pod template
                 */
                "keystoreFile"?: string;
                /**
                 * Set the password of the keystore explicitly. Cannot be used with "keystorePasswordFile"
                 */
                "keystorePassword"?: string;
                /**
                 * Override the name of the keystore password file; defaults to keystore-password, if "keystorePassword" is not provided.
                 */
                "keystorePasswordFile"?: string;
                /**
                 * The path on the main Solr container where the TLS files are mounted by some external agent or CSI Driver
                 */
                "path": string;
                /**
                 * Override the name of the truststore file; no default, if you don't supply this setting, then the corresponding
                 * env vars and Java system properties will not be configured for the pod template
                 */
                "truststoreFile"?: string;
                /**
                 * Set the password of the truststore explicitly. If "keystorePassword" is provided, and "truststorePasswordFile" is not, this will be defaulted to "keystorePassword".
                 */
                "truststorePassword"?: string;
                /**
                 * Override the name of the truststore password file; defaults to the same value as the KeystorePasswordFile, if "truststorePassword" is not provided.
                 */
                "truststorePasswordFile"?: string;
            };
            /**
             * TLS Secret containing a pkcs12 keystore; required for Solr pods unless mountedTLSDir is used
             */
            "pkcs12Secret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Opt-in flag to restart Solr pods after TLS secret updates, such as if the cert is renewed; default is false.
             * This option only applies when using the `spec.solrTLS.pkcs12Secret` option; when using the `spec.solrTLS.mountedTLSDir` option,
             * you need to ensure pods get restarted before the certs expire, see `spec.updateStrategy.restartSchedule` for scheduling restarts.
             */
            "restartOnTLSSecretUpdate"?: boolean;
            /**
             * Secret containing the trust store password; if not provided the keyStorePassword will be used
             */
            "trustStorePasswordSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * TLS Secret containing a pkcs12 truststore; if not provided, then the keystore and password are used for the truststore
             * The specified key is used as the truststore file name when mounted into Solr pods
             */
            "trustStoreSecret"?: {
                /**
                 * The key of the secret to select from.  Must be a valid secret key.
                 */
                "key": string;
                /**
                 * Name of the referent.
                 * This field is effectively required, but due to backwards compatibility is
                 * allowed to be empty. Instances of this type with an empty value here are
                 * almost certainly wrong.
                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                 */
                "name"?: string;
                /**
                 * Specify whether the Secret or its key must be defined
                 */
                "optional"?: boolean;
            };
            /**
             * Verify client's hostname during SSL handshake
             * Only applies for server configuration
             */
            "verifyClientHostname"?: boolean;
        };
        /**
         * This will add java system properties for connecting to Zookeeper.
         * SolrZkOpts is the string interface for these optional settings
         */
        "solrZkOpts"?: string;
        /**
         * Define how Solr rolling updates are executed.
         */
        "updateStrategy"?: {
            /**
             * Options for Solr Operator Managed rolling updates.
             */
            "managed"?: {
                /**
                 * The maximum number of pods that can be unavailable during the update.
                 * Value can be an absolute number (ex: 5) or a percentage of the desired number of pods (ex: 10%).
                 * Absolute number is calculated from percentage by rounding down.
                 * If the provided number is 0 or negative, then all pods will be allowed to be updated in unison.
                 *
                 * Defaults to 25%.
                 */
                "maxPodsUnavailable"?: number | string;
                /**
                 * The maximum number of replicas for each shard that can be unavailable during the update.
                 * Value can be an absolute number (ex: 5) or a percentage of replicas in a shard (ex: 25%).
                 * Absolute number is calculated from percentage by rounding down.
                 * If the provided number is 0 or negative, then all replicas will be allowed to be updated in unison.
                 *
                 * Defaults to 1.
                 */
                "maxShardReplicasUnavailable"?: number | string;
            };
            /**
             * Method defines the way in which SolrClouds should be updated when the podSpec changes.
             */
            "method"?: "Managed" | "StatefulSet" | "Manual";
            /**
             * Perform a scheduled restart on the given schedule, in CRON format.
             *
             * Multiple CRON syntaxes are supported
             *   - Standard CRON (e.g. "CRON_TZ=Asia/Seoul 0 6 \* \* ?")
             *   - Predefined Schedules (e.g. "@yearly", "@weekly", etc.)
             *   - Intervals (e.g. "@every 10h30m")
             *
             * For more information please check this reference:
             * https://pkg.go.dev/github.com/robfig/cron/v3?utm_source=godoc#hdr-CRON_Expression_Format
             */
            "restartSchedule"?: string;
        };
        /**
         * The information for the Zookeeper this SolrCloud should connect to
         * Can be a zookeeper that is running, or one that is created by the solr operator
         */
        "zookeeperRef"?: {
            /**
             * A zookeeper ensemble that is run independently of the solr operator
             * If an externalConnectionString is provided, but no internalConnectionString is, the external will be used as the internal
             */
            "connectionInfo"?: {
                /**
                 * ZooKeeper ACL to use when connecting with ZK.
                 * This ACL should have ALL permission in the given chRoot.
                 */
                "acl"?: {
                    /**
                     * The name of the key in the given secret that contains the ACL password
                     */
                    "passwordKey": string;
                    /**
                     * The name of the Kubernetes Secret that stores the username and password for the ACL.
                     * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                     */
                    "secret": string;
                    /**
                     * The name of the key in the given secret that contains the ACL username
                     */
                    "usernameKey": string;
                };
                /**
                 * The ChRoot to connect solr at
                 */
                "chroot"?: string;
                /**
                 * The connection string to connect to the ensemble from outside of the Kubernetes cluster
                 * If external and no internal connection string is provided, the external cnx string will be used as the internal cnx string
                 */
                "externalConnectionString"?: string;
                /**
                 * The connection string to connect to the ensemble from within the Kubernetes cluster
                 */
                "internalConnectionString"?: string;
                /**
                 * ZooKeeper ACL to use when connecting with ZK for reading operations.
                 * This ACL should have READ permission in the given chRoot.
                 */
                "readOnlyAcl"?: {
                    /**
                     * The name of the key in the given secret that contains the ACL password
                     */
                    "passwordKey": string;
                    /**
                     * The name of the Kubernetes Secret that stores the username and password for the ACL.
                     * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                     */
                    "secret": string;
                    /**
                     * The name of the key in the given secret that contains the ACL username
                     */
                    "usernameKey": string;
                };
            };
            /**
             * Create a new Zookeeper Ensemble with the following spec
             * Note: This option will not allow the SolrCloud to run across kube-clusters.
             * Note: Requires
             *   - The zookeeperOperator flag to be provided to the Solr Operator
             *   - A zookeeper operator to be running
             */
            "provided"?: {
                /**
                 * ZooKeeper ACL to use when connecting with ZK.
                 * This ACL should have ALL permission in the given chRoot.
                 */
                "acl"?: {
                    /**
                     * The name of the key in the given secret that contains the ACL password
                     */
                    "passwordKey": string;
                    /**
                     * The name of the Kubernetes Secret that stores the username and password for the ACL.
                     * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                     */
                    "secret": string;
                    /**
                     * The name of the key in the given secret that contains the ACL username
                     */
                    "usernameKey": string;
                };
                /**
                 * AdminServerService defines the policy to create AdminServer Service
                 * for the zookeeper cluster.
                 */
                "adminServerService"?: {
                    /**
                     * Annotations specifies the annotations to attach to AdminServer service the operator
                     * creates.
                     */
                    "annotations"?: {
                        [key: string]: string;
                    };
                    "external"?: boolean;
                };
                /**
                 * The ChRoot to connect solr at
                 */
                "chroot"?: string;
                /**
                 * ClientService defines the policy to create client Service
                 * for the zookeeper cluster.
                 */
                "clientService"?: {
                    /**
                     * Annotations specifies the annotations to attach to client service the operator
                     * creates.
                     */
                    "annotations"?: {
                        [key: string]: string;
                    };
                };
                /**
                 * Additional Zookeeper Configuration settings
                 */
                "config"?: {
                    /**
                     * key-value map of additional zookeeper configuration parameters
                     */
                    "additionalConfig"?: {
                        [key: string]: string;
                    };
                    /**
                     * The time interval in hours for which the purge task has to be triggered
                     *
                     * Disabled by default
                     */
                    "autoPurgePurgeInterval"?: number;
                    /**
                     * Retain the snapshots according to retain count
                     *
                     * The default value is 3
                     */
                    "autoPurgeSnapRetainCount"?: number;
                    /**
                     * Zookeeper maintains an in-memory list of last committed requests for fast
                     * synchronization with followers
                     *
                     * The default value is 500
                     */
                    "commitLogCount"?: number;
                    /**
                     * Clients can submit requests faster than ZooKeeper can process them, especially
                     * if there are a lot of clients. Zookeeper will throttle Clients so that requests
                     * won't exceed global outstanding limit.
                     *
                     * The default value is 1000
                     */
                    "globalOutstandingLimit"?: number;
                    /**
                     * InitLimit is the amount of time, in ticks, to allow followers to connect
                     * and sync to a leader.
                     *
                     * Default value is 10.
                     */
                    "initLimit"?: number;
                    /**
                     * Limits the number of concurrent connections that a single client, identified
                     * by IP address, may make to a single member of the ZooKeeper ensemble.
                     *
                     * The default value is 60
                     */
                    "maxClientCnxns"?: number;
                    /**
                     * Limits the total number of concurrent connections that can be made to a
                     * zookeeper server
                     *
                     * The defult value is 0, indicating no limit
                     */
                    "maxCnxns"?: number;
                    /**
                     * The maximum session timeout in milliseconds that the server will allow the
                     * client to negotiate.
                     *
                     * The default value is 40000
                     */
                    "maxSessionTimeout"?: number;
                    /**
                     * The minimum session timeout in milliseconds that the server will allow the
                     * client to negotiate
                     *
                     * The default value is 4000
                     */
                    "minSessionTimeout"?: number;
                    /**
                     * To avoid seeks ZooKeeper allocates space in the transaction log file in
                     * blocks of preAllocSize kilobytes
                     *
                     * The default value is 64M
                     */
                    "preAllocSize"?: number;
                    /**
                     * QuorumListenOnAllIPs when set to true the ZooKeeper server will listen for
                     * connections from its peers on all available IP addresses, and not only the
                     * address configured in the server list of the configuration file. It affects
                     * the connections handling the ZAB protocol and the Fast Leader Election protocol.
                     *
                     * The default value is false.
                     */
                    "quorumListenOnAllIPs"?: boolean;
                    /**
                     * ZooKeeper records its transactions using snapshots and a transaction log
                     * The number of transactions recorded in the transaction log before a snapshot
                     * can be taken is determined by snapCount
                     *
                     * The default value is 100,000
                     */
                    "snapCount"?: number;
                    /**
                     * Snapshot size limit in Kb
                     *
                     * The defult value is 4GB
                     */
                    "snapSizeLimitInKb"?: number;
                    /**
                     * SyncLimit is the amount of time, in ticks, to allow followers to sync with
                     * Zookeeper.
                     *
                     * The default value is 2.
                     */
                    "syncLimit"?: number;
                    /**
                     * TickTime is the length of a single tick, which is the basic time unit used
                     * by Zookeeper, as measured in milliseconds
                     *
                     * The default value is 2000.
                     */
                    "tickTime"?: number;
                };
                /**
                 * Containers defines to support multi containers
                 */
                "containers"?: Array<{
                    /**
                     * Arguments to the entrypoint.
                     * The container image's CMD is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "args"?: Array<string>;
                    /**
                     * Entrypoint array. Not executed within a shell.
                     * The container image's ENTRYPOINT is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "command"?: Array<string>;
                    /**
                     * List of environment variables to set in the container.
                     * Cannot be updated.
                     */
                    "env"?: Array<{
                        /**
                         * Name of the environment variable. Must be a C_IDENTIFIER.
                         */
                        "name": string;
                        /**
                         * Variable references $(VAR_NAME) are expanded
                         * using the previously defined environment variables in the container and
                         * any service environment variables. If a variable cannot be resolved,
                         * the reference in the input string will be unchanged. Double $$ are reduced
                         * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                         * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                         * Escaped references will never be expanded, regardless of whether the variable
                         * exists or not.
                         * Defaults to "".
                         */
                        "value"?: string;
                        /**
                         * Source for the environment variable's value. Cannot be used if value is not empty.
                         */
                        "valueFrom"?: {
                            /**
                             * Selects a key of a ConfigMap.
                             */
                            "configMapKeyRef"?: {
                                /**
                                 * The key to select.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the ConfigMap or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                             * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                            /**
                             * Selects a key of a secret in the pod's namespace
                             */
                            "secretKeyRef"?: {
                                /**
                                 * The key of the secret to select from.  Must be a valid secret key.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                        };
                    }>;
                    /**
                     * List of sources to populate environment variables in the container.
                     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
                     * will be reported as an event when the container is starting. When a key exists in multiple
                     * sources, the value associated with the last source will take precedence.
                     * Values defined by an Env with a duplicate key will take precedence.
                     * Cannot be updated.
                     */
                    "envFrom"?: Array<{
                        /**
                         * The ConfigMap to select from
                         */
                        "configMapRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the ConfigMap must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
                         */
                        "prefix"?: string;
                        /**
                         * The Secret to select from
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the Secret must be defined
                             */
                            "optional"?: boolean;
                        };
                    }>;
                    /**
                     * Container image name.
                     * More info: https://kubernetes.io/docs/concepts/containers/images
                     * This field is optional to allow higher level config management to default or override
                     * container images in workload controllers like Deployments and StatefulSets.
                     */
                    "image"?: string;
                    /**
                     * Image pull policy.
                     * One of Always, Never, IfNotPresent.
                     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
                     */
                    "imagePullPolicy"?: string;
                    /**
                     * Actions that the management system should take in response to container lifecycle events.
                     * Cannot be updated.
                     */
                    "lifecycle"?: {
                        /**
                         * PostStart is called immediately after a container is created. If the handler fails,
                         * the container is terminated and restarted according to its restart policy.
                         * Other management of the container blocks until the hook completes.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "postStart"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                        /**
                         * PreStop is called immediately before a container is terminated due to an
                         * API request or management event such as liveness/startup probe failure,
                         * preemption, resource contention, etc. The handler is not called if the
                         * container crashes or exits. The Pod's termination grace period countdown begins before the
                         * PreStop hook is executed. Regardless of the outcome of the handler, the
                         * container will eventually terminate within the Pod's termination grace
                         * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
                         * or until the termination grace period is reached.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "preStop"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                    };
                    /**
                     * Periodic probe of container liveness.
                     * Container will be restarted if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "livenessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Name of the container specified as a DNS_LABEL.
                     * Each container in a pod must have a unique name (DNS_LABEL).
                     * Cannot be updated.
                     */
                    "name": string;
                    /**
                     * List of ports to expose from the container. Not specifying a port here
                     * DOES NOT prevent that port from being exposed. Any port which is
                     * listening on the default "0.0.0.0" address inside a container will be
                     * accessible from the network.
                     * Modifying this array with strategic merge patch may corrupt the data.
                     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
                     * Cannot be updated.
                     */
                    "ports"?: Array<{
                        /**
                         * Number of port to expose on the pod's IP address.
                         * This must be a valid port number, 0 < x < 65536.
                         */
                        "containerPort": number;
                        /**
                         * What host IP to bind the external port to.
                         */
                        "hostIP"?: string;
                        /**
                         * Number of port to expose on the host.
                         * If specified, this must be a valid port number, 0 < x < 65536.
                         * If HostNetwork is specified, this must match ContainerPort.
                         * Most containers do not need this.
                         */
                        "hostPort"?: number;
                        /**
                         * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
                         * named port in a pod must have a unique name. Name for the port that can be
                         * referred to by services.
                         */
                        "name"?: string;
                        /**
                         * Protocol for port. Must be UDP, TCP, or SCTP.
                         * Defaults to "TCP".
                         */
                        "protocol"?: string;
                    }>;
                    /**
                     * Periodic probe of container service readiness.
                     * Container will be removed from service endpoints if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "readinessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Resources resize policy for the container.
                     */
                    "resizePolicy"?: Array<{
                        /**
                         * Name of the resource to which this resource resize policy applies.
                         * Supported values: cpu, memory.
                         */
                        "resourceName": string;
                        /**
                         * Restart policy to apply when specified resource is resized.
                         * If not specified, it defaults to NotRequired.
                         */
                        "restartPolicy": string;
                    }>;
                    /**
                     * Compute Resources required by this container.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "resources"?: {
                        /**
                         * Claims lists the names of resources, defined in spec.resourceClaims,
                         * that are used by this container.
                         *
                         * This is an alpha field and requires enabling the
                         * DynamicResourceAllocation feature gate.
                         *
                         * This field is immutable. It can only be set for containers.
                         */
                        "claims"?: Array<{
                            /**
                             * Name must match the name of one entry in pod.spec.resourceClaims of
                             * the Pod where this field is used. It makes that resource available
                             * inside a container.
                             */
                            "name": string;
                            /**
                             * Request is the name chosen for a request in the referenced claim.
                             * If empty, everything from the claim is made available, otherwise
                             * only the result of this request.
                             */
                            "request"?: string;
                        }>;
                        /**
                         * Limits describes the maximum amount of compute resources allowed.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "limits"?: {
                            [key: string]: number | string;
                        };
                        /**
                         * Requests describes the minimum amount of compute resources required.
                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "requests"?: {
                            [key: string]: number | string;
                        };
                    };
                    /**
                     * RestartPolicy defines the restart behavior of individual containers in a pod.
                     * This field may only be set for init containers, and the only allowed value is "Always".
                     * For non-init containers or when this field is not specified,
                     * the restart behavior is defined by the Pod's restart policy and the container type.
                     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
                     * this init container will be continually restarted on
                     * exit until all regular containers have terminated. Once all regular
                     * containers have completed, all init containers with restartPolicy "Always"
                     * will be shut down. This lifecycle differs from normal init containers and
                     * is often referred to as a "sidecar" container. Although this init
                     * container still starts in the init container sequence, it does not wait
                     * for the container to complete before proceeding to the next init
                     * container. Instead, the next init container starts immediately after this
                     * init container is started, or after any startupProbe has successfully
                     * completed.
                     */
                    "restartPolicy"?: string;
                    /**
                     * SecurityContext defines the security options the container should be run with.
                     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
                     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
                     */
                    "securityContext"?: {
                        /**
                         * AllowPrivilegeEscalation controls whether a process can gain more
                         * privileges than its parent process. This bool directly controls if
                         * the no_new_privs flag will be set on the container process.
                         * AllowPrivilegeEscalation is true always when the container is:
                         * 1) run as Privileged
                         * 2) has CAP_SYS_ADMIN
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "allowPrivilegeEscalation"?: boolean;
                        /**
                         * appArmorProfile is the AppArmor options to use by this container. If set, this profile
                         * overrides the pod's appArmorProfile.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "appArmorProfile"?: {
                            /**
                             * localhostProfile indicates a profile loaded on the node that should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must match the loaded name of the profile.
                             * Must be set if and only if type is "Localhost".
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of AppArmor profile will be applied.
                             * Valid options are:
                             *   Localhost - a profile pre-loaded on the node.
                             *   RuntimeDefault - the container runtime's default profile.
                             *   Unconfined - no AppArmor enforcement.
                             */
                            "type": string;
                        };
                        /**
                         * The capabilities to add/drop when running containers.
                         * Defaults to the default set of capabilities granted by the container runtime.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "capabilities"?: {
                            /**
                             * Added capabilities
                             */
                            "add"?: Array<string>;
                            /**
                             * Removed capabilities
                             */
                            "drop"?: Array<string>;
                        };
                        /**
                         * Run container in privileged mode.
                         * Processes in privileged containers are essentially equivalent to root on the host.
                         * Defaults to false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "privileged"?: boolean;
                        /**
                         * procMount denotes the type of proc mount to use for the containers.
                         * The default value is Default which uses the container runtime defaults for
                         * readonly paths and masked paths.
                         * This requires the ProcMountType feature flag to be enabled.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "procMount"?: string;
                        /**
                         * Whether this container has a read-only root filesystem.
                         * Default is false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "readOnlyRootFilesystem"?: boolean;
                        /**
                         * The GID to run the entrypoint of the container process.
                         * Uses runtime default if unset.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsGroup"?: number;
                        /**
                         * Indicates that the container must run as a non-root user.
                         * If true, the Kubelet will validate the image at runtime to ensure that it
                         * does not run as UID 0 (root) and fail to start the container if it does.
                         * If unset or false, no such validation will be performed.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsNonRoot"?: boolean;
                        /**
                         * The UID to run the entrypoint of the container process.
                         * Defaults to user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsUser"?: number;
                        /**
                         * The SELinux context to be applied to the container.
                         * If unspecified, the container runtime will allocate a random SELinux context for each
                         * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seLinuxOptions"?: {
                            /**
                             * Level is SELinux level label that applies to the container.
                             */
                            "level"?: string;
                            /**
                             * Role is a SELinux role label that applies to the container.
                             */
                            "role"?: string;
                            /**
                             * Type is a SELinux type label that applies to the container.
                             */
                            "type"?: string;
                            /**
                             * User is a SELinux user label that applies to the container.
                             */
                            "user"?: string;
                        };
                        /**
                         * The seccomp options to use by this container. If seccomp options are
                         * provided at both the pod & container level, the container options
                         * override the pod options.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seccompProfile"?: {
                            /**
                             * localhostProfile indicates a profile defined in a file on the node should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                             * Must be set if type is "Localhost". Must NOT be set for any other type.
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of seccomp profile will be applied.
                             * Valid options are:
                             *
                             * Localhost - a profile defined in a file on the node should be used.
                             * RuntimeDefault - the container runtime default profile should be used.
                             * Unconfined - no profile should be applied.
                             */
                            "type": string;
                        };
                        /**
                         * The Windows specific settings applied to all containers.
                         * If unspecified, the options from the PodSecurityContext will be used.
                         * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is linux.
                         */
                        "windowsOptions"?: {
                            /**
                             * GMSACredentialSpec is where the GMSA admission webhook
                             * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                             * GMSA credential spec named by the GMSACredentialSpecName field.
                             */
                            "gmsaCredentialSpec"?: string;
                            /**
                             * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                             */
                            "gmsaCredentialSpecName"?: string;
                            /**
                             * HostProcess determines if a container should be run as a 'Host Process' container.
                             * All of a Pod's containers must have the same effective HostProcess value
                             * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                             * In addition, if HostProcess is true then HostNetwork must also be set to true.
                             */
                            "hostProcess"?: boolean;
                            /**
                             * The UserName in Windows to run the entrypoint of the container process.
                             * Defaults to the user specified in image metadata if unspecified.
                             * May also be set in PodSecurityContext. If set in both SecurityContext and
                             * PodSecurityContext, the value specified in SecurityContext takes precedence.
                             */
                            "runAsUserName"?: string;
                        };
                    };
                    /**
                     * StartupProbe indicates that the Pod has successfully initialized.
                     * If specified, no other probes are executed until this completes successfully.
                     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
                     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
                     * when it might take a long time to load data or warm a cache, than during steady-state operation.
                     * This cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "startupProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Whether this container should allocate a buffer for stdin in the container runtime. If this
                     * is not set, reads from stdin in the container will always result in EOF.
                     * Default is false.
                     */
                    "stdin"?: boolean;
                    /**
                     * Whether the container runtime should close the stdin channel after it has been opened by
                     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
                     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
                     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
                     * at which time stdin is closed and remains closed until the container is restarted. If this
                     * flag is false, a container processes that reads from stdin will never receive an EOF.
                     * Default is false
                     */
                    "stdinOnce"?: boolean;
                    /**
                     * Optional: Path at which the file to which the container's termination message
                     * will be written is mounted into the container's filesystem.
                     * Message written is intended to be brief final status, such as an assertion failure message.
                     * Will be truncated by the node if greater than 4096 bytes. The total message length across
                     * all containers will be limited to 12kb.
                     * Defaults to /dev/termination-log.
                     * Cannot be updated.
                     */
                    "terminationMessagePath"?: string;
                    /**
                     * Indicate how the termination message should be populated. File will use the contents of
                     * terminationMessagePath to populate the container status message on both success and failure.
                     * FallbackToLogsOnError will use the last chunk of container log output if the termination
                     * message file is empty and the container exited with an error.
                     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
                     * Defaults to File.
                     * Cannot be updated.
                     */
                    "terminationMessagePolicy"?: string;
                    /**
                     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
                     * Default is false.
                     */
                    "tty"?: boolean;
                    /**
                     * volumeDevices is the list of block devices to be used by the container.
                     */
                    "volumeDevices"?: Array<{
                        /**
                         * devicePath is the path inside of the container that the device will be mapped to.
                         */
                        "devicePath": string;
                        /**
                         * name must match the name of a persistentVolumeClaim in the pod
                         */
                        "name": string;
                    }>;
                    /**
                     * Pod volumes to mount into the container's filesystem.
                     * Cannot be updated.
                     */
                    "volumeMounts"?: Array<{
                        /**
                         * Path within the container at which the volume should be mounted.  Must
                         * not contain ':'.
                         */
                        "mountPath": string;
                        /**
                         * mountPropagation determines how mounts are propagated from the host
                         * to container and the other way around.
                         * When not set, MountPropagationNone is used.
                         * This field is beta in 1.10.
                         * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                         * (which defaults to None).
                         */
                        "mountPropagation"?: string;
                        /**
                         * This must match the Name of a Volume.
                         */
                        "name": string;
                        /**
                         * Mounted read-only if true, read-write otherwise (false or unspecified).
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * RecursiveReadOnly specifies whether read-only mounts should be handled
                         * recursively.
                         *
                         * If ReadOnly is false, this field has no meaning and must be unspecified.
                         *
                         * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                         * recursively read-only.  If this field is set to IfPossible, the mount is made
                         * recursively read-only, if it is supported by the container runtime.  If this
                         * field is set to Enabled, the mount is made recursively read-only if it is
                         * supported by the container runtime, otherwise the pod will not be started and
                         * an error will be generated to indicate the reason.
                         *
                         * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                         * None (or be unspecified, which defaults to None).
                         *
                         * If this field is not specified, it is treated as an equivalent of Disabled.
                         */
                        "recursiveReadOnly"?: string;
                        /**
                         * Path within the volume from which the container's volume should be mounted.
                         * Defaults to "" (volume's root).
                         */
                        "subPath"?: string;
                        /**
                         * Expanded path within the volume from which the container's volume should be mounted.
                         * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                         * Defaults to "" (volume's root).
                         * SubPathExpr and SubPath are mutually exclusive.
                         */
                        "subPathExpr"?: string;
                    }>;
                    /**
                     * Container's working directory.
                     * If not specified, the container runtime's default will be used, which
                     * might be configured in the container image.
                     * Cannot be updated.
                     */
                    "workingDir"?: string;
                }>;
                /**
                 * Ephemeral is the configuration which helps create ephemeral storage
                 * At anypoint only one of Persistence or Ephemeral should be present in the manifest
                 */
                "ephemeral"?: {
                    /**
                     * EmptyDirVolumeSource is optional and this will create the emptydir volume
                     * It has two parameters Medium and SizeLimit which are optional as well
                     * Medium specifies What type of storage medium should back this directory.
                     * SizeLimit specifies Total amount of local storage required for this EmptyDir volume.
                     */
                    "emptydirvolumesource"?: {
                        /**
                         * medium represents what type of storage medium should back this directory.
                         * The default is "" which means to use the node's default medium.
                         * Must be an empty string (default) or Memory.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "medium"?: string;
                        /**
                         * sizeLimit is the total amount of local storage required for this EmptyDir volume.
                         * The size limit is also applicable for memory medium.
                         * The maximum usage on memory medium EmptyDir would be the minimum value between
                         * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
                         * The default is nil which means that the limit is undefined.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "sizeLimit"?: number | string;
                    };
                };
                /**
                 * HeadlessService defines the policy to create headless Service
                 * for the zookeeper cluster.
                 */
                "headlessService"?: {
                    /**
                     * Annotations specifies the annotations to attach to headless service the operator
                     * creates.
                     */
                    "annotations"?: {
                        [key: string]: string;
                    };
                };
                /**
                 * Image of Zookeeper to run
                 */
                "image"?: {
                    "imagePullSecret"?: string;
                    /**
                     * PullPolicy describes a policy for if/when to pull a container image
                     */
                    "pullPolicy"?: string;
                    "repository"?: string;
                    "tag"?: string;
                };
                /**
                 * Init containers to support initialization
                 */
                "initContainers"?: Array<{
                    /**
                     * Arguments to the entrypoint.
                     * The container image's CMD is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "args"?: Array<string>;
                    /**
                     * Entrypoint array. Not executed within a shell.
                     * The container image's ENTRYPOINT is used if this is not provided.
                     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
                     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
                     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
                     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
                     * of whether the variable exists or not. Cannot be updated.
                     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
                     */
                    "command"?: Array<string>;
                    /**
                     * List of environment variables to set in the container.
                     * Cannot be updated.
                     */
                    "env"?: Array<{
                        /**
                         * Name of the environment variable. Must be a C_IDENTIFIER.
                         */
                        "name": string;
                        /**
                         * Variable references $(VAR_NAME) are expanded
                         * using the previously defined environment variables in the container and
                         * any service environment variables. If a variable cannot be resolved,
                         * the reference in the input string will be unchanged. Double $$ are reduced
                         * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                         * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                         * Escaped references will never be expanded, regardless of whether the variable
                         * exists or not.
                         * Defaults to "".
                         */
                        "value"?: string;
                        /**
                         * Source for the environment variable's value. Cannot be used if value is not empty.
                         */
                        "valueFrom"?: {
                            /**
                             * Selects a key of a ConfigMap.
                             */
                            "configMapKeyRef"?: {
                                /**
                                 * The key to select.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the ConfigMap or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                             * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                            /**
                             * Selects a key of a secret in the pod's namespace
                             */
                            "secretKeyRef"?: {
                                /**
                                 * The key of the secret to select from.  Must be a valid secret key.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                        };
                    }>;
                    /**
                     * List of sources to populate environment variables in the container.
                     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
                     * will be reported as an event when the container is starting. When a key exists in multiple
                     * sources, the value associated with the last source will take precedence.
                     * Values defined by an Env with a duplicate key will take precedence.
                     * Cannot be updated.
                     */
                    "envFrom"?: Array<{
                        /**
                         * The ConfigMap to select from
                         */
                        "configMapRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the ConfigMap must be defined
                             */
                            "optional"?: boolean;
                        };
                        /**
                         * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
                         */
                        "prefix"?: string;
                        /**
                         * The Secret to select from
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                            /**
                             * Specify whether the Secret must be defined
                             */
                            "optional"?: boolean;
                        };
                    }>;
                    /**
                     * Container image name.
                     * More info: https://kubernetes.io/docs/concepts/containers/images
                     * This field is optional to allow higher level config management to default or override
                     * container images in workload controllers like Deployments and StatefulSets.
                     */
                    "image"?: string;
                    /**
                     * Image pull policy.
                     * One of Always, Never, IfNotPresent.
                     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
                     */
                    "imagePullPolicy"?: string;
                    /**
                     * Actions that the management system should take in response to container lifecycle events.
                     * Cannot be updated.
                     */
                    "lifecycle"?: {
                        /**
                         * PostStart is called immediately after a container is created. If the handler fails,
                         * the container is terminated and restarted according to its restart policy.
                         * Other management of the container blocks until the hook completes.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "postStart"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                        /**
                         * PreStop is called immediately before a container is terminated due to an
                         * API request or management event such as liveness/startup probe failure,
                         * preemption, resource contention, etc. The handler is not called if the
                         * container crashes or exits. The Pod's termination grace period countdown begins before the
                         * PreStop hook is executed. Regardless of the outcome of the handler, the
                         * container will eventually terminate within the Pod's termination grace
                         * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
                         * or until the termination grace period is reached.
                         * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
                         */
                        "preStop"?: {
                            /**
                             * Exec specifies the action to take.
                             */
                            "exec"?: {
                                /**
                                 * Command is the command line to execute inside the container, the working directory for the
                                 * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                                 * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                                 * a shell, you need to explicitly call out to that shell.
                                 * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                                 */
                                "command"?: Array<string>;
                            };
                            /**
                             * HTTPGet specifies the http request to perform.
                             */
                            "httpGet"?: {
                                /**
                                 * Host name to connect to, defaults to the pod IP. You probably want to set
                                 * "Host" in httpHeaders instead.
                                 */
                                "host"?: string;
                                /**
                                 * Custom headers to set in the request. HTTP allows repeated headers.
                                 */
                                "httpHeaders"?: Array<{
                                    /**
                                     * The header field name.
                                     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                     */
                                    "name": string;
                                    /**
                                     * The header field value
                                     */
                                    "value": string;
                                }>;
                                /**
                                 * Path to access on the HTTP server.
                                 */
                                "path"?: string;
                                /**
                                 * Name or number of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                                /**
                                 * Scheme to use for connecting to the host.
                                 * Defaults to HTTP.
                                 */
                                "scheme"?: string;
                            };
                            /**
                             * Sleep represents the duration that the container should sleep before being terminated.
                             */
                            "sleep"?: {
                                /**
                                 * Seconds is the number of seconds to sleep.
                                 */
                                "seconds": number;
                            };
                            /**
                             * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
                             * for the backward compatibility. There are no validation of this field and
                             * lifecycle hooks will fail in runtime when tcp handler is specified.
                             */
                            "tcpSocket"?: {
                                /**
                                 * Optional: Host name to connect to, defaults to the pod IP.
                                 */
                                "host"?: string;
                                /**
                                 * Number or name of the port to access on the container.
                                 * Number must be in the range 1 to 65535.
                                 * Name must be an IANA_SVC_NAME.
                                 */
                                "port": number | string;
                            };
                        };
                    };
                    /**
                     * Periodic probe of container liveness.
                     * Container will be restarted if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "livenessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Name of the container specified as a DNS_LABEL.
                     * Each container in a pod must have a unique name (DNS_LABEL).
                     * Cannot be updated.
                     */
                    "name": string;
                    /**
                     * List of ports to expose from the container. Not specifying a port here
                     * DOES NOT prevent that port from being exposed. Any port which is
                     * listening on the default "0.0.0.0" address inside a container will be
                     * accessible from the network.
                     * Modifying this array with strategic merge patch may corrupt the data.
                     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
                     * Cannot be updated.
                     */
                    "ports"?: Array<{
                        /**
                         * Number of port to expose on the pod's IP address.
                         * This must be a valid port number, 0 < x < 65536.
                         */
                        "containerPort": number;
                        /**
                         * What host IP to bind the external port to.
                         */
                        "hostIP"?: string;
                        /**
                         * Number of port to expose on the host.
                         * If specified, this must be a valid port number, 0 < x < 65536.
                         * If HostNetwork is specified, this must match ContainerPort.
                         * Most containers do not need this.
                         */
                        "hostPort"?: number;
                        /**
                         * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
                         * named port in a pod must have a unique name. Name for the port that can be
                         * referred to by services.
                         */
                        "name"?: string;
                        /**
                         * Protocol for port. Must be UDP, TCP, or SCTP.
                         * Defaults to "TCP".
                         */
                        "protocol"?: string;
                    }>;
                    /**
                     * Periodic probe of container service readiness.
                     * Container will be removed from service endpoints if the probe fails.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "readinessProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Resources resize policy for the container.
                     */
                    "resizePolicy"?: Array<{
                        /**
                         * Name of the resource to which this resource resize policy applies.
                         * Supported values: cpu, memory.
                         */
                        "resourceName": string;
                        /**
                         * Restart policy to apply when specified resource is resized.
                         * If not specified, it defaults to NotRequired.
                         */
                        "restartPolicy": string;
                    }>;
                    /**
                     * Compute Resources required by this container.
                     * Cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                     */
                    "resources"?: {
                        /**
                         * Claims lists the names of resources, defined in spec.resourceClaims,
                         * that are used by this container.
                         *
                         * This is an alpha field and requires enabling the
                         * DynamicResourceAllocation feature gate.
                         *
                         * This field is immutable. It can only be set for containers.
                         */
                        "claims"?: Array<{
                            /**
                             * Name must match the name of one entry in pod.spec.resourceClaims of
                             * the Pod where this field is used. It makes that resource available
                             * inside a container.
                             */
                            "name": string;
                            /**
                             * Request is the name chosen for a request in the referenced claim.
                             * If empty, everything from the claim is made available, otherwise
                             * only the result of this request.
                             */
                            "request"?: string;
                        }>;
                        /**
                         * Limits describes the maximum amount of compute resources allowed.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "limits"?: {
                            [key: string]: number | string;
                        };
                        /**
                         * Requests describes the minimum amount of compute resources required.
                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "requests"?: {
                            [key: string]: number | string;
                        };
                    };
                    /**
                     * RestartPolicy defines the restart behavior of individual containers in a pod.
                     * This field may only be set for init containers, and the only allowed value is "Always".
                     * For non-init containers or when this field is not specified,
                     * the restart behavior is defined by the Pod's restart policy and the container type.
                     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
                     * this init container will be continually restarted on
                     * exit until all regular containers have terminated. Once all regular
                     * containers have completed, all init containers with restartPolicy "Always"
                     * will be shut down. This lifecycle differs from normal init containers and
                     * is often referred to as a "sidecar" container. Although this init
                     * container still starts in the init container sequence, it does not wait
                     * for the container to complete before proceeding to the next init
                     * container. Instead, the next init container starts immediately after this
                     * init container is started, or after any startupProbe has successfully
                     * completed.
                     */
                    "restartPolicy"?: string;
                    /**
                     * SecurityContext defines the security options the container should be run with.
                     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
                     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
                     */
                    "securityContext"?: {
                        /**
                         * AllowPrivilegeEscalation controls whether a process can gain more
                         * privileges than its parent process. This bool directly controls if
                         * the no_new_privs flag will be set on the container process.
                         * AllowPrivilegeEscalation is true always when the container is:
                         * 1) run as Privileged
                         * 2) has CAP_SYS_ADMIN
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "allowPrivilegeEscalation"?: boolean;
                        /**
                         * appArmorProfile is the AppArmor options to use by this container. If set, this profile
                         * overrides the pod's appArmorProfile.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "appArmorProfile"?: {
                            /**
                             * localhostProfile indicates a profile loaded on the node that should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must match the loaded name of the profile.
                             * Must be set if and only if type is "Localhost".
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of AppArmor profile will be applied.
                             * Valid options are:
                             *   Localhost - a profile pre-loaded on the node.
                             *   RuntimeDefault - the container runtime's default profile.
                             *   Unconfined - no AppArmor enforcement.
                             */
                            "type": string;
                        };
                        /**
                         * The capabilities to add/drop when running containers.
                         * Defaults to the default set of capabilities granted by the container runtime.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "capabilities"?: {
                            /**
                             * Added capabilities
                             */
                            "add"?: Array<string>;
                            /**
                             * Removed capabilities
                             */
                            "drop"?: Array<string>;
                        };
                        /**
                         * Run container in privileged mode.
                         * Processes in privileged containers are essentially equivalent to root on the host.
                         * Defaults to false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "privileged"?: boolean;
                        /**
                         * procMount denotes the type of proc mount to use for the containers.
                         * The default value is Default which uses the container runtime defaults for
                         * readonly paths and masked paths.
                         * This requires the ProcMountType feature flag to be enabled.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "procMount"?: string;
                        /**
                         * Whether this container has a read-only root filesystem.
                         * Default is false.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "readOnlyRootFilesystem"?: boolean;
                        /**
                         * The GID to run the entrypoint of the container process.
                         * Uses runtime default if unset.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsGroup"?: number;
                        /**
                         * Indicates that the container must run as a non-root user.
                         * If true, the Kubelet will validate the image at runtime to ensure that it
                         * does not run as UID 0 (root) and fail to start the container if it does.
                         * If unset or false, no such validation will be performed.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsNonRoot"?: boolean;
                        /**
                         * The UID to run the entrypoint of the container process.
                         * Defaults to user specified in image metadata if unspecified.
                         * May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsUser"?: number;
                        /**
                         * The SELinux context to be applied to the container.
                         * If unspecified, the container runtime will allocate a random SELinux context for each
                         * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seLinuxOptions"?: {
                            /**
                             * Level is SELinux level label that applies to the container.
                             */
                            "level"?: string;
                            /**
                             * Role is a SELinux role label that applies to the container.
                             */
                            "role"?: string;
                            /**
                             * Type is a SELinux type label that applies to the container.
                             */
                            "type"?: string;
                            /**
                             * User is a SELinux user label that applies to the container.
                             */
                            "user"?: string;
                        };
                        /**
                         * The seccomp options to use by this container. If seccomp options are
                         * provided at both the pod & container level, the container options
                         * override the pod options.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seccompProfile"?: {
                            /**
                             * localhostProfile indicates a profile defined in a file on the node should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                             * Must be set if type is "Localhost". Must NOT be set for any other type.
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of seccomp profile will be applied.
                             * Valid options are:
                             *
                             * Localhost - a profile defined in a file on the node should be used.
                             * RuntimeDefault - the container runtime default profile should be used.
                             * Unconfined - no profile should be applied.
                             */
                            "type": string;
                        };
                        /**
                         * The Windows specific settings applied to all containers.
                         * If unspecified, the options from the PodSecurityContext will be used.
                         * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is linux.
                         */
                        "windowsOptions"?: {
                            /**
                             * GMSACredentialSpec is where the GMSA admission webhook
                             * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                             * GMSA credential spec named by the GMSACredentialSpecName field.
                             */
                            "gmsaCredentialSpec"?: string;
                            /**
                             * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                             */
                            "gmsaCredentialSpecName"?: string;
                            /**
                             * HostProcess determines if a container should be run as a 'Host Process' container.
                             * All of a Pod's containers must have the same effective HostProcess value
                             * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                             * In addition, if HostProcess is true then HostNetwork must also be set to true.
                             */
                            "hostProcess"?: boolean;
                            /**
                             * The UserName in Windows to run the entrypoint of the container process.
                             * Defaults to the user specified in image metadata if unspecified.
                             * May also be set in PodSecurityContext. If set in both SecurityContext and
                             * PodSecurityContext, the value specified in SecurityContext takes precedence.
                             */
                            "runAsUserName"?: string;
                        };
                    };
                    /**
                     * StartupProbe indicates that the Pod has successfully initialized.
                     * If specified, no other probes are executed until this completes successfully.
                     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
                     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
                     * when it might take a long time to load data or warm a cache, than during steady-state operation.
                     * This cannot be updated.
                     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                     */
                    "startupProbe"?: {
                        /**
                         * Exec specifies the action to take.
                         */
                        "exec"?: {
                            /**
                             * Command is the command line to execute inside the container, the working directory for the
                             * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
                             * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
                             * a shell, you need to explicitly call out to that shell.
                             * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
                             */
                            "command"?: Array<string>;
                        };
                        /**
                         * Minimum consecutive failures for the probe to be considered failed after having succeeded.
                         * Defaults to 3. Minimum value is 1.
                         */
                        "failureThreshold"?: number;
                        /**
                         * GRPC specifies an action involving a GRPC port.
                         */
                        "grpc"?: {
                            /**
                             * Port number of the gRPC service. Number must be in the range 1 to 65535.
                             */
                            "port": number;
                            /**
                             * Service is the name of the service to place in the gRPC HealthCheckRequest
                             * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
                             *
                             * If this is not specified, the default behavior is defined by gRPC.
                             */
                            "service"?: string;
                        };
                        /**
                         * HTTPGet specifies the http request to perform.
                         */
                        "httpGet"?: {
                            /**
                             * Host name to connect to, defaults to the pod IP. You probably want to set
                             * "Host" in httpHeaders instead.
                             */
                            "host"?: string;
                            /**
                             * Custom headers to set in the request. HTTP allows repeated headers.
                             */
                            "httpHeaders"?: Array<{
                                /**
                                 * The header field name.
                                 * This will be canonicalized upon output, so case-variant names will be understood as the same header.
                                 */
                                "name": string;
                                /**
                                 * The header field value
                                 */
                                "value": string;
                            }>;
                            /**
                             * Path to access on the HTTP server.
                             */
                            "path"?: string;
                            /**
                             * Name or number of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                            /**
                             * Scheme to use for connecting to the host.
                             * Defaults to HTTP.
                             */
                            "scheme"?: string;
                        };
                        /**
                         * Number of seconds after the container has started before liveness probes are initiated.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "initialDelaySeconds"?: number;
                        /**
                         * How often (in seconds) to perform the probe.
                         * Default to 10 seconds. Minimum value is 1.
                         */
                        "periodSeconds"?: number;
                        /**
                         * Minimum consecutive successes for the probe to be considered successful after having failed.
                         * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
                         */
                        "successThreshold"?: number;
                        /**
                         * TCPSocket specifies an action involving a TCP port.
                         */
                        "tcpSocket"?: {
                            /**
                             * Optional: Host name to connect to, defaults to the pod IP.
                             */
                            "host"?: string;
                            /**
                             * Number or name of the port to access on the container.
                             * Number must be in the range 1 to 65535.
                             * Name must be an IANA_SVC_NAME.
                             */
                            "port": number | string;
                        };
                        /**
                         * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
                         * The grace period is the duration in seconds after the processes running in the pod are sent
                         * a termination signal and the time when the processes are forcibly halted with a kill signal.
                         * Set this value longer than the expected cleanup time for your process.
                         * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
                         * value overrides the value provided by the pod spec.
                         * Value must be non-negative integer. The value zero indicates stop immediately via
                         * the kill signal (no opportunity to shut down).
                         * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
                         * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
                         */
                        "terminationGracePeriodSeconds"?: number;
                        /**
                         * Number of seconds after which the probe times out.
                         * Defaults to 1 second. Minimum value is 1.
                         * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
                         */
                        "timeoutSeconds"?: number;
                    };
                    /**
                     * Whether this container should allocate a buffer for stdin in the container runtime. If this
                     * is not set, reads from stdin in the container will always result in EOF.
                     * Default is false.
                     */
                    "stdin"?: boolean;
                    /**
                     * Whether the container runtime should close the stdin channel after it has been opened by
                     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
                     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
                     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
                     * at which time stdin is closed and remains closed until the container is restarted. If this
                     * flag is false, a container processes that reads from stdin will never receive an EOF.
                     * Default is false
                     */
                    "stdinOnce"?: boolean;
                    /**
                     * Optional: Path at which the file to which the container's termination message
                     * will be written is mounted into the container's filesystem.
                     * Message written is intended to be brief final status, such as an assertion failure message.
                     * Will be truncated by the node if greater than 4096 bytes. The total message length across
                     * all containers will be limited to 12kb.
                     * Defaults to /dev/termination-log.
                     * Cannot be updated.
                     */
                    "terminationMessagePath"?: string;
                    /**
                     * Indicate how the termination message should be populated. File will use the contents of
                     * terminationMessagePath to populate the container status message on both success and failure.
                     * FallbackToLogsOnError will use the last chunk of container log output if the termination
                     * message file is empty and the container exited with an error.
                     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
                     * Defaults to File.
                     * Cannot be updated.
                     */
                    "terminationMessagePolicy"?: string;
                    /**
                     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
                     * Default is false.
                     */
                    "tty"?: boolean;
                    /**
                     * volumeDevices is the list of block devices to be used by the container.
                     */
                    "volumeDevices"?: Array<{
                        /**
                         * devicePath is the path inside of the container that the device will be mapped to.
                         */
                        "devicePath": string;
                        /**
                         * name must match the name of a persistentVolumeClaim in the pod
                         */
                        "name": string;
                    }>;
                    /**
                     * Pod volumes to mount into the container's filesystem.
                     * Cannot be updated.
                     */
                    "volumeMounts"?: Array<{
                        /**
                         * Path within the container at which the volume should be mounted.  Must
                         * not contain ':'.
                         */
                        "mountPath": string;
                        /**
                         * mountPropagation determines how mounts are propagated from the host
                         * to container and the other way around.
                         * When not set, MountPropagationNone is used.
                         * This field is beta in 1.10.
                         * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                         * (which defaults to None).
                         */
                        "mountPropagation"?: string;
                        /**
                         * This must match the Name of a Volume.
                         */
                        "name": string;
                        /**
                         * Mounted read-only if true, read-write otherwise (false or unspecified).
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * RecursiveReadOnly specifies whether read-only mounts should be handled
                         * recursively.
                         *
                         * If ReadOnly is false, this field has no meaning and must be unspecified.
                         *
                         * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                         * recursively read-only.  If this field is set to IfPossible, the mount is made
                         * recursively read-only, if it is supported by the container runtime.  If this
                         * field is set to Enabled, the mount is made recursively read-only if it is
                         * supported by the container runtime, otherwise the pod will not be started and
                         * an error will be generated to indicate the reason.
                         *
                         * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                         * None (or be unspecified, which defaults to None).
                         *
                         * If this field is not specified, it is treated as an equivalent of Disabled.
                         */
                        "recursiveReadOnly"?: string;
                        /**
                         * Path within the volume from which the container's volume should be mounted.
                         * Defaults to "" (volume's root).
                         */
                        "subPath"?: string;
                        /**
                         * Expanded path within the volume from which the container's volume should be mounted.
                         * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                         * Defaults to "" (volume's root).
                         * SubPathExpr and SubPath are mutually exclusive.
                         */
                        "subPathExpr"?: string;
                    }>;
                    /**
                     * Container's working directory.
                     * If not specified, the container runtime's default will be used, which
                     * might be configured in the container image.
                     * Cannot be updated.
                     */
                    "workingDir"?: string;
                }>;
                /**
                 * Labels specifies the labels to attach to all resources the operator
                 * creates for the zookeeper cluster, including StatefulSet, Pod,
                 * PersistentVolumeClaim, Service, ConfigMap, et al.
                 */
                "labels"?: {
                    [key: string]: string;
                };
                /**
                 * MaxUnavailableReplicas defines the
                 * MaxUnavailable Replicas in pdb.
                 * Default is 1.
                 */
                "maxUnavailableReplicas"?: number;
                /**
                 * Persistence is the configuration for zookeeper persistent layer.
                 * PersistentVolumeClaimSpec and VolumeReclaimPolicy can be specified in here.
                 * At anypoint only one of Persistence or Ephemeral should be present in the manifest
                 */
                "persistence"?: {
                    /**
                     * Annotations specifies the annotations to attach to pvc the operator
                     * creates.
                     */
                    "annotations"?: {
                        [key: string]: string;
                    };
                    /**
                     * VolumeReclaimPolicy is a zookeeper operator configuration. If it's set to Delete,
                     * the corresponding PVCs will be deleted by the operator when zookeeper cluster is deleted.
                     * The default value is Retain.
                     */
                    "reclaimPolicy"?: "Retain" | "Delete";
                    /**
                     * PersistentVolumeClaimSpec is the spec to describe PVC for the container
                     * This field is optional. If no PVC is specified default persistentvolume
                     * will get created.
                     */
                    "spec"?: {
                        /**
                         * accessModes contains the desired access modes the volume should have.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                         */
                        "accessModes"?: Array<string>;
                        /**
                         * dataSource field can be used to specify either:
                         * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                         * \* An existing PVC (PersistentVolumeClaim)
                         * If the provisioner or an external controller can support the specified data source,
                         * it will create a new volume based on the contents of the specified data source.
                         * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                         * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                         * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                         */
                        "dataSource"?: {
                            /**
                             * APIGroup is the group for the resource being referenced.
                             * If APIGroup is not specified, the specified Kind must be in the core API group.
                             * For any other third-party types, APIGroup is required.
                             */
                            "apiGroup"?: string;
                            /**
                             * Kind is the type of resource being referenced
                             */
                            "kind": string;
                            /**
                             * Name is the name of resource being referenced
                             */
                            "name": string;
                        };
                        /**
                         * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                         * volume is desired. This may be any object from a non-empty API group (non
                         * core object) or a PersistentVolumeClaim object.
                         * When this field is specified, volume binding will only succeed if the type of
                         * the specified object matches some installed volume populator or dynamic
                         * provisioner.
                         * This field will replace the functionality of the dataSource field and as such
                         * if both fields are non-empty, they must have the same value. For backwards
                         * compatibility, when namespace isn't specified in dataSourceRef,
                         * both fields (dataSource and dataSourceRef) will be set to the same
                         * value automatically if one of them is empty and the other is non-empty.
                         * When namespace is specified in dataSourceRef,
                         * dataSource isn't set to the same value and must be empty.
                         * There are three important differences between dataSource and dataSourceRef:
                         * \* While dataSource only allows two specific types of objects, dataSourceRef
                         *   allows any non-core object, as well as PersistentVolumeClaim objects.
                         * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                         *   preserves all values, and generates an error if a disallowed value is
                         *   specified.
                         * \* While dataSource only allows local objects, dataSourceRef allows objects
                         *   in any namespaces.
                         * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                         * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                         */
                        "dataSourceRef"?: {
                            /**
                             * APIGroup is the group for the resource being referenced.
                             * If APIGroup is not specified, the specified Kind must be in the core API group.
                             * For any other third-party types, APIGroup is required.
                             */
                            "apiGroup"?: string;
                            /**
                             * Kind is the type of resource being referenced
                             */
                            "kind": string;
                            /**
                             * Name is the name of resource being referenced
                             */
                            "name": string;
                            /**
                             * Namespace is the namespace of resource being referenced
                             * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                             * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                             */
                            "namespace"?: string;
                        };
                        /**
                         * resources represents the minimum resources the volume should have.
                         * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
                         * that are lower than previous value but must still be higher than capacity recorded in the
                         * status field of the claim.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                         */
                        "resources"?: {
                            /**
                             * Limits describes the maximum amount of compute resources allowed.
                             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                             */
                            "limits"?: {
                                [key: string]: number | string;
                            };
                            /**
                             * Requests describes the minimum amount of compute resources required.
                             * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                             * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                             * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                             */
                            "requests"?: {
                                [key: string]: number | string;
                            };
                        };
                        /**
                         * selector is a label query over volumes to consider for binding.
                         */
                        "selector"?: {
                            /**
                             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                             */
                            "matchExpressions"?: Array<{
                                /**
                                 * key is the label key that the selector applies to.
                                 */
                                "key": string;
                                /**
                                 * operator represents a key's relationship to a set of values.
                                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                                 */
                                "operator": string;
                                /**
                                 * values is an array of string values. If the operator is In or NotIn,
                                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                 * the values array must be empty. This array is replaced during a strategic
                                 * merge patch.
                                 */
                                "values"?: Array<string>;
                            }>;
                            /**
                             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                             * map is equivalent to an element of matchExpressions, whose key field is "key", the
                             * operator is "In", and the values array contains only "value". The requirements are ANDed.
                             */
                            "matchLabels"?: {
                                [key: string]: string;
                            };
                        };
                        /**
                         * storageClassName is the name of the StorageClass required by the claim.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                         */
                        "storageClassName"?: string;
                        /**
                         * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                         * If specified, the CSI driver will create or update the volume with the attributes defined
                         * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                         * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
                         * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
                         * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
                         * will be set by the persistentvolume controller if it exists.
                         * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                         * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                         * exists.
                         * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                         * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
                         */
                        "volumeAttributesClassName"?: string;
                        /**
                         * volumeMode defines what type of volume is required by the claim.
                         * Value of Filesystem is implied when not included in claim spec.
                         */
                        "volumeMode"?: string;
                        /**
                         * volumeName is the binding reference to the PersistentVolume backing this claim.
                         */
                        "volumeName"?: string;
                    };
                };
                /**
                 * Probes specifies the timeout values for the Readiness and Liveness Probes
                 * for the zookeeper pods.
                 */
                "probes"?: {
                    "livenessProbe"?: {
                        "failureThreshold"?: number;
                        "initialDelaySeconds"?: number;
                        "periodSeconds"?: number;
                        "successThreshold"?: number;
                        "timeoutSeconds"?: number;
                    };
                    "readinessProbe"?: {
                        "failureThreshold"?: number;
                        "initialDelaySeconds"?: number;
                        "periodSeconds"?: number;
                        "successThreshold"?: number;
                        "timeoutSeconds"?: number;
                    };
                };
                /**
                 * ZooKeeper ACL to use when connecting with ZK for reading operations.
                 * This ACL should have READ permission in the given chRoot.
                 */
                "readOnlyAcl"?: {
                    /**
                     * The name of the key in the given secret that contains the ACL password
                     */
                    "passwordKey": string;
                    /**
                     * The name of the Kubernetes Secret that stores the username and password for the ACL.
                     * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                     */
                    "secret": string;
                    /**
                     * The name of the key in the given secret that contains the ACL username
                     */
                    "usernameKey": string;
                };
                /**
                 * Number of members to create up for the ZK ensemble
                 * Defaults to 3
                 */
                "replicas"?: number;
                /**
                 * VolumeMounts defines to support customized volumeMounts
                 */
                "volumeMounts"?: Array<{
                    /**
                     * Path within the container at which the volume should be mounted.  Must
                     * not contain ':'.
                     */
                    "mountPath": string;
                    /**
                     * mountPropagation determines how mounts are propagated from the host
                     * to container and the other way around.
                     * When not set, MountPropagationNone is used.
                     * This field is beta in 1.10.
                     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
                     * (which defaults to None).
                     */
                    "mountPropagation"?: string;
                    /**
                     * This must match the Name of a Volume.
                     */
                    "name": string;
                    /**
                     * Mounted read-only if true, read-write otherwise (false or unspecified).
                     * Defaults to false.
                     */
                    "readOnly"?: boolean;
                    /**
                     * RecursiveReadOnly specifies whether read-only mounts should be handled
                     * recursively.
                     *
                     * If ReadOnly is false, this field has no meaning and must be unspecified.
                     *
                     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
                     * recursively read-only.  If this field is set to IfPossible, the mount is made
                     * recursively read-only, if it is supported by the container runtime.  If this
                     * field is set to Enabled, the mount is made recursively read-only if it is
                     * supported by the container runtime, otherwise the pod will not be started and
                     * an error will be generated to indicate the reason.
                     *
                     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
                     * None (or be unspecified, which defaults to None).
                     *
                     * If this field is not specified, it is treated as an equivalent of Disabled.
                     */
                    "recursiveReadOnly"?: string;
                    /**
                     * Path within the volume from which the container's volume should be mounted.
                     * Defaults to "" (volume's root).
                     */
                    "subPath"?: string;
                    /**
                     * Expanded path within the volume from which the container's volume should be mounted.
                     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
                     * Defaults to "" (volume's root).
                     * SubPathExpr and SubPath are mutually exclusive.
                     */
                    "subPathExpr"?: string;
                }>;
                /**
                 * Volumes defines to support customized volumes
                 */
                "volumes"?: Array<{
                    /**
                     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                     */
                    "awsElasticBlockStore"?: {
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "fsType"?: string;
                        /**
                         * partition is the partition in the volume that you want to mount.
                         * If omitted, the default is to mount by volume name.
                         * Examples: For volume /dev/sda1, you specify the partition as "1".
                         * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                         */
                        "partition"?: number;
                        /**
                         * readOnly value true will force the readOnly setting in VolumeMounts.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
                         */
                        "volumeID": string;
                    };
                    /**
                     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
                     */
                    "azureDisk"?: {
                        /**
                         * cachingMode is the Host Caching mode: None, Read Only, Read Write.
                         */
                        "cachingMode"?: string;
                        /**
                         * diskName is the Name of the data disk in the blob storage
                         */
                        "diskName": string;
                        /**
                         * diskURI is the URI of data disk in the blob storage
                         */
                        "diskURI": string;
                        /**
                         * fsType is Filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
                         */
                        "kind"?: string;
                        /**
                         * readOnly Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
                     */
                    "azureFile"?: {
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretName is the  name of secret that contains Azure Storage Account Name and Key
                         */
                        "secretName": string;
                        /**
                         * shareName is the azure share Name
                         */
                        "shareName": string;
                    };
                    /**
                     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime
                     */
                    "cephfs"?: {
                        /**
                         * monitors is Required: Monitors is a collection of Ceph monitors
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "monitors": Array<string>;
                        /**
                         * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
                         */
                        "path"?: string;
                        /**
                         * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "secretFile"?: string;
                        /**
                         * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * user is optional: User is the rados user name, default is admin
                         * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
                         */
                        "user"?: string;
                    };
                    /**
                     * cinder represents a cinder volume attached and mounted on kubelets host machine.
                     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                     */
                    "cinder"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is optional: points to a secret object containing parameters used to connect
                         * to OpenStack.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * volumeID used to identify the volume in cinder.
                         * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
                         */
                        "volumeID": string;
                    };
                    /**
                     * configMap represents a configMap that should populate this volume
                     */
                    "configMap"?: {
                        /**
                         * defaultMode is optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * items if unspecified, each key-value pair in the Data field of the referenced
                         * ConfigMap will be projected into the volume as a file whose name is the
                         * key and content is the value. If specified, the listed keys will be
                         * projected into the specified paths, and unlisted keys will not be
                         * present. If a key is specified which is not present in the ConfigMap,
                         * the volume setup will error unless it is marked optional. Paths must be
                         * relative and may not contain the '..' path or start with '..'.
                         */
                        "items"?: Array<{
                            /**
                             * key is the key to project.
                             */
                            "key": string;
                            /**
                             * mode is Optional: mode bits used to set permissions on this file.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * path is the relative path of the file to map the key to.
                             * May not be an absolute path.
                             * May not contain the path element '..'.
                             * May not start with the string '..'.
                             */
                            "path": string;
                        }>;
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                        /**
                         * optional specify whether the ConfigMap or its keys must be defined
                         */
                        "optional"?: boolean;
                    };
                    /**
                     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers (Beta feature).
                     */
                    "csi"?: {
                        /**
                         * driver is the name of the CSI driver that handles this volume.
                         * Consult with your admin for the correct name as registered in the cluster.
                         */
                        "driver": string;
                        /**
                         * fsType to mount. Ex. "ext4", "xfs", "ntfs".
                         * If not provided, the empty value is passed to the associated CSI driver
                         * which will determine the default filesystem to apply.
                         */
                        "fsType"?: string;
                        /**
                         * nodePublishSecretRef is a reference to the secret object containing
                         * sensitive information to pass to the CSI driver to complete the CSI
                         * NodePublishVolume and NodeUnpublishVolume calls.
                         * This field is optional, and  may be empty if no secret is required. If the
                         * secret object contains more than one secret, all secret references are passed.
                         */
                        "nodePublishSecretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * readOnly specifies a read-only configuration for the volume.
                         * Defaults to false (read/write).
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeAttributes stores driver-specific properties that are passed to the CSI
                         * driver. Consult your driver's documentation for supported values.
                         */
                        "volumeAttributes"?: {
                            [key: string]: string;
                        };
                    };
                    /**
                     * downwardAPI represents downward API about the pod that should populate this volume
                     */
                    "downwardAPI"?: {
                        /**
                         * Optional: mode bits to use on created files by default. Must be a
                         * Optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * Items is a list of downward API volume file
                         */
                        "items"?: Array<{
                            /**
                             * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Optional: mode bits used to set permissions on this file, must be an octal value
                             * between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                             */
                            "path": string;
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                        }>;
                    };
                    /**
                     * emptyDir represents a temporary directory that shares a pod's lifetime.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                     */
                    "emptyDir"?: {
                        /**
                         * medium represents what type of storage medium should back this directory.
                         * The default is "" which means to use the node's default medium.
                         * Must be an empty string (default) or Memory.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "medium"?: string;
                        /**
                         * sizeLimit is the total amount of local storage required for this EmptyDir volume.
                         * The size limit is also applicable for memory medium.
                         * The maximum usage on memory medium EmptyDir would be the minimum value between
                         * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
                         * The default is nil which means that the limit is undefined.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
                         */
                        "sizeLimit"?: number | string;
                    };
                    /**
                     * ephemeral represents a volume that is handled by a cluster storage driver.
                     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
                     * and deleted when the pod is removed.
                     *
                     * Use this if:
                     * a) the volume is only needed while the pod runs,
                     * b) features of normal volumes like restoring from snapshot or capacity
                     *    tracking are needed,
                     * c) the storage driver is specified through a storage class, and
                     * d) the storage driver supports dynamic volume provisioning through
                     *    a PersistentVolumeClaim (see EphemeralVolumeSource for more
                     *    information on the connection between this volume type
                     *    and PersistentVolumeClaim).
                     *
                     * Use PersistentVolumeClaim or one of the vendor-specific
                     * APIs for volumes that persist for longer than the lifecycle
                     * of an individual pod.
                     *
                     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
                     * be used that way - see the documentation of the driver for
                     * more information.
                     *
                     * A pod can use both types of ephemeral volumes and
                     * persistent volumes at the same time.
                     */
                    "ephemeral"?: {
                        /**
                         * Will be used to create a stand-alone PVC to provision the volume.
                         * The pod in which this EphemeralVolumeSource is embedded will be the
                         * owner of the PVC, i.e. the PVC will be deleted together with the
                         * pod.  The name of the PVC will be `<pod name>-<volume name>` where
                         * `<volume name>` is the name from the `PodSpec.Volumes` array
                         * entry. Pod validation will reject the pod if the concatenated name
                         * is not valid for a PVC (for example, too long).
                         *
                         * An existing PVC with that name that is not owned by the pod
                         * will \*not\* be used for the pod to avoid using an unrelated
                         * volume by mistake. Starting the pod is then blocked until
                         * the unrelated PVC is removed. If such a pre-created PVC is
                         * meant to be used by the pod, the PVC has to updated with an
                         * owner reference to the pod once the pod exists. Normally
                         * this should not be necessary, but it may be useful when
                         * manually reconstructing a broken cluster.
                         *
                         * This field is read-only and no changes will be made by Kubernetes
                         * to the PVC after it has been created.
                         *
                         * Required, must not be nil.
                         */
                        "volumeClaimTemplate"?: {
                            /**
                             * May contain labels and annotations that will be copied into the PVC
                             * when creating it. No other fields are allowed and will be rejected during
                             * validation.
                             */
                            "metadata"?: {};
                            /**
                             * The specification for the PersistentVolumeClaim. The entire content is
                             * copied unchanged into the PVC that gets created from this
                             * template. The same fields as in a PersistentVolumeClaim
                             * are also valid here.
                             */
                            "spec": {
                                /**
                                 * accessModes contains the desired access modes the volume should have.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
                                 */
                                "accessModes"?: Array<string>;
                                /**
                                 * dataSource field can be used to specify either:
                                 * \* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
                                 * \* An existing PVC (PersistentVolumeClaim)
                                 * If the provisioner or an external controller can support the specified data source,
                                 * it will create a new volume based on the contents of the specified data source.
                                 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
                                 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
                                 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
                                 */
                                "dataSource"?: {
                                    /**
                                     * APIGroup is the group for the resource being referenced.
                                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                                     * For any other third-party types, APIGroup is required.
                                     */
                                    "apiGroup"?: string;
                                    /**
                                     * Kind is the type of resource being referenced
                                     */
                                    "kind": string;
                                    /**
                                     * Name is the name of resource being referenced
                                     */
                                    "name": string;
                                };
                                /**
                                 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
                                 * volume is desired. This may be any object from a non-empty API group (non
                                 * core object) or a PersistentVolumeClaim object.
                                 * When this field is specified, volume binding will only succeed if the type of
                                 * the specified object matches some installed volume populator or dynamic
                                 * provisioner.
                                 * This field will replace the functionality of the dataSource field and as such
                                 * if both fields are non-empty, they must have the same value. For backwards
                                 * compatibility, when namespace isn't specified in dataSourceRef,
                                 * both fields (dataSource and dataSourceRef) will be set to the same
                                 * value automatically if one of them is empty and the other is non-empty.
                                 * When namespace is specified in dataSourceRef,
                                 * dataSource isn't set to the same value and must be empty.
                                 * There are three important differences between dataSource and dataSourceRef:
                                 * \* While dataSource only allows two specific types of objects, dataSourceRef
                                 *   allows any non-core object, as well as PersistentVolumeClaim objects.
                                 * \* While dataSource ignores disallowed values (dropping them), dataSourceRef
                                 *   preserves all values, and generates an error if a disallowed value is
                                 *   specified.
                                 * \* While dataSource only allows local objects, dataSourceRef allows objects
                                 *   in any namespaces.
                                 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
                                 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                 */
                                "dataSourceRef"?: {
                                    /**
                                     * APIGroup is the group for the resource being referenced.
                                     * If APIGroup is not specified, the specified Kind must be in the core API group.
                                     * For any other third-party types, APIGroup is required.
                                     */
                                    "apiGroup"?: string;
                                    /**
                                     * Kind is the type of resource being referenced
                                     */
                                    "kind": string;
                                    /**
                                     * Name is the name of resource being referenced
                                     */
                                    "name": string;
                                    /**
                                     * Namespace is the namespace of resource being referenced
                                     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
                                     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
                                     */
                                    "namespace"?: string;
                                };
                                /**
                                 * resources represents the minimum resources the volume should have.
                                 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
                                 * that are lower than previous value but must still be higher than capacity recorded in the
                                 * status field of the claim.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
                                 */
                                "resources"?: {
                                    /**
                                     * Limits describes the maximum amount of compute resources allowed.
                                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                     */
                                    "limits"?: {
                                        [key: string]: number | string;
                                    };
                                    /**
                                     * Requests describes the minimum amount of compute resources required.
                                     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                                     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                                     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                                     */
                                    "requests"?: {
                                        [key: string]: number | string;
                                    };
                                };
                                /**
                                 * selector is a label query over volumes to consider for binding.
                                 */
                                "selector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * storageClassName is the name of the StorageClass required by the claim.
                                 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
                                 */
                                "storageClassName"?: string;
                                /**
                                 * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
                                 * If specified, the CSI driver will create or update the volume with the attributes defined
                                 * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
                                 * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
                                 * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
                                 * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
                                 * will be set by the persistentvolume controller if it exists.
                                 * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
                                 * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
                                 * exists.
                                 * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
                                 * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
                                 */
                                "volumeAttributesClassName"?: string;
                                /**
                                 * volumeMode defines what type of volume is required by the claim.
                                 * Value of Filesystem is implied when not included in claim spec.
                                 */
                                "volumeMode"?: string;
                                /**
                                 * volumeName is the binding reference to the PersistentVolume backing this claim.
                                 */
                                "volumeName"?: string;
                            };
                        };
                    };
                    /**
                     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
                     */
                    "fc"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * lun is Optional: FC target lun number
                         */
                        "lun"?: number;
                        /**
                         * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * targetWWNs is Optional: FC target worldwide names (WWNs)
                         */
                        "targetWWNs"?: Array<string>;
                        /**
                         * wwids Optional: FC volume world wide identifiers (wwids)
                         * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
                         */
                        "wwids"?: Array<string>;
                    };
                    /**
                     * flexVolume represents a generic volume resource that is
                     * provisioned/attached using an exec based plugin.
                     */
                    "flexVolume"?: {
                        /**
                         * driver is the name of the driver to use for this volume.
                         */
                        "driver": string;
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
                         */
                        "fsType"?: string;
                        /**
                         * options is Optional: this field holds extra command options if any.
                         */
                        "options"?: {
                            [key: string]: string;
                        };
                        /**
                         * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is Optional: secretRef is reference to the secret object containing
                         * sensitive information to pass to the plugin scripts. This may be
                         * empty if no secret object is specified. If the secret object
                         * contains more than one secret, all secrets are passed to the plugin
                         * scripts.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                    };
                    /**
                     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running
                     */
                    "flocker"?: {
                        /**
                         * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
                         * should be considered as deprecated
                         */
                        "datasetName"?: string;
                        /**
                         * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
                         */
                        "datasetUUID"?: string;
                    };
                    /**
                     * gcePersistentDisk represents a GCE Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                     */
                    "gcePersistentDisk"?: {
                        /**
                         * fsType is filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "fsType"?: string;
                        /**
                         * partition is the partition in the volume that you want to mount.
                         * If omitted, the default is to mount by volume name.
                         * Examples: For volume /dev/sda1, you specify the partition as "1".
                         * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "partition"?: number;
                        /**
                         * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "pdName": string;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * gitRepo represents a git repository at a particular revision.
                     * DEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an
                     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
                     * into the Pod's container.
                     */
                    "gitRepo"?: {
                        /**
                         * directory is the target directory name.
                         * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
                         * git repository.  Otherwise, if specified, the volume will contain the git repository in
                         * the subdirectory with the given name.
                         */
                        "directory"?: string;
                        /**
                         * repository is the URL
                         */
                        "repository": string;
                        /**
                         * revision is the commit hash for the specified revision.
                         */
                        "revision"?: string;
                    };
                    /**
                     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
                     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
                     */
                    "glusterfs"?: {
                        /**
                         * endpoints is the endpoint name that details Glusterfs topology.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "endpoints": string;
                        /**
                         * path is the Glusterfs volume path.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "path": string;
                        /**
                         * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
                         * Defaults to false.
                         * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * hostPath represents a pre-existing file or directory on the host
                     * machine that is directly exposed to the container. This is generally
                     * used for system agents or other privileged things that are allowed
                     * to see the host machine. Most containers will NOT need this.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                     */
                    "hostPath"?: {
                        /**
                         * path of the directory on the host.
                         * If the path is a symlink, it will follow the link to the real path.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                         */
                        "path": string;
                        /**
                         * type for HostPath Volume
                         * Defaults to ""
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
                         */
                        "type"?: string;
                    };
                    /**
                     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
                     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
                     *
                     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                     *
                     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
                     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
                     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
                     * The OCI object gets mounted in a single directory (spec.containers[\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
                     * The volume will be mounted read-only (ro) and non-executable files (noexec).
                     * Sub path mounts for containers are not supported (spec.containers[\*].volumeMounts.subpath).
                     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
                     */
                    "image"?: {
                        /**
                         * Policy for pulling OCI objects. Possible values are:
                         * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
                         * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
                         * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
                         * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
                         */
                        "pullPolicy"?: string;
                        /**
                         * Required: Image or artifact reference to be used.
                         * Behaves in the same way as pod.spec.containers[\*].image.
                         * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
                         * More info: https://kubernetes.io/docs/concepts/containers/images
                         * This field is optional to allow higher level config management to default or override
                         * container images in workload controllers like Deployments and StatefulSets.
                         */
                        "reference"?: string;
                    };
                    /**
                     * iscsi represents an ISCSI Disk resource that is attached to a
                     * kubelet's host machine and then exposed to the pod.
                     * More info: https://examples.k8s.io/volumes/iscsi/README.md
                     */
                    "iscsi"?: {
                        /**
                         * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
                         */
                        "chapAuthDiscovery"?: boolean;
                        /**
                         * chapAuthSession defines whether support iSCSI Session CHAP authentication
                         */
                        "chapAuthSession"?: boolean;
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
                         */
                        "fsType"?: string;
                        /**
                         * initiatorName is the custom iSCSI Initiator Name.
                         * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
                         * <target portal>:<volume name> will be created for the connection.
                         */
                        "initiatorName"?: string;
                        /**
                         * iqn is the target iSCSI Qualified Name.
                         */
                        "iqn": string;
                        /**
                         * iscsiInterface is the interface Name that uses an iSCSI transport.
                         * Defaults to 'default' (tcp).
                         */
                        "iscsiInterface"?: string;
                        /**
                         * lun represents iSCSI Target Lun number.
                         */
                        "lun": number;
                        /**
                         * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
                         * is other than default (typically TCP ports 860 and 3260).
                         */
                        "portals"?: Array<string>;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is the CHAP Secret for iSCSI target and initiator authentication
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
                         * is other than default (typically TCP ports 860 and 3260).
                         */
                        "targetPortal": string;
                    };
                    /**
                     * name of the volume.
                     * Must be a DNS_LABEL and unique within the pod.
                     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                     */
                    "name": string;
                    /**
                     * nfs represents an NFS mount on the host that shares a pod's lifetime
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                     */
                    "nfs"?: {
                        /**
                         * path that is exported by the NFS server.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "path": string;
                        /**
                         * readOnly here will force the NFS export to be mounted with read-only permissions.
                         * Defaults to false.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "readOnly"?: boolean;
                        /**
                         * server is the hostname or IP address of the NFS server.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
                         */
                        "server": string;
                    };
                    /**
                     * persistentVolumeClaimVolumeSource represents a reference to a
                     * PersistentVolumeClaim in the same namespace.
                     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                     */
                    "persistentVolumeClaim"?: {
                        /**
                         * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
                         * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
                         */
                        "claimName": string;
                        /**
                         * readOnly Will force the ReadOnly setting in VolumeMounts.
                         * Default false.
                         */
                        "readOnly"?: boolean;
                    };
                    /**
                     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine
                     */
                    "photonPersistentDisk"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * pdID is the ID that identifies Photon Controller persistent disk
                         */
                        "pdID": string;
                    };
                    /**
                     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine
                     */
                    "portworxVolume"?: {
                        /**
                         * fSType represents the filesystem type to mount
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * volumeID uniquely identifies a Portworx volume
                         */
                        "volumeID": string;
                    };
                    /**
                     * projected items for all in one resources secrets, configmaps, and downward API
                     */
                    "projected"?: {
                        /**
                         * defaultMode are the mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * sources is the list of volume projections. Each entry in this list
                         * handles one source.
                         */
                        "sources"?: Array<{
                            /**
                             * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
                             * of ClusterTrustBundle objects in an auto-updating file.
                             *
                             * Alpha, gated by the ClusterTrustBundleProjection feature gate.
                             *
                             * ClusterTrustBundle objects can either be selected by name, or by the
                             * combination of signer name and a label selector.
                             *
                             * Kubelet performs aggressive normalization of the PEM contents written
                             * into the pod filesystem.  Esoteric PEM features such as inter-block
                             * comments and block headers are stripped.  Certificates are deduplicated.
                             * The ordering of certificates within the file is arbitrary, and Kubelet
                             * may change the order over time.
                             */
                            "clusterTrustBundle"?: {
                                /**
                                 * Select all ClusterTrustBundles that match this label selector.  Only has
                                 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
                                 * interpreted as "match nothing".  If set but empty, interpreted as "match
                                 * everything".
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
                                 * with signerName and labelSelector.
                                 */
                                "name"?: string;
                                /**
                                 * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
                                 * aren't available.  If using name, then the named ClusterTrustBundle is
                                 * allowed not to exist.  If using signerName, then the combination of
                                 * signerName and labelSelector is allowed to match zero
                                 * ClusterTrustBundles.
                                 */
                                "optional"?: boolean;
                                /**
                                 * Relative path from the volume root to write the bundle.
                                 */
                                "path": string;
                                /**
                                 * Select all ClusterTrustBundles that match this signer name.
                                 * Mutually-exclusive with name.  The contents of all selected
                                 * ClusterTrustBundles will be unified and deduplicated.
                                 */
                                "signerName"?: string;
                            };
                            /**
                             * configMap information about the configMap data to project
                             */
                            "configMap"?: {
                                /**
                                 * items if unspecified, each key-value pair in the Data field of the referenced
                                 * ConfigMap will be projected into the volume as a file whose name is the
                                 * key and content is the value. If specified, the listed keys will be
                                 * projected into the specified paths, and unlisted keys will not be
                                 * present. If a key is specified which is not present in the ConfigMap,
                                 * the volume setup will error unless it is marked optional. Paths must be
                                 * relative and may not contain the '..' path or start with '..'.
                                 */
                                "items"?: Array<{
                                    /**
                                     * key is the key to project.
                                     */
                                    "key": string;
                                    /**
                                     * mode is Optional: mode bits used to set permissions on this file.
                                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * path is the relative path of the file to map the key to.
                                     * May not be an absolute path.
                                     * May not contain the path element '..'.
                                     * May not start with the string '..'.
                                     */
                                    "path": string;
                                }>;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * optional specify whether the ConfigMap or its keys must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * downwardAPI information about the downwardAPI data to project
                             */
                            "downwardAPI"?: {
                                /**
                                 * Items is a list of DownwardAPIVolume file
                                 */
                                "items"?: Array<{
                                    /**
                                     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
                                     */
                                    "fieldRef"?: {
                                        /**
                                         * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                         */
                                        "apiVersion"?: string;
                                        /**
                                         * Path of the field to select in the specified API version.
                                         */
                                        "fieldPath": string;
                                    };
                                    /**
                                     * Optional: mode bits used to set permissions on this file, must be an octal value
                                     * between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
                                     */
                                    "path": string;
                                    /**
                                     * Selects a resource of the container: only resources limits and requests
                                     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
                                     */
                                    "resourceFieldRef"?: {
                                        /**
                                         * Container name: required for volumes, optional for env vars
                                         */
                                        "containerName"?: string;
                                        /**
                                         * Specifies the output format of the exposed resources, defaults to "1"
                                         */
                                        "divisor"?: number | string;
                                        /**
                                         * Required: resource to select
                                         */
                                        "resource": string;
                                    };
                                }>;
                            };
                            /**
                             * secret information about the secret data to project
                             */
                            "secret"?: {
                                /**
                                 * items if unspecified, each key-value pair in the Data field of the referenced
                                 * Secret will be projected into the volume as a file whose name is the
                                 * key and content is the value. If specified, the listed keys will be
                                 * projected into the specified paths, and unlisted keys will not be
                                 * present. If a key is specified which is not present in the Secret,
                                 * the volume setup will error unless it is marked optional. Paths must be
                                 * relative and may not contain the '..' path or start with '..'.
                                 */
                                "items"?: Array<{
                                    /**
                                     * key is the key to project.
                                     */
                                    "key": string;
                                    /**
                                     * mode is Optional: mode bits used to set permissions on this file.
                                     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                                     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                                     * If not specified, the volume defaultMode will be used.
                                     * This might be in conflict with other options that affect the file
                                     * mode, like fsGroup, and the result can be other mode bits set.
                                     */
                                    "mode"?: number;
                                    /**
                                     * path is the relative path of the file to map the key to.
                                     * May not be an absolute path.
                                     * May not contain the path element '..'.
                                     * May not start with the string '..'.
                                     */
                                    "path": string;
                                }>;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * optional field specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * serviceAccountToken is information about the serviceAccountToken data to project
                             */
                            "serviceAccountToken"?: {
                                /**
                                 * audience is the intended audience of the token. A recipient of a token
                                 * must identify itself with an identifier specified in the audience of the
                                 * token, and otherwise should reject the token. The audience defaults to the
                                 * identifier of the apiserver.
                                 */
                                "audience"?: string;
                                /**
                                 * expirationSeconds is the requested duration of validity of the service
                                 * account token. As the token approaches expiration, the kubelet volume
                                 * plugin will proactively rotate the service account token. The kubelet will
                                 * start trying to rotate the token if the token is older than 80 percent of
                                 * its time to live or if the token is older than 24 hours.Defaults to 1 hour
                                 * and must be at least 10 minutes.
                                 */
                                "expirationSeconds"?: number;
                                /**
                                 * path is the path relative to the mount point of the file to project the
                                 * token into.
                                 */
                                "path": string;
                            };
                        }>;
                    };
                    /**
                     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime
                     */
                    "quobyte"?: {
                        /**
                         * group to map volume access to
                         * Default is no group
                         */
                        "group"?: string;
                        /**
                         * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
                         * Defaults to false.
                         */
                        "readOnly"?: boolean;
                        /**
                         * registry represents a single or multiple Quobyte Registry services
                         * specified as a string as host:port pair (multiple entries are separated with commas)
                         * which acts as the central registry for volumes
                         */
                        "registry": string;
                        /**
                         * tenant owning the given Quobyte volume in the Backend
                         * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
                         */
                        "tenant"?: string;
                        /**
                         * user to map volume access to
                         * Defaults to serivceaccount user
                         */
                        "user"?: string;
                        /**
                         * volume is a string that references an already created Quobyte volume by name.
                         */
                        "volume": string;
                    };
                    /**
                     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
                     * More info: https://examples.k8s.io/volumes/rbd/README.md
                     */
                    "rbd"?: {
                        /**
                         * fsType is the filesystem type of the volume that you want to mount.
                         * Tip: Ensure that the filesystem type is supported by the host operating system.
                         * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
                         */
                        "fsType"?: string;
                        /**
                         * image is the rados image name.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "image": string;
                        /**
                         * keyring is the path to key ring for RBDUser.
                         * Default is /etc/ceph/keyring.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "keyring"?: string;
                        /**
                         * monitors is a collection of Ceph monitors.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "monitors": Array<string>;
                        /**
                         * pool is the rados pool name.
                         * Default is rbd.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "pool"?: string;
                        /**
                         * readOnly here will force the ReadOnly setting in VolumeMounts.
                         * Defaults to false.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef is name of the authentication secret for RBDUser. If provided
                         * overrides keyring.
                         * Default is nil.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * user is the rados user name.
                         * Default is admin.
                         * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
                         */
                        "user"?: string;
                    };
                    /**
                     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
                     */
                    "scaleIO"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs".
                         * Default is "xfs".
                         */
                        "fsType"?: string;
                        /**
                         * gateway is the host address of the ScaleIO API Gateway.
                         */
                        "gateway": string;
                        /**
                         * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
                         */
                        "protectionDomain"?: string;
                        /**
                         * readOnly Defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef references to the secret for ScaleIO user and other
                         * sensitive information. If this is not provided, Login operation will fail.
                         */
                        "secretRef": {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * sslEnabled Flag enable/disable SSL communication with Gateway, default false
                         */
                        "sslEnabled"?: boolean;
                        /**
                         * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
                         * Default is ThinProvisioned.
                         */
                        "storageMode"?: string;
                        /**
                         * storagePool is the ScaleIO Storage Pool associated with the protection domain.
                         */
                        "storagePool"?: string;
                        /**
                         * system is the name of the storage system as configured in ScaleIO.
                         */
                        "system": string;
                        /**
                         * volumeName is the name of a volume already created in the ScaleIO system
                         * that is associated with this volume source.
                         */
                        "volumeName"?: string;
                    };
                    /**
                     * secret represents a secret that should populate this volume.
                     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                     */
                    "secret"?: {
                        /**
                         * defaultMode is Optional: mode bits used to set permissions on created files by default.
                         * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                         * YAML accepts both octal and decimal values, JSON requires decimal values
                         * for mode bits. Defaults to 0644.
                         * Directories within the path are not affected by this setting.
                         * This might be in conflict with other options that affect the file
                         * mode, like fsGroup, and the result can be other mode bits set.
                         */
                        "defaultMode"?: number;
                        /**
                         * items If unspecified, each key-value pair in the Data field of the referenced
                         * Secret will be projected into the volume as a file whose name is the
                         * key and content is the value. If specified, the listed keys will be
                         * projected into the specified paths, and unlisted keys will not be
                         * present. If a key is specified which is not present in the Secret,
                         * the volume setup will error unless it is marked optional. Paths must be
                         * relative and may not contain the '..' path or start with '..'.
                         */
                        "items"?: Array<{
                            /**
                             * key is the key to project.
                             */
                            "key": string;
                            /**
                             * mode is Optional: mode bits used to set permissions on this file.
                             * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
                             * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
                             * If not specified, the volume defaultMode will be used.
                             * This might be in conflict with other options that affect the file
                             * mode, like fsGroup, and the result can be other mode bits set.
                             */
                            "mode"?: number;
                            /**
                             * path is the relative path of the file to map the key to.
                             * May not be an absolute path.
                             * May not contain the path element '..'.
                             * May not start with the string '..'.
                             */
                            "path": string;
                        }>;
                        /**
                         * optional field specify whether the Secret or its keys must be defined
                         */
                        "optional"?: boolean;
                        /**
                         * secretName is the name of the secret in the pod's namespace to use.
                         * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
                         */
                        "secretName"?: string;
                    };
                    /**
                     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
                     */
                    "storageos"?: {
                        /**
                         * fsType is the filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * readOnly defaults to false (read/write). ReadOnly here will force
                         * the ReadOnly setting in VolumeMounts.
                         */
                        "readOnly"?: boolean;
                        /**
                         * secretRef specifies the secret to use for obtaining the StorageOS API
                         * credentials.  If not specified, default values will be attempted.
                         */
                        "secretRef"?: {
                            /**
                             * Name of the referent.
                             * This field is effectively required, but due to backwards compatibility is
                             * allowed to be empty. Instances of this type with an empty value here are
                             * almost certainly wrong.
                             * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                             */
                            "name"?: string;
                        };
                        /**
                         * volumeName is the human-readable name of the StorageOS volume.  Volume
                         * names are only unique within a namespace.
                         */
                        "volumeName"?: string;
                        /**
                         * volumeNamespace specifies the scope of the volume within StorageOS.  If no
                         * namespace is specified then the Pod's namespace will be used.  This allows the
                         * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
                         * Set VolumeName to any name to override the default behaviour.
                         * Set to "default" if you are not using namespaces within StorageOS.
                         * Namespaces that do not pre-exist within StorageOS will be created.
                         */
                        "volumeNamespace"?: string;
                    };
                    /**
                     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine
                     */
                    "vsphereVolume"?: {
                        /**
                         * fsType is filesystem type to mount.
                         * Must be a filesystem type supported by the host operating system.
                         * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
                         */
                        "fsType"?: string;
                        /**
                         * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
                         */
                        "storagePolicyID"?: string;
                        /**
                         * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
                         */
                        "storagePolicyName"?: string;
                        /**
                         * volumePath is the path that identifies vSphere volume vmdk
                         */
                        "volumePath": string;
                    };
                }>;
                /**
                 * Customization options for the Zookeeper Pod
                 */
                "zookeeperPodPolicy"?: {
                    /**
                     * The scheduling constraints on pods.
                     */
                    "affinity"?: {
                        /**
                         * Describes node affinity scheduling rules for the pod.
                         */
                        "nodeAffinity"?: {
                            /**
                             * The scheduler will prefer to schedule pods to nodes that satisfy
                             * the affinity expressions specified by this field, but it may choose
                             * a node that violates one or more of the expressions. The node that is
                             * most preferred is the one with the greatest sum of weights, i.e.
                             * for each node that meets all of the scheduling requirements (resource
                             * request, requiredDuringScheduling affinity expressions, etc.),
                             * compute a sum by iterating through the elements of this field and adding
                             * "weight" to the sum if the node matches the corresponding matchExpressions; the
                             * node(s) with the highest sum are the most preferred.
                             */
                            "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                                /**
                                 * A node selector term, associated with the corresponding weight.
                                 */
                                "preference": {
                                    /**
                                     * A list of node selector requirements by node's labels.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * The label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * Represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                         */
                                        "operator": string;
                                        /**
                                         * An array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. If the operator is Gt or Lt, the values
                                         * array must have a single element, which will be interpreted as an integer.
                                         * This array is replaced during a strategic merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * A list of node selector requirements by node's fields.
                                     */
                                    "matchFields"?: Array<{
                                        /**
                                         * The label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * Represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                         */
                                        "operator": string;
                                        /**
                                         * An array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. If the operator is Gt or Lt, the values
                                         * array must have a single element, which will be interpreted as an integer.
                                         * This array is replaced during a strategic merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                };
                                /**
                                 * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
                                 */
                                "weight": number;
                            }>;
                            /**
                             * If the affinity requirements specified by this field are not met at
                             * scheduling time, the pod will not be scheduled onto the node.
                             * If the affinity requirements specified by this field cease to be met
                             * at some point during pod execution (e.g. due to an update), the system
                             * may or may not try to eventually evict the pod from its node.
                             */
                            "requiredDuringSchedulingIgnoredDuringExecution"?: {
                                /**
                                 * Required. A list of node selector terms. The terms are ORed.
                                 */
                                "nodeSelectorTerms": Array<{
                                    /**
                                     * A list of node selector requirements by node's labels.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * The label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * Represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                         */
                                        "operator": string;
                                        /**
                                         * An array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. If the operator is Gt or Lt, the values
                                         * array must have a single element, which will be interpreted as an integer.
                                         * This array is replaced during a strategic merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * A list of node selector requirements by node's fields.
                                     */
                                    "matchFields"?: Array<{
                                        /**
                                         * The label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * Represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
                                         */
                                        "operator": string;
                                        /**
                                         * An array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. If the operator is Gt or Lt, the values
                                         * array must have a single element, which will be interpreted as an integer.
                                         * This array is replaced during a strategic merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                }>;
                            };
                        };
                        /**
                         * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
                         */
                        "podAffinity"?: {
                            /**
                             * The scheduler will prefer to schedule pods to nodes that satisfy
                             * the affinity expressions specified by this field, but it may choose
                             * a node that violates one or more of the expressions. The node that is
                             * most preferred is the one with the greatest sum of weights, i.e.
                             * for each node that meets all of the scheduling requirements (resource
                             * request, requiredDuringScheduling affinity expressions, etc.),
                             * compute a sum by iterating through the elements of this field and adding
                             * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                             * node(s) with the highest sum are the most preferred.
                             */
                            "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                                /**
                                 * Required. A pod affinity term, associated with the corresponding weight.
                                 */
                                "podAffinityTerm": {
                                    /**
                                     * A label query over a set of resources, in this case pods.
                                     * If it's null, this PodAffinityTerm matches with no Pods.
                                     */
                                    "labelSelector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * MatchLabelKeys is a set of pod label keys to select which pods will
                                     * be taken into consideration. The keys are used to lookup values from the
                                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                     * to select the group of existing pods which pods will be taken into consideration
                                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                     * pod labels will be ignored. The default value is empty.
                                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                     */
                                    "matchLabelKeys"?: Array<string>;
                                    /**
                                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                                     * be taken into consideration. The keys are used to lookup values from the
                                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                     * to select the group of existing pods which pods will be taken into consideration
                                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                     * pod labels will be ignored. The default value is empty.
                                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                     */
                                    "mismatchLabelKeys"?: Array<string>;
                                    /**
                                     * A label query over the set of namespaces that the term applies to.
                                     * The term is applied to the union of the namespaces selected by this field
                                     * and the ones listed in the namespaces field.
                                     * null selector and null or empty namespaces list means "this pod's namespace".
                                     * An empty selector ({}) matches all namespaces.
                                     */
                                    "namespaceSelector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * namespaces specifies a static list of namespace names that the term applies to.
                                     * The term is applied to the union of the namespaces listed in this field
                                     * and the ones selected by namespaceSelector.
                                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                     */
                                    "namespaces"?: Array<string>;
                                    /**
                                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                     * whose value of the label with key topologyKey matches that of any node on which any of the
                                     * selected pods is running.
                                     * Empty topologyKey is not allowed.
                                     */
                                    "topologyKey": string;
                                };
                                /**
                                 * weight associated with matching the corresponding podAffinityTerm,
                                 * in the range 1-100.
                                 */
                                "weight": number;
                            }>;
                            /**
                             * If the affinity requirements specified by this field are not met at
                             * scheduling time, the pod will not be scheduled onto the node.
                             * If the affinity requirements specified by this field cease to be met
                             * at some point during pod execution (e.g. due to a pod label update), the
                             * system may or may not try to eventually evict the pod from its node.
                             * When there are multiple elements, the lists of nodes corresponding to each
                             * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                             */
                            "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                                /**
                                 * A label query over a set of resources, in this case pods.
                                 * If it's null, this PodAffinityTerm matches with no Pods.
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * MatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "matchLabelKeys"?: Array<string>;
                                /**
                                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "mismatchLabelKeys"?: Array<string>;
                                /**
                                 * A label query over the set of namespaces that the term applies to.
                                 * The term is applied to the union of the namespaces selected by this field
                                 * and the ones listed in the namespaces field.
                                 * null selector and null or empty namespaces list means "this pod's namespace".
                                 * An empty selector ({}) matches all namespaces.
                                 */
                                "namespaceSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * namespaces specifies a static list of namespace names that the term applies to.
                                 * The term is applied to the union of the namespaces listed in this field
                                 * and the ones selected by namespaceSelector.
                                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                 */
                                "namespaces"?: Array<string>;
                                /**
                                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                 * whose value of the label with key topologyKey matches that of any node on which any of the
                                 * selected pods is running.
                                 * Empty topologyKey is not allowed.
                                 */
                                "topologyKey": string;
                            }>;
                        };
                        /**
                         * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
                         */
                        "podAntiAffinity"?: {
                            /**
                             * The scheduler will prefer to schedule pods to nodes that satisfy
                             * the anti-affinity expressions specified by this field, but it may choose
                             * a node that violates one or more of the expressions. The node that is
                             * most preferred is the one with the greatest sum of weights, i.e.
                             * for each node that meets all of the scheduling requirements (resource
                             * request, requiredDuringScheduling anti-affinity expressions, etc.),
                             * compute a sum by iterating through the elements of this field and adding
                             * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
                             * node(s) with the highest sum are the most preferred.
                             */
                            "preferredDuringSchedulingIgnoredDuringExecution"?: Array<{
                                /**
                                 * Required. A pod affinity term, associated with the corresponding weight.
                                 */
                                "podAffinityTerm": {
                                    /**
                                     * A label query over a set of resources, in this case pods.
                                     * If it's null, this PodAffinityTerm matches with no Pods.
                                     */
                                    "labelSelector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * MatchLabelKeys is a set of pod label keys to select which pods will
                                     * be taken into consideration. The keys are used to lookup values from the
                                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                     * to select the group of existing pods which pods will be taken into consideration
                                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                     * pod labels will be ignored. The default value is empty.
                                     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                     */
                                    "matchLabelKeys"?: Array<string>;
                                    /**
                                     * MismatchLabelKeys is a set of pod label keys to select which pods will
                                     * be taken into consideration. The keys are used to lookup values from the
                                     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                     * to select the group of existing pods which pods will be taken into consideration
                                     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                     * pod labels will be ignored. The default value is empty.
                                     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                     */
                                    "mismatchLabelKeys"?: Array<string>;
                                    /**
                                     * A label query over the set of namespaces that the term applies to.
                                     * The term is applied to the union of the namespaces selected by this field
                                     * and the ones listed in the namespaces field.
                                     * null selector and null or empty namespaces list means "this pod's namespace".
                                     * An empty selector ({}) matches all namespaces.
                                     */
                                    "namespaceSelector"?: {
                                        /**
                                         * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                         */
                                        "matchExpressions"?: Array<{
                                            /**
                                             * key is the label key that the selector applies to.
                                             */
                                            "key": string;
                                            /**
                                             * operator represents a key's relationship to a set of values.
                                             * Valid operators are In, NotIn, Exists and DoesNotExist.
                                             */
                                            "operator": string;
                                            /**
                                             * values is an array of string values. If the operator is In or NotIn,
                                             * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                             * the values array must be empty. This array is replaced during a strategic
                                             * merge patch.
                                             */
                                            "values"?: Array<string>;
                                        }>;
                                        /**
                                         * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                         * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                         * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                         */
                                        "matchLabels"?: {
                                            [key: string]: string;
                                        };
                                    };
                                    /**
                                     * namespaces specifies a static list of namespace names that the term applies to.
                                     * The term is applied to the union of the namespaces listed in this field
                                     * and the ones selected by namespaceSelector.
                                     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                     */
                                    "namespaces"?: Array<string>;
                                    /**
                                     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                     * whose value of the label with key topologyKey matches that of any node on which any of the
                                     * selected pods is running.
                                     * Empty topologyKey is not allowed.
                                     */
                                    "topologyKey": string;
                                };
                                /**
                                 * weight associated with matching the corresponding podAffinityTerm,
                                 * in the range 1-100.
                                 */
                                "weight": number;
                            }>;
                            /**
                             * If the anti-affinity requirements specified by this field are not met at
                             * scheduling time, the pod will not be scheduled onto the node.
                             * If the anti-affinity requirements specified by this field cease to be met
                             * at some point during pod execution (e.g. due to a pod label update), the
                             * system may or may not try to eventually evict the pod from its node.
                             * When there are multiple elements, the lists of nodes corresponding to each
                             * podAffinityTerm are intersected, i.e. all terms must be satisfied.
                             */
                            "requiredDuringSchedulingIgnoredDuringExecution"?: Array<{
                                /**
                                 * A label query over a set of resources, in this case pods.
                                 * If it's null, this PodAffinityTerm matches with no Pods.
                                 */
                                "labelSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * MatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
                                 * Also, matchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "matchLabelKeys"?: Array<string>;
                                /**
                                 * MismatchLabelKeys is a set of pod label keys to select which pods will
                                 * be taken into consideration. The keys are used to lookup values from the
                                 * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
                                 * to select the group of existing pods which pods will be taken into consideration
                                 * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
                                 * pod labels will be ignored. The default value is empty.
                                 * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
                                 * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
                                 * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
                                 */
                                "mismatchLabelKeys"?: Array<string>;
                                /**
                                 * A label query over the set of namespaces that the term applies to.
                                 * The term is applied to the union of the namespaces selected by this field
                                 * and the ones listed in the namespaces field.
                                 * null selector and null or empty namespaces list means "this pod's namespace".
                                 * An empty selector ({}) matches all namespaces.
                                 */
                                "namespaceSelector"?: {
                                    /**
                                     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                                     */
                                    "matchExpressions"?: Array<{
                                        /**
                                         * key is the label key that the selector applies to.
                                         */
                                        "key": string;
                                        /**
                                         * operator represents a key's relationship to a set of values.
                                         * Valid operators are In, NotIn, Exists and DoesNotExist.
                                         */
                                        "operator": string;
                                        /**
                                         * values is an array of string values. If the operator is In or NotIn,
                                         * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                         * the values array must be empty. This array is replaced during a strategic
                                         * merge patch.
                                         */
                                        "values"?: Array<string>;
                                    }>;
                                    /**
                                     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                                     * map is equivalent to an element of matchExpressions, whose key field is "key", the
                                     * operator is "In", and the values array contains only "value". The requirements are ANDed.
                                     */
                                    "matchLabels"?: {
                                        [key: string]: string;
                                    };
                                };
                                /**
                                 * namespaces specifies a static list of namespace names that the term applies to.
                                 * The term is applied to the union of the namespaces listed in this field
                                 * and the ones selected by namespaceSelector.
                                 * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
                                 */
                                "namespaces"?: Array<string>;
                                /**
                                 * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
                                 * the labelSelector in the specified namespaces, where co-located is defined as running on a node
                                 * whose value of the label with key topologyKey matches that of any node on which any of the
                                 * selected pods is running.
                                 * Empty topologyKey is not allowed.
                                 */
                                "topologyKey": string;
                            }>;
                        };
                    };
                    /**
                     * Annotations specifies the annotations to attach to zookeeper pods
                     * creates.
                     */
                    "annotations"?: {
                        [key: string]: string;
                    };
                    /**
                     * List of environment variables to set in the main ZK container.
                     */
                    "env"?: Array<{
                        /**
                         * Name of the environment variable. Must be a C_IDENTIFIER.
                         */
                        "name": string;
                        /**
                         * Variable references $(VAR_NAME) are expanded
                         * using the previously defined environment variables in the container and
                         * any service environment variables. If a variable cannot be resolved,
                         * the reference in the input string will be unchanged. Double $$ are reduced
                         * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
                         * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
                         * Escaped references will never be expanded, regardless of whether the variable
                         * exists or not.
                         * Defaults to "".
                         */
                        "value"?: string;
                        /**
                         * Source for the environment variable's value. Cannot be used if value is not empty.
                         */
                        "valueFrom"?: {
                            /**
                             * Selects a key of a ConfigMap.
                             */
                            "configMapKeyRef"?: {
                                /**
                                 * The key to select.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the ConfigMap or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                            /**
                             * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
                             * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
                             */
                            "fieldRef"?: {
                                /**
                                 * Version of the schema the FieldPath is written in terms of, defaults to "v1".
                                 */
                                "apiVersion"?: string;
                                /**
                                 * Path of the field to select in the specified API version.
                                 */
                                "fieldPath": string;
                            };
                            /**
                             * Selects a resource of the container: only resources limits and requests
                             * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
                             */
                            "resourceFieldRef"?: {
                                /**
                                 * Container name: required for volumes, optional for env vars
                                 */
                                "containerName"?: string;
                                /**
                                 * Specifies the output format of the exposed resources, defaults to "1"
                                 */
                                "divisor"?: number | string;
                                /**
                                 * Required: resource to select
                                 */
                                "resource": string;
                            };
                            /**
                             * Selects a key of a secret in the pod's namespace
                             */
                            "secretKeyRef"?: {
                                /**
                                 * The key of the secret to select from.  Must be a valid secret key.
                                 */
                                "key": string;
                                /**
                                 * Name of the referent.
                                 * This field is effectively required, but due to backwards compatibility is
                                 * allowed to be empty. Instances of this type with an empty value here are
                                 * almost certainly wrong.
                                 * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                                 */
                                "name"?: string;
                                /**
                                 * Specify whether the Secret or its key must be defined
                                 */
                                "optional"?: boolean;
                            };
                        };
                    }>;
                    /**
                     * ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images
                     */
                    "imagePullSecrets"?: Array<{
                        /**
                         * Name of the referent.
                         * This field is effectively required, but due to backwards compatibility is
                         * allowed to be empty. Instances of this type with an empty value here are
                         * almost certainly wrong.
                         * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
                         */
                        "name"?: string;
                    }>;
                    /**
                     * Labels specifies the labels to attach to pods the operator creates for
                     * the zookeeper cluster.
                     */
                    "labels"?: {
                        [key: string]: string;
                    };
                    /**
                     * Node Selector to be added on pods.
                     */
                    "nodeSelector"?: {
                        [key: string]: string;
                    };
                    /**
                     * Resources is the resource requirements for the Zookeeper container.
                     */
                    "resources"?: {
                        /**
                         * Claims lists the names of resources, defined in spec.resourceClaims,
                         * that are used by this container.
                         *
                         * This is an alpha field and requires enabling the
                         * DynamicResourceAllocation feature gate.
                         *
                         * This field is immutable. It can only be set for containers.
                         */
                        "claims"?: Array<{
                            /**
                             * Name must match the name of one entry in pod.spec.resourceClaims of
                             * the Pod where this field is used. It makes that resource available
                             * inside a container.
                             */
                            "name": string;
                            /**
                             * Request is the name chosen for a request in the referenced claim.
                             * If empty, everything from the claim is made available, otherwise
                             * only the result of this request.
                             */
                            "request"?: string;
                        }>;
                        /**
                         * Limits describes the maximum amount of compute resources allowed.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "limits"?: {
                            [key: string]: number | string;
                        };
                        /**
                         * Requests describes the minimum amount of compute resources required.
                         * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
                         * otherwise to an implementation-defined value. Requests cannot exceed Limits.
                         * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
                         */
                        "requests"?: {
                            [key: string]: number | string;
                        };
                    };
                    /**
                     * SecurityContext specifies the security context for the entire zookeeper pod
                     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context
                     */
                    "securityContext"?: {
                        /**
                         * appArmorProfile is the AppArmor options to use by the containers in this pod.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "appArmorProfile"?: {
                            /**
                             * localhostProfile indicates a profile loaded on the node that should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must match the loaded name of the profile.
                             * Must be set if and only if type is "Localhost".
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of AppArmor profile will be applied.
                             * Valid options are:
                             *   Localhost - a profile pre-loaded on the node.
                             *   RuntimeDefault - the container runtime's default profile.
                             *   Unconfined - no AppArmor enforcement.
                             */
                            "type": string;
                        };
                        /**
                         * A special supplemental group that applies to all containers in a pod.
                         * Some volume types allow the Kubelet to change the ownership of that volume
                         * to be owned by the pod:
                         *
                         * 1. The owning GID will be the FSGroup
                         * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
                         * 3. The permission bits are OR'd with rw-rw----
                         *
                         * If unset, the Kubelet will not modify the ownership and permissions of any volume.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "fsGroup"?: number;
                        /**
                         * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
                         * before being exposed inside Pod. This field will only apply to
                         * volume types which support fsGroup based ownership(and permissions).
                         * It will have no effect on ephemeral volume types such as: secret, configmaps
                         * and emptydir.
                         * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "fsGroupChangePolicy"?: string;
                        /**
                         * The GID to run the entrypoint of the container process.
                         * Uses runtime default if unset.
                         * May also be set in SecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence
                         * for that container.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsGroup"?: number;
                        /**
                         * Indicates that the container must run as a non-root user.
                         * If true, the Kubelet will validate the image at runtime to ensure that it
                         * does not run as UID 0 (root) and fail to start the container if it does.
                         * If unset or false, no such validation will be performed.
                         * May also be set in SecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence.
                         */
                        "runAsNonRoot"?: boolean;
                        /**
                         * The UID to run the entrypoint of the container process.
                         * Defaults to user specified in image metadata if unspecified.
                         * May also be set in SecurityContext.  If set in both SecurityContext and
                         * PodSecurityContext, the value specified in SecurityContext takes precedence
                         * for that container.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "runAsUser"?: number;
                        /**
                         * The SELinux context to be applied to all containers.
                         * If unspecified, the container runtime will allocate a random SELinux context for each
                         * container.  May also be set in SecurityContext.  If set in
                         * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
                         * takes precedence for that container.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seLinuxOptions"?: {
                            /**
                             * Level is SELinux level label that applies to the container.
                             */
                            "level"?: string;
                            /**
                             * Role is a SELinux role label that applies to the container.
                             */
                            "role"?: string;
                            /**
                             * Type is a SELinux type label that applies to the container.
                             */
                            "type"?: string;
                            /**
                             * User is a SELinux user label that applies to the container.
                             */
                            "user"?: string;
                        };
                        /**
                         * The seccomp options to use by the containers in this pod.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "seccompProfile"?: {
                            /**
                             * localhostProfile indicates a profile defined in a file on the node should be used.
                             * The profile must be preconfigured on the node to work.
                             * Must be a descending path, relative to the kubelet's configured seccomp profile location.
                             * Must be set if type is "Localhost". Must NOT be set for any other type.
                             */
                            "localhostProfile"?: string;
                            /**
                             * type indicates which kind of seccomp profile will be applied.
                             * Valid options are:
                             *
                             * Localhost - a profile defined in a file on the node should be used.
                             * RuntimeDefault - the container runtime default profile should be used.
                             * Unconfined - no profile should be applied.
                             */
                            "type": string;
                        };
                        /**
                         * A list of groups applied to the first process run in each container, in
                         * addition to the container's primary GID and fsGroup (if specified).  If
                         * the SupplementalGroupsPolicy feature is enabled, the
                         * supplementalGroupsPolicy field determines whether these are in addition
                         * to or instead of any group memberships defined in the container image.
                         * If unspecified, no additional groups are added, though group memberships
                         * defined in the container image may still be used, depending on the
                         * supplementalGroupsPolicy field.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "supplementalGroups"?: Array<number>;
                        /**
                         * Defines how supplemental groups of the first container processes are calculated.
                         * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
                         * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
                         * and the container runtime must implement support for this feature.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "supplementalGroupsPolicy"?: string;
                        /**
                         * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
                         * sysctls (by the container runtime) might fail to launch.
                         * Note that this field cannot be set when spec.os.name is windows.
                         */
                        "sysctls"?: Array<{
                            /**
                             * Name of a property to set
                             */
                            "name": string;
                            /**
                             * Value of a property to set
                             */
                            "value": string;
                        }>;
                        /**
                         * The Windows specific settings applied to all containers.
                         * If unspecified, the options within a container's SecurityContext will be used.
                         * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
                         * Note that this field cannot be set when spec.os.name is linux.
                         */
                        "windowsOptions"?: {
                            /**
                             * GMSACredentialSpec is where the GMSA admission webhook
                             * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
                             * GMSA credential spec named by the GMSACredentialSpecName field.
                             */
                            "gmsaCredentialSpec"?: string;
                            /**
                             * GMSACredentialSpecName is the name of the GMSA credential spec to use.
                             */
                            "gmsaCredentialSpecName"?: string;
                            /**
                             * HostProcess determines if a container should be run as a 'Host Process' container.
                             * All of a Pod's containers must have the same effective HostProcess value
                             * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
                             * In addition, if HostProcess is true then HostNetwork must also be set to true.
                             */
                            "hostProcess"?: boolean;
                            /**
                             * The UserName in Windows to run the entrypoint of the container process.
                             * Defaults to the user specified in image metadata if unspecified.
                             * May also be set in PodSecurityContext. If set in both SecurityContext and
                             * PodSecurityContext, the value specified in SecurityContext takes precedence.
                             */
                            "runAsUserName"?: string;
                        };
                    };
                    /**
                     * Optional Service Account to run the zookeeper pods under.
                     */
                    "serviceAccountName"?: string;
                    /**
                     * TerminationGracePeriodSeconds is the amount of time that kubernetes will
                     * give for a zookeeper pod instance to shutdown normally.
                     * The default value is 30.
                     */
                    "terminationGracePeriodSeconds"?: number;
                    /**
                     * Tolerations to be added on pods.
                     */
                    "tolerations"?: Array<{
                        /**
                         * Effect indicates the taint effect to match. Empty means match all taint effects.
                         * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
                         */
                        "effect"?: string;
                        /**
                         * Key is the taint key that the toleration applies to. Empty means match all taint keys.
                         * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
                         */
                        "key"?: string;
                        /**
                         * Operator represents a key's relationship to the value.
                         * Valid operators are Exists and Equal. Defaults to Equal.
                         * Exists is equivalent to wildcard for value, so that a pod can
                         * tolerate all taints of a particular category.
                         */
                        "operator"?: string;
                        /**
                         * TolerationSeconds represents the period of time the toleration (which must be
                         * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
                         * it is not set, which means tolerate the taint forever (do not evict). Zero and
                         * negative values will be treated as 0 (evict immediately) by the system.
                         */
                        "tolerationSeconds"?: number;
                        /**
                         * Value is the taint value the toleration matches to.
                         * If the operator is Exists, the value should be empty, otherwise just a regular string.
                         */
                        "value"?: string;
                    }>;
                    /**
                     * TopologySpreadConstraints to apply to the pods
                     */
                    "topologySpreadConstraints"?: Array<{
                        /**
                         * LabelSelector is used to find matching pods.
                         * Pods that match this label selector are counted to determine the number of pods
                         * in their corresponding topology domain.
                         */
                        "labelSelector"?: {
                            /**
                             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
                             */
                            "matchExpressions"?: Array<{
                                /**
                                 * key is the label key that the selector applies to.
                                 */
                                "key": string;
                                /**
                                 * operator represents a key's relationship to a set of values.
                                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                                 */
                                "operator": string;
                                /**
                                 * values is an array of string values. If the operator is In or NotIn,
                                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                                 * the values array must be empty. This array is replaced during a strategic
                                 * merge patch.
                                 */
                                "values"?: Array<string>;
                            }>;
                            /**
                             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
                             * map is equivalent to an element of matchExpressions, whose key field is "key", the
                             * operator is "In", and the values array contains only "value". The requirements are ANDed.
                             */
                            "matchLabels"?: {
                                [key: string]: string;
                            };
                        };
                        /**
                         * MatchLabelKeys is a set of pod label keys to select the pods over which
                         * spreading will be calculated. The keys are used to lookup values from the
                         * incoming pod labels, those key-value labels are ANDed with labelSelector
                         * to select the group of existing pods over which spreading will be calculated
                         * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
                         * MatchLabelKeys cannot be set when LabelSelector isn't set.
                         * Keys that don't exist in the incoming pod labels will
                         * be ignored. A null or empty list means only match against labelSelector.
                         *
                         * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
                         */
                        "matchLabelKeys"?: Array<string>;
                        /**
                         * MaxSkew describes the degree to which pods may be unevenly distributed.
                         * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
                         * between the number of matching pods in the target topology and the global minimum.
                         * The global minimum is the minimum number of matching pods in an eligible domain
                         * or zero if the number of eligible domains is less than MinDomains.
                         * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                         * labelSelector spread as 2/2/1:
                         * In this case, the global minimum is 1.
                         * | zone1 | zone2 | zone3 |
                         * |  P P  |  P P  |   P   |
                         * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
                         * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
                         * violate MaxSkew(1).
                         * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
                         * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
                         * to topologies that satisfy it.
                         * It's a required field. Default value is 1 and 0 is not allowed.
                         */
                        "maxSkew": number;
                        /**
                         * MinDomains indicates a minimum number of eligible domains.
                         * When the number of eligible domains with matching topology keys is less than minDomains,
                         * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
                         * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
                         * this value has no effect on scheduling.
                         * As a result, when the number of eligible domains is less than minDomains,
                         * scheduler won't schedule more than maxSkew Pods to those domains.
                         * If value is nil, the constraint behaves as if MinDomains is equal to 1.
                         * Valid values are integers greater than 0.
                         * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
                         *
                         * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
                         * labelSelector spread as 2/2/2:
                         * | zone1 | zone2 | zone3 |
                         * |  P P  |  P P  |  P P  |
                         * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
                         * In this situation, new pod with the same labelSelector cannot be scheduled,
                         * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
                         * it will violate MaxSkew.
                         */
                        "minDomains"?: number;
                        /**
                         * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
                         * when calculating pod topology spread skew. Options are:
                         * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
                         * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
                         *
                         * If this value is nil, the behavior is equivalent to the Honor policy.
                         * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
                         */
                        "nodeAffinityPolicy"?: string;
                        /**
                         * NodeTaintsPolicy indicates how we will treat node taints when calculating
                         * pod topology spread skew. Options are:
                         * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
                         * has a toleration, are included.
                         * - Ignore: node taints are ignored. All nodes are included.
                         *
                         * If this value is nil, the behavior is equivalent to the Ignore policy.
                         * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
                         */
                        "nodeTaintsPolicy"?: string;
                        /**
                         * TopologyKey is the key of node labels. Nodes that have a label with this key
                         * and identical values are considered to be in the same topology.
                         * We consider each <key, value> as a "bucket", and try to put balanced number
                         * of pods into each bucket.
                         * We define a domain as a particular instance of a topology.
                         * Also, we define an eligible domain as a domain whose nodes meet the requirements of
                         * nodeAffinityPolicy and nodeTaintsPolicy.
                         * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
                         * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
                         * It's a required field.
                         */
                        "topologyKey": string;
                        /**
                         * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
                         * the spread constraint.
                         * - DoNotSchedule (default) tells the scheduler not to schedule it.
                         * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
                         *   but giving higher precedence to topologies that would help reduce the
                         *   skew.
                         * A constraint is considered "Unsatisfiable" for an incoming pod
                         * if and only if every possible node assignment for that pod would violate
                         * "MaxSkew" on some topology.
                         * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
                         * labelSelector spread as 3/1/1:
                         * | zone1 | zone2 | zone3 |
                         * | P P P |   P   |   P   |
                         * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
                         * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
                         * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
                         * won't make it \*more\* imbalanced.
                         * It's a required field.
                         */
                        "whenUnsatisfiable": string;
                    }>;
                };
            };
        };
    };
    /**
     * SolrCloudStatus defines the observed state of SolrCloud
     */
    "status"?: {
        /**
         * BackupRepositoriesAvailable lists the backupRepositories specified in the SolrCloud and whether they are available across all Pods.
         */
        "backupRepositoriesAvailable"?: {
            [key: string]: boolean;
        };
        /**
         * BackupRestoreReady announces whether the solrCloud has the backupRestorePVC mounted to all pods
         * and therefore is ready for backups and restores.
         */
        "backupRestoreReady"?: boolean;
        /**
         * ExternalCommonAddress is the external common http address for all solr nodes.
         * Will only be provided when an ingressUrl is provided for the cloud
         */
        "externalCommonAddress"?: string;
        /**
         * InternalCommonAddress is the internal common http address for all solr nodes
         */
        "internalCommonAddress": string;
        /**
         * PodSelector for SolrCloud pods, required by the HPA
         */
        "podSelector": string;
        /**
         * ReadyReplicas is the number of ready pods in the cluster
         */
        "readyReplicas": number;
        /**
         * Replicas is the number of pods created by the StatefulSet
         */
        "replicas": number;
        /**
         * SolrNodes contain the statuses of each solr node running in this solr cloud.
         */
        "solrNodes": Array<{
            /**
             * An address the node can be connected to from outside of the Kube cluster
             * Will only be provided when an ingressUrl is provided for the cloud
             */
            "externalAddress"?: string;
            /**
             * An address the node can be connected to from within the Kube cluster
             */
            "internalAddress": string;
            /**
             * The name of the pod running the node
             */
            "name": string;
            /**
             * The name of the Kubernetes Node which the pod is running on
             */
            "nodeName": string;
            /**
             * Is the node up and running
             */
            "ready": boolean;
            /**
             * This Solr Node pod is scheduled for deletion
             */
            "scheduledForDeletion"?: boolean;
            /**
             * This Solr Node pod is using the latest version of solrcloud pod spec.
             */
            "specUpToDate": boolean;
            /**
             * The version of solr that the node is running
             */
            "version": string;
        }>;
        /**
         * The version of solr that the cloud is meant to be running.
         * Will only be provided when the cloud is migrating between versions
         */
        "targetVersion"?: string;
        /**
         * UpToDateNodes is the number of Solr Node pods that are running the latest pod spec
         */
        "upToDateNodes": number;
        /**
         * The version of solr that the cloud is running
         */
        "version": string;
        /**
         * ZookeeperConnectionInfo is the information on how to connect to the used Zookeeper
         */
        "zookeeperConnectionInfo": {
            /**
             * ZooKeeper ACL to use when connecting with ZK.
             * This ACL should have ALL permission in the given chRoot.
             */
            "acl"?: {
                /**
                 * The name of the key in the given secret that contains the ACL password
                 */
                "passwordKey": string;
                /**
                 * The name of the Kubernetes Secret that stores the username and password for the ACL.
                 * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                 */
                "secret": string;
                /**
                 * The name of the key in the given secret that contains the ACL username
                 */
                "usernameKey": string;
            };
            /**
             * The ChRoot to connect solr at
             */
            "chroot"?: string;
            /**
             * The connection string to connect to the ensemble from outside of the Kubernetes cluster
             * If external and no internal connection string is provided, the external cnx string will be used as the internal cnx string
             */
            "externalConnectionString"?: string;
            /**
             * The connection string to connect to the ensemble from within the Kubernetes cluster
             */
            "internalConnectionString"?: string;
            /**
             * ZooKeeper ACL to use when connecting with ZK for reading operations.
             * This ACL should have READ permission in the given chRoot.
             */
            "readOnlyAcl"?: {
                /**
                 * The name of the key in the given secret that contains the ACL password
                 */
                "passwordKey": string;
                /**
                 * The name of the Kubernetes Secret that stores the username and password for the ACL.
                 * This secret must be in the same namespace as the solrCloud or prometheusExporter is running in.
                 */
                "secret": string;
                /**
                 * The name of the key in the given secret that contains the ACL username
                 */
                "usernameKey": string;
            };
        };
    };
}
/**
 * SolrCloud is the Schema for the solrclouds API
 */
export declare class SolrCloud extends Model<ISolrCloud> implements ISolrCloud {
    "apiVersion": ISolrCloud["apiVersion"];
    "kind": ISolrCloud["kind"];
    "metadata"?: ISolrCloud["metadata"];
    "spec"?: ISolrCloud["spec"];
    "status"?: ISolrCloud["status"];
    static apiVersion: ISolrCloud["apiVersion"];
    static kind: ISolrCloud["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<ISolrCloud>;
    constructor(data?: ModelData<ISolrCloud>);
}
