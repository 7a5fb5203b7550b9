// typescript-eslint's recommended rules for the app, its scripts and its tests. Layout is prettier's job
// (`npm run format`), so no stylistic rule is enabled here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeGlobals = Object.fromEntries(
  [
    "console",
    "process",
    "require",
    "module",
    "exports",
    "__dirname",
    "Buffer",
    "URL",
    "structuredClone",
    "setTimeout",
    "clearTimeout",
  ].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  {
    ignores: [
      ".gen/**",
      ".ci/.node/**",
      "cdktf.out/**",
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "reports/**",
      ".stryker-tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: nodeGlobals } },
  // cdktf 0.21 writes a resource's `dependsOn` and its references into the Terraform JSON, and nothing
  // else: a construct-level `node.addDependency` is dropped without a word, so objects it was meant to
  // order are created in parallel. Order through a reference or `dependsOn` instead.
  {
    files: ["**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='addDependency']",
          message:
            "cdktf 0.21 ignores node.addDependency (no depends_on is written): refer to the resource or pass it in dependsOn",
        },
      ],
    },
  },
  // CommonJS helpers (jest transformer and reporter) load their dependencies with require().
  { files: ["**/*.js", "**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Tests walk synthesized Terraform JSON, which has no static type; `any` there reads like the data it is.
  { files: ["__tests__/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
