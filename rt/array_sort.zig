// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Array.prototype.sort: the same TimSort as V8 (after CPython's listsort),
//! step for step, so that a comparator is called with the same arguments in
//! the same order as under Node — which is what a comparator with side
//! effects, or an inconsistent one, can observe. Like V8, the elements are
//! sorted in a work copy and written back only when the sort completes: a
//! comparator that throws leaves the array as it was.
//!
//! Compiled code makes the comparison thunk per call site (the user's
//! comparator, or JS's default string order); it returns the comparator's
//! result as a number, NaN counting as 0.

const std = @import("std");
const builtin = @import("builtin");
const heap = @import("heap.zig");
const gc = @import("gc.zig");
const object = @import("object.zig");
const fatal = @import("panic.zig");
const Value = @import("value.zig").Value;

extern var tsx_exception_pending: u8;

/// Whether the comparator threw (compiled code's flag; no program in `zig test`).
fn thrown() bool {
    return if (builtin.is_test) false else tsx_exception_pending != 0;
}

/// Slots tags of the items objects (rt/ABI.md): pointers, tagged Values, numbers.
const ptr_slots_tag: u32 = 3;
const values_slots_tag: u32 = 4;
const number_slots_tag: u32 = 5;

/// The Array object's layout (compiler/src/lower/arrays.ts arrayType):
/// header, length (f64), capacity (f64), items (a slots object whose
/// elements start after its 16-byte header).
const array_length_offset = 8;
const array_items_offset = 24;
const slots_header = @sizeOf(object.Slots);

/// (comparator closure or null, *a, *b) → the comparator's result.
const Compare = *const fn (env: ?*anyopaque, a: *const anyopaque, b: *const anyopaque) callconv(.C) f64;

/// V8's constants (third_party/v8/builtins/array-sort.tq).
const min_gallop_wins = 7;
const max_merge_pending = 85;

/// The comparator threw: the sort stops and the array stays as it was.
const Thrown = error{Thrown};

/// Sorts the array object `array`, whose elements are `size` bytes (8 or 16)
/// in an items object tagged `slots_tag`.
export fn tsx_array_sort(array: *anyopaque, size: usize, compare: Compare, env: ?*anyopaque, slots_tag: u32) callconv(.C) void {
    switch (size) {
        8 => sortArray(8, array, compare, env, slots_tag),
        16 => sortArray(16, array, compare, env, slots_tag),
        else => fatal.panic("sort: unexpected element size"),
    }
}

fn arrayLength(array: *anyopaque) usize {
    const p: *const f64 = @ptrCast(@alignCast(@as([*]u8, @ptrCast(array)) + array_length_offset));
    return @intFromFloat(p.*);
}

fn arrayItems(comptime size: usize, array: *anyopaque) [*][size]u8 {
    const p: *const [*]u8 = @ptrCast(@alignCast(@as([*]u8, @ptrCast(array)) + array_items_offset));
    return @ptrCast(p.* + slots_header);
}

