// The doctor's suite against a real API server; npm run e2e:cluster runs it while its cluster is up.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tools/doctor/cluster-test/**/*.test.ts"],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
