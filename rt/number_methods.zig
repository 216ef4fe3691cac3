// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Number.prototype methods and the global number functions, as V8 does
//! them:
//!
//! - toString(radix): V8's DoubleToRadixCString, which prints fraction
//!   digits only up to the double's precision (delta) and rounds the last
//!   one half-to-even.
//! - toFixed / toExponential / toPrecision: digits of the exact decimal
//!   expansion of the double, rounded half up (the spec's "pick the larger
//!   n"; V8's fixed and bignum dtoa do the same). We expand with a small
//!   bignum, so every case is exact, not just the fast ones.
//! - parseInt(s, radix): V8's StringToIntHelper: radix 10 and powers of two
//!   correctly rounded, other radices with V8's 32-bit chunked
//!   multiply-add (its rounding is observable and reproduced).
//!
//! Arguments arrive as doubles after ToNumber; each entry point applies
//! ToIntegerOrInfinity itself, so the compiler passes what JS would pass:
//! an absent `radix` is 10 for toString and 0 (= ToInt32(undefined)) for
//! parseInt; an absent digits argument of toFixed is 0. toExponential and
//! toPrecision have separate entry points for the absent argument.

const std = @import("std");
const string = @import("string.zig");
const Str = string.Str;
const number_format = @import("number_format.zig");
const number_parse = @import("number_parse.zig");
const number = @import("number.zig");
const fatal = @import("panic.zig");

const nan = std.math.nan(f64);
const inf = std.math.inf(f64);

// ---------------------------------------------------------------- exports

/// Throws RangeError(msg) into the program and returns the placeholder result.
fn thrown(msg: []const u8) *Str {
    @import("throw.zig").rangeError(msg);
    return string.fromAscii("");
}

/// x.toString(radix). Throws RangeError unless 2 <= radix <= 36.
export fn tsx_num_to_string_radix(x: f64, radix: f64) callconv(.C) *Str {
    const r = toIntegerOrInfinity(radix);
    if (!(r >= 2 and r <= 36)) return thrown("toString() radix argument must be between 2 and 36");
    var buf: [radix_max_len]u8 = undefined;
    return string.fromAscii(toStringRadix(&buf, x, @intFromFloat(r)));
}

/// x.toFixed(digits); digits 0..100 else RangeError.
export fn tsx_num_to_fixed(x: f64, digits: f64) callconv(.C) *Str {
    const f = toIntegerOrInfinity(digits);
    if (!(f >= 0 and f <= 100)) return thrown("toFixed() digits argument must be between 0 and 100");
    var buf: [fixed_max_len]u8 = undefined;
    return string.fromAscii(toFixed(&buf, x, @intFromFloat(f)));
}

/// x.toExponential(digits); digits 0..100 else RangeError (checked after
/// NaN and infinities, as in the spec).
export fn tsx_num_to_exponential(x: f64, digits: f64) callconv(.C) *Str {
    var buf: [exp_max_len]u8 = undefined;
    const f = toIntegerOrInfinity(digits);
    if (std.math.isFinite(x) and !(f >= 0 and f <= 100))
        return thrown("toExponential() argument must be between 0 and 100");
    return string.fromAscii(toExponential(&buf, x, if (std.math.isFinite(x)) @intFromFloat(f) else 0));
}

/// x.toExponential() with no argument: as many digits as String(x) has.
export fn tsx_num_to_exponential_shortest(x: f64) callconv(.C) *Str {
    var buf: [exp_max_len]u8 = undefined;
    return string.fromAscii(toExponential(&buf, x, null));
}

/// x.toPrecision(p); p 1..100 else RangeError (after NaN/infinities).
/// x.toPrecision() with no argument is String(x) (tsx_str_from_number).
export fn tsx_num_to_precision(x: f64, precision: f64) callconv(.C) *Str {
    var buf: [exp_max_len]u8 = undefined;
    const p = toIntegerOrInfinity(precision);
    if (std.math.isFinite(x) and !(p >= 1 and p <= 100))
        return thrown("toPrecision() argument must be between 1 and 100");
    return string.fromAscii(toPrecision(&buf, x, if (std.math.isFinite(x)) @intFromFloat(p) else 1));
}

