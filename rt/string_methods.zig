// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! String.prototype methods and String.fromCharCode/fromCodePoint with
//! JS's exact semantics on UTF-16 code units.
//!
//! Calling convention (the compiler wires TypeScript calls to these):
//! - The receiver and string arguments are `*const Str`; results are new
//!   or shared strings (JS strings are immutable, so a method may return
//!   its receiver or a static string).
//! - Number arguments are doubles after ToNumber; each function applies
//!   ToIntegerOrInfinity / clamping itself, exactly as the spec does.
//! - Absent optional arguments: pass the double that `undefined` becomes
//!   in that position. That is 0 for positions (indexOf, includes,
//!   startsWith, at, charAt, charCodeAt, codePointAt), NaN for
//!   lastIndexOf's position (= +Infinity after ToNumber), +Infinity for an
//!   end/length (slice, substring, substr, endsWith: Infinity clamps to the
//!   length, exactly what undefined means there), and 4294967295 for
//!   split's limit. A string argument that may be absent is a nullable
//!   pointer (split's separator, padStart/padEnd's fill).
//! - A result that may be `undefined` is a null pointer (at, indexing) or
//!   NaN (codePointAt, which never returns NaN otherwise).
//! - Errors are uncaught RangeErrors: "Uncaught RangeError: <message>" on
//!   stderr, exit status 1 (see tsx_throw_range_error).

const std = @import("std");
const string = @import("string.zig");
const Str = string.Str;
const heap = @import("heap.zig");
const object = @import("object.zig");
const number = @import("number.zig");
const number_format = @import("number_format.zig");
const number_parse = @import("number_parse.zig");
const unicode_case = @import("unicode_case.zig");
const collation = @import("unicode_collation_tables.zig");
const fatal = @import("panic.zig");
const console = @import("console.zig");

const nan = std.math.nan(f64);
const inf = std.math.inf(f64);

// ---------------------------------------------------------------- errors

/// Throws (uncaught) `RangeError: <msg>`: prints "Uncaught RangeError:
/// <msg>" to stderr after flushing stdout, exits with status 1.
export fn tsx_throw_range_error(msg: *const Str) callconv(.C) noreturn {
    var buf: [256]u8 = undefined;
    const u = msg.units();
    var n: usize = 0;
    var ascii = true;
    for (u) |c| {
        if (c >= 0x80 or n == buf.len) {
            ascii = false;
            break;
        }
        buf[n] = @intCast(c);
        n += 1;
    }
    if (ascii) fatal.rangeError(buf[0..n]);
    // Non-ASCII messages are rare; write them unit by unit.
    var l = console.Line.begin(2);
    l.ascii("Uncaught RangeError: ");
    l.units(u);
    l.end();
    console.flush();
    @import("platform.zig").exit(fatal.status_uncaught);
}

/// Throws (catchably) a RangeError whose message ends in String(x).
fn rangeErrorNum(comptime prefix: []const u8, x: f64) void {
    var buf: [prefix.len + number_format.max_len]u8 = undefined;
    @memcpy(buf[0..prefix.len], prefix);
    var nb: [number_format.max_len]u8 = undefined;
    const s = number_format.format(&nb, x);
    @memcpy(buf[prefix.len..][0..s.len], s);
    @import("throw.zig").rangeError(buf[0 .. prefix.len + s.len]);
}

// ---------------------------------------------------------------- shared strings

const empty = string.literal("");

const UnitStr = extern struct { hdr: Str, data: [4]u16 };
/// One-unit strings for U+0000..U+00FF, shared (static, like literals).
const unit_strs: [256]UnitStr = blk: {
    var a: [256]UnitStr = undefined;
    for (0..256) |c| a[c] = .{ .hdr = .{ .gc = string.GC_STATIC, .len = 1 }, .data = .{ @intCast(c), 0, 0, 0 } };
    break :blk a;
};

fn unitString(c: u16) *Str {
    if (c < 256) return @constCast(&unit_strs[c].hdr);
    const s = string.alloc(1);
    s.unitsMut()[0] = c;
    return s;
}

fn fromUnits(u: []const u16) *Str {
    if (u.len == 0) return @constCast(empty);
    if (u.len == 1) return unitString(u[0]);
    const s = string.alloc(u.len);
    @memcpy(s.unitsMut(), u);
    return s;
}

/// s[from..to] (shares s when that is all of it).
fn substr(s: *const Str, from: usize, to: usize) *Str {
    if (from == 0 and to == s.len) return @constCast(s);
    return fromUnits(s.units()[from..to]);
}

// ---------------------------------------------------------------- number helpers

fn toInteger(x: f64) f64 {
    if (std.math.isNan(x)) return 0;
    return @trunc(x);
}

/// ToIntegerOrInfinity(x) clamped to [0, len].
fn clampPos(x: f64, len: usize) usize {
    const i = toInteger(x);
    if (i <= 0) return 0;
    const l: f64 = @floatFromInt(len);
    if (i >= l) return len;
    return @intFromFloat(i);
}

