// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The algorithm and constants are from fdlibm's e_pow.c, which carries:
// ====================================================
// Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
//
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

//! IEEE pow as V8 computes it. V8's Math.pow and `**` use its port of
//! fdlibm's pow (base::ieee754::legacy::pow), so matching Node bit for bit
//! means using the same algorithm, quirks included, rather than a different
//! (even if better) libm.
//!
//! Method: with x = 2^n * (1+f), compute log2(x) as t1 + t2 in extra
//! precision, multiply by y as p_h + p_l, split off the integer part and
//! return 2^n * exp2(rest).

const std = @import("std");
const words = @import("f64_words.zig");
const hi = words.hiWord;
const lo = words.loWord;
const make = words.fromWords;
const withLo = words.setLo;

const bp = [2]f64{ 1.0, 1.5 };
const dp_h = [2]f64{ 0.0, 5.84962487220764160156e-01 }; // 0x3FE2B803 40000000
const dp_l = [2]f64{ 0.0, 1.35003920212974897128e-08 }; // 0x3E4CFDEB 43CFD006
const two53 = 9007199254740992.0;
const huge = 1.0e300;
const tiny = 1.0e-300;
// Polynomial coefficients for (3/2)*(log(x)-2s-2/3*s**3).
const L1 = 5.99999999999994648725e-01;
const L2 = 4.28571428578550184252e-01;
const L3 = 3.33333329818377432918e-01;
const L4 = 2.72728123808534006489e-01;
const L5 = 2.30660745775561754067e-01;
const L6 = 2.06975017800338417784e-01;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const lg2 = 6.93147180559945286227e-01;
const lg2_h = 6.93147182464599609375e-01;
const lg2_l = -1.90465429995776804525e-09;
const ovt = 8.0085662595372944372e-17; // -(1024-log2(ovfl+.5ulp))
const cp = 9.61796693925975554329e-01; // 2/(3 ln2)
const cp_h = 9.61796700954437255859e-01;
const cp_l = -7.02846165095275826516e-09;
const ivln2 = 1.44269504088896338700e+00;
const ivln2_h = 1.44269502162933349609e+00;
const ivln2_l = 1.92596299112661746887e-08;