/// parseInt(s, radix). Pass radix 0 when it is absent.
export fn tsx_parse_int(s: *const Str, radix: f64) callconv(.C) f64 {
    return parseInt(u16, s.units(), number.toInt32(radix));
}

/// parseFloat(s).
export fn tsx_parse_float(s: *const Str) callconv(.C) f64 {
    return number_parse.parseFloat(u16, s.units());
}

/// Number(s), +s.
export fn tsx_str_to_number(s: *const Str) callconv(.C) f64 {
    return number_parse.stringToNumber(u16, s.units());
}

/// isNaN(x) and Number.isNaN(x) for a number argument.
export fn tsx_num_is_nan(x: f64) callconv(.C) bool {
    return std.math.isNan(x);
}

/// isFinite(x) and Number.isFinite(x) for a number argument.
export fn tsx_num_is_finite(x: f64) callconv(.C) bool {
    return std.math.isFinite(x);
}

export fn tsx_num_is_integer(x: f64) callconv(.C) bool {
    return std.math.isFinite(x) and @trunc(x) == x;
}

export fn tsx_num_is_safe_integer(x: f64) callconv(.C) bool {
    return std.math.isFinite(x) and @trunc(x) == x and @abs(x) <= 9007199254740991.0;
}

// ---------------------------------------------------------------- helpers

/// ECMA-262 ToIntegerOrInfinity for a number.
pub fn toIntegerOrInfinity(x: f64) f64 {
    if (std.math.isNan(x)) return 0;
    return @trunc(x) + 0.0; // + 0.0 turns -0 into +0
}

fn copy(buf: []u8, s: []const u8) []u8 {
    @memcpy(buf[0..s.len], s);
    return buf[0..s.len];
}

/// "NaN", "Infinity", "-Infinity", or null for finite x.
fn nonFinite(x: f64) ?[]const u8 {
    if (std.math.isNan(x)) return "NaN";
    if (std.math.isInf(x)) return if (x > 0) "Infinity" else "-Infinity";
    return null;
}

// ---------------------------------------------------------------- toString(radix)

/// Radix 2 needs 1024 integer digits plus 1074 fraction digits.
pub const radix_max_len = 2200;

const digit_chars = "0123456789abcdefghijklmnopqrstuvwxyz";

/// The exponent e with x = significand * 2^e for a 53-bit significand
/// (base::Double::Exponent).
fn doubleExponent(x: f64) i32 {
    const bits: u64 = @bitCast(x);
    const biased: i32 = @intCast((bits >> 52) & 0x7ff);
    if (biased == 0) return 1 - 1075;
    return biased - 1075;
}

