// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! console.log / console.error: Node's util.format (objects are inspected
//! by rt/inspect.zig), UTF-16 to UTF-8 conversion, and buffered output.
//!
//! stdout is buffered and written in whole lines; stderr is written at the
//! end of every message. Before writing to one stream the other is flushed,
//! so `2>&1` interleaves exactly as in Node.

const std = @import("std");
const platform = @import("platform.zig");
const number_format = @import("number_format.zig");
const number_parse = @import("number_parse.zig");
const Str = @import("string.zig").Str;
const value = @import("value.zig");
const Value = value.Value;
const inspect = @import("inspect.zig");
const user_methods = @import("user_methods.zig");
const throw = @import("throw.zig");

const Stream = struct {
    fd: u32,
    buf: []u8,
    len: usize = 0,
    /// Bytes of `buf` that form complete lines.
    lines: usize = 0,

    fn put(s: *Stream, bytes: []const u8) void {
        if (bytes.len > s.buf.len - s.len) {
            s.flushLines();
            if (bytes.len > s.buf.len - s.len) {
                // A line longer than the buffer goes out in pieces.
                s.flush();
                if (bytes.len > s.buf.len) {
                    platform.write(s.fd, bytes.ptr, bytes.len);
                    return;
                }
            }
        }
        @memcpy(s.buf[s.len..][0..bytes.len], bytes);
        s.len += bytes.len;
    }

    fn flushLines(s: *Stream) void {
        if (s.lines == 0) return;
        platform.write(s.fd, s.buf.ptr, s.lines);
        std.mem.copyForwards(u8, s.buf[0 .. s.len - s.lines], s.buf[s.lines..s.len]);
        s.len -= s.lines;
        s.lines = 0;
    }

    fn flush(s: *Stream) void {
        if (s.len != 0) platform.write(s.fd, s.buf.ptr, s.len);
        s.len = 0;
        s.lines = 0;
    }
};

var stdout_buf: [32 * 1024]u8 = undefined;
var stderr_buf: [4 * 1024]u8 = undefined;
var streams = [2]Stream{
    .{ .fd = 1, .buf = &stdout_buf },
    .{ .fd = 2, .buf = &stderr_buf },
};

/// Writes everything buffered. Called before exit.
pub fn flush() void {
    streams[0].flush();
    streams[1].flush();
}

/// One message being written: UTF-16 in, UTF-8 out. A high surrogate is
/// held back until the next unit, so pairs split across pieces still join;
/// a lone surrogate becomes U+FFFD, as Node writes it.
pub const Line = struct {
    stream: *Stream,
    pending: u16 = 0,
    tmp: [256]u8 = undefined,
    n: usize = 0,

    pub fn begin(stream: u32) Line {
        const i: usize = if (stream == 2) 1 else 0;
        streams[1 - i].flush();
        return .{ .stream = &streams[i] };
    }

    fn bytes(l: *Line, b: []const u8) void {
        if (b.len > l.tmp.len - l.n) {
            l.stream.put(l.tmp[0..l.n]);
            l.n = 0;
            if (b.len > l.tmp.len) return l.stream.put(b);
        }
        @memcpy(l.tmp[l.n..][0..b.len], b);
        l.n += b.len;
    }

    fn codePoint(l: *Line, cp: u21) void {
        var b: [4]u8 = undefined;
        const n = std.unicode.utf8Encode(cp, &b) catch unreachable;
        l.bytes(b[0..n]);
    }

    fn dropPending(l: *Line) void {
        if (l.pending != 0) {
            l.pending = 0;
            l.codePoint(0xFFFD);
        }
    }

    pub fn ascii(l: *Line, s: []const u8) void {
        l.dropPending();
        l.bytes(s);
    }

    pub fn unit(l: *Line, c: u16) void {
        if (c < 0x80 and l.pending == 0) {
            if (l.n == l.tmp.len) {
                l.stream.put(&l.tmp);
                l.n = 0;
            }
            l.tmp[l.n] = @intCast(c);
            l.n += 1;
            return;
        }
        if (c >= 0xDC00 and c <= 0xDFFF and l.pending != 0) {
            const cp = 0x10000 + ((@as(u21, l.pending) - 0xD800) << 10) + (c - 0xDC00);
            l.pending = 0;
            return l.codePoint(cp);
        }
        l.dropPending();
        if (c >= 0xD800 and c <= 0xDBFF) {
            l.pending = c;
        } else if (c >= 0xDC00 and c <= 0xDFFF) {
            l.codePoint(0xFFFD);
        } else {
            l.codePoint(c);
        }
    }

    pub fn units(l: *Line, s: []const u16) void {
        for (s) |c| l.unit(c);
    }

    /// Finishes the message with a newline.
    pub fn end(l: *Line) void {
        l.ascii("\n");
        l.stream.put(l.tmp[0..l.n]);
        l.n = 0;
        l.stream.lines = l.stream.len;
        if (l.stream.fd == 2) l.stream.flush();
    }

    pub fn number(l: *Line, x: f64) void {
        var buf: [number_format.max_len]u8 = undefined;
        l.ascii(number_format.format(&buf, x));
    }
};

