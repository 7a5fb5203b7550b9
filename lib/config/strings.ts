import { z } from "zod";

// Every string of an environment file is checked here, before the schema sees it, against rules that
// hold for all fields present and future: no Terraform template sequence (`${`, `%{`), no control or
// bidirectional-formatting character, no key that JavaScript treats as an object's prototype. A field
// opts out of the first rule only by being marked as free text below; its text is then escaped into a
// Terraform literal by the stack (stacks/config-literals.ts), so it reaches Terraform as written.

/** How much a free-text field accepts. */
export interface FreeText {
  /** Newlines and tabs are part of the text (an XML document, a multi-line property value). */
  readonly multiline: boolean;
}

/** The schema's free-text fields; every other string is an identifier-like value. */
export const FREE_TEXT = z.registry<FreeText>();

/** Marks `schema` as free text: `${` and `%{` are allowed (and escaped), control characters are not. */
export function freeText<T extends z.ZodString>(schema: T, options: FreeText = { multiline: false }): T {
  FREE_TEXT.add(schema, options);
  return schema;
}

/** Terraform template sequences: interpolation and directive. */
export const TEMPLATE_SEQUENCE = /[$%]\{/;

/** Keys JavaScript objects inherit special meaning for; a parser may drop or misapply them. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;

// C0 and C1 control characters (tab, line feed and carriage return are handled separately), line and
// paragraph separators, and the bidirectional embedding, override, isolate and mark characters that
// make text display differently from what it is.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** What is wrong with one string of the file, or undefined. `text` is its free-text marking, if any. */
export function stringProblem(value: string, text: FreeText | undefined): string | undefined {
  const at = (pattern: RegExp) => {
    const found = pattern.exec(value);
    return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : undefined;
  };
  const bidi = at(BIDI);
  if (bidi) return `contains the bidirectional formatting character ${bidi}, which hides what the text really says`;
  const control = at(CONTROL);
  if (control) return `contains the control character ${control}`;
  if (!text?.multiline) {
    const lineBreak = at(LINE_BREAK);
    if (lineBreak) return `contains a line break or tab (${lineBreak}); this field is a single line`;
  }
  if (!text && TEMPLATE_SEQUENCE.test(value)) {
    return "contains '${' or '%{', a Terraform template sequence; this field takes a plain value, never an expression";
  }
  return undefined;
}

/** A problem found in the raw document, at a path of the file. */
export interface RawProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** The schema a value at the next level is checked against, or undefined when the schema has none. */
type Schema = z.core.$ZodType | undefined;

function defOf(schema: z.core.$ZodType): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

/** The schema under wrappers that do not change the shape (optional, default, transform input...). */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; current && i < 32; i++) {
    const def = defOf(current);
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type))
      current = def.innerType as z.core.$ZodType;
    else if (def.type === "pipe") current = def.in as z.core.$ZodType;
    else if (def.type === "lazy") current = (def.getter as () => z.core.$ZodType)();
    else return current;
  }
  return current;
}

/** The options of a union, or the schema alone. */
function options(schema: Schema): z.core.$ZodType[] {
  const inner = unwrap(schema);
  if (!inner) return [];
  const def = defOf(inner);
  return def.type === "union" ? (def.options as z.core.$ZodType[]).flatMap(options) : [inner];
}

/** Of a union's options, those that can describe `value` (the matching discriminator, if any). */
function candidates(schema: Schema, value: unknown): z.core.$ZodType[] {
  const all = options(schema);
  const kind = Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "object";
  const sameKind = all.filter((o) => {
    const type = defOf(o).type;
    return kind === "object" ? type === "object" || type === "record" : type === kind;
  });
  if (kind !== "object" || value === null || sameKind.length < 2) return sameKind;
  // A discriminated union: the option whose literal matches the value's discriminator.
  const matching = sameKind.filter((o) => {
    const shape = defOf(o).shape as Record<string, z.core.$ZodType> | undefined;
    return Object.entries(value as object).some(([key, v]) => {
      const field = shape?.[key] && unwrap(shape[key]);
      return field && defOf(field).type === "literal" && (defOf(field).values as unknown[]).includes(v);
    });
  });
  return matching.length > 0 ? matching : sameKind;
}

/** The free-text marking of a string schema (all candidate options must be free text). */
function freeTextOf(schema: Schema, value: string): FreeText | undefined {
  const strings = candidates(schema, value);
  if (strings.length === 0) return undefined;
  const marks = strings.map((s) => FREE_TEXT.get(s as z.ZodType));
  if (marks.some((m) => m === undefined)) return undefined;
  return { multiline: marks.every((m) => m!.multiline) };
}

/**
 * Every problem of the raw (parsed, not yet validated) document `value` against the string rules,
 * walking it alongside `schema` to find the free-text fields. Every string and every key is checked,
 * also where the schema has no field (unknown keys are the schema's to report).
 */
export function rawStringProblems(schema: Schema, value: unknown, path: (string | number)[] = []): RawProblem[] {
  if (typeof value === "string") {
    const message = stringProblem(value, freeTextOf(schema, value));
    return message ? [{ path, message }] : [];
  }
  if (value === null || typeof value !== "object") return [];
  const problems: RawProblem[] = [];
  if (Array.isArray(value)) {
    const element = candidates(schema, value).map((a) => defOf(a).element as z.core.$ZodType)[0];
    value.forEach((item, i) => problems.push(...rawStringProblems(element, item, [...path, i])));
    return problems;
  }
  const shapes = candidates(schema, value);
  for (const key of Object.getOwnPropertyNames(value)) {
    const at = [...path, key];
    if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) {
      problems.push({ path: at, message: `the key ${JSON.stringify(key)} is not allowed anywhere in a file` });
      continue;
    }
    const keyProblem = stringProblem(key, undefined);
    if (keyProblem) problems.push({ path: at, message: `key ${keyProblem}` });
    let field: Schema;
    for (const shape of shapes) {
      const def = defOf(shape);
      field = def.type === "record" ? (def.valueType as z.core.$ZodType) : (def.shape as Record<string, Schema>)[key];
      if (field) break;
    }
    problems.push(...rawStringProblems(field, (value as Record<string, unknown>)[key], at));
  }
  return problems;
}

/** A string-typed place of the schema: a field, an array element, a record key or value. */
export interface StringField {
  /** Path with `0` for array elements and `*` for record entries; `{key}` as last segment is a record key. */
  readonly path: (string | number)[];
  /** Whether the field is free text. */
  readonly freeText: boolean;
}

/** Every string-typed place of `schema`, through all union options, for tests that must cover them all. */
export function stringFields(schema: Schema, path: (string | number)[] = []): StringField[] {
  const fields: StringField[] = [];
  for (const option of options(schema)) {
    const def = defOf(option);
    if (def.type === "string") fields.push({ path, freeText: FREE_TEXT.get(option as z.ZodType) !== undefined });
    else if (def.type === "array") fields.push(...stringFields(def.element as z.core.$ZodType, [...path, 0]));
    else if (def.type === "object") {
      for (const [key, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>))
        fields.push(...stringFields(field, [...path, key]));
    } else if (def.type === "record") {
      fields.push({ path: [...path, "{key}"], freeText: false });
      fields.push(...stringFields(def.valueType as z.core.$ZodType, [...path, "*"]));
    }
  }
  const seen = new Set<string>();
  return fields.filter((f) => {
    const id = JSON.stringify(f.path);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}
