// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! The platform interface: the only way rt reaches the outside world.
//! Linux (rt/linux.zig) and Xen (xen/) implement these symbols. Under
//! `zig test` they are replaced by in-process fakes so the runtime can be
//! tested on the host.

const std = @import("std");
const builtin = @import("builtin");
const TypeDesc = @import("object.zig").TypeDesc;

pub const write = if (builtin.is_test) fake.write else tsx_platform_write;
pub const exit = if (builtin.is_test) fake.exit else tsx_platform_exit;
pub const heap = if (builtin.is_test) fake.heap else tsx_platform_heap;
pub const nowNs = if (builtin.is_test) fake.nowNs else tsx_platform_now_ns;
pub const cmdline = if (builtin.is_test) fake.cmdline else tsx_platform_cmdline;
/// Told just before the program's top-level code starts (boot-time figures).
pub const mainBegins = if (builtin.is_test) fake.mainBegins else tsx_platform_main_begins;
/// The compiled program's top-level code.
pub const programMain = if (builtin.is_test) fake.programMain else tsx_main;
/// The program's type table and global roots (rt/ABI.md).
pub const types = if (builtin.is_test) fake.types else programTypes;
pub const globalRoots = if (builtin.is_test) fake.globalRoots else programRoots;
/// The heap limit given at compile time (`tsxen compile --heap`), if any.
pub const defaultHeapLimit = if (builtin.is_test) fake.defaultHeapLimit else programHeapLimit;

extern fn tsx_platform_write(fd: u32, ptr: [*]const u8, len: usize) callconv(.C) void;
extern fn tsx_platform_exit(status: u32) callconv(.C) noreturn;
extern fn tsx_platform_heap(len_out: *usize) callconv(.C) [*]u8;
extern fn tsx_platform_now_ns() callconv(.C) u64;
extern fn tsx_platform_cmdline(len_out: *usize) callconv(.C) [*]const u8;
extern fn tsx_platform_main_begins() callconv(.C) void;
extern fn tsx_main() callconv(.C) void;

/// The address of a weak symbol, 0 when the program does not define it.
/// Laundered through asm: LLVM otherwise assumes a global is never at 0
/// and drops the check.
fn weakAddr(comptime T: type, comptime name: []const u8) usize {
    const p = @extern(*const T, .{ .name = name, .linkage = .weak });
    return asm (""
        : [ret] "=r" (-> usize),
        : [p] "0" (p),
    );
}

// Weak until the compiler emits them: a program without them has no
// program types and no global roots.
fn programTypes() []const TypeDesc {
    const p = weakAddr(TypeDesc, "tsx_types");
    const n = weakAddr(u32, "tsx_type_count");
    if (p == 0 or n == 0) return &.{};
    const table: [*]const TypeDesc = @ptrFromInt(p);
    return table[0..@as(*const u32, @ptrFromInt(n)).*];
}

fn programHeapLimit() ?usize {
    const p = weakAddr(u64, "tsx_default_heap_limit");
    if (p == 0) return null;
    return @intCast(@as(*const u64, @ptrFromInt(p)).*);
}

fn programRoots() []const *usize {
    const p = weakAddr(*usize, "tsx_global_roots");
    const n = weakAddr(u32, "tsx_global_root_count");
    if (p == 0 or n == 0) return &.{};
    const table: [*]const *usize = @ptrFromInt(p);
    return table[0..@as(*const u32, @ptrFromInt(n)).*];
}

/// Test doubles: output is captured per fd so tests can compare it.
pub const fake = struct {
    pub var out: [2][256 * 1024]u8 = undefined;
    pub var out_len: [2]usize = .{ 0, 0 };
    var heap_mem: [32 * 1024 * 1024]u8 align(16) = undefined;

    pub fn write(fd: u32, ptr: [*]const u8, len: usize) callconv(.C) void {
        const i: usize = if (fd == 2) 1 else 0;
        const n = @min(len, out[i].len - out_len[i]);
        @memcpy(out[i][out_len[i]..][0..n], ptr[0..n]);
        out_len[i] += n;
    }

    /// Set in a forked child (see heap tests): exit hands what was written
    /// to fd 2 to this file descriptor, then ends the process with `status`.
    pub var exit_fd: ?std.posix.fd_t = null;

    pub fn exit(status: u32) callconv(.C) noreturn {
        if (exit_fd) |fd| {
            _ = std.posix.write(fd, out[1][0..out_len[1]]) catch {};
            std.posix.exit(@truncate(status));
        }
        @panic("tsx_platform_exit called in a test");
    }

    pub fn heap(len_out: *usize) callconv(.C) [*]u8 {
        len_out.* = heap_mem.len;
        return &heap_mem;
    }

    pub fn nowNs() callconv(.C) u64 {
        return 0;
    }

    pub var cmdline_text: []const u8 = "";

    pub fn cmdline(len_out: *usize) callconv(.C) [*]const u8 {
        len_out.* = cmdline_text.len;
        return cmdline_text.ptr;
    }

    pub fn mainBegins() callconv(.C) void {}

    pub var heap_limit: ?usize = null;

    pub fn defaultHeapLimit() ?usize {
        return heap_limit;
    }

    pub fn programMain() callconv(.C) void {}

    pub var type_table: []const TypeDesc = &.{};
    pub var roots: []const *usize = &.{};

    pub fn types() []const TypeDesc {
        return type_table;
    }

    pub fn globalRoots() []const *usize {
        return roots;
    }

    /// Returns and clears what was written to `fd`.
    pub fn take(fd: u32) []const u8 {
        const i: usize = if (fd == 2) 1 else 0;
        const s = out[i][0..out_len[i]];
        out_len[i] = 0;
        return s;
    }
};
