// Set up for every test file of a mutation run (see jest.stryker.config.js).
process.env.FLINK_OBSERVABILITY_SKIP_TERRAFORM = "1";
