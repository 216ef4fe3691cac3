// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The 32-bit halves of an f64, as fdlibm's C code reads and writes them
//! (GET_HIGH_WORD, GET_LOW_WORD, INSERT_WORDS, SET_LOW_WORD).

pub fn hiWord(x: f64) i32 {
    return @bitCast(@as(u32, @truncate(@as(u64, @bitCast(x)) >> 32)));
}

pub fn loWord(x: f64) u32 {
    return @truncate(@as(u64, @bitCast(x)));
}

pub fn fromWords(h: i32, l: u32) f64 {
    return @bitCast(@as(u64, @as(u32, @bitCast(h))) << 32 | l);
}

pub fn setLo(x: f64, l: u32) f64 {
    return fromWords(hiWord(x), l);
}

test "words round-trip" {
    const std = @import("std");
    const x: f64 = -1234.5678;
    try std.testing.expectEqual(x, fromWords(hiWord(x), loWord(x)));
    try std.testing.expectEqual(@as(u32, 0), loWord(setLo(x, 0)));
}
