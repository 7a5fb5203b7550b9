import { FLINK_RUNTIMES } from "../../modules/flink-metrics";
import { EnvironmentConfig } from "../../lib/config/schema";
import { environmentConfig } from "./synth";

/** Alert thresholds of one profile (as an application's `alerts.thresholds` in an environment file). */
export type ThresholdProfile = Record<string, number> | undefined;

/** The second profile of the fleet: hotter machines and a slower sink tolerated. */
export const SECOND_PROFILE: ThresholdProfile = { cpuPercent: 90, heapMemoryPercent: 95, kafkaLagRecords: 1_000_000 };

/**
 * `count` monitored applications (default 150) of every runtime and source, a tenth not expected to run,
 * application `i` in profile `profiles[i % profiles.length]` (default: every fourth in the second profile).
 */
export function fleet(
  count = 150,
  profiles: readonly ThresholdProfile[] = [undefined, undefined, undefined, SECOND_PROFILE],
) {
  const sources = ["kinesis", "kafka", "none"] as const;
  return Array.from({ length: count }, (_, i) => {
    const thresholds = profiles[i % profiles.length];
    return {
      name: `team${i % 12}-stream-processor-${String(i).padStart(3, "0")}`,
      runtime: FLINK_RUNTIMES[i % FLINK_RUNTIMES.length],
      source: sources[i % sources.length],
      expectedRunning: i % 10 !== 9,
      ...(thresholds ? { alerts: { thresholds } } : {}),
    };
  });
}

/** The fleet's environment: critical alerts to an SNS contact point, warnings to Slack. */
export function fleetEnvironment(applications: ReturnType<typeof fleet> = fleet()): EnvironmentConfig {
  return environmentConfig({
    name: "fleet",
    monitoredApplications: applications,
    alerting: {
      contactPoints: [
        { name: "oncall", type: "sns" },
        { name: "team", type: "slack" },
      ],
      routes: { critical: ["oncall"], warning: ["team"] },
    },
  } as never);
}
