// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The Math object. Every function takes and returns doubles (clz32 and
//! imul return their int32/uint32 result as a double, as JS does) and
//! matches Node 20 bit for bit: transcendental functions are V8's fdlibm
//! ports (fdlibm_math.zig, fdlibm_pow.zig); the rest follow V8's builtins
//! (round = ceil then step back, hypot = V8's scaled Kahan sum).
//!
//! n-ary forms (max, min, hypot) take a pointer to `n` doubles.

const std = @import("std");
const fd = @import("fdlibm_math.zig");
const number = @import("number.zig");
const platform = @import("platform.zig");

const nan = std.math.nan(f64);
const inf = std.math.inf(f64);

export fn tsx_math_abs(x: f64) callconv(.C) f64 {
    return @abs(x);
}
export fn tsx_math_acos(x: f64) callconv(.C) f64 {
    return fd.acos(x);
}
export fn tsx_math_acosh(x: f64) callconv(.C) f64 {
    return fd.acosh(x);
}
export fn tsx_math_asin(x: f64) callconv(.C) f64 {
    return fd.asin(x);
}
export fn tsx_math_asinh(x: f64) callconv(.C) f64 {
    return fd.asinh(x);
}
export fn tsx_math_atan(x: f64) callconv(.C) f64 {
    return fd.atan(x);
}
export fn tsx_math_atanh(x: f64) callconv(.C) f64 {
    return fd.atanh(x);
}
export fn tsx_math_atan2(y: f64, x: f64) callconv(.C) f64 {
    return fd.atan2(y, x);
}
export fn tsx_math_cbrt(x: f64) callconv(.C) f64 {
    return fd.cbrt(x);
}
export fn tsx_math_ceil(x: f64) callconv(.C) f64 {
    return @ceil(x);
}
export fn tsx_math_clz32(x: f64) callconv(.C) f64 {
    return clz32(x);
}
export fn tsx_math_cos(x: f64) callconv(.C) f64 {
    return fd.cos(x);
}
export fn tsx_math_cosh(x: f64) callconv(.C) f64 {
    return fd.cosh(x);
}
export fn tsx_math_exp(x: f64) callconv(.C) f64 {
    return fd.exp(x);
}
export fn tsx_math_expm1(x: f64) callconv(.C) f64 {
    return fd.expm1(x);
}
export fn tsx_math_floor(x: f64) callconv(.C) f64 {
    return @floor(x);
}
export fn tsx_math_fround(x: f64) callconv(.C) f64 {
    return fround(x);
}
export fn tsx_math_hypot2(x: f64, y: f64) callconv(.C) f64 {
    const a = [2]f64{ x, y };
    return hypot(&a);
}
export fn tsx_math_hypot(args: [*]const f64, n: usize) callconv(.C) f64 {
    return hypot(args[0..n]);
}
export fn tsx_math_imul(a: f64, b: f64) callconv(.C) f64 {
    return imul(a, b);
}
export fn tsx_math_log(x: f64) callconv(.C) f64 {
    return fd.log(x);
}
export fn tsx_math_log1p(x: f64) callconv(.C) f64 {
    return fd.log1p(x);
}
export fn tsx_math_log10(x: f64) callconv(.C) f64 {
    return fd.log10(x);
}
export fn tsx_math_log2(x: f64) callconv(.C) f64 {
    return fd.log2(x);
}
export fn tsx_math_max2(a: f64, b: f64) callconv(.C) f64 {
    return max(a, b);
}
export fn tsx_math_min2(a: f64, b: f64) callconv(.C) f64 {
    return min(a, b);
}
export fn tsx_math_max(args: [*]const f64, n: usize) callconv(.C) f64 {
    var r = -inf;
    for (args[0..n]) |x| r = max(r, x);
    return r;
}
export fn tsx_math_min(args: [*]const f64, n: usize) callconv(.C) f64 {
    var r = inf;
    for (args[0..n]) |x| r = min(r, x);
    return r;
}
export fn tsx_math_pow(x: f64, y: f64) callconv(.C) f64 {
    return number.pow(x, y);
}
export fn tsx_math_random() callconv(.C) f64 {
    return random();
}
export fn tsx_math_round(x: f64) callconv(.C) f64 {
    return round(x);
}
export fn tsx_math_sign(x: f64) callconv(.C) f64 {
    return sign(x);
}
export fn tsx_math_sin(x: f64) callconv(.C) f64 {
    return fd.sin(x);
}
export fn tsx_math_sinh(x: f64) callconv(.C) f64 {
    return fd.sinh(x);
}
export fn tsx_math_sqrt(x: f64) callconv(.C) f64 {
    return @sqrt(x);
}
export fn tsx_math_tan(x: f64) callconv(.C) f64 {
    return fd.tan(x);
}
export fn tsx_math_tanh(x: f64) callconv(.C) f64 {
    return fd.tanh(x);
}
export fn tsx_math_trunc(x: f64) callconv(.C) f64 {
    return @trunc(x);
}

