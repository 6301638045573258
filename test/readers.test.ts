import { describe, expect, it } from 'vitest'
import { InputError } from '../src/core/errors.js'
import { createParser, formatOf, type PredictionFormat } from '../src/core/readers/index.js'

type Read = { records: [string[], number][]; count: number }

const FILES: Record<PredictionFormat, string> = {
  csv: 'preds.csv',
  tsv: 'preds.tsv',
  jsonl: 'preds.jsonl',
  json: 'preds.json',
}

/** Feeds `chunks` to a fresh parser and collects every record with its line. */
function read(format: PredictionFormat, chunks: string[], fields = ['label', 'prediction']): Read {
  const records: [string[], number][] = []
  const parser = createParser(format, { file: FILES[format], fields }, (values, line) =>
    records.push([values, line]),
  )
  for (const chunk of chunks) parser.push(chunk)
  return { records, count: parser.end() }
}

/** The same text cut every way: whole, one character at a time, and at every point into two chunks. */
function chunkings(text: string): [string, string[]][] {
  const ways: [string, string[]][] = [
    ['whole', [text]],
    // UTF-16 code units: an astral character's surrogate pair is split too.
    ['one code unit at a time', text.split('')],
    ['with empty chunks around', ['', text, '']],
  ]
  for (let i = 1; i < text.length; i++) ways.push([`split at ${i}`, [text.slice(0, i), text.slice(i)]])
  return ways
}

/** Reads `text` every way and checks each one gives `expected`. */
function expectRecords(
  format: PredictionFormat,
  text: string,
  expected: [string[], number][],
  fields?: string[],
) {
  for (const [how, chunks] of chunkings(text)) {
    expect(read(format, chunks, fields), `${format} read ${how}`).toEqual({
      records: expected,
      count: expected.length,
    })
  }
}

/** Reads `text` whole and one code unit at a time; both must fail with exactly `message` (or match it whole). */
function expectError(format: PredictionFormat, text: string, message: string | RegExp, fields?: string[]) {
  for (const chunks of [[text], text.split('')]) {
    let caught: unknown
    try {
      read(format, chunks, fields)
    } catch (error) {
      caught = error
    }
    expect(caught, `${format} ${JSON.stringify(text)} in ${chunks.length} chunks`).toBeInstanceOf(InputError)
    if (typeof message === 'string') expect((caught as Error).message).toBe(message)
    else expect((caught as Error).message).toMatch(message)
  }
}