fn sortArray(comptime size: usize, array: *anyopaque, compare: Compare, env: ?*anyopaque, slots_tag: u32) void {
    const Elem = [size]u8;
    const length = arrayLength(array);
    if (length < 2) return;

    // The work copy holds the elements that are not undefined (V8 never
    // passes undefined to the comparator and puts it last). It and the merge
    // scratch are slots objects of the array's kind, so that the collector
    // traces them while the comparator allocates.
    const work = newSlots(size, length, slots_tag);
    const tmp = newSlots(size, length, slots_tag);
    const items = arrayItems(size, array);
    var defined: usize = 0;
    for (0..length) |i| {
        if (size == 16 and slots_tag == values_slots_tag and isUndefined(&items[i])) continue;
        work[defined] = items[i];
        defined += 1;
    }

    var sorter = TimSort(size){ .work = work, .tmp = tmp, .compare = compare, .env = env };
    // (Newer V8s go straight to binary insertion below 10 elements; Node 20's does not.)
    sorter.sortAll(defined) catch return; // the exception propagates; the array is untouched

    // The comparator may have changed the array. Writing the order back into
    // a different length is V8's generic path, which tsxen does not follow.
    if (arrayLength(array) != length) fatal.panic("sort: the comparator changed the array's length (not supported, spec/arrays.md)");
    const target = arrayItems(size, array); // it may have moved
    if (slots_tag == ptr_slots_tag or slots_tag == values_slots_tag) {
        gc.tsx_gc_shade_slots(@ptrCast(@alignCast(target)), length, slots_tag == values_slots_tag);
    }
    @memcpy(target[0..defined], work[0..defined]);
    if (size == 16) {
        const undefined_elem: Elem = @bitCast(Value.undefined);
        for (defined..length) |i| target[i] = undefined_elem;
    }
    std.mem.doNotOptimizeAway(work);
    std.mem.doNotOptimizeAway(tmp);
}

/// %TypedArray%.prototype.sort with a comparator: V8 uses a plain top-down
/// merge sort there (typed-array-sort.tq), not TimSort. `array` is an
/// Array of the elements as numbers, which compiled code stores back into
/// the typed array when the sort completes.
export fn tsx_typed_array_sort(array: *anyopaque, compare: Compare, env: ?*anyopaque) callconv(.C) void {
    const n = arrayLength(array);
    if (n < 2) return;
    const target = arrayItems(8, array);
    const source = newSlots(8, n, number_slots_tag);
    @memcpy(source[0..n], target[0..n]);
    var sorter = TimSort(8){ .work = target, .tmp = source, .compare = compare, .env = env };
    sorter.typedMergeSort(source, 0, n, target) catch return;
    std.mem.doNotOptimizeAway(source);
}

fn newSlots(comptime size: usize, n: usize, slots_tag: u32) [*][size]u8 {
    const slots: *object.Slots = @ptrCast(heap.allocObject(slots_header + n * size, slots_tag));
    slots.cap = @intCast(n);
    return @ptrCast(@as([*]u8, @ptrCast(slots)) + slots_header);
}

fn isUndefined(elem: *const [16]u8) bool {
    const v: *const Value = @ptrCast(@alignCast(elem));
    return v.tag == .undefined;
}

