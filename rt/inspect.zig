// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! util.inspect as console.log uses it (Node 20, lib/internal/util/inspect.js:
//! formatValue, formatRaw, formatProperty, groupArrayElements,
//! reduceToSingleString), with its defaults: depth 2, colors off, breakLength
//! 80, compact 3, maxArrayLength 100, maxStringLength 10000. Also
//! JSON.stringify (%j) and String(v) / Number(v) of objects for util.format.
//!
//! Objects are read through the compiler's type tables (rt/ABI.md: `tsx_types`
//! and the field tables `tsx_type_fields`): class instances, object literals,
//! arrays, closures and Errors.
//!
//! Known deviations from Node:
//! - Errors: Node prints `err.stack`, whose frames cannot match. tsxen prints
//!   the stack's first line only, `${name}: ${message}` (with Node's
//!   improveStack, e.g. `Foo [Error]: msg` for `class Foo extends Error`);
//!   nested in an object or array it is wrapped as `[${name}: ${message}]`.
//!   An Error with extra fields always breaks its `{ ... }` over lines (in
//!   Node the stack's line breaks force that).
//! - A function's own properties (`%o` shows `[length]`, `[name]`,
//!   `[prototype]`) are not shown; `%s` of a function shows `[Function: f]`
//!   where Node shows its source text. (Program `toString`/`valueOf`
//!   methods are called by `%s`/`%d`/`%i`/`%f` in console.zig, not here.)
//! - Display widths of non-ASCII text when grouping arrays use Node's non-ICU
//!   table (full width / zero width code points), not ICU.

const std = @import("std");
const builtin = @import("builtin");
const platform = @import("platform.zig");
const number_format = @import("number_format.zig");
const number_parse = @import("number_parse.zig");
const string = @import("string.zig");
const object = @import("object.zig");
const console = @import("console.zig");
const json_stringify = @import("json_stringify.zig");
const map = @import("map.zig");
const Value = @import("value.zig").Value;
const fatal = @import("panic.zig");
const Str = string.Str;
const TypeDesc = object.TypeDesc;
const typed_array = @import("typed_array.zig");

/// rt/ABI.md, "Field tables".
pub const FieldDesc = extern struct {
    name: *const Str,
    offset: u32,
    kind: u32,
};

pub const FieldTable = extern struct {
    fields: [*]const FieldDesc,
    count: u32,
    kind: u32,
};

pub const shape_class: u32 = 0;
pub const shape_literal: u32 = 1;
pub const shape_array: u32 = 2;
pub const shape_closure: u32 = 3;
pub const shape_error: u32 = 4;
pub const shape_internal: u32 = 5;
/// A Map object used as a dictionary (rt/record.zig): printed like an object literal.
pub const shape_record: u32 = 6;

pub const kind_number: u32 = 1;
pub const kind_boolean: u32 = 2;
pub const kind_string: u32 = 3;
pub const kind_ref: u32 = 4;
pub const kind_value: u32 = 5;
/// An optional member a literal lacked at creation (compiler/src/lower/optional.ts):
/// a Value that is a hole (tag undefined, bits `hole_bits`) until written; a
/// written one's `pad` word is its write sequence (it comes after the fields
/// present at creation, in the order they were first written).
pub const kind_optional: u32 = 6;
pub const hole_bits: u64 = 0xDEAD;

/// TypeDesc.flags bits (compiler/src/lower): used when there are no field tables.
const flag_callable: u32 = 1;
const flag_array: u32 = 2;
const flag_error: u32 = 4;
/// Typed arrays (element code in bits 8..15) and DataViews (rt/typed_array.zig).
const flag_typed_array: u32 = 0x10000;
const flag_dataview: u32 = 0x20000;
const flag_map: u32 = 8;
const flag_set: u32 = 16;

const value_tag_object: u32 = 5;

/// Under `zig test` there is no program: tests register field tables here
/// (and type descriptors in platform.fake.type_table).
pub var test_fields: []const FieldTable = &.{};

pub fn weakAddr(comptime T: type, comptime name: []const u8) usize {
    const p = @extern(*const T, .{ .name = name, .linkage = .weak });
    return asm (""
        : [ret] "=r" (-> usize),
        : [p] "0" (p),
    );
}

fn fieldTables() ?[*]const FieldTable {
    if (builtin.is_test) return if (test_fields.len == 0) null else test_fields.ptr;
    const p = weakAddr(FieldTable, "tsx_type_fields");
    return if (p == 0) null else @ptrFromInt(p);
}

pub const Options = struct {
    depth: u32 = 2,
    show_hidden: bool = false,
};

const break_length = 80;
const compact = 3;
const max_array_length = 100;
const max_string_length = 10000;
const min_line_length = 16;

// ---------------------------------------------------------------------------
// The output buffer: UTF-16, as JS measures lengths. It starts in an array on
// the caller's stack and moves to the heap when that is full; the Buf itself
// lives on the stack, so the collector sees the heap copy.

const first_buf_len = 256;

pub const Buf = struct {
    ptr: [*]u16,
    cap: usize,
    len: usize = 0,

    pub fn init(mem: []u16) Buf {
        return .{ .ptr = mem.ptr, .cap = mem.len };
    }

    fn ensure(b: *Buf, extra: usize) void {
        if (b.len + extra <= b.cap) return;
        var cap = b.cap * 2;
        while (cap < b.len + extra) cap *= 2;
        if (cap > string.max_len) cap = @max(b.len + extra, string.max_len);
        const s = string.alloc(cap);
        const mem = s.unitsMut();
        @memcpy(mem[0..b.len], b.ptr[0..b.len]);
        b.ptr = mem.ptr;
        b.cap = cap;
    }

    pub fn items(b: *const Buf) []const u16 {
        return b.ptr[0..b.len];
    }

    fn at(b: *const Buf, s: Span) []const u16 {
        return b.ptr[s.off..][0..s.len];
    }

    pub fn unit(b: *Buf, c: u16) void {
        b.ensure(1);
        b.ptr[b.len] = c;
        b.len += 1;
    }

    pub fn units(b: *Buf, s: []const u16) void {
        b.ensure(s.len);
        @memcpy(b.ptr[b.len..][0..s.len], s);
        b.len += s.len;
    }

    pub fn ascii(b: *Buf, s: []const u8) void {
        b.ensure(s.len);
        for (s, 0..) |c, i| b.ptr[b.len + i] = c;
        b.len += s.len;
    }

    fn spaces(b: *Buf, n: usize) void {
        b.ensure(n);
        @memset(b.ptr[b.len..][0..n], ' ');
        b.len += n;
    }

    /// Appends a copy of an earlier part of the buffer.
    fn copy(b: *Buf, s: Span) void {
        b.ensure(s.len);
        std.mem.copyForwards(u16, b.ptr[b.len..][0..s.len], b.ptr[s.off..][0..s.len]);
        b.len += s.len;
    }

    pub fn int(b: *Buf, n: usize) void {
        var tmp: [20]u8 = undefined;
        b.ascii(tmp[0..number_format.writeInt(&tmp, n)]);
    }

    pub fn number(b: *Buf, x: f64) void {
        var tmp: [number_format.max_len]u8 = undefined;
        b.ascii(number_format.format(&tmp, x));
    }

    fn since(b: *const Buf, off: usize) Span {
        return .{ .off = off, .len = b.len - off };
    }

    /// Replaces everything from `dst` on with the part from `src` on.
    fn moveDown(b: *Buf, dst: usize, src: usize) void {
        const n = b.len - src;
        std.mem.copyForwards(u16, b.ptr[dst..][0..n], b.ptr[src..][0..n]);
        b.len = dst + n;
    }
};

