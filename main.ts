import { App } from "cdktf";
import { ConfigError, loadEnvironments } from "./lib/config/load";
import { EnvironmentStack } from "./stacks/environment-stack";

// One stack per environment file in CONFIG_DIR (default config/). Every file is validated before any
// stack is built, so an invalid file stops synth before anything is written.
function main(): void {
  let environments;
  try {
    environments = loadEnvironments();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = new App();
  for (const config of environments) new EnvironmentStack(app, config.name, { config });
  app.synth();
}

main();
