const { rmSync } = require("node:fs");

module.exports = async function globalTeardown() {
  const dir = process.env.FLINK_OBSERVABILITY_TEST_TMP;
  if (dir && process.env.KEEP_TEST_TMP !== "1") rmSync(dir, { recursive: true, force: true });
};
