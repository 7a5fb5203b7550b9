// Gives the whole test run one private temp dir (cdktf's Testing helpers and the Terraform scratch
// dirs write there) so that global-teardown can remove everything the run left behind.
const { mkdtempSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async function globalSetup() {
  // The system temp dir, remembered: a process that runs jest more than once (the mutation run does,
  // once per mutant) must not create the next run's dir inside the previous one, which teardown removed.
  process.env.FLINK_OBSERVABILITY_TEST_TMP_PARENT ??= os.tmpdir();
  const dir = mkdtempSync(path.join(process.env.FLINK_OBSERVABILITY_TEST_TMP_PARENT, "flink-observability-test-"));
  process.env.FLINK_OBSERVABILITY_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  process.env.CHECKPOINT_DISABLE = "1";
  // Terraform reads no CLI configuration of the machine's user (~/.terraformrc, or a TF_CLI_CONFIG_FILE
  // naming a file that may not exist, which Terraform then warns about): an empty one of the run's own.
  // Working directories that install from a plugin mirror write their own (support/terraform.ts).
  const cliConfig = path.join(dir, "terraform.rc");
  writeFileSync(cliConfig, "");
  process.env.TF_CLI_CONFIG_FILE = cliConfig;
};
