// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Thin wrappers over x86 instructions: port I/O, CPUID, MSRs, TSC.

pub inline fn outb(port: u16, value: u8) void {
    asm volatile ("outb %[v], %[p]"
        :
        : [v] "{al}" (value),
          [p] "{dx}" (port),
    );
}

pub inline fn inb(port: u16) u8 {
    return asm volatile ("inb %[p], %[v]"
        : [v] "={al}" (-> u8),
        : [p] "{dx}" (port),
    );
}

pub inline fn outl(port: u16, value: u32) void {
    asm volatile ("outl %[v], %[p]"
        :
        : [v] "{eax}" (value),
          [p] "{dx}" (port),
    );
}

pub const Cpuid = struct { eax: u32, ebx: u32, ecx: u32, edx: u32 };

pub fn cpuid(leaf: u32, subleaf: u32) Cpuid {
    var a: u32 = undefined;
    var b: u32 = undefined;
    var c: u32 = undefined;
    var d: u32 = undefined;
    asm volatile ("cpuid"
        : [a] "={eax}" (a),
          [b] "={ebx}" (b),
          [c] "={ecx}" (c),
          [d] "={edx}" (d),
        : [leaf] "{eax}" (leaf),
          [sub] "{ecx}" (subleaf),
    );
    return .{ .eax = a, .ebx = b, .ecx = c, .edx = d };
}

pub inline fn wrmsr(msr: u32, value: u64) void {
    asm volatile ("wrmsr"
        :
        : [msr] "{ecx}" (msr),
          [lo] "{eax}" (@as(u32, @truncate(value))),
          [hi] "{edx}" (@as(u32, @truncate(value >> 32))),
        : "memory"
    );
}

pub inline fn rdtsc() u64 {
    var lo: u32 = undefined;
    var hi: u32 = undefined;
    asm volatile ("rdtsc"
        : [lo] "={eax}" (lo),
          [hi] "={edx}" (hi),
    );
    return (@as(u64, hi) << 32) | lo;
}

pub inline fn pause() void {
    asm volatile ("pause" ::: "memory");
}

/// Stop this CPU for good (interrupts off).
pub fn halt() noreturn {
    while (true) asm volatile ("cli; hlt");
}

pub const EFER: u32 = 0xc000_0080;
pub const EFER_NXE: u64 = 1 << 11;
pub const CR0_WP: u64 = 1 << 16;

pub inline fn rdmsr(msr: u32) u64 {
    var lo: u32 = undefined;
    var hi: u32 = undefined;
    asm volatile ("rdmsr"
        : [lo] "={eax}" (lo),
          [hi] "={edx}" (hi),
        : [msr] "{ecx}" (msr),
    );
    return (@as(u64, hi) << 32) | lo;
}

pub inline fn readCr0() u64 {
    return asm volatile ("mov %%cr0, %[r]"
        : [r] "=r" (-> u64),
    );
}

pub inline fn writeCr0(v: u64) void {
    asm volatile ("mov %[v], %%cr0"
        :
        : [v] "r" (v),
        : "memory"
    );
}

pub inline fn readCr2() u64 {
    return asm volatile ("mov %%cr2, %[r]"
        : [r] "=r" (-> u64),
    );
}

pub inline fn readCr3() u64 {
    return asm volatile ("mov %%cr3, %[r]"
        : [r] "=r" (-> u64),
    );
}

pub inline fn writeCr3(v: u64) void {
    asm volatile ("mov %[v], %%cr3"
        :
        : [v] "r" (v),
        : "memory"
    );
}

/// Interrupts off; returns whether they were on.
pub inline fn cli() void {
    asm volatile ("cli" ::: "memory");
}

pub inline fn sti() void {
    asm volatile ("sti" ::: "memory");
}

/// Enable interrupts and halt until one arrives, atomically: `sti` takes
/// effect after the next instruction, so an interrupt that is already
/// pending wakes the `hlt` rather than slipping in before it.
pub inline fn stiHlt() void {
    asm volatile ("sti; hlt" ::: "memory");
}

pub inline fn mfence() void {
    asm volatile ("mfence" ::: "memory");
}

pub inline fn interruptsOn() bool {
    const flags = asm volatile ("pushf; pop %[f]"
        : [f] "=r" (-> u64),
        :
        : "memory"
    );
    return flags & (1 << 9) != 0;
}
