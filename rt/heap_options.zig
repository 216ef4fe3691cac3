// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The heap's boot options, read from the platform command line (argv
//! joined by spaces on Linux, the guest command line on Xen), words
//! separated by spaces:
//! `--heap=<n>[K|M|G]` caps the heap, `--gc-stats` reports collections at
//! exit, `--gc-stress` collects at every allocation,
//! `--gc-stress=incremental` keeps a marking cycle always in progress and
//! traces one object per allocation (to test the write barrier),
//! `--gc-stress=minor` collects at every allocation, minor collections
//! mostly (to test the remembered set).

const std = @import("std");

pub const Options = struct {
    /// Bytes; null: the whole platform region.
    limit: ?usize = null,
    stats: bool = false,
    stress: bool = false,
    incremental_stress: bool = false,
    /// --gc-stress=minor: a collection at every allocation, minor ones
    /// mostly (testing the remembered set).
    minor_stress: bool = false,

    pub fn parse(text: []const u8) error{InvalidHeapSize}!Options {
        var o = Options{};
        var i: usize = 0;
        while (i < text.len) {
            const start = i;
            while (i < text.len and text[i] != ' ') i += 1;
            const arg = text[start..i];
            i += 1;
            if (arg.len >= 7 and eql(arg[0..7], "--heap=")) {
                o.limit = parseSize(arg[7..]) orelse return error.InvalidHeapSize;
            } else if (eql(arg, "--gc-stats")) {
                o.stats = true;
            } else if (eql(arg, "--gc-stress")) {
                o.stress = true;
            } else if (eql(arg, "--gc-stress=incremental")) {
                o.incremental_stress = true;
            } else if (eql(arg, "--gc-stress=minor")) {
                o.minor_stress = true;
            }
        }
        return o;
    }
};

// A plain loop: std.mem.eql's vector code is large for rt's size budget.
fn eql(a: []const u8, b: []const u8) bool {
    if (a.len != b.len) return false;
    for (a, b) |x, y| {
        if (x != y) return false;
    }
    return true;
}

/// Decimal bytes with an optional binary suffix K, M or G (either case).
pub fn parseSize(s: []const u8) ?usize {
    if (s.len == 0) return null;
    const shift: u6 = switch (s[s.len - 1]) {
        'k', 'K' => 10,
        'm', 'M' => 20,
        'g', 'G' => 30,
        else => 0,
    };
    const digits = if (shift == 0) s else s[0 .. s.len - 1];
    if (digits.len == 0) return null;
    var n: usize = 0;
    for (digits) |c| {
        if (c < '0' or c > '9') return null;
        n = std.math.mul(usize, n, 10) catch return null;
        n = std.math.add(usize, n, c - '0') catch return null;
    }
    return std.math.shlExact(usize, n, shift) catch null;
}

test "parse options" {
    const o = try Options.parse("x --heap=64M  --gc-stats");
    try std.testing.expectEqual(@as(?usize, 64 << 20), o.limit);
    try std.testing.expect(o.stats and !o.stress);
    try std.testing.expect((try Options.parse("--gc-stress")).stress);
    try std.testing.expectEqual(@as(?usize, null), (try Options.parse("")).limit);
    try std.testing.expectError(error.InvalidHeapSize, Options.parse("--heap=12X"));
    try std.testing.expectError(error.InvalidHeapSize, Options.parse("--heap="));
}

test "parse sizes" {
    try std.testing.expectEqual(@as(?usize, 4096), parseSize("4096"));
    try std.testing.expectEqual(@as(?usize, 2 << 10), parseSize("2k"));
    try std.testing.expectEqual(@as(?usize, 1 << 30), parseSize("1G"));
    try std.testing.expectEqual(@as(?usize, null), parseSize("M"));
    try std.testing.expectEqual(@as(?usize, null), parseSize("99999999999999999999G"));
}
