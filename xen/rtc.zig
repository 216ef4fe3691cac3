// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Wall clock without Xen: the CMOS real-time clock (ports 0x70/0x71), read
// once and then advanced with the monotonic clock. Seconds only: the RTC
// has no finer field.

const std = @import("std");
const cpu = @import("cpu.zig");

var base_wall_ns: u64 = 0; // wall time at monotonic time base_mono_ns
var base_mono_ns: u64 = 0;
var read_once = false;

fn reg(r: u8) u8 {
    cpu.outb(0x70, r);
    return cpu.inb(0x71);
}

fn updating() bool {
    return reg(0x0a) & 0x80 != 0;
}

const Time = struct { sec: u8, min: u8, hour: u8, day: u8, mon: u8, year: u8 };

fn readRaw() Time {
    return .{ .sec = reg(0), .min = reg(2), .hour = reg(4), .day = reg(7), .mon = reg(8), .year = reg(9) };
}

fn bcd(x: u8) u64 {
    return (x >> 4) * 10 + (x & 15);
}

/// Days from 1970-01-01 to the given date (proleptic Gregorian).
fn daysFromCivil(y0: u64, m: u64, d: u64) u64 {
    const y = if (m <= 2) y0 - 1 else y0;
    const era = y / 400;
    const yoe = y - era * 400;
    const mp = (m + 9) % 12;
    const doy = (153 * mp + 2) / 5 + d - 1;
    const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

fn readSeconds() u64 {
    // Read until two consecutive reads agree outside an update cycle.
    var tries: u32 = 0;
    var t = readRaw();
    while (tries < 1000) : (tries += 1) {
        while (updating() and tries < 1000) tries += 1;
        const u = readRaw();
        if (std.meta.eql(t, u)) break;
        t = u;
    }
    if (t.sec == 0xff) return 0; // no RTC
    const binary = reg(0x0b) & 0x04 != 0;
    const h24 = reg(0x0b) & 0x02 != 0;
    const f = struct {
        fn v(x: u8, bin: bool) u64 {
            return if (bin) x else bcd(x);
        }
    }.v;
    var hour = f(t.hour & 0x7f, binary);
    if (!h24 and t.hour & 0x80 != 0) hour = (hour % 12) + 12 else if (!h24 and hour == 12) hour = 0;
    const days = daysFromCivil(2000 + f(t.year, binary), f(t.mon, binary), f(t.day, binary));
    return days * 86400 + hour * 3600 + f(t.min, binary) * 60 + f(t.sec, binary);
}


/// Nanoseconds since 1970 at monotonic time `mono_ns`; 0 without an RTC.
pub fn wallNs(mono_ns: u64) u64 {
    if (!read_once) {
        read_once = true;
        base_wall_ns = readSeconds() * 1_000_000_000;
        base_mono_ns = mono_ns;
    }
    if (base_wall_ns == 0) return 0;
    return base_wall_ns + (mono_ns - base_mono_ns);
}
