// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Array.prototype.sort: a stable merge sort over an array's elements,
//! comparing through a thunk that compiled code generates per call site
//! (the user's comparator, or JS's default string order).

const std = @import("std");
const heap = @import("heap.zig");
const object = @import("object.zig");
const Value = @import("value.zig").Value;

/// Slots tag of an array of tagged Values (the only arrays that can hold undefined).
const values_slots_tag: u32 = 4;

/// (comparator closure or null, *a, *b) → negative, zero or positive; NaN counts as 0.
const Compare = *const fn (env: ?*anyopaque, a: *const anyopaque, b: *const anyopaque) callconv(.C) f64;

/// Sorts `n` elements of `size` bytes at `base`. The scratch space is a slots
/// object of the same kind (`slots_tag`), so that the collector still sees
/// the elements while they sit there (the comparator may allocate).
export fn tsx_array_sort(base: [*]u8, n_all: usize, size: usize, compare: Compare, env: ?*anyopaque, slots_tag: u32) callconv(.C) void {
    // JS sorts undefined elements last without ever passing them to the comparator.
    const n = if (slots_tag == values_slots_tag) moveUndefinedLast(@ptrCast(@alignCast(base)), n_all) else n_all;
    if (n < 2) return;
    const scratch_obj: *object.Slots = @ptrCast(heap.allocObject(@sizeOf(object.Slots) + n * size, slots_tag));
    scratch_obj.cap = @intCast(n);
    const scratch: [*]u8 = @ptrCast(scratch_obj);
    const tmp = scratch + @sizeOf(object.Slots);
    var width: usize = 1;
    while (width < n) : (width *= 2) {
        var lo: usize = 0;
        while (lo < n) : (lo += 2 * width) {
            const mid = @min(lo + width, n);
            const hi = @min(lo + 2 * width, n);
            merge(base, tmp, lo, mid, hi, size, compare, env);
        }
        @memcpy(base[0 .. n * size], tmp[0 .. n * size]);
    }
    std.mem.doNotOptimizeAway(scratch_obj);
}

/// Merges runs [lo, mid) and [mid, hi) of `src` into the same range of `dst`;
/// ties take the left run first, which keeps the sort stable.
fn merge(src: [*]u8, dst: [*]u8, lo: usize, mid: usize, hi: usize, size: usize, compare: Compare, env: ?*anyopaque) void {
    var i = lo;
    var j = mid;
    var k = lo;
    while (k < hi) : (k += 1) {
        const take_left = j >= hi or (i < mid and !(compare(env, src + i * size, src + j * size) > 0));
        const from = if (take_left) i else j;
        @memcpy(dst[k * size ..][0..size], src[from * size ..][0..size]);
        if (take_left) i += 1 else j += 1;
    }
}

/// Stable partition of `items[0..n]`: the defined values keep their order at
/// the front, the undefined ones go to the back. Returns how many are defined.
/// Nothing allocates here, so the collector never sees a half-moved array.
fn moveUndefinedLast(items: [*]Value, n: usize) usize {
    var defined: usize = 0;
    for (0..n) |i| {
        if (items[i].tag == .undefined) continue;
        items[defined] = items[i];
        defined += 1;
    }
    for (defined..n) |i| items[i] = Value.undefined;
    return defined;
}

test "undefined values move last, stably" {
    var items = [_]Value{ Value.number(3), Value.undefined, Value.number(1), Value.undefined, Value.number(2) };
    try std.testing.expectEqual(@as(usize, 3), moveUndefinedLast(&items, items.len));
    try std.testing.expectEqual(@as(f64, 3), items[0].asNumber());
    try std.testing.expectEqual(@as(f64, 1), items[1].asNumber());
    try std.testing.expectEqual(@as(f64, 2), items[2].asNumber());
    try std.testing.expect(items[3].tag == .undefined and items[4].tag == .undefined);
}
