import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { ConfigError, parseEnvironmentFile } from "../../lib/config/load";
import {
  applicationLogGroupName,
  applicationResourcePrefix,
  defaultStreamName,
  derivedNameProblems,
  environmentPrefix,
  MAX_LOG_GROUP_NAME_LENGTH,
} from "../../lib/config/names";
import {
  FREE_TEXT,
  freeText,
  rawStringProblems,
  stringFields,
  stringProblem,
  TEMPLATE_SEQUENCE,
  unwrap,
} from "../../lib/config/strings";

// Pins the rules every string of an environment file obeys (lib/config/strings.ts): which characters
// are refused and with which message, how free-text fields are found through wrappers, unions and
// discriminated unions of the schema; and the names derived from several settings (lib/config/names.ts).

const BIDI = "contains the bidirectional formatting character";
const TEMPLATE =
  "contains '${' or '%{', a Terraform template sequence; this field takes a plain value, never an expression";
const SINGLE = { multiline: false };
const MULTI = { multiline: true };

describe("stringProblem: one string against the rules", () => {
  test.each([
    ["plain text", "orders-eu_1.v2"],
    ["spaces, accents and other scripts", "Équipe données 数据"],
    ["a no-break space (not a control character)", "a\u00A0b"],
    ["a byte-order mark inside the text", "a\uFEFFb"],
    ["a dollar or percent not followed by a brace", "$HOME 100% {x}"],
    ["a brace after another character", "a{b}"],
  ])("%s is accepted in any field", (_, value) => {
    expect(stringProblem(value, undefined)).toBeUndefined();
    expect(stringProblem(value, SINGLE)).toBeUndefined();
    expect(stringProblem(value, MULTI)).toBeUndefined();
  });

  test.each([
    ["U+061C", "\u061C"],
    ["U+200E", "\u200E"],
    ["U+200F", "\u200F"],
    ["U+202A", "\u202A"],
    ["U+202C", "\u202C"],
    ["U+202E", "\u202E"],
    ["U+2066", "\u2066"],
    ["U+2068", "\u2068"],
    ["U+2069", "\u2069"],
  ])("the bidirectional formatting character %s is refused everywhere, named by code point", (code, char) => {
    const expected = `${BIDI} ${code}, which hides what the text really says`;
    for (const text of [undefined, SINGLE, MULTI]) expect(stringProblem(`ok${char}evil`, text)).toBe(expected);
  });

  test.each([
    ["U+0000", "\u0000"],
    ["U+0008", "\u0008"],
    ["U+000B", "\u000B"],
    ["U+000C", "\u000C"],
    ["U+000E", "\u000E"],
    ["U+001B", "\u001B"],
    ["U+001F", "\u001F"],
    ["U+007F", "\u007F"],
    ["U+0085", "\u0085"],
    ["U+009F", "\u009F"],
  ])("the control character %s is refused everywhere, also in multi-line text", (code, char) => {
    for (const text of [undefined, SINGLE, MULTI])
      expect(stringProblem(`a${char}b`, text)).toBe(`contains the control character ${code}`);
  });

  test.each([
    ["U+0009", "\t"],
    ["U+000A", "\n"],
    ["U+000D", "\r"],
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
  ])("the line break or tab %s is refused in a single-line field, accepted in multi-line text", (code, char) => {
    const message = `contains a line break or tab (${code}); this field is a single line`;
    expect(stringProblem(`one${char}two`, undefined)).toBe(message);
    expect(stringProblem(`one${char}two`, SINGLE)).toBe(message);
    expect(stringProblem(`one${char}two`, MULTI)).toBeUndefined();
  });

  test.each(["${var.x}", "%{ if true }x%{ endif }", "prefix ${x}", "100%{"])(
    "the template sequence in %j is refused in a plain field, accepted in free text",
    (value) => {
      expect(TEMPLATE_SEQUENCE.test(value)).toBe(true);
      expect(stringProblem(value, undefined)).toBe(TEMPLATE);
      expect(stringProblem(value, SINGLE)).toBeUndefined();
      expect(stringProblem(value, MULTI)).toBeUndefined();
    },
  );

  test("a bidirectional character is reported before a control character, a control character before a line break", () => {
    expect(stringProblem("\u0001\u202E", undefined)).toBe(`${BIDI} U+202E, which hides what the text really says`);
    expect(stringProblem("\n\u0001${x}", undefined)).toBe("contains the control character U+0001");
    expect(stringProblem("${x}\n", undefined)).toBe(
      "contains a line break or tab (U+000A); this field is a single line",
    );
  });
});

