// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The local APIC's one-shot timer, for timers when not on Xen (plain QEMU,
// KVM). xAPIC registers at the default base 0xfee00000 (mapped: it is below
// 4 GiB). The count rate is measured once against the monotonic clock. The
// legacy PICs are masked first: left as firmware-less QEMU has them, their
// vector base is 0 and the PIT's interrupt would arrive as vector 0.

const cpu = @import("cpu.zig");
const clock = @import("clock.zig");
const traps = @import("traps.zig");

const base: u64 = 0xfee0_0000;
const SVR = 0xf0;
const EOI = 0xb0;
const LVT_TIMER = 0x320;
const INITIAL_COUNT = 0x380;
const CURRENT_COUNT = 0x390;
const DIVIDE = 0x3e0;
const IA32_APIC_BASE: u32 = 0x1b;

comptime {
    asm (
        \\ .section .text.tsx_irq_lapic_timer, "ax", @progbits
        \\ .globl tsx_irq_lapic_timer
        \\tsx_irq_lapic_timer:
        \\ push %rax
        \\ mov $0xfee000b0, %eax
        \\ movl $0, (%rax)
        \\ pop %rax
        \\ iretq
        \\ .text
    );
}

var state: enum { unknown, ready, absent } = .unknown;
var ticks_per_ns_q32: u64 = 0;

fn reg(off: u32) *volatile u32 {
    return @ptrFromInt(base + off);
}

/// Set up the timer once; false when there is no usable local APIC.
pub fn init() bool {
    if (state == .unknown) state = if (setup()) .ready else .absent;
    return state == .ready;
}

fn setup() bool {
    if (cpu.cpuid(1, 0).edx & (1 << 9) == 0) return false;
    const msr = cpu.rdmsr(IA32_APIC_BASE);
    if (msr & (1 << 11) == 0 or msr & (1 << 10) != 0) return false; // disabled, or x2APIC mode
    if (msr & 0xffff_f000 != base) return false;
    cpu.outb(0x21, 0xff);
    cpu.outb(0xa1, 0xff);
    reg(SVR).* = 0x100 | traps.vector_spurious;
    reg(DIVIDE).* = 0b1011; // divide by 1
    reg(LVT_TIMER).* = 1 << 16; // masked while we measure
    // Count down for ~1 ms of monotonic time.
    const t0 = clock.nowNs();
    reg(INITIAL_COUNT).* = 0xffff_ffff;
    var t1 = t0;
    while (t1 - t0 < 1_000_000) t1 = clock.nowNs();
    const counted: u64 = 0xffff_ffff - reg(CURRENT_COUNT).*;
    reg(INITIAL_COUNT).* = 0;
    if (counted == 0) return false;
    ticks_per_ns_q32 = (counted << 32) / (t1 - t0);
    reg(LVT_TIMER).* = traps.vector_lapic_timer; // one-shot
    return true;
}

/// Interrupt at monotonic time `deadline` (or somewhat earlier, when it is
/// too far for the 32-bit counter: the caller checks the time and re-arms).
pub fn arm(deadline: u64, now: u64) void {
    const ns = deadline - now;
    const ticks = @min((@as(u128, ns) * ticks_per_ns_q32) >> 32, 0xffff_ffff);
    reg(INITIAL_COUNT).* = @intCast(@max(ticks, 1));
}
