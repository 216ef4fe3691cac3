// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The algorithms and constants are from fdlibm (and FreeBSD msun, which
// V8's base/ieee754.cc follows for cbrt, log2 and log10), which carry:
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

//! The transcendental Math functions as V8 (Node 20, V8 11.3) computes
//! them: ports of the fdlibm code in V8's src/base/ieee754.cc, quirks
//! included (e.g. exp(1) is special-cased to E), so that results match
//! Node bit for bit. pow lives in fdlibm_pow.zig.
//!
//! The C code's 32-bit word arithmetic is kept; where C relies on
//! wraparound we use wrapping operators.

const std = @import("std");
const words = @import("f64_words.zig");
const hiWord = words.hiWord;
const loWord = words.loWord;
const fromWords = words.fromWords;
const setLo = words.setLo;

fn setHi(x: f64, h: i32) f64 {
    return fromWords(h, loWord(x));
}

const nan = std.math.nan(f64);
const inf = std.math.inf(f64);

fn scalbn(x: f64, n: i32) f64 {
    return std.math.ldexp(x, n);
}

// ---------------------------------------------------------------- trig

const two_over_pi = [_]i32{
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C,
    0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649,
    0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44,
    0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B,
    0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D,
    0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
    0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330,
    0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08,
    0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
};

const npio2_hw = [_]i32{
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
    0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
    0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
    0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
    0x404858EB, 0x404921FB,
};