const Span = struct { off: usize, len: usize };

// ---------------------------------------------------------------------------
// Reading program objects.

pub const Obj = struct {
    addr: usize,
    desc: *const TypeDesc,
    fields: []const FieldDesc,
    shape: u32,

    pub fn name(o: Obj) []const u16 {
        return if (o.desc.name) |n| n.units() else &.{};
    }

    fn elemKind(o: Obj) u32 {
        return (o.desc.flags >> 8) & 0xff;
    }

    fn field(o: Obj, comptime n: []const u8) ?FieldDesc {
        for (o.fields) |f| {
            if (eqlAscii(f.name.units(), n)) return f;
        }
        return null;
    }
};

pub fn describe(addr: usize) ?Obj {
    const tag = @as(*const u32, @ptrFromInt(addr)).*;
    if (tag < object.TAG_FIRST_TYPE) return null;
    const i = tag - object.TAG_FIRST_TYPE;
    const types = platform.types();
    if (i >= types.len) return null;
    const desc = &types[i];
    if (fieldTables()) |tables| {
        const t = &tables[i];
        return .{ .addr = addr, .desc = desc, .fields = t.fields[0..t.count], .shape = t.kind };
    }
    // No field tables (an older compiler): the flags still tell these apart.
    const shape = if (desc.flags & flag_array != 0)
        shape_array
    else if (desc.flags & flag_callable != 0)
        shape_closure
    else if (desc.flags & flag_error != 0)
        shape_error
    else
        return null;
    return .{ .addr = addr, .desc = desc, .fields = &.{}, .shape = shape };
}

fn word(addr: usize) u64 {
    return @as(*const u64, @ptrFromInt(addr)).*;
}

fn refValue(w: u64) Value {
    return if (w == 0) Value.null else .{ .tag = @enumFromInt(value_tag_object), .bits = w };
}

fn readSlot(p: usize, kind: u32, bool_byte: bool) Value {
    return switch (kind) {
        kind_number => Value.number(@bitCast(word(p))),
        kind_boolean => Value.boolean(if (bool_byte) @as(*const u8, @ptrFromInt(p)).* != 0 else word(p) != 0),
        kind_string => if (word(p) == 0) Value.null else .{ .tag = .string, .bits = word(p) },
        kind_ref => refValue(word(p)),
        kind_value => @as(*const Value, @ptrFromInt(p)).*,
        kind_optional => blk: {
            var v = @as(*const Value, @ptrFromInt(p)).*;
            v.pad = 0;
            if (@intFromEnum(v.tag) == 0) v.bits = 0;
            break :blk v;
        },
        else => Value.undefined,
    };
}

pub fn fieldValue(o: Obj, f: FieldDesc) Value {
    return readSlot(o.addr + f.offset, f.kind, true);
}

pub fn arrayLen(o: Obj) usize {
    const x: f64 = @bitCast(word(o.addr + 8));
    return if (x > 0) @intFromFloat(x) else 0;
}

fn isTyped(o: Obj) bool {
    return o.desc.flags & flag_typed_array != 0;
}

fn typedView(o: Obj) *const typed_array.View {
    return @ptrFromInt(o.addr);
}

fn typedElem(o: Obj, i: usize) Value {
    const code: typed_array.Code = @enumFromInt(o.elemKind());
    return Value.number(typed_array.load(typedView(o).data, code, i));
}

pub fn arrayElem(o: Obj, i: usize) Value {
    if (isTyped(o)) return typedElem(o, i);
    const items: usize = @intCast(word(o.addr + 24));
    const kind = o.elemKind();
    const size: usize = if (kind == kind_value) 16 else 8;
    return readSlot(items + 16 + i * size, kind, false);
}

fn errorText(o: Obj, comptime which: []const u8, offset: u32) ?*const Str {
    const f = o.field(which) orelse FieldDesc{ .name = undefined, .offset = offset, .kind = kind_string };
    const v = fieldValue(o, f);
    return if (v.tag == .string) v.asString() else null;
}

fn eqlAscii(a: []const u16, b: []const u8) bool {
    if (a.len != b.len) return false;
    for (a, b) |x, y| {
        if (x != y) return false;
    }
    return true;
}

fn contains(s: []const u16, c: u16) bool {
    return std.mem.indexOfScalar(u16, s, c) != null;
}

/// An array index key ("0", "17"): ordinary objects list these first, ascending.
const indexKey = @import("record.zig").indexKey;

pub const max_fields = 64;

fn isHole(p: usize) bool {
    const v = @as(*const Value, @ptrFromInt(p)).*;
    return @intFromEnum(v.tag) == 0 and v.bits == hole_bits;
}

/// 0 for fields present at creation; an optional member's write sequence otherwise.
fn writeSeq(o: Obj, fi: u8) u32 {
    const f = o.fields[fi];
    if (f.kind != kind_optional) return 0;
    return @as(*const Value, @ptrFromInt(o.addr + f.offset)).pad;
}