/// C99 pow (pow(1, NaN) = 1, pow(-1, ±inf) = 1); see number.zig for JS's.
pub fn pow(x: f64, y: f64) f64 {
    const hx = hi(x);
    const lx = lo(x);
    const hy = hi(y);
    const ly = lo(y);
    var ix: i32 = hx & 0x7fffffff;
    const iy: i32 = hy & 0x7fffffff;

    if ((iy | @as(i32, @bitCast(ly))) == 0) return 1.0;
    if (hx == 0x3ff00000 and lx == 0) return 1.0;
    if (ix > 0x7ff00000 or (ix == 0x7ff00000 and lx != 0) or
        iy > 0x7ff00000 or (iy == 0x7ff00000 and ly != 0))
        return (x + 0.0) + (y + 0.0);

    // yisint: 0 = y not an integer, 1 = odd integer, 2 = even integer.
    var yisint: i32 = 0;
    if (hx < 0) {
        if (iy >= 0x43400000) {
            yisint = 2;
        } else if (iy >= 0x3ff00000) {
            const k: u32 = @intCast((iy >> 20) - 0x3ff);
            if (k > 20) {
                const sh: u5 = @intCast(52 - k);
                const j = ly >> sh;
                if ((j << sh) == ly) yisint = 2 - @as(i32, @intCast(j & 1));
            } else if (ly == 0) {
                const sh: u5 = @intCast(20 - k);
                const j = iy >> sh;
                if ((j << sh) == iy) yisint = 2 - (j & 1);
            }
        }
    }

    if (ly == 0) {
        if (iy == 0x7ff00000) { // y is ±inf
            if (((ix - 0x3ff00000) | @as(i32, @bitCast(lx))) == 0) return 1.0;
            if (ix >= 0x3ff00000) return if (hy >= 0) y else 0.0;
            return if (hy < 0) -y else 0.0;
        }
        if (iy == 0x3ff00000) return if (hy < 0) 1.0 / x else x;
        if (hy == 0x40000000) return x * x;
        if (hy == 0x3fe00000 and hx >= 0) return @sqrt(x);
    }

    var ax = @abs(x);
    if (lx == 0 and (ix == 0x7ff00000 or ix == 0 or ix == 0x3ff00000)) {
        // x is ±0, ±inf or ±1.
        var z = ax;
        if (hy < 0) z = 1.0 / z;
        if (hx < 0) {
            if (((ix - 0x3ff00000) | yisint) == 0) {
                z = (z - z) / (z - z); // (-1)**non-int is NaN
            } else if (yisint == 1) {
                z = -z;
            }
        }
        return z;
    }

    var n: i32 = @as(i32, @intCast(@as(u32, @bitCast(hx)) >> 31)) - 1;
    if ((n | yisint) == 0) return (x - x) / (x - x); // (x<0)**(non-int)
    var s: f64 = 1.0;
    if ((n | (yisint - 1)) == 0) s = -1.0; // (-ve)**(odd int)

    var t1: f64 = undefined;
    var t2: f64 = undefined;
    if (iy > 0x41e00000) { // |y| > 2^31
        if (iy > 0x43f00000) { // |y| > 2^64: must over/underflow
            if (ix <= 0x3fefffff) return if (hy < 0) huge * huge else tiny * tiny;
            if (ix >= 0x3ff00000) return if (hy > 0) huge * huge else tiny * tiny;
        }
        if (ix < 0x3fefffff) return if (hy < 0) s * huge * huge else s * tiny * tiny;
        if (ix > 0x3ff00000) return if (hy > 0) s * huge * huge else s * tiny * tiny;
        // |1-x| <= 2^-20: log(x) by x-x^2/2+x^3/3-x^4/4.
        const t = ax - 1.0;
        const w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        const u = ivln2_h * t;
        const v = t * ivln2_l - w * ivln2;
        t1 = withLo(u + v, 0);
        t2 = v - (t1 - u);
    } else {
        n = 0;
        if (ix < 0x00100000) { // subnormal x
            ax *= two53;
            n -= 53;
            ix = hi(ax);
        }
        n += (ix >> 20) - 0x3ff;
        const j = ix & 0x000fffff;
        ix = j | 0x3ff00000;
        var k: usize = undefined;
        if (j <= 0x3988E) {
            k = 0; // |x| < sqrt(3/2)
        } else if (j < 0xBB67A) {
            k = 1; // |x| < sqrt(3)
        } else {
            k = 0;
            n += 1;
            ix -= 0x00100000;
        }
        ax = make(ix, lo(ax));

        // ss = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
        var u = ax - bp[k];
        var v = 1.0 / (ax + bp[k]);
        const ss = u * v;
        const s_h = withLo(ss, 0);
        var t_h = make(((ix >> 1) | 0x20000000) + 0x00080000 + (@as(i32, @intCast(k)) << 18), 0);
        var t_l = ax - (t_h - bp[k]);
        const s_l = v * ((u - s_h * t_h) - s_h * t_l);
        // log(ax)
        var s2 = ss * ss;
        var r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += s_l * (s_h + ss);
        s2 = s_h * s_h;
        t_h = withLo(3.0 + s2 + r, 0);
        t_l = r - ((t_h - 3.0) - s2);
        u = s_h * t_h;
        v = s_l * t_h + t_l * ss;
        const p_h = withLo(u + v, 0);
        const p_l = v - (p_h - u);
        const z_h = cp_h * p_h;
        const z_l = cp_l * p_h + p_l * cp + dp_l[k];
        // log2(ax) = n + dp_h + z_h + z_l
        const t: f64 = @floatFromInt(n);
        t1 = withLo(((z_h + z_l) + dp_h[k]) + t, 0);
        t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
    }

    // (y1 + y2) * (t1 + t2)
    const y1 = withLo(y, 0);
    const p_l = (y - y1) * t1 + y * t2;
    var p_h = y1 * t1;
    var z = p_l + p_h;
    var j = hi(z);
    const i = lo(z);
    if (j >= 0x40900000) { // z >= 1024
        if (((j - 0x40900000) | @as(i32, @bitCast(i))) != 0) return s * huge * huge;
        if (p_l + ovt > z - p_h) return s * huge * huge;
    } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
        if (((j -% @as(i32, @bitCast(@as(u32, 0xc090cc00)))) | @as(i32, @bitCast(i))) != 0) return s * tiny * tiny;
        if (p_l <= z - p_h) return s * tiny * tiny;
    }

    // 2^(p_h + p_l)
    const ai = j & 0x7fffffff;
    var k: i32 = (ai >> 20) - 0x3ff;
    n = 0;
    if (ai > 0x3fe00000) { // |z| > 0.5: n = [z + 0.5]
        n = j + (@as(i32, 0x00100000) >> @intCast(k + 1));
        k = ((n & 0x7fffffff) >> 20) - 0x3ff;
        const t = make(n & ~(@as(i32, 0x000fffff) >> @intCast(k)), 0);
        n = ((n & 0x000fffff) | 0x00100000) >> @intCast(20 - k);
        if (j < 0) n = -n;
        p_h -= t;
    }
    const t = withLo(p_l + p_h, 0);
    const u = t * lg2_h;
    const v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
    z = u + v;
    const w = v - (z - u);
    const tt = z * z;
    const tt1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
    // fdlibm has (z*t1)/(t1-2) - (w+z*w); V8's port divides by the whole
    // difference instead, and Node's results follow V8's.
    const r = (z * tt1) / ((tt1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    j = hi(z);
    j +%= n << 20;
    if ((j >> 20) <= 0) {
        z = std.math.scalbn(z, n); // subnormal result
    } else {
        z = make(j, lo(z));
    }
    return s * z;
}

test "exact cases" {
    try std.testing.expectEqual(@as(f64, 1024), pow(2, 10));
    try std.testing.expectEqual(@as(f64, 0.125), pow(2, -3));
    try std.testing.expectEqual(@as(f64, -27), pow(-3, 3));
    try std.testing.expectEqual(@as(f64, 1), pow(1, std.math.nan(f64)));
    try std.testing.expect(std.math.isNan(pow(-2, 0.5)));
    try std.testing.expectEqual(std.math.inf(f64), pow(0, -1));
    try std.testing.expectEqual(-std.math.inf(f64), pow(-0.0, -3));
}