/// A relative index (negative counts from the end) clamped to [0, len],
/// as slice and substr take their start.
fn relPos(x: f64, len: usize) usize {
    const i = toInteger(x);
    const l: f64 = @floatFromInt(len);
    if (i < 0) return if (l + i <= 0) 0 else @intFromFloat(l + i);
    if (i >= l) return len;
    return @intFromFloat(i);
}

fn toUint32(x: f64) u32 {
    return @bitCast(number.toInt32(x));
}

// ---------------------------------------------------------------- search

/// StringIndexOf(s, search, from): first match at or after `from`, or null.
fn indexOf(s: []const u16, search: []const u16, from: usize) ?usize {
    if (search.len == 0) return if (from <= s.len) from else null;
    if (search.len > s.len) return null;
    const first = search[0];
    var i = from;
    const last = s.len - search.len;
    while (i <= last) : (i += 1) {
        if (s[i] != first) continue;
        if (std.mem.eql(u16, s[i..][0..search.len], search)) return i;
    }
    return null;
}

// ---------------------------------------------------------------- character access

/// s.charCodeAt(pos): NaN when out of range.
export fn tsx_str_char_code_at(s: *const Str, pos: f64) callconv(.C) f64 {
    // An index within the string, the common case: truncating it is
    // ToIntegerOrInfinity, without the libm trunc call (x86-64's baseline
    // has no roundsd), so that LTO can inline the whole fast path.
    if (pos >= 0 and pos < @as(f64, @floatFromInt(s.len))) return @floatFromInt(s.units()[@intFromFloat(pos)]);
    const p = toInteger(pos);
    if (p < 0 or p >= @as(f64, @floatFromInt(s.len))) return nan;
    return @floatFromInt(s.units()[@intFromFloat(p)]);
}

/// s.codePointAt(pos): NaN stands for undefined (out of range).
export fn tsx_str_code_point_at(s: *const Str, pos: f64) callconv(.C) f64 {
    const p = toInteger(pos);
    if (p < 0 or p >= @as(f64, @floatFromInt(s.len))) return nan;
    const u = s.units();
    const i: usize = @intFromFloat(p);
    const c = u[i];
    if (c >= 0xD800 and c <= 0xDBFF and i + 1 < u.len and u[i + 1] >= 0xDC00 and u[i + 1] <= 0xDFFF) {
        return @floatFromInt(0x10000 + ((@as(u32, c) - 0xD800) << 10) + (u[i + 1] - 0xDC00));
    }
    return @floatFromInt(c);
}

/// s.charAt(pos): "" when out of range.
export fn tsx_str_char_at(s: *const Str, pos: f64) callconv(.C) *Str {
    const p = toInteger(pos);
    if (p < 0 or p >= @as(f64, @floatFromInt(s.len))) return @constCast(empty);
    return unitString(s.units()[@intFromFloat(p)]);
}

/// s.at(index): null stands for undefined.
export fn tsx_str_at(s: *const Str, index: f64) callconv(.C) ?*Str {
    const rel = toInteger(index);
    const l: f64 = @floatFromInt(s.len);
    const k = if (rel >= 0) rel else l + rel;
    if (k < 0 or k >= l) return null;
    return unitString(s.units()[@intFromFloat(k)]);
}

/// s[i] for a number i: the unit at an integer index in range, else null
/// (undefined). s[-0] is s[0], as "-0" is not a key but ToString(-0) is "0".
export fn tsx_str_index(s: *const Str, i: f64) callconv(.C) ?*Str {
    if (!(i >= 0 and i < @as(f64, @floatFromInt(s.len)) and @trunc(i) == i)) return null;
    return unitString(s.units()[@intFromFloat(i)]);
}

// ---------------------------------------------------------------- indexOf family

/// s.indexOf(search, position).
export fn tsx_str_index_of(s: *const Str, search: *const Str, position: f64) callconv(.C) f64 {
    const from = clampPos(position, s.len);
    const r = indexOf(s.units(), search.units(), from) orelse return -1;
    return @floatFromInt(r);
}

/// s.lastIndexOf(search, position); pass NaN when position is absent.
export fn tsx_str_last_index_of(s: *const Str, search: *const Str, position: f64) callconv(.C) f64 {
    const from = if (std.math.isNan(position)) s.len else clampPos(position, s.len);
    const u = s.units();
    const w = search.units();
    if (w.len > u.len) return -1;
    var i = @min(from, u.len - w.len);
    while (true) {
        if (std.mem.eql(u16, u[i..][0..w.len], w)) return @floatFromInt(i);
        if (i == 0) return -1;
        i -= 1;
    }
}

/// s.includes(search, position).
export fn tsx_str_includes(s: *const Str, search: *const Str, position: f64) callconv(.C) bool {
    return indexOf(s.units(), search.units(), clampPos(position, s.len)) != null;
}