/// Returns n and sets y[0] + y[1] = x - n*pi/2.
fn remPio2(x: f64, y: *[2]f64) i32 {
    const two24 = 1.67772160000000000000e+07;
    const invpio2 = 6.36619772367581382433e-01;
    const pio2_1 = 1.57079632673412561417e+00;
    const pio2_1t = 6.07710050650619224932e-11;
    const pio2_2 = 6.07710050630396597660e-11;
    const pio2_2t = 2.02226624879595063154e-21;
    const pio2_3 = 2.02226624871116645580e-21;
    const pio2_3t = 8.47842766036889956997e-32;

    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) {
        y[0] = x;
        y[1] = 0;
        return 0;
    }
    if (ix < 0x4002D97C) { // |x| < 3pi/4
        if (hx > 0) {
            var z = x - pio2_1;
            if (ix != 0x3FF921FB) {
                y[0] = z - pio2_1t;
                y[1] = (z - y[0]) - pio2_1t;
            } else {
                z -= pio2_2;
                y[0] = z - pio2_2t;
                y[1] = (z - y[0]) - pio2_2t;
            }
            return 1;
        } else {
            var z = x + pio2_1;
            if (ix != 0x3FF921FB) {
                y[0] = z + pio2_1t;
                y[1] = (z - y[0]) + pio2_1t;
            } else {
                z += pio2_2;
                y[0] = z + pio2_2t;
                y[1] = (z - y[0]) + pio2_2t;
            }
            return -1;
        }
    }
    if (ix <= 0x413921FB) { // |x| ~<= 2^19*(pi/2)
        var t = @abs(x);
        const n: i32 = @intFromFloat(t * invpio2 + 0.5);
        const fn_: f64 = @floatFromInt(n);
        var r = t - fn_ * pio2_1;
        var w = fn_ * pio2_1t;
        if (n < 32 and ix != npio2_hw[@intCast(n - 1)]) {
            y[0] = r - w;
        } else {
            const j = ix >> 20;
            y[0] = r - w;
            var high: u32 = @bitCast(hiWord(y[0]));
            var i = j - @as(i32, @intCast((high >> 20) & 0x7FF));
            if (i > 16) {
                t = r;
                w = fn_ * pio2_2;
                r = t - w;
                w = fn_ * pio2_2t - ((t - r) - w);
                y[0] = r - w;
                high = @bitCast(hiWord(y[0]));
                i = j - @as(i32, @intCast((high >> 20) & 0x7FF));
                if (i > 49) {
                    t = r;
                    w = fn_ * pio2_3;
                    r = t - w;
                    w = fn_ * pio2_3t - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
    if (ix >= 0x7FF00000) {
        y[0] = x - x;
        y[1] = y[0];
        return 0;
    }
    // Large arguments: z = scalbn(|x|, ilogb(x) - 23).
    const e0: i32 = (ix >> 20) - 1046;
    var z = fromWords(ix -% @as(i32, @bitCast(@as(u32, @bitCast(e0)) << 20)), loWord(x));
    var tx: [3]f64 = undefined;
    for (0..2) |i| {
        tx[i] = @floatFromInt(@as(i32, @intFromFloat(z)));
        z = (z - tx[i]) * two24;
    }
    tx[2] = z;
    var nx: usize = 3;
    while (tx[nx - 1] == 0) nx -= 1;
    const n = kernelRemPio2(&tx, y, e0, @intCast(nx), 2);
    if (hx < 0) {
        y[0] = -y[0];
        y[1] = -y[1];
        return -n;
    }
    return n;
}

fn kernelRemPio2(x: []const f64, y: *[2]f64, e0: i32, nx: i32, prec: usize) i32 {
    const init_jk = [_]i32{ 2, 3, 4, 6 };
    const PIo2 = [_]f64{
        1.57079625129699707031e+00, 7.54978941586159635335e-08,
        5.39030252995776476554e-15, 3.28200341580791294123e-22,
        1.27065575308067607349e-29, 1.22933308981111328932e-36,
        2.73370053816464559624e-44, 2.16741683877804819444e-51,
    };
    const two24 = 1.67772160000000000000e+07;
    const twon24 = 5.96046447753906250000e-08;

    var iq: [20]i32 = undefined;
    var f: [20]f64 = undefined;
    var fq: [20]f64 = undefined;
    var q: [20]f64 = undefined;

    const jk = init_jk[prec];
    const jp = jk;
    const jx = nx - 1;
    var jv = @divTrunc(e0 - 3, 24);
    if (jv < 0) jv = 0;
    var q0 = e0 - 24 * (jv + 1);

    var j = jv - jx;
    const m = jx + jk;
    var i: i32 = 0;
    while (i <= m) : ({
        i += 1;
        j += 1;
    }) {
        f[@intCast(i)] = if (j < 0) 0.0 else @floatFromInt(two_over_pi[@intCast(j)]);
    }

    i = 0;
    while (i <= jk) : (i += 1) {
        var fw: f64 = 0.0;
        j = 0;
        while (j <= jx) : (j += 1) fw += x[@intCast(j)] * f[@intCast(jx + i - j)];
        q[@intCast(i)] = fw;
    }

    var jz = jk;
    var z: f64 = undefined;
    var n: i32 = undefined;
    var ih: i32 = undefined;
    while (true) { // recompute:
        i = 0;
        j = jz;
        z = q[@intCast(jz)];
        while (j > 0) : ({
            i += 1;
            j -= 1;
        }) {
            const fw: f64 = @floatFromInt(@as(i32, @intFromFloat(twon24 * z)));
            iq[@intCast(i)] = @intFromFloat(z - two24 * fw);
            z = q[@intCast(j - 1)] + fw;
        }

        z = scalbn(z, q0);
        z -= 8.0 * @floor(z * 0.125);
        n = @intFromFloat(z);
        z -= @floatFromInt(n);
        ih = 0;
        const top: usize = @intCast(jz - 1);
        if (q0 > 0) {
            const sh: u5 = @intCast(24 - q0);
            const ii = iq[top] >> sh;
            n += ii;
            iq[top] -= ii << sh;
            ih = iq[top] >> @intCast(23 - q0);
        } else if (q0 == 0) {
            ih = iq[top] >> 23;
        } else if (z >= 0.5) {
            ih = 2;
        }

        if (ih > 0) {
            n += 1;
            var carry: i32 = 0;
            i = 0;
            while (i < jz) : (i += 1) {
                const jj = iq[@intCast(i)];
                if (carry == 0) {
                    if (jj != 0) {
                        carry = 1;
                        iq[@intCast(i)] = 0x1000000 - jj;
                    }
                } else {
                    iq[@intCast(i)] = 0xFFFFFF - jj;
                }
            }
            if (q0 > 0) {
                switch (q0) {
                    1 => iq[top] &= 0x7FFFFF,
                    2 => iq[top] &= 0x3FFFFF,
                    else => {},
                }
            }
            if (ih == 2) {
                z = 1.0 - z;
                if (carry != 0) z -= scalbn(1.0, q0);
            }
        }

        if (z == 0) {
            j = 0;
            i = jz - 1;
            while (i >= jk) : (i -= 1) j |= iq[@intCast(i)];
            if (j == 0) { // need recomputation
                var k: i32 = 1;
                while (jk >= k and iq[@intCast(jk - k)] == 0) k += 1;
                i = jz + 1;
                while (i <= jz + k) : (i += 1) {
                    f[@intCast(jx + i)] = @floatFromInt(two_over_pi[@intCast(jv + i)]);
                    var fw: f64 = 0.0;
                    j = 0;
                    while (j <= jx) : (j += 1) fw += x[@intCast(j)] * f[@intCast(jx + i - j)];
                    q[@intCast(i)] = fw;
                }
                jz += k;
                continue;
            }
        }
        break;
    }

    if (z == 0.0) {
        jz -= 1;
        q0 -= 24;
        while (iq[@intCast(jz)] == 0) {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = scalbn(z, -q0);
        if (z >= two24) {
            const fw: f64 = @floatFromInt(@as(i32, @intFromFloat(twon24 * z)));
            iq[@intCast(jz)] = @intFromFloat(z - two24 * fw);
            jz += 1;
            q0 += 24;
            iq[@intCast(jz)] = @intFromFloat(fw);
        } else {
            iq[@intCast(jz)] = @intFromFloat(z);
        }
    }

    var fw = scalbn(1.0, q0);
    i = jz;
    while (i >= 0) : (i -= 1) {
        q[@intCast(i)] = fw * @as(f64, @floatFromInt(iq[@intCast(i)]));
        fw *= twon24;
    }

    i = jz;
    while (i >= 0) : (i -= 1) {
        fw = 0.0;
        var k: i32 = 0;
        while (k <= jp and k <= jz - i) : (k += 1) fw += PIo2[@intCast(k)] * q[@intCast(i + k)];
        fq[@intCast(jz - i)] = fw;
    }

    // prec 1 and 2
    fw = 0.0;
    i = jz;
    while (i >= 0) : (i -= 1) fw += fq[@intCast(i)];
    y[0] = if (ih == 0) fw else -fw;
    fw = fq[0] - fw;
    i = 1;
    while (i <= jz) : (i += 1) fw += fq[@intCast(i)];
    y[1] = if (ih == 0) fw else -fw;
    return n & 7;
}

fn kernelCos(x: f64, y: f64) f64 {
    const C1 = 4.16666666666666019037e-02;
    const C2 = -1.38888888888741095749e-03;
    const C3 = 2.48015872894767294178e-05;
    const C4 = -2.75573143513906633035e-07;
    const C5 = 2.08757232129817482790e-09;
    const C6 = -1.13596475577881948265e-11;
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix < 0x3E400000) {
        if (@as(i32, @intFromFloat(x)) == 0) return 1.0;
    }
    const z = x * x;
    const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3FD33333) {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    const qx: f64 = if (ix > 0x3FE90000) 0.28125 else fromWords(ix - 0x00200000, 0);
    const iz = 0.5 * z - qx;
    const a = 1.0 - qx;
    return a - (iz - (z * r - x * y));
}

fn kernelSin(x: f64, y: f64, iy: i32) f64 {
    const S1 = -1.66666666666666324348e-01;
    const S2 = 8.33333333332248946124e-03;
    const S3 = -1.98412698298579493134e-04;
    const S4 = 2.75573137070700676789e-06;
    const S5 = -2.50507602534068634195e-08;
    const S6 = 1.58969099521155010221e-10;
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix < 0x3E400000) {
        if (@as(i32, @intFromFloat(x)) == 0) return x;
    }
    const z = x * x;
    const v = z * x;
    const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (iy == 0) return x + v * (S1 + z * r);
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

fn kernelTan(x_in: f64, y_in: f64, iy: i32) f64 {
    const T = [_]f64{
        3.33333333333334091986e-01, 1.33333333333201242699e-01,
        5.39682539762260521377e-02, 2.18694882948595424599e-02,
        8.86323982359930005737e-03, 3.59207910759131235356e-03,
        1.45620945432529025516e-03, 5.88041240820264096874e-04,
        2.46463134818469906812e-04, 7.81794442939557092300e-05,
        7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };
    const pio4 = 7.85398163397448278999e-01;
    const pio4lo = 3.06161699786838301793e-17;
    var x = x_in;
    var y = y_in;
    var z: f64 = undefined;
    var r: f64 = undefined;
    var v: f64 = undefined;
    var w: f64 = undefined;
    var s: f64 = undefined;

    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    if (ix < 0x3E300000) {
        if (@as(i32, @intFromFloat(x)) == 0) {
            const low = loWord(x);
            if (((ix | @as(i32, @bitCast(low))) | (iy + 1)) == 0) {
                return 1.0 / @abs(x);
            } else if (iy == 1) {
                return x;
            } else {
                w = x + y;
                z = setLo(w, 0);
                v = y - (z - x);
                const a = -1.0 / w;
                const t = setLo(a, 0);
                s = 1.0 + t * z;
                return t + a * (s + t * v);
            }
        }
    }
    if (ix >= 0x3FE59428) {
        if (hx < 0) {
            x = -x;
            y = -y;
        }
        z = pio4 - x;
        w = pio4lo - y;
        x = z + w;
        y = 0.0;
    }
    z = x * x;
    w = z * z;
    r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    s = z * x;
    r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    w = x + r;
    if (ix >= 0x3FE59428) {
        v = @floatFromInt(iy);
        const sign: f64 = @floatFromInt(1 - ((hx >> 30) & 2));
        return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (iy == 1) return w;
    z = setLo(w, 0);
    v = r - (z - x);
    const a = -1.0 / w;
    const t = setLo(a, 0);
    s = 1.0 + t * z;
    return t + a * (s + t * v);
}

pub fn sin(x: f64) f64 {
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) return kernelSin(x, 0.0, 0);
    if (ix >= 0x7FF00000) return x - x;
    var y: [2]f64 = undefined;
    const n = remPio2(x, &y);
    return switch (n & 3) {
        0 => kernelSin(y[0], y[1], 1),
        1 => kernelCos(y[0], y[1]),
        2 => -kernelSin(y[0], y[1], 1),
        else => -kernelCos(y[0], y[1]),
    };
}

pub fn cos(x: f64) f64 {
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) return kernelCos(x, 0.0);
    if (ix >= 0x7FF00000) return x - x;
    var y: [2]f64 = undefined;
    const n = remPio2(x, &y);
    return switch (n & 3) {
        0 => kernelCos(y[0], y[1]),
        1 => -kernelSin(y[0], y[1], 1),
        2 => -kernelCos(y[0], y[1]),
        else => kernelSin(y[0], y[1], 1),
    };
}

pub fn tan(x: f64) f64 {
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix <= 0x3FE921FB) return kernelTan(x, 0.0, 1);
    if (ix >= 0x7FF00000) return x - x;
    var y: [2]f64 = undefined;
    const n = remPio2(x, &y);
    return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
}

// ---------------------------------------------------------------- inverse trig

const pS0 = 1.66666666666666657415e-01;
const pS1 = -3.25565818622400915405e-01;
const pS2 = 2.01212532134862925881e-01;
const pS3 = -4.00555345006794114027e-02;
const pS4 = 7.91534994289814532176e-04;
const pS5 = 3.47933107596021167570e-05;
const qS1 = -2.40339491173441421878e+00;
const qS2 = 2.02094576023350569471e+00;
const qS3 = -6.88283971605453293030e-01;
const qS4 = 7.70381505559019352791e-02;
const pio2_hi = 1.57079632679489655800e+00;
const pio2_lo = 6.12323399573676603587e-17;
const pio4_hi = 7.85398163397448278999e-01;

pub fn acos(x: f64) f64 {
    const pi = 3.14159265358979311600e+00;
    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    if (ix >= 0x3FF00000) {
        if (((ix - 0x3FF00000) | @as(i32, @bitCast(loWord(x)))) == 0) {
            return if (hx > 0) 0.0 else pi + 2.0 * pio2_lo;
        }
        return nan;
    }
    if (ix < 0x3FE00000) {
        if (ix <= 0x3C600000) return pio2_hi + pio2_lo;
        const z = x * x;
        const p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
        const q = 1.0 + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
        const r = p / q;
        return pio2_hi - (x - (pio2_lo - x * r));
    } else if (hx < 0) {
        const z = (1.0 + x) * 0.5;
        const p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
        const q = 1.0 + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
        const s = @sqrt(z);
        const r = p / q;
        const w = r * s - pio2_lo;
        return pi - 2.0 * (s + w);
    } else {
        const z = (1.0 - x) * 0.5;
        const s = @sqrt(z);
        const df = setLo(s, 0);
        const c = (z - df * df) / (s + df);
        const p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
        const q = 1.0 + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
        const r = p / q;
        const w = r * s + c;
        return 2.0 * (df + w);
    }
}

pub fn asin(x: f64) f64 {
    const huge = 1.000e+300;
    var t: f64 = 0;
    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    if (ix >= 0x3FF00000) {
        if (((ix - 0x3FF00000) | @as(i32, @bitCast(loWord(x)))) == 0) {
            return x * pio2_hi + x * pio2_lo;
        }
        return nan;
    } else if (ix < 0x3FE00000) {
        if (ix < 0x3E400000) {
            if (huge + x > 1.0) return x;
        } else {
            t = x * x;
        }
        const p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
        const q = 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
        const w = p / q;
        return x + x * w;
    }
    var w = 1.0 - @abs(x);
    t = w * 0.5;
    var p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
    var q = 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
    const s = @sqrt(t);
    if (ix >= 0x3FEF3333) {
        w = p / q;
        t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
    } else {
        w = setLo(s, 0);
        const c = (t - w * w) / (s + w);
        const r = p / q;
        p = 2.0 * s * r - (pio2_lo - 2.0 * c);
        q = pio4_hi - 2.0 * w;
        t = pio4_hi - (p - q);
    }
    return if (hx > 0) t else -t;
}

const atanhi = [_]f64{
    4.63647609000806093515e-01, 7.85398163397448278999e-01,
    9.82793723247329054082e-01, 1.57079632679489655800e+00,
};
const atanlo = [_]f64{
    2.26987774529616870924e-17, 3.06161699786838301793e-17,
    1.39033110312309984516e-17, 6.12323399573676603587e-17,
};
const aT = [_]f64{
    3.33333333333329318027e-01, -1.99999999998764832476e-01,
    1.42857142725034663711e-01, -1.11111104054623557880e-01,
    9.09088713343650656196e-02, -7.69187620504482999495e-02,
    6.66107313738753120669e-02, -5.83357013379057348645e-02,
    4.97687799461593236017e-02, -3.65315727442169155270e-02,
    1.62858201153657823623e-02,
};

pub fn atan(x_in: f64) f64 {
    var x = x_in;
    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    var id: i32 = undefined;
    if (ix >= 0x44100000) { // |x| >= 2^66
        const low = loWord(x);
        if (ix > 0x7FF00000 or (ix == 0x7FF00000 and low != 0)) return x + x;
        return if (hx > 0) atanhi[3] + atanlo[3] else -atanhi[3] - atanlo[3];
    }
    if (ix < 0x3FDC0000) {
        if (ix < 0x3E400000) {
            if (1.0e300 + x > 1.0) return x;
        }
        id = -1;
    } else {
        x = @abs(x);
        if (ix < 0x3FF30000) {
            if (ix < 0x3FE60000) {
                id = 0;
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else {
                id = 1;
                x = (x - 1.0) / (x + 1.0);
            }
        } else {
            if (ix < 0x40038000) {
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                id = 3;
                x = -1.0 / x;
            }
        }
    }
    var z = x * x;
    const w = z * z;
    const s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
    const s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
    if (id < 0) return x - x * (s1 + s2);
    const u: usize = @intCast(id);
    z = atanhi[u] - ((x * (s1 + s2) - atanlo[u]) - x);
    return if (hx < 0) -z else z;
}

pub fn atan2(y: f64, x: f64) f64 {
    const tiny = 1.0e-300;
    const pi_o_4 = 7.8539816339744827900E-01;
    const pi_o_2 = 1.5707963267948965580E+00;
    const pi = 3.1415926535897931160E+00;
    const pi_lo = 1.2246467991473531772E-16;

    const hx = hiWord(x);
    const lx = loWord(x);
    const ix = hx & 0x7FFFFFFF;
    const hy = hiWord(y);
    const ly = loWord(y);
    const iy = hy & 0x7FFFFFFF;
    if (std.math.isNan(x) or std.math.isNan(y)) return x + y;
    if (((hx -% 0x3FF00000) | @as(i32, @bitCast(lx))) == 0) return atan(y);
    var m: i32 = ((hy >> 31) & 1) | ((hx >> 30) & 2);

    if ((iy | @as(i32, @bitCast(ly))) == 0) {
        switch (m) {
            0, 1 => return y,
            2 => return pi + tiny,
            else => return -pi - tiny,
        }
    }
    if ((ix | @as(i32, @bitCast(lx))) == 0) return if (hy < 0) -pi_o_2 - tiny else pi_o_2 + tiny;
    if (ix == 0x7FF00000) {
        if (iy == 0x7FF00000) {
            return switch (m) {
                0 => pi_o_4 + tiny,
                1 => -pi_o_4 - tiny,
                2 => 3.0 * pi_o_4 + tiny,
                else => -3.0 * pi_o_4 - tiny,
            };
        } else {
            return switch (m) {
                0 => 0.0,
                1 => -0.0,
                2 => pi + tiny,
                else => -pi - tiny,
            };
        }
    }
    if (iy == 0x7FF00000) return if (hy < 0) -pi_o_2 - tiny else pi_o_2 + tiny;

    const k = (iy - ix) >> 20;
    var z: f64 = undefined;
    if (k > 60) {
        z = pi_o_2 + 0.5 * pi_lo;
        m &= 1;
    } else if (hx < 0 and k < -60) {
        z = 0.0;
    } else {
        z = atan(@abs(y / x));
    }
    return switch (m) {
        0 => z,
        1 => -z,
        2 => pi - (z - pi_lo),
        else => (z - pi_lo) - pi,
    };
}

// ---------------------------------------------------------------- exp family

pub fn exp(x_in: f64) f64 {
    var x = x_in;
    const halF = [2]f64{ 0.5, -0.5 };
    const o_threshold = 7.09782712893383973096e+02;
    const u_threshold = -7.45133219101941108420e+02;
    const ln2HI = [2]f64{ 6.93147180369123816490e-01, -6.93147180369123816490e-01 };
    const ln2LO = [2]f64{ 1.90821492927058770002e-10, -1.90821492927058770002e-10 };
    const invln2 = 1.44269504088896338700e+00;
    const P1 = 1.66666666666666019037e-01;
    const P2 = -2.77777777770155933842e-03;
    const P3 = 6.61375632143793436117e-05;
    const P4 = -1.65339022054652515390e-06;
    const P5 = 4.13813679705723846039e-08;
    const E = 2.718281828459045;
    const huge = 1.0e+300;
    const twom1000 = 9.33263618503218878990e-302;
    const two1023 = 8.988465674311579539e307;

    var hi: f64 = 0.0;
    var lo: f64 = 0.0;
    var k: i32 = 0;
    var hx: u32 = @bitCast(hiWord(x));
    const xsb: usize = hx >> 31;
    hx &= 0x7FFFFFFF;

    if (hx >= 0x40862E42) {
        if (hx >= 0x7FF00000) {
            if (((hx & 0xFFFFF) | loWord(x)) != 0) return x + x;
            return if (xsb == 0) x else 0.0;
        }
        if (x > o_threshold) return huge * huge;
        if (x < u_threshold) return twom1000 * twom1000;
    }

    if (hx > 0x3FD62E42) {
        if (hx < 0x3FF0A2B2) {
            if (x == 1.0) return E;
            hi = x - ln2HI[xsb];
            lo = ln2LO[xsb];
            k = 1 - @as(i32, @intCast(xsb)) - @as(i32, @intCast(xsb));
        } else {
            k = @intFromFloat(invln2 * x + halF[xsb]);
            const t: f64 = @floatFromInt(k);
            hi = x - t * ln2HI[0];
            lo = t * ln2LO[0];
        }
        x = hi - lo;
    } else if (hx < 0x3E300000) {
        if (huge + x > 1.0) return 1.0 + x;
    } else {
        k = 0;
    }

    const t = x * x;
    const twopk: f64 = if (k >= -1021)
        fromWords(0x3FF00000 +% @as(i32, @bitCast(@as(u32, @bitCast(k)) << 20)), 0)
    else
        fromWords(0x3FF00000 +% @as(i32, @bitCast(@as(u32, @bitCast(k + 1000)) << 20)), 0);
    const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
    const y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    if (k >= -1021) {
        if (k == 1024) return y * 2.0 * two1023;
        return y * twopk;
    }
    return y * twopk * twom1000;
}

pub fn expm1(x_in: f64) f64 {
    var x = x_in;
    const tiny = 1.0e-300;
    const o_threshold = 7.09782712893383973096e+02;
    const invln2 = 1.44269504088896338700e+00;
    const Q1 = -3.33333333333331316428e-02;
    const Q2 = 1.58730158725481460165e-03;
    const Q3 = -7.93650757867487942473e-05;
    const Q4 = 4.00821782732936239552e-06;
    const Q5 = -2.01099218183624371326e-07;
    const huge = 1.0e+300;

    var hx: u32 = @bitCast(hiWord(x));
    const xsb = hx & 0x80000000;
    hx &= 0x7FFFFFFF;
    var k: i32 = undefined;
    var c: f64 = undefined;
    var t: f64 = undefined;
    var y: f64 = undefined;

    if (hx >= 0x4043687A) {
        if (hx >= 0x40862E42) {
            if (hx >= 0x7FF00000) {
                if (((hx & 0xFFFFF) | loWord(x)) != 0) return x + x;
                return if (xsb == 0) x else -1.0;
            }
            if (x > o_threshold) return huge * huge;
        }
        if (xsb != 0) {
            if (x + tiny < 0.0) return tiny - 1.0;
        }
    }

    if (hx > 0x3FD62E42) {
        var hi: f64 = undefined;
        var lo: f64 = undefined;
        if (hx < 0x3FF0A2B2) {
            if (xsb == 0) {
                hi = x - ln2_hi;
                lo = ln2_lo;
                k = 1;
            } else {
                hi = x + ln2_hi;
                lo = -ln2_lo;
                k = -1;
            }
        } else {
            k = @intFromFloat(invln2 * x + (if (xsb == 0) @as(f64, 0.5) else -0.5));
            t = @floatFromInt(k);
            hi = x - t * ln2_hi;
            lo = t * ln2_lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x3C900000) {
        t = huge + x;
        return x - (t - (huge + x));
    } else {
        k = 0;
    }

    const hfx = 0.5 * x;
    const hxs = x * hfx;
    const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    t = 3.0 - r1 * hfx;
    var e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    const twopk = fromWords(0x3FF00000 +% @as(i32, @bitCast(@as(u32, @bitCast(k)) << 20)), 0);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25) return -2.0 * (e - (x + 0.5));
        return 1.0 + 2.0 * (x - e);
    }
    if (k <= -2 or k > 56) {
        y = 1.0 - (e - x);
        if (k == 1024) {
            y = y * 2.0 * 8.98846567431158e+307;
        } else {
            y = y * twopk;
        }
        return y - 1.0;
    }
    t = 1.0;
    if (k < 20) {
        t = setHi(t, 0x3FF00000 - (@as(i32, 0x200000) >> @intCast(k)));
        y = t - (e - x);
        y = y * twopk;
    } else {
        t = setHi(t, (0x3FF - k) << 20);
        y = x - (e + t);
        y += 1.0;
        y = y * twopk;
    }
    return y;
}

pub fn sinh(x: f64) f64 {
    const KSINH_OVERFLOW = 710.4758600739439;
    const TWO_M28 = 3.725290298461914e-9;
    const LOG_MAXD = 709.7822265625;
    const shuge = 1.0e307;
    const h: f64 = if (x < 0) -0.5 else 0.5;
    const ax = @abs(x);
    if (ax < 22) {
        if (ax < TWO_M28) return x;
        const t = expm1(ax);
        if (ax < 1) return h * (2 * t - t * t / (t + 1));
        return h * (t + t / (t + 1));
    }
    if (ax < LOG_MAXD) return h * exp(ax);
    if (ax <= KSINH_OVERFLOW) {
        const w = exp(0.5 * ax);
        const t = h * w;
        return t * w;
    }
    return x * shuge;
}

pub fn cosh(x: f64) f64 {
    const KCOSH_OVERFLOW = 710.4758600739439;
    const huge = 1.0e+300;
    const ix = hiWord(x) & 0x7FFFFFFF;
    if (ix < 0x3FD62E43) {
        const t = expm1(@abs(x));
        const w = 1.0 + t;
        if (ix < 0x3C800000) return w;
        return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) {
        const t = exp(@abs(x));
        return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862E42) return 0.5 * exp(@abs(x));
    if (@abs(x) <= KCOSH_OVERFLOW) {
        const w = exp(0.5 * @abs(x));
        const t = 0.5 * w;
        return t * w;
    }
    if (ix >= 0x7FF00000) return x * x;
    return huge * huge;
}

pub fn tanh(x: f64) f64 {
    const tiny = 1.0e-300;
    const jx = hiWord(x);
    const ix = jx & 0x7FFFFFFF;
    if (ix >= 0x7FF00000) {
        if (jx >= 0) return 1.0 / x + 1.0;
        return 1.0 / x - 1.0;
    }
    var z: f64 = undefined;
    if (ix < 0x40360000) {
        if (ix < 0x3E300000) {
            if (1.0e300 + x > 1.0) return x;
        }
        if (ix >= 0x3FF00000) {
            const t = expm1(2.0 * @abs(x));
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            const t = expm1(-2.0 * @abs(x));
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0 - tiny;
    }
    return if (jx >= 0) z else -z;
}

// ---------------------------------------------------------------- log family

const ln2_hi = 6.93147180369123816490e-01;
const ln2_lo = 1.90821492927058770002e-10;
const two54 = 1.80143985094819840000e+16;
const Lg1 = 6.666666666666735130e-01;
const Lg2 = 3.999999999940941908e-01;
const Lg3 = 2.857142874366239149e-01;
const Lg4 = 2.222219843214978396e-01;
const Lg5 = 1.818357216161805012e-01;
const Lg6 = 1.531383769920937332e-01;
const Lg7 = 1.479819860511658591e-01;

pub fn log(x_in: f64) f64 {
    var x = x_in;
    var hx = hiWord(x);
    const lx = loWord(x);
    var k: i32 = 0;
    if (hx < 0x00100000) {
        if (((hx & 0x7FFFFFFF) | @as(i32, @bitCast(lx))) == 0) return -inf;
        if (hx < 0) return nan;
        k -= 54;
        x *= two54;
        hx = hiWord(x);
    }
    if (hx >= 0x7FF00000) return x + x;
    k += (hx >> 20) - 1023;
    hx &= 0x000FFFFF;
    var i: i32 = (hx + 0x95F64) & 0x100000;
    x = setHi(x, hx | (i ^ 0x3FF00000));
    k += (i >> 20);
    const f = x - 1.0;
    if ((0x000FFFFF & (2 + hx)) < 3) {
        if (f == 0) {
            if (k == 0) return 0;
            const dk: f64 = @floatFromInt(k);
            return dk * ln2_hi + dk * ln2_lo;
        }
        const R = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) return f - R;
        const dk: f64 = @floatFromInt(k);
        return dk * ln2_hi - ((R - dk * ln2_lo) - f);
    }
    const s = f / (2.0 + f);
    const dk: f64 = @floatFromInt(k);
    const z = s * s;
    i = hx - 0x6147A;
    const w = z * z;
    const j: i32 = 0x6B851 - hx;
    const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    i |= j;
    const R = t2 + t1;
    if (i > 0) {
        const hfsq = 0.5 * f * f;
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
    }
    if (k == 0) return f - s * (f - R);
    return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

pub fn log1p(x: f64) f64 {
    const Lp1 = Lg1;
    const Lp2 = Lg2;
    const Lp3 = Lg3;
    const Lp4 = Lg4;
    const Lp5 = Lg5;
    const Lp6 = Lg6;
    const Lp7 = Lg7;
    const hx = hiWord(x);
    const ax = hx & 0x7FFFFFFF;
    var k: i32 = 1;
    var f: f64 = undefined;
    var hu: i32 = undefined;
    var c: f64 = undefined;
    if (hx < 0x3FDA827A) {
        if (ax >= 0x3FF00000) {
            if (x == -1.0) return -inf;
            return nan;
        }
        if (ax < 0x3E200000) {
            if (two54 + x > 0 and ax < 0x3C900000) return x;
            return x - x * x * 0.5;
        }
        if (hx > 0 or hx <= @as(i32, @bitCast(@as(u32, 0xBFD2BEC4)))) {
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if (hx >= 0x7FF00000) return x + x;
    if (k != 0) {
        var u: f64 = undefined;
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = hiWord(u);
            k = (hu >> 20) - 1023;
            c = if (k > 0) 1.0 - (u - x) else x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            hu = hiWord(u);
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000FFFFF;
        if (hu < 0x6A09E) {
            u = setHi(u, hu | 0x3FF00000);
        } else {
            k += 1;
            u = setHi(u, hu | 0x3FE00000);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    const hfsq = 0.5 * f * f;
    const dk: f64 = @floatFromInt(k);
    if (hu == 0) {
        if (f == 0) {
            if (k == 0) return 0;
            c += dk * ln2_lo;
            return dk * ln2_hi + c;
        }
        const R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return dk * ln2_hi - ((R - (dk * ln2_lo + c)) - f);
    }
    const s = f / (2.0 + f);
    const z = s * s;
    const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + (dk * ln2_lo + c))) - f);
}

fn kLog1p(f: f64) f64 {
    const s = f / (2.0 + f);
    const z = s * s;
    const w = z * z;
    const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    const R = t2 + t1;
    const hfsq = 0.5 * f * f;
    return s * (hfsq + R);
}

pub fn log2(x_in: f64) f64 {
    const ivln2hi = 1.44269504072144627571e+00;
    const ivln2lo = 1.67517131648865118353e-10;
    var x = x_in;
    var hx = hiWord(x);
    const lx = loWord(x);
    var k: i32 = 0;
    if (hx < 0x00100000) {
        if (((hx & 0x7FFFFFFF) | @as(i32, @bitCast(lx))) == 0) return -inf;
        if (hx < 0) return nan;
        k -= 54;
        x *= two54;
        hx = hiWord(x);
    }
    if (hx >= 0x7FF00000) return x + x;
    if (hx == 0x3FF00000 and lx == 0) return 0.0;
    k += (hx >> 20) - 1023;
    hx &= 0x000FFFFF;
    const i: i32 = (hx + 0x95F64) & 0x100000;
    x = setHi(x, hx | (i ^ 0x3FF00000));
    k += (i >> 20);
    const y: f64 = @floatFromInt(k);
    const f = x - 1.0;
    const hfsq = 0.5 * f * f;
    const r = kLog1p(f);
    var hi = f - hfsq;
    hi = setLo(hi, 0);
    const lo = (f - hi) - hfsq + r;
    var val_hi = hi * ivln2hi;
    var val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
    const w = y + val_hi;
    val_lo += (y - w) + val_hi;
    val_hi = w;
    return val_lo + val_hi;
}

pub fn log10(x_in: f64) f64 {
    const ivln10 = 4.34294481903251816668e-01;
    const log10_2hi = 3.01029995663611771306e-01;
    const log10_2lo = 3.69423907715893078616e-13;
    var x = x_in;
    var hx = hiWord(x);
    var lx = loWord(x);
    var k: i32 = 0;
    if (hx < 0x00100000) {
        if (((hx & 0x7FFFFFFF) | @as(i32, @bitCast(lx))) == 0) return -inf;
        if (hx < 0) return nan;
        k -= 54;
        x *= two54;
        hx = hiWord(x);
        lx = loWord(x);
    }
    if (hx >= 0x7FF00000) return x + x;
    if (hx == 0x3FF00000 and lx == 0) return 0.0;
    k += (hx >> 20) - 1023;
    const i: i32 = @intCast(@as(u32, @bitCast(k)) >> 31);
    hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
    const y: f64 = @floatFromInt(k + i);
    x = fromWords(hx, lx);
    const z = y * log10_2lo + ivln10 * log(x);
    return z + y * log10_2hi;
}

// ---------------------------------------------------------------- hyperbolic inverses

pub fn acosh(x: f64) f64 {
    const ln2 = 6.93147180559945286227e-01;
    const hx = hiWord(x);
    const lx = loWord(x);
    if (hx < 0x3FF00000) return nan;
    if (hx >= 0x41B00000) {
        if (hx >= 0x7FF00000) return x + x;
        return log(x) + ln2;
    }
    if (((hx - 0x3FF00000) | @as(i32, @bitCast(lx))) == 0) return 0.0;
    if (hx > 0x40000000) {
        const t = x * x;
        return log(2.0 * x - 1.0 / (x + @sqrt(t - 1.0)));
    }
    const t = x - 1.0;
    return log1p(t + @sqrt(2.0 * t + t * t));
}

pub fn asinh(x: f64) f64 {
    const ln2 = 6.93147180559945286227e-01;
    const hx = hiWord(x);
    const ix = hx & 0x7FFFFFFF;
    if (ix >= 0x7FF00000) return x + x;
    if (ix < 0x3E300000) {
        if (1.0e300 + x > 1.0) return x;
    }
    var w: f64 = undefined;
    if (ix > 0x41B00000) {
        w = log(@abs(x)) + ln2;
    } else if (ix > 0x40000000) {
        const t = @abs(x);
        w = log(2.0 * t + 1.0 / (@sqrt(x * x + 1.0) + t));
    } else {
        const t = x * x;
        w = log1p(@abs(x) + t / (1.0 + @sqrt(1.0 + t)));
    }
    return if (hx > 0) w else -w;
}

pub fn atanh(x_in: f64) f64 {
    var x = x_in;
    const hx = hiWord(x);
    const lx = loWord(x);
    const ix = hx & 0x7FFFFFFF;
    const lneg: u32 = 0 -% lx;
    if ((ix | @as(i32, @intCast((lx | lneg) >> 31))) > 0x3FF00000) return nan;
    if (ix == 0x3FF00000) return if (x > 0) inf else -inf;
    if (ix < 0x3E300000 and (1e300 + x) > 0) return x;
    x = setHi(x, ix);
    var t: f64 = undefined;
    if (ix < 0x3FE00000) {
        t = x + x;
        t = 0.5 * log1p(t + t * x / (1.0 - x));
    } else {
        t = 0.5 * log1p((x + x) / (1.0 - x));
    }
    return if (hx >= 0) t else -t;
}

// ---------------------------------------------------------------- cbrt

pub fn cbrt(x: f64) f64 {
    const B1: u32 = 715094163;
    const B2: u32 = 696219795;
    const P0 = 1.87595182427177009643;
    const P1 = -1.88497979543377169875;
    const P2 = 1.621429720105354466140;
    const P3 = -0.758397934778766047437;
    const P4 = 0.145996192886612446982;

    var hx: u32 = @bitCast(hiWord(x));
    const low = loWord(x);
    const sign = hx & 0x80000000;
    hx ^= sign;
    if (hx >= 0x7FF00000) return x + x;
    var t: f64 = 0.0;
    if (hx < 0x00100000) {
        if ((hx | low) == 0) return x;
        t = setHi(t, 0x43500000);
        t *= x;
        const high: u32 = @bitCast(hiWord(t));
        t = fromWords(@bitCast(sign | ((high & 0x7FFFFFFF) / 3 + B2)), 0);
    } else {
        t = fromWords(@bitCast(sign | (hx / 3 + B1)), 0);
    }
    var r = (t * t) * (t / x);
    t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
    const bits: u64 = (@as(u64, @bitCast(t)) +% 0x80000000) & 0xFFFFFFFFC0000000;
    t = @bitCast(bits);
    const s = t * t;
    r = x / s;
    const w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return t;
}

test "fdlibm spot values" {
    const E = std.math.e;
    try std.testing.expectEqual(@as(f64, E), exp(1.0));
    try std.testing.expectEqual(@as(f64, 0), sin(0.0));
    try std.testing.expectEqual(@as(f64, 1), cos(0.0));
    try std.testing.expectEqual(@as(f64, 3), cbrt(27.0));
    try std.testing.expectEqual(@as(f64, 3), log2(8.0));
    try std.testing.expectEqual(@as(f64, 2), log10(100.0));
    try std.testing.expect(std.math.signbit(tanh(-0.0)));
}
