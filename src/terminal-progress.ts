import type { ProgressMeter } from './adapters/progress.js'

/** Reading that ends sooner than this shows no progress at all. */
export const QUIET_MS = 1000
/** At most this many redraws a second: the line must not cost what it measures. */
const REDRAW_MS = 250

/**
 * Progress goes to a person at a terminal only: never to CI logs (CI set, as every CI system does), a pipe or a
 * file, nor to a terminal that cannot move the cursor back (TERM=dumb).
 */
export function showsProgress(stderrIsTty: boolean, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase())
  return stderrIsTty && !ci && env.TERM !== 'dumb'
}

/** A file name as a terminal may show it: control characters (escape sequences of a crafted name) become `?`. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1)
}

function rate(records: number, ms: number): string {
  const perSecond = (records * 1000) / Math.max(ms, 1)
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)}M`
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)}k`
  return perSecond.toFixed(0)
}

/**
 * One line on stderr, redrawn in place: `eval-gate: reading out/preds.csv: 120.5 of 293.0 MB (41%), 3.2M rows/s`.
 * It appears once reading has lasted QUIET_MS and is cleared when reading ends.
 */
export class TerminalProgress implements ProgressMeter {
  private began: number | undefined
  private file = ''
  private size = 0
  private bytes = 0
  private records = 0
  private fileBegan = 0
  private drawnAt: number | undefined

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
  ) {}

  start(file: string, size: number): void {
    const now = this.now()
    this.began ??= now
    this.file = printable(file)
    this.size = size
    this.bytes = 0
    this.records = 0
    this.fileBegan = now
  }

  advance(bytes: number, records: number): void {
    this.bytes += bytes
    this.records += records
    const now = this.now()
    if (this.began === undefined || now - this.began < QUIET_MS) return
    if (this.drawnAt !== undefined && now - this.drawnAt < REDRAW_MS) return
    this.drawnAt = now
    this.write(`\r${this.line(now)}\u001b[K`)
  }

  finish(): void {
    if (this.drawnAt !== undefined) this.write('\r\u001b[K')
    this.drawnAt = undefined
    this.began = undefined
  }

  private line(now: number): string {
    const read =
      this.size > 0 ? `${megabytes(this.bytes)} of ${megabytes(this.size)} MB` : `${megabytes(this.bytes)} MB`
    const share = this.size > 0 ? ` (${Math.min(100, Math.floor((100 * this.bytes) / this.size))}%)` : ''
    return `eval-gate: reading ${this.file}: ${read}${share}, ${rate(this.records, now - this.fileBegan)} rows/s`
  }
}
