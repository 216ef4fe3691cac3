// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Monotonic time from the TSC. Its rate comes from Xen's CPUID leaf (base+3,
// sub-leaf 0, ecx = TSC kHz), from kvmclock on KVM, or else from timing the
// PIT for ~2 ms. Calibration is lazy: a program that never asks pays nothing.

const cpu = @import("cpu.zig");
const cpuid = @import("cpuid.zig");

var tsc0: u64 = 0;
var ns_per_tick_q32: u64 = 0; // nanoseconds per TSC tick, 32.32 fixed point
pub var xen_base: ?u32 = null;

pub fn start() void {
    tsc0 = cpu.rdtsc();
}

pub fn nowNs() u64 {
    if (ns_per_tick_q32 == 0) calibrate();
    const ticks = cpu.rdtsc() -% tsc0;
    return @truncate((@as(u128, ticks) * ns_per_tick_q32) >> 32);
}

fn fromKhz(khz: u64) u64 {
    return (1_000_000 << 32) / khz;
}

fn calibrate() void {
    var q: u64 = 0;
    if (xen_base) |b| {
        const khz = cpu.cpuid(b + 3, 0).ecx;
        if (khz != 0) q = fromKhz(khz);
    } else if (cpuid.isKvm()) {
        q = kvmclock();
    }
    if (q == 0) {
        const khz = pitKhz();
        q = fromKhz(if (khz != 0) khz else 1_000_000); // guess 1 GHz
    }
    ns_per_tick_q32 = q;
}

// struct pvclock_vcpu_time_info
const PvClock = extern struct {
    version: u32,
    pad0: u32,
    tsc_timestamp: u64,
    system_time: u64,
    tsc_to_system_mul: u32,
    tsc_shift: i8,
    flags: u8,
    pad: [2]u8,
};
var pvclock: PvClock align(64) = undefined;
const MSR_KVM_SYSTEM_TIME_NEW = 0x4b564d01;
const KVM_FEATURE_CLOCKSOURCE2 = 1 << 3;

fn kvmclock() u64 {
    if (cpu.cpuid(0x40000001, 0).eax & KVM_FEATURE_CLOCKSOURCE2 == 0) return 0;
    const pv: *volatile PvClock = &pvclock;
    pv.tsc_to_system_mul = 0;
    cpu.wrmsr(MSR_KVM_SYSTEM_TIME_NEW, @intFromPtr(&pvclock) | 1);
    const mul: u64 = pv.tsc_to_system_mul;
    const shift = pv.tsc_shift;
    cpu.wrmsr(MSR_KVM_SYSTEM_TIME_NEW, 0); // stop the host's updates
    if (mul == 0) return 0;
    return if (shift >= 0) mul << @intCast(shift) else mul >> @intCast(-@as(i16, shift));
}

// PIT channel 0, mode 0, counting down from 0xffff at 1.193182 MHz.
fn pitKhz() u64 {
    const pit_hz = 1_193_182;
    const ticks = 2386; // ~2 ms
    cpu.outb(0x43, 0x30);
    cpu.outb(0x40, 0xff);
    cpu.outb(0x40, 0xff);
    const t0 = cpu.rdtsc();
    var elapsed: u64 = 0;
    var tries: u32 = 0;
    while (elapsed < ticks) : (tries += 1) {
        if (tries > 1_000_000) return 0; // no PIT
        cpu.outb(0x43, 0x00); // latch channel 0
        const lo: u64 = cpu.inb(0x40);
        const hi: u64 = cpu.inb(0x40);
        elapsed = 0xffff - (hi << 8 | lo);
    }
    const t1 = cpu.rdtsc();
    return (t1 - t0) * pit_hz / (elapsed * 1000);
}