describe('CSV', () => {
  it('reads a plain file with the header columns in any order and extra columns', () => {
    expectRecords('csv', 'id,prediction,text,label\n1,cat,hello,dog\n2,dog,bye,dog\n', [
      [['dog', 'cat'], 2],
      [['dog', 'dog'], 3],
    ])
  })

  it('reads the last record without a trailing newline', () => {
    expectRecords('csv', 'label,prediction\na,b\nc,d', [
      [['a', 'b'], 2],
      [['c', 'd'], 3],
    ])
  })

  it('unquotes fields, undoubles quotes, and keeps commas and newlines inside quotes', () => {
    expectRecords('csv', 'label,prediction\n"a,b","say ""hi"""\n"x\ny\nz",w\nlast,"q"\n', [
      [['a,b', 'say "hi"'], 2],
      [['x\ny\nz', 'w'], 3],
      // The quoted field of line 3 spans three physical lines: the next record starts on line 6.
      [['last', 'q'], 6],
    ])
  })

  it('counts physical lines after a quoted field with CRLF inside and keeps the CR of the field', () => {
    expectRecords('csv', 'label,prediction\r\n"a\r\nb",c\r\nd,e\r\n', [
      [['a\r\nb', 'c'], 2],
      [['d', 'e'], 4],
    ])
  })

  it('reads CRLF line ends, a UTF-8 BOM and skips blank lines', () => {
    expectRecords('csv', '\uFEFFlabel,prediction\r\n\r\na,b\r\n\n"c",d\r\n\r\n', [
      [['a', 'b'], 3],
      [['c', 'd'], 5],
    ])
  })

  it('keeps a BOM-like character that is not at the very start', () => {
    expectRecords('csv', 'label,prediction\n\uFEFFa,b\n', [[['\uFEFFa', 'b'], 2]])
  })

  it('reads quoted header names and non-ASCII labels, astral characters included', () => {
    expectRecords('csv', '"prediction","label"\n🐱,Ａ\ncafé,"日本"\n', [
      [['Ａ', '🐱'], 2],
      [['日本', 'café'], 3],
    ])
  })

  it('mixes unquoted and quoted records, a quote far after many plain records included', () => {
    const plain = Array.from({ length: 6 }, (_, i) => `p${i},q${i}\n`).join('')
    expectRecords('csv', `label,prediction\n${plain}"x\n1",y\nm,n\no,"p"\n`, [
      ...Array.from({ length: 6 }, (_, i) => [[`p${i}`, `q${i}`], i + 2] as [string[], number]),
      [['x\n1', 'y'], 8],
      [['m', 'n'], 10],
      [['o', 'p'], 11],
    ])
  })

  it('refuses a quote that neither opens nor closes a field, and a header that names a column twice', () => {
    const stray = (field: number, line: number) =>
      `preds.csv:${line}: field ${field} has a quote that neither opens nor closes it (as in 5"3 or "a"b); quote the whole field and double the quotes inside it: "5""3"`
    expectError('csv', 'label,prediction\n5"3,b\n', stray(1, 2))
    expectError('csv', 'label,prediction\na,"b"c\n', stray(2, 2))
    expectError('csv', 'label,prediction\na,"b\nx"\r,c\n', stray(2, 3))
    expectError('csv', 'label,prediction\n"a" ,b\n', stray(1, 2))
    expectError('csv', 'label,prediction,"n"x\na,b,c\n', stray(3, 1))
    expectError('tsv', 'label\tprediction\na\tb"\n', stray(2, 2).replace('preds.csv', 'preds.tsv'))
    expectRecords('csv', 'label,prediction\n"5""3","b"\r\n"a",b\n', [
      [['5"3', 'b'], 2],
      [['a', 'b'], 3],
    ])
    expectError(
      'csv',
      'label,prediction,label\na,b,c\n',
      'preds.csv:1: header names column "label" twice (columns 1 and 3); column names must differ',
    )
    expectError(
      'tsv',
      'x\tlabel\tprediction\tx\na\tb\tc\td\n',
      'preds.tsv:1: header names column "x" twice (columns 1 and 4); column names must differ',
    )
  })

  it('reads TSV with tabs, where commas are ordinary characters', () => {
    expectRecords('tsv', 'label\tprediction\tnote\na,b\tc\tx,y\n"d\te"\tf\tz\n', [
      [['a,b', 'c'], 2],
      [['d\te', 'f'], 3],
    ])
  })

  it('reads the columns asked for, in the order asked for', () => {
    expect(read('csv', ['gold,pred,extra\n1,0,x\n'], ['pred', 'gold']).records).toEqual([[['0', '1'], 2]])
  })

  describe('errors', () => {
    it('empty file', () => {
      expectError('csv', '', 'preds.csv: file is empty')
      expectError('csv', '\uFEFF', 'preds.csv: file is empty')
      expectError('csv', '\n\r\n\n', 'preds.csv: file is empty')
    })

    it('header without the label or the prediction column', () => {
      expectError(
        'csv',
        'gold,prediction\na,b\n',
        'preds.csv:1: header has no column "label"; columns are "gold", "prediction"',
      )
      expectError(
        'tsv',
        'label\tpred\na\tb\n',
        'preds.tsv:1: header has no column "prediction"; columns are "label", "pred"',
      )
    })

    it('header but no rows', () => {
      expectError('csv', 'label,prediction\n', 'preds.csv:2: has a header but no data rows')
      expectError('csv', 'label,prediction', 'preds.csv:2: has a header but no data rows')
    })

    it('ragged row, with its line', () => {
      expectError(
        'csv',
        'label,prediction\na,b\nc,d,e\n',
        'preds.csv:3: expected 2 fields as in the header, found 3',
      )
      expectError(
        'csv',
        'label,prediction,x\na,b,c\n\nd,e\n',
        'preds.csv:4: expected 3 fields as in the header, found 2',
      )
      expectError(
        'csv',
        'label,prediction\n"a\nb"\n',
        'preds.csv:2: expected 2 fields as in the header, found 1',
      )
    })

    it('unterminated quote, with the line it opened on', () => {
      expectError(
        'csv',
        'label,prediction\na,b\nc,"d\ne\nf\n',
        'preds.csv:3: unterminated quote (opened on line 3)',
      )
      expectError(
        'csv',
        'label,prediction\n"a\nb",c\nd,"e\n',
        'preds.csv:4: unterminated quote (opened on line 4)',
      )
    })

    it('empty value, naming the field', () => {
      expectError('csv', 'label,prediction\na,b\nc,\n', 'preds.csv:3: field "prediction": value is empty')
      expectError('csv', 'prediction,label\n"",b\n', 'preds.csv:2: field "prediction": value is empty')
      expectError('tsv', 'label\tprediction\n\tb\n', 'preds.tsv:2: field "label": value is empty')
    })
  })
})

