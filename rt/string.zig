// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Immutable JS strings: a 16-byte header followed by UTF-16 code units
//! (flat), or by a pointer to units kept in an extensible buffer (indirect,
//! gc bit 1: made by concat, rt/string_extend.zig). The compiler emits
//! literals flat (gc bit 0 set) and reads only `len`; everything else reads
//! the units through Str.units().

const std = @import("std");
const heap = @import("heap.zig");
const panic = @import("panic.zig");
const object = @import("object.zig");
const extend = @import("string_extend.zig");

pub const TAG_STRING: u32 = 1;
/// gc bit 0: static (a literal), never freed.
pub const GC_STATIC: u32 = 1;
/// gc bit 1: an Indirect string (units in a Buffer).
pub const GC_INDIRECT: u32 = object.GC_STR_INDIRECT;
/// gc bit 2: a flat string made by concat: concatenating onto it again
/// moves the result into an extensible buffer (string_extend.zig).
pub const GC_BUILT: u32 = 4;
/// V8's limit on 64-bit targets (String::kMaxLength); beyond it Node throws.
pub const max_len: u32 = (1 << 29) - 24;

pub const Str = extern struct {
    tag: u32 = TAG_STRING,
    gc: u32 = 0,
    len: u32,
    /// 0 = not computed yet.
    hash: u32 = 0,

    pub inline fn units(s: *const Str) []const u16 {
        if (s.gc & GC_INDIRECT != 0) {
            const ind: *const Indirect = @ptrCast(@alignCast(s));
            return ind.ptr[0..s.len];
        }
        const p: [*]const u16 = @ptrFromInt(@intFromPtr(s) + @sizeOf(Str));
        return p[0..s.len];
    }

    /// The units of a string just allocated (flat), for its maker to fill.
    pub fn unitsMut(s: *Str) []u16 {
        std.debug.assert(s.gc & GC_INDIRECT == 0);
        const p: [*]u16 = @ptrFromInt(@intFromPtr(s) + @sizeOf(Str));
        return p[0..s.len];
    }
};

/// A string whose units are `ptr[0..len]`, inside `buf` (which the
/// collector follows; `ptr` is derived from it).
pub const Indirect = extern struct {
    hdr: Str,
    ptr: [*]const u16,
    buf: *extend.Buffer,
};

comptime {
    std.debug.assert(@sizeOf(Str) == 16);
    std.debug.assert(@sizeOf(Indirect) == 32);
    std.debug.assert(@offsetOf(Indirect, "buf") == object.STR_INDIRECT_BUF);
}

/// A static string laid out as the compiler lays out literals. ASCII only.
pub fn literal(comptime s: []const u8) *const Str {
    const Lit = extern struct { hdr: Str, data: [s.len]u16 };
    const S = struct {
        const lit: Lit = blk: {
            var d: [s.len]u16 = undefined;
            for (s, 0..) |c, i| d[i] = c;
            break :blk .{ .hdr = .{ .gc = GC_STATIC, .len = s.len }, .data = d };
        };
    };
    return &S.lit.hdr;
}

/// A fresh string of `len` units whose data the caller fills in.
pub fn alloc(len: usize) *Str {
    if (len > max_len) panic.rangeError("Invalid string length");
    const p = heap.alloc(@sizeOf(Str) + 2 * len);
    const s: *Str = @ptrCast(p);
    s.* = .{ .len = @intCast(len) };
    return s;
}

pub fn fromAscii(bytes: []const u8) *Str {
    const s = alloc(bytes.len);
    for (s.unitsMut(), bytes) |*d, c| d.* = c;
    return s;
}

pub fn concat(a: *const Str, b: *const Str) *Str {
    // JS strings are immutable, so an empty operand lets us share the other.
    if (a.len == 0) return @constCast(b);
    if (b.len == 0) return @constCast(a);
    const n = @as(usize, a.len) + b.len;
    if (n > max_len) panic.rangeError("Invalid string length");
    if (n >= extend.min_len) {
        if (extend.concat(a, b, n)) |s| return s;
    }
    const s = alloc(n);
    s.gc = GC_BUILT;
    const d = s.unitsMut();
    @memcpy(d[0..a.len], a.units());
    @memcpy(d[a.len..], b.units());
    return s;
}

pub fn equals(a: *const Str, b: *const Str) bool {
    if (a == b) return true;
    if (a.len != b.len) return false;
    if (a.hash != 0 and b.hash != 0 and a.hash != b.hash) return false;
    return std.mem.eql(u16, a.units(), b.units());
}

/// Code-unit order, as JS relational operators compare strings.
pub fn compare(a: *const Str, b: *const Str) i32 {
    if (a == b) return 0;
    const x = a.units();
    const y = b.units();
    const n = @min(x.len, y.len);
    for (x[0..n], y[0..n]) |p, q| {
        if (p != q) return if (p < q) -1 else 1;
    }
    if (x.len == y.len) return 0;
    return if (x.len < y.len) -1 else 1;
}

const testing = std.testing;

test "literal layout" {
    const s = literal("hi");
    try testing.expectEqual(@as(u32, 1), s.tag);
    try testing.expectEqual(@as(u32, 1), s.gc);
    try testing.expectEqual(@as(u32, 2), s.len);
    try testing.expectEqualSlices(u16, &.{ 'h', 'i' }, s.units());
}

test "concat" {
    const e = literal("");
    const a = literal("ab");
    try testing.expect(concat(e, a) == a);
    try testing.expect(concat(a, e) == a);
    const c = concat(a, literal("c"));
    try testing.expect(equals(c, literal("abc")));
    try testing.expectEqual(GC_BUILT, c.gc);
}

test "equals and compare" {
    try testing.expect(equals(fromAscii("x"), literal("x")));
    try testing.expect(!equals(literal("x"), literal("y")));
    try testing.expect(!equals(literal("x"), literal("xx")));
    try testing.expect(compare(literal("a"), literal("b")) < 0);
    try testing.expect(compare(literal("b"), literal("a")) > 0);
    try testing.expect(compare(literal("a"), literal("ab")) < 0);
    try testing.expect(compare(literal(""), literal("")) == 0);
    try testing.expect(compare(literal("Z"), literal("a")) < 0);
    // Code-unit order: U+FF61 sorts after a surrogate (0xD83D), unlike code points.
    const hi = alloc(1);
    hi.unitsMut()[0] = 0xD83D;
    const ff = alloc(1);
    ff.unitsMut()[0] = 0xFF61;
    try testing.expect(compare(hi, ff) < 0);
}
