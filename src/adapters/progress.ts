/**
 * How far the reading of input files has come, for the CLI's progress line on a terminal. The readers report each
 * file they open and the bytes and records they consume; nothing listens unless the CLI installed a meter (the
 * action, the tests and worker threads never do), so a report costs one check per chunk of 1 MiB.
 */
export interface ProgressMeter {
  /** A file starts: `size` bytes in all (0 when unknown, e.g. a pipe). */
  start(file: string, size: number): void
  /** More of the current file was consumed. */
  advance(bytes: number, records: number): void
  /** Reading is over (or failed): take the line away. */
  finish(): void
}

let meter: ProgressMeter | undefined

/** Installs the meter the readers report to; undefined removes it. */
export function installProgressMeter(installed: ProgressMeter | undefined): void {
  meter = installed
}

export function progressStart(file: string, size: number): void {
  meter?.start(file, size)
}

export function progressAdvance(bytes: number, records: number): void {
  meter?.advance(bytes, records)
}
