// Nothing a user already has is replaced by a change of platform: every resource and data source address
// of the example environments is the one recorded in fixtures/example-addresses.json (written from the
// synthesized examples before the move to CDK Terrain). A change that renames one on purpose updates the
// list in the same commit, and says so.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Json, exampleEnvironments, synthEnvironments } from "./support/synth";

const RECORDED: Record<string, string[]> = JSON.parse(
  readFileSync(path.join(__dirname, "fixtures", "example-addresses.json"), "utf8"),
);

function addresses(json: Json): string[] {
  const of = (section: Json | undefined, prefix: string) =>
    Object.entries<Json>(section ?? {}).flatMap(([type, blocks]) =>
      Object.keys(blocks).map((n) => `${prefix}${type}.${n}`),
    );
  return [...of(json.resource, ""), ...of(json.data, "data.")].sort();
}

describe("resource addresses of the example environments", () => {
  const stacks = synthEnvironments(exampleEnvironments());

  test("every example is recorded", () => {
    expect([...stacks.keys()].sort()).toEqual(Object.keys(RECORDED).sort());
  });

  test.each(Object.keys(RECORDED))("%s keeps every recorded address, and adds none", (name) => {
    expect(addresses(stacks.get(name)!.json)).toEqual(RECORDED[name]);
  });
});