/// s.startsWith(search, position).
export fn tsx_str_starts_with(s: *const Str, search: *const Str, position: f64) callconv(.C) bool {
    const start = clampPos(position, s.len);
    const w = search.units();
    if (start + w.len > s.len) return false;
    return std.mem.eql(u16, s.units()[start..][0..w.len], w);
}

/// s.endsWith(search, endPosition); pass +Infinity when it is absent.
export fn tsx_str_ends_with(s: *const Str, search: *const Str, end_position: f64) callconv(.C) bool {
    const end = clampPos(end_position, s.len);
    const w = search.units();
    if (w.len > end) return false;
    return std.mem.eql(u16, s.units()[end - w.len .. end], w);
}

// ---------------------------------------------------------------- substrings

/// s.slice(start, end); pass +Infinity for an absent end.
export fn tsx_str_slice(s: *const Str, start: f64, end: f64) callconv(.C) *Str {
    const from = relPos(start, s.len);
    const to = relPos(end, s.len);
    if (from >= to) return @constCast(empty);
    return substr(s, from, to);
}

/// s.substring(start, end); pass +Infinity for an absent end.
export fn tsx_str_substring(s: *const Str, start: f64, end: f64) callconv(.C) *Str {
    const a = clampPos(start, s.len);
    const b = clampPos(end, s.len);
    return substr(s, @min(a, b), @max(a, b));
}

/// s.substr(start, length); pass +Infinity for an absent length.
export fn tsx_str_substr(s: *const Str, start: f64, length: f64) callconv(.C) *Str {
    const from = relPos(start, s.len);
    const n = toInteger(length);
    const room: f64 = @floatFromInt(s.len - from);
    if (n <= 0) return @constCast(empty);
    const to = from + @as(usize, if (n >= room) s.len - from else @intFromFloat(n));
    return substr(s, from, to);
}

// ---------------------------------------------------------------- split

/// A PTR_SLOTS object (ABI.md tag 3) of `n` zeroed slots.
fn allocSlots(n: usize) *object.Slots {
    const p = heap.allocObject(@sizeOf(object.Slots) + 8 * n, object.TAG_PTR_SLOTS);
    const slots: *object.Slots = @ptrCast(p);
    slots.cap = @intCast(n);
    return slots;
}

fn slotArray(o: *object.Slots) [*]?*Str {
    return @ptrFromInt(@intFromPtr(o) + @sizeOf(object.Slots));
}

/// s.split(separator, limit). Returns a PTR_SLOTS object (tag 3) whose
/// `cap` slots hold the resulting strings in order, and stores their count
/// (= cap) in `count_out`. `separator` null = undefined (the result is
/// [s]); pass 4294967295 for an absent limit (it is ToUint32'd).
export fn tsx_str_split(s: *const Str, separator: ?*const Str, limit: f64, count_out: *u32) callconv(.C) *object.Slots {
    const lim: usize = toUint32(limit);
    if (lim == 0) return finishSplit(allocSlots(0), count_out);
    const sep = separator orelse {
        const r = allocSlots(1);
        slotArray(r)[0] = @constCast(s);
        return finishSplit(r, count_out);
    };
    const u = s.units();
    const w = sep.units();
    if (w.len == 0) {
        const n = @min(lim, u.len);
        const r = allocSlots(n);
        const a = slotArray(r);
        for (0..n) |i| a[i] = unitString(s.units()[i]);
        std.mem.doNotOptimizeAway(r);
        return finishSplit(r, count_out);
    }
    if (u.len == 0) {
        const r = allocSlots(1);
        slotArray(r)[0] = @constCast(s);
        return finishSplit(r, count_out);
    }
    // Count the pieces first, then cut them.
    var n: usize = 1;
    var at: usize = 0;
    while (n < lim) {
        const q = indexOf(u, w, at) orelse break;
        n += 1;
        at = q + w.len;
    }
    const r = allocSlots(n);
    const a = slotArray(r);
    at = 0;
    for (0..n) |i| {
        // Every piece but a last one cut short by the limit ends at a separator.
        const end = indexOf(s.units(), sep.units(), at) orelse s.len;
        a[i] = substr(s, at, end);
        at = end + w.len;
    }
    // `a` points inside r; keep r itself visible to the conservative stack
    // scan until every piece is stored.
    std.mem.doNotOptimizeAway(r);
    return finishSplit(r, count_out);
}

fn finishSplit(r: *object.Slots, count_out: *u32) *object.Slots {
    count_out.* = r.cap;
    return r;
}

// ---------------------------------------------------------------- building

