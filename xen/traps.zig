// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// An IDT for the 32 CPU exceptions: any fault becomes a clean panic
// ("tsxen: CPU exception ...", status 99) instead of a triple fault.

const panic = @import("panic.zig");

comptime {
    // One 16-byte stub per vector; vectors without a CPU-pushed error code
    // push 0 so the frame is uniform: vector, error, rip, cs, rflags, rsp, ss.
    asm (
        \\ .section .text.tsx_traps, "ax", @progbits
        \\ .balign 16
        \\ .globl tsx_trap_stubs
        \\tsx_trap_stubs:
        \\ .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        \\ .balign 16
        \\ .if (\n == 8) || ((\n >= 10) && (\n <= 14)) || (\n == 17) || (\n == 21) || (\n == 29) || (\n == 30)
        \\ .else
        \\ push $0
        \\ .endif
        \\ push $\n
        \\ jmp tsx_trap_common
        \\ .endr
        \\tsx_trap_common:
        \\ mov %rsp, %rdi
        \\ and $-16, %rsp
        \\ call tsx_trap
        \\ .text
    );
}

const Frame = extern struct { vector: u64, error_code: u64, rip: u64, cs: u64, rflags: u64, rsp: u64, ss: u64 };

export fn tsx_trap(f: *const Frame) callconv(.C) noreturn {
    const cr2 = asm volatile ("mov %%cr2, %[r]"
        : [r] "=r" (-> u64),
    );
    panic.failWith("CPU exception", &.{
        .{ "vector", f.vector }, .{ "error", f.error_code }, .{ "rip", f.rip }, .{ "cr2", cr2 },
    });
}

const Gate = extern struct {
    offset_lo: u16,
    selector: u16,
    ist: u8 = 0,
    attr: u8 = 0x8e, // present, DPL 0, 64-bit interrupt gate
    offset_mid: u16,
    offset_hi: u32,
    zero: u32 = 0,
};

extern const tsx_trap_stubs: [32][16]u8;
var idt: [32]Gate align(16) = undefined;

pub fn init() void {
    for (&idt, 0..) |*g, i| {
        const a = @intFromPtr(&tsx_trap_stubs[i]);
        g.* = .{
            .offset_lo = @truncate(a),
            .selector = 0x08,
            .offset_mid = @truncate(a >> 16),
            .offset_hi = @truncate(a >> 32),
        };
    }
    const Idtr = packed struct { limit: u16, base: u64 };
    const idtr = Idtr{ .limit = @sizeOf(@TypeOf(idt)) - 1, .base = @intFromPtr(&idt) };
    asm volatile ("lidt (%[p])"
        :
        : [p] "r" (&idtr),
        : "memory"
    );
}