pub fn toStringRadix(buf: *[radix_max_len]u8, x: f64, radix: u32) []u8 {
    if (radix == 10) {
        var b: [number_format.max_len]u8 = undefined;
        return copy(buf, number_format.format(&b, x));
    }
    if (nonFinite(x)) |s| return copy(buf, s);
    if (x == 0) return copy(buf, "0");

    const r: f64 = @floatFromInt(radix);
    const mid = radix_max_len / 2;
    var int_cursor: usize = mid;
    var frac_cursor: usize = mid;
    var value = x;
    const negative = value < 0;
    if (negative) value = -value;

    var integer = @floor(value);
    var fraction = value - integer;
    const next_up: f64 = @bitCast(@as(u64, @bitCast(value)) + 1);
    var delta = 0.5 * (next_up - value);
    delta = @max(@as(f64, @bitCast(@as(u64, 1))), delta);
    if (fraction >= delta) {
        buf[frac_cursor] = '.';
        frac_cursor += 1;
        while (true) {
            fraction *= r;
            delta *= r;
            const digit: u32 = @intFromFloat(fraction);
            buf[frac_cursor] = digit_chars[digit];
            frac_cursor += 1;
            fraction -= @floatFromInt(digit);
            if (fraction > 0.5 or (fraction == 0.5 and (digit & 1) != 0)) {
                if (fraction + delta > 1) {
                    // Round up, carrying into earlier digits as needed.
                    while (true) {
                        frac_cursor -= 1;
                        if (frac_cursor == mid) {
                            integer += 1;
                            break;
                        }
                        const c = buf[frac_cursor];
                        const d: u32 = if (c > '9') c - 'a' + 10 else c - '0';
                        if (d + 1 < radix) {
                            buf[frac_cursor] = digit_chars[d + 1];
                            frac_cursor += 1;
                            break;
                        }
                    }
                    break;
                }
            }
            if (!(fraction >= delta)) break;
        }
    }

    // Integer digits; those below the double's precision print as 0.
    while (doubleExponent(integer / r) > 0) {
        integer /= r;
        int_cursor -= 1;
        buf[int_cursor] = '0';
    }
    while (true) {
        const rem = @rem(integer, r);
        int_cursor -= 1;
        buf[int_cursor] = digit_chars[@intFromFloat(rem)];
        integer = (integer - rem) / r;
        if (!(integer > 0)) break;
    }
    if (negative) {
        int_cursor -= 1;
        buf[int_cursor] = '-';
    }
    return buf[int_cursor..frac_cursor];
}

// ---------------------------------------------------------------- exact decimal expansion

/// A nonnegative integer of up to 40*32 bits, little-endian limbs.
const Big = struct {
    limbs: [40]u32 = [_]u32{0} ** 40,
    len: usize = 0, // limbs in use; limbs[len..] are zero

    fn fromShifted(m: u64, shift: u32) Big {
        var b = Big{};
        const word = shift / 32;
        const bit: u6 = @intCast(shift % 32);
        const wide: u128 = @as(u128, m) << bit;
        b.limbs[word] = @truncate(wide);
        b.limbs[word + 1] = @truncate(wide >> 32);
        b.limbs[word + 2] = @truncate(wide >> 64);
        b.len = word + 3;
        b.trim();
        return b;
    }

    fn trim(b: *Big) void {
        while (b.len > 0 and b.limbs[b.len - 1] == 0) b.len -= 1;
    }

    fn isZero(b: *const Big) bool {
        return b.len == 0;
    }

    /// b /= d; returns the remainder.
    fn divSmall(b: *Big, d: u32) u32 {
        var rem: u64 = 0;
        var i = b.len;
        while (i > 0) {
            i -= 1;
            const cur = (rem << 32) | b.limbs[i];
            b.limbs[i] = @intCast(cur / d);
            rem = cur % d;
        }
        b.trim();
        return @intCast(rem);
    }

    fn mulSmall(b: *Big, m: u32) void {
        var carry: u64 = 0;
        for (b.limbs[0..b.len]) |*l| {
            const cur = @as(u64, l.*) * m + carry;
            l.* = @truncate(cur);
            carry = cur >> 32;
        }
        if (carry != 0) {
            b.limbs[b.len] = @intCast(carry);
            b.len += 1;
        }
    }

    /// Removes and returns the bits at and above bit k (a value < 16).
    fn takeAbove(b: *Big, k: u32) u32 {
        const word = k / 32;
        const bit: u5 = @intCast(k % 32);
        if (word >= b.len) return 0;
        var v: u64 = b.limbs[word];
        if (word + 1 < b.len) v |= @as(u64, b.limbs[word + 1]) << 32;
        const top: u32 = @intCast(v >> bit);
        b.limbs[word] &= (@as(u32, 1) << bit) -% 1;
        if (bit == 0) b.limbs[word] = 0;
        if (word + 1 < b.len) b.limbs[word + 1] = 0;
        b.trim();
        return top;
    }
};

