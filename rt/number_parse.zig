// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! String to number conversions with JS semantics: StringToNumber (the
//! Number(s) conversion), parseInt without a radix, and parseFloat. All are
//! generic over the code unit type so they run on UTF-16 strings and on
//! ASCII text alike. Digit strings are converted by std.fmt.parseFloat
//! (correctly rounded) after we have checked them against JS's grammar.

const std = @import("std");
const heap = @import("heap.zig");

/// WhiteSpace or LineTerminator (what String.prototype.trim removes).
pub fn isSpace(c: u16) bool {
    return switch (c) {
        0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF => true,
        else => false,
    };
}

fn trimStart(comptime T: type, s: []const T) []const T {
    var i: usize = 0;
    while (i < s.len and isSpace(s[i])) i += 1;
    return s[i..];
}

fn trimEnd(comptime T: type, s: []const T) []const T {
    var n = s.len;
    while (n > 0 and isSpace(s[n - 1])) n -= 1;
    return s[0..n];
}

fn isDigit(c: u16) bool {
    return c >= '0' and c <= '9';
}

fn startsWith(comptime T: type, s: []const T, comptime p: []const u8) bool {
    if (s.len < p.len) return false;
    for (p, 0..) |c, i| if (s[i] != c) return false;
    return true;
}

fn digitValue(c: u16) u8 {
    return switch (c) {
        '0'...'9' => @intCast(c - '0'),
        'a'...'z' => @intCast(c - 'a' + 10),
        'A'...'Z' => @intCast(c - 'A' + 10),
        else => 255,
    };
}

/// Length of the longest prefix of `s` that is a StrDecimalLiteral
/// (sign, then "Infinity" or digits with optional point and exponent);
/// 0 when there is none.
fn decimalPrefix(comptime T: type, s: []const T) usize {
    var i: usize = 0;
    if (i < s.len and (s[i] == '+' or s[i] == '-')) i += 1;
    if (startsWith(T, s[i..], "Infinity")) return i + 8;
    const int_start = i;
    while (i < s.len and isDigit(s[i])) i += 1;
    var digits = i - int_start;
    if (i < s.len and s[i] == '.') {
        const frac_start = i + 1;
        var j = frac_start;
        while (j < s.len and isDigit(s[j])) j += 1;
        digits += j - frac_start;
        if (digits == 0) return 0;
        i = j;
    }
    if (digits == 0) return 0;
    if (i < s.len and (s[i] == 'e' or s[i] == 'E')) {
        var j = i + 1;
        if (j < s.len and (s[j] == '+' or s[j] == '-')) j += 1;
        const exp_start = j;
        while (j < s.len and isDigit(s[j])) j += 1;
        if (j > exp_start) i = j;
    }
    return i;
}

/// Converts a string already known to be a StrDecimalLiteral.
fn decimalValue(comptime T: type, s: []const T) f64 {
    var neg = false;
    var body = s;
    if (body[0] == '+' or body[0] == '-') {
        neg = body[0] == '-';
        body = body[1..];
    }
    var v: f64 = undefined;
    if (body[0] == 'I') {
        v = std.math.inf(f64);
    } else if (T == u8) {
        v = std.fmt.parseFloat(f64, body) catch unreachable;
    } else {
        var small: [256]u8 = undefined;
        const bytes = if (body.len <= small.len) small[0..body.len] else heap.alloc(body.len)[0..body.len];
        for (bytes, body) |*d, c| d.* = @intCast(c);
        v = std.fmt.parseFloat(f64, bytes) catch unreachable;
    }
    return if (neg) -v else v;
}

/// Digits in a power-of-two radix, correctly rounded (as V8 does): keep
/// 56+ significant bits, fold the rest into a sticky bit, let the u64 to
/// f64 conversion round, then scale.
fn pow2RadixValue(comptime T: type, digits: []const T, log2_radix: u6) f64 {
    var mant: u64 = 0;
    var exp: i32 = 0;
    var sticky = false;
    for (digits) |c| {
        const d = digitValue(c);
        if (mant >> 56 == 0) {
            mant = (mant << log2_radix) | d;
        } else {
            exp += log2_radix;
            sticky = sticky or d != 0;
        }
    }
    if (sticky) mant |= 1;
    const v: f64 = @floatFromInt(mant);
    if (exp == 0) return v;
    return std.math.ldexp(v, exp);
}

/// Number(s): NaN unless the whole string (less surrounding white space)
/// is a numeric literal; "" and white space alone give 0.
pub fn stringToNumber(comptime T: type, str: []const T) f64 {
    const s = trimEnd(T, trimStart(T, str));
    if (s.len == 0) return 0;
    if (s.len > 2 and s[0] == '0') {
        const log2_radix: u6 = switch (s[1]) {
            'x', 'X' => 4,
            'o', 'O' => 3,
            'b', 'B' => 1,
            else => 0,
        };
        if (log2_radix != 0) {
            const digits = s[2..];
            for (digits) |c| {
                if (digitValue(c) >= @as(u8, 1) << @intCast(log2_radix)) return std.math.nan(f64);
            }
            return pow2RadixValue(T, digits, log2_radix);
        }
    }
    if (decimalPrefix(T, s) != s.len) return std.math.nan(f64);
    return decimalValue(T, s);
}

