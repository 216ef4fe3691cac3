// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! JSON.stringify (ECMA-262 SerializeJSONProperty and friends, with V8's
//! error message for cyclic structures). Objects are walked through the
//! compiler's type tables with inspect.zig's readers: class instances and
//! object literals give their own fields (index keys first, private `#`
//! names and an Error's message/name never), arrays their elements,
//! closures and undefined are skipped (null in arrays), and anything else
//! the tables do not describe (Map, Set) is `{}`.
//!
//! Class instances with a toJSON method are replaced by its result (the
//! compiler emits a thunk per class, `tsx_json_to_json`), then passed to the
//! replacer function if there is one (through a compiled adapter).

const std = @import("std");
const builtin = @import("builtin");
const object = @import("object.zig");
const inspect = @import("inspect.zig");
const user_methods = @import("user_methods.zig");
const map = @import("map.zig");
const string = @import("string.zig");
const throw = @import("throw.zig");
const number_format = @import("number_format.zig");
const Value = @import("value.zig").Value;
const Str = string.Str;
const Buf = inspect.Buf;
const Obj = inspect.Obj;

const value_tag_object: u32 = 5;
const max_depth = 512;

/// How an object was reached: under an array index or a property name.
const Key = union(enum) { index: usize, name: *const Str };

pub const Options = struct {
    /// The indentation unit (`space`), at most 10 units; empty: one line.
    gap: []const u16 = &.{},
    /// Whether to break lines: V8 does so for a `space` in (0, 1) too, with an empty gap.
    pretty: bool = false,
    /// The replacer array's property list (strings, deduplicated), if any.
    keys: ?[]const *const Str = null,
};

/// A replacer function: the program's closure and the compiled adapter that
/// calls it as (key, value) and stores its result (an exception stays pending).
pub const Replacer = struct {
    closure: usize,
    call: *const fn (closure: usize, key: *const Str, value: *const Value, out: *Value) callconv(.C) void,
};

pub const Ctx = struct {
    buf: Buf,
    opts: Options,
    replacer: ?Replacer = null,
    stack: [max_depth]usize = undefined,
    keys: [max_depth]Key = undefined,
    depth: usize = 0,
    /// Set when a cycle is found: where it closes.
    cycle_start: usize = 0,
    cycle_key: Key = .{ .index = 0 },
    /// The TypeError's message, built while the path to the cycle is on the stack.
    message: ?*Str = null,
};

pub const Error = error{ Circular, TooDeep, Thrown };

/// Whether JSON.stringify skips the value (undefined, a function).
fn skips(v: Value) bool {
    if (v.tag == .undefined) return true;
    if (@intFromEnum(v.tag) != value_tag_object or v.bits == 0) return false;
    const o = inspect.describe(@intCast(v.bits)) orelse return false;
    return o.shape == inspect.shape_closure;
}

fn newline(ctx: *Ctx) void {
    if (!ctx.opts.pretty) return;
    ctx.buf.unit('\n');
    for (0..ctx.depth) |_| ctx.buf.units(ctx.opts.gap);
}

fn keyString(key: Key) *const Str {
    return switch (key) {
        .name => |n| n,
        .index => |i| blk: {
            var tmp: [20]u8 = undefined;
            break :blk string.fromAscii(tmp[0..number_format.writeInt(&tmp, i)]);
        },
    };
}

/// Appends the JSON text of `v`, reached under `key`, after calling its
/// toJSON method if it has one; false (nothing written) when it is skipped.
pub fn serialize(ctx: *Ctx, v: Value, key: Key) Error!bool {
    return serializeValue(ctx, try resolve(ctx, v, key), key);
}

/// The value JSON writes for `v` (SerializeJSONProperty): what its toJSON
/// method returns, if it has one, then what the replacer function makes of it.
fn resolve(ctx: *Ctx, given: Value, key: Key) Error!Value {
    var v = given;
    if (@intFromEnum(v.tag) == value_tag_object and v.bits != 0 and user_methods.lookup(.to_json, @intCast(v.bits)) != null) {
        v = (try user_methods.call(.to_json, @intCast(v.bits), keyString(key))).?;
    }
    if (ctx.replacer) |r| {
        var out = Value.undefined;
        r.call(r.closure, keyString(key), &v, &out);
        if (throw.pending()) return error.Thrown;
        v = out;
    }
    return v;
}

