import type { VerifyClients } from "../clients";
import type { EnvironmentConfig, TerraformJson } from "../stack";

/** What every check reads: the environment, its synthesized stack, the clients and the clock. */
export interface CheckContext {
  readonly config: EnvironmentConfig;
  readonly stack: TerraformJson;
  readonly clients: VerifyClients;
  readonly now: Date;
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Resources of one type in a synthesized stack. */
export function resourcesOf(stack: TerraformJson, type: string): TerraformJson[] {
  return Object.values(stack.resource?.[type] ?? {});
}
