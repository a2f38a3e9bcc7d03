// The slow end-to-end tier: each test boots the whole stack. Not part of `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tools/e2e/test/**/*.test.ts"],
    testTimeout: 15 * 60 * 1000,
    // Every case uses the same loopback addresses, ports and /etc/hosts lines.
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
