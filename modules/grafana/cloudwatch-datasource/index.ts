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
