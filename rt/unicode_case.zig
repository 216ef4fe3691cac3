// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Full Unicode case conversion as Node does it (ICU, root locale):
//! toUpperCase and toLowerCase map each code point through the simple and
//! special (one-to-many, e.g. "ß" -> "SS", "İ" -> "i̇") mappings in
//! unicode_case_tables.zig, which tests/rt/gen_unicode_case.mjs reads off
//! Node. The one context-dependent rule of the root locale is Final_Sigma:
//! U+03A3 lowercases to "ς" when preceded by a cased letter (skipping
//! case-ignorables) and not followed by one, else to "σ". Lone surrogates
//! pass through unchanged.

const std = @import("std");
const t = @import("unicode_case_tables.zig");

pub const Mapping = struct {
    len: u8,
    units: [3]u16,
};

fn findRun(runs: []const t.Run, cp: u21) ?i32 {
    var lo: usize = 0;
    var hi: usize = runs.len;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        const r = runs[mid];
        if (cp < r.lo) {
            hi = mid;
        } else if (cp > r.hi) {
            lo = mid + 1;
        } else {
            if ((cp - r.lo) % r.step != 0) return null;
            return r.delta;
        }
    }
    return null;
}

fn findSpecial(sp: []const t.Special, cp: u21) ?*const t.Special {
    var lo: usize = 0;
    var hi: usize = sp.len;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        if (cp < sp[mid].cp) {
            hi = mid;
        } else if (cp > sp[mid].cp) {
            lo = mid + 1;
        } else {
            return &sp[mid];
        }
    }
    return null;
}