/// a.concat(b) for any number of arguments: parts[0..n] joined.
export fn tsx_str_concat_n(parts: [*]const *const Str, n: usize) callconv(.C) *Str {
    var total: usize = 0;
    var only: ?*const Str = null;
    var nonempty: usize = 0;
    for (parts[0..n]) |p| {
        total += p.len;
        if (p.len != 0) {
            nonempty += 1;
            only = p;
        }
    }
    if (nonempty == 0) return @constCast(empty);
    if (nonempty == 1) return @constCast(only.?);
    if (total > string.max_len) fatal.rangeError("Invalid string length");
    const r = string.alloc(total);
    const d = r.unitsMut();
    var o: usize = 0;
    for (parts[0..n]) |p| {
        @memcpy(d[o..][0..p.len], p.units());
        o += p.len;
    }
    return r;
}

/// s.repeat(count): RangeError "Invalid count value: <count>" for a
/// negative or infinite count, "Invalid string length" when too long.
export fn tsx_str_repeat(s: *const Str, count: f64) callconv(.C) *Str {
    const n = toInteger(count);
    if (n < 0 or n == inf) {
        rangeErrorNum("Invalid count value: ", count);
        return @constCast(empty);
    }
    if (n == 0 or s.len == 0) return @constCast(empty);
    if (n * @as(f64, @floatFromInt(s.len)) > string.max_len) fatal.rangeError("Invalid string length");
    const k: usize = @intFromFloat(n);
    if (k == 1) return @constCast(s);
    const r = string.alloc(k * s.len);
    const d = r.unitsMut();
    const u = s.units();
    @memcpy(d[0..u.len], u);
    // Doubling copies.
    var filled = u.len;
    while (filled < d.len) {
        const c = @min(filled, d.len - filled);
        @memcpy(d[filled..][0..c], d[0..c]);
        filled += c;
    }
    return r;
}

fn pad(s: *const Str, max_length: f64, fill: ?*const Str, comptime at_start: bool) *Str {
    // ToLength: NaN and negatives are 0.
    const target = toInteger(max_length);
    if (!(target > @as(f64, @floatFromInt(s.len)))) return @constCast(s);
    const f = if (fill) |p| p.units() else &[_]u16{' '};
    if (f.len == 0) return @constCast(s);
    if (target > string.max_len) fatal.rangeError("Invalid string length");
    const total: usize = @intFromFloat(target);
    const r = string.alloc(total);
    const d = r.unitsMut();
    const fill_len = total - s.len;
    const fill_at: usize = if (at_start) 0 else s.len;
    const str_at: usize = if (at_start) fill_len else 0;
    @memcpy(d[str_at..][0..s.len], s.units());
    const f2 = if (fill) |p| p.units() else &[_]u16{' '};
    for (0..fill_len) |i| d[fill_at + i] = f2[i % f2.len];
    return r;
}

/// s.padStart(maxLength, fill); fill null = " ".
export fn tsx_str_pad_start(s: *const Str, max_length: f64, fill: ?*const Str) callconv(.C) *Str {
    return pad(s, max_length, fill, true);
}

/// s.padEnd(maxLength, fill); fill null = " ".
export fn tsx_str_pad_end(s: *const Str, max_length: f64, fill: ?*const Str) callconv(.C) *Str {
    return pad(s, max_length, fill, false);
}

fn trim(s: *const Str, comptime start: bool, comptime end: bool) *Str {
    const u = s.units();
    var a: usize = 0;
    var b: usize = u.len;
    if (start) {
        while (a < b and number_parse.isSpace(u[a])) a += 1;
    }
    if (end) {
        while (b > a and number_parse.isSpace(u[b - 1])) b -= 1;
    }
    return substr(s, a, b);
}

/// s.trim(): removes WhiteSpace and LineTerminator (incl. U+FEFF).
export fn tsx_str_trim(s: *const Str) callconv(.C) *Str {
    return trim(s, true, true);
}
export fn tsx_str_trim_start(s: *const Str) callconv(.C) *Str {
    return trim(s, true, false);
}
export fn tsx_str_trim_end(s: *const Str) callconv(.C) *Str {
    return trim(s, false, true);
}

fn changeCase(s: *const Str, comptime upper: bool) *Str {
    if (unicode_case.isUnchanged(s.units(), upper)) return @constCast(s);
    const n = unicode_case.convertedLen(s.units(), upper);
    const r = string.alloc(n);
    unicode_case.convert(s.units(), r.unitsMut(), upper);
    return r;
}

/// s.toUpperCase(): full case mapping (ICU root locale, as Node).
export fn tsx_str_to_upper_case(s: *const Str) callconv(.C) *Str {
    return changeCase(s, true);
}

/// s.toLowerCase(): full case mapping with the Final_Sigma rule.
export fn tsx_str_to_lower_case(s: *const Str) callconv(.C) *Str {
    return changeCase(s, false);
}

// ---------------------------------------------------------------- replace

