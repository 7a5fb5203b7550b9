// Gives the whole test run one private temp dir (cdktf's Testing helpers and the Terraform scratch
// dirs write there) so that global-teardown can remove everything the run left behind.
const { mkdtempSync } = require("node:fs");
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
};
