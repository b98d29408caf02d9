import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests share the on-disk index cache directory layout but not files; one
    // worker per core keeps the 2-core CI machine responsive.
    pool: "forks",
  },
});
