import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { App, Aspects } from "cdktn";
import { ConfigError, loadEnvironmentFiles } from "./lib/config/load";
import { EnvironmentStack } from "./stacks/environment-stack";
import { HclRenderingFixes } from "./stacks/hcl-output";
import { withoutTokenCreationStacks } from "./stacks/token-creation-stacks";
import { summarizeStack, summaryLine } from "./stacks/environment-summary";

/** Options of {@link synthesize}; the defaults are what `cdktf synth` and `npm run synth` pass. */
export interface SynthesizeOptions {
  /** Folder of environment files. Default: `CONFIG_DIR`, else `config/`. */
  readonly configDir?: string;
  /** Output folder. Default: `CDKTF_OUTDIR` (set by the cdktf CLI), else `cdktf.out`. */
  readonly outdir?: string;
  /**
   * Receives one line per environment after a successful synthesis: resources, dashboards, alert rules
   * against the cap, CloudWatch alarms and the estimated monthly cost of alerting.
   * @default - nothing is reported
   */
  readonly report?: (line: string) => void;
}

/** Stack-level files that exist in one output format only; a stale one would be read by Terraform too. */
const FORMAT_FILES = ["cdk.tf.json", "cdk.tf", "metadata.json"];

/**
 * Validates every environment file, builds one {@link EnvironmentStack} per environment and writes
 * them to `outdir`. Nothing in `outdir` changes unless everything succeeded: the app synthesizes into
 * a staging folder (`outdir/.staging-*`, removed afterwards), and only then are the new files moved
 * in. Terraform's own files in a stack folder (`.terraform/`, `.terraform.lock.hcl`, local plans) are
 * kept. Returns the stack names. Throws {@link ConfigError} for invalid configuration.
 */
export function synthesize(options: SynthesizeOptions = {}): string[] {
  const environments = loadEnvironmentFiles(options.configDir);
  const outdir = path.resolve(options.outdir || process.env.CDKTF_OUTDIR || "cdktf.out");
  // Inside outdir: same file system (so moving in is a rename), and ignored wherever cdktf.out is.
  mkdirSync(outdir, { recursive: true });
  const staging = mkdtempSync(path.join(outdir, ".staging-"));
  try {
    const app = new App({ outdir: staging });
    // The schema catches every value a construct refuses; should one still get through, the user
    // sees the file and the construct's message (which names the field), never a stack trace.
    const problems: string[] = [];
    const stacks: { readonly stack: EnvironmentStack; readonly maxRules: number }[] = [];
    for (const { file, config } of environments) {
      try {
        const stack = new EnvironmentStack(app, config.name, { config });
        stacks.push({ stack, maxRules: config.alerting.maxRules });
        Aspects.of(stack).add(new HclRenderingFixes());
      } catch (e) {
        if (!(e instanceof Error)) throw e;
        problems.push(...e.message.split("\n").map((line) => `${file}: ${line}`));
      }
    }
    if (problems.length > 0) throw new ConfigError(problems);
    app.synth();
    publish(staging, outdir);
    // The configuration as written (JSON or HCL), resolved: what Terraform receives.
    for (const { stack, maxRules } of stacks)
      options.report?.(summaryLine(stack.node.id, summarizeStack(stack.toTerraform(), maxRules)));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return environments.map((e) => e.config.name);
}

/** Moves a complete synthesis from `staging` into `outdir`, stack by stack, manifest last. */
function publish(staging: string, outdir: string): void {
  const stagedStacks = path.join(staging, "stacks");
  mkdirSync(path.join(outdir, "stacks"), { recursive: true });
  for (const stack of readdirSync(stagedStacks)) {
    const from = path.join(stagedStacks, stack);
    const to = path.join(outdir, "stacks", stack);
    mkdirSync(to, { recursive: true });
    for (const stale of FORMAT_FILES) rmSync(path.join(to, stale), { force: true });
    for (const entry of readdirSync(from)) {
      const target = path.join(to, entry);
      // Directories (assets/) are replaced whole, so files of an older synthesis do not linger.
      if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) rmSync(target, { recursive: true, force: true });
      renameSync(path.join(from, entry), target);
    }
  }
  renameSync(path.join(staging, "manifest.json"), path.join(outdir, "manifest.json"));
}

function main(): void {
  try {
    withoutTokenCreationStacks(() => synthesize({ report: (line) => console.log(line) }));
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

if (require.main === module) main();