describe('JSON Lines', () => {
  it('reads objects, allows blank lines and extra keys, and names lines', () => {
    expectRecords(
      'jsonl',
      '{"label":"a","prediction":"b","x":[1,{"y":"}"}]}\n\n  \n{"prediction":"d","label":"c"}\n',
      [
        [['a', 'b'], 1],
        [['c', 'd'], 4],
      ],
    )
  })

  it('turns 1 and 1.0 into "1" and booleans into "true"/"false"', () => {
    expectRecords(
      'jsonl',
      '{"label":1,"prediction":1.0}\n{"label":true,"prediction":false}\n{"label":-2.50,"prediction":1e2}',
      [
        [['1', '1'], 1],
        [['true', 'false'], 2],
        [['-2.5', '100'], 3],
      ],
    )
  })

  it('reads CRLF line ends', () => {
    expectRecords('jsonl', '{"label":"a","prediction":"b"}\r\n\r\n{"label":"c","prediction":"d"}\r\n', [
      [['a', 'b'], 1],
      [['c', 'd'], 3],
    ])
  })

  describe('errors', () => {
    it('empty file', () => {
      expectError('jsonl', '', 'preds.jsonl: file is empty: no JSON lines found')
      expectError('jsonl', '\n  \n', 'preds.jsonl: file is empty: no JSON lines found')
    })

    it('invalid JSON line', () => {
      expectError(
        'jsonl',
        '{"label":"a","prediction":"b"}\n{"label":"a",\n',
        /^preds\.jsonl:2: invalid JSON \(.+\)$/,
      )
    })

    it('a row missing the field, a null label, an empty value, a line that is not an object', () => {
      expectError(
        'jsonl',
        '{"label":"a","prediction":"b"}\n\n{"label":"a"}\n',
        'preds.jsonl:3: field "prediction": is missing',
      )
      expectError('jsonl', '{"label":null,"prediction":"b"}\n', 'preds.jsonl:1: field "label": is null')
      expectError('jsonl', '{"label":"","prediction":"b"}\n', 'preds.jsonl:1: field "label": value is empty')
      expectError(
        'jsonl',
        '{"label":["a"],"prediction":"b"}\n',
        'preds.jsonl:1: field "label": must be a string, number or boolean, not an array',
      )
      expectError(
        'jsonl',
        '{"label":"a","prediction":{"b":1}}\n',
        'preds.jsonl:1: field "prediction": must be a string, number or boolean, not an object',
      )
      expectError('jsonl', '["a","b"]\n', 'preds.jsonl:1: expected a JSON object, got an array')
      expectError('jsonl', '"a"\n', 'preds.jsonl:1: expected a JSON object, got a string')
    })
  })
})

describe('a key given twice in one JSON object', () => {
  const TWICE = 'the key is given twice in one object'

  it.each([
    ['{"label":"a","prediction":"b","label":"c"}', 'preds.jsonl:2 at $.label'],
    ['{"id":1,"label":"a","id":2,"prediction":"b"}', 'preds.jsonl:2 at $.id'],
    ['{"label":"a","lab\\u0065l":"c","prediction":"b"}', 'preds.jsonl:2 at $.label'],
    ['{"label":"a","prediction":"b","meta":{"x":1,"y":[{"z":1,"z":2}]}}', 'preds.jsonl:2 at $.meta.y[0].z'],
  ])('JSON Lines: %s', (line, where) => {
    expectError('jsonl', `{"label":"a","prediction":"b"}\n${line}\n`, `${where}: ${TWICE}`)
  })

  it('JSON array: with the element and its line', () => {
    expectError(
      'json',
      '[{"label":"a","prediction":"b"},\n {"label":"a","prediction":"b","prediction":"c"}]',
      `preds.json:2 at $[1].prediction: ${TWICE}`,
    )
  })

  it('the same key in different objects is fine', () => {
    expectRecords('jsonl', '{"label":"a","prediction":"b","m":{"label":1},"n":{"label":2,"m":3}}\n', [
      [['a', 'b'], 1],
    ])
  })
})

