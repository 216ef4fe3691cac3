// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Ending the guest with a status. QEMU's isa-debug-exit (port 0xf4) turns a
// write of N into QEMU exit status (N << 1) | 1. It works from a PVH dom0 too,
// and is harmless where absent (a Xen domU's unclaimed port write is dropped),
// so we always write it. On Xen we then ask for SCHEDOP_shutdown.

const console = @import("console.zig");
const cpu = @import("cpu.zig");
const hypercall = @import("hypercall.zig");

const debug_exit_port: u16 = 0xf4;
const SCHEDOP_shutdown = 2;
const SHUTDOWN_poweroff: u32 = 0;
const SHUTDOWN_crash: u32 = 3;

/// Set by kernel.zig once it knows where it runs.
pub var on_xen = false;

pub fn exit(status: u32) noreturn {
    console.flush();
    cpu.outl(debug_exit_port, status);
    if (on_xen) {
        var reason: u32 = if (status == 0) SHUTDOWN_poweroff else SHUTDOWN_crash;
        _ = hypercall.call(hypercall.sched_op, SCHEDOP_shutdown, @intFromPtr(&reason), 0);
    }
    cpu.halt();
}