pub fn clz32(x: f64) f64 {
    const u: u32 = @bitCast(number.toInt32(x));
    return @floatFromInt(@clz(u));
}

pub fn imul(a: f64, b: f64) f64 {
    const p = number.toInt32(a) *% number.toInt32(b);
    return @floatFromInt(p);
}

pub fn fround(x: f64) f64 {
    const f: f32 = @floatCast(x);
    return f;
}

/// Math.max of two: NaN wins, and +0 is larger than -0.
pub fn max(a: f64, b: f64) f64 {
    if (std.math.isNan(a) or std.math.isNan(b)) return nan;
    if (a == b) return if (std.math.signbit(a)) b else a;
    return if (a > b) a else b;
}

pub fn min(a: f64, b: f64) f64 {
    if (std.math.isNan(a) or std.math.isNan(b)) return nan;
    if (a == b) return if (std.math.signbit(a)) a else b;
    return if (a < b) a else b;
}

/// V8's Math.round: ceil, then step back when that went up by more than
/// a half. Exact for every double, and keeps -0 (and gives -0 on [-0.5, 0)).
pub fn round(x: f64) f64 {
    const r = @ceil(x);
    if (r - 0.5 > x) return r - 1.0;
    return r;
}

pub fn sign(x: f64) f64 {
    if (x > 0) return 1;
    if (x < 0) return -1;
    return x; // ±0 and NaN
}

/// V8's MathHypot (builtins/math.tq): Infinity beats NaN; otherwise the
/// arguments are scaled by the largest and summed with Kahan compensation.
pub fn hypot(args: []const f64) f64 {
    if (args.len == 0) return 0;
    var one_nan = false;
    var m: f64 = 0;
    for (args) |x| {
        if (std.math.isNan(x)) {
            one_nan = true;
        } else if (@abs(x) > m) {
            m = @abs(x);
        }
    }
    if (m == inf) return inf;
    if (one_nan) return nan;
    if (m == 0) return 0;
    var sum: f64 = 0;
    var comp: f64 = 0;
    for (args) |x| {
        const n = @abs(x) / m;
        const summand = n * n - comp;
        const prelim = sum + summand;
        comp = (prelim - sum) - summand;
        sum = prelim;
    }
    return @sqrt(sum) * m;
}

// xorshift128+ as in V8 (base::RandomNumberGenerator), seeded lazily from
// the platform clock through MurmurHash3's finalizer.
var rng_state: [2]u64 = .{ 0, 0 };

fn murmur(h0: u64) u64 {
    var h = h0;
    h ^= h >> 33;
    h *%= 0xFF51AFD7ED558CCD;
    h ^= h >> 33;
    h *%= 0xC4CEB9FE1A85EC53;
    h ^= h >> 33;
    return h;
}

pub fn seedRandom(seed: u64) void {
    rng_state[0] = murmur(seed);
    rng_state[1] = murmur(~rng_state[0]);
    if (rng_state[0] == 0 and rng_state[1] == 0) rng_state[1] = 1;
}

