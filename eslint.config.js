// ESLint flat config: typescript-eslint's recommended rules, vitest's rules for tests, Prettier for layout.
import js from "@eslint/js";
import vitest from "@vitest/eslint-plugin";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaries } from "./tools/workspace-setup/src/eslint-boundaries.ts";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "manifests/",
      "**/generated/",
      ".nx/",
      ".tools/",
      ".manifests-*/",
      ".crd-models-*/",
      // third-party build output: the GC Design System bundle of ckanext-gcds, setuptools' build tree
      "images/ckan/extensions/*/ckanext/*/public/*/vendor/",
      "images/ckan/extensions/*/build/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  // Module boundaries: other projects only through their package.json exports and declared dependencies,
  // and no import circles (tools/manifests/README.md, "Public API and module boundaries").
  {
    files: ["tools/**/*.{ts,js}", "images/**/*.{ts,js}"],
    plugins: { boundaries },
    rules: { "boundaries/public-api": "error", "boundaries/no-import-circles": "error" },
  },
  // The warm render's entry and its two helpers are CommonJS: Node loads them faster than ES modules
  // (tools/manifests/src/lib/render-memo.cjs).
  {
    files: ["tools/manifests/src/**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The CKAN extensions' own page scripts run in the browser.
  {
    files: ["images/ckan/extensions/*/ckanext/*/public/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["**/*.test.ts", "**/test/**/*.ts"],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // A test without an assertion cannot fail.
      "vitest/expect-expect": "error",
      "vitest/valid-expect": "error",
    },
  },
  prettier,
);