/// v = 0.d1 d2 d3 ... * 10^point, digits without leading zeros.
const Decimal = struct {
    digits: [1200]u8 = undefined,
    len: usize = 0,
    point: i32 = 0,
};

/// The decimal expansion of a positive finite double: all integer digits,
/// then fraction digits until `frac_digits` of them (fixed mode) or
/// `sig_digits` significant digits exist (precision mode), or the
/// expansion ends. One digit beyond the requested ones is included so
/// callers can round.
fn expand(v: f64, comptime mode: enum { fixed, precision }, want: usize) Decimal {
    var d = Decimal{};
    const bits: u64 = @bitCast(v);
    const biased: i32 = @intCast((bits >> 52) & 0x7ff);
    var m: u64 = bits & ((1 << 52) - 1);
    var e: i32 = undefined;
    if (biased == 0) {
        e = -1074;
    } else {
        m |= 1 << 52;
        e = biased - 1075;
    }

    var int_part: Big = undefined;
    var frac = Big{};
    var k: u32 = 0; // frac is frac / 2^k
    if (e >= 0) {
        int_part = Big.fromShifted(m, @intCast(e));
    } else {
        k = @intCast(-e);
        const int_m: u64 = if (k >= 64) 0 else m >> @intCast(k);
        int_part = Big.fromShifted(int_m, 0);
        frac = Big.fromShifted(if (k >= 64) m else m & ((@as(u64, 1) << @intCast(k)) - 1), 0);
    }

    // Integer digits, least significant first, in chunks of 9.
    var tmp: [320]u8 = undefined;
    var n: usize = 0;
    while (!int_part.isZero()) {
        var chunk = int_part.divSmall(1_000_000_000);
        const last = int_part.isZero();
        var j: usize = 0;
        while (j < 9 and !(last and chunk == 0)) : (j += 1) {
            tmp[n] = @intCast('0' + chunk % 10);
            chunk /= 10;
            n += 1;
        }
    }
    for (0..n) |i| d.digits[i] = tmp[n - 1 - i];
    d.len = n;
    d.point = @intCast(n);

    var frac_count: usize = 0;
    while (!frac.isZero()) {
        if (mode == .fixed and frac_count >= want + 1) break;
        if (mode == .precision and d.len >= want + 1) break;
        frac.mulSmall(10);
        const digit = frac.takeAbove(k);
        frac_count += 1;
        if (d.len == 0 and digit == 0) {
            d.point -= 1; // leading zero of a number below 1
            continue;
        }
        d.digits[d.len] = @intCast('0' + digit);
        d.len += 1;
    }
    return d;
}

/// Keeps the first `keep` digits of d (keep may be 0 or negative: then the
/// rounding position lies before the first digit), rounding half up.
/// Returns the kept digits in `out` (exactly max(keep, 0) digits, or one
/// more when rounding carried into a new leading digit) and the new point.
fn roundDigits(d: *const Decimal, keep: i32, out: []u8) struct { len: usize, point: i32 } {
    var point = d.point;
    if (keep < 0) return .{ .len = 0, .point = point };
    const ku: usize = @intCast(keep);
    for (0..ku) |i| out[i] = if (i < d.len) d.digits[i] else '0';
    const round_up = ku < d.len and d.digits[ku] >= '5';
    if (!round_up) return .{ .len = ku, .point = point };
    var i = ku;
    while (i > 0) {
        i -= 1;
        if (out[i] == '9') {
            out[i] = '0';
        } else {
            out[i] += 1;
            return .{ .len = ku, .point = point };
        }
    }
    // All nines (or nothing kept): a new leading 1.
    std.mem.copyBackwards(u8, out[1 .. ku + 1], out[0..ku]);
    out[0] = '1';
    point += 1;
    return .{ .len = ku + 1, .point = point };
}

