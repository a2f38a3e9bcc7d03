import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tools/*/test/**/*.test.ts", "images/**/*.test.ts"],
    // The end-to-end tier boots the whole stack: `npm run e2e` and `npm run e2e:mutations`.
    exclude: [...configDefaults.exclude, "tools/e2e/**"],
    // Tests run the real kustomize, shellcheck and CLIs; give them room on a 2-core machine.
    testTimeout: 30_000,
  },
});
