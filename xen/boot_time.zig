// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Guest-side boot time: from the first instruction of the PVH entry
// (pvh.zig stores the TSC in tsx_entry_tsc) to the start of the program's
// top-level code. Printed only when the kernel command line has the word
// `--boot-time`, so that a normal boot prints nothing of its own. No
// std.fmt: this is linked into every kernel and hello's size is budgeted.

const std = @import("std");
const clock = @import("clock.zig");
const console = @import("console.zig");
const cpu = @import("cpu.zig");
const start_info = @import("start_info.zig");

extern var tsx_entry_tsc: u64;

pub const flag = "--boot-time";

/// Whether `cmdline` has the flag as a whole word.
pub fn wanted(cmdline: []const u8) bool {
    var i: usize = 0;
    while (i < cmdline.len) {
        const start = i;
        while (i < cmdline.len and cmdline[i] != ' ') i += 1;
        if (i - start == flag.len and std.mem.eql(u8, cmdline[start..i], flag)) return true;
        i += 1;
    }
    return false;
}

/// Reads the TSC first, so that calibrating it and printing are not in
/// the figure.
export fn tsx_platform_main_begins() callconv(.C) void {
    const now = cpu.rdtsc();
    if (!wanted(start_info.cmdline())) return;
    const ticks = now -% tsx_entry_tsc;
    console.write("boot: entry to main ");
    writeDecimal(clock.ticksToNs(ticks) / 1000);
    console.write(" us (");
    writeDecimal(ticks);
    console.write(" TSC ticks)\n");
}

fn writeDecimal(value: u64) void {
    var buf: [20]u8 = undefined;
    var i: usize = buf.len;
    var v = value;
    while (true) {
        i -= 1;
        buf[i] = '0' + @as(u8, @intCast(v % 10));
        v /= 10;
        if (v == 0) break;
    }
    console.write(buf[i..]);
}