// ---------------------------------------------------------------- toFixed

/// "-" + 21 integer digits + "." + 100 digits, or String(x) for |x| >= 1e21.
pub const fixed_max_len = 128;

pub fn toFixed(buf: *[fixed_max_len]u8, x: f64, f: u32) []u8 {
    if (nonFinite(x)) |s| return copy(buf, s);
    var v = x;
    var i: usize = 0;
    if (v < 0) {
        buf[0] = '-';
        i = 1;
        v = -v;
    }
    if (v >= 1e21) {
        var b: [number_format.max_len]u8 = undefined;
        return copy(buf, number_format.format(&b, x));
    }
    var digits: [200]u8 = undefined;
    var ndig: usize = 0;
    var point: i32 = 1;
    if (v != 0) {
        const d = expand(v, .fixed, f);
        const r = roundDigits(&d, d.point + @as(i32, @intCast(f)), &digits);
        ndig = r.len;
        point = r.point;
    }
    // digits are the value * 10^f as an integer whose last f digits are
    // the fraction; pad on the left so there is at least one integer digit.
    var all: [200]u8 = undefined;
    var total: usize = 0;
    const int_digits: i32 = point;
    if (int_digits <= 0) {
        all[0] = '0';
        total = 1;
        const zeros: usize = @intCast(@min(@as(i32, @intCast(f)), -int_digits));
        @memset(all[1..][0..zeros], '0');
        total += zeros;
    }
    @memcpy(all[total..][0..ndig], digits[0..ndig]);
    total += ndig;
    const want: usize = @as(usize, @intCast(@max(int_digits, 1))) + f;
    if (total < want) {
        @memset(all[total..want], '0');
        total = want;
    }
    const ip = total - f;
    @memcpy(buf[i..][0..ip], all[0..ip]);
    i += ip;
    if (f > 0) {
        buf[i] = '.';
        i += 1;
        @memcpy(buf[i..][0..f], all[ip..total]);
        i += f;
    }
    return buf[0..i];
}

// ---------------------------------------------------------------- toExponential / toPrecision

/// "-" + 101 digits + "." + "e+308".
pub const exp_max_len = 128;

/// The shortest round-trip digits of v > 0 (as String(v) uses) and the
/// decimal exponent of the first digit.
fn shortestDigits(out: *[20]u8, v: f64) struct { len: usize, exp10: i32 } {
    const ff = std.fmt.format_float;
    const r = ff.binaryToDecimal(u64, @bitCast(v), 52, 11, false, &ff.Backend64_TablesFull);
    var m = r.mantissa;
    var e = r.exponent;
    while (m % 10 == 0) {
        m /= 10;
        e += 1;
    }
    const n = number_format.writeInt(out, m);
    return .{ .len = n, .exp10 = e + @as(i32, @intCast(n)) - 1 };
}

/// p significant digits of v > 0, rounded half up; returns the exponent.
fn precisionDigits(out: []u8, v: f64, p: u32) i32 {
    const d = expand(v, .precision, p);
    const r = roundDigits(&d, @intCast(p), out);
    // A carry into a new digit (9.99 -> 10.0) keeps p digits: drop the last 0.
    return r.point - 1;
}

fn writeExponent(buf: []u8, e: i32) usize {
    buf[0] = 'e';
    buf[1] = if (e < 0) '-' else '+';
    return 2 + number_format.writeInt(buf[2..], @abs(e));
}