/// The keys Object.keys gives, as field indices: index keys first.
pub fn keyOrder(o: Obj, out: *[max_fields]u8) []u8 {
    var n: usize = 0;
    for (o.fields, 0..) |f, i| {
        const k = f.name.units();
        if (k.len > 0 and k[0] == '#') continue; // private names are not properties
        if (o.shape == shape_error) {
            if (eqlAscii(k, "message") or eqlAscii(k, "name") or eqlAscii(k, "stack")) continue;
        }
        if (n == max_fields) break;
        out[n] = @intCast(i);
        n += 1;
    }
    // Optional members written after creation: holes are no keys, the others follow in write order.
    var kept: usize = 0;
    for (out[0..n]) |fi| {
        const f = o.fields[fi];
        if (f.kind == kind_optional and isHole(o.addr + f.offset)) continue;
        out[kept] = fi;
        kept += 1;
    }
    n = kept;
    var a: usize = 1;
    while (a < n) : (a += 1) {
        var j = a;
        while (j > 0 and writeSeq(o, out[j - 1]) > writeSeq(o, out[j])) : (j -= 1) {
            const t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    }
    const keys = out[0..n];
    // Stable: move index keys to the front in ascending order.
    var front: usize = 0;
    var i: usize = 0;
    while (i < keys.len) : (i += 1) {
        const k = indexKey(o.fields[keys[i]].name.units()) orelse continue;
        const moved = keys[i];
        var j = i;
        while (j > front) : (j -= 1) keys[j] = keys[j - 1];
        var pos = front;
        while (pos > 0 and indexKey(o.fields[keys[pos - 1]].name.units()).? > k) : (pos -= 1) keys[pos] = keys[pos - 1];
        keys[pos] = moved;
        front += 1;
    }
    return keys;
}

// ---------------------------------------------------------------------------
// util.inspect

const Ctx = struct {
    buf: Buf,
    opts: Options,
    indent: usize = 0,
    current_depth: u32 = 0,
    seen: [16]usize = undefined,
    seen_len: usize = 0,
    circular: [64]usize = undefined,
    circular_len: usize = 0,

    fn isSeen(ctx: *const Ctx, addr: usize) bool {
        return std.mem.indexOfScalar(usize, ctx.seen[0..ctx.seen_len], addr) != null;
    }

    fn circularIndex(ctx: *const Ctx, addr: usize) ?usize {
        const i = std.mem.indexOfScalar(usize, ctx.circular[0..ctx.circular_len], addr) orelse return null;
        return i + 1;
    }

    fn addCircular(ctx: *Ctx, addr: usize) usize {
        if (ctx.circularIndex(addr)) |i| return i;
        if (ctx.circular_len == ctx.circular.len) return ctx.circular_len;
        ctx.circular[ctx.circular_len] = addr;
        ctx.circular_len += 1;
        return ctx.circular_len;
    }
};

/// Writes util.inspect(v) to `l`.
pub fn write(l: *console.Line, v: Value, opts: Options) void {
    var first: [first_buf_len]u16 = undefined;
    var ctx = Ctx{ .buf = Buf.init(&first), .opts = opts };
    formatValue(&ctx, v, 0);
    l.units(ctx.buf.items());
}

fn formatValue(ctx: *Ctx, v: Value, recurse: u32) void {
    const b = &ctx.buf;
    switch (@intFromEnum(v.tag)) {
        0 => b.ascii("undefined"),
        1 => b.ascii("null"),
        2 => b.ascii(if (v.bits != 0) "true" else "false"),
        3 => formatNumber(b, v.asNumber()),
        4 => formatString(ctx, v.asString().units()),
        value_tag_object => formatObject(ctx, @intCast(v.bits), recurse),
        else => b.ascii("[object]"),
    }
}

/// formatNumber: String(x), except that -0 shows as "-0".
fn formatNumber(b: *Buf, x: f64) void {
    if (x == 0 and std.math.signbit(x)) return b.ascii("-0");
    b.number(x);
}

fn formatString(ctx: *Ctx, str: []const u16) void {
    writeString(&ctx.buf, str, ctx.indent);
}

/// formatPrimitive for strings: quoted and escaped; long strings are cut at
/// maxStringLength and long multi-line ones split into 'a\n' + 'b'. `b` is
/// a Buf or a console.Line.
pub fn writeString(b: anytype, str: []const u16, indent: usize) void {
    var s = str;
    const remaining = s.len -| max_string_length;
    if (remaining > 0) s = s[0..max_string_length];
    const limit = @as(i64, break_length) - @as(i64, @intCast(indent)) - 4;
    if (s.len > min_line_length and @as(i64, @intCast(s.len)) > limit) {
        var start: usize = 0;
        for (s, 0..) |c, i| {
            if (c == '\n' and i + 1 < s.len) {
                quoteString(b, s[start .. i + 1]);
                b.ascii(" +\n");
                for (0..indent + 2) |_| b.ascii(" ");
                start = i + 1;
            }
        }
        quoteString(b, s[start..]);
    } else {
        quoteString(b, s);
    }
    if (remaining > 0) {
        var tmp: [20]u8 = undefined;
        b.ascii("... ");
        b.ascii(tmp[0..number_format.writeInt(&tmp, remaining)]);
        b.ascii(if (remaining > 1) " more characters" else " more character");
    }
}

/// strEscape: picks the quote that needs no escaping (' then " then `),
/// escapes control characters, backslash, C1 controls and lone surrogates.
fn quoteString(b: anytype, s: []const u16) void {
    var quote: u8 = '\'';
    if (contains(s, '\'')) {
        if (!contains(s, '"')) {
            quote = '"';
        } else if (!contains(s, '`') and std.mem.indexOf(u16, s, &[_]u16{ '$', '{' }) == null) {
            quote = '`';
        }
    }
    b.unit(quote);
    var i: usize = 0;
    while (i < s.len) : (i += 1) {
        const c = s[i];
        if ((c == '\'' and quote == '\'') or c == '\\' or c < 0x20 or (c > 0x7e and c < 0xa0)) {
            b.ascii(switch (c) {
                '\'' => "\\'",
                '\\' => "\\\\",
                0x08 => "\\b",
                0x09 => "\\t",
                0x0a => "\\n",
                0x0c => "\\f",
                0x0d => "\\r",
                else => &hexEscape("\\x", c, 2, "0123456789ABCDEF"),
            });
        } else if (c >= 0xD800 and c <= 0xDFFF) {
            if (c <= 0xDBFF and i + 1 < s.len and s[i + 1] >= 0xDC00 and s[i + 1] <= 0xDFFF) {
                b.unit(c);
                b.unit(s[i + 1]);
                i += 1;
            } else {
                b.ascii(&hexEscape("\\u", c, 4, "0123456789abcdef"));
            }
        } else {
            b.unit(c);
        }
    }
    b.unit(quote);
}

pub fn hexEscape(comptime prefix: []const u8, c: u16, comptime width: usize, comptime digits: *const [16]u8) [prefix.len + width]u8 {
    var out: [prefix.len + width]u8 = undefined;
    @memcpy(out[0..prefix.len], prefix);
    for (0..width) |k| {
        const shift: u4 = @intCast(4 * (width - 1 - k));
        out[prefix.len + k] = digits[(c >> shift) & 0xf];
    }
    return out;
}

/// formatProperty's key: bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/.
fn formatKey(b: *Buf, k: []const u16) void {
    const bare = k.len > 0 and for (k, 0..) |c, i| {
        const ok = (c >= 'a' and c <= 'z') or (c >= 'A' and c <= 'Z') or c == '_' or (i > 0 and c >= '0' and c <= '9');
        if (!ok) break false;
    } else true;
    if (bare) b.units(k) else quoteString(b, k);
}

fn formatObject(ctx: *Ctx, addr: usize, recurse: u32) void {
    const b = &ctx.buf;
    if (addr == 0) return b.ascii("null");
    if (ctx.isSeen(addr)) {
        b.ascii("[Circular *");
        b.int(ctx.addCircular(addr));
        b.ascii("]");
        return;
    }
    if (@as(*const u32, @ptrFromInt(addr)).* == object.TAG_BYTES) return formatArrayBuffer(ctx, addr);
    const o = describe(addr) orelse return b.ascii("[object]");
    if (o.desc.flags & flag_typed_array != 0) return formatRaw(ctx, o, recurse);
    if (o.desc.flags & flag_dataview != 0) return formatDataView(ctx, o, recurse);
    if (o.desc.flags & (flag_map | flag_set) != 0) return formatCollection(ctx, o, recurse);
    switch (o.shape) {
        shape_closure => formatFunction(b, o),
        shape_array, shape_class, shape_literal, shape_error, shape_record => formatRaw(ctx, o, recurse),
        else => b.ascii("[object]"),
    }
}

/// formatRaw with formatMap / formatSet: `Map(2) { 'a' => 1, 'b' => 2 }`,
/// `Set(0) {}`, at most 100 entries, in insertion order (rt/map.zig).
fn formatCollection(ctx: *Ctx, o: Obj, recurse_in: u32) void {
    const b = &ctx.buf;
    const region = b.len;
    const is_map = o.desc.flags & flag_map != 0;
    const label = if (is_map) "Map" else "Set";
    const size_f: f64 = @bitCast(word(o.addr + 8));
    const size: usize = if (size_f > 0) @intFromFloat(size_f) else 0;
    if (size == 0) {
        b.ascii(label);
        return b.ascii("(0) {}");
    }
    if (recurse_in > ctx.opts.depth) {
        b.unit('[');
        b.ascii(label);
        return b.unit(']');
    }
    const recurse = recurse_in + 1;
    const pushed = ctx.seen_len < ctx.seen.len;
    if (pushed) {
        ctx.seen[ctx.seen_len] = o.addr;
        ctx.seen_len += 1;
    }
    ctx.current_depth = recurse;
    var spans: [max_entries]Span = undefined;
    var n: usize = 0;
    const shown = @min(size, max_array_length);
    ctx.indent += 2;
    var cursor: u64 = 0;
    var k: Value = undefined;
    var v: Value = undefined;
    while (n < shown and map.tsx_map_next(@ptrFromInt(o.addr), &cursor, &k, &v)) {
        const start = b.len;
        formatValue(ctx, k, recurse);
        if (is_map) {
            b.ascii(" => ");
            formatValue(ctx, v, recurse);
        }
        spans[n] = b.since(start);
        n += 1;
    }
    if (size > shown) {
        const start = b.len;
        const remaining = size - shown;
        b.ascii("... ");
        b.int(remaining);
        b.ascii(if (remaining > 1) " more items" else " more item");
        spans[n] = b.since(start);
        n += 1;
    }
    ctx.indent -= 2;
    if (pushed) ctx.seen_len -= 1;
    const base_start = b.len;
    if (ctx.circularIndex(o.addr)) |ref| {
        b.ascii("<ref *");
        b.int(ref);
        b.ascii(">");
    }
    const base = b.since(base_start);
    const brace_start = b.len;
    b.ascii(label);
    b.unit('(');
    b.int(size);
    b.ascii(") {");
    const brace = b.since(brace_start);
    reduceToSingleString(ctx, region, spans[0..n], base, brace, '}', false, recurse, ArrayInfo{ .o = o, .len = 0 }, false);
}

fn formatFunction(b: *Buf, o: Obj) void {
    const n = o.name();
    if (n.len == 0) return b.ascii("[Function (anonymous)]");
    b.ascii("[Function: ");
    b.units(n);
    b.ascii("]");
}

/// The first line of the error's stack after improveStack, bracketed when
/// nested (see the deviations above), indented like formatError.
fn formatErrorBase(ctx: *Ctx, o: Obj, bracket: bool) void {
    const b = &ctx.buf;
    const start = b.len;
    const name: []const u16 = if (errorText(o, "name", 16)) |s| s.units() else &[_]u16{ 'E', 'r', 'r', 'o', 'r' };
    const message: []const u16 = if (errorText(o, "message", 8)) |s| s.units() else &.{};
    const ctor = o.name();
    if (bracket) b.unit('[');
    // improveStack: only for names that look like errors.
    const ends_error = name.len >= 5 and std.mem.eql(u16, name[name.len - 5 ..], &[_]u16{ 'E', 'r', 'r', 'o', 'r' });
    if (ends_error and !std.mem.eql(u16, ctor, name)) {
        b.units(ctor);
        if (std.mem.indexOf(u16, ctor, name) == null) {
            b.ascii(" [");
            b.units(name);
            b.ascii("]");
        }
    } else {
        b.units(name);
    }
    // Error.prototype.toString: "name: message", or whichever is not empty.
    if (message.len > 0) {
        if (name.len > 0) b.ascii(": ");
        b.units(message);
    }
    if (bracket) b.unit(']');
    if (ctx.indent != 0 and contains(b.ptr[start..b.len], '\n')) {
        const text = b.since(start);
        const mark = b.len;
        var i: usize = 0;
        while (i < text.len) : (i += 1) {
            const c = b.ptr[text.off + i];
            b.unit(c);
            if (c == '\n') b.spaces(ctx.indent);
        }
        b.moveDown(start, mark);
    }
}

const max_entries = 128;

/// formatRaw for arrays, class instances, object literals and Errors.
fn formatRaw(ctx: *Ctx, o: Obj, recurse_in: u32) void {
    const b = &ctx.buf;
    const region = b.len;
    const is_typed = isTyped(o);
    const is_array = o.shape == shape_array or is_typed;
    const is_error = o.shape == shape_error;
    var key_store: [max_fields]u8 = undefined;
    const is_record = o.shape == shape_record;
    const keys: []u8 = if (is_array or is_record) key_store[0..0] else keyOrder(o, &key_store);
    const rec: ?*map.MapObject = if (is_record) @ptrFromInt(o.addr) else null;
    const rec_len: usize = if (rec) |m| map.count(m.used) else 0;
    const len = if (is_typed) typedView(o).length else if (is_array) arrayLen(o) else 0;
    const hidden_length = is_array and ctx.opts.show_hidden;

    if (is_array) {
        if (len == 0 and !hidden_length) {
            if (is_typed) typedPrefix(b, o, len);
            return b.ascii("[]");
        }
    } else if (is_error) {
        if (keys.len == 0) return formatErrorBase(ctx, o, recurse_in > 0);
    } else if (keys.len == 0 and rec_len == 0) {
        if (o.shape == shape_class) {
            b.units(o.name());
            b.unit(' ');
        }
        return b.ascii("{}");
    }
    if (recurse_in > ctx.opts.depth) {
        b.unit('[');
        if (is_typed) b.units(o.name()) else if (is_array) b.ascii("Array") else if (o.shape == shape_literal or is_record) b.ascii("Object") else b.units(o.name());
        b.unit(']');
        return;
    }
    const recurse = recurse_in + 1;
    if (ctx.seen_len < ctx.seen.len) {
        ctx.seen[ctx.seen_len] = o.addr;
        ctx.seen_len += 1;
    }
    ctx.current_depth = recurse;

    var spans: [max_entries]Span = undefined;
    var n: usize = 0;
    var shown: usize = 0;
    if (is_array) {
        shown = @min(len, max_array_length);
        for (0..shown) |i| {
            const start = b.len;
            ctx.indent += 2;
            formatValue(ctx, arrayElem(o, i), recurse);
            ctx.indent -= 2;
            spans[n] = b.since(start);
            n += 1;
        }
        if (len > shown) {
            const start = b.len;
            const remaining = len - shown;
            b.ascii("... ");
            b.int(remaining);
            b.ascii(if (remaining > 1) " more items" else " more item");
            spans[n] = b.since(start);
            n += 1;
        }
        if (hidden_length) {
            const start = b.len;
            b.ascii("[length]: ");
            b.number(@floatFromInt(len));
            spans[n] = b.since(start);
            n += 1;
        }
    } else if (rec) |m| {
        // Records keep JS's key order themselves; more keys than spans is a clean panic.
        if (rec_len > max_entries) fatal.panic("console.log of a record with more than 128 keys is not supported");
        const vals = map.values(m.entries.?);
        for (0..rec_len) |i| {
            const start = b.len;
            formatKey(b, vals[2 * i].asString().units());
            b.ascii(": ");
            ctx.indent += 2;
            formatValue(ctx, vals[2 * i + 1], recurse);
            ctx.indent -= 2;
            spans[n] = b.since(start);
            n += 1;
        }
    } else {
        for (keys) |k| {
            const f = o.fields[k];
            const start = b.len;
            formatKey(b, f.name.units());
            b.ascii(": ");
            ctx.indent += 2;
            formatValue(ctx, fieldValue(o, f), recurse);
            ctx.indent -= 2;
            spans[n] = b.since(start);
            n += 1;
        }
    }
    ctx.seen_len -= 1;

    const base_start = b.len;
    if (ctx.circularIndex(o.addr)) |ref| {
        b.ascii("<ref *");
        b.int(ref);
        b.ascii(">");
        if (is_error) b.unit(' ');
    }
    if (is_error) formatErrorBase(ctx, o, recurse_in > 0);
    const base = b.since(base_start);
    const brace_start = b.len;
    if (is_array) {
        if (is_typed) typedPrefix(b, o, len);
        b.unit('[');
    } else {
        if (o.shape == shape_class) {
            b.units(o.name());
            b.unit(' ');
        }
        b.unit('{');
    }
    const brace = b.since(brace_start);
    const value_info = ArrayInfo{ .o = o, .len = if (is_array) len else 0 };
    reduceToSingleString(ctx, region, spans[0..n], base, brace, if (is_array) ']' else '}', is_array, recurse, value_info, is_error);
}

/// A typed array's brace prefix: `Uint8Array(3) `.
fn typedPrefix(b: *Buf, o: Obj, len: usize) void {
    b.units(o.name());
    b.unit('(');
    b.int(len);
    b.ascii(") ");
}

/// `ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }` (formatArrayBuffer).
fn formatArrayBuffer(ctx: *Ctx, addr: usize) void {
    const b = &ctx.buf;
    const region = b.len;
    const len: usize = @as(*const object.Slots, @ptrFromInt(addr)).cap;
    const bytes: [*]const u8 = @ptrFromInt(addr + @sizeOf(object.Slots));
    var spans: [2]Span = undefined;
    var start = b.len;
    b.ascii("[Uint8Contents]: <");
    const shown = @min(len, max_array_length);
    for (0..shown) |i| {
        if (i > 0) b.unit(' ');
        b.ascii(&hexEscape("", bytes[i], 2, "0123456789abcdef"));
    }
    if (len > shown) {
        b.ascii(" ... ");
        b.int(len - shown);
        b.ascii(if (len - shown > 1) " more bytes" else " more byte");
    }
    b.unit('>');
    spans[0] = b.since(start);
    start = b.len;
    b.ascii("byteLength: ");
    b.int(len);
    spans[1] = b.since(start);
    const brace_start = b.len;
    b.ascii("ArrayBuffer {");
    const brace = b.since(brace_start);
    const none = Span{ .off = b.len, .len = 0 };
    reduceToSingleString(ctx, region, &spans, none, brace, '}', false, ctx.current_depth, undefined, false);
}

/// `DataView { byteLength: 2, byteOffset: 0, buffer: ArrayBuffer {...} }`.
fn formatDataView(ctx: *Ctx, o: Obj, recurse: u32) void {
    const b = &ctx.buf;
    const region = b.len;
    const view = typedView(o);
    if (recurse > ctx.opts.depth) return b.ascii("[DataView]");
    var spans: [3]Span = undefined;
    var start = b.len;
    b.ascii("byteLength: ");
    b.int(view.length);
    spans[0] = b.since(start);
    start = b.len;
    b.ascii("byteOffset: ");
    b.int(view.byte_offset);
    spans[1] = b.since(start);
    start = b.len;
    b.ascii("buffer: ");
    ctx.indent += 2;
    const saved = ctx.current_depth;
    ctx.current_depth = recurse + 1;
    formatArrayBuffer(ctx, view.buffer);
    ctx.current_depth = saved;
    ctx.indent -= 2;
    spans[2] = b.since(start);
    const brace_start = b.len;
    b.ascii("DataView {");
    const brace = b.since(brace_start);
    const none = Span{ .off = b.len, .len = 0 };
    ctx.current_depth = recurse + 1;
    reduceToSingleString(ctx, region, &spans, none, brace, '}', false, recurse + 1, undefined, false);
}

const ArrayInfo = struct {
    o: Obj,
    len: usize,

    /// groupArrayElements' `typeof value[i] === 'number'`.
    fn isNumber(a: ArrayInfo, i: usize) bool {
        if (i >= a.len) return false;
        if (isTyped(a.o)) return true;
        const k = a.o.elemKind();
        if (k == kind_number) return true;
        if (k != kind_value) return false;
        return arrayElem(a.o, i).tag == .number;
    }
};

fn reduceToSingleString(ctx: *Ctx, region: usize, entries_in: []Span, base: Span, brace: Span, close: u8, is_array: bool, recurse: u32, value: ArrayInfo, force_lines: bool) void {
    const b = &ctx.buf;
    var output = entries_in;
    var grouped: [max_entries]Span = undefined;
    const entries = output.len;
    if (is_array and entries > 6) output = groupArrayElements(ctx, output, &grouped, value);
    const out_start = b.len;
    if (!force_lines and ctx.current_depth - recurse < compact and entries == output.len) {
        const start = output.len + ctx.indent + brace.len + base.len + 10;
        if (isBelowBreakLength(b, output, start, base)) {
            const has_newline = for (output) |s| {
                if (contains(b.at(s), '\n')) break true;
            } else false;
            if (!has_newline) {
                if (base.len > 0) {
                    b.copy(base);
                    b.unit(' ');
                }
                b.copy(brace);
                b.unit(' ');
                for (output, 0..) |s, i| {
                    if (i > 0) b.ascii(", ");
                    b.copy(s);
                }
                b.unit(' ');
                b.unit(close);
                return b.moveDown(region, out_start);
            }
        }
    }
    // One entry per line.
    if (base.len > 0) {
        b.copy(base);
        b.unit(' ');
    }
    b.copy(brace);
    b.unit('\n');
    b.spaces(ctx.indent + 2);
    for (output, 0..) |s, i| {
        if (i > 0) {
            b.ascii(",\n");
            b.spaces(ctx.indent + 2);
        }
        b.copy(s);
    }
    b.unit('\n');
    b.spaces(ctx.indent);
    b.unit(close);
    b.moveDown(region, out_start);
}

fn isBelowBreakLength(b: *const Buf, output: []const Span, start: usize, base: Span) bool {
    var total = output.len + start;
    if (total + output.len > break_length) return false;
    for (output) |s| {
        total += s.len;
        if (total > break_length) return false;
    }
    return base.len == 0 or !contains(b.at(base), '\n');
}

fn groupArrayElements(ctx: *Ctx, output: []Span, tmp: *[max_entries]Span, value: ArrayInfo) []Span {
    const b = &ctx.buf;
    var total_length: usize = 0;
    var max_length: usize = 0;
    var output_length = output.len;
    if (max_array_length < output.len) output_length -= 1; // the "... more items" entry
    const separator_space = 2;
    var data_len: [max_entries]usize = undefined;
    for (0..output_length) |i| {
        const len = stringWidth(b.at(output[i]));
        data_len[i] = len;
        total_length += len + separator_space;
        if (max_length < len) max_length = len;
    }
    const actual_max = max_length + separator_space;
    if (actual_max * 3 + ctx.indent < break_length and
        (total_length > 5 * actual_max or max_length <= 6))
    {
        const approx_char_heights = 2.5;
        const fmax: f64 = @floatFromInt(actual_max);
        const average_bias = @sqrt(fmax - @as(f64, @floatFromInt(total_length)) / @as(f64, @floatFromInt(output.len)));
        const biased_max = @max(fmax - 3 - average_bias, 1);
        const by_area = @floor(@sqrt(approx_char_heights * biased_max * @as(f64, @floatFromInt(output_length))) / biased_max + 0.5);
        const by_width = @floor((@as(f64, break_length) - @as(f64, @floatFromInt(ctx.indent))) / fmax);
        const columns_f = @min(@min(by_area, by_width), @min(@as(f64, compact * 4), 15));
        if (columns_f <= 1) return output;
        const columns: usize = @intFromFloat(columns_f);
        var max_line_length: [15]usize = undefined;
        for (0..columns) |i| {
            var line_max: usize = 0;
            var j = i;
            while (j < output_length) : (j += columns) {
                if (data_len[j] > line_max) line_max = data_len[j];
            }
            max_line_length[i] = line_max + separator_space;
        }
        var pad_start = true;
        for (0..output.len) |i| {
            if (!value.isNumber(i)) {
                pad_start = false;
                break;
            }
        }
        var rows: usize = 0;
        var i: usize = 0;
        while (i < output_length) : (i += columns) {
            const max = @min(i + columns, output_length);
            const row_start = b.len;
            var j = i;
            while (j < max - 1) : (j += 1) {
                // order(`${output[j]}, `, padding)
                const padding = max_line_length[j - i] + output[j].len - data_len[j];
                const text_len = output[j].len + 2;
                const fill = padding -| text_len;
                if (pad_start) b.spaces(fill);
                b.copy(output[j]);
                b.ascii(", ");
                if (!pad_start) b.spaces(fill);
            }
            if (pad_start) {
                const padding = max_line_length[j - i] + output[j].len - data_len[j] - separator_space;
                b.spaces(padding -| output[j].len);
            }
            b.copy(output[j]);
            tmp[rows] = b.since(row_start);
            rows += 1;
        }
        if (max_array_length < output.len) {
            tmp[rows] = output[output_length];
            rows += 1;
        }
        return tmp[0..rows];
    }
    return output;
}

/// getStringWidth(str, false): display columns (Node's non-ICU table).
fn stringWidth(s: []const u16) usize {
    var w: usize = 0;
    var i: usize = 0;
    while (i < s.len) : (i += 1) {
        var c: u21 = s[i];
        if (c < 127) {
            if (c >= 32) w += 1;
            continue;
        }
        if (c >= 0xD800 and c <= 0xDBFF and i + 1 < s.len and s[i + 1] >= 0xDC00 and s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            i += 1;
        }
        if (isFullWidth(c)) {
            w += 2;
        } else if (!isZeroWidth(c)) {
            w += 1;
        }
    }
    return w;
}

fn isZeroWidth(c: u21) bool {
    return c <= 0x1F or (c >= 0x7F and c <= 0x9F) or (c >= 0x300 and c <= 0x36F) or
        (c >= 0x200B and c <= 0x200F) or (c >= 0x20D0 and c <= 0x20FF) or
        (c >= 0xFE00 and c <= 0xFE0F) or (c >= 0xFE20 and c <= 0xFE2F) or
        (c >= 0xE0100 and c <= 0xE01EF);
}

fn isFullWidth(c: u21) bool {
    return c >= 0x1100 and (c <= 0x115f or c == 0x2329 or c == 0x232a or
        (c >= 0x2e80 and c <= 0x3247 and c != 0x303f) or
        (c >= 0x3250 and c <= 0x4dbf) or (c >= 0x4e00 and c <= 0xa4c6) or
        (c >= 0xa960 and c <= 0xa97c) or (c >= 0xac00 and c <= 0xd7a3) or
        (c >= 0xf900 and c <= 0xfaff) or (c >= 0xfe10 and c <= 0xfe19) or
        (c >= 0xfe30 and c <= 0xfe6b) or (c >= 0xff01 and c <= 0xff60) or
        (c >= 0xffe0 and c <= 0xffe6) or (c >= 0x1b000 and c <= 0x1b001) or
        (c >= 0x1f200 and c <= 0x1f251) or (c >= 0x1f300 and c <= 0x1f64f) or
        (c >= 0x20000 and c <= 0x3fffd));
}

// ---------------------------------------------------------------------------
// JSON.stringify (%j), String(v) and Number(v) of objects (%s, %d, %i, %f).

/// Writes JSON.stringify(v) as util.format's %j does: "undefined" when the
/// result is undefined, "[Circular]" for a cyclic structure.
pub fn writeJson(l: *console.Line, v: Value) void {
    var first: [first_buf_len]u16 = undefined;
    var ctx = json_stringify.Ctx{ .buf = Buf.init(&first), .opts = .{} };
    const wrote = json_stringify.serialize(&ctx, v, .{ .name = string.literal("") }) catch {
        l.ascii("[Circular]");
        return;
    };
    if (!wrote) return l.ascii("undefined");
    l.units(ctx.buf.items());
}

pub const jsonString = json_stringify.quote;

/// String(v) for an object Value: arrays join their elements with commas
/// (null and undefined as empty, cycles as empty), Errors give
/// Error.prototype.toString, other objects "[object Object]".
fn toStringInto(b: *Buf, v: Value, stack: *[64]usize, depth: usize) void {
    switch (@intFromEnum(v.tag)) {
        0, 1 => {},
        2 => b.ascii(if (v.bits != 0) "true" else "false"),
        3 => b.number(v.asNumber()),
        4 => b.units(v.asString().units()),
        value_tag_object => {
            const addr: usize = @intCast(v.bits);
            if (addr == 0) return;
            const o = describe(addr) orelse return b.ascii("[object Object]");
            switch (o.shape) {
                shape_array => {
                    if (std.mem.indexOfScalar(usize, stack[0..depth], addr) != null or depth == stack.len) return;
                    stack[depth] = addr;
                    for (0..arrayLen(o)) |i| {
                        if (i > 0) b.unit(',');
                        toStringInto(b, arrayElem(o, i), stack, depth + 1);
                    }
                },
                shape_error => {
                    const name: []const u16 = if (errorText(o, "name", 16)) |s| s.units() else &[_]u16{ 'E', 'r', 'r', 'o', 'r' };
                    const message: []const u16 = if (errorText(o, "message", 8)) |s| s.units() else &.{};
                    b.units(name);
                    if (name.len > 0 and message.len > 0) b.ascii(": ");
                    b.units(message);
                },
                shape_closure => {
                    // The source text in JS; tsxen has none.
                    formatFunction(b, o);
                },
                else => b.ascii("[object Object]"),
            }
        },
        else => {},
    }
}

/// parseInt/parseFloat/Number of String(v) for an object Value (util.format's %i, %f, %d).
pub fn convertObject(v: Value, comptime how: enum { int, float, number }) f64 {
    var first: [first_buf_len]u16 = undefined;
    var b = Buf.init(&first);
    var stack: [64]usize = undefined;
    toStringInto(&b, v, &stack, 0);
    const text = b.items();
    return switch (how) {
        .int => number_parse.parseInt(u16, text),
        .float => number_parse.parseFloat(u16, text),
        .number => number_parse.stringToNumber(u16, text),
    };
}

/// util.format's %s for an object: inspect at depth 0 (a function: its name form).
pub fn writeForS(l: *console.Line, v: Value) void {
    write(l, v, .{ .depth = 0 });
}

// ---------------------------------------------------------------------------
// Tests: a fake program type table.

const testing = std.testing;

const Lit = struct {
    fn s(comptime text: []const u8) *const Str {
        return string.literal(text);
    }
};

fn fd(comptime name: []const u8, offset: u32, kind: u32) FieldDesc {
    return .{ .name = string.literal(name), .offset = offset, .kind = kind };
}

// Types: 16 Point {x, y}; 17 Object {a, b}; 18 Array<number>; 19 Array<ref>;
// 20 closure "f"; 21 closure ""; 22 Error; 23 Empty; 24 Array<value>;
// 25 Foo extends Error {code}; 26 Object {'a-b', '1', next}; 27 Array<string>
const point_fields = [_]FieldDesc{ fd("x", 8, kind_number), fd("y", 16, kind_number) };
const lit_fields = [_]FieldDesc{ fd("a", 8, kind_value), fd("b", 24, kind_string) };
const arr_fields = [_]FieldDesc{ fd("length", 8, kind_number), fd("capacity", 16, kind_number), fd("items", 24, kind_ref) };
const err_fields = [_]FieldDesc{ fd("message", 8, kind_string), fd("name", 16, kind_string) };
const foo_fields = [_]FieldDesc{ fd("message", 8, kind_string), fd("name", 16, kind_string), fd("code", 24, kind_number) };
const odd_fields = [_]FieldDesc{ fd("a-b", 8, kind_boolean), fd("1", 16, kind_number), fd("next", 24, kind_ref) };

const test_types = [_]TypeDesc{
    .{ .size = 24, .ptr_map = 0, .value_map = 0, .name = Lit.s("Point") },
    .{ .size = 32, .ptr_map = 0, .value_map = 0, .name = Lit.s("Object") },
    .{ .size = 32, .flags = flag_array | (kind_number << 8), .ptr_map = 0, .value_map = 0, .name = Lit.s("Array<number>") },
    .{ .size = 32, .flags = flag_array | (kind_ref << 8), .ptr_map = 0, .value_map = 0, .name = Lit.s("Array<ref>") },
    .{ .size = 16, .flags = flag_callable, .ptr_map = 0, .value_map = 0, .name = Lit.s("f") },
    .{ .size = 16, .flags = flag_callable, .ptr_map = 0, .value_map = 0, .name = Lit.s("") },
    .{ .size = 24, .flags = flag_error, .ptr_map = 0, .value_map = 0, .name = Lit.s("Error") },
    .{ .size = 8, .ptr_map = 0, .value_map = 0, .name = Lit.s("Empty") },
    .{ .size = 32, .flags = flag_array | (kind_value << 8), .ptr_map = 0, .value_map = 0, .name = Lit.s("Array<value>") },
    .{ .size = 32, .flags = flag_error, .ptr_map = 0, .value_map = 0, .name = Lit.s("Foo") },
    .{ .size = 32, .ptr_map = 0, .value_map = 0, .name = Lit.s("Object") },
    .{ .size = 32, .flags = flag_array | (kind_string << 8), .ptr_map = 0, .value_map = 0, .name = Lit.s("Array<string>") },
};

const test_tables = [_]FieldTable{
    .{ .fields = &point_fields, .count = 2, .kind = shape_class },
    .{ .fields = &lit_fields, .count = 2, .kind = shape_literal },
    .{ .fields = &arr_fields, .count = 3, .kind = shape_array },
    .{ .fields = &arr_fields, .count = 3, .kind = shape_array },
    .{ .fields = &err_fields, .count = 0, .kind = shape_closure },
    .{ .fields = &err_fields, .count = 0, .kind = shape_closure },
    .{ .fields = &err_fields, .count = 2, .kind = shape_error },
    .{ .fields = &err_fields, .count = 0, .kind = shape_class },
    .{ .fields = &arr_fields, .count = 3, .kind = shape_array },
    .{ .fields = &foo_fields, .count = 3, .kind = shape_error },
    .{ .fields = &odd_fields, .count = 3, .kind = shape_literal },
    .{ .fields = &arr_fields, .count = 3, .kind = shape_array },
};

/// Test objects: u64 words, 16-aligned.
const Mem = struct {
    words: [4096]u64 align(16) = undefined,
    n: usize = 0,

    fn obj(m: *Mem, tag: u32, init: []const u64) Value {
        m.n = std.mem.alignForward(usize, m.n, 2);
        const p = &m.words[m.n];
        m.words[m.n] = tag;
        @memcpy(m.words[m.n + 1 ..][0..init.len], init);
        m.n += 1 + init.len;
        return .{ .tag = @enumFromInt(value_tag_object), .bits = @intFromPtr(p) };
    }

    fn f(x: f64) u64 {
        return @bitCast(x);
    }

    fn numbers(m: *Mem, xs: []const f64) Value {
        var w: [1024]u64 = undefined;
        w[0] = @as(u64, xs.len) << 32 | object.TAG_F64_SLOTS;
        w[1] = 0;
        for (xs, 0..) |x, i| w[2 + i] = f(x);
        m.n = std.mem.alignForward(usize, m.n, 2);
        const items = &m.words[m.n];
        @memcpy(m.words[m.n..][0 .. 2 + xs.len], w[0 .. 2 + xs.len]);
        m.n += 2 + xs.len;
        const n: f64 = @floatFromInt(xs.len);
        return m.obj(18, &.{ f(n), f(n), @intFromPtr(items) });
    }

    fn refs(m: *Mem, tag: u32, xs: []const u64) Value {
        m.n = std.mem.alignForward(usize, m.n, 2);
        const items = &m.words[m.n];
        m.words[m.n] = object.TAG_PTR_SLOTS;
        m.words[m.n + 1] = 0;
        @memcpy(m.words[m.n + 2 ..][0..xs.len], xs);
        m.n += 2 + xs.len;
        const n: f64 = @floatFromInt(xs.len);
        return m.obj(tag, &.{ f(n), f(n), @intFromPtr(items) });
    }
};

fn expectInspect(want: []const u8, v: Value) !void {
    const args = [_]Value{v};
    console.log(1, &args);
    console.flush();
    const got = platform.fake.take(1);
    if (!std.mem.eql(u8, got[0 .. got.len - 1], want)) {
        std.debug.print("\n got: {s}\nwant: {s}\n", .{ got, want });
        return error.TestUnexpectedResult;
    }
}

fn setUp() void {
    platform.fake.type_table = &test_types;
    test_fields = &test_tables;
}

fn tearDown() void {
    platform.fake.type_table = &.{};
    test_fields = &.{};
}

const gc = @import("gc.zig");

test "objects, class instances, closures, errors" {
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    setUp();
    defer tearDown();
    var m = Mem{};
    const p = m.obj(16, &.{ Mem.f(1), Mem.f(-0.0) });
    try expectInspect("Point { x: 1, y: -0 }", p);
    try expectInspect("Empty {}", m.obj(23, &.{}));
    const s = Value.string(string.literal("it's"));
    const lit = m.obj(17, &.{ 1, 0, s.bits, 0 });
    try expectInspect("{ a: null, b: \"it's\" }", lit);
    try expectInspect("[Function: f]", m.obj(20, &.{0}));
    try expectInspect("[Function (anonymous)]", m.obj(21, &.{0}));
    const e = m.obj(22, &.{ @intFromPtr(string.literal("boom")), @intFromPtr(string.literal("Error")) });
    try expectInspect("Error: boom", e);
    const foo = m.obj(25, &.{ @intFromPtr(string.literal("f")), @intFromPtr(string.literal("Error")), Mem.f(5) });
    try expectInspect("Foo [Error]: f {\n  code: 5\n}", foo);
    const odd = m.obj(26, &.{ 1, Mem.f(2), p.bits });
    try expectInspect("{ '1': 2, 'a-b': true, next: Point { x: 1, y: -0 } }", odd);
    const nested = m.refs(19, &.{ e.bits, p.bits, 0 });
    try expectInspect("[ [Error: boom], Point { x: 1, y: -0 }, null ]", nested);
}

test "depth, circular references, line breaking" {
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    setUp();
    defer tearDown();
    var m = Mem{};
    // { a: { a: { a: { a: 1 } } } } through Value fields.
    var v = Value.number(1);
    for (0..4) |_| v = m.obj(17, &.{ @intFromEnum(v.tag), v.bits, @intFromPtr(string.literal("")), 0 });
    try expectInspect("{ a: { a: { a: [Object], b: '' }, b: '' }, b: '' }", v);
    // A literal whose `next` points at itself.
    const self = m.obj(26, &.{ 0, Mem.f(1), 0 });
    @as(*u64, @ptrFromInt(@as(usize, @intCast(self.bits)) + 24)).* = self.bits;
    try expectInspect("<ref *1> { '1': 1, 'a-b': false, next: [Circular *1] }", self);
    const long = Value.string(string.literal("a fairly long string that goes on"));
    const two = m.obj(17, &.{ 4, long.bits, long.bits, 0 });
    try expectInspect("{\n  a: 'a fairly long string that goes on',\n  b: 'a fairly long string that goes on'\n}", two);
}

test "arrays: grouping, more items" {
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    setUp();
    defer tearDown();
    var m = Mem{};
    try expectInspect("[]", m.numbers(&.{}));
    try expectInspect("[ 1, 2, 3 ]", m.numbers(&.{ 1, 2, 3 }));
    var xs: [120]f64 = undefined;
    for (&xs, 0..) |*x, i| x.* = @floatFromInt(i * i);
    try expectInspect(
        \\[
        \\   0,  1,  4,  9, 16,
        \\  25, 36, 49, 64, 81
        \\]
    , m.numbers(xs[0..10]));
    const many = m.numbers(&xs);
    const args = [_]Value{many};
    console.log(1, &args);
    console.flush();
    const got = platform.fake.take(1);
    try testing.expect(std.mem.startsWith(u8, got, "[\n     0,    1,    4,    9,   16,   25,   36,   49,   64,   81,\n   100,  121,"));
    try testing.expect(std.mem.endsWith(u8, got, "  8100, 8281, 8464, 8649, 8836, 9025, 9216, 9409, 9604, 9801,\n  ... 20 more items\n]\n"));
}

test "without field tables: arrays, closures and errors by their flags" {
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    platform.fake.type_table = &test_types;
    defer platform.fake.type_table = &.{};
    var m = Mem{};
    try expectInspect("[ 1, 2 ]", m.numbers(&.{ 1, 2 }));
    try expectInspect("[Function: f]", m.obj(20, &.{0}));
    try expectInspect("Error: boom", m.obj(22, &.{ @intFromPtr(string.literal("boom")), @intFromPtr(string.literal("Error")) }));
    try expectInspect("[object]", m.obj(16, &.{ Mem.f(1), Mem.f(2) }));
}

test "util.format placeholders with objects" {
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    setUp();
    defer tearDown();
    var m = Mem{};
    const p = m.obj(16, &.{ Mem.f(1), Mem.f(2) });
    const arr = m.numbers(&.{ 7, 8 });
    const cases = [_]struct { fmt: []const u8, v: Value, want: []const u8 }{
        .{ .fmt = "%j", .v = p, .want = "{\"x\":1,\"y\":2}" },
        .{ .fmt = "%j", .v = arr, .want = "[7,8]" },
        .{ .fmt = "%o", .v = arr, .want = "[ 7, 8, [length]: 2 ]" },
        .{ .fmt = "%O", .v = p, .want = "Point { x: 1, y: 2 }" },
        .{ .fmt = "%s", .v = p, .want = "Point { x: 1, y: 2 }" },
        .{ .fmt = "%d", .v = p, .want = "NaN" },
        .{ .fmt = "%i", .v = arr, .want = "7" },
        .{ .fmt = "%d", .v = m.numbers(&.{5}), .want = "5" },
    };
    for (cases) |c| {
        const args = [_]Value{ Value.string(string.fromAscii(c.fmt)), c.v };
        console.log(1, &args);
        console.flush();
        const got = platform.fake.take(1);
        if (!std.mem.eql(u8, got[0 .. got.len - 1], c.want)) {
            std.debug.print("\n{s}: got {s}, want {s}\n", .{ c.fmt, got, c.want });
            return error.TestUnexpectedResult;
        }
    }
}
