import { Construct } from "constructs";
import { Folder } from "../../../.gen/providers/grafana/folder";
import { validateUid } from "../uid";

/** Properties of a {@link GrafanaFolder}. */
export interface GrafanaFolderProps {
  /** Stable uid (dashboards, rule groups and links refer to it). Required; at most 40 characters. */
  readonly uid: string;
  /** Title shown in Grafana. Required. */
  readonly title: string;
  /**
   * Refuse to destroy the folder while it still holds objects made by hand.
   * @default true
   */
  readonly preventDestroyIfNotEmpty?: boolean;
}

/** A Grafana folder with a stable uid. */
export class GrafanaFolder extends Construct {
  /** The folder uid (known at synth time), for links and URLs. */
  readonly uid: string;
  /** The folder title (known at synth time). */
  readonly title: string;
  /**
   * The uid as a Terraform reference to `grafana_folder.uid`: what objects in the folder name it by,
   * so that Terraform creates the folder first (a literal uid is no edge in Terraform's graph).
   */
  readonly uidReference: string;
  /** The underlying grafana_folder. */
  readonly resource: Folder;

  constructor(scope: Construct, id: string, props: GrafanaFolderProps) {
    super(scope, id);
    validateUid(`GrafanaFolder "${id}"`, "uid", props.uid);
    if (props.title.trim().length === 0) throw new Error(`GrafanaFolder "${id}": title must not be empty`);
    this.uid = props.uid;
    this.title = props.title;
    this.resource = new Folder(this, "resource", {
      uid: props.uid,
      title: props.title,
      preventDestroyIfNotEmpty: props.preventDestroyIfNotEmpty ?? true,
    });
    this.uidReference = this.resource.uid;
  }
}
