// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! console.log / console.error: Node's util.format for primitive values,
//! UTF-16 to UTF-8 conversion, and buffered output.
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

    fn number(l: *Line, x: f64) void {
        var buf: [number_format.max_len]u8 = undefined;
        l.ascii(number_format.format(&buf, x));
    }
};

/// console.log (stream 1) and console.error (stream 2).
pub fn log(stream: u32, args: []const Value) void {
    var l = Line.begin(stream);
    formatArgs(&l, args);
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
        if (v.tag == .string) l.units(v.asString().units()) else inspect(l, v);
        join = true;
    }
}

fn placeholder(l: *Line, c: u8, v: Value) void {
    switch (c) {
        's' => if (v.tag == .number) formatNumber(l, v.asNumber()) else toString(l, v),
        'd' => formatNumber(l, toNumber(v)),
        'i' => formatNumber(l, convertText(v, .int)),
        'f' => formatNumber(l, convertText(v, .float)),
        'j' => json(l, v),
        'o', 'O' => inspect(l, v),
        'c' => {}, // CSS is for browsers; Node drops it.
        else => unreachable,
    }
}

/// util.inspect's formatNumber: like String(x) but -0 shows as "-0".
fn formatNumber(l: *Line, x: f64) void {
    if (x == 0 and std.math.signbit(x)) return l.ascii("-0");
    l.number(x);
}

fn checkTag(v: Value) void {
    switch (v.tag) {
        .undefined, .null, .boolean, .number, .string => {},
        _ => @import("panic.zig").panic("console.log: unsupported value tag"),
    }
}

/// JS String(v).
fn toString(l: *Line, v: Value) void {
    checkTag(v);
    switch (v.tag) {
        .undefined => l.ascii("undefined"),
        .null => l.ascii("null"),
        .boolean => l.ascii(if (v.asBool()) "true" else "false"),
        .number => l.number(v.asNumber()),
        .string => l.units(v.asString().units()),
        _ => unreachable,
    }
}

/// JS Number(v).
fn toNumber(v: Value) f64 {
    checkTag(v);
    return switch (v.tag) {
        .undefined => std.math.nan(f64),
        .null => 0,
        .boolean => if (v.asBool()) 1 else 0,
        .number => v.asNumber(),
        .string => number_parse.stringToNumber(u16, v.asString().units()),
        _ => unreachable,
    };
}

/// parseInt(v) / parseFloat(v): both convert String(v).
fn convertText(v: Value, comptime how: enum { int, float }) f64 {
    checkTag(v);
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

/// util.inspect(v) for primitives.
fn inspect(l: *Line, v: Value) void {
    checkTag(v);
    switch (v.tag) {
        .number => formatNumber(l, v.asNumber()),
        .string => inspectString(l, v.asString().units()),
        else => toString(l, v),
    }
}

const max_string_length = 10000; // inspect's maxStringLength
const break_length = 80; // inspect's breakLength

/// formatPrimitive for strings: quoted and escaped; long strings are cut
/// at maxStringLength and long multi-line ones split into 'a\n' + 'b'.
fn inspectString(l: *Line, str: []const u16) void {
    var s = str;
    const remaining = s.len -| max_string_length;
    if (remaining > 0) s = s[0..max_string_length];
    if (s.len > 16 and s.len > break_length - 4) {
        var start: usize = 0;
        for (s, 0..) |c, i| {
            if (c == '\n' and i + 1 < s.len) {
                quoteString(l, s[start .. i + 1]);
                l.ascii(" +\n  ");
                start = i + 1;
            }
        }
        quoteString(l, s[start..]);
    } else {
        quoteString(l, s);
    }
    if (remaining > 0) {
        var buf: [20]u8 = undefined;
        l.ascii("... ");
        l.ascii(buf[0..number_format.writeInt(&buf, remaining)]);
        l.ascii(if (remaining > 1) " more characters" else " more character");
    }
}

fn contains(s: []const u16, c: u16) bool {
    return std.mem.indexOfScalar(u16, s, c) != null;
}

/// strEscape: picks the quote that needs no escaping (' then " then `),
/// escapes control characters, backslash, C1 controls and lone surrogates.
fn quoteString(l: *Line, s: []const u16) void {
    var quote: u8 = '\'';
    if (contains(s, '\'')) {
        if (!contains(s, '"')) {
            quote = '"';
        } else if (!contains(s, '`') and std.mem.indexOf(u16, s, &[_]u16{ '$', '{' }) == null) {
            quote = '`';
        }
    }
    l.ascii(&[_]u8{quote});
    var i: usize = 0;
    while (i < s.len) : (i += 1) {
        const c = s[i];
        if ((c == '\'' and quote == '\'') or c == '\\' or c < 0x20 or (c > 0x7e and c < 0xa0)) {
            l.ascii(switch (c) {
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
                l.unit(c);
                l.unit(s[i + 1]);
                i += 1;
            } else {
                l.ascii(&hexEscape("\\u", c, 4, "0123456789abcdef"));
            }
        } else {
            l.unit(c);
        }
    }
    l.ascii(&[_]u8{quote});
}

fn hexEscape(comptime prefix: []const u8, c: u16, comptime width: usize, comptime digits: *const [16]u8) [prefix.len + width]u8 {
    var out: [prefix.len + width]u8 = undefined;
    @memcpy(out[0..prefix.len], prefix);
    for (0..width) |k| {
        const shift: u4 = @intCast(4 * (width - 1 - k));
        out[prefix.len + k] = digits[(c >> shift) & 0xf];
    }
    return out;
}

/// JSON.stringify(v); undefined gives "undefined" as util.format prints it.
fn json(l: *Line, v: Value) void {
    checkTag(v);
    switch (v.tag) {
        .number => {
            const x = v.asNumber();
            if (std.math.isNan(x) or std.math.isInf(x)) return l.ascii("null");
            l.number(x);
        },
        .string => {
            const s = v.asString().units();
            l.ascii("\"");
            var i: usize = 0;
            while (i < s.len) : (i += 1) {
                const c = s[i];
                switch (c) {
                    '"' => l.ascii("\\\""),
                    '\\' => l.ascii("\\\\"),
                    0x08 => l.ascii("\\b"),
                    0x09 => l.ascii("\\t"),
                    0x0a => l.ascii("\\n"),
                    0x0c => l.ascii("\\f"),
                    0x0d => l.ascii("\\r"),
                    0...7, 0x0b, 0x0e...0x1f => l.ascii(&hexEscape("\\u", c, 4, "0123456789abcdef")),
                    0xD800...0xDBFF => if (i + 1 < s.len and s[i + 1] >= 0xDC00 and s[i + 1] <= 0xDFFF) {
                        l.unit(c);
                        l.unit(s[i + 1]);
                        i += 1;
                    } else {
                        l.ascii(&hexEscape("\\u", c, 4, "0123456789abcdef"));
                    },
                    0xDC00...0xDFFF => l.ascii(&hexEscape("\\u", c, 4, "0123456789abcdef")),
                    else => l.unit(c),
                }
            }
            l.ascii("\"");
        },
        else => toString(l, v),
    }
}

const testing = std.testing;
const string = @import("string.zig");

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
