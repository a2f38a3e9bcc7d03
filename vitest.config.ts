import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tools/*/test/**/*.test.ts", "images/**/*.test.ts"],
    // Tests run the real kustomize, shellcheck and CLIs; give them room on a 2-core machine.
    testTimeout: 30_000,
  },
});
