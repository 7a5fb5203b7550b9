import { Token } from "cdktn";

/** AWS region names such as `eu-west-1` or `us-gov-west-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** True when `region` is a region name or a token resolved only at apply time. */
export function isRegionOrToken(region: string): boolean {
  return Token.isUnresolved(region) || REGION_PATTERN.test(region);
}

/** The ARN partition of a region: `aws-us-gov` for GovCloud, `aws-cn` for China, `aws` otherwise. */
export function partitionOf(region: string): string {
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("cn-")) return "aws-cn";
  return "aws";
}
