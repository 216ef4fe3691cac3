// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The task state segment, for its interrupt stack table: every IDT gate
// names an IST stack (traps.zig), so the CPU switches stacks on every
// exception and interrupt. Interrupts then never write below the
// interrupted code's stack pointer (compiled code may keep data in the
// 128-byte red zone there), and a fault caused by running out of stack is
// still reported.
//   IST1  CPU exceptions
//   IST2  device and event interrupts (they return to the interrupted code)
//   IST3  NMI, double fault, machine check (may arrive during the others)

pub const ist_exception = 1;
pub const ist_interrupt = 2;
pub const ist_critical = 3;

const stack_size = 8192;
var stacks: [3][stack_size]u8 align(16) = undefined;

// 64-bit TSS (104 bytes): IST n at byte offset 36 + 8 * (n - 1); the I/O map
// base at 102 points past the end (no I/O bitmap).
var tss: [104]u8 align(16) = undefined;

extern var tsx_gdt: [5]u64;
const selector = 0x18;

fn put64(off: usize, v: u64) void {
    @as(*align(1) u64, @ptrCast(&tss[off])).* = v;
}

pub fn init() void {
    @memset(&tss, 0);
    for (0..3) |i| put64(36 + 8 * i, @intFromPtr(&stacks[i]) + stack_size);
    @as(*align(1) u16, @ptrCast(&tss[102])).* = tss.len;

    const base: u64 = @intFromPtr(&tss);
    const limit: u64 = tss.len - 1;
    tsx_gdt[3] = (limit & 0xffff) | (base & 0xff_ffff) << 16 | 0x89 << 40 | // present, 64-bit TSS
        ((limit >> 16) & 0xf) << 48 | ((base >> 24) & 0xff) << 56;
    tsx_gdt[4] = base >> 32;
    asm volatile ("ltr %[s]"
        :
        : [s] "r" (@as(u16, selector)),
        : "memory"
    );
}
