// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Xen time. System time (nanoseconds since the host booted) from vCPU 0's
// vcpu_time_info: Xen records a TSC stamp and the system time at that stamp
// and the TSC-to-ns scale; we extrapolate with the TSC. The record is
// versioned like a seqlock (odd while Xen updates it). Wall clock = the
// shared info's wc_sec/wc_nsec (the wall time at system time 0) + system
// time.

const cpu = @import("cpu.zig");
const shared_info = @import("shared_info.zig");

fn lfence() void {
    asm volatile ("lfence" ::: "memory");
}

pub fn systemTimeNs(si: *volatile shared_info.SharedInfo) u64 {
    const t = &si.vcpu_info[0].time;
    while (true) {
        const version = t.version;
        lfence();
        const stamp = t.tsc_timestamp;
        const base = t.system_time;
        const mul: u64 = t.tsc_to_system_mul;
        const shift = t.tsc_shift;
        const tsc = cpu.rdtsc();
        lfence();
        if (version & 1 != 0 or t.version != version) continue;
        var delta = tsc -% stamp;
        if (shift >= 0) delta <<= @intCast(shift) else delta >>= @intCast(-@as(i16, shift));
        return base +% @as(u64, @truncate((@as(u128, delta) * mul) >> 32));
    }
}

/// Nanoseconds since 1970 (UTC).
pub fn wallNs(si: *volatile shared_info.SharedInfo) u64 {
    while (true) {
        const version = si.wc_version;
        lfence();
        const sec = @as(u64, si.wc_sec_hi) << 32 | si.wc_sec;
        const nsec: u64 = si.wc_nsec;
        lfence();
        if (version & 1 != 0 or si.wc_version != version) continue;
        return sec * 1_000_000_000 + nsec + systemTimeNs(si);
    }
}
