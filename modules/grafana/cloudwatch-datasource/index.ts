import { Construct } from "constructs";
import { DataSource } from "../../../.gen/providers/grafana/data-source";
import { isRegionOrToken } from "../../aws/region";
import { validateUid } from "../uid";

/** Properties of a {@link GrafanaCloudWatchDataSource}. */
export interface GrafanaCloudWatchDataSourceProps {
  /** Stable uid that dashboards and alert rules reference. Required; at most 40 characters. */
  readonly uid: string;
  /**
   * Display name in Grafana.
   * @default `CloudWatch (<defaultRegion>)`
   */
  readonly name?: string;
  /** Region queried when a query says `default`. Required. */
  readonly defaultRegion: string;
  /**
   * Make it the organisation's default data source.
   * @default false
   */
  readonly isDefault?: boolean;
}

/**
 * Grafana versions whose CloudWatch data source labels every series with its dimensions, whatever the
 * query's form (new label parsing, grafana/grafana #84835, generally available from 11; a series also
 * gets `Series`, the label asked for). 10.4 labels a series only from the dimensions its builder query
 * names and not at all in metric math, so two series of one query can carry the same labels. Rules over
 * several applications and the overview's status table need it.
 */
export const DIMENSION_LABEL_VERSIONS: readonly string[] = ["12.4"];

/** Whether Grafana `version` labels every CloudWatch series with its dimensions ({@link DIMENSION_LABEL_VERSIONS}). */
export function labelsSeriesByDimension(version: string): boolean {
  return DIMENSION_LABEL_VERSIONS.includes(version);
}

/** Reference to a data source as dashboards and queries spell it. */
export interface DataSourceRef {
  /** Plugin type (`cloudwatch`). */
  readonly type: string;
  /** Data source uid. */
  readonly uid: string;
}

/**
 * The CloudWatch data source of an Amazon Managed Grafana workspace. It authenticates with the
 * workspace's IAM role (`authType: ec2_iam_role`), so no access key ever exists: the workspace's
 * service-managed permissions grant the CloudWatch and Logs read access.
 */
export class GrafanaCloudWatchDataSource extends Construct {
  /** The data source uid (known at synth time). */
  readonly uid: string;
  /** `{ type: "cloudwatch", uid }` for dashboards and queries. */
  readonly ref: DataSourceRef;
  /** The underlying grafana_data_source. */
  readonly resource: DataSource;

  constructor(scope: Construct, id: string, props: GrafanaCloudWatchDataSourceProps) {
    super(scope, id);
    validateUid(`GrafanaCloudWatchDataSource "${id}"`, "uid", props.uid);
    if (!isRegionOrToken(props.defaultRegion)) {
      throw new Error(
        `GrafanaCloudWatchDataSource "${id}": defaultRegion must be an AWS region such as eu-west-1, got "${props.defaultRegion}"`,
      );
    }
    this.uid = props.uid;
    this.ref = { type: "cloudwatch", uid: props.uid };
    this.resource = new DataSource(this, "resource", {
      uid: props.uid,
      name: props.name ?? `CloudWatch (${props.defaultRegion})`,
      type: "cloudwatch",
      isDefault: props.isDefault ?? false,
      jsonDataEncoded: JSON.stringify({ authType: "ec2_iam_role", defaultRegion: props.defaultRegion }),
    });
  }
}