/// f = null: shortest digits.
pub fn toExponential(buf: *[exp_max_len]u8, x: f64, f: ?u32) []u8 {
    if (nonFinite(x)) |s| return copy(buf, s);
    var v = x;
    var i: usize = 0;
    if (v < 0) {
        buf[0] = '-';
        i = 1;
        v = -v;
    }
    var digits: [128]u8 = undefined;
    var n: usize = undefined;
    var e: i32 = undefined;
    if (v == 0) {
        n = if (f) |ff| ff + 1 else 1;
        @memset(digits[0..n], '0');
        e = 0;
    } else if (f) |ff| {
        n = ff + 1;
        e = precisionDigits(&digits, v, ff + 1);
    } else {
        var sd: [20]u8 = undefined;
        const r = shortestDigits(&sd, v);
        n = r.len;
        @memcpy(digits[0..n], sd[0..n]);
        e = r.exp10;
    }
    buf[i] = digits[0];
    i += 1;
    if (n > 1) {
        buf[i] = '.';
        i += 1;
        @memcpy(buf[i..][0 .. n - 1], digits[1..n]);
        i += n - 1;
    }
    i += writeExponent(buf[i..], e);
    return buf[0..i];
}

pub fn toPrecision(buf: *[exp_max_len]u8, x: f64, p: u32) []u8 {
    if (nonFinite(x)) |s| return copy(buf, s);
    var v = x;
    var i: usize = 0;
    if (v < 0) {
        buf[0] = '-';
        i = 1;
        v = -v;
    }
    var digits: [128]u8 = undefined;
    var e: i32 = 0;
    if (v == 0) {
        @memset(digits[0..p], '0');
    } else {
        e = precisionDigits(&digits, v, p);
    }
    const pi: i32 = @intCast(p);
    if (e < -6 or e >= pi) {
        buf[i] = digits[0];
        i += 1;
        if (p > 1) {
            buf[i] = '.';
            i += 1;
            @memcpy(buf[i..][0 .. p - 1], digits[1..p]);
            i += p - 1;
        }
        i += writeExponent(buf[i..], e);
        return buf[0..i];
    }
    if (e < 0) {
        const zeros: usize = @intCast(-e - 1);
        @memcpy(buf[i..][0..2], "0.");
        i += 2;
        @memset(buf[i..][0..zeros], '0');
        i += zeros;
        @memcpy(buf[i..][0..p], digits[0..p]);
        return buf[0 .. i + p];
    }
    const ip: usize = @intCast(e + 1);
    @memcpy(buf[i..][0..ip], digits[0..ip]);
    i += ip;
    if (ip < p) {
        buf[i] = '.';
        i += 1;
        @memcpy(buf[i..][0 .. p - ip], digits[ip..p]);
        i += p - ip;
    }
    return buf[0..i];
}

// ---------------------------------------------------------------- parseInt

fn digitValue(c: u16) u32 {
    return switch (c) {
        '0'...'9' => c - '0',
        'a'...'z' => c - 'a' + 10,
        'A'...'Z' => c - 'A' + 10,
        else => 99,
    };
}

/// parseInt(s, R) where R = ToInt32(radix) (0 when absent).
pub fn parseInt(comptime T: type, str: []const T, radix_in: i32) f64 {
    var radix = radix_in;
    if (radix != 0 and (radix < 2 or radix > 36)) return nan;
    var i: usize = 0;
    while (i < str.len and number_parse.isSpace(str[i])) i += 1;
    if (i == str.len) return nan;
    var negative = false;
    if (str[i] == '-' or str[i] == '+') {
        negative = str[i] == '-';
        i += 1;
        if (i == str.len) return nan;
    }
    const zero: f64 = if (negative) -0.0 else 0.0;
    var leading_zero = false;
    if (radix == 0 or radix == 16) {
        if (radix == 0) radix = 10;
        if (str[i] == '0') {
            i += 1;
            if (i == str.len) return zero;
            if (str[i] == 'x' or str[i] == 'X') {
                radix = 16;
                i += 1;
                if (i == str.len) return nan;
            } else {
                leading_zero = true;
            }
        }
    }
    while (str[i] == '0') {
        leading_zero = true;
        i += 1;
        if (i == str.len) return zero;
    }
    const ur: u32 = @intCast(radix);
    var n: usize = 0;
    while (i + n < str.len and digitValue(str[i + n]) < ur) n += 1;
    if (n == 0 and !leading_zero) return nan;
    const digits = str[i..][0..n];
    var v: f64 = 0;
    if (n == 0) {
        v = 0;
    } else if (ur == 10) {
        v = decimalDigits(T, digits);
    } else if (ur & (ur - 1) == 0) {
        v = pow2Digits(T, digits, @intCast(@ctz(ur)));
    } else {
        // V8's generic radix loop: chunks whose multiplier stays below
        // 0xFFFFFFFF / 36, folded with one double multiply-add each.
        var j: usize = 0;
        while (j < n) {
            var part: u32 = 0;
            var mult: u32 = 1;
            while (j < n) {
                const mm = mult * ur;
                if (mm > 0xFFFFFFFF / 36) break;
                part = part * ur + digitValue(digits[j]);
                mult = mm;
                j += 1;
            }
            v = v * @as(f64, @floatFromInt(mult)) + @as(f64, @floatFromInt(part));
        }
    }
    return if (negative) -v else v;
}

