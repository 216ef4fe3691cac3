// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The Linux side of rt/ABI.md's "Platform: time and events": wall clock
//! and waiting. Linux has no Xen event channels or xenstore, so waiting is
//! sleeping until the deadline (CLOCK_MONOTONIC, the clock of
//! tsx_platform_now_ns) and the Xen calls answer ENOSYS / -1. To link it,
//! rt/linux.zig adds `comptime { _ = @import("linux_time.zig"); }`.

const std = @import("std");
const linux = std.os.linux;

const ENOSYS: i32 = -38;

export fn tsx_platform_wall_ms() callconv(.C) f64 {
    var ts: linux.timespec = undefined;
    _ = linux.clock_gettime(linux.CLOCK.REALTIME, &ts);
    return @as(f64, @floatFromInt(ts.tv_sec)) * 1000.0 + @as(f64, @floatFromInt(ts.tv_nsec)) / 1e6;
}

/// Sleep until `deadline_ns` on CLOCK_MONOTONIC; nothing else can be
/// pending, so the result is always 0.
export fn tsx_platform_wait(deadline_ns: u64) callconv(.C) u32 {
    const forever = std.math.maxInt(u64);
    const ns = if (deadline_ns == forever) std.math.maxInt(i64) else deadline_ns;
    const ts = linux.timespec{
        .tv_sec = @intCast(ns / std.time.ns_per_s),
        .tv_nsec = @intCast(ns % std.time.ns_per_s),
    };
    while (true) {
        const TIMER_ABSTIME = 1;
        const rc = linux.syscall4(.clock_nanosleep, linux.CLOCK.MONOTONIC, TIMER_ABSTIME, @intFromPtr(&ts), 0);
        if (linux.E.init(rc) != .INTR) return 0;
    }
}

export fn tsx_xen_domid() callconv(.C) i32 {
    return -1;
}
