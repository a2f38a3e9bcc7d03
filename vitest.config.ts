import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tools/*/test/**/*.test.ts", "tools/e2e/unit/**/*.test.ts", "images/**/*.test.ts"],
    // The end-to-end tier boots the whole stack: `npm run e2e` and `npm run e2e:mutations`. Its fast unit
    // tests (tools/e2e/unit) run here.
    exclude: [...configDefaults.exclude, "tools/e2e/test/**"],
    // Tests run the real kustomize, shellcheck and CLIs; give them room on a 2-core machine.
    testTimeout: 30_000,
  },
});