/// GetSubstitution for a string pattern (no captures): $$, $&, $`, $'
/// are replaced; everything else (including $1 and $<) is literal.
/// Writes into `out` when given; returns the length.
fn substitution(out: ?[]u16, str: []const u16, pos: usize, matched: usize, repl: []const u16) usize {
    var n: usize = 0;
    var i: usize = 0;
    while (i < repl.len) {
        var piece: []const u16 = repl[i..][0..1];
        var step: usize = 1;
        if (repl[i] == '$' and i + 1 < repl.len) {
            switch (repl[i + 1]) {
                '$' => {
                    piece = repl[i..][0..1];
                    step = 2;
                },
                '&' => {
                    piece = str[pos..][0..matched];
                    step = 2;
                },
                '`' => {
                    piece = str[0..pos];
                    step = 2;
                },
                '\'' => {
                    piece = str[@min(pos + matched, str.len)..];
                    step = 2;
                },
                else => {},
            }
        }
        if (out) |o| @memcpy(o[n..][0..piece.len], piece);
        n += piece.len;
        i += step;
    }
    return n;
}

fn hasDollar(u: []const u16) bool {
    return std.mem.indexOfScalar(u16, u, '$') != null;
}

fn replaceImpl(s: *const Str, pattern: *const Str, replacement: *const Str, comptime all: bool) *Str {
    const u = s.units();
    const w = pattern.units();
    const rp = replacement.units();
    const first = indexOf(u, w, 0) orelse return @constCast(s);
    const advance = @max(w.len, 1);
    const dollar = hasDollar(rp);
    // Pass 1: the result's length.
    var total: usize = 0;
    var end_last: usize = 0;
    var p: ?usize = first;
    while (p) |q| {
        total += q - end_last;
        total += if (dollar) substitution(null, u, q, w.len, rp) else rp.len;
        end_last = q + w.len;
        if (!all) break;
        p = indexOf(u, w, q + advance);
    }
    total += u.len - end_last;
    if (total > string.max_len) fatal.rangeError("Invalid string length");
    const r = string.alloc(total);
    // Pass 2 (units fetched again: the allocation may have collected).
    const su = s.units();
    const d = r.unitsMut();
    var o: usize = 0;
    end_last = 0;
    p = first;
    while (p) |q| {
        @memcpy(d[o..][0 .. q - end_last], su[end_last..q]);
        o += q - end_last;
        if (dollar) {
            o += substitution(d[o..], su, q, w.len, replacement.units());
        } else {
            @memcpy(d[o..][0..rp.len], replacement.units());
            o += rp.len;
        }
        end_last = q + w.len;
        if (!all) break;
        p = indexOf(su, pattern.units(), q + advance);
    }
    @memcpy(d[o..], su[end_last..]);
    return r;
}

/// s.replace(pattern, replacement) with a string pattern and replacement.
export fn tsx_str_replace(s: *const Str, pattern: *const Str, replacement: *const Str) callconv(.C) *Str {
    return replaceImpl(s, pattern, replacement, false);
}

/// s.replaceAll(pattern, replacement) with a string pattern and replacement.
export fn tsx_str_replace_all(s: *const Str, pattern: *const Str, replacement: *const Str) callconv(.C) *Str {
    return replaceImpl(s, pattern, replacement, true);
}

// ---------------------------------------------------------------- comparison, hashing

/// a.localeCompare(b): -1, 0 or 1. When both strings are ASCII this is
/// exactly Node's answer (ICU root collation: punctuation < digits <
/// letters, case-insensitive first and lowercase before uppercase on a
/// tie, control characters ignored; weights in unicode_collation_tables.zig).
/// Any non-ASCII unit falls back to plain code-unit order, which differs
/// from Node (e.g. Node puts "é" between "e" and "f", we put it after "z").
export fn tsx_str_locale_compare(a: *const Str, b: *const Str) callconv(.C) f64 {
    return @floatFromInt(localeCompare(a.units(), b.units()));
}

fn isAscii(u: []const u16) bool {
    for (u) |c| if (c >= 0x80) return false;
    return true;
}

pub fn localeCompare(x: []const u16, y: []const u16) i32 {
    if (!isAscii(x) or !isAscii(y)) {
        return if (std.mem.order(u16, x, y) == .lt) -1 else if (std.mem.eql(u16, x, y)) 0 else 1;
    }
    const P = collation.primary;
    const T = collation.tertiary;
    var i: usize = 0;
    var j: usize = 0;
    var tertiary: i32 = 0;
    while (true) {
        while (i < x.len and P[x[i]] == 0) i += 1;
        while (j < y.len and P[y[j]] == 0) j += 1;
        if (i == x.len or j == y.len) {
            if (i == x.len and j == y.len) return tertiary;
            return if (i == x.len) -1 else 1;
        }
        const p = P[x[i]];
        const q = P[y[j]];
        if (p != q) return if (p < q) -1 else 1;
        if (tertiary == 0 and T[x[i]] != T[y[j]]) tertiary = if (T[x[i]] < T[y[j]]) -1 else 1;
        i += 1;
        j += 1;
    }
}