fn serializeValue(ctx: *Ctx, v: Value, key: Key) Error!bool {
    const b = &ctx.buf;
    if (skips(v)) return false;
    switch (@intFromEnum(v.tag)) {
        1 => b.ascii("null"),
        2 => b.ascii(if (v.bits != 0) "true" else "false"),
        3 => {
            const x = v.asNumber();
            if (std.math.isNan(x) or std.math.isInf(x)) b.ascii("null") else b.number(x);
        },
        4 => quote(b, v.asString().units()),
        value_tag_object => {
            const addr: usize = @intCast(v.bits);
            if (addr == 0) {
                b.ascii("null");
                return true;
            }
            const o = inspect.describe(addr) orelse {
                b.ascii("{}");
                return true;
            };
            if (std.mem.indexOfScalar(usize, ctx.stack[0..ctx.depth], addr)) |i| {
                ctx.cycle_start = i;
                ctx.cycle_key = key;
                ctx.message = circularMessage(ctx);
                return error.Circular;
            }
            if (ctx.depth == max_depth) return error.TooDeep;
            ctx.stack[ctx.depth] = addr;
            ctx.keys[ctx.depth] = key;
            ctx.depth += 1;
            defer ctx.depth -= 1;
            if (o.shape == inspect.shape_array) try array(ctx, o) else try objectFields(ctx, o);
        },
        else => return false,
    }
    return true;
}

fn array(ctx: *Ctx, o: Obj) Error!void {
    const b = &ctx.buf;
    const n = inspect.arrayLen(o);
    if (n == 0) return b.ascii("[]");
    b.unit('[');
    for (0..n) |i| {
        if (i > 0) b.unit(',');
        newline(ctx);
        if (!try serialize(ctx, inspect.arrayElem(o, i), .{ .index = i })) b.ascii("null");
    }
    ctx.depth -= 1;
    newline(ctx);
    ctx.depth += 1;
    b.unit(']');
}

fn objectFields(ctx: *Ctx, o: Obj) Error!void {
    const b = &ctx.buf;
    b.unit('{');
    const start = b.len;
    var first = true;
    if (o.shape == inspect.shape_record) {
        // A record's entries are its properties, already in JS order (record.zig).
        const m: *map.MapObject = @ptrFromInt(o.addr);
        const vals = if (m.entries) |e| map.values(e)[0 .. 2 * map.count(m.used)] else &[_]Value{};
        if (ctx.opts.keys) |list| {
            for (list) |k| {
                var i: usize = 0;
                while (i < vals.len) : (i += 2) {
                    if (std.mem.eql(u16, vals[i].asString().units(), k.units())) try member(ctx, vals[i].asString(), vals[i + 1], &first);
                }
            }
        } else {
            var i: usize = 0;
            while (i < vals.len) : (i += 2) try member(ctx, vals[i].asString(), vals[i + 1], &first);
        }
    } else if (ctx.opts.keys) |list| {
        for (list) |k| {
            const f = ownField(o, k.units()) orelse continue;
            try property(ctx, o, f, &first);
        }
    } else {
        var key_store: [inspect.max_fields]u8 = undefined;
        const plain = o.shape == inspect.shape_class or o.shape == inspect.shape_literal or o.shape == inspect.shape_error;
        const keys: []u8 = if (plain) inspect.keyOrder(o, &key_store) else key_store[0..0];
        for (keys) |k| try property(ctx, o, o.fields[k], &first);
    }
    if (b.len != start) {
        ctx.depth -= 1;
        newline(ctx);
        ctx.depth += 1;
    }
    b.unit('}');
}

fn ownField(o: Obj, name: []const u16) ?inspect.FieldDesc {
    if (o.shape != inspect.shape_class and o.shape != inspect.shape_literal and o.shape != inspect.shape_error) return null;
    for (o.fields) |f| {
        const k = f.name.units();
        if (k.len > 0 and k[0] == '#') continue;
        if (std.mem.eql(u16, k, name)) return f;
    }
    return null;
}

