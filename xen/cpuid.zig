// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Hypervisor detection through the CPUID leaves 0x40000000 and up. Xen puts
// its leaves at 0x40000000 or, when it also offers Viridian, 0x40000100:
// only those two are asked (each CPUID is a VM exit; scanning all 256
// possible bases, as Linux does, costs a quarter of a millisecond on KVM).

const cpu = @import("cpu.zig");

fn signatureIs(r: cpu.Cpuid, sig: *const [12]u8) bool {
    const w: [3]u32 = @bitCast(sig.*);
    return r.ebx == w[0] and r.ecx == w[1] and r.edx == w[2];
}

fn hypervisorPresent() bool {
    return cpu.cpuid(1, 0).ecx & (1 << 31) != 0;
}

/// Base leaf of Xen's CPUID range, or null when not running on Xen.
pub fn xenBase() ?u32 {
    if (!hypervisorPresent()) return null;
    for ([_]u32{ 0x40000000, 0x40000100 }) |base| {
        const r = cpu.cpuid(base, 0);
        if (signatureIs(r, "XenVMMXenVMM") and r.eax -% base >= 2) return base;
    }
    return null;
}

/// True on KVM (used for kvmclock).
pub fn isKvm() bool {
    return hypervisorPresent() and signatureIs(cpu.cpuid(0x40000000, 0), "KVMKVMKVM\x00\x00\x00");
}