describe("freeText marks a schema as free text", () => {
  test("single line unless multi-line is asked for", () => {
    const single = freeText(z.string());
    const multi = freeText(z.string(), MULTI);
    expect(FREE_TEXT.get(single)).toEqual({ multiline: false });
    expect(FREE_TEXT.get(multi)).toEqual({ multiline: true });
    expect(rawStringProblems(z.object({ d: single }), { d: "a\nb" })).toEqual([
      { path: ["d"], message: "contains a line break or tab (U+000A); this field is a single line" },
    ]);
    expect(rawStringProblems(z.object({ d: multi }), { d: "a\nb" })).toEqual([]);
  });
});

describe("unwrap: the schema under wrappers that keep its shape", () => {
  test.each<[string, (s: z.ZodString) => z.core.$ZodType]>([
    ["optional", (s) => s.optional()],
    ["nullable", (s) => s.nullable()],
    ["default", (s) => s.default("x")],
    ["prefault", (s) => s.prefault("x")],
    ["readonly", (s) => s.readonly()],
    ["catch", (s) => s.catch("x")],
    ["nonoptional", (s) => s.optional().nonoptional()],
    ["transform (pipe)", (s) => s.transform((v) => v.length)],
    ["lazy", (s) => z.lazy(() => s)],
    [
      "several at once",
      (s) =>
        z
          .lazy(() => s.nullable().readonly())
          .optional()
          .catch("x"),
    ],
  ])("%s", (_, wrap) => {
    const inner = z.string();
    expect(unwrap(wrap(inner))).toBe(inner);
  });

  test("a schema without wrappers is itself; no schema stays none", () => {
    const inner = z.object({ a: z.string() });
    expect(unwrap(inner)).toBe(inner);
    expect(unwrap(undefined)).toBeUndefined();
  });

  test("a lazy schema returning itself does not hang", () => {
    const self: z.ZodType = z.lazy(() => self);
    expect(unwrap(self)).toBe(self);
  });

  test.each<[string, (s: z.ZodString) => z.core.$ZodType]>([
    ["nullable", (s) => s.nullable()],
    ["readonly", (s) => s.readonly()],
    ["catch", (s) => s.catch("x")],
    ["transform", (s) => s.transform((v) => v)],
    ["lazy", (s) => z.lazy(() => s)],
  ])("a free-text field wrapped in %s is still free text", (_, wrap) => {
    const schema = z.object({ d: wrap(freeText(z.string())) });
    expect(rawStringProblems(schema, { d: "${x}" })).toEqual([]);
    expect(rawStringProblems(z.object({ d: wrap(z.string()) }), { d: "${x}" })).toEqual([
      { path: ["d"], message: TEMPLATE },
    ]);
  });

  test("a free-text field inside an object behind a transform is found", () => {
    const schema = z.object({ outer: z.object({ d: freeText(z.string()) }).transform((o) => o.d) });
    expect(rawStringProblems(schema, { outer: { d: "${x}" } })).toEqual([]);
  });
});

