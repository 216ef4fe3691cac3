// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Promise.all, allSettled, race and any: each input becomes a promise
//! (PromiseResolve) and gets a COMBINE reaction that records its outcome
//! in a shared state object; the result array is the program's own array
//! object, made by the compiler with the input's length, filled here.

const promise = @import("promise.zig");
const Value = @import("value.zig").Value;

pub const ALL = 0;
pub const ALL_SETTLED = 1;
pub const RACE = 2;
pub const ANY = 3;

// State: [2] result promise, [3] mode, [4] remaining, [5] result array
// (program layout: items at +24, elements at +16 of the items), [6] element
// kind (1 number, 2 boolean, 3 string, 4 reference, 5 Value), [7] the maker (closure-free
// compiler function) of allSettled's result objects or of any's AggregateError,
// [8] errors array (any).
pub fn settled(r: [*]usize, state: usize, v: Value) void {
    const s: [*]usize = @ptrFromInt(r[4]);
    const index = r[5];
    const result: [*]usize = @ptrFromInt(s[2]);
    switch (s[3]) {
        RACE => if (state == promise.FULFILLED) promise.resolveOnce(result, v, false) else promise.resolveOnce(result, v, true),
        ALL => {
            if (state == promise.REJECTED) return promise.resolveOnce(result, v, true);
            store(s[5], s[6], index, v);
            done(s);
        },
        ANY => {
            if (state == promise.FULFILLED) return promise.resolveOnce(result, v, false);
            store(s[8], 5, index, v);
            done(s);
        },
        ALL_SETTLED => {
            const make: *const fn (u32, u64, u64) callconv(.C) usize = @ptrFromInt(s[7]);
            const obj = make(@intFromBool(state == promise.REJECTED), @intFromEnum(v.tag), v.bits);
            store(s[5], 4, index, .{ .tag = @enumFromInt(5), .bits = obj });
            done(s);
        },
        else => unreachable,
    }
}

fn done(s: [*]usize) void {
    s[4] -= 1;
    if (s[4] != 0) return;
    finish(s);
}

fn finish(s: [*]usize) void {
    const result: [*]usize = @ptrFromInt(s[2]);
    if (s[3] == ANY) {
        // new AggregateError(errors, "All promises were rejected"), made by the program (lower/settled.ts).
        const make: *const fn (usize) callconv(.C) usize = @ptrFromInt(s[7]);
        promise.resolveOnce(result, .{ .tag = @enumFromInt(5), .bits = make(s[8]) }, true);
    } else promise.resolveOnce(result, .{ .tag = @enumFromInt(5), .bits = s[5] }, false);
}

/// Writes element `i` of a program array (rt/ABI.md, arrays) from a Value.
fn store(array: usize, kind: usize, i: usize, v: Value) void {
    const a: [*]usize = @ptrFromInt(array);
    const items: [*]usize = @ptrFromInt(a[3]);
    switch (kind) {
        1, 2, 3, 4 => items[2 + i] = v.bits,
        else => {
            items[2 + 2 * i] = @intFromEnum(v.tag);
            items[2 + 2 * i + 1] = v.bits;
        },
    }
}

/// `inputs` holds `n` Values (the compiler boxes the input array's elements).
export fn tsx_promise_combine(mode: u32, inputs: [*]const Value, n: usize, array: usize, kind: u32, maker: usize, errors: usize) callconv(.C) usize {
    const result = promise.newPromise();
    const s = promise.newWords(6, 7);
    s[2] = @intFromPtr(result);
    s[3] = mode;
    s[4] = n + 1; // one extra, released after the loop (as the spec's remainingElements)
    s[5] = array;
    s[6] = kind;
    s[7] = maker;
    s[8] = errors;
    for (0..n) |i| {
        const r = promise.newReaction(promise.R_COMBINE);
        r[4] = @intFromPtr(s);
        r[5] = i;
        promise.addReaction(promise.promiseResolve(inputs[i]), r);
    }
    if (mode != RACE) done(s);
    return @intFromPtr(result);
}
