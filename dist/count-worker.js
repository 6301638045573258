import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fT: () => (/* binding */ countFileBytes),
  v2: () => (/* binding */ readFileRecords),
  on: () => (/* binding */ readPart),
  wX: () => (/* binding */ takeParts)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * A problem with the user's files or settings. Its message is complete and actionable on its own, so it is shown
 * as is — never with a stack trace.
 */
class errors_InputError extends Error {
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

;// CONCATENATED MODULE: ./src/core/labels.ts

/**
 * Turns one JSON value into the label string it stands for. Labels are compared as strings, so JSON `1` and `1.0`
 * are the same label `"1"` (JavaScript prints the shortest round-trip form), and `true` is `"true"`.
 */
function labelFromJson(value, where) {
    switch (typeof value) {
        case 'string':
            if (value === '')
                throw new errors_InputError('value is empty', where);
            return value;
        case 'number':
            if (!Number.isFinite(value))
                throw new errors_InputError(`value ${value} is not a finite number`, where);
            return String(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'undefined':
            throw new errors_InputError('is missing', where);
        default:
            if (value === null)
                throw new errors_InputError('is null', where);
            throw new errors_InputError(`must be a string, number or boolean, not ${Array.isArray(value) ? 'an array' : 'an object'}`, where);
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

;// CONCATENATED MODULE: ./src/core/confusion.ts


/**
 * Longest label, in characters, as for metric names: labels go into every table of the report, and ten labels of
 * 1 MB each cost 5.9 s, 1.18 GB and a 64 MB report.
 */
const MAX_LABEL_LENGTH = 1000;
/** A label past `MAX_LABEL_LENGTH`; thrown where labels are interned, which know no file, and located by readers. */
class LabelTooLongError extends errors_InputError {
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
        const labels = sortLabels(this.ids.labels);
        const order = labels.map((label) => this.ids.idOf(label));
        const counts = order.map((g) => order.map((p) => this.cell(g, p)));
        return { labels, counts, total: this.rows };
    }
    cell(gold, predicted) {
        return gold < this.size && predicted < this.size ? this.cells[gold * this.size + predicted] : 0;
    }
    grow(needed) {
        if (needed > this.maxLabels) {
            throw new errors_InputError(`has more than ${this.maxLabels} distinct labels (gold and predicted together), the most input "max-labels" allows; is the label or prediction column free text? Raise max-labels if the labels are right`, this.file === undefined ? {} : { file: this.file });
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

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
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
function bytes_checkRecordLength(held, limit, file, line) {
    const max = limit ?? MAX_RECORD_BYTES;
    if (held > max) {
        throw new errors_InputError(`the record starting here runs past ${describeBytes(max)} (the most one record may hold); is the file cut, or not one record per line?`, { file, line });
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
function bytes_stringsOf(onRecord) {
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
function bytes_pushText(scanner) {
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

;// CONCATENATED MODULE: ./src/adapters/progress.ts
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
function delimited_createDelimitedParser(delimiter, options, onRecord) {
    return pushText(new DelimitedScanner(delimiter, options, stringsOf(onRecord)));
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
            throw new errors_InputError('file is empty', { file: this.file });
        if (this.records === 0)
            throw new errors_InputError('has a header but no data rows', { file: this.file, line: 2 });
        return this.records;
    }
    /** Stops at the incomplete record at `pos`, to go on when more bytes come, unless it is already too long. */
    wait(pos, end, line) {
        bytes_checkRecordLength(end - pos, this.maxRecordBytes, this.file, line);
        this.line = line;
        return pos;
    }
    /** Reads blank lines and the header at `pos`; returns where the next record begins, or -1 when incomplete. */
    readHeader(bytes, pos, end, final, line) {
        const newline = indexOfByte(bytes, LF, pos, end);
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
                throw new errors_InputError(`header names column ${JSON.stringify(name)} twice (columns ${first + 1} and ${index + 1}); column names must differ`, { file: this.file, line });
            }
            columnOf.set(name, index);
        });
        const columns = this.fields.map((name) => {
            const index = columnOf.get(name) ?? -1;
            if (index < 0) {
                throw new errors_InputError(`header has no column ${JSON.stringify(name)}; columns are ${names.map((f) => JSON.stringify(f)).join(', ')}`, { file: this.file, line });
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
        throw new errors_InputError(`expected ${this.header.width} fields as in the header, found ${found}`, {
            file: this.file,
            line,
        });
    }
    strayQuote(index, line) {
        throw new errors_InputError(`field ${index + 1} has a quote that neither opens nor closes it (as in 5"3 or "a"b); quote the whole field and double the quotes inside it: "5""3"`, { file: this.file, line });
    }
    empty(k, line) {
        throw new errors_InputError('value is empty', { file: this.file, line, field: this.fields[k] });
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
                    const close = indexOfByte(bytes, QUOTE, pos, end);
                    if (close < 0 || close === end - 1) {
                        if (!final)
                            return undefined;
                        if (close < 0)
                            throw new errors_InputError(`unterminated quote (opened on line ${opened})`, {
                                file: this.file,
                                line: opened,
                            });
                    }
                    for (let i = indexOfByte(bytes, LF, pos, close); i >= 0; i = indexOfByte(bytes, LF, i + 1, close))
                        newlines++;
                    field += decodeUtf8(bytes, pos, close);
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
            field += decodeUtf8(bytes, pos, tailEnd);
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

;// CONCATENATED MODULE: ./src/core/metrics-files/json.ts


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
const MAX_JSON_STRING = MAX_RECORD_BYTES;
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
            throw new errors_InputError('is empty: expected a JSON document', { file: this.file });
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
                throw new errors_InputError(`nests deeper than ${MAX_JSON_DEPTH} levels`, {
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
                throw new errors_InputError('the key is given twice in one object', {
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
        throw new errors_InputError(`${prefix}${problem} at column ${offset - lineStart + 1}`, {
            file: this.file,
            line,
        });
    }
}

;// CONCATENATED MODULE: ./src/core/readers/fields.ts



/**
 * Refuses a record whose JSON text, already read by `JSON.parse`, gives a key twice in one object: `JSON.parse`
 * keeps the last, other readers the first, so the record would mean two things (the metrics-file parser refuses
 * it too, and says so here).
 */
function fields_refuseRepeatedKeys(text, where) {
    parseLenientJson(text, where.file, { line: where.line, root: where.jsonPath });
}
/** Takes the requested fields of one parsed JSON record, as label strings. */
function fields_pickFields(record, fields, where) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new errors_InputError(
        // The kind of value only: the line itself is the file's content, not for the log.
        `expected a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}`, where);
    }
    const object = record;
    return fields.map((field) => labelFromJson(object[field], { ...where, field }));
}

;// CONCATENATED MODULE: ./src/core/readers/json-array.ts




/**
 * A JSON array of objects, read element by element: a small scanner finds where each top-level element ends
 * (tracking strings and nesting), and only that element is handed to `JSON.parse`, so a large array is never held
 * whole in memory.
 */
function json_array_createJsonArrayParser(options, onRecord) {
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
        throw new InputError(problem, { file, line: at });
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
            fail(`invalid JSON in element ${index} (${jsonSyntaxProblem(error)})`, elementLine);
        }
        const jsonPath = `$[${index}]`;
        refuseRepeatedKeys(text, { file, line: elementLine, jsonPath });
        onRecord(pickFields(record, fields, { file, line: elementLine, jsonPath }), elementLine);
        index++;
    }
    return {
        push(chunk) {
            const text = pending + chunk;
            const keepFrom = scan(text);
            pending = text.slice(keepFrom);
            scanned -= keepFrom;
            // (In UTF-16 units, which are never more than the UTF-8 bytes.)
            checkRecordLength(pending.length, options.maxRecordBytes, file, elementLine);
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

;// CONCATENATED MODULE: ./src/core/json-syntax.ts
/**
 * What `JSON.parse` found wrong, without the excerpt of the text V8 quotes in its message (`Unexpected token 'x',
 * "…" is not valid JSON`): an error names the file, line and position, and never echoes the file's contents, which
 * may not be the user's to see (a pull request's file, a link's target). Plain string search: the message holds
 * untrusted text.
 */
function json_syntax_jsonSyntaxProblem(error) {
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

;// CONCATENATED MODULE: ./src/core/readers/jsonl.ts




const jsonl_LF = 10;
/** JSON Lines: one JSON object per line; blank lines are allowed. */
function jsonl_createJsonLinesParser(options, onRecord) {
    return pushText(new JsonLinesScanner(options, stringsOf(onRecord)));
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
                bytes_checkRecordLength(end - pos, this.maxRecordBytes, this.file, this.line);
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
            throw new errors_InputError('file is empty: no JSON lines found', { file: this.file });
        return this.records;
    }
    /** A line the fast reader gave up on: `JSON.parse`, then the shared rules for the requested fields. */
    slow(bytes, start, end) {
        const text = decodeUtf8(bytes, start, end);
        if (text.trim() === '')
            return;
        let record;
        try {
            record = JSON.parse(text);
        }
        catch (error) {
            throw new errors_InputError(`invalid JSON (${json_syntax_jsonSyntaxProblem(error)})`, { file: this.file, line: this.line });
        }
        fields_refuseRepeatedKeys(text, { file: this.file, line: this.line });
        const texts = this.slots.texts;
        fields_pickFields(record, this.fields, { file: this.file, line: this.line }).forEach((value, k) => (texts[k] = value));
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
                        const value = Number(decodeUtf8(b, valueStart, at));
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
        throw new InputError(`cannot tell the format from the extension; use one of ${Object.keys(EXTENSIONS).join(', ')}`, {
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
    const fd = (0,external_node_fs_namespaceObject.openSync)(absolute, 'r');
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const size = info.size;
        progressStart(shown, size);
        const { maxRecordBytes } = options;
        const options_ = { file: shown, fields, maxRecordBytes };
        const scanner = createScanner(format, options_, countInto(counter));
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
                        progressAdvance(result.end - result.from, result.records);
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
                const redo = createScanner(format, options_, countInto(counter), {
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
    const fd = (0,external_node_fs_namespaceObject.openSync)(absolute, 'r');
    try {
        const scanner = createScanner(format, { file: shown, fields }, bytes_stringsOf(onRecord));
        const reader = new RangeReader(fd, shown, scanner, 0, CHUNK, format !== 'jsonl');
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        progressStart(shown, info.size);
        if (!info.isFile())
            reader.sequential = true;
        reader.read(Infinity);
        return scanner.finish();
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
            throw locateLabelError(error, { file: counter.file, line });
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
    utf8 = new Utf8Checker();
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
        progressAdvance(this.position - from, this.scanner.records - records);
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
        const read = (0,external_node_fs_namespaceObject.readSync)(this.fd, this.buffer, this.used, length, this.sequential ? null : this.next);
        const first = this.next === 0;
        this.next += read;
        if (read === 0) {
            this.ended = true;
            if (!this.utf8.end())
                throw new errors_InputError('is not valid UTF-8 text', { file: this.shown });
            return;
        }
        if (!this.utf8.check(this.buffer, this.used, this.used + read)) {
            throw new errors_InputError('is not valid UTF-8 text', { file: this.shown });
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
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, window, 0, window.length, at);
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
    return { ok: false, problem: error.message, input: error instanceof errors_InputError };
}
/** Reads one part of a file, in whatever thread. */
function readPart(job, thread = 0) {
    const counter = new ConfusionCounter(job.maxLabels);
    counter.file = job.shown;
    const fd = (0,external_node_fs_namespaceObject.openSync)(job.absolute, 'r');
    try {
        const { shown: file, fields, maxRecordBytes } = job;
        const scanner = createScanner(job.format, { file, fields, maxRecordBytes }, countInto(counter), {
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
    return (0,external_node_fs_namespaceObject.existsSync)(small) ? small : self;
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

var __webpack_exports__countFileBytes = __webpack_exports__.fT;
var __webpack_exports__readFileRecords = __webpack_exports__.v2;
var __webpack_exports__readPart = __webpack_exports__.on;
var __webpack_exports__takeParts = __webpack_exports__.wX;
export { __webpack_exports__countFileBytes as countFileBytes, __webpack_exports__readFileRecords as readFileRecords, __webpack_exports__readPart as readPart, __webpack_exports__takeParts as takeParts };