describe("rawStringProblems: free text through unions", () => {
  test("a plain union's object option is searched for the field", () => {
    const schema = z.object({ u: z.union([z.string(), z.object({ d: freeText(z.string()) })]) });
    expect(rawStringProblems(schema, { u: { d: "${x}" } })).toEqual([]);
    expect(rawStringProblems(schema, { u: "${x}" })).toEqual([{ path: ["u"], message: TEMPLATE }]);
  });

  test("a free-text string option of a union accepts a string; an array option of it does not count", () => {
    const schema = z.object({ u: z.union([freeText(z.string()), z.array(z.string())]) });
    expect(rawStringProblems(schema, { u: "${x}" })).toEqual([]);
    expect(rawStringProblems(schema, { u: ["${x}"] })).toEqual([{ path: ["u", 0], message: TEMPLATE }]);
  });

  test("an object value is matched only against object and record options", () => {
    const schema = z.union([z.array(z.string()), z.object({ d: freeText(z.string()) })]);
    expect(rawStringProblems(schema, { d: "${x}" })).toEqual([]);
    const records = z.union([z.array(z.string()), z.record(z.string(), freeText(z.string()))]);
    expect(rawStringProblems(records, { any: "${x}" })).toEqual([]);
  });

  test("a string is free text only when every string option is", () => {
    const mixed = z.object({ u: z.union([freeText(z.string()), z.string().max(3)]) });
    expect(rawStringProblems(mixed, { u: "${x}" })).toEqual([{ path: ["u"], message: TEMPLATE }]);
    const both = z.object({ u: z.union([freeText(z.string()), freeText(z.string().max(3))]) });
    expect(rawStringProblems(both, { u: "${x}" })).toEqual([]);
  });

  test("a string is multi-line only when every string option is", () => {
    const mixed = z.object({ u: z.union([freeText(z.string(), MULTI), freeText(z.string())]) });
    expect(rawStringProblems(mixed, { u: "a\nb" })).toEqual([
      { path: ["u"], message: "contains a line break or tab (U+000A); this field is a single line" },
    ]);
    const both = z.object({ u: z.union([freeText(z.string(), MULTI), freeText(z.string(), MULTI)]) });
    expect(rawStringProblems(both, { u: "a\nb" })).toEqual([]);
  });

  test("a key found in a later option of a union is checked against that option", () => {
    const schema = z.union([z.object({ other: z.string() }), z.object({ d: freeText(z.string()) })]);
    expect(rawStringProblems(schema, { d: "${x}" })).toEqual([]);
  });

  test("the first option holding the key decides, a later one without it does not undo that", () => {
    const schema = z.union([z.object({ d: freeText(z.string()) }), z.object({ other: z.string() })]);
    expect(rawStringProblems(schema, { d: "${x}", other: "${y}" })).toEqual([{ path: ["other"], message: TEMPLATE }]);
    const first = z.union([z.object({ d: freeText(z.string()) }), z.object({ d: z.string() })]);
    expect(rawStringProblems(first, { d: "${x}" })).toEqual([]);
  });

  const tagged = () =>
    z.discriminatedUnion("type", [
      z.object({ type: z.literal("note"), text: freeText(z.string()) }),
      z.object({ type: z.literal("id"), text: z.string() }),
    ]);

  test.each([
    ["note", []],
    ["id", [{ path: ["text"], message: TEMPLATE }]],
  ])("a discriminated union checks the option its discriminator names: %s", (type, expected) => {
    expect(rawStringProblems(tagged(), { type, text: "${x}" })).toEqual(expected);
    expect(rawStringProblems(tagged(), { text: "${x}", type })).toEqual(expected);
  });

  test("a discriminator matching no option checks the field against every option", () => {
    const schema = z.discriminatedUnion("type", [
      z.object({ type: z.literal("a"), text: freeText(z.string()) }),
      z.object({ type: z.literal("b"), text: freeText(z.string()) }),
    ]);
    expect(rawStringProblems(schema, { type: "c", text: "${x}" })).toEqual([]);
    expect(rawStringProblems(tagged(), { type: "other", text: "${x}" })).toEqual([]);
  });

  test("a discriminator written as a literal in an optional field still selects the option", () => {
    const schema = z.union([
      z.object({ kind: z.literal("a").optional(), text: z.string() }),
      z.object({ kind: z.literal("b").optional(), text: freeText(z.string()) }),
    ]);
    expect(rawStringProblems(schema, { kind: "b", text: "${x}" })).toEqual([]);
    expect(rawStringProblems(schema, { kind: "a", text: "${x}" })).toEqual([{ path: ["text"], message: TEMPLATE }]);
  });
});

