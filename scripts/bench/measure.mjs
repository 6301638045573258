// Runs a command and measures it: wall time (from spawn to exit, as a user waits for it) and the peak resident set
// size of the child. Peak RSS comes from GNU time (`/usr/bin/time -v`) when it is installed, else from polling the
// child's VmHWM in /proc (Linux), else it is unknown.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { clearInterval, setInterval } from 'node:timers'

const GNU_TIME = '/usr/bin/time'
const haveGnuTime = existsSync(GNU_TIME)

/** How peak RSS is measured, for the table's footnote. */
export const RSS_METHOD = haveGnuTime ? '/usr/bin/time -v' : 'polling /proc/<pid>/status VmHWM'

/**
 * Runs `command args` with stdout discarded; resolves to { seconds, cpuSeconds, peakKiB, stdout } (CPU time, user +
 * system, with GNU time only) or rejects when it fails.
 * `keepStdout` captures stdout instead of discarding it.
 */
export function measure(command, args, { cwd, keepStdout = false } = {}) {
  const wrapped = haveGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args]
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(wrapped[0], wrapped[1], {
      cwd,
      stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    })
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (data) => (stderr += data))
    child.stdout?.on('data', (data) => (stdout += data))
    let polledKiB
    const poll = haveGnuTime
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (match) polledKiB = Math.max(polledKiB ?? 0, Number(match[1]))
          } catch {
            // Gone already, or not Linux.
          }
        }, 5)
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (poll) clearInterval(poll)
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`))
        return
      }
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
      const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : undefined
      resolve({ seconds, cpuSeconds, peakKiB: gnu ? Number(gnu[1]) : polledKiB, stdout, stderr })
    })
  })
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
