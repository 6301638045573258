import { run } from './main.js'

// The action's entry point: everything else happens in run(), which reports its own failures.
await run()
