// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The program's stack. The boot stack in .bss is small; the program runs on
// a stack carved from the top of the heap region (8 MiB, or a quarter of the
// region when RAM is scarce), with an unmapped guard page below it
// (paging.zig): running off the end faults as "stack overflow". rt.o
// exports tsx_stack_limit: compiled recursive functions call
// tsx_stack_overflow below it, and the room under the limit is left for
// that handler, as on Linux.

const heap = @import("heap.zig");

extern var tsx_stack_limit: usize;

const max_size = 8 << 20;
const reserve = 256 << 10; // kept below the limit for the overflow handler

var top: u64 = 0;

/// Take the stack and its guard page from the top of the heap and set the
/// limit; returns the guard page's address.
pub fn carve() u64 {
    const size = @min(max_size, heap.len / 4) & ~@as(u64, 4095);
    heap.len -= size + 4096;
    const bottom = heap.base + heap.len + 4096;
    top = bottom + size;
    tsx_stack_limit = if (size > 2 * reserve) bottom + reserve else 0;
    return bottom - 4096;
}

/// Run `entry` on the stack carve() made.
pub fn runOnProgramStack(comptime entry: fn () callconv(.C) noreturn) noreturn {
    asm volatile (
        \\ mov %[top], %%rsp
        \\ xor %%ebp, %%ebp
        \\ call *%[entry]
        :
        : [top] "r" (top),
          [entry] "r" (&entry),
        : "memory"
    );
    unreachable;
}
