// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The Linux platform object: process entry and the tsx_platform_*
//! functions over raw syscalls (no libc). Built separately from rt.o, for
//! -target x86_64-linux.

const std = @import("std");
const linux = std.os.linux;

comptime {
    _ = @import("linux_time.zig");
}

extern fn tsx_rt_main() callconv(.C) noreturn;

/// The kernel enters with argc, argv, envp, auxv on the stack. Clear the
/// frame pointer (end of backtraces), hand the stack pointer to Zig, and
/// give it the 16-byte alignment the ABI expects at a call.
export fn _start() callconv(.Naked) noreturn {
    asm volatile (
        \\ xorl %%ebp, %%ebp
        \\ movq %%rsp, %%rdi
        \\ andq $-16, %%rsp
        \\ callq %[start:P]
        :
        : [start] "X" (&start),
    );
}

var initial_sp: [*]usize = undefined;

extern var tsx_stack_limit: usize;

/// Room kept below the stack limit for the overflow handler itself.
const stack_reserve = 256 * 1024;

fn start(sp: [*]usize) callconv(.C) noreturn {
    initial_sp = sp;
    tsx_stack_limit = @intFromPtr(sp) - stackSize() + stack_reserve;
    // The auxiliary vector follows argv and envp; std finds the vDSO
    // (a syscall-free clock_gettime) through it.
    const argc = sp[0];
    var p = sp + 1 + argc + 1;
    while (p[0] != 0) p += 1;
    linux.elf_aux_maybe = @ptrCast(@alignCast(p + 1));
    tsx_rt_main();
}

/// The main thread's stack size: RLIMIT_STACK, capped so the limit stays sane
/// when it is unlimited.
fn stackSize() usize {
    var lim: linux.rlimit = undefined;
    const default: usize = 8 * 1024 * 1024;
    if (linux.E.init(linux.getrlimit(.STACK, &lim)) != .SUCCESS) return default;
    return @min(@max(lim.cur, 1024 * 1024), 1024 * 1024 * 1024);
}

export fn tsx_platform_write(fd: u32, ptr: [*]const u8, len: usize) callconv(.C) void {
    var done: usize = 0;
    while (done < len) {
        const rc = linux.write(@intCast(fd), ptr + done, len - done);
        switch (linux.E.init(rc)) {
            .SUCCESS => done += rc,
            .INTR, .AGAIN => continue,
            // EPIPE, EBADF, ...: nobody is listening; drop the output.
            else => return,
        }
    }
}

export fn tsx_platform_exit(status: u32) callconv(.C) noreturn {
    linux.exit_group(@bitCast(status));
}

/// Reserve a large region and let the kernel commit pages as they are
/// touched; fall back to smaller sizes where address space is limited.
export fn tsx_platform_heap(len_out: *usize) callconv(.C) [*]u8 {
    var size: usize = 4 << 30;
    while (size >= 16 << 20) : (size /= 2) {
        const rc = linux.mmap(null, size, linux.PROT.READ | linux.PROT.WRITE, .{
            .TYPE = .PRIVATE,
            .ANONYMOUS = true,
            .NORESERVE = true,
        }, -1, 0);
        if (linux.E.init(rc) == .SUCCESS) {
            len_out.* = size;
            return @ptrFromInt(rc);
        }
    }
    len_out.* = 0;
    return @ptrFromInt(@alignOf(usize));
}

/// A process has no boot to time (xen/boot_time.zig is the kernel's).
export fn tsx_platform_main_begins() callconv(.C) void {}

export fn tsx_platform_now_ns() callconv(.C) u64 {
    var ts: linux.timespec = undefined;
    _ = linux.clock_gettime(linux.CLOCK.MONOTONIC, &ts);
    return @as(u64, @intCast(ts.tv_sec)) * std.time.ns_per_s + @as(u64, @intCast(ts.tv_nsec));
}

/// The arguments after argv[0], joined by spaces. The kernel stores the
/// argument strings back to back, so we join them in place.
export fn tsx_platform_cmdline(len_out: *usize) callconv(.C) [*]const u8 {
    const argc = initial_sp[0];
    const argv: [*][*:0]u8 = @ptrCast(initial_sp + 1);
    if (argc < 2) {
        len_out.* = 0;
        return "";
    }
    const first = argv[1];
    const last = argv[argc - 1];
    const end = @intFromPtr(last) + std.mem.len(last);
    const bytes = first[0 .. end - @intFromPtr(first)];
    for (bytes) |*c| {
        if (c.* == 0) c.* = ' ';
    }
    len_out.* = bytes.len;
    return first;
}

pub fn panic(msg: []const u8, _: ?*std.builtin.StackTrace, _: ?usize) noreturn {
    tsx_platform_write(2, "panic: ", 7);
    tsx_platform_write(2, msg.ptr, msg.len);
    tsx_platform_write(2, "\n", 1);
    tsx_platform_exit(70);
}
