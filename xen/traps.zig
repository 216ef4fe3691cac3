// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The IDT. The 32 CPU exceptions become a clean panic (status 99) that names
// the fault, e.g.
//   tsxen: null dereference [#PF] vector=0xe error=0x4 cr2=0x8 rip=0x1003a2 rsp=...
// Page faults are classified through the address (cr2) and the error code:
// null dereference (the unmapped page 0), stack overflow (the guard page
// below the program stack), write to read-only memory, execution of
// non-executable memory. Three interrupt vectors return to the interrupted
// code: the Xen event upcall (events.zig), the local APIC timer (lapic.zig)
// and the APIC's spurious vector. Every gate runs on an IST stack (tss.zig).

const cpu = @import("cpu.zig");
const fatal = @import("panic.zig");
const paging = @import("paging.zig");
const tss = @import("tss.zig");

pub const vector_xen_upcall = 0xf0;
pub const vector_lapic_timer = 0xf1;
pub const vector_spurious = 0xff;

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
        \\
        \\ .globl tsx_irq_spurious
        \\tsx_irq_spurious:
        \\ iretq
        \\ .text
    );
}

const Frame = extern struct { vector: u64, error_code: u64, rip: u64, cs: u64, rflags: u64, rsp: u64, ss: u64 };

// Mnemonics, three characters each, indexed by vector.
const mnemonics = "#DE#DBNMI#BP#OF#BR#UD#NM#DF#CS#TS#NP#SS#GP#PF#15#MF#AC#MC#XM#VE#CP";

const PF_PRESENT = 1 << 0;
const PF_WRITE = 1 << 1;
const PF_FETCH = 1 << 4;

fn reason(f: *const Frame, cr2: u64) []const u8 {
    if (f.vector != 14) return "CPU exception";
    if (cr2 < 4096) return "null dereference";
    const guard = paging.guardPage();
    if (guard != 0 and cr2 >= guard and cr2 < guard + 4096) return "stack overflow";
    if (f.error_code & PF_PRESENT != 0) {
        if (f.error_code & PF_WRITE != 0) return "write to read-only memory";
        if (f.error_code & PF_FETCH != 0) return "execution of non-executable memory";
    }
    return "page fault";
}

export fn tsx_trap(f: *const Frame) callconv(.C) noreturn {
    const cr2 = cpu.readCr2();
    const v = f.vector;
    const name = if (v * 3 + 3 <= mnemonics.len) mnemonics[v * 3 ..][0..3] else "#??";
    fatal.failIn(reason(f, cr2), name, &.{
        .{ "vector", v },     .{ "error", f.error_code }, .{ "cr2", cr2 },
        .{ "rip", f.rip },    .{ "rsp", f.rsp },
    });
}

const Gate = extern struct {
    offset_lo: u16,
    selector: u16,
    ist: u8,
    attr: u8, // present, DPL 0, 64-bit interrupt gate (0x8e) or 0
    offset_mid: u16,
    offset_hi: u32,
    zero: u32 = 0,
};

extern const tsx_trap_stubs: [32][16]u8;
extern fn tsx_irq_xen_upcall() callconv(.Naked) void;
extern fn tsx_irq_lapic_timer() callconv(.Naked) void;
extern fn tsx_irq_spurious() callconv(.Naked) void;

// 256 gates, exactly a page: read-only after boot (paging.zig).
var idt: [256]Gate align(4096) linksection(".bss.tsx_ro_after_init.idt") = undefined;

fn gate(v: usize, handler: u64, ist: u8) void {
    idt[v] = .{
        .offset_lo = @truncate(handler),
        .selector = 0x08,
        .ist = ist,
        .attr = 0x8e,
        .offset_mid = @truncate(handler >> 16),
        .offset_hi = @truncate(handler >> 32),
    };
}

pub fn init() void {
    tss.init(); // the IDT is in .bss: zeroed at boot, every other gate absent
    for (0..32) |v| {
        const ist: u8 = switch (v) {
            2, 8, 18 => tss.ist_critical,
            else => tss.ist_exception,
        };
        gate(v, @intFromPtr(&tsx_trap_stubs[v]), ist);
    }
    gate(vector_xen_upcall, @intFromPtr(&tsx_irq_xen_upcall), tss.ist_interrupt);
    gate(vector_lapic_timer, @intFromPtr(&tsx_irq_lapic_timer), tss.ist_interrupt);
    gate(vector_spurious, @intFromPtr(&tsx_irq_spurious), tss.ist_interrupt);
    const Idtr = packed struct { limit: u16, base: u64 };
    const idtr = Idtr{ .limit = @sizeOf(@TypeOf(idt)) - 1, .base = @intFromPtr(&idt) };
    asm volatile ("lidt (%[p])"
        :
        : [p] "r" (&idtr),
        : "memory"
    );
}
