// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Extensible strings, so that building a string by repeated `+` is
//! amortised linear (SpiderMonkey's extensible strings, both ways).
//!
//! A long concat result whose operand was itself built by concat is an
//! Indirect string: a 32-byte header pointing at its units inside a Buffer
//! that has spare room after (or, when built by prepending, before) the
//! units in use. Concatenating onto a string that ends the buffer's used
//! run writes only the new operand into the room and makes a new header:
//! strings already made keep their own `[ptr, ptr + len)`, which is never
//! written again, so every string stays immutable. A string that does not
//! end the run (`t = s + "a"; u = s + "b"`) or finds no room gets a fresh
//! buffer twice its length. Reading the units stays O(1) and allocation-free
//! (a flag test in Str.units()), so the ~90 readers in rt are unchanged, and
//! nothing is ever overwritten in place: no write barrier is needed.
//!
//! One-off concatenations stay flat exact copies (flagged GC_BUILT), as do
//! results shorter than `min_len`: only a second concat onto a result moves
//! it into a buffer, so `"key" + n` costs what it always did.

const std = @import("std");
const heap = @import("heap.zig");
const object = @import("object.zig");
const string = @import("string.zig");

const Str = string.Str;
const Indirect = string.Indirect;

/// Results shorter than this are flat copies: copying a few dozen units
/// costs about what allocating the indirect header does.
pub const min_len: usize = 32;

/// A BYTES object (`len` = the bytes after its 16-byte header, as rt/ABI.md
/// says) holding `cap` units, of which `[front, end)` are in use.
pub const Buffer = extern struct {
    tag: u32 = object.TAG_BYTES,
    gc: u32 = 0,
    len: u32,
    _pad: u32 = 0,
    cap: u32,
    front: u32,
    end: u32,
    _pad2: u32 = 0,

    pub fn data(b: *Buffer) [*]u16 {
        return @ptrFromInt(@intFromPtr(b) + @sizeOf(Buffer));
    }
};

comptime {
    std.debug.assert(@sizeOf(Buffer) == 32);
}

inline fn indirect(s: *const Str) ?*const Indirect {
    return if (s.gc & string.GC_INDIRECT != 0) @ptrCast(@alignCast(s)) else null;
}

inline fn built(s: *const Str) bool {
    return s.gc & (string.GC_INDIRECT | string.GC_BUILT) != 0;
}

/// a + b (both non-empty, `n` = their total length, at most max_len) in a
/// buffer, or null when it should be a flat copy (neither operand was built).
pub fn concat(a: *const Str, b: *const Str, n: usize) ?*Str {
    if (indirect(a)) |ia| {
        const buf = ia.buf;
        if (ia.ptr + a.len == buf.data() + buf.end and buf.cap - buf.end >= b.len) {
            // b may lie inside the run (s + s): it ends before `end`.
            @memcpy(buf.data()[buf.end..][0..b.len], b.units());
            buf.end += b.len;
            return make(buf, ia.ptr, n);
        }
    }
    if (indirect(b)) |ib| {
        const buf = ib.buf;
        if (ib.ptr == buf.data() + buf.front and buf.front >= a.len) {
            buf.front -= a.len;
            @memcpy(buf.data()[buf.front..][0..a.len], a.units());
            return make(buf, ib.ptr - a.len, n);
        }
    }
    const append = built(a);
    if (!append and !built(b)) return null;
    const cap = @max(n, @min(2 * n, string.max_len));
    const buf = newBuffer(cap);
    // Room after the units when appending, before them when prepending.
    const front: u32 = if (append) 0 else @intCast(cap - n);
    const d = buf.data() + front;
    @memcpy(d[0..a.len], a.units());
    @memcpy(d[a.len..n], b.units());
    buf.front = front;
    buf.end = front + @as(u32, @intCast(n));
    return make(buf, d, n);
}

fn newBuffer(cap: usize) *Buffer {
    const bytes = @sizeOf(Buffer) + 2 * cap;
    const buf: *Buffer = @ptrCast(heap.allocObject(bytes, object.TAG_BYTES));
    buf.* = .{ .len = @intCast(bytes - 16), .cap = @intCast(cap), .front = 0, .end = 0 };
    return buf;
}

