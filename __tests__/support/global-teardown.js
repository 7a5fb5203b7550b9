const { rmSync } = require("node:fs");

module.exports = async function globalTeardown() {
  const dir = process.env.FLINK_OBSERVABILITY_TEST_TMP;
  if (dir && process.env.KEEP_TEST_TMP !== "1") rmSync(dir, { recursive: true, force: true });
  // Hand the process its temp dir back (see global-setup.js).
  if (process.env.FLINK_OBSERVABILITY_TEST_TMP_PARENT)
    process.env.TMPDIR = process.env.FLINK_OBSERVABILITY_TEST_TMP_PARENT;
};