/// The string's hash: 32-bit FNV-1a over its code units (each unit as one
/// 16-bit step: h = (h ^ unit) * 16777619), with 0 remapped to 1 since 0
/// marks "not computed". Cached in Str.hash for heap strings; static
/// strings (gc bit 0) are never written, so the compiler may emit literals
/// with the hash precomputed by this same function, or with 0.
export fn tsx_str_hash(s: *const Str) callconv(.C) u32 {
    if (s.hash != 0) return s.hash;
    const h = hashUnits(s.units());
    if (s.gc & string.GC_STATIC == 0) @constCast(s).hash = h;
    return h;
}

pub fn hashUnits(u: []const u16) u32 {
    var h: u32 = 2166136261;
    for (u) |c| {
        h ^= c;
        h *%= 16777619;
    }
    return if (h == 0) 1 else h;
}

// ---------------------------------------------------------------- String.fromCharCode / fromCodePoint

/// String.fromCharCode(...codes): each ToUint16.
export fn tsx_str_from_char_code(codes: [*]const f64, n: usize) callconv(.C) *Str {
    if (n == 1) return unitString(@truncate(toUint32(codes[0])));
    if (n == 0) return @constCast(empty);
    const r = string.alloc(n);
    for (r.unitsMut(), codes[0..n]) |*d, c| d.* = @truncate(toUint32(c));
    return r;
}

/// String.fromCharCode(code), the common one-argument form.
export fn tsx_str_from_char_code1(code: f64) callconv(.C) *Str {
    return unitString(@truncate(toUint32(code)));
}

fn validCodePoint(x: f64) bool {
    return x >= 0 and x <= 0x10FFFF and @trunc(x) == x;
}

fn codePoint(x: f64) u21 {
    return @intFromFloat(x);
}

/// String.fromCodePoint(...points): RangeError "Invalid code point <x>"
/// unless each is an integer in [0, 0x10FFFF].
export fn tsx_str_from_code_point(points: [*]const f64, n: usize) callconv(.C) *Str {
    for (points[0..n]) |x| if (!validCodePoint(x)) {
        rangeErrorNum("Invalid code point ", x);
        return @constCast(empty);
    };
    var len: usize = 0;
    for (points[0..n]) |x| len += if (codePoint(x) >= 0x10000) @as(usize, 2) else 1;
    if (len == 1) return unitString(@intCast(codePoint(points[0])));
    if (len == 0) return @constCast(empty);
    const r = string.alloc(len);
    const d = r.unitsMut();
    var o: usize = 0;
    for (points[0..n]) |x| {
        const cp = codePoint(x);
        if (cp >= 0x10000) {
            d[o] = @intCast(0xD800 + ((cp - 0x10000) >> 10));
            d[o + 1] = @intCast(0xDC00 + ((cp - 0x10000) & 0x3FF));
            o += 2;
        } else {
            d[o] = @intCast(cp);
            o += 1;
        }
    }
    return r;
}

// ---------------------------------------------------------------- tests

const testing = std.testing;

fn lit(comptime s: []const u8) *const Str {
    return string.literal(s);
}

fn expectStr(expected: []const u8, got: *const Str) !void {
    var buf: [512]u16 = undefined;
    for (expected, 0..) |c, i| buf[i] = c;
    try testing.expectEqualSlices(u16, buf[0..expected.len], got.units());
}

test "basic methods" {
    try expectStr("bc", tsx_str_slice(lit("abcd"), 1, -1));
    try expectStr("", tsx_str_slice(lit("abcd"), 3, 1));
    try expectStr("abcd", tsx_str_slice(lit("abcd"), -10, inf));
    try expectStr("bc", tsx_str_substring(lit("abcd"), 3, 1));
    try expectStr("cd", tsx_str_substr(lit("abcd"), -2, inf));
    try expectStr("", tsx_str_substr(lit("abcd"), 1, -1));
    try testing.expectEqual(@as(f64, 2), tsx_str_index_of(lit("abcabc"), lit("c"), 0));
    try testing.expectEqual(@as(f64, 5), tsx_str_last_index_of(lit("abcabc"), lit("c"), nan));
    try testing.expectEqual(@as(f64, 3), tsx_str_index_of(lit("abc"), lit(""), 10));
    try testing.expect(tsx_str_ends_with(lit("abc"), lit("ab"), 2));
    try expectStr("xxabc", tsx_str_pad_start(lit("abc"), 5, lit("x")));
    try expectStr("abc  ", tsx_str_pad_end(lit("abc"), 5, null));
    try expectStr("ababab", tsx_str_repeat(lit("ab"), 3));
    try expectStr("a-$-b", tsx_str_replace(lit("a.b"), lit("."), lit("-$$-")));
    try expectStr("a[.]b[.]", tsx_str_replace_all(lit("a.b."), lit("."), lit("[$&]")));
    try expectStr("xaxbx", tsx_str_replace_all(lit("ab"), lit(""), lit("x")));
    try expectStr("ABC", tsx_str_to_upper_case(lit("abc")));
    try testing.expect(tsx_str_at(lit("abc"), 3) == null);
    try expectStr("c", tsx_str_at(lit("abc"), -1).?);
    var n: u32 = 0;
    const parts = tsx_str_split(lit("a,b,,c"), lit(","), 4294967295, &n);
    try testing.expectEqual(@as(u32, 4), n);
    try testing.expectEqual(@as(u32, 3), parts.hdr.tag);
    try expectStr("", slotArray(parts)[2].?);
    try expectStr("c", slotArray(parts)[3].?);
    _ = tsx_str_split(lit("a,b,,c"), lit(","), 2, &n);
    try testing.expectEqual(@as(u32, 2), n);
    try testing.expect(tsx_str_hash(lit("abc")) == hashUnits(lit("abc").units()));
}