fn inRanges(rs: []const t.Range, cp: u21) bool {
    var lo: usize = 0;
    var hi: usize = rs.len;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        if (cp < rs[mid].lo) {
            hi = mid;
        } else if (cp > rs[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

fn encode(cp: u21) Mapping {
    if (cp < 0x10000) return .{ .len = 1, .units = .{ @intCast(cp), 0, 0 } };
    const v = cp - 0x10000;
    return .{ .len = 2, .units = .{ @intCast(0xD800 + (v >> 10)), @intCast(0xDC00 + (v & 0x3FF)), 0 } };
}

/// The full mapping of one code point.
pub fn mapCodePoint(cp: u21, comptime upper: bool) Mapping {
    const runs = if (upper) &t.upper_runs else &t.lower_runs;
    const special = if (upper) &t.upper_special else &t.lower_special;
    if (findSpecial(special, cp)) |s| return .{ .len = s.len, .units = s.units };
    if (findRun(runs, cp)) |d| return encode(@intCast(@as(i32, cp) + d));
    return encode(cp);
}

/// Decodes the code point starting at s[i]; returns it and its length.
fn decode(s: []const u16, i: usize) struct { cp: u21, n: usize } {
    const c = s[i];
    if (c >= 0xD800 and c <= 0xDBFF and i + 1 < s.len and s[i + 1] >= 0xDC00 and s[i + 1] <= 0xDFFF) {
        return .{ .cp = 0x10000 + ((@as(u21, c) - 0xD800) << 10) + (s[i + 1] - 0xDC00), .n = 2 };
    }
    return .{ .cp = c, .n = 1 };
}

/// Decodes the code point ending just before s[i].
fn decodeBack(s: []const u16, i: usize) struct { cp: u21, n: usize } {
    const c = s[i - 1];
    if (c >= 0xDC00 and c <= 0xDFFF and i >= 2 and s[i - 2] >= 0xD800 and s[i - 2] <= 0xDBFF) {
        return .{ .cp = 0x10000 + ((@as(u21, s[i - 2]) - 0xD800) << 10) + (c - 0xDC00), .n = 2 };
    }
    return .{ .cp = c, .n = 1 };
}

fn isCased(cp: u21) bool {
    return inRanges(&t.cased, cp);
}

fn isIgnorable(cp: u21) bool {
    return inRanges(&t.case_ignorable, cp);
}

/// Final_Sigma for the sigma at s[i].
fn isFinalSigma(s: []const u16, i: usize) bool {
    var before = false;
    var j = i;
    while (j > 0) {
        const d = decodeBack(s, j);
        j -= d.n;
        if (isIgnorable(d.cp)) continue;
        before = isCased(d.cp);
        break;
    }
    if (!before) return false;
    j = i + 1;
    while (j < s.len) {
        const d = decode(s, j);
        j += d.n;
        if (isIgnorable(d.cp)) continue;
        return !isCased(d.cp);
    }
    return true;
}

fn mapAt(s: []const u16, i: usize, cp: u21, comptime upper: bool) Mapping {
    if (!upper and cp == 0x3A3) return .{ .len = 1, .units = .{ if (isFinalSigma(s, i)) 0x3C2 else 0x3C3, 0, 0 } };
    return mapCodePoint(cp, upper);
}

/// Length in code units of the converted string.
pub fn convertedLen(s: []const u16, comptime upper: bool) usize {
    var n: usize = 0;
    var i: usize = 0;
    while (i < s.len) {
        const c = s[i];
        if (c < 0x80) {
            n += 1;
            i += 1;
            continue;
        }
        const d = decode(s, i);
        n += mapAt(s, i, d.cp, upper).len;
        i += d.n;
    }
    return n;
}

/// Writes the converted string into `out` (convertedLen(s) units).
pub fn convert(s: []const u16, out: []u16, comptime upper: bool) void {
    var o: usize = 0;
    var i: usize = 0;
    while (i < s.len) {
        const c = s[i];
        if (c < 0x80) {
            out[o] = if (upper) (if (c >= 'a' and c <= 'z') c - 32 else c) else (if (c >= 'A' and c <= 'Z') c + 32 else c);
            o += 1;
            i += 1;
            continue;
        }
        const d = decode(s, i);
        const m = mapAt(s, i, d.cp, upper);
        @memcpy(out[o..][0..m.len], m.units[0..m.len]);
        o += m.len;
        i += d.n;
    }
}

/// True when conversion would change nothing (so the string can be shared).
pub fn isUnchanged(s: []const u16, comptime upper: bool) bool {
    var i: usize = 0;
    while (i < s.len) {
        const c = s[i];
        if (c < 0x80) {
            if (upper and c >= 'a' and c <= 'z') return false;
            if (!upper and c >= 'A' and c <= 'Z') return false;
            i += 1;
            continue;
        }
        const d = decode(s, i);
        const m = mapAt(s, i, d.cp, upper);
        if (m.len != d.n or !std.mem.eql(u16, m.units[0..m.len], s[i..][0..d.n])) return false;
        i += d.n;
    }
    return true;
}

test "special cases" {
    const testing = std.testing;
    try testing.expectEqual(@as(u8, 2), mapCodePoint(0xDF, true).len); // ß -> SS
    try testing.expectEqual(@as(u16, 'S'), mapCodePoint(0xDF, true).units[1]);
    const i_dot = mapCodePoint(0x130, false);
    try testing.expectEqual(@as(u8, 2), i_dot.len);
    try testing.expectEqual(@as(u16, 0x307), i_dot.units[1]);
    try testing.expectEqual(@as(u16, 'A'), mapCodePoint('a', true).units[0]);
    const deseret = mapCodePoint(0x10428, true); // U+10428 -> U+10400
    try testing.expectEqualSlices(u16, &.{ 0xD801, 0xDC00 }, deseret.units[0..deseret.len]);
}

test "every code point maps as in node" {
    inline for (.{ true, false }) |upper| {
        var h: u32 = 2166136261;
        var cp: u21 = 0;
        while (cp <= 0x10FFFF) : (cp += 1) {
            if (cp >= 0xD800 and cp <= 0xDFFF) continue;
            const m = mapCodePoint(cp, upper);
            for (m.units[0..m.len]) |u| h = (h ^ u) *% 16777619;
        }
        try std.testing.expectEqual(if (upper) t.upper_digest else t.lower_digest, h);
    }
}
