// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Monotonic time in nanoseconds. On Xen: Xen's system time (pvclock.zig),
// counted from the first reading. Elsewhere: the TSC, counted from boot; its
// rate comes from kvmclock on KVM, or else from timing the PIT for ~2 ms.
// Setup is lazy: a program that never asks pays nothing.

const cpu = @import("cpu.zig");
const cpuid = @import("cpuid.zig");
const pvclock = @import("pvclock.zig");
const rtc = @import("rtc.zig");
const shared_info = @import("shared_info.zig");

var tsc0: u64 = 0;
var ns_per_tick_q32: u64 = 0; // nanoseconds per TSC tick, 32.32 fixed point
pub var xen_base: ?u32 = null;
var xen_origin: u64 = 0; // Xen system time at our time 0
var last: u64 = 0;

pub fn start() void {
    tsc0 = cpu.rdtsc();
}

pub fn nowNs() u64 {
    const t = if (xenShared()) |si| pvclock.systemTimeNs(si) - xen_origin else tscNs();
    if (t > last) last = t; // never backwards, whatever the source
    return last;
}

/// Our time `t` as Xen system time (for Xen's timers).
pub fn toXenSystemTime(t: u64) u64 {
    return t +| xen_origin;
}

/// The shared info page when on Xen; fixes the origin on first use.
pub fn xenShared() ?*volatile shared_info.SharedInfo {
    if (xen_base == null) return null;
    const si = shared_info.get() orelse return null;
    if (xen_origin == 0) xen_origin = pvclock.systemTimeNs(si) -| tscNs();
    return si;
}

/// Nanoseconds since 1970, or 0 when unknown.
pub fn wallNs() u64 {
    if (xenShared()) |si| return pvclock.wallNs(si);
    return rtc.wallNs(nowNs());
}
/// A TSC interval in nanoseconds (calibrating the TSC on first use).
pub fn ticksToNs(ticks: u64) u64 {
    if (ns_per_tick_q32 == 0) calibrate();
    return @truncate((@as(u128, ticks) * ns_per_tick_q32) >> 32);
}

fn tscNs() u64 {
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

// kvmclock shares the layout of Xen's vcpu_time_info.
const PvClock = shared_info.VcpuTimeInfo;
var kvm_time: PvClock align(64) = undefined;
const MSR_KVM_SYSTEM_TIME_NEW = 0x4b564d01;
const KVM_FEATURE_CLOCKSOURCE2 = 1 << 3;

fn kvmclock() u64 {
    if (cpu.cpuid(0x40000001, 0).eax & KVM_FEATURE_CLOCKSOURCE2 == 0) return 0;
    const pv: *volatile PvClock = &kvm_time;
    pv.tsc_to_system_mul = 0;
    cpu.wrmsr(MSR_KVM_SYSTEM_TIME_NEW, @intFromPtr(&kvm_time) | 1);
    const mul: u64 = pv.tsc_to_system_mul;
    const shift = pv.tsc_shift;
    cpu.wrmsr(MSR_KVM_SYSTEM_TIME_NEW, 0); // stop the host's updates
    if (mul == 0) return 0;
    return if (shift >= 0) mul << @intCast(shift) else mul >> @intCast(-@as(i16, shift));
}

// PIT channel 0, mode 0, counting down from 0xffff at 1.193182 MHz (wraps
// after 55 ms). Each end of the ~10 ms window is a PIT reading and a TSC
// reading taken back to back, so a stall before the first (under TCG: code
// translation, host preemption) does not skew the rate.
fn pitCount() u16 {
    cpu.outb(0x43, 0x00); // latch channel 0
    const lo: u16 = cpu.inb(0x40);
    const hi: u16 = cpu.inb(0x40);
    return hi << 8 | lo;
}

fn pitKhz() u64 {
    const pit_hz = 1_193_182;
    const ticks = 11_932; // ~10 ms
    cpu.outb(0x43, 0x30);
    cpu.outb(0x40, 0xff);
    cpu.outb(0x40, 0xff);
    const c0 = pitCount();
    const t0 = cpu.rdtsc();
    var elapsed: u64 = 0;
    var t1 = t0;
    var tries: u32 = 0;
    while (elapsed < ticks) : (tries += 1) {
        if (tries > 10_000_000) return 0; // no PIT
        const c = pitCount();
        t1 = cpu.rdtsc();
        elapsed = c0 -% c;
    }
    return (t1 - t0) * pit_hz / (elapsed * 1000);
}
