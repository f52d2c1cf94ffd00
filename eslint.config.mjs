// @ts-check
import { defineConfig } from "eslint/config";
import { builtinModules } from "node:module";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** What the engine must never import: a host, a UI, or Node itself (DESIGN.md, "Architecture"). */
const HOST_MODULES = [
  "exceljs",
  "react",
  "react-dom",
  "office-js",
  "@microsoft/office-js",
  "@fluentui/react-components",
];
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith("_"));

export default defineConfig(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-artifacts/", "assets/"] },
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js code: batched loads, no sync in a loop (STYLE.md, "The Excel adapter"). Not on the ExcelJS
    // code (src/xlsx, its tests): the rules go by method names, and ExcelJS's getCell would trip them.
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "Excel",
          "Office",
          "OfficeExtension",
          "window",
          "document",
          "navigator",
          "fetch",
          "process",
          "Buffer",
        ].map((name) => ({ name, message: "src/core is pure: no host, browser or Node global." })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [...HOST_MODULES, ...NODE_BUILTINS].map((name) => ({
            name,
            message: "src/core is pure: no host, UI or Node API. Hand it plain values from an adapter.",
          })),
          patterns: [
            {
              group: [
                "node:*",
                "exceljs/*",
                "react/*",
                "react-dom/*",
                "@fluentui/*",
                "@microsoft/office-js*",
              ],
              message: "src/core is pure: no host, UI or Node API. Hand it plain values from an adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    // The CommonJS shims and configs: Node globals, `require` allowed, no type information.
    files: ["**/*.js", "**/*.cjs"],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], extends: [tseslint.configs.recommended] },
);