fn decimalDigits(comptime T: type, digits: []const T) f64 {
    // More than 309 digits is at least 1e309: Infinity either way.
    if (digits.len > 309) return inf;
    var bytes: [309]u8 = undefined;
    for (digits, 0..) |c, k| bytes[k] = @intCast(c);
    return std.fmt.parseFloat(f64, bytes[0..digits.len]) catch unreachable;
}

/// Correctly rounded: keep 56+ significant bits and a sticky bit, let the
/// u64 -> f64 conversion round to even, then scale.
fn pow2Digits(comptime T: type, digits: []const T, log2_radix: u6) f64 {
    var mant: u64 = 0;
    var exp: i32 = 0;
    var sticky = false;
    for (digits) |c| {
        const dv = digitValue(c);
        if (mant >> 56 == 0) {
            mant = (mant << log2_radix) | dv;
        } else {
            exp += log2_radix;
            sticky = sticky or dv != 0;
        }
    }
    if (sticky) mant |= 1;
    const v: f64 = @floatFromInt(mant);
    if (exp == 0) return v;
    if (exp > 2000) return inf;
    return std.math.ldexp(v, exp);
}

// ---------------------------------------------------------------- tests

const testing = std.testing;

test "toString radix examples" {
    var buf: [radix_max_len]u8 = undefined;
    try testing.expectEqualStrings("0.0022002200220022002200220022002201", toStringRadix(&buf, 0.1, 3));
    try testing.expectEqualStrings("ff.8", toStringRadix(&buf, 255.5, 16));
    try testing.expectEqualStrings("0", toStringRadix(&buf, -0.0, 2));
    try testing.expectEqualStrings("-11", toStringRadix(&buf, -3, 2));
}

test "toFixed examples" {
    var buf: [fixed_max_len]u8 = undefined;
    try testing.expectEqualStrings("1.00", toFixed(&buf, 1, 2));
    try testing.expectEqualStrings("1.3", toFixed(&buf, 1.25, 1));
    try testing.expectEqualStrings("1.1", toFixed(&buf, 1.05, 1)); // 1.05 is 1.0500000000000000444
    try testing.expectEqualStrings("0.00", toFixed(&buf, -0.0, 2));
    try testing.expectEqualStrings("-0.00", toFixed(&buf, -0.0000001, 2));
    try testing.expectEqualStrings("1e+21", toFixed(&buf, 1e21, 2));
    try testing.expectEqualStrings("0", toFixed(&buf, 0.5 - 0x1p-54, 0));
    try testing.expectEqualStrings("1", toFixed(&buf, 0.5, 0));
    try testing.expectEqualStrings("10", toFixed(&buf, 9.5, 0));
}

