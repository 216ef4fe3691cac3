// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Small-object size classes: 16-byte steps up to 128, then four per power
//! of two up to 8 KiB (at most 25% lost to rounding), then block fractions
//! (usable / n) up to half a block. Anything larger is a large object.

const std = @import("std");
const block = @import("block.zig");

pub const sizes = blk: {
    var list: [64]u32 = undefined;
    var n = 0;
    var s = 16;
    while (s <= 128) : (s += 16) {
        list[n] = s;
        n += 1;
    }
    var p = 128;
    while (p < 8192) : (p *= 2) {
        for (1..5) |k| {
            list[n] = p + k * p / 4;
            n += 1;
        }
    }
    for ([_]u32{ 6, 5, 4, 3, 2 }) |d| {
        list[n] = block.usable / d / 16 * 16;
        n += 1;
    }
    const out = list[0..n].*;
    break :blk out;
};

pub const count = sizes.len;
pub const max_small: usize = sizes[count - 1];

/// The class of a request of `size` bytes (at most max_small): arithmetic
/// rather than a table, to keep rt small; the compiler can compute it the
/// same way for its inline allocations (rt/ABI.md).
pub inline fn of(size: usize) usize {
    const s = size -| 1;
    if (s < 128) return s >> 4;
    if (s < 8192) {
        // 2^p <= s < 2^(p+1): four classes per power of two.
        const p: usize = 63 - @clz(s);
        return 4 * p - 24 + (s >> @intCast(p - 2));
    }
    var c: usize = first_fraction;
    while (sizes[c] < size) c += 1;
    return c;
}

/// The first class past 8 KiB.
const first_fraction = 32;

test "classes fit their requests" {
    try std.testing.expectEqual(@as(usize, 37), count);
    try std.testing.expectEqual(@as(u32, 8192), sizes[first_fraction - 1]);
    for (0..max_small + 1) |size| {
        const c = of(size);
        try std.testing.expect(sizes[c] >= size);
        try std.testing.expect(c == 0 or sizes[c - 1] < size);
        try std.testing.expect(sizes[c] % 16 == 0);
    }
    try std.testing.expect(max_small <= block.usable / 2);
}
