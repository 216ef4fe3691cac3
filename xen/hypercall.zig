// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Xen hypercalls for an HVM/PVH guest. CPUID leaf base+2 names the MSR that
// installs the hypercall page: writing the page's physical address makes Xen
// fill it with one 32-byte stub per hypercall (vmcall/vmmcall as the CPU
// needs). Arguments go in rdi, rsi, rdx, r10, r8; the result in rax.

const cpu = @import("cpu.zig");

pub const memory_op = 12;
pub const console_io = 18;
pub const grant_table_op = 20;
pub const vcpu_op = 24;
pub const sched_op = 29;
pub const event_channel_op = 32;
pub const hvm_op = 34;

comptime {
    // tsx_hypercall(op, a1, a2, a3, a4, a5): a real call, so the compiler
    // treats every argument register as clobbered (debug Xen scribbles on
    // the unused ones).
    asm (
        \\ .section .text.tsx_hypercall, "ax", @progbits
        \\ .globl tsx_hypercall
        \\ .type tsx_hypercall, @function
        \\tsx_hypercall:
        \\ shl $5, %rdi
        \\ lea tsx_hypercall_page(%rdi), %rax
        \\ mov %rsi, %rdi
        \\ mov %rdx, %rsi
        \\ mov %rcx, %rdx
        \\ mov %r8, %r10
        \\ mov %r9, %r8
        \\ jmp *%rax
        \\
        \\ .section .bss.tsx_hypercall_page, "aw", @nobits
        \\ .balign 4096
        \\ .globl tsx_hypercall_page
        \\tsx_hypercall_page: .skip 4096
        \\ .text
    );
}

extern var tsx_hypercall_page: [4096]u8;
extern fn tsx_hypercall(op: u64, a1: u64, a2: u64, a3: u64, a4: u64, a5: u64) callconv(.C) i64;

/// Install the hypercall page; xen_base is the base CPUID leaf of Xen.
pub fn init(xen_base: u32) void {
    const msr = cpu.cpuid(xen_base + 2, 0).ebx;
    cpu.wrmsr(msr, @intFromPtr(&tsx_hypercall_page));
}

pub fn call(op: u64, a1: u64, a2: u64, a3: u64) i64 {
    return tsx_hypercall(op, a1, a2, a3, 0, 0);
}