fn property(ctx: *Ctx, o: Obj, f: inspect.FieldDesc, first: *bool) Error!void {
    try member(ctx, f.name, inspect.fieldValue(o, f), first);
}

/// `"name": value`, or nothing when the value is skipped (undefined, functions).
fn member(ctx: *Ctx, name: *const Str, given: Value, first: *bool) Error!void {
    const b = &ctx.buf;
    // toJSON first: a member whose toJSON gives undefined is left out too.
    const v = try resolve(ctx, given, .{ .name = name });
    if (skips(v)) return;
    if (!first.*) b.unit(',');
    first.* = false;
    newline(ctx);
    quote(b, name.units());
    b.unit(':');
    if (ctx.opts.pretty) b.unit(' ');
    _ = try serializeValue(ctx, v, .{ .name = name });
}

/// QuoteJSONString: escapes quotes, backslashes, control characters and lone surrogates.
pub fn quote(b: anytype, s: []const u16) void {
    b.ascii("\"");
    var i: usize = 0;
    while (i < s.len) : (i += 1) {
        const c = s[i];
        switch (c) {
            '"' => b.ascii("\\\""),
            '\\' => b.ascii("\\\\"),
            0x08 => b.ascii("\\b"),
            0x09 => b.ascii("\\t"),
            0x0a => b.ascii("\\n"),
            0x0c => b.ascii("\\f"),
            0x0d => b.ascii("\\r"),
            0...7, 0x0b, 0x0e...0x1f => b.ascii(&inspect.hexEscape("\\u", c, 4, "0123456789abcdef")),
            0xD800...0xDBFF => if (i + 1 < s.len and s[i + 1] >= 0xDC00 and s[i + 1] <= 0xDFFF) {
                b.unit(c);
                b.unit(s[i + 1]);
                i += 1;
            } else {
                b.ascii(&inspect.hexEscape("\\u", c, 4, "0123456789abcdef"));
            },
            0xDC00...0xDFFF => b.ascii(&inspect.hexEscape("\\u", c, 4, "0123456789abcdef")),
            else => b.unit(c),
        }
    }
    b.ascii("\"");
}

// ---------------------------------------------------------------------------
// The TypeError for a cycle: V8's CircularStructureMessageBuilder.

fn constructorName(b: *Buf, addr: usize) void {
    b.unit('\'');
    if (inspect.describe(addr)) |o| {
        if (o.shape == inspect.shape_array) b.ascii("Array") else b.units(o.name());
    } else b.ascii("Object");
    b.unit('\'');
}

fn appendKey(b: *Buf, key: Key) void {
    switch (key) {
        .index => |i| {
            b.ascii("index ");
            b.int(i);
        },
        .name => |n| if (n.len == 0) b.ascii("<anonymous>") else {
            b.ascii("property '");
            b.units(n.units());
            b.unit('\'');
        },
    }
}

fn circularMessage(ctx: *const Ctx) *Str {
    var first: [256]u16 = undefined;
    var b = Buf.init(&first);
    b.ascii("Converting circular structure to JSON\n    --> starting at object with constructor ");
    const start = ctx.cycle_start;
    constructorName(&b, ctx.stack[start]);
    const size = ctx.depth;
    const prefix_end = @min(size, start + 1 + 2);
    for (start + 1..prefix_end) |i| normalLine(&b, ctx, i);
    if (size > prefix_end + 1) b.ascii("\n    |     ...");
    const postfix_start = @max(prefix_end, size - 1);
    for (postfix_start..size) |i| normalLine(&b, ctx, i);
    b.ascii("\n    --- ");
    appendKey(&b, ctx.cycle_key);
    b.ascii(" closes the circle");
    return copyOut(&b);
}

fn normalLine(b: *Buf, ctx: *const Ctx, i: usize) void {
    b.ascii("\n    |     ");
    appendKey(b, ctx.keys[i]);
    b.ascii(" -> object with constructor ");
    constructorName(b, ctx.stack[i]);
}

fn copyOut(b: *const Buf) *Str {
    const s = string.alloc(b.len);
    @memcpy(s.unitsMut(), b.items());
    return s;
}

