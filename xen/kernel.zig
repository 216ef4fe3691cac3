// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Root of xen.o: boot sequence after the long-mode switch, and the platform
// ABI the runtime (rt.o) calls (tsx_platform_*). See pvh.zig for the entry.

const std = @import("std");
const clock = @import("clock.zig");
const console = @import("console.zig");
const cpuid = @import("cpuid.zig");
const heap = @import("heap.zig");
const hypercall = @import("hypercall.zig");
const paging = @import("paging.zig");
const fatal = @import("panic.zig");
const shutdown = @import("shutdown.zig");
const stack = @import("stack.zig");
const start_info = @import("start_info.zig");
const traps = @import("traps.zig");

comptime {
    _ = @import("pvh.zig");
    _ = @import("exports.zig");
    _ = @import("boot_time.zig");
    _ = @import("xen_module.zig");
}

extern fn tsx_rt_main() callconv(.C) noreturn;

/// Called by the entry code in pvh.zig, on the boot stack, in long mode.
/// Hands over to the runtime on the program stack (stack.zig).
export fn tsx_xen_main(start_info_paddr: u32) callconv(.C) noreturn {
    clock.start();
    const si_ok = start_info.init(start_info_paddr);
    if (cpuid.xenBase()) |base| {
        hypercall.init(base);
        clock.xen_base = base;
        console.initXen(si_ok and start_info.isInitialDomain());
        shutdown.on_xen = true;
    } else {
        console.initSerial();
    }
    traps.init();
    if (!si_ok) fatal.fail("bad hvm_start_info magic");
    heap.init(shutdown.on_xen);
    paging.protect(stack.carve());
    stack.runOnProgramStack(tsx_rt_main);
}

export fn tsx_platform_write(fd: u32, ptr: [*]const u8, len: usize) callconv(.C) void {
    if (fd == 1 or fd == 2) console.write(ptr[0..len]);
}

export fn tsx_platform_exit(status: u32) callconv(.C) noreturn {
    shutdown.exit(status);
}

export fn tsx_platform_heap(len_out: *usize) callconv(.C) [*]u8 {
    len_out.* = heap.len;
    return @ptrFromInt(heap.base);
}

export fn tsx_platform_now_ns() callconv(.C) u64 {
    return clock.nowNs();
}

export fn tsx_platform_cmdline(len_out: *usize) callconv(.C) [*]const u8 {
    const c = start_info.cmdline();
    len_out.* = c.len;
    return c.ptr;
}

pub fn panic(msg: []const u8, _: ?*std.builtin.StackTrace, _: ?usize) noreturn {
    fatal.fail(msg);
}
