import { z } from "zod";

// Owned by issue 6 (backends). Local is the default; S3 and Terraform Cloud come with that issue.
export const backendConfigSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("local"),
    /** State file path, relative to the stack's synthesized folder. Default `terraform.<stack>.tfstate` there. */
    path: z.string().min(1).optional(),
  }),
]);

export type BackendConfig = z.output<typeof backendConfigSchema>;