fn TimSort(comptime size: usize) type {
    return struct {
        const Self = @This();
        const Elem = [size]u8;
        const Run = struct { base: usize, len: usize };

        work: [*]Elem,
        tmp: [*]Elem,
        compare: Compare,
        env: ?*anyopaque,
        min_gallop: usize = min_gallop_wins,
        runs: [max_merge_pending]Run = undefined,
        pending: usize = 0,

        /// The comparator's verdict on (x, y); NaN counts as 0.
        fn order(self: *Self, x: *const Elem, y: *const Elem) Thrown!f64 {
            const r = self.compare(self.env, x, y);
            if (thrown()) return error.Thrown;
            return if (std.math.isNan(r)) 0 else r;
        }

        /// Copies `n` elements; the ranges may overlap (same buffer).
        fn copy(dst: [*]Elem, src: [*]const Elem, n: usize) void {
            if (@intFromPtr(dst) < @intFromPtr(src)) {
                std.mem.copyForwards(Elem, dst[0..n], src[0..n]);
            } else {
                std.mem.copyBackwards(Elem, dst[0..n], src[0..n]);
            }
        }

        /// V8's typed-array merge sort of [from, to) into `target`;
        /// `source` and `target` both start as copies and swap roles at each level.
        fn typedMergeSort(self: *Self, source: [*]Elem, from: usize, to: usize, target: [*]Elem) Thrown!void {
            const middle = from + ((to - from) >> 1);
            if (middle - from > 1) try self.typedMergeSort(target, from, middle, source);
            if (to - middle > 1) try self.typedMergeSort(target, middle, to, source);
            var left = from;
            var right = middle;
            for (from..to) |k| {
                if (left < middle and right >= to) {
                    target[k] = source[left];
                    left += 1;
                } else if (left < middle) {
                    if (try self.order(&source[left], &source[right]) <= 0) {
                        target[k] = source[left];
                        left += 1;
                    } else {
                        target[k] = source[right];
                        right += 1;
                    }
                } else {
                    target[k] = source[right];
                    right += 1;
                }
            }
        }

        fn sortAll(self: *Self, n: usize) Thrown!void {
            var low: usize = 0;
            var remaining = n;
            const min_run = minRunLength(n);
            while (remaining != 0) {
                var run = try self.countAndMakeRun(low, low + remaining);
                if (run < min_run) {
                    const forced = @min(min_run, remaining);
                    try self.binaryInsertionSort(low, low + run, low + forced);
                    run = forced;
                }
                self.runs[self.pending] = .{ .base = low, .len = run };
                self.pending += 1;
                try self.mergeCollapse();
                low += run;
                remaining -= run;
            }
            try self.mergeForceCollapse();
        }

        /// Sorts [low, high) given that [low, start) is sorted, inserting each
        /// later element after the equal ones before it (stable).
        fn binaryInsertionSort(self: *Self, low: usize, start_arg: usize, high: usize) Thrown!void {
            const a = self.work;
            var start = if (low == start_arg) start_arg + 1 else start_arg;
            while (start < high) : (start += 1) {
                var left = low;
                var right = start;
                const pivot = a[right];
                while (left < right) {
                    const mid = left + ((right - left) >> 1);
                    if (try self.order(&pivot, &a[mid]) < 0) right = mid else left = mid + 1;
                }
                copy(a + left + 1, a + left, start - left);
                a[left] = pivot;
            }
        }

        /// The length of the run starting at `low` (ascending, or strictly
        /// descending and then reversed).
        fn countAndMakeRun(self: *Self, low_arg: usize, high: usize) Thrown!usize {
            const a = self.work;
            const low = low_arg + 1;
            if (low == high) return 1;
            var run: usize = 2;
            const descending = try self.order(&a[low], &a[low - 1]) < 0;
            var previous = a[low];
            var i = low + 1;
            while (i < high) : (i += 1) {
                const current = a[i];
                const o = try self.order(&current, &previous);
                if (descending) {
                    if (o >= 0) break;
                } else {
                    if (o < 0) break;
                }
                previous = current;
                run += 1;
            }
            if (descending) std.mem.reverse(Elem, a[low_arg .. low_arg + run]);
            return run;
        }

        fn minRunLength(n_arg: usize) usize {
            var n = n_arg;
            var r: usize = 0;
            while (n >= 64) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        fn invariantHolds(self: *Self, n: usize) bool {
            if (n < 2) return true;
            return self.runs[n - 2].len > self.runs[n - 1].len + self.runs[n].len;
        }

        fn mergeCollapse(self: *Self) Thrown!void {
            while (self.pending > 1) {
                var n = self.pending - 2;
                if (!self.invariantHolds(n + 1) or !self.invariantHolds(n)) {
                    if (self.runs[n - 1].len < self.runs[n + 1].len) n -= 1;
                    try self.mergeAt(n);
                } else if (self.runs[n].len <= self.runs[n + 1].len) {
                    try self.mergeAt(n);
                } else break;
            }
        }

        fn mergeForceCollapse(self: *Self) Thrown!void {
            while (self.pending > 1) {
                var n = self.pending - 2;
                if (n > 0 and self.runs[n - 1].len < self.runs[n + 1].len) n -= 1;
                try self.mergeAt(n);
            }
        }

        /// Merges the runs at stack indices i and i + 1.
        fn mergeAt(self: *Self, i: usize) Thrown!void {
            const a = self.work;
            var base_a = self.runs[i].base;
            var len_a = self.runs[i].len;
            const base_b = self.runs[i + 1].base;
            var len_b = self.runs[i + 1].len;
            self.runs[i].len = len_a + len_b;
            if (i + 3 == self.pending) self.runs[i + 1] = self.runs[i + 2];
            self.pending -= 1;

            // Elements of A before where B's first belongs are already in place.
            const key_right = a[base_b];
            const k = try self.gallopRight(a, &key_right, base_a, len_a, 0);
            base_a += k;
            len_a -= k;
            if (len_a == 0) return;
            // Elements of B after where A's last belongs are already in place.
            const key_left = a[base_a + len_a - 1];
            len_b = try self.gallopLeft(a, &key_left, base_b, len_b, len_b - 1);
            if (len_b == 0) return;
            if (len_a <= len_b) try self.mergeLow(base_a, len_a, base_b, len_b) else try self.mergeHigh(base_a, len_a, base_b, len_b);
        }

        /// Where `key` goes in the sorted [base, base + len): before the
        /// leftmost element equal to it. Starts galloping at `hint`.
        fn gallopLeft(self: *Self, a: [*]Elem, key: *const Elem, base: usize, len: usize, hint: usize) Thrown!usize {
            var last: isize = 0;
            var ofs: isize = 1;
            const h: isize = @intCast(hint);
            const b: isize = @intCast(base);
            if (try self.order(&a[base + hint], key) < 0) {
                const max: isize = @as(isize, @intCast(len)) - h;
                while (ofs < max) {
                    if (try self.order(&a[@intCast(b + h + ofs)], key) >= 0) break;
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > max) ofs = max;
                last += h;
                ofs += h;
            } else {
                const max: isize = h + 1;
                while (ofs < max) {
                    if (try self.order(&a[@intCast(b + h - ofs)], key) < 0) break;
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > max) ofs = max;
                const t = last;
                last = h - ofs;
                ofs = h - t;
            }
            last += 1;
            while (last < ofs) {
                const m = last + ((ofs - last) >> 1);
                if (try self.order(&a[@intCast(b + m)], key) < 0) last = m + 1 else ofs = m;
            }
            return @intCast(ofs);
        }

        /// Like gallopLeft, but after the rightmost element equal to `key`.
        fn gallopRight(self: *Self, a: [*]Elem, key: *const Elem, base: usize, len: usize, hint: usize) Thrown!usize {
            var last: isize = 0;
            var ofs: isize = 1;
            const h: isize = @intCast(hint);
            const b: isize = @intCast(base);
            if (try self.order(key, &a[base + hint]) < 0) {
                const max: isize = h + 1;
                while (ofs < max) {
                    if (try self.order(key, &a[@intCast(b + h - ofs)]) >= 0) break;
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > max) ofs = max;
                const t = last;
                last = h - ofs;
                ofs = h - t;
            } else {
                const max: isize = @as(isize, @intCast(len)) - h;
                while (ofs < max) {
                    if (try self.order(key, &a[@intCast(b + h + ofs)]) < 0) break;
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > max) ofs = max;
                last += h;
                ofs += h;
            }
            last += 1;
            while (last < ofs) {
                const m = last + ((ofs - last) >> 1);
                if (try self.order(key, &a[@intCast(b + m)]) < 0) ofs = m else last = m + 1;
            }
            return @intCast(ofs);
        }

        /// Merges A = [base_a, +len_a) and B = [base_b, +len_b) in place,
        /// len_a <= len_b, going forwards with A copied to the scratch.
        fn mergeLow(self: *Self, base_a: usize, len_a_arg: usize, base_b: usize, len_b_arg: usize) Thrown!void {
            const a = self.work;
            const t = self.tmp;
            var len_a = len_a_arg;
            var len_b = len_b_arg;
            copy(t, a + base_a, len_a);
            var dest = base_a;
            var ct: usize = 0;
            var cb = base_b;
            a[dest] = a[cb];
            dest += 1;
            cb += 1;
            merge: {
                len_b -= 1;
                if (len_b == 0) break :merge;
                if (len_a == 1) return copyB(a, t, dest, ct, cb, len_b);
                var min_gallop = self.min_gallop;
                while (true) {
                    var wins_a: usize = 0;
                    var wins_b: usize = 0;
                    while (true) {
                        if (try self.order(&a[cb], &t[ct]) < 0) {
                            a[dest] = a[cb];
                            dest += 1;
                            cb += 1;
                            wins_b += 1;
                            len_b -= 1;
                            wins_a = 0;
                            if (len_b == 0) break :merge;
                            if (wins_b >= min_gallop) break;
                        } else {
                            a[dest] = t[ct];
                            dest += 1;
                            ct += 1;
                            wins_a += 1;
                            len_a -= 1;
                            wins_b = 0;
                            if (len_a == 1) return copyB(a, t, dest, ct, cb, len_b);
                            if (wins_a >= min_gallop) break;
                        }
                    }
                    min_gallop += 1;
                    var first = true;
                    while (wins_a >= min_gallop_wins or wins_b >= min_gallop_wins or first) {
                        first = false;
                        min_gallop = @max(1, min_gallop - 1);
                        self.min_gallop = min_gallop;
                        const key_b = a[cb];
                        wins_a = try self.gallopRight(t, &key_b, ct, len_a, 0);
                        if (wins_a > 0) {
                            copy(a + dest, t + ct, wins_a);
                            dest += wins_a;
                            ct += wins_a;
                            len_a -= wins_a;
                            if (len_a == 1) return copyB(a, t, dest, ct, cb, len_b);
                            // Only an inconsistent comparator gets here.
                            if (len_a == 0) break :merge;
                        }
                        a[dest] = a[cb];
                        dest += 1;
                        cb += 1;
                        len_b -= 1;
                        if (len_b == 0) break :merge;
                        const key_t = t[ct];
                        wins_b = try self.gallopLeft(a, &key_t, cb, len_b, 0);
                        if (wins_b > 0) {
                            copy(a + dest, a + cb, wins_b);
                            dest += wins_b;
                            cb += wins_b;
                            len_b -= wins_b;
                            if (len_b == 0) break :merge;
                        }
                        a[dest] = t[ct];
                        dest += 1;
                        ct += 1;
                        len_a -= 1;
                        if (len_a == 1) return copyB(a, t, dest, ct, cb, len_b);
                    }
                    min_gallop += 1;
                    self.min_gallop = min_gallop;
                }
            }
            if (len_a > 0) copy(a + dest, t + ct, len_a);
        }

        /// mergeLow's ending when one element of A is left: it belongs after
        /// the rest of B.
        fn copyB(a: [*]Elem, t: [*]Elem, dest: usize, ct: usize, cb: usize, len_b: usize) void {
            copy(a + dest, a + cb, len_b);
            a[dest + len_b] = t[ct];
        }

        /// Merges A and B (len_a >= len_b) in place, going backwards with B
        /// copied to the scratch.
        fn mergeHigh(self: *Self, base_a: usize, len_a_arg: usize, base_b: usize, len_b_arg: usize) Thrown!void {
            const a = self.work;
            const t = self.tmp;
            var len_a = len_a_arg;
            var len_b = len_b_arg;
            copy(t, a + base_b, len_b);
            // Cursors count one past their element so that they never go below 0.
            var dest = base_b + len_b;
            var ct = len_b;
            var ca = base_a + len_a;
            dest -= 1;
            ca -= 1;
            a[dest] = a[ca];
            merge: {
                len_a -= 1;
                if (len_a == 0) break :merge;
                if (len_b == 1) return copyA(a, t, dest, ct, ca, len_a);
                var min_gallop = self.min_gallop;
                while (true) {
                    var wins_a: usize = 0;
                    var wins_b: usize = 0;
                    while (true) {
                        if (try self.order(&t[ct - 1], &a[ca - 1]) < 0) {
                            dest -= 1;
                            ca -= 1;
                            a[dest] = a[ca];
                            wins_a += 1;
                            len_a -= 1;
                            wins_b = 0;
                            if (len_a == 0) break :merge;
                            if (wins_a >= min_gallop) break;
                        } else {
                            dest -= 1;
                            ct -= 1;
                            a[dest] = t[ct];
                            wins_b += 1;
                            len_b -= 1;
                            wins_a = 0;
                            if (len_b == 1) return copyA(a, t, dest, ct, ca, len_a);
                            if (wins_b >= min_gallop) break;
                        }
                    }
                    min_gallop += 1;
                    var first = true;
                    while (wins_a >= min_gallop_wins or wins_b >= min_gallop_wins or first) {
                        first = false;
                        min_gallop = @max(1, min_gallop - 1);
                        self.min_gallop = min_gallop;
                        const key_t = t[ct - 1];
                        const k = try self.gallopRight(a, &key_t, base_a, len_a, len_a - 1);
                        wins_a = len_a - k;
                        if (wins_a > 0) {
                            dest -= wins_a;
                            ca -= wins_a;
                            copy(a + dest, a + ca, wins_a);
                            len_a -= wins_a;
                            if (len_a == 0) break :merge;
                        }
                        dest -= 1;
                        ct -= 1;
                        a[dest] = t[ct];
                        len_b -= 1;
                        if (len_b == 1) return copyA(a, t, dest, ct, ca, len_a);
                        const key_a = a[ca - 1];
                        const k2 = try self.gallopLeft(t, &key_a, 0, len_b, len_b - 1);
                        wins_b = len_b - k2;
                        if (wins_b > 0) {
                            dest -= wins_b;
                            ct -= wins_b;
                            copy(a + dest, t + ct, wins_b);
                            len_b -= wins_b;
                            if (len_b == 1) return copyA(a, t, dest, ct, ca, len_a);
                            // Only an inconsistent comparator gets here.
                            if (len_b == 0) break :merge;
                        }
                        dest -= 1;
                        ca -= 1;
                        a[dest] = a[ca];
                        len_a -= 1;
                        if (len_a == 0) break :merge;
                    }
                    min_gallop += 1;
                    self.min_gallop = min_gallop;
                }
            }
            if (len_b > 0) copy(a + dest - len_b, t, len_b);
        }

        /// mergeHigh's ending when one element of B is left: it belongs
        /// before the rest of A.
        fn copyA(a: [*]Elem, t: [*]Elem, dest: usize, ct: usize, ca: usize, len_a: usize) void {
            copy(a + dest - len_a, a + ca - len_a, len_a);
            a[dest - len_a - 1] = t[ct - 1];
        }
    };
}

fn testCompare(_: ?*anyopaque, a: *const anyopaque, b: *const anyopaque) callconv(.C) f64 {
    const x: *const f64 = @ptrCast(@alignCast(a));
    const y: *const f64 = @ptrCast(@alignCast(b));
    return x.* - y.*;
}

test "TimSort sorts runs, reversed runs and random data like a plain sort" {
    var prng = std.Random.DefaultPrng.init(7);
    const random = prng.random();
    inline for (.{ 5, 64, 100, 1000, 5000 }) |n| {
        var work: [n]f64 = undefined;
        var tmp: [n]f64 = undefined;
        var expect: [n]f64 = undefined;
        for (0..n) |i| work[i] = if (i % 3 == 0) @floatFromInt(n - i) else @floatFromInt(random.intRangeAtMost(u32, 0, 50));
        expect = work;
        std.mem.sort(f64, &expect, {}, std.sort.asc(f64));
        var s = TimSort(8){ .work = @ptrCast(&work), .tmp = @ptrCast(&tmp), .compare = testCompare, .env = null };
        try s.sortAll(n);
        try std.testing.expectEqualSlices(f64, &expect, &work);
    }
}