test "toExponential and toPrecision examples" {
    var buf: [exp_max_len]u8 = undefined;
    try testing.expectEqualStrings("1.23e+2", toExponential(&buf, 123, 2));
    try testing.expectEqualStrings("1.0e+3", toExponential(&buf, 999.5, 1));
    try testing.expectEqualStrings("0e+0", toExponential(&buf, 0, null));
    try testing.expectEqualStrings("1.5e-7", toExponential(&buf, 1.5e-7, null));
    try testing.expectEqualStrings("0.000123", toPrecision(&buf, 0.000123, 3));
    try testing.expectEqualStrings("1.23e-7", toPrecision(&buf, 1.23e-7, 3));
    try testing.expectEqualStrings("1.0e+2", toPrecision(&buf, 99.99, 2));
    try testing.expectEqualStrings("0.00", toPrecision(&buf, 0, 3));
}

test "parseInt examples" {
    try testing.expectEqual(@as(f64, 255), parseInt(u8, " ff", 16));
    try testing.expectEqual(@as(f64, 255), parseInt(u8, "0xff", 0));
    try testing.expectEqual(@as(f64, 0), parseInt(u8, "0xff", 10));
    try testing.expect(std.math.isNan(parseInt(u8, "0x", 16)));
    try testing.expect(std.math.signbit(parseInt(u8, "-0z", 10)));
    try testing.expect(std.math.isNan(parseInt(u8, "12", 37)));
    try testing.expectEqual(@as(f64, 35), parseInt(u8, "z", 36));
}

// Node's results for the methods above on thousands of inputs; generated
// by tests/rt/gen_number_methods_cases.mjs. Lines are tab-separated:
//   "r <bits> <radix> <x.toString(radix)>"      "f <bits> <digits> <x.toFixed(digits)>"
//   "e <bits> <digits or -> <x.toExponential()>" "p <bits> <p> <x.toPrecision(p)>"
//   "i <radix> <json string> <bits of parseInt(s, radix)>"
test "matches node" {
    const data = @embedFile("testdata/number_methods_cases.txt");
    var lines = std.mem.splitScalar(u8, data, '\n');
    var count: usize = 0;
    var failures: usize = 0;
    var big: [radix_max_len]u8 = undefined;
    while (lines.next()) |line| {
        if (line.len == 0) continue;
        var f = std.mem.splitScalar(u8, line, '\t');
        const op = f.next().?;
        const a = f.next().?;
        const b = f.next().?;
        const want = f.next().?;
        var got: []const u8 = undefined;
        var tmp: [40]u8 = undefined;
        if (op[0] == 'i') {
            var units: [400]u16 = undefined;
            const s = @import("testdata_text.zig").unescape(&units, b[1 .. b.len - 1]);
            const r = parseInt(u16, s, try std.fmt.parseInt(i32, a, 10));
            const bits: u64 = if (std.math.isNan(r)) 0x7ff8000000000000 else @bitCast(r);
            got = try std.fmt.bufPrint(&tmp, "{x:0>16}", .{bits});
        } else {
            const x: f64 = @bitCast(try std.fmt.parseInt(u64, a, 16));
            switch (op[0]) {
                'r' => got = toStringRadix(&big, x, try std.fmt.parseInt(u32, b, 10)),
                'f' => got = toFixed(big[0..fixed_max_len], x, try std.fmt.parseInt(u32, b, 10)),
                'e' => got = toExponential(big[0..exp_max_len], x, if (b[0] == '-') null else try std.fmt.parseInt(u32, b, 10)),
                'p' => got = toPrecision(big[0..exp_max_len], x, try std.fmt.parseInt(u32, b, 10)),
                else => unreachable,
            }
        }
        if (!std.mem.eql(u8, got, want)) {
            if (failures < 20) std.debug.print("{s} {s} {s}: got {s}, node {s}\n", .{ op, a, b, got, want });
            failures += 1;
        }
        count += 1;
    }
    try testing.expectEqual(@as(usize, 0), failures);
    try testing.expect(count > 10000);
}