/// A new header for `ptr[0..n]` in `buf`. `buf` stays live across the
/// allocation through the stack (roots are conservative).
fn make(buf: *Buffer, ptr: [*]const u16, n: usize) *Str {
    const s: *Indirect = @ptrCast(heap.allocObject(@sizeOf(Indirect), object.TAG_BYTES));
    s.* = .{ .hdr = .{ .gc = string.GC_INDIRECT, .len = @intCast(n) }, .ptr = ptr, .buf = buf };
    return &s.hdr;
}

const testing = std.testing;
const gc = @import("gc.zig");

fn ascii(comptime text: []const u8) *const Str {
    return string.literal(text);
}

fn expectText(s: *const Str, comptime text: []const u8) !void {
    var want: [text.len]u16 = undefined;
    for (text, 0..) |c, i| want[i] = c;
    try testing.expectEqualSlices(u16, &want, s.units());
}

const long = "abcdefghijklmnopqrstuvwxyz0123456789";

test "a one-off concat is flat; a second one moves into a buffer" {
    const a = string.concat(ascii(long), ascii("!"));
    try testing.expectEqual(string.GC_BUILT, a.gc);
    const b = string.concat(a, ascii("?"));
    try testing.expect(b.gc & string.GC_INDIRECT != 0);
    try expectText(b, long ++ "!?");
    // Short results stay flat even when built.
    const c = string.concat(string.concat(ascii("ab"), ascii("c")), ascii("d"));
    try testing.expectEqual(string.GC_BUILT, c.gc);
}

test "appends go in place while the string ends the buffer" {
    var s = string.concat(string.concat(ascii(long), ascii("-")), ascii("+"));
    const buf = indirect(s).?.buf;
    const first = s;
    var i: usize = 0;
    while (indirect(s).?.buf == buf) : (i += 1) s = string.concat(s, ascii("x"));
    // 38 units got a buffer of 76: 38 appends in place, the 39th regrew it.
    try testing.expectEqual(@as(usize, 39), i);
    try expectText(first, long ++ "-+");
    try testing.expectEqual(@as(u32, 38 + 39), s.len);
    // Forking: t and u both extend `first`, which no longer ends the run.
    const t = string.concat(first, ascii("T"));
    const u = string.concat(first, ascii("U"));
    try expectText(t, long ++ "-+T");
    try expectText(u, long ++ "-+U");
    try expectText(first, long ++ "-+");
}

test "prepending fills the room before the units" {
    var s = string.concat(ascii("<"), string.concat(ascii(long), ascii(">")));
    s = string.concat(ascii("["), s);
    const buf = indirect(s).?.buf;
    try testing.expect(buf.front > 0);
    const before = s;
    s = string.concat(ascii("{"), s);
    try testing.expect(indirect(s).?.buf == buf);
    try expectText(s, "{[<" ++ long ++ ">");
    try expectText(before, "[<" ++ long ++ ">");
    // s + s: the operand lies in the buffer it is appended to.
    const d = string.concat(s, s);
    try expectText(d, "{[<" ++ long ++ ">{[<" ++ long ++ ">");
}

/// Under a collection at every allocation; its frame lies below the stack
/// top the test sets, so that the conservative scan sees its locals.
noinline fn buildUnderStress() !void {
    var s: *const Str = string.concat(ascii(long), ascii("0"));
    for (0..300) |i| {
        s = string.concat(s, if (i % 2 == 0) ascii("a") else ascii("bc"));
        // Garbage between appends, so that a lost buffer would be reused.
        _ = string.fromAscii("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
    }
    try testing.expectEqual(@as(u32, 37 + 450), s.len);
    const u = s.units();
    try testing.expectEqualSlices(u16, &[_]u16{ '0', 'a', 'b', 'c', 'a' }, u[36..41]);
    try testing.expectEqualSlices(u16, &[_]u16{ 'a', 'b', 'c' }, u[s.len - 3 ..]);
}

test "buffers survive collections through the strings that use them" {
    heap.testReset(.{ .stress = true });
    defer heap.testReset(.{});
    var top: usize = 0;
    gc.tsx_stack_top = @intFromPtr(&top);
    defer gc.tsx_stack_top = 0;
    try buildUnderStress();
    try testing.expect(heap.stats.collections > 300);
}