describe("rawStringProblems: every string and key of the document", () => {
  test("strings and keys where the schema has no field are plain, single-line values", () => {
    const schema = z.object({ known: freeText(z.string(), MULTI) });
    expect(rawStringProblems(schema, { known: "${ok}\n", unknown: "${x}", nested: { deep: ["a\nb"] } })).toEqual([
      { path: ["unknown"], message: TEMPLATE },
      { path: ["nested", "deep", 0], message: "contains a line break or tab (U+000A); this field is a single line" },
    ]);
    expect(rawStringProblems(undefined, "${x}")).toEqual([{ path: [], message: TEMPLATE }]);
  });

  test("a key is checked like a plain value, and its message says it is the key", () => {
    const schema = z.record(z.string(), freeText(z.string()));
    expect(rawStringProblems(schema, { "k${x}": "${fine}", "a\u202Eb": "v", "c\u0007": "v" })).toEqual([
      { path: ["k${x}"], message: `key ${TEMPLATE}` },
      { path: ["a\u202Eb"], message: `key ${BIDI} U+202E, which hides what the text really says` },
      { path: ["c\u0007"], message: "key contains the control character U+0007" },
    ]);
  });

  test("keys JavaScript misreads are refused wherever they are", () => {
    const value = JSON.parse('{"a": {"__proto__": "x", "constructor": {"b": "${x}"}}, "prototype": 1}');
    expect(rawStringProblems(z.object({ a: z.record(z.string(), z.string()) }), value)).toEqual([
      { path: ["a", "__proto__"], message: 'the key "__proto__" is not allowed anywhere in a file' },
      { path: ["a", "constructor"], message: 'the key "constructor" is not allowed anywhere in a file' },
      { path: ["prototype"], message: 'the key "prototype" is not allowed anywhere in a file' },
    ]);
  });

  test.each([
    ["null", null],
    ["a number", 5],
    ["a boolean", true],
    ["nothing", undefined],
  ])("%s has no string problems", (_, value) => {
    expect(rawStringProblems(z.object({ a: z.string() }), value)).toEqual([]);
    expect(rawStringProblems(z.object({ a: z.string() }), { a: value, b: [value] })).toEqual([]);
  });
});

describe("string rules reach the user with file, field and value", () => {
  function fileProblems(doc: object): string[] {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "strings-")), "env.json");
    writeFileSync(file, JSON.stringify(doc));
    try {
      parseEnvironmentFile(file);
      return [];
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      const shown = path.relative(process.cwd(), file);
      return e.problems.map((p) => (p.startsWith(`${shown}: `) ? p.slice(shown.length + 2) : `(elsewhere) ${p}`));
    }
  }
  const base = { account: "123456789012", region: "eu-west-1" };

  test("a tag key with a control character is refused as a key, once", () => {
    expect(fileProblems({ ...base, tags: { "Te\u0007am": "data" } })).toEqual([
      'tags.Te\u0007am: key contains the control character U+0007 (value "data")',
    ]);
  });

  test("a free-text description accepts a template sequence, a plain field does not", () => {
    const app = (description: string) => ({
      name: "job",
      description,
      code: { s3: { bucketArn: "arn:aws:s3:::code", fileKey: "j.jar" } },
    });
    expect(fileProblems({ ...base, applications: [app("costs ${x} and 100%{y}")] })).toEqual([]);
    expect(fileProblems({ ...base, namePrefix: "abc${x}" })).toEqual([`namePrefix: ${TEMPLATE} (value "abc\${x}")`]);
    expect(fileProblems({ ...base, applications: [app("one\ntwo")] })).toEqual([
      'applications[0].description: contains a line break or tab (U+000A); this field is a single line (value "one\\ntwo")',
    ]);
  });

  test("multi-line SAML metadata is accepted, a control character in it is not", () => {
    const saml = (idpMetadataXml: string) => ({
      ...base,
      grafana: {
        authentication: {
          providers: ["SAML"],
          saml: { idpMetadataXml, roleAssertion: "role", editorRoleValues: ["editor"] },
        },
      },
    });
    expect(fileProblems(saml("<a>\r\n\t<b>${x}</b>\n</a>"))).toEqual([]);
    expect(fileProblems(saml("<a>\u0000</a>"))).toEqual([
      'grafana.authentication.saml.idpMetadataXml: contains the control character U+0000 (value "<a>\\u0000</a>")',
    ]);
  });
});

