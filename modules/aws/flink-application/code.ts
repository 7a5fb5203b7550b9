import { Construct } from "constructs";
import { CodeBucket, S3CodeLocation } from "../code-bucket";

/** S3 bucket ARNs: `arn:<partition>:s3:::<bucket>`. */
export const BUCKET_ARN_PATTERN = /^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * The code a Managed Flink application runs: a JAR (or ZIP) in S3, either an object the user
 * supplies ({@link FlinkApplicationCode.fromS3Object}) or a local file uploaded by this stack
 * ({@link FlinkApplicationCode.fromJarFile}).
 */
export abstract class FlinkApplicationCode {
  /** An existing S3 object; the application's role may read exactly this object (and version). */
  public static fromS3Object(location: S3CodeLocation): FlinkApplicationCode {
    return new ExistingS3ObjectCode(location);
  }

  /** A local JAR, uploaded to `bucket` under `<application name>/<content hash>.jar`. */
  public static fromJarFile(jarPath: string, bucket: CodeBucket): FlinkApplicationCode {
    return new LocalJarCode(jarPath, bucket);
  }

  /** How the code was given, for error messages and docs. */
  public abstract readonly kind: "s3Object" | "jarFile";

  /** Creates whatever the code needs (the upload, for a local JAR) and returns its S3 location. */
  public abstract bind(scope: Construct, applicationName: string): S3CodeLocation;
}

class ExistingS3ObjectCode extends FlinkApplicationCode {
  public readonly kind = "s3Object" as const;
  constructor(private readonly location: S3CodeLocation) {
    super();
  }
  public bind(): S3CodeLocation {
    return this.location;
  }
}

class LocalJarCode extends FlinkApplicationCode {
  public readonly kind = "jarFile" as const;
  constructor(
    private readonly jarPath: string,
    private readonly bucket: CodeBucket,
  ) {
    super();
  }
  public bind(scope: Construct, applicationName: string): S3CodeLocation {
    return this.bucket.uploadJar(scope, "code", {
      jarPath: this.jarPath,
      keyPrefix: `flink-applications/${applicationName}`,
    });
  }
}
