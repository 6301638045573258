import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundle; give them room on a 2-core machine.
    testTimeout: 30_000,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node refuses: let Vite
    // load it (test/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