describe('JSON array', () => {
  const pretty = [
    '[',
    '  {',
    '    "label": "a",',
    '    "meta": {"tags": ["]", "}", ",", "\\"[{"], "n": null},',
    '    "prediction": "b"',
    '  },',
    '  { "prediction": "say \\"hi\\", [ok]", "label": 1.0 },',
    '  {"label": true, "prediction": "x\\\\"}',
    ']',
    '',
  ].join('\n')

  it('reads a pretty-printed array with nested values and tricky strings', () => {
    expectRecords('json', pretty, [
      [['a', 'b'], 2],
      [['1', 'say "hi", [ok]'], 7],
      [['true', 'x\\'], 8],
    ])
  })

  it('reads a minified array to the same records', () => {
    const minified = JSON.stringify(JSON.parse(pretty))
    expectRecords('json', minified, [
      [['a', 'b'], 1],
      [['1', 'say "hi", [ok]'], 1],
      [['true', 'x\\'], 1],
    ])
  })

  it('reads a one-element array with a BOM and CRLF', () => {
    expectRecords('json', '\uFEFF[\r\n{"label":"a","prediction":"b"}\r\n]\r\n', [[['a', 'b'], 2]])
  })

  describe('errors', () => {
    it('empty file', () => {
      expectError('json', '', 'preds.json:1: file is empty')
    })

    it('not an array', () => {
      expectError(
        'json',
        '{"label":"a","prediction":"b"}',
        'preds.json:1: expected a JSON array of objects ("[" at the start of the file)',
      )
    })

    it('array not closed', () => {
      expectError(
        'json',
        '[\n{"label":"a","prediction":"b"},\n{"label":"c","prediction":"d"}\n',
        'preds.json:4: the JSON array is not closed: the file ends inside it',
      )
      expectError(
        'json',
        '[{"label":"a","prediction":"b"',
        'preds.json:1: the JSON array is not closed: the file ends inside it',
      )
    })

    it('elements that are not objects', () => {
      expectError(
        'json',
        '[\n{"label":"a","prediction":"b"},\n3\n]',
        'preds.json:3 at $[1]: expected a JSON object, got a number',
      )
      expectError('json', '["a"]', 'preds.json:1 at $[0]: expected a JSON object, got a string')
      expectError('json', '[\n  [1, 2]\n]', 'preds.json:2 at $[0]: expected a JSON object, got an array')
    })

    it('a missing field and a null label, with the JSON path', () => {
      expectError(
        'json',
        '[\n{"label":"a","prediction":"b"},\n{"label":"c"}\n]',
        'preds.json:3 at $[1]: field "prediction": is missing',
      )
      expectError('json', '[{"label":null,"prediction":"b"}]', 'preds.json:1 at $[0]: field "label": is null')
    })

    it('an array without elements', () => {
      expectError('json', '[ ]\n', 'preds.json:1: the JSON array has no elements')
    })

    it('broken structure between elements', () => {
      expectError(
        'json',
        '[{"label":"a","prediction":"b"},]',
        'preds.json:1: unexpected "]" before element 1',
      )
      expectError(
        'json',
        '[{"label":"a","prediction":"b"} {"label":"a","prediction":"b"}]',
        'preds.json:1: expected "," or "]" after element 0',
      )
      expectError(
        'json',
        '[{"label":"a","prediction":"b"}]\nx',
        'preds.json:2: unexpected content after the end of the array',
      )
    })

    it('invalid JSON inside an element, on the line it starts', () => {
      expect(() => read('json', ['[\n{"label":"a"\n "prediction":"b"}]'])).toThrowError(
        /^preds\.json:2: invalid JSON in element 0 \(.+\)$/,
      )
    })
  })
})

describe('formatOf', () => {
  it('tells the format from the extension, case-insensitively', () => {
    expect(['a.csv', 'b.TSV', 'c.jsonl', 'd.ndjson', 'dir.v2/e.json'].map(formatOf)).toEqual([
      'csv',
      'tsv',
      'jsonl',
      'jsonl',
      'json',
    ])
  })

  it('refuses an unknown extension, naming the file', () => {
    expect(() => formatOf('preds.txt')).toThrowError(
      'preds.txt: cannot tell the format from the extension; use one of .csv, .tsv, .jsonl, .ndjson, .json',
    )
    expect(() => formatOf('data.csv/preds')).toThrowError(/^data\.csv\/preds: cannot tell the format/)
  })
})
