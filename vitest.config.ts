import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundle, some several times; give them room on a loaded 2-core machine (a hang is
    // still caught: each run is killed after RUN_TIMEOUT_MS in test/helpers/run-action.ts).
    testTimeout: 120_000,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node refuses: let Vite
    // load it (test/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