/// parseInt(s) with no radix argument: radix 16 after "0x", else 10.
pub fn parseInt(comptime T: type, str: []const T) f64 {
    var s = trimStart(T, str);
    var neg = false;
    if (s.len > 0 and (s[0] == '+' or s[0] == '-')) {
        neg = s[0] == '-';
        s = s[1..];
    }
    var hex = false;
    if (s.len >= 2 and s[0] == '0' and (s[1] == 'x' or s[1] == 'X')) {
        hex = true;
        s = s[2..];
    }
    var n: usize = 0;
    while (n < s.len and digitValue(s[n]) < @as(u8, if (hex) 16 else 10)) n += 1;
    if (n == 0) return std.math.nan(f64);
    const v = if (hex) pow2RadixValue(T, s[0..n], 4) else decimalValue(T, s[0..n]);
    return if (neg) -v else v;
}

/// parseFloat(s): the longest decimal literal after leading white space.
pub fn parseFloat(comptime T: type, str: []const T) f64 {
    const s = trimStart(T, str);
    const n = decimalPrefix(T, s);
    if (n == 0) return std.math.nan(f64);
    return decimalValue(T, s[0..n]);
}

const testing = std.testing;

fn expectNum(expected: f64, got: f64) !void {
    if (std.math.isNan(expected)) return testing.expect(std.math.isNan(got));
    try testing.expectEqual(@as(u64, @bitCast(expected)), @as(u64, @bitCast(got)));
}

test "stringToNumber" {
    const nan = std.math.nan(f64);
    try expectNum(42, stringToNumber(u8, "42"));
    try expectNum(42, stringToNumber(u8, " \t42\n "));
    try expectNum(0, stringToNumber(u8, ""));
    try expectNum(0, stringToNumber(u8, "   "));
    try expectNum(nan, stringToNumber(u8, "x"));
    try expectNum(nan, stringToNumber(u8, "42x"));
    try expectNum(-0.0, stringToNumber(u8, "-0"));
    try expectNum(0.5, stringToNumber(u8, ".5"));
    try expectNum(5, stringToNumber(u8, "5."));
    try expectNum(nan, stringToNumber(u8, "."));
    try expectNum(1e21, stringToNumber(u8, "1e21"));
    try expectNum(nan, stringToNumber(u8, "1e"));
    try expectNum(31, stringToNumber(u8, "0x1F"));
    try expectNum(nan, stringToNumber(u8, "-0x1F"));
    try expectNum(8, stringToNumber(u8, "0o10"));
    try expectNum(5, stringToNumber(u8, "0b101"));
    try expectNum(nan, stringToNumber(u8, "0b2"));
    try expectNum(nan, stringToNumber(u8, "0x"));
    try expectNum(-std.math.inf(f64), stringToNumber(u8, "-Infinity"));
    try expectNum(nan, stringToNumber(u8, "inf"));
    try expectNum(nan, stringToNumber(u8, "1_000"));
    try expectNum(0x1fffffffffffff, stringToNumber(u8, "0x1fffffffffffff"));
    // 2^53 + 1 rounds to even; 2^53 + 3 rounds up.
    try expectNum(9007199254740992, stringToNumber(u8, "0x20000000000001"));
    try expectNum(9007199254740996, stringToNumber(u8, "0x20000000000003"));
    // Halfway plus a trailing 1 far below: the sticky bit rounds up.
    try expectNum(9007199254740994.0 * 281474976710656.0, stringToNumber(u8, "0x20000000000001000000000001"));
    const u = [_]u16{ 0x3000, '1', '2', 0xFEFF };
    try expectNum(12, stringToNumber(u16, &u));
}

test "parseInt and parseFloat" {
    const nan = std.math.nan(f64);
    try expectNum(42, parseInt(u8, " 42abc"));
    try expectNum(-0.0, parseInt(u8, "-0.5"));
    try expectNum(1, parseInt(u8, "1e+21"));
    try expectNum(31, parseInt(u8, "0x1fz"));
    try expectNum(nan, parseInt(u8, "0x"));
    try expectNum(nan, parseInt(u8, "null"));
    try expectNum(nan, parseInt(u8, ""));
    try expectNum(1.5, parseFloat(u8, "1.5e"));
    try expectNum(1500, parseFloat(u8, " 1.5e3x"));
    try expectNum(5000, parseFloat(u8, "5.e3"));
    try expectNum(-0.0, parseFloat(u8, "-0"));
    try expectNum(std.math.inf(f64), parseFloat(u8, "Infinityx"));
    try expectNum(nan, parseFloat(u8, ".e1"));
    try expectNum(0, parseFloat(u8, "0x10"));
}