/// console.log (stream 1) and console.error (stream 2).
pub fn log(stream: u32, args: []const Value) void {
    var l = Line.begin(stream);
    formatArgs(&l, args);
    // A toString/valueOf that threw: console.log throws before printing.
    if (throw.pending()) {
        l.n = 0;
        return;
    }
    l.end();
}

/// util.format(...args) (lib/internal/util/inspect.js
/// formatWithOptionsInternal), written to `l`.
pub fn formatArgs(l: *Line, args: []const Value) void {
    var a: usize = 0;
    var join = false;
    if (args.len > 0 and args[0].tag == .string) {
        const first = args[0].asString().units();
        if (args.len == 1) return l.units(first);
        var last: usize = 0;
        var i: usize = 0;
        while (i + 1 < first.len) : (i += 1) {
            if (first[i] != '%') continue;
            i += 1;
            const c = first[i];
            if (a + 1 != args.len) {
                switch (c) {
                    's', 'j', 'd', 'O', 'o', 'i', 'f', 'c' => {
                        a += 1;
                        if (last != i - 1) l.units(first[last .. i - 1]);
                        placeholder(l, @intCast(c), args[a]);
                        if (throw.pending()) return;
                        last = i + 1;
                    },
                    '%' => {
                        l.units(first[last..i]);
                        last = i + 1;
                    },
                    else => {},
                }
            } else if (c == '%') {
                l.units(first[last..i]);
                last = i + 1;
            }
        }
        // With no substitution the first string is printed as a plain argument below.
        if (last != 0) {
            a += 1;
            join = true;
            if (last < first.len) l.units(first[last..]);
        }
    }
    while (a < args.len) : (a += 1) {
        if (join) l.ascii(" ");
        const v = args[a];
        if (v.tag == .string) l.units(v.asString().units()) else inspectValue(l, v);
        join = true;
    }
}

fn placeholder(l: *Line, c: u8, v: Value) void {
    if (isObject(v)) {
        // A user toString/valueOf is called as String(v) / Number(v) would (an exception stays pending).
        const converts = c == 's' or c == 'd' or c == 'i' or c == 'f';
        const user = if (!converts) null else if (c == 'd') userPrimitive(v, .number) catch return else userPrimitive(v, .string) catch return;
        if (user) |p| if (!isObject(p)) return switch (c) {
            's' => toString(l, p),
            'd' => formatNumber(l, toNumber(p)),
            'i' => formatNumber(l, convertText(p, .int)),
            else => formatNumber(l, convertText(p, .float)),
        };
        return switch (c) {
            's' => inspect.writeForS(l, v),
            'd' => formatNumber(l, inspect.convertObject(v, .number)),
            'i' => formatNumber(l, inspect.convertObject(v, .int)),
            'f' => formatNumber(l, inspect.convertObject(v, .float)),
            'j' => inspect.writeJson(l, v),
            'O' => inspect.write(l, v, .{}),
            'o' => inspect.write(l, v, .{ .depth = 4, .show_hidden = true }),
            'c' => {},
            else => unreachable,
        };
    }
    switch (c) {
        's' => if (v.tag == .number) formatNumber(l, v.asNumber()) else toString(l, v),
        'd' => formatNumber(l, toNumber(v)),
        'i' => formatNumber(l, convertText(v, .int)),
        'f' => formatNumber(l, convertText(v, .float)),
        'j' => jsonPrimitive(l, v),
        'O', 'o' => inspectValue(l, v),
        'c' => {}, // CSS is for browsers; Node drops it.
        else => unreachable,
    }
}

/// JSON.stringify(v) of a primitive; undefined gives "undefined" as util.format prints it.
fn jsonPrimitive(l: *Line, v: Value) void {
    switch (v.tag) {
        .number => {
            const x = v.asNumber();
            if (std.math.isNan(x) or std.math.isInf(x)) return l.ascii("null");
            l.number(x);
        },
        .string => inspect.jsonString(l, v.asString().units()),
        else => toString(l, v),
    }
}

/// util.inspect's formatNumber: like String(x) but -0 shows as "-0".
fn formatNumber(l: *Line, x: f64) void {
    if (x == 0 and std.math.signbit(x)) return l.ascii("-0");
    l.number(x);
}

/// What the object's own (program-defined) toString or valueOf gives, in
/// OrdinaryToPrimitive's order for the hint; null when the program defines
/// neither for it, so the built-in conversion applies. util.format's %s
/// calls String(v) only for such objects, %d Number(v), %i/%f String(v).
fn userPrimitive(v: Value, comptime hint: enum { number, string }) error{Thrown}!?Value {
    const addr: usize = @intCast(v.bits);
    const empty = string.literal("");
    if (hint == .number) {
        if (try user_methods.call(.value_of, addr, empty)) |p| {
            if (!isObject(p)) return p;
        }
    }
    return try user_methods.call(.to_string, addr, empty);
}

