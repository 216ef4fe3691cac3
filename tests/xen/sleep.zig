// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Timers: sleeps for 1, 10, 100 and 1000 ms with tsx_platform_wait and
// prints how late each wake-up was (microseconds), then the wall clock, then
// sleeps some more (the command line's number of ms, default 2000) so that
// the host can see the kernel idle (blocked, no CPU time).
//   late <ms> <us>      one line per sleep
//   wall <ms since 1970>
//   slept <ms>

const lib = @import("lib.zig");
const std = @import("std");

export var tsx_stack_limit: usize = 0;

fn sleepMs(ms: u64) i64 {
    const start = lib.tsx_platform_now_ns();
    const deadline = start + ms * 1_000_000;
    while (lib.tsx_platform_now_ns() < deadline) {
        const r = lib.tsx_platform_wait(deadline);
        lib.check(r == 0, "no events expected");
    }
    return @intCast((lib.tsx_platform_now_ns() - deadline) / 1000);
}

export fn tsx_rt_main() callconv(.C) noreturn {
    for ([_]u64{ 1, 10, 100, 1000 }) |ms| {
        const late = sleepMs(ms);
        lib.print("late ");
        lib.printInt(@intCast(ms));
        lib.print(" ");
        lib.printInt(late);
        lib.print("\n");
    }
    lib.show("wall", @intFromFloat(lib.tsx_platform_wall_ms()));
    const idle = std.fmt.parseInt(u64, lib.cmdline(), 10) catch 2000;
    const t0 = lib.tsx_platform_now_ns();
    _ = sleepMs(idle);
    lib.show("slept", @intCast((lib.tsx_platform_now_ns() - t0) / 1_000_000));
    lib.tsx_platform_exit(0);
}
