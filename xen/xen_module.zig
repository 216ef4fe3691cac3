// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The platform side of the xen stdlib module (stdlib/xen.ts): xenstore calls
// on tsxen strings (rt/ABI.md, "The xen stdlib module"). Paths and values
// travel as UTF-8 (an unpaired surrogate becomes U+FFFD, as in Node's
// Buffer); answers are decoded from UTF-8 (invalid bytes become U+FFFD).

const std = @import("std");
const xs = @import("xenstore.zig");

/// rt/string.zig's layout: a 16-byte header, then UTF-16 code units.
const Str = extern struct { tag: u32, gc: u32, len: u32, hash: u32 };
const TAG_STRING: u32 = 1;
extern fn tsx_alloc(size: usize, tag: u32) callconv(.C) *anyopaque;

fn units(s: *const Str) []const u16 {
    const p: [*]const u16 = @ptrFromInt(@intFromPtr(s) + @sizeOf(Str));
    return p[0..s.len];
}

/// One request at a time: the buffers are the platform's, not the stack's.
var path_buf: [xs.payload_max]u8 = undefined;
var value_buf: [xs.payload_max]u8 = undefined;
var answer: [xs.payload_max]u8 = undefined;

/// UTF-16 to UTF-8 into out; null when it does not fit.
fn encode(s: *const Str, out: []u8) ?[]const u8 {
    const u = units(s);
    var n: usize = 0;
    var i: usize = 0;
    while (i < u.len) : (i += 1) {
        var cp: u21 = u[i];
        if (cp >= 0xd800 and cp < 0xdc00 and i + 1 < u.len and u[i + 1] >= 0xdc00 and u[i + 1] < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (u[i + 1] - 0xdc00);
            i += 1;
        } else if (cp >= 0xd800 and cp < 0xe000) {
            cp = 0xfffd;
        }
        const len = std.unicode.utf8CodepointSequenceLength(cp) catch unreachable;
        if (n + len > out.len) return null;
        _ = std.unicode.utf8Encode(cp, out[n..][0..len]) catch unreachable;
        n += len;
    }
    return out[0..n];
}

/// A fresh string from UTF-8 bytes.
fn decode(bytes: []const u8) *Str {
    var count: usize = 0;
    var it = Decoder{ .bytes = bytes };
    while (it.next()) |cp| count += if (cp >= 0x10000) 2 else 1;
    const s: *Str = @ptrCast(@alignCast(tsx_alloc(@sizeOf(Str) + 2 * count, TAG_STRING)));
    s.len = @intCast(count);
    const out: [*]u16 = @ptrFromInt(@intFromPtr(s) + @sizeOf(Str));
    var k: usize = 0;
    it = Decoder{ .bytes = bytes };
    while (it.next()) |cp| {
        if (cp >= 0x10000) {
            out[k] = @intCast(0xd800 + ((cp - 0x10000) >> 10));
            out[k + 1] = @intCast(0xdc00 + ((cp - 0x10000) & 0x3ff));
            k += 2;
        } else {
            out[k] = @intCast(cp);
            k += 1;
        }
    }
    return s;
}

const Decoder = struct {
    bytes: []const u8,
    i: usize = 0,

    fn next(d: *Decoder) ?u21 {
        if (d.i >= d.bytes.len) return null;
        const len = std.unicode.utf8ByteSequenceLength(d.bytes[d.i]) catch {
            d.i += 1;
            return 0xfffd;
        };
        if (d.i + len > d.bytes.len) {
            d.i += 1;
            return 0xfffd;
        }
        const cp = std.unicode.utf8Decode(d.bytes[d.i..][0..len]) catch {
            d.i += 1;
            return 0xfffd;
        };
        d.i += len;
        return cp;
    }
};

/// The answer of a read-like request as a string; null on any error.
fn answerString(kind: u32, path: *const Str) ?*Str {
    const p = encode(path, &path_buf) orelse return null;
    const n = xs.request(kind, 0, &.{ p, "\x00" }, &answer);
    if (n < 0) return null;
    return decode(answer[0..@min(@as(usize, @intCast(n)), answer.len)]);
}

export fn tsx_xen_store_read(path: *const Str) callconv(.C) ?*Str {
    return answerString(xs.READ, path);
}

/// The children's names, each followed by a NUL.
export fn tsx_xen_store_directory(path: *const Str) callconv(.C) ?*Str {
    return answerString(xs.DIRECTORY, path);
}

export fn tsx_xen_store_write(path: *const Str, value: *const Str) callconv(.C) i32 {
    const p = encode(path, &path_buf) orelse return -7; // E2BIG
    const v = encode(value, &value_buf) orelse return -7;
    const n = xs.request(xs.WRITE, 0, &.{ p, "\x00", v }, &.{});
    return if (n < 0) @intCast(n) else 0;
}

export fn tsx_xen_store_remove(path: *const Str) callconv(.C) i32 {
    const p = encode(path, &path_buf) orelse return -7;
    const n = xs.request(xs.RM, 0, &.{ p, "\x00" }, &.{});
    return if (n < 0) @intCast(n) else 0;
}
