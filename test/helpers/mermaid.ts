/**
 * Parses a ```mermaid block with Mermaid's own parser (the `mermaid` npm package, the library GitHub renders these
 * blocks with) and reads back what the xychart parser understood.
 *
 * Mermaid runs diagram labels through DOMPurify, which needs a DOM: a test file that uses this helper must run in
 * the happy-dom environment (a `// @vitest-environment happy-dom` line at its top). happy-dom is the lightest DOM
 * that works here, and only those files get it.
 */
import mermaid from 'mermaid'

export interface ParsedChart {
  /** The configuration Mermaid took from directives (`%%{init: …}%%`) in the text. */
  config: unknown
  orientation: string
  title: string
  categories: string[]
  yAxis: { title: string; min: number; max: number }
  plots: { type: string; title: string; color: string; values: number[] }[]
}

/** The parts of Mermaid's xychart database this helper reads. */
interface XYChartDb {
  getDiagramTitle(): string
  getChartConfig(): { chartOrientation: string }
  getXYChartData(): {
    xAxis: { type: string; categories?: string[] }
    yAxis: { type: string; title: string; min?: number; max?: number }
    plots: { type: string; title: string; fill?: string; strokeFill?: string; data: [string, number][] }[]
  }
}

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })

/**
 * Mermaid's xychart database is one module-level object that every parse clears and fills (xychartDb.ts), so it is
 * taken once here and read after each `mermaid.parse`: one parse per chart instead of two (a parse costs tens of
 * milliseconds, mostly Mermaid's configuration merging). `parseChart` checks that the parse really refilled it.
 */
const db = (await mermaid.mermaidAPI.getDiagramFromText('xychart-beta\n  x-axis ["helper"]\n  bar [1]'))
  .db as unknown as XYChartDb

/** The diagram inside one ```mermaid fence; throws if `markdown` is anything else. */
export function fencedDiagram(markdown: string): string {
  const match = /^```mermaid\n([^]*)\n```$/.exec(markdown)
  if (!match?.[1]) throw new Error(`not one mermaid block:\n${markdown}`)
  if (/^\s{0,3}(```|~~~)/m.test(match[1])) throw new Error(`the block holds a fence line:\n${markdown}`)
  return match[1]
}

/** Throws Mermaid's parse error when the text is not a valid diagram. */
export async function parseChart(markdown: string): Promise<ParsedChart> {
  const text = fencedDiagram(markdown)
  const before = db.getXYChartData()
  const { diagramType, config } = await mermaid.parse(text)
  if (diagramType !== 'xychart') throw new Error(`not an xychart: ${diagramType}`)
  const data = db.getXYChartData()
  if (data === before) throw new Error('mermaid.parse did not refill the shared xychart database')
  if (data.xAxis.type !== 'band' || data.yAxis.type !== 'linear') throw new Error('unexpected axes')
  return {
    config,
    orientation: db.getChartConfig().chartOrientation,
    title: db.getDiagramTitle(),
    categories: data.xAxis.categories ?? [],
    yAxis: { title: data.yAxis.title, min: data.yAxis.min ?? NaN, max: data.yAxis.max ?? NaN },
    plots: data.plots.map((p) => ({
      type: p.type,
      title: p.title,
      color: p.fill ?? p.strokeFill ?? '',
      values: p.data.map(([, v]) => v),
    })),
  }
}
