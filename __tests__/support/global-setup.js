// Gives the whole test run one private temp dir (cdktf's Testing helpers and the Terraform scratch
// dirs write there) so that global-teardown can remove everything the run left behind.
const { mkdtempSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async function globalSetup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "flink-observability-test-"));
  process.env.FLINK_OBSERVABILITY_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  process.env.CHECKPOINT_DISABLE = "1";
};