fn isObject(v: Value) bool {
    return @intFromEnum(v.tag) >= 5;
}

/// JS String(v) of a primitive.
fn toString(l: *Line, v: Value) void {
    switch (v.tag) {
        .undefined => l.ascii("undefined"),
        .null => l.ascii("null"),
        .boolean => l.ascii(if (v.asBool()) "true" else "false"),
        .number => l.number(v.asNumber()),
        .string => l.units(v.asString().units()),
        _ => unreachable,
    }
}

/// JS Number(v) of a primitive.
fn toNumber(v: Value) f64 {
    return switch (v.tag) {
        .undefined => std.math.nan(f64),
        .null => 0,
        .boolean => if (v.asBool()) 1 else 0,
        .number => v.asNumber(),
        .string => number_parse.stringToNumber(u16, v.asString().units()),
        _ => unreachable,
    };
}

/// parseInt(v) / parseFloat(v) of a primitive: both convert String(v).
fn convertText(v: Value, comptime how: enum { int, float }) f64 {
    const f = if (how == .int) number_parse.parseInt else number_parse.parseFloat;
    if (v.tag == .string) return f(u16, v.asString().units());
    var buf: [number_format.max_len]u8 = undefined;
    const text: []const u8 = switch (v.tag) {
        .undefined => "undefined",
        .null => "null",
        .boolean => if (v.asBool()) "true" else "false",
        .number => number_format.format(&buf, v.asNumber()),
        else => unreachable,
    };
    return f(u8, text);
}

/// util.inspect(v) with console.log's options (rt/inspect.zig).
fn inspectValue(l: *Line, v: Value) void {
    switch (v.tag) {
        .undefined, .null, .boolean => toString(l, v),
        .number => formatNumber(l, v.asNumber()),
        .string => inspect.writeString(l, v.asString().units(), 0),
        else => inspect.write(l, v, .{}),
    }
}

const testing = std.testing;
const string = @import("string.zig");
const gc = @import("gc.zig");

fn parseArg(tok: []const u8) !Value {
    return switch (tok[0]) {
        'u' => Value.undefined,
        'l' => Value.null,
        'b' => Value.boolean(tok[1] == '1'),
        'n' => Value.number(@bitCast(try std.fmt.parseInt(u64, tok[1..], 16))),
        's' => blk: {
            const s = string.alloc((tok.len - 1) / 4);
            for (s.unitsMut(), 0..) |*u, i| u.* = try std.fmt.parseInt(u16, tok[1 + 4 * i ..][0..4], 16);
            break :blk Value.string(s);
        },
        else => error.BadTestData,
    };
}

// console.log calls with the bytes Node writes for them; generated by
// tests/rt/gen_console_cases.mjs.
test "matches node" {
    // Arguments live in this frame, as in compiled code: scan it.
    gc.tsx_stack_top = @frameAddress() + 256;
    defer gc.tsx_stack_top = 0;
    const data = @embedFile("testdata/console_cases.txt");
    var lines = std.mem.splitScalar(u8, data, '\n');
    var count: usize = 0;
    var expected: [64 * 1024]u8 = undefined;
    while (lines.next()) |line| {
        if (line.len == 0) continue;
        const eq = std.mem.indexOf(u8, line, " = ").?;
        var args: [16]Value = undefined;
        var n: usize = 0;
        if (eq > 0) {
            var toks = std.mem.splitScalar(u8, line[0..eq], ',');
            while (toks.next()) |tok| : (n += 1) args[n] = try parseArg(tok);
        }
        const want = try std.fmt.hexToBytes(&expected, line[eq + 3 ..]);
        log(1, args[0..n]);
        flush();
        const got = platform.fake.take(1);
        if (!std.mem.eql(u8, got, want)) {
            std.debug.print("case {s}\n got: {s}\nnode: {s}\n", .{ line[0..@min(eq, 200)], got, want });
            return error.TestUnexpectedResult;
        }
        count += 1;
    }
    try testing.expect(count > 1000);
}

test "stdout is buffered in lines; stderr flushes stdout first" {
    const a = [_]Value{Value.string(string.literal("out"))};
    log(1, &a);
    try testing.expectEqualStrings("", platform.fake.take(1));
    const b = [_]Value{Value.number(-0.0)};
    log(2, &b);
    try testing.expectEqualStrings("out\n", platform.fake.take(1));
    try testing.expectEqualStrings("-0\n", platform.fake.take(2));
}

test "long output is written in whole lines" {
    const s = string.alloc(1000);
    @memset(s.unitsMut(), 'x');
    const a = [_]Value{Value.string(s)};
    for (0..100) |_| log(1, &a);
    const early = platform.fake.take(1);
    try testing.expect(early.len > 0 and early.len % 1001 == 0);
    flush();
    try testing.expectEqual(100 * 1001 - early.len, platform.fake.take(1).len);
}
