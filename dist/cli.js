#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 6376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Eh: () => (/* binding */ readBaselineAtRef),
  dZ: () => (/* binding */ readWorkingTreeBaseline)
});

// UNUSED EXPORTS: contentsText

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/adapters/files.ts + 10 modules
var files = __nccwpck_require__(9706);
;// CONCATENATED MODULE: ./src/adapters/baseline-source.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** The working-tree copy (the checkout, which on a PR is the PR's own version). */
async function readWorkingTreeBaseline(workspace, file) {
    const absolute = external_node_path_default().resolve(workspace, file);
    // On a pull request this file is the PR's: it must not lead the gate to read (and quote) a file elsewhere.
    await (0,files/* refuseLinkOutOf */.sW)(workspace, absolute, file);
    return { text: await (0,files/* readOptionalFile */.pL)(absolute, file), from: 'the working tree' };
}
/**
 * The baseline as it is at `ref`: from git when the checkout has that commit (`git show REF:PATH`), else through
 * the contents API, since a shallow PR checkout usually lacks the base commit.
 */
async function readBaselineAtRef(workspace, file, ref, api) {
    const short = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
    if (await hasCommit(workspace, ref)) {
        // `REF:./PATH` is resolved from the working directory, wherever the repository's root is.
        const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file)).split((external_node_path_default()).sep).join('/');
        try {
            const { stdout } = await run('git', ['show', `${ref}:./${relative}`], {
                cwd: workspace,
                maxBuffer: 256 << 20,
            });
            return { text: stdout, from: `${short} (git)` };
        }
        catch {
            // The commit exists but the file does not at it: a first run for this baseline.
            return { text: undefined, from: `${short} (git)` };
        }
    }
    if (!api) {
        throw new errors/* InputError */.d(`baseline-ref ${JSON.stringify(ref)} is not a commit in this checkout, and there is no token to ask GitHub`);
    }
    return { text: await readThroughApi(api.client, api.repository, file, ref), from: `${short} (GitHub API)` };
}
/**
 * A file's text from a contents API answer. Files over 1 MB come without their content (encoding `none`, content
 * empty): they are downloaded from `download_url` instead of being read as an empty, invalid baseline.
 */
async function contentsText(client, data, what) {
    if (data.encoding !== 'none')
        return Buffer.from(data.content, 'base64').toString('utf8');
    if (!data.download_url)
        throw new errors/* InputError */.d(`${what} is too large for the contents API and has no download URL`);
    try {
        const { data: text } = await client.request({ method: 'GET', url: data.download_url });
        return typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    }
    catch (error) {
        const status = error.status;
        throw new errors/* InputError */.d(`could not download ${what}, which is over 1 MB (HTTP ${status ?? '?'}: ${error.message})`);
    }
}
async function readThroughApi(client, repository, file, ref) {
    const filePath = file.split((external_node_path_default()).sep).join('/').replace(/^\.\//, '');
    let found;
    try {
        const { data } = await client.rest.repos.getContent({ ...repository, path: filePath, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
            throw new errors/* InputError */.d(`baseline ${file} at ${ref} is not a file`);
        }
        found = data;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw error;
        const status = error.status;
        const message = error.message;
        // 404 means no such file at that ref, unless the ref itself is unknown (GitHub then says "No commit found").
        if (status === 404 && !/no commit found|branch .* not found/i.test(message))
            return undefined;
        if (status === 404 || status === 422) {
            throw new errors/* InputError */.d(`baseline-ref ${JSON.stringify(ref)} does not exist in ${repository.owner}/${repository.repo} (${message})`);
        }
        throw new errors/* InputError */.d(`could not read baseline ${file} at ${ref} through the GitHub API (HTTP ${status ?? '?'}: ${message}); ` +
            'give the job "permissions: contents: read", or fetch the base commit in actions/checkout (fetch-depth: 0)');
    }
    return contentsText(client, found, `baseline ${file} at ${ref}`);
}
async function hasCommit(workspace, ref) {
    try {
        await run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: workspace });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XW: () => (/* binding */ asInputError),
  gk: () => (/* binding */ countPredictions),
  lY: () => (/* binding */ findFiles),
  Mv: () => (/* binding */ readBoundedFile),
  pL: () => (/* binding */ readOptionalFile),
  sW: () => (/* binding */ refuseLinkOutOf),
  Zf: () => (/* binding */ writeFileAtomic)
});

// UNUSED EXPORTS: isInside

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: ./src/core/confusion.ts
var confusion = __nccwpck_require__(6295);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/readers/index.ts + 3 modules
var readers = __nccwpck_require__(6799);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/core/readers/bytes.ts + 1 modules
var bytes = __nccwpck_require__(8316);
// EXTERNAL MODULE: ./src/adapters/progress.ts
var progress = __nccwpck_require__(9093);
;// CONCATENATED MODULE: ./src/adapters/parallel-count.ts










/**
 * Counting (gold, predicted) pairs of a CSV, TSV or JSON Lines file from its bytes: read in 1 MiB chunks with
 * synchronous reads into one reused buffer, checked as UTF-8, scanned by the format's byte reader, and labels
 * counted by id without a string per row. A large file is cut into parts of about 8 MiB that all threads — the
 * main thread and a worker per other core — take in turn from a counter in shared memory (so a thread that starts
 * late or gets less of its core simply reads fewer parts), each counting a part into its own matrix; the matrices
 * are summed (counts are sums).
 *
 * A part other than the first starts just after a newline, assuming that a record starts there. A CSV newline can
 * be inside a quoted field, so that is checked once the part before is read: it ends where its last record ends,
 * at or past the start of the next part. When that is exactly where the next part started, the next part was read
 * right; otherwise (a quoted field ran across the split point) it is read again from where its first record really
 * starts. A part that failed is read again the same way, in the main thread, once every part before it is known
 * to be right: the error a file gets is always the one reading it from the top would give, with the same line.
 *
 * Workers are this very file: the bundle (dist/index.js or dist/cli.js) starts itself as a worker thread, and the
 * check at the bottom of this module makes it read parts and exit before the entry point's code runs.
 */
/** Files at least this large are read in parts. */
const DEFAULT_SPLIT_BYTES = 64 << 20;
/**
 * Parts are about this large: small enough that the thread that reads the last one keeps the other waiting only
 * briefly (profiles of the 10M-row CSV on 2 busy cores: the main thread was idle for 7 % of the run with 16 MiB
 * parts, under 0.1 % with 8 MiB), large enough that the cost of a part (opening the file, a counter, its matrix)
 * does not show.
 */
const PART_BYTES = 8 << 20;
/** At most this many threads: more rarely helps a single file's reads, and each costs memory. */
const MAX_THREADS = 4;
/** Read size: the text readers' stream reads 1 MiB at a time, and the chunks are aligned the same way. */
const CHUNK = 1 << 20;
const WORKER_FLAG = 'evalGateCountParts';
/**
 * Counts the (gold, predicted) pairs of a CSV, TSV or JSON Lines file into `counter`. Throws InputError for bad
 * input, with the same message and line as `createParser` on the file's text would; file-system errors are thrown
 * as they are, for the caller to word.
 */
async function countFileBytes(absolute, shown, format, fields, counter, options = {}) {
    counter.file = shown;
    const fd = (0,external_node_fs_.openSync)(absolute, 'r');
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        const size = info.size;
        (0,progress/* progressStart */.Kn)(shown, size);
        const { maxRecordBytes } = options;
        const options_ = { file: shown, fields, maxRecordBytes };
        const scanner = (0,readers/* createScanner */.z1)(format, options_, countInto(counter));
        if (!scanner)
            throw new Error(`no byte reader for ${format}`);
        const chunkBytes = options.chunkBytes ?? CHUNK;
        const reader = new RangeReader(fd, shown, scanner, 0, chunkBytes, format !== 'jsonl');
        const runParts = options.runParts ?? workerRunner();
        const splitBytes = options.splitBytes ?? numberFromEnvironment('EVAL_GATE_SPLIT_BYTES') ?? DEFAULT_SPLIT_BYTES;
        const threads = Math.min((0,external_node_os_namespaceObject.availableParallelism)(), MAX_THREADS);
        const parts = options.parts ??
            numberFromEnvironment('EVAL_GATE_PARTS') ??
            Math.max(threads, Math.ceil(size / PART_BYTES));
        if (!info.isFile())
            reader.sequential = true; // a pipe: read as it comes, in one part
        if (runParts === undefined || size < splitBytes || parts < 2 || !info.isFile()) {
            reader.read(Infinity);
            scanner.finish();
            return;
        }
        // The header first (delimited formats): every part needs its layout.
        reader.read(0);
        const starts = splitPoints(fd, size, parts).filter((start) => start > reader.position);
        if (scanner.header === undefined && format !== 'jsonl')
            starts.length = 0;
        const work = {
            [WORKER_FLAG]: true,
            jobs: starts.map((from, k) => ({
                absolute,
                shown,
                format,
                fields,
                from,
                stopAt: starts[k + 1] ?? Infinity,
                header: scanner.header,
                chunkBytes,
                maxRecordBytes,
                maxLabels: counter.maxLabels,
            })),
            next: new SharedArrayBuffer(4),
        };
        const others = work.jobs.length > 0 ? runParts(work).catch(() => []) : Promise.resolve([]);
        try {
            // The first part, then (unless told not to) parts after it alongside the other threads.
            reader.read(starts[0] ?? Infinity);
            const mainHelps = options.mainHelps ?? !process.env.EVAL_GATE_WORKERS_ONLY;
            const results = new Map(mainHelps ? takeParts(work, 0) : []);
            for (const [index, result] of await others)
                results.set(index, result);
            let end = reader.position;
            for (const [k, job] of work.jobs.entries()) {
                const result = results.get(k) ?? failure(new Error('no thread read it'));
                const part = `${shown}: part ${k + 2} of ${work.jobs.length + 1}, from byte ${job.from}:`;
                if (result.ok && result.from === end) {
                    trace(`${part} read by thread ${result.thread}`);
                    counter.addMatrix(result.matrix);
                    // The main thread (0) reported its parts as it read them; other threads' count once merged.
                    if (result.thread !== 0)
                        (0,progress/* progressAdvance */.K_)(result.end - result.from, result.records);
                    scanner.line += result.lines;
                    scanner.records += result.records;
                    end = result.end;
                    continue;
                }
                const why = result.ok
                    ? 'started inside a record'
                    : result.input
                        ? `could not be read from there (${result.problem})`
                        : `failed (${result.problem})`;
                trace(`${part} ${why}, read again from byte ${end}`);
                // Read it again from where its first record really starts, with the right line numbers.
                const redo = (0,readers/* createScanner */.z1)(format, options_, countInto(counter), {
                    line: scanner.line,
                    header: scanner.header,
                });
                const again = new RangeReader(fd, shown, redo, end, chunkBytes, false);
                again.read(job.stopAt);
                scanner.line = redo.line;
                scanner.records += redo.records;
                end = again.position;
            }
        }
        finally {
            // When an error came first, the other threads still finish their parts; wait for them.
            await others;
        }
        scanner.finish();
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads parts, taking the next from the shared counter until none is left: what every thread does. `limit` stops
 * after that many parts (for tests).
 */
function takeParts(work, thread, limit = Infinity) {
    const next = new Int32Array(work.next);
    const results = [];
    while (results.length < limit) {
        const index = Atomics.add(next, 0, 1);
        if (index >= work.jobs.length)
            break;
        let result;
        try {
            result = readPart(work.jobs[index], thread);
        }
        catch (error) {
            result = failure(error);
        }
        results.push([index, result]);
    }
    return results;
}
/**
 * Reads every record of a CSV, TSV or JSON Lines file through the byte readers, handing the requested fields to
 * `onRecord` as strings — the records and errors of `createParser`, at the byte readers' speed (in one thread: a
 * handler's work cannot be split and merged). Returns the number of records. For readers of other fields than a
 * (gold, predicted) pair, e.g. a score column.
 */
function readFileRecords(absolute, shown, format, fields, onRecord) {
    const fd = openSync(absolute, 'r');
    try {
        const scanner = createScanner(format, { file: shown, fields }, stringsOf(onRecord));
        const reader = new RangeReader(fd, shown, scanner, 0, CHUNK, format !== 'jsonl');
        const info = fstatSync(fd);
        progressStart(shown, info.size);
        if (!info.isFile())
            reader.sequential = true;
        reader.read(Infinity);
        return scanner.finish();
    }
    finally {
        closeSync(fd);
    }
}
/** Adds every record's pair to `counter`, by label id. */
function countInto(counter) {
    const ids = counter.ids;
    return (slots, line) => {
        try {
            const gold = slots.texts[0];
            const predicted = slots.texts[1];
            const g = gold === undefined ? ids.idOfBytes(slots.bytes, slots.starts[0], slots.ends[0]) : ids.idOf(gold);
            const p = predicted === undefined
                ? ids.idOfBytes(slots.bytes, slots.starts[1], slots.ends[1])
                : ids.idOf(predicted);
            counter.addIds(g, p);
        }
        catch (error) {
            // Costs nothing until a label is refused; then the error gets its record's place.
            throw (0,confusion/* locateLabelError */.t7)(error, { file: counter.file, line });
        }
    };
}
/**
 * Reads a file from byte `from` on through a scanner, in chunks aligned to the file's 1 MiB boundaries (as the
 * stream of the text readers is), checking each chunk as UTF-8 before its records are scanned. `read(stopAt)` can
 * be called again with a later `stopAt` to go on.
 */
class RangeReader {
    fd;
    shown;
    scanner;
    chunk;
    readsHeader;
    buffer;
    /** File offset of `buffer[0]`. */
    bufferStart;
    /** Bytes of the file in the buffer, and how far they are scanned. */
    used = 0;
    scanned = 0;
    next;
    ended = false;
    utf8 = new bytes/* Utf8Checker */.bf();
    /** Read without positions (from a pipe, which has none), from where the file descriptor is. */
    sequential = false;
    constructor(fd, shown, scanner, from, chunk, 
    /** Whether the scanner reads a header first (only at the top of a delimited file). */
    readsHeader) {
        this.fd = fd;
        this.shown = shown;
        this.scanner = scanner;
        this.chunk = chunk;
        this.readsHeader = readsHeader;
        this.bufferStart = from;
        this.next = from;
        this.buffer = takeBuffer(2 * chunk);
    }
    /** File offset where scanning stopped: the start of the first record not read. */
    get position() {
        return this.bufferStart + this.scanned;
    }
    /** Reads records until one starts at or after file offset `stopAt`, or the file ends. */
    read(stopAt) {
        // Records already in the buffer first.
        if (this.used > this.scanned)
            this.scanTo(stopAt);
        while (!this.ended && !this.reached(stopAt)) {
            this.fill();
            this.scanTo(stopAt);
        }
    }
    scanTo(stopAt) {
        const [from, records] = [this.position, this.scanner.records];
        const end = this.checked;
        this.scanned = this.scanner.scan(this.buffer, this.scanned, end, this.ended, stopAt - this.bufferStart);
        // What was consumed (scanned, not merely read from disk: parts overlap there) goes to the progress line.
        (0,progress/* progressAdvance */.K_)(this.position - from, this.scanner.records - records);
    }
    /** Done reading: the buffer may serve the next reader of this thread. */
    release() {
        spareBuffer = this.buffer;
    }
    /**
     * End of the bytes the scanner may read: whole characters only, so that it never reads the first byte of a
     * sequence that the next chunk shows to be invalid (the error must be "not UTF-8", wherever the bytes are).
     */
    get checked() {
        return this.used - this.utf8.incomplete;
    }
    /** Whether a record at or after `stopAt` was reached; never before the header is read. */
    reached(stopAt) {
        return this.position >= stopAt && !(this.readsHeader && this.scanner.header === undefined);
    }
    /** Reads the next chunk after the unscanned rest, growing the buffer for a record longer than it. */
    fill() {
        if (this.scanned > 0) {
            this.buffer.copyWithin(0, this.scanned, this.used);
            this.used -= this.scanned;
            this.bufferStart += this.scanned;
            this.scanned = 0;
        }
        if (this.used + this.chunk + 3 > this.buffer.length) {
            const bigger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.used + this.chunk + 3));
            this.buffer.copy(bigger, 0, 0, this.used);
            this.buffer = bigger;
        }
        // (At least 3 bytes at the top of the file, to see a BOM whole.)
        const length = Math.max(this.chunk - (this.next % this.chunk), this.next === 0 ? 3 : 1);
        const read = (0,external_node_fs_.readSync)(this.fd, this.buffer, this.used, length, this.sequential ? null : this.next);
        const first = this.next === 0;
        this.next += read;
        if (read === 0) {
            this.ended = true;
            if (!this.utf8.end())
                throw new errors/* InputError */.d('is not valid UTF-8 text', { file: this.shown });
            return;
        }
        if (!this.utf8.check(this.buffer, this.used, this.used + read)) {
            throw new errors/* InputError */.d('is not valid UTF-8 text', { file: this.shown });
        }
        this.used += read;
        // The text readers decode with TextDecoder, which drops a BOM at the start of the file.
        if (first && read >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb) {
            if (this.buffer[2] === 0xbf)
                this.scanned = 3;
        }
    }
}
/** A read buffer given back by a reader that is done, for the next one of this thread (parts are many). */
let spareBuffer;
function takeBuffer(size) {
    const spare = spareBuffer;
    spareBuffer = undefined;
    return spare && spare.length >= size ? spare : Buffer.allocUnsafe(size);
}
/** Where parts 2, 3, … start: just after the first newline at or after each equal share of the file. */
function splitPoints(fd, size, parts) {
    const points = [];
    const window = Buffer.allocUnsafe(64 << 10);
    for (let k = 1; k < parts; k++) {
        let at = Math.floor((size * k) / parts);
        let point = size;
        while (at < size) {
            const read = (0,external_node_fs_.readSync)(fd, window, 0, window.length, at);
            if (read === 0)
                break;
            const newline = window.subarray(0, read).indexOf(10);
            if (newline >= 0) {
                point = at + newline + 1;
                break;
            }
            at += read;
        }
        if (point < size && point > (points.at(-1) ?? 0))
            points.push(point);
    }
    return points;
}
/**
 * Knobs for tests and benchmarks, read from the environment: EVAL_GATE_SPLIT_BYTES (read files from this size on in
 * parts), EVAL_GATE_PARTS (that many parts), EVAL_GATE_TRACE_PARTS (say on stderr how every part was read).
 */
function numberFromEnvironment(name) {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : undefined;
}
function trace(message) {
    if (process.env.EVAL_GATE_TRACE_PARTS)
        process.stderr.write(`eval-gate: ${message}\n`);
}
function failure(error) {
    return { ok: false, problem: error.message, input: error instanceof errors/* InputError */.d };
}
/** Reads one part of a file, in whatever thread. */
function readPart(job, thread = 0) {
    const counter = new confusion/* ConfusionCounter */.zv(job.maxLabels);
    counter.file = job.shown;
    const fd = (0,external_node_fs_.openSync)(job.absolute, 'r');
    try {
        const { shown: file, fields, maxRecordBytes } = job;
        const scanner = (0,readers/* createScanner */.z1)(job.format, { file, fields, maxRecordBytes }, countInto(counter), {
            line: 1,
            header: job.header,
        });
        const reader = new RangeReader(fd, job.shown, scanner, job.from, job.chunkBytes, false);
        reader.read(job.stopAt);
        reader.release();
        return {
            ok: true,
            from: job.from,
            end: reader.position,
            lines: scanner.line - 1,
            records: scanner.records,
            matrix: counter.toMatrix(),
            thread,
        };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The script a worker runs: the small bundle of this module that `npm run bundle` puts beside the main bundles
 * (dist/count-worker.js), a tenth of the size of the CLI's, which is ready sooner (measured on 2 busy cores from
 * spawn to its first message: median 67 ms against 93 ms); else the main bundle itself. Undefined in the
 * TypeScript sources under test, which cannot be started as a worker (they read every file in one part).
 */
function workerScript() {
    const self = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
    if (!self.endsWith('.js'))
        return undefined;
    const small = external_node_path_default().join(external_node_path_default().dirname(self), WORKER_BUNDLE);
    return (0,external_node_fs_.existsSync)(small) ? small : self;
}
/** File name of the worker bundle, beside dist/index.js and dist/cli.js (scripts/bundle.mjs builds it). */
const WORKER_BUNDLE = 'count-worker.js';
/**
 * Parts read by worker threads running `workerScript`, one per core but the main thread's — possible only from the
 * bundle. A worker that fails leaves its parts unread: the main thread reads them again.
 */
function workerRunner() {
    const script = workerScript();
    if (script === undefined)
        return undefined;
    const workers = Math.min((0,external_node_os_namespaceObject.availableParallelism)(), MAX_THREADS) - 1;
    if (workers < 1)
        return undefined;
    return async (work) => {
        const running = Array.from({ length: Math.min(workers, work.jobs.length) }, (_, n) => new Promise((resolve) => {
            let results = [];
            const worker = new external_node_worker_threads_namespaceObject.Worker(script, {
                workerData: { ...work, thread: n + 1 },
                stdout: true,
                stderr: true,
            });
            worker.on('message', (message) => (results = message));
            worker.on('error', () => resolve([]));
            worker.on('exit', () => resolve(results));
        }));
        return (await Promise.all(running)).flat();
    };
}
// In a worker started by `workerRunner` (this module's own bundle, or a main bundle that holds it): read parts, post
// what they gave and stop before anything else runs.
if (!external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[WORKER_FLAG] === true) {
    const work = external_node_worker_threads_namespaceObject.workerData;
    external_node_worker_threads_namespaceObject.parentPort.postMessage(takeParts(work, work.thread));
    process.exit(0);
}

;// CONCATENATED MODULE: ./src/adapters/files.ts








/**
 * Expands the `predictions` patterns against the workspace. A pattern without glob characters is a plain path.
 * Every pattern must match at least one file, so a typo or a missing artifact fails loudly instead of gating on
 * fewer rows.
 */
async function findFiles(patterns, workspace, input = 'predictions') {
    const found = new Map();
    for (const pattern of patterns) {
        const matches = isGlob(pattern)
            ? await expandGlob(pattern, workspace)
            : [await plainFile(pattern, workspace)];
        if (matches.length === 0) {
            throw new errors/* InputError */.d(`input "${input}": pattern matched no files: ${pattern} (looked in ${workspace})`);
        }
        for (const match of matches.sort()) {
            // A file two patterns match was checked the first time.
            if (found.has(match))
                continue;
            const shown = external_node_path_default().relative(workspace, match) || match;
            await refuseLinkOutOf(workspace, match, shown);
            await refuseNonRegular(match, shown);
            found.set(match, { absolute: match, shown });
        }
    }
    return [...found.values()];
}
async function plainFile(pattern, workspace) {
    const absolute = external_node_path_default().resolve(workspace, pattern);
    const info = await (0,promises_.stat)(absolute).catch((error) => {
        throw asInputError(error, pattern);
    });
    if (info.isDirectory()) {
        throw new errors/* InputError */.d(`is a directory, not a file; name the files, e.g. ${pattern.replace(/\/+$/, '')}/*.csv`, {
            file: pattern,
        });
    }
    return absolute;
}
/**
 * Refuses a path inside `folder` that symbolic links lead out of it: a pull request could otherwise have the gate read
 * any file the runner can (and quote it). A path the workflow names outside the folder is its own choice.
 */
async function refuseLinkOutOf(folder, absolute, shown) {
    const root = external_node_path_default().resolve(folder);
    if (!isInside(external_node_path_default().resolve(absolute), root))
        return;
    // A file that does not exist is reported by whatever reads it.
    const target = await (0,promises_.realpath)(absolute).catch(() => undefined);
    if (target === undefined || isInside(target, await (0,promises_.realpath)(root).catch(() => root)))
        return;
    throw new errors/* InputError */.d('is a symbolic link to a file outside the workspace; eval-gate reads only files inside it: copy the file in', { file: shown });
}
/** Refuses a FIFO, socket or device: reading one could wait forever or never end. */
async function refuseNonRegular(absolute, shown) {
    const info = await (0,promises_.stat)(absolute).catch((error) => {
        throw asInputError(error, shown);
    });
    if (!info.isFile())
        throw notRegular(shown);
}
function notRegular(shown) {
    return new errors/* InputError */.d('is not a regular file (a FIFO, socket or device?): name a file', { file: shown });
}
/**
 * Reads a whole file of at most `maxBytes`, refused from its size before any of it is read. It is opened without
 * blocking, so a FIFO put in its place after it was found is refused rather than waited on.
 */
async function readBoundedFile(file, maxBytes, what) {
    try {
        const handle = await (0,promises_.open)(file.absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            const info = await handle.stat();
            if (!info.isFile())
                throw notRegular(file.shown);
            if (info.size > maxBytes)
                throw tooLarge(file.shown, info.size, maxBytes, what);
            // As many bytes as it had when its size was taken: a file growing meanwhile cannot pass the bound.
            const buffer = Buffer.alloc(info.size);
            let length = 0;
            while (length < buffer.length) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
            }
            return buffer.subarray(0, length);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw asInputError(error, file.shown);
    }
}
function tooLarge(shown, size, maxBytes, what) {
    return new errors/* InputError */.d(`is ${size} bytes, more than the ${maxBytes} bytes ${what} may have`, { file: shown });
}
/** Whether `file` (absolute) lies in `folder`: `..x` is a name inside it, `../x` is not. */
function isInside(file, folder) {
    const relative = external_node_path_default().relative(folder, file);
    return relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}
function isGlob(pattern) {
    return /[*?[\]{}]/.test(pattern);
}
async function expandGlob(pattern, workspace) {
    // tinyglobby wants forward slashes and a pattern relative to its cwd.
    const relative = external_node_path_default().isAbsolute(pattern) ? external_node_path_default().relative(workspace, pattern) : pattern;
    return glob(relative.split((external_node_path_default()).sep).join('/'), {
        cwd: workspace,
        absolute: true,
        onlyFiles: true,
        dot: true,
    });
}
/**
 * Counts every prediction file into one confusion counter. CSV, TSV and JSON Lines are read as bytes by the fast
 * counting path (in parts across cores when large); a JSON array is streamed as text through its parser.
 */
async function countPredictions(files, labelColumn, predictionColumn, maxLabels) {
    const counter = new confusion/* ConfusionCounter */.zv(maxLabels);
    for (const file of files) {
        const format = (0,readers/* formatOf */.be)(file.shown);
        if (format === 'json') {
            counter.file = file.shown;
            const parser = (0,readers/* createParser */.Cp)(format, { file: file.shown, fields: [labelColumn, predictionColumn] }, (values, line) => {
                try {
                    counter.add(values[0], values[1]);
                }
                catch (error) {
                    throw (0,confusion/* locateLabelError */.t7)(error, { file: file.shown, line });
                }
            });
            await streamText(file, (text) => parser.push(text));
            parser.end();
            continue;
        }
        try {
            await countFileBytes(file.absolute, file.shown, format, [labelColumn, predictionColumn], counter);
        }
        catch (error) {
            throw asInputError(error, file.shown);
        }
    }
    return counter;
}
/** Reads a file as UTF-8 text in chunks, so memory stays flat whatever its size. */
async function streamText(file, onText) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file.absolute, { highWaterMark: 1 << 20 })) {
            onText(decoder.decode(chunk, { stream: true }));
        }
        onText(decoder.decode());
    }
    catch (error) {
        throw asInputError(error, file.shown);
    }
}
/** Reads a whole small file (a baseline); undefined when it does not exist. */
async function readOptionalFile(absolute, shown) {
    try {
        return await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw asInputError(error, shown);
    }
}
/**
 * Replaces a file's contents all at once: the text goes to a temporary file beside it, is flushed to disk, then
 * renamed over the target. A reader sees the old file or the new one, never half of one.
 */
async function writeFileAtomic(absolute, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(absolute), { recursive: true });
    const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`;
    try {
        const handle = await (0,promises_.open)(temporary, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, absolute);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}
/** Turns a file-system error into a message naming the file, passing our own errors through. */
function asInputError(error, file) {
    if (error instanceof errors/* InputError */.d)
        return error;
    const code = error.code;
    const reasons = {
        ENOENT: 'file not found',
        EACCES: 'permission denied: the file cannot be read',
        EPERM: 'permission denied: the file cannot be read',
        EISDIR: 'is a directory, not a file',
        ERR_ENCODING_INVALID_ENCODED_DATA: 'is not valid UTF-8 text',
    };
    const reason = code ? reasons[code] : undefined;
    if (reason)
        return new errors/* InputError */.d(reason, { file });
    return new errors/* InputError */.d(`cannot be read: ${error.message}`, { file });
}


/***/ }),

/***/ 9093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K_: () => (/* binding */ progressAdvance),
/* harmony export */   Kn: () => (/* binding */ progressStart),
/* harmony export */   mA: () => (/* binding */ installProgressMeter)
/* harmony export */ });
let meter;
/** Installs the meter the readers report to; undefined removes it. */
function installProgressMeter(installed) {
    meter = installed;
}
function progressStart(file, size) {
    meter?.start(file, size);
}
function progressAdvance(bytes, records) {
    meter?.advance(bytes, records);
}


/***/ }),

/***/ 9810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ readJsonRecords),
/* harmony export */   qU: () => (/* binding */ readFields),
/* harmony export */   yN: () => (/* binding */ parseScore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _core_confusion_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6295);
/* harmony import */ var _core_metrics_regression_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7424);
/* harmony import */ var _core_readers_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8316);
/* harmony import */ var _core_readers_fields_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9755);
/* harmony import */ var _core_json_syntax_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4869);
/* harmony import */ var _core_readers_index_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6799);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9706);










/** A score field's number; an error naming the file, line and field when it is not one. */
function parseScore(text, where, field) {
    const score = (0,_core_metrics_regression_js__WEBPACK_IMPORTED_MODULE_8__/* .parseNumber */ .$J)(text);
    if (score === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('score is not a number', { ...where, field });
    return score;
}
/**
 * Streams the requested fields of every record of the files through the shared readers, as strings (JSON numbers as
 * their shortest form, e.g. `1.5`). Memory stays flat: nothing is kept but the current chunk.
 */
async function readFields(files, fields, onRecord) {
    for (const file of files) {
        const parser = (0,_core_readers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .createParser */ .Cp)((0,_core_readers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(file.shown), { file: file.shown, fields }, (values, line) => {
            try {
                onRecord(values, { file: file.shown, line });
            }
            catch (error) {
                throw (0,_core_confusion_js__WEBPACK_IMPORTED_MODULE_3__/* .locateLabelError */ .t7)(error, { file: file.shown, line });
            }
        });
        await streamText(file, (text) => parser.push(text));
        parser.end();
    }
}
/**
 * Every record of a JSON Lines file or a JSON array file as its parsed JSON value, for fields the shared readers do
 * not return (an array of gold answers, an empty string). JSON Lines are streamed line by line; a JSON array file
 * is read whole.
 */
async function readJsonRecords(file, onRecord) {
    const format = (0,_core_readers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .formatOf */ .be)(file.shown);
    if (format === 'json') {
        let data;
        const text = await readText(file);
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`is not valid JSON (${(0,_core_json_syntax_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonSyntaxProblem */ .F)(error)})`, { file: file.shown });
        }
        (0,_core_readers_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseRepeatedKeys */ .R)(text, { file: file.shown });
        if (!Array.isArray(data))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('expected a JSON array of records', { file: file.shown, jsonPath: '$' });
        if (data.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('file is empty: the JSON array has no records', { file: file.shown });
        data.forEach((record, index) => onRecord(record, { file: file.shown, jsonPath: `$[${index}]` }));
        return;
    }
    if (format !== 'jsonl')
        throw new Error(`readJsonRecords reads JSON formats, not ${format}`);
    let pending = '';
    let line = 0;
    let records = 0;
    const take = (text) => {
        line++;
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        let record;
        try {
            record = JSON.parse(trimmed);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`invalid JSON (${(0,_core_json_syntax_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonSyntaxProblem */ .F)(error)})`, { file: file.shown, line });
        }
        (0,_core_readers_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseRepeatedKeys */ .R)(trimmed, { file: file.shown, line });
        records++;
        onRecord(record, { file: file.shown, line });
    };
    await streamText(file, (text) => {
        pending += text;
        let newline = pending.indexOf('\n');
        while (newline >= 0) {
            take(pending.slice(0, newline));
            pending = pending.slice(newline + 1);
            newline = pending.indexOf('\n');
        }
        (0,_core_readers_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRecordLength */ .gm)(pending.length, undefined, file.shown, line + 1);
    });
    if (pending !== '')
        take(pending);
    if (records === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('file is empty: no JSON lines found', { file: file.shown });
}
async function readText(file) {
    try {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.absolute);
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch (error) {
        throw (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .asInputError */ .XW)(error, file.shown);
    }
}
/** Reads a file as UTF-8 text in chunks, so memory stays flat whatever its size. */
async function streamText(file, onText) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let first = true;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file.absolute, { highWaterMark: 1 << 20 })) {
            let text = decoder.decode(chunk, { stream: true });
            if (first && text !== '') {
                text = text.replace(/^\uFEFF/, '');
                first = false;
            }
            onText(text);
        }
        onText(decoder.decode());
    }
    catch (error) {
        throw (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .asInputError */ .XW)(error, file.shown);
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_baseline_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6376);
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9706);
/* harmony import */ var _adapters_progress_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(9093);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4296);
/* harmony import */ var _core_json_report_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4392);
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1922);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8155);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3001);
/* harmony import */ var _terminal_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4655);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(311);












const HELP = `eval-gate ${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x}: compute evaluation metrics, compare them with a baseline, fail on regressions.

Usage: eval-gate --predictions FILE_OR_GLOB [options]
       eval-gate --metrics-files FILE_OR_GLOB [options]
       (from a checkout: node dist/cli.js ...)

Options (each is the action input of the same name):
  --predictions PATHS        prediction files or globs (repeat, or separate with commas); .csv .tsv .jsonl .ndjson .json
  --label-column NAME        field with the gold label (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY['label-column']})
  --prediction-column NAME   field with the prediction (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY['prediction-column']})
  --max-labels N             most distinct labels of a classification run (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY['max-labels']})
  --positive-label LABEL     positive class of a binary task (default: automatic for 0/1, false/true, no/yes)
  --metrics LIST             metrics to report and gate, comma-separated (default: depends on the task)
  --task KIND                classification, regression or text (default: classification)
  --score-column NAME        binary: field with the positive-class score (adds roc_auc, average_precision, ...)
  --score-columns LIST       multiclass: LABEL=FIELD per class, or one field holding an array of scores
  --references-column NAME   text: field with several gold answers (the best match counts)
  --metrics-files PATHS      metrics files of other tools (lm-eval, promptfoo, HF Trainer, Inspect, DVC/JSON/YAML)
  --metrics-format FORMAT    auto, lm-eval, promptfoo, hf-trainer, inspect-ai or generic (default: auto)
  --metrics-select GLOBS     metrics to take from the metrics files, comma-separated globs (default: all)
  --baseline PATH            baseline JSON file (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.baseline})
  --thresholds RULES         rules, one "METRIC: RULE[, RULE]" per line or separated by ";" (default: "${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.thresholds}")
  --fail-on-regression BOOL  exit 1 when a metric regresses (default: true)
  --name NAME                model name: key in the baseline file and title of the report (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.name})
  --update-baseline          write this run's results to the baseline file (not when the gate fails)
  --baseline-ref REF         compare with the baseline as committed at this git ref (default: the file as it is)
  --id-column NAME           field identifying each example, for the data fingerprint (default: none)
  --on-dataset-change WHAT   warn, fail or ignore when the gold labels differ from the baseline's (default: warn)
  --significance ALPHA       a drop must be significant at this level to fail, or "off" (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.significance})
  --confidence LEVEL         level of the intervals shown (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.confidence})
  --bootstrap-samples B      resamples for intervals and tests, at least 100 (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY['bootstrap-samples']})
  --seed SEED                seed of the resamples (default: ${_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULTS */ .zY.seed})
  --baseline-predictions P   the baseline model's predictions on the same ids, for paired tests (needs --id-column)
  --candidate NAME           with named predictions (NAME=PATH), the model gated against the baseline
  --model-column NAME        field naming each row's model: one set of files holds several models
  --rank-by METRIC           metric the leaderboard is ranked by (default: the first metric)
  --chart BOOL               draw a Mermaid chart of the metrics (default: true)
  --mode MODE                gate, shard (write --stats-output) or merge (gate on --stats-files) (default: gate)
  --stats-output PATH        mode shard: where this part's statistics file is written
  --stats-files PATHS        mode merge: the shards' statistics files (globs)
  --format FORMAT            markdown or json (schema/report.schema.json) (default: markdown)
  --output FILE              write the report to FILE instead of stdout
  --help                     show this help
  --version                  show the version

Prints the report on stdout (or in --output). Exit codes: 0 passed, 1 a metric regressed, 2 bad input or usage.`;
/** The flags: every action input of the same name, and the CLI's own. */
const OPTIONS = {
    predictions: { type: 'string', multiple: true },
    'label-column': { type: 'string' },
    'prediction-column': { type: 'string' },
    'max-labels': { type: 'string' },
    'positive-label': { type: 'string' },
    metrics: { type: 'string' },
    task: { type: 'string' },
    'score-column': { type: 'string' },
    'score-columns': { type: 'string' },
    'references-column': { type: 'string' },
    'metrics-files': { type: 'string', multiple: true },
    'metrics-format': { type: 'string' },
    'metrics-select': { type: 'string' },
    baseline: { type: 'string' },
    thresholds: { type: 'string' },
    'fail-on-regression': { type: 'string' },
    name: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    'baseline-ref': { type: 'string' },
    'id-column': { type: 'string' },
    'on-dataset-change': { type: 'string' },
    significance: { type: 'string' },
    confidence: { type: 'string' },
    'bootstrap-samples': { type: 'string' },
    seed: { type: 'string' },
    'baseline-predictions': { type: 'string', multiple: true },
    candidate: { type: 'string' },
    'model-column': { type: 'string' },
    'rank-by': { type: 'string' },
    chart: { type: 'string' },
    mode: { type: 'string' },
    'stats-output': { type: 'string' },
    'stats-files': { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string' },
    help: { type: 'boolean' },
    version: { type: 'boolean' },
};
function reportFormat(value) {
    if (value === undefined || value === 'markdown' || value === 'json')
        return value ?? 'markdown';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--format must be markdown or json, not ${JSON.stringify(value)}`);
}
function jsonOf(outcome) {
    return (0,_core_json_report_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonReport */ .L)({
        input: outcome.reportInput,
        summary: outcome.summary,
        failure: outcome.failure,
        version: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x,
        metricsByModel: outcome.metricsByModel,
    });
}
/** The report goes to stdout, or whole to `--output` (atomically: a reader never sees half a report). */
async function publishReport(text, output) {
    if (output === undefined) {
        process.stdout.write(text);
        return;
    }
    try {
        await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(output), text);
    }
    catch (error) {
        const code = error.code ?? error.message;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--output ${output}: the report cannot be written (${code})`);
    }
}
/** The progress line on a terminal, when there is one (cleared before anything else is written). */
let progress;
/** The progress line, when stderr is a person's terminal. */
function startProgress() {
    if (!(0,_terminal_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .showsProgress */ .Mo)(process.stderr.isTTY === true, process.env))
        return;
    progress = new _terminal_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .TerminalProgress */ .G9((text) => process.stderr.write(text), () => performance.now());
    (0,_adapters_progress_js__WEBPACK_IMPORTED_MODULE_11__/* .installProgressMeter */ .mA)(progress);
}
/** Mode gate: the report (stdout or `output`), the baseline update, and the verdict as the exit code. */
async function gate(settings, workspace, format, output) {
    const trustedBaseline = settings.baselineRef
        ? await (0,_adapters_baseline_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readBaselineAtRef */ .Eh)(workspace, settings.baselinePath, settings.baselineRef)
        : undefined;
    const outcome = await (0,_gate_js__WEBPACK_IMPORTED_MODULE_7__/* .runGate */ .R)(settings, {
        workspace,
        trustedBaseline,
        commit: process.env.GITHUB_SHA,
        now: new Date(),
    });
    progress?.finish();
    await publishReport(format === 'json' ? JSON.stringify(jsonOf(outcome), null, 2) + '\n' : outcome.report, output);
    for (const warning of outcome.warnings)
        process.stderr.write(`eval-gate: warning: ${warning}\n`);
    const update = outcome.baselineUpdate;
    if (update) {
        await (0,_gate_js__WEBPACK_IMPORTED_MODULE_7__/* .writeBaselineUpdate */ .c)(update);
        process.stderr.write(update.written
            ? `Baseline written to ${update.path}\n`
            : `Baseline ${update.path} not updated: ${update.reason}\n`);
    }
    if (outcome.failure) {
        process.stderr.write(`eval-gate: ${outcome.failure}\n`);
        return 1;
    }
    return 0;
}
/** The local CLI: the same gate as the action, reading flags instead of inputs and printing the report. */
async function main(argv) {
    try {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: argv, strict: true, options: OPTIONS });
        if (values.help) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        if (values.version) {
            process.stdout.write(_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x + '\n');
            return 0;
        }
        const format = reportFormat(values.format);
        const settings = (0,_core_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSettings */ .P$)((name) => {
            const value = values[name];
            if (Array.isArray(value))
                return value.join('\n');
            if (name === 'thresholds' && typeof value === 'string')
                return value.replaceAll(';', '\n');
            return value === undefined ? '' : String(value);
        });
        const workspace = process.cwd();
        startProgress();
        if (settings.mode === 'shard') {
            const shard = await (0,_shards_js__WEBPACK_IMPORTED_MODULE_8__/* .collectShard */ .f4)(settings, workspace);
            progress?.finish();
            await (0,_shards_js__WEBPACK_IMPORTED_MODULE_8__/* .writeShardFile */ .OD)(workspace, settings.statsOutput, shard.text);
            process.stderr.write(`Statistics of ${shard.rows} rows written to ${settings.statsOutput}\n`);
            return 0;
        }
        return await gate(settings, workspace, format, values.output);
    }
    catch (error) {
        progress?.finish();
        const message = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d || error.code?.startsWith('ERR_PARSE_ARGS')
            ? error.message
            : `unexpected error: ${error.message}`;
        process.stderr.write(`eval-gate: error: ${message}\n`);
        return 2;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ nameDirection),
/* harmony export */   Cq: () => (/* binding */ DEFAULT_METRICS),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   _w: () => (/* binding */ inferDirection),
/* harmony export */   yh: () => (/* binding */ CATALOGUE)
/* harmony export */ });
/* unused harmony exports metricsOf, nameWords */
const classification = [
    { name: 'accuracy', binaryOnly: false, description: 'fraction of rows predicted correctly' },
    {
        name: 'balanced_accuracy',
        binaryOnly: false,
        description: 'mean recall over the classes present in the gold labels',
    },
    { name: 'precision', binaryOnly: true, description: 'precision of the positive class' },
    { name: 'recall', binaryOnly: true, description: 'recall of the positive class' },
    { name: 'f1', binaryOnly: true, description: 'F1 of the positive class' },
    ...['precision', 'recall', 'f1'].flatMap((base) => [
        {
            name: `${base}_micro`,
            binaryOnly: false,
            description: `${base} from the pooled counts of all classes`,
        },
        { name: `${base}_macro`, binaryOnly: false, description: `unweighted mean of the per-class ${base}` },
        {
            name: `${base}_weighted`,
            binaryOnly: false,
            description: `mean of the per-class ${base} weighted by support`,
        },
    ]),
];
const scores = [
    {
        name: 'roc_auc',
        binaryOnly: true,
        description: 'area under the ROC curve of the positive-class score (ties as scikit-learn)',
    },
    {
        name: 'roc_auc_ovr_macro',
        binaryOnly: false,
        multiclassOnly: true,
        description: 'one-vs-rest ROC AUC, unweighted mean over classes',
    },
    {
        name: 'roc_auc_ovr_weighted',
        binaryOnly: false,
        multiclassOnly: true,
        description: 'one-vs-rest ROC AUC, mean over classes weighted by support',
    },
    {
        name: 'average_precision',
        binaryOnly: true,
        description: 'average precision of the positive-class score (step-wise area under precision-recall)',
    },
    {
        name: 'log_loss',
        binaryOnly: false,
        direction: 'lower-is-better',
        description: 'mean negative log-likelihood of the gold label under the predicted probabilities',
    },
    {
        name: 'brier_score',
        binaryOnly: true,
        direction: 'lower-is-better',
        description: 'mean squared difference between the positive-class probability and the outcome',
    },
];
const regression = [
    { name: 'mae', direction: 'lower-is-better', binaryOnly: false, description: 'mean absolute error' },
    { name: 'mse', direction: 'lower-is-better', binaryOnly: false, description: 'mean squared error' },
    { name: 'rmse', direction: 'lower-is-better', binaryOnly: false, description: 'root mean squared error' },
    {
        name: 'r2',
        binaryOnly: false,
        description: 'coefficient of determination (1 is perfect; scikit-learn r2_score)',
    },
    {
        name: 'mape',
        direction: 'lower-is-better',
        binaryOnly: false,
        description: 'mean absolute percentage error, as a fraction (scikit-learn)',
    },
    {
        name: 'max_error',
        direction: 'lower-is-better',
        binaryOnly: false,
        description: 'largest absolute error',
    },
    {
        name: 'median_absolute_error',
        direction: 'lower-is-better',
        binaryOnly: false,
        description: 'median of the absolute errors',
    },
];
const text = [
    {
        name: 'exact_match',
        binaryOnly: false,
        description: 'fraction of outputs equal to a gold answer after SQuAD normalisation',
    },
    {
        name: 'token_f1',
        binaryOnly: false,
        description: 'mean token-overlap F1 with the best-matching gold answer (SQuAD v1.1)',
    },
    {
        name: 'contains',
        binaryOnly: false,
        description: 'fraction of outputs that contain a gold answer verbatim',
    },
];
const families = [
    ['classification', classification],
    ['scores', scores],
    ['regression', regression],
    ['text', text],
];
/** Every metric eval-gate computes, by name, with its family and direction. */
const CATALOGUE = new Map(families.flatMap(([family, entries]) => entries.map((entry) => [
    entry.name,
    { ...entry, family, direction: entry.direction ?? 'higher-is-better' },
])));
/** The catalogue's metrics of some families, in catalogue order. */
function metricsOf(...wanted) {
    return [...CATALOGUE.values()].filter((m) => wanted.includes(m.family)).map((m) => m.name);
}
/** Metrics reported and gated when the `metrics` input is empty. */
const DEFAULT_METRICS = {
    binary: ['accuracy', 'precision', 'recall', 'f1'],
    multiclass: ['accuracy', 'precision_macro', 'recall_macro', 'f1_macro'],
    regression: ['mae', 'rmse', 'r2'],
    text: ['exact_match', 'token_f1'],
    /** Added to the classification defaults when scores are given. */
    binaryScores: ['roc_auc', 'average_precision'],
    multiclassScores: ['roc_auc_ovr_macro'],
};
/**
 * Words that make a metric lower-is-better wherever they come from: a metrics file's `eval_loss`, `test.RMSE`,
 * `val_MAE`, `wikitext/word_perplexity`, `latency_ms`. Matched, lower-cased, against a whole segment of the name
 * and against each of its words (split at `_` and `-`).
 */
const LOWER_IS_BETTER_WORDS = new Set([
    'loss',
    'perplexity',
    'ppl',
    'bits_per_byte',
    'bpb',
    'wer',
    'cer',
    'ter',
    'error',
    'errors',
    'err',
    'mae',
    'mse',
    'rmse',
    'mape',
    'smape',
    'brier',
    'latency',
    'cost',
    'runtime',
    'time',
    'duration',
    'failures',
    'nll',
]);
/** Words that make a metric higher-is-better: its direction is then known, not assumed. */
const HIGHER_IS_BETTER_WORDS = new Set([
    'acc',
    'accuracy',
    'f1',
    'precision',
    'recall',
    'auc',
    'score',
    'pass',
    'exact',
    'match',
    'em',
    'bleu',
    'chrf',
    'meteor',
    'mcc',
    'r2',
    'correct',
    'successes',
    'success',
    'map',
    'ndcg',
    'mrr',
    'rouge',
    'rouge1',
    'rouge2',
    'rougel',
    'rougelsum',
    'bertscore',
    'kappa',
    'throughput',
]);
/** Prefixes the Hugging Face Trainer and similar tools put before a metric's name. */
const SPLIT_PREFIX = /^(?:eval|predict|test|train|val|valid|validation|dev)_/;
/**
 * The direction a metric name suggests: the catalogue's for its own name or one of its segments (`test.f1`,
 * `hellaswag/acc_norm`), lower-is-better for losses, errors, perplexities, latencies and costs (`eval_loss`,
 * `val_MAE`, `test.RMSE`), higher-is-better otherwise. Case does not matter. Segments are read from the last (split
 * at `/` and `.`): one that says nothing (DVC's `loss.test`: a split) gives way to the one before it. Used for
 * metrics read from other tools' files, where nothing better is known.
 */
function inferDirection(name) {
    return nameDirection(name) ?? 'higher-is-better';
}
/** The direction a name states, or undefined when none of its segments or words says anything. */
function nameDirection(name) {
    const known = CATALOGUE.get(name);
    if (known)
        return known.direction;
    for (const segment of name.split(/[/.]/).reverse()) {
        const direction = segmentDirection(segment);
        if (direction)
            return direction;
    }
    return undefined;
}
function segmentDirection(original) {
    const segment = original.toLowerCase();
    for (const whole of [segment, segment.replace(SPLIT_PREFIX, '')]) {
        const info = CATALOGUE.get(whole);
        if (info)
            return info.direction;
        if (LOWER_IS_BETTER_WORDS.has(whole))
            return 'lower-is-better';
        if (HIGHER_IS_BETTER_WORDS.has(whole))
            return 'higher-is-better';
    }
    const words = nameWords(original);
    // scikit-learn's scorers negate errors (`neg_mean_squared_error`) so that higher is better.
    if (words[0] === 'neg')
        return 'higher-is-better';
    if (words.some((word) => LOWER_IS_BETTER_WORDS.has(word)))
        return 'lower-is-better';
    if (words.some((word) => HIGHER_IS_BETTER_WORDS.has(word) || CATALOGUE.has(word)))
        return 'higher-is-better';
    return undefined;
}
/**
 * The lower-case words of a name segment, split at `_` and `-` and at camelCase humps: `meanAbsoluteError` →
 * mean, absolute, error; `valLoss` → val, loss; `RMSEScore` → rmse, score. One pass over the characters: names
 * come from artifacts, so no regex that could backtrack.
 */
function nameWords(segment) {
    const words = [];
    let word = '';
    const isUpper = (c) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
    const isLower = (c) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
    const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '_' || c === '-') {
            words.push(word);
            word = '';
            continue;
        }
        const before = segment[i - 1];
        // A hump: `lL` (valLoss), or a capital after a capital or digit and before a small letter (`RMSEScore`,
        // `F1Score`).
        const after = segment[i + 1];
        const hump = isUpper(c) && (isLower(before) || ((isUpper(before) || isDigit(before)) && isLower(after)));
        if (hump && word !== '') {
            words.push(word);
            word = '';
        }
        word += c;
    }
    words.push(word);
    return words.map((w) => w.toLowerCase());
}
/**
 * Direction of a metric: the run's own (`known`: from metrics files and `directions` rules), else the catalogue's,
 * else what the name suggests
 * (`inferDirection`): a name from an old baseline such as `val_loss` is lower-is-better, anything unknown is
 * higher-is-better.
 */
function directionOf(name, known) {
    return known?.get(name) ?? CATALOGUE.get(name)?.direction ?? inferDirection(name);
}


/***/ }),

/***/ 3291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ classificationRun)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5318);
/* harmony import */ var _metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(29);
/* harmony import */ var _task_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8586);



/**
 * The one way a confusion matrix becomes a run's classification metrics, for a single run, each model of a model
 * column and merged shards alike: resolve the task, compute every metric, pick the requested ones (or the
 * defaults). `scored`: score metrics were asked for, so a `metrics` list naming only score metrics gets no
 * classification defaults beside them.
 */
function classificationRun(matrix, settings) {
    const task = (0,_task_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTask */ .E)(matrix.labels, settings.positiveLabel);
    const requested = settings.metrics?.filter((name) => _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.get(name)?.family === 'classification');
    const names = settings.scored && requested !== undefined && requested.length === 0
        ? []
        : (0,_task_js__WEBPACK_IMPORTED_MODULE_1__/* .selectMetrics */ .s)(requested, task, matrix.labels.length);
    const classification = (0,_metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__/* .classificationMetrics */ .q)(matrix, task.positiveLabel);
    return { task, classification, metrics: names.map((name) => [name, classification.values[name]]) };
}


/***/ }),

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xd: () => (/* binding */ NOISE),
/* harmony export */   fz: () => (/* binding */ compareMetrics),
/* harmony export */   kj: () => (/* binding */ isRegression)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5318);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6228);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6207);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7239);




/** Differences this small are floating-point noise, not a change in the model. */
const NOISE = 1e-12;
/** A regressed or missing metric: either fails the gate. */
function isRegression(metric) {
    return metric.status === 'regressed' || metric.status === 'missing';
}
/**
 * Compares the metrics of a run with the baseline under the threshold rules. Metrics the baseline has and the run
 * does not are `missing`, which counts as a regression: a gate must not pass because a metric disappeared.
 */
function compareMetrics(current, baseline, thresholds, 
/** Directions the run knows beyond the catalogue (metrics read from files). */
directions, 
/** The statistical gate: a broken max-drop rule counts only when the drop is significant. */
evidence) {
    const names = [
        ...Object.keys(current),
        ...Object.keys(baseline ?? {}).filter((name) => !Object.hasOwn(current, name)),
    ];
    const metrics = names.map((name) => compareOne(name, (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .directionOf */ .FR)(name, directions), (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .ownValue */ .eC)(current, name), (0,_own_js__WEBPACK_IMPORTED_MODULE_2__/* .ownValue */ .eC)(baseline, name), (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .rulesFor */ .NP)(name, thresholds), evidence?.metrics.get(name)));
    return {
        metrics,
        regressed: metrics.some(isRegression),
        firstRun: baseline === undefined,
    };
}
function compareOne(name, direction, current, baseline, rules, evidence) {
    const result = {
        name,
        direction,
        baseline,
        current,
        status: 'new',
        rules,
        broken: [],
        ...(evidence ? { evidence } : {}),
    };
    if (current === undefined)
        return {
            ...result,
            status: 'missing',
            broken: [{ rule: 'present in the baseline', detail: 'not produced by this run' }],
        };
    result.broken = brokenBounds(current, rules);
    if (baseline === undefined)
        return { ...result, status: result.broken.length ? 'regressed' : 'new' };
    const delta = current - baseline;
    // How much worse the metric got, in its own units: positive means worse, whichever way the metric points.
    const worsening = direction === 'higher-is-better' ? -delta : delta;
    const drop = rules.maxDrop;
    if (drop) {
        const allowed = drop.kind === 'relative' ? drop.amount * Math.abs(baseline) : drop.amount;
        if (worsening > allowed + NOISE) {
            const verb = direction === 'higher-is-better' ? 'dropped' : 'rose';
            const broken = { rule: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRules */ .NH)({ maxDrop: drop }), detail: `${verb} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(worsening)}` };
            // min and max stay absolute; only the comparison with the baseline can be noise.
            if (evidence?.significant === false)
                result.excused = broken;
            else
                result.broken.unshift(broken);
        }
    }
    const status = result.broken.length > 0
        ? 'regressed'
        : result.excused
            ? 'within-noise'
            : Math.abs(delta) <= NOISE
                ? 'unchanged'
                : worsening < 0
                    ? 'improved'
                    : 'within-tolerance';
    return { ...result, delta, status };
}
function brokenBounds(current, rules) {
    const broken = [];
    const detail = `is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(current)}`;
    if (rules.min !== undefined && current < rules.min - NOISE)
        broken.push({ rule: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRules */ .NH)({ min: rules.min }), detail });
    if (rules.max !== undefined && current > rules.max + NOISE)
        broken.push({ rule: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRules */ .NH)({ max: rules.max }), detail });
    return broken;
}


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T_: () => (/* binding */ DEFAULT_MAX_LABELS),
/* harmony export */   t7: () => (/* binding */ locateLabelError),
/* harmony export */   zv: () => (/* binding */ ConfusionCounter)
/* harmony export */ });
/* unused harmony exports MAX_LABEL_LENGTH, LabelTooLongError, LabelIds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6236);


/**
 * Longest label, in characters, as for metric names: labels go into every table of the report, and ten labels of
 * 1 MB each cost 5.9 s, 1.18 GB and a 64 MB report.
 */
const MAX_LABEL_LENGTH = 1000;
/** A label past `MAX_LABEL_LENGTH`; thrown where labels are interned, which know no file, and located by readers. */
class LabelTooLongError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d {
    length;
    constructor(length, location = {}) {
        super(`a label is ${length} characters long; labels are at most ${MAX_LABEL_LENGTH} (is the label or prediction column free text?)`, location);
        this.length = length;
    }
}
/** `error` with the file and line of the record it came from, if it is a label error that has none yet. */
function locateLabelError(error, where) {
    if (error instanceof LabelTooLongError && error.location.file === undefined)
        return new LabelTooLongError(error.length, where);
    return error;
}
/**
 * Dense ids for labels, in first-seen order, looked up by string or by the label's UTF-8 bytes. The byte lookup is
 * what the fast readers use: a label read from a file is found without making a string of it (only a label seen
 * for the first time is decoded). A label's id is the same whichever way it is looked up, as UTF-8 is one-to-one.
 *
 * The byte lookup keys a label by its length and its first eight bytes read as two 32-bit words, which tells apart
 * every label of up to eight bytes without a byte loop; longer ones compare their other bytes too. Measured on the
 * bench CSV's labels, on 2 busy cores: 13 ns a lookup against 26 ns for the hash of a few bytes, probing and byte
 * compare it replaces; counting a 64 MB slice in one thread went from 3.5 to 2.9 ns per byte (fastest of 14 runs).
 */
class LabelIds {
    /** The labels, by id. */
    labels = [];
    byString = new Map();
    /** Open addressing, four int32 per slot: length, first word, second word, id + 1 (0: empty). */
    table = new Int32Array(64 * 4);
    shift = 32 - 6;
    /** The UTF-8 bytes of every label, back to back; label `id` is `pool[offsets[id], offsets[id + 1])`. */
    pool = new Uint8Array(256);
    offsets = new Int32Array(65);
    /**
     * A direct-mapped cache of keys of up to eight bytes, four int32 per slot: length, first word, second word, id.
     * A slot holds the last key that went there (length 0 matches no key: empty labels are never looked up).
     */
    recent = new Int32Array(RECENT_SLOTS * 4);
    /** A view of the last buffer looked up in, for its 32-bit reads. */
    viewOf;
    view = new DataView(new ArrayBuffer(0));
    /** The id of a label given as a string. */
    idOf(label) {
        const known = this.byString.get(label);
        if (known !== undefined)
            return known;
        const bytes = Buffer.from(label, 'utf8');
        return this.insert(label, bytes, 0, bytes.length);
    }
    /**
     * The id of the label whose UTF-8 bytes are `bytes[start, end)`; the bytes must be valid UTF-8. Kept small, to be
     * inlined where labels are counted: a label of up to eight bytes whose key is in the cache of recent keys is found
     * with two reads and no branch on its bytes (labels vary from row to row, and a mispredicted branch costs more
     * than the reads); anything else goes to `find`.
     */
    idOfBytes(bytes, start, end) {
        const length = end - start;
        if (length <= 8 && start + 8 <= bytes.length) {
            if (bytes !== this.viewOf)
                this.viewFor(bytes);
            const view = this.view;
            // Two little-endian reads; the bytes past the label are masked off.
            const word0 = view.getInt32(start, true) & FIRST_WORD[length];
            const word1 = view.getInt32(start + 4, true) & SECOND_WORD[length];
            const recent = this.recent;
            const slot = recentSlot(length, word0, word1);
            if (recent[slot] === length && recent[slot + 1] === word0 && recent[slot + 2] === word1)
                return recent[slot + 3];
        }
        return this.find(bytes, start, end);
    }
    get size() {
        return this.labels.length;
    }
    /** The lookup past the cache of recent keys, which it then updates. */
    find(bytes, start, end) {
        const length = end - start;
        keyOf(bytes, start, end);
        const word0 = KEY[0];
        const word1 = KEY[1];
        const table = this.table;
        const mask = table.length - 4;
        let id = -1;
        for (let slot = slotOf(length, word0, word1, this.shift) << 2;; slot = (slot + 4) & mask) {
            const entry = table[slot + 3];
            if (entry === 0)
                break;
            if (table[slot] === length && table[slot + 1] === word0 && table[slot + 2] === word1) {
                if (length <= 8 || this.sameTail(entry - 1, bytes, start)) {
                    id = entry - 1;
                    break;
                }
            }
        }
        if (id < 0)
            id = this.firstSeen(bytes, start, end);
        if (length <= 8) {
            const recent = this.recent;
            const slot = recentSlot(length, word0, word1);
            recent[slot] = length;
            recent[slot + 1] = word0;
            recent[slot + 2] = word1;
            recent[slot + 3] = id;
        }
        return id;
    }
    viewFor(bytes) {
        this.viewOf = bytes;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    /** Whether label `id`'s bytes after its first eight are those of `bytes` from `start + 8` (lengths are equal). */
    sameTail(id, bytes, start) {
        const pool = this.pool;
        const from = this.offsets[id];
        const to = this.offsets[id + 1];
        for (let i = from + 8, j = start + 8; i < to; i++, j++)
            if (pool[i] !== bytes[j])
                return false;
        return true;
    }
    /** A label not found by its bytes: decoded, and entered. */
    firstSeen(bytes, start, end) {
        const label = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');
        const known = this.byString.get(label);
        // Known as a string but not yet as bytes cannot happen (both are entered together), but stay safe.
        if (known !== undefined)
            return known;
        return this.insert(label, bytes, start, end);
    }
    insert(label, bytes, start, end) {
        // Checked here, once per distinct label, so counting a row pays nothing for it.
        if (label.length > MAX_LABEL_LENGTH)
            throw new LabelTooLongError(label.length);
        const id = this.labels.length;
        this.labels.push(label);
        this.byString.set(label, id);
        const length = end - start;
        if (id + 2 > this.offsets.length) {
            const offsets = new Int32Array(this.offsets.length * 2);
            offsets.set(this.offsets);
            this.offsets = offsets;
        }
        const from = this.offsets[id];
        if (from + length > this.pool.length) {
            const pool = new Uint8Array(Math.max(this.pool.length * 2, from + length));
            pool.set(this.pool);
            this.pool = pool;
        }
        this.pool.set(bytes.subarray(start, end), from);
        this.offsets[id + 1] = from + length;
        // At most half full.
        if ((id + 1) * 2 > this.table.length / 4)
            this.rehash(this.table.length / 4);
        else
            this.place(id);
        return id;
    }
    place(id) {
        const from = this.offsets[id];
        const length = this.offsets[id + 1] - from;
        keyOf(this.pool, from, from + length);
        const table = this.table;
        const mask = table.length - 4;
        let slot = slotOf(length, KEY[0], KEY[1], this.shift) << 2;
        while (table[slot + 3] !== 0)
            slot = (slot + 4) & mask;
        table[slot] = length;
        table[slot + 1] = KEY[0];
        table[slot + 2] = KEY[1];
        table[slot + 3] = id + 1;
    }
    /** Doubles the table (`slots` is its current number of slots). */
    rehash(slots) {
        this.table = new Int32Array(slots * 2 * 4);
        this.shift = 32 - Math.log2(slots * 2);
        for (let id = 0; id < this.labels.length; id++)
            this.place(id);
    }
}
/** Masks keeping the bytes of a label of n bytes (n ≤ 8) in its first and its second little-endian word, by n. */
const FIRST_WORD = new Int32Array([0, 0xff, 0xffff, 0xffffff, -1, -1, -1, -1, -1]);
const SECOND_WORD = new Int32Array([0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, -1]);
const RECENT_SLOTS = 1 << 10;
const RECENT_SHIFT = 32 - 10;
/** The key `keyOf` makes. */
const KEY = new Int32Array(2);
/** Sets `KEY` to the first eight bytes of `bytes[start, end)` as two little-endian words (zero past its end). */
function keyOf(bytes, start, end) {
    KEY[0] = 0;
    KEY[1] = 0;
    const stop = Math.min(end, start + 8);
    for (let i = start; i < stop; i++)
        KEY[(i - start) >> 2] |= bytes[i] << (8 * ((i - start) & 3));
}
/** Where a key goes in the cache of recent keys (the index of its first int32). */
function recentSlot(length, word0, word1) {
    return (Math.imul(word0 ^ Math.imul(word1 ^ length, 0x85ebca6b), 0x9e3779b1) >>> RECENT_SHIFT) << 2;
}
/** A slot for a key: Fibonacci hashing, the top bits of the product. */
function slotOf(length, word0, word1, shift) {
    return Math.imul(word0 ^ Math.imul(word1 ^ length, 0x85ebca6b), 0x9e3779b1) >>> shift;
}
/** Default of the `max-labels` input. */
const DEFAULT_MAX_LABELS = 1000;
/**
 * Counts (gold, predicted) pairs as they stream by. Memory grows with the number of distinct labels, never with the
 * number of rows: every metric of the classification family is a function of these counts. The labels are bounded
 * (`max-labels`): the matrix takes labels² × 8 bytes, so a small file of distinct strings would otherwise cost
 * gigabytes (20,000 labels in 260 KB ran out of memory).
 */
class ConfusionCounter {
    maxLabels;
    /** The labels seen so far, with their ids; readers look labels up here and count with `addIds`. */
    ids = new LabelIds();
    /** Row-major square matrix over label ids (first-seen order), grown as labels appear. */
    cells = new Float64Array(0);
    size = 0;
    rows = 0;
    /** The file being counted, named by the error about too many labels. */
    file;
    constructor(maxLabels = Infinity) {
        this.maxLabels = maxLabels;
    }
    /** Records one example. */
    add(gold, predicted, count = 1) {
        const g = this.ids.idOf(gold);
        const p = this.ids.idOf(predicted);
        this.addIds(g, p, count);
    }
    /** Records one example by label ids (from `ids`). */
    addIds(gold, predicted, count = 1) {
        if (gold >= this.size || predicted >= this.size)
            this.grow(Math.max(gold, predicted) + 1);
        this.cells[gold * this.size + predicted] += count;
        this.rows += count;
    }
    /** Adds every count of another matrix (for files read in parts). */
    addMatrix(matrix) {
        matrix.labels.forEach((gold, g) => matrix.labels.forEach((predicted, p) => {
            const count = matrix.counts[g][p];
            if (count > 0)
                this.add(gold, predicted, count);
        }));
    }
    get total() {
        return this.rows;
    }
    /** The counts so far, labels sorted as scikit-learn sorts them. */
    toMatrix() {
        const labels = (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .sortLabels */ .CL)(this.ids.labels);
        const order = labels.map((label) => this.ids.idOf(label));
        const counts = order.map((g) => order.map((p) => this.cell(g, p)));
        return { labels, counts, total: this.rows };
    }
    cell(gold, predicted) {
        return gold < this.size && predicted < this.size ? this.cells[gold * this.size + predicted] : 0;
    }
    grow(needed) {
        if (needed > this.maxLabels) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`has more than ${this.maxLabels} distinct labels (gold and predicted together), the most input "max-labels" allows; is the label or prediction column free text? Raise max-labels if the labels are right`, this.file === undefined ? {} : { file: this.file });
        }
        // Never past the bound, so that memory stays within max-labels² cells.
        const size = Math.min(Math.max(4, this.size * 2, needed), this.maxLabels);
        const cells = new Float64Array(size * size);
        for (let g = 0; g < this.size; g++)
            cells.set(this.cells.subarray(g * this.size, (g + 1) * this.size), g * size);
        this.cells = cells;
        this.size = size;
    }
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export formatLocated */
/**
 * A problem with the user's files or settings. Its message is complete and actionable on its own, so it is shown
 * as is — never with a stack trace.
 */
class InputError extends Error {
    location;
    constructor(problem, location = {}) {
        super(formatLocated(problem, location));
        this.name = 'InputError';
        this.location = location;
    }
}
/** `file:line: field "x": problem`, leaving out the parts that are not known. */
function formatLocated(problem, { file, line, jsonPath, field }) {
    let where = file ?? '';
    if (line !== undefined)
        where += `${where ? ':' : 'line '}${line}`;
    if (jsonPath !== undefined)
        where += `${where ? ' at ' : ''}${jsonPath}`;
    const subject = field !== undefined ? `field ${JSON.stringify(field)}: ` : '';
    return `${where ? `${where}: ` : ''}${subject}${problem}`;
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ TASK_KINDS),
/* harmony export */   f5: () => (/* binding */ checkMetricNames),
/* harmony export */   rS: () => (/* binding */ parseEvaluationSettings)
/* harmony export */ });
/* unused harmony export familiesOf */
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5318);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2154);
/* harmony import */ var _metrics_files_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3451);




const TASK_KINDS = ['classification', 'regression', 'text'];
/**
 * Reads the evaluation inputs. `thresholdsText` is the `thresholds` input; its direction rules are taken out here,
 * and the rest is returned for `parseThresholds`.
 */
function parseEvaluationSettings(read, thresholdsText) {
    const task = (read('task').trim() || 'classification');
    if (!TASK_KINDS.includes(task)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "task" must be one of ${TASK_KINDS.join(', ')}, got ${JSON.stringify(task)}`);
    }
    const { rules, thresholds } = (0,_metrics_files_index_js__WEBPACK_IMPORTED_MODULE_3__/* .splitDirectionRules */ .NR)(thresholdsText);
    const settings = {
        task,
        metricsFiles: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(read('metrics-files')),
        metricsSelect: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(read('metrics-select')),
        directions: rules,
    };
    const format = (0,_metrics_files_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMetricsFormat */ .yR)(read('metrics-format'));
    if (format !== undefined)
        settings.metricsFormat = format;
    const scoreColumn = read('score-column').trim();
    const scoreColumns = read('score-columns').trim();
    const references = read('references-column').trim();
    if ((scoreColumn || scoreColumns) && task !== 'classification') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "${scoreColumn ? 'score-column' : 'score-columns'}" is for classification tasks, but task is ${task}`);
    }
    if (scoreColumn && scoreColumns) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('inputs "score-column" and "score-columns" exclude each other: one positive-class score, or one per class');
    }
    if (scoreColumn)
        settings.scoreColumn = scoreColumn;
    if (scoreColumns)
        settings.scoreColumns = parseScoreColumns(scoreColumns);
    if (references) {
        if (task !== 'text')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "references-column" is for text tasks, but task is ${task}`);
        settings.referencesColumn = references;
    }
    return { settings, thresholds };
}
function parseScoreColumns(text) {
    const entries = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(text);
    if (entries.length === 1 && !entries[0].includes('='))
        return { kind: 'array', field: entries[0] };
    const columns = entries.map((entry) => {
        const equals = entry.indexOf('=');
        if (equals < 0)
            return [entry, entry];
        const label = entry.slice(0, equals).trim();
        const field = entry.slice(equals + 1).trim();
        if (label === '' || field === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "score-columns": expected LABEL=FIELD, got ${JSON.stringify(entry)}`);
        }
        return [label, field];
    });
    const labels = new Set(columns.map(([label]) => label));
    if (labels.size !== columns.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "score-columns": a class is named twice');
    if (columns.length < 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "score-columns": name one field per class (at least two), or one array field');
    }
    return { kind: 'columns', columns };
}
/** The metric families a run's `metrics` input may name. */
function familiesOf(settings) {
    if (settings.task === 'regression')
        return ['regression'];
    if (settings.task === 'text')
        return ['text'];
    return settings.scoreColumn !== undefined || settings.scoreColumns !== undefined
        ? ['classification', 'scores']
        : ['classification'];
}
/**
 * Checks the `metrics` input against the catalogue and the task: each name must be a metric this run computes.
 * A run of metrics files only computes nothing, so it takes no `metrics` (it has `metrics-select`).
 */
function checkMetricNames(metrics, settings, hasPredictions) {
    if (!hasPredictions) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "metrics" chooses metrics computed from prediction files, and there are none; choose the metrics of metrics files with "metrics-select"');
    }
    const families = familiesOf(settings);
    const known = [..._catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.values()].filter((m) => families.includes(m.family)).map((m) => m.name);
    for (const metric of metrics) {
        if (known.includes(metric))
            continue;
        const info = _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.get(metric);
        if (info === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "metrics": unknown metric ${JSON.stringify(metric)}; known metrics: ${known.join(', ')}`);
        }
        const needs = info.family === 'scores'
            ? 'needs scores: set "score-column" (binary) or "score-columns" (one per class)'
            : `needs task: ${info.family}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "metrics": metric ${JSON.stringify(metric)} ${needs} (task is ${settings.task})`);
    }
}


/***/ }),

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LK: () => (/* binding */ PairFingerprint),
  _p: () => (/* binding */ describeSubset),
  Ld: () => (/* binding */ goldLabelFingerprint),
  C1: () => (/* binding */ mergeSubsets),
  d6: () => (/* binding */ sameSubset)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __nccwpck_require__(6236);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts




/**
 * A fingerprint of the evaluation data that depends on neither row order nor the predictions: a hash of how many
 * rows carry each gold label. Two runs with the same fingerprint were, with overwhelming likelihood, scored on the
 * same gold labels; a different one means the data changed and the comparison is between different test sets.
 */
function goldLabelFingerprint(matrix) {
    const counts = matrix.labels
        .map((label, g) => [label, matrix.counts[g].reduce((sum, count) => sum + count, 0)])
        .filter(([, count]) => count > 0)
        // In one order whatever the matrix's: its labels are sorted numerically when every label is a number, so a
        // predicted label that is not (e.g. "unknown") would otherwise reorder the same gold labels.
        .sort(([a], [b]) => (0,labels/* compareCodePoints */.OP)(a, b));
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(counts)).digest('hex');
    return `gold-counts:sha256:${hash.slice(0, 32)}`;
}
/**
 * A fingerprint of (id, gold label) pairs that ignores row order and predictions, built in one pass with constant
 * memory: each pair is hashed, and the hashes are combined by addition modulo 2^32 in two independent lanes plus an
 * XOR lane and the count — operations that do not care about order. Unlike the gold-label counts it notices rows
 * replaced by others with the same labels, and labels moved between rows. It detects changed data; it is not meant
 * to resist someone crafting a collision on purpose.
 */
class PairFingerprint {
    sumA = 0;
    sumB = 0;
    xor = 0;
    count = 0;
    add(id, gold) {
        const text = `${id}\u0000${gold}`;
        const a = hash32(text, 0x811c9dc5);
        const b = hash32(text, 0x9e3779b9);
        this.sumA = (this.sumA + a) >>> 0;
        this.sumB = (this.sumB + b) >>> 0;
        this.xor = (this.xor ^ Math.imul(a, 0x85ebca6b) ^ b) >>> 0;
        this.count++;
    }
    /** The lanes and the count, for a shard's statistics file: `merge` of states is `add` of all their pairs. */
    state() {
        return { sumA: this.sumA, sumB: this.sumB, xor: this.xor, count: this.count };
    }
    static fromState(state) {
        const fingerprint = new PairFingerprint();
        fingerprint.merge(state);
        return fingerprint;
    }
    /** Adds the pairs another fingerprint saw: the lanes' operations are associative and commutative. */
    merge(other) {
        this.sumA = (this.sumA + other.sumA) >>> 0;
        this.sumB = (this.sumB + other.sumB) >>> 0;
        this.xor = (this.xor ^ other.xor) >>> 0;
        this.count += other.count;
    }
    /** `id-gold:<count>:<hex>`. */
    value() {
        const hex = [this.sumA, this.sumB, this.xor].map((n) => n.toString(16).padStart(8, '0')).join('');
        return `id-gold:${this.count}:${hex}`;
    }
}
/** FNV-1a over UTF-16 code units from `seed`, finished with murmur3's avalanche so nearby inputs spread out. */
function hash32(text, seed) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The subset a run of several files measured: their tasks together, and their limit when they share one. */
function mergeSubsets(subsets) {
    if (subsets.length === 0)
        return undefined;
    const tasks = (0,own/* ownRecord */.MY)();
    for (const subset of subsets)
        for (const [task, counts] of Object.entries(subset.tasks))
            (0,own/* setOwn */.P5)(tasks, task, counts);
    const limits = new Set(subsets.map((subset) => subset.limit));
    const limit = limits.size === 1 ? subsets[0].limit : undefined;
    return { ...(limit !== undefined ? { limit } : {}), tasks };
}
/** Whether two runs measured the same part of their benchmark: both all of it, or the same limit and counts. */
function sameSubset(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const tasks = Object.keys(a.tasks);
    return (a.limit === b.limit &&
        tasks.length === Object.keys(b.tasks).length &&
        tasks.every((task) => {
            const other = (0,own/* ownValue */.eC)(b.tasks, task);
            return other?.effective === a.tasks[task].effective && other.original === a.tasks[task].original;
        }));
}
/** `a --limit run (limit 50): gsm8k on 50 of 1,319 examples`, naming at most three of the tasks it cut. */
function describeSubset(subset) {
    const partial = Object.entries(subset.tasks).flatMap(([task, { effective, original }]) => effective < original ? [`${task} on ${(0,format/* formatCount */.B4)(effective)} of ${(0,format/* formatCount */.B4)(original)} examples`] : []);
    const shown = partial.slice(0, 3).join(', ') + (partial.length > 3 ? `, and ${partial.length - 3} more tasks` : '');
    const limit = subset.limit !== undefined ? ` (limit ${subset.limit})` : '';
    return `a --limit run${limit}${shown ? `: ${shown}` : ''}`;
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Bs: () => (/* binding */ DECIMALS),
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Fl: () => (/* binding */ formatValue)
/* harmony export */ });
/** Decimals shown for every metric value and delta, so columns line up and runs compare at a glance. */
const DECIMALS = 4;
/** A metric value, e.g. `0.8123`, `−0.2500` with a real minus sign; `—` when there is none. */
function formatValue(value) {
    if (value === undefined)
        return '—';
    const text = Math.abs(value).toFixed(DECIMALS);
    // A value that rounds to zero shows no sign: `-0.0000` would read as a negative.
    return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
}
/** A signed change with a real minus sign, e.g. `+0.0120`, `−0.0213`, `±0.0000` for no change at this precision. */
function formatDelta(delta) {
    if (delta === undefined)
        return '—';
    const text = Math.abs(delta).toFixed(DECIMALS);
    if (Number(text) === 0)
        return `±${text}`;
    return `${delta < 0 ? '\u2212' : '+'}${text}`;
}
/** A whole count with thousands separators, e.g. `12,345`. */
function formatCount(count) {
    return count.toLocaleString('en-US');
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ globMatches)
/* harmony export */ });
/**
 * Whether `name` matches `pattern`, where `*` matches any run of characters (slashes and dots too) and everything
 * else is literal. Metric names come from artifacts, so no regex is built: the literal pieces between the `*`s are
 * found left to right, each at its first place after the previous one (the first piece anchored at the start, the
 * last at the end). Taking the first place is always right when `*` is the only wildcard, so nothing is retried:
 * the work is at most the name's length times the pattern's, where a backtracking regex takes exponential time
 * (`*a*a*b` against 50,000 `a`s).
 */
function globMatches(pattern, name) {
    const pieces = pattern.split('*');
    if (pieces.length === 1)
        return pattern === name;
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (first.length + last.length > name.length || !name.startsWith(first) || !name.endsWith(last))
        return false;
    let from = first.length;
    const until = name.length - last.length;
    for (let k = 1; k < pieces.length - 1; k++) {
        const piece = pieces[k];
        const at = name.indexOf(piece, from);
        if (at < 0 || at + piece.length > until)
            return false;
        from = at + piece.length;
    }
    return true;
}


/***/ }),

/***/ 2154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList),
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/**
 * Entries of a newline- or comma-separated list input (`predictions`, `metrics`, `metrics-files`,
 * `metrics-select`, …), trimmed, empty ones dropped. A comma inside braces belongs to a glob's alternatives
 * (`out/{train,test}.csv`), not to the list.
 */
function splitList(text) {
    const entries = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        const c = text[i];
        if (c === '{')
            depth++;
        else if (c === '}')
            depth = Math.max(0, depth - 1);
        else if (i === text.length || c === '\n' || (c === ',' && depth === 0)) {
            entries.push(text.slice(start, i).trim());
            start = i + 1;
            if (c === '\n')
                depth = 0;
        }
    }
    return entries.filter((entry) => entry !== '');
}
/** A boolean input: the YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "${input}" must be true or false, got ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ jsonReport)
/* harmony export */ });
/* unused harmony export JSON_REPORT_SCHEMA */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3164);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7239);


// The CLI's `--format json`: the run as data for other CI systems. Its shape is schema/report.schema.json; a field
// added here goes there too (test/json-report.test.ts validates real outputs against it).
const JSON_REPORT_SCHEMA = 1;
/** A finite number, or null: JSON has no NaN or infinity. */
function finite(value) {
    return value !== undefined && Number.isFinite(value) ? value : null;
}
function jsonMetric(metric) {
    const { interval, test, adjustedP, significant, untested } = metric.evidence ?? {};
    return {
        name: metric.name,
        direction: metric.direction,
        status: metric.status,
        current: finite(metric.current),
        baseline: finite(metric.baseline),
        delta: finite(metric.delta),
        rules: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRules */ .NH)(metric.rules),
        broken: metric.broken.map(({ rule, detail }) => ({ rule, detail })),
        interval: interval ? { lower: interval.lower, upper: interval.upper } : null,
        test: test ? { ...test, adjustedP: adjustedP ?? null, significant: significant ?? null } : null,
        untested: untested ?? null,
    };
}
function verdictStatus(run) {
    if (run.failure !== undefined)
        return 'failed';
    return run.input.comparison.firstRun ? 'first-run' : 'passed';
}
/** The run as the JSON document of `--format json`. */
function jsonReport(run) {
    const { input } = run;
    const settings = input.evidence?.settings;
    const models = run.metricsByModel;
    return {
        schema: JSON_REPORT_SCHEMA,
        version: run.version,
        name: input.name,
        verdict: {
            status: verdictStatus(run),
            summary: run.summary,
            failure: run.failure ?? null,
            regressed: input.comparison.metrics.filter(_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegression */ .kj).map((metric) => metric.name),
        },
        rows: input.rows,
        files: input.files,
        baseline: {
            path: input.baseline.path,
            found: input.baseline.found,
            commit: input.baseline.commit ?? null,
            rows: input.baseline.rows ?? null,
        },
        statistics: settings
            ? {
                significance: settings.significance ?? null,
                confidence: settings.confidence,
                samples: settings.samples,
                seed: settings.seed,
            }
            : null,
        metrics: input.comparison.metrics.map(jsonMetric),
        models: models
            ? Object.fromEntries(Object.entries(models).map(([model, values]) => [
                model,
                Object.fromEntries(Object.entries(values).map(([metric, value]) => [metric, finite(value)])),
            ]))
            : null,
    };
}


/***/ }),

/***/ 4869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ jsonSyntaxProblem)
/* harmony export */ });
/**
 * What `JSON.parse` found wrong, without the excerpt of the text V8 quotes in its message (`Unexpected token 'x',
 * "…" is not valid JSON`): an error names the file, line and position, and never echoes the file's contents, which
 * may not be the user's to see (a pull request's file, a link's target). Plain string search: the message holds
 * untrusted text.
 */
function jsonSyntaxProblem(error) {
    const message = error instanceof Error ? error.message : String(error);
    const token = "Unexpected token '";
    if (message.startsWith(token)) {
        // The token itself is one character; the excerpt follows it.
        const end = message.indexOf("', ", token.length);
        if (end >= 0)
            return message.slice(0, end + 1);
    }
    const excerpt = message.indexOf('"');
    if (excerpt < 0)
        return message;
    return message.slice(0, excerpt).replace(/[\s,]+$/, '') || 'not valid JSON';
}


/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ sortLabels),
/* harmony export */   HN: () => (/* binding */ lookAlikeLabelWarnings),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   S1: () => (/* binding */ firstRepeat),
/* harmony export */   kh: () => (/* binding */ shownLabel),
/* harmony export */   v6: () => (/* binding */ labelFromJson)
/* harmony export */ });
/* unused harmony export visibleLabel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/**
 * Turns one JSON value into the label string it stands for. Labels are compared as strings, so JSON `1` and `1.0`
 * are the same label `"1"` (JavaScript prints the shortest round-trip form), and `true` is `"true"`.
 */
function labelFromJson(value, where) {
    switch (typeof value) {
        case 'string':
            if (value === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('value is empty', where);
            return value;
        case 'number':
            if (!Number.isFinite(value))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`value ${value} is not a finite number`, where);
            return String(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('is missing', where);
        default:
            if (value === null)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('is null', where);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`must be a string, number or boolean, not ${Array.isArray(value) ? 'an array' : 'an object'}`, where);
    }
}
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The first label that stands twice in a list: where it repeats and where it first stood; undefined when none. */
function firstRepeat(labels) {
    const firstAt = new Map();
    for (let index = 0; index < labels.length; index++) {
        const first = firstAt.get(labels[index]);
        if (first !== undefined)
            return { index, first };
        firstAt.set(labels[index], index);
    }
    return undefined;
}
/**
 * Orders labels the way scikit-learn's `np.unique` orders them: numerically when every label is a number (as for
 * integer class ids), otherwise by Unicode code point (numpy's order for strings, which differs from JavaScript's
 * UTF-16 order for characters outside the Basic Multilingual Plane).
 */
function sortLabels(labels) {
    const list = [...labels];
    const allNumeric = list.every((label) => NUMERIC.test(label));
    if (allNumeric) {
        const values = new Map(list.map((label) => [label, Number(label)]));
        return list.sort((a, b) => values.get(a) - values.get(b) || compareCodePoints(a, b));
    }
    return list.sort(compareCodePoints);
}
/** Compares two strings by Unicode code point. */
function compareCodePoints(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x - y;
        if (x > 0xffff)
            i++;
    }
    return a.length - b.length;
}
/**
 * Warnings about labels that print alike but count as different classes: spellings that differ only by
 * surrounding whitespace or Unicode normalisation (`"cat"` and `"cat "`, `"é"` composed and decomposed). Labels are
 * compared exactly, as scikit-learn compares them, so this only warns; at most `limit` pairs are named.
 */
function lookAlikeLabelWarnings(labels, limit = 5) {
    const first = new Map();
    const pairs = [];
    for (const label of labels) {
        const key = label.trim().normalize('NFC');
        const earlier = first.get(key);
        if (earlier === undefined)
            first.set(key, label);
        else
            pairs.push([earlier, label]);
    }
    const warnings = pairs
        .slice(0, limit)
        .map(([a, b]) => `labels ${visibleLabel(a)} and ${visibleLabel(b)} differ only by surrounding whitespace or Unicode normalisation, and are counted as two classes`);
    if (pairs.length > limit)
        warnings.push(`${pairs.length - limit} more pairs of such labels`);
    return warnings;
}
/** Whether a label may print like another: it has surrounding whitespace, or NFC normalisation changes it. */
function printsAmbiguously(label) {
    return label !== label.trim() || label !== label.normalize('NFC');
}
/** A label as a report shows it: as it is, or {@link visibleLabel} when it may print like another label. */
function shownLabel(label) {
    return printsAmbiguously(label) ? visibleLabel(label) : label;
}
/** Characters that show as nothing, as a space, or only on the character before them. */
const HIDDEN = /[\s\p{M}\p{C}\p{Z}]/u;
/**
 * A label quoted so that spellings which print alike read apart: `" a"`, `"a\t"`, `"caf\u00e9"`, `"cafe\u0301"`.
 * JSON escapes control characters; beyond ASCII, whitespace, invisible and combining characters and any character
 * that Unicode decomposes are written as code points, while other text (`"日本"`) stays as it is.
 */
function visibleLabel(label) {
    return JSON.stringify(label).replace(/[^\x20-\x7e]/gu, (char) => HIDDEN.test(char) || char.normalize('NFD') !== char ? codePointEscape(char) : char);
}
function codePointEscape(char) {
    const point = char.codePointAt(0);
    return point > 0xffff ? `\\u{${point.toString(16)}}` : `\\u${point.toString(16).padStart(4, '0')}`;
}


/***/ }),

/***/ 3451:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yR: () => (/* binding */ parseMetricsFormat),
  _c: () => (/* binding */ readMetricsFile),
  wT: () => (/* reexport */ selectFileMetrics),
  NR: () => (/* reexport */ splitDirectionRules),
  e2: () => (/* reexport */ withoutShown)
});

// UNUSED EXPORTS: FORMAT_NAMES, MAX_METRIC_NAME, METRICS_FORMATS, detectFormat

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/metrics-files/bookkeeping.ts
/**
 * Values that count a run rather than measure its quality, whatever the format they are read from (a generic or DVC
 * file, the Trainer's metrics or state, a W&B summary): step and epoch counters, times and timestamps, speeds,
 * memory, FLOs. They are shown, not gated, unless a `metrics-select` pattern that contains their word asks for
 * them: a run with fewer epochs, or one that ran later, is not a regression.
 */
/** Whole last segments that are bookkeeping, with the word a `metrics-select` pattern must contain. */
const KEYS = new Map([
    ['step', 'step'],
    ['_step', 'step'],
    ['global_step', 'step'],
    ['epoch', 'epoch'],
    ['timestamp', 'timestamp'],
    ['_timestamp', 'timestamp'],
    ['time', 'time'],
    ['total_flos', 'flos'],
]);
/** Endings of bookkeeping segments (the Trainer's `speed_metrics` and `<split>_samples`, W&B's `_runtime`). */
const ENDINGS = [
    ['_runtime', 'runtime'],
    ['_per_second', 'per_second'],
    ['_samples', 'samples'],
];
/**
 * The word that marks `name` as bookkeeping (see above), or undefined for a metric. Only the last segment counts
 * (split at `/` and `.`): `train.epoch` is bookkeeping, `epoch_accuracy.val` is not. Case does not matter.
 */
function bookkeepingWord(name) {
    const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1).toLowerCase();
    const word = KEYS.get(last) ?? ENDINGS.find(([ending]) => last.endsWith(ending))?.[1];
    // The Trainer's memory tracker: `train_mem_cpu_alloc_delta`.
    return word ?? (last.includes('_mem_') ? 'mem' : undefined);
}
/** The metric, marked as bookkeeping (`optIn`) when its name is; a parser's own mark is kept. */
function markBookkeeping(metric) {
    if (metric.optIn !== undefined)
        return metric;
    const word = bookkeepingWord(metric.name);
    return word === undefined ? metric : { ...metric, optIn: word };
}

// EXTERNAL MODULE: ./src/core/catalogue.ts
var catalogue = __nccwpck_require__(5318);
// EXTERNAL MODULE: ./src/core/metrics-files/json.ts
var json = __nccwpck_require__(1401);
;// CONCATENATED MODULE: ./src/core/metrics-files/generic.ts



/**
 * The numbers of any JSON or YAML metrics file (DVC's `metrics:` files, DVCLive's `metrics.json`, a hand-written
 * `scores.json`), named by their key paths joined with dots as `dvc metrics show` does: `{"roc_auc": {"test":
 * 0.96}}` gives `roc_auc.test`. Array items are named by their index (`scores.0`). Strings, booleans and nulls
 * are not metrics. Two paths that flatten to one name (`{"a.b": 1, "a": {"b": 2}}`) are an error, never a silent
 * overwrite. Directions come from the names (`inferDirection`: the last segment, `loss` lower-is-better).
 * Bookkeeping keys (`step`, `epoch`, `timestamp`, W&B's `_runtime`; DVCLive writes `step`) are marked by
 * `readMetricsFile`, as in every format (bookkeeping.ts).
 */
function parseGeneric(data, file) {
    const metrics = [];
    const seen = new Map();
    const walk = (value, name, path) => {
        if (typeof value === 'number') {
            if (name === '')
                throw new errors/* InputError */.d('the document is a bare number; name it with a key', { file });
            const earlier = seen.get(name);
            if (earlier !== undefined) {
                throw new errors/* InputError */.d(`flattens to the metric name ${JSON.stringify(name)} as ${earlier} does`, {
                    file,
                    jsonPath: path,
                });
            }
            if (metrics.length >= MAX_FILE_METRICS)
                throw tooManyMetrics(file, path);
            seen.set(name, path);
            metrics.push({ name, value, direction: (0,catalogue/* inferDirection */._w)(name), path });
            return;
        }
        if (Array.isArray(value)) {
            value.forEach((item, index) => walk(item, join(name, String(index)), (0,json/* childPath */.cm)(path, index)));
            return;
        }
        if ((0,json/* isJsonObject */.OW)(value)) {
            for (const [key, item] of Object.entries(value))
                walk(item, join(name, key), (0,json/* childPath */.cm)(path, key));
        }
    };
    walk(data, '', '$');
    return metrics;
}
/**
 * Most numbers one metrics file may state: real aggregate files state tens to a few thousand (lm-eval with every
 * MMLU subtask: a few hundred), and every metric costs a report row; a 16 MB array of numbers would be 8 million.
 */
const MAX_FILE_METRICS = 10_000;
function tooManyMetrics(file, path) {
    return new errors/* InputError */.d(`states more than ${MAX_FILE_METRICS} metrics, the most one metrics file may; is it a data set rather than a metrics file?`, { file, ...(path !== undefined ? { jsonPath: (0,json/* shortPath */._1)(path) } : {}) });
}
function join(prefix, key) {
    return prefix === '' ? key : `${prefix}.${key}`;
}

;// CONCATENATED MODULE: ./src/core/metrics-files/hf-trainer.ts



const SPLIT = /^(eval|predict|test|train)_/;
/**
 * Whether a document is what the Hugging Face Trainer's `save_metrics` writes (`eval_results.json`,
 * `all_results.json`, `train_results.json`, `predict_results.json`): one flat object of numbers, keys prefixed by
 * their split (`eval_accuracy`), with the Trainer's own bookkeeping (`eval_runtime`, `epoch`, …) or its file name.
 */
function looksLikeHfTrainer(data, file) {
    const entries = Object.entries(data);
    if (entries.length === 0 || !entries.every(([, value]) => typeof value === 'number'))
        return false;
    if (!entries.some(([key]) => SPLIT.test(key)))
        return false;
    const named = /(?:^|[/\\])(?:all|eval|train|predict|test)_results\.json$/i.test(file);
    return named || entries.some(([key]) => bookkeepingWord(key) !== undefined);
}
/**
 * The metrics of a Trainer metrics file, under their own names (`eval_accuracy`, `eval_loss`). Losses, error rates
 * and perplexities are lower-is-better (`eval_loss`, `eval_wer`). `<split>_samples` is the count of that split's
 * metrics; it, `*_runtime`, `*_per_second`, `*_mem_*`, `epoch` and `total_flos` are bookkeeping (bookkeeping.ts):
 * shown, not gated, unless `metrics-select` asks for them by a pattern that names them (`eval_runtime`).
 */
function parseHfTrainer(data) {
    const metrics = [];
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'number')
            continue;
        const bookkeeping = bookkeepingWord(key) !== undefined;
        const split = SPLIT.exec(key)?.[1];
        const count = split === undefined ? undefined : data[`${split}_samples`];
        metrics.push({
            name: key,
            value,
            direction: (0,catalogue/* inferDirection */._w)(key),
            ...(!bookkeeping && typeof count === 'number' && Number.isSafeInteger(count) && count >= 0
                ? { count }
                : {}),
            path: (0,json/* childPath */.cm)('$', key),
        });
    }
    return metrics;
}

;// CONCATENATED MODULE: ./src/core/metrics-files/inspect-ai.ts



/** Whether a document is an Inspect (inspect_ai) eval log in JSON: `version`, `status`, `eval.task`, `results`. */
function looksLikeInspect(data) {
    return (typeof data.version === 'number' &&
        typeof data.status === 'string' &&
        (0,json/* isJsonObject */.OW)(data.eval) &&
        typeof data.eval.task === 'string');
}
/**
 * The metrics of an Inspect eval log: `results.scores[].metrics.<metric>.value` becomes `<task>/<scorer>/<metric>`
 * (`popularity/match/accuracy`); the scorer's `stderr` metric is kept as the standard error of its other metrics,
 * and `results.completed_samples` is their count. Only a finished run is read: a log whose `status` is not
 * `success` (cancelled, error, started) holds metrics of part of the samples at best, and gating on it would be
 * gating on a different evaluation.
 */
function parseInspect(data, file) {
    if (data.status !== 'success') {
        throw new errors/* InputError */.d(`the eval's status is ${JSON.stringify(data.status)}, not "success": its metrics may cover only part of the samples`, { file, jsonPath: '$.status' });
    }
    const task = data.eval.task;
    const results = data.results;
    if (!(0,json/* isJsonObject */.OW)(results) || !Array.isArray(results.scores)) {
        throw new errors/* InputError */.d('has no scores', { file, jsonPath: '$.results.scores' });
    }
    const completed = results.completed_samples;
    const count = typeof completed === 'number' && Number.isSafeInteger(completed) && completed >= 0
        ? { count: completed }
        : {};
    const metrics = [];
    results.scores.forEach((score, index) => {
        const where = (0,json/* childPath */.cm)('$.results.scores', index);
        if (!(0,json/* isJsonObject */.OW)(score) || typeof score.name !== 'string' || !(0,json/* isJsonObject */.OW)(score.metrics)) {
            throw new errors/* InputError */.d('expected a score with a name and metrics', { file, jsonPath: where });
        }
        const entries = score.metrics;
        const stderrEntry = entries.stderr;
        const stderr = (0,json/* isJsonObject */.OW)(stderrEntry) ? stderrEntry.value : undefined;
        for (const [metric, entry] of Object.entries(entries)) {
            if (metric === 'stderr' || !(0,json/* isJsonObject */.OW)(entry) || typeof entry.value !== 'number')
                continue;
            metrics.push({
                name: `${task}/${score.name}/${metric}`,
                value: entry.value,
                direction: (0,catalogue/* inferDirection */._w)(metric),
                ...(typeof stderr === 'number' && Number.isFinite(stderr) ? { stderr } : {}),
                ...count,
                path: (0,json/* childPath */.cm)((0,json/* childPath */.cm)((0,json/* childPath */.cm)(where, 'metrics'), metric), 'value'),
            });
        }
    });
    return metrics;
}

// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
;// CONCATENATED MODULE: ./src/core/metrics-files/lm-eval.ts




/**
 * Whether a document is lm-evaluation-harness's results file (`lm_eval --output_path`): a `results` object of
 * per-task objects, next to the harness's own `versions`, `configs`, `n-samples` or `higher_is_better`.
 */
function looksLikeLmEval(data) {
    return ((0,json/* isJsonObject */.OW)(data.results) &&
        Object.values(data.results).every(json/* isJsonObject */.OW) &&
        ['versions', 'configs', 'higher_is_better', 'n-samples', 'group_subtasks'].some((key) => Object.hasOwn(data, key)));
}
/**
 * The metrics of an lm-evaluation-harness results file. `results.<task>."<metric>,<filter>"` becomes
 * `<task>/<metric>` for the default filter `none` and `<task>/<metric>/<filter>` for any other, so the two filters
 * of a generative task (`strict-match`, `flexible-extract`) stay apart. `"<metric>_stderr,<filter>"` is kept as the
 * metric's standard error when it is a finite number (the harness writes "N/A" when it has none);
 * `n-samples.<task>.effective` is its count; `higher_is_better.<task>.<metric>` its direction. Files of the older
 * harness, with keys without a filter (`"acc"`, `"acc_stderr"`), are read the same way. Values that are not numbers
 * (`alias`, …) are not metrics.
 */
function parseLmEval(data, file) {
    const results = data.results;
    const directions = (0,json/* isJsonObject */.OW)(data.higher_is_better) ? data.higher_is_better : undefined;
    const samples = (0,json/* isJsonObject */.OW)(data['n-samples']) ? data['n-samples'] : undefined;
    const metrics = [];
    for (const [task, entries] of Object.entries(results)) {
        const taskPath = (0,json/* childPath */.cm)('$.results', task);
        for (const [key, value] of Object.entries(entries)) {
            if (typeof value !== 'number')
                continue;
            const comma = key.indexOf(',');
            const metric = comma < 0 ? key : key.slice(0, comma);
            const filter = comma < 0 ? undefined : key.slice(comma + 1);
            if (metric.endsWith('_stderr'))
                continue;
            if (metric === '')
                throw new errors/* InputError */.d('metric key has no name', { file, jsonPath: (0,json/* childPath */.cm)(taskPath, key) });
            const stderrKey = filter === undefined ? `${metric}_stderr` : `${metric}_stderr,${filter}`;
            const stderr = entries[stderrKey];
            const name = [task, metric, ...(filter === undefined || filter === 'none' ? [] : [filter])].join('/');
            metrics.push({
                name,
                value,
                ...directionOf(directions, task, metric),
                ...(typeof stderr === 'number' && Number.isFinite(stderr) ? { stderr } : {}),
                ...countOf(samples, task),
                path: (0,json/* childPath */.cm)(taskPath, key),
            });
        }
    }
    return metrics;
}
function directionOf(directions, task, metric) {
    const stated = (0,json/* isJsonObject */.OW)(directions?.[task]) ? directions[task][metric] : undefined;
    if (typeof stated === 'boolean')
        return { direction: stated ? 'higher-is-better' : 'lower-is-better', directionStated: true };
    return { direction: (0,catalogue/* inferDirection */._w)(metric) };
}
function countOf(samples, task) {
    const entry = samples?.[task];
    if (!(0,json/* isJsonObject */.OW)(entry))
        return {};
    const count = entry.effective ?? entry.original;
    if (!isCount(count))
        return {};
    return isCount(entry.original) && entry.original > count ? { count, fullCount: entry.original } : { count };
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
/**
 * What part of the benchmark a `--limit` run measured, or undefined for a full run: `config.limit` is set, or some
 * task's `n-samples.effective` is below its `original`. Such a run is a subset (50 of 2,305 examples is not the
 * benchmark): the gate compares it only with a baseline of the same subset.
 */
function lmEvalSubset(data) {
    const limit = (0,json/* isJsonObject */.OW)(data.config) ? data.config.limit : undefined;
    const samples = (0,json/* isJsonObject */.OW)(data['n-samples']) ? data['n-samples'] : {};
    const tasks = (0,own/* ownRecord */.MY)();
    let partial = false;
    for (const [task, entry] of Object.entries(samples)) {
        if (!(0,json/* isJsonObject */.OW)(entry) || !isCount(entry.effective) || !isCount(entry.original))
            continue;
        (0,own/* setOwn */.P5)(tasks, task, { effective: entry.effective, original: entry.original });
        partial ||= entry.effective < entry.original;
    }
    const limited = typeof limit === 'number' && Number.isFinite(limit);
    if (!limited && !partial)
        return undefined;
    return { ...(limited ? { limit } : {}), tasks };
}

;// CONCATENATED MODULE: ./src/core/metrics-files/promptfoo.ts


/**
 * Whether a document is promptfoo's output (`promptfoo eval -o results.json`, or `outputPath` in its config): a
 * `results` object holding the `results` array of every test × prompt × provider, with its `stats` (or, in an
 * empty or unusual file, its layout `version` or the `evalId` beside it).
 */
function looksLikePromptfoo(data) {
    const results = data.results;
    return ((0,json/* isJsonObject */.OW)(results) &&
        Array.isArray(results.results) &&
        ((0,json/* isJsonObject */.OW)(results.stats) || typeof results.version === 'number' || typeof data.evalId === 'string'));
}
/** promptfoo's `ResultFailureReason.ERROR`: the provider or the test errored, rather than an assertion failing. */
const FAILURE_ERROR = 2;
/** Layouts read: 2 (results, table, stats) and 3 (results, prompts, stats), the current one. */
const VERSIONS = [2, 3];
/**
 * The metrics of a promptfoo output file, counted from its per-result records (`results.results`):
 * - `pass_rate`: passed / all results (an error counts as not passed), with the number of results as its count;
 * - `successes` (higher is better), `failures` and `errors` (lower is better): the counts promptfoo's `stats` shows,
 *   shown but not gated unless `metrics-select` names them (`tally`): the pass rate carries the verdict, with a test;
 * - `provider/<provider>/pass_rate` per provider when there are several (a provider is its id; it is named by its
 *   label, with the id added when two share one), and `prompt/<prompt>/pass_rate` per
 *   prompt when there are several: comparing them is what promptfoo is for, and they go to the leaderboard as
 *   models (`model`);
 * - `test/<test>/pass_rate` per test, over its prompts and providers; `<test>` is the test's description made
 *   name-safe (`Capital of France` → `capital-of-france`, with `-<index>` added when two share one), or its index;
 * - `assertion/<type>/pass_rate` per assertion type (`icontains`, `llm-rubric`), over the graded assertions;
 * - `named/<metric>` for assertions with a `metric` name: promptfoo's mean named score.
 * Every pass rate has its binomial standard error, √(p(1−p)/n), so the statistical gate tests it, and is marked a
 * proportion, so its interval is a Wilson score interval, which stays inside [0, 1].
 * Layout 2 has no test index on its results: its tests are the rows of its `table`.
 */
function parsePromptfoo(data, file) {
    const summary = data.results;
    const rows = summary.results;
    const base = '$.results.results';
    const version = summary.version;
    if (typeof version === 'number' && !VERSIONS.includes(version)) {
        throw new errors/* InputError */.d(`is promptfoo output of layout version ${version}, which eval-gate does not read (it reads versions ${VERSIONS.join(' and ')})`, { file, jsonPath: '$.results.version' });
    }
    if (rows.length === 0)
        throw new errors/* InputError */.d('is promptfoo output with no results: the eval ran no tests', {
            file,
            jsonPath: base,
        });
    const { counts, tests, providers, prompts, assertions } = tallyResults(rows, version, file, base);
    if (version === 2)
        tableTests(summary, tests);
    const total = rows.length;
    const metrics = [
        passRate('pass_rate', { passed: counts.successes, total }, base),
        tallyMetric('successes', counts.successes, 'higher-is-better', total, base),
        tallyMetric('failures', counts.failures, 'lower-is-better', total, base),
        tallyMetric('errors', counts.errors, 'lower-is-better', total, base),
    ];
    if (providers.size > 1) {
        // Keyed by id, named by label: two providers sharing a label get their ids added to their names.
        const ids = [...providers.keys()];
        uniqueKeys([...providers]).forEach(([key, tally], i) => {
            const label = tally.description;
            const model = key === slug(label) ? label : `${label} (${ids[i]})`;
            metrics.push({ ...passRate(`provider/${key}/pass_rate`, tally, base), model });
        });
    }
    if (prompts.size > 1 && !prompts.has(-1)) {
        // Prompt labels are often the whole template: a long one is named by its index.
        for (const [key, tally] of uniqueKeys([...prompts].sort(([a], [b]) => a - b), 40))
            metrics.push({
                ...passRate(`prompt/${key}/pass_rate`, tally, base),
                ...(providers.size === 1 ? { model: `prompt ${key}` } : {}),
            });
    }
    for (const [key, tally] of uniqueKeys([...tests].sort(([a], [b]) => a - b)))
        metrics.push(passRate(`test/${key}/pass_rate`, tally, base));
    for (const [type, tally] of [...assertions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        metrics.push(passRate(`assertion/${slug(type) || 'unnamed'}/pass_rate`, tally, base));
    metrics.push(...namedScores(summary, file));
    return metrics;
}
function tallyResults(rows, version, file, base) {
    const tallies = {
        counts: { successes: 0, failures: 0, errors: 0 },
        tests: new Map(),
        providers: new Map(),
        prompts: new Map(),
        assertions: new Map(),
    };
    const { counts, tests, providers, prompts, assertions } = tallies;
    rows.forEach((row, index) => {
        const where = (0,json/* childPath */.cm)(base, index);
        if (!(0,json/* isJsonObject */.OW)(row))
            throw new errors/* InputError */.d('expected a result object', { file, jsonPath: where });
        if (typeof row.success !== 'boolean') {
            throw new errors/* InputError */.d('expected "success" to be true or false', {
                file,
                jsonPath: (0,json/* childPath */.cm)(where, 'success'),
            });
        }
        const passed = row.success;
        const grading = (0,json/* isJsonObject */.OW)(row.gradingResult) ? row.gradingResult : undefined;
        const errored = !passed &&
            (row.failureReason === FAILURE_ERROR ||
                (row.failureReason === undefined && grading === undefined && typeof row.error === 'string'));
        counts[passed ? 'successes' : errored ? 'errors' : 'failures']++;
        if (version !== 2) {
            const testCase = (0,json/* isJsonObject */.OW)(row.testCase) ? row.testCase : undefined;
            const description = typeof testCase?.description === 'string' ? testCase.description : undefined;
            count(tests, typeof row.testIdx === 'number' ? row.testIdx : index, passed, description);
        }
        const provider = providerOf(row.provider);
        count(providers, provider.id, passed, provider.label);
        const prompt = (0,json/* isJsonObject */.OW)(row.prompt) ? row.prompt : undefined;
        const promptLabel = typeof prompt?.label === 'string' ? prompt.label : undefined;
        count(prompts, typeof row.promptIdx === 'number' ? row.promptIdx : -1, passed, promptLabel);
        const components = Array.isArray(grading?.componentResults) ? grading.componentResults : [];
        for (const component of components) {
            if (!(0,json/* isJsonObject */.OW)(component) || typeof component.pass !== 'boolean')
                continue;
            const type = (0,json/* isJsonObject */.OW)(component.assertion) ? component.assertion.type : undefined;
            if (typeof type === 'string' && type !== '')
                count(assertions, type, component.pass);
        }
    });
    return tallies;
}
function count(tallies, key, passed, description) {
    const tally = tallies.get(key) ?? {
        ...(description !== undefined ? { description } : {}),
        passed: 0,
        total: 0,
    };
    tally.total++;
    if (passed)
        tally.passed++;
    tallies.set(key, tally);
}
/** A pass rate with its count and binomial standard error. */
function passRate(name, { passed, total }, path) {
    const value = passed / total;
    return {
        name,
        value,
        direction: 'higher-is-better',
        stderr: Math.sqrt((value * (1 - value)) / total),
        count: total,
        proportion: true,
        path,
    };
}
/** A count of results: shown, gated only when `metrics-select` names it. */
function tallyMetric(name, value, direction, total, path) {
    return { name, value, direction, count: total, path, optIn: name, tally: true };
}
/** The provider a result came from: its id (an object in both layouts, once a string), and its label if any. */
function providerOf(provider) {
    if (typeof provider === 'string')
        return { id: provider, label: provider };
    const id = (0,json/* isJsonObject */.OW)(provider) && typeof provider.id === 'string' ? provider.id : 'unknown';
    const label = (0,json/* isJsonObject */.OW)(provider) && typeof provider.label === 'string' ? provider.label : '';
    return { id, label: label !== '' ? label : id };
}
/** Layout 2: the tests are the rows of `table.body`, each with one output per prompt × provider. */
function tableTests(summary, tests) {
    const body = (0,json/* isJsonObject */.OW)(summary.table) && Array.isArray(summary.table.body) ? summary.table.body : [];
    body.forEach((row, index) => {
        if (!(0,json/* isJsonObject */.OW)(row) || !Array.isArray(row.outputs))
            return;
        const test = (0,json/* isJsonObject */.OW)(row.test) ? row.test : undefined;
        const description = typeof row.description === 'string'
            ? row.description
            : typeof test?.description === 'string'
                ? test.description
                : undefined;
        for (const output of row.outputs)
            if ((0,json/* isJsonObject */.OW)(output) && typeof output.pass === 'boolean')
                count(tests, index, output.pass, description);
    });
}
/**
 * Name-safe keys, in the given order: the description's slug (when it is at most `maxLength` characters), made
 * unique with the key if needed, or the key itself.
 */
function uniqueKeys(entries, maxLength = Infinity) {
    const slugs = entries.map(([key, tally]) => {
        const text = tally.description ? slug(tally.description) : '';
        return text !== '' && text.length <= maxLength ? text : slug(String(key)) || String(key);
    });
    const uses = new Map();
    for (const key of slugs)
        uses.set(key, (uses.get(key) ?? 0) + 1);
    return entries.map(([key, tally], i) => {
        const text = slugs[i];
        return [uses.get(text) > 1 ? `${text}-${slug(String(key))}` : text, tally];
    });
}
/** Lower-case letters, digits, `_` and `.`, with every other run of characters made one `-`. */
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}_.]+/gu, '-')
        .replace(/^-+|-+$/g, '');
}
/** promptfoo's named scores (`assert: [{metric: "tone", …}]`): the sum over prompts divided by their count. */
function namedScores(summary, file) {
    const prompts = Array.isArray(summary.prompts) ? summary.prompts : [];
    const sums = new Map();
    prompts.forEach((prompt, index) => {
        const metrics = (0,json/* isJsonObject */.OW)(prompt) && (0,json/* isJsonObject */.OW)(prompt.metrics) ? prompt.metrics : undefined;
        const scores = (0,json/* isJsonObject */.OW)(metrics?.namedScores) ? metrics.namedScores : undefined;
        const counts = (0,json/* isJsonObject */.OW)(metrics?.namedScoresCount) ? metrics.namedScoresCount : undefined;
        for (const [name, score] of Object.entries(scores ?? {})) {
            const path = (0,json/* childPath */.cm)((0,json/* childPath */.cm)((0,json/* childPath */.cm)(`$.results.prompts`, index), 'metrics'), 'namedScores');
            if (typeof score !== 'number') {
                throw new errors/* InputError */.d('named score is not a number', { file, jsonPath: (0,json/* childPath */.cm)(path, name) });
            }
            const count = counts?.[name];
            const entry = sums.get(name) ?? { sum: 0, count: 0, path: (0,json/* childPath */.cm)(path, name) };
            entry.sum += score;
            entry.count += typeof count === 'number' ? count : 1;
            sums.set(name, entry);
        }
    });
    return [...sums].map(([name, { sum, count, path }]) => ({
        name: `named/${name}`,
        value: count === 0 ? NaN : sum / count,
        direction: 'higher-is-better',
        count,
        path,
    }));
}

;// CONCATENATED MODULE: ./src/core/metrics-files/trainer-state.ts




/**
 * Whether a document is the Hugging Face Trainer's `trainer_state.json` (`TrainerState.save_to_json`, written in
 * every checkpoint and by `save_state()`): a `log_history` array beside `global_step`.
 */
function looksLikeTrainerState(data) {
    return Array.isArray(data.log_history) && typeof data.global_step === 'number';
}
/**
 * The metrics of a `trainer_state.json`. Its `log_history` holds every logged step: training entries (`loss`,
 * `learning_rate`, `grad_norm`) and evaluation entries (`eval_*`). Only the last evaluation entry is the model's
 * result: its `eval_*` keys are the metrics, its `step` and `epoch` shown as context. `best_metric` is read as
 * `best/<metric>`, the metric being `metric_for_best_model` when the file names it, else the `eval_*` key of the
 * evaluation at `best_global_step` that holds that value; its direction is `greater_is_better` when the file
 * states it, else the name's. Everything else (learning rates, step counters, FLOs) is not a metric.
 */
function parseTrainerState(data, file) {
    const history = data.log_history;
    const lastIndex = history.findLastIndex((entry) => (0,json/* isJsonObject */.OW)(entry) && Object.keys(entry).some((key) => key.startsWith('eval_')));
    const metrics = [];
    if (lastIndex >= 0) {
        const entry = history[lastIndex];
        const where = (0,json/* childPath */.cm)('$.log_history', lastIndex);
        for (const [key, value] of Object.entries(entry)) {
            if (typeof value !== 'number')
                continue;
            const bookkeeping = bookkeepingWord(key);
            // The evaluation's metrics, and its step and epoch as context; nothing else such an entry may hold.
            if (!key.startsWith('eval_') && bookkeeping !== 'step' && bookkeeping !== 'epoch')
                continue;
            metrics.push({
                name: key,
                value,
                direction: (0,catalogue/* inferDirection */._w)(key),
                path: (0,json/* childPath */.cm)(where, key),
            });
        }
    }
    const best = bestMetric(data, history);
    if (best)
        metrics.push(best);
    if (metrics.length === 0) {
        throw new errors/* InputError */.d('is a Trainer state with no evaluation in log_history and no best_metric: evaluate during training (eval_strategy) or gate eval_results.json', { file, jsonPath: '$.log_history' });
    }
    return metrics;
}
/** `best_metric` under the name of the metric it is, when the file says or its evaluation entry shows which. */
function bestMetric(data, history) {
    const value = data.best_metric;
    if (typeof value !== 'number')
        return undefined;
    const stated = typeof data.metric_for_best_model === 'string' ? data.metric_for_best_model : undefined;
    const name = stated === undefined ? nameOfBest(value, data, history) : withEvalPrefix(stated);
    const greater = data.greater_is_better;
    return {
        name: `best/${name ?? 'metric'}`,
        value,
        direction: typeof greater === 'boolean'
            ? greater
                ? 'higher-is-better'
                : 'lower-is-better'
            : (0,catalogue/* inferDirection */._w)(name ?? ''),
        ...(typeof greater === 'boolean' ? { directionStated: true } : {}),
        path: '$.best_metric',
    };
}
/** The Trainer prefixes `metric_for_best_model` with `eval_` unless it already is. */
function withEvalPrefix(name) {
    return name.startsWith('eval_') ? name : `eval_${name}`;
}
/** The `eval_*` key equal to the best value in the evaluation of the best step, when exactly one is. */
function nameOfBest(value, data, history) {
    const step = typeof data.best_global_step === 'number'
        ? data.best_global_step
        : Number(/checkpoint-(\d+)$/.exec(String(data.best_model_checkpoint))?.[1]);
    const keys = history
        .filter((entry) => (0,json/* isJsonObject */.OW)(entry) && entry.step === step)
        .flatMap((entry) => Object.keys(entry).filter((key) => key.startsWith('eval_') && entry[key] === value));
    return keys.length === 1 ? keys[0] : undefined;
}

// EXTERNAL MODULE: ./src/core/metrics-files/types.ts
var types = __nccwpck_require__(8254);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __nccwpck_require__(7239);
;// CONCATENATED MODULE: ./src/core/metrics-files/directions.ts



const DIRECTIONS = ['higher-is-better', 'lower-is-better'];
/**
 * Takes the direction rules out of the `thresholds` text: on a line `METRIC: RULE[, RULE]`, a rule
 * `lower-is-better` or `higher-is-better` sets the direction of the metrics read from metrics files that the
 * pattern matches. The rest of the text (other rules, and every line number) is left for `parseThresholds`; a line
 * holding only a direction becomes blank.
 */
function splitDirectionRules(text) {
    const rules = [];
    const lines = text.split(/\r?\n/).map((raw, index) => {
        const source = raw.trim();
        const colon = source.indexOf(':');
        if (source === '' || source.startsWith('#') || colon <= 0)
            return raw;
        const pattern = source.slice(0, colon).trim();
        const parts = source
            .slice(colon + 1)
            .split(',')
            .map((part) => part.trim());
        const directions = parts.filter((part) => DIRECTIONS.includes(part));
        if (directions.length === 0)
            return raw;
        if (directions.length > 1) {
            throw new errors/* InputError */.d(`${(0,thresholds/* thresholdsLine */.hN)(index, raw)}: give one direction, not ${directions.join(' and ')}`);
        }
        if (!/^[\w.*/-]+$/.test(pattern)) {
            throw new errors/* InputError */.d(`${(0,thresholds/* thresholdsLine */.hN)(index, raw)}: ${JSON.stringify(pattern)} is not a metric name or glob`);
        }
        rules.push({ pattern, direction: directions[0] });
        const rest = parts.filter((part) => !DIRECTIONS.includes(part));
        return rest.length === 0 ? '' : `${pattern}: ${rest.join(', ')}`;
    });
    return { rules, thresholds: lines.join('\n') };
}
/**
 * The direction a rule gives a metric, or undefined when none matches. A rule matches the whole name or any one of
 * its segments (split at `/` and `.`), so `loss` covers `test.loss`, DVC's `loss.train` and `eval/loss`. Like
 * threshold rules, the most specific rule wins: the whole name beats a segment, an exact segment beats a glob, a
 * longer glob a shorter one, and among equals the later line.
 */
function ruleDirection(name, rules) {
    const segments = name.split(/[/.]/);
    let best;
    for (const rule of rules) {
        const rank = rule.pattern === name
            ? 3e6
            : segments.includes(rule.pattern)
                ? 2e6
                : (0,glob/* globMatches */.m)(rule.pattern, name) || segments.some((segment) => (0,glob/* globMatches */.m)(rule.pattern, segment))
                    ? rule.pattern.replaceAll('*', '').length
                    : undefined;
        if (rank === undefined)
            continue;
        if (best === undefined || rank >= best.rank)
            best = { rule, rank };
    }
    return best?.rule.direction;
}

;// CONCATENATED MODULE: ./src/core/metrics-files/select.ts





/**
 * Chooses the metrics of the files that the run reports and gates, and settles each one's direction:
 * - with no `select` patterns every metric is taken, except bookkeeping and counts (`optIn`: step counters,
 *   runtimes, promptfoo's `failures`), which are shown but not gated; with patterns, those matching a pattern (bookkeeping only when the pattern contains its
 *   word, e.g. `eval_runtime`); each pattern must match something, and each file must give at least one metric;
 * - a `directions` rule beats the file's own direction; a metric whose direction nothing gives is marked
 *   `directionAssumed`, and one warning lists them all;
 * - a value that is NaN or infinite (lm-evaluation-harness writes them) is shown as not a number, with a warning
 *   naming its file and JSON path, and not gated: a baseline that has it finds it missing;
 * - two metrics with one name (from two files, or a file and the predictions) are an error, never a silent pick.
 */
function selectFileMetrics(files, select, rules) {
    const used = new Set();
    const selection = { metrics: [], shown: [], warnings: [] };
    const byName = new Map();
    for (const { file, format, metrics } of files) {
        let taken = 0;
        for (const metric of metrics) {
            const patterns = select.filter((pattern) => (0,glob/* globMatches */.m)(pattern, metric.name) && (metric.optIn === undefined || pattern.includes(metric.optIn)));
            if (select.length > 0 && patterns.length === 0)
                continue;
            patterns.forEach((pattern) => used.add(pattern));
            const rule = ruleDirection(metric.name, rules);
            const assumed = rule === undefined && !metric.directionStated && (0,catalogue/* nameDirection */.Br)(metric.name) === undefined;
            const selected = {
                ...metric,
                direction: rule ?? metric.direction,
                file,
                format,
                ...(assumed ? { directionAssumed: true } : {}),
            };
            if (select.length === 0 && metric.optIn !== undefined) {
                selection.shown.push({ ...selected, notGated: metric.tally ? 'count' : 'bookkeeping' });
                continue;
            }
            if (!Number.isFinite(metric.value)) {
                selection.shown.push({ ...selected, notGated: 'not a number' });
                selection.warnings.push(`${file} at ${metric.path}: metric ${JSON.stringify(metric.name)} is ${String(metric.value)}, not a number; it is not gated`);
                continue;
            }
            const earlier = byName.get(metric.name);
            if (earlier !== undefined) {
                throw new errors/* InputError */.d(`metric ${JSON.stringify(metric.name)} is also in ${earlier.file} at ${earlier.path}; metric names must be unique across metrics files (use metrics-select to keep one)`, { file, jsonPath: metric.path });
            }
            byName.set(metric.name, selected);
            selection.metrics.push(selected);
            taken++;
        }
        if (taken === 0)
            throw nothingTaken(file, metrics, select, selection.shown);
    }
    const unused = select.filter((pattern) => !used.has(pattern));
    if (unused.length > 0) {
        throw new errors/* InputError */.d(`input "metrics-select": ${unused.map((p) => JSON.stringify(p)).join(', ')} matched no metric in the metrics files`);
    }
    const assumed = selection.metrics.filter((m) => m.directionAssumed).map((m) => m.name);
    if (assumed.length > 0) {
        selection.warnings.push(`direction assumed higher is better for ${assumed.map((n) => JSON.stringify(n)).join(', ')}: neither the file nor the name says; add "NAME: lower-is-better" (or higher-is-better) to thresholds`);
    }
    return selection;
}
function nothingTaken(file, metrics, select, shown) {
    // A chosen metric that is not a number says more than "nothing matched".
    const notNumber = shown.find((m) => m.file === file && m.notGated === 'not a number');
    if (notNumber !== undefined) {
        return new errors/* InputError */.d(`the value of metric ${JSON.stringify(notNumber.name)} is ${String(notNumber.value)}, not a number, and ${select.length > 0 ? 'metrics-select chooses no other metric of the file' : 'the file has no other metric'}`, { file, jsonPath: notNumber.path });
    }
    const names = metrics
        .slice(0, 8)
        .map((m) => m.name)
        .join(', ');
    const more = metrics.length > 8 ? `, … ${metrics.length - 8} more` : '';
    if (select.length > 0) {
        return new errors/* InputError */.d(`none of its ${metrics.length} metrics matches metrics-select (${select.join(', ')}); it has ${names}${more}`, { file });
    }
    return new errors/* InputError */.d(`has only bookkeeping values (${names}${more}), no metrics; name them in metrics-select to gate on them`, { file });
}
/**
 * The baseline's values without those this run shows but does not gate (bookkeeping, counts): a baseline recorded
 * when they were gated, or by hand, must not make them "missing" regressions. A value that is not a number stays:
 * the run did not produce that metric.
 */
function withoutShown(baseline, shown = []) {
    const notGated = new Set(shown.filter((m) => m.notGated !== 'not a number').map((m) => m.name));
    if (baseline === undefined || notGated.size === 0)
        return baseline;
    return (0,own/* ownRecord */.MY)(Object.entries(baseline).filter(([name]) => !notGated.has(name)));
}

;// CONCATENATED MODULE: ./src/core/metrics-files/index.ts














/** Spellings `metrics-format` accepts besides the format names themselves. */
const ALIASES = {
    'lm-evaluation-harness': 'lm-eval',
    lm_eval: 'lm-eval',
    hf: 'hf-trainer',
    huggingface: 'hf-trainer',
    transformers: 'hf-trainer',
    inspect: 'inspect-ai',
    inspect_ai: 'inspect-ai',
    dvc: 'generic',
    json: 'generic',
    yaml: 'generic',
};
/** The `metrics-format` input: `auto` (or empty) detects each file's format; anything else must be a format. */
function parseMetricsFormat(text) {
    const value = text.trim().toLowerCase();
    if (value === '' || value === 'auto')
        return undefined;
    const format = types/* METRICS_FORMATS */.U.includes(value)
        ? value
        : ALIASES[value];
    if (format === undefined) {
        throw new errors/* InputError */.d(`input "metrics-format": unknown format ${JSON.stringify(text.trim())}; use auto, ${types/* METRICS_FORMATS */.U.join(', ')} (dvc is generic)`);
    }
    return format;
}
/** How a metrics file's text is read, from its extension. */
function syntaxOf(file) {
    const extension = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0];
    if (extension === '.json')
        return 'json';
    if (extension === '.yaml' || extension === '.yml')
        return 'yaml';
    throw new errors/* InputError */.d(`unknown metrics file format: cannot tell it from the extension ${extension === undefined ? '(none)' : JSON.stringify(extension)}; metrics files are .json, .yaml or .yml`, { file });
}
/**
 * Reads one metrics file: parses its JSON or YAML, tells its format (or takes `format`), and lists the metrics it
 * states. Throws `InputError` naming the file (and the JSON path or line) when it cannot be read, is not of the
 * forced format, or states no numbers at all.
 */
function readMetricsFile(text, file, format, maxStringLength) {
    const data = syntaxOf(file) === 'json'
        ? (0,json/* parseLenientJson */.Ri)(text, file, {}, maxStringLength)
        : parseYamlDocument(text, file);
    const found = format ?? detectFormat(data, file);
    if (format !== undefined && format !== 'generic' && !((0,json/* isJsonObject */.OW)(data) && matches(format, data, file))) {
        throw new errors/* InputError */.d(`is not ${types/* FORMAT_NAMES */.B[format]} (metrics-format is ${format}): ${SHAPES[format]}`, {
            file,
        });
    }
    const metrics = parseAs(found, data, file).map(markBookkeeping);
    if (metrics.length > MAX_FILE_METRICS)
        throw tooManyMetrics(file);
    if (metrics.length === 0) {
        throw new errors/* InputError */.d(`has no numeric metrics (read as ${types/* FORMAT_NAMES */.B[found]})`, { file });
    }
    for (const metric of metrics) {
        if (metric.name.length > MAX_METRIC_NAME) {
            throw new errors/* InputError */.d(`a metric name is ${metric.name.length} characters long; metric names are at most ${MAX_METRIC_NAME}`, { file, jsonPath: metric.path.length > 80 ? `${metric.path.slice(0, 80)}…` : metric.path });
        }
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(metric.name)) {
            throw new errors/* InputError */.d('a metric name must be a single line of text', { file, jsonPath: metric.path });
        }
    }
    const subset = found === 'lm-eval' ? lmEvalSubset(data) : undefined;
    return { file, format: found, metrics, ...(subset !== undefined ? { subset } : {}) };
}
/** Longest metric name read from a file: names go into every report line and are matched against globs. */
const MAX_METRIC_NAME = 1000;
const SHAPES = {
    'lm-eval': 'expected "results" with one object per task, beside "versions" or "configs"',
    promptfoo: 'expected "results.results" (an array) and "results.stats"',
    'hf-trainer': 'expected one flat object of numbers with eval_/train_/predict_ keys, or a trainer_state.json with "log_history"',
    'inspect-ai': 'expected "version", "status" and "eval.task"',
};
/** The format of a parsed document; anything not recognised is read as generic metrics. */
function detectFormat(data, file) {
    if (!(0,json/* isJsonObject */.OW)(data))
        return 'generic';
    for (const format of ['promptfoo', 'inspect-ai', 'lm-eval', 'hf-trainer']) {
        if (matches(format, data, file))
            return format;
    }
    return 'generic';
}
function matches(format, data, file) {
    switch (format) {
        case 'promptfoo':
            return looksLikePromptfoo(data);
        case 'inspect-ai':
            return looksLikeInspect(data);
        case 'lm-eval':
            return looksLikeLmEval(data);
        case 'hf-trainer':
            return looksLikeHfTrainer(data, file) || looksLikeTrainerState(data);
    }
}
function parseAs(format, data, file) {
    switch (format) {
        case 'promptfoo':
            return parsePromptfoo(data, file);
        case 'inspect-ai':
            return parseInspect(data, file);
        case 'lm-eval':
            return parseLmEval(data, file);
        case 'hf-trainer':
            return looksLikeTrainerState(data)
                ? parseTrainerState(data, file)
                : parseHfTrainer(data);
        case 'generic':
            return parseGeneric(data, file);
    }
}
/**
 * Parses a YAML metrics file. Only YAML's plain data is read: a tag (`!!binary`, `!!js/function`, `!custom`) is
 * refused rather than read as text, and every problem, the alias-bomb guard's included, names the file.
 */
function parseYamlDocument(text, file) {
    if (text.trim() === '')
        throw new errors/* InputError */.d('is empty: expected a YAML document', { file });
    let data;
    try {
        // The library's own check of unique keys compares every key with every other: 100,000 keys took 54 s.
        const document = (0,dist/* parseDocument */.Tp)(text, {
            uniqueKeys: false,
            schema: 'core',
            resolveKnownTags: false,
            prettyErrors: true,
        });
        const problem = document.errors[0] ?? document.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
        if (problem !== undefined)
            throw problem;
        refuseRepeatedYamlKeys(document, text, file);
        data = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw yamlError(error, file);
    }
    return toJsonValue(data);
}
/** A key given twice in one map, found in linear time; keys compare as the JSON object keys they become. */
function refuseRepeatedYamlKeys(document, text, file) {
    (0,dist/* visit */.YR)(document, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                const name = (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
                if (seen.has(name)) {
                    const offset = (0,dist/* isScalar */.jn)(key) ? (key.range?.[0] ?? 0) : 0;
                    const line = text.slice(0, offset).split('\n').length;
                    throw new errors/* InputError */.d('is not valid YAML: Map keys must be unique', { file, line });
                }
                seen.add(name);
            }
        },
    });
}
function yamlError(error, file) {
    if (error instanceof errors/* InputError */.d)
        return error;
    if (error instanceof RangeError)
        return new errors/* InputError */.d('is not valid YAML: it nests too deeply', { file });
    if (!(error instanceof dist/* YAMLError */.IP)) {
        // The library's guard against alias bombs throws a plain ReferenceError.
        return new errors/* InputError */.d(`is refused: ${error.message.split('\n')[0]}`, { file });
    }
    const line = error.linePos?.[0].line;
    let problem = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (error.code === 'RESOURCE_EXHAUSTION')
        problem = 'it nests too deeply';
    if (error.code === 'TAG_RESOLVE_FAILED') {
        problem = `${problem.replace('Unresolved tag: ', 'tag ').replace('tag:yaml.org,2002:', '!!')} is not allowed: metrics files hold plain numbers, strings, lists and maps`;
    }
    return new errors/* InputError */.d(`is not valid YAML: ${problem}`, { file, ...(line !== undefined ? { line } : {}) });
}
/** A YAML value as the JSON reader would give it: prototype-less objects; anything else YAML has (dates) is text. */
function toJsonValue(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map(toJsonValue);
    if (typeof value === 'object') {
        const object = Object.create(null);
        for (const [key, item] of Object.entries(value))
            object[key] = toJsonValue(item);
        return object;
    }
    return String(value);
}


/***/ }),

/***/ 1401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   Ri: () => (/* binding */ parseLenientJson),
/* harmony export */   _1: () => (/* binding */ shortPath),
/* harmony export */   cm: () => (/* binding */ childPath),
/* harmony export */   y6: () => (/* binding */ describeJsonKind)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, MAX_JSON_STRING */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _readers_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8316);


/**
 * Parses a metrics file's JSON. Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` for non-finite
 * floats, which `JSON.parse` rejects with a syntax error that names no key; this parser reads them as numbers so
 * that the caller can refuse the value with its JSON path. A key given twice in one object is an error (the file
 * would mean two things), and a syntax error names its line and column.
 */
function parseLenientJson(text, file, within = {}, maxStringLength = MAX_JSON_STRING) {
    return new Parser(text, file, within, maxStringLength).document();
}
/** `$.results.hellaswag["acc,none"]`: the JSON path of a key below `parent`. */
function childPath(parent, key) {
    if (typeof key === 'number')
        return `${parent}[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
/** A JSON path cut to about 100 characters, at a step, for an error line. */
function shortPath(path) {
    if (path.length <= 100)
        return path;
    let cut = path.slice(0, 100);
    if (path[100] !== '[' && path[100] !== '.')
        cut = cut.slice(0, Math.max(cut.lastIndexOf('['), cut.lastIndexOf('.')));
    return `${cut}…`;
}
/**
 * A value by its kind, for an error saying what was found instead: `a string`, `an object`, `Infinity`, `0.5`.
 * Never a string's text or an object's contents, which may be megabytes (or secrets) taken from the file.
 */
function describeJsonKind(value) {
    if (typeof value === 'number' || typeof value === 'boolean' || value === null)
        return String(value);
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : 'a string';
    if (Array.isArray(value))
        return 'an array';
    if (value === undefined)
        return 'nothing';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/**
 * Deepest nesting of objects and arrays a metrics file may have: the parser recurses, and real files nest a few
 * levels (lm-eval's results: 4).
 */
const MAX_JSON_DEPTH = 500;
/** Longest string or key, in UTF-16 units: bounded like a record of a prediction file (16 MiB). */
const MAX_JSON_STRING = _readers_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR;
class Parser {
    text;
    file;
    within;
    maxStringLength;
    at = 0;
    depth = 0;
    constructor(text, file, within, maxStringLength) {
        this.text = text;
        this.file = file;
        this.within = within;
        this.maxStringLength = maxStringLength;
        // A UTF-8 byte-order mark is not part of the document.
        if (text.charCodeAt(0) === 0xfeff)
            this.at = 1;
    }
    document() {
        this.space();
        if (this.at >= this.text.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('is empty: expected a JSON document', { file: this.file });
        const value = this.value(this.within.root ?? '$');
        this.space();
        if (this.at < this.text.length)
            this.fail('unexpected text after the JSON document');
        return value;
    }
    value(path) {
        this.space();
        const char = this.text[this.at];
        if (char === '{' || char === '[') {
            if (++this.depth > MAX_JSON_DEPTH) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`nests deeper than ${MAX_JSON_DEPTH} levels`, {
                    file: this.file,
                    jsonPath: shortPath(path),
                });
            }
            const value = char === '{' ? this.object(path) : this.array(path);
            this.depth--;
            return value;
        }
        if (char === '"')
            return this.string();
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            return this.number();
        for (const [word, value] of [
            ['true', true],
            ['false', false],
            ['null', null],
            ['NaN', NaN],
            ['Infinity', Infinity],
        ]) {
            if (this.text.startsWith(word, this.at)) {
                this.at += word.length;
                return value;
            }
        }
        return this.fail(char === undefined ? 'unexpected end of the file' : `unexpected ${JSON.stringify(char)}`);
    }
    object(path) {
        const object = Object.create(null);
        this.at++;
        this.space();
        if (this.text[this.at] === '}') {
            this.at++;
            return object;
        }
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                this.fail('expected a quoted key');
            const key = this.string();
            this.space();
            if (this.text[this.at] !== ':')
                this.fail('expected ":" after a key');
            this.at++;
            const keyPath = childPath(path, key);
            if (Object.hasOwn(object, key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('the key is given twice in one object', {
                    file: this.file,
                    ...(this.within.line !== undefined ? { line: this.within.line } : {}),
                    jsonPath: keyPath,
                });
            }
            object[key] = this.value(keyPath);
            this.space();
            const next = this.text[this.at++];
            if (next === '}')
                return object;
            if (next !== ',')
                this.fail('expected "," or "}"', this.at - 1);
        }
    }
    array(path) {
        const array = [];
        this.at++;
        this.space();
        if (this.text[this.at] === ']') {
            this.at++;
            return array;
        }
        for (;;) {
            array.push(this.value(childPath(path, array.length)));
            this.space();
            const next = this.text[this.at++];
            if (next === ']')
                return array;
            if (next !== ',')
                this.fail('expected "," or "]"', this.at - 1);
        }
    }
    string() {
        const start = this.at;
        this.at++;
        let out = '';
        let run = this.at;
        for (;;) {
            const code = this.text.charCodeAt(this.at);
            if (Number.isNaN(code))
                this.fail('unterminated string', start);
            if (code === 0x22) {
                if (this.at - start > this.maxStringLength)
                    this.refuseLongString(start);
                out += this.text.slice(run, this.at);
                this.at++;
                return out;
            }
            if (code < 0x20)
                this.fail('control character in a string');
            if (code === 0x5c) {
                out += this.text.slice(run, this.at);
                const escape = this.text[this.at + 1];
                if (escape === 'u') {
                    const hex = this.text.slice(this.at + 2, this.at + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('invalid \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.at += 6;
                }
                else {
                    const replacement = escape === undefined ? undefined : ESCAPES[escape];
                    if (replacement === undefined)
                        this.fail('invalid escape in a string');
                    out += replacement;
                    this.at += 2;
                }
                run = this.at;
                continue;
            }
            this.at++;
        }
    }
    number() {
        if (this.text.startsWith('-Infinity', this.at)) {
            this.at += '-Infinity'.length;
            return -Infinity;
        }
        const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        match.lastIndex = this.at;
        const found = match.exec(this.text);
        if (!found)
            return this.fail('invalid number');
        this.at += found[0].length;
        return Number(found[0]);
    }
    space() {
        while (this.at < this.text.length) {
            const char = this.text[this.at];
            if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
                this.at++;
            else
                break;
        }
    }
    refuseLongString(start) {
        return this.fail(`a string is ${this.at - start - 1} characters long, more than the ${this.maxStringLength} one string may hold`, start, '');
    }
    fail(problem, offset = this.at, prefix = 'is not valid JSON: ') {
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < offset && i < this.text.length; i++) {
            if (this.text[i] === '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${prefix}${problem} at column ${offset - lineStart + 1}`, {
            file: this.file,
            line,
        });
    }
}


/***/ }),

/***/ 4345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ metricsFileModels),
/* harmony export */   yt: () => (/* binding */ fileMetricInterval)
/* harmony export */ });
/* unused harmony export POOLED_MODEL */
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1759);


/** The leaderboard row of a file's pooled figures (e.g. promptfoo's pass rate over every provider). */
const POOLED_MODEL = 'all (pooled)';
/**
 * The models a metrics file compares (promptfoo's providers, or its prompts), as leaderboard models: each with its
 * own figures under their short name (`pass_rate`), its count as rows, and its interval (`fileMetricInterval`, as
 * the gate's, so a model's interval is the same wherever it is shown). The pooled figures are the
 * candidate row. Undefined when no file names two models or more.
 */
function metricsFileModels(metrics, statistics) {
    const owned = metrics.filter((m) => m.model !== undefined);
    const names = [...new Set(owned.map((m) => m.model))];
    if (names.length < 2)
        return undefined;
    const shortNames = new Set(owned.map(shortName));
    const model = (name, own) => {
        const values = {};
        const intervals = {};
        for (const metric of own) {
            const short = shortName(metric);
            values[short] = metric.value;
            const interval = statistics?.significance !== undefined && fileMetricInterval(metric, statistics.confidence);
            if (interval)
                intervals[short] = interval;
        }
        const rows = own.find((m) => m.count !== undefined)?.count;
        return { name, metrics: values, intervals, ...(rows !== undefined ? { rows } : {}) };
    };
    const pooled = metrics.filter((m) => m.model === undefined && shortNames.has(m.name));
    return {
        candidate: POOLED_MODEL,
        models: [
            model(POOLED_MODEL, pooled),
            ...names.map((name) => model(name, owned.filter((m) => m.model === name))),
        ],
    };
}
/** `provider/openai-gpt-4o/pass_rate` → `pass_rate`: the figure's name within its model. */
function shortName(metric) {
    return metric.name.slice(metric.name.lastIndexOf('/') + 1);
}
/**
 * The interval of a metric read from a file, at the confidence level: a proportion of known n (a pass rate) gets
 * the Wilson score interval, which stays inside [0, 1]; any other metric with a standard error gets value ± z·SE.
 */
function fileMetricInterval(metric, confidence) {
    if (metric.proportion && metric.count) {
        // The stats module's Wilson interval (from the count of successes); clamped for the rounding of p·n.
        const { lower, upper } = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wilsonInterval */ .Fy)(metric.value * metric.count, metric.count, confidence);
        return { estimate: metric.value, lower: Math.max(0, lower), upper: Math.min(1, upper) };
    }
    if (metric.stderr === undefined)
        return undefined;
    const half = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(0.5 + confidence / 2) * metric.stderr;
    return { estimate: metric.value, lower: metric.value - half, upper: metric.value + half };
}


/***/ }),

/***/ 8254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FORMAT_NAMES),
/* harmony export */   U: () => (/* binding */ METRICS_FORMATS)
/* harmony export */ });
/** The metrics-file formats eval-gate reads; `metrics-format` names one to skip detection. */
const METRICS_FORMATS = ['lm-eval', 'promptfoo', 'hf-trainer', 'inspect-ai', 'generic'];
/** What each format is, for messages and the report. */
const FORMAT_NAMES = {
    'lm-eval': 'lm-evaluation-harness results',
    promptfoo: 'promptfoo output',
    'hf-trainer': 'Hugging Face Trainer metrics',
    'inspect-ai': 'Inspect eval log',
    generic: 'JSON/YAML metrics (flattened)',
};


/***/ }),

/***/ 29:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ classificationMetrics)
/* harmony export */ });
/** `num / den`, or 0 when `den` is 0: scikit-learn's `zero_division=0`. */
function divide(num, den) {
    return den === 0 ? 0 : num / den;
}
/** F-score exactly as scikit-learn 1.2 computes it: from the already-divided precision and recall. */
function fScore(precision, recall) {
    const denominator = precision + recall;
    return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}
function mean(values) {
    return values.length === 0 ? 0 : sum(values) / values.length;
}
function sum(values) {
    let total = 0;
    for (const value of values)
        total += value;
    return total;
}
/**
 * Computes the classification metrics of scikit-learn (`accuracy_score`, `balanced_accuracy_score` and
 * `precision_recall_fscore_support` with `zero_division=0`) from a confusion matrix. The labels are those of the
 * matrix (the sorted union of gold and predicted labels). With a `positiveLabel` the binary metrics are added; the
 * caller has checked that the task has at most two labels.
 */
function classificationMetrics(matrix, positiveLabel) {
    const { labels, counts, total } = matrix;
    const tp = labels.map((_, i) => counts[i][i]);
    const trueSum = counts.map((row) => sum(row));
    const predSum = labels.map((_, j) => sum(counts.map((row) => row[j])));
    const perClass = labels.map((label, i) => {
        const precision = divide(tp[i], predSum[i]);
        const recall = divide(tp[i], trueSum[i]);
        return {
            label,
            precision,
            recall,
            f1: fScore(precision, recall),
            support: trueSum[i],
            predicted: predSum[i],
        };
    });
    const values = {};
    const correct = sum(tp);
    values.accuracy = divide(correct, total);
    // Classes never seen in the gold labels have no recall and are left out, as scikit-learn does.
    values.balanced_accuracy = mean(perClass.filter((c) => c.support > 0).map((c) => c.recall));
    const microPrecision = divide(correct, sum(predSum));
    const microRecall = divide(correct, sum(trueSum));
    values.precision_micro = microPrecision;
    values.recall_micro = microRecall;
    values.f1_micro = fScore(microPrecision, microRecall);
    const totalSupport = sum(trueSum);
    for (const key of ['precision', 'recall', 'f1']) {
        const scores = perClass.map((c) => c[key]);
        values[`${key}_macro`] = mean(scores);
        values[`${key}_weighted`] = divide(sum(perClass.map((c) => c[key] * c.support)), totalSupport);
    }
    if (positiveLabel !== undefined) {
        // A positive class that never occurs has all-zero counts, as in scikit-learn.
        const positive = perClass.find((c) => c.label === positiveLabel);
        values.precision = positive?.precision ?? 0;
        values.recall = positive?.recall ?? 0;
        values.f1 = positive?.f1 ?? 0;
    }
    const zeroDivision = perClass
        .filter((c) => c.predicted === 0 || c.support === 0)
        .map((c) => ({ label: c.label, precision: c.predicted === 0, recall: c.support === 0 }));
    return { values, perClass, zeroDivision };
}


/***/ }),

/***/ 2974:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ CompensatedSum),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Wu: () => (/* binding */ Sum),
/* harmony export */   oq: () => (/* binding */ NumberColumn)
/* harmony export */ });
/** Values per chunk of a `NumberColumn`: 512 KiB of float64. */
const CHUNK = 65_536;
/**
 * A column of float64 values that grows a fixed-size chunk at a time, so appending never copies what is already
 * stored and memory is 8 bytes per value plus at most one chunk (a doubling array would briefly need 24). When the
 * number of values is known in advance, they go into one array of that size, which `drain` hands over as it is.
 */
class NumberColumn {
    expected;
    chunks = [];
    last = new Float64Array(0);
    used = 0;
    size = 0;
    /** `expected`: how many values will come, when known (e.g. from the confusion matrix). */
    constructor(expected = 0) {
        this.expected = expected;
    }
    push(value) {
        if (this.used === this.last.length) {
            this.last = new Float64Array(this.chunks.length === 0 && this.expected > 0 ? this.expected : CHUNK);
            this.chunks.push(this.last);
            this.used = 0;
        }
        this.last[this.used++] = value;
        this.size++;
    }
    get length() {
        return this.size;
    }
    /** Calls `visit` with every value in order. */
    forEach(visit) {
        let left = this.size;
        for (const chunk of this.chunks) {
            const n = Math.min(left, chunk.length);
            for (let i = 0; i < n; i++)
                visit(chunk[i]);
            left -= n;
        }
    }
    /**
     * Moves the values into one array and empties the column. A single full array (the expected size) is handed over
     * without a copy; otherwise each chunk is dropped as soon as it is copied, so the values are never held twice
     * over, beyond one chunk.
     */
    drain() {
        const only = this.chunks.length === 1 && this.chunks[0].length === this.size ? this.chunks[0] : undefined;
        const out = only ?? new Float64Array(this.size);
        let at = 0;
        let left = only ? 0 : this.size;
        while (left > 0) {
            const chunk = this.chunks.shift();
            const n = Math.min(left, chunk.length);
            out.set(n === chunk.length ? chunk : chunk.subarray(0, n), at);
            at += n;
            left -= n;
        }
        this.chunks = [];
        this.last = new Float64Array(0);
        this.used = 0;
        this.size = 0;
        return out;
    }
}
/**
 * An exact sum, rounded once: Shewchuk's algorithm as Python's `math.fsum` runs it. The running total is kept as
 * non-overlapping partial sums whose exact total is the exact sum of everything added, and `value` rounds that
 * total correctly. The result therefore depends neither on the order of the additions nor on how they were split
 * between sums that were later merged: a sharded evaluation gets the very bits of a single run. It is also at least
 * as close to the true mean as numpy's pairwise sum.
 */
class Sum {
    /** Non-overlapping partials, smallest magnitude first; `partials[0, used)` are live. */
    partials = new Float64Array(4);
    used = 0;
    /** Infinities and NaNs added, and totals that overflowed: 0 while everything is finite. */
    special = 0;
    add(value) {
        if (!Number.isFinite(value)) {
            this.special += value;
            return;
        }
        const partials = this.partials;
        let x = value;
        let kept = 0;
        for (let k = 0; k < this.used; k++) {
            let y = partials[k];
            if (Math.abs(x) < Math.abs(y)) {
                const t = x;
                x = y;
                y = t;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                partials[kept++] = lo;
            x = hi;
        }
        if (!Number.isFinite(x)) {
            // Two finite numbers overflowed: the total is that infinity, as in plain floating point.
            this.special += x;
            this.used = 0;
            return;
        }
        if (x !== 0) {
            if (kept === partials.length)
                this.grow();
            this.partials[kept++] = x;
        }
        this.used = kept;
    }
    /** Adds everything another sum holds: the result is exactly the one of adding its values here. */
    merge(other) {
        for (const value of other.state())
            this.add(value);
    }
    /**
     * Numbers whose exact total is this sum (a non-finite sum is that one value): what a shard writes out.
     * `Sum.fromState(sum.state())` has the same value as `sum`, and merges the same.
     */
    state() {
        return this.special !== 0 ? [this.special] : Array.from(this.partials.subarray(0, this.used));
    }
    /** A sum of the numbers of a `state()` (any numbers: they are added exactly). */
    static fromState(state) {
        const sum = new Sum();
        for (const value of state)
            sum.add(value);
        return sum;
    }
    /** The exact total rounded to the nearest double (ties to even), as `math.fsum` rounds it. */
    get value() {
        if (this.special !== 0)
            return this.special;
        const partials = this.partials;
        let n = this.used;
        if (n === 0)
            return 0;
        let hi = partials[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        // Half-way cases: `lo` was rounded to even, but the partials below it say which way the exact total lies.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
    grow() {
        const partials = new Float64Array(this.partials.length * 2);
        partials.set(this.partials);
        this.partials = partials;
    }
}
/** The median as numpy computes it: the middle value, or the mean of the two middle ones. Sorts `values`. */
function median(values) {
    values.sort();
    const n = values.length;
    const mid = n >> 1;
    return n % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}
/**
 * Neumaier's compensated sum: error about one ulp of the total, whatever the order and signs of the terms. Cheaper
 * per addition than `Sum`; what a bootstrap replicate needs (~1e-15), where `Sum`'s exactness buys nothing.
 */
class CompensatedSum {
    sum = 0;
    compensation = 0;
    add(value) {
        const t = this.sum + value;
        if (Math.abs(this.sum) >= Math.abs(value))
            this.compensation += this.sum - t + value;
        else
            this.compensation += value - t + this.sum;
        this.sum = t;
    }
    get value() {
        return this.sum + this.compensation;
    }
}


/***/ }),

/***/ 7424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   fn: () => (/* binding */ percentageError),
/* harmony export */   gE: () => (/* binding */ RegressionAccumulator)
/* harmony export */ });
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2974);

/** numpy's `finfo(float64).eps`: scikit-learn's floor for |y_true| in the MAPE denominator. */
const EPSILON = 2 ** -52;
/** One row's MAPE term: |error| / max(|gold|, eps), as scikit-learn's `mean_absolute_percentage_error`. */
function percentageError(absoluteError, gold) {
    return absoluteError / Math.max(Math.abs(gold), EPSILON);
}
/**
 * Accumulates (gold, predicted) pairs and computes scikit-learn's regression metrics from them:
 * `mean_absolute_error`, `mean_squared_error` (and its square root), `r2_score`,
 * `mean_absolute_percentage_error`, `max_error` and `median_absolute_error`. The median and R² need the values
 * again, so the gold values and the absolute errors are kept: 16 bytes per row in typed arrays. Every sum is exact
 * (see `Sum`), so the metrics depend only on the multiset of rows, not on their order.
 */
class RegressionAccumulator {
    gold = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    errors = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    absolute = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu();
    squared = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu();
    percentage = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu();
    goldSum = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu();
    maxError = 0;
    keepRows;
    /** With `keepRows`, the rows `result()` drained. */
    kept;
    constructor(options = {}) {
        this.keepRows = options.keepRows === true;
    }
    add(gold, predicted) {
        const error = Math.abs(predicted - gold);
        this.gold.push(gold);
        this.errors.push(error);
        this.absolute.add(error);
        this.squared.add(error * error);
        this.percentage.add(percentageError(error, gold));
        this.goldSum.add(gold);
        if (error > this.maxError)
            this.maxError = error;
    }
    get rows() {
        return this.gold.length;
    }
    /** What the accumulator holds, for a shard's statistics file; the accumulator is left as it was. */
    state() {
        return {
            gold: sortedCopy(this.gold),
            absoluteErrors: sortedCopy(this.errors),
            absoluteSum: this.absolute.state(),
            squaredSum: this.squared.state(),
            percentageSum: this.percentage.state(),
            goldSum: this.goldSum.state(),
            maxError: this.maxError,
        };
    }
    /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
    static fromState(state) {
        const accumulator = new RegressionAccumulator();
        for (const value of state.gold)
            accumulator.gold.push(value);
        for (const value of state.absoluteErrors)
            accumulator.errors.push(value);
        accumulator.absolute.merge(_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu.fromState(state.absoluteSum));
        accumulator.squared.merge(_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu.fromState(state.squaredSum));
        accumulator.percentage.merge(_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu.fromState(state.percentageSum));
        accumulator.goldSum.merge(_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu.fromState(state.goldSum));
        accumulator.maxError = state.maxError;
        return accumulator;
    }
    /**
     * The rows as added (gold value and absolute error of each, same order), before or after `result()`. Only for an
     * accumulator made with `keepRows` (one from `fromState` holds the columns sorted apart, unpaired).
     */
    rowValues() {
        if (!this.keepRows)
            throw new Error('the rows were not kept: make the accumulator with { keepRows: true }');
        if (this.kept !== undefined)
            return this.kept;
        return { gold: copyOf(this.gold), absoluteErrors: copyOf(this.errors) };
    }
    /**
     * The metrics; the accumulator is emptied (its stored errors are sorted in place; with `keepRows`, a copy is,
     * and the rows stay readable by `rowValues()`). Needs at least one row.
     */
    result() {
        const n = this.gold.length;
        const goldMean = this.goldSum.value / n;
        const spread = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .Sum */ .Wu();
        this.gold.forEach((value) => {
            const d = value - goldMean;
            spread.add(d * d);
        });
        const numerator = this.squared.value;
        const denominator = spread.value;
        // scikit-learn's force_finite: a constant gold column scores 1 when predicted exactly, else 0.
        const r2 = denominator !== 0 ? 1 - numerator / denominator : numerator === 0 ? 1 : 0;
        const mse = numerator / n;
        const values = {
            mae: this.absolute.value / n,
            mse,
            rmse: Math.sqrt(mse),
            r2,
            mape: this.percentage.value / n,
            max_error: this.maxError,
            median_absolute_error: (0,_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(this.drainErrors()),
        };
        const gold = this.gold.drain();
        if (this.kept !== undefined && gold.length > 0)
            this.kept.gold = gold;
        return { values, rows: n, goldMean };
    }
    /** The errors, for the median to sort: with `keepRows`, a copy, and the errors in row order are kept. */
    drainErrors() {
        const errors = this.errors.drain();
        if (!this.keepRows || errors.length === 0)
            return errors;
        this.kept = { gold: new Float64Array(0), absoluteErrors: errors };
        return errors.slice();
    }
}
function copyOf(column) {
    const values = new Float64Array(column.length);
    let at = 0;
    column.forEach((value) => (values[at++] = value));
    return values;
}
function sortedCopy(column) {
    const values = new Float64Array(column.length);
    let at = 0;
    column.forEach((value) => (values[at++] = value));
    return Array.from(values.sort());
}
/** A number as written in a prediction file: decimal or exponent notation, nothing else (no hex, no "NaN"). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Parses one numeric cell; undefined when it is not a finite number. */
function parseNumber(text) {
    const trimmed = text.trim();
    if (!NUMBER.test(trimmed))
        return undefined;
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : undefined;
}


/***/ }),

/***/ 8326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ sumsToOne),
/* harmony export */   D8: () => (/* binding */ OneVsRestPass),
/* harmony export */   Do: () => (/* binding */ scoreMetricNames),
/* harmony export */   IL: () => (/* binding */ BinaryScoreAccumulator),
/* harmony export */   PY: () => (/* binding */ expandRuns),
/* harmony export */   VB: () => (/* binding */ binaryRowTerms),
/* harmony export */   fW: () => (/* binding */ MulticlassLogLoss),
/* harmony export */   jg: () => (/* binding */ needsOneVsRest),
/* harmony export */   wo: () => (/* binding */ multiclassScoreValues)
/* harmony export */ });
/* unused harmony exports rocAuc, averagePrecision, runsOf, averageAuc */
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5318);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _stats_analytic_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6520);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2974);




/** numpy's `finfo(float64).eps`: scikit-learn 1.2's `log_loss(eps="auto")` clips probabilities to [eps, 1 − eps]. */
const EPSILON = 2 ** -52;
/**
 * The area under the ROC curve of scores whose positives and negatives are given apart, as scikit-learn's
 * `roc_auc_score`: ties between a positive and a negative count one half (the trapezoid of `roc_curve`). Computed
 * as the Mann–Whitney statistic over the two sorted lists, exactly in integers until the final division. Sorts both.
 */
function rocAuc(positives, negatives) {
    positives.sort();
    negatives.sort();
    let below = 0; // negatives with a smaller score than the current positive
    let pairs = 0; // 2 × (pairs ranked right) + (tied pairs), an integer
    let j = 0;
    let i = 0;
    while (i < positives.length) {
        const score = positives[i];
        let same = 0;
        while (i + same < positives.length && positives[i + same] === score)
            same++;
        while (j < negatives.length && negatives[j] < score) {
            below++;
            j++;
        }
        let tied = 0;
        while (j + tied < negatives.length && negatives[j + tied] === score)
            tied++;
        pairs += same * (2 * below + tied);
        i += same;
    }
    return pairs / (2 * positives.length * negatives.length);
}
/**
 * scikit-learn's `average_precision_score`: over the distinct score thresholds from the highest down, the sum of
 * (recall gained) × (precision at that threshold). Expects both lists sorted ascending (as `rocAuc` leaves them).
 */
function averagePrecision(positives, negatives) {
    const total = positives.length;
    let i = positives.length - 1;
    let j = negatives.length - 1;
    let tps = 0;
    let fps = 0;
    let previousRecall = 0;
    const sum = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    while (i >= 0 || j >= 0) {
        const score = Math.max(i >= 0 ? positives[i] : -Infinity, j >= 0 ? negatives[j] : -Infinity);
        while (i >= 0 && positives[i] === score) {
            tps++;
            i--;
        }
        while (j >= 0 && negatives[j] === score) {
            fps++;
            j--;
        }
        const recall = tps / total;
        if (recall !== previousRecall) {
            sum.add((recall - previousRecall) * (tps / (tps + fps)));
            previousRecall = recall;
        }
        if (tps === total)
            break;
    }
    return sum.value;
}
/** The runs of two lists sorted ascending (as `rocAuc` leaves them). */
function runsOf(positives, negatives) {
    const runs = { scores: [], positives: [], negatives: [] };
    let i = 0;
    let j = 0;
    while (i < positives.length || j < negatives.length) {
        const score = Math.min(i < positives.length ? positives[i] : Infinity, j < negatives.length ? negatives[j] : Infinity);
        const firstPositive = i;
        const firstNegative = j;
        while (i < positives.length && positives[i] === score)
            i++;
        while (j < negatives.length && negatives[j] === score)
            j++;
        runs.scores.push(score);
        runs.positives.push(i - firstPositive);
        runs.negatives.push(j - firstNegative);
    }
    return runs;
}
/** The two sorted lists that `runs` stand for. */
function expandRuns(runs) {
    const count = (list) => list.reduce((total, k) => total + k, 0);
    const positives = new Float64Array(count(runs.positives));
    const negatives = new Float64Array(count(runs.negatives));
    let i = 0;
    let j = 0;
    runs.scores.forEach((score, k) => {
        positives.fill(score, i, (i += runs.positives[k]));
        negatives.fill(score, j, (j += runs.negatives[k]));
    });
    return { positives, negatives };
}
/** A column's values, sorted ascending, leaving the column as it was. */
function sortedValues(column) {
    const values = new Float64Array(column.length);
    let at = 0;
    column.forEach((value) => (values[at++] = value));
    return values.sort();
}
/** One row's log loss and Brier terms (the means of these are `log_loss` and `brier_score`). */
function binaryRowTerms(positive, score) {
    // log_loss of the two columns [1 − p, p] after clipping, each divided by their sum, as scikit-learn does.
    const p = Math.min(Math.max(score, EPSILON), 1 - EPSILON);
    const q = 1 - p;
    const d = (positive ? 1 : 0) - score;
    return { logLoss: -Math.log((positive ? p : q) / (q + p)), brier: d * d };
}
/**
 * Collects the positive-class score of every row of a binary task (`score-column`) and computes scikit-learn's
 * `roc_auc_score`, `average_precision_score`, `log_loss` and `brier_score_loss` with `pos_label` the positive
 * class. Scores are kept apart by gold class (8 bytes per row); log loss and the Brier score are summed as rows
 * arrive.
 */
class BinaryScoreAccumulator {
    positives;
    negatives;
    /** `expected`: the rows of each class, when known (the confusion matrix says): then exactly 8 bytes per row. */
    constructor(expected) {
        this.positives = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberColumn */ .oq(expected?.positives);
        this.negatives = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberColumn */ .oq(expected?.negatives);
    }
    logLoss = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    brier = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    /** One row: whether its gold label is the positive class, and its score (a probability for log loss and Brier). */
    add(positive, score) {
        if (positive)
            this.positives.push(score);
        else
            this.negatives.push(score);
        const terms = binaryRowTerms(positive, score);
        this.logLoss.add(terms.logLoss);
        this.brier.add(terms.brier);
    }
    get rows() {
        return this.positives.length + this.negatives.length;
    }
    /** What the accumulator holds, for a shard's statistics file; the accumulator is left as it was. */
    state() {
        return {
            runs: runsOf(sortedValues(this.positives), sortedValues(this.negatives)),
            logLoss: this.logLoss.state(),
            brier: this.brier.state(),
        };
    }
    /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
    static fromState(state) {
        const accumulator = new BinaryScoreAccumulator();
        const { positives, negatives } = expandRuns(state.runs);
        for (const score of positives)
            accumulator.positives.push(score);
        for (const score of negatives)
            accumulator.negatives.push(score);
        accumulator.logLoss.merge(_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu.fromState(state.logLoss));
        accumulator.brier.merge(_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu.fromState(state.brier));
        return accumulator;
    }
    /**
     * The requested metrics. ROC AUC needs both classes among the gold labels and average precision a positive one:
     * otherwise they are undefined, and that is an error rather than an invented 0.5.
     */
    result(wanted, positiveLabel) {
        const n = this.rows;
        const values = {};
        const positives = this.positives.length;
        const negatives = this.negatives.length;
        if (wanted.includes('roc_auc') || wanted.includes('average_precision')) {
            if (wanted.includes('roc_auc') && (positives === 0 || negatives === 0)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`roc_auc is not defined: the gold labels hold only ${positives === 0 ? 'negatives' : `the positive class ${JSON.stringify(positiveLabel)}`}, and ROC AUC needs both classes`);
            }
            if (wanted.includes('average_precision') && positives === 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`average_precision is not defined: no gold label is the positive class ${JSON.stringify(positiveLabel)}`);
            }
            const pos = this.positives.drain();
            const neg = this.negatives.drain();
            if (wanted.includes('roc_auc'))
                values.roc_auc = rocAuc(pos, neg);
            else {
                pos.sort();
                neg.sort();
            }
            if (wanted.includes('average_precision'))
                values.average_precision = averagePrecision(pos, neg);
        }
        if (wanted.includes('log_loss')) {
            if (positives === 0 || negatives === 0) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('log_loss is not defined for gold labels of one class (scikit-learn refuses it: "y_true contains only one label")');
            }
            values.log_loss = this.logLoss.value / n;
        }
        if (wanted.includes('brier_score'))
            values.brier_score = this.brier.value / n;
        return values;
    }
}
/**
 * The multiclass score metrics of scikit-learn (`roc_auc_score(multi_class="ovr")` macro and weighted, and
 * `log_loss`) for rows that give one probability per class. Log loss is summed as rows arrive; the one-vs-rest
 * AUC of a class needs that class's scores sorted, so it is computed one class at a time from a fresh pass over
 * the files (see `OneVsRestPass`): memory stays at 8 bytes per row whatever the number of classes.
 */
class MulticlassLogLoss {
    loss = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    count = 0;
    /** The spread of the rows' losses, for the standard error of their mean (not kept in a shard's state). */
    spread = new _stats_analytic_js__WEBPACK_IMPORTED_MODULE_3__/* .MeanVariance */ .fS();
    /** One row: the probabilities in class order and the index of its gold class. */
    add(probabilities, gold) {
        let total = 0;
        const clipped = probabilities.map((p) => Math.min(Math.max(p, EPSILON), 1 - EPSILON));
        for (const p of clipped)
            total += p;
        const loss = -Math.log(clipped[gold] / total);
        this.loss.add(loss);
        this.spread.add(loss);
        this.count++;
    }
    get value() {
        return this.loss.value / this.count;
    }
    /** The standard error of the mean loss, from the rows added (NaN for a log loss made from a shard's state). */
    get standardError() {
        return this.spread.rows === this.count ? this.spread.standardError : NaN;
    }
    /** The exact sum of the rows' losses (`Sum.state()`), for a shard's statistics file. */
    state() {
        return this.loss.state();
    }
    /** A log loss holding a `state()` of `rows` rows. */
    static fromState(state, rows) {
        const loss = new MulticlassLogLoss();
        loss.loss.merge(_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu.fromState(state));
        loss.count = rows;
        return loss;
    }
}
/** scikit-learn's check that multiclass ROC AUC scores are probabilities: `np.allclose(1, row.sum())`. */
function sumsToOne(probabilities) {
    let total = 0;
    for (const p of probabilities)
        total += p;
    return Math.abs(1 - total) <= 1e-8 + 1e-5 * Math.abs(total);
}
/** The scores of one class against the rest, collected in one pass over the rows. */
class OneVsRestPass {
    positives = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberColumn */ .oq();
    negatives = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .NumberColumn */ .oq();
    add(isClass, score) {
        if (isClass)
            this.positives.push(score);
        else
            this.negatives.push(score);
    }
    /** The runs of the class's scores, for a shard's statistics file; the pass is left as it was. */
    state() {
        return runsOf(sortedValues(this.positives), sortedValues(this.negatives));
    }
    /** A pass holding a `state()`: its `result()` is that of the pass the state came from. */
    static fromState(runs) {
        const pass = new OneVsRestPass();
        const { positives, negatives } = expandRuns(runs);
        for (const score of positives)
            pass.positives.push(score);
        for (const score of negatives)
            pass.negatives.push(score);
        return pass;
    }
    /** The class's AUC and support (rows of the class). */
    result() {
        const support = this.positives.length;
        return { auc: rocAuc(this.positives.drain(), this.negatives.drain()), support };
    }
}
/** Macro and weighted means of per-class AUCs, as `_average_binary_score` takes them. */
function averageAuc(perClass) {
    const macro = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    const weighted = new _columns_js__WEBPACK_IMPORTED_MODULE_2__/* .Sum */ .Wu();
    let support = 0;
    for (const c of perClass) {
        macro.add(c.auc);
        weighted.add(c.auc * c.support);
        support += c.support;
    }
    return { macro: macro.value / perClass.length, weighted: weighted.value / support };
}
/**
 * The multiclass score metrics wanted, from the per-class AUCs (when one-vs-rest AUC is wanted) and the log loss.
 */
function multiclassScoreValues(wanted, perClass, loss) {
    const values = {};
    if (perClass !== undefined) {
        const { macro, weighted } = averageAuc(perClass);
        if (wanted.includes('roc_auc_ovr_macro'))
            values.roc_auc_ovr_macro = macro;
        if (wanted.includes('roc_auc_ovr_weighted'))
            values.roc_auc_ovr_weighted = weighted;
    }
    if (wanted.includes('log_loss'))
        values.log_loss = loss.value;
    return values;
}
/** Whether the wanted multiclass metrics include a one-vs-rest AUC (which needs the per-class passes). */
function needsOneVsRest(wanted) {
    return wanted.some((name) => name.startsWith('roc_auc_ovr'));
}
/**
 * The score metrics of a classification run (`score-column` or `score-columns`): the requested ones, or the
 * defaults (`roc_auc`, `average_precision` for a binary task; `roc_auc_ovr_macro` for a multiclass one).
 */
function scoreMetricNames(requested, task) {
    if (requested === undefined) {
        return [...(task.kind === 'binary' ? _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_METRICS */ .Cq.binaryScores : _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_METRICS */ .Cq.multiclassScores)];
    }
    const wanted = requested.filter((name) => _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.get(name)?.family === 'scores');
    for (const name of wanted) {
        const info = _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.get(name);
        if (info.binaryOnly && task.kind !== 'binary')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`metric "${name}" needs a binary task; for a multiclass one use roc_auc_ovr_macro`);
        if (info.multiclassOnly && task.kind === 'binary')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`metric "${name}" is for multiclass tasks; a binary task has roc_auc`);
    }
    return wanted;
}


/***/ }),

/***/ 9746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ referencesFromJson),
/* harmony export */   k7: () => (/* binding */ textFromJson),
/* harmony export */   ms: () => (/* binding */ TextAccumulator)
/* harmony export */ });
/* unused harmony exports normalizeAnswer, exactMatch, tokenF1, contains */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2974);
/* harmony import */ var _json_syntax_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4869);



/** Python's `string.punctuation`: the ASCII punctuation the SQuAD script removes (and nothing else). */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** Python's `str.isspace()` characters: what `str.split()` with no argument splits on. */
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${SPACE}]+`, 'u');
/**
 * `\b(a|an|the)\b` as Python 3's `re` reads it on text: word boundaries by Unicode word characters (letters,
 * numbers, underscore), not JavaScript's ASCII-only `\b`.
 */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
/**
 * `normalize_answer` of the official SQuAD v1.1 evaluation script: lower-case, remove ASCII punctuation, remove the
 * articles a/an/the, collapse whitespace.
 */
function normalizeAnswer(text) {
    const noPunctuation = text.toLowerCase().replace(PUNCTUATION, '');
    return tokens(noPunctuation.replace(ARTICLES, ' ')).join(' ');
}
/** Python's `str.split()`: runs of whitespace separate, and there are no empty tokens. */
function tokens(text) {
    return text.split(SPACES).filter((token) => token !== '');
}
/** SQuAD v1.1 `exact_match_score`: the normalised strings are equal. */
function exactMatch(prediction, gold) {
    return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}
/** SQuAD v1.1 `f1_score`: F1 of the bag-of-tokens overlap of the normalised strings. */
function tokenF1(prediction, gold) {
    return overlapF1(normalizedTokens(normalizeAnswer(prediction)), normalizedTokens(normalizeAnswer(gold)));
}
/** The tokens of a normalised answer (the script splits it on single spaces again). */
function normalizedTokens(normalized) {
    return normalized.split(' ').filter(Boolean);
}
function overlapF1(predicted, expected) {
    const counts = new Map();
    for (const token of expected)
        counts.set(token, (counts.get(token) ?? 0) + 1);
    let same = 0;
    for (const token of predicted) {
        const left = counts.get(token) ?? 0;
        if (left > 0) {
            same++;
            counts.set(token, left - 1);
        }
    }
    if (same === 0)
        return 0;
    const precision = same / predicted.length;
    const recall = same / expected.length;
    return (2 * precision * recall) / (precision + recall);
}
/** The gold answer appears in the output as written (case-sensitive substring, like promptfoo's `contains`). */
function contains(prediction, gold) {
    return prediction.includes(gold) ? 1 : 0;
}
/**
 * Accumulates the text metrics over rows: each row's score is the best over its gold answers (SQuAD's
 * `metric_max_over_ground_truths`), and each metric is the mean over rows (SQuAD reports it ×100; eval-gate keeps
 * the fraction, like every other metric). Nothing is kept per row, unless asked (`keepRows`).
 */
class TextAccumulator {
    exact = new _columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu();
    f1 = new _columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu();
    contained = new _columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu();
    count = 0;
    references = 0;
    /** With `keepRows`: each row's token F1, and its flags (1: exact match, 2: contains). */
    f1s;
    flags;
    constructor(options = {}) {
        if (options.keepRows === true) {
            this.f1s = new _columns_js__WEBPACK_IMPORTED_MODULE_1__/* .NumberColumn */ .oq();
            this.flags = new Uint8Array(1024);
        }
    }
    /** One row: the model's output and its gold answers (at least one). */
    add(prediction, golds) {
        // `exactMatch` and `tokenF1` of each gold, with the output normalised once rather than twice per gold.
        const predicted = normalizeAnswer(prediction);
        const predictedTokens = normalizedTokens(predicted);
        let exact = 0;
        let f1 = 0;
        let contained = 0;
        for (const gold of golds) {
            const expected = normalizeAnswer(gold);
            if (expected === predicted)
                exact = 1;
            f1 = Math.max(f1, overlapF1(predictedTokens, normalizedTokens(expected)));
            contained = Math.max(contained, contains(prediction, gold));
        }
        this.exact.add(exact);
        this.f1.add(f1);
        this.contained.add(contained);
        if (this.f1s !== undefined)
            this.keep(exact, f1, contained);
        this.count++;
        this.references += golds.length;
    }
    get rows() {
        return this.count;
    }
    /** Each row's scores, in the order added. Only for an accumulator made with `keepRows`. */
    rowValues() {
        if (this.f1s === undefined || this.flags === undefined)
            throw new Error('the rows were not kept: make the accumulator with { keepRows: true }');
        const flags = this.flags.subarray(0, this.f1s.length);
        const tokenF1 = new Float64Array(this.f1s.length);
        let at = 0;
        this.f1s.forEach((value) => (tokenF1[at++] = value));
        return { exactMatch: flags.map((f) => f & 1), tokenF1, contains: flags.map((f) => f >> 1) };
    }
    keep(exact, f1, contained) {
        const row = this.f1s.length;
        if (row === this.flags.length) {
            const grown = new Uint8Array(2 * row);
            grown.set(this.flags);
            this.flags = grown;
        }
        this.flags[row] = exact | (contained << 1);
        this.f1s.push(f1);
    }
    /** What the accumulator holds, for a shard's statistics file. */
    state() {
        return {
            exactMatch: this.exact.state(),
            tokenF1: this.f1.state(),
            contains: this.contained.state(),
            rows: this.count,
            references: this.references,
        };
    }
    /** An accumulator holding a `state()`: its `result()` is that of the accumulator the state came from. */
    static fromState(state) {
        const accumulator = new TextAccumulator();
        accumulator.exact.merge(_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu.fromState(state.exactMatch));
        accumulator.f1.merge(_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu.fromState(state.tokenF1));
        accumulator.contained.merge(_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .Sum */ .Wu.fromState(state.contains));
        accumulator.count = state.rows;
        accumulator.references = state.references;
        return accumulator;
    }
    result() {
        const n = this.count;
        return {
            values: {
                exact_match: this.exact.value / n,
                token_f1: this.f1.value / n,
                contains: this.contained.value / n,
            },
            rows: n,
            references: this.references,
        };
    }
}
/** One text field of a record: a string (empty allowed: a model may say nothing), a number or a boolean. */
function textFromJson(value, where) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    if (typeof value === 'boolean')
        return String(value);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('is missing', where);
    if (value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('is null', where);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`must be text, not ${Array.isArray(value) ? 'an array' : typeof value}`, where);
}
/**
 * The gold answers of a record's references field: a JSON array of strings (numbers are taken as text), or — in a
 * CSV or TSV cell — a string holding such an array (`["Paris", "paris, France"]`); any other string is one answer.
 */
function referencesFromJson(value, where) {
    let list = value;
    if (typeof value === 'string' && value.trimStart().startsWith('[')) {
        try {
            list = JSON.parse(value);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`looks like a JSON array but is not valid JSON (${(0,_json_syntax_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxProblem */ .F)(error)})`, where);
        }
    }
    if (!Array.isArray(list))
        return [textFromJson(list, where)];
    if (list.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('has no gold answers (an empty array)', where);
    return list.map((item, index) => {
        if (typeof item === 'string')
            return item;
        if (typeof item === 'number' && Number.isFinite(item))
            return String(item);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`answer ${index} must be text, not ${item === null ? 'null' : typeof item}`, where);
    });
}


/***/ }),

/***/ 6393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ resolveCandidate),
/* harmony export */   aQ: () => (/* binding */ parseModelInputs),
/* harmony export */   ue: () => (/* binding */ checkRankBy),
/* harmony export */   yU: () => (/* binding */ MAX_MODELS)
/* harmony export */ });
/* unused harmony exports DEFAULT_CANDIDATE, parsePredictionLines */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2154);
/**
 * Several models in one run (issue 8): which prediction files belong to which model, which model is gated, and
 * how the leaderboard is ranked and drawn. Pure: the inputs come in as text.
 *
 * The `predictions` input, line by line:
 * - `NAME=PATTERN` names a model; NAME is `^[A-Za-z0-9][A-Za-z0-9_.-]*` (spaces around `=` allowed). Further
 *   comma-separated patterns on the same line belong to the same model (`vendor-a=a1.csv, a2.csv`), and a name
 *   repeated on another line adds its patterns to that model.
 * - A line without a name belongs to the candidate, so today's single-model input keeps working unchanged.
 * - A path that really starts with `word=` (a file `run=3.csv` in the workspace root) is written `./run=3.csv`:
 *   a name never starts with `.` or `/`, and any `=` after a `/` is part of a path.
 *
 * The `candidate` input picks the gated model. Unset: the unnamed lines if there are any (named `candidate`, and
 * joined with a model explicitly named `candidate`), else the model named `candidate`, else the first named model.
 * With `model-column` every model comes from the same files, told apart by that field; the default candidate is
 * then the value `candidate` if present, else the first model found in the files (see `resolveCandidate`).
 */


/** Name of the unnamed lines' model when the `candidate` input does not give one. */
const DEFAULT_CANDIDATE = 'candidate';
/** A model-column with more distinct values than this is more likely the wrong column than a leaderboard. */
const MAX_MODELS = 50;
const NAMED = /^([A-Za-z0-9][\w.-]*)\s*=\s*(.*)$/s;
/**
 * Splits the `predictions` input into unnamed patterns and named models (syntax only; `parseModelInputs`
 * validates the combination with the other inputs).
 */
function parsePredictionLines(text) {
    const unnamed = [];
    const named = new Map();
    for (const line of text.split(/\r?\n/)) {
        let current = unnamed;
        for (const entry of (0,_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .r)(line)) {
            const match = NAMED.exec(entry);
            if (match) {
                const name = match[1];
                const pattern = match[2].trim();
                if (pattern === '')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "predictions": model ${JSON.stringify(name)} has no path after "="`);
                current = named.get(name) ?? [];
                named.set(name, current);
                current.push(pattern);
            }
            else
                current.push(entry);
        }
    }
    return { unnamed, named: [...named].map(([name, patterns]) => ({ name, patterns })) };
}
/**
 * Reads and validates the model inputs. `evaluation` is the already-parsed task and score settings; `metrics` the
 * parsed `metrics` input. Returns the candidate's patterns as `predictions` (what `evaluate` reads for the gate)
 * and the models' settings.
 */
function parseModelInputs(read, evaluation, metrics) {
    const lines = parsePredictionLines(read('predictions'));
    const given = singleLine('candidate', read('candidate'));
    const modelColumn = singleLine('model-column', read('model-column'));
    const rankBy = singleLine('rank-by', read('rank-by'));
    const chart = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .y)('chart', read('chart').trim() || 'true');
    if (rankBy !== undefined && metrics !== undefined && evaluation.metricsFiles.length === 0)
        checkRankBy(rankBy, metrics, 'input "metrics"');
    if (modelColumn !== undefined) {
        if (lines.named.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`inputs "model-column" and named "predictions" lines (${lines.named.map((m) => m.name).join(', ')}) exclude each other: with a model column every file holds every model, so give the files without names`);
        if (evaluation.task !== 'classification')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "model-column" is for classification tasks (task is ${evaluation.task}); give each model its own files as NAME=PATH lines instead`);
        if (evaluation.scoreColumn !== undefined || evaluation.scoreColumns !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('input "model-column" computes label metrics only; for score metrics give each model its own files as NAME=PATH lines');
        const models = {
            specs: [{ name: given ?? DEFAULT_CANDIDATE, patterns: lines.unnamed }],
            modelColumn,
            chart,
            leaderboard: true,
            ...(given !== undefined ? { candidate: given } : {}),
            ...(rankBy !== undefined ? { rankBy } : {}),
        };
        return { predictions: lines.unnamed, models };
    }
    const specs = lines.named.map((m) => ({ ...m, patterns: [...m.patterns] }));
    let candidate;
    if (lines.unnamed.length > 0) {
        candidate = given ?? DEFAULT_CANDIDATE;
        const same = specs.find((m) => m.name === candidate);
        // Unnamed lines belong to the candidate, whether or not a line also names it.
        if (same)
            same.patterns.unshift(...lines.unnamed);
        else
            specs.unshift({ name: candidate, patterns: lines.unnamed });
    }
    else if (specs.length === 0) {
        candidate = given ?? DEFAULT_CANDIDATE;
    }
    else if (given !== undefined) {
        if (!specs.some((m) => m.name === given))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "candidate": no model is named ${JSON.stringify(given)}; the models are ${specs.map((m) => m.name).join(', ')}`);
        candidate = given;
    }
    else {
        candidate = specs.some((m) => m.name === DEFAULT_CANDIDATE) ? DEFAULT_CANDIDATE : specs[0].name;
    }
    checkDistinct(specs);
    const predictions = specs.find((m) => m.name === candidate)?.patterns ?? [];
    const models = {
        specs: specs.length > 0 ? specs : [{ name: candidate, patterns: [] }],
        candidate,
        chart,
        leaderboard: specs.length > 1,
        ...(rankBy !== undefined ? { rankBy } : {}),
    };
    return { predictions: [...predictions], models };
}
/**
 * The candidate among the model names found in a model column: the `candidate` input, which must be one of them,
 * else `candidate` if present, else the first name found.
 */
function resolveCandidate(names, given) {
    if (given !== undefined) {
        if (!names.includes(given))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "candidate": no row has the model ${JSON.stringify(given)}; the models found are ${preview(names)}`);
        return given;
    }
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('the prediction files have no rows');
    return names.includes(DEFAULT_CANDIDATE) ? DEFAULT_CANDIDATE : names[0];
}
/** `rank-by` must be one of the run's metrics (`where` names where they come from, for the message). */
function checkRankBy(rankBy, metrics, where) {
    if (!metrics.includes(rankBy))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "rank-by": ${JSON.stringify(rankBy)} is not among the metrics of ${where} (${preview(metrics)})`);
}
/** Names that differ only in case, or a pattern given to two models, are almost surely a mistake. */
function checkDistinct(specs) {
    const names = new Map();
    const owners = new Map();
    for (const { name, patterns } of specs) {
        const folded = names.get(name.toLowerCase());
        if (folded !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "predictions": model names ${JSON.stringify(folded)} and ${JSON.stringify(name)} differ only in case; use one spelling`);
        names.set(name.toLowerCase(), name);
        for (const pattern of new Set(patterns)) {
            const owner = owners.get(pattern);
            if (owner !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "predictions": ${JSON.stringify(pattern)} is given to both ${JSON.stringify(owner)} and ${JSON.stringify(name)}; each file belongs to one model`);
            owners.set(pattern, name);
        }
    }
}
function singleLine(input, text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/[\r\n]/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "${input}" must be a single line`);
    return value;
}
function preview(names) {
    const shown = names.slice(0, 10).map((name) => JSON.stringify(name));
    return shown.join(', ') + (names.length > 10 ? `, … ${names.length - 10} more` : '');
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ ownRecord),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   eC: () => (/* binding */ ownValue)
/* harmony export */ });
/**
 * Objects keyed by untrusted names (models, metrics, labels and thresholds from artifacts or a PR-edited
 * baseline). On a plain `{}`, reading `constructor` or `toString` finds Object.prototype's methods and assigning
 * `__proto__` replaces the prototype instead of adding a key; these helpers make such names behave like any other.
 */
/** A record without a prototype: a missing key reads as `undefined`, whatever its name. */
function ownRecord(entries = []) {
    const record = Object.create(null);
    for (const [key, value] of entries)
        setOwn(record, key, value);
    return record;
}
/** The value stored under `key` on the record itself, never one inherited from a prototype. */
function ownValue(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Stores `value` under `key` as an ordinary property, even when the key is `__proto__`. */
function setOwn(record, key, value) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ PredictionPairing),
/* harmony export */   Rt: () => (/* binding */ SHOWN_IDS),
/* harmony export */   Sh: () => (/* binding */ describeIds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1759);


/** Examples named in the error when ids do not match: enough to look them up, short enough for one line. */
const SHOWN_IDS = 3;
/**
 * Joins the candidate's predictions and the baseline model's predictions (`baseline-predictions`) by example id
 * into the (gold, candidate, baseline) table of the paired tests. Holds one entry per candidate row until the end:
 * pairing needs every id, so this path costs memory in proportion to rows, unlike plain counting.
 */
class PredictionPairing {
    fields;
    candidate = new Map();
    counter = new _stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PairedCounter */ .IJ();
    unknown = [];
    unknownCount = 0;
    joinedScores = { gold: [], candidate: [], baseline: [] };
    /** The id and gold-label fields, named in errors. */
    constructor(fields) {
        this.fields = fields;
    }
    addCandidate(id, gold, prediction, where, score) {
        if (this.candidate.has(id))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`id ${JSON.stringify(id)} appears twice; paired tests need unique ids`, {
                ...where,
                field: this.fields.id,
            });
        this.candidate.set(id, { gold, prediction, matched: false, ...(score !== undefined ? { score } : {}) });
    }
    addBaseline(id, gold, prediction, where, score) {
        const row = this.candidate.get(id);
        if (!row) {
            this.unknownCount++;
            if (this.unknown.length < SHOWN_IDS)
                this.unknown.push(id);
            return;
        }
        if (row.matched)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`id ${JSON.stringify(id)} appears twice; paired tests need unique ids`, {
                ...where,
                field: this.fields.id,
            });
        if (row.gold !== gold)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`the gold label of id ${JSON.stringify(id)} is ${JSON.stringify(gold)} here but ${JSON.stringify(row.gold)} in the candidate's predictions: the two files do not describe the same examples`, { ...where, field: this.fields.gold });
        row.matched = true;
        this.counter.add(gold, row.prediction, prediction);
        if (row.score !== undefined && score !== undefined) {
            this.joinedScores.gold.push(gold);
            this.joinedScores.candidate.push(row.score);
            this.joinedScores.baseline.push(score);
        }
    }
    /** Both models' scores of the joined rows, when both sides gave scores (call after `finish`). */
    scores() {
        return this.joinedScores.gold.length > 0 ? this.joinedScores : undefined;
    }
    /** The paired table; an error when the two sides do not cover exactly the same ids, saying how many differ. */
    finish() {
        const missing = [];
        let missingCount = 0;
        for (const [id, row] of this.candidate) {
            if (row.matched)
                continue;
            missingCount++;
            if (missing.length < SHOWN_IDS)
                missing.push(id);
        }
        if (missingCount > 0 || this.unknownCount > 0) {
            const sides = [
                missingCount > 0
                    ? `${describeIds(missingCount, missing)} of the candidate missing from them`
                    : undefined,
                this.unknownCount > 0
                    ? `${describeIds(this.unknownCount, this.unknown)} in them but not in the candidate's predictions`
                    : undefined,
            ].filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "baseline-predictions" must hold the same examples as "predictions": ${sides.join(', and ')}`);
        }
        if (this.counter.total === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('input "baseline-predictions": the files have no rows');
        return this.counter.toTable();
    }
}
/** `3 ids (e.g. "a", "b", "c")`: how many, and the first few of them. */
function describeIds(count, examples) {
    const shown = examples.map((id) => JSON.stringify(id)).join(', ');
    return `${count} ${count === 1 ? 'id' : 'ids'} (${count > examples.length ? 'e.g. ' : ''}${shown})`;
}


/***/ }),

/***/ 8316:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xR: () => (/* binding */ MAX_RECORD_BYTES),
  bf: () => (/* binding */ Utf8Checker),
  gm: () => (/* binding */ checkRecordLength),
  _6: () => (/* binding */ decodeUtf8),
  qk: () => (/* binding */ indexOfByte),
  cq: () => (/* binding */ pushText),
  iw: () => (/* binding */ stringsOf)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/readers/bytes.ts


/**
 * The most one record (a line, or a CSV record with quoted newlines, or a JSON array element) may hold: 16 MiB.
 * A reader keeps the record it is in whole, so without a bound a file with no newline would be held whole (a
 * 300 MB field cost 111 s and 2.8 GB before failing).
 */
const MAX_RECORD_BYTES = 16 << 20;
/**
 * A reader that waits for the rest of a record begun at `line` with `held` bytes (or UTF-16 units) in hand: past
 * the bound, the file is refused there.
 */
function checkRecordLength(held, limit, file, line) {
    const max = limit ?? MAX_RECORD_BYTES;
    if (held > max) {
        throw new errors/* InputError */.d(`the record starting here runs past ${describeBytes(max)} (the most one record may hold); is the file cut, or not one record per line?`, { file, line });
    }
}
function describeBytes(bytes) {
    return bytes % (1 << 20) === 0 ? `${bytes >> 20} MiB` : `${bytes} bytes`;
}
const EMPTY = Buffer.alloc(0);
/** The text of `bytes[start, end)`, which must be whole UTF-8 characters. */
function decodeUtf8(bytes, start, end) {
    const buffer = Buffer.isBuffer(bytes)
        ? bytes
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.toString('utf8', start, end);
}
/** Position of the first `byte` in `bytes[from, to)`, or -1. */
function indexOfByte(bytes, byte, from, to) {
    for (let i = from; i < to; i++)
        if (bytes[i] === byte)
            return i;
    return -1;
}
/** A sink that hands every record's requested fields to `onRecord` as strings. */
function stringsOf(onRecord) {
    return (slots, line) => {
        const values = slots.texts.map((text, k) => text ?? decodeUtf8(slots.bytes, slots.starts[k], slots.ends[k]));
        onRecord(values, line);
    };
}
/**
 * The text-chunk interface over a byte scanner: every chunk is encoded to UTF-8 and appended to the unparsed rest.
 * A chunk may end in the first half of a surrogate pair: that half waits for the next chunk, so that the pair is
 * encoded whole.
 */
function pushText(scanner) {
    let pending = EMPTY;
    let highSurrogate = '';
    function feed(bytes, final) {
        pending = pending.length === 0 ? bytes : Buffer.concat([pending, bytes]);
        pending = pending.subarray(scanner.scan(pending, 0, pending.length, final));
    }
    return {
        push(chunk) {
            let text = highSurrogate + chunk;
            highSurrogate = '';
            const last = text.charCodeAt(text.length - 1);
            if (last >= 0xd800 && last <= 0xdbff) {
                highSurrogate = text.slice(-1);
                text = text.slice(0, -1);
            }
            if (text !== '')
                feed(Buffer.from(text, 'utf8'), false);
        },
        end() {
            feed(Buffer.from(highSurrogate, 'utf8'), true);
            pending = EMPTY;
            return scanner.finish();
        },
    };
}
/**
 * Checks UTF-8 as it streams by, chunk after chunk, failing where `new TextDecoder('utf-8', { fatal: true })`
 * streaming over the same chunks would: in the chunk that holds an invalid sequence (one cut by the chunk's end
 * fails there already when no continuation could make it valid), or at the end for a sequence left incomplete.
 */
class Utf8Checker {
    /** Length of the incomplete sequence at the end of the bytes checked so far. */
    pending = 0;
    /**
     * Checks `bytes[start, end)`, which follow the bytes checked before (`bytes[start - pending, start)` must still
     * hold the incomplete sequence left at the end of the last call). False when they are not valid UTF-8.
     */
    check(bytes, start, end) {
        const from = start - this.pending;
        const tail = incompleteTail(bytes, from, end);
        this.pending = tail;
        const whole = Buffer.from(bytes.buffer, bytes.byteOffset + from, end - tail - from);
        return (0,external_node_buffer_namespaceObject.isUtf8)(whole) && (tail === 0 || canComplete(bytes.subarray(end - tail, end)));
    }
    /** Bytes at the end of those checked that begin a character still to be completed: not to be read yet. */
    get incomplete() {
        return this.pending;
    }
    /** The input ended: false when it ended inside a sequence. */
    end() {
        return this.pending === 0;
    }
}
/** Length of a multi-byte sequence that `bytes[from, to)` ends inside (0 when it ends between characters). */
function incompleteTail(bytes, from, to) {
    for (let back = 1; back <= 3 && to - back >= from; back++) {
        const byte = bytes[to - back];
        if (byte < 0x80)
            return 0;
        if (byte < 0xc0)
            continue; // a continuation byte: look further back for the lead
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        return length > back ? back : 0;
    }
    return 0;
}
/** Whether some continuation bytes make the cut sequence `head` valid (the second byte's range depends on the lead). */
function canComplete(head) {
    const length = head[0] >= 0xf0 ? 4 : head[0] >= 0xe0 ? 3 : 2;
    return [0x80, 0xbf].some((filler) => {
        const whole = Buffer.alloc(length, filler);
        whole.set(head);
        return (0,external_node_buffer_namespaceObject.isUtf8)(whole);
    });
}


/***/ }),

/***/ 9755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ pickFields),
/* harmony export */   R: () => (/* binding */ refuseRepeatedKeys)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6236);
/* harmony import */ var _metrics_files_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1401);



/**
 * Refuses a record whose JSON text, already read by `JSON.parse`, gives a key twice in one object: `JSON.parse`
 * keeps the last, other readers the first, so the record would mean two things (the metrics-file parser refuses
 * it too, and says so here).
 */
function refuseRepeatedKeys(text, where) {
    (0,_metrics_files_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLenientJson */ .Ri)(text, where.file, { line: where.line, root: where.jsonPath });
}
/** Takes the requested fields of one parsed JSON record, as label strings. */
function pickFields(record, fields, where) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(
        // The kind of value only: the line itself is the file's content, not for the log.
        `expected a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}`, where);
    }
    const object = record;
    return fields.map((field) => (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelFromJson */ .v6)(object[field], { ...where, field }));
}


/***/ }),

/***/ 6799:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cp: () => (/* binding */ createParser),
  z1: () => (/* binding */ createScanner),
  be: () => (/* binding */ formatOf)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/readers/bytes.ts + 1 modules
var readers_bytes = __nccwpck_require__(8316);
;// CONCATENATED MODULE: ./src/core/readers/delimited.ts


const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * CSV (RFC 4180) and TSV. The first record is the header, whose names must differ. Fields may be quoted with `"`,
 * with `""` for a quote inside; quoted fields may hold delimiters and newlines. Any other quote is an error rather
 * than a guess (`5"3`, `"a"b`: readers differ on what they mean). Lines end in LF or CRLF; a UTF-8 BOM is skipped;
 * blank lines are skipped.
 */
function createDelimitedParser(delimiter, options, onRecord) {
    return (0,readers_bytes/* pushText */.cq)(new DelimitedScanner(delimiter, options, (0,readers_bytes/* stringsOf */.iw)(onRecord)));
}
/**
 * The delimited reader, over UTF-8 bytes. Hand-written rather than a library because this loop is where large files
 * spend their time: a record whose fields do not start with a quote is read by one pass over its bytes that notes
 * where the requested columns begin and end (no string is made); only a record with a quoted field takes the slow
 * path, which unquotes its fields into strings.
 */
class DelimitedScanner {
    sink;
    line;
    records = 0;
    header;
    file;
    fields;
    maxRecordBytes;
    delimiter;
    /** Skip a BOM at the start (only at the top of a file). */
    first;
    slots;
    /** Where every column up to the last requested one begins and ends in the current record. */
    columnStarts = new Int32Array(0);
    columnEnds = new Int32Array(0);
    constructor(delimiter, options, sink, start = {}) {
        this.sink = sink;
        this.file = options.file;
        this.fields = options.fields;
        this.maxRecordBytes = options.maxRecordBytes;
        this.delimiter = delimiter.charCodeAt(0);
        this.line = start.line ?? 1;
        this.first = start.header === undefined;
        const count = options.fields.length;
        this.slots = {
            bytes: new Uint8Array(0),
            starts: new Int32Array(count),
            ends: new Int32Array(count),
            texts: new Array(count).fill(undefined),
        };
        if (start.header)
            this.useHeader(start.header);
    }
    scan(whole, start, end, final, stopAt = Infinity) {
        // A view that ends where the bytes end: the byte loop below then compares with `bytes.length`, which lets the
        // compiler drop its bounds check on every read.
        const bytes = end === whole.length ? whole : whole.subarray(0, end);
        let pos = start;
        if (this.first) {
            if (pos === end)
                return pos;
            // A BOM (EF BB BF) at the very start is skipped; wait for three bytes when the start could be one.
            const bom = [0xef, 0xbb, 0xbf];
            let matched = 0;
            while (matched < 3 && pos + matched < end && bytes[pos + matched] === bom[matched])
                matched++;
            if (matched === 3)
                pos += 3;
            else if (pos + matched === end && !final)
                return start;
            this.first = false;
        }
        const slots = this.slots;
        slots.bytes = bytes;
        const delimiter = this.delimiter;
        // Bytes above this are never special: one comparison per byte for most bytes.
        const special = Math.max(delimiter, LF, QUOTE);
        let line = this.line;
        while (pos < end) {
            const header = this.header;
            if (header === undefined) {
                const next = this.readHeader(bytes, pos, end, final, line);
                if (next < 0)
                    return this.wait(pos, end, line);
                line = this.line;
                pos = next;
                continue;
            }
            if (pos >= stopAt) {
                this.line = line;
                return pos;
            }
            const columnStarts = this.columnStarts;
            const columnEnds = this.columnEnds;
            const tracked = columnStarts.length;
            // Fast path: one pass over the record's bytes, noting column boundaries.
            let i = pos;
            let field = 0;
            let fieldStart = pos;
            let quoted = bytes[pos] === QUOTE;
            if (!quoted) {
                while (i < bytes.length) {
                    const c = bytes[i];
                    if (c <= special) {
                        if (c === delimiter) {
                            if (field < tracked) {
                                columnStarts[field] = fieldStart;
                                columnEnds[field] = i;
                            }
                            field++;
                            fieldStart = i + 1;
                            if (fieldStart < end && bytes[fieldStart] === QUOTE) {
                                quoted = true;
                                break;
                            }
                        }
                        else if (c === LF)
                            break;
                        else if (c === QUOTE) {
                            // A quote inside an unquoted field: the slow path says where.
                            quoted = true;
                            break;
                        }
                    }
                    i++;
                }
            }
            if (quoted) {
                const record = this.parseQuoted(bytes, pos, end, final, line);
                if (record === undefined)
                    return this.wait(pos, end, line);
                this.dataRecord(record.fields, line);
                line += record.newlines;
                pos = record.next;
                continue;
            }
            if (i >= end && !final)
                return this.wait(pos, end, line);
            const next = i < end ? i + 1 : end;
            let contentEnd = i;
            if (contentEnd > pos && bytes[contentEnd - 1] === CR)
                contentEnd--;
            if (contentEnd === pos) {
                // A blank line.
                line++;
                pos = next;
                continue;
            }
            if (field < tracked) {
                columnStarts[field] = fieldStart;
                columnEnds[field] = contentEnd;
            }
            if (field + 1 !== header.width)
                this.ragged(field + 1, line);
            const columns = header.columns;
            const starts = slots.starts;
            const ends = slots.ends;
            for (let k = 0; k < columns.length; k++) {
                const column = columns[k];
                const from = columnStarts[column];
                const to = columnEnds[column];
                if (from === to)
                    this.empty(k, line);
                starts[k] = from;
                ends[k] = to;
            }
            this.records++;
            this.sink(slots, line);
            line++;
            pos = next;
        }
        this.line = line;
        return pos;
    }
    finish() {
        if (this.header === undefined)
            throw new errors/* InputError */.d('file is empty', { file: this.file });
        if (this.records === 0)
            throw new errors/* InputError */.d('has a header but no data rows', { file: this.file, line: 2 });
        return this.records;
    }
    /** Stops at the incomplete record at `pos`, to go on when more bytes come, unless it is already too long. */
    wait(pos, end, line) {
        (0,readers_bytes/* checkRecordLength */.gm)(end - pos, this.maxRecordBytes, this.file, line);
        this.line = line;
        return pos;
    }
    /** Reads blank lines and the header at `pos`; returns where the next record begins, or -1 when incomplete. */
    readHeader(bytes, pos, end, final, line) {
        const newline = (0,readers_bytes/* indexOfByte */.qk)(bytes, LF, pos, end);
        if (newline < 0 && !final)
            return -1;
        let contentEnd = newline < 0 ? end : newline;
        if (contentEnd > pos && bytes[contentEnd - 1] === CR)
            contentEnd--;
        if (contentEnd === pos) {
            this.line = line + 1;
            return newline < 0 ? end : newline + 1;
        }
        const record = this.parseQuoted(bytes, pos, end, final, line);
        if (record === undefined)
            return -1;
        const names = record.fields;
        // One map of where each name stands: a header may hold millions of names, so no indexOf per name.
        const columnOf = new Map();
        names.forEach((name, index) => {
            const first = columnOf.get(name);
            if (first !== undefined) {
                throw new errors/* InputError */.d(`header names column ${JSON.stringify(name)} twice (columns ${first + 1} and ${index + 1}); column names must differ`, { file: this.file, line });
            }
            columnOf.set(name, index);
        });
        const columns = this.fields.map((name) => {
            const index = columnOf.get(name) ?? -1;
            if (index < 0) {
                throw new errors/* InputError */.d(`header has no column ${JSON.stringify(name)}; columns are ${names.map((f) => JSON.stringify(f)).join(', ')}`, { file: this.file, line });
            }
            return index;
        });
        this.useHeader({ columns, width: names.length });
        this.line = line + record.newlines;
        return record.next;
    }
    useHeader(header) {
        this.header = header;
        const tracked = Math.max(0, ...header.columns) + 1;
        this.columnStarts = new Int32Array(tracked);
        this.columnEnds = new Int32Array(tracked);
    }
    /** A data record read by the slow path, as strings. */
    dataRecord(fields, line) {
        const header = this.header;
        if (fields.length !== header.width)
            this.ragged(fields.length, line);
        const texts = this.slots.texts;
        header.columns.forEach((column, k) => {
            const value = fields[column];
            if (value === '')
                this.empty(k, line);
            texts[k] = value;
        });
        this.records++;
        this.sink(this.slots, line);
        texts.fill(undefined);
    }
    ragged(found, line) {
        throw new errors/* InputError */.d(`expected ${this.header.width} fields as in the header, found ${found}`, {
            file: this.file,
            line,
        });
    }
    strayQuote(index, line) {
        throw new errors/* InputError */.d(`field ${index + 1} has a quote that neither opens nor closes it (as in 5"3 or "a"b); quote the whole field and double the quotes inside it: "5""3"`, { file: this.file, line });
    }
    empty(k, line) {
        throw new errors/* InputError */.d('value is empty', { file: this.file, line, field: this.fields[k] });
    }
    /**
     * A record with quotes (or the header), field by field into strings. Returns undefined when the record runs past
     * `end` and more may come.
     */
    parseQuoted(bytes, start, end, final, line) {
        const delimiter = this.delimiter;
        const fields = [];
        let field = '';
        let newlines = 0;
        let pos = start;
        for (;;) {
            const quoted = pos < end && bytes[pos] === QUOTE;
            if (quoted) {
                // Quoted field: runs to the next quote that is not doubled.
                const opened = line + newlines;
                pos++;
                for (;;) {
                    const close = (0,readers_bytes/* indexOfByte */.qk)(bytes, QUOTE, pos, end);
                    if (close < 0 || close === end - 1) {
                        if (!final)
                            return undefined;
                        if (close < 0)
                            throw new errors/* InputError */.d(`unterminated quote (opened on line ${opened})`, {
                                file: this.file,
                                line: opened,
                            });
                    }
                    for (let i = (0,readers_bytes/* indexOfByte */.qk)(bytes, LF, pos, close); i >= 0; i = (0,readers_bytes/* indexOfByte */.qk)(bytes, LF, i + 1, close))
                        newlines++;
                    field += (0,readers_bytes/* decodeUtf8 */._6)(bytes, pos, close);
                    if (close + 1 < end && bytes[close + 1] === QUOTE) {
                        field += '"';
                        pos = close + 2;
                        continue;
                    }
                    pos = close + 1;
                    break;
                }
            }
            // Unquoted field, or what follows a closing quote (only a CR before the line's end): up to the delimiter or
            // the end of the line.
            let stop = pos;
            while (stop < end) {
                const c = bytes[stop];
                if (c === LF || c === delimiter)
                    break;
                if (c === QUOTE || (quoted && c !== CR))
                    this.strayQuote(fields.length, line + newlines);
                stop++;
            }
            if (stop === end && !final)
                return undefined;
            let tailEnd = stop;
            if (tailEnd > pos && bytes[tailEnd - 1] === CR && (stop === end || bytes[stop] === LF))
                tailEnd--;
            if (quoted && tailEnd > pos)
                this.strayQuote(fields.length, line + newlines);
            field += (0,readers_bytes/* decodeUtf8 */._6)(bytes, pos, tailEnd);
            fields.push(field);
            field = '';
            if (stop < end && bytes[stop] !== LF) {
                pos = stop + 1;
                continue;
            }
            return { fields, newlines: newlines + 1, next: stop < end ? stop + 1 : end };
        }
    }
}

// EXTERNAL MODULE: ./src/core/readers/fields.ts
var readers_fields = __nccwpck_require__(9755);
// EXTERNAL MODULE: ./src/core/json-syntax.ts
var json_syntax = __nccwpck_require__(4869);
;// CONCATENATED MODULE: ./src/core/readers/json-array.ts




/**
 * A JSON array of objects, read element by element: a small scanner finds where each top-level element ends
 * (tracking strings and nesting), and only that element is handed to `JSON.parse`, so a large array is never held
 * whole in memory.
 */
function createJsonArrayParser(options, onRecord) {
    const { file, fields } = options;
    let pending = '';
    /** Scanner state carried across chunks. */
    let state = 'before-array';
    let depth = 0;
    let inString = false;
    let escaped = false;
    let scanned = 0;
    let line = 1;
    let elementLine = 1;
    let index = 0;
    function fail(problem, at = line) {
        throw new errors/* InputError */.d(problem, { file, line: at });
    }
    function scan(text) {
        let start = 0;
        for (let i = scanned; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                line++;
            if (state === 'in-element') {
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c === 92 /* \ */)
                        escaped = true;
                    else if (c === 34 /* " */)
                        inString = false;
                    continue;
                }
                if (c === 34)
                    inString = true;
                else if (c === 123 || c === 91)
                    depth++;
                else if (c === 125 || c === 93) {
                    if (depth === 0) {
                        // A `]` closing the array right after a value that is not an object or array.
                        finishElement(text.slice(start, i));
                        state = 'done';
                        start = i + 1;
                        continue;
                    }
                    depth--;
                }
                else if (c === 44 /* , */ && depth === 0) {
                    finishElement(text.slice(start, i));
                    state = 'before-element';
                    start = i + 1;
                    continue;
                }
                if (depth === 0 && (c === 125 || c === 93)) {
                    finishElement(text.slice(start, i + 1));
                    state = 'after-element';
                    start = i + 1;
                }
                continue;
            }
            if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
                start = i + 1;
                continue;
            }
            if (state === 'before-array') {
                if (c !== 91)
                    fail('expected a JSON array of objects ("[" at the start of the file)');
                state = 'before-element';
            }
            else if (state === 'before-element') {
                if (c === 93 && index === 0)
                    state = 'done';
                else if (c === 93 || c === 44)
                    fail(`unexpected "${String.fromCharCode(c)}" before element ${index}`);
                else {
                    state = 'in-element';
                    elementLine = line;
                    inString = c === 34;
                    depth = c === 123 || c === 91 ? 1 : 0;
                    start = i;
                    continue;
                }
            }
            else if (state === 'after-element') {
                if (c === 44)
                    state = 'before-element';
                else if (c === 93)
                    state = 'done';
                else
                    fail(`expected "," or "]" after element ${index - 1}`);
            }
            else {
                fail('unexpected content after the end of the array');
            }
            start = i + 1;
        }
        scanned = text.length;
        return state === 'in-element' ? start : text.length;
    }
    function finishElement(text) {
        let record;
        try {
            record = JSON.parse(text);
        }
        catch (error) {
            fail(`invalid JSON in element ${index} (${(0,json_syntax/* jsonSyntaxProblem */.F)(error)})`, elementLine);
        }
        const jsonPath = `$[${index}]`;
        (0,readers_fields/* refuseRepeatedKeys */.R)(text, { file, line: elementLine, jsonPath });
        onRecord((0,readers_fields/* pickFields */.$)(record, fields, { file, line: elementLine, jsonPath }), elementLine);
        index++;
    }
    return {
        push(chunk) {
            const text = pending + chunk;
            const keepFrom = scan(text);
            pending = text.slice(keepFrom);
            scanned -= keepFrom;
            // (In UTF-16 units, which are never more than the UTF-8 bytes.)
            (0,readers_bytes/* checkRecordLength */.gm)(pending.length, options.maxRecordBytes, file, elementLine);
        },
        end() {
            scan(pending);
            if (state === 'before-array')
                fail('file is empty');
            if (state !== 'done')
                fail('the JSON array is not closed: the file ends inside it');
            if (index === 0)
                fail('the JSON array has no elements', 1);
            return index;
        },
    };
}

;// CONCATENATED MODULE: ./src/core/readers/jsonl.ts




const jsonl_LF = 10;
/** JSON Lines: one JSON object per line; blank lines are allowed. */
function createJsonLinesParser(options, onRecord) {
    return (0,readers_bytes/* pushText */.cq)(new JsonLinesScanner(options, (0,readers_bytes/* stringsOf */.iw)(onRecord)));
}
/**
 * The JSON Lines reader, over UTF-8 bytes. Every line is first read by a strict JSON checker that notes where the
 * requested keys' values are, without making strings; it accepts only what `JSON.parse` accepts and gives up on
 * anything unusual (an escape in a requested value or in a key, a label that is null, empty or not a plain
 * integer, a missing key, a key given twice, deep nesting, any syntax error). A line it gives up on goes the slow
 * way, `JSON.parse` and the shared field rules, which also says exactly what is wrong with a bad line.
 */
class JsonLinesScanner {
    sink;
    line;
    records = 0;
    header = undefined;
    file;
    fields;
    maxRecordBytes;
    keys;
    slots;
    found;
    constructor(options, sink, start = {}) {
        this.sink = sink;
        this.file = options.file;
        this.fields = options.fields;
        this.maxRecordBytes = options.maxRecordBytes;
        this.keys = options.fields.map((field) => Buffer.from(field, 'utf8'));
        this.line = start.line ?? 1;
        const count = options.fields.length;
        this.slots = {
            bytes: new Uint8Array(0),
            starts: new Int32Array(count),
            ends: new Int32Array(count),
            texts: new Array(count).fill(undefined),
        };
        this.found = new Uint8Array(count);
    }
    scan(bytes, start, end, final, stopAt = Infinity) {
        this.slots.bytes = bytes;
        let pos = start;
        while (pos < end) {
            if (pos >= stopAt)
                return pos;
            // The fast reader finds the line's end as it goes (a newline can only end a valid line); when it gives up,
            // the end is searched for.
            const outcome = this.fast(bytes, pos, end);
            let newline = at;
            if (outcome === SLOW) {
                newline = bytes.indexOf(jsonl_LF, pos);
                if (newline < 0 || newline >= end)
                    newline = end;
            }
            if (newline === end && !final) {
                (0,readers_bytes/* checkRecordLength */.gm)(end - pos, this.maxRecordBytes, this.file, this.line);
                return pos;
            }
            if (outcome === RECORD) {
                this.records++;
                this.sink(this.slots, this.line);
            }
            else if (outcome === SLOW) {
                this.slow(bytes, pos, newline);
            }
            this.line++;
            pos = newline < end ? newline + 1 : end;
        }
        return pos;
    }
    finish() {
        if (this.records === 0)
            throw new errors/* InputError */.d('file is empty: no JSON lines found', { file: this.file });
        return this.records;
    }
    /** A line the fast reader gave up on: `JSON.parse`, then the shared rules for the requested fields. */
    slow(bytes, start, end) {
        const text = (0,readers_bytes/* decodeUtf8 */._6)(bytes, start, end);
        if (text.trim() === '')
            return;
        let record;
        try {
            record = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* InputError */.d(`invalid JSON (${(0,json_syntax/* jsonSyntaxProblem */.F)(error)})`, { file: this.file, line: this.line });
        }
        (0,readers_fields/* refuseRepeatedKeys */.R)(text, { file: this.file, line: this.line });
        const texts = this.slots.texts;
        (0,readers_fields/* pickFields */.$)(record, this.fields, { file: this.file, line: this.line }).forEach((value, k) => (texts[k] = value));
        this.records++;
        this.sink(this.slots, this.line);
        texts.fill(undefined);
    }
    /**
     * Reads the line at `start` the fast way, up to its newline or `end`: RECORD (slots filled) or BLANK, with `at`
     * left at the newline (or `end`); or SLOW when the slow path must decide.
     */
    fast(b, start, end) {
        const { starts, ends, texts } = this.slots;
        const found = this.found;
        const keys = this.keys;
        for (let k = 0; k < found.length; k++) {
            found[k] = 0;
            texts[k] = undefined;
        }
        keyCount = 0;
        at = skipSpace(b, start, end);
        if (at === end || b[at] === jsonl_LF)
            return BLANK;
        if (b[at] !== OPEN_BRACE)
            return SLOW;
        at = skipSpace(b, at + 1, end);
        if (at < end && b[at] === CLOSE_BRACE)
            return SLOW; // {}: the requested keys are missing
        for (;;) {
            if (at >= end || b[at] !== jsonl_QUOTE)
                return SLOW;
            const keyStart = at + 1;
            if (!skipString(b, end) || escaped)
                return SLOW;
            const keyEnd = at - 1;
            if (!newKey(b, keyStart, keyEnd, 0))
                return SLOW;
            at = skipSpace(b, at, end);
            if (at >= end || b[at] !== COLON)
                return SLOW;
            at = skipSpace(b, at + 1, end);
            if (at >= end)
                return SLOW;
            let k = 0;
            while (k < keys.length && !sameBytes(keys[k], b, keyStart, keyEnd))
                k++;
            if (k === keys.length) {
                if (!skipValue(b, end, 0))
                    return SLOW;
            }
            else {
                // A requested value: a non-empty string without escapes, true, false, or a number.
                const c = b[at];
                const valueStart = at;
                if (c === jsonl_QUOTE) {
                    if (!skipString(b, end) || escaped || at - 1 === valueStart + 1)
                        return SLOW;
                    starts[k] = valueStart + 1;
                    ends[k] = at - 1;
                    texts[k] = undefined;
                }
                else if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
                    if (!skipNumber(b, end))
                        return SLOW;
                    if (plainInteger && at - valueStart <= 15) {
                        starts[k] = valueStart;
                        ends[k] = at;
                        texts[k] = undefined;
                    }
                    else {
                        // JSON's number grammar is a subset of Number()'s, with the same rounding: String(Number(x)) is the
                        // label JSON.parse would give.
                        const value = Number((0,readers_bytes/* decodeUtf8 */._6)(b, valueStart, at));
                        if (!Number.isFinite(value))
                            return SLOW;
                        texts[k] = String(value);
                    }
                }
                else if (c === LETTER_T || c === LETTER_F) {
                    if (!skipValue(b, end, 0))
                        return SLOW;
                    starts[k] = valueStart;
                    ends[k] = at;
                    texts[k] = undefined;
                }
                else {
                    return SLOW;
                }
                found[k] = 1;
            }
            at = skipSpace(b, at, end);
            if (at >= end)
                return SLOW;
            if (b[at] === COMMA) {
                at = skipSpace(b, at + 1, end);
                continue;
            }
            if (b[at] !== CLOSE_BRACE)
                return SLOW;
            at = skipSpace(b, at + 1, end);
            if (at !== end && b[at] !== jsonl_LF)
                return SLOW;
            break;
        }
        for (let k = 0; k < found.length; k++)
            if (found[k] === 0)
                return SLOW;
        return RECORD;
    }
}
const RECORD = 0;
const BLANK = 1;
const SLOW = 2;
const jsonl_QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COLON = 58;
const COMMA = 44;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LETTER_T = 116;
const LETTER_F = 102;
const LETTER_N = 110;
const LETTER_E = 101;
const UPPER_E = 69;
/** Nesting deeper than this goes to the slow path (JSON.parse has no such limit worth matching). */
const MAX_DEPTH = 64;
// The checker's state, shared by its functions to spare allocations: the position, and what the last string or
// number was like.
let at = 0;
let escaped = false;
let plainInteger = false;
/** The keys of the objects open at `at`, outermost first, as start and end positions; and how many there are. */
const KEYS = new Int32Array(2 * 256);
let keyCount = 0;
/**
 * Enters the key `b[start, end)` of the object whose keys begin at `KEYS` entry `first`: false when that object
 * already has it (the slow path then refuses the line) or too many keys are open.
 */
function newKey(b, start, end, first) {
    const length = end - start;
    for (let k = first; k < keyCount; k++) {
        const from = KEYS[2 * k];
        if (KEYS[2 * k + 1] - from !== length)
            continue;
        let i = 0;
        while (i < length && b[from + i] === b[start + i])
            i++;
        if (i === length)
            return false;
    }
    if (keyCount * 2 >= KEYS.length)
        return false;
    KEYS[2 * keyCount] = start;
    KEYS[2 * keyCount + 1] = end;
    keyCount++;
    return true;
}
/** JSON whitespace inside a line: space, tab and CR (an LF ends the line). */
function skipSpace(b, pos, end) {
    while (pos < end) {
        const c = b[pos];
        if (c !== 32 && c !== 9 && c !== 13)
            break;
        pos++;
    }
    return pos;
}
function sameBytes(key, b, start, end) {
    if (key.length !== end - start)
        return false;
    for (let i = 0; i < key.length; i++)
        if (key[i] !== b[start + i])
            return false;
    return true;
}
/** A string at `at` (its opening quote); leaves `at` after the closing quote. Sets `escaped`. */
function skipString(b, end) {
    escaped = false;
    let pos = at + 1;
    while (pos < end) {
        const c = b[pos];
        if (c === jsonl_QUOTE) {
            at = pos + 1;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c === BACKSLASH) {
            escaped = true;
            const e = b[pos + 1];
            if (pos + 1 >= end)
                return false;
            if (e === 117 /* u */) {
                if (pos + 5 >= end)
                    return false;
                for (let i = pos + 2; i < pos + 6; i++)
                    if (!isHex(b[i]))
                        return false;
                pos += 6;
                continue;
            }
            // " \ / b f n r t
            if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
                return false;
            pos += 2;
            continue;
        }
        pos++;
    }
    return false;
}
function isHex(c) {
    return (c >= DIGIT_0 && c <= DIGIT_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
/** A number at `at`, by JSON's grammar; sets `plainInteger` (no fraction, no exponent, not -0). */
function skipNumber(b, end) {
    let pos = at;
    const negative = b[pos] === MINUS;
    if (negative)
        pos++;
    if (pos >= end)
        return false;
    if (b[pos] === DIGIT_0) {
        pos++;
        plainInteger = !negative;
    }
    else if (b[pos] >= 49 && b[pos] <= DIGIT_9) {
        while (pos < end && b[pos] >= DIGIT_0 && b[pos] <= DIGIT_9)
            pos++;
        plainInteger = true;
    }
    else {
        return false;
    }
    if (pos < end && b[pos] === DOT) {
        plainInteger = false;
        pos++;
        const digits = pos;
        while (pos < end && b[pos] >= DIGIT_0 && b[pos] <= DIGIT_9)
            pos++;
        if (pos === digits)
            return false;
    }
    if (pos < end && (b[pos] === LETTER_E || b[pos] === UPPER_E)) {
        plainInteger = false;
        pos++;
        if (pos < end && (b[pos] === PLUS || b[pos] === MINUS))
            pos++;
        const digits = pos;
        while (pos < end && b[pos] >= DIGIT_0 && b[pos] <= DIGIT_9)
            pos++;
        if (pos === digits)
            return false;
    }
    at = pos;
    return true;
}
function skipLiteral(b, end, word) {
    if (at + word.length > end)
        return false;
    for (let i = 0; i < word.length; i++)
        if (b[at + i] !== word.charCodeAt(i))
            return false;
    at += word.length;
    return true;
}
/** Any JSON value at `at`; leaves `at` after it. */
function skipValue(b, end, depth) {
    if (at >= end)
        return false;
    const c = b[at];
    if (c === jsonl_QUOTE)
        return skipString(b, end);
    if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9))
        return skipNumber(b, end);
    if (c === LETTER_T)
        return skipLiteral(b, end, 'true');
    if (c === LETTER_F)
        return skipLiteral(b, end, 'false');
    if (c === LETTER_N)
        return skipLiteral(b, end, 'null');
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET)
        return false;
    if (depth >= MAX_DEPTH)
        return false;
    const object = c === OPEN_BRACE;
    const close = object ? CLOSE_BRACE : CLOSE_BRACKET;
    at = skipSpace(b, at + 1, end);
    if (at < end && b[at] === close) {
        at++;
        return true;
    }
    // This object's keys go on top of those of the objects around it, and leave with it.
    const first = keyCount;
    for (;;) {
        if (object) {
            const keyStart = at + 1;
            if (at >= end || b[at] !== jsonl_QUOTE || !skipString(b, end) || escaped)
                return false;
            if (!newKey(b, keyStart, at - 1, first))
                return false;
            at = skipSpace(b, at, end);
            if (at >= end || b[at] !== COLON)
                return false;
            at = skipSpace(b, at + 1, end);
        }
        if (!skipValue(b, end, depth + 1))
            return false;
        at = skipSpace(b, at, end);
        if (at >= end)
            return false;
        if (b[at] === COMMA) {
            at = skipSpace(b, at + 1, end);
            continue;
        }
        if (b[at] !== close)
            return false;
        at++;
        keyCount = first;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/core/readers/index.ts




const EXTENSIONS = {
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.json': 'json',
};
/** The format of a prediction file, from its extension. */
function formatOf(file) {
    const match = /\.[^./\\]+$/.exec(file.toLowerCase());
    const format = match ? EXTENSIONS[match[0]] : undefined;
    if (!format) {
        throw new errors/* InputError */.d(`cannot tell the format from the extension; use one of ${Object.keys(EXTENSIONS).join(', ')}`, {
            file,
        });
    }
    return format;
}
/** The one parser for a format. */
function createParser(format, options, onRecord) {
    switch (format) {
        case 'csv':
            return createDelimitedParser(',', options, onRecord);
        case 'tsv':
            return createDelimitedParser('\t', options, onRecord);
        case 'jsonl':
            return createJsonLinesParser(options, onRecord);
        case 'json':
            return createJsonArrayParser(options, onRecord);
    }
}
/**
 * The byte reader of a format, for callers that read files as bytes (the fast counting path); undefined for the
 * JSON array format, which is read as text only. `start` places it in the middle of a file read in parts. Records
 * and errors are exactly those of `createParser` on the same text.
 */
function createScanner(format, options, sink, start = {}) {
    switch (format) {
        case 'csv':
            return new DelimitedScanner(',', options, sink, start);
        case 'tsv':
            return new DelimitedScanner('\t', options, sink, start);
        case 'jsonl':
            return new JsonLinesScanner(options, sink, start);
        case 'json':
            return undefined;
    }
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony export parseCommentSettings */
/* harmony import */ var _confusion_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6295);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2154);
/* harmony import */ var _evaluation_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6463);
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6393);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7239);








const RUN_MODES = ['gate', 'shard', 'merge'];
const DATASET_CHANGE_POLICIES = ['warn', 'fail', 'ignore'];
const DEFAULTS = {
    'label-column': 'label',
    'prediction-column': 'prediction',
    baseline: '.github/eval-baseline.json',
    thresholds: _thresholds_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_THRESHOLDS */ .JJ,
    'fail-on-regression': 'true',
    name: 'default',
    'update-baseline': 'false',
    'on-dataset-change': 'warn',
    'commit-baseline': 'false',
    significance: '0.05',
    confidence: '0.95',
    'bootstrap-samples': '2000',
    seed: '0',
    mode: 'gate',
    'max-labels': String(_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_LABELS */ .T_),
};
/** Validates the inputs into settings; every problem is an error that names the input. */
function parseSettings(read) {
    const get = (name) => read(name).trim() || DEFAULTS[name] || '';
    const mode = parseChoice('mode', get('mode'), RUN_MODES);
    const listed = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(get('predictions'));
    const evaluation = (0,_evaluation_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEvaluationSettings */ .rS)(read, get('thresholds'));
    const statsFiles = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(get('stats-files'));
    const statsOutput = get('stats-output') || undefined;
    if (mode === 'merge') {
        if (statsFiles.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('mode "merge" needs input "stats-files": paths or globs of the shards\' statistics files');
        if (listed.length > 0 || evaluation.settings.metricsFiles.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('mode "merge" reads only "stats-files"; the prediction files were read by the shard jobs, so leave "predictions" and "metrics-files" unset');
    }
    else if (listed.length === 0 && evaluation.settings.metricsFiles.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "predictions" is required: paths or globs of prediction files');
    if (mode === 'shard' && statsOutput === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('mode "shard" needs input "stats-output": the path its statistics file is written to');
    if (mode === 'shard' && evaluation.settings.metricsFiles.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('mode "shard" computes from prediction files; metrics files cannot be merged exactly');
    const metricsText = get('metrics');
    let metrics;
    if (metricsText !== '') {
        metrics = [...new Set((0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(metricsText))];
        (0,_evaluation_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .checkMetricNames */ .f5)(metrics, evaluation.settings, listed.length > 0 || mode === 'merge');
    }
    // Named lines (`vendor-a=out/a.csv`) belong to other models; `predictions` keeps the candidate's patterns.
    const { predictions, models } = (0,_models_js__WEBPACK_IMPORTED_MODULE_4__/* .parseModelInputs */ .aQ)(read, evaluation.settings, metrics);
    if (mode !== 'gate' && models.leaderboard)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`mode "${mode}" handles one model; run one shard job per model, or use mode "gate" for a leaderboard`);
    const name = get('name');
    if (/[\r\n]/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "name" must be a single line');
    const positiveLabel = read('positive-label').trim();
    const updateBaseline = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .y)('update-baseline', get('update-baseline'));
    const commitBaseline = (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .y)('commit-baseline', get('commit-baseline'));
    if (commitBaseline && !updateBaseline) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "commit-baseline" needs "update-baseline: true": there is nothing to commit otherwise');
    }
    const idColumn = read('id-column').trim() || undefined;
    const statistics = parseStatistics(get);
    if (statistics.baselinePredictions.length > 0 && evaluation.settings.task !== 'classification') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "baseline-predictions" is for classification tasks (paired tests of labels)');
    }
    if (statistics.baselinePredictions.length > 0 && idColumn === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('input "baseline-predictions" needs "id-column": the two models\' predictions are paired by example id');
    }
    return {
        predictions,
        labelColumn: get('label-column'),
        predictionColumn: get('prediction-column'),
        maxLabels: parseMaxLabels(get('max-labels')),
        positiveLabel: positiveLabel === '' ? undefined : positiveLabel,
        idColumn,
        metrics,
        baselinePath: get('baseline'),
        thresholds: (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_5__/* .parseThresholds */ .S)(evaluation.thresholds, get('thresholds')),
        failOnRegression: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .y)('fail-on-regression', get('fail-on-regression')),
        name,
        updateBaseline,
        baselineRef: read('baseline-ref').trim() || undefined,
        onDatasetChange: parseChoice('on-dataset-change', get('on-dataset-change'), DATASET_CHANGE_POLICIES),
        commitBaseline,
        statistics,
        models,
        mode,
        ...(statsOutput !== undefined ? { statsOutput } : {}),
        statsFiles,
        ...evaluation.settings,
    };
}
function parseStatistics(get) {
    const significanceText = get('significance');
    const significance = significanceText === 'off' ? undefined : parseOpenUnit('significance', significanceText, 'or "off"');
    const samplesText = get('bootstrap-samples');
    if (!/^\d+$/.test(samplesText) || Number(samplesText) < 100)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "bootstrap-samples" must be a whole number of at least 100, got ${JSON.stringify(samplesText)}`);
    return {
        significance,
        confidence: parseOpenUnit('confidence', get('confidence')),
        samples: Number(samplesText),
        seed: get('seed'),
        baselinePredictions: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(get('baseline-predictions')),
    };
}
function parseMaxLabels(text) {
    if (!/^\d+$/.test(text) || Number(text) < 2 || Number(text) > MAX_LABELS_CEILING)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "max-labels" must be a whole number from 2 to ${MAX_LABELS_CEILING}, got ${JSON.stringify(text)}`);
    return Number(text);
}
/** Past this, one confusion matrix alone (labels² × 8 bytes) would take 3.2 GB. */
const MAX_LABELS_CEILING = 20_000;
/** A number strictly between 0 and 1, such as a significance level or a confidence level. */
function parseOpenUnit(input, value, alternative = '') {
    const number = /^\s*(\d*\.?\d+(e-?\d+)?)\s*$/i.test(value) ? Number(value) : NaN;
    if (!(number > 0 && number < 1))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "${input}" must be a number between 0 and 1 (exclusive)${alternative ? ` ${alternative}` : ''}, got ${JSON.stringify(value)}`);
    return number;
}
/** Validates the comment inputs. */
function parseCommentSettings(read, name) {
    const mode = parseChoice('comment', read('comment').trim() || 'always', COMMENT_MODES);
    const artifactName = read('artifact-name').trim();
    return {
        token: read('github-token').trim(),
        mode,
        commentId: read('comment-id').trim() || name,
        prNumber: parsePositiveInteger('pr-number', read('pr-number').trim()),
        artifactName: artifactName === '' ? undefined : artifactName,
        runId: parsePositiveInteger('run-id', read('run-id').trim()),
        jobSummary: parseBoolean('summary', read('summary').trim() || 'true'),
    };
}
function parsePositiveInteger(input, value) {
    if (value === '')
        return undefined;
    if (!/^[1-9]\d*$/.test(value))
        throw new InputError(`input "${input}" must be a positive whole number, got ${JSON.stringify(value)}`);
    return Number(value);
}
function parseChoice(input, value, choices) {
    if (!choices.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "${input}" must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value;
}


/***/ }),

/***/ 6520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ rmseStandardError),
/* harmony export */   Qy: () => (/* binding */ r2StandardError),
/* harmony export */   VS: () => (/* binding */ meanStandardError),
/* harmony export */   fS: () => (/* binding */ MeanVariance)
/* harmony export */ });
/* harmony import */ var _metrics_columns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2974);

/**
 * Standard errors from formulas, for metrics that are means of per-row quantities (log_loss, brier_score, mae, mse,
 * mape, exact_match, token_f1, contains): the standard error of a mean is the sample standard deviation (ddof 1)
 * over √n, accumulated in one streaming pass (weighted Welford, so equal rows can be added as one group). rmse and
 * r2 by the delta method. No resampling: exact at any size, in one pass. Checked against numpy
 * (`scripts/make-delong-vectors.py`).
 */
/** Weighted Welford (West 1979): the mean and the sum of squared deviations, updated row by row (or group). */
class MeanVariance {
    count = 0;
    mean = 0;
    squares = 0;
    /** `weight` rows of value `value`. */
    add(value, weight = 1) {
        if (weight === 0)
            return;
        this.count += weight;
        const delta = value - this.mean;
        this.mean += (delta * weight) / this.count;
        this.squares += weight * delta * (value - this.mean);
    }
    get rows() {
        return this.count;
    }
    /** The standard error of the mean, sd(ddof 1) / √n; NaN below two rows. */
    get standardError() {
        const n = this.count;
        return n < 2 ? NaN : Math.sqrt(Math.max(this.squares, 0) / (n - 1) / n);
    }
}
/** The standard error of the mean of `values`. */
function meanStandardError(values) {
    const moments = new MeanVariance();
    for (let i = 0; i < values.length; i++)
        moments.add(values[i]);
    return moments.standardError;
}
/** rmse = √mse, so by the delta method se(rmse) = se(mse) / (2 rmse); 0 when every error is 0 (no spread). */
function rmseStandardError(mse, mseStandardError) {
    return mse > 0 ? mseStandardError / (2 * Math.sqrt(mse)) : 0;
}
/**
 * The standard error of r2 = 1 − A / B, with A the mean squared error and B the mean of (y − ȳ)², by the delta
 * method on the ratio of two means: Var = (S_aa / B² − 2 A S_ab / B³ + A² S_bb / B⁴) / n, S the sample
 * covariances (ddof 1) of the per-row a = e² and b = (y − ȳ)². Estimating ȳ adds only a second-order term. Two
 * passes over the kept rows (ȳ first); NaN when every gold value is equal (r2 has no spread to divide by).
 */
function r2StandardError(gold, absoluteErrors) {
    const n = gold.length;
    const center = new _metrics_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .CompensatedSum */ .$N();
    for (let i = 0; i < n; i++)
        center.add(gold[i]);
    const mean = center.value / n;
    // Co-moments by Welford's update, pair by pair.
    let meanA = 0;
    let meanB = 0;
    let saa = 0;
    let sbb = 0;
    let sab = 0;
    for (let i = 0; i < n; i++) {
        const a = absoluteErrors[i] * absoluteErrors[i];
        const b = (gold[i] - mean) * (gold[i] - mean);
        const da = a - meanA;
        const db = b - meanB;
        meanA += da / (i + 1);
        meanB += db / (i + 1);
        saa += da * (a - meanA);
        sbb += db * (b - meanB);
        sab += da * (b - meanB);
    }
    if (n < 2 || meanB === 0)
        return NaN;
    const [A, B] = [meanA, meanB];
    const variance = (saa / B ** 2 - (2 * A * sab) / B ** 3 + (A ** 2 * sbb) / B ** 4) / (n - 1) / n;
    return Math.sqrt(Math.max(variance, 0));
}


/***/ }),

/***/ 8445:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   Af: () => (/* binding */ addMatrices),
/* harmony export */   D9: () => (/* binding */ bootstrapReplicates),
/* harmony export */   J9: () => (/* binding */ percentileInterval),
/* harmony export */   oi: () => (/* binding */ cellsToMatrix),
/* harmony export */   tA: () => (/* binding */ bootstrapIntervals)
/* harmony export */ });
/* unused harmony exports DEFAULT_SAMPLES, DEFAULT_CONFIDENCE, DEFAULT_SEED, quantile, MatrixResampler */
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6236);
/* harmony import */ var _metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(29);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3184);



const DEFAULT_SAMPLES = 2000;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 0;
/** Resolved options, validated. */
function resolveOptions(options) {
    const samples = options.samples ?? DEFAULT_SAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    if (!Number.isInteger(samples) || samples < 100)
        throw new RangeError(`bootstrap samples must be an integer ≥ 100, got ${samples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    return { samples, confidence, random: new _random_js__WEBPACK_IMPORTED_MODULE_1__/* .Random */ .o8(options.seed ?? DEFAULT_SEED) };
}
/**
 * The q-quantile of `values` with linear interpolation between order statistics: numpy's default
 * (`np.quantile(values, q)`, method "linear", R type 7). `sorted` says the values are already ascending.
 */
function quantile(values, q, sorted = false) {
    if (values.length === 0)
        return NaN;
    const data = sorted ? values : Float64Array.from(values).sort();
    const position = q * (data.length - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, data.length - 1);
    const fraction = position - below;
    const low = data[below];
    const high = data[above];
    return fraction === 0 ? low : low + (high - low) * fraction;
}
/** The percentile interval of bootstrap replicates at a two-sided `confidence`, around `estimate`. */
function percentileInterval(replicates, confidence, estimate) {
    const sorted = Float64Array.from(replicates).sort();
    const tail = (1 - confidence) / 2;
    return { estimate, lower: quantile(sorted, tail, true), upper: quantile(sorted, 1 - tail, true) };
}
/**
 * Resamples the rows a confusion matrix was counted from: the cells are drawn from Multinomial(total, cell
 * frequencies), which is what drawing `total` rows with replacement does to the counts. As scikit-learn takes the
 * labels from the data, labels absent from a resample (zero row and zero column) are dropped from it.
 */
class MatrixResampler {
    matrix;
    random;
    rows;
    weights;
    draw;
    size;
    /** `rows`: the size of each resample (default the matrix's total; the pooled null test draws other sizes). */
    constructor(matrix, random, rows = matrix.total) {
        this.matrix = matrix;
        this.random = random;
        this.rows = rows;
        this.size = matrix.labels.length;
        this.weights = new Float64Array(this.size * this.size);
        this.draw = new Float64Array(this.size * this.size);
        let total = 0;
        matrix.counts.forEach((row, g) => row.forEach((count, p) => {
            this.weights[g * this.size + p] = count;
            total += count;
        }));
        if (total !== matrix.total)
            throw new RangeError(`confusion matrix cells sum to ${total}, not to its total ${matrix.total}`);
    }
    /** One resampled matrix. */
    next() {
        (0,_random_js__WEBPACK_IMPORTED_MODULE_1__/* .multinomial */ .Oj)(this.random, this.rows, this.weights, this.draw);
        return cellsToMatrix(this.matrix.labels, this.draw, this.rows);
    }
}
/** A matrix from row-major cells over `labels`, dropping labels with no gold and no predicted row. */
function cellsToMatrix(labels, cells, total) {
    const size = labels.length;
    const keep = [];
    for (let i = 0; i < size; i++) {
        let present = false;
        for (let j = 0; j < size && !present; j++)
            present = cells[i * size + j] > 0 || cells[j * size + i] > 0;
        if (present)
            keep.push(i);
    }
    return {
        labels: keep.map((i) => labels[i]),
        counts: keep.map((g) => keep.map((p) => cells[g * size + p])),
        total,
    };
}
/** Bootstrap replicates of every classification metric of a matrix (resamples of `rows` rows): name → B values. */
function bootstrapReplicates(matrix, samples, random, positiveLabel, metrics, rows = matrix.total) {
    const resampler = new MatrixResampler(matrix, random, rows);
    const names = metrics ?? Object.keys((0,_metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__/* .classificationMetrics */ .q)(matrix, positiveLabel).values);
    const replicates = {};
    for (const name of names)
        replicates[name] = new Float64Array(samples);
    for (let b = 0; b < samples; b++) {
        const values = (0,_metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__/* .classificationMetrics */ .q)(resampler.next(), positiveLabel).values;
        for (const name of names)
            replicates[name][b] = values[name] ?? 0;
    }
    return replicates;
}
/**
 * Percentile bootstrap intervals for every metric `classificationMetrics(matrix, positiveLabel)` produces (or the
 * `metrics` named), resampling rows through the multinomial on the matrix cells: the cost does not grow with rows.
 */
function bootstrapIntervals(matrix, options = {}) {
    const { samples, confidence, random } = resolveOptions(options);
    const estimates = (0,_metrics_classification_js__WEBPACK_IMPORTED_MODULE_2__/* .classificationMetrics */ .q)(matrix, options.positiveLabel).values;
    const replicates = bootstrapReplicates(matrix, samples, random, options.positiveLabel, options.metrics);
    const result = {};
    for (const [name, values] of Object.entries(replicates))
        result[name] = percentileInterval(values, confidence, estimates[name] ?? 0);
    return result;
}
/** The sum of two confusion matrices over the sorted union of their labels. */
function addMatrices(a, b) {
    const labels = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .sortLabels */ .CL)([...new Set([...a.labels, ...b.labels])]);
    const index = new Map(labels.map((label, i) => [label, i]));
    const counts = labels.map(() => labels.map(() => 0));
    for (const m of [a, b])
        m.labels.forEach((gold, g) => m.labels.forEach((predicted, p) => {
            counts[index.get(gold)][index.get(predicted)] += m.counts[g][p];
        }));
    return { labels, counts, total: a.total + b.total };
}


/***/ }),

/***/ 1759:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lW: () => (/* reexport */ BinaryScoreResampler),
  IJ: () => (/* reexport */ PairedCounter),
  fg: () => (/* reexport */ RegressionResampler),
  bJ: () => (/* reexport */ TextResampler),
  d$: () => (/* reexport */ baselineMatrix),
  qg: () => (/* reexport */ binaryScoreStandardErrors),
  tA: () => (/* reexport */ bootstrap/* bootstrapIntervals */.tA),
  dE: () => (/* reexport */ discordantPairs),
  Ps: () => (/* reexport */ fixedValueTests),
  aK: () => (/* reexport */ formulaMethod),
  fU: () => (/* reexport */ holm),
  B1: () => (/* reexport */ mcnemarExact),
  vr: () => (/* reexport */ normalCdf),
  Zl: () => (/* reexport */ normalQuantile),
  Gr: () => (/* reexport */ pairedDropTests),
  Am: () => (/* reexport */ pairedScoreDifferences),
  Yq: () => (/* reexport */ regressionStandardErrors),
  ni: () => (/* reexport */ rowBootstrapIntervals),
  Hn: () => (/* reexport */ scoreBootstrapIntervals),
  KN: () => (/* reexport */ significantDrops),
  Fx: () => (/* reexport */ standardDeviation),
  YF: () => (/* reexport */ textStandardErrors),
  v2: () => (/* reexport */ unpairedDropTests),
  Fy: () => (/* reexport */ wilsonInterval)
});

// UNUSED EXPORTS: DEFAULT_CONFIDENCE, DEFAULT_SAMPLES, DEFAULT_SEED, FORMULA_METHODS, MatrixResampler, MeanVariance, MulticlassScoreResampler, Random, addMatrices, binomial, binomialHalfCdf, bootstrapPValue, bootstrapReplicates, cellsToMatrix, delong, logFactorial, meanStandardError, multinomial, nullPValue, pairedDelong, pairedMatrices, percentileInterval, placements, quantile, r2StandardError, rmseStandardError, scoreBootstrapReplicates

// EXTERNAL MODULE: ./src/core/stats/bootstrap.ts
var bootstrap = __nccwpck_require__(8445);
// EXTERNAL MODULE: ./src/core/stats/random.ts
var stats_random = __nccwpck_require__(3184);
// EXTERNAL MODULE: ./src/core/catalogue.ts
var catalogue = __nccwpck_require__(5318);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __nccwpck_require__(6236);
// EXTERNAL MODULE: ./src/core/metrics/classification.ts
var classification = __nccwpck_require__(29);
// EXTERNAL MODULE: ./src/core/compare.ts
var compare = __nccwpck_require__(3164);
;// CONCATENATED MODULE: ./src/core/stats/tests.ts






/**
 * The bootstrap p-value of "worse": the share of resampled differences on the "not worse" side of 0 (≥ 0 when
 * higher is better), with the +1 correction `(1 + #) / (B + 1)`, which never returns 0.
 */
function bootstrapPValue(deltas, direction) {
    let notWorse = 0;
    for (let b = 0; b < deltas.length; b++) {
        const d = deltas[b];
        if (direction === 'higher-is-better' ? d >= 0 : d <= 0)
            notWorse++;
    }
    return (1 + notWorse) / (deltas.length + 1);
}
/** The p-value of a bootstrap test under the null: the share of Δ0* at least as bad as `observed`, +1 corrected. */
function nullPValue(nullDeltas, observed, direction) {
    let asBad = 0;
    for (let b = 0; b < nullDeltas.length; b++) {
        const d = nullDeltas[b];
        if (direction === 'higher-is-better' ? d <= observed + 1e-12 : d >= observed - 1e-12)
            asBad++;
    }
    return (1 + asBad) / (nullDeltas.length + 1);
}
function commonMetrics(a, b, wanted) {
    const names = wanted ?? Object.keys(a);
    return names.filter((name) => Object.hasOwn(a, name) && Object.hasOwn(b, name));
}
/**
 * Unpaired test of a drop for every metric: both sides are bootstrapped independently (the candidate's confusion
 * matrix and the baseline's stored one), Δ* = m(candidate*) − m(baseline*), and the p-value of "worse" and the
 * interval of Δ come from the B differences.
 */
function unpairedDropTests(candidate, baseline, options = {}) {
    const { samples, confidence, random } = (0,bootstrap/* resolveOptions */.$i)(options);
    const direction = options.directionOf ?? catalogue/* directionOf */.FR;
    const current = (0,classification/* classificationMetrics */.q)(candidate, options.positiveLabel).values;
    const before = (0,classification/* classificationMetrics */.q)(baseline, options.positiveLabel).values;
    const names = commonMetrics(current, before, options.metrics);
    const candidateRandom = random.fork();
    const baselineRandom = random.fork();
    const a = (0,bootstrap/* bootstrapReplicates */.D9)(candidate, samples, candidateRandom, options.positiveLabel, names);
    const b = (0,bootstrap/* bootstrapReplicates */.D9)(baseline, samples, baselineRandom, options.positiveLabel, names);
    let nullDeltas;
    if (options.unpairedPValue === 'pooled') {
        const pooled = (0,bootstrap/* addMatrices */.Af)(candidate, baseline);
        const a0 = (0,bootstrap/* bootstrapReplicates */.D9)(pooled, samples, random.fork(), options.positiveLabel, names, candidate.total);
        const b0 = (0,bootstrap/* bootstrapReplicates */.D9)(pooled, samples, random.fork(), options.positiveLabel, names, baseline.total);
        nullDeltas = {};
        for (const metric of names)
            nullDeltas[metric] = a0[metric].map((value, i) => value - b0[metric][i]);
    }
    const result = {};
    for (const metric of names) {
        const stored = options.storedValues?.[metric];
        if (stored !== undefined && Math.abs(stored - before[metric]) > compare/* NOISE */.Xd) {
            const test = fixedBaselineTest(metric, direction(metric), stored, current[metric], a[metric], confidence);
            result[metric] = { ...test, fromMatrix: before[metric] };
            continue;
        }
        const deltas = new Float64Array(samples);
        for (let i = 0; i < samples; i++)
            deltas[i] = a[metric][i] - b[metric][i];
        const shift = measuredShift(metric, direction(metric), before[metric], current[metric], deltas, confidence);
        result[metric] = {
            ...shift,
            pValue: nullDeltas
                ? nullPValue(nullDeltas[metric], shift.delta, shift.direction)
                : bootstrapPValue(deltas, shift.direction),
            paired: false,
            method: 'bootstrap',
        };
    }
    return result;
}
/**
 * One-sample tests of "the candidate is worse than a fixed value" for each metric of `fixed` (stored baseline
 * values that the baseline's own data do not give): the candidate's matrix alone is bootstrapped.
 */
function fixedValueTests(candidate, fixed, options = {}) {
    const { samples, confidence, random } = (0,bootstrap/* resolveOptions */.$i)(options);
    const direction = options.directionOf ?? catalogue/* directionOf */.FR;
    const current = (0,classification/* classificationMetrics */.q)(candidate, options.positiveLabel).values;
    const names = commonMetrics(current, fixed, Object.keys(fixed));
    const replicates = (0,bootstrap/* bootstrapReplicates */.D9)(candidate, samples, random, options.positiveLabel, names);
    const result = {};
    for (const metric of names)
        result[metric] = fixedBaselineTest(metric, direction(metric), fixed[metric], current[metric], replicates[metric], confidence);
    return result;
}
/**
 * One-sample test of "the candidate is worse than `fixed`": Δ* = m(candidate*) − fixed over the candidate's
 * bootstrap `replicates`, so Δ, its interval and p all measure the distance to the same fixed value.
 */
function fixedBaselineTest(metric, direction, fixed, candidate, replicates, confidence) {
    const deltas = replicates.map((value) => value - fixed);
    return {
        ...measuredShift(metric, direction, fixed, candidate, deltas, confidence),
        pValue: bootstrapPValue(deltas, direction),
        paired: false,
        method: 'bootstrap',
    };
}
/** Counts (gold, candidate, baseline) triples as they stream by; memory grows with labels³, never with rows. */
class PairedCounter {
    counts = new Map();
    rows = 0;
    add(gold, candidate, baseline, count = 1) {
        const key = JSON.stringify([gold, candidate, baseline]);
        this.counts.set(key, (this.counts.get(key) ?? 0) + count);
        this.rows += count;
    }
    get total() {
        return this.rows;
    }
    toTable() {
        const triples = [...this.counts].map(([key, count]) => [JSON.parse(key), count]);
        const labels = (0,core_labels/* sortLabels */.CL)([...new Set(triples.flatMap(([triple]) => triple))]);
        const index = new Map(labels.map((label, i) => [label, i]));
        const cells = triples
            .filter(([, count]) => count > 0)
            .map(([[gold, candidate, baseline], count]) => ({
            gold: index.get(gold),
            candidate: index.get(candidate),
            baseline: index.get(baseline),
            count,
        }));
        return { labels, cells, total: this.rows };
    }
}
/** The candidate's and the baseline's confusion matrices of a paired table (each over its own labels). */
function pairedMatrices(table) {
    return matricesOf(table, table.cells.map((cell) => cell.count));
}
function matricesOf(table, counts) {
    const size = table.labels.length;
    const a = new Float64Array(size * size);
    const b = new Float64Array(size * size);
    let total = 0;
    table.cells.forEach((cell, i) => {
        const count = counts[i];
        a[cell.gold * size + cell.candidate] += count;
        b[cell.gold * size + cell.baseline] += count;
        total += count;
    });
    return { candidate: (0,bootstrap/* cellsToMatrix */.oi)(table.labels, a, total), baseline: (0,bootstrap/* cellsToMatrix */.oi)(table.labels, b, total) };
}
/** Discordant pairs of a paired table: `candidateOnly` right only by the candidate, `baselineOnly` only by the baseline. */
function discordantPairs(table) {
    let candidateOnly = 0;
    let baselineOnly = 0;
    for (const cell of table.cells) {
        const a = cell.gold === cell.candidate;
        const b = cell.gold === cell.baseline;
        if (a && !b)
            candidateOnly += cell.count;
        else if (b && !a)
            baselineOnly += cell.count;
    }
    return { candidateOnly, baselineOnly };
}
/**
 * Paired test of a drop for every metric: the rows are resampled together (a multinomial over the joint
 * (gold, candidate, baseline) table), so Δ* = m(candidate*) − m(baseline*) on the same resampled rows. For accuracy
 * the p-value is the exact McNemar test (unless `mcnemar: false`); the interval of Δ is the bootstrap's.
 */
function pairedDropTests(table, options = {}) {
    const { samples, confidence, random } = (0,bootstrap/* resolveOptions */.$i)(options);
    const direction = options.directionOf ?? catalogue/* directionOf */.FR;
    const { candidate, baseline } = pairedMatrices(table);
    const current = (0,classification/* classificationMetrics */.q)(candidate, options.positiveLabel).values;
    const before = (0,classification/* classificationMetrics */.q)(baseline, options.positiveLabel).values;
    const names = commonMetrics(current, before, options.metrics);
    const weights = table.cells.map((cell) => cell.count);
    const draw = new Float64Array(weights.length);
    const deltas = {};
    for (const name of names)
        deltas[name] = new Float64Array(samples);
    for (let s = 0; s < samples; s++) {
        (0,stats_random/* multinomial */.Oj)(random, table.total, weights, draw);
        const matrices = matricesOf(table, draw);
        const a = (0,classification/* classificationMetrics */.q)(matrices.candidate, options.positiveLabel).values;
        const b = (0,classification/* classificationMetrics */.q)(matrices.baseline, options.positiveLabel).values;
        for (const name of names)
            deltas[name][s] = (a[name] ?? 0) - (b[name] ?? 0);
    }
    const discordant = discordantPairs(table);
    const result = {};
    for (const metric of names) {
        const shift = measuredShift(metric, direction(metric), before[metric], current[metric], deltas[metric], confidence);
        const exact = metric === 'accuracy' && options.mcnemar !== false;
        result[metric] = {
            ...shift,
            pValue: exact
                ? mcnemarExact(discordant.candidateOnly, discordant.baselineOnly).worse
                : bootstrapPValue(deltas[metric], shift.direction),
            paired: true,
            method: exact ? 'mcnemar' : 'bootstrap',
        };
    }
    return result;
}
/** The part of a drop test both kinds share: the two values, their difference and its bootstrap interval. */
function measuredShift(metric, direction, baseline, candidate, deltas, confidence) {
    const delta = candidate - baseline;
    const { lower, upper } = (0,bootstrap/* percentileInterval */.J9)(deltas, confidence, delta);
    return { metric, direction, baseline, candidate, delta, lower, upper };
}
/**
 * P(X ≤ k) for X ~ Binomial(n, 1/2), exactly up to rounding (relative error ~1e-13): the terms are summed from
 * k down, starting from the log of the binomial coefficient; the larger half comes from the symmetric complement.
 */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (2 * k >= n)
        return 1 - binomialHalfCdf(n - k - 1, n);
    // Up to n = 1000 the binomial coefficients are summed as integers (exact while below 2^53) and scaled by 2^−n,
    // which is exact; above, the first term comes from ln Γ.
    let scale = 1;
    let term;
    if (n <= 1000) {
        term = 1;
        for (let j = 1; j <= k; j++)
            term = (term * (n - k + j)) / j;
        scale = Math.pow(2, -n);
    }
    else
        term = Math.exp((0,stats_random/* logFactorial */.kV)(n) - (0,stats_random/* logFactorial */.kV)(k) - (0,stats_random/* logFactorial */.kV)(n - k) - n * Math.LN2);
    let sum = 0;
    for (let i = k; i >= 0; i--) {
        sum += term;
        if (term < sum * 1e-17)
            break;
        term = (term * i) / (n - i + 1);
    }
    return Math.min(1, sum * scale);
}
/**
 * The exact McNemar test on discordant pairs: `candidateOnly` examples the candidate gets right and the baseline
 * wrong, `baselineOnly` the reverse. Under "same accuracy" candidateOnly ~ Binomial(candidateOnly + baselineOnly, ½).
 * `worse` is the one-sided p-value of "the candidate is less accurate", P(X ≤ candidateOnly); `twoSided` is
 * min(1, 2·min tail), the same as scipy's `binomtest(candidateOnly, n, 0.5).pvalue` and statsmodels'
 * `mcnemar(table, exact=True)`.
 */
function mcnemarExact(candidateOnly, baselineOnly) {
    const n = candidateOnly + baselineOnly;
    if (n === 0)
        return { worse: 1, twoSided: 1 };
    const lower = binomialHalfCdf(candidateOnly, n);
    const upper = binomialHalfCdf(baselineOnly, n); // P(X ≥ candidateOnly) by symmetry
    return { worse: lower, twoSided: Math.min(1, 2 * Math.min(lower, upper)) };
}
/**
 * Holm–Bonferroni step-down over a family of p-values: adjusted p-values (monotone, capped at 1) in the input
 * order, and which hypotheses are rejected at family-wise level `alpha` (adjusted ≤ alpha).
 */
function holm(pValues, alpha) {
    const m = pValues.length;
    const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
    const adjusted = new Array(m).fill(1);
    let running = 0;
    order.forEach((index, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
        adjusted[index] = running;
    });
    return { adjusted, reject: adjusted.map((p) => p <= alpha) };
}

;// CONCATENATED MODULE: ./src/core/stats/decision.ts

/**
 * Which drops are significant at family-wise level `alpha`: Holm–Bonferroni over the p-values of `tests` (the gated
 * metrics). Returns metric → { adjustedP, significant }.
 */
function significantDrops(tests, alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`significance must be in (0, 1), got ${alpha}`);
    const { adjusted, reject } = holm(tests.map((test) => test.pValue), alpha);
    const result = {};
    tests.forEach((test, i) => {
        result[test.metric] = { adjustedP: adjusted[i], significant: reject[i] };
    });
    return result;
}
/** The standard normal quantile (Acklam's algorithm with one Halley step; relative error < 1e-15). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
    const a = [
        -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
        2.506628277459239,
    ];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    let x;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        x =
            (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    else if (p <= 1 - low) {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
                (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x =
            -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley refinement step with erfc.
    const e = 0.5 * erfc(-x / Math.SQRT2) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}
/** The standard normal distribution function Φ(x). */
function normalCdf(x) {
    return 0.5 * erfc(-x / Math.SQRT2);
}
/** The complementary error function: its series below 2, Lentz's continued fraction above (relative error ~1e-15). */
function erfc(x) {
    const z = Math.abs(x);
    let result;
    if (z < 2) {
        // erf series: erf(z) = 2/√π Σ (-1)^n z^(2n+1) / (n! (2n+1))
        let sum = z;
        let term = z;
        for (let n = 1; n < 60; n++) {
            term *= (-z * z) / n;
            const add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum))
                break;
        }
        result = 1 - (2 / Math.sqrt(Math.PI)) * sum;
    }
    else {
        // Continued fraction (Lentz) for erfc(z) = exp(-z²)/√π · 1/(z + 1/2/(z + 1/(z + 3/2/(z + ...)))).
        let f = z;
        let C = z;
        let D = 0;
        for (let n = 1; n < 200; n++) {
            const an = n / 2;
            D = z + an * D;
            D = D === 0 ? 1e-300 : 1 / D;
            C = z + an / C;
            if (C === 0)
                C = 1e-300;
            const delta = C * D;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16)
                break;
        }
        result = Math.exp(-z * z) / (Math.sqrt(Math.PI) * f);
    }
    return x < 0 ? 2 - result : result;
}
/** The Wilson score interval of a binomial proportion `successes / n` at a two-sided `confidence`. */
function wilsonInterval(successes, n, confidence) {
    const z = normalQuantile(0.5 + confidence / 2);
    const phat = successes / n;
    const z2 = z * z;
    const centre = (phat + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
    return { lower: centre - half, upper: centre + half };
}
/**
 * The confusion matrix stored in a baseline entry, or `undefined` when the entry cannot support a test (a flat
 * hand-written baseline, no labels or matrix, a matrix of the wrong shape or with non-integer/negative counts, or a
 * row count that disagrees with the cells): the gate then falls back to the rule alone and says so.
 */
function baselineMatrix(entry) {
    const { labels, confusionMatrix: counts } = entry;
    if (!labels || !counts || labels.length === 0 || counts.length !== labels.length)
        return undefined;
    let total = 0;
    for (const row of counts) {
        if (row.length !== labels.length)
            return undefined;
        for (const count of row) {
            if (!Number.isInteger(count) || count < 0)
                return undefined;
            total += count;
        }
    }
    if (total === 0 || (entry.rows !== undefined && entry.rows !== total))
        return undefined;
    return { labels: [...labels], counts: counts.map((row) => [...row]), total };
}

// EXTERNAL MODULE: ./src/core/metrics/columns.ts
var columns = __nccwpck_require__(2974);
// EXTERNAL MODULE: ./src/core/metrics/scores.ts
var scores = __nccwpck_require__(8326);
;// CONCATENATED MODULE: ./src/core/stats/score-bootstrap.ts



/**
 * Bootstrap intervals for the score metrics (ROC AUC, average precision, one-vs-rest AUC, log loss, Brier score).
 * Unlike the count metrics, these depend on the order of the scores, so rows are resampled: a resample is a vector
 * of per-row multiplicities (n indices drawn with replacement, counted), and the metrics of that weighted sample
 * are computed in one pass over rows sorted once, grouped by distinct score — no resample is ever sorted. With
 * every multiplicity 1, ROC AUC, average precision and one-vs-rest AUC are bit for bit those of `rocAuc`,
 * `averagePrecision` and `averageAuc`; with any multiplicities, those of the explicitly resampled rows.
 */
/** numpy's `finfo(float64).eps`: the clipping of probabilities in scikit-learn 1.2's `log_loss`. */
const EPSILON = 2 ** -52;
const TWO_32 = 4294967296;
/** Up to this many rows, 32 random bits times the row count is exact in a double (Lemire's method below). */
const EXACT_ROWS = 2 ** 21;
const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score'];
const MULTICLASS_SCORE_METRICS = (/* unused pure expression or super */ null && (['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss']));
/**
 * The rows of a binary task, sorted once by score and grouped by distinct score. `positive[i]`: whether row `i`'s
 * gold label is the positive class.
 */
class BinaryScoreResampler {
    rows;
    metricNames = BINARY_SCORE_METRICS;
    /** Row → its cell: 2 × (its group, by distinct score ascending) + (0 if positive, 1 if negative). */
    cellOf;
    /** Per group: the log loss and Brier term of a positive and of a negative row with that score. */
    lossPositive;
    lossNegative;
    brierPositive;
    brierNegative;
    /** The current sample: the weighted rows of each cell, and the rows drawn. */
    cells;
    drawn;
    constructor(scores, positive) {
        const n = scores.length;
        if (positive.length !== n)
            throw new RangeError(`${n} scores but ${positive.length} gold flags`);
        this.rows = n;
        const { groupOf, groupScores } = groupByScore(scores);
        this.cellOf = new Int32Array(n);
        for (let i = 0; i < n; i++)
            this.cellOf[i] = 2 * groupOf[i] + (positive[i] ? 0 : 1);
        const groups = groupScores.length;
        this.lossPositive = new Float64Array(groups);
        this.lossNegative = new Float64Array(groups);
        this.brierPositive = new Float64Array(groups);
        this.brierNegative = new Float64Array(groups);
        groupScores.forEach((score, g) => {
            // As BinaryScoreAccumulator.add: the columns [1 − p, p] clipped, each divided by their sum.
            const p = Math.min(Math.max(score, EPSILON), 1 - EPSILON);
            const q = 1 - p;
            const total = q + p;
            this.lossPositive[g] = -Math.log(p / total);
            this.lossNegative[g] = -Math.log(q / total);
            this.brierPositive[g] = (1 - score) * (1 - score);
            this.brierNegative[g] = (0 - score) * (0 - score);
        });
        this.cells = new Int32Array(2 * groups);
        this.drawn = new Int32Array(n);
    }
    /** The data the binary score path holds: its positive and negative scores (rows: positives, then negatives). */
    static fromScores(positives, negatives) {
        const scores = new Float64Array(positives.length + negatives.length);
        scores.set(Array.from(positives));
        scores.set(Array.from(negatives), positives.length);
        const flags = new Uint8Array(scores.length).fill(1, 0, positives.length);
        return new BinaryScoreResampler(scores, flags);
    }
    metrics(multiplicities, wanted = this.metricNames) {
        const { cells, cellOf } = this;
        cells.fill(0);
        for (let i = 0; i < this.rows; i++)
            cells[cellOf[i]] += multiplicities[i];
        return this.fromCells(wanted);
    }
    resample(random, wanted = this.metricNames) {
        const { cells, cellOf } = this;
        cells.fill(0);
        const drawn = drawRows(random, this.rows, this.drawn);
        for (let d = 0; d < drawn.length; d++)
            cells[cellOf[drawn[d]]]++;
        return this.fromCells(wanted);
    }
    fromCells(wanted) {
        const { cells } = this;
        const { auc, positives, negatives } = cellsAuc(cells);
        const both = positives > 0 && negatives > 0;
        const rows = positives + negatives;
        const values = {};
        if (wanted.includes('roc_auc'))
            values.roc_auc = auc;
        if (wanted.includes('average_precision'))
            values.average_precision = positives > 0 ? this.averagePrecision(positives) : NaN;
        if (wanted.includes('log_loss'))
            values.log_loss = both ? weightedSum(cells, this.lossPositive, this.lossNegative) / rows : NaN;
        if (wanted.includes('brier_score'))
            values.brier_score = weightedSum(cells, this.brierPositive, this.brierNegative) / rows;
        return values;
    }
    /** As averagePrecision: from the highest score down, (recall gained) × (precision there), summed exactly. */
    averagePrecision(total) {
        const { cells } = this;
        const sum = new columns/* Sum */.Wu();
        let tps = 0;
        let fps = 0;
        let previousRecall = 0;
        for (let cell = cells.length - 2; cell >= 0 && tps < total; cell -= 2) {
            fps += cells[cell + 1];
            // Without positives here the recall is unchanged and nothing is added.
            if (cells[cell] === 0)
                continue;
            tps += cells[cell];
            const recall = tps / total;
            if (recall !== previousRecall) {
                sum.add((recall - previousRecall) * (tps / (tps + fps)));
                previousRecall = recall;
            }
        }
        return sum.value;
    }
}
/**
 * The rows of a multiclass task: `gold[i]` is row `i`'s class (an index into `scores`), `scores[k][i]` its
 * probability of class `k`. Each class's scores are sorted once; one-vs-rest AUC is averaged by `averageAuc`.
 */
class MulticlassScoreResampler {
    rows;
    metricNames = MULTICLASS_SCORE_METRICS;
    /**
     * Per class, its rows in the order of its scores (`rowAt`) with the cell of each (`cellAt`, as in
     * BinaryScoreResampler), so a sample's cells fill in one pass that reads the row counts and writes in order.
     */
    classes;
    /** Each row's log loss, as MulticlassLogLoss.add computes it. */
    rowLoss;
    /** The current sample: each row's multiplicity, and the rows drawn. */
    counts;
    drawn;
    constructor(gold, scores) {
        const n = gold.length;
        this.rows = n;
        this.classes = scores.map((column, k) => {
            if (column.length !== n)
                throw new RangeError(`class ${k} has ${column.length} scores for ${n} rows`);
            const { groupOf, groupScores } = groupByScore(column);
            const rowAt = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => groupOf[a] - groupOf[b] || a - b);
            const cellAt = rowAt.map((row) => 2 * groupOf[row] + (gold[row] === k ? 0 : 1));
            return { rowAt, cellAt, cells: new Int32Array(2 * groupScores.length) };
        });
        this.rowLoss = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            let total = 0;
            const clipped = scores.map((column) => Math.min(Math.max(column[i], EPSILON), 1 - EPSILON));
            for (const p of clipped)
                total += p;
            this.rowLoss[i] = -Math.log(clipped[gold[i]] / total);
        }
        this.counts = new Int32Array(n);
        this.drawn = new Int32Array(n);
    }
    metrics(multiplicities, wanted = this.metricNames) {
        for (let i = 0; i < this.rows; i++)
            this.counts[i] = multiplicities[i];
        return this.fromCounts(wanted);
    }
    resample(random, wanted = this.metricNames) {
        const { counts } = this;
        counts.fill(0);
        const drawn = drawRows(random, this.rows, this.drawn);
        for (let d = 0; d < drawn.length; d++)
            counts[drawn[d]]++;
        return this.fromCounts(wanted);
    }
    fromCounts(wanted) {
        const { counts } = this;
        const values = {};
        if (wanted.some((name) => name.startsWith('roc_auc_ovr'))) {
            const perClass = this.classes.map(({ rowAt, cellAt, cells }) => {
                cells.fill(0);
                for (let at = 0; at < rowAt.length; at++)
                    cells[cellAt[at]] += counts[rowAt[at]];
                const { auc, positives } = cellsAuc(cells);
                return { auc, support: positives };
            });
            const { macro, weighted } = averageAuc(perClass);
            if (wanted.includes('roc_auc_ovr_macro'))
                values.roc_auc_ovr_macro = macro;
            if (wanted.includes('roc_auc_ovr_weighted'))
                values.roc_auc_ovr_weighted = weighted;
        }
        if (wanted.includes('log_loss')) {
            const loss = new CompensatedSum();
            let rows = 0;
            for (let i = 0; i < counts.length; i++) {
                const w = counts[i];
                if (w === 0)
                    continue;
                loss.add(w * this.rowLoss[i]);
                rows += w;
            }
            values.log_loss = loss.value / rows;
        }
        return values;
    }
}
/**
 * Bootstrap replicates of score metrics: `samples` resamples of the rows, metric name → one value per resample
 * (NaN where the resample left the metric undefined).
 */
function scoreBootstrapReplicates(resampler, samples, random, metrics = resampler.metricNames) {
    const replicates = {};
    for (const name of metrics)
        replicates[name] = new Float64Array(samples);
    for (let b = 0; b < samples; b++) {
        const values = resampler.resample(random, metrics);
        for (const name of metrics)
            replicates[name][b] = values[name];
    }
    return replicates;
}
/**
 * Percentile intervals and bootstrap standard errors of score metrics (those of the resampler, or `metrics`),
 * around the estimates of the full data. Same options and defaults as `bootstrapIntervals`.
 */
function scoreBootstrapIntervals(resampler, options = {}) {
    const { samples, confidence, random } = (0,bootstrap/* resolveOptions */.$i)(options);
    const metrics = options.metrics ?? resampler.metricNames;
    const estimates = resampler.metrics(new Int32Array(resampler.rows).fill(1), metrics);
    const replicates = scoreBootstrapReplicates(resampler, samples, random, metrics);
    const result = {};
    for (const name of metrics) {
        const defined = replicates[name].filter((value) => !Number.isNaN(value));
        result[name] = {
            ...(0,bootstrap/* percentileInterval */.J9)(defined, confidence, estimates[name]),
            standardError: standardDeviation(defined),
            undefinedResamples: samples - defined.length,
        };
    }
    return result;
}
/** The sample standard deviation (ddof 1, numpy's `std(ddof=1)`); NaN for fewer than two values. */
function standardDeviation(values) {
    const n = values.length;
    if (n < 2)
        return NaN;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += values[i];
    mean /= n;
    let squares = 0;
    for (let i = 0; i < n; i++)
        squares += (values[i] - mean) ** 2;
    return Math.sqrt(squares / (n - 1));
}
/** Rows grouped by distinct score: each row's group, and the groups' scores ascending. */
function groupByScore(scores) {
    const n = scores.length;
    const values = Float64Array.from(scores);
    const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
    const groupOf = new Int32Array(n);
    const groupScores = [];
    for (const i of order) {
        const score = values[i];
        if (groupScores.length === 0 || groupScores[groupScores.length - 1] !== score)
            groupScores.push(score);
        groupOf[i] = groupScores.length - 1;
    }
    return { groupOf, groupScores };
}
/**
 * ROC AUC of weighted cells (per distinct score ascending: positives, negatives), as rocAuc computes it: 2 ×
 * (pairs ranked right) + (tied pairs), exact in integers until the division. NaN without both classes.
 */
function cellsAuc(cells) {
    let below = 0;
    let pairs = 0;
    let positives = 0;
    for (let cell = 0; cell < cells.length; cell += 2) {
        const p = cells[cell];
        const n = cells[cell + 1];
        if (p > 0)
            pairs += p * (2 * below + n);
        below += n;
        positives += p;
    }
    const auc = positives > 0 && below > 0 ? pairs / (2 * positives * below) : NaN;
    return { auc, positives, negatives: below };
}
/** Σ over the groups of (positives × positive term + negatives × negative term), compensated. */
function weightedSum(cells, positiveTerm, negativeTerm) {
    const sum = new columns/* CompensatedSum */.$N();
    for (let g = 0; g < positiveTerm.length; g++) {
        const p = cells[2 * g];
        const n = cells[2 * g + 1];
        if (p > 0)
            sum.add(p * positiveTerm[g]);
        if (n > 0)
            sum.add(n * negativeTerm[g]);
    }
    return sum.value;
}
/**
 * Fills `rows` with indices drawn uniformly from [0, n), with replacement. Unbiased: Lemire's multiply-and-reject
 * on 32 random bits while the product is exact in a double, 53-bit doubles beyond.
 */
function drawRows(random, n, rows) {
    if (n > EXACT_ROWS) {
        for (let d = 0; d < rows.length; d++)
            rows[d] = Math.floor(random.nextDouble() * n);
        return rows;
    }
    const threshold = TWO_32 % n;
    for (let d = 0; d < rows.length; d++) {
        let product = random.nextUint32() * n;
        let row = Math.floor(product / TWO_32);
        // The low 32 bits of the product (not `%`: on doubles it is a slow library call).
        while (product - row * TWO_32 < threshold) {
            product = random.nextUint32() * n;
            row = Math.floor(product / TWO_32);
        }
        rows[d] = row;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/core/stats/row-bootstrap.ts



/** numpy's `finfo(float64).eps`: scikit-learn's floor for |y_true| in the MAPE denominator (as regression.ts). */
const row_bootstrap_EPSILON = 2 ** -52;
const row_bootstrap_TWO_32 = 4294967296;
const REGRESSION_METRICS = [
    'mae',
    'mse',
    'rmse',
    'r2',
    'mape',
    'max_error',
    'median_absolute_error',
];
/** What the sorted absolute errors alone give (a merged shard state keeps gold and errors unpaired). */
const ERROR_METRICS = ['mae', 'mse', 'rmse', 'max_error', 'median_absolute_error'];
const TEXT_METRICS = ['exact_match', 'token_f1', 'contains'];
/**
 * Regression rows for a row bootstrap: per row its absolute error and (optionally) its gold value, sorted once by
 * error. With gold values it computes every metric of `RegressionAccumulator`; without, `ERROR_METRICS`. r2 of a
 * sample whose gold values are all equal is NaN (undefined; scikit-learn would force 1 or 0).
 */
class RegressionResampler {
    rows;
    metricNames;
    /** Sorted position → the row (in the order given) there. */
    rowAt;
    /**
     * Per sorted position: absolute error, gold value minus `center`, and the MAPE term |error| / max(|gold|, eps).
     * Without gold values the last two are zeros (and r2, mape are not given).
     */
    errors;
    centered;
    percentages;
    gold;
    /** The mean gold value of all rows, about which a sample's spread is taken. */
    center = 0;
    /** The current sample's multiplicities, by sorted position, and their sums per block of `BLOCK` positions. */
    counts;
    blockTotals;
    /** `absoluteErrors[i]` and `gold[i]` (optional) of row `i`. At least one row. */
    constructor(absoluteErrors, gold) {
        const n = absoluteErrors.length;
        if (n === 0)
            throw new RangeError('a row bootstrap needs at least one row');
        if (gold !== undefined && gold.length !== n)
            throw new RangeError(`${n} absolute errors but ${gold.length} gold values`);
        this.rows = n;
        const errors = Float64Array.from(absoluteErrors);
        this.rowAt = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => errors[a] - errors[b] || a - b);
        this.errors = errors.map((_, at) => errors[this.rowAt[at]]);
        if (gold === undefined) {
            this.metricNames = ERROR_METRICS;
            this.centered = new Float64Array(n);
            this.percentages = new Float64Array(n);
        }
        else {
            this.metricNames = REGRESSION_METRICS;
            const sorted = this.errors.map((_, at) => gold[this.rowAt[at]]);
            this.gold = sorted;
            this.percentages = this.errors.map((error, at) => error / Math.max(Math.abs(sorted[at]), row_bootstrap_EPSILON));
            const sum = new columns/* CompensatedSum */.$N();
            for (const y of sorted)
                sum.add(y);
            this.center = sum.value / n;
            this.centered = sorted.map((y) => y - this.center);
        }
        this.counts = new Int32Array(n);
        this.blockTotals = new Int32Array(Math.ceil(n / BLOCK));
    }
    /** Rows as (gold, predicted) pairs; the absolute error is computed as `RegressionAccumulator.add` does. */
    static fromPairs(gold, predicted) {
        if (predicted.length !== gold.length)
            throw new RangeError(`${gold.length} gold values but ${predicted.length} predictions`);
        const errors = Float64Array.from({ length: gold.length }, (_, i) => Math.abs(predicted[i] - gold[i]));
        return new RegressionResampler(errors, gold);
    }
    /** The rows of an accumulator made with `{ keepRows: true }` (before or after its `result()`): every metric. */
    static fromAccumulator(accumulator) {
        const { gold, absoluteErrors } = accumulator.rowValues();
        return new RegressionResampler(absoluteErrors, gold);
    }
    /** The absolute errors of a (merged) state: `ERROR_METRICS` only, as gold and errors are stored unpaired. */
    static fromState(state) {
        return new RegressionResampler(state.absoluteErrors);
    }
    metrics(multiplicities, wanted = this.metricNames) {
        if (multiplicities.length !== this.rows)
            throw new RangeError(`${multiplicities.length} multiplicities for ${this.rows} rows`);
        const { counts, rowAt } = this;
        for (let at = 0; at < this.rows; at++)
            counts[at] = multiplicities[rowAt[at]];
        return this.fromCounts(wanted);
    }
    resample(random, wanted = this.metricNames) {
        drawMultiplicities(random, this.counts);
        return this.fromCounts(wanted);
    }
    /**
     * The metrics of the current counts in one pass without branches on them: plain sums within each block of
     * `BLOCK` positions (at most 255 additions: relative error < 6e-14, in practice ~1e-16), blocks added with
     * compensation. The spread of the gold values comes from the same pass, as Σ w·d² − (Σ w·d)² / N about the mean
     * of all rows (the correction is ~1/N of the first term on a bootstrap sample); where it cancels (the sample's
     * mean far from all rows' relative to its own spread, or the gold values all equal) a second pass takes it about
     * the sample's mean. The largest and the middle errors are found from the block totals, scanning two blocks.
     */
    fromCounts(wanted) {
        checkWanted(wanted, this.metricNames);
        const { counts, errors, centered, percentages, blockTotals } = this;
        const n = this.rows;
        const absolute = new columns/* CompensatedSum */.$N();
        const squared = new columns/* CompensatedSum */.$N();
        const percentage = new columns/* CompensatedSum */.$N();
        const shifted = new columns/* CompensatedSum */.$N();
        const shiftedSquares = new columns/* CompensatedSum */.$N();
        let total = 0;
        for (let block = 0, start = 0; start < n; block++, start += BLOCK) {
            const end = Math.min(start + BLOCK, n);
            let a = 0;
            let q = 0;
            let p = 0;
            let s = 0;
            let ss = 0;
            let weight = 0;
            for (let at = start; at < end; at++) {
                const w = counts[at];
                const error = errors[at];
                const d = centered[at];
                const wd = w * d;
                a += w * error;
                q += w * (error * error);
                p += w * percentages[at];
                s += wd;
                ss += wd * d;
                weight += w;
            }
            blockTotals[block] = weight;
            total += weight;
            absolute.add(a);
            squared.add(q);
            percentage.add(p);
            shifted.add(s);
            shiftedSquares.add(ss);
        }
        if (total === 0)
            return Object.fromEntries(wanted.map((name) => [name, NaN]));
        const mse = squared.value / total;
        const all = {
            mae: absolute.value / total,
            mse,
            rmse: Math.sqrt(mse),
            max_error: errors[this.lastDrawn()],
            median_absolute_error: total % 2 === 1
                ? errors[this.positionOf((total - 1) / 2)]
                : (errors[this.positionOf(total / 2 - 1)] + errors[this.positionOf(total / 2)]) / 2,
        };
        if (this.gold !== undefined) {
            all.mape = percentage.value / total;
            if (wanted.includes('r2')) {
                const sum = shifted.value;
                const squares = shiftedSquares.value;
                let spread = squares - (sum * sum) / total;
                if (!(spread > squares / 64))
                    spread = this.spread(this.center + sum / total);
                // A sample whose gold values are all equal: r2 is undefined.
                all.r2 = spread > 0 ? 1 - squared.value / spread : NaN;
            }
        }
        const values = {};
        for (const name of wanted)
            values[name] = all[name];
        return values;
    }
    /** The sorted position of the sample's `k`-th smallest error (0-based), from the block totals. */
    positionOf(k) {
        const { counts, blockTotals } = this;
        let seen = 0;
        let block = 0;
        while (seen + blockTotals[block] <= k)
            seen += blockTotals[block++];
        let at = block * BLOCK;
        while (seen + counts[at] <= k)
            seen += counts[at++];
        return at;
    }
    /** The sorted position of the sample's largest error. */
    lastDrawn() {
        const { counts, blockTotals } = this;
        let block = blockTotals.length - 1;
        while (blockTotals[block] === 0)
            block--;
        let at = Math.min((block + 1) * BLOCK, this.rows) - 1;
        while (counts[at] === 0)
            at--;
        return at;
    }
    /**
     * Σ w·(y − mean)² over the current sample, about its mean as the accumulator takes it; exactly 0 when the drawn
     * gold values are all equal.
     */
    spread(mean) {
        const { counts } = this;
        const gold = this.gold;
        const sum = new columns/* CompensatedSum */.$N();
        let first = NaN;
        let varied = false;
        for (let at = 0; at < this.rows; at++) {
            const w = counts[at];
            if (w === 0)
                continue;
            const y = gold[at];
            if (first !== first)
                first = y;
            else if (y !== first)
                varied = true;
            const d = y - mean;
            sum.add(w * (d * d));
        }
        return varied ? sum.value : 0;
    }
}
/**
 * Text rows for a row bootstrap: per row its exact match (0/1), token F1 (in [0, 1]) and contains (0/1). The
 * metrics are their means over the sample; exact_match and contains are counted in integers (bit for bit those of
 * `TextAccumulator`). Rows with the same three values are interchangeable, so they are grouped once: when there are
 * few groups (short answers give few distinct F1 values), a resample draws the group counts directly from
 * Multinomial(n, group sizes / n) — what drawing n rows does to them — at a cost that does not grow with rows.
 */
class TextResampler {
    rows;
    metricNames = TEXT_METRICS;
    /** Row → its group; per group: flags (1: exact match, + 2: contains), token F1 and rows. */
    groupOf;
    groupFlags;
    groupF1;
    groupSizes;
    /** The current sample's rows per group, and (when drawing rows) its row multiplicities. */
    groupCounts;
    counts;
    constructor(exactMatch, tokenF1, contains) {
        const n = exactMatch.length;
        if (n === 0)
            throw new RangeError('a row bootstrap needs at least one row');
        if (tokenF1.length !== n || contains.length !== n)
            throw new RangeError(`${n} exact matches, ${tokenF1.length} token F1s and ${contains.length} contains flags`);
        this.rows = n;
        this.groupOf = new Int32Array(n);
        const groups = new Map();
        const flags = [];
        const f1s = [];
        const sizes = [];
        for (let i = 0; i < n; i++) {
            const flag = (exactMatch[i] ? 1 : 0) | (contains[i] ? 2 : 0);
            const f1 = tokenF1[i];
            const key = `${flag} ${f1}`;
            let group = groups.get(key);
            if (group === undefined) {
                group = flags.length;
                groups.set(key, group);
                flags.push(flag);
                f1s.push(f1);
                sizes.push(0);
            }
            sizes[group]++;
            this.groupOf[i] = group;
        }
        this.groupFlags = Uint8Array.from(flags);
        this.groupF1 = Float64Array.from(f1s);
        this.groupSizes = Float64Array.from(sizes);
        this.groupCounts = new Float64Array(flags.length);
        // A binomial draw per group costs a few row draws: beyond n / 16 groups, draw rows.
        if (flags.length > n / 16)
            this.counts = new Int32Array(n);
    }
    /** The rows of an accumulator made with `{ keepRows: true }`. */
    static fromAccumulator(accumulator) {
        const { exactMatch, tokenF1, contains } = accumulator.rowValues();
        return new TextResampler(exactMatch, tokenF1, contains);
    }
    metrics(multiplicities, wanted = this.metricNames) {
        if (multiplicities.length !== this.rows)
            throw new RangeError(`${multiplicities.length} multiplicities for ${this.rows} rows`);
        this.groupCounts.fill(0);
        for (let i = 0; i < this.rows; i++)
            this.groupCounts[this.groupOf[i]] += multiplicities[i];
        return this.fromGroups(wanted);
    }
    resample(random, wanted = this.metricNames) {
        const { counts, groupCounts, groupOf } = this;
        if (counts === undefined) {
            (0,stats_random/* multinomial */.Oj)(random, this.rows, this.groupSizes, groupCounts);
        }
        else {
            drawMultiplicities(random, counts);
            groupCounts.fill(0);
            for (let i = 0; i < this.rows; i++)
                groupCounts[groupOf[i]] += counts[i];
        }
        return this.fromGroups(wanted);
    }
    fromGroups(wanted) {
        checkWanted(wanted, this.metricNames);
        const { groupCounts, groupFlags, groupF1 } = this;
        let total = 0;
        let exact = 0;
        let contained = 0;
        let f1 = 0;
        let f1C = 0;
        for (let g = 0; g < groupCounts.length; g++) {
            const w = groupCounts[g];
            if (w === 0)
                continue;
            total += w;
            const flag = groupFlags[g];
            exact += w * (flag & 1);
            contained += w * (flag >> 1);
            const x = w * groupF1[g];
            const t = f1 + x;
            f1C += f1 >= x ? f1 - t + x : x - t + f1;
            f1 = t;
        }
        const all = {
            exact_match: exact / total,
            token_f1: (f1 + f1C) / total,
            contains: contained / total,
        };
        const values = {};
        for (const name of wanted)
            values[name] = all[name];
        return values;
    }
}
/**
 * Percentile intervals at `confidence` and bootstrap standard errors (ddof 1) of row-resampled metrics (those of
 * the resampler, or `metrics`), around the estimates of the full data: `scoreBootstrapIntervals` on a
 * `RegressionResampler` or `TextResampler`. Resamples where a metric is undefined (NaN) are left out and counted in
 * `undefinedResamples`. Same options, defaults and validation as `bootstrapIntervals`.
 */
function rowBootstrapIntervals(resampler, options = {}) {
    return scoreBootstrapIntervals(resampler, options);
}
/** Rows per block of `drawMultiplicities`: a row within a block takes 8 random bits. */
const BLOCK = 256;
/**
 * Sets `counts` to the multiplicities of one bootstrap resample: counts.length rows drawn uniformly with
 * replacement. Exact and fast: the rows are cut into blocks of 256, the number of draws falling in each block is
 * drawn from Multinomial(n, block sizes / n) (conditional binomials), and each draw in a full block then picks its
 * row with 8 random bits (four draws per 32-bit number); a last, shorter block picks by Lemire's unbiased
 * multiply-and-reject. Together: every draw is uniform over the rows and independent, as n uniform indices would be,
 * for about a quarter of the random numbers.
 */
function drawMultiplicities(random, counts) {
    const n = counts.length;
    counts.fill(0);
    const blocks = Math.ceil(n / BLOCK);
    const sizes = new Float64Array(blocks).fill(BLOCK);
    sizes[blocks - 1] = n - (blocks - 1) * BLOCK;
    const drawn = (0,stats_random/* multinomial */.Oj)(random, n, sizes, new Float64Array(blocks));
    let bits = 0;
    let left = 0;
    for (let b = 0; b < blocks; b++) {
        const draws = drawn[b];
        const base = b * BLOCK;
        const size = sizes[b];
        if (size === BLOCK) {
            for (let d = 0; d < draws; d++) {
                if (left === 0) {
                    bits = random.nextUint32();
                    left = 4;
                }
                counts[base + (bits & 255)]++;
                bits >>>= 8;
                left--;
            }
        }
        else {
            const reject = row_bootstrap_TWO_32 % size;
            for (let d = 0; d < draws; d++) {
                let product;
                let high;
                do {
                    product = random.nextUint32() * size;
                    high = Math.floor(product / row_bootstrap_TWO_32);
                } while (product - high * row_bootstrap_TWO_32 < reject);
                counts[base + high]++;
            }
        }
    }
    return counts;
}
function checkWanted(wanted, known) {
    for (const name of wanted)
        if (!known.includes(name))
            throw new RangeError(`cannot resample ${name}: this data gives ${known.join(', ')}` +
                (name === 'r2' || name === 'mape' ? ' (r2 and mape need the rows paired: keepRows)' : ''));
}

// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
// EXTERNAL MODULE: ./src/core/metrics/regression.ts
var regression = __nccwpck_require__(7424);
// EXTERNAL MODULE: ./src/core/stats/analytic.ts
var analytic = __nccwpck_require__(6520);
;// CONCATENATED MODULE: ./src/core/stats/delong.ts

/** The structural components of each distinct score of `runs`. */
function placements(runs) {
    const groups = runs.scores.length;
    const m = runs.positives.reduce((total, k) => total + k, 0);
    const n = runs.negatives.reduce((total, k) => total + k, 0);
    const positive = new Float64Array(groups);
    const negative = new Float64Array(groups);
    let below = 0; // negatives with a smaller score
    let above = m; // positives with a score at least this one's
    let pairs = 0; // 2 × (pairs ranked right) + (tied pairs): an integer, exact until the division
    for (let g = 0; g < groups; g++) {
        const p = runs.positives[g];
        const q = runs.negatives[g];
        above -= p;
        positive[g] = (2 * below + q) / (2 * n);
        negative[g] = (2 * above + p) / (2 * m);
        pairs += p * (2 * below + q);
        below += q;
    }
    return { auc: pairs / (2 * m * n), positive, negative };
}
/** ROC AUC and its DeLong standard error; NaN standard error without two rows of each class. */
function delong(runs) {
    const { auc, positive, negative } = placements(runs);
    const v10 = new analytic/* MeanVariance */.fS();
    const v01 = new analytic/* MeanVariance */.fS();
    runs.scores.forEach((_, g) => {
        v10.add(positive[g], runs.positives[g]);
        v01.add(negative[g], runs.negatives[g]);
    });
    // The standard error of a mean is s / √count: its square is exactly the term DeLong adds per class.
    return { auc, standardError: Math.hypot(v10.standardError, v01.standardError) };
}
/**
 * DeLong's paired test of two models' AUCs on the same rows (pROC's `roc.test(method = "delong")`): Δ = AUC_a −
 * AUC_b and its standard error from the covariance of the two models' components,
 * Var(Δ) = s²(V10_a − V10_b) / m + s²(V01_a − V01_b) / n — the variance of a difference is the two variances less
 * twice the covariance. `positive[i]`: whether row i is of the positive class; `a[i]`, `b[i]` its two scores.
 */
function pairedDelong(positive, a, b) {
    const first = rowComponents(positive, a);
    const second = rowComponents(positive, b);
    const v10 = new analytic/* MeanVariance */.fS();
    const v01 = new analytic/* MeanVariance */.fS();
    for (let i = 0; i < positive.length; i++)
        (positive[i] ? v10 : v01).add(first.components[i] - second.components[i]);
    return {
        candidate: first.auc,
        baseline: second.auc,
        delta: first.auc - second.auc,
        standardError: Math.hypot(v10.standardError, v01.standardError),
    };
}
/** Each row's component (V10 for a positive, V01 for a negative) under one model's scores, and the model's AUC. */
function rowComponents(positive, scores) {
    const n = scores.length;
    if (positive.length !== n)
        throw new RangeError(`${n} scores but ${positive.length} gold flags`);
    const order = Int32Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i] - scores[j]);
    const runs = { scores: [], positives: [], negatives: [] };
    const groupOf = new Int32Array(n);
    for (const i of order) {
        const last = runs.scores.length - 1;
        if (last < 0 || runs.scores[last] !== scores[i]) {
            runs.scores.push(scores[i]);
            runs.positives.push(0);
            runs.negatives.push(0);
        }
        const g = runs.scores.length - 1;
        groupOf[i] = g;
        if (positive[i])
            runs.positives[g]++;
        else
            runs.negatives[g]++;
    }
    const { auc, positive: v10, negative: v01 } = placements(runs);
    const components = new Float64Array(n);
    for (let i = 0; i < n; i++)
        components[i] = positive[i] ? v10[groupOf[i]] : v01[groupOf[i]];
    return { auc, components };
}

;// CONCATENATED MODULE: ./src/core/stats/formulas.ts






/** The metrics whose standard error has a formula, and which; every other row metric is bootstrapped. */
const FORMULA_METHODS = {
    roc_auc: 'delong',
    log_loss: 'analytic',
    brier_score: 'analytic',
    mae: 'analytic',
    mse: 'analytic',
    rmse: 'analytic',
    r2: 'analytic',
    mape: 'analytic',
    exact_match: 'analytic',
    token_f1: 'analytic',
    contains: 'analytic',
};
/** How `metric`'s standard error is computed, when a formula gives it. */
function formulaMethod(metric) {
    return (0,own/* ownValue */.eC)(FORMULA_METHODS, metric);
}
/**
 * Standard errors of the binary score metrics with a formula, from the score runs: ROC AUC by DeLong, log_loss and
 * brier_score as means of the per-row terms.
 */
function binaryScoreStandardErrors(runs) {
    const loss = new analytic/* MeanVariance */.fS();
    const brier = new analytic/* MeanVariance */.fS();
    runs.scores.forEach((score, g) => {
        for (const positive of [true, false]) {
            const rows = positive ? runs.positives[g] : runs.negatives[g];
            const terms = (0,scores/* binaryRowTerms */.VB)(positive, score);
            loss.add(terms.logLoss, rows);
            brier.add(terms.brier, rows);
        }
    });
    return {
        roc_auc: delong(runs).standardError,
        log_loss: loss.standardError,
        brier_score: brier.standardError,
    };
}
/** Standard errors of mae, mse, mape (row means), rmse and r2 (delta method), from the kept rows. */
function regressionStandardErrors({ gold, absoluteErrors }) {
    const mae = new analytic/* MeanVariance */.fS();
    const mse = new analytic/* MeanVariance */.fS();
    const mape = new analytic/* MeanVariance */.fS();
    const squared = new columns/* CompensatedSum */.$N();
    for (let i = 0; i < gold.length; i++) {
        const error = absoluteErrors[i];
        mae.add(error);
        mse.add(error * error);
        squared.add(error * error);
        mape.add((0,regression/* percentageError */.fn)(error, gold[i]));
    }
    return {
        mae: mae.standardError,
        mse: mse.standardError,
        rmse: (0,analytic/* rmseStandardError */.Hf)(squared.value / gold.length, mse.standardError),
        r2: (0,analytic/* r2StandardError */.Qy)(gold, absoluteErrors),
        mape: mape.standardError,
    };
}
/** Standard errors of the text metrics, every one a mean of per-row scores. */
function textStandardErrors(rows) {
    return {
        exact_match: (0,analytic/* meanStandardError */.VS)(rows.exactMatch),
        token_f1: (0,analytic/* meanStandardError */.VS)(rows.tokenF1),
        contains: (0,analytic/* meanStandardError */.VS)(rows.contains),
    };
}
/**
 * Paired differences of the binary score metrics with a formula, for two models' scores of the same rows: ROC AUC
 * by DeLong's paired test, log_loss and brier_score from the per-row differences of their terms (their mean is
 * Δ, their standard error of the mean its standard error). `positive[i]`: whether row i is of the positive class.
 */
function pairedScoreDifferences(positive, candidate, baseline, metrics) {
    const result = {};
    if (metrics.includes('roc_auc'))
        result.roc_auc = { ...pairedDelong(positive, candidate, baseline), method: 'delong' };
    const means = ['log_loss', 'brier_score'].filter((name) => metrics.includes(name));
    for (const name of means) {
        const differences = new analytic/* MeanVariance */.fS();
        const [first, second] = [new columns/* CompensatedSum */.$N(), new columns/* CompensatedSum */.$N()];
        for (let i = 0; i < positive.length; i++) {
            const a = (0,scores/* binaryRowTerms */.VB)(Boolean(positive[i]), candidate[i]);
            const b = (0,scores/* binaryRowTerms */.VB)(Boolean(positive[i]), baseline[i]);
            const [x, y] = name === 'log_loss' ? [a.logLoss, b.logLoss] : [a.brier, b.brier];
            first.add(x);
            second.add(y);
            differences.add(x - y);
        }
        const n = positive.length;
        result[name] = {
            candidate: first.value / n,
            baseline: second.value / n,
            delta: first.value / n - second.value / n,
            standardError: differences.standardError,
            method: 'analytic',
        };
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/stats/index.ts
/**
 * Statistics for a gate that knows noise from regression (issue 7). Pure: no I/O, no `@actions/*`; deterministic
 * for a given seed on every platform.
 *
 * API
 * - `new Random(seed?: number | string)`: xoshiro128** seeded through splitmix32; `nextUint32()`, `nextDouble()`,
 *   `fork()`.
 * - `binomial(random, n, p): number`, `multinomial(random, n, weights, out?)`: exact samplers (inversion for
 *   n·p < 10, Hörmann's BTRS rejection otherwise; multinomial by conditional binomials). `logFactorial(k)`.
 * - `bootstrapIntervals(matrix: ConfusionMatrix, { samples?, confidence?, seed?, positiveLabel?, metrics? })
 *   : Record<metric, Interval>`: percentile intervals (`{ estimate, lower, upper }`) for every metric
 *   `classificationMetrics(matrix, positiveLabel)` produces, resampling rows as Multinomial(total, cells / total).
 * - `unpairedDropTests(candidate: ConfusionMatrix, baseline: ConfusionMatrix, options): Record<metric, DropTest>`:
 *   both sides bootstrapped; `DropTest` = { metric, direction, baseline, candidate, delta, lower, upper, pValue,
 *   paired, method }. `pValue` is one-sided for "the candidate is worse": (1 + #{Δ* on the not-worse side of 0}) /
 *   (B + 1). `lower`/`upper` bound Δ = candidate − baseline at `confidence`. Option `unpairedPValue: 'pooled'`
 *   computes p from resamples of the pooled matrix instead (a bootstrap test under the null; see the simulation).
 * - `fixedValueTests(candidate, fixed, options)`: one-sample tests of the candidate against fixed values (stored
 *   baseline values the baseline's own data do not give); `unpairedDropTests` does the same with `storedValues`.
 * - `PairedCounter` (`add(gold, predCandidate, predBaseline)`, `toTable()`) → `PairedTable`, and
 *   `pairedDropTests(table, options)`: paired bootstrap of Δ over the joint (gold, candidate, baseline) table; for
 *   accuracy the p-value is the exact McNemar test (`method: 'mcnemar'`). `pairedMatrices(table)` gives both sides'
 *   confusion matrices, `discordantPairs(table)` the McNemar counts.
 * - `mcnemarExact(candidateOnly, baselineOnly): { worse, twoSided }`, `binomialHalfCdf(k, n)`.
 * - `holm(pValues, alpha): { adjusted, reject }`: Holm–Bonferroni over the gated metrics (family-wise error ≤ α).
 * - `quantile(values, q)` (numpy's "linear"), `percentileInterval(replicates, confidence, estimate)`,
 *   `wilsonInterval(successes, n, confidence)`.
 * - `significantDrops(tests, alpha)`: the decision the gate needs — Holm over the tests' p-values.
 * - `normalCdf(x)`, `normalQuantile(p)`: the standard normal distribution and its inverse.
 * - `scoreBootstrapIntervals(resampler, { samples?, confidence?, seed?, metrics? }): Record<metric, ScoreInterval>`:
 *   percentile intervals and bootstrap standard errors of score metrics, resampling rows (score-bootstrap.ts);
 *   `BinaryScoreResampler` (roc_auc, average_precision, log_loss, brier_score), `MulticlassScoreResampler`
 *   (roc_auc_ovr_macro/weighted, log_loss).
 * - `rowBootstrapIntervals(RegressionResampler | TextResampler, options)`: the same, regression/text rows.
 * - `delong(runs)`: ROC AUC and its DeLong standard error; `pairedDelong(positive, a, b)`: DeLong's paired test of
 *   two models' AUCs on the same rows; `placements(runs)`: the structural components per distinct score.
 * - `MeanVariance` (weighted Welford), `meanStandardError(values)`, `rmseStandardError(mse, se)`,
 *   `r2StandardError(gold, absoluteErrors)`: analytic standard errors of the per-row-mean metrics (analytic.ts).
 * - `formulaMethod(metric)`: 'delong' | 'analytic' for the metrics whose standard error has a formula;
 *   `binaryScoreStandardErrors(runs)`, `regressionStandardErrors(rows)`, `textStandardErrors(rows)`: those standard
 *   errors per family; `pairedScoreDifferences(positive, a, b, metrics)`: paired Δ and its standard error (formulas.ts).
 * - `baselineMatrix(entry)`: the `ConfusionMatrix` of a baseline entry (labels, confusionMatrix, rows), or
 *   undefined when the entry cannot support a test (flat baseline).
 *
 * Intended decision rule (for the integration in compare/gate/report): with `significance` α on, a metric regresses
 * when it breaks its threshold rule AND `significantDrops(tests, α)[metric].significant`, where `tests` holds the
 * test of EVERY gated metric that has one (not only those that broke their rule: the family must be fixed in
 * advance for Holm to bound the gate's false-fail rate by α). `min` floors stay absolute; without a baseline
 * confusion matrix (`baselineMatrix(entry) === undefined`) or paired predictions, fall back to the rule alone.
 * Options: `samples` ≥ 100 (default 2000), `confidence` in (0, 1) (default 0.95); invalid values throw RangeError
 * with a one-line message.
 */











/***/ }),

/***/ 3184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oj: () => (/* binding */ multinomial),
/* harmony export */   kV: () => (/* binding */ logFactorial),
/* harmony export */   o8: () => (/* binding */ Random)
/* harmony export */ });
/* unused harmony export binomial */
/**
 * A seeded pseudo-random generator and exact binomial / multinomial samplers. Everything here runs on 32-bit
 * integer arithmetic (`Math.imul`, `>>>`) and IEEE doubles, so a seed gives the same stream on every platform.
 */
/** xoshiro128** (Blackman & Vigna), seeded through splitmix32. Period 2^128 − 1. */
class Random {
    s0;
    s1;
    s2;
    s3;
    /** A generator from a seed: an integer (any 53-bit safe integer) or a string (hashed). */
    constructor(seed = 0) {
        let state = typeof seed === 'string' ? hashString(seed) : seedFromNumber(seed);
        const next = () => {
            state = (state + 0x9e3779b9) | 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.s0 = next();
        this.s1 = next();
        this.s2 = next();
        this.s3 = next();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** The next 32 random bits as an unsigned integer. */
    nextUint32() {
        const s1 = this.s1;
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result >>> 0;
    }
    /** A uniform double in [0, 1) with 53 random bits. */
    nextDouble() {
        const high = this.nextUint32() >>> 5; // 27 bits
        const low = this.nextUint32() >>> 6; // 26 bits
        return (high * 67108864 + low) / 9007199254740992;
    }
    /** An independent generator for a sub-task, derived from this one's stream. */
    fork() {
        return new Random(this.nextUint32() * 2097152 + (this.nextUint32() >>> 11));
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
function seedFromNumber(seed) {
    if (!Number.isSafeInteger(seed))
        throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(Math.abs(seed) / 4294967296) >>> 0;
    return (Math.imul(high ^ (seed < 0 ? 0x5bd1e995 : 0), 0x27d4eb2d) ^ low) | 0;
}
/** FNV-1a over the UTF-16 code units of a string. */
function hashString(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash | 0;
}
const LOG_FACTORIAL_TABLE_SIZE = 1024;
const LOG_FACTORIALS = (() => {
    const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
    for (let k = 2; k < LOG_FACTORIAL_TABLE_SIZE; k++)
        table[k] = table[k - 1] + Math.log(k);
    return table;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** ln(k!) for an integer k ≥ 0: a table below 1024, Stirling's series (error < 1e-16 there) above. */
function logFactorial(k) {
    if (k < LOG_FACTORIAL_TABLE_SIZE)
        return LOG_FACTORIALS[k];
    const x = k + 1;
    const inverse = 1 / x;
    const inverse2 = inverse * inverse;
    return ((x - 0.5) * Math.log(x) -
        x +
        HALF_LOG_2PI +
        inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680))));
}
/**
 * One draw from Binomial(n, p), exactly: inversion (sequential search of the CDF, O(n·p) steps) when
 * n·min(p, 1−p) < 10, else Hörmann's transformed rejection with squeeze (BTRS, 1993), O(1) expected per draw.
 */
function binomial(random, n, p) {
    if (!(n >= 0) || !Number.isInteger(n))
        throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial: p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0)
        return 0;
    if (p === 1)
        return n;
    if (p > 0.5)
        return n - binomialLow(random, n, 1 - p);
    return binomialLow(random, n, p);
}
/** Binomial(n, p) for 0 < p ≤ 0.5. */
function binomialLow(random, n, p) {
    return n * p < 10 ? binomialInversion(random, n, p) : binomialBtrs(random, n, p);
}
function binomialInversion(random, n, p) {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    const r0 = Math.exp(n * Math.log1p(-p));
    for (;;) {
        let u = random.nextDouble();
        let r = r0;
        let x = 0;
        while (u > r) {
            u -= r;
            x++;
            if (x > n)
                break;
            r *= a / x - s;
        }
        if (x <= n)
            return x;
        // Rounding left u above the whole CDF (probability ~1e-16): draw again.
    }
}
function binomialBtrs(random, n, p) {
    const spq = Math.sqrt(n * p * (1 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / (1 - p));
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (;;) {
        const u = random.nextDouble() - 0.5;
        let v = random.nextDouble();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}
/**
 * One draw from Multinomial(n, weights / Σweights) by conditional binomials, written into `out` (same length as
 * `weights`). Weights are non-negative (typically counts); cells of weight 0 get 0. Returns `out`.
 */
function multinomial(random, n, weights, out = new Float64Array(weights.length)) {
    let mass = 0;
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        if (!(w >= 0))
            throw new RangeError(`multinomial: weights must be non-negative, got ${w}`);
        mass += w;
    }
    if (n > 0 && !(mass > 0))
        throw new RangeError('multinomial: the weights sum to 0');
    let remaining = n;
    let last = -1;
    for (let i = weights.length - 1; i >= 0; i--)
        if (weights[i] > 0) {
            last = i;
            break;
        }
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i];
        if (w === 0 || remaining === 0) {
            out[i] = 0;
            continue;
        }
        if (i === last) {
            out[i] = remaining;
            remaining = 0;
            continue;
        }
        const x = binomial(random, remaining, Math.min(1, w / mass));
        out[i] = x;
        remaining -= x;
        mass -= w;
    }
    return out;
}


/***/ }),

/***/ 8586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolveTask),
/* harmony export */   s: () => (/* binding */ selectMetrics)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5318);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);


/** Label pairs whose positive member is obvious; matched case-insensitively. */
const KNOWN_PAIRS = [
    ['0', '1'],
    ['false', 'true'],
    ['no', 'yes'],
    ['negative', 'positive'],
];
/**
 * Decides whether the task is binary and which class is positive. An explicit `positive-label` must be one of the
 * labels of a task with at most two; without one, a pair such as 0/1 or no/yes is binary with its obvious positive
 * class, and anything else is multiclass.
 */
function resolveTask(labels, positiveLabel) {
    if (positiveLabel !== undefined) {
        if (!labels.includes(positiveLabel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`positive-label ${JSON.stringify(positiveLabel)} is not among the ${labels.length} labels found (labels are compared exactly, case included)`);
        }
        if (labels.length > 2) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`positive-label makes the task binary, but ${labels.length} labels were found; ` +
                'remove positive-label to evaluate it as multiclass');
        }
        return { kind: 'binary', positiveLabel };
    }
    const lower = labels.map((label) => label.toLowerCase());
    // Labels that differ only in case ("yes", "Yes") are distinct classes: that is not a pair, so not binary.
    const distinct = new Set(lower).size === lower.length;
    for (const [negative, positive] of KNOWN_PAIRS) {
        if (lower.length > 0 && distinct && lower.every((label) => label === negative || label === positive)) {
            const found = labels[lower.indexOf(positive)];
            // A single-class run of the negative label still has a positive class: the conventional spelling.
            return { kind: 'binary', positiveLabel: found ?? positive };
        }
    }
    return { kind: 'multiclass' };
}
/**
 * The metrics to report and gate: the requested ones, checked against the task, or the task's defaults.
 */
function selectMetrics(requested, task, labelCount) {
    if (requested === undefined || requested.length === 0)
        return [..._catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_METRICS */ .Cq[task.kind]];
    for (const name of requested) {
        // Names were checked against the catalogue when the settings were read.
        if (_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.get(name)?.binaryOnly && task.kind !== 'binary') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`metric "${name}" needs a binary task, but ${labelCount} labels were found; ` +
                `use "${name}_macro" (or _micro/_weighted), or set positive-label for a two-label task`);
        }
    }
    return requested;
}


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   NH: () => (/* binding */ describeRules),
/* harmony export */   NP: () => (/* binding */ rulesFor),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   hN: () => (/* binding */ thresholdsLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6085);


const DEFAULT_THRESHOLDS = '*: max-drop 0';
/**
 * Parses the `thresholds` input: one `METRIC: RULE[, RULE]` per line, rules `max-drop 0.01`, `max-drop 2%`,
 * `min 0.85` and `max 0.3`. Blank lines and lines starting with `#` are ignored. `written` is the input as the
 * user wrote it (before direction rules were taken out of `text`), line for line: errors quote its lines.
 */
function parseThresholds(text, written = text) {
    const lines = [];
    const writtenLines = written.split(/\r?\n/);
    text.split(/\r?\n/).forEach((raw, index) => {
        const source = raw.trim();
        if (source === '' || source.startsWith('#'))
            return;
        const where = thresholdsLine(index, writtenLines[index] ?? raw);
        const colon = source.indexOf(':');
        if (colon <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: expected "METRIC: RULE"`);
        const pattern = source.slice(0, colon).trim();
        if (!/^[\w.*/-]+$/.test(pattern)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: ${JSON.stringify(pattern)} is not a metric name or glob`);
        }
        const rules = {};
        for (const part of source.slice(colon + 1).split(','))
            parseRule(part.trim(), rules, where);
        lines.push({ pattern, rules, source });
    });
    return lines;
}
/** Longest part of a line an error quotes: enough to recognise it, short enough to keep the error one line. */
const QUOTED_LENGTH = 100;
/** Where an error is, for the user: `thresholds line 1 "accuracy: drop-at-most lots"` (`index` counts from 0). */
function thresholdsLine(index, line) {
    const text = line.trim();
    const quoted = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
    return `thresholds line ${index + 1} ${JSON.stringify(quoted)}`;
}
const NUMBER = String.raw `[+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const MAX_DROP = new RegExp(`^max-drop\\s+(${NUMBER})(%?)$`);
const BOUND = new RegExp(`^(min|max)\\s+(-?${NUMBER})$`);
function parseRule(rule, into, where) {
    const drop = MAX_DROP.exec(rule);
    if (drop) {
        assertUnset(into.maxDrop, 'max-drop', where);
        const amount = finiteNumber(drop[1], rule, where);
        into.maxDrop = drop[2] ? { kind: 'relative', amount: amount / 100 } : { kind: 'absolute', amount };
        return;
    }
    const bound = BOUND.exec(rule);
    if (bound) {
        const kind = bound[1];
        assertUnset(into[kind], kind, where);
        into[kind] = finiteNumber(bound[2], rule, where);
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: invalid rule ${JSON.stringify(rule)}; expected "max-drop 0.01", "max-drop 2%", "min 0.85" or "max 0.3"`);
}
/** `1e999` matches the number pattern but reads as Infinity, which would make the rule gate nothing. */
function finiteNumber(text, rule, where) {
    const value = Number(text);
    if (!Number.isFinite(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: the number in rule ${JSON.stringify(rule)} is too large: use a finite number`);
    return value;
}
function assertUnset(value, kind, where) {
    if (value !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: "${kind}" is given twice`);
}
/**
 * The rules for one metric. Each kind of rule comes from the most specific line that sets it: an exact name beats
 * a glob, and a longer glob beats a shorter one (so `*` is the fallback); among equals the later line wins.
 */
function rulesFor(metric, lines) {
    const matching = lines
        .map((line, order) => ({ line, order, exact: line.pattern === metric }))
        .filter(({ line, exact }) => exact || (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatches */ .m)(line.pattern, metric))
        .sort((a, b) => Number(a.exact) - Number(b.exact) || specificity(a.line) - specificity(b.line) || a.order - b.order);
    const rules = {};
    for (const { line } of matching)
        Object.assign(rules, line.rules);
    return rules;
}
function specificity(line) {
    return line.pattern.replaceAll('*', '').length;
}
/** The rules in the words of the `thresholds` input, e.g. `max-drop 0.01, min 0.8`. */
function describeRules(rules) {
    const parts = [];
    if (rules.maxDrop) {
        parts.push(rules.maxDrop.kind === 'relative'
            ? `max-drop ${trimNumber(rules.maxDrop.amount * 100)}%`
            : `max-drop ${trimNumber(rules.maxDrop.amount)}`);
    }
    if (rules.min !== undefined)
        parts.push(`min ${trimNumber(rules.min)}`);
    if (rules.max !== undefined)
        parts.push(`max ${trimNumber(rules.max)}`);
    return parts.join(', ');
}
function trimNumber(value) {
    return String(Number(value.toPrecision(12)));
}


/***/ }),

/***/ 7769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* reexport safe */ _core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__.Do),
/* harmony export */   M7: () => (/* binding */ rowErrorStatistics),
/* harmony export */   oK: () => (/* binding */ readScores),
/* harmony export */   uf: () => (/* binding */ scoreMetrics)
/* harmony export */ });
/* unused harmony exports MAX_RESAMPLED_SCORE_ROWS, scoreValues */
/* harmony import */ var _adapters_records_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6236);
/* harmony import */ var _core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1759);
/* harmony import */ var _core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8326);
/* harmony import */ var _core_readers_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6799);
/* harmony import */ var _core_own_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6207);







// The choice of score metrics is pure; it lives in the core, where merged shard statistics need it too.

/** Metrics that read the scores as probabilities: each must lie in [0, 1]. */
const PROBABILITY_METRICS = ['log_loss', 'brier_score'];
/**
 * Reads the scores of every row and computes the score metrics. The prediction files are read again (once, and
 * once more per class for one-vs-rest AUC), so memory stays at 8 bytes per row. Binary: ROC AUC's standard error
 * by DeLong, log_loss's and brier_score's as means of per-row terms, at any size; only average_precision (no
 * formula) resamples rows, within the bootstrap's budget.
 */
async function scoreMetrics(settings, files, task, matrix, wanted, bootstrap) {
    const none = { standardErrors: {}, methods: {}, intervals: {}, untested: {} };
    const data = await readScores(settings, files, task, matrix, wanted, (pass) => pass.result());
    if (data === undefined)
        return { values: {}, ...none };
    if (!bootstrap)
        return { values: scoreValues(data, wanted), ...none };
    if (data.kind === 'multiclass') {
        // log_loss is a mean of per-row losses; one-vs-rest AUC (a mean of correlated per-class AUCs) has no formula
        // here yet.
        const auc = wanted.filter((name) => name !== 'log_loss');
        const loss = wanted.filter((name) => name === 'log_loss');
        const budget = { rows: 0, samples: bootstrap.samples, what: 'score bootstrap' };
        const statistics = rowErrorStatistics(loss, { log_loss: data.logLoss.standardError }, budget, () => ({}));
        const untested = { ...fill(auc, 'one-vs-rest ROC AUC has no standard error yet'), ...statistics.untested };
        return { values: scoreValues(data, wanted), ...statistics, untested };
    }
    // Before scoreValues, which drains the accumulator's scores.
    const { runs } = data.accumulator.state();
    const statistics = rowErrorStatistics(wanted, (0,_core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .binaryScoreStandardErrors */ .qg)(runs), { rows: data.accumulator.rows, samples: bootstrap.samples, what: 'score bootstrap' }, (metrics) => {
        const { positives, negatives } = (0,_core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .expandRuns */ .PY)(runs);
        const resampler = _core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BinaryScoreResampler */ .lW.fromScores(positives, negatives);
        return (0,_core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .scoreBootstrapIntervals */ .Hn)(resampler, { ...bootstrap, metrics });
    });
    const values = scoreValues(data, wanted);
    for (const [name, interval] of Object.entries(statistics.intervals))
        interval.estimate = values[name];
    return { values, ...statistics };
}
/**
 * The standard errors of metrics computed from rows (score, regression, text): from `formulas` where a formula
 * exists (formulaMethod), at any size; the others by `resample` (a row bootstrap of those metrics) while rows ×
 * resamples stays within the budget, else untested with the reason. Intervals are the bootstrap's; a metric with a
 * formula gets its normal interval from its standard error (significance.ts).
 */
function rowErrorStatistics(wanted, formulas, budget, resample) {
    const statistics = {
        standardErrors: {},
        methods: {},
        intervals: {},
        untested: {},
    };
    for (const name of wanted) {
        const method = (0,_core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formulaMethod */ .aK)(name);
        const error = (0,_core_own_js__WEBPACK_IMPORTED_MODULE_6__/* .ownValue */ .eC)(formulas, name);
        if (method === undefined || error === undefined)
            continue;
        // NaN: too few rows, or (r2) gold values all equal; a baseline must never store it (JSON would write null).
        if (Number.isFinite(error))
            (0,_core_own_js__WEBPACK_IMPORTED_MODULE_6__/* .setOwn */ .P5)(statistics.standardErrors, name, error);
        else
            statistics.untested[name] = NO_SPREAD;
        statistics.methods[name] = method;
    }
    const resampled = wanted.filter((name) => (0,_core_stats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formulaMethod */ .aK)(name) === undefined);
    if (resampled.length === 0)
        return statistics;
    const { rows, samples, what } = budget;
    if (rows * samples > MAX_RESAMPLED_SCORE_ROWS) {
        const reason = `${rows.toLocaleString('en-US')} rows × ${samples.toLocaleString('en-US')} resamples is beyond the ${what}'s budget`;
        statistics.untested = fill(resampled, reason);
        return statistics;
    }
    for (const [name, interval] of Object.entries(resample(resampled))) {
        statistics.methods[name] = 'bootstrap';
        if (!Number.isFinite(interval.standardError)) {
            statistics.untested[name] = NO_SPREAD;
            continue;
        }
        statistics.intervals[name] = interval;
        (0,_core_own_js__WEBPACK_IMPORTED_MODULE_6__/* .setOwn */ .P5)(statistics.standardErrors, name, interval.standardError);
    }
    return statistics;
}
const NO_SPREAD = 'the rows give no spread to estimate a standard error from';
function fill(names, reason) {
    return Object.fromEntries(names.map((name) => [name, reason]));
}
/**
 * Score metrics without a formula (average_precision) resample rows, so their bootstrap costs rows × resamples:
 * beyond this they get no interval or test, rather than stall the run.
 */
const MAX_RESAMPLED_SCORE_ROWS = 200_000_000;
/** The wanted score metrics of what `readScores` read. */
function scoreValues(data, wanted) {
    return data.kind === 'binary'
        ? data.accumulator.result(wanted, data.positiveLabel)
        : (0,_core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .multiclassScoreValues */ .wo)(wanted, data.perClass, data.logLoss);
}
/**
 * Reads the scores of every row for the `wanted` score metrics (undefined when none is wanted). Each class's
 * one-vs-rest pass is handed to `summarize` as soon as it is read (its AUC for a gate, its runs for a shard), so
 * only one class's scores are held at a time.
 */
async function readScores(settings, files, task, matrix, wanted, summarize) {
    if (task.kind !== 'binary' && settings.scoreColumn !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "score-column" gives one score per row, for a binary task; this task has ${matrix.labels.length} labels: name one score field per class with "score-columns"`);
    }
    if (wanted.length === 0)
        return undefined;
    const probabilities = wanted.some((name) => PROBABILITY_METRICS.includes(name));
    if (task.kind === 'binary') {
        const positive = task.positiveLabel;
        const source = binarySource(settings, matrix, positive);
        // The matrix counts each class's rows: the scores fill arrays of exactly that size, never copied.
        const g = matrix.labels.indexOf(positive);
        const positives = g < 0 ? 0 : matrix.counts[g].reduce((sum, count) => sum + count, 0);
        const accumulator = new _core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .BinaryScoreAccumulator */ .IL({ positives, negatives: matrix.total - positives });
        await forEachRow(files, settings.labelColumn, source, (gold, [score], where) => {
            if (probabilities)
                checkProbability(score, where, source.fields[0]);
            accumulator.add(gold === positive, score);
        });
        return { kind: 'binary', positiveLabel: positive, accumulator };
    }
    // scikit-learn's classes for multiclass scores are those of the gold labels, one score column each.
    const classes = matrix.labels.filter((_, g) => matrix.counts[g].some((count) => count > 0));
    const source = multiclassSource(settings, classes);
    const index = new Map(classes.map((label, k) => [label, k]));
    const needsSum = (0,_core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .needsOneVsRest */ .jg)(wanted);
    const loss = new _core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .MulticlassLogLoss */ .fW();
    await forEachRow(files, settings.labelColumn, source, (gold, scores, where) => {
        if (probabilities)
            scores.forEach((score, k) => checkProbability(score, where, source.fields[k]));
        if (needsSum && !(0,_core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .sumsToOne */ .Cq)(scores)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the class scores sum to ${scores.reduce((a, b) => a + b, 0)}, not 1: one-vs-rest ROC AUC needs probabilities (as scikit-learn)`, where);
        }
        loss.add(scores, index.get(gold));
    });
    if (!needsSum)
        return { kind: 'multiclass', classes, logLoss: loss };
    const perClass = [];
    for (const [k, label] of classes.entries()) {
        const pass = new _core_metrics_scores_js__WEBPACK_IMPORTED_MODULE_4__/* .OneVsRestPass */ .D8();
        await forEachRow(files, settings.labelColumn, source, (gold, scores) => pass.add(gold === label, scores[k]));
        perClass.push(summarize(pass));
    }
    return { kind: 'multiclass', classes, logLoss: loss, perClass };
}
function binarySource(settings, matrix, positive) {
    if (settings.scoreColumn !== undefined)
        return { fields: [settings.scoreColumn] };
    const columns = settings.scoreColumns;
    if (columns.kind === 'array') {
        const labels = matrix.labels.length === 2 ? matrix.labels : (0,_core_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .sortLabels */ .CL)(new Set([...matrix.labels, positive]));
        return {
            fields: [columns.field],
            array: { field: columns.field, positions: [labels.indexOf(positive)], length: 2 },
        };
    }
    const field = columns.columns.find(([label]) => label === positive)?.[1];
    if (field === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "score-columns" names no field for the positive class ${JSON.stringify(positive)} (it names ${columns.columns.map(([l]) => JSON.stringify(l)).join(', ')})`);
    }
    return { fields: [field] };
}
function multiclassSource(settings, classes) {
    const columns = settings.scoreColumns;
    if (columns.kind === 'array') {
        return {
            fields: classes.map(() => columns.field),
            array: { field: columns.field, positions: classes.map((_, k) => k), length: classes.length },
        };
    }
    const named = new Map(columns.columns);
    const missing = classes.filter((label) => !named.has(label));
    const extra = columns.columns.map(([label]) => label).filter((label) => !classes.includes(label));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [
            missing.length ? `no field for ${missing.map((l) => JSON.stringify(l)).join(', ')}` : '',
            extra.length ? `${extra.map((l) => JSON.stringify(l)).join(', ')} never a gold label` : '',
        ].filter(Boolean);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`input "score-columns" must name one field per class of the gold labels (${classes.map((l) => JSON.stringify(l)).join(', ')}): ${parts.join('; ')}`);
    }
    return { fields: classes.map((label) => named.get(label)) };
}
/** Calls `onRow` with each row's gold label and its scores (in the source's order), checked to be numbers. */
async function forEachRow(files, labelColumn, source, onRow) {
    const array = source.array;
    if (!array) {
        await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_0__/* .readFields */ .qU)(files, [labelColumn, ...source.fields], (values, where) => {
            const scores = values.slice(1).map((text, k) => (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_0__/* .parseScore */ .yN)(text, where, source.fields[k]));
            onRow(values[0], scores, where);
        });
        return;
    }
    const take = (raw, gold, where) => {
        const at = { ...where, field: array.field };
        let list = raw;
        if (typeof raw === 'string') {
            try {
                list = JSON.parse(raw);
            }
            catch {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('expected a JSON array of scores', at);
            }
        }
        if (!Array.isArray(list) || list.length !== array.length) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`expected an array of ${array.length} scores, one per class in sorted order`, at);
        }
        const scores = array.positions.map((position) => {
            const score = list[position];
            if (typeof score !== 'number' || !Number.isFinite(score)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`score ${position} is not a finite number`, at);
            }
            return score;
        });
        onRow(gold, scores, where);
    };
    for (const file of files) {
        const format = (0,_core_readers_index_js__WEBPACK_IMPORTED_MODULE_5__/* .formatOf */ .be)(file.shown);
        if (format === 'json' || format === 'jsonl') {
            await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonRecords */ .Nl)(file, (record, where) => {
                if (typeof record !== 'object' || record === null || Array.isArray(record))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('expected a JSON object', where);
                const fields = record;
                const gold = (0,_core_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .labelFromJson */ .v6)(Object.hasOwn(fields, labelColumn) ? fields[labelColumn] : undefined, {
                    ...where,
                    field: labelColumn,
                });
                take(Object.hasOwn(fields, array.field) ? fields[array.field] : undefined, gold, where);
            });
        }
        else {
            await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_0__/* .readFields */ .qU)([file], [labelColumn, array.field], (values, where) => take(values[1], values[0], where));
        }
    }
}
function checkProbability(score, where, field) {
    if (score < 0 || score > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`probability ${score} is outside [0, 1] (log_loss and brier_score need probabilities)`, {
            ...where,
            field,
        });
    }
}


/***/ }),

/***/ 6845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  tp: () => (/* binding */ readPairFingerprint),
  Y1: () => (/* binding */ readRegression),
  yR: () => (/* binding */ readText)
});

// EXTERNAL MODULE: ./src/adapters/files.ts + 10 modules
var adapters_files = __nccwpck_require__(9706);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics-files/index.ts + 9 modules
var metrics_files = __nccwpck_require__(3451);
// EXTERNAL MODULE: ./src/core/readers/bytes.ts + 1 modules
var bytes = __nccwpck_require__(8316);
;// CONCATENATED MODULE: ./src/adapters/metrics-files.ts




const METRICS_FILE_LIMITS = {
    jsonBytes: 16 << 20,
    yamlBytes: 256 << 10,
    stringLength: bytes/* MAX_RECORD_BYTES */.xR,
};
/** Finds, reads and parses every metrics file, then chooses the metrics to gate on. */
async function readMetricsFiles(request, folder, limits = METRICS_FILE_LIMITS) {
    const found = request.patterns.length > 0 ? await (0,adapters_files/* findFiles */.lY)(request.patterns, folder, 'metrics-files') : [];
    const files = [...(request.parsed ?? [])];
    for (const file of found) {
        const maxBytes = /\.ya?ml$/i.test(file.shown) ? limits.yamlBytes : limits.jsonBytes;
        const bytes = await (0,adapters_files/* readBoundedFile */.Mv)(file, maxBytes, 'a metrics file');
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new errors/* InputError */.d('is not valid UTF-8 text', { file: file.shown });
        }
        files.push((0,metrics_files/* readMetricsFile */._c)(text, file.shown, request.format, limits.stringLength));
    }
    return { files, ...(0,metrics_files/* selectFileMetrics */.wT)(files, request.select, request.directions) };
}

// EXTERNAL MODULE: ./src/core/pairing.ts
var core_pairing = __nccwpck_require__(6107);
// EXTERNAL MODULE: ./src/adapters/records.ts
var records = __nccwpck_require__(9810);
;// CONCATENATED MODULE: ./src/adapters/paired-predictions.ts



/**
 * Reads the candidate's prediction files and the baseline model's (`patterns`, relative to `folder`) and joins
 * them by id into the table of the paired tests, and (with `scoreColumn`) both models' scores of each row.
 */
async function readPairedPredictions(candidateFiles, patterns, folder, { idColumn, labelColumn, predictionColumn, scoreColumn }) {
    const fields = [
        idColumn,
        labelColumn,
        predictionColumn,
        ...(scoreColumn !== undefined ? [scoreColumn] : []),
    ];
    const scoreOf = (text, where) => {
        return scoreColumn === undefined ? undefined : (0,records/* parseScore */.yN)(text, where, scoreColumn);
    };
    const pairing = new core_pairing/* PredictionPairing */.Ar({ id: idColumn, gold: labelColumn });
    await (0,records/* readFields */.qU)(candidateFiles, fields, ([id, gold, prediction, score], where) => pairing.addCandidate(id, gold, prediction, where, scoreOf(score, where)));
    const baselineFiles = await (0,adapters_files/* findFiles */.lY)(patterns, folder, 'baseline-predictions');
    await (0,records/* readFields */.qU)(baselineFiles, fields, ([id, gold, prediction, score], where) => pairing.addBaseline(id, gold, prediction, where, scoreOf(score, where)));
    const table = pairing.finish();
    const scores = pairing.scores();
    return scores ? { table, scores } : { table };
}

// EXTERNAL MODULE: ./src/core/catalogue.ts
var catalogue = __nccwpck_require__(5318);
// EXTERNAL MODULE: ./src/core/fingerprint.ts + 1 modules
var fingerprint = __nccwpck_require__(2733);
// EXTERNAL MODULE: ./src/core/metrics/regression.ts
var regression = __nccwpck_require__(7424);
// EXTERNAL MODULE: ./src/core/metrics/text.ts
var metrics_text = __nccwpck_require__(9746);
// EXTERNAL MODULE: ./src/core/readers/index.ts + 3 modules
var readers = __nccwpck_require__(6799);
// EXTERNAL MODULE: ./src/core/stats/index.ts + 6 modules
var stats = __nccwpck_require__(1759);
// EXTERNAL MODULE: ./src/evaluation-scores.ts
var evaluation_scores = __nccwpck_require__(7769);
// EXTERNAL MODULE: ./src/core/metrics-files/json.ts
var json = __nccwpck_require__(1401);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
;// CONCATENATED MODULE: ./src/core/samples/scores.ts
/**
 * Per-example scores of one model (issue 17): for each metric, each example's value by example id, as read from an
 * LLM eval tool's per-example results. Pure. The metric of a model is the mean of its examples' values (what the
 * tools aggregate), with the standard error of that mean; two models are compared example by example.
 */





class ExampleScores {
    /** Metric → example id → value, in the order first read. */
    byMetric = new Map();
    /** Adds one example's value; an id given twice for one metric is an error at `where`. */
    add(metric, id, value, where) {
        let values = this.byMetric.get(metric);
        if (!values)
            this.byMetric.set(metric, (values = new Map()));
        if (values.has(id))
            throw new errors/* InputError */.d(`id ${JSON.stringify(id)} appears twice for ${JSON.stringify(metric)}; each example must be scored once per model`, where);
        values.set(id, value);
    }
    get metrics() {
        return [...this.byMetric.keys()];
    }
    /** The most examples any metric has: the model's row count. */
    get examples() {
        return Math.max(0, ...[...this.byMetric.values()].map((values) => values.size));
    }
    /** Each metric's mean and its standard error, in the order the metrics were first read. */
    means() {
        return [...this.byMetric].map(([name, values]) => {
            const all = [...values.values()];
            const n = all.length;
            // Summed in file order, as the tools' `sum(values) / len(values)`.
            const mean = all.reduce((sum, v) => sum + v, 0) / n;
            if (n < 2)
                return { name, value: mean, count: n };
            return { name, value: mean, stderr: (0,stats/* standardDeviation */.Fx)(all) / Math.sqrt(n), count: n };
        });
    }
    /**
     * Joins this model's examples with the candidate's by id, metric by metric, for the metrics both have. Pass/fail
     * metrics (every value 0 or 1 on both sides) get their discordant pairs; mean scores get no entry yet. A model
     * whose ids differ from the candidate's for any shared metric is not paired: the problem says how many differ.
     */
    pairWith(candidate) {
        const passFail = (0,own/* ownRecord */.MY)();
        for (const [metric, theirs] of candidate.byMetric) {
            const ours = this.byMetric.get(metric);
            if (!ours)
                continue;
            const problem = idMismatch(metric, ours, theirs);
            if (problem !== undefined)
                return { problem };
            if (!isPassFail(ours) || !isPassFail(theirs))
                continue;
            const pair = { examples: ours.size, modelOnly: 0, candidateOnly: 0 };
            for (const [id, value] of ours) {
                const other = theirs.get(id);
                if (value > other)
                    pair.modelOnly++;
                else if (value < other)
                    pair.candidateOnly++;
            }
            (0,own/* setOwn */.P5)(passFail, metric, pair);
        }
        return { passFail };
    }
}
function isPassFail(values) {
    for (const value of values.values())
        if (value !== 0 && value !== 1)
            return false;
    return true;
}
/** Why two models' ids for one metric cannot be joined: how many of each side the other lacks. */
function idMismatch(metric, ours, theirs) {
    const missing = [...theirs.keys()].filter((id) => !ours.has(id));
    const extra = [...ours.keys()].filter((id) => !theirs.has(id));
    if (missing.length === 0 && extra.length === 0)
        return undefined;
    const described = (ids) => (0,core_pairing/* describeIds */.Sh)(ids.length, ids.slice(0, core_pairing/* SHOWN_IDS */.Rt));
    const parts = [
        missing.length > 0
            ? `${described(missing)} of the candidate's ${(0,format/* formatCount */.B4)(theirs.size)} missing from its examples`
            : undefined,
        extra.length > 0 ? `${described(extra)} in its examples but not in the candidate's` : undefined,
    ].filter(Boolean);
    return `for ${JSON.stringify(metric)}, ${parts.join(', and ')}`;
}

;// CONCATENATED MODULE: ./src/core/samples/lm-eval.ts
/**
 * lm-evaluation-harness per-sample logs (`lm_eval --log_samples`): `samples_<task>_<date>.jsonl`, one JSON object
 * per document (and, in harnesses that write `filter`, per document and filter). Pure: records come in parsed.
 *
 * A record holds `doc_id`, the document, `target`, `resps`/`filtered_resps`, hashes and one field per metric of the
 * task with this document's value (`"acc": 1`). Newer harnesses also list the metric names in `metrics` and name
 * the filter in `filter`; older ones do not, and then every numeric field outside the harness's own keys is a
 * metric. A metric becomes `<task>/<metric>` for the filter `none` and `<task>/<metric>/<filter>` otherwise, the
 * names the results file's metrics get (`metrics-files/lm-eval.ts`), so both routes gate the same baseline entries.
 */





/** The harness's own keys of a sample record: never metrics. */
const RECORD_KEYS = new Set([
    'doc_id',
    'doc',
    'target',
    'arguments',
    'resps',
    'filtered_resps',
    'filter',
    'metrics',
    'doc_hash',
    'prompt_hash',
    'target_hash',
]);
const PREFIX = 'samples_';
const SUFFIX = '.jsonl';
/**
 * The task of a per-sample log, from its file name `samples_<task>_<date>.jsonl` (the date holds no `_`), or
 * undefined when the name is not one the harness writes. String operations only: the name is untrusted.
 */
function lmEvalSamplesTask(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX))
        return undefined;
    const stem = name.slice(PREFIX.length, -SUFFIX.length);
    const cut = stem.lastIndexOf('_');
    return cut > 0 ? stem.slice(0, cut) : undefined;
}
/** Adds one record of a per-sample log of `task` to `scores`; throws `InputError` at `where` for a bad record. */
function addLmEvalSample(scores, task, record, where) {
    if (typeof record !== 'object' || record === null || Array.isArray(record))
        throw new errors/* InputError */.d('expected a JSON object (a sample of lm-evaluation-harness)', where);
    const fields = record;
    const docId = (0,own/* ownValue */.eC)(fields, 'doc_id');
    if (!(typeof docId === 'string' && docId !== '') && !Number.isInteger(docId))
        throw new errors/* InputError */.d('missing or not an integer or a string; every sample of an lm-evaluation-harness per-sample log (a file named samples_<task>_<date>.jsonl) needs its document id', {
            ...where,
            field: 'doc_id',
        });
    const filter = (0,own/* ownValue */.eC)(fields, 'filter');
    if (filter !== undefined && typeof filter !== 'string')
        throw new errors/* InputError */.d('is not a string', { ...where, field: 'filter' });
    const suffix = filter === undefined || filter === 'none' ? '' : `/${filter}`;
    const names = metricNames(fields, where);
    if (names.length === 0)
        throw new errors/* InputError */.d(`sample of task ${JSON.stringify(task)} has no per-sample metric (a number such as "acc" or "exact_match"); its metrics may be corpus-level: read the results file with metrics-files instead`, where);
    for (const name of names) {
        const value = sampleValue((0,own/* ownValue */.eC)(fields, name));
        if (value === undefined)
            throw new errors/* InputError */.d('is not a number or a boolean', { ...where, field: name });
        scores.add(`${task}/${name}${suffix}`, String(docId), value, { ...where, field: 'doc_id' });
    }
}
/**
 * The metric fields of a record: those `metrics` lists whose value is a number (a corpus-level metric such as
 * `bleu` logs a pair per sample, aggregated only by the harness), else every numeric field outside the harness's own.
 */
function metricNames(fields, where) {
    const listed = (0,own/* ownValue */.eC)(fields, 'metrics');
    if (listed === undefined)
        return Object.keys(fields).filter((key) => !RECORD_KEYS.has(key) && sampleValue(fields[key]) !== undefined);
    if (!Array.isArray(listed) || !listed.every((name) => typeof name === 'string'))
        throw new errors/* InputError */.d('is not a list of metric names', { ...where, field: 'metrics' });
    return listed.filter((name) => {
        const value = (0,own/* ownValue */.eC)(fields, name);
        return typeof value === 'number' || typeof value === 'boolean';
    });
}
function sampleValue(value) {
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/**
 * The metrics of a model's per-sample logs as a metrics file states them: each metric's mean and standard error
 * over the examples (the harness's `mean` and `mean_stderr`), found at the JSON path of its per-sample field.
 */
function lmEvalSampleMetrics(scores) {
    return scores.means().map(({ name, value, stderr, count }) => ({
        name,
        value,
        direction: (0,catalogue/* inferDirection */._w)(name),
        ...(stderr !== undefined ? { stderr } : {}),
        count,
        path: (0,json/* childPath */.cm)('$', name.split('/')[1]),
    }));
}

;// CONCATENATED MODULE: ./src/evaluation-samples.ts




/**
 * Whether prediction files are per-example results of an LLM eval tool rather than rows of gold and predicted
 * labels: lm-evaluation-harness names its per-sample logs `samples_<task>_<date>.jsonl`. All files of a model
 * must be one kind or the other.
 */
function areExampleResults(files) {
    const results = files.filter((file) => lmEvalSamplesTask(file.shown) !== undefined);
    if (results.length === 0)
        return false;
    if (results.length < files.length) {
        const other = files.find((file) => lmEvalSamplesTask(file.shown) === undefined);
        throw new errors/* InputError */.d(`is not an lm-evaluation-harness samples_<task>_<date>.jsonl file, but ${results[0].shown} is: give one model's per-example results or its prediction rows, not both`, { file: other.shown });
    }
    return true;
}
/**
 * Reads one model's per-example result files: every example's scores by id, and the metrics they make (each
 * metric's mean over its examples) as the metrics file of the first file that scores it.
 */
async function readExampleResults(files) {
    const scores = new ExampleScores();
    const firstFile = new Map();
    for (const file of files) {
        const task = lmEvalSamplesTask(file.shown);
        // Metrics keep the order they were first read in, so those this file brought are the tail it added.
        const before = scores.metrics.length;
        await (0,records/* readJsonRecords */.Nl)(file, (record, where) => addLmEvalSample(scores, task, record, where));
        for (const metric of scores.metrics.slice(before))
            firstFile.set(metric, file.shown);
    }
    const metrics = lmEvalSampleMetrics(scores);
    const parsed = files.map((file) => ({
        file: file.shown,
        format: 'lm-eval',
        kind: 'lm-evaluation-harness per-sample log',
        metrics: metrics.filter((metric) => firstFile.get(metric.name) === file.shown),
    }));
    return { scores, files: parsed.filter((file) => file.metrics.length > 0) };
}

// EXTERNAL MODULE: ./src/core/classification-run.ts
var classification_run = __nccwpck_require__(3291);
// EXTERNAL MODULE: ./src/core/metrics-files/models.ts
var models = __nccwpck_require__(4345);
;// CONCATENATED MODULE: ./src/evaluation.ts
















/**
 * Reads the prediction files and the metrics files of a run and computes its metrics. A run may have either or
 * both; a metric name that comes from two places is an error.
 */
async function evaluate(settings, folder) {
    const evaluation = {
        metrics: {},
        directions: new Map(),
        files: [],
        standardErrors: {},
        intervals: {},
        untested: {},
    };
    const files = settings.predictions.length > 0 ? await (0,adapters_files/* findFiles */.lY)(settings.predictions, folder) : [];
    const examples = areExampleResults(files) ? await readExampleResults(files) : undefined;
    if (examples && settings.statistics.baselinePredictions.length > 0)
        throw new errors/* InputError */.d('input "baseline-predictions" pairs prediction rows; per-example results are paired by giving the baseline model as another model of "predictions" (NAME=PATH)');
    if (examples) {
        Object.assign(evaluation, {
            files: files.map((f) => f.shown),
            rows: examples.scores.examples,
            examples: examples.scores,
        });
    }
    else if (files.length > 0 && settings.task !== 'classification') {
        const computed = settings.task === 'regression' ? await evaluation_regression(settings, files) : await evaluation_text(settings, files);
        const names = settings.metrics ?? [...catalogue/* DEFAULT_METRICS */.Cq[settings.task]];
        for (const name of names)
            (0,own/* setOwn */.P5)(evaluation.metrics, name, computed.values[name]);
        takeStatistics(evaluation, rowStatistics(computed, names, settings.statistics));
        Object.assign(evaluation, {
            files: files.map((f) => f.shown),
            rows: computed.rows,
            computed: { kind: settings.task, ...(computed.note ? { note: computed.note } : {}) },
        });
    }
    else if (files.length > 0) {
        const counter = await (0,adapters_files/* countPredictions */.gk)(files, settings.labelColumn, settings.predictionColumn, settings.maxLabels);
        const matrix = counter.toMatrix();
        const scored = settings.scoreColumn !== undefined || settings.scoreColumns !== undefined;
        const { task, classification, metrics } = (0,classification_run/* classificationRun */.q)(matrix, { ...settings, scored });
        for (const [name, value] of metrics)
            (0,own/* setOwn */.P5)(evaluation.metrics, name, value);
        if (scored) {
            const wanted = (0,evaluation_scores/* scoreMetricNames */.Do)(settings.metrics, task);
            const scores = await (0,evaluation_scores/* scoreMetrics */.uf)(settings, files, task, matrix, wanted, settings.statistics);
            for (const name of wanted)
                (0,own/* setOwn */.P5)(evaluation.metrics, name, scores.values[name]);
            takeStatistics(evaluation, scores);
        }
        if (settings.idColumn !== undefined) {
            // A second, opt-in pass: the fast counting path reads only the label and prediction columns.
            evaluation.fingerprint = (await readPairFingerprint(files, settings.idColumn, settings.labelColumn)).value();
        }
        const { baselinePredictions } = settings.statistics;
        if (settings.idColumn !== undefined && baselinePredictions.length > 0) {
            const joined = await readPairedPredictions(files, baselinePredictions, folder, {
                idColumn: settings.idColumn,
                labelColumn: settings.labelColumn,
                predictionColumn: settings.predictionColumn,
                ...(task.kind === 'binary' && settings.scoreColumn !== undefined
                    ? { scoreColumn: settings.scoreColumn }
                    : {}),
            });
            evaluation.paired = joined.table;
            if (joined.scores)
                evaluation.pairedScores = joined.scores;
        }
        Object.assign(evaluation, {
            files: files.map((f) => f.shown),
            rows: matrix.total,
            task,
            matrix,
            classification,
        });
    }
    if (settings.metricsFiles.length > 0 || examples) {
        const read = await readMetricsFiles({
            patterns: settings.metricsFiles,
            parsed: examples?.files ?? [],
            format: settings.metricsFormat,
            select: settings.metricsSelect,
            directions: settings.directions,
        }, folder);
        for (const metric of read.metrics) {
            if (Object.hasOwn(evaluation.metrics, metric.name)) {
                throw new errors/* InputError */.d(`metric ${JSON.stringify(metric.name)} is computed from the prediction files and also read from this metrics file; metric names must be unique (use metrics-select to leave it out)`, { file: metric.file, jsonPath: metric.path });
            }
            (0,own/* setOwn */.P5)(evaluation.metrics, metric.name, metric.value);
            if (metric.stderr !== undefined)
                (0,own/* setOwn */.P5)(evaluation.standardErrors, metric.name, metric.stderr);
            // A pass rate's interval stays inside [0, 1] (Wilson's); others come from their standard error.
            const interval = metric.proportion && (0,models/* fileMetricInterval */.yt)(metric, settings.statistics.confidence);
            if (interval)
                (0,own/* setOwn */.P5)(evaluation.intervals, metric.name, interval);
            evaluation.directions.set(metric.name, metric.direction);
        }
        evaluation.metricsFiles = read;
    }
    return evaluation;
}
/** A run's standard errors, their methods, intervals and reasons for untested metrics, into its evaluation. */
function takeStatistics(evaluation, statistics) {
    Object.assign(evaluation.standardErrors, statistics.standardErrors);
    evaluation.errorMethods = statistics.methods;
    Object.assign(evaluation.intervals, statistics.intervals);
    Object.assign(evaluation.untested, statistics.untested);
}
/**
 * Standard errors of regression and text metrics: from formulas where one exists (every row mean; rmse and r2 by
 * the delta method), at any size; the others (max_error, median_absolute_error) by a row bootstrap within the same
 * rows × resamples budget as score metrics.
 */
function rowStatistics(computed, names, { samples, confidence, seed }) {
    const budget = { rows: computed.rows, samples, what: 'row bootstrap' };
    const statistics = (0,evaluation_scores/* rowErrorStatistics */.M7)(names, computed.formulas, budget, (resampled) => {
        const resampler = computed.resampler();
        const known = resampler.metricNames;
        const metrics = resampled.filter((name) => known.includes(name));
        return (0,stats/* rowBootstrapIntervals */.ni)(resampler, { samples, confidence, seed, metrics });
    });
    // The exact values, not the resampler's (equal to 1e-12), are what the report shows.
    for (const [name, interval] of Object.entries(statistics.intervals))
        interval.estimate = computed.values[name];
    return statistics;
}
/** The (id, gold label) fingerprint of the files, in a pass of its own over those two fields. */
async function readPairFingerprint(files, idColumn, labelColumn) {
    const pairs = new fingerprint/* PairFingerprint */.LK();
    await (0,records/* readFields */.qU)(files, [idColumn, labelColumn], (values) => pairs.add(values[0], values[1]));
    return pairs;
}
/** `task: regression`: numeric gold and predicted values; anything that is not a finite number is an error. */
async function evaluation_regression(settings, files) {
    const accumulator = await readRegression(settings, files, { keepRows: true });
    if (accumulator.rows < 2 && (settings.metrics ?? catalogue/* DEFAULT_METRICS */.Cq.regression).includes('r2')) {
        throw new errors/* InputError */.d('r2 is not defined for a single row (scikit-learn returns nan); leave it out of "metrics" or add rows', { file: files[0].shown });
    }
    const { values, rows } = accumulator.result();
    return {
        values,
        rows,
        formulas: (0,stats/* regressionStandardErrors */.Yq)(accumulator.rowValues()),
        resampler: () => stats/* RegressionResampler */.fg.fromAccumulator(accumulator),
    };
}
/** The regression rows of the files, accumulated (for a gate, or for a shard's statistics). */
async function readRegression(settings, files, 
/** `keepRows`: hold the rows for the row bootstrap (a gate); a shard needs only the accumulator's state. */
options = {}) {
    const fields = [settings.labelColumn, settings.predictionColumn];
    const accumulator = new regression/* RegressionAccumulator */.gE(options);
    await (0,records/* readFields */.qU)(files, fields, (values, where) => {
        const numbers = values.map((value, k) => {
            const number = (0,regression/* parseNumber */.$J)(value);
            if (number === undefined) {
                throw new errors/* InputError */.d('is not a number (task is regression)', {
                    ...where,
                    field: fields[k],
                });
            }
            return number;
        });
        accumulator.add(numbers[0], numbers[1]);
    });
    if (accumulator.rows === 0)
        throw new errors/* InputError */.d('the prediction files have no rows');
    return accumulator;
}
/**
 * `task: text`: the model's output (the prediction column) against one gold answer (the label column) or several
 * (`references-column`). JSON records are read whole, so an output may be empty and references may be an array.
 */
async function evaluation_text(settings, files) {
    const accumulator = await readText(settings, files, { keepRows: true });
    const { values, rows, references: answers } = accumulator.result();
    return {
        values,
        rows,
        ...(settings.referencesColumn ? { note: `${answers} gold answers` } : {}),
        formulas: (0,stats/* textStandardErrors */.YF)(accumulator.rowValues()),
        resampler: () => stats/* TextResampler */.bJ.fromAccumulator(accumulator),
    };
}
/** The text rows of the files, accumulated (for a gate, or for a shard's statistics). */
async function readText(settings, files, 
/** `keepRows`: hold the rows' scores for the row bootstrap (a gate); a shard needs only the sums. */
options = {}) {
    const accumulator = new metrics_text/* TextAccumulator */.ms(options);
    const references = settings.referencesColumn;
    const goldField = references ?? settings.labelColumn;
    for (const file of files) {
        const format = (0,readers/* formatOf */.be)(file.shown);
        if (format === 'json' || format === 'jsonl') {
            await (0,records/* readJsonRecords */.Nl)(file, (record, where) => {
                if (typeof record !== 'object' || record === null || Array.isArray(record)) {
                    throw new errors/* InputError */.d('expected a JSON object', where);
                }
                const fields = record;
                const output = (0,metrics_text/* textFromJson */.k7)((0,own/* ownValue */.eC)(fields, settings.predictionColumn), {
                    ...where,
                    field: settings.predictionColumn,
                });
                const gold = (0,own/* ownValue */.eC)(fields, goldField);
                const golds = references
                    ? (0,metrics_text/* referencesFromJson */.Zs)(gold, { ...where, field: goldField })
                    : [(0,metrics_text/* textFromJson */.k7)(gold, { ...where, field: goldField })];
                accumulator.add(output, golds);
            });
        }
        else {
            await (0,records/* readFields */.qU)([file], [goldField, settings.predictionColumn], (values, where) => {
                const golds = references
                    ? (0,metrics_text/* referencesFromJson */.Zs)(values[0], { ...where, field: goldField })
                    : [values[0]];
                accumulator.add(values[1], golds);
            });
        }
    }
    if (accumulator.rows === 0)
        throw new errors/* InputError */.d('the prediction files have no rows');
    return accumulator;
}


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate),
  c: () => (/* binding */ writeBaselineUpdate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/baseline-source.ts + 1 modules
var baseline_source = __nccwpck_require__(6376);
// EXTERNAL MODULE: ./src/adapters/files.ts + 10 modules
var adapters_files = __nccwpck_require__(9706);
// EXTERNAL MODULE: ./src/core/compare.ts
var compare = __nccwpck_require__(3164);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
;// CONCATENATED MODULE: ./src/core/baseline-diff.ts


/**
 * How the PR's copy of a baseline entry differs from the trusted copy: every metric added, removed or changed.
 * Reported at the top, because a PR that edits its own bar deserves a reviewer's eye.
 */
function baselineChanges(trusted, proposed) {
    const before = trusted?.metrics ?? {};
    const after = proposed?.metrics ?? {};
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return names
        .map((metric) => ({
        metric,
        before: (0,own/* ownValue */.eC)(before, metric),
        after: (0,own/* ownValue */.eC)(after, metric),
    }))
        .filter(({ before, after }) => before === undefined || after === undefined || Math.abs(before - after) > compare/* NOISE */.Xd);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __nccwpck_require__(6236);
// EXTERNAL MODULE: ./src/core/metrics-files/json.ts
var json = __nccwpck_require__(1401);
;// CONCATENATED MODULE: ./src/core/baseline.ts




/** The version written into every baseline file; files of an unknown version are refused rather than guessed at. */
const BASELINE_SCHEMA = 1;
/**
 * Parses a baseline file: the versioned form `{"schema": 1, "models": {...}}` or a hand-written flat object of
 * metric values. Errors name the file and the JSON path of the offending value. A pull request may edit the file,
 * so it is read by the strict parser: bounded depth, and a key given twice (`"models"` twice would gate nothing) is
 * refused rather than the last one winning.
 */
function parseBaseline(text, file) {
    const data = (0,json/* parseLenientJson */.Ri)(text, file);
    if (!isObject(data))
        throw new core_errors/* InputError */.d('baseline must be a JSON object', { file, jsonPath: '$' });
    if (!('schema' in data)) {
        return {
            document: {
                schema: BASELINE_SCHEMA,
                models: (0,own/* ownRecord */.MY)([['*', { metrics: readMetrics(data, file, '$') }]]),
            },
            flat: true,
        };
    }
    if (data.schema !== BASELINE_SCHEMA) {
        throw new core_errors/* InputError */.d(`unknown baseline schema ${describe(data.schema)}; this version of eval-gate reads schema ${BASELINE_SCHEMA}`, { file, jsonPath: '$.schema' });
    }
    const models = data.models;
    if (!isObject(models))
        throw new core_errors/* InputError */.d('"models" must be an object', { file, jsonPath: '$.models' });
    const entries = Object.entries(models).map(([name, entry]) => [name, readEntry(entry, file, `$.models${jsonKey(name)}`)]);
    return { document: { schema: BASELINE_SCHEMA, models: (0,own/* ownRecord */.MY)(entries) }, flat: false };
}
/** The entry for `name`: its own, or the one every name shares in a flat file. */
function entryFor(document, name) {
    return (0,own/* ownValue */.eC)(document.models, name) ?? (0,own/* ownValue */.eC)(document.models, '*');
}
/** A copy of the document with `name`'s entry replaced and every other entry kept. */
function withEntry(document, name, entry) {
    const models = (0,own/* ownRecord */.MY)(Object.entries(document.models).filter(([key]) => key !== '*'));
    (0,own/* setOwn */.P5)(models, name, entry);
    return { schema: BASELINE_SCHEMA, models };
}
/** The file's text: pretty-printed with a stable key order, so its diff in a pull request stays small. */
function serializeBaseline(document) {
    const sorted = sortKeys(document);
    // Each confusion-matrix row goes out as a marked string, unquoted afterwards. The marker must not occur in the
    // document (a label could be "__row__[1]"), or that label would be unquoted too and the file corrupted.
    const plain = JSON.stringify(sorted);
    let marker = '__row__';
    while (plain.includes(marker))
        marker += '_';
    return (JSON.stringify(sorted, matrixOnOneLine(marker), 2).replace(new RegExp(`"${marker}(\\[.*?\\])"`, 'g'), '$1') + '\n');
}
/** Keeps each confusion-matrix row on one line: a 10-class matrix stays 10 lines, not 120. */
function matrixOnOneLine(marker) {
    return (key, value) => {
        if (key === 'confusionMatrix' && Array.isArray(value))
            return value.map((row) => `${marker}${JSON.stringify(row)}`);
        return value;
    };
}
/** Keys in reading order: the version, then what a reviewer looks at first. Other keys follow alphabetically. */
const KEY_ORDER = [
    'schema',
    'models',
    'metrics',
    'rows',
    'fingerprint',
    'subset',
    'positiveLabel',
    'labels',
    'confusionMatrix',
    'standardErrors',
    'provenance',
];
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (!isObject(value))
        return value;
    const rank = (key) => {
        const index = KEY_ORDER.indexOf(key);
        return index < 0 ? KEY_ORDER.length : index;
    };
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (0,core_labels/* compareCodePoints */.OP)(a, b));
    // fromEntries defines keys, so a `__proto__` key is written out like any other.
    return Object.fromEntries(keys.map((key) => [key, sortKeys(value[key])]));
}
function readEntry(entry, file, path) {
    if (!isObject(entry))
        throw new core_errors/* InputError */.d('must be an object', { file, jsonPath: path });
    if (!('metrics' in entry))
        throw new core_errors/* InputError */.d('entry has no "metrics"', { file, jsonPath: path });
    const result = { metrics: readMetrics(entry.metrics, file, `${path}.metrics`) };
    if (entry.rows !== undefined)
        result.rows = readCount(entry.rows, file, `${path}.rows`);
    if (entry.fingerprint !== undefined) {
        if (typeof entry.fingerprint !== 'string')
            throw new core_errors/* InputError */.d('must be a string', { file, jsonPath: `${path}.fingerprint` });
        result.fingerprint = entry.fingerprint;
    }
    if (entry.subset !== undefined)
        result.subset = readSubset(entry.subset, file, `${path}.subset`);
    if (entry.labels !== undefined) {
        if (!Array.isArray(entry.labels) || !entry.labels.every((l) => typeof l === 'string')) {
            throw new core_errors/* InputError */.d('must be an array of strings', { file, jsonPath: `${path}.labels` });
        }
        result.labels = distinctLabels(entry.labels, file, `${path}.labels`);
    }
    if (entry.confusionMatrix !== undefined) {
        result.confusionMatrix = readMatrix(entry.confusionMatrix, result.labels?.length, file, `${path}.confusionMatrix`);
    }
    if (entry.positiveLabel !== undefined) {
        if (typeof entry.positiveLabel !== 'string')
            throw new core_errors/* InputError */.d('must be a string', { file, jsonPath: `${path}.positiveLabel` });
        result.positiveLabel = entry.positiveLabel;
    }
    if (entry.standardErrors !== undefined) {
        const errors = readMetrics(entry.standardErrors, file, `${path}.standardErrors`);
        for (const [name, value] of Object.entries(errors))
            if (value < 0)
                throw new core_errors/* InputError */.d(`a standard error must be ≥ 0, got ${value}`, {
                    file,
                    jsonPath: `${path}.standardErrors${jsonKey(name)}`,
                });
        result.standardErrors = errors;
    }
    if (entry.provenance !== undefined) {
        if (!isObject(entry.provenance))
            throw new core_errors/* InputError */.d('must be an object', { file, jsonPath: `${path}.provenance` });
        result.provenance = Object.fromEntries(Object.entries(entry.provenance).filter((pair) => typeof pair[1] === 'string'));
    }
    return result;
}
/** `{"limit": 50, "tasks": {"gsm8k": {"effective": 50, "original": 1319}}}`. */
function readSubset(value, file, path) {
    if (!isObject(value) || !isObject(value.tasks))
        throw new core_errors/* InputError */.d('must be an object with "tasks"', { file, jsonPath: path });
    const tasks = (0,own/* ownRecord */.MY)();
    for (const [task, counts] of Object.entries(value.tasks)) {
        const where = `${path}.tasks${jsonKey(task)}`;
        if (!isObject(counts))
            throw new core_errors/* InputError */.d('must be an object', { file, jsonPath: where });
        const effective = readCount(counts.effective, file, `${where}.effective`);
        const original = readCount(counts.original, file, `${where}.original`);
        (0,own/* setOwn */.P5)(tasks, task, { effective, original });
    }
    if (value.limit !== undefined &&
        (typeof value.limit !== 'number' || !Number.isFinite(value.limit) || value.limit <= 0))
        throw new core_errors/* InputError */.d(`must be a number > 0, got ${describe(value.limit)}`, {
            file,
            jsonPath: `${path}.limit`,
        });
    return { ...(value.limit !== undefined ? { limit: value.limit } : {}), tasks };
}
function readMetrics(value, file, path) {
    if (!isObject(value))
        throw new core_errors/* InputError */.d('metrics must be an object of numbers', { file, jsonPath: path });
    const metrics = (0,own/* ownRecord */.MY)();
    for (const [name, metric] of Object.entries(value)) {
        // Names end up in one-line outputs and annotations: no line breaks or other control characters.
        // eslint-disable-next-line no-control-regex
        if (name === '' || /[\u0000-\u001f\u007f\u2028\u2029]/.test(name)) {
            throw new core_errors/* InputError */.d('metric name must be a non-empty single line of text', {
                file,
                jsonPath: `${path}${jsonKey(name)}`,
            });
        }
        if (typeof metric !== 'number' || !Number.isFinite(metric)) {
            throw new core_errors/* InputError */.d(`metric value must be a finite number, got ${describe(metric)}`, {
                file,
                jsonPath: `${path}${jsonKey(name)}`,
            });
        }
        (0,own/* setOwn */.P5)(metrics, name, metric);
    }
    return metrics;
}
function readCount(value, file, path) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new core_errors/* InputError */.d(`must be a whole number ≥ 0, got ${describe(value)}`, { file, jsonPath: path });
    }
    return value;
}
function readMatrix(value, size, file, path) {
    if (!Array.isArray(value) || (size !== undefined && value.length !== size)) {
        throw new core_errors/* InputError */.d(`must be a square array matching "labels"`, { file, jsonPath: path });
    }
    return value.map((row, g) => {
        if (!Array.isArray(row) || row.length !== value.length) {
            throw new core_errors/* InputError */.d('each row must have one count per label', { file, jsonPath: `${path}[${g}]` });
        }
        return row.map((count, p) => readCount(count, file, `${path}[${g}][${p}]`));
    });
}
/** Labels index the confusion matrix: a repeated one would make two rows of one class. */
function distinctLabels(labels, file, path) {
    const repeat = (0,core_labels/* firstRepeat */.S1)(labels);
    if (repeat) {
        throw new core_errors/* InputError */.d(`this label is given twice (also at [${repeat.first}]); each label must appear once`, { file, jsonPath: `${path}[${repeat.index}]` });
    }
    return labels;
}
/** A wrong value by its kind, never its text: the file may hold megabytes in one value. */
const describe = json/* describeJsonKind */.y6;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `.name` for plain keys, `["odd key"]` otherwise, cut short: a key may be megabytes long. */
function jsonKey(key) {
    return (0,json/* shortPath */._1)((0,json/* childPath */.cm)('', key));
}

// EXTERNAL MODULE: ./src/core/catalogue.ts
var catalogue = __nccwpck_require__(5318);
// EXTERNAL MODULE: ./src/core/stats/index.ts + 6 modules
var stats = __nccwpck_require__(1759);
;// CONCATENATED MODULE: ./src/core/significance.ts




/**
 * Each resample recomputes every metric from a labels × labels matrix: beyond this many cells over all resamples
 * (≈ 1 s here), count metrics go without intervals and tests rather than stall the run.
 */
const MAX_RESAMPLED_CELLS = 100_000_000;
/**
 * Intervals for every metric that has data for one, a drop test for every gated metric that has data for one,
 * and the family-wise decision (Holm–Bonferroni over the tested gated metrics) when significance is on.
 *
 * Count metrics resample the confusion matrix (multinomial: the cost does not grow with rows); with paired
 * predictions the joint table is resampled and accuracy uses the exact McNemar test. Metrics with a standard
 * error on both sides (scores, metrics files) use a normal test of Δ; binary score metrics with both models' scores
 * joined by id use DeLong's paired test (roc_auc) or the per-row differences (log_loss, brier_score). Anything else
 * is judged by its rule alone.
 */
function gatherEvidence(input, settings) {
    const { confidence, samples, seed } = settings;
    const options = { confidence, samples, seed, positiveLabel: input.positiveLabel };
    const metrics = new Map();
    const entry = (name) => {
        let found = metrics.get(name);
        if (!found)
            metrics.set(name, (found = {}));
        return found;
    };
    const names = Object.keys(input.current);
    const counted = names.filter((name) => catalogue/* CATALOGUE */.yh.get(name)?.family === 'classification');
    const labels = input.matrix?.labels.length ?? 0;
    const resamplable = labels * labels * samples <= MAX_RESAMPLED_CELLS;
    if (input.matrix && counted.length > 0 && resamplable) {
        const intervals = (0,stats/* bootstrapIntervals */.tA)(input.matrix, { ...options, metrics: counted });
        for (const name of counted)
            entry(name).interval = { ...intervals[name], estimate: input.current[name] };
    }
    const z = (0,stats/* normalQuantile */.Zl)(0.5 + confidence / 2);
    for (const name of names) {
        const given = (0,own/* ownValue */.eC)(input.intervals, name);
        const error = (0,own/* ownValue */.eC)(input.standardErrors, name);
        const errorMethod = (0,own/* ownValue */.eC)(input.errorMethods, name);
        if (errorMethod !== undefined)
            entry(name).errorMethod = errorMethod;
        if (given)
            entry(name).interval = given;
        else if (error !== undefined && !metrics.get(name)?.interval) {
            const value = input.current[name];
            entry(name).interval = { estimate: value, lower: value - z * error, upper: value + z * error };
        }
    }
    const gated = input.gated.filter((name) => Object.hasOwn(input.current, name) && input.baseline && Object.hasOwn(input.baseline.metrics, name));
    const countedGated = gated.filter((name) => counted.includes(name));
    // Too many labels: left untested below, with the reason.
    const { tests, pairedMismatches, editedBaseline } = resamplable
        ? countTests(input, countedGated, options)
        : { tests: new Map(), pairedMismatches: [], editedBaseline: [] };
    for (const [name, test] of pairedScoreTests(input, gated, z, pairedMismatches))
        tests.set(name, test);
    for (const name of gated) {
        const mine = (0,own/* ownValue */.eC)(input.standardErrors, name);
        const theirs = (0,own/* ownValue */.eC)(input.baseline?.standardErrors, name);
        if (tests.has(name) || mine === undefined || theirs === undefined)
            continue;
        tests.set(name, {
            metric: name,
            ...normalTest(input.current[name] - input.baseline.metrics[name], Math.hypot(mine, theirs), input.directionOf(name), z, normalMethod((0,own/* ownValue */.eC)(input.errorMethods, name))),
        });
    }
    const family = gated.filter((name) => tests.has(name));
    const testedAgainstStoredValue = new Set([...editedBaseline, ...pairedMismatches].map((edit) => edit.metric));
    for (const name of family) {
        const { delta, lower, upper, pValue, paired, method } = tests.get(name);
        const oneSample = testedAgainstStoredValue.has(name);
        entry(name).test = { delta, lower, upper, pValue, paired, method: oneSample ? 'one-sample' : method };
    }
    if (settings.significance !== undefined && family.length > 0) {
        const decided = (0,stats/* significantDrops */.KN)(family.map((name) => ({ metric: name, pValue: tests.get(name).pValue })), settings.significance);
        for (const name of family) {
            entry(name).adjustedP = decided[name].adjustedP;
            entry(name).significant = decided[name].significant;
        }
    }
    for (const name of gated) {
        if (!tests.has(name))
            entry(name).untested =
                counted.includes(name) && !resamplable
                    ? `${labels.toLocaleString('en-US')} labels are too many to resample`
                    : whyUntested(name, input);
    }
    return {
        metrics,
        settings: { significance: settings.significance, confidence, samples, seed },
        family,
        ...(input.paired ? { pairedRows: input.paired.total } : {}),
        pairedMismatches,
        editedBaseline,
    };
}
/**
 * The drop tests of the gated count metrics: paired over the joint table when the baseline model's predictions
 * were given, else unpaired against the baseline's stored matrix. Unpaired, a stored value the stored matrix does
 * not give (the file was edited by hand) wins: that metric is tested one-sample against it.
 */
function countTests(input, metrics, options) {
    const tests = new Map();
    const pairedMismatches = [];
    const editedBaseline = [];
    const stored = input.baseline?.metrics ?? {};
    const testOptions = { ...options, metrics, directionOf: input.directionOf };
    if (metrics.length > 0 && input.paired) {
        for (const [name, test] of Object.entries((0,stats/* pairedDropTests */.Gr)(input.paired, testOptions))) {
            tests.set(name, test);
            if (Math.abs(stored[name] - test.baseline) > compare/* NOISE */.Xd)
                pairedMismatches.push({ metric: name, stored: stored[name], fromPredictions: test.baseline });
        }
        // The baseline predictions do not give the stored value: the stored value wins, as over a stored matrix.
        const fixed = Object.fromEntries(pairedMismatches.map(({ metric }) => [metric, stored[metric]]));
        if (input.matrix && pairedMismatches.length > 0)
            for (const [name, test] of Object.entries((0,stats/* fixedValueTests */.Ps)(input.matrix, fixed, testOptions)))
                tests.set(name, test);
    }
    const before = metrics.length > 0 && !input.paired && input.matrix && (0,stats/* baselineMatrix */.d$)(input.baseline);
    if (before) {
        // A baseline recorded with another positive class has other binary metrics: not an edit.
        const samePositive = (input.baseline.positiveLabel ?? input.positiveLabel) === input.positiveLabel;
        const unpaired = (0,stats/* unpairedDropTests */.v2)(input.matrix, before, {
            ...testOptions,
            ...(samePositive ? { storedValues: stored } : {}),
        });
        for (const [name, test] of Object.entries(unpaired)) {
            tests.set(name, test);
            if (test.fromMatrix !== undefined)
                editedBaseline.push({ metric: name, stored: test.baseline, fromMatrix: test.fromMatrix });
        }
    }
    return { tests, pairedMismatches, editedBaseline };
}
/**
 * Paired tests of the gated binary score metrics with a formula, when both models' scores were joined by id:
 * DeLong's paired test for ROC AUC, per-row differences for log_loss and brier_score. A stored value that the
 * baseline's scores do not give wins, as for count metrics: that metric is tested one-sample against it, from this
 * run's standard error, and listed in `mismatches`.
 */
function pairedScoreTests(input, gated, z, mismatches) {
    const tests = new Map();
    const scores = input.pairedScores;
    const wanted = gated.filter((name) => (0,stats/* formulaMethod */.aK)(name) !== undefined && catalogue/* CATALOGUE */.yh.get(name)?.family === 'scores');
    if (!scores || input.positiveLabel === undefined || wanted.length === 0)
        return tests;
    const positive = scores.gold.map((gold) => gold === input.positiveLabel);
    const differences = (0,stats/* pairedScoreDifferences */.Am)(positive, scores.candidate, scores.baseline, wanted);
    for (const [name, difference] of Object.entries(differences)) {
        const stored = input.baseline.metrics[name];
        const direction = input.directionOf(name);
        if (Math.abs(stored - difference.baseline) <= compare/* NOISE */.Xd) {
            const test = normalTest(difference.delta, difference.standardError, direction, z, difference.method);
            tests.set(name, { metric: name, ...test, paired: true });
            continue;
        }
        mismatches.push({ metric: name, stored, fromPredictions: difference.baseline });
        const mine = (0,own/* ownValue */.eC)(input.standardErrors, name);
        if (mine !== undefined)
            tests.set(name, { metric: name, ...normalTest(input.current[name] - stored, mine, direction, z) });
    }
    return tests;
}
/** A one-sided normal test of Δ with standard error `error`; small p means "worse". */
function normalTest(delta, error, direction, z, method = 'normal') {
    const worse = direction === 'higher-is-better' ? delta : -delta;
    // No spread at all: a drop is certain, no drop is certainly not one.
    const pValue = error > 0 ? (0,stats/* normalCdf */.vr)(worse / error) : worse < -compare/* NOISE */.Xd ? 0 : 1;
    return {
        delta,
        lower: delta - z * error,
        upper: delta + z * error,
        pValue,
        paired: false,
        method,
    };
}
/** The normal test says where this run's standard error came from when a formula gave it. */
function normalMethod(errorMethod) {
    return errorMethod === 'delong' || errorMethod === 'analytic' ? errorMethod : 'normal';
}
function whyUntested(name, input) {
    const family = catalogue/* CATALOGUE */.yh.get(name)?.family;
    if (input.flatBaseline)
        return 'the baseline holds hand-written values only';
    if (family === 'classification')
        return input.matrix ? 'the baseline stores no confusion matrix' : 'no confusion matrix';
    if ((0,own/* ownValue */.eC)(input.standardErrors, name) !== undefined)
        return 'the baseline stores no standard error';
    const reason = (0,own/* ownValue */.eC)(input.untested, name);
    if (reason)
        return reason;
    return family === undefined ? 'the metrics file gives no standard error' : 'no standard error for this run';
}

// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __nccwpck_require__(7239);
;// CONCATENATED MODULE: ./src/core/markdown.ts
/**
 * Makes untrusted text (labels, model and metric names, paths read from artifacts or a PR-edited baseline) inert in
 * GitHub-flavoured Markdown: no HTML, no table breaks, no formatting, no links, and no reference that GitHub would
 * turn into a link or a notification. The result is meant for ordinary text and table cells (or inside `<code>`),
 * never inside a backtick code span, where escapes are shown literally.
 */
function escapeMarkdown(text) {
    return escapeSyntax(breakAutolinks(oneLine(text)));
}
/**
 * Text the runner or the workflow gave (the run's commit, the commit a baseline was read at), escaped like
 * untrusted text except that a commit SHA or issue reference in it still links, as GitHub means it to.
 */
function escapeTrustedMarkdown(text) {
    return escapeSyntax(breakLinks(oneLine(text)));
}
/**
 * Text the gate writes itself from numbers and fixed words (values, deltas, p-values, rules such as `max-drop
 * 0.01`): its Markdown syntax is escaped, but it can hold no link or reference, so nothing is broken; breaking it
 * would put a zero-width space into a number such as `100000000.0000`.
 */
function escapeOwnText(text) {
    return escapeSyntax(oneLine(text));
}
function oneLine(text) {
    return (text
        // A newline would end a table row.
        .replace(/\r\n|[\r\n\u2028\u2029\t]/g, ' ')
        // Other control characters, and the bidirectional overrides that can make text read backwards.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ''));
}
function escapeSyntax(text) {
    return (text
        // Markdown punctuation first, so the entities added below are not escaped in turn.
        .replace(/[\\`*[\]#~]/g, '\\$&')
        // Underscores only make emphasis at a word's edge; inside a name such as f1_macro they stay readable.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\|/g, '&#124;')
        // Written as an entity: visible in the comment's source, invisible once rendered.
        .replace(/\u200b/g, '&#8203;'));
}
/** The zero-width space that splits what GitHub would link: invisible, so the text still reads as it was. */
const BREAK = '\u200b';
/**
 * Puts a zero-width space where GFM's autolinks and GitHub's references would match, so that none does: see
 * {@link breakLinks}, plus `#123` and `owner/repo#123` (after `#`), `GH-123` (after `GH`) and bare commit SHAs
 * (every run of 7 or more hex digits is split into pieces of at most 6, none of which GitHub links).
 *
 * Every pattern here and in breakLinks is linear on any input: each is one character or a fixed string with a
 * fixed-length lookahead, except the hex run, a single character class with nothing after it, which the engine
 * matches greedily once per run and never retries shorter.
 */
function breakAutolinks(text) {
    return breakLinks(text)
        .replace(/#(?=\d)/g, `#${BREAK}`)
        .replace(/gh(?=-\d)/gi, `$&${BREAK}`)
        .replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/[0-9a-f]{6}(?!$)/gi, `$&${BREAK}`));
}
/** Breaks `@mention`, `owner@sha` and e-mail addresses (after `@`), `http://` and other schemes (after `:`), `www.`. */
function breakLinks(text) {
    return text
        .replace(/@/g, `@${BREAK}`)
        .replace(/:(?=\/\/)/g, `:${BREAK}`)
        .replace(/w(?=ww\.)/gi, `$&${BREAK}`);
}
/** Untrusted text in a monospace font: `<code>` rather than backticks, because escapes work inside it. */
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** A GFM table; every cell must already be escaped. */
function table(header, rows, align) {
    const rule = header.map((_, i) => {
        const a = align?.[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
/** A collapsed section; `summary` must already be escaped. */
function details(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
;// CONCATENATED MODULE: ./src/core/chart.ts
/**
 * A Mermaid `xychart-beta` chart of metric values per model, for the pull-request comment. GitHub renders
 * ```mermaid blocks itself; this module only builds the text, so it stays pure.
 *
 * Layout. Mermaid's xychart draws every `bar` series at the same position with the full band width (its BarPlot
 * has no grouping), so a second bar series would hide the first wherever it is longer. The first series (the
 * candidate, by the caller's convention) is therefore drawn as bars and every other series (baseline, other
 * models) as a line over them, each in its own colour. With a single metric a line would be a lone invisible
 * point, so the chart is turned around: one bar per model. The chart is horizontal (categories down the left
 * side) so that long metric names stay readable, and its height grows with the number of categories.
 *
 * Scale. Metrics whose values all lie in [0, 1] are charted on a 0 → 1 axis; when there is at least one such
 * metric, the others (a loss above 1, a negative r2, an error in data units) are left out with a note, because one
 * large metric would flatten all the others. When no metric lies in [0, 1], all share an axis from
 * min(0, lowest) to max(0, highest), rounded outward, and a metric whose largest magnitude is under 5 % of that
 * axis is left out with a note (its bars would be invisible). Xychart draws bars from the low end of the axis, not
 * from zero, which a note says when the axis goes below zero.
 *
 * Missing values. Xychart needs one number per category, so a model without a value for a metric (or with a
 * value that is not finite) is drawn at the low end of the axis, and a note lists those pairs. A metric or a series
 * without any value is left out with a note.
 *
 * Text. Metric and model names come from untrusted artifacts; see {@link chartText} for the escaping rule.
 */


/** Series colours in drawing order, each with the emoji square the legend shows for it. */
const CHART_COLORS = [
    { hex: '#3b82f6', square: '🟦' },
    { hex: '#f97316', square: '🟧' },
    { hex: '#22c55e', square: '🟩' },
    { hex: '#a855f7', square: '🟪' },
    { hex: '#ef4444', square: '🟥' },
    { hex: '#eab308', square: '🟨' },
    { hex: '#92400e', square: '🟫' },
    { hex: '#6b7280', square: '⬛' },
];
const DEFAULT_MAX_METRICS = 12;
/** Longest category or series label, in code points, before it is cut with `…`. */
const MAX_LABEL = 32;
/** Longest title. */
const MAX_TITLE = 60;
/** Significant digits of every number in the chart text. */
const DIGITS = 4;
/** Magnitude under which a number is charted as 0 (it could not be seen, and would make the text long). */
const TINY = 1e-9;
/** Names listed in a note before the rest are counted. */
const MAX_LISTED = 6;
/** Chart height in pixels: room for each category, within these bounds. */
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 560;
/** Fraction of the axis under which a metric is too small to see on a shared, non-unit axis. */
const MIN_VISIBLE = 0.05;
/**
 * Makes untrusted text safe inside a double-quoted xychart string (`title "…"`, `x-axis ["…", …]`, `bar "…"`).
 *
 * What Mermaid does with such a string (mermaid 11, xychart.jison and the code around it):
 * - the lexer reads `"`, then `[^"]*` as the text, then `"`; there are no escapes, so only `"` ends a string,
 *   and an empty string `""` does not parse;
 * - before the grammar runs, `%%{…}%%` anywhere in the text, inside strings too, is a directive that changes the
 *   configuration, and `%%` starts a comment;
 * - the renderer turns `#name;` into an HTML entity and decodes its own `ﬂ°…¶ß` placeholders, and labels go
 *   through DOMPurify, which removes anything that looks like a tag;
 * - GitHub ends the ```mermaid block at a line of backticks.
 *
 * The rule, in order:
 * 1. line breaks, tabs and other control characters become spaces (so no new statement or closing fence can
 *    start); bidirectional overrides and zero-width characters are removed;
 * 2. `"` and `` ` `` become `'` (nothing ends the string or starts a Markdown string);
 * 3. a `%` next to another `%` becomes `％` (no directive, no comment), `#` before `name;` becomes `＃` (no
 *    entity), `<` `>` become `‹` `›` (no HTML), `ﬂ` becomes `fl`;
 * 4. runs of spaces become one and the ends are trimmed; `@` gets a zero-width space after it, as in
 *    {@link escapeMarkdown}, so it can never be read as a mention;
 * 5. the text is cut to `max` code points with `…`, and an empty result becomes `(unnamed)`.
 * Everything else (letters of any script, digits, `&`, `[`, `]`, `,`, `;`, `{`, `}`, `:`, …) is literal text
 * inside the string, as the lexer rule above shows.
 */
function chartText(text, max = MAX_LABEL) {
    const cleaned = text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
        .replace(/["`]/g, "'")
        .replace(/%(?=%)|(?<=%)%/g, '\uff05')
        .replace(/#(?=\w+;)/g, '\uff03')
        .replace(/</g, '\u2039')
        .replace(/>/g, '\u203a')
        .replace(/\ufb02/g, 'fl')
        .replace(/\s+/g, ' ')
        .trim()
        // After the trim and the zero-width removal above, so it stays.
        .replace(/@/g, '@\u200b');
    const points = Array.from(cleaned);
    const cut = points.length > max
        ? `${points
            .slice(0, max - 1)
            .join('')
            .trimEnd()}…`
        : cleaned;
    return cut === '' ? '(unnamed)' : cut;
}
/**
 * A number as xychart's lexer accepts it (`[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent, no `NaN`), rounded to
 * {@link DIGITS} significant digits; a magnitude under {@link TINY} is written as `0`.
 */
function chartNumber(value) {
    if (!Number.isFinite(value))
        throw new RangeError(`not a finite number: ${value}`);
    if (Math.abs(value) < TINY)
        return '0';
    // d.ddde±x, written out in full: no rounding beyond toExponential's.
    const [mantissa = '', exponent = '0'] = Math.abs(value)
        .toExponential(DIGITS - 1)
        .split('e');
    const digits = mantissa.replace('.', '');
    const shift = Number(exponent) + 1;
    const whole = shift <= 0 ? '0' : digits.slice(0, shift).padEnd(shift, '0');
    const fraction = (shift < 0 ? '0'.repeat(-shift) + digits : digits.slice(Math.max(shift, 0))).replace(/0+$/, '');
    return `${value < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}
/**
 * The Markdown of a Mermaid chart of `metrics` (the categories, top to bottom in this order) for each series (the
 * first drawn as bars, the others as lines over them), or why it was left out. Pure and deterministic. The caller
 * shows `legend` and `notes` under the block.
 */
function renderMetricChart(metrics, series, options = {}) {
    const maxMetrics = options.maxMetrics ?? DEFAULT_MAX_METRICS;
    const maxSeries = Math.min(options.maxSeries ?? CHART_COLORS.length, CHART_COLORS.length);
    const notes = [];
    // Values as charted (rounded), so that the scale is chosen from the very numbers the chart shows.
    const valueOf = (s, metric) => {
        const v = (0,own/* ownValue */.eC)(s.values, metric);
        return typeof v === 'number' && Number.isFinite(v) ? Number(chartNumber(v)) : undefined;
    };
    let names = [...new Set(metrics)];
    const noValues = names.filter((m) => series.every((s) => valueOf(s, m) === undefined));
    if (noValues.length > 0)
        notes.push(`Not in the chart (no values): ${list(noValues)}.`);
    names = names.filter((m) => !noValues.includes(m));
    if (names.length === 0 || series.length === 0)
        return { omitted: 'Chart left out: no metric values to chart.' };
    // Scale: unit metrics first; otherwise one shared axis without the metrics too small to see on it.
    const valuesOf = (m) => series.map((s) => valueOf(s, m)).filter((v) => v !== undefined);
    const unit = names.filter((m) => valuesOf(m).every((v) => v >= 0 && v <= 1));
    let lo = 0;
    let hi = 1;
    if (unit.length > 0) {
        const other = names.filter((m) => !unit.includes(m));
        if (other.length > 0)
            notes.push(`Not in the chart (not on a 0–1 scale): ${list(other)}.`);
        names = unit;
    }
    else {
        const all = names.flatMap(valuesOf);
        [lo, hi] = niceRange(Math.min(0, ...all), Math.max(0, ...all));
        const span = hi - lo;
        const small = names.filter((m) => Math.max(...valuesOf(m).map(Math.abs)) < MIN_VISIBLE * span);
        if (small.length > 0 && small.length < names.length) {
            notes.push(`Not in the chart (too small on this scale): ${list(small)}.`);
            names = names.filter((m) => !small.includes(m));
            const kept = names.flatMap(valuesOf);
            [lo, hi] = niceRange(Math.min(0, ...kept), Math.max(0, ...kept));
        }
        if (lo < 0)
            notes.push(`Bars start at the low end of the axis (${chartNumber(lo)}), not at zero.`);
    }
    if (names.length > maxMetrics) {
        return { omitted: `Chart left out: ${names.length} metrics (at most ${maxMetrics} fit).` };
    }
    const charted = series.filter((s) => names.some((m) => valueOf(s, m) !== undefined));
    const empty = series.filter((s) => !charted.includes(s));
    if (empty.length > 0) {
        notes.push(`Not in the chart (no values): ${list(empty.map((s) => s.name))}.`);
    }
    if (charted.length > maxSeries) {
        return { omitted: `Chart left out: ${charted.length} models (at most ${maxSeries} fit).` };
    }
    const missing = [];
    const cell = (s, m) => {
        const v = valueOf(s, m);
        if (v === undefined)
            missing.push(`${escapeMarkdown(s.name)} for ${escapeMarkdown(m)}`);
        return chartNumber(v ?? lo);
    };
    const row = (of, m) => of.map((s) => cell(s, m));
    const colors = CHART_COLORS.slice(0, Math.max(charted.length, 1))
        .map((c) => c.hex)
        .join(', ');
    const categories = names.length === 1 ? charted.length : names.length;
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, 120 + 36 * categories));
    const lines = [
        '```mermaid',
        `%%{init: {"xyChart": {"height": ${height}}, "themeVariables": {"xyChart": {"plotColorPalette": "${colors}"}}}}%%`,
        'xychart-beta horizontal',
        `  title ${quote(chartText(options.title ?? 'Metrics', MAX_TITLE))}`,
    ];
    let legend;
    if (names.length === 1) {
        // One metric: one bar per model, the models as categories. Every charted series has a value for it.
        const metric = names[0];
        lines.push(`  x-axis [${unique(charted.map((s) => chartText(s.name)))
            .map(quote)
            .join(', ')}]`, `  y-axis ${quote(chartText(metric))} ${chartNumber(lo)} --> ${chartNumber(hi)}`, `  bar ${quote(chartText(metric))} [${row(charted, metric).join(', ')}]`);
        legend = `${CHART_COLORS[0]?.square} ${escapeMarkdown(metric)} per model (bars).`;
    }
    else {
        lines.push(`  x-axis [${unique(names.map((m) => chartText(m)))
            .map(quote)
            .join(', ')}]`, `  y-axis ${chartNumber(lo)} --> ${chartNumber(hi)}`);
        charted.forEach((s, i) => {
            lines.push(`  ${i === 0 ? 'bar' : 'line'} ${quote(chartText(s.name))} [${names.map((m) => cell(s, m)).join(', ')}]`);
        });
        legend = charted
            .map((s, i) => `${CHART_COLORS[i]?.square} **${escapeMarkdown(s.name)}** (${i === 0 ? 'bars' : 'line'})`)
            .join(' · ');
    }
    lines.push('```');
    if (missing.length > 0)
        notes.push(`No value, drawn at the low end of the axis: ${listEscaped(missing)}.`);
    return { markdown: lines.join('\n'), legend, notes };
}
function quote(text) {
    return `"${text}"`;
}
/** Labels made distinct, as the band axis needs: a repeat gets ` (2)`, ` (3)`, … */
function unique(labels) {
    const seen = new Set();
    return labels.map((label) => {
        let candidate = label;
        for (let n = 2; seen.has(candidate); n++) {
            const suffix = ` (${n})`;
            candidate = `${chartText(label, MAX_LABEL - suffix.length)}${suffix}`;
        }
        seen.add(candidate);
        return candidate;
    });
}
/** An axis from `lo` to `hi` (with `lo <= 0 <= hi`) widened to multiples of a round step. */
function niceRange(lo, hi) {
    if (hi === lo)
        return [lo, lo + 1];
    const raw = (hi - lo) / 5;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = ([1, 2, 5, 10].find((f) => f * power >= raw) ?? 10) * power;
    if (!(step > 0) || !Number.isFinite(step))
        return [lo, hi];
    return [Number(chartNumber(Math.floor(lo / step) * step)), Number(chartNumber(Math.ceil(hi / step) * step))];
}
function list(names) {
    return listEscaped(names.map(escapeMarkdown));
}
function listEscaped(items) {
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

// EXTERNAL MODULE: ./src/core/fingerprint.ts + 1 modules
var core_fingerprint = __nccwpck_require__(2733);
// EXTERNAL MODULE: ./src/core/metrics-files/types.ts
var types = __nccwpck_require__(8254);
;// CONCATENATED MODULE: ./src/core/metrics-files/report.ts




/** `3 metrics from 1 metrics file (lm-evaluation-harness results)`, for the report's context line. */
function metricsFilesContext({ files, metrics }) {
    const formats = [...new Set(files.map((f) => f.kind ?? types/* FORMAT_NAMES */.B[f.format]))].join(', ');
    const noun = metrics.length === 1 ? 'metric' : 'metrics';
    const fileNoun = files.length === 1 ? 'metrics file' : 'metrics files';
    return `${(0,format/* formatCount */.B4)(metrics.length)} ${noun} from ${(0,format/* formatCount */.B4)(files.length)} ${fileNoun} (${escapeMarkdown(formats)})`;
}
/**
 * A collapsed table of every metric read from a file: its value, standard error and count where the file gives
 * them, its direction, and where it was read (file and JSON path). Everything in it comes from the files, so
 * everything is escaped.
 */
function metricsFilesDetails({ files, metrics, shown = [] }) {
    const rows = [...metrics, ...shown].map((m) => [
        escapeMarkdown(m.name),
        m.notGated === 'not a number' ? `not a number (${String(m.value)})` : (0,format/* formatValue */.Fl)(m.value),
        m.stderr === undefined ? '—' : `±${(0,format/* formatValue */.Fl)(m.stderr)}`,
        countText(m),
        m.notGated !== undefined
            ? `not gated (${m.notGated})`
            : `${m.direction === 'higher-is-better' ? 'higher' : 'lower'}${m.directionAssumed ? ' (assumed)' : ''}`,
        files.length === 1 ? code(m.path) : `${code(m.file)} ${code(m.path)}`,
    ]);
    const formats = files
        .map((f) => `${code(f.file)}: ${escapeMarkdown(f.kind ?? types/* FORMAT_NAMES */.B[f.format])}${f.subset ? ` — ${escapeMarkdown((0,core_fingerprint/* describeSubset */._p)(f.subset))}` : ''}`)
        .join('<br>');
    const body = table(['metric', 'value', 'stderr', 'n', 'better', files.length === 1 ? 'JSON path' : 'read from'], rows, ['left', 'right', 'right', 'right', 'left', 'left']) + `\n\n${formats}`;
    return details(`Metrics read from files (${(0,format/* formatCount */.B4)(metrics.length + shown.length)})`, body);
}
/** `50 of 2,305` for a subset run, else the count, else a dash. */
function countText({ count, fullCount }) {
    if (count === undefined)
        return '—';
    return fullCount === undefined ? (0,format/* formatCount */.B4)(count) : `${(0,format/* formatCount */.B4)(count)} of ${(0,format/* formatCount */.B4)(fullCount)}`;
}

// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __nccwpck_require__(1922);
;// CONCATENATED MODULE: ./src/core/report.ts









const STATUS_TEXT = {
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    'within-tolerance': '🟡 within tolerance',
    'within-noise': '🟡 within noise',
    regressed: '🔴 regressed',
    new: '🆕 new',
    missing: '🔴 missing',
};
const PLAIN = { name: (text) => text, own: (text) => text };
const MARKDOWN = { name: escapeMarkdown, own: escapeOwnText };
/** The verdict: the report's headline, the `summary` output (icon and text) and the failure message (text). */
function verdict(comparison, style = PLAIN) {
    const regressed = comparison.metrics.filter(compare/* isRegression */.kj);
    if (regressed.length > 0) {
        const noun = regressed.length === 1 ? 'metric' : 'metrics';
        const named = headlineRegressions(regressed);
        const more = regressed.length - named.length;
        const parts = [
            ...named.map((metric) => describeRegression(metric, style)),
            ...(more > 0 ? [`and ${more} more`] : []),
        ];
        return { icon: '❌', text: style.own(`${regressed.length} ${noun} regressed: `) + parts.join('; ') };
    }
    if (comparison.firstRun) {
        const count = comparison.metrics.length;
        return {
            icon: '🆕',
            text: `First run: no baseline yet, ${count} ${count === 1 ? 'metric' : 'metrics'} recorded`,
        };
    }
    return { icon: '✅', text: style.own(`No regressions (${countStatuses(comparison.metrics)})`) };
}
/** The headline names at most this many regressions, so it stays one line; the table lists them all. */
const HEADLINE_REGRESSIONS = 3;
/** The regressions the headline names: the largest drops, in table order. */
function headlineRegressions(regressed) {
    if (regressed.length <= HEADLINE_REGRESSIONS)
        return regressed;
    // A stable sort: equal drops keep table order.
    const byDrop = [...regressed].sort((a, b) => worsening(b) - worsening(a));
    const largest = new Set(byDrop.slice(0, HEADLINE_REGRESSIONS));
    return regressed.filter((metric) => largest.has(metric));
}
/** How much worse a regressed metric got, in its own units; a missing metric is the worst there is. */
function worsening(metric) {
    if (metric.status === 'missing')
        return Number.MAX_VALUE;
    if (metric.delta === undefined)
        return 0;
    return metric.direction === 'higher-is-better' ? -metric.delta : metric.delta;
}
/** `f1_macro −0.0213 (max-drop 0.01)`: the metric, how it moved and which rules it broke. */
function describeRegression(metric, style = PLAIN) {
    const name = style.name(metric.name);
    if (metric.status === 'missing')
        return `${name} missing from this run`;
    const p = metric.evidence?.adjustedP;
    const significance = p !== undefined && metric.broken.some((b) => b.rule.startsWith('max-drop'));
    return `${name} ${style.own(`${movementOf(metric)} (${metric.broken.map((b) => b.rule).join(', ')}${significance ? `; p ${formatP(p)}` : ''})`)}`;
}
/** `accuracy regressed (−0.0933, p 0.0025)`: the title of a regression's annotation. */
function regressionTitle(metric) {
    if (metric.status === 'missing')
        return `${metric.name} missing from this run`;
    const p = metric.evidence?.adjustedP;
    return `${metric.name} regressed (${movementOf(metric)}${p !== undefined ? `, p ${formatP(p)}` : ''})`;
}
function movementOf(metric) {
    return metric.delta !== undefined ? (0,format/* formatDelta */.CW)(metric.delta) : (0,format/* formatValue */.Fl)(metric.current);
}
function countStatuses(metrics) {
    const order = ['improved', 'unchanged', 'within-tolerance', 'within-noise', 'new'];
    return order
        .map((status) => [status, metrics.filter((m) => m.status === status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status.replace('-', ' ')}`)
        .join(', ');
}
const FULL_DETAIL = {
    chart: true,
    confusionMatrix: true,
    perClass: true,
    metricRows: Infinity,
};
const DEFAULT_NAME = settings/* DEFAULTS */.zY.name;
/** A confusion matrix wider than this is not drawn: it would be unreadable, and its size grows with the square. */
const MAX_MATRIX_LABELS = 30;
/** Renders the report as GitHub-flavoured Markdown: verdict first, then the table, details, and a footer. */
function renderReport(input, detail = FULL_DETAIL) {
    const { comparison } = input;
    const sections = [
        headline(input.name, verdict(comparison, MARKDOWN)),
        proposedChangesNotice(input),
        datasetNotice(input),
        metricsTable(comparison.metrics, detail, input.evidence),
        contextLine(input),
        statisticsNote(input),
        input.leaderboard ?? '',
        detail.chart ? baselineChart(input) : '',
        input.classification ? zeroDivisionNote(input.classification) : '',
        !input.metricsFiles
            ? ''
            : detail.perClass
                ? metricsFilesDetails(input.metricsFiles)
                : omitted('The metrics read from files', detail),
        input.matrix ? lookAlikeLabelNotice(input.matrix) : '',
        !input.classification
            ? ''
            : detail.perClass
                ? perClassDetails(input)
                : omitted('Per-class scores', detail),
        // A matrix too wide to draw says so itself in every rendering; only a drawable one is ever "left out".
        !input.matrix
            ? ''
            : detail.confusionMatrix || input.matrix.labels.length > MAX_MATRIX_LABELS
                ? confusionDetails(input.matrix)
                : omitted('The confusion matrix', detail),
        thresholdDetails(input),
        footer(input),
    ];
    return sections.filter((s) => s !== '').join('\n\n') + '\n';
}
/**
 * The most detailed rendering whose size fits `limit` (measured by `size`: characters for a comment, bytes for a
 * step summary).
 */
function renderReportWithin(input, limit, size = (text) => text.length, fullReportAt) {
    const levels = [
        FULL_DETAIL,
        { ...FULL_DETAIL, chart: false, confusionMatrix: false, fullReportAt },
        { ...FULL_DETAIL, chart: false, confusionMatrix: false, perClass: false, fullReportAt },
    ];
    for (const detail of levels) {
        const text = renderReport(input, detail);
        if (size(text) <= limit)
            return text;
    }
    // Shed metric rows: the most that fit, found by bisection (regressions are listed first, so they stay).
    const base = levels[2];
    let low = 0;
    let high = input.comparison.metrics.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(renderReport(input, { ...base, metricRows: mid })) <= limit)
            low = mid;
        else
            high = mid - 1;
    }
    return renderReport(input, { ...base, metricRows: low });
}
function omitted(what, detail) {
    const where = detail.fullReportAt ? `; see ${detail.fullReportAt}` : '';
    return `<sub>${what} left out to keep this report within its size limit${where}.</sub>`;
}
/** The verdict as a heading; a gate with its own name says it, so several gates in one PR read apart. */
function headline(name, { icon, text }) {
    const label = name === DEFAULT_NAME ? '' : `${escapeMarkdown(name)}: `;
    return `### ${icon} ${label}${text}`;
}
function metricsTable(metrics, detail, evidence) {
    // Regressions first when rows must be cut, so the ones that matter are never the ones left out.
    const ordered = detail.metricRows < metrics.length
        ? [...metrics].sort((a, b) => Number((0,compare/* isRegression */.kj)(b)) - Number((0,compare/* isRegression */.kj)(a)))
        : metrics;
    const shown = ordered.slice(0, detail.metricRows);
    const status = (m) => {
        const rules = m.excused
            ? `${m.excused.rule} (${m.excused.detail}, not significant)`
            : m.broken.map((b) => `${b.rule} (${b.detail})`).join(', ');
        return STATUS_TEXT[m.status] + (rules ? `: ${escapeOwnText(rules)}` : '');
    };
    const rest = metrics.length - shown.length;
    const where = detail.fullReportAt ? ` in ${detail.fullReportAt}` : ' not shown';
    const note = rest > 0 ? `\n\n<sub>${(0,format/* formatCount */.B4)(rest)} more metrics${where}.</sub>` : '';
    if (!evidence || !metrics.some((m) => m.evidence?.interval || m.evidence?.test)) {
        const rows = shown.map((m) => [
            escapeMarkdown(m.name),
            (0,format/* formatValue */.Fl)(m.baseline),
            (0,format/* formatValue */.Fl)(m.current),
            (0,format/* formatDelta */.CW)(m.delta),
            status(m),
        ]);
        return (table(['metric', 'baseline', 'current', 'Δ', 'status'], rows, [
            'left',
            'right',
            'right',
            'right',
            'left',
        ]) + note);
    }
    const level = `${formatPercent(evidence.settings.confidence)} interval`;
    const rows = shown.map((m) => [
        escapeMarkdown(m.name),
        (0,format/* formatValue */.Fl)(m.baseline),
        withInterval((0,format/* formatValue */.Fl)(m.current), m.evidence?.interval, format/* formatValue */.Fl),
        withInterval((0,format/* formatDelta */.CW)(m.delta), m.evidence?.test, format/* formatDelta */.CW),
        pCell(m.evidence),
        status(m),
    ]);
    return (table(['metric', 'baseline', `current [${level}]`, `Δ [${level}]`, 'p', 'status'], rows, [
        'left',
        'right',
        'right',
        'right',
        'right',
        'left',
    ]) + note);
}
/** This run against the baseline as a bar chart (a leaderboard draws its own, with every model). */
function baselineChart({ chart, leaderboard, comparison, name, baseline }) {
    if (chart === false || leaderboard !== undefined || !baseline.found)
        return '';
    const shown = comparison.metrics.filter((m) => m.current !== undefined && m.baseline !== undefined);
    if (shown.length === 0)
        return '';
    const values = (pick) => Object.fromEntries(shown.map((m) => [m.name, pick(m)]));
    const result = renderMetricChart(shown.map((m) => m.name), [
        { name: name === DEFAULT_NAME ? 'this run' : name, values: values((m) => m.current) },
        { name: 'baseline', values: values((m) => m.baseline) },
    ], { title: 'This run and the baseline' });
    if ('omitted' in result)
        return `<sub>${result.omitted}</sub>`;
    const notes = result.notes.length ? `\n\n<sub>${result.notes.join(' ')}</sub>` : '';
    return `${result.markdown}\n\n${result.legend}${notes}`;
}
function withInterval(value, interval, format) {
    return interval ? `${value} [${format(interval.lower)}, ${format(interval.upper)}]` : value;
}
/** How a test was made, when the p cell should say so (the default, a bootstrap of Δ, goes without a note). */
const METHOD_NOTE = {
    bootstrap: undefined,
    mcnemar: 'McNemar',
    normal: 'from std. errors',
    delong: 'DeLong',
    analytic: 'analytic',
    'one-sample': 'against the stored value',
};
/** The test's p-value, the corrected one the decision used when it differs, and how it was tested. */
function pCell(evidence) {
    const test = evidence?.test;
    if (!test)
        return '—';
    const notes = [
        test.paired ? 'paired' : undefined,
        METHOD_NOTE[test.method],
        evidence.adjustedP !== undefined && evidence.adjustedP !== test.pValue
            ? `Holm ${formatP(evidence.adjustedP)}`
            : undefined,
    ].filter(Boolean);
    return formatP(test.pValue) + (notes.length ? ` (${notes.join(', ')})` : '');
}
/** `0.0213`, or `<0.0001` below what four decimals show. */
function formatP(p) {
    return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}
function formatPercent(level) {
    return `${Number((level * 100).toPrecision(6))}%`;
}
/** One paragraph under the table saying, in plain words, how the statistical gate decided. */
function statisticsNote(input) {
    const { evidence, comparison } = input;
    if (!evidence)
        return '';
    const { significance, confidence, samples, seed } = evidence.settings;
    const gated = evidence.family.length;
    const lines = [];
    if (significance === undefined) {
        lines.push('Significance is off: the threshold rules alone decide.');
    }
    else if (gated > 0) {
        const correction = gated > 1
            ? `, Holm–Bonferroni-corrected over the ${gated} tested metrics (the corrected p decides), so noise alone fails this gate at most ${formatPercent(significance)} of the time`
            : '';
        lines.push(`A metric regresses when it breaks its rule **and** its drop is significant: a one-sided test at α = ${significance}${correction}. \`min\` and \`max\` bounds are absolute.`);
    }
    const untested = comparison.metrics.filter((m) => m.evidence?.untested !== undefined);
    const reasons = new Map();
    for (const m of untested)
        reasons.set(m.evidence.untested, [...(reasons.get(m.evidence.untested) ?? []), m.name]);
    for (const [reason, names] of reasons)
        lines.push(`No test for ${names.map(code).join(', ')} (${escapeMarkdown(reason)}): the rule alone decides ${names.length === 1 ? 'it' : 'them'}.`);
    const mcnemar = [...evidence.metrics.values()].some((m) => m.test?.method === 'mcnemar');
    if (evidence.pairedRows !== undefined)
        lines.push(`Paired: ${(0,format/* formatCount */.B4)(evidence.pairedRows)} examples scored by both models (baseline-predictions)${mcnemar ? '; accuracy uses the exact McNemar test' : ''}.`);
    for (const { metric, stored, fromPredictions } of evidence.pairedMismatches) {
        // Count metrics resample this run; score metrics use this run's standard error (DeLong or analytic).
        const own = evidence.metrics.get(metric)?.errorMethod ? 'standard error' : 'bootstrap';
        lines.push(`⚠️ ${code(metric)} of the baseline predictions is ${(0,format/* formatValue */.Fl)(fromPredictions)}, the baseline file says ${(0,format/* formatValue */.Fl)(stored)}: the file wins. This run is tested against it as a fixed value (one-sample, from this run's ${own}), not paired.`);
    }
    for (const { metric, stored, fromMatrix } of evidence.editedBaseline)
        lines.push(`⚠️ ${code(metric)} is ${(0,format/* formatValue */.Fl)(stored)} in the baseline file, but the confusion matrix stored with it gives ${(0,format/* formatValue */.Fl)(fromMatrix)}: the baseline was edited by hand. The stored value wins: this run is tested against it as a fixed value (one-sample, from this run's bootstrap).`);
    const methods = intervalMethods(input);
    if (methods.resampled.length > 0)
        lines.push(`Intervals: ${formatPercent(confidence)}, ${(0,format/* formatCount */.B4)(samples)} bootstrap resamples (seed ${code(seed)}); ${[...methods.resampled, ...methods.given].join('; ')}.`);
    else if (methods.given.length > 0)
        lines.push(`Intervals: ${formatPercent(confidence)}; ${methods.given.join('; ')}.`);
    return `<sub>${lines.join('<br>')}</sub>`;
}
/**
 * How the intervals and tests of the metrics in this report were made, family by family, so the footer describes
 * only what is shown: `resampled` by the bootstrap, `given` by formulas (DeLong, analytic) or the metrics files'
 * standard errors.
 */
function intervalMethods({ comparison, metricsFiles }) {
    const fromFiles = new Set(metricsFiles?.metrics.map((m) => m.name));
    const families = new Set(comparison.metrics
        .filter((m) => m.evidence?.interval || m.evidence?.test)
        .map((m) => (fromFiles.has(m.name) ? 'file' : catalogue/* CATALOGUE */.yh.get(m.name)?.family)));
    // Metrics computed from rows, by how their standard error was made.
    const shown = comparison.metrics.filter((m) => !fromFiles.has(m.name) && m.evidence?.errorMethod);
    const withMethod = (method) => shown.filter((m) => m.evidence.errorMethod === method).map((m) => code(m.name));
    const [delong, analytic, bootstrapped] = ['delong', 'analytic', 'bootstrap'].map(withMethod);
    const byFormula = [
        ...(delong.length > 0 ? [`${delong.join(', ')}: DeLong`] : []),
        ...(analytic.length > 0
            ? [`${analytic.join(', ')}: analytic (means of per-row values, delta method)`]
            : []),
    ];
    return {
        resampled: [
            ...(families.has('classification') ? ['count metrics resample the confusion matrix'] : []),
            ...(bootstrapped.length > 0 ? [`${bootstrapped.join(', ')}: row bootstrap`] : []),
        ],
        given: [
            ...byFormula,
            ...(shown.length > 0
                ? ['drops of row metrics are tested from their standard errors (paired: of the per-row differences)']
                : []),
            ...(families.has('file')
                ? [
                    'metrics read from files take the standard errors the files give, and are tested from those of both runs',
                ]
                : []),
        ],
    };
}
function contextLine({ name, rows, files, task, matrix, metricsFiles, computed, baseline, }) {
    const taskText = !task
        ? computed &&
            [computed.kind, computed.note]
                .filter(Boolean)
                .map((t) => escapeMarkdown(t))
                .join(', ')
        : task.kind === 'binary'
            ? `binary, positive label ${code(task.positiveLabel ?? '')}`
            : `multiclass, ${matrix?.labels.length ?? 0} labels`;
    const fileText = files.length === 1 ? '1 file' : `${files.length} files`;
    const sources = [
        files.length > 0 ? `${(0,format/* formatCount */.B4)(rows)} rows from ${fileText}` : undefined,
        taskText,
        metricsFiles ? metricsFilesContext(metricsFiles) : undefined,
    ].filter((part) => part !== undefined);
    let baselineText;
    if (!baseline.found)
        baselineText = `none for this name in ${code(baseline.path)} (first run)`;
    else {
        const facts = [
            baseline.flat ? 'hand-written values' : undefined,
            baseline.commit ? `commit ${escapeMarkdown(baseline.commit.slice(0, 7))}` : undefined,
            baseline.rows !== undefined ? `${(0,format/* formatCount */.B4)(baseline.rows)} rows` : undefined,
        ].filter((f) => f !== undefined);
        baselineText = `${code(baseline.path)}${facts.length ? ` (${facts.join(', ')})` : ''}`;
    }
    return `**${escapeMarkdown(name)}** · ${sources.join(' · ')} · baseline ${baselineText}`;
}
function zeroDivisionNote({ zeroDivision }) {
    if (zeroDivision.length === 0)
        return '';
    const shown = zeroDivision.slice(0, 10);
    const parts = shown.map(({ label, precision, recall }) => {
        const which = [
            precision ? 'never predicted (precision)' : '',
            recall ? 'never in the gold labels (recall)' : '',
        ];
        return `${code((0,core_labels/* shownLabel */.kh)(label))} ${which.filter(Boolean).join(' and ')}`;
    });
    const more = zeroDivision.length > shown.length ? `; and ${zeroDivision.length - shown.length} more classes` : '';
    return `> [!NOTE]\n> Zero denominators were scored 0, as scikit-learn does with \`zero_division=0\`: ${parts.join('; ')}${more}.`;
}
/** Labels that print alike but count as different classes, one ⚠️ line each, above the per-class scores. */
function lookAlikeLabelNotice(matrix) {
    return (0,core_labels/* lookAlikeLabelWarnings */.HN)(matrix.labels)
        .map((warning) => `⚠️ ${escapeMarkdown(warning)}`)
        .join('<br>\n');
}
/** A label in a table: quoted with visible escapes when it may print like another, so their rows read apart. */
function labelCell(label) {
    return escapeMarkdown((0,core_labels/* shownLabel */.kh)(label));
}
function perClassDetails({ classification, task }) {
    if (!classification)
        return '';
    const zero = new Map(classification.zeroDivision.map((z) => [z.label, z]));
    const rows = classification.perClass.map((c) => {
        const z = zero.get(c.label);
        const positive = task?.positiveLabel === c.label ? ' (positive)' : '';
        return [
            labelCell(c.label) + positive,
            (0,format/* formatValue */.Fl)(c.precision) + (z?.precision ? ' †' : ''),
            (0,format/* formatValue */.Fl)(c.recall) + (z?.recall ? ' †' : ''),
            (0,format/* formatValue */.Fl)(c.f1),
            (0,format/* formatCount */.B4)(c.support),
            (0,format/* formatCount */.B4)(c.predicted),
        ];
    });
    const body = table(['label', 'precision', 'recall', 'f1', 'support', 'predicted'], rows, [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
    ]) + (zero.size ? '\n\n† zero denominator, scored 0' : '');
    return details(`Per-class scores (${classification.perClass.length} classes)`, body);
}
function confusionDetails(matrix) {
    if (matrix.labels.length > MAX_MATRIX_LABELS) {
        return `<sub>The confusion matrix has ${matrix.labels.length} labels, more than the ${MAX_MATRIX_LABELS} drawn; it is kept in the baseline file.</sub>`;
    }
    const header = ['gold ＼ predicted', ...matrix.labels.map(labelCell)];
    const rows = matrix.labels.map((label, g) => [
        `**${labelCell(label)}**`,
        ...matrix.counts[g].map((count, p) => (g === p ? `**${(0,format/* formatCount */.B4)(count)}**` : (0,format/* formatCount */.B4)(count))),
    ]);
    return details('Confusion matrix', table(header, rows, ['left', ...matrix.labels.map(() => 'right')]));
}
function thresholdDetails({ comparison, metricsFiles }) {
    // Metrics read from files whose direction nothing states: the reader must see it is a guess.
    const assumed = new Set(metricsFiles?.metrics.filter((m) => m.directionAssumed).map((m) => m.name));
    const rows = comparison.metrics.map((m) => [
        escapeMarkdown(m.name),
        assumed.has(m.name)
            ? 'direction assumed: higher is better'
            : m.direction === 'higher-is-better'
                ? 'higher is better'
                : 'lower is better',
        escapeOwnText((0,thresholds/* describeRules */.NH)(m.rules)) || 'none',
    ]);
    return details('Thresholds applied', table(['metric', 'direction', 'rules'], rows));
}
function footer({ run, baseline }) {
    const parts = [
        run?.commit ? `commit ${escapeTrustedMarkdown(run.commit.slice(0, 7))}` : undefined,
        baseline.commit ? `baseline from ${escapeMarkdown(baseline.commit.slice(0, 7))}` : undefined,
        run?.url ? `[workflow run](${encodeURI(run.url)})` : undefined,
        `eval-gate${run?.version ? ` ${escapeMarkdown(run.version)}` : ''}`,
    ].filter((part) => part !== undefined);
    return `---\n<sub>${parts.join(' · ')}</sub>`;
}
function datasetNotice({ datasetChange }) {
    if (!datasetChange)
        return '';
    const { policy, baselineRows, rows, subset } = datasetChange;
    if (subset !== undefined)
        return (`> [!${policy === 'fail' ? 'CAUTION' : 'WARNING'}]\n> This run and the baseline measure different parts of ` +
            `their benchmark (${escapeMarkdown(subset)}), so they do not compare.`);
    const then = baselineRows === undefined ? 'an unknown number of' : (0,format/* formatCount */.B4)(baselineRows);
    return (`> [!${policy === 'fail' ? 'CAUTION' : 'WARNING'}]\n> The evaluation data differs from the data the baseline ` +
        `was measured on: its gold labels differ (baseline: ${then} rows, this run: ${(0,format/* formatCount */.B4)(rows)} rows), so ` +
        'this compares different test sets.');
}
function proposedChangesNotice({ proposedChanges, baseline }) {
    if (!proposedChanges)
        return '';
    const lines = proposedChanges.changes.map(({ metric, before, after }) => `> - ${escapeMarkdown(metric)}: ${(0,format/* formatValue */.Fl)(before)} → ${(0,format/* formatValue */.Fl)(after)}`);
    return (`> [!WARNING]\n> This pull request changes the baseline ${code(baseline.path)}. The gate compares with the ` +
        `copy at ${escapeTrustedMarkdown(proposedChanges.trustedFrom)}:\n${lines.join('\n')}`);
}

// EXTERNAL MODULE: ./src/core/models.ts
var core_models = __nccwpck_require__(6393);
;// CONCATENATED MODULE: ./src/core/leaderboard.ts
/**
 * The leaderboard of a run with several models (issue 8): one row per model, one column per metric, the best value
 * of each metric in bold, ranked by one metric, and for each model whether it is significantly better or worse
 * than the candidate. Pure: `buildLeaderboard` computes (intervals and tests included), `renderLeaderboard` writes
 * Markdown.
 *
 * Statistics (only with `significance` on, as the gate's): intervals resample each model's confusion matrix with
 * the gate's seed, resamples and confidence, so the candidate's match the main report. The comparison with the
 * candidate is two-sided on the rank-by metric: with a paired table (same ids) the paired bootstrap of Δ, or the
 * exact McNemar test for accuracy; otherwise an unpaired bootstrap of the two confusion matrices. Each one-sided
 * p-value comes from the drop tests of stats/ (Δ = model − candidate, once per direction, same seed and so the
 * same resamples); two-sided p = min(1, 2·min). The comparisons form one family, Holm-corrected at α.
 *
 * Ties: values equal at the shown precision (`formatValue`) are equal, for bold and for rank alike, so a reader
 * never sees two identical numbers treated differently.
 */








/** Computes the leaderboard: columns, ranks, bold cells, intervals and the comparisons with the candidate. */
function buildLeaderboard(input) {
    const candidate = input.models.find((m) => m.name === input.candidate);
    if (!candidate)
        throw new Error(`the candidate ${JSON.stringify(input.candidate)} is not among the models`);
    const metrics = [
        ...new Set(input.metrics ?? [
            ...Object.keys(candidate.metrics),
            ...input.models.flatMap((m) => Object.keys(m.metrics)),
        ]),
    ];
    if (metrics.length === 0)
        throw new Error('the leaderboard needs at least one metric');
    const rankBy = input.rankBy ?? metrics[0];
    (0,core_models/* checkRankBy */.ue)(rankBy, metrics, 'this run');
    const direction = (name) => (0,catalogue/* directionOf */.FR)(name, input.directions);
    const statistics = input.statistics?.significance !== undefined ? input.statistics : undefined;
    const rows = input.models.map((model) => ({
        name: model.name,
        candidate: model === candidate,
        ...(model.rows !== undefined ? { rows: model.rows } : {}),
        values: Object.fromEntries(metrics.map((m) => [m, leaderboard_valueOf(model, m)])),
        best: [],
        intervals: statistics ? intervalsOf(model, metrics, statistics) : {},
        versus: model === candidate
            ? { kind: 'candidate' }
            : model.otherRows !== undefined
                ? { kind: 'not-compared', reason: model.otherRows }
                : { kind: 'not-tested', reason: 'significance is off' },
        ...(model.unpairedReason !== undefined ? { unpairedReason: model.unpairedReason } : {}),
    }));
    const compared = rows.filter((row) => row.versus.kind !== 'not-compared');
    // Bold: the best shown value of each metric among the models on the candidate's rows.
    for (const metric of metrics) {
        const shown = compared
            .map((row) => row.values[metric])
            .filter((v) => v !== undefined)
            .map(rounded);
        if (shown.length === 0)
            continue;
        const best = direction(metric) === 'higher-is-better' ? Math.max(...shown) : Math.min(...shown);
        for (const row of compared) {
            const v = row.values[metric];
            if (v !== undefined && rounded(v) === best)
                row.best.push(metric);
        }
    }
    // Rank: better first; equal shown values share a rank; input order breaks exact ties (stable sort).
    const sign = direction(rankBy) === 'higher-is-better' ? -1 : 1;
    const ranked = compared
        .filter((row) => row.values[rankBy] !== undefined)
        .sort((a, b) => sign * (a.values[rankBy] - b.values[rankBy]));
    ranked.forEach((row, i) => {
        const previous = ranked[i - 1];
        row.rank =
            previous && rounded(previous.values[rankBy]) === rounded(row.values[rankBy]) ? previous.rank : i + 1;
    });
    const tested = statistics
        ? compareWithCandidate(input.models, rows, candidate, rankBy, direction, statistics)
        : 0;
    return {
        candidate: input.candidate,
        rankBy,
        metrics,
        rows: [
            ...ranked,
            ...compared.filter((row) => row.rank === undefined),
            ...rows.filter((row) => row.versus.kind === 'not-compared'),
        ],
        ...(statistics ? { statistics } : {}),
        tested,
        ...(input.baseline ? { baseline: input.baseline } : {}),
    };
}
/** Tests every compared model against the candidate on `rankBy` and applies Holm over them; returns how many. */
function compareWithCandidate(models, rows, candidate, rankBy, direction, statistics) {
    const alpha = statistics.significance;
    const family = [];
    models.forEach((model, i) => {
        const row = rows[i];
        if (row.versus.kind !== 'not-tested')
            return;
        const untested = (reason) => (row.versus = { kind: 'not-tested', reason });
        const passFail = (0,own/* ownValue */.eC)(model.pairedPassFail, rankBy);
        if (passFail)
            return family.push(passFailComparison(row, passFail, direction(rankBy)));
        if (catalogue/* CATALOGUE */.yh.get(rankBy)?.family !== 'classification')
            return untested(`${rankBy} has no test: only confusion-matrix metrics are tested`);
        if (model.metrics[rankBy] === undefined || candidate.metrics[rankBy] === undefined)
            return untested(`no ${rankBy} for one of the two models`);
        if (model.positiveLabel !== candidate.positiveLabel)
            return untested('the two models see different tasks');
        const labels = model.paired?.labels.length ??
            Math.max(model.matrix?.labels.length ?? 0, candidate.matrix?.labels.length ?? 0);
        if (labels * labels * statistics.samples > MAX_RESAMPLED_CELLS)
            return untested(`${(0,format/* formatCount */.B4)(labels)} labels are too many to resample`);
        const options = {
            samples: statistics.samples,
            confidence: statistics.confidence,
            seed: statistics.seed,
            positiveLabel: candidate.positiveLabel,
            metrics: [rankBy],
        };
        const flipped = (metric) => direction(metric) === 'higher-is-better' ? 'lower-is-better' : 'higher-is-better';
        if (model.paired) {
            const worse = (0,stats/* pairedDropTests */.Gr)(model.paired, { ...options, directionOf: direction })[rankBy];
            if (!worse)
                return untested(`no ${rankBy} for one of the two models`);
            let pBetter;
            if (worse.method === 'mcnemar') {
                const { candidateOnly, baselineOnly } = (0,stats/* discordantPairs */.dE)(model.paired);
                pBetter = (0,stats/* mcnemarExact */.B1)(baselineOnly, candidateOnly).worse;
            }
            else {
                pBetter = (0,stats/* pairedDropTests */.Gr)(model.paired, { ...options, directionOf: flipped, mcnemar: false })[rankBy]
                    .pValue;
            }
            family.push({
                row,
                delta: worse.delta,
                pWorse: worse.pValue,
                pBetter,
                paired: true,
                method: worse.method,
            });
        }
        else if (model.matrix && candidate.matrix) {
            const worse = (0,stats/* unpairedDropTests */.v2)(model.matrix, candidate.matrix, { ...options, directionOf: direction })[rankBy];
            if (!worse)
                return untested(`no ${rankBy} for one of the two models`);
            const better = (0,stats/* unpairedDropTests */.v2)(model.matrix, candidate.matrix, { ...options, directionOf: flipped })[rankBy];
            family.push({
                row,
                delta: worse.delta,
                pWorse: worse.pValue,
                pBetter: better.pValue,
                paired: false,
                method: 'bootstrap',
            });
        }
        else
            return untested('no confusion matrix');
    });
    const twoSided = family.map((f) => Math.min(1, 2 * Math.min(f.pWorse, f.pBetter)));
    const { adjusted, reject } = (0,stats/* holm */.fU)(twoSided, alpha);
    family.forEach((f, i) => {
        f.row.versus = {
            kind: !reject[i] ? 'no-difference' : f.pBetter < f.pWorse ? 'better' : 'worse',
            delta: f.delta,
            pValue: twoSided[i],
            adjustedP: adjusted[i],
            paired: f.paired,
            method: f.method,
        };
    });
    return family.length;
}
/**
 * A pass/fail metric of per-example results, paired by id: the exact McNemar test on the examples exactly one of
 * the two models passes, once per direction (a 1 is a pass unless the metric is lower-is-better).
 */
function passFailComparison(row, pair, direction) {
    const lower = (0,stats/* mcnemarExact */.B1)(pair.modelOnly, pair.candidateOnly).worse;
    const upper = (0,stats/* mcnemarExact */.B1)(pair.candidateOnly, pair.modelOnly).worse;
    const higherIsBetter = direction === 'higher-is-better';
    return {
        row,
        delta: (pair.modelOnly - pair.candidateOnly) / pair.examples,
        pWorse: higherIsBetter ? lower : upper,
        pBetter: higherIsBetter ? upper : lower,
        paired: true,
        method: 'mcnemar',
    };
}
function intervalsOf(model, metrics, statistics) {
    const given = (0,own/* ownRecord */.MY)();
    for (const m of metrics) {
        const interval = (0,own/* ownValue */.eC)(model.intervals, m);
        if (interval)
            (0,own/* setOwn */.P5)(given, m, interval);
    }
    const counted = metrics.filter((m) => catalogue/* CATALOGUE */.yh.get(m)?.family === 'classification' && model.metrics[m] !== undefined);
    const labels = model.matrix?.labels.length ?? 0;
    if (!model.matrix || counted.length === 0 || labels * labels * statistics.samples > MAX_RESAMPLED_CELLS)
        return given;
    const intervals = (0,stats/* bootstrapIntervals */.tA)(model.matrix, {
        samples: statistics.samples,
        confidence: statistics.confidence,
        seed: statistics.seed,
        positiveLabel: model.positiveLabel,
        metrics: counted,
    });
    const result = (0,own/* ownRecord */.MY)(Object.entries(given));
    for (const m of counted)
        if (intervals[m])
            (0,own/* setOwn */.P5)(result, m, { ...intervals[m], estimate: model.metrics[m] });
    return result;
}
/** The leaderboard as GitHub-flavoured Markdown: heading, table, chart, legend and notes, and how it compared. */
function renderLeaderboard(board, options = {}) {
    const { rankBy, metrics, statistics } = board;
    const withIntervals = board.rows.some((row) => Object.keys(row.intervals).length > 0);
    const level = statistics ? `${leaderboard_formatPercent(statistics.confidence)} interval` : '';
    const header = [
        'rank',
        'model',
        'rows',
        ...metrics.map((m) => {
            const name = escapeMarkdown(m) + (m === rankBy ? ' ▾' : '');
            return withIntervals && board.rows.some((row) => row.intervals[m]) ? `${name} [${level}]` : name;
        }),
        'vs candidate',
    ];
    const body = board.rows.map((row) => [
        row.rank === undefined ? '—' : String(row.rank),
        escapeMarkdown(row.name) +
            (row.candidate ? ' (candidate)' : '') +
            (row.versus.kind === 'not-compared' ? ' ⚠️' : ''),
        row.rows === undefined ? '—' : (0,format/* formatCount */.B4)(row.rows),
        ...metrics.map((m) => cell(row, m)),
        versusCell(row.versus),
    ]);
    const sections = [
        `### 🏆 Leaderboard: ${board.rows.length} models, ranked by ${code(rankBy)}`,
        table(header, body, ['right', 'left', 'right', ...metrics.map(() => 'right'), 'left']),
    ];
    if (options.chart !== false)
        sections.push(chartSection(board, options.baselineLabel ?? 'baseline'));
    sections.push(explanation(board));
    return sections.filter((s) => s !== '').join('\n\n');
}
/**
 * The per-model JSON of the `metrics` output, `{ "<model>": { "<metric>": value } }`, in the models' order. Names
 * such as `__proto__` stay plain keys.
 */
function modelMetricsJson(models) {
    const result = {};
    for (const model of models) {
        const values = {};
        for (const [metric, value] of Object.entries(model.metrics))
            (0,own/* setOwn */.P5)(values, metric, value);
        (0,own/* setOwn */.P5)(result, model.name, values);
    }
    return result;
}
function cell(row, metric) {
    const value = (0,own/* ownValue */.eC)(row.values, metric);
    if (value === undefined)
        return '—';
    const shown = row.best.includes(metric) ? `**${(0,format/* formatValue */.Fl)(value)}**` : (0,format/* formatValue */.Fl)(value);
    const interval = (0,own/* ownValue */.eC)(row.intervals, metric);
    return interval ? `${shown} [${(0,format/* formatValue */.Fl)(interval.lower)}, ${(0,format/* formatValue */.Fl)(interval.upper)}]` : shown;
}
function versusCell(versus) {
    switch (versus.kind) {
        case 'candidate':
            return '—';
        case 'not-compared':
            return `⚠️ evaluated on other rows: not compared (${escapeMarkdown(versus.reason)})`;
        case 'not-tested':
            return `not tested (${escapeMarkdown(versus.reason)})`;
        default: {
            const how = [versus.paired ? 'paired' : 'unpaired', versus.method === 'mcnemar' ? 'McNemar' : undefined]
                .filter(Boolean)
                .join(', ');
            const text = versus.kind === 'better'
                ? '🟢 significantly better'
                : versus.kind === 'worse'
                    ? '🔴 significantly worse'
                    : '⚪ no significant difference';
            return `${text} (${(0,format/* formatDelta */.CW)(versus.delta)}, p ${leaderboard_formatP(versus.adjustedP)}, ${how})`;
        }
    }
}
function chartSection(board, baselineLabel) {
    const compared = board.rows.filter((row) => row.versus.kind !== 'not-compared');
    const names = new Set(board.rows.map((row) => row.name));
    const label = names.has(baselineLabel) ? `${baselineLabel} (stored)` : baselineLabel;
    const series = [
        ...compared.filter((row) => row.candidate),
        ...(board.baseline ? [{ name: label, values: board.baseline }] : []),
        ...compared.filter((row) => !row.candidate),
    ].map((s) => ({ name: s.name, values: s.values }));
    const chart = renderMetricChart(board.metrics, series, { title: 'Leaderboard' });
    const left = board.rows
        .filter((row) => row.versus.kind === 'not-compared')
        .map((row) => escapeMarkdown(row.name));
    const notes = left.length > 0 ? [`Not in the chart (evaluated on other rows): ${left.join(', ')}.`] : [];
    if ('omitted' in chart)
        return `<sub>${[chart.omitted, ...notes].join(' ')}</sub>`;
    const all = [...chart.notes, ...notes];
    return [chart.markdown, chart.legend, all.length > 0 ? `<sub>${all.join(' ')}</sub>` : '']
        .filter((s) => s !== '')
        .join('\n\n');
}
/** One line saying how "vs candidate" was decided, and what bold and the flags mean. */
function explanation(board) {
    const { statistics, rankBy, tested } = board;
    const lines = [];
    if (!statistics)
        lines.push('vs candidate: not tested, as significance is off.');
    else if (tested > 0) {
        const correction = tested > 1 ? `, Holm-corrected over the ${tested} comparisons (p shown after the correction)` : '';
        lines.push(`vs candidate: a two-sided test of ${code(rankBy)} (Δ = model − candidate) at α = ${statistics.significance}${correction}; paired by id when the ids match (exact McNemar for accuracy and for pass/fail metrics of per-example results, else a paired bootstrap), otherwise an unpaired bootstrap of the two confusion matrices. Intervals: ${leaderboard_formatPercent(statistics.confidence)}, ${(0,format/* formatCount */.B4)(statistics.samples)} resamples (seed ${code(statistics.seed)}).`);
    }
    else
        lines.push(`vs candidate: no model could be tested on ${code(rankBy)} (reasons in the column).`);
    for (const row of board.rows)
        if (row.unpairedReason !== undefined)
            lines.push(`${escapeMarkdown(row.name)} is compared unpaired: ${escapeMarkdown(row.unpairedReason)}.`);
    lines.push(`Bold: the best value of each metric (equal shown values all bold) among the models evaluated on the candidate's rows; ▾ marks the rank-by metric.`);
    return `<sub>${lines.join('<br>')}</sub>`;
}
function leaderboard_valueOf(model, metric) {
    const v = (0,own/* ownValue */.eC)(model.metrics, metric);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** A value as shown: ties are decided at this precision. */
function rounded(value) {
    return Number(value.toFixed(format/* DECIMALS */.Bs));
}
function leaderboard_formatP(p) {
    return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}
function leaderboard_formatPercent(level) {
    return `${Number((level * 100).toPrecision(6))}%`;
}

// EXTERNAL MODULE: ./src/core/metrics-files/models.ts
var metrics_files_models = __nccwpck_require__(4345);
// EXTERNAL MODULE: ./src/core/metrics-files/index.ts + 9 modules
var metrics_files = __nccwpck_require__(3451);
// EXTERNAL MODULE: ./src/evaluation.ts + 5 modules
var src_evaluation = __nccwpck_require__(6845);
// EXTERNAL MODULE: ./src/adapters/records.ts
var records = __nccwpck_require__(9810);
// EXTERNAL MODULE: ./src/core/confusion.ts
var confusion = __nccwpck_require__(6295);
// EXTERNAL MODULE: ./src/core/classification-run.ts
var classification_run = __nccwpck_require__(3291);
// EXTERNAL MODULE: ./src/core/pairing.ts
var core_pairing = __nccwpck_require__(6107);
;// CONCATENATED MODULE: ./src/model-evaluation.ts











/**
 * Evaluates every model of the run: the candidate first, then the others in input order (with `model-column`, in
 * the order the files first name them). Throws `InputError` for a problem in any model's files, naming the model.
 */
async function evaluateModels(settings, models, folder) {
    const results = models.modelColumn !== undefined
        ? await fromModelColumn(settings, models, models.modelColumn, folder)
        : await fromSpecs(settings, models, folder);
    await compareData(settings, results, models, folder);
    return results;
}
/** The models as `buildLeaderboard` takes them. */
function leaderboardModels(results) {
    return results.map(({ name, evaluation, pairedWithCandidate, pairedPassFail, otherRows, unpairedReason }) => ({
        name,
        metrics: evaluation.metrics,
        ...(evaluation.matrix ? { matrix: evaluation.matrix } : {}),
        ...(evaluation.task?.positiveLabel !== undefined
            ? { positiveLabel: evaluation.task.positiveLabel }
            : {}),
        ...(evaluation.rows !== undefined ? { rows: evaluation.rows } : {}),
        ...(pairedWithCandidate ? { paired: pairedWithCandidate } : {}),
        ...(pairedPassFail ? { pairedPassFail } : {}),
        ...(otherRows !== undefined ? { otherRows } : {}),
        ...(unpairedReason !== undefined ? { unpairedReason } : {}),
        intervals: evaluation.intervals,
    }));
}
async function fromSpecs(settings, models, folder) {
    const candidate = models.candidate;
    const ordered = [
        ...models.specs.filter((m) => m.name === candidate),
        ...models.specs.filter((m) => m.name !== candidate),
    ];
    const results = [];
    for (const spec of ordered) {
        const isCandidate = spec.name === candidate;
        // Metrics files and the baseline model's predictions belong to the gated model only.
        const own = isCandidate
            ? { ...settings, predictions: spec.patterns }
            : {
                ...settings,
                predictions: spec.patterns,
                metricsFiles: [],
                statistics: { ...settings.statistics, baselinePredictions: [] },
            };
        const evaluation = await named(spec.name, models, () => (0,src_evaluation/* evaluate */._3)(own, folder));
        results.push({ name: spec.name, candidate: isCandidate, evaluation });
    }
    return results;
}
/** Every model from one set of files, told apart by `model-column`; classification only (checked by the settings). */
async function fromModelColumn(settings, models, column, folder) {
    const files = await (0,adapters_files/* findFiles */.lY)(models.specs[0].patterns, folder);
    const { idColumn, labelColumn, predictionColumn } = settings;
    const fields = [column, labelColumn, predictionColumn, ...(idColumn !== undefined ? [idColumn] : [])];
    const counted = new Map();
    await (0,records/* readFields */.qU)(files, fields, ([model, gold, prediction, id], where) => {
        let entry = counted.get(model);
        if (!entry) {
            if (counted.size >= core_models/* MAX_MODELS */.yU)
                throw new core_errors/* InputError */.d(`input "model-column": more than ${core_models/* MAX_MODELS */.yU} different models; is ${JSON.stringify(column)} the field that names the model?`, { ...where, field: column });
            entry = { counter: new confusion/* ConfusionCounter */.zv(settings.maxLabels), pairs: new core_fingerprint/* PairFingerprint */.LK() };
            counted.set(model, entry);
        }
        entry.counter.file = where.file;
        entry.counter.add(gold, prediction);
        if (id !== undefined)
            entry.pairs.add(id, gold);
    });
    const candidate = (0,core_models/* resolveCandidate */.Si)([...counted.keys()], models.candidate);
    const shown = files.map((f) => f.shown);
    const results = [];
    for (const name of [candidate, ...[...counted.keys()].filter((n) => n !== candidate)]) {
        const { counter, pairs } = counted.get(name);
        // The same steps as evaluate's classification branch, on this model's rows only.
        const evaluation = await named(name, models, async () => {
            const matrix = counter.toMatrix();
            const { task, classification, metrics: selected } = (0,classification_run/* classificationRun */.q)(matrix, settings);
            const metrics = {};
            for (const [metric, value] of selected)
                (0,own/* setOwn */.P5)(metrics, metric, value);
            const result = {
                metrics,
                directions: new Map(),
                files: shown,
                rows: matrix.total,
                task,
                matrix,
                classification,
                standardErrors: {},
                intervals: {},
                untested: {},
                ...(idColumn !== undefined ? { fingerprint: pairs.value() } : {}),
            };
            return result;
        });
        results.push({ name, candidate: name === candidate, evaluation });
    }
    const gated = results[0].evaluation;
    if (settings.metricsFiles.length > 0) {
        const read = await (0,src_evaluation/* evaluate */._3)({ ...settings, predictions: [] }, folder);
        for (const [metric, value] of Object.entries(read.metrics)) {
            if (Object.hasOwn(gated.metrics, metric))
                throw new core_errors/* InputError */.d(`metric ${JSON.stringify(metric)} is computed from the prediction files and also read from a metrics file; metric names must be unique (use metrics-select to leave it out)`);
            (0,own/* setOwn */.P5)(gated.metrics, metric, value);
        }
        Object.assign(gated, {
            directions: read.directions,
            standardErrors: read.standardErrors,
            metricsFiles: read.metricsFiles,
        });
    }
    const { baselinePredictions } = settings.statistics;
    if (idColumn !== undefined && baselinePredictions.length > 0) {
        // The candidate's rows only, against the baseline model's files: what evaluate does for a single model.
        const pairing = new core_pairing/* PredictionPairing */.Ar({ id: idColumn, gold: labelColumn });
        await (0,records/* readFields */.qU)(files, fields, ([model, gold, prediction, id], where) => {
            if (model === candidate)
                pairing.addCandidate(id, gold, prediction, where);
        });
        const baselineFiles = await (0,adapters_files/* findFiles */.lY)(baselinePredictions, folder, 'baseline-predictions');
        await (0,records/* readFields */.qU)(baselineFiles, [idColumn, labelColumn, predictionColumn], ([id, gold, prediction], where) => pairing.addBaseline(id, gold, prediction, where));
        gated.paired = pairing.finish();
    }
    return results;
}
/**
 * Decides for every other model whether it was evaluated on the candidate's rows, and with `id-column` joins its
 * predictions with the candidate's for paired tests. Classification: the (id, gold) pairs when ids are given,
 * else the gold-label counts; regression and text: the (id, gold) pairs when ids are given, else the row counts.
 */
async function compareData(settings, results, models, folder) {
    const [candidate, ...all] = results;
    if (!candidate || all.length === 0)
        return;
    if (candidate.evaluation.examples)
        return compareExamples(candidate, all);
    // Per-example results have no prediction rows to compare with the candidate's.
    for (const other of all)
        if (other.evaluation.examples)
            other.otherRows = 'it gives per-example results, the candidate prediction rows';
    const others = all.filter((other) => !other.evaluation.examples);
    const { idColumn } = settings;
    const classification = candidate.evaluation.matrix !== undefined;
    if (idColumn === undefined) {
        for (const other of others) {
            const a = candidate.evaluation;
            const b = other.evaluation;
            if (a.matrix && b.matrix) {
                if ((0,core_fingerprint/* goldLabelFingerprint */.Ld)(a.matrix) !== (0,core_fingerprint/* goldLabelFingerprint */.Ld)(b.matrix))
                    other.otherRows = `its gold labels differ from the candidate's (${rowsText(b.rows)} vs ${rowsText(a.rows)})`;
            }
            else if (a.rows !== b.rows) {
                other.otherRows = `${rowsText(b.rows)}, the candidate ${rowsText(a.rows)}`;
            }
        }
        return;
    }
    if (!classification) {
        // evaluate fingerprints ids for classification only; the other tasks get theirs here.
        const goldField = settings.referencesColumn === undefined ? settings.labelColumn : undefined;
        const fingerprints = new Map();
        for (const result of [candidate, ...others]) {
            const files = await modelFiles(result, models, folder);
            const pairs = new core_fingerprint/* PairFingerprint */.LK();
            const fields = goldField === undefined ? [idColumn] : [idColumn, goldField];
            await (0,records/* readFields */.qU)(files, fields, ([id, gold]) => pairs.add(id, gold ?? ''));
            fingerprints.set(result, pairs.value());
        }
        for (const other of others)
            if (fingerprints.get(other) !== fingerprints.get(candidate))
                other.otherRows = `its ids or gold values differ from the candidate's (${rowsText(other.evaluation.rows)} vs ${rowsText(candidate.evaluation.rows)})`;
        return;
    }
    const fields = [idColumn, settings.labelColumn, settings.predictionColumn];
    const rows = new CandidateRows();
    await readModelRows(candidate, models, folder, fields, (id, gold, prediction) => rows.add(id, gold, prediction));
    for (const other of others) {
        if (rows.duplicate !== undefined) {
            // Without unique ids there is no join: the data can only be compared as a whole.
            if (other.evaluation.fingerprint !== candidate.evaluation.fingerprint)
                other.otherRows = `its (id, gold label) pairs differ from the candidate's (${rowsText(other.evaluation.rows)} vs ${rowsText(candidate.evaluation.rows)})`;
            else
                other.unpairedReason = `id ${JSON.stringify(rows.duplicate)} appears twice in the candidate's rows`;
            continue;
        }
        const join = new JoinWithCandidate(rows);
        await readModelRows(other, models, folder, fields, (id, gold, prediction) => join.add(id, gold, prediction));
        const joined = join.finish();
        if ('problem' in joined)
            other.otherRows = joined.problem;
        else
            other.pairedWithCandidate = joined.table;
    }
}
/**
 * Per-example results (they always carry ids): every other model is joined with the candidate example by example;
 * one whose ids differ, or that gives prediction rows instead, is flagged and not compared.
 */
function compareExamples(candidate, others) {
    for (const other of others) {
        const examples = other.evaluation.examples;
        if (!examples) {
            other.otherRows = 'it gives prediction rows, the candidate per-example results';
            continue;
        }
        const joined = examples.pairWith(candidate.evaluation.examples);
        if ('problem' in joined)
            other.otherRows = joined.problem;
        else
            other.pairedPassFail = joined.passFail;
    }
}
/** Reads (id, gold, prediction) of one model's rows: its own files, or its rows of the model-column files. */
async function readModelRows(result, models, folder, fields, onRow) {
    const files = await modelFiles(result, models, folder);
    if (models.modelColumn === undefined) {
        await (0,records/* readFields */.qU)(files, fields, ([id, gold, prediction]) => onRow(id, gold, prediction));
        return;
    }
    await (0,records/* readFields */.qU)(files, [...fields, models.modelColumn], ([id, gold, prediction, model]) => {
        if (model === result.name)
            onRow(id, gold, prediction);
    });
}
async function modelFiles(result, models, folder) {
    const spec = models.modelColumn === undefined ? models.specs.find((m) => m.name === result.name) : models.specs[0];
    return (0,adapters_files/* findFiles */.lY)(spec?.patterns ?? [], folder);
}
/** The candidate's rows by id, held once for joining every other model with them. */
class CandidateRows {
    index = new Map();
    gold = [];
    prediction = [];
    /** The first id seen twice: no join is possible then. */
    duplicate;
    add(id, gold, prediction) {
        if (this.index.has(id)) {
            this.duplicate ??= id;
            return;
        }
        this.index.set(id, this.gold.length);
        this.gold.push(gold);
        this.prediction.push(prediction);
    }
}
/**
 * One model's rows joined with the candidate's by id. Unlike `PredictionPairing` (for `baseline-predictions`,
 * where a mismatch is an error), a mismatch here only means this model is not compared: the first problem is kept.
 */
class JoinWithCandidate {
    rows;
    seen;
    counter = new stats/* PairedCounter */.IJ();
    matched = 0;
    problem;
    constructor(rows) {
        this.rows = rows;
        this.seen = new Uint8Array(rows.gold.length);
    }
    add(id, gold, prediction) {
        if (this.problem !== undefined)
            return;
        const i = this.rows.index.get(id);
        if (i === undefined)
            this.problem = `id ${JSON.stringify(id)} is not among the candidate's rows`;
        else if (this.seen[i])
            this.problem = `id ${JSON.stringify(id)} appears twice in its rows`;
        else if (this.rows.gold[i] !== gold)
            this.problem = `the gold label of id ${JSON.stringify(id)} is ${JSON.stringify(gold)} in its rows but ${JSON.stringify(this.rows.gold[i])} in the candidate's`;
        else {
            this.seen[i] = 1;
            this.matched++;
            // This model on the table's candidate side, the gated candidate on its baseline side: Δ = this − candidate.
            this.counter.add(gold, prediction, this.rows.prediction[i]);
        }
    }
    finish() {
        if (this.problem !== undefined)
            return { problem: this.problem };
        const missing = this.rows.gold.length - this.matched;
        if (missing > 0)
            return {
                problem: `${missing.toLocaleString('en-US')} of the candidate's ${this.rows.gold.length.toLocaleString('en-US')} ids are missing from its rows`,
            };
        return { table: this.counter.toTable() };
    }
}
/** Runs one model's evaluation, naming the model in any input error when there are several. */
async function named(name, models, run) {
    try {
        return await run();
    }
    catch (error) {
        if (!(error instanceof core_errors/* InputError */.d) || !models.leaderboard)
            throw error;
        throw new core_errors/* InputError */.d(`model ${JSON.stringify(name)}: ${error.message}`);
    }
}
function rowsText(rows) {
    return rows === undefined ? 'no rows' : `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`;
}

// EXTERNAL MODULE: ./src/shards.ts + 6 modules
var shards = __nccwpck_require__(3001);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/gate.ts



















/** Writes a prepared baseline update to disk, atomically. */
async function writeBaselineUpdate(update) {
    if (update.text === undefined)
        return;
    await (0,adapters_files/* writeFileAtomic */.Zf)(update.absolute, update.text);
    update.written = true;
}
/**
 * The whole gate: read the baseline and the prediction files, compute the metrics, compare, render, and prepare
 * the baseline update when asked. Writes nothing; throws `InputError` for anything wrong with the inputs.
 */
async function runGate(settings, context) {
    // The baseline first: a broken baseline should fail before a large prediction set is read.
    const baselineAbsolute = external_node_path_default().resolve(context.workspace, settings.baselinePath);
    const workingCopy = await (0,baseline_source/* readWorkingTreeBaseline */.dZ)(context.workspace, settings.baselinePath);
    const trustedCopy = context.trustedBaseline ?? workingCopy;
    const trustedName = context.trustedBaseline
        ? `${settings.baselinePath} at ${trustedCopy.from}`
        : settings.baselinePath;
    const baseline = parseCopy(trustedCopy, trustedName);
    const entry = baseline && entryFor(baseline.document, settings.name);
    const working = context.trustedBaseline ? parseCopy(workingCopy, settings.baselinePath) : baseline;
    // Prediction files and metrics files (or the shards' merged statistics); with several models, each of them.
    const { evaluation, models } = await evaluateRun(settings, context.dataFolder ?? context.workspace);
    const { metrics, matrix, task, classification } = evaluation;
    const rows = evaluation.rows ?? 0;
    // Intervals for every metric with data for one; tests for the gated ones (those a max-drop rule compares).
    const gated = Object.keys(metrics).filter((name) => (0,thresholds/* rulesFor */.NP)(name, settings.thresholds).maxDrop);
    const evidence = gatherEvidence({
        current: metrics,
        directionOf: (name) => (0,catalogue/* directionOf */.FR)(name, evaluation.directions),
        gated,
        baseline: entry,
        flatBaseline: baseline?.flat,
        matrix,
        positiveLabel: task?.positiveLabel,
        paired: evaluation.paired,
        pairedScores: evaluation.pairedScores,
        standardErrors: evaluation.standardErrors,
        intervals: evaluation.intervals,
        untested: evaluation.untested,
        errorMethods: evaluation.errorMethods,
    }, settings.statistics);
    // Metrics read from files carry their own directions.
    const comparison = (0,compare/* compareMetrics */.fz)(metrics, (0,metrics_files/* withoutShown */.e2)(entry?.metrics, evaluation.metricsFiles?.shown), settings.thresholds, evaluation.directions, evidence);
    const fingerprint = evaluation.fingerprint ?? (matrix && (0,core_fingerprint/* goldLabelFingerprint */.Ld)(matrix));
    const labelWarnings = matrix ? (0,core_labels/* lookAlikeLabelWarnings */.HN)(matrix.labels) : [];
    // The same kind of fingerprint as the baseline's: a baseline recorded without id-column has gold-label counts.
    const comparable = entry?.fingerprint?.startsWith('gold-counts:') && matrix ? (0,core_fingerprint/* goldLabelFingerprint */.Ld)(matrix) : fingerprint;
    // A metrics file that measured part of its benchmark (lm-eval's --limit) compares only with the same subset.
    const subsetFiles = evaluation.metricsFiles?.files.filter((f) => f.subset !== undefined) ?? [];
    const runSubset = (0,core_fingerprint/* mergeSubsets */.C1)(subsetFiles.map((f) => f.subset));
    const subset = (0,core_fingerprint/* sameSubset */.d6)(runSubset, entry?.subset)
        ? undefined
        : `this run: ${subsetFiles.map((f) => `${f.file}: ${(0,core_fingerprint/* describeSubset */._p)(f.subset)}`).join('; ') || 'the full benchmark'} — baseline: ${entry?.subset ? (0,core_fingerprint/* describeSubset */._p)(entry.subset) : 'the full benchmark'}`;
    const datasetChanged = settings.onDatasetChange !== 'ignore' &&
        entry !== undefined &&
        (subset !== undefined ||
            (entry.fingerprint !== undefined &&
                // Runs without gold labels (metrics files, regression, text) have no fingerprint to compare.
                comparable !== undefined &&
                kindOf(entry.fingerprint) === kindOf(comparable) &&
                entry.fingerprint !== comparable));
    // Several models: those of the run, or those one metrics file compares (promptfoo's providers).
    const fileModels = models
        ? undefined
        : (0,metrics_files_models/* metricsFileModels */.a1)(evaluation.metricsFiles?.metrics ?? [], settings.statistics);
    const leaderboard = models
        ? buildLeaderboard({
            models: leaderboardModels(models),
            candidate: models[0].name,
            rankBy: settings.models.rankBy,
            directions: evaluation.directions,
            statistics: settings.statistics,
            baseline: entry?.metrics,
        })
        : fileModels && buildLeaderboard({ ...fileModels, statistics: settings.statistics });
    const proposedChanges = context.trustedBaseline
        ? baselineChanges(entry, working && entryFor(working.document, settings.name))
        : [];
    const reportInput = {
        name: settings.name,
        comparison,
        rows,
        files: evaluation.files,
        task,
        matrix,
        classification,
        metricsFiles: evaluation.metricsFiles,
        computed: evaluation.computed,
        thresholds: settings.thresholds,
        // Columns and the note only when some metric has an interval, a test, or a reason for having none.
        evidence: evidence.metrics.size > 0 ? evidence : undefined,
        chart: settings.models.chart,
        leaderboard: leaderboard && renderLeaderboard(leaderboard, { chart: settings.models.chart }),
        datasetChange: datasetChanged
            ? { policy: settings.onDatasetChange, baselineRows: entry?.rows, rows, ...(subset ? { subset } : {}) }
            : undefined,
        proposedChanges: proposedChanges.length
            ? { trustedFrom: trustedCopy.from, changes: proposedChanges }
            : undefined,
        baseline: {
            path: settings.baselinePath,
            found: entry !== undefined,
            flat: baseline?.flat,
            commit: entry?.provenance?.commit,
            rows: entry?.rows,
        },
        run: { commit: context.commit, url: context.runUrl, version: version/* VERSION */.x },
    };
    const { icon, text } = verdict(comparison);
    const datasetFailure = datasetChanged && settings.onDatasetChange === 'fail'
        ? `${subset ? `the run and the baseline measure different parts of their benchmark (${subset})` : `the evaluation data differs from the baseline's (${entry?.rows ?? '?'} rows then, ${rows} now)`}; on-dataset-change is fail`
        : undefined;
    const failed = (comparison.regressed && settings.failOnRegression) || datasetFailure !== undefined;
    const outcome = {
        metrics,
        ...(models
            ? {
                metricsByModel: modelMetricsJson(models.map((model) => ({ name: model.name, metrics: model.evaluation.metrics }))),
            }
            : {}),
        comparison,
        warnings: [...(evaluation.metricsFiles?.warnings ?? []), ...labelWarnings],
        reportInput,
        baselineText: workingCopy.text,
        report: renderReport(reportInput),
        summary: `${icon} ${text}`,
        failure: failed
            ? [comparison.regressed && settings.failOnRegression ? text : undefined, datasetFailure]
                .filter(Boolean)
                .join('; ')
            : undefined,
    };
    if (settings.updateBaseline) {
        if (failed) {
            // A failed gate must not move the bar it failed against.
            outcome.baselineUpdate = {
                written: false,
                path: settings.baselinePath,
                absolute: baselineAbsolute,
                reason: 'the gate failed',
            };
        }
        else {
            const newEntry = {
                metrics,
                ...(evaluation.rows !== undefined ? { rows } : {}),
                ...(fingerprint !== undefined ? { fingerprint } : {}),
                ...(runSubset !== undefined ? { subset: runSubset } : {}),
                ...(matrix ? { labels: matrix.labels, confusionMatrix: matrix.counts } : {}),
                ...(task?.positiveLabel !== undefined ? { positiveLabel: task.positiveLabel } : {}),
                ...(Object.keys(evaluation.standardErrors).length > 0
                    ? { standardErrors: evaluation.standardErrors }
                    : {}),
                provenance: {
                    ...(context.commit ? { commit: context.commit } : {}),
                    ...(context.ref ? { ref: context.ref } : {}),
                    time: context.now.toISOString(),
                    tool: `eval-gate@${version/* VERSION */.x}`,
                },
            };
            // The file on disk is replaced, so the entry is merged into its own contents.
            const document = withEntry(working?.document ?? { schema: 1, models: {} }, settings.name, newEntry);
            outcome.baselineUpdate = {
                written: false,
                path: settings.baselinePath,
                absolute: baselineAbsolute,
                entry: newEntry,
                text: serializeBaseline(document),
            };
        }
    }
    return outcome;
}
/** The run's evaluation by mode: merged shard statistics, several models (candidate first), or one model. */
async function evaluateRun(settings, folder) {
    if (settings.mode === 'merge')
        return { evaluation: await (0,shards/* evaluateMerged */.eR)(settings, folder) };
    if (!settings.models.leaderboard)
        return { evaluation: await (0,src_evaluation/* evaluate */._3)(settings, folder) };
    const models = await evaluateModels(settings, settings.models, folder);
    return { evaluation: models[0].evaluation, models };
}
/** `gold-counts` or `id-gold`: fingerprints of different kinds cannot be compared. */
function kindOf(fingerprint) {
    return fingerprint.slice(0, fingerprint.indexOf(':'));
}
function parseCopy(copy, shownName) {
    return copy.text === undefined ? undefined : parseBaseline(copy.text, shownName);
}


/***/ }),

/***/ 3001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f4: () => (/* binding */ collectShard),
  eR: () => (/* binding */ evaluateMerged),
  OD: () => (/* binding */ writeShardFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/files.ts + 10 modules
var adapters_files = __nccwpck_require__(9706);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/shard/types.ts
/** The schema version of statistics files; a file of another version is refused, never guessed at. */
const SHARD_STATS_VERSION = 1;
/** The optional sections of a statistics file, in their written order. */
const SECTIONS = [
    'classification',
    'binaryScores',
    'multiclassScores',
    'regression',
    'text',
    'pairs',
];

;// CONCATENATED MODULE: ./src/core/shard/build.ts

/** The identity of a shard from the run's settings (see `ShardIdentity`). */
function shardIdentity(settings) {
    return {
        task: settings.task,
        metrics: settings.metrics ?? null,
        positiveLabel: settings.positiveLabel ?? null,
        scores: settings.scoreColumn !== undefined
            ? { kind: 'column', field: settings.scoreColumn }
            : (settings.scoreColumns ?? null),
        references: settings.referencesColumn ?? null,
        idColumn: settings.idColumn ?? null,
    };
}
/** The statistics of one shard. The accumulators are left as they were. */
function shardStats(parts) {
    const { identity } = parts;
    const stats = { version: SHARD_STATS_VERSION, identity, rows: 0 };
    if (identity.task === 'classification') {
        if (parts.matrix === undefined)
            throw new Error('a classification shard needs its confusion matrix');
        stats.rows = parts.matrix.total;
        stats.classification = parts.matrix;
        const scores = parts.scores;
        if (scores?.kind === 'binary') {
            stats.binaryScores = { positiveLabel: scores.positiveLabel, ...scores.accumulator.state() };
        }
        else if (scores?.kind === 'multiclass') {
            stats.multiclassScores = {
                classes: scores.classes,
                logLoss: scores.logLoss.state(),
                ...(scores.perClass ? { oneVsRest: scores.perClass } : {}),
            };
        }
    }
    else if (identity.task === 'regression') {
        if (parts.regression === undefined)
            throw new Error('a regression shard needs its accumulator');
        stats.rows = parts.regression.rows;
        stats.regression = parts.regression.state();
    }
    else {
        if (parts.text === undefined)
            throw new Error('a text shard needs its accumulator');
        stats.rows = parts.text.rows;
        stats.text = parts.text.state();
    }
    if (parts.pairs !== undefined)
        stats.pairs = parts.pairs.state();
    return stats;
}

// EXTERNAL MODULE: ./src/core/evaluation-settings.ts
var evaluation_settings = __nccwpck_require__(6463);
// EXTERNAL MODULE: ./src/core/labels.ts
var core_labels = __nccwpck_require__(6236);
// EXTERNAL MODULE: ./src/core/metrics-files/json.ts
var json = __nccwpck_require__(1401);
;// CONCATENATED MODULE: ./src/core/shard/json.ts





/** The key that marks a statistics file and holds its schema version. */
const VERSION_KEY = 'evalGateStats';
/**
 * A statistics file: JSON with its keys always in the same order, objects indented and arrays of numbers on one
 * line each. Numbers are written in JavaScript's shortest round-trip form, so they read back to the same bits;
 * the few that may be infinite (sums, errors) are written as the strings "Infinity", "-Infinity" or "NaN".
 */
function serializeShardStats(stats) {
    const { identity } = stats;
    const document = {
        [VERSION_KEY]: stats.version,
        identity: {
            task: identity.task,
            metrics: identity.metrics,
            positiveLabel: identity.positiveLabel,
            scores: identity.scores === null ? null : scoreSettingJson(identity.scores),
            references: identity.references,
            idColumn: identity.idColumn,
        },
        rows: stats.rows,
    };
    if (stats.classification) {
        const { labels, counts, total } = stats.classification;
        document.classification = { labels, counts, total };
    }
    if (stats.binaryScores) {
        const { positiveLabel, runs, logLoss, brier } = stats.binaryScores;
        document.binaryScores = { positiveLabel, runs: runsJson(runs), logLoss, brier };
    }
    if (stats.multiclassScores) {
        const { classes, logLoss, oneVsRest } = stats.multiclassScores;
        document.multiclassScores = {
            classes,
            logLoss,
            ...(oneVsRest ? { oneVsRest: oneVsRest.map(runsJson) } : {}),
        };
    }
    if (stats.regression) {
        const r = stats.regression;
        document.regression = {
            gold: r.gold,
            absoluteErrors: r.absoluteErrors,
            absoluteSum: r.absoluteSum,
            squaredSum: r.squaredSum,
            percentageSum: r.percentageSum,
            goldSum: r.goldSum,
            maxError: r.maxError,
        };
    }
    if (stats.text) {
        const { exactMatch, tokenF1, contains, rows, references } = stats.text;
        document.text = { exactMatch, tokenF1, contains, rows, references };
    }
    if (stats.pairs) {
        const { sumA, sumB, xor, count } = stats.pairs;
        document.pairs = { sumA, sumB, xor, count };
    }
    return `${format(document, '')}\n`;
}
function scoreSettingJson(setting) {
    return setting.kind === 'columns' ? { kind: setting.kind, columns: setting.columns } : { ...setting };
}
function runsJson({ scores, positives, negatives }) {
    return { scores, positives, negatives };
}
function format(value, indent) {
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.every((item) => typeof item === 'number' && Number.isFinite(item)))
            return JSON.stringify(value);
        if (value.every((item) => typeof item !== 'object' || item === null))
            return `[${value.map(scalar).join(',')}]`;
        return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return '{}';
        const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
        return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return scalar(value);
}
function scalar(value) {
    return typeof value === 'number' && !Number.isFinite(value) ? `"${value}"` : JSON.stringify(value);
}
/**
 * Reads a statistics file, checking every field: a problem is an `InputError` naming the file and the JSON path of
 * the field. A file of another schema version is refused.
 */
function parseShardStats(text, file) {
    // The strict parser: a key given twice would otherwise have the last one win, and depth is bounded.
    return new StatsReader(file).stats((0,json/* parseLenientJson */.Ri)(text, file));
}
/** Reads the fields of a parsed statistics file, each checked, with the JSON path of each for messages. */
class StatsReader {
    file;
    constructor(file) {
        this.file = file;
    }
    stats(document) {
        if (typeof document !== 'object' ||
            document === null ||
            Array.isArray(document) ||
            !(VERSION_KEY in document))
            throw new errors/* InputError */.d(`is not an eval-gate statistics file: it has no "${VERSION_KEY}" version`, {
                file: this.file,
            });
        const version = document[VERSION_KEY];
        if (version !== SHARD_STATS_VERSION) {
            this.fail(`$.${VERSION_KEY}`, `statistics schema version ${describe(version)} is not supported: this eval-gate reads version ${SHARD_STATS_VERSION} (run the shard and merge jobs with the same eval-gate version)`);
        }
        const top = this.object(document, '$', [VERSION_KEY, 'identity', 'rows'], SECTIONS);
        const identity = this.identity(top.identity, '$.identity');
        const rows = this.count(top.rows, '$.rows');
        const stats = { version: SHARD_STATS_VERSION, identity, rows };
        const classification = identity.task === 'classification';
        this.presence(top, 'classification', classification, `task is ${identity.task}`);
        this.presence(top, 'regression', identity.task === 'regression', `task is ${identity.task}`);
        this.presence(top, 'text', identity.task === 'text', `task is ${identity.task}`);
        const scored = classification && identity.scores !== null;
        if (!scored) {
            for (const key of ['binaryScores', 'multiclassScores'])
                if (top[key] !== undefined)
                    this.fail(`$.${key}`, 'is not expected: the identity has no scores');
        }
        if (top.binaryScores !== undefined && top.multiclassScores !== undefined)
            this.fail('$.multiclassScores', 'is not expected beside binaryScores: a run is binary or multiclass');
        if (top.pairs !== undefined && identity.idColumn === null)
            this.fail('$.pairs', 'is not expected: the identity has no id column');
        if (top.classification !== undefined)
            stats.classification = this.matrix(top.classification, rows);
        if (top.binaryScores !== undefined) {
            const path = '$.binaryScores';
            const o = this.object(top.binaryScores, path, ['positiveLabel', 'runs', 'logLoss', 'brier']);
            const runs = this.runs(o.runs, `${path}.runs`);
            this.total(runs, rows, `${path}.runs`);
            stats.binaryScores = {
                positiveLabel: this.label(o.positiveLabel, `${path}.positiveLabel`),
                runs,
                logLoss: this.sum(o.logLoss, `${path}.logLoss`),
                brier: this.sum(o.brier, `${path}.brier`),
            };
        }
        if (top.multiclassScores !== undefined)
            stats.multiclassScores = this.multiclass(top.multiclassScores, rows);
        if (top.regression !== undefined)
            stats.regression = this.regression(top.regression, rows);
        if (top.text !== undefined)
            stats.text = this.text(top.text, rows);
        if (top.pairs !== undefined)
            stats.pairs = this.pairs(top.pairs, rows);
        return stats;
    }
    identity(value, path) {
        const o = this.object(value, path, [
            'task',
            'metrics',
            'positiveLabel',
            'scores',
            'references',
            'idColumn',
        ]);
        const task = o.task;
        if (!evaluation_settings/* TASK_KINDS */.Eb.includes(task))
            this.fail(`${path}.task`, `must be one of ${evaluation_settings/* TASK_KINDS */.Eb.join(', ')}, got ${describe(o.task)}`);
        return {
            task,
            metrics: o.metrics === null ? null : this.labels(o.metrics, `${path}.metrics`),
            positiveLabel: this.nullable(o.positiveLabel, `${path}.positiveLabel`),
            scores: o.scores === null ? null : this.scoreSetting(o.scores, `${path}.scores`),
            references: this.nullable(o.references, `${path}.references`),
            idColumn: this.nullable(o.idColumn, `${path}.idColumn`),
        };
    }
    scoreSetting(value, path) {
        const kind = value?.kind;
        if (kind === 'columns') {
            const o = this.object(value, path, ['kind', 'columns']);
            const columns = this.array(o.columns, `${path}.columns`).map((pair, i) => {
                const at = `${path}.columns[${i}]`;
                const items = this.array(pair, at);
                if (items.length !== 2)
                    this.fail(at, 'must be a [label, field] pair');
                return [this.label(items[0], `${at}[0]`), this.label(items[1], `${at}[1]`)];
            });
            return { kind, columns };
        }
        if (kind === 'column' || kind === 'array') {
            const o = this.object(value, path, ['kind', 'field']);
            return { kind, field: this.label(o.field, `${path}.field`) };
        }
        return this.fail(`${path}.kind`, `must be "column", "columns" or "array", got ${describe(kind)}`);
    }
    matrix(value, rows) {
        const path = '$.classification';
        const o = this.object(value, path, ['labels', 'counts', 'total']);
        const labels = this.labels(o.labels, `${path}.labels`);
        const sorted = (0,core_labels/* sortLabels */.CL)(labels);
        if (sorted.some((label, i) => label !== labels[i]))
            this.fail(`${path}.labels`, "must be in eval-gate's label order (scikit-learn's sorted order)");
        const size = labels.length;
        const list = this.array(o.counts, `${path}.counts`);
        if (list.length !== size)
            this.fail(`${path}.counts`, `must have ${size} rows, one per label, got ${list.length}`);
        let sum = 0;
        const counts = list.map((row, g) => {
            const cells = this.array(row, `${path}.counts[${g}]`);
            if (cells.length !== size)
                this.fail(`${path}.counts[${g}]`, `must have ${size} counts, one per label, got ${cells.length}`);
            return cells.map((cell, p) => {
                const count = this.count(cell, `${path}.counts[${g}][${p}]`);
                sum += count;
                return count;
            });
        });
        const total = this.count(o.total, `${path}.total`);
        if (sum !== total)
            this.fail(`${path}.total`, `is ${total}, but the counts add up to ${sum}`);
        if (total !== rows)
            this.fail(`${path}.total`, `is ${total}, but the file holds ${rows} rows`);
        return { labels, counts, total };
    }
    multiclass(value, rows) {
        const path = '$.multiclassScores';
        const o = this.object(value, path, ['classes', 'logLoss'], ['oneVsRest']);
        const classes = this.labels(o.classes, `${path}.classes`);
        const state = { classes, logLoss: this.sum(o.logLoss, `${path}.logLoss`) };
        if (o.oneVsRest !== undefined) {
            const list = this.array(o.oneVsRest, `${path}.oneVsRest`);
            if (list.length !== classes.length)
                this.fail(`${path}.oneVsRest`, `must hold ${classes.length} run lists, one per class, got ${list.length}`);
            let positives = 0;
            state.oneVsRest = list.map((item, k) => {
                const runs = this.runs(item, `${path}.oneVsRest[${k}]`);
                positives += this.total(runs, rows, `${path}.oneVsRest[${k}]`);
                return runs;
            });
            if (positives !== rows)
                this.fail(`${path}.oneVsRest`, `the classes' positives add up to ${positives}, not to the ${rows} rows`);
        }
        return state;
    }
    regression(value, rows) {
        const path = '$.regression';
        const o = this.object(value, path, [
            'gold',
            'absoluteErrors',
            'absoluteSum',
            'squaredSum',
            'percentageSum',
            'goldSum',
            'maxError',
        ]);
        const gold = this.ascending(o.gold, `${path}.gold`, rows, (v, at) => this.finite(v, at));
        const absoluteErrors = this.ascending(o.absoluteErrors, `${path}.absoluteErrors`, rows, (v, at) => this.nonNegative(v, at));
        const maxError = this.nonNegative(o.maxError, `${path}.maxError`);
        const largest = absoluteErrors.length > 0 ? absoluteErrors[absoluteErrors.length - 1] : 0;
        if (maxError !== largest)
            this.fail(`${path}.maxError`, `is ${maxError}, but the largest absolute error is ${largest}`);
        return {
            gold,
            absoluteErrors,
            absoluteSum: this.sum(o.absoluteSum, `${path}.absoluteSum`),
            squaredSum: this.sum(o.squaredSum, `${path}.squaredSum`),
            percentageSum: this.sum(o.percentageSum, `${path}.percentageSum`),
            goldSum: this.sum(o.goldSum, `${path}.goldSum`),
            maxError,
        };
    }
    text(value, rows) {
        const path = '$.text';
        const o = this.object(value, path, ['exactMatch', 'tokenF1', 'contains', 'rows', 'references']);
        const count = this.count(o.rows, `${path}.rows`);
        if (count !== rows)
            this.fail(`${path}.rows`, `is ${count}, but the file holds ${rows} rows`);
        const references = this.count(o.references, `${path}.references`);
        if (references < rows)
            this.fail(`${path}.references`, `is ${references}: every one of the ${rows} rows has a gold answer`);
        return {
            exactMatch: this.sum(o.exactMatch, `${path}.exactMatch`),
            tokenF1: this.sum(o.tokenF1, `${path}.tokenF1`),
            contains: this.sum(o.contains, `${path}.contains`),
            rows,
            references,
        };
    }
    pairs(value, rows) {
        const path = '$.pairs';
        const o = this.object(value, path, ['sumA', 'sumB', 'xor', 'count']);
        const lane = (key) => {
            const n = this.count(o[key], `${path}.${key}`);
            if (n > 0xffffffff)
                this.fail(`${path}.${key}`, `must be an unsigned 32-bit integer, got ${n}`);
            return n;
        };
        const count = this.count(o.count, `${path}.count`);
        if (count !== rows)
            this.fail(`${path}.count`, `is ${count}, but the file holds ${rows} rows`);
        return { sumA: lane('sumA'), sumB: lane('sumB'), xor: lane('xor'), count };
    }
    /** Score runs: distinct finite scores in ascending order, each with counts of at least one row. */
    runs(value, path) {
        const o = this.object(value, path, ['scores', 'positives', 'negatives']);
        const scores = this.array(o.scores, `${path}.scores`).map((v, i) => this.finite(v, `${path}.scores[${i}]`));
        scores.forEach((score, i) => {
            if (i > 0 && !(score > scores[i - 1]))
                this.fail(`${path}.scores[${i}]`, `must be above the score before it (${scores[i - 1]}): runs are sorted and distinct`);
        });
        const counts = (key) => {
            const list = this.array(o[key], `${path}.${key}`);
            if (list.length !== scores.length)
                this.fail(`${path}.${key}`, `must have ${scores.length} counts, one per score, got ${list.length}`);
            return list.map((v, i) => this.count(v, `${path}.${key}[${i}]`));
        };
        const positives = counts('positives');
        const negatives = counts('negatives');
        positives.forEach((p, i) => {
            if (p + negatives[i] === 0)
                this.fail(`${path}.positives[${i}]`, 'a run must hold at least one row');
        });
        return { scores, positives, negatives };
    }
    /** Checks that runs hold `rows` rows; returns their positives. */
    total(runs, rows, path) {
        const add = (list) => list.reduce((sum, k) => sum + k, 0);
        const positives = add(runs.positives);
        const total = positives + add(runs.negatives);
        if (total !== rows)
            this.fail(path, `holds ${total} rows, but the file holds ${rows}`);
        return positives;
    }
    ascending(value, path, rows, read) {
        const list = this.array(value, path).map((v, i) => read(v, `${path}[${i}]`));
        if (list.length !== rows)
            this.fail(path, `must hold one value per row (${rows}), got ${list.length}`);
        list.forEach((v, i) => {
            if (i > 0 && v < list[i - 1])
                this.fail(`${path}[${i}]`, `must not be below the value before it: the list is sorted`);
        });
        return list;
    }
    /** An exact sum's numbers (`Sum.state()`): finite numbers, or one infinity or NaN written as a string. */
    sum(value, path) {
        return this.array(value, path).map((v, i) => this.float(v, `${path}[${i}]`));
    }
    object(value, path, required, optional = []) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            this.fail(path, `must be an object, got ${describe(value)}`);
        const o = value;
        for (const key of Object.keys(o))
            if (!required.includes(key) && !optional.includes(key))
                this.fail(`${path}.${key}`, 'is not a known field');
        for (const key of required)
            if (!Object.hasOwn(o, key))
                this.fail(`${path}.${key}`, 'is missing');
        return o;
    }
    presence(top, key, expected, because) {
        if (expected && top[key] === undefined)
            this.fail(`$.${key}`, `is missing (${because})`);
        if (!expected && top[key] !== undefined)
            this.fail(`$.${key}`, `is not expected (${because})`);
    }
    array(value, path) {
        if (!Array.isArray(value))
            this.fail(path, `must be an array, got ${describe(value)}`);
        return value;
    }
    labels(value, path) {
        const list = this.array(value, path).map((v, i) => this.label(v, `${path}[${i}]`));
        const repeat = (0,core_labels/* firstRepeat */.S1)(list);
        if (repeat)
            this.fail(`${path}[${repeat.index}]`, 'this label is listed twice');
        return list;
    }
    label(value, path) {
        if (typeof value !== 'string' || value === '')
            this.fail(path, `must be a non-empty string, got ${describe(value)}`);
        return value;
    }
    nullable(value, path) {
        return value === null ? null : this.label(value, path);
    }
    /** A count of rows: a whole number ≥ 0 (within the exactly representable integers). */
    count(value, path) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
            this.fail(path, `must be a count (a whole number ≥ 0), got ${describe(value)}`);
        return value;
    }
    finite(value, path) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(path, `must be a finite number, got ${describe(value)}`);
        return value;
    }
    nonNegative(value, path) {
        const number = this.float(value, path);
        if (!(number >= 0))
            this.fail(path, `must be ≥ 0, got ${describe(value)}`);
        return number;
    }
    /** A number, or one of the strings "Infinity", "-Infinity", "NaN" (what JSON cannot hold as a number). */
    float(value, path) {
        if (typeof value === 'number')
            return value;
        if (value === 'Infinity' || value === '-Infinity' || value === 'NaN')
            return Number(value);
        return this.fail(path, `must be a number, got ${describe(value)}`);
    }
    fail(jsonPath, problem) {
        throw new errors/* InputError */.d(problem, { file: this.file, jsonPath });
    }
}
/** A wrong value by its kind, never its text. */
const describe = json/* describeJsonKind */.y6;

// EXTERNAL MODULE: ./src/core/fingerprint.ts + 1 modules
var fingerprint = __nccwpck_require__(2733);
// EXTERNAL MODULE: ./src/core/metrics/columns.ts
var columns = __nccwpck_require__(2974);
// EXTERNAL MODULE: ./src/core/stats/bootstrap.ts
var bootstrap = __nccwpck_require__(8445);
;// CONCATENATED MODULE: ./src/core/shard/merge.ts





/** What each identity field is called in messages: the input it comes from. */
const IDENTITY_FIELDS = [
    ['task', 'task'],
    ['metrics', 'metrics'],
    ['positiveLabel', 'positive-label'],
    ['scores', 'score settings'],
    ['references', 'references-column'],
    ['idColumn', 'id-column'],
];
/**
 * Merges the statistics of shards into those of the whole: what a single run over the concatenated data would have
 * produced (labels are the sorted union, re-indexed; counts add; lists and runs interleave; sums add exactly).
 * Shards computed with different settings are refused, naming the two files that disagree.
 */
function mergeShardStats(list) {
    const first = list[0];
    if (first === undefined)
        throw new errors/* InputError */.d('there are no statistics files to merge');
    for (const other of list.slice(1))
        checkCompatible(first, other);
    return mergeAll(list.map(({ stats }) => stats));
}
/** Merges halves first, so each row's values are copied about log2(shards) times rather than once per shard. */
function mergeAll(list) {
    if (list.length === 1)
        return list[0];
    const half = list.length >> 1;
    return mergeTwo(mergeAll(list.slice(0, half)), mergeAll(list.slice(half)));
}
function checkCompatible(a, b) {
    const refuse = (problem) => {
        throw new errors/* InputError */.d(`cannot merge the statistics of ${a.file} and ${b.file}: ${problem}`);
    };
    if (a.stats.version !== b.stats.version)
        refuse(`they are of schema versions ${a.stats.version} and ${b.stats.version}`);
    for (const [key, name] of IDENTITY_FIELDS) {
        const [x, y] = [JSON.stringify(a.stats.identity[key]), JSON.stringify(b.stats.identity[key])];
        if (x !== y)
            refuse(`they were computed with different ${name} (${x} and ${y})`);
    }
    for (const section of SECTIONS) {
        const [x, y] = [a.stats[section] !== undefined, b.stats[section] !== undefined];
        if (x !== y)
            refuse(`${x ? a.file : b.file} holds ${section} statistics and ${x ? b.file : a.file} does not`);
    }
    const [p, q] = [a.stats.binaryScores?.positiveLabel, b.stats.binaryScores?.positiveLabel];
    if (p !== q)
        refuse(`their scores are for different positive classes (${JSON.stringify(p)} and ${JSON.stringify(q)})`);
    const [c, d] = [a.stats.multiclassScores?.classes, b.stats.multiclassScores?.classes];
    if (JSON.stringify(c) !== JSON.stringify(d))
        refuse(`their scores are for different classes (${JSON.stringify(c)} and ${JSON.stringify(d)})`);
}
function mergeTwo(a, b) {
    const merged = { version: a.version, identity: a.identity, rows: a.rows + b.rows };
    if (a.classification && b.classification)
        merged.classification = (0,bootstrap/* addMatrices */.Af)(a.classification, b.classification);
    if (a.binaryScores && b.binaryScores) {
        merged.binaryScores = {
            positiveLabel: a.binaryScores.positiveLabel,
            runs: mergeRuns(a.binaryScores.runs, b.binaryScores.runs),
            logLoss: mergeSums(a.binaryScores.logLoss, b.binaryScores.logLoss),
            brier: mergeSums(a.binaryScores.brier, b.binaryScores.brier),
        };
    }
    if (a.multiclassScores && b.multiclassScores)
        merged.multiclassScores = mergeMulticlass(a.multiclassScores, b.multiclassScores);
    if (a.regression && b.regression)
        merged.regression = mergeRegression(a.regression, b.regression);
    if (a.text && b.text)
        merged.text = mergeText(a.text, b.text);
    if (a.pairs && b.pairs) {
        const pairs = fingerprint/* PairFingerprint */.LK.fromState(a.pairs);
        pairs.merge(b.pairs);
        merged.pairs = pairs.state();
    }
    return merged;
}
function mergeMulticlass(a, b) {
    const merged = { classes: a.classes, logLoss: mergeSums(a.logLoss, b.logLoss) };
    if (a.oneVsRest && b.oneVsRest)
        merged.oneVsRest = a.oneVsRest.map((runs, k) => mergeRuns(runs, b.oneVsRest[k]));
    return merged;
}
function mergeRegression(a, b) {
    return {
        gold: mergeSorted(a.gold, b.gold),
        absoluteErrors: mergeSorted(a.absoluteErrors, b.absoluteErrors),
        absoluteSum: mergeSums(a.absoluteSum, b.absoluteSum),
        squaredSum: mergeSums(a.squaredSum, b.squaredSum),
        percentageSum: mergeSums(a.percentageSum, b.percentageSum),
        goldSum: mergeSums(a.goldSum, b.goldSum),
        maxError: Math.max(a.maxError, b.maxError),
    };
}
function mergeText(a, b) {
    return {
        exactMatch: mergeSums(a.exactMatch, b.exactMatch),
        tokenF1: mergeSums(a.tokenF1, b.tokenF1),
        contains: mergeSums(a.contains, b.contains),
        rows: a.rows + b.rows,
        references: a.references + b.references,
    };
}
/** Two `Sum` states as one: exact, so the merged value is the single run's. */
function mergeSums(a, b) {
    const sum = columns/* Sum */.Wu.fromState(a);
    sum.merge(columns/* Sum */.Wu.fromState(b));
    return sum.state();
}
/** Two ascending lists as one. */
function mergeSorted(a, b) {
    const merged = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        merged[k++] = a[i++];
    while (j < b.length)
        merged[k++] = b[j++];
    return Array.from(merged);
}
/** Two run lists as one: equal scores add their counts. */
function mergeRuns(a, b) {
    const merged = { scores: [], positives: [], negatives: [] };
    const push = (runs, k) => {
        const last = merged.scores.length - 1;
        if (last >= 0 && merged.scores[last] === runs.scores[k]) {
            merged.positives[last] += runs.positives[k];
            merged.negatives[last] += runs.negatives[k];
        }
        else {
            merged.scores.push(runs.scores[k]);
            merged.positives.push(runs.positives[k]);
            merged.negatives.push(runs.negatives[k]);
        }
    };
    let i = 0;
    let j = 0;
    while (i < a.scores.length && j < b.scores.length) {
        if (a.scores[i] <= b.scores[j])
            push(a, i++);
        else
            push(b, j++);
    }
    while (i < a.scores.length)
        push(a, i++);
    while (j < b.scores.length)
        push(b, j++);
    return merged;
}

// EXTERNAL MODULE: ./src/core/catalogue.ts
var catalogue = __nccwpck_require__(5318);
// EXTERNAL MODULE: ./src/core/metrics/regression.ts
var regression = __nccwpck_require__(7424);
// EXTERNAL MODULE: ./src/core/metrics/scores.ts
var metrics_scores = __nccwpck_require__(8326);
// EXTERNAL MODULE: ./src/core/metrics/text.ts
var metrics_text = __nccwpck_require__(9746);
// EXTERNAL MODULE: ./src/core/classification-run.ts
var classification_run = __nccwpck_require__(3291);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __nccwpck_require__(6207);
;// CONCATENATED MODULE: ./src/core/shard/metrics.ts








/**
 * The metrics of statistics, computed by the very functions a single run uses (`classificationMetrics`, the
 * score accumulators, `RegressionAccumulator`, `TextAccumulator`) on the state the statistics hold: merged shards
 * give the single run's values. Undefined cases are the single run's errors.
 */
function metricsFromShardStats(stats) {
    const { identity, rows } = stats;
    if (rows === 0)
        throw new errors/* InputError */.d('the statistics hold no rows');
    const requested = identity.metrics ?? undefined;
    const result = { metrics: {}, rows };
    if (stats.pairs)
        result.fingerprint = fingerprint/* PairFingerprint */.LK.fromState(stats.pairs).value();
    if (stats.regression) {
        const names = requested ?? [...catalogue/* DEFAULT_METRICS */.Cq.regression];
        if (rows < 2 && names.includes('r2'))
            throw new errors/* InputError */.d('r2 is not defined for a single row (scikit-learn returns nan); leave it out of "metrics" or add rows');
        const { values } = regression/* RegressionAccumulator */.gE.fromState(stats.regression).result();
        for (const name of names)
            (0,own/* setOwn */.P5)(result.metrics, name, values[name]);
        return result;
    }
    if (stats.text) {
        const names = requested ?? [...catalogue/* DEFAULT_METRICS */.Cq.text];
        const { values, references } = metrics_text/* TextAccumulator */.ms.fromState(stats.text).result();
        for (const name of names)
            (0,own/* setOwn */.P5)(result.metrics, name, values[name]);
        if (identity.references !== null)
            result.note = `${references} gold answers`;
        return result;
    }
    const matrix = stats.classification;
    const scored = identity.scores !== null;
    const { task, classification, metrics } = (0,classification_run/* classificationRun */.q)(matrix, {
        ...(requested !== undefined ? { metrics: requested } : {}),
        ...(identity.positiveLabel !== null ? { positiveLabel: identity.positiveLabel } : {}),
        scored,
    });
    for (const [name, value] of metrics)
        (0,own/* setOwn */.P5)(result.metrics, name, value);
    if (scored) {
        const wanted = (0,metrics_scores/* scoreMetricNames */.Do)(requested, task);
        const scores = scoreValues(stats, matrix, task, wanted);
        for (const name of wanted)
            (0,own/* setOwn */.P5)(result.metrics, name, scores[name]);
    }
    return { ...result, task, matrix, classification, goldFingerprint: (0,fingerprint/* goldLabelFingerprint */.Ld)(matrix) };
}
/** The score metrics, from the score section the task calls for. */
function scoreValues(stats, matrix, task, wanted) {
    if (task.kind !== 'binary' && stats.identity.scores?.kind === 'column') {
        throw new errors/* InputError */.d(`input "score-column" gives one score per row, for a binary task; this task has ${matrix.labels.length} labels: name one score field per class with "score-columns"`);
    }
    if (wanted.length === 0)
        return {};
    if (task.kind === 'binary') {
        const scores = stats.binaryScores;
        if (scores === undefined)
            throw new errors/* InputError */.d(`the shards hold no binary score statistics, but the merged labels make a binary task`);
        if (scores.positiveLabel !== task.positiveLabel) {
            throw new errors/* InputError */.d(`the shards read the scores of the positive class ${JSON.stringify(scores.positiveLabel)}, but the merged labels make ${JSON.stringify(task.positiveLabel)} the positive class; set positive-label`);
        }
        return metrics_scores/* BinaryScoreAccumulator */.IL.fromState(scores).result(wanted, scores.positiveLabel);
    }
    const scores = stats.multiclassScores;
    if (scores === undefined) {
        throw new errors/* InputError */.d(`the shards hold no multiclass score statistics, but the merged labels make a multiclass task of ${matrix.labels.length} labels`);
    }
    // scikit-learn's classes are those of the gold labels, in the matrix's order.
    const classes = matrix.labels.filter((_, g) => matrix.counts[g].some((count) => count > 0));
    const missing = classes.filter((label) => !scores.classes.includes(label));
    const extra = scores.classes.filter((label) => !classes.includes(label));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [
            missing.length ? `no scores for ${missing.map((l) => JSON.stringify(l)).join(', ')}` : '',
            extra.length ? `${extra.map((l) => JSON.stringify(l)).join(', ')} never a gold label` : '',
        ].filter(Boolean);
        throw new errors/* InputError */.d(`the shards' score classes must be the classes of the merged gold labels (${classes.map((l) => JSON.stringify(l)).join(', ')}): ${parts.join('; ')}`);
    }
    let perClass;
    if ((0,metrics_scores/* needsOneVsRest */.jg)(wanted)) {
        const oneVsRest = scores.oneVsRest;
        if (oneVsRest === undefined)
            throw new errors/* InputError */.d('the shards hold no one-vs-rest statistics for roc_auc_ovr');
        perClass = classes.map((label) => metrics_scores/* OneVsRestPass */.D8.fromState(oneVsRest[scores.classes.indexOf(label)]).result());
    }
    return (0,metrics_scores/* multiclassScoreValues */.wo)(wanted, perClass, metrics_scores/* MulticlassLogLoss */.fW.fromState(scores.logLoss, stats.rows));
}

;// CONCATENATED MODULE: ./src/core/shard/index.ts
/**
 * Sharded evaluation with exact merge (issue 8): each shard writes the sufficient statistics of its part of the
 * data, a merge reads them all, and the merged metrics are those of a single run over the concatenated data.
 * Pure: no I/O.
 *
 * API
 * - `shardIdentity(settings): ShardIdentity`: the settings that must agree for shards to merge.
 * - `shardStats({ identity, matrix?, scores?, regression?, text?, pairs? }): ShardStats`: one shard's statistics
 *   from what the normal path computed (scores: `readScores(…, (pass) => pass.state())`).
 * - `serializeShardStats(stats): string` / `parseShardStats(text, file): ShardStats`: the versioned JSON file
 *   (`{"evalGateStats": 1, …}`); parsing checks every field and throws `InputError` with the file and JSON path.
 * - `mergeShardStats([{ file, stats }, …]): ShardStats`: the statistics of the whole; refuses shards computed
 *   with different settings, naming the two files.
 * - `metricsFromShardStats(stats): ShardMetrics`: the metrics (and matrix, task, fingerprints), computed by the
 *   functions of a single run.
 */






// EXTERNAL MODULE: ./src/core/task.ts
var core_task = __nccwpck_require__(8586);
// EXTERNAL MODULE: ./src/evaluation.ts + 5 modules
var evaluation = __nccwpck_require__(6845);
// EXTERNAL MODULE: ./src/evaluation-scores.ts
var evaluation_scores = __nccwpck_require__(7769);
;// CONCATENATED MODULE: ./src/shards.ts








/**
 * `mode: shard`: the sufficient statistics of this job's prediction files (confusion matrix, score runs,
 * regression or text sums, fingerprints), read by the same readers as a gate, as the text of a statistics file.
 */
async function collectShard(settings, folder) {
    const files = await (0,adapters_files/* findFiles */.lY)(settings.predictions, folder);
    const parts = { identity: shardIdentity(settings) };
    if (settings.task === 'regression')
        parts.regression = await (0,evaluation/* readRegression */.Y1)(settings, files);
    else if (settings.task === 'text')
        parts.text = await (0,evaluation/* readText */.yR)(settings, files);
    else {
        const matrix = (await (0,adapters_files/* countPredictions */.gk)(files, settings.labelColumn, settings.predictionColumn, settings.maxLabels)).toMatrix();
        parts.matrix = matrix;
        if (settings.scoreColumn !== undefined || settings.scoreColumns !== undefined) {
            const task = (0,core_task/* resolveTask */.E)(matrix.labels, settings.positiveLabel);
            const wanted = (0,evaluation_scores/* scoreMetricNames */.Do)(settings.metrics, task);
            parts.scores = await (0,evaluation_scores/* readScores */.oK)(settings, files, task, matrix, wanted, (pass) => pass.state());
        }
        if (settings.idColumn !== undefined)
            parts.pairs = await (0,evaluation/* readPairFingerprint */.tp)(files, settings.idColumn, settings.labelColumn);
    }
    const stats = shardStats(parts);
    return { text: serializeShardStats(stats), rows: stats.rows, files: files.map((file) => file.shown) };
}
/** Writes a shard's statistics file at `relative` (to the workspace), creating its folder; returns its path. */
async function writeShardFile(workspace, relative, text) {
    const target = external_node_path_default().resolve(workspace, relative);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    await (0,adapters_files/* writeFileAtomic */.Zf)(target, text);
    return target;
}
/**
 * `mode: merge`: reads the shards' statistics files, merges them exactly and computes the metrics from the
 * merged statistics, as one run over all the data would have. The shards must have been computed with this job's
 * settings (task, metrics, positive label, score fields), or the merged numbers would mean something else.
 */
async function evaluateMerged(settings, folder) {
    const found = await (0,adapters_files/* findFiles */.lY)(settings.statsFiles, folder, 'stats-files');
    const shards = [];
    for (const file of found) {
        const text = await (0,adapters_files/* readOptionalFile */.pL)(file.absolute, file.shown);
        if (text === undefined)
            throw new errors/* InputError */.d('file not found', { file: file.shown });
        shards.push({ file: file.shown, stats: parseShardStats(text, file.shown) });
    }
    const labels = new Set(shards.flatMap((shard) => shard.stats.classification?.labels ?? []));
    if (labels.size > settings.maxLabels) {
        throw new errors/* InputError */.d(`the statistics files hold ${labels.size} distinct labels together, more than input "max-labels" allows (${settings.maxLabels})`);
    }
    const merged = mergeShardStats(shards);
    const expected = JSON.stringify(shardIdentity(settings));
    if (JSON.stringify(merged.identity) !== expected) {
        throw new errors/* InputError */.d(`the statistics were computed with other settings than this merge job's (${JSON.stringify(merged.identity)} in the files, ${expected} here): give the merge job the same task, metrics, positive-label, score and id inputs as the shard jobs`, { file: shards[0].file });
    }
    const result = metricsFromShardStats(merged);
    const kind = merged.identity.task;
    return {
        metrics: result.metrics,
        directions: new Map(),
        files: shards.map((shard) => shard.file),
        rows: result.rows,
        ...(kind !== 'classification'
            ? { computed: { kind, ...(result.note ? { note: result.note } : {}) } }
            : {}),
        ...(result.fingerprint !== undefined ? { fingerprint: result.fingerprint } : {}),
        ...(result.task
            ? { task: result.task, matrix: result.matrix, classification: result.classification }
            : {}),
        standardErrors: {},
        intervals: {},
        untested: Object.fromEntries(Object.keys(result.metrics).map((name) => [name, 'merged shards hold no per-row resamples of it'])),
    };
}


/***/ }),

/***/ 4655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ TerminalProgress),
/* harmony export */   Mo: () => (/* binding */ showsProgress)
/* harmony export */ });
/* unused harmony export QUIET_MS */
/** Reading that ends sooner than this shows no progress at all. */
const QUIET_MS = 1000;
/** At most this many redraws a second: the line must not cost what it measures. */
const REDRAW_MS = 250;
/**
 * Progress goes to a person at a terminal only: never to CI logs (CI set, as every CI system does), a pipe or a
 * file, nor to a terminal that cannot move the cursor back (TERM=dumb).
 */
function showsProgress(stderrIsTty, env) {
    const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
    return stderrIsTty && !ci && env.TERM !== 'dumb';
}
/** A file name as a terminal may show it: control characters (escape sequences of a crafted name) become `?`. */
function printable(name) {
    // eslint-disable-next-line no-control-regex
    return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
function megabytes(bytes) {
    return (bytes / 1e6).toFixed(1);
}
function rate(records, ms) {
    const perSecond = (records * 1000) / Math.max(ms, 1);
    if (perSecond >= 1e6)
        return `${(perSecond / 1e6).toFixed(1)}M`;
    if (perSecond >= 1e3)
        return `${(perSecond / 1e3).toFixed(1)}k`;
    return perSecond.toFixed(0);
}
/**
 * One line on stderr, redrawn in place: `eval-gate: reading out/preds.csv: 120.5 of 293.0 MB (41%), 3.2M rows/s`.
 * It appears once reading has lasted QUIET_MS and is cleared when reading ends.
 */
class TerminalProgress {
    write;
    now;
    began;
    file = '';
    size = 0;
    bytes = 0;
    records = 0;
    fileBegan = 0;
    drawnAt;
    constructor(write, now) {
        this.write = write;
        this.now = now;
    }
    start(file, size) {
        const now = this.now();
        this.began ??= now;
        this.file = printable(file);
        this.size = size;
        this.bytes = 0;
        this.records = 0;
        this.fileBegan = now;
    }
    advance(bytes, records) {
        this.bytes += bytes;
        this.records += records;
        const now = this.now();
        if (this.began === undefined || now - this.began < QUIET_MS)
            return;
        if (this.drawnAt !== undefined && now - this.drawnAt < REDRAW_MS)
            return;
        this.drawnAt = now;
        this.write(`\r${this.line(now)}\u001b[K`);
    }
    finish() {
        if (this.drawnAt !== undefined)
            this.write('\r\u001b[K');
        this.drawnAt = undefined;
        this.began = undefined;
    }
    line(now) {
        const read = this.size > 0 ? `${megabytes(this.bytes)} of ${megabytes(this.size)} MB` : `${megabytes(this.bytes)} MB`;
        const share = this.size > 0 ? ` (${Math.min(100, Math.floor((100 * this.bytes) / this.size))}%)` : '';
        return `eval-gate: reading ${this.file}: ${read}${share}, ${rate(this.records, now - this.fileBegan)} rows/s`;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** eval-gate's version, recorded in every baseline entry it writes. A test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
exports.IP = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