fn mk(units: []const u16) *Str {
    const s = string.alloc(units.len);
    @memcpy(s.unitsMut(), units);
    return s;
}

fn parseNum(t: []const u8) !f64 {
    return @bitCast(try std.fmt.parseInt(u64, t, 16));
}

fn fmtStr(buf: []u8, s: ?*const Str) []const u8 {
    const v = s orelse return "undefined";
    var n: usize = 0;
    buf[0] = '"';
    n = 1;
    for (v.units()) |c| {
        if (c >= 0x20 and c < 0x7f and c != '"' and c != '\\') {
            buf[n] = @intCast(c);
            n += 1;
        } else {
            _ = std.fmt.bufPrint(buf[n..], "\\u{x:0>4}", .{c}) catch unreachable;
            n += 6;
        }
    }
    buf[n] = '"';
    return buf[0 .. n + 1];
}

fn fmtNum(buf: []u8, x: f64) []const u8 {
    const bits: u64 = if (std.math.isNan(x)) 0x7ff8000000000000 else @bitCast(x);
    return std.fmt.bufPrint(buf, "{x:0>16}", .{bits}) catch unreachable;
}

// Node's results for the methods on thousands of generated strings;
// generated by tests/rt/gen_string_cases.mjs. One case a line, fields
// tab-separated: method name, receiver, arguments, result. Strings are
// quoted ("..." with \uXXXX escapes), numbers are 16 hex digits of their
// bits, booleans true/false, undefined as `undefined`, arrays as the
// quoted strings joined by `|` in brackets.
test "matches node" {
    const data = @embedFile("testdata/string_cases.txt");
    var lines = std.mem.splitScalar(u8, data, '\n');
    var count: usize = 0;
    var failures: usize = 0;
    var arena_buf: [1 << 16]u16 = undefined;
    var out_buf: [1 << 17]u8 = undefined;
    while (lines.next()) |line| {
        if (line.len == 0) continue;
        var f = std.mem.splitScalar(u8, line, '\t');
        const op = f.next().?;
        var fields: [5][]const u8 = undefined;
        var nf: usize = 0;
        while (f.next()) |x| {
            fields[nf] = x;
            nf += 1;
        }
        const want = fields[nf - 1];
        const args = fields[0 .. nf - 1];
        // Decode the string fields into heap strings.
        var strs: [4]?*Str = .{ null, null, null, null };
        var used: usize = 0;
        for (args, 0..) |a, i| {
            if (a.len >= 2 and a[0] == '"') {
                const u = @import("testdata_text.zig").unescape(arena_buf[used..], a[1 .. a.len - 1]);
                used += u.len;
                strs[i] = mk(u);
            }
        }
        const S = strs[0] orelse @constCast(empty);
        var got: []const u8 = undefined;
        const eq = std.mem.eql;
        if (eq(u8, op, "charCodeAt")) {
            got = fmtNum(&out_buf, tsx_str_char_code_at(S, try parseNum(args[1])));
        } else if (eq(u8, op, "codePointAt")) {
            const r = tsx_str_code_point_at(S, try parseNum(args[1]));
            got = if (std.math.isNan(r)) "undefined" else fmtNum(&out_buf, r);
        } else if (eq(u8, op, "charAt")) {
            got = fmtStr(&out_buf, tsx_str_char_at(S, try parseNum(args[1])));
        } else if (eq(u8, op, "at")) {
            got = fmtStr(&out_buf, tsx_str_at(S, try parseNum(args[1])));
        } else if (eq(u8, op, "index")) {
            got = fmtStr(&out_buf, tsx_str_index(S, try parseNum(args[1])));
        } else if (eq(u8, op, "indexOf")) {
            got = fmtNum(&out_buf, tsx_str_index_of(S, strs[1].?, try parseNum(args[2])));
        } else if (eq(u8, op, "lastIndexOf")) {
            got = fmtNum(&out_buf, tsx_str_last_index_of(S, strs[1].?, try parseNum(args[2])));
        } else if (eq(u8, op, "includes")) {
            got = if (tsx_str_includes(S, strs[1].?, try parseNum(args[2]))) "true" else "false";
        } else if (eq(u8, op, "startsWith")) {
            got = if (tsx_str_starts_with(S, strs[1].?, try parseNum(args[2]))) "true" else "false";
        } else if (eq(u8, op, "endsWith")) {
            got = if (tsx_str_ends_with(S, strs[1].?, try parseNum(args[2]))) "true" else "false";
        } else if (eq(u8, op, "slice")) {
            got = fmtStr(&out_buf, tsx_str_slice(S, try parseNum(args[1]), try parseNum(args[2])));
        } else if (eq(u8, op, "substring")) {
            got = fmtStr(&out_buf, tsx_str_substring(S, try parseNum(args[1]), try parseNum(args[2])));
        } else if (eq(u8, op, "substr")) {
            got = fmtStr(&out_buf, tsx_str_substr(S, try parseNum(args[1]), try parseNum(args[2])));
        } else if (eq(u8, op, "split")) {
            var n: u32 = 0;
            const sep: ?*const Str = if (eq(u8, args[1], "undefined")) null else strs[1].?;
            const r = tsx_str_split(S, sep, try parseNum(args[2]), &n);
            var o: usize = 0;
            out_buf[0] = '[';
            o = 1;
            for (0..n) |i| {
                if (i > 0) {
                    out_buf[o] = '|';
                    o += 1;
                }
                var tmp: [8192]u8 = undefined;
                const piece = fmtStr(&tmp, slotArray(r)[i]);
                @memcpy(out_buf[o..][0..piece.len], piece);
                o += piece.len;
            }
            out_buf[o] = ']';
            got = out_buf[0 .. o + 1];
        } else if (eq(u8, op, "concat")) {
            const ps = [_]*const Str{ S, strs[1].?, strs[2].? };
            got = fmtStr(&out_buf, tsx_str_concat_n(&ps, 3));
        } else if (eq(u8, op, "repeat")) {
            got = fmtStr(&out_buf, tsx_str_repeat(S, try parseNum(args[1])));
        } else if (eq(u8, op, "padStart") or eq(u8, op, "padEnd")) {
            const fill: ?*const Str = if (eq(u8, args[2], "undefined")) null else strs[2].?;
            const r = if (op[3] == 'S') tsx_str_pad_start(S, try parseNum(args[1]), fill) else tsx_str_pad_end(S, try parseNum(args[1]), fill);
            got = fmtStr(&out_buf, r);
        } else if (eq(u8, op, "trim")) {
            got = fmtStr(&out_buf, tsx_str_trim(S));
        } else if (eq(u8, op, "trimStart")) {
            got = fmtStr(&out_buf, tsx_str_trim_start(S));
        } else if (eq(u8, op, "trimEnd")) {
            got = fmtStr(&out_buf, tsx_str_trim_end(S));
        } else if (eq(u8, op, "toUpperCase")) {
            got = fmtStr(&out_buf, tsx_str_to_upper_case(S));
        } else if (eq(u8, op, "toLowerCase")) {
            got = fmtStr(&out_buf, tsx_str_to_lower_case(S));
        } else if (eq(u8, op, "replace")) {
            got = fmtStr(&out_buf, tsx_str_replace(S, strs[1].?, strs[2].?));
        } else if (eq(u8, op, "replaceAll")) {
            got = fmtStr(&out_buf, tsx_str_replace_all(S, strs[1].?, strs[2].?));
        } else if (eq(u8, op, "localeCompare")) {
            got = fmtNum(&out_buf, tsx_str_locale_compare(S, strs[1].?));
        } else if (eq(u8, op, "fromCharCode")) {
            var codes: [4]f64 = undefined;
            for (args, 0..) |a, i| codes[i] = try parseNum(a);
            got = fmtStr(&out_buf, tsx_str_from_char_code(&codes, args.len));
        } else if (eq(u8, op, "fromCodePoint")) {
            var codes: [4]f64 = undefined;
            for (args, 0..) |a, i| codes[i] = try parseNum(a);
            got = fmtStr(&out_buf, tsx_str_from_code_point(&codes, args.len));
        } else {
            std.debug.print("unknown op {s}\n", .{op});
            return error.TestUnexpectedResult;
        }
        if (!std.mem.eql(u8, got, want)) {
            if (failures < 20) std.debug.print("{s} {s}: got {s}, node {s}\n", .{ op, line[op.len + 1 ..][0..@min(120, line.len - op.len - 1)], got[0..@min(got.len, 200)], want[0..@min(want.len, 200)] });
            failures += 1;
        }
        count += 1;
    }
    try testing.expectEqual(@as(usize, 0), failures);
    try testing.expect(count > 10000);
}