// ---------------------------------------------------------------------------
// The entry point.

/// The property list of a replacer array (its string and number elements, first occurrences).
fn propertyList(list_addr: usize, out: []*const Str) []*const Str {
    const o = inspect.describe(list_addr) orelse return out[0..0];
    var n: usize = 0;
    for (0..inspect.arrayLen(o)) |i| {
        const e = inspect.arrayElem(o, i);
        const s: *const Str = switch (e.tag) {
            .string => e.asString(),
            .number => blk: {
                var tmp: [number_format.max_len]u8 = undefined;
                break :blk string.fromAscii(number_format.format(&tmp, e.asNumber()));
            },
            else => continue,
        };
        const dup = for (out[0..n]) |k| {
            if (std.mem.eql(u16, k.units(), s.units())) break true;
        } else false;
        if (dup or n == out.len) continue;
        out[n] = s;
        n += 1;
    }
    return out[0..n];
}

/// The gap from `space` (V8's JsonStringifier::InitializeGap): a positive
/// number gives up to 10 spaces (its integer part), a non-empty string its
/// first 10 units.
fn gapOf(space: Value, out: *[10]u16, opts: *Options) void {
    switch (space.tag) {
        .number => {
            const given = space.asNumber();
            if (!(given > 0)) return; // NaN too
            const x = @min(given, 10);
            const n: usize = @intFromFloat(@floor(x));
            @memset(out[0..n], ' ');
            opts.* = .{ .gap = out[0..n], .pretty = true, .keys = opts.keys };
        },
        .string => {
            const s = space.asString().units();
            if (s.len == 0) return;
            const n = @min(s.len, 10);
            @memcpy(out[0..n], s[0..n]);
            opts.* = .{ .gap = out[0..n], .pretty = true, .keys = opts.keys };
        },
        else => {},
    }
}

/// JSON.stringify(value, replacer, space), each a Value (two words): the
/// text, or null for undefined. The replacer is an array of keys, or null /
/// undefined. A cycle raises a TypeError (compiled code checks the flag).
export fn tsx_json_stringify(tag: u64, bits: u64, list_tag: u64, list_bits: u64, space_tag: u64, space_bits: u64) callconv(.C) ?*Str {
    return stringify(tag, bits, list_tag, list_bits, space_tag, space_bits, null);
}

/// JSON.stringify(value, replacerFunction, space): the replacer as (closure, adapter).
export fn tsx_json_stringify_fn(tag: u64, bits: u64, closure: usize, adapter: usize, space_tag: u64, space_bits: u64) callconv(.C) ?*Str {
    return stringify(tag, bits, 0, 0, space_tag, space_bits, .{ .closure = closure, .call = @ptrFromInt(adapter) });
}

fn stringify(tag: u64, bits: u64, list_tag: u64, list_bits: u64, space_tag: u64, space_bits: u64, replacer: ?Replacer) ?*Str {
    const list: usize = if (list_tag == value_tag_object) @intCast(list_bits) else 0;
    const v = Value{ .tag = @enumFromInt(@as(u32, @truncate(tag))), .bits = bits };
    const space = Value{ .tag = @enumFromInt(@as(u32, @truncate(space_tag))), .bits = space_bits };
    var gap_store: [10]u16 = undefined;
    var key_store: [inspect.max_fields * 4]*const Str = undefined;
    var first: [256]u16 = undefined;
    var ctx = Ctx{
        .buf = Buf.init(&first),
        .opts = .{ .keys = if (list != 0) propertyList(list, &key_store) else null },
        .replacer = replacer,
    };
    gapOf(space, &gap_store, &ctx.opts);
    const wrote = serialize(&ctx, v, .{ .name = string.literal("") }) catch |e| {
        switch (e) {
            error.Circular => throw.raise(.type_error, ctx.message.?),
            error.TooDeep => throw.rangeError("Maximum call stack size exceeded"),
            error.Thrown => {}, // by a toJSON method or the replacer: it stays pending
        }
        return null;
    };
    if (!wrote) return null;
    return copyOut(&ctx.buf);
}
