import { Lazy, Tokenization } from "cdktn";
import { withoutTokenCreationStacks } from "../stacks/token-creation-stacks";

const creationStackOf = (token: unknown): string[] => (token as { creationStack: string[] }).creationStack;
/** A lazy token, as constructs create for attribute references (the token object, not its encoding). */
const tokenObject = () => Tokenization.reverseString(Lazy.stringValue({ produce: () => "x" })).tokens[0];

describe("synthesis without token creation stacks", () => {
  test("tokens created inside record no creation stack; outside they do", () => {
    expect(creationStackOf(tokenObject()).length).toBeGreaterThan(0);
    const inside = withoutTokenCreationStacks(() => tokenObject(), {});
    expect(creationStackOf(inside)).toEqual([]);
  });

  test("a real error thrown inside keeps its message and its frames", () => {
    function throwsHere(): never {
      throw new TypeError("boom");
    }
    let caught: Error | undefined;
    withoutTokenCreationStacks(() => {
      try {
        throwsHere();
      } catch (e) {
        caught = e as Error;
      }
    }, {});
    const lines = caught!.stack!.split("\n");
    expect(lines[0]).toBe("TypeError: boom");
    expect(lines[1]).toMatch(/^ {4}at throwsHere \(.*token-creation-stacks\.test\.ts:\d+:\d+\)$/);
  });

  test("the previous stack-trace hook is put back, also when the function throws", () => {
    const before = Error.prepareStackTrace;
    expect(() =>
      withoutTokenCreationStacks(() => {
        throw new Error("fails");
      }, {}),
    ).toThrow("fails");
    expect(Error.prepareStackTrace).toBe(before);
  });

  test("FLINK_OBSERVABILITY_TOKEN_STACKS=1 keeps the creation stacks", () => {
    const token = withoutTokenCreationStacks(() => tokenObject(), { FLINK_OBSERVABILITY_TOKEN_STACKS: "1" });
    expect(creationStackOf(token).length).toBeGreaterThan(0);
  });
});