pub fn random() f64 {
    if (rng_state[0] == 0 and rng_state[1] == 0) seedRandom(platform.nowNs() | 1);
    var s1 = rng_state[0];
    const s0 = rng_state[1];
    rng_state[0] = s0;
    s1 ^= s1 << 23;
    s1 ^= s1 >> 17;
    s1 ^= s0;
    s1 ^= s0 >> 26;
    rng_state[1] = s1;
    // 52 random bits as the mantissa of a double in [1, 2), minus 1.
    const bits = (rng_state[0] >> 12) | 0x3FF0000000000000;
    return @as(f64, @bitCast(bits)) - 1.0;
}

const testing = std.testing;

fn same(a: f64, b: f64) bool {
    if (std.math.isNan(a)) return std.math.isNan(b);
    return @as(u64, @bitCast(a)) == @as(u64, @bitCast(b));
}

test "round, sign, max, min edge cases" {
    try testing.expect(same(round(-0.5), -0.0));
    try testing.expect(same(round(-0.0), -0.0));
    try testing.expect(same(round(0.5), 1.0));
    try testing.expect(same(round(2.5), 3.0));
    try testing.expect(same(round(-2.5), -2.0));
    try testing.expect(same(round(0.49999999999999994), 0.0));
    try testing.expect(same(round(4503599627370495.5), 4503599627370496.0));
    try testing.expect(same(max(-0.0, 0.0), 0.0));
    try testing.expect(same(max(0.0, -0.0), 0.0));
    try testing.expect(same(min(0.0, -0.0), -0.0));
    try testing.expect(same(min(-0.0, 0.0), -0.0));
    try testing.expect(std.math.isNan(max(1, nan)));
    try testing.expect(same(sign(-0.0), -0.0));
    try testing.expect(same(hypot(&.{ inf, nan }), inf));
    try testing.expect(same(hypot(&.{ 3, 4 }), 5));
    try testing.expect(same(clz32(1), 31));
    try testing.expect(same(clz32(0), 32));
    try testing.expect(same(imul(0xffffffff, 5), -5));
}

test "random is in [0, 1) and varies" {
    seedRandom(42);
    var prev: f64 = -1;
    for (0..1000) |_| {
        const r = random();
        try testing.expect(r >= 0 and r < 1);
        try testing.expect(r != prev);
        prev = r;
    }
}

// Node's results on thousands of inputs per function; generated by
// tests/rt/gen_math_fn_cases.mjs. Each block "fn <name> <count> <seed>
// <digest>" is followed by explicit "<x> [<y>] <result>" lines; the digest
// is FNV-1a-64 over the results of <count> further inputs drawn from
// xorshift64 seeded with <seed> (see `Gen`), so 20k inputs per function
// cost one line.
const Gen = struct {
    s: u64,
    fn next(g: *Gen) u64 {
        g.s ^= g.s << 13;
        g.s ^= g.s >> 7;
        g.s ^= g.s << 17;
        return g.s;
    }
    fn unit(g: *Gen) f64 {
        return @as(f64, @floatFromInt(g.next() >> 11)) * 0x1p-53;
    }
    /// The input distribution the generator uses: a third raw bit
    /// patterns, a third uniform in [-r, r] for a scale picked per call,
    /// a third small "ordinary" values.
    fn input(g: *Gen) f64 {
        const kind = g.next() % 3;
        if (kind == 0) return @bitCast(g.next());
        if (kind == 1) {
            const scales = [_]f64{ 1e-300, 1e-20, 1e-8, 1e-3, 0.5, 1, 2, 10, 50, 100, 710, 1e4, 1e6, 1e10, 1e20, 1e300 };
            const r = scales[g.next() % scales.len];
            return (g.unit() * 2 - 1) * r;
        }
        return (g.unit() * 2 - 1) * 8;
    }
};

