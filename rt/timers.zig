// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Timers and the event loop, ordered as Node's: after the program's top
//! level the microtask queue drains, then due timers fire in order of
//! deadline (ties: creation order), the queue draining after each
//! callback; in between the loop blocks in tsx_platform_wait until the next
//! deadline. The program ends when no timer is left. Deadlines are taken
//! from the loop's cached time (as libuv's), so a timer created by a
//! callback never fires in the same round.

const std = @import("std");
const gc = @import("gc.zig");
const promise = @import("promise.zig");
const platform = @import("platform.zig");
const console = @import("console.zig");
const heap = @import("heap.zig");

extern fn tsx_platform_wait(deadline_ns: u64) callconv(.C) u32;

const ROOT_TIMERS = 3;

// Timer: [2] next, [3] id, [4] deadline ns, [5] repeat ns (0: once),
// [6] closure, [7] adapter, [8] active.
var next_id: usize = 1;
var loop_now: u64 = 0;
var clock_started = false;

fn now() u64 {
    if (!clock_started) {
        clock_started = true;
        loop_now = platform.nowNs();
    }
    return loop_now;
}

/// Node's clamp: a delay that is not a number in [1, 2^31 - 1] becomes 1.
fn delayNs(ms: f64) u64 {
    const d = if (ms >= 1 and ms <= 2147483647) ms else 1;
    return @intFromFloat(d * 1e6);
}

fn insert(t: [*]usize) void {
    var link: *usize = &gc.runtime_roots[ROOT_TIMERS];
    while (link.* != 0) {
        const o: [*]usize = @ptrFromInt(link.*);
        if (o[4] > t[4]) break;
        link = &o[2];
    }
    t[2] = link.*;
    link.* = @intFromPtr(t);
}

fn unlink(t: [*]usize) void {
    var link: *usize = &gc.runtime_roots[ROOT_TIMERS];
    while (link.* != 0) {
        if (link.* == @intFromPtr(t)) {
            link.* = t[2];
            t[2] = 0;
            return;
        }
        link = &@as([*]usize, @ptrFromInt(link.*))[2];
    }
}

/// setTimeout / setInterval: returns the timer object (the program's Timeout).
export fn tsx_set_timer(closure: usize, adapter: usize, ms: f64, repeat: u32) callconv(.C) usize {
    const t = promise.newWords(6, 7);
    t[3] = next_id;
    next_id += 1;
    const d = delayNs(ms);
    t[4] = now() + d;
    t[5] = if (repeat != 0) d else 0;
    t[6] = closure;
    t[7] = adapter;
    t[8] = 1;
    insert(t);
    return @intFromPtr(t);
}

/// clearTimeout / clearInterval (either clears either, as in Node); 0 is ignored.
export fn tsx_clear_timer(timer: usize) callconv(.C) void {
    if (timer == 0) return;
    const t: [*]usize = @ptrFromInt(timer);
    if (t[8] == 0) return;
    t[8] = 0;
    unlink(t);
}

/// The microtask checkpoint: drain the queue, then report a rejection
/// nobody handled.
fn checkpoint() void {
    promise.drain();
    promise.checkUnhandled();
}

/// Called by tsx_main after the top level when the program uses promises or timers.
export fn tsx_run_event_loop() callconv(.C) void {
    checkpoint();
    while (gc.runtime_roots[ROOT_TIMERS] != 0) {
        const first: [*]usize = @ptrFromInt(gc.runtime_roots[ROOT_TIMERS]);
        const t_now = platform.nowNs();
        if (first[4] > t_now) {
            console.flush();
            _ = tsx_platform_wait(first[4]);
            continue;
        }
        loop_now = t_now;
        clock_started = true;
        // Fire every timer due at this round's time, in order.
        while (gc.runtime_roots[ROOT_TIMERS] != 0) {
            const t: [*]usize = @ptrFromInt(gc.runtime_roots[ROOT_TIMERS]);
            if (t[4] > loop_now) break;
            unlink(t);
            if (t[5] == 0) t[8] = 0;
            promise.callUncaught(t[6], t[7]);
            // An interval goes back in after its callback (unless it cleared itself).
            if (t[5] != 0 and t[8] != 0) {
                t[4] = loop_now + t[5];
                insert(t);
            }
            checkpoint();
        }
    }
    _ = heap;
}

/// performance.now(): milliseconds since the program started, fractional.
var origin_ns: u64 = 0;
var origin_set = false;

export fn tsx_performance_now() callconv(.C) f64 {
    const t = platform.nowNs();
    if (!origin_set) {
        origin_set = true;
        origin_ns = t;
    }
    return @as(f64, @floatFromInt(t - origin_ns)) / 1e6;
}