describe("derived resource names", () => {
  test("each name is built from its parts", () => {
    expect(environmentPrefix({ name: "dev" })).toBe("flinkobs-dev");
    expect(environmentPrefix({ name: "dev", namePrefix: "obs" })).toBe("obs");
    expect(applicationResourcePrefix("obs", "orders")).toBe("obs-orders");
    expect(defaultStreamName("obs-orders", "in")).toBe("obs-orders-in");
    expect(applicationLogGroupName("orders")).toBe("/aws/kinesis-analytics/orders");
  });

  type Stream = { id: string; create?: { name?: string } };
  const environment = (appName: string, sources: Stream[] = [], sinks: Stream[] = []) => ({
    name: "dev",
    namePrefix: "p".repeat(10),
    applications: [{ name: "ok" }, { name: appName }].map((a) => ({ ...a, streams: { sources, sinks } })),
  });

  test("names within every limit are no problem", () => {
    expect(derivedNameProblems(environment("orders", [{ id: "in", create: {} }], [{ id: "out" }]))).toEqual([]);
  });

  test("the log group name: at most 512 characters", () => {
    const fits = "a".repeat(MAX_LOG_GROUP_NAME_LENGTH - "/aws/kinesis-analytics/".length);
    expect(derivedNameProblems(environment(fits)).filter((p) => p.message.includes("log group"))).toEqual([]);
    const long = `${fits}b`;
    const logGroup = `/aws/kinesis-analytics/${long}`;
    expect(derivedNameProblems(environment(long))).toEqual([
      {
        path: ["applications", 1, "name"],
        message: `makes the resource name prefix (IAM role and policy names) ${JSON.stringify(`pppppppppp-${long}`)} 501 characters long; at most 64 are allowed (shorten this or namePrefix)`,
      },
      {
        path: ["applications", 1, "name"],
        message: `makes the log group name ${JSON.stringify(logGroup)} 513 characters long; at most 512 are allowed (shorten this or namePrefix)`,
      },
    ]);
  });

  test("the default stream name of a created stream: at most 128 characters", () => {
    const appName = "a".repeat(50); // prefix "pppppppppp-aaa…a" is 61 characters
    const fits = "s".repeat(128 - 62);
    expect(derivedNameProblems(environment(appName, [{ id: fits, create: {} }], [{ id: fits, create: {} }]))).toEqual(
      [],
    );
    const long = `${fits}x`;
    const name = `pppppppppp-${appName}-${long}`;
    expect(derivedNameProblems(environment(appName, [{ id: "in", create: {} }], [{ id: long, create: {} }]))).toEqual([
      {
        path: ["applications", 1, "streams", "sinks", 0, "id"],
        message: `makes the default stream name ${JSON.stringify(name)} 129 characters long; at most 128 are allowed (shorten this or namePrefix), or set create.name`,
      },
    ]);
  });

  test("a stream that is not created, or is created with its own name, has no default name to check", () => {
    const long = "s".repeat(100);
    const appName = "a".repeat(50);
    expect(
      derivedNameProblems(environment(appName, [{ id: long }], [{ id: long, create: { name: "explicit" } }])),
    ).toEqual([]);
  });
});

describe("stringFields: every string-typed place of a schema, for the injection tests", () => {
  test("fields, array elements, record keys and values, through union options, each place once", () => {
    const schema = z.union([
      z.strictObject({
        name: z.string(),
        notes: freeText(z.string(), { multiline: true }),
        hosts: z.array(z.string()),
        labels: z.record(z.string(), z.string()),
        count: z.number(),
      }),
      z.strictObject({ name: z.string().optional(), extra: z.string() }),
    ]);
    expect(stringFields(schema)).toEqual([
      { path: ["name"], freeText: false },
      { path: ["notes"], freeText: true },
      { path: ["hosts", 0], freeText: false },
      { path: ["labels", "{key}"], freeText: false },
      { path: ["labels", "*"], freeText: false },
      { path: ["extra"], freeText: false },
    ]);
  });
});