fn apply(name: []const u8, x: f64, y: f64) ?f64 {
    const Un = *const fn (f64) callconv(.C) f64;
    const un = [_]struct { []const u8, Un }{
        .{ "abs", tsx_math_abs },       .{ "acos", tsx_math_acos },   .{ "acosh", tsx_math_acosh },
        .{ "asin", tsx_math_asin },     .{ "asinh", tsx_math_asinh }, .{ "atan", tsx_math_atan },
        .{ "atanh", tsx_math_atanh },   .{ "cbrt", tsx_math_cbrt },   .{ "ceil", tsx_math_ceil },
        .{ "clz32", tsx_math_clz32 },   .{ "cos", tsx_math_cos },     .{ "cosh", tsx_math_cosh },
        .{ "exp", tsx_math_exp },       .{ "expm1", tsx_math_expm1 }, .{ "floor", tsx_math_floor },
        .{ "fround", tsx_math_fround }, .{ "log", tsx_math_log },     .{ "log1p", tsx_math_log1p },
        .{ "log10", tsx_math_log10 },   .{ "log2", tsx_math_log2 },   .{ "round", tsx_math_round },
        .{ "sign", tsx_math_sign },     .{ "sin", tsx_math_sin },     .{ "sinh", tsx_math_sinh },
        .{ "sqrt", tsx_math_sqrt },     .{ "tan", tsx_math_tan },     .{ "tanh", tsx_math_tanh },
        .{ "trunc", tsx_math_trunc },
    };
    for (un) |e| if (std.mem.eql(u8, e[0], name)) return e[1](x);
    if (std.mem.eql(u8, name, "atan2")) return fd.atan2(x, y);
    if (std.mem.eql(u8, name, "hypot")) return hypot(&.{ x, y });
    if (std.mem.eql(u8, name, "imul")) return imul(x, y);
    if (std.mem.eql(u8, name, "max")) return max(x, y);
    if (std.mem.eql(u8, name, "min")) return min(x, y);
    if (std.mem.eql(u8, name, "pow")) return number.pow(x, y);
    return null;
}

fn isBinary(name: []const u8) bool {
    for ([_][]const u8{ "atan2", "hypot", "imul", "max", "min", "pow" }) |b| {
        if (std.mem.eql(u8, b, name)) return true;
    }
    return false;
}

fn resultBits(r: f64) u64 {
    return if (std.math.isNan(r)) 0x7FF8000000000000 else @bitCast(r);
}

test "matches node" {
    const data = @embedFile("testdata/math_fn_cases.txt");
    var lines = std.mem.splitScalar(u8, data, '\n');
    var name: []const u8 = "";
    var explicit: usize = 0;
    var bulk: usize = 0;
    var failures: usize = 0;
    while (lines.next()) |line| {
        if (line.len == 0) continue;
        var f = std.mem.splitScalar(u8, line, ' ');
        const first = f.next().?;
        if (std.mem.eql(u8, first, "fn")) {
            name = f.next().?;
            const count = try std.fmt.parseInt(usize, f.next().?, 10);
            var g = Gen{ .s = try std.fmt.parseInt(u64, f.next().?, 16) };
            const want = try std.fmt.parseInt(u64, f.next().?, 16);
            var h: u64 = 0xcbf29ce484222325;
            const bin = isBinary(name);
            for (0..count) |_| {
                const x = g.input();
                const y = if (bin) g.input() else 0;
                const bits = resultBits(apply(name, x, y).?);
                for (0..8) |b| {
                    h ^= (bits >> @intCast(8 * b)) & 0xff;
                    h *%= 0x100000001b3;
                }
            }
            if (h != want) {
                std.debug.print("Math.{s}: bulk digest differs from node\n", .{name});
                failures += 1;
            }
            bulk += count;
            continue;
        }
        const x: f64 = @bitCast(try std.fmt.parseInt(u64, first, 16));
        var y: f64 = 0;
        if (isBinary(name)) y = @bitCast(try std.fmt.parseInt(u64, f.next().?, 16));
        const want = try std.fmt.parseInt(u64, f.next().?, 16);
        const got = resultBits(apply(name, x, y).?);
        if (got != want) {
            if (failures < 20) std.debug.print("Math.{s}({e}, {e}): got {x} node {x}\n", .{ name, x, y, got, want });
            failures += 1;
        }
        explicit += 1;
    }
    try testing.expectEqual(@as(usize, 0), failures);
    try testing.expect(explicit > 5000 and bulk > 500000);
}
